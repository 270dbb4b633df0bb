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

FLOORS = {"title": 81.0, "authors": 64.5, "date": 89.5, "language": 98.0}
"""Percent per field, on every third page."""


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
