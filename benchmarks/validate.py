"""``newsmodel validate`` against check-jsonschema, on the same 10,000 article files.

Writes N article JSON files (the seed article, varied: every file has its own URL, title, date
and body text, so no duplicate rule fires), exports the schema with ``newsmodel schema``, then
times three end-to-end commands on the same file list, each as a subprocess (wall time,
process start-up included):

1. ``newsmodel validate --select NM0`` (schema only),
2. ``newsmodel validate`` (schema and every rule),
3. ``check-jsonschema --schemafile schema.json`` (the anchor; ``pip install .[bench]``).

Every command must find every file valid (the run stops otherwise), so all three do the same
work. Targets: all rules >= half the schema-only throughput; newsmodel >= 10x check-jsonschema.

    python benchmarks/validate.py               # 10,000 files; newsmodel best of 3
    python benchmarks/validate.py --files 2000 --repeat 1 --anchor-repeat 1
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from newsmodel import (
    Article,
    LanguageVariant,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Rights,
    Source,
    SourceKind,
    VariantRelation,
    to_json,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "seed_observer_fr.txt"
BIN = Path(sys.executable).parent

# The seed's language menu, with the tags of its labels.
MENU = (
    ("ko", "한어"),
    ("ru", "Русский язык"),
    ("en", "English"),
    ("fr", "Français"),
    ("id", "Indonesian"),
    ("sa", "Sanskrit"),
    ("ja", "日本語"),
    ("de", "Deutsch"),
    ("pt", "Português"),
    ("el", "Ελληνικά"),
    ("es", "español"),
    ("it", "Italiano"),
    ("fi", "Suomalainen"),
    ("la", "Latina"),
)
_GUILLEMETS = re.compile(r"« ?([^«»]+?) ?»")


def seed_article() -> Article:
    """A rich article built from the seed text: body, quotes with true offsets, entities."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")]
    lines = [line for line in lines if line]
    section, title, published, _menu, *paragraphs = lines
    rights_line = paragraphs.pop()
    byline = "[Texte/Observer Network Qi Qian]"
    paragraphs[0] = paragraphs[0].removeprefix(byline).strip()
    zuckerberg = Person(id="p1", name="Mark Zuckerberg", aliases=("Zuckerberg",), role="PDG")
    author = Person(id="p2", name="Qi Qian", credit="Texte")
    meta = Organization(id="o1", name="Meta", kind=OrganizationKind.COMPANY)
    bloomberg = Organization(id="o2", name="Bloomberg", kind=OrganizationKind.PUBLISHER)
    publisher = Organization(
        id="o3", name="Observer Network", aliases=("Observer.com",), kind=OrganizationKind.PUBLISHER
    )
    interview = Source(id="s1", kind=SourceKind.INTERVIEW, description="un rapport d'interview",
                       publisher=bloomberg)  # fmt: skip
    quotes = []
    for number, text in enumerate(paragraphs):
        for match in _GUILLEMETS.finditer(text):
            quotes.append(
                Quote(
                    text=match.group(1),
                    kind=QuoteKind.PARTIAL,
                    speaker=zuckerberg,
                    speaker_text="Zuckerberg",
                    cue="a déclaré",
                    block=number,
                    start=match.start(1),
                    end=match.end(1),
                    open_mark="«",
                    close_mark="»",
                    source=interview,
                )
            )
    return Article(
        url="https://www.guancha.cn/economy/2024_07_24/000.shtml",
        canonical_url="https://www.guancha.cn/economy/2024_07_24/000.shtml",
        title=title,
        section=section,
        language="fr",
        published=published,
        updated="2024-07-24T18:30:00+08:00",
        authors=(author,),
        byline=byline,
        publisher=publisher,
        body=tuple(Paragraph(text=p) for p in paragraphs),
        quotes=tuple(quotes),
        people=(zuckerberg,),
        organizations=(meta, bloomberg),
        sources=(interview,),
        variants=tuple(
            LanguageVariant(
                language=tag,
                label=label,
                relation=VariantRelation.TRANSLATION,
                is_current=tag == "fr",
            )
            for tag, label in MENU
        ),
        rights=Rights(holder="Observer.com", notice=rights_line),
        keywords=("IA", "Meta", "Llama", "open source"),
    )


def write_files(folder: Path, count: int) -> list[str]:
    """``count`` varied copies of the seed article; returns their paths."""
    base = seed_article()
    last = len(base.body) - 1
    paths = []
    for number in range(count):
        url = f"https://www.guancha.cn/economy/2024_07_24/{number:06d}.shtml"
        body = list(base.body)
        body[last] = Paragraph(text=f"{body[last].text} ({number})")  # type: ignore[union-attr]
        article = base.model_copy(
            update={
                "url": url,
                "canonical_url": url,
                "title": f"{base.title} #{number}",
                "published": date(2024, 1 + number % 12, 1 + number % 28),
                "updated": None,
                "body": tuple(body),
            }
        )
        path = folder / f"article_{number:06d}.json"
        path.write_text(to_json(article, indent=2), encoding="utf-8")
        paths.append(str(path))
    return paths


def timed(command: list[str], *, cwd: Path) -> float:
    """Wall time of one run; stops the benchmark if the command does not pass."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(
            f"{command[0]} failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each newsmodel command; best kept"
    )
    parser.add_argument(
        "--anchor-repeat",
        type=int,
        default=1,
        help="runs of check-jsonschema (minutes each on 10,000 files); best kept",
    )
    args = parser.parse_args(argv)
    newsmodel = str(BIN / "newsmodel")
    checker = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    if checker is None:
        sys.exit("check-jsonschema is missing: pip install 'newsmodel[bench]'")
    with tempfile.TemporaryDirectory(prefix="nm-validate-bench-") as tmp:
        folder = Path(tmp)
        files_dir = folder / "articles"
        files_dir.mkdir()
        paths = [os.path.relpath(p, folder) for p in write_files(files_dir, args.files)]
        size = sum(os.path.getsize(folder / p) for p in paths)
        subprocess.run([newsmodel, "schema", "-o", str(folder / "schema.json")], check=True)
        commands = {
            "newsmodel validate (schema only)": [
                newsmodel, "validate", "--isolated", "-q", "--select", "NM0", *paths
            ],
            "newsmodel validate (all rules)": [newsmodel, "validate", "--isolated", "-q", *paths],
            "check-jsonschema": [checker, "--schemafile", "schema.json", *paths],
        }  # fmt: skip
        best: dict[str, float] = {}
        for run in range(max(args.repeat, args.anchor_repeat)):
            for name, command in commands.items():
                runs = args.anchor_repeat if name == "check-jsonschema" else args.repeat
                if run < runs:  # the two newsmodel commands alternate, so load hits both
                    elapsed = timed(command, cwd=folder)
                    best[name] = min(best.get(name, elapsed), elapsed)
    print(
        f"{args.files} article files, {size / args.files / 1024:.1f} KiB each, "
        f"wall time of the whole command, best of {args.repeat} (newsmodel) and "
        f"{args.anchor_repeat} (check-jsonschema)"
    )
    rate = {name: args.files / seconds for name, seconds in best.items()}
    for name, seconds in best.items():
        print(f"  {name:<36} {seconds:8.2f} s  {rate[name]:9.0f} files/s")
    schema_only = rate["newsmodel validate (schema only)"]
    all_rules = rate["newsmodel validate (all rules)"]
    anchor = rate["check-jsonschema"]
    print(f"  all rules / schema only: {all_rules / schema_only:.2f} (target >= 0.5)")
    print(f"  all rules / check-jsonschema: {all_rules / anchor:.1f}x (target >= 10x)")
    print(f"  schema only / check-jsonschema: {schema_only / anchor:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
