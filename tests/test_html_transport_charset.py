"""The charset a page's transport declares (HTTP ``Content-Type``), as browsers weigh it: a
byte-order mark first, then the transport's charset, then the page's own ``<meta charset>``,
and every disagreement reported. Web archives carry that charset for each response."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel import ParseOptions, iter_parse, parse_html
from newsmodel._charsets import LABELS
from newsmodel._html_load import load_html
from newsmodel._warc import warc_record
from newsmodel.bulk import Record
from newsmodel.errors import NewsModelError

PARAGRAPH = "« Ça coûte 5 € », dit le patron du café près de la gare, mardi."


def page(meta: str | None = None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return f"<html><head>{head}<title>Gare</title></head><body><p>{PARAGRAPH}</p></body></html>"


def loaded(data: bytes, charset: str | None) -> tuple[str, str | None, list[tuple[str, str]]]:
    result = load_html(data, options=ParseOptions(charset=charset))
    paragraph = result.root.find(".//p")
    assert paragraph is not None
    found = [(d.code, d.severity.value) for d in result.diagnostics]
    return paragraph.text_content(), result.encoding, found


def test_the_transport_charset_decodes_a_page_that_declares_nothing() -> None:
    assert loaded(page().encode("cp1252"), "windows-1252") == (PARAGRAPH, "cp1252", [])


def test_the_transport_charset_outranks_the_page_and_says_so() -> None:
    # A template that says UTF-8, served (and encoded) as Windows-1252 by the server.
    data = page("utf-8").encode("cp1252")
    text, encoding, found = loaded(data, "ISO-8859-1")  # browsers read it as windows-1252
    assert (text, encoding, found) == (PARAGRAPH, "cp1252", [("NM351", "info")])
    message = load_html(data, options=ParseOptions(charset="ISO-8859-1")).diagnostics[0].message
    assert message == (
        "the page declares utf-8 but its transport (HTTP) declares cp1252; read as cp1252"
    )


def test_a_legacy_transport_charset_on_utf8_bytes_reads_utf8_and_says_so() -> None:
    data = page().encode("utf-8")  # a server's default ISO-8859-1 for a UTF-8 page
    text, encoding, found = loaded(data, "iso-8859-1")
    assert (text, encoding, found) == (PARAGRAPH, "utf-8", [("NM351", "info")])
    message = load_html(data, options=ParseOptions(charset="iso-8859-1")).diagnostics[0].message
    assert message == (
        "the transport (HTTP) declares cp1252 but the bytes are valid UTF-8; read as UTF-8"
    )


def test_a_transport_charset_that_does_not_fit_falls_back_to_the_page() -> None:
    data = page("windows-1252").encode("cp1252")
    text, encoding, found = loaded(data, "utf-8")
    assert (text, encoding, found) == (PARAGRAPH, "cp1252", [("NM351", "warning")])


def test_an_unknown_transport_charset_is_reported_and_the_page_decides() -> None:
    data = page("windows-1252").encode("cp1252")
    text, encoding, found = loaded(data, "x-no-such-thing")
    assert (text, encoding, found) == (PARAGRAPH, "cp1252", [("NM353", "warning")])


def test_a_byte_order_mark_outranks_the_transport() -> None:
    data = codecs.BOM_UTF8 + page().encode("utf-8")
    assert loaded(data, "windows-1252") == (PARAGRAPH, "utf-8", [])


def test_agreeing_declarations_say_nothing() -> None:
    assert loaded(page("utf-8").encode(), "UTF-8") == (PARAGRAPH, "utf-8", [])
    assert loaded(page("iso-8859-1").encode("cp1252"), "windows-1252") == (
        PARAGRAPH,
        "cp1252",
        [],
    )


def test_str_input_ignores_the_transport_charset() -> None:
    result = load_html(page("utf-8"), options=ParseOptions(charset="koi8-r"))
    assert result.encoding is None
    assert result.diagnostics == ()


def test_parse_html_takes_the_charset_by_keyword() -> None:
    data = page("utf-8").encode("cp1252")
    article = parse_html(data, charset="windows-1252")
    assert article.body[0].text == PARAGRAPH  # type: ignore[union-attr]
    assert [d.code for d in article.diagnostics if d.code.startswith("NM35")] == ["NM351"]
    assert parse_html(data, charset="windows-1252") == parse_html(
        data, options=ParseOptions(charset="windows-1252")
    )


@pytest.mark.parametrize(
    ("content_type", "data", "codes"),
    [
        ("text/html; charset=iso-8859-1", page().encode("utf-8"), ["NM351"]),
        ("text/html; charset=windows-1252", page("utf-8").encode("cp1252"), ["NM351"]),
        ("text/html; charset=utf-8", page("windows-1252").encode("cp1252"), ["NM351"]),
        ("text/html; charset=bogus", page("windows-1252").encode("cp1252"), ["NM353"]),
        ("text/html; charset=windows-1252", page("windows-1252").encode("cp1252"), []),
        ("text/html", page().encode("cp1252"), ["NM350"]),
    ],
    ids=["latin1-on-utf8", "http-over-meta", "http-wrong", "http-unknown", "agree", "nothing"],
)
def test_web_archive_responses_report_what_the_file_path_reports(
    tmp_path: Path, content_type: str, data: bytes, codes: list[str]
) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_record("https://example.org/gare", data, content_type=content_type))
    (result,) = list(iter_parse([path]))
    assert result.article is not None, result.reason
    assert result.article.body[0].text == PARAGRAPH  # type: ignore[union-attr]
    assert [d.code for d in result.article.diagnostics if d.code.startswith("NM35")] == codes


LABELS_AND_JUNK = st.one_of(
    st.sampled_from(sorted(LABELS)), st.text(max_size=40), st.just(" UTF-8 "), st.just("")
)


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary(max_size=600).map(lambda tail: b"<p>" + tail),
    charset=LABELS_AND_JUNK,
)
def test_any_bytes_with_any_transport_label_load_or_raise_a_newsmodel_error(
    data: bytes, charset: str
) -> None:
    try:
        result = load_html(data, options=ParseOptions(charset=charset))
    except NewsModelError:
        return
    assert result.encoding is not None
    assert all(d.code.startswith("NM3") for d in result.diagnostics)


def test_a_record_carries_the_charset_its_fetcher_saw() -> None:
    data = page("utf-8").encode("cp1252")  # a template that says UTF-8, served as cp1252
    records = [
        Record(data, name="fetched", url="https://example.org/gare", charset="windows-1252"),
        Record(data, name="unlabelled", url="https://example.org/gare"),
    ]
    labelled, unlabelled = iter_parse(records)
    assert labelled.article is not None
    assert unlabelled.article is not None
    assert labelled.article.body[0].text == PARAGRAPH  # type: ignore[union-attr]
    assert [d.code for d in labelled.article.diagnostics if d.code.startswith("NM35")] == ["NM351"]
    # Without the charset the page's own (wrong) declaration is tried first: the text is
    # still whole, but read by a guess, and said to be.
    assert [d.code for d in unlabelled.article.diagnostics if d.code.startswith("NM35")] == [
        "NM352"
    ]
