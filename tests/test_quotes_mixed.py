"""Mixed quotes: reported speech that holds quoted words (``said the plan was “dead on
arrival” and would fail``) is one ``mixed`` quote whose ``nested`` holds the fragments."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsmodel import (
    Article,
    Paragraph,
    ParseOptions,
    Quote,
    QuoteKind,
    extract_quotes,
    parse_ninjs,
    parse_nitf,
    to_ninjs,
    to_nitf,
)


def _shape(quotes: list[Quote]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(q.kind.value, q.text, [(n.kind.value, n.text) for n in q.nested]) for q in quotes]


def test_a_reported_clause_with_quoted_words_is_one_mixed_quote() -> None:
    text = "Smith said the plan was “dead on arrival” and would fail in the Senate."
    (quote,) = extract_quotes(text, language="en")
    assert _shape([quote]) == [
        (
            "mixed",
            "the plan was “dead on arrival” and would fail in the Senate",
            [("partial", "dead on arrival")],
        )
    ]
    assert (quote.speaker_text, quote.cue, quote.open_mark, quote.close_mark) == (
        "Smith",
        "said",
        None,
        None,
    )
    assert text[quote.start : quote.end] == quote.text
    fragment = quote.nested[0]
    assert text[fragment.start : fragment.end] == fragment.text
    assert (fragment.open_mark, fragment.close_mark) == ("“", "”")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The clause's verb may stand inside the marks.
        (
            "Trump says voter fraud “would be one hell of a way to lose.”",
            "voter fraud “would be one hell of a way to lose.”",
        ),
        # A quote after the subject does not stop the reading of "says CLAUSE".
        (
            "Donald Trump says he has “big plans” for the final month of the campaign.",
            "he has “big plans” for the final month of the campaign",
        ),
    ],
)
def test_said_clause_without_that_holding_a_quote(text: str, expected: str) -> None:
    quotes = extract_quotes(text, language="en")
    assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.MIXED, expected)]


def test_the_clause_stops_before_the_next_attribution() -> None:
    quotes = extract_quotes(
        "The former first lady said it was “a mistake” to use private email at the State "
        "Department, but she denied that she mishandled classified information.",
        language="en",
    )
    assert _shape(quotes) == [
        (
            "mixed",
            "it was “a mistake” to use private email at the State Department",
            [("partial", "a mistake")],
        ),
        ("indirect", "she mishandled classified information", []),
    ]


def test_the_clause_stops_before_an_attribution_after_a_closing_mark() -> None:
    (quote,) = extract_quotes(
        "DuVernay said the amendment was worth examining because “most people don’t know "
        "about that loophole,” she said.",
        language="en",
    )
    assert quote.kind is QuoteKind.MIXED
    assert quote.text == (
        "the amendment was worth examining because “most people don’t know about that loophole,”"
    )


def test_quotes_joined_by_a_conjunction_are_no_mixed_quote() -> None:
    quotes = extract_quotes(
        "Le ministre a déclaré que « nous ne céderons pas sur ce point », mais « nous "
        "restons ouverts au dialogue ».",
        language="fr",
    )
    assert [(q.kind, q.text) for q in quotes] == [
        (QuoteKind.PARTIAL, "nous ne céderons pas sur ce point"),
        (QuoteKind.PARTIAL, "nous restons ouverts au dialogue"),
    ]


def test_german_mixed_quote() -> None:
    (quote,) = extract_quotes(
        "Der Minister sagte, die Regierung habe „auf ganzer Linie versagt“ und müsse zurücktreten.",
        language="de",
    )
    assert _shape([quote]) == [
        (
            "mixed",
            "die Regierung habe „auf ganzer Linie versagt“ und müsse zurücktreten",
            [("partial", "auf ganzer Linie versagt")],
        )
    ]


def test_a_quote_wholly_in_marks_stays_a_quote() -> None:
    quotes = extract_quotes(
        "Smith said that “the plan is dead on arrival and will fail.”", language="en"
    )
    assert [(q.kind, q.text) for q in quotes] == [
        (QuoteKind.PARTIAL, "the plan is dead on arrival and will fail.")
    ]


@pytest.mark.parametrize(
    ("write", "read"), [(to_ninjs, parse_ninjs), (to_nitf, parse_nitf)], ids=["ninjs", "nitf"]
)
def test_mixed_kind_survives_the_body_markup(
    write: Callable[[Article], str], read: Callable[..., Article]
) -> None:
    text = "Smith said the plan was “dead on arrival” and would fail."
    quote = Quote(
        text="the plan was “dead on arrival” and would fail",
        kind=QuoteKind.MIXED,
        block=0,
        start=11,
        end=56,
    )
    article = Article(language="en", body=(Paragraph(text=text),), quotes=(quote,))
    back = read(write(article), options=ParseOptions(extract_quotes=False))
    assert [(q.kind, q.text) for q in back.quotes] == [(QuoteKind.MIXED, quote.text)]
