"""Streaming many inputs through the readers. (Being written: see issues 2 and 6.)"""

from __future__ import annotations

__all__: list[str] = []
