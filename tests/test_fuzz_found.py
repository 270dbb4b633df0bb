"""Inputs a fuzzing campaign found that crashed a reader with another exception than a
NewsModelError, or took time quadratic in their length. Each is the smallest input that
reproduced it; time bounds are loose on purpose: they tell a hang from a slow machine."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import newsmodel
from newsmodel import (
    Article,
    Paragraph,
    SerializeError,
    Span,
    SpanKind,
    UnsupportedInputError,
    iter_parse,
)
from newsmodel.bulk import Status

NO_QUOTES = newsmodel.ParseOptions(extract_quotes=False)


# --------------------------------------------------------------------------- hangs


@pytest.mark.timeout(60)
def test_a_header_line_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # The split of "By X | July 24" segments retried its space run from every space.
    text = "a" + " " * 200_000 + "b\n\nA title here\n\nSome body text of the article.\n"
    started = time.process_time()
    article = newsmodel.parse_text(text, options=NO_QUOTES)
    assert time.process_time() - started < 5
    # A line that long is no title: the three lines are the body.
    assert [block.text[:3] for block in article.body] == ["a  ", "A t", "Som"]


@pytest.mark.timeout(60)
def test_a_jsonld_value_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # Line breaks inside a value become one space; the pattern retried each space of the run.
    headline = "Rates" + " " * 200_000 + "rise"
    doc = '{"@type": "NewsArticle", "headline": "' + headline + '"}'
    started = time.process_time()
    article = newsmodel.parse_jsonld(doc, options=NO_QUOTES)
    assert time.process_time() - started < 5
    assert article.title == headline


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("label", ["base64", "bz2", "rot13", "hex", "idna", "undefined"])
def test_a_page_declaring_a_codec_that_is_no_charset_is_read_with_a_warning(label: str) -> None:
    page = (
        f'<html><head><meta charset="{label}"><title>Caf\xe9</title></head>'
        "<body><article><h1>Caf\xe9</h1><p>Le caf\xe9 est ouvert tous les jours.</p>"
        "</article></body></html>"
    ).encode("cp1252")
    article = newsmodel.parse_html(page, options=NO_QUOTES)
    assert article.title == "Café"
    assert [d.message for d in article.diagnostics if d.code in ("NM353", "NM350")] == [
        f"the page declares an unknown encoding {label!r}; the encoding was guessed",
        "no usable encoding declared and the bytes are not UTF-8; guessed cp1252",
    ]


def test_a_warc_record_whose_http_charset_fails_to_decode_is_parsed_from_its_bytes(
    tmp_path: Path,
) -> None:
    from newsmodel._warc import warc_record

    page = b"<html><head><title>Hello</title></head><body><p>Hello world.</p></body></html>"
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(
        warc_record("https://example.com/a", page, content_type="text/html; charset=undefined")
    )
    [result] = iter_parse([warc], options=NO_QUOTES)
    assert result.status is Status.PARSED, result.reason
    assert result.article is not None
    assert result.article.title == "Hello"


# --------------------------------------------------------------------------- lone surrogates


@pytest.mark.parametrize(
    "parse", [newsmodel.parse_json, newsmodel.parse_jsonld, newsmodel.parse_ninjs]
)
@pytest.mark.parametrize(
    "doc",
    [
        '{"@type": "NewsArticle", "uri": "urn:x", "headline": "M\udcfcller"}',  # in the str
        '{"@type": "NewsArticle", "uri": "urn:x", "headline": "M\\udcfcller"}',  # escaped
    ],
    ids=["raw", "escaped"],
)
def test_json_documents_with_a_lone_surrogate_are_refused_as_not_unicode(
    parse: object, doc: str
) -> None:
    with pytest.raises(UnsupportedInputError, match=r"^not Unicode: .*surrogate"):
        parse(doc)  # type: ignore[operator]


def test_a_surrogate_pair_written_as_escapes_is_read() -> None:
    article = newsmodel.parse_jsonld('{"@type": "NewsArticle", "headline": "Hi \\ud83d\\ude00"}')
    assert article.title == "Hi \U0001f600"


def test_lone_surrogate_escapes_in_a_page_jsonld_are_replaced_and_reported() -> None:
    page = (
        '<html><head><title>Big news</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Big news",'
        ' "author": {"@type": "Person", "name": "Hans M\\udcfcller"}}'
        "</script></head><body><article><h1>Big news</h1>"
        "<p>The text of the article is long enough to be its body.</p></article></body></html>"
    )
    article = newsmodel.parse_html(page, options=NO_QUOTES)
    assert [p.name for p in article.authors] == ["Hans M\ufffdller"]
    assert "1 JSON-LD string(s) held a lone surrogate, replaced by U+FFFD" in [
        d.message for d in article.diagnostics
    ]


# --------------------------------------------------------------------------- writers


def test_writing_html_of_text_with_a_control_character_raises_serialize_error() -> None:
    article = Article(title="Hello\x13", body=(Paragraph(text="Body \x07 text."),))
    with pytest.raises(SerializeError, match=r"^HTML cannot carry it: title: character U\+0013"):
        newsmodel.to_html(article)


def test_the_cli_reports_an_article_it_cannot_write_as_html_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsmodel.cli import main

    (tmp_path / "bad.txt").write_bytes(b"A title\x13\n\nSome body text here.\n")
    (tmp_path / "good.txt").write_bytes(b"A title\n\nSome body text here.\n")
    out = tmp_path / "out"
    code = main(["parse", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "--to", "html",
                 "-o", str(out), "--no-quotes"])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert (
        f"{tmp_path / 'bad.txt'}: cannot write: HTML cannot carry it: title: character U+0013"
        in err
    )
    assert [p.name for p in out.iterdir()] == ["000001-good.html"]


# --------------------------------------------------------------------------- last line of defence


def test_a_page_whose_hreflang_url_is_over_long_gives_an_article_or_a_newsmodel_error() -> None:
    href = "https://news.example/" + "a" * 9000
    page = (
        f'<html><head><title>T</title><link rel="alternate" hreflang="fr" href="{href}"></head>'
        "<body><article><h1>Head</h1><p>Body text paragraph that is long enough.</p>"
        "</article></body></html>"
    )
    # The reader of <link hreflang> drops the URL (NM305, tests/test_hostile_found.py).
    article = newsmodel.parse_html(page, options=NO_QUOTES)
    assert [(v.language, v.url) for v in article.variants] == [("fr", None)]


# --------------------------------------------------------------------------- deep inline markup


def _deeply_emphasised(depth: int) -> Article:
    text = "x" * (depth + 1)
    spans = tuple(Span(kind=SpanKind.EMPHASIS, start=i, end=depth + 1) for i in range(depth))
    return Article(title="Deep", body=(Paragraph(text=text, spans=spans),))


@pytest.mark.parametrize("fmt", ["ninjs", "nitf"])
def test_writing_inline_markup_nested_2000_deep_keeps_the_first_100_levels(fmt: str) -> None:
    # Rendering recursed once per level (RecursionError past ~1000 levels).
    out = newsmodel.dump(_deeply_emphasised(2000), fmt)
    assert out.count("<em>") == 100


def test_a_page_in_own_markup_nested_too_deep_is_read_as_any_page() -> None:
    page = newsmodel.to_html(_deeply_emphasised(2000))
    article = newsmodel.parse_html(page, options=NO_QUOTES)
    assert article.title == "Deep"
    assert article.body[0].text == "x" * 2001
    assert [d.message[:35] for d in article.diagnostics if d.code == "NM310"] == [
        "newsmodel markup could not be read "
    ]


@pytest.mark.timeout(60)
def test_text_written_from_a_title_with_a_long_run_of_spaces_is_linear() -> None:
    title = "Rates" + " " * 200_000 + "rise"
    started = time.process_time()
    out = newsmodel.to_text(Article(title=title, body=(Paragraph(text="Body text."),)))
    assert time.process_time() - started < 5
    assert out.count(" " * 200_000) == 1


@pytest.mark.timeout(60)
def test_nitf_text_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    words = "Rates" + " " * 200_000 + "rise"
    doc = f"<nitf><body><body.content><p>{words}\n</p></body.content></body></nitf>"
    started = time.process_time()
    article = newsmodel.parse_nitf(doc, options=NO_QUOTES)
    assert time.process_time() - started < 5
    assert article.body[0].text == words


# --------------------------------------------------------------------------- own HTML, many quotes


@pytest.mark.timeout(120)
def test_html_of_a_paragraph_with_20000_spans_is_written_in_linear_time() -> None:
    # The writer scanned every span at every offset and counted the children of the element
    # it wrote into at every offset (20 s before, a quarter of a second now).
    text = " ".join(["ab"] * 20_000)
    spans = tuple(Span(kind=SpanKind.EMPHASIS, start=3 * i, end=3 * i + 2) for i in range(20_000))
    article = Article(title="Many", body=(Paragraph(text=text, spans=spans),))
    started = time.process_time()
    page = newsmodel.to_html(article)
    assert time.process_time() - started < 5
    assert newsmodel.parse_html(page).body == article.body


@pytest.mark.timeout(120)
def test_own_html_of_15000_quoted_paragraphs_is_read_in_linear_time() -> None:
    # The reader scanned every quote of the article for every block (30 s before, 0.5 s now).
    text = "Wins\n\n" + "\n\n".join(
        f'"We will win match {i}," said John Smith on Monday.' for i in range(15_000)
    )
    article = newsmodel.parse_text(text)
    assert len(article.quotes) == 15_000
    page = newsmodel.to_html(article)
    started = time.process_time()
    again = newsmodel.parse_html(page)
    assert time.process_time() - started < 10
    assert again.quotes == article.quotes


# --------------------------------------------------------------------------- bulk input


@pytest.mark.timeout(60)
def test_a_gzipped_arc_like_record_with_a_wrong_length_ends_the_warc_instead_of_looping(
    tmp_path: Path,
) -> None:
    # warcio gave an offset before the record's start; reading resumed there, for ever.
    import gzip

    head = b"http://a.example/ 1.2.3.4 20240101000000 text/html 100\n"
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(gzip.compress(head + b"<html><title>x</title></html>\n" * 50, mtime=0))
    results = [
        (r.status.value, r.position, r.reason) for r in iter_parse([archive], include_skipped=True)
    ]
    assert results == [
        (
            "failed",
            "offset 0",
            "damaged record: no blank line after the record (its Content-Length is wrong)",
        ),
    ]


def test_a_page_whose_jsonld_body_nests_too_deeply_is_read_from_its_markup() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    page = (
        '<html><head><script type="application/ld+json">{"articleBody": "x", "a": '
        + deep
        + "}</script></head><body><article><h1>Head</h1>"
        "<p>Body text paragraph that is long enough to be read.</p></article></body></html>"
    )
    article = newsmodel.parse_html(page, options=NO_QUOTES)
    assert [block.text for block in article.body] == [
        "Body text paragraph that is long enough to be read."
    ]
    assert ("NM574", "JSON-LD nested too deeply; skipped") in [
        (d.code, d.message) for d in article.diagnostics
    ]


def test_a_control_character_before_a_box_in_the_text_does_not_stop_its_removal() -> None:
    # lxml's parser keeps the control character, then refuses it when the box's tail is
    # joined to the text before it (ValueError out of parse_html).
    page = (
        "<html><body><article><h1>Rates rise</h1>"
        "<p>The central bank raised its rates again on Wednesday, the third time this year.</p>"
        '\x07<div class="infobox">Sign up for our newsletter</div>\n'
        "<p>Analysts had expected the move after inflation rose again in June and July.</p>"
        "</article></body></html>"
    )
    article = newsmodel.parse_html(page, options=NO_QUOTES)
    assert [block.text for block in article.body] == [
        "The central bank raised its rates again on Wednesday, the third time this year.",
        "Analysts had expected the move after inflation rose again in June and July.",
    ]


def test_a_copyright_line_with_a_year_below_1000_keeps_its_holder_without_a_year() -> None:
    # "0584" matched the four digits of a year and failed the model's range (ValidationError).
    text = "A title here\n\nSome body text.\n\n© 0584 The Daily Courier. All rights reserved."
    rights = newsmodel.parse_text(text, options=NO_QUOTES).rights
    assert rights is not None
    assert (rights.holder, rights.year) == ("The Daily Courier", None)
