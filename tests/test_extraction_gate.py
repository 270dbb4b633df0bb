"""Quality gate of the main-text extractor, in the manner of trafilatura's ``eval_gate.py``.

Runs the extraction over the 181 hand-annotated pages of ``../shared/bench/article-extraction``
(read in place), scores the body text as that set's ``DATA.md`` describes, and fails when
precision, recall or F1 fall below the floors the extractor reached. The input is pinned by
digest: if the data changes, the floors mean nothing and the gate says so.

``benchmarks/extraction.py`` prints the same figures beside trafilatura's; this test is the
floor, that script is the measurement.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from newsmodel._html_body import extract_body
from newsmodel._html_load import load_html
from newsmodel.models import Article, Figure
from newsmodel.options import ParseOptions

GROUND_TRUTH_SHA256 = "512e9a9498912047a966e22f47302e849dfa45dca1f555d97588317dac7e5a3d"
PAGES = 181

# Floors: what the extractor reaches (precision 0.985, recall 0.981, F1 0.983, exact 58.6 %),
# less a small margin so that a harmless change on one page does not fail the build.
MIN_PRECISION = 0.981
MIN_RECALL = 0.978
MIN_F1 = 0.980
MIN_ACCURACY = 0.57

TOKEN = re.compile(r"\w+")


def shingles(words: list[str]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))


def body_text(html: bytes, options: ParseOptions) -> str:
    """What the benchmark scores: ``Article.text`` without figure captions (the annotators left
    captions out), with the title ``parse_html`` would pass (``og:title``, else ``<title>``)."""
    root = load_html(html, options=options).root
    titles = root.xpath("//meta[@property='og:title']/@content|//title/text()")
    title = next((str(value).strip() for value in titles if str(value).strip()), None)
    blocks = extract_body(root, title=title).blocks
    return Article(body=tuple(b for b in blocks if not isinstance(b, Figure))).text


@pytest.fixture(scope="module")
def scores(shared: Path) -> dict[str, float]:
    base = shared / "bench" / "article-extraction"
    raw = (base / "ground-truth.json").read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    assert digest == GROUND_TRUTH_SHA256, (
        f"ground-truth.json changed (sha256 {digest}): re-measure with benchmarks/extraction.py"
        " and update the floors and the digest of this gate"
    )
    truth = json.loads(raw)
    assert len(truth) == PAGES
    options = ParseOptions()
    precisions: list[float] = []
    recalls: list[float] = []
    exact = 0
    for key, record in truth.items():
        html = gzip.decompress((base / "html" / f"{key}.html.gz").read_bytes())
        expected = TOKEN.findall(record["articleBody"])
        got = TOKEN.findall(body_text(html, options))
        exact += expected == got
        if not got:
            recalls.append(0.0)  # no output: counts against recall only
            continue
        common = sum((shingles(expected) & shingles(got)).values())
        precisions.append(common / sum(shingles(got).values()))
        recalls.append(common / sum(shingles(expected).values()))
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
        "accuracy": exact / len(truth),
    }


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("precision", MIN_PRECISION),
        ("recall", MIN_RECALL),
        ("f1", MIN_F1),
        ("accuracy", MIN_ACCURACY),
    ],
)
def test_extraction_stays_above_its_floor(
    scores: dict[str, float], metric: str, floor: float
) -> None:
    assert scores[metric] >= floor, f"{metric} {scores[metric]:.4f} < floor {floor} ({scores})"
