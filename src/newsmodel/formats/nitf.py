"""nitf, both ways. (Being written: see issue 5.)"""

from __future__ import annotations

from newsmodel.formats import Codec, Format
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "parse_nitf", "to_nitf"]


def parse_nitf(data: str | bytes, *, options: ParseOptions | None = None) -> Article:
    """Read an article from nitf."""
    raise NotImplementedError


def to_nitf(article: Article) -> str:
    """Write ``article`` as nitf."""
    raise NotImplementedError


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_nitf(data, options=options)


CODEC = Codec(Format.NITF, _read, to_nitf, "application/xml", ".nitf.xml")
