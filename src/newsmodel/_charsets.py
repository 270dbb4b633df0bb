"""Character encodings of web pages, read as browsers read them: one label table, one rule.

A page's encoding can be declared in three places; browsers believe, in this order:

1. a byte-order mark (UTF-8, UTF-16; UTF-32 here too);
2. the HTTP ``Content-Type`` charset (``ParseOptions.charset``; a web archive record's, see
   :mod:`newsmodel._warc`);
3. the page's own ``<meta charset>``, ``<meta http-equiv="Content-Type">`` or XML declaration;

then they sniff. Every label goes through :data:`LABELS`, the WHATWG Encoding Standard's label
table (https://encoding.spec.whatwg.org/#names-and-labels), so ``SJIS`` and ``windows-31j`` are
the Windows Shift_JIS (``cp932``), ``gb2312`` is GBK (read by the GB18030 decoder) and
``ISO-8859-1``, ``latin1`` and ``us-ascii`` are ``windows-1252``; a label not in the table is
unknown, whatever Python calls it (``utf-7``, ``cp437``, ``latin-1``). Two rules of the HTML
standard for ``<meta>`` apply to every label: UTF-16 labels mean UTF-8 (UTF-16 without a
byte-order mark is refused as binary, so bytes that get this far are not UTF-16), and
``x-user-defined`` means ``windows-1252``.

Where newsmodel knowingly differs from browsers:

- bytes that are valid UTF-8 with non-ASCII characters are read as UTF-8 whatever legacy
  encoding is declared (servers that send their default ``ISO-8859-1`` for UTF-8 pages; text
  in a legacy encoding is almost never valid UTF-8) — :func:`declared_codec`;
- a declared encoding the bytes do not decode in is set aside for the next declaration (then
  sniffing), rather than decoded with replacement characters;
- the labels browsers map to the "replacement" encoding (ISO-2022-KR, HZ, ISO-2022-CN) blank
  the page in a browser, to stop scripts hiding in them; newsmodel runs no scripts, and reads
  them with Python's codec where it has one.
"""

from __future__ import annotations

import codecs

__all__ = [
    "BOMS",
    "LABELS",
    "bom_encoding",
    "codec_for",
    "declared_codec",
    "decode_as",
    "read_declared",
    "transport_codec",
]

_ENCODINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (Python codec, WHATWG labels of the encoding it reads)
    ("utf-8", ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
               "x-unicode20utf8")),
    ("cp866", ("866", "cp866", "csibm866", "ibm866")),
    ("iso8859-2", ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592",
                   "iso_8859-2", "iso_8859-2:1987", "l2", "latin2")),
    ("iso8859-3", ("csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593",
                   "iso_8859-3", "iso_8859-3:1988", "l3", "latin3")),
    ("iso8859-4", ("csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594",
                   "iso_8859-4", "iso_8859-4:1988", "l4", "latin4")),
    ("iso8859-5", ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5",
                   "iso88595", "iso_8859-5", "iso_8859-5:1988")),
    ("iso8859-6", ("arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic",
                   "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127",
                   "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987")),
    ("iso8859-7", ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
                   "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987",
                   "sun_eu_greek")),
    # ISO-8859-8 and ISO-8859-8-I differ in the direction of display only.
    ("iso8859-8", ("csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e",
                   "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988",
                   "visual", "csiso88598i", "iso-8859-8-i", "logical")),
    ("iso8859-10", ("csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910",
                    "l6", "latin6")),
    ("iso8859-13", ("iso-8859-13", "iso8859-13", "iso885913")),
    ("iso8859-14", ("iso-8859-14", "iso8859-14", "iso885914")),
    ("iso8859-15", ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15",
                    "l9")),
    ("iso8859-16", ("iso-8859-16",)),
    ("koi8-r", ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r")),
    ("koi8-u", ("koi8-ru", "koi8-u")),
    ("mac-roman", ("csmacintosh", "mac", "macintosh", "x-mac-roman")),
    ("cp874", ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874")),
    ("cp1250", ("cp1250", "windows-1250", "x-cp1250")),
    ("cp1251", ("cp1251", "windows-1251", "x-cp1251")),
    ("cp1252", ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
                "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
                "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
                # HTML: a page declaring x-user-defined is read as windows-1252.
                "x-user-defined")),
    ("cp1253", ("cp1253", "windows-1253", "x-cp1253")),
    ("cp1254", ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
                "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254")),
    ("cp1255", ("cp1255", "windows-1255", "x-cp1255")),
    ("cp1256", ("cp1256", "windows-1256", "x-cp1256")),
    ("cp1257", ("cp1257", "windows-1257", "x-cp1257")),
    ("cp1258", ("cp1258", "windows-1258", "x-cp1258")),
    ("mac-cyrillic", ("x-mac-cyrillic", "x-mac-ukrainian")),
    # WHATWG's GBK is read by its GB18030 decoder.
    ("gb18030", ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80",
                 "gbk", "iso-ir-58", "x-gbk", "gb18030")),
    ("big5hkscs", ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5")),
    ("euc_jp", ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp")),
    ("iso2022_jp", ("csiso2022jp", "iso-2022-jp")),
    ("cp932", ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis",
               "windows-31j", "x-sjis")),
    ("cp949", ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
               "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949")),
    # Browsers' "replacement" encoding (see the module's docstring); no codec for ISO-2022-CN.
    ("iso2022_kr", ("csiso2022kr", "iso-2022-kr")),
    ("hz", ("hz-gb-2312",)),
    # HTML: UTF-16 labels on bytes without a byte-order mark mean UTF-8.
    ("utf-8", ("unicodefffe", "utf-16be", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode",
               "unicodefeff", "utf-16", "utf-16le")),
)  # fmt: skip

LABELS: dict[str, str] = {label: codec for codec, labels in _ENCODINGS for label in labels}
"""Every encoding label browsers know (lower case), and the Python codec that reads it."""

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks and the encoding of the bytes after each, in the order they are tested."""
_BOM_STARTS = tuple(bom for bom, _ in BOMS)

_WHOLE = {
    "utf-8": "utf-8-sig",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16",
    "utf-32-le": "utf-32",
    "utf-32-be": "utf-32",
}
"""The codec that decodes text starting with a byte-order mark, mark included (and dropped)."""

_CP1252_C1 = {
    byte: bytes((byte,)).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
"""Latin-1's C1 controls as Windows-1252 reads those bytes; the five bytes Python's cp1252
leaves undefined stay the C1 control of the same number, as browsers read them."""

_ASCII_WHITESPACE = "\t\n\x0c\r "
_QUOTES = "\"'"


def codec_for(label: str | bytes) -> str | None:
    """The Python codec browsers' ``label`` names, or ``None`` for a label they do not know.
    Surrounding ASCII whitespace and quotes are ignored, as is case.

    >>> codec_for("SJIS"), codec_for(b" ISO-8859-1 "), codec_for('"gb2312"'), codec_for("utf-7")
    ('cp932', 'cp1252', 'gb18030', None)
    """
    if isinstance(label, bytes):
        label = label.decode("latin-1")
    codec = LABELS.get(label)  # the usual case: a plain lower-case label
    if codec is None:
        codec = LABELS.get(label.strip(_ASCII_WHITESPACE).strip(_QUOTES).strip().lower())
    return codec


def bom_encoding(raw: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark at the start of ``raw`` announces, and the mark's length."""
    if raw.startswith(_BOM_STARTS):
        for bom, name in BOMS:
            if raw.startswith(bom):
                return name, len(bom)
    return None


def declared_codec(raw: bytes, codec: str) -> str:
    """The codec to read ``raw`` with when ``codec`` is declared for it: UTF-8 instead of a
    legacy encoding when the bytes are valid UTF-8 with non-ASCII characters (servers and
    templates that still declare ``ISO-8859-1`` for UTF-8 pages)."""
    if codec == "utf-8" or raw.isascii():
        return codec
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return codec
    return "utf-8"


def read_declared(raw: bytes, codec: str) -> tuple[str, str]:
    """``raw`` decoded by the codec :func:`declared_codec` chooses when ``codec`` is declared,
    and that codec, with the bytes decoded once (a valid UTF-8 check that succeeds is the
    text); raises ``UnicodeError`` when they are not in it."""
    if codec != "utf-8" and not raw.isascii():
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    return decode_as(raw, codec), codec


def decode_as(raw: bytes, codec: str) -> str:
    """``raw`` decoded by ``codec`` as browsers decode it; raises ``UnicodeError`` when the
    bytes are not in that encoding. Windows-1252 reads every byte (Python's cp1252 refuses
    five)."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        if codec != "cp1252":
            raise
    return raw.decode("latin-1").translate(_CP1252_C1)


def transport_codec(charset: str | None, raw: bytes) -> str | None:
    """The codec to decode a whole payload with (a byte-order mark included) when its transport
    (HTTP) declares ``charset``: the byte-order mark's, else the charset's by
    :func:`declared_codec`; ``None`` when neither says, for the page's own declaration and
    sniffing to decide."""
    bom = bom_encoding(raw)
    if bom is not None:
        return _WHOLE.get(bom[0], bom[0])
    if charset is None:
        return None
    codec = codec_for(charset)
    return None if codec is None else declared_codec(raw, codec)
