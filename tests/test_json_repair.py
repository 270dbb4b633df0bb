"""JSON-LD as some templates write it (a JavaScript object literal) read as JSON: the shapes
below are taken from real pages of the metadata benchmark, shortened."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._json_repair import relax_json


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A field commented out, with // and /* */.
        (
            '{ "@type" : "Organization", //"Person",\n "name" : "Prefeitura" }',
            {"@type": "Organization", "name": "Prefeitura"},
        ),
        (
            '{"headline": "Sony", /* "interactionCount": "", */ "articleSection": "兩岸"}',
            {"headline": "Sony", "articleSection": "兩岸"},
        ),
        # Single-quoted strings, with an apostrophe escaped the JavaScript way.
        (
            "{\"description\": 'Oil prices fell sharply on Tuesday', \"x\": 'it\\'s'}",
            {"description": "Oil prices fell sharply on Tuesday", "x": "it's"},
        ),
        # Quotation marks inside a headline, left unescaped.
        (
            '{"headline": "Senador califica a Biden de "incapacitado"",\n "image": "a.jpg"}',
            {"headline": 'Senador califica a Biden de "incapacitado"', "image": "a.jpg"},
        ),
        (
            '{"description": "the showroom features \'Jewels after Jewels", a light work"}',
            {"description": "the showroom features 'Jewels after Jewels\", a light work"},
        ),
        # An <img> tag pasted into a URL field.
        (
            '{"image": {"url": "<img width="300" src="https://x.test/a.jpg">"}, "n": 1}',
            {"image": {"url": '<img width="300" src="https://x.test/a.jpg">'}, "n": 1},
        ),
        # A value left bare.
        (
            '{"@type": "NewsArticle", "@author": Daniel Czyżewski,\n "isFree": true}',
            {"@type": "NewsArticle", "@author": "Daniel Czyżewski", "isFree": True},
        ),
        # A URL's // inside a string is no comment.
        ('{"url": "https://example.test/a"}', {"url": "https://example.test/a"}),
    ],
)
def test_a_javascript_literal_is_read_as_json(text: str, expected: object) -> None:
    assert json.loads(relax_json(text)) == expected


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
))  # fmt: skip
def test_valid_json_is_left_as_it_means(value: object) -> None:
    assert json.loads(relax_json(json.dumps(value, ensure_ascii=False))) == value


@given(st.text(alphabet="\"':,{}[]/*\\ \nab1", max_size=200))
def test_any_text_is_rewritten_without_error(text: str) -> None:
    assert isinstance(relax_json(text), str)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": "' + '" ' * 100_000 + '"}',
        '{"a": \'' + "'  " * 100_000,
        '{"a": ' + "x" * 200_000,
        '{"a": "b",' + " " * 200_000 + "}",
        "/*" + "/" * 200_000,
    ],
)
def test_long_runs_are_read_in_linear_time(text: str) -> None:
    started = time.process_time()
    relax_json(text)
    assert time.process_time() - started < 2.0
