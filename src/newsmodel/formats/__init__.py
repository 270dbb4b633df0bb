"""The formats newsmodel reads and writes, behind one registry keyed by :class:`Format`.

Each format lives in its own module that defines ``CODEC``, a :class:`Codec`. Modules are
imported on first use, so importing newsmodel does not import lxml's HTML machinery or the
industry formats.
"""

from __future__ import annotations

import enum
import importlib
import json as _json
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsmodel.errors import UnsupportedInputError
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["Codec", "Format", "detect_format", "dump", "get_codec", "load"]


class Format(str, enum.Enum):
    """A format newsmodel reads or writes."""

    TEXT = "text"
    """Raw scraped text: section, title, date, language menu, byline, paragraphs, rights."""
    JSON = "json"
    """newsmodel's canonical article JSON."""
    HTML = "html"
    """A web page; written as a semantic HTML5 document."""
    NINJS = "ninjs"
    """IPTC ninjs (JSON)."""
    NITF = "nitf"
    """IPTC NITF 3.6 (XML)."""
    JSONLD = "jsonld"
    """schema.org NewsArticle JSON-LD."""


_WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    """The words of an article's plain text (``Article.text``): ninjs ``wordCount``,
    schema.org ``wordCount`` and NITF ``pubdata@item-length`` all give this one count."""
    return len(_WORD.findall(text))


Reader = Callable[[str | bytes, ParseOptions], Article]
Writer = Callable[[Article], str]


@dataclass(frozen=True)
class Codec:
    """How one format is read and written."""

    format: Format
    read: Reader
    write: Writer
    media_type: str
    extension: str


_MODULES: dict[Format, str] = {
    Format.TEXT: "newsmodel.formats.text",
    Format.JSON: "newsmodel.formats.json",
    Format.HTML: "newsmodel.formats.html",
    Format.NINJS: "newsmodel.formats.ninjs",
    Format.NITF: "newsmodel.formats.nitf",
    Format.JSONLD: "newsmodel.formats.jsonld",
}


def get_codec(fmt: Format | str) -> Codec:
    """Return the codec of ``fmt`` (a :class:`Format` or its name)."""
    try:
        key = Format(fmt)
    except ValueError:
        names = ", ".join(f.value for f in Format)
        raise UnsupportedInputError(f"unknown format {fmt!r}; known: {names}") from None
    codec: Codec = importlib.import_module(_MODULES[key]).CODEC
    return codec


def load(
    data: str | bytes,
    fmt: Format | str = "auto",
    *,
    options: ParseOptions | None = None,
    name: str | None = None,
) -> Article:
    """Read one article from ``data`` in ``fmt`` (``auto`` detects it)."""
    options = options or ParseOptions()
    key = detect_format(data, name=name) if fmt == "auto" else Format(fmt)
    return get_codec(key).read(data, options)


def dump(article: Article, fmt: Format | str) -> str:
    """Write ``article`` in ``fmt``."""
    return get_codec(fmt).write(article)


_XML_DECL = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!DOCTYPE\s+)?(\w[\w:.-]*)", re.S | re.I
)
# A <nitf> element anywhere in the head: NITF carried inside other XML (NewsML-G2 inlineXML).
_NITF_ELEMENT = re.compile(rb"<(?:[\w.-]+:)?nitf[\s/>]")
_HTML_HINT = re.compile(rb"<(html|head|body|article|div|p|meta|title|!doctype\s+html)\b", re.I)
_EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".nitf": Format.NITF,
    ".xml": Format.NITF,
}


def detect_format(data: str | bytes, *, name: str | None = None) -> Format:
    """Guess the format of ``data`` from its first bytes (and ``name``'s extension as a tie
    breaker). JSON is told apart by its keys: ninjs has ``uri`` and ``type``/``headlines``,
    JSON-LD has ``@context`` or ``@type``, newsmodel JSON has ``schema_version`` or ``body``."""
    head = data[:65536].encode("utf-8", "surrogatepass") if isinstance(data, str) else data[:65536]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return _json_kind(data)
    xml = _XML_DECL.match(stripped)
    if xml is not None:
        root = xml.group(4).lower()
        if root == b"nitf" or root.endswith(b":nitf"):
            return Format.NITF
        if root != b"html" and _NITF_ELEMENT.search(stripped):
            return Format.NITF
        if root in (b"html", b"!doctype") or _HTML_HINT.search(stripped):
            return Format.HTML
    if stripped.startswith(b"<") and _HTML_HINT.search(stripped):
        return Format.HTML
    if name:
        for ext, fmt in _EXTENSIONS.items():
            if name.lower().endswith(ext):
                return fmt
    return Format.TEXT


def _json_kind(data: str | bytes) -> Format:
    try:
        value = _json.loads(data)
    except (ValueError, RecursionError):
        return Format.JSON  # the JSON reader reports the error precisely
    first = value[0] if isinstance(value, list) and value else value
    if not isinstance(first, dict):
        return Format.JSON
    if "@context" in first or "@type" in first or "@graph" in first:
        return Format.JSONLD
    if "schema_version" in first or "body" in first:
        return Format.JSON
    if "uri" in first or "headlines" in first or "headline" in first or "bodies" in first:
        return Format.NINJS
    return Format.JSON
