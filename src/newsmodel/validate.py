"""Validation of article data. (Being written: see issues 2 and 7.)"""

from __future__ import annotations

__all__: list[str] = []
