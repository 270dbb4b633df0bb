"""Shared fixtures. Benchmark data is read in place from ../shared (or $NEWSMODEL_SHARED)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed_observer_fr.txt"

settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def shared_dir() -> Path | None:
    """The read-only shared folder: $NEWSMODEL_SHARED, else ../shared beside the checkout."""
    env = os.environ.get("NEWSMODEL_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "shared")
    for path in candidates:
        if path.is_dir():
            return path
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder, or skip with the reason when it is absent."""
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is absent (set NEWSMODEL_SHARED to its path); it is always in CI")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, exactly as scraped."""
    return SEED.read_text(encoding="utf-8")
