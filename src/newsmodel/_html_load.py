"""Loading HTML safely: encoding detection, size and hostility limits, one lxml tree.
(Being written: see issue 3.)"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from newsmodel.errors import Diagnostic
from newsmodel.options import ParseOptions

__all__ = ["LoadedPage", "load_html"]


@dataclass(frozen=True)
class LoadedPage:
    """A page parsed once, for every extractor to read."""

    root: HtmlElement
    """The document's root element."""
    encoding: str | None
    """The encoding the bytes were decoded with (``None`` for ``str`` input)."""
    diagnostics: tuple[Diagnostic, ...]
    """What loading repaired or doubted."""


def load_html(
    data: str | bytes, *, options: ParseOptions, source: str | None = None
) -> LoadedPage:
    """Decode and parse ``data``; raise a ``ParseError`` subclass for input that is not HTML,
    too large, or hostile."""
    raise NotImplementedError
