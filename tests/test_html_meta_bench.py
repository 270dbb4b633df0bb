"""Quality gate: metadata on the shared benchmark pages (read in place) stays above the floor.

Runs ``benchmarks/metadata.py``'s scoring on every third page (the whole set takes a minute;
``python benchmarks/metadata.py`` measures all of it). Floors sit a little under what
newsmodel measures on this sample, so a regression fails the suite.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

FLOORS = {"title": 72.0, "authors": 56.0, "date": 88.0, "language": 98.0}
"""Percent per field, on every third page."""


def _benchmark() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "metadata.py"
    spec = importlib.util.spec_from_file_location("metadata_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


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
