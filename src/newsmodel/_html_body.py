"""Finding the article's main text in a page, as blocks. (Being written: see issue 3.)"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from newsmodel.errors import Diagnostic
from newsmodel.models import Block

__all__ = ["ExtractedBody", "extract_body"]


@dataclass(frozen=True)
class ExtractedBody:
    """The main text of a page."""

    blocks: tuple[Block, ...]
    """Paragraphs, headings, lists, block quotes and figures, in reading order."""
    diagnostics: tuple[Diagnostic, ...]
    """What extraction doubted (no article container found, a paywall, …)."""


def extract_body(
    root: HtmlElement, *, title: str | None = None, language: str | None = None
) -> ExtractedBody:
    """Extract the article body from ``root``. May modify the tree: harvest metadata first."""
    raise NotImplementedError
