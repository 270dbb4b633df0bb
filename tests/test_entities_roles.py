"""People's roles are jobs or relations, and what is no name gives no person: a place after a
job's "to" belongs to the job, a clause fragment is no role, a job glued to a name is its
role, a German determiner, preposition or noun is no person, and a German genitive is no part
of the name."""

from __future__ import annotations

from newsmodel import OrganizationKind, parse_text


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.affiliation) for p in parse_text(text).people]


def _orgs(text: str) -> list[tuple[str, OrganizationKind]]:
    return [(o.name, o.kind) for o in parse_text(text).organizations]


def test_the_place_after_a_jobs_to_belongs_to_the_job() -> None:
    text = (
        "Hong Kong protests\n\n"
        "China’s ambassador to Britain Liu Xiaming has said that China has the resolution to "
        "end the unrest.\n\n"
        "Liu said the protesters were to blame.\n"
    )
    assert _people(text) == [("Liu Xiaming", "China’s ambassador to Britain", None)]


def test_a_job_to_a_place_alone_names_no_person() -> None:
    text = (
        "Hong Kong protests\n\n"
        "China’s ambassador to Britain accused the UK and the US of meddling in the city.\n"
    )
    assert _people(text) == []


def test_a_preposition_is_no_role() -> None:
    text = (
        "Democrats\n\n"
        "The front-runners must become even shriller — from Bernie Sanders’s declaring an end "
        "to all deportations to promises of free college.\n"
    )
    assert _people(text) == [("Bernie Sanders", None, None)]


def test_a_relative_clause_is_no_role() -> None:
    text = (
        "WeWork\n\n"
        "Marcelo Claure, who is also an executive at SoftBank, said the company would cut "
        "costs.\n"
    )
    assert [(name, role) for name, role, _ in _people(text)] == [("Marcelo Claure", None)]


def test_a_job_glued_to_a_name_is_its_role() -> None:
    text = (
        "Artemis\n\n"
        '"American aerospace companies of all sizes are joining the Artemis program," NASA '
        "Administrator Jim Bridenstine said in a statement.\n"
    )
    assert _people(text) == [("Jim Bridenstine", "NASA Administrator", "NASA")]
    assert _orgs(text) == [("NASA", OrganizationKind.GOVERNMENT)]


def test_a_german_compound_job_glued_to_a_name_is_its_role() -> None:
    text = (
        "Pressefreiheit\n\n"
        "Die Zeitungsverleger fordern mehr Schutz für Journalistinnen und Journalisten.\n\n"
        "„Die Pressefreiheit ist in Europa derzeit etwas in den Hintergrund geraten“, erklärt "
        "dazu BDZV-Hauptgeschäftsführer Dietmar Wolff.\n"
    )
    assert _people(text) == [("Dietmar Wolff", "BDZV-Hauptgeschäftsführer", "BDZV")]


def test_a_name_of_an_organisation_is_a_person_with_an_affiliation() -> None:
    text = (
        "Hibernation\n\n"
        '"We worked on adjusting the architecture of the spacecraft," comments Robin '
        "Biesbroek of the CDF.\n"
    )
    article = parse_text(text)
    assert [(p.name, p.role, p.affiliation) for p in article.people] == [
        ("Robin Biesbroek", None, "CDF")
    ]
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "Robin Biesbroek"


def test_a_german_determiner_or_preposition_opens_no_name() -> None:
    text = (
        "Schauspieler\n\n"
        "Seine Filmografie weist eine beeindruckende Bandbreite auf, darunter sein Debüt.\n\n"
        "Aktuell läuft unser Test. Diese Tests werden wir in Q2 deutlich ausweiten und wollen "
        "Ende Q3 in den bundesweiten Launch gehen.\n\n"
        "Hunde lieben Ballspiele! Im Schnee gibt es daher sicherlich nichts Schöneres als eine "
        "Schneeballschlacht.\n"
    )
    assert _people(text) == []


def test_a_german_noun_is_no_person() -> None:
    text = (
        "Aktien\n\n"
        "Besonders der letzte Punkt wird nach Ansicht von Experten die Feuertaufe für die neu "
        "aufkeimende Aktienkultur.\n\n"
        "Weder an der Tür, noch an den Fenstern wurden Einbruchsspuren festgestellt.\n\n"
        "Fans des „Magic Cleaning“-Prinzips berichten, dass sie sich selbst dabei besser "
        "kennengelernt haben.\n"
    )
    assert _people(text) == []


def test_a_german_surname_the_article_gives_after_a_first_name_is_a_person() -> None:
    text = (
        "Autohandel\n\n"
        "Hildegard Müller kann sich den Automobilvertrieb ohne den stationären Handel nicht "
        "vorstellen.\n\n"
        "Der Handel bleibe wichtig, sagte Müller.\n"
    )
    assert _people(text) == [("Hildegard Müller", None, None)]


def test_a_german_genitive_is_no_part_of_the_name() -> None:
    text = (
        "Formel 1\n\n"
        "Pierre Gasly fährt seit 2018 in der Formel 1 und ist schneller als je zuvor.\n\n"
        "Pierre Gaslys Renn-Statistiken seit 2018: zwei Podestplätze.\n\n"
        "Pierre Gaslys Qualifying-Statistiken seit 2018: meistens in den Top Ten.\n"
    )
    assert _people(text) == [("Pierre Gasly", None, None)]


def test_a_german_surname_in_s_keeps_it_before_a_noun() -> None:
    text = (
        "Evolution\n\n"
        "In seinem Buch über die Geschichte der Menschheit räumt er auf mit Legenden wie "
        "Richard Dawkins These des egoistischen Gens oder dem berüchtigten Steinzeitmenschen.\n"
    )
    assert _people(text) == [("Richard Dawkins", None, None)]


def test_a_job_before_a_first_name_is_the_role() -> None:
    text = (
        "Arbeit\n\n"
        "„Viele Menschen gehen heute keinem normalen Job mehr nach“, sagt der Philosoph "
        "Richard David Precht.\n\n"
        "Die Bloggerin Ana Siú schrieb vor kurzem auf der Webseite Medium einen langen Text.\n\n"
        "„Gute Besserung, wir denken an dich“, schrieb der deutsche Radprofi Simon Geschke auf "
        "Twitter.\n"
    )
    assert _people(text) == [
        ("Richard David Precht", "Philosoph", None),
        ("Ana Siú", "Bloggerin", None),
        ("Simon Geschke", "deutsche Radprofi", None),
    ]


def test_a_police_rank_is_a_role() -> None:
    text = (
        "Card fraud\n\n"
        "Detective Senior Sergeant Tim Williams said the cards involved are allegedly linked "
        "to a syndicate.\n"
    )
    assert _people(text) == [("Tim Williams", "Detective Senior Sergeant", None)]


def test_a_german_noun_after_an_adjective_is_no_person() -> None:
    text = (
        "Island\n\n"
        "Der Berg ist nach einem Troll benannt, den hier ein Bauer erschlagen haben soll. Ein "
        "halbes Dutzend Ski-Gebiete gibt es mittlerweile. Das größte hat fünf Lifte.\n"
    )
    assert _people(text) == []


def test_an_organisation_after_a_jobs_for_is_whole() -> None:
    text = (
        "Dispersal order\n\n"
        "Residents claimed their vehicles have also been damaged.\n\n"
        'A spokesperson for West Midlands Police said: "We have put a dispersal order in '
        'place for the area."\n'
    )
    assert _orgs(text) == [("West Midlands Police", OrganizationKind.GOVERNMENT)]


def test_a_speaker_cut_before_its_particle_is_the_organisation_named_there() -> None:
    text = (
        "Plague\n\n"
        "According to the Centre for Disease Control (CDC) in the US, the plague is treatable "
        "with antibiotics.\n"
    )
    assert _orgs(text) == [("Centre for Disease Control", OrganizationKind.RESEARCH)]
