"""Common given names make a person with the gender they usually mark; a common word or a
place spelt like a name marks none (``Summer``, ``Santiago``, ``Travis`` of Travis County are
left out of the lexicons)."""

from __future__ import annotations

import pytest

from newsmodel import Gender, parse_text
from newsmodel._entities import gender_of_given_name


def _people(text: str) -> list[tuple[str, Gender]]:
    return [(p.name, p.gender) for p in parse_text(text).people]


def test_an_english_given_name_makes_a_woman() -> None:
    text = "Royal visit\n\nMeghan Markle arrived in Toronto on Tuesday.\n"
    assert _people(text) == [("Meghan Markle", Gender.FEMININE)]


def test_an_arabic_given_name_makes_a_man() -> None:
    text = (
        "Liverpool\n\nMohamed Salah scored twice as Liverpool beat Bournemouth on Saturday. "
        "Ibrahim Traoré, the captain, praised the team.\n"
    )
    assert _people(text) == [
        ("Mohamed Salah", Gender.MASCULINE),
        ("Ibrahim Traoré", Gender.MASCULINE),
    ]


def test_a_german_and_a_french_given_name_give_the_gender() -> None:
    text = "Wahl\n\nAm Dienstag sagte Jana Schimke in Berlin, die Partei werde nicht nachgeben.\n"
    assert _people(text) == [("Jana Schimke", Gender.FEMININE)]
    text = "Gouvernement\n\nLa journaliste Élise Lucet a annoncé mardi une enquête.\n"
    assert _people(text) == [("Élise Lucet", Gender.FEMININE)]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Dylan Thomas", Gender.MASCULINE),
        ("Dale Earnhardt", Gender.MASCULINE),
        ("Pam Bondi", Gender.FEMININE),
        ("Sharon Stone", Gender.FEMININE),
        ("Kristi Noem", Gender.FEMININE),
        ("Mohammed bin Salman", Gender.MASCULINE),
        ("Jörg Meuthen", Gender.MASCULINE),
        ("Ségolène Royal", Gender.FEMININE),
        ("Mehmet Öz", Gender.MASCULINE),
        ("Zeynep Tufekci", Gender.FEMININE),
        ("Małgorzata Kidawa-Błońska", Gender.FEMININE),
        ("Wopke Hoekstra", Gender.MASCULINE),
        ("Jonas Gahr Støre", Gender.MASCULINE),
        ("Gianluca Vialli", Gender.MASCULINE),
        ("Joaquim Levy", Gender.MASCULINE),
        ("Ximena Galarza", Gender.FEMININE),
    ],
)
def test_a_common_given_name_marks_its_gender(name: str, gender: Gender) -> None:
    assert gender_of_given_name(name) is gender


@pytest.mark.parametrize(
    "word",
    [
        "Summer",
        "Will",
        "Said",
        "Santiago",
        "Orlando",
        "German",
        "Salvador",
        "Julio",
        "Nada",
        "Sofía",
        "Anders",
        "Brent",
        "Travis",
        "Howard",
    ],
)
def test_a_word_or_place_spelt_like_a_name_marks_no_gender(word: str) -> None:
    assert gender_of_given_name(word + " Smith") is Gender.UNKNOWN
