"""Quality gate: metadata on the shared benchmark pages (read in place) stays above the floor.

Runs ``benchmarks/metadata.py``'s scoring on every third page (the whole set takes a minute;
``python benchmarks/metadata.py`` measures all of it). Floors sit a little under what
newsmodel measures on this sample, so a regression fails the suite.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from .scripts import load_script

FLOORS = {"title": 86.0, "authors": 67.5, "date": 89.5, "language": 97.5}
"""Percent per field, on every third page. Language sits further under its figure (98.0 %)
because the gold's language is the page's ``<html lang>`` corrected only in part (DATA.md):
newsmodel now overrules a declaration its text clearly contradicts, and 8 of the 9 misses of
this sample are such pages whose gold kept the declaration."""


def _benchmark() -> ModuleType:
    return load_script("benchmarks/metadata.py", "metadata_benchmark")


@pytest.mark.slow
def test_metadata_quality_floor(shared: Path) -> None:
    bench = _benchmark()
    base = shared / "bench" / "metadata"
    data = list(bench.pages(base, None, every=3))
    assert len(data) > 400
    means, counts, _, _ = bench.evaluate(bench.newsmodel_predictor(), data)
    for field, floor in FLOORS.items():
        assert counts[field] > 100
        assert means[field] >= floor, f"{field} {means[field]:.1f} % < floor {floor} %"
