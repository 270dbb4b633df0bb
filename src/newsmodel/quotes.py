"""Quotes, speakers and cited sources. (Being written: see issue 4.)"""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel.models import Article, Quote

__all__ = ["attach_quotes", "extract_quotes"]


def extract_quotes(text: str | Sequence[str], *, language: str | None = None) -> list[Quote]:
    """Find the quotes in body text (paragraphs separated by blank lines, or a sequence of
    paragraphs), with their speakers, cues and sources."""
    raise NotImplementedError


def attach_quotes(article: Article) -> Article:
    """Return ``article`` with ``quotes``, ``people``, ``organizations`` and ``sources`` filled
    from its body. Readers call this when ``ParseOptions.extract_quotes`` is on."""
    return article
