"""HTML article extraction: newsmodel's body text against trafilatura, on the same pages, in
one run.

Scores the body text on ``../shared/bench/article-extraction`` (181 hand-annotated pages) as its
``DATA.md`` describes: word tokens (``\\w+``, case kept), multisets of 4-token shingles,
precision and recall averaged over pages (a page with no output counts against recall only),
F1 from the two averages, accuracy as the share of pages whose token sequence matches exactly,
and a bootstrap standard deviation over pages. Speed is pages per second of CPU time, load and
extraction of the HTML bytes, the two tools' passes alternating in one process after a warm-up
(each tool's fastest pass counts: fair on a shared machine); peak memory is the peak RSS of a
fresh subprocess per tool that extracts every page once (the outputs scored are its outputs).

Run ``python benchmarks/extraction.py`` (``--worst N`` lists newsmodel's worst pages,
``--metadata`` adds the snippet score on ``../shared/bench/metadata``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: the trafilatura subprocess must not load newsmodel
    from lxml.html import HtmlElement

    from newsmodel.models import Block

ROOT = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r"\w+")
SHINGLE = 4
BOOTSTRAP_SAMPLES = 1000


def shared_dir() -> Path:
    env = os.environ.get("NEWSMODEL_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


# --------------------------------------------------------------------------- extractors


def newsmodel_extractor() -> Callable[[bytes], str]:
    from newsmodel._html_body import extract_body
    from newsmodel._html_load import load_html
    from newsmodel.options import ParseOptions

    options = ParseOptions()

    def extract(html: bytes) -> str:
        page = load_html(html, options=options)
        return scored_text(extract_body(page.root, title=page_title(page.root)).blocks)

    return extract


def page_title(root: HtmlElement) -> str | None:
    """The title ``parse_html`` passes to the body extractor: ``og:title``, else ``<title>``."""
    found = root.xpath("//meta[@property='og:title']/@content|//title/text()")
    for value in found if isinstance(found, list) else ():
        if str(value).strip():
            return str(value).strip()
    return None


def scored_text(blocks: Sequence[Block]) -> str:
    """``Article.text`` without figure captions: the annotators left captions out of
    ``articleBody`` (headings, lists and block quotes are in it)."""
    from newsmodel.models import Article, Figure

    return Article(body=tuple(b for b in blocks if not isinstance(b, Figure))).text


def trafilatura_extractor() -> Callable[[bytes], str]:
    import trafilatura

    def extract(html: bytes) -> str:
        return trafilatura.extract(html, include_comments=False) or ""

    return extract


def parse_html_extractor() -> Callable[[bytes], str]:
    """The whole ``parse_html`` pipeline (metadata too; quotes and language detection off), its
    body scored like ``newsmodel``'s. A page it fails on scores as no output."""
    import sys

    import newsmodel
    from newsmodel.options import ParseOptions

    options = ParseOptions(extract_quotes=False, detect_language=False)
    reported: set[str] = set()

    def extract(html: bytes) -> str:
        try:
            return scored_text(newsmodel.parse_html(html, options=options).body)
        except Exception as error:  # a failure is a figure here, not a crash
            message = f"parse_html failed: {type(error).__name__}: {error}"
            if message not in reported:
                reported.add(message)
                print(message, file=sys.stderr)
            return ""

    return extract


EXTRACTORS: dict[str, Callable[[], Callable[[bytes], str]]] = {
    "newsmodel": newsmodel_extractor,
    "trafilatura": trafilatura_extractor,
    "parse_html": parse_html_extractor,
}


def run_tool(tool: str, pages: list[Path]) -> dict[str, object]:
    """Extract every page once; runs inside the tool's own subprocess, so the peak resident
    memory it reports is that tool's alone (interpreter and imports included)."""
    extract = EXTRACTORS[tool]()
    outputs: dict[str, str] = {}
    for path in pages:
        outputs[path.name.removesuffix(".html.gz")] = extract(gzip.decompress(path.read_bytes()))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"outputs": outputs, "peak_mb": peak_kb / 1024}


def measure_speed(tools: list[str], pages: list[Path], rounds: int) -> dict[str, float]:
    """Pages per second of each tool, in CPU time, in this one process: after a warm-up on ten
    pages, each round times a full pass of every tool, in alternating order (ABBA…), and each
    tool's fastest pass counts. Load from other processes on a shared machine comes and goes
    within seconds, so it falls on both tools alike and the minimum filters it out."""
    extractors = {tool: EXTRACTORS[tool]() for tool in tools}
    data = [gzip.decompress(path.read_bytes()) for path in pages]
    for extract in extractors.values():
        for html in data[:10]:
            extract(html)
    best = dict.fromkeys(tools, float("inf"))
    for round_ in range(rounds):
        for tool in tools if round_ % 2 == 0 else tools[::-1]:
            extract = extractors[tool]
            start = time.process_time()
            for html in data:
                extract(html)
            best[tool] = min(best[tool], time.process_time() - start)
    return {tool: len(data) / best[tool] for tool in tools}


# --------------------------------------------------------------------------- scoring


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(words: list[str]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))


def page_scores(truth: str, predicted: str) -> tuple[float | None, float, bool]:
    """(precision or None when there is no output, recall, exact token match)."""
    truth_words = tokens(truth)
    predicted_words = tokens(predicted)
    exact = truth_words == predicted_words
    if not predicted_words:
        return None, 0.0, exact
    truth_shingles = shingles(truth_words)
    predicted_shingles = shingles(predicted_words)
    common = sum((truth_shingles & predicted_shingles).values())
    precision = common / max(1, sum(predicted_shingles.values()))
    recall = common / max(1, sum(truth_shingles.values()))
    return precision, recall, exact


def aggregate(rows: list[tuple[float | None, float, bool]]) -> dict[str, float]:
    precisions = [p for p, _, _ in rows if p is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(r for _, r, _ in rows) / len(rows)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(1 for _, _, exact in rows if exact) / len(rows)
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


def bootstrap(rows: list[tuple[float | None, float, bool]]) -> dict[str, float]:
    rng = random.Random(0)
    samples = [aggregate(rng.choices(rows, k=len(rows))) for _ in range(BOOTSTRAP_SAMPLES)]
    out = {}
    for key in ("precision", "recall", "f1", "accuracy"):
        values = [sample[key] for sample in samples]
        mean = sum(values) / len(values)
        out[key] = (sum((v - mean) ** 2 for v in values) / (len(values) - 1)) ** 0.5
    return out


# --------------------------------------------------------------------------- metadata snippets


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def metadata_snippets(limit: int | None = None) -> tuple[float, int]:
    """Share of body_with snippets found plus body_without snippets absent, over the pages
    that annotate them (an empty body scores 0), as in that set's DATA.md."""
    from newsmodel._html_body import extract_body
    from newsmodel._html_load import load_html
    from newsmodel.errors import NewsModelError
    from newsmodel.options import ParseOptions

    base = shared_dir() / "bench" / "metadata"
    options = ParseOptions()
    scores: list[float] = []
    with (base / "manifest.jsonl").open(encoding="utf-8") as manifest:
        for line in manifest:
            entry = json.loads(line)
            expected = json.loads((base / entry["json"]).read_text(encoding="utf-8"))
            with_ = expected.get("body_with") or []
            without = expected.get("body_without") or []
            if not with_ and not without:
                continue
            try:
                page = load_html(
                    gzip.decompress((base / entry["html"]).read_bytes()), options=options
                )
                title = page_title(page.root)
                text = _fold(scored_text(extract_body(page.root, title=title).blocks))
            except NewsModelError:
                text = ""
            if not text:
                scores.append(0.0)
                continue
            hits = sum(1 for s in with_ if _fold(s) in text)
            hits += sum(1 for s in without if _fold(s) not in text)
            scores.append(hits / (len(with_) + len(without)))
            if limit and len(scores) >= limit:
                break
    return sum(scores) / len(scores), len(scores)


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tool", choices=sorted(EXTRACTORS), help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=sorted(EXTRACTORS), help="run one tool only")
    parser.add_argument(
        "--rounds", type=int, default=6, help="timed passes of each tool (the fastest counts)"
    )
    parser.add_argument(
        "--pipeline", action="store_true", help="also score the whole parse_html pipeline"
    )
    parser.add_argument("--worst", type=int, default=0, help="list newsmodel's N worst pages")
    parser.add_argument(
        "--metadata", action="store_true", help="also score ../shared/bench/metadata snippets"
    )
    args = parser.parse_args()
    base = shared_dir() / "bench" / "article-extraction"
    pages = sorted((base / "html").glob("*.html.gz"))
    if args.tool:  # inside the per-tool subprocess
        json.dump(run_tool(args.tool, pages), sys.stdout)
        return 0
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    tools = [args.only] if args.only else ["newsmodel", "trafilatura"]
    if args.pipeline and "parse_html" not in tools:
        tools.append("parse_html")
    results: dict[str, dict[str, object]] = {}
    for tool in tools:
        done = subprocess.run(
            [sys.executable, __file__, "--tool", tool],
            capture_output=True,
            check=True,
            text=True,
        )
        results[tool] = json.loads(done.stdout)
        if done.stderr.strip():
            print(f"{tool}: {done.stderr.strip()}", file=sys.stderr)
    speeds = measure_speed(tools, pages, args.rounds)
    print(f"{len(pages)} pages of {base}")
    columns = ("precision", "recall", "f1", "accuracy")
    print(
        f"{'':12}" + "".join(f"{name:>15}" for name in columns) + f"{'pages/s':>10}{'peak MB':>9}"
    )
    per_page: dict[str, list[tuple[str, float | None, float]]] = {}
    for tool, result in results.items():
        outputs: dict[str, str] = result["outputs"]  # type: ignore[assignment]
        rows = []
        per_page[tool] = []
        for key, record in truth.items():
            row = page_scores(record["articleBody"], outputs.get(key, ""))
            rows.append(row)
            per_page[tool].append((key, row[0], row[1]))
        scores = aggregate(rows)
        errors = bootstrap(rows)
        cells = "".join(f"{f'{scores[k]:.3f} ± {errors[k]:.3f}':>15}" for k in columns)
        peak = float(result["peak_mb"])  # type: ignore[arg-type]
        print(f"{tool:12}{cells}{speeds[tool]:10.1f}{peak:9.1f}")
    if "newsmodel" in speeds and "trafilatura" in speeds:
        ratio = speeds["newsmodel"] / speeds["trafilatura"]
        print(
            f"speed: newsmodel {ratio:.1f}x trafilatura's pages/s"
            f" (CPU time, best of {args.rounds} alternating passes)"
        )
    if args.worst and "newsmodel" in per_page:
        rows_nm = per_page["newsmodel"]
        rows_nm.sort(key=lambda row: (row[1] or 0) + row[2])
        for key, precision, recall in rows_nm[: args.worst]:
            shown = "-" if precision is None else f"{precision:.3f}"
            print(f"  {key[:16]} P={shown} R={recall:.3f} {truth[key]['url'][:70]}")
    if args.metadata:
        score, count = metadata_snippets()
        print(
            f"metadata snippets (body_with/body_without) on {count} pages: newsmodel {score:.1%}"
            " (trafilatura reference 92.2 %)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
