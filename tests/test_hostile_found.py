"""Hostile inputs a fuzzing campaign found in bylines, page metadata, the text rights line and
WARC reading: each hung (a pattern retried from every character of a long run), crashed or wrote
to stderr. Time bounds are loose on purpose: they tell a hang from a slow machine."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import newsmodel
from newsmodel._bylines import people_from_schema

NO_QUOTES = newsmodel.ParseOptions(extract_quotes=False)
RUN = 200_000


# --------------------------------------------------------------------------- bylines


@pytest.mark.timeout(60)
def test_a_jsonld_author_name_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # Line breaks in a JSON-LD text became one space; the pattern retried each space of the run.
    name = "Jane" + " " * RUN + "Roe"
    data = {
        "@type": "NewsArticle",
        "headline": "Rates rise",
        "author": {"@type": "Person", "name": name},
    }
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        "<body><article><p>Some body text of the article here.</p></article></body></html>"
    )
    started = time.process_time()
    article = newsmodel.parse_html(page, options=NO_QUOTES)
    assert time.process_time() - started < 5
    assert [person.name for person in article.authors] == [name]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Trailing punctuation run that does not end the text (the edge-punctuation pattern).
        ("Jane Roe" + " ," * (RUN // 2) + " x", ["Jane Roe"]),
        # A space run before no bracket (the trailing-brackets pattern).
        ("Jane Roe" + " " * RUN + "(AP)", ["Jane Roe" + " " * RUN + "(AP)"]),
        # A space run before no agency placeholder (the agency-connector pattern).
        ("Jane Roe and" + " " * RUN + "x", []),
        # A run of no-break spaces before no separator (the segment-split pattern).
        ("Jane Roe" + "\xa0" * RUN + "- AP", ["Jane Roe" + "\xa0" * RUN + "- AP"]),
    ],
)
def test_a_schema_person_name_with_a_long_run_is_read_in_linear_time(
    name: str, expected: list[str]
) -> None:
    started = time.process_time()
    byline = people_from_schema({"@type": "Person", "name": name})
    assert time.process_time() - started < 5
    assert [person.name for person in byline.authors] == expected


@pytest.mark.timeout(60)
def test_a_long_word_with_no_address_is_searched_for_an_email_in_linear_time() -> None:
    from newsmodel._bylines import _EMAIL

    started = time.process_time()
    assert _EMAIL.sub(" ", "Roe" + "a" * RUN + " jane@news.example") == "Roe" + "a" * RUN + "  "
    assert time.process_time() - started < 5


# --------------------------------------------------------------------------- page metadata


def _page_with_variant(href: str) -> str:
    return (
        f'<html lang="en"><head><title>T</title><link rel="alternate" hreflang="fr" href="{href}">'
        "</head><body><article><h1>Head</h1><p>Body text paragraph that is long enough.</p>"
        "</article></body></html>"
    )


def test_an_over_long_hreflang_url_is_dropped_with_a_diagnostic_and_the_page_parsed() -> None:
    article = newsmodel.parse_html(
        _page_with_variant("https://news.example/" + "a" * 9000), options=NO_QUOTES
    )
    assert [(v.language, v.url) for v in article.variants] == [("fr", None)]
    assert [(d.code, d.message) for d in article.diagnostics if d.code == "NM305"] == [
        ("NM305", "the 'fr' variant's URL of 9,021 characters; dropped")
    ]


@pytest.mark.parametrize("href", ["\r", "\r\n", "&#13;"])
def test_an_hreflang_url_of_only_line_breaks_is_no_url(href: str) -> None:
    article = newsmodel.parse_html(_page_with_variant(href), options=NO_QUOTES)
    assert [(v.language, v.url) for v in article.variants] == [("fr", None)]


# --------------------------------------------------------------------------- text rights line


@pytest.mark.timeout(60)
def test_a_rights_holder_followed_by_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    from newsmodel.formats.text import _rights

    # The holder's end was tried at each space, with each split of the run between two space
    # patterns: cubic (400 spaces took a second).
    line = "© 2024 Example Media" + " " * RUN + "x"
    started = time.process_time()
    rights = _rights([line])
    assert time.process_time() - started < 5
    assert rights is not None
    assert (rights.holder, rights.year) == ("Example Media" + " " * RUN + "x", 2024)


@pytest.mark.timeout(60)
def test_an_exclusive_of_holder_before_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    from newsmodel.formats.text import _rights

    started = time.process_time()
    rights = _rights(["Article exclusive of Example Media" + " " * RUN + "x"])
    assert time.process_time() - started < 5
    assert rights is not None
    assert rights.holder == "Example Media" + " " * RUN + "x"


def test_a_rights_line_with_spaces_before_its_year_and_clause_keeps_holder_and_year() -> None:
    from newsmodel.formats.text import _rights

    rights = _rights(["©  Example Media ,  2023  .   All rights reserved."])
    assert rights is not None
    assert (rights.holder, rights.year) == ("Example Media", 2023)


# --------------------------------------------------------------------------- WARC


def _response(uri: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        "WARC-Record-ID: <urn:uuid:12345678-1234-5678-1234-567812345678>\r\n"
        f"WARC-Date: 2024-07-24T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def test_warcio_lines_stay_out_of_stderr_and_the_results_say_what_is_wrong(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import gzip
    import random

    rng = random.Random(1)
    noise = "".join(rng.choice("abcdefghij klmnopqrstuvwxyz") for _ in range(60_000))
    page = f"<html><body><article><h1>Rates rise</h1><p>{noise}</p></article></body></html>"
    first = bytearray(gzip.compress(_response("https://news.example/1", page.encode())))
    first[-8] ^= 0xFF  # a wrong CRC: zlib fails after warcio's first block ("Error -3 …")
    # A space in the target URI: warcio logs "Replacing spaces in invalid WARC-Target-URI".
    body = b"<html><body><article><p>Second page body text here.</p></article></body></html>"
    second = gzip.compress(_response("https://news.example/2 x", body))
    path = tmp_path / "in.warc.gz"
    path.write_bytes(bytes(first) + second)
    results = list(newsmodel.iter_parse([str(path)], include_skipped=True))
    assert [(r.status.value, r.reason) for r in results] == [
        ("failed", "damaged record: the data ends 9082 bytes before its Content-Length"),
        ("parsed", None),
    ]
    assert capfd.readouterr().err == ""


# --------------------------------------------------------------------------- last flagged patterns


@pytest.mark.timeout(60)
def test_a_copyright_holder_before_a_long_run_of_spaces_is_ended_in_linear_time() -> None:
    from newsmodel._bylines import person_in_notice

    # The holder's end was searched from each space of the run (quadratic: 10k spaces, 2 s).
    started = time.process_time()
    assert person_in_notice("© 2019 Jane Roe" + "\u00a0" * RUN + "x") is None
    person = person_in_notice("© 2019 Jane Roe" + "\u00a0" * RUN + "• Impressum")
    assert time.process_time() - started < 5
    assert person is not None
    assert person.name == "Jane Roe"


@pytest.mark.timeout(60)
def test_an_outlet_after_a_slash_is_searched_past_a_long_run_of_spaces_in_linear_time() -> None:
    from newsmodel._bylines import _OUTLET_AFTER_SLASH

    started = time.process_time()
    assert _OUTLET_AFTER_SLASH.search("Jane Roe" + " " * RUN + "x") is None
    found = _OUTLET_AFTER_SLASH.search("Jane Roe" + " " * RUN + "/ ZDF")
    assert time.process_time() - started < 5
    assert found is not None
    assert (found.start(), found.group(1)) == (8, "ZDF")


@pytest.mark.timeout(60)
def test_a_long_word_made_of_at_signs_is_searched_for_an_email_in_linear_time() -> None:
    from newsmodel._bylines import _EMAIL

    # Each @ retried the rest of the word (quadratic: 10k @, 0.1 s; 200k, about a minute).
    word = "x" + "@" * RUN + "x"
    started = time.process_time()
    assert _EMAIL.sub(" ", word) == word
    assert _EMAIL.sub(" ", word + ".org and more") == "  and more"
    assert time.process_time() - started < 5


@pytest.mark.timeout(60)
def test_keywords_with_a_long_run_of_spaces_are_split_in_linear_time() -> None:
    from newsmodel.formats.jsonld import KEYWORD_SPLIT as _KEYWORD_SPLIT

    started = time.process_time()
    assert _KEYWORD_SPLIT.split("a" + " " * RUN + "b") == ["a" + " " * RUN + "b"]
    assert _KEYWORD_SPLIT.split("a" + " " * RUN + ", b ;c") == ["a", "b", "c"]
    assert time.process_time() - started < 5


@pytest.mark.timeout(60)
def test_a_meta_rights_holder_with_a_long_run_of_spaces_is_split_in_linear_time() -> None:
    from newsmodel._html_meta import _RESERVED

    started = time.process_time()
    assert _RESERVED.split("Example" + "\n" * RUN + "x") == ["Example" + "\n" * RUN + "x"]
    assert _RESERVED.split("Example" + " " * RUN + "All Rights Reserved") == ["Example", ""]
    assert time.process_time() - started < 5


@pytest.mark.timeout(60)
def test_a_line_of_many_benwenxi_without_the_closing_phrase_is_read_in_linear_time() -> None:
    from newsmodel.formats.text import _rights

    # Each 本文系 retried the rest of the line for 独家稿件 (quadratic: 20k repeats, 7 s).
    line = "本文系" * (RUN // 3)
    started = time.process_time()
    rights = _rights([line + "，未经授权，不得转载。"])
    assert time.process_time() - started < 5
    assert rights is not None
    assert (rights.holder, rights.usage_terms) == (None, "未经授权，不得转载")
    closed = _rights([line + "独家稿件"])
    assert closed is not None
    assert closed.holder == "本文系" * (RUN // 3 - 1)


@pytest.mark.timeout(60)
def test_a_sharing_bar_is_fullmatched_in_linear_time_past_any_length_cap() -> None:
    from newsmodel import _text_rules as rules

    # The scan flagged NAV_BAR_RE for search; its one caller fullmatches (lines of at most
    # NAV_BAR_MAX characters), which anchors the start: linear even without the cap.
    started = time.process_time()
    assert rules.NAV_BAR_RE.fullmatch("facebook" + " | " * RUN + "9") is None
    assert rules.NAV_BAR_RE.fullmatch("facebook" + " | " * RUN + "twitter") is not None
    assert time.process_time() - started < 5


@pytest.mark.timeout(60)
def test_json_ld_keywords_with_a_long_run_of_spaces_are_split_in_linear_time() -> None:
    """Through a page, as the fuzzing found it (200,000 spaces took over three minutes)."""
    keywords = "rates" + " " * RUN + "banks; economy"
    graph = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rates rise"}
    page = (
        '<html lang="en"><head><script type="application/ld+json">'
        + json.dumps({**graph, "keywords": keywords})
        + "</script></head><body><article><h1>Rates rise</h1><p>The central bank raised"
        " its rates again on Wednesday, the third time this year.</p></article></body></html>"
    )
    started = time.process_time()
    article = newsmodel.parse_html(page)
    assert article.keywords == ("rates" + " " * RUN + "banks", "economy")
    assert time.process_time() - started < 5
