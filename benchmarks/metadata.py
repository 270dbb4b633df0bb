"""HTML metadata: newsmodel's title, authors, date and language beside trafilatura's.

Scores ``parse_html`` on ``../shared/bench/metadata`` (1,369 real pages, 34 languages) exactly as
its ``DATA.md`` says, per field averaged over the pages that annotate it:

- title: exact match after whitespace normalisation;
- authors: set F1, case-insensitive, a leading "by" / "von" / "par" removed;
- date: same calendar day as ``published``;
- language: same primary subtag.

newsmodel's authors are its ``Person`` names, or its news agencies' names when the byline
names no person. The anchors are the reference figures of ``DATA.md`` (trafilatura 2.3.1:
title 57.6 %, authors 55.3 %, date 89.6 %); ``--trafilatura`` also measures trafilatura's
``extract_metadata`` on the same pages in the same run.

Run ``python benchmarks/metadata.py`` (``--limit N`` for the first N pages, ``--worst FIELD``
to list the pages newsmodel gets wrong on one field).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("title", "authors", "date", "language")
REFERENCE = {"trafilatura 2.3.1 (DATA.md)": {"title": 57.6, "authors": 55.3, "date": 89.6}}
_SPACES = re.compile(r"\s+")
_BY = re.compile(r"^\s*(?:by|von|par)\s+", re.I)


def shared_dir() -> Path:
    env = os.environ.get("NEWSMODEL_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


@dataclass(frozen=True)
class Prediction:
    title: str | None
    authors: list[str]
    published: str | None
    language: str | None


# --------------------------------------------------------------------------- scoring


def norm(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip()


def author_key(name: str) -> str:
    return _BY.sub("", norm(name)).casefold()


def score_title(expected: str, got: str | None) -> float:
    return float(norm(expected) == norm(got))


def score_authors(expected: list[str], got: list[str]) -> float:
    gold = {author_key(a) for a in expected if norm(a)}
    pred = {author_key(a) for a in got if norm(a)}
    if not gold and not pred:
        return 1.0
    if not gold or not pred:
        return 0.0
    hits = len(gold & pred)
    if not hits:
        return 0.0
    precision, recall = hits / len(pred), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def score_date(expected: str, got: str | None) -> float:
    return float(bool(got) and got[:10] == expected[:10])


def score_language(expected: str, got: str | None) -> float:
    return float(bool(got) and got.split("-")[0].lower() == expected.split("-")[0].lower())


def score(record: dict[str, Any], prediction: Prediction) -> dict[str, float]:
    fields = set(record.get("fields") or ())
    out: dict[str, float] = {}
    if "title" in fields:
        out["title"] = score_title(record["title"], prediction.title)
    if "authors" in fields and record.get("authors") is not None:
        out["authors"] = score_authors(record["authors"], prediction.authors)
    if "published" in fields:
        out["date"] = score_date(record["published"], prediction.published)
    if "language" in fields:
        out["language"] = score_language(record["language"], prediction.language)
    return out


# --------------------------------------------------------------------------- tools


def newsmodel_predictor() -> Callable[[bytes, str | None], Prediction]:
    from newsmodel import NewsModelError, ParseOptions, parse_html

    options = ParseOptions(extract_quotes=False)

    def predict(html: bytes, url: str | None) -> Prediction:
        try:
            article = parse_html(html, url=url, options=options)
        except NewsModelError:
            return Prediction(None, [], None, None)
        authors = [p.name for p in article.authors] or [a.name for a in article.agencies]
        published = article.published.isoformat() if article.published else None
        return Prediction(article.title, authors, published, article.language)

    return predict


def trafilatura_predictor() -> Callable[[bytes, str | None], Prediction]:
    from trafilatura import extract_metadata
    from trafilatura.utils import decode_file

    def predict(html: bytes, url: str | None) -> Prediction:
        try:
            meta = extract_metadata(decode_file(html), default_url=url)
        except Exception:
            return Prediction(None, [], None, None)
        if meta is None:
            return Prediction(None, [], None, None)
        authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()]
        return Prediction(meta.title, authors, meta.date, None)

    return predict


# --------------------------------------------------------------------------- running


def pages(base: Path, limit: int | None, every: int = 1) -> Iterator[tuple[dict[str, Any], bytes]]:
    manifest = base / "manifest.jsonl"
    with manifest.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if limit is not None and index >= limit:
                break
            if index % every:
                continue
            entry = json.loads(line)
            record = json.loads((base / entry["json"]).read_text(encoding="utf-8"))
            record.setdefault("fields", entry.get("fields"))
            record.setdefault("url", entry.get("url"))
            yield record, gzip.decompress((base / entry["html"]).read_bytes())


def evaluate(
    predict: Callable[[bytes, str | None], Prediction],
    data: list[tuple[dict[str, Any], bytes]],
) -> tuple[dict[str, float], dict[str, int], float, list[tuple[str, dict[str, float], Prediction]]]:
    totals = dict.fromkeys(FIELDS, 0.0)
    counts = dict.fromkeys(FIELDS, 0)
    details: list[tuple[str, dict[str, float], Prediction]] = []
    start = time.perf_counter()
    for record, html in data:
        prediction = predict(html, record.get("url"))
        scores = score(record, prediction)
        for name, value in scores.items():
            totals[name] += value
            counts[name] += 1
        details.append((str(record.get("id")), scores, prediction))
    elapsed = time.perf_counter() - start
    means = {name: 100 * totals[name] / counts[name] if counts[name] else 0.0 for name in FIELDS}
    return means, counts, elapsed, details


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--trafilatura", action="store_true", help="also measure trafilatura")
    parser.add_argument("--worst", choices=FIELDS, help="list pages newsmodel gets wrong")
    args = parser.parse_args(argv)
    base = shared_dir() / "bench" / "metadata"
    if not base.is_dir():
        print(f"{base} is absent (set NEWSMODEL_SHARED)", file=sys.stderr)
        return 2
    data = list(pages(base, args.limit))
    means, counts, elapsed, details = evaluate(newsmodel_predictor(), data)
    rows = [("newsmodel", means, len(data) / elapsed)]
    if args.trafilatura:
        t_means, _, t_elapsed, _ = evaluate(trafilatura_predictor(), data)
        t_means["language"] = float("nan")
        rows.append(("trafilatura (this run)", t_means, len(data) / t_elapsed))
    print(f"Metadata on {len(data)} pages of {base}")
    print("pages annotated: " + ", ".join(f"{n} {counts[n]}" for n in FIELDS))
    print(f"{'tool':32} {'title':>7} {'authors':>8} {'date':>7} {'language':>9} {'pages/s':>8}")
    for name, values, speed in rows:
        cells = " ".join(
            f"{values[f]:>{w}.1f}" if values[f] == values[f] else f"{'-':>{w}}"
            for f, w in zip(FIELDS, (7, 8, 7, 9), strict=True)
        )
        print(f"{name:32} {cells} {speed:>8.1f}")
    for name, values in REFERENCE.items():
        cells = " ".join(
            f"{values[f]:>{w}.1f}" if f in values else f"{'-':>{w}}"
            for f, w in zip(FIELDS, (7, 8, 7, 9), strict=True)
        )
        print(f"{name:32} {cells} {'-':>8}")
    if args.worst:
        by_id = {str(r.get("id")): r for r, _ in data}
        for page_id, scores, prediction in details:
            if scores.get(args.worst, 1.0) < 1.0:
                record = by_id[page_id]
                expected = {
                    "title": record.get("title"),
                    "authors": record.get("authors"),
                    "date": record.get("published"),
                    "language": record.get("language"),
                }[args.worst]
                got = {
                    "title": prediction.title,
                    "authors": prediction.authors,
                    "date": prediction.published,
                    "language": prediction.language,
                }[args.worst]
                print(f"{page_id}\n  expected {expected!r}\n  got      {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
