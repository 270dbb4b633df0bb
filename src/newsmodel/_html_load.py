"""Loading HTML safely: encoding detection, size and hostility limits, one lxml tree.

``load_html`` turns ``str`` or ``bytes`` into one lxml tree that every extractor reads:

1. refuse what is not HTML: empty input, binary formats (PDF, images, archives), NUL-laden
   bytes, text without a single tag (:class:`~newsmodel.errors.UnsupportedInputError`), and
   input over ``ParseOptions.max_bytes`` (:class:`~newsmodel.errors.InputTooLargeError`);
2. for bytes, find the encoding: a byte-order mark, then ``<meta charset>``, ``<meta
   http-equiv="Content-Type">`` or an XML declaration in the first bytes (labels read by
   :mod:`newsmodel._charsets`, as browsers read them), then strict UTF-8, then Windows-1252,
   which maps every byte as browsers do (so no character is ever dropped; a guess is reported
   as a diagnostic);
3. neutralise a DOCTYPE internal subset (entity declarations, external entities): entities are
   never expanded, nothing is ever fetched;
4. parse with lxml's HTML parser (no network, comments and processing instructions removed).
   libxml2 stops at 2,048 levels of nesting; a page nested deeper keeps what came before and
   says so in a diagnostic.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from newsmodel._charsets import bom_encoding, codec_for, decode_as, read_declared
from newsmodel._inputs import FILE_SIGNATURES, GZIP_MAGIC
from newsmodel.errors import (
    Diagnostic,
    InputTooLargeError,
    Severity,
    UnsupportedInputError,
)
from newsmodel.options import ParseOptions

__all__ = ["LoadedPage", "load_html"]

# --------------------------------------------------------------------------- rules as data

ADVICE: dict[bytes, str] = {
    GZIP_MAGIC: "decompress it first",
    b"BZh": "decompress it first",
    b"\xfd7zXZ\x00": "decompress it first",
    b"(\xb5/\xfd": "decompress it first",
    b"WARC/": "use the bulk reader",
}
"""What to do instead, for files of :data:`~newsmodel._inputs.FILE_SIGNATURES` that hold
HTML."""
_SIGNATURES = tuple(signature for signature, _ in FILE_SIGNATURES)

MAX_TAGS = 500_000
"""Pages with more ``<`` than this (opening and closing tags, about twice the elements) are
refused before parsing: lxml needs about 300 bytes per element and extraction time grows with
the element count. Real article pages have a few thousand; 200,000 nested ``<div>`` still
load."""

SNIFF_BYTES = 4096
"""How far into the input the encoding declaration and binary checks look."""

MAX_CONTROL_SHARE = 0.1
"""Share of control bytes (other than tab, newline, carriage return, form feed) in the sniffed
prefix above which the input is called binary."""

_CONTROL_BYTES = bytes(i for i in range(32) if i not in (9, 10, 12, 13)) + b"\x7f"
"""Control bytes, counted by deleting them (``bytes.translate``: five times faster than a
regex search for one)."""

NUL_FREE_ENCODINGS = frozenset({"utf-8", "cp1252"})
"""Encodings in which a NUL character is always the NUL byte and the NUL byte always a NUL
character, so the bytes are searched for it (``str`` search is ten times slower)."""

UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
"""A multi-byte UTF-8 sequence (roughly): bytes that are UTF-8 text with a few bad bytes have
many of these; legacy single-byte text has almost none."""

MAX_MIXED_REPAIRS = 1000
"""Invalid bytes in mostly-UTF-8 input read as Windows-1252, beyond which the whole input is
read as Windows-1252 instead."""

ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
"""A byte that ``surrogateescape`` could not decode."""
SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: in a ``str`` only, never in text decoded from bytes."""

ESCAPED_TO_LEGACY = {
    0xDC00 + byte: decode_as(bytes((byte,)), "cp1252") for byte in range(0x80, 0x100)
}
"""``surrogateescape`` escapes to the Windows-1252 character of the same byte."""

META_CHARSET = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
"""``<meta charset=…>`` and ``<meta http-equiv=Content-Type content="…; charset=…">``."""

XML_DECLARATION = re.compile(
    rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.IGNORECASE
)
"""The encoding of an XML declaration (XHTML pages)."""

XML_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
"""A leading XML declaration in decoded text; lxml refuses one in ``str`` input."""

DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
"""A DOCTYPE with an internal subset: entity declarations, possibly external ones."""

HAS_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9:-]*|!|/[A-Za-z])")
"""Something that looks like markup; text without any is not HTML."""

HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
"""The element classes of loaded trees (stateless, shared by every parser)."""

DEPTH_ERROR = "Excessive depth"
"""Part of libxml2's message when a document nests deeper than it allows."""

# Diagnostic codes emitted while loading (documented in docs/html.md).
NM_ENCODING_GUESSED = "NM350"
NM_ENCODING_MISMATCH = "NM351"
NM_ENCODING_REPLACED = "NM352"
NM_UNKNOWN_ENCODING = "NM353"
NM_DOCTYPE_SUBSET = "NM354"
NM_TOO_DEEP = "NM355"
NM_EMPTY_DOCUMENT = "NM356"
NM_REPLACED_CHARACTERS = "NM357"


# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class LoadedPage:
    """A page parsed once, for every extractor to read."""

    root: HtmlElement
    """The document's root element."""
    encoding: str | None
    """The encoding the bytes were decoded with (``None`` for ``str`` input)."""
    diagnostics: tuple[Diagnostic, ...]
    """What loading repaired or doubted."""


def load_html(data: str | bytes, *, options: ParseOptions, source: str | None = None) -> LoadedPage:
    """Decode and parse ``data``; raise a ``ParseError`` subclass for input that is not HTML,
    too large, or hostile.

    >>> page = load_html(b"<p>caf\\xe9</p>", options=ParseOptions())
    >>> page.root.text_content(), page.encoding, [d.code for d in page.diagnostics]
    ('café', 'cp1252', ['NM350'])
    """
    diagnostics: list[Diagnostic] = []
    encoding: str | None = None
    raw = b""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        _check_size(len(raw), options, source)
        _check_binary(raw, source)
        text, encoding = _decode(raw, diagnostics, options.charset)
    elif isinstance(data, str):
        # A str is at least len(data) bytes in UTF-8 and at most 4 bytes per character.
        size = len(data) if len(data) * 4 <= options.max_bytes else len(data.encode("utf-8"))
        _check_size(size, options, source)
        text = data
        if "\x00" in text[:SNIFF_BYTES]:
            raise UnsupportedInputError(
                "the text contains NUL characters: it is binary data, not HTML", source=source
            )
    else:
        raise UnsupportedInputError(
            f"HTML must be str or bytes, not {type(data).__name__}", source=source
        )
    if not text or text.isspace():
        raise UnsupportedInputError("the input is empty", source=source)
    if HAS_TAG.search(text) is None:
        raise UnsupportedInputError(
            "the input has no HTML markup (for plain text use parse_text)", source=source
        )
    size = len(raw) if raw else len(text)
    # Counting costs a pass over the input: only inputs long enough to hold that many tags.
    tags = (raw.count(b"<") if raw else text.count("<")) if size > 3 * MAX_TAGS else 0
    if tags > MAX_TAGS:
        raise InputTooLargeError(
            f"the page has about {tags:,} tags, over the limit of {MAX_TAGS:,}"
            " (no article page has that many; this bounds time and memory)",
            source=source,
        )
    utf8: bytes | None = None  # str input as UTF-8, once encoded
    if raw == b"":  # str input: lone surrogates cannot reach lxml (it would cut the text)
        text, utf8 = _replace_unencodable(text, diagnostics)
    if raw and encoding in NUL_FREE_ENCODINGS:
        nul = b"\x00" in raw
    else:
        nul = "\x00" in text if utf8 is None else b"\x00" in utf8
    if nul:
        diagnostics.append(
            Diagnostic(
                code=NM_REPLACED_CHARACTERS,
                severity=Severity.WARNING,
                message=f"{text.count(chr(0))} NUL character(s) in the page were read as U+FFFD",
            )
        )
    neutral = _neutralise_prolog(text, diagnostics)
    repaired = any(d.code == NM_ENCODING_REPLACED for d in diagnostics)
    if encoding == "utf-8" and neutral is text and not repaired and raw[:3] != codecs.BOM_UTF8:
        # Valid UTF-8, unchanged: lxml reads the bytes faster than it re-encodes a str.
        root = _parse(raw, diagnostics)
    elif "\x00" not in neutral and neutral[:1] != "\ufeff":
        # lxml parses UTF-8 bytes a third faster than a str (encoding costs a tenth of that);
        # the parser's explicit UTF-8 outranks the page's own <meta charset>.
        data = utf8 if utf8 is not None and neutral is text else neutral.encode("utf-8")
        root = _parse(data, diagnostics)
    else:
        root = _parse(neutral, diagnostics)
    return LoadedPage(root=root, encoding=encoding, diagnostics=tuple(diagnostics))


# --------------------------------------------------------------------------- checks


def _check_size(size: int, options: ParseOptions, source: str | None) -> None:
    if size > options.max_bytes:
        raise InputTooLargeError(
            f"the input is {size:,} bytes, over the limit of {options.max_bytes:,} "
            "(ParseOptions.max_bytes)",
            source=source,
        )


def _check_binary(raw: bytes, source: str | None) -> None:
    head = raw[:SNIFF_BYTES]
    stripped = head.lstrip()
    if head.startswith(_SIGNATURES) or stripped.startswith(_SIGNATURES):
        for signature, name in FILE_SIGNATURES:
            if head.startswith(signature) or stripped.startswith(signature):
                advice = ADVICE.get(signature)
                reason = f"the input is {name}, not HTML" + (f": {advice}" if advice else "")
                raise UnsupportedInputError(reason, source=source)
    if bom_encoding(head) is not None:
        return  # UTF-16/32 text has NUL bytes by design.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if not controls:
        return  # the usual case
    if b"\x00" in head or controls > MAX_CONTROL_SHARE * len(head):
        raise UnsupportedInputError(
            "the input looks binary (NUL or control bytes), not HTML", source=source
        )


# --------------------------------------------------------------------------- decoding


def _declared_encoding(head: bytes) -> tuple[bytes | None, str | None]:
    """The encoding label the page declares in its first bytes, and its codec name."""
    match = XML_DECLARATION.match(head) or META_CHARSET.search(head)
    if match is None:
        return None, None
    label = match.group(1)
    return label, codec_for(label)


def _decode(
    raw: bytes, diagnostics: list[Diagnostic], transport: str | None = None
) -> tuple[str, str]:
    """Decode by a byte-order mark, else by the ``transport`` (HTTP) charset, else by the
    page's own declaration, else as UTF-8, else as guessed; each doubt a diagnostic."""
    bom = bom_encoding(raw)
    if bom is not None:
        name, length = bom
        try:
            return raw[length:].decode(name), name
        except UnicodeDecodeError:
            text = raw[length:].decode(name, errors="replace")
            diagnostics.append(_replaced(name, text))
            return text, name
    label, declared = _declared_encoding(raw[:SNIFF_BYTES])
    if transport is not None:
        decoded = _decode_transport(raw, transport, declared, diagnostics)
        if decoded is not None:
            return decoded
    if label is not None and declared is None:
        diagnostics.append(
            Diagnostic(
                code=NM_UNKNOWN_ENCODING,
                severity=Severity.WARNING,
                message=f"the page declares an unknown encoding"
                f" {label.decode('ascii', 'replace')!r}; the encoding was guessed",
            )
        )
    if declared is not None:
        try:
            text, codec = read_declared(raw, declared)
        except UnicodeError:  # UnicodeDecodeError, or a codec's own error
            if declared != "utf-8":  # invalid UTF-8 is reported below, with its repairs
                diagnostics.append(
                    Diagnostic(
                        code=NM_ENCODING_MISMATCH,
                        severity=Severity.WARNING,
                        message=f"the page declares {declared} but its bytes do not decode as"
                        " that; the encoding was guessed",
                    )
                )
        else:
            if codec != declared:
                diagnostics.append(
                    Diagnostic(
                        code=NM_ENCODING_MISMATCH,
                        severity=Severity.INFO,
                        message=f"the page declares {declared} but its bytes are valid UTF-8;"
                        " read as UTF-8",
                    )
                )
            return text, codec
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared == "utf-8" or len(UTF8_SEQUENCE.findall(raw, 0, 1 << 20)) >= 3:
        text, repairs = _decode_mixed(raw)
        if repairs <= MAX_MIXED_REPAIRS:
            diagnostics.append(
                Diagnostic(
                    code=NM_ENCODING_REPLACED,
                    severity=Severity.WARNING,
                    message=f"the bytes are UTF-8 except {repairs} invalid sequence(s),"
                    " each read as Windows-1252",
                )
            )
            return text, "utf-8"
    diagnostics.append(
        Diagnostic(
            code=NM_ENCODING_GUESSED,
            severity=Severity.WARNING,
            message="no usable encoding declared and the bytes are not UTF-8; guessed cp1252",
        )
    )
    return decode_as(raw, "cp1252"), "cp1252"  # reads every byte


def _decode_transport(
    raw: bytes, label: str, declared: str | None, diagnostics: list[Diagnostic]
) -> tuple[str, str] | None:
    """``raw`` decoded by the charset its transport declares (``label``), as browsers read it,
    with what disagrees reported; ``None`` when that charset is unknown or does not fit, for
    the page's own declaration to decide."""
    named = codec_for(label)
    if named is None:
        diagnostics.append(
            Diagnostic(
                code=NM_UNKNOWN_ENCODING,
                severity=Severity.WARNING,
                message=f"the transport (HTTP) declares an unknown encoding {label!r};"
                " the encoding was taken from the page",
            )
        )
        return None
    try:
        text, codec = read_declared(raw, named)
    except UnicodeError:  # UnicodeDecodeError, or a codec's own error
        diagnostics.append(
            Diagnostic(
                code=NM_ENCODING_MISMATCH,
                severity=Severity.WARNING,
                message=f"the transport (HTTP) declares {named} but the bytes do not decode as"
                " that; the encoding was taken from the page",
            )
        )
        return None
    if codec != named:
        message = (
            f"the transport (HTTP) declares {named} but the bytes are valid UTF-8; read as UTF-8"
        )
    elif declared is not None and declared != codec and codec != "utf-8" and not raw.isascii():
        # Bytes that are not valid UTF-8 (or the transport would have read them so), read by
        # the transport's legacy encoding: the page's other declaration reads them otherwise.
        message = (
            f"the page declares {declared} but its transport (HTTP) declares {codec};"
            f" read as {codec}"
        )
    else:
        return text, codec
    diagnostics.append(
        Diagnostic(code=NM_ENCODING_MISMATCH, severity=Severity.INFO, message=message)
    )
    return text, codec


def _decode_mixed(raw: bytes) -> tuple[str, int]:
    """Decode mostly-UTF-8 bytes, reading each invalid byte as Windows-1252 (or Latin-1 for
    the five bytes Windows-1252 leaves undefined), so no byte is lost."""
    text = raw.decode("utf-8", errors="surrogateescape")
    repairs = len(ESCAPED_BYTE.findall(text))
    return text.translate(ESCAPED_TO_LEGACY), repairs


def _replace_unencodable(text: str, diagnostics: list[Diagnostic]) -> tuple[str, bytes | None]:
    """Replace lone surrogates (which no encoding can carry) by U+FFFD, and say so. Returns the
    text, and its UTF-8 bytes when it had none (the encoding that looked for them)."""
    try:
        return text, text.encode("utf-8")  # finds a surrogate ten times faster than a scan
    except UnicodeEncodeError:
        pass
    count = len(SURROGATE.findall(text))
    diagnostics.append(
        Diagnostic(
            code=NM_REPLACED_CHARACTERS,
            severity=Severity.WARNING,
            message=f"{count} lone surrogate(s) in the text were replaced by U+FFFD",
        )
    )
    return SURROGATE.sub("\ufffd", text), None


def _replaced(name: str, text: str) -> Diagnostic:
    count = text.count("\ufffd")
    return Diagnostic(
        code=NM_ENCODING_REPLACED,
        severity=Severity.ERROR,
        message=f"{count} byte sequence(s) are invalid {name}; each was replaced by U+FFFD",
    )


# --------------------------------------------------------------------------- parsing


def _neutralise_prolog(text: str, diagnostics: list[Diagnostic]) -> str:
    head = text[:SNIFF_BYTES]
    declaration = XML_DECLARATION_TEXT.match(head)
    if declaration is not None:
        text = text[declaration.end() :]
        head = text[:SNIFF_BYTES]
    # "<!" and "[" first: upper-casing the head costs more than both searches.
    if "<!" in head and "[" in head and "<!DOCTYPE" in head.upper():
        subset = DOCTYPE_SUBSET.search(text, 0, max(SNIFF_BYTES, 1 << 20))
        if subset is not None:
            text = text[: subset.start()] + text[subset.end() :]
            diagnostics.append(
                Diagnostic(
                    code=NM_DOCTYPE_SUBSET,
                    severity=Severity.WARNING,
                    message="the DOCTYPE declares entities (an internal subset); they were"
                    " ignored: entities are never expanded and nothing is fetched",
                )
            )
    return text


def _parse(text: str | bytes, diagnostics: list[Diagnostic]) -> HtmlElement:
    parser = lxml.html.HTMLParser(
        encoding="utf-8" if isinstance(text, bytes) else None,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,  # long text nodes; HTML entities are never user-defined
        collect_ids=False,
        default_doctype=False,  # type: ignore[call-arg]  # lxml-stubs lag lxml
    )
    # Every element an HtmlElement, chosen in C: lxml.html's own lookup runs Python code for
    # each element proxy (to make form controls special), a third of a page's extraction time.
    parser.set_element_class_lookup(HTML_CLASSES)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except etree.ParserError:  # "Document is empty": only comments, or only a doctype
        root = None
    if any(DEPTH_ERROR in entry.message for entry in parser.error_log):
        diagnostics.append(
            Diagnostic(
                code=NM_TOO_DEEP,
                severity=Severity.ERROR,
                message="the page nests elements deeper than 2,048 levels; what follows the"
                " deepest point was dropped",
            )
        )
    if root is None:
        diagnostics.append(
            Diagnostic(
                code=NM_EMPTY_DOCUMENT,
                severity=Severity.WARNING,
                message="the page has no elements",
            )
        )
        root = lxml.html.document_fromstring("<html><body></body></html>")
    return root
