"""ninjs, both ways. (Being written: see issue 5.)"""

from __future__ import annotations

from newsmodel.formats import Codec, Format
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "parse_ninjs", "to_ninjs"]


def parse_ninjs(data: str | bytes, *, options: ParseOptions | None = None) -> Article:
    """Read an article from ninjs."""
    raise NotImplementedError


def to_ninjs(article: Article) -> str:
    """Write ``article`` as ninjs."""
    raise NotImplementedError


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_ninjs(data, options=options)


CODEC = Codec(Format.NINJS, _read, to_ninjs, "application/json", ".ninjs.json")
