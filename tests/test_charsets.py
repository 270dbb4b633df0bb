"""One set of charset rules for every way a page arrives: the same bytes give the same text
whether the encoding is declared by the HTTP ``Content-Type`` of a web archive record or by the
page's own ``<meta charset>``. Labels are read as the WHATWG Encoding Standard's label table
reads them (what browsers do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmodel import parse_html
from newsmodel._inputs import Status
from newsmodel._warc import warc_record
from newsmodel.bulk import iter_parse

pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")

URL = "https://example.org/a"


def _page(title: str, text: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )


def _from_warc(tmp_path: Path, body: bytes, content_type: str) -> tuple[str | None, str]:
    """Title and text of ``body`` served in a web archive under ``content_type``."""
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_record(URL, body, content_type=content_type))
    (result,) = iter_parse(path, include_skipped=True)
    assert result.status is Status.PARSED, result.reason
    assert result.article is not None
    return result.article.title, result.article.text


def _from_file(body: bytes) -> tuple[str | None, str]:
    article = parse_html(body)
    return article.title, article.text


def _loading_codes(body: bytes) -> list[str]:
    """The codes of what loading the page doubted (encodings: NM350 to NM357)."""
    return [d.code for d in parse_html(body).diagnostics if d.code.startswith("NM35")]


# Each case: labels browsers read as one encoding, the Python codec that writes the bytes, and
# a title and sentence with characters that only that encoding (not a narrower namesake) has.
SHIFT_JIS = (
    ("Shift_JIS", "SJIS", "x-sjis", "windows-31j", "csshiftjis", "ms932", "MS_Kanji"),
    "cp932",
    "髙橋さん①",
    "東京都の髙橋さんは「晴れ～曇り」と話した。気象庁が発表しました。",
)
GBK = (
    ("gb2312", "GBK", "x-gbk", "chinese", "GB_2312-80", "gb18030"),
    "gbk",
    "朱镕基访港",
    "前总理朱镕基今日抵达香港，与特区官员会面。",
)
EUC_KR = (
    ("euc-kr", "ks_c_5601-1987", "windows-949", "korean"),
    "cp949",
    "똠방각하",
    "똠방각하 소설이 다시 출간됐다고 출판사가 밝혔다.",
)
BIG5 = (
    ("big5", "big5-hkscs", "x-x-big5", "cn-big5"),
    "big5hkscs",
    "佢哋話",
    "佢哋話呢度嘅天氣好熱，天文台發出酷熱天氣警告。",
)
WINDOWS_874 = (
    ("windows-874", "tis-620", "iso-8859-11", "dos-874"),
    "cp874",
    "กรุงเทพฯ…",
    "กรุงเทพฯ… ฝนตกหนักทั้งวัน กรมอุตุนิยมวิทยาแจ้งเตือน",
)
WINDOWS_1254 = (
    ("iso-8859-9", "latin5", "windows-1254"),
    "cp1254",
    "“İstanbul”",
    "“İstanbul” — bugün güneşli ve sıcak, dedi meteoroloji.",
)
WINDOWS_1252 = (
    ("ISO-8859-1", "latin1", "us-ascii", "ascii", "l1", "cp819", "iso_8859-1:1987"),
    "cp1252",
    "Café “fermé”",
    "Le café de la gare a fermé — 5 € le café — a annoncé la mairie jeudi.",
)
HEBREW = (
    ("iso-8859-8-i", "logical", "iso-8859-8", "visual"),
    "iso8859-8",
    "שלום",
    "שלום לכולם, מזג האוויר היום נאה.",
)
MAC_CYRILLIC = (
    ("x-mac-cyrillic", "x-mac-ukrainian"),
    "mac-cyrillic",
    "Привет",
    "Привет, мир — новости дня.",
)
CASES = [
    pytest.param(label, codec, title, text, id=label)
    for labels, codec, title, text in (
        SHIFT_JIS,
        GBK,
        EUC_KR,
        BIG5,
        WINDOWS_874,
        WINDOWS_1254,
        WINDOWS_1252,
        HEBREW,
        MAC_CYRILLIC,
    )
    for label in labels
]


@pytest.mark.parametrize(("label", "codec", "title", "text"), CASES)
def test_http_charset_reads_as_browsers_do(
    tmp_path: Path, label: str, codec: str, title: str, text: str
) -> None:
    body = _page(title, text).encode(codec)
    assert _from_warc(tmp_path, body, f"text/html; charset={label}") == (title, text)


@pytest.mark.parametrize(("label", "codec", "title", "text"), CASES)
def test_meta_charset_reads_as_browsers_do(label: str, codec: str, title: str, text: str) -> None:
    body = _page(title, text, f'<meta charset="{label}">').encode(codec)
    assert _from_file(body) == (title, text)


CYRILLIC_TITLE = "Новости"
CYRILLIC_TEXT = "Привет, мир: сегодня в Москве солнечно и тепло."


@pytest.mark.parametrize(
    "content_type",
    [
        'text/html; charset=" windows-1251 "',
        "text/html; charset='windows-1251'",
        "text/html; charset = windows-1251",
        'text/html;charset="Windows-1251";format=flowed',
        "text/html; charset=\tcp1251",
    ],
)
def test_http_charset_with_quotes_or_spaces(tmp_path: Path, content_type: str) -> None:
    body = _page(CYRILLIC_TITLE, CYRILLIC_TEXT).encode("cp1251")
    assert _from_warc(tmp_path, body, content_type) == (CYRILLIC_TITLE, CYRILLIC_TEXT)


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset=" windows-1251 ">',
        "<meta charset='windows-1251'>",
        '<meta http-equiv="Content-Type" content="text/html; charset=\'windows-1251\'">',
    ],
)
def test_meta_charset_with_quotes_or_spaces(meta: str) -> None:
    body = _page(CYRILLIC_TITLE, CYRILLIC_TEXT, meta).encode("cp1251")
    assert _from_file(body) == (CYRILLIC_TITLE, CYRILLIC_TEXT)


def test_http_charset_outranks_the_meta_charset(tmp_path: Path) -> None:
    # The server transcoded the page to KOI8-R and kept its old <meta>: browsers believe HTTP.
    body = _page(CYRILLIC_TITLE, CYRILLIC_TEXT, '<meta charset="windows-1251">').encode("koi8-r")
    content_type = "text/html; charset=koi8-r"
    assert _from_warc(tmp_path, body, content_type) == (CYRILLIC_TITLE, CYRILLIC_TEXT)


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "ucs-2", "unicode"])
def test_a_utf16_label_on_utf8_bytes_is_read_as_utf8(tmp_path: Path, label: str) -> None:
    # UTF-16 without a byte order mark has NUL bytes and is refused as binary; bytes that got
    # this far are not UTF-16, whatever the label says (the HTML rule for <meta>, applied to
    # HTTP labels too).
    title, text = "Café “fermé”", "Le café de la gare a fermé ses portes après quarante ans."
    for extra in ("", " "):  # an odd and an even number of bytes
        body = _page(title, text + extra).encode("utf-8")
        assert _from_warc(tmp_path, body, f"text/html; charset={label}") == (title, text)
        assert _from_file(_page(title, text, f'<meta charset="{label}">').encode()) == (
            title,
            text,
        )


@pytest.mark.parametrize("label", ["utf8", "unicode-1-1-utf-8", "unicode11utf8", "x-unicode20utf8"])
def test_utf8_labels_are_known(tmp_path: Path, label: str) -> None:
    title, text = "Café “fermé”", "Le café de la gare a fermé ses portes après quarante ans."
    body = _page(title, text, f'<meta charset="{label}">').encode("utf-8")
    assert (_from_file(body), _loading_codes(body)) == ((title, text), [])
    assert _from_warc(tmp_path, _page(title, text).encode(), f"text/html; charset={label}") == (
        title,
        text,
    )


def test_x_user_defined_is_windows_1252(tmp_path: Path) -> None:
    # The HTML standard reads a <meta> x-user-defined as windows-1252; HTTP gets the same rule.
    title, text = WINDOWS_1252[2], WINDOWS_1252[3]
    body = _page(title, text, '<meta charset="x-user-defined">').encode("cp1252")
    assert (_from_file(body), _loading_codes(body)) == ((title, text), [])
    body = _page(title, text).encode("cp1252")
    assert _from_warc(tmp_path, body, "text/html; charset=x-user-defined") == (title, text)


@pytest.mark.parametrize("label", ["x-klingon", "latin-1", "utf-7", "cp437", "none", ""])
def test_labels_browsers_do_not_know_are_unknown(tmp_path: Path, label: str) -> None:
    # Not in the WHATWG table (utf-7 least of all: it hides markup): the page's own <meta>
    # decides, then sniffing; the same text both ways.
    title, text = WINDOWS_1252[2], WINDOWS_1252[3]
    body = _page(title, text, '<meta charset="windows-1252">').encode("cp1252")
    assert _from_warc(tmp_path, body, f"text/html; charset={label}") == (title, text)
    body = _page(title, text, f'<meta charset="{label}">').encode("cp1252")
    expected = ["NM353", "NM350"] if label else ["NM350"]
    assert (_from_file(body), _loading_codes(body)) == ((title, text), expected)
