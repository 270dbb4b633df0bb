"""Quote attribution in Dutch, Swedish, Polish and Russian: each language's marks, cue verbs,
inversion with a lower-case role, ``according to`` forms, pronouns and rejected speakers; also
inverted speakers after a phrase, Portuguese ``a`` and names with particles."""

from __future__ import annotations

import pytest

from newsmodel import QuoteKind, extract_quotes


def _read(text: str, language: str) -> list[tuple[str, QuoteKind, str | None, str | None]]:
    """(text, kind, speaker text, resolved speaker name) of each quote."""
    return [
        (q.text, q.kind, q.speaker_text, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text, language=language)
    ]


D = QuoteKind.DIRECT
P = QuoteKind.PARTIAL


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Dutch: „…” and “…”; inversion with a lower-case role; aldus; volgens.
        (
            "nl",
            "„We gaan door met de onderhandelingen”, zei minister Hugo de Jonge dinsdag.",
            [
                (
                    "We gaan door met de onderhandelingen",
                    D,
                    "minister Hugo de Jonge",
                    "Hugo de Jonge",
                )
            ],
        ),
        (
            "nl",
            "Premier Mark Rutte zei: “Dit is een moeilijke dag voor Nederland.”",
            [("Dit is een moeilijke dag voor Nederland.", D, "Premier Mark Rutte", "Mark Rutte")],
        ),
        (
            "nl",
            "“Het is een zware beslissing”, aldus burgemeester Femke Halsema. "
            "“Ze gaat verder dan nodig”, zei ze.",
            [
                ("Het is een zware beslissing", D, "burgemeester Femke Halsema", "Femke Halsema"),
                ("Ze gaat verder dan nodig", D, "ze", "Femke Halsema"),
            ],
        ),
        (
            "nl",
            "Volgens Jan de Vries is de situatie „zeer ernstig en onhoudbaar geworden”.",
            [("zeer ernstig en onhoudbaar geworden", P, "Jan de Vries", "Jan de Vries")],
        ),
        ("nl", "„Ik weet het niet”, zei ik.", [("Ik weet het niet", D, None, None)]),
        ("nl", "De film „De Aanslag” won een Oscar.", []),
        # Swedish: ”…” with the same mark at both ends; sa/sade/säger; enligt.
        (
            "sv",
            "”Vi kommer att fortsätta förhandla”, sa statsminister Ulf Kristersson på tisdagen.",
            [
                (
                    "Vi kommer att fortsätta förhandla",
                    D,
                    "statsminister Ulf Kristersson",
                    "Ulf Kristersson",
                )
            ],
        ),
        (
            "sv",
            "Magdalena Andersson säger: ”Det här är en svår dag för Sverige.”",
            [
                (
                    "Det här är en svår dag för Sverige.",
                    D,
                    "Magdalena Andersson",
                    "Magdalena Andersson",
                )
            ],
        ),
        (
            "sv",
            "”Det är ett tungt beslut”, sade Anna Svensson. ”Vi har inget val”, sa hon.",
            [
                ("Det är ett tungt beslut", D, "Anna Svensson", "Anna Svensson"),
                ("Vi har inget val", D, "hon", "Anna Svensson"),
            ],
        ),
        (
            "sv",
            "Enligt Anna Svensson är läget ”mycket allvarligt och ohållbart”.",
            [("mycket allvarligt och ohållbart", P, "Anna Svensson", "Anna Svensson")],
        ),
        # Polish: „…” and a dash before the attribution; według.
        (
            "pl",
            "„Będziemy kontynuować negocjacje” – powiedział minister Jan Kowalski we wtorek.",
            [("Będziemy kontynuować negocjacje", D, "minister Jan Kowalski", "Jan Kowalski")],
        ),
        (
            "pl",
            "Premier Donald Tusk powiedział: „To jest trudny dzień dla Polski”.",
            [("To jest trudny dzień dla Polski", D, "Premier Donald Tusk", "Donald Tusk")],
        ),
        (
            "pl",
            "„To trudna decyzja” – powiedziała Anna Nowak. „Nie mamy wyboru” – dodała Anna Nowak.",
            [
                ("To trudna decyzja", D, "Anna Nowak", "Anna Nowak"),
                ("Nie mamy wyboru", D, "Anna Nowak", "Anna Nowak"),
            ],
        ),
        (
            "pl",
            "Według Anny Nowak sytuacja jest „bardzo poważna i nie do utrzymania”.",
            [("bardzo poważna i nie do utrzymania", P, "Anny Nowak", "Anny Nowak")],
        ),
        ("pl", "Film „Pan Tadeusz” zdobył nagrodę.", []),
        # Russian: «…» and the dash after the quote's comma; по словам.
        (
            "ru",
            "«Мы продолжим переговоры», — сказал министр Сергей Лавров во вторник.",
            [("Мы продолжим переговоры", D, "министр Сергей Лавров", "Сергей Лавров")],
        ),
        (
            "ru",
            "Владимир Путин заявил: «Это трудный день для России».",
            [("Это трудный день для России", D, "Владимир Путин", "Владимир Путин")],
        ),
        (
            "ru",
            "«Это трудное решение», — заявила Анна Иванова. «У нас нет выбора», — сказала она.",
            [
                ("Это трудное решение", D, "Анна Иванова", "Анна Иванова"),
                ("У нас нет выбора", D, "она", "Анна Иванова"),
            ],
        ),
        (
            "ru",
            "По словам министра, «ситуация остается сложной и требует решений».",
            [("ситуация остается сложной и требует решений", D, "министра", None)],
        ),
        ("ru", "«Я этого не знаю», — сказал я.", [("Я этого не знаю", D, None, None)]),
        ("ru", "Фильм «Брат» вышел в 1997 году.", []),
    ],
)
def test_attribution(
    language: str, text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A cue verb with no subject: the past ending tells the gender (Polish -ł/-ła), and
        # the speaker is the last person named of that gender (no speaker words are written).
        (
            "pl",
            "„To trudna decyzja” – powiedział minister Jan Kowalski. „Nie zgadzam się z tym "
            "projektem” – powiedziała Anna Nowak. „Będziemy kontynuować prace” – dodał.",
            [
                ("To trudna decyzja", D, "minister Jan Kowalski", "Jan Kowalski"),
                ("Nie zgadzam się z tym projektem", D, "Anna Nowak", "Anna Nowak"),
                ("Będziemy kontynuować prace", D, None, "Jan Kowalski"),
            ],
        ),
        # Russian -л/-ла; the gender of a name is learnt from the verb it was the subject of.
        (
            "ru",
            "«Это трудное решение», — заявил министр Сергей Лавров. «Мы не согласны с этим "
            "решением», — сказала Анна Иванова. «У нас нет выбора», — добавил.",
            [
                ("Это трудное решение", D, "министр Сергей Лавров", "Сергей Лавров"),
                ("Мы не согласны с этим решением", D, "Анна Иванова", "Анна Иванова"),
                ("У нас нет выбора", D, None, "Сергей Лавров"),
            ],
        ),
        (
            "ru",
            "«Мы продолжим переговоры», — сказал министр Сергей Лавров. «Мы не согласны», — "
            "заявила Анна Иванова. «Решение уже принято», — сказала.",
            [
                ("Мы продолжим переговоры", D, "министр Сергей Лавров", "Сергей Лавров"),
                ("Мы не согласны", D, "Анна Иванова", "Анна Иванова"),
                ("Решение уже принято", D, None, "Анна Иванова"),
            ],
        ),
        # No person of the verb's gender named before: no speaker is guessed.
        (
            "ru",
            "«Мы не согласны с этим решением», — сказала Анна Иванова. «Мы продолжим», — сказал.",
            [
                ("Мы не согласны с этим решением", D, "Анна Иванова", "Анна Иванова"),
                ("Мы продолжим", D, None, None),
            ],
        ),
    ],
)
def test_subjectless_cue_speaker_by_gender_of_the_past_ending(
    language: str, text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A phrase (preposition, time, audience) between an inverted cue and its speaker: the
        # speaker starts at the article, or without articles at the role noun or the name.
        (
            "pl",
            "„Nie zgodzimy się na takie rozwiązanie” – mówił w Sejmie premier Jan Kowalski.",
            [("Nie zgodzimy się na takie rozwiązanie", D, "premier Jan Kowalski", "Jan Kowalski")],
        ),
        (
            "pl",
            "„Rząd nie zmieni zdania w tej sprawie” – powiedział dziennikarzom Alessandri.",
            [("Rząd nie zmieni zdania w tej sprawie", D, "Alessandri", "Alessandri")],
        ),
        (
            "it",
            "«Non accetteremo questa manovra», ha detto il ministro Giorgetti.",
            [("Non accetteremo questa manovra", D, "il ministro Giorgetti", "Giorgetti")],
        ),
        (
            "it",
            "«Non accetteremo questa manovra», ha detto ieri a Roma il ministro Giancarlo "
            "Giorgetti ai giornalisti.",
            [
                (
                    "Non accetteremo questa manovra",
                    D,
                    "il ministro Giancarlo Giorgetti",
                    "Giancarlo Giorgetti",
                )
            ],
        ),
        (
            "es",
            "«No vamos a aceptar este presupuesto», dijo a los periodistas el ministro Carlos "
            "Cuerpo.",
            [
                (
                    "No vamos a aceptar este presupuesto",
                    D,
                    "el ministro Carlos Cuerpo",
                    "Carlos Cuerpo",
                )
            ],
        ),
        (
            "pt",
            "“Não vamos aceitar este orçamento”, disse aos jornalistas o ministro Fernando Medina.",
            [
                (
                    "Não vamos aceitar este orçamento",
                    D,
                    "o ministro Fernando Medina",
                    "Fernando Medina",
                )
            ],
        ),
        (
            "fr",
            "« Nous n'accepterons pas ce budget », a déclaré mardi à la presse le ministre Jean "
            "Dupont.",
            [("Nous n'accepterons pas ce budget", D, "le ministre Jean Dupont", "Jean Dupont")],
        ),
        # No speaker after the phrase: none is made of it; a clause ("que …") is no phrase.
        (
            "es",
            "«No vamos a aceptar este presupuesto», dijo a los periodistas.",
            [("No vamos a aceptar este presupuesto", D, None, None)],
        ),
        (
            "it",
            "«Non accetteremo questa manovra», ha detto a Roma il 12 marzo.",
            [("Non accetteremo questa manovra", D, None, None)],
        ),
        (
            "es",
            "«No vamos a aceptar este presupuesto», dijo ayer que el ministro Cuerpo lo sabía.",
            [("No vamos a aceptar este presupuesto", D, None, None)],
        ),
    ],
)
def test_inverted_speaker_after_a_phrase(
    language: str, text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Portuguese "a" is an article and a preposition: before a bare plural noun it is the
        # preposition (the article would be "as"), and no speaker opens with it.
        (
            "pt",
            "“Não vamos aceitar este orçamento”, disse a jornalistas.",
            [("Não vamos aceitar este orçamento", D, None, None)],
        ),
        (
            "pt",
            "“Não vamos aceitar este orçamento”, disse a repórteres em Brasília.",
            [("Não vamos aceitar este orçamento", D, None, None)],
        ),
        (
            "pt",
            "“Não vamos aceitar este orçamento”, disse a ministra Ana Silva.",
            [("Não vamos aceitar este orçamento", D, "a ministra Ana Silva", "Ana Silva")],
        ),
        (
            "pt",
            "“Não vamos aceitar este orçamento”, disse a jornalistas o ministro Fernando Medina.",
            [
                (
                    "Não vamos aceitar este orçamento",
                    D,
                    "o ministro Fernando Medina",
                    "Fernando Medina",
                )
            ],
        ),
    ],
)
def test_portuguese_a_before_a_plural_is_no_article(
    language: str, text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A particle between a capitalised given name and surname is part of the name; a
        # later mention by the surname with its particle is the same person.
        (
            "nl",
            "Frans van der Berg zei: „We gaan door met de onderhandelingen.” Van der Berg "
            "zei ook: „Het akkoord is bijna klaar.”",
            [
                (
                    "We gaan door met de onderhandelingen.",
                    D,
                    "Frans van der Berg",
                    "Frans van der Berg",
                ),
                ("Het akkoord is bijna klaar.", D, "Van der Berg", "Frans van der Berg"),
            ],
        ),
        (
            "de",
            "Karl-Theodor zu Guttenberg sagte: „Wir machen mit der Reform weiter.“",
            [
                (
                    "Wir machen mit der Reform weiter.",
                    D,
                    "Karl-Theodor zu Guttenberg",
                    "Karl-Theodor zu Guttenberg",
                )
            ],
        ),
        (
            "pt",
            "“Vamos vencer estas eleições”, disse Maria da Silva.",
            [("Vamos vencer estas eleições", D, "Maria da Silva", "Maria da Silva")],
        ),
        (
            "pt",
            "“Vamos vencer estas eleições”, disse João dos Santos. “É certo que vamos vencer”, "
            "acrescentou Dos Santos.",
            [
                ("Vamos vencer estas eleições", D, "João dos Santos", "João dos Santos"),
                ("É certo que vamos vencer", D, "Dos Santos", "João dos Santos"),
            ],
        ),
        (
            "it",
            "«Vinceremo queste elezioni europee», ha detto Maria della Valle.",
            [("Vinceremo queste elezioni europee", D, "Maria della Valle", "Maria della Valle")],
        ),
        # After a name, "da" before a place is a preposition.
        (
            "it",
            "«Vinceremo queste elezioni europee», ha detto Giorgia Meloni da Bruxelles.",
            [("Vinceremo queste elezioni europee", D, "Giorgia Meloni", "Giorgia Meloni")],
        ),
    ],
)
def test_names_with_particles(
    language: str, text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected
