"""The knobs of parsing, in one frozen object."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ParseOptions"]


class ParseOptions(BaseModel):
    """Options every reader takes as ``options=``. The defaults suit scraped news."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    split_glued_words: bool = False
    """Apply the suggested splits of words glued where links were stripped
    (``avecOpenAIComparable``). Off by default: the split is reported as a diagnostic only."""
    extract_quotes: bool = True
    """Fill ``quotes``, ``people``, ``organizations`` and ``sources`` from the body text."""
    detect_language: bool = True
    """Detect the language from the text when the input does not declare it."""
    max_bytes: int = Field(default=64 * 1024 * 1024, ge=1)
    """Inputs larger than this raise ``InputTooLargeError`` instead of being parsed."""
    url: str | None = None
    """The URL the input was fetched from, when the caller knows it."""
    charset: str | None = None
    """The charset the input's transport declared (the ``charset=`` of an HTTP
    ``Content-Type``), when the caller knows it, for HTML given as bytes. As in browsers it
    outranks the page's own ``<meta charset>``, a byte-order mark outranks it, and UTF-8 bytes
    are read as UTF-8 whatever legacy encoding it names; each disagreement is a diagnostic."""
