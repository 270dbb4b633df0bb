"""IPTC NITF 3.6 (News Industry Text Format), both ways.

:func:`to_nitf` writes a namespaced NITF 3.6 document that validates against the official XSD;
:func:`parse_nitf` reads NITF with or without the namespace (also the ``<nitf>`` inside a
NewsML-G2 ``inlineXML``), ``norm`` dates in ISO 8601 basic or extended form, with or without an
offset. The XML parser never expands entities, loads a DTD or touches the network: a document
that declares entities is refused with :class:`~newsmodel.errors.HostileInputError`.

What each article field becomes, and what NITF cannot carry, is tabled in ``docs/formats.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from dateutil.parser import isoparse
from lxml import etree

from newsmodel._dateline import dateline_of, split_at_place
from newsmodel._lang import replace_withdrawn
from newsmodel._xml import (
    XLINK_HREF,
    XLINK_NAMESPACE,
    BodyReader,
    Mark,
    clean_url,
    first_unwritable,
    local_name,
    normalise_space,
    parse_xml,
    positive_int,
    read_paragraph,
    render_inline,
    resolve_quotes,
    span_marks,
    text_with_breaks,
)
from newsmodel.errors import Diagnostic, SerializeError, Severity, UnsupportedInputError
from newsmodel.formats import Codec, Format, word_count
from newsmodel.formats.ninjs import apply_reader_options, document_uri
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Dateline,
    Figure,
    Gender,
    Heading,
    Image,
    ListBlock,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    QuoteKind,
    Rights,
    SpanKind,
)
from newsmodel.options import ParseOptions
from newsmodel.types import canonical_language_tag

__all__ = ["CODEC", "NITF_NAMESPACE", "nitf_norm", "parse_nitf", "read_norm", "to_nitf"]

NITF_NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"
"""The namespace of NITF 3.x documents, which :func:`to_nitf` writes."""

_NS = "{" + NITF_NAMESPACE + "}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_VERSION = "-//IPTC//DTD NITF 3.6//EN"
_GENERATED_URN = "urn:newsmodel:"
_AUTHOR_CLASS = "author"
_META_CANONICAL = "canonical-url"
_META_LICENSE = "license"

# Inline elements kept as spans or quotes, and the span kinds they mean.
_INLINE = frozenset({"a", "em", "q"})
_INLINE_KIND = {"a": SpanKind.LINK, "em": SpanKind.EMPHASIS, "q": SpanKind.QUOTE}
_SPAN_TAGS = {
    SpanKind.LINK: "a",
    SpanKind.EMPHASIS: "em",
    SpanKind.STRONG: "em",
    SpanKind.QUOTE: "q",
}
_STRONG_CLASS = "strong"
_IMAGE_CLASS = "article-image"
"""The class of a ``<media>`` that is one of the article's images (outside its body: the lead
image, a social card), written at the start of ``body.content``; other media are figures."""
_GENDER_OUT = {Gender.FEMININE: "female", Gender.MASCULINE: "male"}
_GENDER_IN = {value: key for key, value in _GENDER_OUT.items()}
_NOT_NAME = frozenset({"function", "alt-code"})
_HEADING_CLASS = re.compile(r"^h([1-6])$")
_LIST_TAGS = frozenset({"ul", "ol"})

# norm dates: ISO 8601 basic or extended, date alone or with a time, offset optional.
_NORM_BASIC_NO_T = re.compile(r"^(\d{8})(\d{4}(?:\d{2})?)((?:[+-]\d{2}:?\d{2})|Z)?$")
_NORM_DATE_ONLY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")


# --------------------------------------------------------------------------- writing


def to_nitf(article: Article) -> str:
    """Write ``article`` as a NITF 3.6 document (UTF-8 XML, in the NITF namespace).

    Raises :class:`SerializeError` naming the field when a text holds a character XML cannot
    carry (a control character, U+FFFE, U+FFFF).
    """
    problem = first_unwritable(article.model_dump(mode="json"))
    if problem is not None:
        raise SerializeError(f"NITF cannot carry it: {problem}")
    root = _NitfWriter(article).document()
    body = etree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body


def nitf_norm(value: date | datetime) -> str:
    """``value`` as a NITF ``norm`` (ISO 8601 basic): ``20240724`` for a date alone,
    ``20240724T103000`` for a time without an offset, ``20240724T103000+0200`` with one."""
    stamp = f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if not isinstance(value, datetime):
        return stamp
    offset = value.utcoffset()
    if offset is not None and offset % timedelta(minutes=1):
        value = value.astimezone(UTC)
        offset = timedelta(0)
    stamp += f"T{value.hour:02d}{value.minute:02d}{value.second:02d}"
    if value.microsecond:
        stamp += f".{value.microsecond:06d}".rstrip("0")
    if offset is None:
        return stamp
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{stamp}{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, /, **attrib: str) -> Any:
    element = etree.SubElement(parent, _NS + tag)
    for key, value in attrib.items():
        element.set(key.replace("_", "-").replace("--", "."), value)
    if text is not None:
        element.text = text
    return element


def _person(parent: etree._Element, person: Person) -> Any:
    """``<person>`` with the name, split into ``name.given`` and ``name.family`` when they make
    it up, and ``gender`` when the text marks one."""
    return _fill_person(_sub(parent, "person"), person)


def _fill_person(element: etree._Element, person: Person) -> etree._Element:
    gender = _GENDER_OUT.get(person.gender)
    if gender:
        element.set("gender", gender)
    given, family = person.given_name, person.family_name
    if given and family and person.name == f"{given} {family}":
        element.text = None
        _sub(element, "name.given", given).tail = " "
        _sub(element, "name.family", family)
    else:
        element.text = person.name
    return element


def _make(parent: etree._Element, name: str) -> etree._Element:
    return etree.SubElement(parent, _NS + name)


class _NitfWriter:
    def __init__(self, article: Article) -> None:
        self.article = article

    def document(self) -> etree._Element:
        article = self.article
        namespaces = {None: NITF_NAMESPACE, "xlink": XLINK_NAMESPACE}
        root = etree.Element(_NS + "nitf", nsmap=namespaces)  # type: ignore[arg-type]
        root.set("version", _VERSION)
        if article.language:
            root.set("baselang", article.language)
            root.set(_XML_LANG, article.language)
        self.head(_sub(root, "head"))
        body = _sub(root, "body")
        self.body_head(_sub(body, "body.head"))
        content = _sub(body, "body.content")
        self.body_content(content)
        return root

    def head(self, head: etree._Element) -> None:
        article = self.article
        if article.title is not None:
            _sub(head, "title", article.title)
        if article.canonical_url is not None:
            _sub(head, "meta", name=_META_CANONICAL, content=article.canonical_url)
        if article.rights is not None and article.rights.license is not None:
            _sub(head, "meta", name=_META_LICENSE, content=article.rights.license)
        docdata = _sub(head, "docdata")
        doc_id = article.id if article.id is not None else document_uri(article)
        _sub(docdata, "doc-id", id_string=doc_id)
        if article.published is not None:
            _sub(docdata, "date.issue", norm=nitf_norm(article.published))
        rights = article.rights
        if rights is not None and (rights.holder is not None or rights.year is not None):
            copyright_ = _sub(docdata, "doc.copyright")
            if rights.year is not None:
                copyright_.set("year", str(rights.year))
            if rights.holder is not None:
                copyright_.set("holder", rights.holder)
        if rights is not None and rights.usage_terms is not None:
            _sub(docdata, "doc.rights", limitations=rights.usage_terms)
        if article.keywords:
            key_list = _sub(docdata, "key-list")
            for keyword in article.keywords:
                _sub(key_list, "keyword", key=keyword)
        if article.people or article.organizations:
            content = _sub(docdata, "identified-content")
            for person in article.people:
                element = _person(content, person)
                if person.role is not None:
                    _sub(element, "function", person.role)
            for org in article.organizations:
                _sub(content, "org", org.name)
        if article.publisher or article.section is not None or article.url or article.body:
            pubdata = _sub(head, "pubdata")
            if article.publisher is not None:
                pubdata.set("name", article.publisher.name)
            if article.section is not None:
                pubdata.set("position.section", article.section)
            if article.url is not None:
                pubdata.set("ex-ref", article.url)
            if article.body:
                pubdata.set("item-length", str(word_count(article.text)))
                pubdata.set("unit-of-measure", "word")
        if article.updated is not None:
            _sub(head, "revision-history", norm=nitf_norm(article.updated))

    def body_head(self, body_head: etree._Element) -> None:
        article = self.article
        if article.title is not None or article.subtitle is not None:
            hedline = _sub(body_head, "hedline")
            _sub(hedline, "hl1", article.title or "")
            if article.subtitle is not None:
                _sub(hedline, "hl2", article.subtitle)
        if article.rights is not None and article.rights.notice is not None:
            note = _sub(body_head, "note", noteclass="cpyrt")
            _sub(_sub(note, "body.content"), "p", article.rights.notice)
        self.bylines(body_head)
        if article.agencies:
            distributor = _sub(body_head, "distributor")
            for agency in article.agencies:
                _sub(distributor, "org", agency.name)
        if article.dateline is not None or article.published is not None:
            dateline = _sub(body_head, "dateline")
            if article.dateline is not None:
                _write_dateline(dateline, article.dateline, spaced=article.published is not None)
            if article.published is not None:
                _sub(
                    dateline,
                    "story.date",
                    article.published.isoformat(),
                    norm=nitf_norm(article.published),
                )

    def bylines(self, body_head: etree._Element) -> None:
        """The printed byline, with the authors' names (and titles) marked up where it prints
        them, in order; from the first author it does not print (or who has an affiliation,
        written as a ``<byttl>`` holding just an ``<org>``), each gets a
        ``<byline class="author">``, so the authors read back in their order."""
        article = self.article
        remaining = list(article.authors)
        if article.byline is not None:
            byline = _sub(body_head, "byline")
            marks: list[Mark] = []
            marked: list[Person] = []
            position = 0
            for author in list(remaining):
                found = article.byline.find(author.name, position)
                if found < 0 or author.affiliation is not None:
                    break  # this and the later authors get their own bylines, in order
                end = found + len(author.name)
                marks.append(Mark(found, end, "person"))
                if author.role:
                    role_at = article.byline.find(author.role, end)
                    next_name = min(
                        (
                            at
                            for other in remaining
                            if other is not author
                            and (at := article.byline.find(other.name, end)) >= 0
                        ),
                        default=len(article.byline),
                    )
                    if not 0 <= role_at < next_name:
                        marks.pop()  # the title is not printed after the name: own byline
                        break
                    marks.append(Mark(role_at, role_at + len(author.role), "byttl"))
                    end = role_at + len(author.role)
                remaining.remove(author)
                marked.append(author)
                position = end
            render_inline(byline, article.byline, marks, _make)
            for element, author in zip(
                (c for c in byline if local_name(c) == "person"), marked, strict=False
            ):
                _fill_person(element, author)
        for author in remaining:
            byline = _sub(body_head, "byline", **{"class": _AUTHOR_CLASS})
            _person(byline, author)
            if author.role:
                byline[-1].tail = ", "
                _sub(byline, "byttl", author.role)
            if author.affiliation:
                byline[-1].tail = ", "
                _sub(_sub(byline, "byttl"), "org", author.affiliation)

    def body_content(self, content: etree._Element) -> None:
        quotes: dict[int, list[Mark]] = {}
        for quote in self.article.quotes:
            if quote.kind is QuoteKind.INDIRECT or quote.end_block not in (None, quote.block):
                continue
            attrib: list[tuple[str, str]] = [("class", quote.kind.value)]
            if quote.speaker is not None:
                attrib.append(("quote-source", quote.speaker.name))
            quotes.setdefault(quote.block, []).append(
                Mark(quote.start, quote.end, "q", tuple(attrib))
            )
        for image in self.article.images:
            self.media(content, image).set("class", _IMAGE_CLASS)
        for index, block in enumerate(self.article.body):
            self.block(content, block, quotes.get(index, []))

    def block(self, content: etree._Element, block: Block, quote_marks: list[Mark]) -> None:
        if isinstance(block, Paragraph):
            paragraph = _sub(content, "p")
            marks = []
            for mark, span in zip(
                span_marks(block.spans, _SPAN_TAGS, cite=XLINK_HREF), block.spans, strict=True
            ):
                if span.kind is SpanKind.STRONG:
                    mark = Mark(mark.start, mark.end, "em", (("class", _STRONG_CLASS),))
                marks.append(mark)
            render_inline(paragraph, block.text, [*marks, *quote_marks], _make, line_breaks=True)
        elif isinstance(block, Heading):
            _sub(content, "hl2", block.text, **{"class": f"h{block.level}"})
        elif isinstance(block, BlockQuote):
            bq = _sub(content, "bq")
            inner = _sub(bq, "block")
            for part in block.text.split("\n\n") if block.text else ():
                render_inline(_sub(inner, "p"), part, (), _make, line_breaks=True)
            if block.attribution is not None or block.cite is not None:
                credit = _sub(bq, "credit")
                if block.cite is not None:
                    _sub(credit, "a", block.attribution, href=block.cite)
                else:
                    credit.text = block.attribution
        elif isinstance(block, ListBlock):
            element = _sub(content, "ol" if block.ordered else "ul")
            for item in block.items:
                _sub(element, "li", item)
            if not block.items:
                _sub(element, "li", "")
        else:
            self.media(content, block.image)

    def media(self, content: etree._Element, image: Image) -> etree._Element:
        media: etree._Element = _sub(content, "media", media_type="image")
        reference = _sub(media, "media-reference", source=image.url)
        if image.alt is not None:
            reference.set("alternate-text", image.alt)
        if image.width is not None:
            reference.set("width", str(image.width))
        if image.height is not None:
            reference.set("height", str(image.height))
        if image.caption is not None:
            _sub(media, "media-caption", image.caption)
        if image.credit is not None:
            _sub(media, "media-producer", image.credit)
        return media


# --------------------------------------------------------------------------- reading


def parse_nitf(
    data: str | bytes, *, options: ParseOptions | None = None, source: str | None = None
) -> Article:
    """Read an article from a NITF document (3.x, with or without the NITF namespace; or the
    first ``<nitf>`` inside another XML document such as a NewsML-G2 item).

    Raises :class:`ParseError` for malformed XML (with line and column),
    :class:`HostileInputError` for entity declarations or nesting bombs (never expanded),
    :class:`UnsupportedInputError` for binary data or XML with no ``<nitf>`` element, and
    :class:`InputTooLargeError` over ``options.max_bytes``.
    """
    options = options or ParseOptions()
    root = parse_xml(data, source=source, max_bytes=options.max_bytes, what="NITF")
    nitf = root if local_name(root) == "nitf" else _find(root, "nitf")
    if nitf is None:
        raise UnsupportedInputError(
            f"not NITF: the root element is <{local_name(root)}> and holds no <nitf>",
            source=source,
        )
    article = _NitfReader(nitf).article()
    return apply_reader_options(article, options, detected_code="NM513")


def _children(element: etree._Element | None, name: str) -> Iterator[etree._Element]:
    if element is None:
        return iter(())
    return (child for child in element if local_name(child) == name)


def _write_dateline(element: etree._Element, dateline: Dateline, *, spaced: bool) -> None:
    """The dateline's text in ``element``, its place as ``<location>``; with ``spaced``, a
    space before the ``<story.date>`` that follows."""
    space = " " if spaced else ""
    parts = split_at_place(dateline)
    if parts is None:
        element.text = dateline.text + space
        return
    before, place, after = parts
    element.text = before or None
    _sub(element, "location", place).tail = (after + space) or None


def _read_dateline(element: etree._Element | None) -> Dateline | None:
    """The dateline of ``<dateline>``: its text but the ``<story.date>``'s, the place its
    ``<location>`` (``<city>``, ``<country>`` and all)."""
    if element is None:
        return None
    parts = [element.text or ""]
    place: str | None = None
    for child in element:
        name = local_name(child)
        if name != "story.date":
            inner = "".join(map(str, child.itertext()))
            parts.append(inner)
            if name == "location" and place is None:
                place = inner
        parts.append(child.tail or "")
    return dateline_of("".join(parts), place)


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    return next(_children(element, name), None)


def _find(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    return next((e for e in element.iter() if local_name(e) == name), None)


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = normalise_space("".join(str(t) for t in element.itertext()))
    return text or None


def _read_person(element: etree._Element) -> Person | None:
    """A ``<person>``: its name without the ``<function>`` text, the given and family names
    when marked up, the gender when given; ``None`` when it names nobody."""
    parts = [element.text or ""]
    for child in element:
        if local_name(child) not in _NOT_NAME:
            parts.append("".join(str(t) for t in child.itertext()))
        parts.append(child.tail or "")
    name = normalise_space("".join(parts)) or (element.get("value") or "").strip()
    if not name:
        return None
    return Person(
        name=name,
        given_name=_text(_child(element, "name.given")),
        family_name=_text(_child(element, "name.family")),
        gender=_GENDER_IN.get(element.get("gender") or "", Gender.UNKNOWN),
    )


def _byline_reader(text: str, language: str | None) -> Any:
    from newsmodel._bylines import parse_byline

    return parse_byline(text, language=language)


def read_norm(value: str) -> date | datetime | None:
    """Read a NITF ``norm`` date: basic (``20240724T103000+0200``) or extended
    (``2024-07-24T10:30:00+02:00``), a date alone, with or without an offset; ``None`` when
    unreadable."""
    text = value.strip()
    match = _NORM_DATE_ONLY.match(text)
    try:
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        glued = _NORM_BASIC_NO_T.match(text)
        if glued:
            text = f"{glued.group(1)}T{glued.group(2)}{glued.group(3) or ''}"
        parsed = isoparse(text)
    except (ValueError, OverflowError):
        return None
    offset = parsed.utcoffset()
    return parsed if offset is None else parsed.replace(tzinfo=timezone(offset))


class _NitfReader:
    def __init__(self, nitf: etree._Element) -> None:
        self.nitf = nitf
        self.head = _child(nitf, "head")
        self.body = _child(nitf, "body")
        self.body_head = _child(self.body, "body.head")
        self.docdata = _child(self.head, "docdata")
        self.diagnostics: list[Diagnostic] = []
        self.images: list[Image] = []

    def warn(self, code: str, path: str, message: str) -> None:
        self.diagnostics.append(
            Diagnostic(code=code, severity=Severity.WARNING, message=message, path=path)
        )

    def article(self) -> Article:
        meta = {
            m.get("name"): m.get("content")
            for m in (_children(self.head, "meta") if self.head is not None else ())
        }
        pubdata = _child(self.head, "pubdata")
        url = clean_url(pubdata.get("ex-ref")) if pubdata is not None else None
        canonical = clean_url(meta.get(_META_CANONICAL))
        doc_id = _child(self.docdata, "doc-id")
        identifier = doc_id.get("id-string") if doc_id is not None else None
        if identifier is not None and (
            not identifier.strip()
            or identifier.startswith(_GENERATED_URN)
            or identifier in (url, canonical)
        ):
            identifier = None
        language = self.language()
        title, subtitle = self.headlines()
        byline, authors = self.bylines()
        agencies = [
            Organization(name=name, kind=OrganizationKind.NEWS_AGENCY)
            for org in _children(_child(self.body_head, "distributor"), "org")
            if (name := _text(org))
        ]
        names = self.byline_names() if byline and not authors else None
        if byline and not authors and names != "":
            parsed = _byline_reader(names or byline, language)
            if parsed is not None:
                authors = list(parsed.authors)
                agencies = agencies or list(parsed.agencies)
                title_of_last = _text(_find(_child(self.body_head, "byline"), "byttl"))
                if authors and title_of_last and authors[-1].role is None:
                    authors[-1] = authors[-1].model_copy(update={"role": title_of_last})
        people, organizations = self.identified()
        reader = BodyReader()
        content_elements = (
            list(_children(self.body, "body.content")) if self.body is not None else []
        )
        for content in content_elements:
            self.blocks(content, reader)
        quotes = resolve_quotes(reader.quotes, reader.blocks, people, organizations, authors)
        publisher_name = pubdata.get("name") if pubdata is not None else None
        return Article(
            id=identifier,
            url=url,
            canonical_url=canonical,
            title=title,
            subtitle=subtitle,
            section=(pubdata.get("position.section") if pubdata is not None else None) or None,
            dateline=_read_dateline(_child(self.body_head, "dateline")),
            language=language,
            published=self.published(),
            updated=self.updated(),
            authors=tuple(authors),
            byline=byline,
            agencies=tuple(agencies),
            publisher=(
                Organization(name=publisher_name, kind=OrganizationKind.PUBLISHER)
                if publisher_name
                else None
            ),
            body=tuple(reader.blocks),
            quotes=quotes,
            people=tuple(people),
            organizations=tuple(organizations),
            rights=self.rights(meta),
            keywords=tuple(
                key
                for keyword in _children(_child(self.docdata, "key-list"), "keyword")
                if (key := keyword.get("key"))
            ),
            images=tuple(self.images),
            diagnostics=tuple(self.diagnostics),
        )

    def language(self) -> str | None:
        value = self.nitf.get(_XML_LANG) or self.nitf.get("baselang")
        if not value or not value.strip():
            return None
        try:
            return replace_withdrawn(canonical_language_tag(value))
        except ValueError:
            self.warn("NM512", "nitf@baselang", f"nitf@baselang: {value!r} is not BCP 47; dropped")
            return None

    def headlines(self) -> tuple[str | None, str | None]:
        hedline = _child(self.body_head, "hedline")
        title = _text(_child(hedline, "hl1"))
        subtitle = _text(_child(hedline, "hl2"))
        if title is None and self.head is not None:
            title = _text(_child(self.head, "title")) if subtitle is None else None
        if subtitle is None:
            subtitle = _text(_child(self.body_head, "abstract"))
        return title, subtitle

    def bylines(self) -> tuple[str | None, list[Person]]:
        printed: str | None = None
        authors: list[Person] = []
        for byline in _children(self.body_head, "byline") if self.body_head is not None else ():
            if byline.get("class") != _AUTHOR_CLASS and printed is None:
                printed = _text(byline)
            person: Person | None = None
            for child in byline:
                name = local_name(child)
                if name == "person" and (read := _read_person(child)) is not None:
                    if person is not None:
                        authors.append(person)
                    person = read
                elif name == "byttl" and person is not None:
                    org = _child(child, "org")
                    update = {"affiliation": _text(org)} if org is not None else {}
                    if org is None or _text(child) != _text(org) or len(child) > 1:
                        update["role"] = _text(child)  # a title, perhaps naming the org
                    person = person.model_copy(update=update)
            if person is not None:
                authors.append(person)
        return printed, authors

    def byline_names(self) -> str | None:
        """The text of the first byline before its ``<byttl>`` (the names of a byline marked
        up with a title but no ``<person>``; ``""`` when it names nobody), ``None`` when it
        has no ``<byttl>``."""
        byline = _child(self.body_head, "byline")
        if byline is None or _child(byline, "byttl") is None:
            return None
        before = [byline.text or ""]
        for child in byline:
            if local_name(child) == "byttl":
                break
            before.append("".join(str(t) for t in child.itertext()) + (child.tail or ""))
        return normalise_space("".join(before)).rstrip(" ,;–—-")

    def identified(self) -> tuple[list[Person], list[Organization]]:
        people: list[Person] = []
        organizations: list[Organization] = []
        content = _child(self.docdata, "identified-content")
        if content is None:
            return people, organizations
        for element in content:
            name = local_name(element)
            if name == "person":
                person = _read_person(element)
                if person is not None:
                    role = _text(_child(element, "function"))
                    people.append(person.model_copy(update={"role": role}))
            elif name == "org" and (text := _text(element) or element.get("value")):
                organizations.append(Organization(name=text))
        return people, organizations

    def published(self) -> date | datetime | None:
        issue = _child(self.docdata, "date.issue")
        if issue is not None and issue.get("norm"):
            return self.norm(issue.get("norm") or "", "docdata/date.issue@norm")
        dateline = _child(self.body_head, "dateline")
        story = _find(dateline, "story.date")
        if story is not None and story.get("norm"):
            return self.norm(story.get("norm") or "", "dateline/story.date@norm")
        return None

    def updated(self) -> date | datetime | None:
        revisions = (
            [r for r in _children(self.head, "revision-history") if r.get("norm")]
            if self.head is not None
            else []
        )
        if revisions:
            return self.norm(revisions[-1].get("norm") or "", "revision-history@norm")
        return None

    def norm(self, value: str, path: str) -> date | datetime | None:
        parsed = read_norm(value)
        if parsed is None:
            self.warn("NM511", path, f"{path}: {value!r} is not an ISO 8601 date; dropped")
        return parsed

    def rights(self, meta: Mapping[str | None, str | None]) -> Rights | None:
        copyright_ = _child(self.docdata, "doc.copyright")
        doc_rights = _child(self.docdata, "doc.rights")
        notice = None
        for note in _children(self.body_head, "note") if self.body_head is not None else ():
            if note.get("noteclass") == "cpyrt":
                notice = _text(note)
                break
        year_text = copyright_.get("year") if copyright_ is not None else None
        year = int(year_text) if year_text and year_text.isdigit() and len(year_text) == 4 else None
        rights = Rights(
            holder=(copyright_.get("holder") or None) if copyright_ is not None else None,
            notice=notice,
            usage_terms=(doc_rights.get("limitations") or None) if doc_rights is not None else None,
            year=year,
            license=clean_url(meta.get(_META_LICENSE)),
        )
        return None if rights == Rights() else rights

    def blocks(self, container: etree._Element, reader: BodyReader) -> None:
        for element in container:
            name = local_name(element)
            if name == "p":
                read_paragraph(
                    element,
                    reader,
                    _INLINE,
                    _INLINE_KIND,
                    "quote-source",
                    strong_class=_STRONG_CLASS,
                )
            elif name == "hl2":
                text = _text(element) or ""
                level = _HEADING_CLASS.match(element.get("class") or "")
                reader.blocks.append(Heading(text=text, level=int(level.group(1)) if level else 2))
            elif name == "bq":
                reader.blocks.append(self.block_quote(element))
            elif name in _LIST_TAGS:
                items = tuple(_text(li) or "" for li in _children(element, "li"))
                reader.blocks.append(ListBlock(items=items, ordered=name == "ol"))
            elif name == "media":
                image = self.media(element)
                if image is not None and element.get("class") == _IMAGE_CLASS:
                    self.images.append(image)
                elif image is not None:
                    reader.blocks.append(Figure(image=image))
            elif name in ("block", "body.content"):
                self.blocks(element, reader)
            elif name in ("pre", "fn", "note", "table", "nitf-table", "dl"):
                loose = _text(element)
                if loose:
                    reader.blocks.append(Paragraph(text=loose))

    @staticmethod
    def block_quote(element: etree._Element) -> BlockQuote:
        paragraphs: list[str] = []
        for block in _children(element, "block"):
            ps = [p for p in block if local_name(p) == "p"]
            if ps:
                paragraphs.extend(text_with_breaks(p) for p in ps)
            elif _text(block):
                paragraphs.append(_text(block) or "")
        for p in _children(element, "p"):  # lenient: <bq><p> is invalid but seen in feeds
            paragraphs.append(text_with_breaks(p))
        credit = _child(element, "credit")
        cite = None
        attribution = None
        if credit is not None:
            link = _child(credit, "a")
            cite = clean_url(link.get("href")) if link is not None else None
            attribution = _text(credit)
        if attribution is None and element.get("quote-source"):
            attribution = element.get("quote-source")
        return BlockQuote(text="\n\n".join(paragraphs), cite=cite, attribution=attribution)

    @staticmethod
    def media(element: etree._Element) -> Image | None:
        reference = _child(element, "media-reference")
        if reference is None:
            return None
        url = clean_url(reference.get("source"))
        if url is None:
            return None
        caption = _child(element, "media-caption")
        producer = _child(element, "media-producer")
        return Image(
            url=url,
            alt=reference.get("alternate-text"),
            caption=_text(caption) if caption is not None else None,
            credit=_text(producer) if producer is not None else None,
            width=positive_int(reference.get("width")),
            height=positive_int(reference.get("height")),
        )


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_nitf(data, options=options)


CODEC = Codec(Format.NITF, _read, to_nitf, "application/xml", ".nitf.xml")
