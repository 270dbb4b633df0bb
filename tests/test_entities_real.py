"""Organisations and people that are real entities, with the right kind and extent.

Before, a capitalised German noun phrase was read whole as an organisation (``Missstände der
Staatsanwaltschaft``, ``Schätzungen von Amnesty International``), a job word and a person's
name after it became an organisation (``CDU-Bildungspolitiker Michael Hose``), and an
organisation's name ran on into the people named after it.
"""

from __future__ import annotations

import pytest

from newsmodel import OrganizationKind, parse_text
from newsmodel._entities import org_kind


def _orgs(text: str) -> list[tuple[str, OrganizationKind]]:
    return [(o.name, o.kind) for o in parse_text(text).organizations]


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in parse_text(text).people]


def test_a_german_noun_before_a_genitive_body_is_not_part_of_it() -> None:
    text = (
        "Ermittlungen in Köln\n\n"
        "Die Behörde legte die dokumentierten Missstände der Staatsanwaltschaft vor. Nach "
        "Schätzungen von Amnesty International wurden Tausende Menschen festgenommen. Die "
        "Mitglieder folgten den Vorgaben des Gerichtshofs der Europäischen Union nicht.\n"
    )
    assert _orgs(text) == [
        ("Amnesty International", OrganizationKind.OTHER),
        ("Gerichtshofs der Europäischen Union", OrganizationKind.GOVERNMENT),
    ]


def test_a_body_named_by_its_head_word_keeps_its_particles() -> None:
    text = (
        "Exporte\n\n"
        "Die Anträge gingen an das Bundesamt für Wirtschaft und Ausfuhrkontrolle. Auch die "
        "Empfehlung des Europäischen Zentrums für Prävention und Kontrolle von Krankheiten "
        "(ECDC) wurde befolgt, sagte ein Sprecher.\n"
    )
    assert sorted(_orgs(text)) == [
        ("Bundesamt für Wirtschaft", OrganizationKind.GOVERNMENT),
        (
            "Europäischen Zentrums für Prävention und Kontrolle von Krankheiten",
            OrganizationKind.RESEARCH,
        ),
    ]


def test_a_phrase_that_names_no_body_after_its_particle_is_no_organisation() -> None:
    text = (
        "Wahlkampf\n\n"
        "Die Mitglieder fordern eine Neuwahl für den Bundestag. Von den Mitgliedern der Partei "
        "kam kein Widerspruch, und die Secretary of State schwieg.\n"
    )
    assert _orgs(text) == []


def test_a_job_word_and_a_name_in_one_run_are_a_person_with_a_role() -> None:
    text = (
        "Schulen\n\n"
        "Der CDU-Bildungspolitiker Michael Hose kritisierte den Plan. Interim BART Police Chief "
        "Ed Alvarez said the station would reopen.\n"
    )
    people = [(p.name, p.role, p.affiliation) for p in parse_text(text).people]
    assert ("Michael Hose", "CDU-Bildungspolitiker", "CDU") in people
    assert ("Ed Alvarez", "Interim BART Police Chief") in _people(text)
    assert not any("Hose" in name or "Alvarez" in name for name, _ in _orgs(text))


def test_an_organisation_and_the_people_named_after_it_are_apart() -> None:
    text = (
        "Signatories\n\n"
        "Among those who signed the letter: Rutgers University Martin Amis Anne Applebaum "
        "Marie Arana, and dozens of others.\n"
    )
    assert _orgs(text) == [("Rutgers University", OrganizationKind.RESEARCH)]
    assert _people(text) == [("Martin Amis", None), ("Anne Applebaum", None), ("Marie Arana", None)]


def test_a_german_job_with_an_umlaut_is_a_role() -> None:
    text = (
        "Windenergie\n\n"
        "„Die Genehmigungen kommen zu langsam“, sagte BWE-Präsident Hermann Albers am Montag. "
        "Hermann Albers forderte schnellere Verfahren.\n"
    )
    assert _people(text) == [("Hermann Albers", "BWE-Präsident")]


def _sources(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for source in parse_text(text).sources:
        publisher = source.publisher
        kind = getattr(publisher, "kind", None)
        out.append(
            (
                source.description,
                publisher.name if publisher is not None else None,
                kind.value if kind is not None else (publisher.type if publisher else None),
            )
        )
    return out


def test_an_outlet_in_a_german_interview_is_a_publisher_and_a_title_is_none() -> None:
    text = (
        "Coronavirus\n\n"
        "Auch der Virologe Christian Drosten schätzte in einem Interview mit dem "
        "Deutschlandfunk die reale Sterblichkeit auf nur einige Promille.\n\n"
        "Eine Fachanwältin erklärte in einem Interview mit dem Titel Cloud-Nutzer und "
        "US-Cloud-Anbieter befinden sich in einer Zwickmühle, wo das Problem liege.\n"
    )
    sources = _sources(text)
    assert ("in einem Interview mit dem Deutschlandfunk", "Deutschlandfunk", "publisher") in (
        sources
    )
    assert not any(name and "Titel" in name for _, name, _ in sources)
    assert not any("Titel" in o.name for o in parse_text(text).organizations)


def test_common_threads_is_no_social_network() -> None:
    text = (
        "Elites\n\n"
        "She does not see her book as a part two, but there were common threads.\n\n"
        "“I think some of us recognise that game playing is going on,” said Nicola Rollock.\n"
    )
    assert _sources(text) == []


def test_the_place_after_a_job_with_for_belongs_to_the_job() -> None:
    text = (
        "Feds\n\n"
        "“This commercial sex ring was built on secrecy,” acting U.S. Attorney for "
        "Massachusetts Joshua Levy said during a press conference.\n"
    )
    assert _people(text) == [("Joshua Levy", "acting U.S. Attorney for Massachusetts")]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("American Farm Bureau Federation", OrganizationKind.OTHER),
        ("City University of New York", OrganizationKind.RESEARCH),
        ("San Diego Union-Tribune", OrganizationKind.PUBLISHER),
        ("Colorado State University", OrganizationKind.RESEARCH),
        ("State Bank of India", OrganizationKind.COMPANY),
        ("Senate Judiciary Committee", OrganizationKind.GOVERNMENT),
        ("Department of Education", OrganizationKind.GOVERNMENT),
        ("Bundesamt für Verfassungsschutz", OrganizationKind.GOVERNMENT),
    ],
)
def test_the_head_word_of_a_name_gives_its_kind(name: str, kind: OrganizationKind) -> None:
    assert org_kind(name) is kind


def test_a_councilor_is_a_job() -> None:
    text = (
        "Iloilo\n\n"
        "Another City Councilor Ely Estante said the ordinance would be discussed on "
        "Tuesday.\n"
    )
    assert _people(text) == [("Ely Estante", "Another City Councilor")]
    assert _orgs(text) == []
