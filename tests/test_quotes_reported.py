"""Reported speech read from more places: German cues with words before their comma, verb
second after an adverbial, sentences that tell a speech act with its object; English
attributions inside their content."""

from __future__ import annotations

import pytest

from newsmodel import QuoteKind, extract_quotes


def _indirect(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker_text, q.cue)
        for q in extract_quotes(text, language=language)
        if q.kind is QuoteKind.INDIRECT
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Martin Lee sagte dazu, dies sei Demokratie nach chinesischem Vorbild.",
            [("dies sei Demokratie nach chinesischem Vorbild", "Martin Lee", "sagte")],
        ),
        (
            "Die Verteidiger argumentierten außerdem, er habe nicht versucht zu fliehen.",
            [("er habe nicht versucht zu fliehen", "Die Verteidiger", "argumentierten")],
        ),
        (
            "Er sagte gegenüber der Zeitung, es sei schwierig, Informationen zu bestätigen.",
            [("es sei schwierig, Informationen zu bestätigen", "Er", "sagte")],
        ),
    ],
)
def test_german_words_between_cue_and_comma(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        # No subjunctive after the comma: the writer's clause.
        "Der Minister sagte den Termin ab, die Sitzung fällt aus.",
        "Er erklärte den Vertrag für nichtig, weil die Frist verstrichen sei.",
    ],
)
def test_german_words_before_comma_need_a_subjunctive_clause(text: str) -> None:
    assert _indirect(text, "de") == []


def test_german_verb_second_after_an_adverbial_with_an_auxiliary() -> None:
    text = (
        "Bereits vor zwei Wochen hatte die Gewerkschaft erklärt, dass die Fluglotsen ihre "
        "Arbeitszeit erreicht hätten."
    )
    assert _indirect(text, "de") == [
        (
            "dass die Fluglotsen ihre Arbeitszeit erreicht hätten",
            "die Gewerkschaft",
            "erklärt",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premierministerin Helen Clark sagte weitere finanzielle Hilfe zu.",
            [
                (
                    "Premierministerin Helen Clark sagte weitere finanzielle Hilfe zu",
                    "Premierministerin Helen Clark",
                    "sagte",
                )
            ],
        ),
        (
            "Ein Ex-Mitarbeiter sprach von einem Klima der Gewalt zwischen den Bewohnern.",
            [
                (
                    "Ein Ex-Mitarbeiter sprach von einem Klima der Gewalt zwischen den Bewohnern",
                    "Ein Ex-Mitarbeiter",
                    "sprach",
                )
            ],
        ),
        (
            "Der Außenminister hat heute in Bagdad den Abzug der Truppen angekündigt.",
            [
                (
                    "Der Außenminister hat heute in Bagdad den Abzug der Truppen angekündigt",
                    "Der Außenminister",
                    "angekündigt",
                )
            ],
        ),
    ],
)
def test_german_sentence_that_tells_a_speech_act(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eine Pfarrerin sprach ein Gebet.",  # sprach without "von"/"über": no report
        "Der Minister sagte das Treffen ab.",  # sagte … ab: cancelled
        "Die Angaben wurden von der Polizei bestätigt.",  # passive: the subject says nothing
        "Er erläuterte die Klimapolitik aus Sicht Chinas.",  # a topic, not what was said
        "Nachdem der Minister den Abzug angekündigt hatte, reiste er ab.",
    ],
)
def test_german_sentence_without_a_told_speech_act(text: str) -> None:
    assert _indirect(text, "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
            [
                (
                    "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999",
                    "Mr. Clarke",
                    "said",
                )
            ],
        ),
        (
            "Too often, he said, the debate over coal is infected with tribalism.",
            [
                (
                    "Too often, he said, the debate over coal is infected with tribalism",
                    "he",
                    "said",
                )
            ],
        ),
    ],
)
def test_english_attribution_inside_its_content(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Clarke said, however, that he would stay.",  # "that" opens the content
        "Smith, the mayor said, was here.",  # too short a content after the attribution
        "“We will win,” Smith said, “and soon.”",  # a quote in marks
    ],
)
def test_english_attribution_inside_no_content(text: str) -> None:
    assert [q for q in _indirect(text, "en") if q[0].startswith(("Mr. Clarke", "Smith", "“"))] == []
