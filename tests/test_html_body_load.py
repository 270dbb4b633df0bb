"""Loading HTML (``load_html``): encodings, refusals and the parser's limits."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._html_load import MAX_TAGS, load_html
from newsmodel.errors import InputTooLargeError, NewsModelError, UnsupportedInputError
from newsmodel.options import ParseOptions

OPTIONS = ParseOptions()
TEXT = "Zürich: « Ça coûte 5 € », dit-il — naïve ﬁnance"


def loaded(data: str | bytes) -> tuple[str, str | None, list[str]]:
    page = load_html(data, options=OPTIONS)
    paragraph = page.root.find(".//p")
    assert paragraph is not None
    return paragraph.text_content(), page.encoding, [d.code for d in page.diagnostics]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + f"<p>{TEXT}</p>".encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + f"<p>{TEXT}</p>".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + f"<p>{TEXT}</p>".encode("utf-16-be"), "utf-16-be"),
        (f"<html><p>{TEXT}</p></html>".encode(), "utf-8"),
        (f'<meta charset="utf-8"><p>{TEXT}</p>'.encode(), "utf-8"),
    ],
)
def test_unicode_inputs(data: bytes, encoding: str) -> None:
    assert loaded(data) == (TEXT, encoding, [])


def test_str_input_has_no_encoding() -> None:
    assert loaded(f"<p>{TEXT}</p>") == (TEXT, None, [])


def test_str_input_with_xml_declaration() -> None:
    html = f'<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>{TEXT}</p></body></html>'
    assert loaded(html)[0] == TEXT


LEGACY = "Ça coûte 5 €, dit-il — « naïve »"


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1252">',
        "<meta charset=windows-1252>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        '<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=ISO-8859-1">',  # = cp1252
    ],
)
def test_declared_legacy_encoding(head: str) -> None:
    data = f"<html><head>{head}</head><body><p>{LEGACY}</p></body></html>".encode("cp1252")
    assert loaded(data) == (LEGACY, "cp1252", [])


def test_xml_declaration_names_the_encoding() -> None:
    data = f'<?xml version="1.0" encoding="koi8-r"?><html><p>{"Привет, мир"}</p></html>'
    assert loaded(data.encode("koi8-r")) == ("Привет, мир", "koi8-r", [])


def test_cyrillic_declared_by_http_equiv() -> None:
    data = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<p>Москва — столица</p>"
    ).encode("cp1251")
    assert loaded(data) == ("Москва — столица", "cp1251", [])


def test_undeclared_legacy_bytes_are_guessed_with_a_warning() -> None:
    assert loaded(f"<p>{LEGACY}</p>".encode("cp1252")) == (LEGACY, "cp1252", ["NM350"])


def test_bytes_undefined_in_python_cp1252_are_read_as_browsers_read_them() -> None:
    # Browsers' windows-1252 reads the five bytes Python's cp1252 refuses as C1 controls; the
    # rest of the page keeps its curly quotes (Latin-1 read them as controls too).
    text, encoding, diagnostics = loaded(b"<p>\x93caf\xe9\x94 \x81\x8d</p>")
    assert (text, encoding, diagnostics) == ("\u201ccaf\xe9\u201d \x81\x8d", "cp1252", ["NM350"])


def test_declared_windows_1252_reads_every_byte() -> None:
    data = b'<meta charset="windows-1252"><p>\x93caf\xe9\x94 \x81</p>'
    assert loaded(data) == ("\u201ccaf\xe9\u201d \x81", "cp1252", [])


def test_page_declared_legacy_but_utf8_is_read_as_utf8() -> None:
    data = f'<meta charset="iso-8859-1"><p>{TEXT}</p>'.encode()
    assert loaded(data) == (TEXT, "utf-8", ["NM351"])


def test_utf8_page_with_a_few_cp1252_bytes_keeps_every_character() -> None:
    data = f'<meta charset="utf-8"><p>{TEXT} – ok</p>'.encode().replace("–".encode(), b"\x96")
    assert loaded(data) == (f"{TEXT} – ok", "utf-8", ["NM352"])


def test_declared_encoding_that_does_not_fit_is_reported() -> None:
    data = "<meta charset=euc-jp><p>x \x80\xff y</p>".encode("latin-1")
    text, _, diagnostics = loaded(data)
    assert diagnostics[0] == "NM351"
    assert text == "x €ÿ y"


def test_unknown_encoding_label_is_reported() -> None:
    text, encoding, diagnostics = loaded(b'<meta charset="x-klingon"><p>plain</p>')
    assert (text, encoding, diagnostics) == ("plain", "utf-8", ["NM353"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        ("", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"<html>\x00\x01\x02\x03\x00\x00binary", "binary"),
        ("<p>NUL \x00 in text</p>", "NUL"),
        (b"just some words without any markup", "no HTML markup"),
    ],
)
def test_not_html_is_refused_with_a_reason(data: str | bytes, message: str) -> None:
    with pytest.raises(UnsupportedInputError, match=message) as caught:
        load_html(data, options=OPTIONS, source="input.bin")
    assert caught.value.source == "input.bin"


def test_wrong_type_is_refused() -> None:
    with pytest.raises(UnsupportedInputError, match="str or bytes"):
        load_html(12, options=OPTIONS)  # type: ignore[arg-type]


def test_size_limit_applies_to_bytes_and_str() -> None:
    small = ParseOptions(max_bytes=100)
    with pytest.raises(InputTooLargeError, match="over the limit of 100"):
        load_html(b"<p>" + b"x" * 200 + b"</p>", options=small)
    with pytest.raises(InputTooLargeError):
        load_html("<p>" + "é" * 60 + "</p>", options=small)  # 120 bytes in UTF-8
    assert load_html("<p>" + "x" * 50 + "</p>", options=small).root is not None


def test_element_limit() -> None:
    with pytest.raises(InputTooLargeError, match="tags"):
        load_html("<b>x</b>" * (MAX_TAGS // 2 + 1), options=OPTIONS)
    with pytest.raises(InputTooLargeError, match="tags"):
        load_html(b"<b>x</b>" * (MAX_TAGS // 2 + 1), options=OPTIONS)


def test_comment_only_document_gives_an_empty_tree_with_a_diagnostic() -> None:
    page = load_html(b"<!-- nothing here -->", options=OPTIONS)
    assert page.root.tag == "html"
    assert [d.code for d in page.diagnostics] == ["NM356"]


def test_truncated_page_still_loads() -> None:
    page = load_html(b"<html><body><article><p>A story cut in the mid", options=OPTIONS)
    assert page.root.text_content() == "A story cut in the mid"


def test_comments_and_processing_instructions_are_removed() -> None:
    page = load_html("<p>a<!-- hidden -->b<?php echo 1 ?>c</p>", options=OPTIONS)
    assert page.root.text_content() == "abc"


@given(st.binary(max_size=400))
def test_arbitrary_bytes_load_or_raise_a_newsmodel_error(data: bytes) -> None:
    try:
        page = load_html(b"<p>" + data, options=OPTIONS)
    except NewsModelError:
        return
    assert page.root is not None


@given(st.text(max_size=400))
def test_arbitrary_text_loads_or_raises_a_newsmodel_error(text: str) -> None:
    try:
        page = load_html(text, options=OPTIONS)
    except NewsModelError:
        return
    assert page.root is not None


def test_lone_surrogates_in_str_are_replaced_not_cut() -> None:
    text, _, diagnostics = loaded("<p>before \ud800 after</p>")
    assert (text, diagnostics) == ("before \ufffd after", ["NM357"])


@pytest.mark.parametrize("wrap", [str, str.encode])
def test_nul_after_the_sniffed_prefix_is_reported(wrap: object) -> None:
    html = "<div>" + "x" * 5000 + "</div><p>abc\x00def</p>"
    page = load_html(wrap(html), options=OPTIONS)  # type: ignore[operator]
    paragraph = page.root.find(".//p")
    assert paragraph is not None
    assert paragraph.text_content() == "abc\ufffddef"
    assert [d.code for d in page.diagnostics] == ["NM357"]
