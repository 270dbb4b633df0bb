"""People whose names are clean names: no sentence adverb, article phrase, possessive or
list word glued on; a cut initial joined to its surname; a product is no company."""

from __future__ import annotations

from newsmodel import OrganizationKind, parse_text


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in parse_text(text).people]


def _orgs(text: str) -> list[tuple[str, OrganizationKind]]:
    return [(o.name, o.kind) for o in parse_text(text).organizations]


def test_a_german_noun_after_its_article_is_no_person() -> None:
    text = (
        "Instagram-Stories\n\n"
        "Wenn ein Video länger ist als 15 Sekunden, schneidet Instagram das Material "
        "automatisch in Abschnitte, die jeweils 15 Sekunden lang sind. Die Abschnitte gehen in "
        "den Stories dann nahtlos ineinander über.\n\n"
        "Der Trailer gibt euch einen kurzen Überblick zu den zusätzlichen Inhalten.\n"
    )
    assert _people(text) == []


def test_a_german_noun_and_its_genitive_are_no_person() -> None:
    text = (
        "Büssing\n\n"
        "Im Oktober 1934 verstarb Max Büssing im Alter von nur 62 Jahren. Die Expansion der "
        "Firma ging dennoch ungebrochen weiter. Ein Großteil der Produkte ging ins Ausland, vor "
        "allem nach Großbritannien.\n"
    )
    assert _people(text) == [("Max Büssing", None)]


def test_a_sentence_adverb_is_no_part_of_the_name() -> None:
    text = (
        "Außenminister in Moskau\n\n"
        "Die Gespräche waren lang. Doch Heiko Maas sagte, man werde weiter miteinander reden.\n"
    )
    assert _people(text) == [("Heiko Maas", None)]


def test_a_middle_initial_keeps_the_surname() -> None:
    text = (
        "Arrests\n\n"
        "A short time later, officers stopped a vehicle driven by Jonathan P. Blair, 29, of "
        "1909 Jolinda Drive.\n\n"
        "Thomas G. Peebles gave $2,000 to the campaign.\n"
    )
    assert _people(text) == [("Jonathan P. Blair", None), ("Thomas G. Peebles", None)]


def test_a_possessive_is_no_part_of_the_name() -> None:
    text = (
        "Senate\n\n"
        "Smith still found it difficult to talk about Mike Ford’s death and the events "
        "surrounding it.\n\n"
        "Mike Ford had been her client since 1978, she said.\n"
    )
    assert _people(text) == [("Mike Ford", None)]


def test_a_list_word_is_no_part_of_the_name() -> None:
    text = (
        "Medellín\n\n"
        "Fue el caso de Esteban Restrepo, Juan Pablo Ramírez y Juan Esteban Upegui; los dos "
        "primeros renunciaron a sus cargos.\n"
    )
    assert _people(text) == [
        ("Esteban Restrepo", None),
        ("Juan Pablo Ramírez", None),
        ("Juan Esteban Upegui", None),
    ]


def test_a_product_of_a_known_company_is_no_organisation() -> None:
    text = (
        "Wireless earbuds\n\nThe new Apple Airpods cost $249, and Google Maps Latitude is gone.\n"
    )
    assert _orgs(text) == [
        ("Apple", OrganizationKind.COMPANY),
        ("Google", OrganizationKind.COMPANY),
    ]
