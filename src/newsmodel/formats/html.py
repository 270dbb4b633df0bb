"""HTML pages, both ways. (Being written: see issue 3.)"""

from __future__ import annotations

from newsmodel.formats import Codec, Format
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "parse_html", "to_html"]


def parse_html(
    html: str | bytes, *, url: str | None = None, options: ParseOptions | None = None
) -> Article:
    """Parse a web page into an :class:`Article`."""
    raise NotImplementedError


def to_html(article: Article) -> str:
    """Write ``article`` as a semantic HTML5 document."""
    raise NotImplementedError


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_html(data, url=options.url, options=options)


CODEC = Codec(Format.HTML, _read, to_html, "text/html", ".html")
