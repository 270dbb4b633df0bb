"""French quote attribution: speech in « » interrupted by its cue in inversion (``« Nous
allons, dit-il, gagner cette bataille. »``) and names with a particle (``Bruno Le Maire``)."""

from __future__ import annotations

import pytest

from newsmodel import QuoteKind, extract_quotes
from newsmodel._entities import EntityBook, split_role, surname_forms


def _read(text: str) -> list[tuple[str, QuoteKind, str | None, str | None]]:
    """(text, kind, speaker text, resolved speaker name) of each quote."""
    return [
        (q.text, q.kind, q.speaker_text, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text, language="fr")
    ]


D = QuoteKind.DIRECT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The incise between two commas: two parts, each with the speaker.
        (
            "Le ministre Jean Dupont était en visite à Lyon. "
            "« Nous allons, dit-il, gagner cette bataille. »",
            [
                ("Nous allons", D, "il", "Jean Dupont"),
                ("gagner cette bataille.", D, "il", "Jean Dupont"),
            ],
        ),
        # An auxiliary in inversion and its participle; a one-word answer is speech too.
        (
            "Marie Curie a pris la parole devant les étudiants. "
            "« Oui, a-t-elle déclaré, nous irons. »",
            [
                ("Oui", D, "elle", "Marie Curie"),
                ("nous irons.", D, "elle", "Marie Curie"),
            ],
        ),
        # The cue between two pairs of marks.
        (
            "Pierre Martin a répondu aux questions des journalistes. "
            "« Non », répond-il, « jamais. »",
            [
                ("Non", D, "il", "Pierre Martin"),
                ("jamais.", D, "il", "Pierre Martin"),
            ],
        ),
        # The incise closes its sentence: the speech resumes at the next one.
        (
            "Marie Curie a pris la parole. « Non, dit-elle. Nous ne céderons jamais. »",
            [
                ("Non", D, "elle", "Marie Curie"),
                ("Nous ne céderons jamais.", D, "elle", "Marie Curie"),
            ],
        ),
        # The narrator's words go on after the incise: the speech does not resume.
        (
            "Marie Curie a pris la parole. « Non, dit-elle, en souriant. »",
            [("Non", D, "elle", "Marie Curie")],
        ),
        # A subject pronoun after a comma is no inversion: no incise, no split.
        (
            "« Nous, on a dit non à ce projet depuis le début. »",
            [("Nous, on a dit non à ce projet depuis le début.", D, None, None)],
        ),
        # Names with a particle; a later mention by the surname with its particle.
        (
            "Le ministre de l'Économie Bruno Le Maire a déclaré que la croissance serait au "
            "rendez-vous. Le Maire a ajouté : « Nous tiendrons nos objectifs. »",
            [
                (
                    "la croissance serait au rendez-vous",
                    QuoteKind.INDIRECT,
                    "Le ministre de l'Économie Bruno Le Maire",
                    "Bruno Le Maire",
                ),
                ("Nous tiendrons nos objectifs.", D, "Le Maire", "Bruno Le Maire"),
            ],
        ),
    ],
)
def test_french_attribution(
    text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text) == expected


def test_incise_speaker_is_one_person() -> None:
    quotes = extract_quotes(
        "Le ministre Bruno Le Maire était à Bercy. "
        "« La croissance, a-t-il assuré, sera au rendez-vous en 2025. »",
        language="fr",
    )
    assert [q.speaker.id if q.speaker else None for q in quotes] == ["p1", "p1"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("le ministre Bruno Le Maire", ("Bruno Le Maire", "ministre")),
        ("Frans van der Berg", ("Frans van der Berg", None)),
        ("la présidente Ursula von der Leyen", ("Ursula von der Leyen", "présidente")),
        ("Jean de La Fontaine", ("Jean de La Fontaine", None)),
        ("le maire de Lyon", ("Lyon", "maire")),
        ("Le Maire", (None, "Le Maire")),
    ],
)
def test_split_role_keeps_particles(phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert split_role(phrase) == expected


def test_surname_forms_keep_particles() -> None:
    assert surname_forms("Frans van der Berg") == ["Berg", "van der Berg"]
    assert surname_forms("Bruno Le Maire") == ["Maire", "Le Maire"]
    assert surname_forms("Angela Merkel") == ["Merkel"]
    assert surname_forms("Merkel") == []


def test_surname_with_particle_joins_the_person() -> None:
    book = EntityBook()
    person = book.add_person("Frans van der Berg")
    assert book.find("Van der Berg") is person
    assert book.add_person("van der Berg") is person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pronominal cue verbs: elided (s'étonne, s’interroge) or after their reflexive.
        (
            "« Nous ne céderons jamais », s'étonne Pierre Martin.",
            [("Nous ne céderons jamais", D, "Pierre Martin", "Pierre Martin")],
        ),
        (
            "« Pourquoi céder maintenant ? », s’interroge Pierre Martin.",
            [("Pourquoi céder maintenant ?", D, "Pierre Martin", "Pierre Martin")],
        ),
        (
            "« Je n'ai rien fait de mal », s'est défendu Pierre Martin.",
            [("Je n'ai rien fait de mal", D, "Pierre Martin", "Pierre Martin")],
        ),
        (
            "Marie Curie se félicite : « Nous avons gagné cette bataille ensemble. »",
            [("Nous avons gagné cette bataille ensemble.", D, "Marie Curie", "Marie Curie")],
        ),
        # Without its reflexive the verb is no cue: "félicite l'équipe" congratulates.
        ("Le ministre félicite l'équipe « pour son parcours exemplaire ».", []),
    ],
)
def test_pronominal_cue_verbs(
    text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text) == expected
