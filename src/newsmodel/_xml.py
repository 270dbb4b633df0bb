"""Safe XML for the industry formats: a parser that never expands entities or fetches anything,
and the body markup NITF and the ninjs HTML body share (inline spans, ``<q>`` quotes resolved to
the article's people by name).

:func:`parse_xml` refuses, with :class:`~newsmodel.errors.HostileInputError`, any document that
declares entities (billion laughs, quadratic blow-up, external ``SYSTEM`` entities) or nests
deeper than libxml2's default limit; it never loads a DTD and never touches the network.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from lxml import etree

from newsmodel.errors import (
    HostileInputError,
    InputTooLargeError,
    ParseError,
    UnsupportedInputError,
)
from newsmodel.models import (
    Block,
    Organization,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Span,
    SpanKind,
)

__all__ = [
    "QUOTE_MARKS",
    "XLINK_HREF",
    "XLINK_NAMESPACE",
    "BodyReader",
    "Mark",
    "QuoteDraft",
    "append_text",
    "check_xml_text",
    "clean_url",
    "first_unwritable",
    "html_markup",
    "local_name",
    "normalise_space",
    "parse_xml",
    "positive_int",
    "quote_mark_near",
    "read_inline",
    "read_paragraph",
    "render_inline",
    "resolve_quotes",
    "span_marks",
    "text_with_breaks",
]

XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
XLINK_HREF = "{" + XLINK_NAMESPACE + "}href"
"""Where NITF, whose ``<q>`` has no ``cite``, keeps a quote's source URL."""

# A DOCTYPE with an internal subset that declares entities: refused before lxml sees it.
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
# The whole DOCTYPE declaration (with an internal subset, if any). It is blanked out before
# parsing, so libxml2 never tries to load an external DTD, from the network or from disk.
_DOCTYPE_DECL = re.compile(
    rb"<!DOCTYPE(?:[^\[>\"']|\"[^\"]*\"|'[^']*')*(?:\[(?:[^\]\"']|\"[^\"]*\"|'[^']*')*\]\s*)?>",
    re.I,
)
# One item of the prolog, before the root element (only there can a DOCTYPE be).
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->|" + _DOCTYPE_DECL.pattern, re.S | re.I)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)
# Characters XML 1.0 cannot carry (controls other than tab/newline/return, U+FFFE, U+FFFF,
# lone surrogates).
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# libxml2 messages that mean the document was built to hurt the parser.
_HOSTILE_MESSAGES = ("excessive depth", "entity", "amplification", "huge")


def _parser() -> etree.XMLParser:
    # A new parser per call: lxml parsers are not thread-safe, and this keeps no module state.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def parse_xml(
    data: str | bytes,
    *,
    source: str | None = None,
    max_bytes: int | None = None,
    what: str = "XML",
) -> etree._Element:
    """Parse ``data`` as XML and return the root element, refusing hostile documents.

    Raises :class:`ParseError` (empty, malformed: with line and column),
    :class:`UnsupportedInputError` (binary data, undecodable bytes),
    :class:`InputTooLargeError` (over ``max_bytes``) and :class:`HostileInputError`
    (entity declarations, external entities, nesting bombs).
    """
    raw = _to_bytes(data, source=source, what=what)
    if max_bytes is not None and len(raw) > max_bytes:
        raise InputTooLargeError(
            f"{what} input is {len(raw)} bytes, over the limit of {max_bytes}", source=source
        )
    if not raw.strip():
        raise ParseError(f"empty input: no {what} document", source=source)
    if b"\x00" in raw[:8192] and not raw.startswith(_UTF16_BOMS):
        raise UnsupportedInputError(
            f"binary data, not {what}: NUL byte in the first 8 KiB", source=source
        )
    if raw.startswith(_UTF16_BOMS):
        raw = _from_utf16(raw, source=source, what=what)
    prolog = _prolog(raw)
    if _DOCTYPE.search(prolog) and _ENTITY_DECL.search(prolog):
        raise HostileInputError(
            f"{what} declares entities in its DOCTYPE; entity expansion and external entities "
            "are refused, never expanded or fetched",
            source=source,
        )
    if _DOCTYPE.match(raw, len(prolog)):
        raise HostileInputError(
            f"{what} has a DOCTYPE declaration newsmodel cannot read safely; refused",
            source=source,
        )
    raw = _DOCTYPE_DECL.sub(_blank_out, prolog, count=1) + raw[len(prolog) :]
    try:
        root = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc)
        line, column = exc.position if exc.position else (None, None)
        if any(word in message.lower() for word in _HOSTILE_MESSAGES):
            raise HostileInputError(
                f"{what} refused: {message}", source=source, line=line, column=column
            ) from None
        if "encoding" in message.lower() or "document is not in" in message.lower():
            raise UnsupportedInputError(
                f"cannot decode {what}: {message}", source=source, line=line, column=column
            ) from None
        raise ParseError(
            f"malformed {what}: {message}", source=source, line=line, column=column
        ) from None
    except (ValueError, LookupError) as exc:  # unknown encoding name, bad declaration
        raise UnsupportedInputError(f"cannot decode {what}: {exc}", source=source) from None
    if root is None:
        raise ParseError(f"empty input: no {what} root element", source=source)
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in cast(Any, dtd).iterentities()):
        raise HostileInputError(f"{what} declares entities; refused", source=source)
    return root


def _prolog(raw: bytes) -> bytes:
    """What comes before the root element: the XML declaration, comments, processing
    instructions, whitespace and a DOCTYPE declaration (when it is well formed)."""
    position = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    while True:
        match = _PROLOG_ITEM.match(raw, position)
        if match is None or match.end() == position:
            return raw[:position]
        position = match.end()


def _from_utf16(raw: bytes, *, source: str | None, what: str) -> bytes:
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise UnsupportedInputError(
            f"cannot decode {what}: not UTF-16 at byte {exc.start}", source=source
        ) from None
    return _to_bytes(text, source=source, what=what)


def _blank_out(match: re.Match[bytes]) -> bytes:
    """Spaces for the declaration, keeping its line breaks so error lines stay right."""
    return re.sub(rb"[^\n]", b" ", match.group())


def _to_bytes(data: str | bytes, *, source: str | None, what: str) -> bytes:
    if isinstance(data, bytes):
        return data
    if not isinstance(data, str):
        raise UnsupportedInputError(
            f"expected {what} as str or bytes, got {type(data).__name__}", source=source
        )
    # A str is already decoded: drop any encoding declaration and hand lxml UTF-8.
    text = _XML_DECL.sub("", data, count=1)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise UnsupportedInputError(
            f"{what} text holds a lone surrogate at offset {exc.start}", source=source
        ) from None


_URI_ATTRIBUTES = ("href", "src", "action", "name", "cite")
"""Attributes libxml2's HTML serializer may percent-encode (``href``, ``src``, ``action``, an
``<a name>``); ``cite`` is kept exact with them in case a libxml2 adds it."""
_PLAIN_URI = re.compile(r"[!-~]*")


def html_markup(element: etree._Element) -> str:
    """``element`` serialized as HTML, its URLs exactly as they are. libxml2's HTML serializer
    percent-encodes the non-ASCII letters and spaces of ``href`` and ``src`` (``Köln`` becomes
    ``K%C3%B6ln``), which a reader cannot tell from a URL written encoded: such values go out
    through a placeholder instead."""
    originals: dict[str, str] = {}
    nonce = uuid.uuid4().hex
    for node in element.iter():
        for key in _URI_ATTRIBUTES:
            value = node.get(key)
            if value is not None and not _PLAIN_URI.fullmatch(value):
                placeholder = f"nm-{nonce}-{len(originals)}"
                originals[placeholder] = value
                node.set(key, placeholder)
    markup = etree.tostring(element, encoding="unicode", method="html")
    if not originals:
        return markup
    for node in element.iter():
        for key in _URI_ATTRIBUTES:
            value = node.get(key)
            if value is not None and value in originals:
                node.set(key, originals[value])
    return _PLACEHOLDER.sub(lambda m: _attribute(originals[m.group(1)]), markup)


_PLACEHOLDER = re.compile(r'"(nm-[0-9a-f]{32}-[0-9]+)"')


def _attribute(value: str) -> str:
    return '"' + value.replace("&", "&amp;").replace('"', "&quot;") + '"'


def local_name(element: etree._Element) -> str:
    """The tag without its namespace (``nitf`` for ``{http://iptc.org/…}nitf``); ``""`` for
    comments and processing instructions."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def check_xml_text(value: str, path: str) -> str | None:
    """Return a message naming ``path`` when ``value`` holds a character XML cannot carry."""
    bad = _NOT_XML_CHAR.search(value)
    if bad is None:
        return None
    return f"{path}: character U+{ord(bad.group()):04X} cannot be written in XML"


def first_unwritable(value: Any, path: str = "") -> str | None:
    """A message naming the first string of ``value`` (an article dumped as JSON data: dicts,
    lists and scalars) that holds a character XML cannot carry, or ``None``."""
    if isinstance(value, str):
        return check_xml_text(value, path or "<root>")
    if isinstance(value, dict):
        for key, item in value.items():
            found = first_unwritable(item, f"{path}.{key}" if path else key)
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = first_unwritable(item, f"{path}[{index}]")
            if found:
                return found
    return None


# --------------------------------------------------------------------------- inline markup


@dataclass(frozen=True)
class Mark:
    """An inline element over ``text[start:end]``: a tag name and its attributes."""

    start: int
    end: int
    tag: str
    attrib: tuple[tuple[str, str], ...] = ()
    payload: object = field(default=None, compare=False)


def append_text(parent: etree._Element, text: str) -> None:
    """Append ``text`` after the last child of ``parent`` (or as its text)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


MAX_INLINE_DEPTH = 100
"""Marks nested deeper than this are left out: no reader sees such markup, and rendering it
would recurse that deep."""


def _properly_nested(marks: Iterable[Mark], length: int) -> list[Mark]:
    ordered = sorted(
        (m for m in marks if 0 <= m.start < m.end <= length), key=lambda m: (m.start, -m.end)
    )
    kept: list[Mark] = []
    # The kept marks still open at the current start, outermost first. They nest, so their
    # ends do not grow inwards: a mark crosses one of them exactly when it crosses the
    # innermost one that starts before it (a scan of every kept mark was quadratic).
    open_marks: list[Mark] = []
    for mark in ordered:
        while open_marks and open_marks[-1].end <= mark.start:
            open_marks.pop()
        inner = open_marks[-1] if open_marks else None
        if inner is not None and inner.start < mark.start and inner.end < mark.end:
            continue
        if len(open_marks) >= MAX_INLINE_DEPTH:
            continue
        kept.append(mark)
        open_marks.append(mark)
    return kept


def render_inline(
    parent: etree._Element,
    text: str,
    marks: Sequence[Mark],
    make: Callable[[etree._Element, str], etree._Element],
    *,
    line_breaks: bool = False,
) -> list[Mark]:
    """Fill ``parent`` with ``text``, wrapping each mark's range in its element. Marks that
    cross another are left out; the marks written are returned. With ``line_breaks``, each
    ``\n`` of the text is written as a ``<br>`` (a paragraph's line break; markup readers fold
    a raw newline into a space)."""
    kept = _properly_nested(marks, len(text))
    add = _append_lines if line_breaks and "\n" in text else _append_plain
    _render(parent, text, 0, len(text), kept, make, add)
    return kept


_Append = Callable[[etree._Element, str, Callable[[etree._Element, str], etree._Element]], None]


def _append_plain(
    parent: etree._Element, text: str, make: Callable[[etree._Element, str], etree._Element]
) -> None:
    append_text(parent, text)


def _append_lines(
    parent: etree._Element, text: str, make: Callable[[etree._Element, str], etree._Element]
) -> None:
    lines = text.split("\n")
    append_text(parent, lines[0])
    for line in lines[1:]:
        make(parent, "br")
        append_text(parent, line)


def _render(
    parent: etree._Element,
    text: str,
    start: int,
    end: int,
    marks: list[Mark],
    make: Callable[[etree._Element, str], etree._Element],
    add: _Append,
) -> None:
    pos = start
    i = 0
    while i < len(marks):
        mark = marks[i]
        j = i + 1
        while j < len(marks) and marks[j].start < mark.end:
            j += 1
        add(parent, text[pos : mark.start], make)
        child = make(parent, mark.tag)
        for key, value in mark.attrib:
            child.set(key, value)
        _render(child, text, mark.start, mark.end, marks[i + 1 : j], make, add)
        pos = mark.end
        i = j
    add(parent, text[pos:end], make)


def read_inline(
    element: etree._Element, inline_tags: frozenset[str], *, breaks: list[int] | None = None
) -> tuple[str, list[tuple[int, int, etree._Element]]]:
    """The text of ``element`` and the ranges of its descendants whose local name is in
    ``inline_tags``, as ``(start, end, element)`` in document order. Other descendants
    contribute their text only; a ``<br>`` is a ``\n``, whose offset is added to ``breaks``."""
    parts: list[str] = []
    found: list[tuple[int, int, etree._Element]] = []
    length = 0

    def walk(node: etree._Element) -> None:
        nonlocal length
        if node.text:
            parts.append(node.text)
            length += len(node.text)
        for child in node:
            name = local_name(child)
            if name == "br":
                if breaks is not None:
                    breaks.append(length)
                parts.append("\n")
                length += 1
            elif name:
                begin = length
                index = len(found)
                if name in inline_tags:
                    found.append((begin, begin, child))
                walk(child)
                if name in inline_tags:
                    found[index] = (begin, length, child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(element)
    return "".join(parts), found


# --------------------------------------------------------------------------- body markup
#
# Shared by the ninjs HTML body and NITF body.content: paragraphs with inline spans, and
# quotes marked as <q>, resolved to the article's people by name.

QUOTE_SPACES = frozenset(" \u00a0\u202f\u2009")
QUOTE_MARKS = frozenset("\"'«»‹›“”„‟‘’‚‛「」『』")
# A match starts only where a run of spaces does: tried from each space of a long run before no
# line break, the pattern was quadratic.
_LINE_BREAK_SPACE = re.compile(r"(?<![ \t\r\n])[ \t\r\n]*\n[ \t\r\n]*")


_MARKUP_KINDS = {k.value: k for k in QuoteKind if k is not QuoteKind.INDIRECT}
"""The kinds a ``<q class>`` names (indirect speech is no quotation and is not written)."""


@dataclass
class QuoteDraft:
    block: int
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None


@dataclass
class BodyReader:
    """Blocks read from markup, with the quotes found in ``<q>`` elements."""

    blocks: list[Block] = field(default_factory=list)
    quotes: list[QuoteDraft] = field(default_factory=list)


def span_marks(
    spans: Iterable[Span], tags: Mapping[SpanKind, str], *, cite: str = "cite"
) -> list[Mark]:
    """Marks for a paragraph's spans: ``href`` on links, the ``cite`` attribute (NITF has
    none: it uses ``xlink:href``) on quotes; emphasis carries no URL."""
    marks = []
    for span in spans:
        attrib: tuple[tuple[str, str], ...] = ()
        if span.href is not None and span.kind is SpanKind.LINK:
            attrib = (("href", span.href),)
        elif span.href is not None and span.kind is SpanKind.QUOTE:
            attrib = ((cite, span.href),)
        marks.append(Mark(span.start, span.end, tags[span.kind], attrib))
    return marks


def read_paragraph(
    element: etree._Element,
    reader: BodyReader,
    inline: frozenset[str],
    kinds: Mapping[str, SpanKind],
    speaker_attribute: str,
    *,
    strong_class: str | None = None,
) -> None:
    """Append the paragraph ``element`` to ``reader``: its text, its inline spans, and a quote
    for each ``<q>`` that names its kind or speaker. An element whose ``class`` is
    ``strong_class`` is a strong span (NITF has no ``<strong>``: ``<em class="strong">``)."""
    breaks: list[int] = []
    raw, found = read_inline(element, inline, breaks=breaks)
    text = _normalise_lines(raw, breaks) if breaks else normalise_space(raw)
    index = len(reader.blocks)
    spans: list[Span] = []
    if text == raw:
        for start, end, child in found:
            name = local_name(child).lower()
            if name == "q" and (
                child.get("class") in _MARKUP_KINDS or child.get(speaker_attribute)
            ):
                kind = _MARKUP_KINDS.get(child.get("class") or "", QuoteKind.DIRECT)
                if end > start:
                    reader.quotes.append(
                        QuoteDraft(index, start, end, kind, child.get(speaker_attribute))
                    )
                continue
            if end <= start:
                continue
            kind_of_span = kinds[name]
            if strong_class is not None and child.get("class") == strong_class:
                kind_of_span = SpanKind.STRONG
            href = None
            if kind_of_span is SpanKind.LINK:
                href = child.get("href")
            elif kind_of_span is SpanKind.QUOTE:
                href = child.get("cite") or child.get(XLINK_HREF)
            spans.append(Span(kind=kind_of_span, start=start, end=end, href=clean_url(href)))
    reader.blocks.append(Paragraph(text=text, spans=tuple(spans)))


def text_with_breaks(element: etree._Element) -> str:
    """The text of ``element``, each ``<br>`` a ``\n`` (see :func:`read_paragraph`)."""
    breaks: list[int] = []
    raw, _ = read_inline(element, frozenset(), breaks=breaks)
    return _normalise_lines(raw, breaks) if breaks else normalise_space(raw)


def _normalise_lines(raw: str, breaks: Sequence[int]) -> str:
    """The text of a paragraph holding ``<br>``: each line break it marks is a ``\n``; the
    line breaks of pretty-printed markup fold into a space, or vanish next to a ``<br>`` or
    the paragraph's edge."""
    lines: list[str] = []
    pos = 0
    for offset in (*breaks, len(raw)):
        line = raw[pos:offset]
        pos = offset + 1
        if "\n" in line:
            body = line.strip(" \t\r\n")
            if body:
                head = line[: len(line) - len(line.lstrip(" \t\r\n"))]
                tail = line[len(head) + len(body) :]
                line = (
                    ("" if "\n" in head else head)
                    + _LINE_BREAK_SPACE.sub(" ", body)
                    + ("" if "\n" in tail else tail)
                )
            else:
                line = ""
        lines.append(line)
    lines[0] = lines[0].lstrip(" \t")
    lines[-1] = lines[-1].rstrip(" \t")
    return "\n".join(lines)


def normalise_space(text: str) -> str:
    """Fold the line breaks of pretty-printed markup into spaces; keep other spacing."""
    if "\n" not in text and "\r" not in text and text == text.strip(" \t"):
        return text
    return _LINE_BREAK_SPACE.sub(" ", text).strip(" \t\r\n")


def clean_url(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value or len(value) > 8192 or any(c.isspace() for c in value):
        return None
    return value


def positive_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and math.isfinite(value) and value >= 1:
        return int(value)
    if isinstance(value, str) and value.strip().isdigit() and int(value) >= 1:
        return int(value)
    return None


def quote_mark_near(text: str, index: int, step: int) -> str:
    """The character at ``index``, or the next one in direction ``step`` past one space (the
    space French sets inside « »)."""
    if 0 <= index < len(text) and text[index] in QUOTE_SPACES:
        index += step
    return text[index] if 0 <= index < len(text) else ""


def resolve_quotes(
    drafts: Iterable[QuoteDraft],
    blocks: Sequence[Block],
    people: Sequence[Person],
    organizations: Sequence[Organization],
    authors: Sequence[Person],
) -> tuple[Quote, ...]:
    """Quotes from the ``<q>`` elements read, each speaker resolved by name to one of the
    article's people or organisations."""
    out = []
    for draft in drafts:
        block = blocks[draft.block]
        if not isinstance(block, Paragraph):
            continue
        text = block.text[draft.start : draft.end]
        if not text:
            continue
        speaker: Person | Organization | None = None
        if draft.speaker:
            candidates: list[Person | Organization] = [*people, *organizations, *authors]
            speaker = next((e for e in candidates if e.name == draft.speaker), None)
            if speaker is None:
                speaker = Person(name=draft.speaker)
        before = quote_mark_near(block.text, draft.start - 1, -1)
        after = quote_mark_near(block.text, draft.end, 1)
        out.append(
            Quote(
                text=text,
                kind=draft.kind,
                speaker=speaker,
                block=draft.block,
                start=draft.start,
                end=draft.end,
                open_mark=before if before in QUOTE_MARKS else None,
                close_mark=after if after in QUOTE_MARKS else None,
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- reading
