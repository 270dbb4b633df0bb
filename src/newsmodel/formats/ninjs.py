"""IPTC ninjs (News in JSON), both ways.

:func:`to_ninjs` writes ninjs 3.1 (or 3.0, 2.2, 2.1) that validates against the official IPTC
schema with format checking on; :func:`parse_ninjs` reads ninjs 1.x, 2.x and 3.x, checks the
document against the rules of its version (see the rule tables at the end of this module) and
raises :class:`~newsmodel.errors.ValidationFailed` naming every field that breaks them.

What each article field becomes, and what ninjs cannot carry, is tabled in ``docs/formats.md``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TypeAlias
from urllib.parse import quote as url_quote

from dateutil.parser import isoparse
from lxml import etree
from lxml import html as lxml_html
from pydantic import ValidationError

from newsmodel._dateline import dateline_of
from newsmodel._jsonio import load_json_document
from newsmodel._lang import replace_withdrawn
from newsmodel._xml import (
    BodyReader,
    Mark,
    QuoteDraft,
    clean_url,
    html_markup,
    local_name,
    normalise_space,
    positive_int,
    read_paragraph,
    render_inline,
    resolve_quotes,
    span_marks,
    text_with_breaks,
)
from newsmodel.errors import (
    Diagnostic,
    FieldIssue,
    InputTooLargeError,
    ParseError,
    SerializeError,
    Severity,
    UnsupportedInputError,
    ValidationFailed,
)
from newsmodel.formats import Codec, Format, word_count
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Dateline,
    Figure,
    Heading,
    Image,
    LanguageVariant,
    ListBlock,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    QuoteKind,
    Rights,
    SpanKind,
    VariantRelation,
)
from newsmodel.options import ParseOptions
from newsmodel.types import canonical_language_tag

__all__ = [
    "CODEC",
    "NINJS_VERSIONS",
    "apply_reader_options",
    "body_blocks_from_html",
    "body_to_html",
    "ninjs_dict",
    "parse_ninjs",
    "to_ninjs",
]

NINJS_VERSIONS: tuple[str, ...] = ("3.1", "3.0", "2.2", "2.1")
"""The ninjs versions :func:`to_ninjs` writes."""

_SCHEMA_URL = "http://www.iptc.org/std/ninjs/ninjs-schema_{}.json"
_GENERATED_URN = "urn:newsmodel:"

# ---------------------------------------------------------------------------- vocabulary

# Roles and relations newsmodel writes, and the foreign spellings it reads as the same thing.
_AUTHOR_RELS = frozenset({"author", "creator", "by", "writer", "byline", "reporter"})
_SUB_HEADLINE_ROLES = frozenset({"sub", "subtitle", "subheadline", "sub-headline", "subhead"})
_MAIN_HEADLINE_ROLES = frozenset({"main", "headline", "title", "simple"})
_LEAD_DESCRIPTION_ROLES = frozenset({"lead", "summary", "standfirst", "teaser", "abstract"})
_PUBLISHER_ROLES = frozenset({"publisher", "outlet"})
_SECTION_REL = "section"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_NITF_TYPES = frozenset({"text/vnd.iptc.nitf", "application/nitf+xml", "text/nitf+xml"})
_HTML_ROLES = frozenset({"html", "richtext", "xhtml"})
_IMAGE_TYPES = frozenset({"picture", "graphic"})
_VARIANT_RELS: dict[str, VariantRelation] = {
    **{relation.value: relation for relation in VariantRelation},
    "translationof": VariantRelation.ORIGINAL,
    "translation-of": VariantRelation.ORIGINAL,
    "hastranslation": VariantRelation.TRANSLATION,
    "translated": VariantRelation.TRANSLATION,
    "edition": VariantRelation.REGIONAL_EDITION,
    "regionaledition": VariantRelation.REGIONAL_EDITION,
    "x-default": VariantRelation.DEFAULT,
}

# An absolute URI as RFC 3986 spells it (what JSON Schema's ``uri`` format asserts).
_ABSOLUTE_URI = re.compile(
    r"""^[A-Za-z][A-Za-z0-9+.\-]*:
    (?://(?:[A-Za-z0-9\-._~!$&'()*+,;=:%]*@)?
        (?:\[[0-9A-Fa-f:.vV]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(?::[0-9]*)?
        (?:/[A-Za-z0-9\-._~!$&'()*+,;=:@%]*)*
    |[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)
    (?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?
    (?:\#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$""",
    re.X,
)
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
_UNKNOWN_OFFSET = "-00:00"
_DATE_ONLY_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?-00:00$")
_PLAIN_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


# --------------------------------------------------------------------------- writing


def to_ninjs(article: Article, version: str = "3.1") -> str:
    """Write ``article`` as a ninjs document (``version`` 3.1 by default; 3.0, 2.2 and 2.1 too).

    The document always has an absolute ``uri`` (the article's id or URL, else a stable
    ``urn:newsmodel:`` derived from its content), RFC 3339 dates and no property the schema
    does not define.
    """
    return json.dumps(ninjs_dict(article, version), ensure_ascii=False, indent=2)


def ninjs_dict(article: Article, version: str = "3.1") -> dict[str, Any]:
    """The ninjs document of ``article`` as a JSON-ready dict."""
    if version not in NINJS_VERSIONS:
        raise SerializeError(
            f"ninjs version {version!r} is not written; choose one of {', '.join(NINJS_VERSIONS)}"
        )
    family = version[0]
    uri = document_uri(article)
    doc: dict[str, Any] = {
        "standard": {"name": "ninjs", "version": version, "schema": _SCHEMA_URL.format(version)},
        "uri": uri,
        "type": "text",
    }
    alt_ids = _alt_ids(article, uri)
    if alt_ids:
        doc["altIds"] = alt_ids
    if article.published is not None:
        doc["firstCreated"] = rfc3339(article.published)
    if article.updated is not None:
        doc["versionCreated"] = rfc3339(article.updated)
    if article.language:
        doc["language"] = article.language
    headlines = []
    if article.title is not None:
        headlines.append({"role": "main", "value": article.title})
    if article.subtitle is not None:
        headlines.append({"role": "sub", "value": article.subtitle})
    if headlines:
        doc["headlines"] = headlines
    if article.byline is not None:
        doc["by"] = article.byline
    if article.dateline is not None and article.dateline.place is not None:
        doc["located"] = article.dateline.place
    people = [
        *(_entity_entry(p, "rel", "author") for p in article.authors),
        *(_entity_entry(p, "rel", "mentions") for p in article.people),
    ]
    if people:
        doc["people"] = people
    organisations = [_entity_entry(o, "rel", "mentions") for o in article.organizations]
    if organisations:
        doc["organisations"] = organisations
    sources = [_entity_entry(o, "role", "agency") for o in article.agencies]
    if article.publisher is not None:
        sources.append(_entity_entry(article.publisher, "role", "publisher"))
    if sources:
        doc["infoSources"] = sources
    subjects = []
    if article.section is not None:
        subjects.append({"name": article.section, "rel": _SECTION_REL})
    subjects.extend({"name": keyword} for keyword in article.keywords)
    if subjects:
        doc["subjects"] = subjects
    doc.update(_rights(article.rights))
    bodies = _bodies(article)
    if bodies:
        doc["bodies"] = bodies
    associations = [
        *(_variant(v, i, uri, family) for i, v in enumerate(article.variants)),
        *(_image(img, i, uri, family) for i, img in enumerate(article.images)),
    ]
    if associations:
        doc["associations"] = associations
    return _to_2x(doc) if family == "2" else doc


def document_uri(article: Article) -> str:
    """The absolute ``uri`` ninjs and NITF give ``article``: its id, canonical URL or URL
    when one is an absolute URI, else ``urn:newsmodel:`` and a digest of its content."""
    for candidate in (article.id, article.canonical_url, article.url):
        if candidate and is_absolute_uri(candidate):
            return candidate
    return generated_urn(article)


def generated_urn(article: Article, *parts: str) -> str:
    """A stable ``urn:newsmodel:`` for ``article``: the same content always gives the same
    URN. It digests the fields every format carries (title, language, dates, body text)."""
    digest = hashlib.sha256()
    for value in (
        article.title,
        article.language,
        article.published.isoformat() if article.published else None,
        article.text,
        *parts,
    ):
        digest.update((value or "").encode("utf-8", "surrogatepass") + b"\x1f")
    return f"{_GENERATED_URN}{digest.hexdigest()[:32]}"


def is_absolute_uri(value: str) -> bool:
    """True when ``value`` is an absolute URI that JSON Schema's ``uri`` format accepts."""
    return bool(_ABSOLUTE_URI.match(value)) and not _BAD_PERCENT.search(value)


def _as_uri(value: str | None) -> str | None:
    """``value`` as an absolute URI: kept when it is one, percent-encoded when it only needs
    that (an IRI with non-ASCII letters), else ``None``."""
    if not value:
        return None
    if is_absolute_uri(value):
        return value
    encoded = url_quote(value, safe=_URI_SAFE)
    encoded = _BAD_PERCENT.sub("%25", encoded)
    return encoded if is_absolute_uri(encoded) else None


def rfc3339(value: date | datetime) -> str:
    """``value`` as an RFC 3339 date-time.

    An aware datetime keeps its offset. A naive one (the source gave no offset) is written with
    RFC 3339's unknown-offset suffix ``-00:00``; a date alone as midnight with ``-00:00``.
    """
    if isinstance(value, datetime):
        offset = value.utcoffset()
        if offset is None:
            return value.isoformat() + _UNKNOWN_OFFSET
        if offset % timedelta(minutes=1):
            return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return value.isoformat()
    return f"{value.isoformat()}T00:00:00{_UNKNOWN_OFFSET}"


def _alt_ids(article: Article, uri: str) -> list[dict[str, str]]:
    out = []
    if article.id is not None and article.id != uri:
        out.append({"role": "id", "value": article.id})
    if article.url is not None:
        out.append({"role": "url", "value": article.url})
    if article.canonical_url is not None:
        out.append({"role": "canonical", "value": article.canonical_url})
    return out


def _entity_entry(entity: Person | Organization, key: str, value: str) -> dict[str, Any]:
    """A ninjs ``people``/``organisations`` entry (``key`` "rel") or ``infoSources`` entry
    (``key`` "role"): the name, the relation, and the entity's URL as ``uri`` when absolute."""
    out: dict[str, Any] = {"name": entity.name, key: value}
    uri = _as_uri(entity.url)
    if uri:
        out["uri"] = uri
    return out


def _rights(rights: Rights | None) -> dict[str, Any]:
    if rights is None:
        return {}
    out: dict[str, Any] = {}
    if rights.holder:
        out["copyrightHolder"] = rights.holder
    if rights.notice:
        out["copyrightNotice"] = rights.notice
    if rights.usage_terms:
        out["usageTerms"] = rights.usage_terms
    license_uri = _as_uri(rights.license)
    if license_uri:
        out["rightsInfo"] = {"linkedRights": license_uri}
    return out


def _bodies(article: Article) -> list[dict[str, Any]]:
    if not article.body:
        return []
    text = article.text
    bodies: list[dict[str, Any]] = [
        {
            "role": "main",
            "contentType": "text/plain",
            "charCount": len(text),
            "wordCount": word_count(text),
            "value": text,
        }
    ]
    markup = body_to_html(article)
    if markup is not None:
        bodies.append({"role": "main", "contentType": "text/html", "value": markup})
    return bodies


def _variant(variant: LanguageVariant, index: int, doc_uri: str, family: str) -> dict[str, Any]:
    uri = doc_uri if variant.is_current else _as_uri(variant.url)
    if uri is None:
        digest = hashlib.sha256(f"{doc_uri}#variant-{index + 1}".encode()).hexdigest()
        uri = f"{_GENERATED_URN}variant:{digest[:24]}"
    out: dict[str, Any] = {"name": variant.relation.value}
    if family == "3":
        out["rel"] = variant.relation.value
    out["uri"] = uri
    if variant.url is not None and (variant.url != uri or uri == doc_uri):
        out["altIds"] = [{"role": "url", "value": variant.url}]
    out["type"] = "text"
    if variant.language:
        out["language"] = variant.language
    if variant.label is not None:
        out["title"] = variant.label
    return out


def _image(image: Image, index: int, doc_uri: str, family: str) -> dict[str, Any]:
    href = _as_uri(image.url)
    out: dict[str, Any] = {"name": f"image-{index + 1}"}
    if family == "3":
        out["rel"] = "image"
    out["uri"] = href or f"{_GENERATED_URN}image:{hashlib.sha256(image.url.encode()).hexdigest()}"
    if image.url != out["uri"]:
        out["altIds"] = [{"role": "url", "value": image.url}]
    out["type"] = "picture"
    if image.credit is not None:
        out["by"] = image.credit
    descriptions = []
    if image.caption is not None:
        descriptions.append({"role": "caption", "value": image.caption})
    if image.alt is not None:
        descriptions.append({"role": "alt", "value": image.alt})
    if descriptions:
        out["descriptions"] = descriptions
    # A rendition's href is optional: one without still carries the size.
    rendition: dict[str, Any] = {"name": "original"}
    if href:
        rendition["href"] = href
    if image.width is not None:
        rendition["width"] = image.width
    if image.height is not None:
        rendition["height"] = image.height
    if len(rendition) > 1:
        out["renditions"] = [rendition]
    return out


# 3.x property names whose 2.x spelling is not simply lower case.
_TO_2X_NAMES = {"embargoedUntil": "embargoed"}


def _to_2x(value: Any) -> Any:
    """Rename a 3.x document's properties to their 2.x spelling (association ``rel`` has no
    2.x form: the relation is kept in ``name``)."""
    if isinstance(value, list):
        return [_to_2x(item) for item in value]
    if isinstance(value, dict):
        return {
            _renamed_2x(key): _to_2x(item)
            for key, item in value.items()
            if key != "rel" or not _is_association(value)
        }
    return value


def _renamed_2x(key: str) -> str:
    return _TO_2X_NAMES.get(key, key).lower()


def _is_association(value: Mapping[str, Any]) -> bool:
    return "uri" in value and "name" in value and "type" in value


# --------------------------------------------------------------------------- HTML body


def body_to_html(article: Article) -> str | None:
    """The body as an HTML fragment (``<p>``, ``<h2>``, ``<blockquote>``, ``<ul>``,
    ``<figure>``), quotes as ``<q>``; ``None`` when the text holds characters HTML cannot."""
    quotes_by_block = _quotes_by_block(article)
    parts: list[str] = []
    try:
        for index, block in enumerate(article.body):
            element = _html_block(block, quotes_by_block.get(index, ()))
            parts.append(html_markup(element))
    except ValueError:  # a character XML and HTML cannot hold (U+FFFE, a control character)
        return None
    return "\n".join(parts)


def _quotes_by_block(article: Article) -> dict[int, list[Mark]]:
    out: dict[int, list[Mark]] = {}
    for quote in article.quotes:
        if quote.kind is QuoteKind.INDIRECT:
            continue
        if quote.end_block not in (None, quote.block) or quote.block >= len(article.body):
            continue
        attrib: list[tuple[str, str]] = [("class", quote.kind.value)]
        if quote.speaker is not None:
            attrib.append(("data-speaker", quote.speaker.name))
        out.setdefault(quote.block, []).append(
            Mark(quote.start, quote.end, "q", tuple(attrib), payload=quote)
        )
    return out


_SPAN_TAGS_HTML = {
    SpanKind.LINK: "a",
    SpanKind.EMPHASIS: "em",
    SpanKind.STRONG: "strong",
    SpanKind.QUOTE: "q",
}


def _sub(parent: etree._Element, tag: str) -> etree._Element:
    return etree.SubElement(parent, tag)


def _html_block(block: Block, quote_marks: Sequence[Mark]) -> etree._Element:
    if isinstance(block, Paragraph):
        element = etree.Element("p")
        marks = [*span_marks(block.spans, _SPAN_TAGS_HTML), *quote_marks]
        render_inline(element, block.text, marks, _sub, line_breaks=True)
        return element
    if isinstance(block, Heading):
        element = etree.Element(f"h{block.level}")
        element.text = block.text
        return element
    if isinstance(block, BlockQuote):
        element = etree.Element("blockquote")
        if block.cite is not None:
            element.set("cite", block.cite)
        for part in block.text.split("\n\n") if block.text else ():
            render_inline(etree.SubElement(element, "p"), part, (), _sub, line_breaks=True)
        if block.attribution is not None:
            etree.SubElement(element, "footer").text = block.attribution
        return element
    if isinstance(block, ListBlock):
        element = etree.Element("ol" if block.ordered else "ul")
        for item in block.items:
            etree.SubElement(element, "li").text = item
        return element
    image = block.image
    element = etree.Element("figure")
    img = etree.SubElement(element, "img", src=image.url)
    if image.alt is not None:
        img.set("alt", image.alt)
    if image.width is not None:
        img.set("width", str(image.width))
    if image.height is not None:
        img.set("height", str(image.height))
    if image.caption is not None:
        etree.SubElement(element, "figcaption").text = image.caption
    if image.credit is not None:
        etree.SubElement(element, "footer").text = image.credit
    return element


_INLINE_HTML = frozenset({"a", "em", "i", "strong", "b", "q"})
_INLINE_KIND = {
    "a": SpanKind.LINK,
    "em": SpanKind.EMPHASIS,
    "i": SpanKind.EMPHASIS,
    "strong": SpanKind.STRONG,
    "b": SpanKind.STRONG,
    "q": SpanKind.QUOTE,
}
_CONTAINERS = frozenset(
    {"div", "section", "article", "main", "header", "body", "html", "aside", "span", "center"}
)
_SKIPPED = frozenset({"script", "style", "template", "noscript", "head", "title", "meta", "link"})


def body_blocks_from_html(markup: str) -> tuple[list[Block], list[QuoteDraft]]:
    """Read body blocks from an HTML fragment: ours exactly, others leniently."""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return [], []
    reader = BodyReader()
    _html_container(root, reader)
    return reader.blocks, reader.quotes


def _html_container(element: etree._Element, reader: BodyReader) -> None:
    loose: list[str] = []

    def flush() -> None:
        text = normalise_space("".join(loose))
        loose.clear()
        if text:
            reader.blocks.append(Paragraph(text=text))

    if element.text:
        loose.append(element.text)
    for child in element:
        name = local_name(child).lower()
        if not name or name in _SKIPPED:
            if child.tail:
                loose.append(child.tail)
            continue
        if name in _INLINE_HTML or name in ("br", "small", "sup", "sub", "u", "code", "abbr"):
            loose.append(_text_content(child))
            if child.tail:
                loose.append(child.tail)
            continue
        flush()
        _html_element(child, name, reader)
        if child.tail:
            loose.append(child.tail)
    flush()


def _html_element(element: etree._Element, name: str, reader: BodyReader) -> None:
    if name == "p":
        read_paragraph(element, reader, _INLINE_HTML, _INLINE_KIND, "data-speaker")
    elif len(name) == 2 and name[0] == "h" and name[1] in "123456":
        text = normalise_space(_text_content(element))
        if text:
            reader.blocks.append(Heading(text=text, level=int(name[1])))
    elif name == "blockquote":
        paragraphs = [text_with_breaks(p) for p in element if local_name(p).lower() == "p"]
        footer = [c for c in element if local_name(c).lower() in ("footer", "cite")]
        if not paragraphs:
            own = (element.text or "") + "".join(
                (c.tail or "") for c in element if local_name(c).lower() in ("footer", "cite")
            )
            paragraphs = [normalise_space(own)] if own.strip() else []
        attribution = normalise_space(_text_content(footer[0])) if footer else None
        reader.blocks.append(
            BlockQuote(
                text="\n\n".join(paragraphs),
                cite=clean_url(element.get("cite")),
                attribution=attribution,
            )
        )
    elif name in ("ul", "ol"):
        items = tuple(
            normalise_space(_text_content(li)) for li in element if local_name(li) == "li"
        )
        if items:
            reader.blocks.append(ListBlock(items=items, ordered=name == "ol"))
    elif name in ("figure", "img", "picture"):
        image = _figure_image(element)
        if image is not None:
            reader.blocks.append(Figure(image=image))
    elif name in _CONTAINERS or name in ("table", "tbody", "tr", "td", "dl", "dd", "dt", "pre"):
        _html_container(element, reader)
    else:
        text = normalise_space(_text_content(element))
        if text:
            reader.blocks.append(Paragraph(text=text))


def _text_content(element: etree._Element) -> str:
    return "".join(str(part) for part in element.itertext())


def _figure_image(element: etree._Element) -> Image | None:
    img = element if local_name(element).lower() == "img" else element.find(".//img")
    if img is None:
        return None
    url = clean_url(img.get("src"))
    if url is None:
        return None
    caption = element.find(".//figcaption")
    credit = next((c for c in element if local_name(c).lower() == "footer"), None)
    return Image(
        url=url,
        alt=img.get("alt"),
        caption=normalise_space(_text_content(caption)) if caption is not None else None,
        credit=normalise_space(_text_content(credit)) if credit is not None else None,
        width=positive_int(img.get("width")),
        height=positive_int(img.get("height")),
    )


def parse_ninjs(
    data: str | bytes,
    *,
    options: ParseOptions | None = None,
    version: str | None = None,
    source: str | None = None,
) -> Article:
    """Read an article from a ninjs document (1.x, 2.x or 3.x).

    The version is the one the document declares in ``standard`` (``$standard`` in 1.x), else
    the one its property names are spelled in; ``version`` ("3", "2.2" …) insists on one.
    The document is checked against that version's rules first: any property it does not
    define, a value of the wrong type, a missing ``uri`` … raises :class:`ValidationFailed`
    whose message and ``errors`` name each field. Malformed JSON raises :class:`ParseError`,
    bytes that are not UTF-8 or not JSON at all :class:`UnsupportedInputError`.
    """
    options = options or ParseOptions()
    document = _load_json(data, options, source)
    family, issues = family_of(document)
    if version is not None:
        wanted = version.strip()[:1]
        if wanted not in ("1", "2", "3"):
            raise UnsupportedInputError(f"unknown ninjs version {version!r}", source=source)
        if wanted != family:
            issues.insert(
                0,
                Issue(
                    "standard.version" if "standard" in document else "",
                    f"the document is ninjs {family}.x, not the ninjs {wanted}.x asked for",
                    "version",
                ),
            )
        family = wanted
    try:
        issues.extend(check_document(document, family))
        if issues:
            raise _invalid(issues, family, source)
        if family == "1":
            document = _from_1x(document)
        if family != "3":
            document = _camel(document)
        article = _NinjsReader(document, options).article()
    except RecursionError:
        raise ParseError("ninjs document nested too deeply", source=source) from None
    return apply_reader_options(article, options, detected_code="NM507")


def apply_reader_options(article: Article, options: ParseOptions, *, detected_code: str) -> Article:
    """What every industry-format reader does last: take ``options.url`` when the document
    gives no URL, detect the language when it declares none (``options.detect_language``; an
    info diagnostic says so), and extract quotes when it marks none (``options.extract_quotes``).
    """
    update: dict[str, Any] = {}
    if article.url is None and options.url:
        update["url"] = clean_url(options.url)
    if article.language is None and options.detect_language and article.body:
        from newsmodel._lang import detect_language

        detected = detect_language(article.text[:20000])
        try:
            language = canonical_language_tag(detected) if detected else None
        except ValueError:
            language = None
        if language:
            update["language"] = language
            update["diagnostics"] = (
                *article.diagnostics,
                Diagnostic(
                    code=detected_code,
                    severity=Severity.INFO,
                    message=f"language: {language!r} detected from the text (none declared)",
                    path="language",
                ),
            )
    if update:
        article = article.model_copy(update=update)
    if options.extract_quotes and not article.quotes:
        from newsmodel.quotes import attach_quotes

        article = attach_quotes(article)
    return article


def _invalid(issues: Sequence[Issue], family: str, source: str | None) -> ValidationFailed:
    errors = tuple(FieldIssue(path=i.path, message=i.message, kind=i.kind) for i in issues)
    summary = f"not valid ninjs {family}.x: {issues[0]}"
    if len(issues) > 1:
        summary += f" (and {len(issues) - 1} more)"
    return ValidationFailed(summary, errors=errors, source=source)


def _load_json(data: str | bytes, options: ParseOptions, source: str | None) -> dict[str, Any]:
    try:
        value = load_json_document(data, options=options, source=source)
    except (UnsupportedInputError, InputTooLargeError):
        raise
    except ParseError:
        head = data[:4096]
        first = (
            head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
            if isinstance(head, bytes)
            else head.lstrip("\ufeff \t\r\n")[:1].encode()
        )
        if first and first not in (b"{", b"["):
            raise UnsupportedInputError(
                "not ninjs: a ninjs document is a JSON object and starts with '{'", source=source
            ) from None
        raise
    if not isinstance(value, dict):
        kind = "an array" if isinstance(value, list) else type(value).__name__
        raise ValidationFailed(
            f"<root>: a ninjs document is a JSON object, got {kind}",
            errors=(FieldIssue(path="", message=f"expected an object, got {kind}", kind="type"),),
            source=source,
        )
    return value


def _from_1x(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A ninjs 1.x document in 2.x shape (names in lower case, as 2.x spells them)."""
    out: dict[str, Any] = {}
    plural = {
        "person": "people",
        "organisation": "organisations",
        "place": "places",
        "subject": "subjects",
        "event": "events",
        "object": "objects",
        "infosource": "infosources",
        "genre": "genres",
        "trustindicator": "trustindicators",
    }
    bodies = []
    descriptions = []
    for key, value in doc.items():
        if key == "headline":
            out["headlines"] = [{"role": "main", "value": value}]
        elif key == "byline":
            out["by"] = value
        elif key in plural:
            out[plural[key]] = value
        elif key.startswith("body_"):
            suffix = key[5:]
            kind = "text/html" if suffix in ("html", "xhtml") else "text/plain"
            bodies.append({"role": suffix, "contenttype": kind, "value": value})
        elif key.startswith("description_"):
            descriptions.append({"role": key[12:], "value": value})
        elif key == "associations" and isinstance(value, dict):
            out["associations"] = [
                {"name": name, **_from_1x(item)}
                for name, item in value.items()
                if isinstance(item, dict)
            ]
        elif key == "renditions" and isinstance(value, dict):
            out["renditions"] = [
                {
                    "name": name,
                    **{("contenttype" if k == "mimetype" else k): v for k, v in r.items()},
                }
                for name, r in value.items()
                if isinstance(r, dict)
            ]
        elif key == "altids" and isinstance(value, dict):
            out["altids"] = [{"role": role, "value": str(v)} for role, v in value.items()]
        elif key == "$standard":
            out["standard"] = value
        else:
            out[key] = value
    if bodies:
        out["bodies"] = bodies
    if descriptions:
        out["descriptions"] = descriptions
    return out


_RENDITION_1X = {"mimetype": "contenttype"}


def _collect_names(spec: Any, names: dict[str, str]) -> None:
    if isinstance(spec, _Arr):
        _collect_names(spec.item, names)
    elif isinstance(spec, _Obj):
        for key, value in spec.props.items():
            names.setdefault(key.lower(), key)
            if key != "associations":
                _collect_names(value, names)


def _camel(value: Any) -> Any:
    """A 2.x-spelled document with its property names spelled as 3.x does."""
    if isinstance(value, list):
        return [_camel(item) for item in value]
    if isinstance(value, dict):
        return {_CAMEL_NAMES.get(key, key): _camel(item) for key, item in value.items()}
    return value


class _NinjsReader:
    """Builds an :class:`Article` from a checked ninjs document spelled as 3.x does."""

    def __init__(self, doc: Mapping[str, Any], options: ParseOptions) -> None:
        self.doc = doc
        self.options = options
        self.diagnostics: list[Diagnostic] = []

    def warn(self, code: str, path: str, message: str) -> None:
        self.diagnostics.append(
            Diagnostic(code=code, severity=Severity.WARNING, message=message, path=path)
        )

    def article(self) -> Article:
        doc = self.doc
        uri: str = doc["uri"]
        alt = {
            item.get("role"): item.get("value")
            for item in doc.get("altIds", ())
            if isinstance(item.get("value"), str)
        }
        url = clean_url(alt.get("url"))
        canonical = clean_url(alt.get("canonical"))
        identifier = alt.get("id")
        if (
            identifier is None
            and not uri.startswith(_GENERATED_URN)
            and uri
            not in (
                url,
                canonical,
            )
        ):
            identifier = uri
        title, subtitle = self.headlines()
        if doc.get("type") not in (None, "text", "composite"):
            self.diagnostics.append(
                Diagnostic(
                    code="NM505",
                    severity=Severity.INFO,
                    message=f"type: a ninjs {doc['type']} item, read as an article",
                    path="type",
                )
            )
        language = self.language(doc.get("language"), "language")
        authors, people = self.people()
        agencies, publisher = self.info_sources()
        by = doc.get("by") if isinstance(doc.get("by"), str) else None
        if by is not None and not by.strip():
            by = None
        if by and not authors:
            byline = _parse_byline(by, language)
            if byline is not None:
                authors = list(byline.authors)
                agencies = agencies or list(byline.agencies)
        section, keywords = self.subjects()
        blocks, drafts = self.body()
        organizations = [
            self.organization(o, OrganizationKind.OTHER)
            for o in doc.get("organisations", ())
            if _clean_name(o.get("name"))
        ]
        variants, images = self.associations(uri)
        if doc.get("type") in _IMAGE_TYPES and doc.get("renditions"):
            picture = self.image(doc)  # a picture item: the picture itself is its image
            if picture is not None:
                images.insert(0, picture)
        quotes = resolve_quotes(drafts, blocks, people, organizations, authors)
        values: dict[str, Any] = {
            "id": identifier,
            "url": url,
            "canonical_url": canonical,
            "title": title,
            "subtitle": subtitle,
            "section": section,
            "dateline": self.located(),
            "language": language,
            "published": self.date("firstCreated") or self.date("contentCreated"),
            "updated": self.date("versionCreated"),
            "authors": tuple(authors),
            "byline": by,
            "agencies": tuple(agencies),
            "publisher": publisher,
            "body": tuple(blocks),
            "quotes": quotes,
            "people": tuple(people),
            "organizations": tuple(organizations),
            "variants": tuple(variants),
            "rights": self.rights(),
            "keywords": tuple(keywords),
            "images": tuple(images),
        }
        try:
            article = Article(**values, diagnostics=tuple(self.diagnostics))
        except ValidationError as exc:  # pragma: no cover - every value above is checked
            raise ValidationFailed.from_pydantic(exc) from None
        return article

    # -- parts

    def located(self) -> Dateline | None:
        """``located``, the place the item comes from: a dateline naming only its place."""
        value = self.doc.get("located")
        return dateline_of(None, value) if isinstance(value, str) else None

    def headlines(self) -> tuple[str | None, str | None]:
        title = subtitle = None
        for item in self.doc.get("headlines", ()):
            role = str(item.get("role") or "").lower()
            value = item["value"]
            if role in _SUB_HEADLINE_ROLES:
                subtitle = value if subtitle is None else subtitle
            elif title is None and (role in _MAIN_HEADLINE_ROLES or not role):
                title = value
        if title is None:
            other = [
                h["value"]
                for h in self.doc.get("headlines", ())
                if str(h.get("role") or "").lower() not in _SUB_HEADLINE_ROLES
            ]
            title = other[0] if other else self.doc.get("title")
        if subtitle is None:
            subtitle = next(
                (
                    d["value"]
                    for d in self.doc.get("descriptions", ())
                    if str(d.get("role") or "").lower() in _LEAD_DESCRIPTION_ROLES
                ),
                None,
            )
        return title, subtitle

    def language(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            return None
        try:
            return replace_withdrawn(canonical_language_tag(value))
        except ValueError:
            self.warn("NM502", path, f"{path}: {value!r} is not a BCP 47 language tag; dropped")
            return None

    def date(self, key: str) -> date | datetime | None:
        value = self.doc.get(key)
        if not isinstance(value, str):
            return None
        parsed = read_rfc3339(value)
        if parsed is None:
            self.warn("NM501", key, f"{key}: {value!r} is not an RFC 3339 date-time; dropped")
        return parsed

    def people(self) -> tuple[list[Person], list[Person]]:
        authors: list[Person] = []
        people: list[Person] = []
        for index, item in enumerate(self.doc.get("people", ())):
            name = _clean_name(item.get("name"))
            if name is None:
                self.diagnostics.append(
                    Diagnostic(
                        code="NM506",
                        severity=Severity.INFO,
                        message=f"people[{index}]: no name; skipped",
                        path=f"people[{index}]",
                    )
                )
                continue
            person = Person(name=name, url=clean_url(item.get("uri")))
            if str(item.get("rel") or "").lower() in _AUTHOR_RELS:
                authors.append(person)
            else:
                people.append(person)
        return authors, people

    def organization(self, item: Mapping[str, Any], kind: OrganizationKind) -> Organization:
        return Organization(
            name=_clean_name(item.get("name")) or "?", kind=kind, url=clean_url(item.get("uri"))
        )

    def info_sources(self) -> tuple[list[Organization], Organization | None]:
        agencies: list[Organization] = []
        publisher = None
        for item in self.doc.get("infoSources", ()):
            if _clean_name(item.get("name")) is None:
                continue
            role = str(item.get("role") or "").lower()
            if role in _PUBLISHER_ROLES and publisher is None:
                publisher = self.organization(item, OrganizationKind.PUBLISHER)
            else:
                agencies.append(self.organization(item, OrganizationKind.NEWS_AGENCY))
        return agencies, publisher

    def subjects(self) -> tuple[str | None, list[str]]:
        section = None
        keywords = []
        for item in self.doc.get("subjects", ()):
            name = item.get("name")
            if not isinstance(name, str) or not name:
                continue
            if str(item.get("rel") or "").lower() == _SECTION_REL and section is None:
                section = name
            else:
                keywords.append(name)
        return section, keywords

    def rights(self) -> Rights | None:
        doc = self.doc
        info = doc.get("rightsInfo") or {}
        rights = Rights(
            holder=doc.get("copyrightHolder") or None,
            notice=doc.get("copyrightNotice") or None,
            usage_terms=doc.get("usageTerms") or None,
            license=clean_url(info.get("linkedRights")),
        )
        return None if rights == Rights() else rights

    def body(self) -> tuple[list[Block], list[QuoteDraft]]:
        bodies = [b for b in self.doc.get("bodies", ()) if isinstance(b.get("value"), str)]

        def kind(body: Mapping[str, Any]) -> str:
            content_type = str(body.get("contentType") or "").lower().split(";")[0].strip()
            role = str(body.get("role") or "").lower()
            if content_type in _HTML_TYPES or (not content_type and role in _HTML_ROLES):
                return "html"
            if content_type in _NITF_TYPES or role == "nitf":
                return "nitf"
            return "text"

        for wanted in ("html", "nitf", "text"):
            body = next((b for b in bodies if kind(b) == wanted), None)
            if body is None:
                continue
            if wanted == "html":
                blocks, drafts = body_blocks_from_html(body["value"])
                if blocks or not body["value"].strip():
                    return blocks, drafts
                self.warn("NM503", "bodies", "bodies: the HTML body has no readable text")
            elif wanted == "nitf":
                nitf_blocks = self.nitf_body(body["value"])
                if nitf_blocks is not None:
                    return nitf_blocks, []
            else:
                return _plain_blocks(body["value"]), []
        description = next(
            (
                d["value"]
                for d in self.doc.get("descriptions", ())
                if str(d.get("role") or "").lower() in ("text", "body", "caption")
            ),
            None,
        )
        return (_plain_blocks(description), []) if description else ([], [])

    def nitf_body(self, value: str) -> list[Block] | None:
        from newsmodel.errors import NewsModelError
        from newsmodel.formats.nitf import parse_nitf

        try:
            inner = parse_nitf(
                value, options=self.options.model_copy(update={"extract_quotes": False})
            )
        except NewsModelError as exc:
            self.warn("NM503", "bodies", f"bodies: the embedded NITF body is unreadable: {exc}")
            return None
        return list(inner.body)

    def associations(self, doc_uri: str) -> tuple[list[LanguageVariant], list[Image]]:
        variants: list[LanguageVariant] = []
        images: list[Image] = []
        for index, item in enumerate(self.doc.get("associations", ())):
            kind = item.get("type")
            relation_name = str(item.get("rel") or item.get("name") or "").lower()
            relation = _VARIANT_RELS.get(relation_name)
            if kind in _IMAGE_TYPES:
                image = self.image(item)
                if image is not None:
                    images.append(image)
            elif relation is not None or (kind in (None, "text") and item.get("language")):
                assoc_uri = item["uri"]
                is_current = assoc_uri == doc_uri
                variant_url = _alt_url(item)
                if variant_url is None and not is_current:
                    variant_url = (
                        None if assoc_uri.startswith(_GENERATED_URN) else clean_url(assoc_uri)
                    )
                variants.append(
                    LanguageVariant(
                        language=self.language(
                            item.get("language"), f"associations[{index}].language"
                        ),
                        label=item.get("title"),
                        url=variant_url,
                        relation=relation or VariantRelation.UNKNOWN,
                        is_current=is_current,
                    )
                )
        return variants, images

    def image(self, item: Mapping[str, Any]) -> Image | None:
        renditions = [r for r in item.get("renditions", ()) if isinstance(r, dict)]
        rendition = next((r for r in renditions if r.get("name") == "original"), None) or (
            renditions[0] if renditions else None
        )
        uri = item.get("uri", "")
        url = _alt_url(item) or (clean_url(rendition.get("href")) if rendition else None)
        if url is None and not uri.startswith(_GENERATED_URN):
            url = clean_url(uri)
        if url is None:
            return None
        descriptions = {
            str(d.get("role") or "").lower(): d["value"] for d in item.get("descriptions", ())
        }
        caption = descriptions.get("caption", descriptions.get("text", descriptions.get("")))
        return Image(
            url=url,
            caption=caption,
            alt=descriptions.get("alt"),
            credit=item.get("by") or descriptions.get("creditline"),
            width=positive_int(rendition.get("width")) if rendition else None,
            height=positive_int(rendition.get("height")) if rendition else None,
        )


def _alt_url(item: Mapping[str, Any]) -> str | None:
    """The ``altIds`` entry of role ``url``: the URL as the article had it, kept there when the
    ``uri`` could not be that URL (not an absolute URI, or the document's own ``uri``)."""
    for alt in item.get("altIds", ()):
        if alt.get("role") == "url" and isinstance(alt.get("value"), str):
            return clean_url(alt["value"])
    return None


def _clean_name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _parse_byline(text: str, language: str | None) -> Any:
    try:
        from newsmodel._bylines import parse_byline
    except ImportError:  # pragma: no cover - the byline reader is part of the package
        return None
    return parse_byline(text, language=language)


def _plain_blocks(text: str) -> list[Block]:
    text = text.replace("\r\n", "\n").strip("\n")
    if not text.strip():
        return []
    parts = _BLANK_LINES.split(text) if _BLANK_LINES.search(text) else text.split("\n")
    return [Paragraph(text=part.strip(" \t")) for part in parts if part.strip()]


def read_rfc3339(value: str) -> date | datetime | None:
    """Read a ninjs date-time: midnight with the unknown offset ``-00:00`` is a date alone,
    another ``-00:00`` time a naive datetime, an offset an aware one (also reads a bare date
    and a date-time without offset leniently). ``None`` when unreadable."""
    text = value.strip()
    match = _DATE_ONLY_STAMP.match(text)
    try:
        if match:
            return date.fromisoformat(match.group(1))
        if _PLAIN_DATE.match(text):
            return date.fromisoformat(text)
        if text.endswith(_UNKNOWN_OFFSET):
            parsed = isoparse(text[: -len(_UNKNOWN_OFFSET)])
            return parsed.replace(tzinfo=None)
        parsed = isoparse(text)
    except (ValueError, OverflowError):
        return None
    offset = parsed.utcoffset()
    return parsed if offset is None else parsed.replace(tzinfo=timezone(offset))


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_ninjs(data, options=options)


def _write(article: Article) -> str:
    return to_ninjs(article)


CODEC = Codec(Format.NINJS, _read, _write, "application/json", ".ninjs.json")


# ============================================================================ the rules
#
# newsmodel's own reading of the IPTC ninjs JSON Schemas (1.6, 2.1/2.2, 3.0/3.1), as rule
# tables, so the reader can reject a malformed document with a message that names the field
# without shipping the schema files or a JSON Schema engine. The 2.x tables are derived from the
# 3.x ones (property names in lower case, ``embargoed`` for ``embargoedUntil``, no event or
# planning properties, numbers where 3.x asks for integers). Formats (``uri``, ``date-time``)
# are not asserted when reading, as IPTC's own test suite does not assert them; patterns, types,
# enumerations, ranges, required properties and unknown properties are.


@dataclass(frozen=True)
class _Leaf:
    kind: str
    """``string``, ``integer``, ``number``, ``truncated`` (a truncated date-time string),
    ``geojson``, ``object`` (any object), ``any``."""
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class _Arr:
    item: _Spec


@dataclass(frozen=True)
class _Obj:
    props: Mapping[str, _Spec]
    required: tuple[str, ...] = ()
    exactly_one: tuple[tuple[str, ...], ...] = ()
    """Each group: exactly one of its keys must be present."""
    any_exactly_one: tuple[tuple[str, ...], ...] = ()
    """At least one group must have exactly one of its keys present (schema ``anyOf`` of
    ``oneOf``s)."""
    closed: bool = True
    patterns: tuple[tuple[re.Pattern[str], _Spec], ...] = ()


_Spec: TypeAlias = "_Leaf | _Arr | _Obj"


@dataclass(frozen=True)
class Issue:
    """One violation: the dotted path of the field and what is wrong with it."""

    path: str
    message: str
    kind: str = field(default="schema")

    def __str__(self) -> str:
        return f"{self.path or '<root>'}: {self.message}"


_STR = _Leaf("string")
_INT = _Leaf("integer")
_NUM = _Leaf("number")
_TRUNC = _Leaf("truncated")
_GEOJSON = _Leaf("geojson")
_ANY_OBJECT = _Leaf("object")

_NEWS_TYPES = (
    "text",
    "audio",
    "video",
    "picture",
    "graphic",
    "composite",
    "component",
    "event",
    "planning",
)
_PUB_STATUS = ("usable", "withheld", "canceled")
_TRUNCATED_DATE = re.compile(
    r"^(-?(?:[1-9][0-9]*)?[0-9]{4})(-(1[0-2]|0[1-9])(-(3[01]|0[1-9]|[12][0-9])"
    r"(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?"
    r"(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?$"
)
_GEOJSON_GEOMETRIES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
)
_GEOJSON_TYPES = (*_GEOJSON_GEOMETRIES, "GeometryCollection", "Feature", "FeatureCollection")
# Coordinate nesting depth per geometry: a Point is [x, y], a LineString [[x, y], …] …
_GEOJSON_DEPTH = {
    "Point": 1,
    "MultiPoint": 2,
    "LineString": 2,
    "MultiLineString": 3,
    "Polygon": 3,
    "MultiPolygon": 4,
}


def _obj(
    required: tuple[str, ...] = (),
    exactly_one: tuple[tuple[str, ...], ...] = (),
    any_exactly_one: tuple[tuple[str, ...], ...] = (),
    **props: _Spec,
) -> _Obj:
    return _Obj(props, required, exactly_one, any_exactly_one)


def _named(**extra: _Spec) -> _Obj:
    return _Obj({**_NAMED_PROPS, **extra})


_CONTACT_INFO = _obj(
    exactly_one=(("value", "address"),),
    type=_STR,
    role=_STR,
    lang=_STR,
    name=_STR,
    value=_STR,
    address=_obj(
        lines=_Arr(_STR),
        locality=_STR,
        area=_STR,
        postalCode=_STR,
        country=_STR,
    ),
)
_ORGANISATION = _obj(
    name=_STR,
    rel=_STR,
    uri=_STR,
    literal=_STR,
    symbols=_Arr(_obj(exchange=_STR, symbolType=_STR, symbol=_STR, ticker=_STR)),
    contactInfo=_Arr(_CONTACT_INFO),
)
_RENDITION = _obj(
    required=("name",),
    name=_STR,
    href=_STR,
    contentType=_STR,
    title=_STR,
    width=_INT,
    height=_INT,
    sizeInBytes=_INT,
    duration=_NUM,
    format=_STR,
    aspectRatio=_STR,
    videoCodec=_STR,
    frameRate=_NUM,
    poi=_obj(x=_INT, y=_INT),
    transportProtocol=_STR,
    scanType=_Leaf("string", enum=("progressive", "interlaced")),
    bitrate=_STR,
)
_DATES = _obj(
    any_exactly_one=(("startDate", "expectedStartDate"), ("endDate", "expectedEndDate")),
    startDate=_STR,
    endDate=_STR,
    expectedStartDate=_TRUNC,
    expectedEndDate=_TRUNC,
    expectedDuration=_STR,
    recurrence=_obj(
        recurrenceDates=_Arr(_TRUNC),
        recurrenceRules=_Arr(
            _obj(
                frequency=_Leaf(
                    "string",
                    enum=("secondly", "minutely", "hourly", "daily", "weekly", "monthly", "yearly"),
                ),
                interval=_INT,
                until=_STR,
                count=_INT,
            )
        ),
    ),
)
_TEXT_ITEM = _obj(required=("value",), role=_STR, contentType=_STR, value=_STR)
_URGENCY = _Leaf("integer", minimum=1, maximum=9)
_NAMED_PROPS: dict[str, _Spec] = {"name": _STR, "rel": _STR, "uri": _STR, "literal": _STR}

_NINJS_3_PROPS: dict[str, _Spec] = {
    "uri": _STR,
    "type": _Leaf("string", enum=_NEWS_TYPES),
    "representationType": _Leaf("string", enum=("full", "partial")),
    "profile": _STR,
    "version": _STR,
    "firstCreated": _STR,
    "versionCreated": _STR,
    "contentCreated": _STR,
    "embargoedUntil": _STR,
    "pubStatus": _Leaf("string", enum=_PUB_STATUS),
    "urgency": _URGENCY,
    "copyrightHolder": _STR,
    "copyrightNotice": _STR,
    "usageTerms": _STR,
    "edNote": _STR,
    "language": _STR,
    "descriptions": _Arr(_TEXT_ITEM),
    "bodies": _Arr(
        _obj(
            required=("value",),
            role=_STR,
            contentType=_STR,
            charCount=_INT,
            wordCount=_INT,
            value=_STR,
        )
    ),
    "headlines": _Arr(_TEXT_ITEM),
    "people": _Arr(_named(contactInfo=_Arr(_CONTACT_INFO))),
    "organisations": _Arr(_ORGANISATION),
    "places": _Arr(
        _named(
            contactInfo=_Arr(_CONTACT_INFO),
            geoJSON=_GEOJSON,
        )
    ),
    "subjects": _Arr(
        _named(
            creator=_STR,
            relevance=_Leaf("integer", minimum=0, maximum=100),
            confidence=_Leaf("integer", minimum=0, maximum=100),
        )
    ),
    "events": _Arr(
        _named(
            id=_STR,
        )
    ),
    "eventDetails": _obj(
        eventStatus=_STR,
        plannedCoverageStatus=_STR,
        dates=_DATES,
        organiser=_ORGANISATION,
    ),
    "plannedCoverage": _Arr(
        _obj(
            uri=_STR,
            title=_STR,
            pubStatus=_Leaf("string", enum=_PUB_STATUS),
            type=_Leaf("string", enum=_NEWS_TYPES),
            commissioned=_obj(by=_STR, on=_STR, references=_Arr(_obj(name=_STR, value=_STR))),
            dates=_DATES,
            audiences=_Arr(_obj(audience=_STR, significance=_INT)),
            exclAudience=_Arr(_STR),
            edNote=_STR,
            urgency=_URGENCY,
            language=_STR,
            itemCount=_obj(rangeFrom=_INT, rangeTo=_INT),
            wordCount=_INT,
            renditions=_Arr(_RENDITION),
        )
    ),
    "objects": _Arr(_named()),
    "infoSources": _Arr(
        _obj(name=_STR, role=_STR, uri=_STR, literal=_STR, contactInfo=_Arr(_CONTACT_INFO))
    ),
    "title": _STR,
    "by": _STR,
    "slugline": _STR,
    "located": _STR,
    "renditions": _Arr(_RENDITION),
    "associations": _Leaf("any"),  # replaced below: an association is a ninjs object
    "altIds": _Arr(_obj(role=_STR, value=_STR)),
    "trustIndicators": _Arr(_obj(role=_STR, title=_STR, href=_STR)),
    "standard": _obj(name=_STR, version=_STR, schema=_STR),
    "genres": _Arr(_obj(name=_STR, uri=_STR, literal=_STR)),
    "expires": _STR,
    "rightsInfo": _obj(
        exactly_one=(("linkedRights", "encodedRights"),),
        langId=_STR,
        linkedRights=_STR,
        encodedRights=_STR,
    ),
    "digitalSourceType": _obj(name=_STR, uri=_STR, literal=_STR),
}

# 3.x property names that 2.x spells differently, and those 2.x does not have.
_RENAMED_2X = {"embargoedUntil": "embargoed"}
_ONLY_3X = frozenset({"eventDetails", "plannedCoverage"})
_TYPES_2X = ("text", "audio", "video", "picture", "graphic", "composite", "component")


def _lower(spec: _Spec, *, top: bool = False) -> _Spec:
    """The 2.x form of a 3.x rule: lower-case names, numbers for integers."""
    if isinstance(spec, _Arr):
        return _Arr(_lower(spec.item))
    if isinstance(spec, _Obj):
        props: dict[str, _Spec] = {}
        for key, value in spec.props.items():
            if top and key in _ONLY_3X:
                continue
            name = _RENAMED_2X.get(key, key).lower()
            props[name] = _lower(value)
        return replace(
            spec,
            props=props,
            required=tuple(k.lower() for k in spec.required),
            exactly_one=tuple(tuple(k.lower() for k in g) for g in spec.exactly_one),
            any_exactly_one=tuple(tuple(k.lower() for k in g) for g in spec.any_exactly_one),
        )
    if spec.kind == "integer":
        return replace(spec, kind="number")
    return spec


def _with_associations(root: _Obj, *, rel: bool) -> _Obj:
    """An association is a whole ninjs object plus ``name`` (and 3.x ``rel``), needing
    ``name`` and ``uri``. Two levels are checked in full; deeper ones loosely."""
    extra: dict[str, _Spec] = {"name": _STR}
    if rel:
        extra["rel"] = _STR
    inner = _Obj({**root.props, **extra}, required=("name", "uri"))
    item = _Obj({**root.props, **extra, "associations": _Arr(inner)}, required=("name", "uri"))
    return replace(root, props={**root.props, "associations": _Arr(item)})


_ROOT_3X = _with_associations(_Obj(_NINJS_3_PROPS, required=("uri",)), rel=True)
_ROOT_2X_BASE = _lower(_Obj(_NINJS_3_PROPS, required=("uri",)), top=True)
assert isinstance(_ROOT_2X_BASE, _Obj)
_ROOT_2X = _with_associations(
    replace(
        _ROOT_2X_BASE,
        props={
            **_ROOT_2X_BASE.props,
            "type": _Leaf("string", enum=_TYPES_2X),
            "urgency": _NUM,
            "places": _Arr(
                _named(
                    contactinfo=_Arr(_lower(_CONTACT_INFO)),
                    geojson=_GEOJSON,
                )
            ),
        },
    ),
    rel=False,
)

_NAMED_1X = _Obj({"name": _STR, "rel": _STR, "scheme": _STR, "code": _STR}, closed=False)
_ROOT_1X = _Obj(
    {
        "uri": _STR,
        "type": _Leaf("string", enum=_TYPES_2X),
        "mimetype": _STR,
        "representationtype": _Leaf("string", enum=("complete", "incomplete")),
        "profile": _STR,
        "version": _STR,
        "firstcreated": _STR,
        "versioncreated": _STR,
        "contentcreated": _STR,
        "embargoed": _STR,
        "pubstatus": _Leaf("string", enum=_PUB_STATUS),
        "urgency": _NUM,
        "copyrightholder": _STR,
        "copyrightnotice": _STR,
        "usageterms": _STR,
        "ednote": _STR,
        "language": _STR,
        "person": _Arr(_NAMED_1X),
        "organisation": _Arr(_NAMED_1X),
        "place": _Arr(_NAMED_1X),
        "subject": _Arr(_NAMED_1X),
        "event": _Arr(_NAMED_1X),
        "object": _Arr(_NAMED_1X),
        "infosource": _Arr(_NAMED_1X),
        "title": _STR,
        "byline": _STR,
        "headline": _STR,
        "slugline": _STR,
        "located": _STR,
        "charcount": _NUM,
        "wordcount": _NUM,
        "renditions": _ANY_OBJECT,
        "associations": _ANY_OBJECT,
        "altids": _ANY_OBJECT,
        "trustindicator": _Arr(_ANY_OBJECT),
        "$standard": _obj(name=_STR, version=_STR, schema=_STR),
        "genre": _Arr(_NAMED_1X),
        "expires": _STR,
        "rightsinfo": _ANY_OBJECT,
        "digitalsourcetype": _obj(name=_STR, uri=_STR, literal=_STR),
    },
    required=("uri",),
    patterns=((re.compile(r"^(description|body)_[a-zA-Z0-9_]+$"), _STR),),
)

_SPECS: dict[str, _Obj] = {"1": _ROOT_1X, "2": _ROOT_2X, "3": _ROOT_3X}

# Keys that only one family spells this way tell the version of an undeclared document; keys
# 1.x and 2.x share (lower-case dates and rights) say "1.x or 2.x", read as 2.x.
_KEYS_1X = frozenset(_ROOT_1X.props)
_KEYS_2X = frozenset(_ROOT_2X.props)
_KEYS_3X = frozenset(_ROOT_3X.props)
_MARKERS = {
    "1": _KEYS_1X - _KEYS_2X - _KEYS_3X,
    "2": _KEYS_2X - _KEYS_1X - _KEYS_3X,
    "3": _KEYS_3X - _KEYS_1X - _KEYS_2X,
}
_LOWER_CASE_KEYS = (_KEYS_1X & _KEYS_2X) - _KEYS_3X
_SHAPES_1X = ("associations", "renditions", "altids")
_DECLARED_VERSION = re.compile(r"^\s*([123])(?:\.\d+)*\s*$")


def family_of(document: Mapping[str, Any]) -> tuple[str, list[Issue]]:
    """The ninjs major version (``"1"``, ``"2"`` or ``"3"``) a document is written in, from its
    declared ``standard.version`` when it is an IPTC ninjs one, else from its property names;
    with an issue when the names mix versions."""
    keys = set(document)
    found = {family: sorted(keys & markers) for family, markers in _MARKERS.items()}
    found["1"].extend(key for key in sorted(keys) if key.startswith(("body_", "description_")))
    found["1"].extend(key for key in _SHAPES_1X if isinstance(document.get(key), dict))
    for name in ("standard", "$standard"):
        declared = document.get(name)
        if isinstance(declared, Mapping) and str(declared.get("name", "ninjs")).lower() == (
            "ninjs"
        ):
            match = _DECLARED_VERSION.match(str(declared.get("version", "")))
            if match:
                return match.group(1), []
    present = [family for family, names in found.items() if names]
    if len(present) > 1:
        first, second = present[0], present[1]
        return present[-1], [
            Issue(
                found[first][0],
                f"a ninjs {first}.x property in a document that also uses ninjs {second}.x "
                f"property {found[second][0]!r}; a document is written in one version",
                "version",
            )
        ]
    if present:
        return present[0], []
    return ("2" if keys & _LOWER_CASE_KEYS else "3"), []


def spec_for(family: str) -> _Obj:
    """The root rule of a ninjs major version."""
    return _SPECS[family]


def check_document(document: Mapping[str, Any], family: str, *, limit: int = 20) -> list[Issue]:
    """Every rule of ``family`` that ``document`` breaks (at most ``limit``), each naming the
    field by its dotted path."""
    issues: list[Issue] = []
    _check(document, _SPECS[family], "", issues, family, limit)
    return issues


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _check(
    value: Any, spec: _Spec, path: str, issues: list[Issue], family: str, limit: int
) -> None:
    if len(issues) >= limit:
        return
    if isinstance(spec, _Arr):
        if not isinstance(value, list):
            issues.append(Issue(path, f"must be an array, got {_type_name(value)}"))
            return
        for index, item in enumerate(value):
            _check(item, spec.item, _join(path, index), issues, family, limit)
        return
    if isinstance(spec, _Obj):
        _check_object(value, spec, path, issues, family, limit)
        return
    message = _check_leaf(value, spec)
    if message:
        issues.append(Issue(path, message))


def _check_object(
    value: Any, spec: _Obj, path: str, issues: list[Issue], family: str, limit: int
) -> None:
    if not isinstance(value, dict):
        issues.append(Issue(path, f"must be an object, got {_type_name(value)}"))
        return
    for key in spec.required:
        if key not in value:
            issues.append(Issue(_join(path, key), "is required but missing", "missing"))
    for group in spec.exactly_one:
        present = [k for k in group if k in value]
        if len(present) != 1:
            names = " or ".join(group)
            issues.append(
                Issue(path, f"needs exactly one of {names}, has {len(present)}", "one_of")
            )
    if spec.any_exactly_one and not any(
        sum(k in value for k in group) == 1 for group in spec.any_exactly_one
    ):
        wants = "; or ".join(" or ".join(group) for group in spec.any_exactly_one)
        issues.append(Issue(path, f"needs exactly one of {wants}", "one_of"))
    for key, item in value.items():
        sub = _join(path, key)
        rule = spec.props.get(key)
        if rule is None:
            rule = next((r for pattern, r in spec.patterns if pattern.match(key)), None)
        if rule is None:
            if spec.closed:
                issues.append(Issue(sub, _unknown_message(key, spec, family), "unknown"))
            continue
        _check(item, rule, sub, issues, family, limit)


def _unknown_message(key: str, spec: _Obj, family: str) -> str:
    lowered = {k.lower(): k for k in spec.props}
    if key.lower() in lowered and lowered[key.lower()] != key:
        return (
            f"is not a ninjs {family}.x property (ninjs {family}.x spells it "
            f"{lowered[key.lower()]!r})"
        )
    return f"is not a ninjs {family}.x property"


def _check_leaf(value: Any, spec: _Leaf) -> str | None:
    kind = spec.kind
    if kind == "any":
        return None
    if kind in ("string", "truncated"):
        if not isinstance(value, str):
            return f"must be a string, got {_type_name(value)}"
        if spec.enum and value not in spec.enum:
            return f"{value!r} is not one of {', '.join(spec.enum)}"
        if kind == "truncated" and not _TRUNCATED_DATE.match(value):
            return f"{value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or a full date-time)"
        return None
    if kind in ("integer", "number"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be {'an integer' if kind == 'integer' else 'a number'}, got " + (
                _type_name(value)
            )
        if isinstance(value, float) and not math.isfinite(value):
            return "must be a finite number"
        if kind == "integer" and not float(value).is_integer():
            return f"must be an integer, got {value!r}"
        if spec.minimum is not None and value < spec.minimum:
            return f"{value!r} is below the minimum {spec.minimum:g}"
        if spec.maximum is not None and value > spec.maximum:
            return f"{value!r} is above the maximum {spec.maximum:g}"
        return None
    if kind == "object":
        return None if isinstance(value, dict) else f"must be an object, got {_type_name(value)}"
    if kind == "geojson":
        return _check_geojson(value)
    raise AssertionError(kind)  # pragma: no cover - the tables use only the kinds above


def _check_geojson(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"must be a GeoJSON object, got {_type_name(value)}"
    kind = value.get("type")
    if kind is None:
        return "GeoJSON object has no 'type'"
    if kind not in _GEOJSON_TYPES:
        return f"GeoJSON type {kind!r} is not one of {', '.join(_GEOJSON_TYPES)}"
    if kind in _GEOJSON_DEPTH:
        if "coordinates" not in value:
            return f"GeoJSON {kind} has no 'coordinates'"
        if not _coordinates_ok(value["coordinates"], _GEOJSON_DEPTH[kind]):
            return f"GeoJSON {kind} 'coordinates' are not arrays of numbers nested as {kind} needs"
    elif kind == "GeometryCollection":
        geometries = value.get("geometries")
        if not isinstance(geometries, list):
            return "GeoJSON GeometryCollection has no 'geometries' array"
        for geometry in geometries:
            problem = _check_geojson(geometry)
            if problem:
                return problem
    elif kind == "Feature":
        geometry = value.get("geometry", None)
        if "geometry" not in value:
            return "GeoJSON Feature has no 'geometry'"
        if geometry is not None:
            return _check_geojson(geometry)
    elif not isinstance(value.get("features"), list):
        return "GeoJSON FeatureCollection has no 'features' array"
    return None


def _coordinates_ok(value: Any, depth: int) -> bool:
    if not isinstance(value, list):
        return False
    if depth == 1:
        return len(value) >= 2 and all(
            isinstance(n, int | float) and not isinstance(n, bool) for n in value
        )
    return all(_coordinates_ok(item, depth - 1) for item in value)


_CAMEL_NAMES: dict[str, str] = {}
_collect_names(_ROOT_3X, _CAMEL_NAMES)
_CAMEL_NAMES["embargoed"] = "embargoedUntil"
