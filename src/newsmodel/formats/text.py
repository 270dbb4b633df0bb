"""Raw scraped text, both ways. (Being written: see issue 2.)"""

from __future__ import annotations

from newsmodel.formats import Codec, Format
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "parse_text", "to_text"]


def parse_text(text: str, *, options: ParseOptions | None = None) -> Article:
    """Parse raw scraped article text into an :class:`Article`."""
    raise NotImplementedError


def to_text(article: Article) -> str:
    """Write ``article`` in the raw text layout that :func:`parse_text` reads."""
    raise NotImplementedError


def _read(data: str | bytes, options: ParseOptions) -> Article:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return parse_text(text, options=options)


CODEC = Codec(Format.TEXT, _read, to_text, "text/plain", ".txt")
