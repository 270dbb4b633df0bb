"""jsonld, both ways. (Being written: see issue 5.)"""

from __future__ import annotations

from newsmodel.formats import Codec, Format
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "parse_jsonld", "to_jsonld"]


def parse_jsonld(data: str | bytes, *, options: ParseOptions | None = None) -> Article:
    """Read an article from jsonld."""
    raise NotImplementedError


def to_jsonld(article: Article) -> str:
    """Write ``article`` as jsonld."""
    raise NotImplementedError


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_jsonld(data, options=options)


CODEC = Codec(Format.JSONLD, _read, to_jsonld, "application/ld+json", ".jsonld")
