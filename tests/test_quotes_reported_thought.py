"""Reported speech and thought without quotation marks, second round: verbs of belief that head
a clause (``Analysts believe that …``), ``said`` with an adjunct before its clause (``said
after the convention he would …``) or after a conjunction (``but has said she will …``); German
sources inside the clause they attribute (``Drei Menschen wurden laut Polizei verletzt.``);
the antecedent of *who* as the speaker (``an architect who said he was stiffed``)."""

from __future__ import annotations

import pytest

from .quote_cases import indirect_quotes as _indirect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Many economists believe that the plan would raise taxes on the middle class.",
            [("the plan would raise taxes on the middle class", "Many economists", "believe")],
        ),
        (
            "Regulators worried that Patriot could liquidate its properties.",
            [("Patriot could liquidate its properties", "Regulators", "worried")],
        ),
        (
            "Mr. Deese expected the president would hand him some changes.",
            [("the president would hand him some changes", "Mr. Deese", "expected")],
        ),
    ],
)
def test_english_belief_verb_heads_its_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        # No clause: an object and an infinitive, a passive, a noun.
        "Clinton is expected to win the state.",
        "A majority of voters expect Clinton to win the debate.",
        "The thought that he would win was absurd.",
        "Amid fears that the plan would fail, the market fell.",
        # The writer's own belief.
        "I think the plan will fail.",
        "We believe that the plan will fail.",
    ],
)
def test_english_belief_verb_without_clause_or_third_person_is_no_quote(text: str) -> None:
    assert _indirect(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short adjunct of time or place between the verb and its clause.
        (
            "Trump said after the convention he would not accept the endorsement.",
            [("he would not accept the endorsement", "Trump", "said")],
        ),
        (
            "Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.",
            [("it means Trump never paid", "Clinton", "says")],
        ),
        # The verb coordinated after "but" with its tense auxiliary: the first subject speaks.
        (
            "Clinton has encouraged European nations to spend more but has said she will hold "
            "firm to U.S. commitments.",
            [("she will hold firm to U.S. commitments", "Clinton", "has said")],
        ),
    ],
)
def test_english_said_with_adjunct_or_after_conjunction(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


def test_english_adjunct_without_pronoun_clause_is_no_quote() -> None:
    assert _indirect("The mayor said on Friday.", "en") == []
    assert _indirect("He spoke after the meeting in the hall and said nothing.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drei Menschen wurden laut Polizei verletzt.",
            [("Drei Menschen wurden laut Polizei verletzt", "Polizei", "laut")],
        ),
        (
            "Für EADS bedeutet der Verlust nach Einschätzung von Marktbeobachtern einen "
            "Tiefschlag.",
            [
                (
                    "Für EADS bedeutet der Verlust nach Einschätzung von Marktbeobachtern "
                    "einen Tiefschlag",
                    "Marktbeobachtern",
                    "nach Einschätzung",
                )
            ],
        ),
        (
            "In den Pyrenäen kam es Informationen des Senders France Info zufolge zu Felsstürzen.",
            [
                (
                    "In den Pyrenäen kam es Informationen des Senders France Info zufolge zu "
                    "Felsstürzen",
                    "Informationen des Senders France Info",
                    "zufolge",
                )
            ],
        ),
        # At the start the content follows the source (read as before).
        (
            "Laut Polizei wurden drei Menschen verletzt.",
            [("wurden drei Menschen verletzt", "Polizei", "Laut")],
        ),
    ],
)
def test_german_source_inside_its_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


def test_german_source_ending_its_clause_is_not_read_as_inside() -> None:
    assert _indirect("Das Haus wurde laut Polizei.", "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Polizei glaubt, er sei für ein Attentat rekrutiert worden.",
            [("er sei für ein Attentat rekrutiert worden", "Die Polizei", "glaubt")],
        ),
        (
            "Er hofft, dass für sein Dorf etwas von den Einnahmen abfällt.",
            [("dass für sein Dorf etwas von den Einnahmen abfällt", "Er", "hofft")],
        ),
    ],
)
def test_german_belief_verb_heads_its_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


def test_german_belief_verb_of_the_writer_or_without_clause_is_no_quote() -> None:
    assert _indirect("Ich glaube, dass es morgen regnet.", "de") == []
    assert _indirect("Die Familie hofft auf ein Wunder.", "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump refused to pay an architect who said he was stiffed after the job.",
            [("he was stiffed after the job", "architect", "said")],
        ),
        (
            "The change will placate nervous Democrats, who have argued that it helps "
            "down-ballot races.",
            [("it helps down-ballot races", "Democrats", "have argued")],
        ),
        (
            "Ted Cruz endorses Trump, who says he is honored.",
            [("he is honored", "Trump", "says")],
        ),
    ],
)
def test_english_relative_clause_speaker_is_its_antecedent(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" right after the cue and before a finite verb is the clause's subject.
        (
            "He said that would permit the financing of more submarines, ships and troops.",
            [
                (
                    "that would permit the financing of more submarines, ships and troops",
                    "He",
                    "said",
                )
            ],
        ),
        (
            "Few experts believe that is likely before the elections.",
            [("that is likely before the elections", "Few experts", "believe")],
        ),
        # "that" before a subject still opens the clause.
        (
            "The senator said that the bill would pass.",
            [("the bill would pass", "The senator", "said")],
        ),
    ],
)
def test_english_that_as_the_subject_of_the_reported_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


def test_english_reported_clause_ends_with_the_relative_clause() -> None:
    text = "Senator Jones, who said the bill would pass, left the chamber early."
    assert _indirect(text, "en") == [("the bill would pass", "Senator Jones", "said")]


def test_english_subject_with_an_infinitive_opens_a_clause() -> None:
    text = "Mr. Obama believes his efforts to slow global warming will be his legacy."
    assert _indirect(text, "en") == [
        ("his efforts to slow global warming will be his legacy", "Mr. Obama", "believes")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The plan — according to two officials — would cut taxes for most families.",
        "The plan, according to two officials, would cut taxes for most families.",
    ],
)
def test_english_source_set_off_inside_its_clause(text: str) -> None:
    assert _indirect(text, "en") == [(text[:-1], "two officials", "according to")]


def test_english_source_set_off_before_an_apposition_is_no_inserted_source() -> None:
    # "according to X, a former aide." ends the sentence: the content is what comes before.
    text = "Taxes would rise sharply next year, according to Mr. Smith, a former aide."
    assert _indirect(text, "en") == [
        ("Taxes would rise sharply next year", "Mr. Smith", "according to")
    ]
