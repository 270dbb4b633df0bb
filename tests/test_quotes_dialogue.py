"""Speech set off by dialogue dashes instead of quotation marks (Polish, Russian, Spanish,
Italian, French news interviews and reportage), and the dash as a parenthesis in prose, which
is never speech."""

from __future__ import annotations

import pytest

from newsmodel import QuoteKind, extract_quotes


def _read(text: str, language: str) -> list[tuple[int, str, QuoteKind, str | None, str | None]]:
    """(block, text, kind, speaker text, resolved speaker name) of each quote."""
    return [
        (q.block, q.text, q.kind, q.speaker_text, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text, language=language)
    ]


D = QuoteKind.DIRECT


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Polish: the speech closes at the dash before the narrator's words and reopens at the
        # dash after them; the speech after them is the same speaker's.
        (
            "pl",
            "– Nie zgadzam się z tym projektem – powiedziała Anna Nowak. – To skandal.",
            [
                (0, "Nie zgadzam się z tym projektem", D, "Anna Nowak", "Anna Nowak"),
                (0, "To skandal.", D, "Anna Nowak", "Anna Nowak"),
            ],
        ),
        # A dash pair around words with no cue verb and no closing punctuation is a
        # parenthesis inside the speech.
        (
            "pl",
            "– Projekt – wbrew zapowiedziom rządu – nie jest jeszcze gotowy – powiedział "
            "minister Jan Kowalski.",
            [
                (
                    0,
                    "Projekt – wbrew zapowiedziom rządu – nie jest jeszcze gotowy",
                    D,
                    "minister Jan Kowalski",
                    "Jan Kowalski",
                )
            ],
        ),
        # Russian: a comma before the closing dash is not part of the speech; the speech goes
        # on after the narrator's words in the same sentence.
        (
            "ru",
            "— Мы не согласны с этим решением, — сказал министр Сергей Лавров, — это ошибка.",
            [
                (0, "Мы не согласны с этим решением", D, "министр Сергей Лавров", "Сергей Лавров"),
                (0, "это ошибка.", D, "министр Сергей Лавров", "Сергей Лавров"),
            ],
        ),
        # Spanish: the dash is attached to the words it opens (—dijo) and closes (ministro—),
        # and the speech goes on after the punctuation that follows the closing one.
        (
            "es",
            "—No estamos de acuerdo con esta decisión —dijo el ministro José Luis Ábalos—. "
            "Es un error que pagaremos todos.",
            [
                (
                    0,
                    "No estamos de acuerdo con esta decisión",
                    D,
                    "el ministro José Luis Ábalos",
                    "José Luis Ábalos",
                ),
                (
                    0,
                    "Es un error que pagaremos todos.",
                    D,
                    "el ministro José Luis Ábalos",
                    "José Luis Ábalos",
                ),
            ],
        ),
        (
            "it",
            "– Non siamo d'accordo con questa decisione – dice Matteo Salvini. – È un errore.",
            [
                (
                    0,
                    "Non siamo d'accordo con questa decisione",
                    D,
                    "Matteo Salvini",
                    "Matteo Salvini",
                ),
                (0, "È un errore.", D, "Matteo Salvini", "Matteo Salvini"),
            ],
        ),
        # Web text types a hyphen for the opening dash, and closes with a dash or a hyphen
        # between spaces; a dash pair with no cue before the last dash is a parenthesis.
        (
            "pl",
            "- Warto podkreślić, że każdy sklep może wprowadzić promocję w każdej lokalizacji "
            "– nawet na wsi – mówi Cezary Giza, prezes spółki.",
            [
                (
                    0,
                    "Warto podkreślić, że każdy sklep może wprowadzić promocję w każdej "
                    "lokalizacji – nawet na wsi",
                    D,
                    "Cezary Giza",
                    "Cezary Giza",
                )
            ],
        ),
        # French: the narrator's words are set off by a comma, not a second dash; the speech
        # goes on after the sentence of the incise.
        (
            "fr",
            "— Nous ne sommes pas d'accord avec cette décision, a déclaré le ministre Bruno "
            "Le Maire.",
            [
                (
                    0,
                    "Nous ne sommes pas d'accord avec cette décision",
                    D,
                    "le ministre Bruno Le Maire",
                    "Bruno Le Maire",
                )
            ],
        ),
        (
            "fr",
            "— Nous ne viendrons pas à cette réunion, dit Marie Dupont. Personne ne nous a "
            "consultés.",
            [
                (0, "Nous ne viendrons pas à cette réunion", D, "Marie Dupont", "Marie Dupont"),
                (0, "Personne ne nous a consultés.", D, "Marie Dupont", "Marie Dupont"),
            ],
        ),
        # An incise closed by a second comma in mid-sentence: the speech goes on after it.
        (
            "fr",
            "Jean Dupont était à Lille.\n\n— Nous allons, dit-il, gagner cette bataille.",
            [
                (1, "Nous allons", D, "il", "Jean Dupont"),
                (1, "gagner cette bataille.", D, "il", "Jean Dupont"),
            ],
        ),
        (
            "fr",
            "— Nous ne reculerons pas, a déclaré le ministre Jean Dupont, car personne ne nous "
            "arrêtera.",
            [
                (0, "Nous ne reculerons pas", D, "le ministre Jean Dupont", "Jean Dupont"),
                (0, "car personne ne nous arrêtera.", D, "le ministre Jean Dupont", "Jean Dupont"),
            ],
        ),
        # The narrator's words go on after the second comma: no speech there.
        (
            "fr",
            "— Nous ne viendrons pas à cette réunion, a répondu Marie Dupont, qui quittait la "
            "salle.",
            [(0, "Nous ne viendrons pas à cette réunion", D, "Marie Dupont", "Marie Dupont")],
        ),
    ],
)
def test_dialogue_line(
    language: str, text: str, expected: list[tuple[int, str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


def test_dialogue_turns_continue_without_a_cue_and_resolve_by_gender() -> None:
    # A paragraph that opens with a dash after a line of dialogue is a line too, with no cue:
    # no speaker is guessed (the next line is often the other speaker's turn). A cue with no
    # subject resolves by the gender of its past ending.
    text = (
        "Minister Jan Kowalski odpowiadał na pytania dziennikarzy.\n\n"
        "– Nie zgadzam się z tym projektem – powiedziała Anna Nowak.\n\n"
        "– Projekt jest gotowy od miesięcy – odpowiedział Jan Kowalski.\n\n"
        "– Ale nikt go nie widział – dodała.\n\n"
        "– Wszystko zostanie opublikowane w przyszłym tygodniu."
    )
    assert _read(text, "pl") == [
        (1, "Nie zgadzam się z tym projektem", D, "Anna Nowak", "Anna Nowak"),
        (2, "Projekt jest gotowy od miesięcy", D, "Jan Kowalski", "Jan Kowalski"),
        (3, "Ale nikt go nie widział", D, None, "Anna Nowak"),
        (4, "Wszystko zostanie opublikowane w przyszłym tygodniu.", D, None, None),
    ]


def test_russian_interview_turns() -> None:
    text = (
        "— Почему вы так считаете? — спросила журналистка Анна Иванова.\n\n"
        "— Потому что решение принято без обсуждения с партнёрами."
    )
    assert _read(text, "ru") == [
        (0, "Почему вы так считаете?", D, "журналистка Анна Иванова", "Анна Иванова"),
        (1, "Потому что решение принято без обсуждения с партнёрами.", D, None, None),
    ]


def test_line_after_a_colon_that_announces_it() -> None:
    text = "Rzecznik rządu Piotr Müller powiedział:\n\n– Nie planujemy żadnych zmian w ustawie."
    assert _read(text, "pl") == [
        (
            1,
            "Nie planujemy żadnych zmian w ustawie.",
            D,
            "Rzecznik rządu Piotr Müller",
            "Piotr Müller",
        ),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Items of a list that open with dashes: no cue, no line of dialogue before.
        ("pl", "W budżecie przewidziano:\n\n– 5 mln zł na drogi gminne,\n\n– 3 mln zł na szkoły."),
        ("ru", "— рост цен на продукты на 5 процентов;\n\n— рост зарплат на 3 процента."),
        # German and English use the dash as a parenthesis, never for speech.
        ("de", "– Wir sind nicht einverstanden – sagte die Ministerin Anna Schmidt."),
        ("de", "Die Regierung – so heißt es in Berlin – plant neue Steuern."),
        ("en", "— We do not agree with this decision — said the minister John Smith."),
        # A line opened with a dash has no speech before a dash in French (commas set off
        # the narrator's words): "autrement dit" is no cue.
        (
            "fr",
            "- Que les moyens financiers sont mieux utilisés lorsqu'ils sont concentrés. La "
            "productivité diminue avec les montants alloués — autrement dit, la même somme "
            "produit plus quand elle est divisée.",
        ),
        # A dash that does not open the paragraph is a parenthesis in any language.
        ("pl", "Rząd – jak powiedział minister Jan Kowalski – nie planuje zmian w ustawie."),
        ("es", "El Gobierno —dijo el ministro José Luis Ábalos— no prevé cambios en la ley."),
    ],
)
def test_no_dialogue(language: str, text: str) -> None:
    assert [q for q in extract_quotes(text, language=language) if q.kind is D] == []


def test_marks_inside_the_speech_are_nested() -> None:
    quote = extract_quotes(
        "– Nie czytałem artykułu „Kryzys w rządzie” – powiedział Jan Kowalski.", language="pl"
    )[0]
    assert (quote.text, quote.open_mark, quote.close_mark, quote.speaker_text) == (
        "Nie czytałem artykułu „Kryzys w rządzie”",
        "–",
        "–",
        "Jan Kowalski",
    )
