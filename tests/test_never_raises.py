"""Every public reader, on any input at all, returns an article or raises a NewsModelError:
never another exception, never a hang."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel

READERS: dict[str, Callable[[str | bytes], newsmodel.Article]] = {
    "text": lambda d: newsmodel.parse_text(d if isinstance(d, str) else d.decode("latin-1")),
    "html": newsmodel.parse_html,
    "json": newsmodel.parse_json,
    "ninjs": newsmodel.parse_ninjs,
    "nitf": newsmodel.parse_nitf,
    "jsonld": newsmodel.parse_jsonld,
    "auto": newsmodel.load,
}

# Inputs that look like each format, cut or spliced, and plain noise.
_PREFIXES = (
    "",
    "{",
    '{"uri": "urn:x", "type": "text", "headlines": [',
    '{"@context": "https://schema.org", "@type": "NewsArticle", "author": ',
    '<?xml version="1.0"?><nitf><head><title>',
    "<!DOCTYPE html><html><head><meta charset=",
    '<html><body><article><p><q cite="',
    "nouvelles\n\nTitre\n\n2024-07-24\n\n",
)
inputs = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000),
    st.builds(lambda p, t: p + t, st.sampled_from(_PREFIXES), st.text(max_size=500)),
)


@pytest.mark.parametrize("reader", sorted(READERS))
@given(data=inputs)
def test_readers_raise_only_newsmodel_errors(reader: str, data: str | bytes) -> None:
    try:
        article = READERS[reader](data)
    except newsmodel.NewsModelError:
        return
    assert isinstance(article, newsmodel.Article)


@pytest.mark.parametrize("reader", ["json", "jsonld", "ninjs", "auto"])
@pytest.mark.parametrize(
    "data",
    [
        '{"title": ' + "1" * 5000 + "}",  # longer than Python converts to int
        "[" * 100_000 + "]" * 100_000,  # deeper than the decoder recurses
        b"\xef\xbb\xbf" + b'{"title": "\xff"}',  # BOM, then a byte that is not UTF-8
    ],
    ids=["huge-integer", "deep-nesting", "bad-utf8"],
)
def test_json_readers_refuse_hostile_json_with_a_parse_error(reader: str, data: str) -> None:
    with pytest.raises(newsmodel.ParseError):
        READERS[reader](data)


def test_json_readers_honour_the_size_limit() -> None:
    small = newsmodel.ParseOptions(max_bytes=10)
    for parse in (newsmodel.parse_json, newsmodel.parse_jsonld, newsmodel.parse_ninjs):
        with pytest.raises(newsmodel.InputTooLargeError):
            parse('{"title": "a long enough title"}', options=small)
