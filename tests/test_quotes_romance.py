"""Quote attribution in Spanish, Italian, Portuguese and French news: cue verbs in *-er* and
*-ir* (*añadió*, *concluyó*, *garantiu*, *avvertito*), the subject dropped after a quote
(``«…», añadió.``), and accented given names (*María*, *Raúl*)."""

from __future__ import annotations

import pytest

from newsmodel import extract_quotes
from newsmodel._entities import gender_of_given_name
from newsmodel.models import Gender


def _read(text: str, language: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, cue, speaker text, resolved speaker name) of each quote."""
    return [
        (q.text, q.cue, q.speaker_text, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text, language=language)
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Spanish verbs in -ir and -er, and a stem in a vowel (concluir: concluyó).
        (
            "es",
            "“Vamos a seguir negociando”, añadió Mario Negri.",
            [("Vamos a seguir negociando", "añadió", "Mario Negri", "Mario Negri")],
        ),
        (
            "es",
            "“No hay otra salida”, concluyó el diputado Mario Negri.",
            [
                (
                    "No hay otra salida",
                    "concluyó",
                    "el diputado Mario Negri",
                    "Mario Negri",
                )
            ],
        ),
        (
            "es",
            "“Es una maniobra burda”, enfatizó Mario Negri, jefe del bloque.",
            [("Es una maniobra burda", "enfatizó", "Mario Negri", "Mario Negri")],
        ),
        # Portuguese -ir (garantir: garantiu) and Italian -ire (avvertire: ha avvertito).
        (
            "pt",
            '"Não vamos recuar", garantiu João Silva.',
            [("Não vamos recuar", "garantiu", "João Silva", "João Silva")],
        ),
        (
            "it",
            '"Non ci sono alternative", ha avvertito Mario Rossi.',
            [("Non ci sono alternative", "ha avvertito", "Mario Rossi", "Mario Rossi")],
        ),
        # French: rappeler doubles its l (rappelle).
        (
            "fr",
            "« Le sommeil compte », rappelle Olivier Panisset.",
            [("Le sommeil compte", "rappelle", "Olivier Panisset", "Olivier Panisset")],
        ),
    ],
)
def test_cue_verbs_in_er_and_ir(
    language: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Graciela Lois cree que la marcha será grande. “No es por pesimismo”, aclara.",
            [("No es por pesimismo", "aclara", None, "Graciela Lois")],
        ),
        (
            "es",
            "La ministra María López habló ayer. «No vamos a ceder», dijo.",
            [("No vamos a ceder", "dijo", None, "María López")],
        ),
        (
            "it",
            'Il ministro Mario Rossi ha parlato. "Non cederemo", ha detto.',
            [("Non cederemo", "ha detto", None, "Mario Rossi")],
        ),
        (
            "pt",
            'O ministro João Silva falou. "Não vamos ceder", disse.',
            [("Não vamos ceder", "disse", None, "João Silva")],
        ),
    ],
)
def test_dropped_subject_is_the_person_last_named(
    language: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A plural verb has no one person as its subject.
        ("es", "El ministro Raúl Pérez habló. “No vamos a ceder”, dijeron."),
        # A comma after the verb may open an inverted subject: no guess from before.
        ("es", "Raúl Pérez habló. “Esto ya no es justicia”, lamenta, por su parte, una vecina."),
    ],
)
def test_dropped_subject_not_guessed(language: str, text: str) -> None:
    assert [q.speaker for q in extract_quotes(text, language=language)] == [None]


def test_accented_given_names() -> None:
    assert gender_of_given_name("María López") is Gender.FEMININE
    assert gender_of_given_name("Raúl Pérez") is Gender.MASCULINE
    assert gender_of_given_name("Jose Ramos") is Gender.MASCULINE  # written without accent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Y remató: «Esto no es justo para nadie».", "es"),
        ("E ha aggiunto: «Non è giusto per nessuno».", "it"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_speaker(text: str, language: str) -> None:
    quotes = extract_quotes([text], language=language)
    assert [q.speaker_text for q in quotes if q.speaker_text] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The subject dropped before a colon: the person last named in full.
        (
            "es",
            "La ministra María López habló ayer. Añadió: «No vamos a ceder nunca».",
            [("No vamos a ceder nunca", "Añadió", None, "María López")],
        ),
        (
            "it",
            'Il ministro Mario Rossi ha parlato a lungo. Ha aggiunto: "Non cederemo mai".',
            [("Non cederemo mai", "Ha aggiunto", None, "Mario Rossi")],
        ),
        (
            "pt",
            'O ministro João Silva falou. Disse: "Não vamos ceder nunca".',
            [("Não vamos ceder nunca", "Disse", None, "João Silva")],
        ),
        # An adverbial before the verb is no subject.
        (
            "es",
            "La ministra María López habló ayer. Al respecto, señaló: “No vamos a ceder nunca”.",
            [("No vamos a ceder nunca", "señaló", None, "María López")],
        ),
        (
            "es",
            "La ministra María López habló ayer. Y en ese sentido, agregó: “No vamos a ceder”.",
            [("No vamos a ceder", "agregó", None, "María López")],
        ),
    ],
)
def test_dropped_subject_before_a_colon(
    language: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected


def test_dropped_subject_before_a_colon_continues_the_quote_before() -> None:
    text = (
        "«Es muy grave», dijo Raúl Pérez tras reunirse con María López. "
        "Añadió: «No vamos a ceder nunca»."
    )
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(text, language="es")] == [
        "Raúl Pérez",
        "Raúl Pérez",
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # An adverbial between the inverted cue verb and its subject.
        (
            "es",
            "María López habló. «Esto ya no es justicia», lamenta, por su parte, Iris Pérez.",
            [("Esto ya no es justicia", "lamenta", "Iris Pérez", "Iris Pérez")],
        ),
        (
            "es",
            "«Tenemos muchas dudas», opina en cambio Sergi González, meteorólogo.",
            [("Tenemos muchas dudas", "opina", "Sergi González", "Sergi González")],
        ),
        (
            "it",
            'Mario Rossi ha parlato. "Non cederemo mai", ha detto invece il ministro Luca Bianchi.',
            [("Non cederemo mai", "ha detto", "il ministro Luca Bianchi", "Luca Bianchi")],
        ),
        (
            "pt",
            'João Silva falou. "Não vamos ceder", disse por sua vez o ministro Pedro Costa.',
            [("Não vamos ceder", "disse", "o ministro Pedro Costa", "Pedro Costa")],
        ),
        (
            "fr",
            "Jean Dupont a parlé. « Nous ne céderons pas », indique pour sa part le général "
            "Pierre Martin.",
            [("Nous ne céderons pas", "indique", "le général Pierre Martin", "Pierre Martin")],
        ),
        (
            "fr",
            "« L'intestin compte », rappelle ainsi Olivier Panisset, naturopathe.",
            [("L'intestin compte", "rappelle", "Olivier Panisset", "Olivier Panisset")],
        ),
    ],
)
def test_adverbial_before_an_inverted_subject(
    language: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _read(text, language) == expected
