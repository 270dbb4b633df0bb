"""Bylines read into people, news agencies and credits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import OrganizationKind
from newsmodel._bylines import is_agency, match_agency, parse_byline, people_from_schema

CASES = [
    # (byline, language, expected author names, expected agency names)
    ("By Jane Roe and John Doe, Reuters", None, ["Jane Roe", "John Doe"], ["Reuters"]),
    ("Par Marie Dupont et Jean Martin", "fr", ["Marie Dupont", "Jean Martin"], []),
    ("Von Anna Schmidt und Peter Müller", "de", ["Anna Schmidt", "Peter Müller"], []),
    ("Alice Smith, Bob Jones & Carol White", None, ["Alice Smith", "Bob Jones", "Carol White"], []),
    ("Joe Schmo, Jr.", None, ["Joe Schmo, Jr."], []),
    ("Tara Doe, MD", None, ["Tara Doe"], []),
    ("The Standard Staff", None, [], []),
    ("By John Smith, Senior Reporter", None, ["John Smith"], []),
    ("FR mit dpa", "de", [], ["Deutsche Presse-Agentur"]),
    ("Agencia EFE", "es", [], ["EFE"]),
    ("By AP", None, [], ["Associated Press"]),
    ("By Sarah Johnson (AFP)", None, ["Sarah Johnson"], ["Agence France-Presse"]),
    ("By Jane Roe | Published 3 June 2024, 10:00", None, ["Jane Roe"], []),
    ("Christoph von Ritter", "de", ["Christoph von Ritter"], []),
    ("Jose de la Cruz", "es", ["Jose de la Cruz"], []),
    ("Lars Fischer und Alina Schadwinkel", "de", ["Lars Fischer", "Alina Schadwinkel"], []),
    ("Senior Reporter Jane Roe", None, ["Jane Roe"], []),
    ("By JOHN DOE, Associated Press", None, ["JOHN DOE"], ["Associated Press"]),
    ("Guardian staff and agencies", "en", [], []),
    ("Redaktion", "de", [], []),
    ("Paul Apple", None, ["Paul Apple"], []),
    ("Jan Kowalski i Anna Nowak", "pl", ["Jan Kowalski", "Anna Nowak"], []),
    ("Written by: Kim Lee", None, ["Kim Lee"], []),
    ("Author Daniel Lemire", None, ["Daniel Lemire"], []),
    ("Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", "de", ["Eberhard Fuhr"], []),
    ("Posted on", None, [], []),
    ("No Author", None, [], []),
    ("cipha[at]cipha.net", None, [], []),
    ("in Uncategorized", None, [], []),
    ("", None, [], []),
]


@pytest.mark.parametrize(("text", "language", "names", "agencies"), CASES)
def test_parse_byline(
    text: str, language: str | None, names: list[str], agencies: list[str]
) -> None:
    byline = parse_byline(text, language=language)
    assert [p.name for p in byline.authors] == names
    assert [a.name for a in byline.agencies] == agencies
    assert all(a.kind is OrganizationKind.NEWS_AGENCY for a in byline.agencies)


def test_roles_are_kept_apart_from_names() -> None:
    assert [(p.name, p.role) for p in parse_byline("Tara Doe, MD").authors] == [("Tara Doe", "MD")]
    byline = parse_byline("By John Smith, Senior Reporter")
    assert byline.authors[0].role == "Senior Reporter"
    assert parse_byline("Senior Reporter").authors == ()


def test_role_in_brackets() -> None:
    (person,) = parse_byline("Redaktion: Eberhard Fuhr (Pressesprecher des EJW)").authors
    assert person.role == "Pressesprecher des EJW"


def test_staff_byline_is_not_split_on_and() -> None:
    byline = parse_byline("The Standard Staff")
    assert byline.authors == ()
    assert byline.collective == "The Standard Staff"


def test_credit_and_affiliation() -> None:
    byline = parse_byline("[Texte/Observer Network Qi Qian]", language="fr")
    assert byline.credit == "Texte"
    (person,) = byline.authors
    assert (person.name, person.affiliation, person.credit) == (
        "Qi Qian",
        "Observer Network",
        "Texte",
    )


def test_agency_lookup() -> None:
    assert is_agency("AFP")
    assert is_agency("Reuters")
    assert not is_agency("Jane Roe")
    afp = match_agency("AFP")
    assert afp is not None
    assert afp.acronyms == ("AFP",)


def test_acronym_inside_a_word_is_not_an_agency() -> None:
    assert parse_byline("By Apolline Paquet").agencies == ()
    assert [p.name for p in parse_byline("By Apolline Paquet").authors] == ["Apolline Paquet"]


def test_schema_authors() -> None:
    value = [
        {"@type": "Person", "name": "Jane Roe", "jobTitle": "Senior Reporter"},
        {"@type": "Person", "givenName": "John", "familyName": "Doe", "url": "https://x.com/jd"},
        {"@type": "Organization", "name": "Reuters"},
        "Kim Lee and Ann Park",
    ]
    byline = people_from_schema(value)
    assert [p.name for p in byline.authors] == ["Jane Roe", "John Doe", "Kim Lee", "Ann Park"]
    assert byline.authors[0].role == "Senior Reporter"
    assert (byline.authors[1].given_name, byline.authors[1].family_name) == ("John", "Doe")
    assert byline.authors[1].url == "https://x.com/jd"
    assert [a.name for a in byline.agencies] == ["Reuters"]


def test_schema_organization_author_is_not_a_person() -> None:
    byline = people_from_schema({"@type": "Organization", "name": "The Daily Bugle"})
    assert byline.authors == ()
    assert byline.collective == "The Daily Bugle"


@given(st.text(max_size=300), st.sampled_from([None, "en", "fr", "de", "pl", "xx"]))
def test_parse_byline_never_raises(text: str, language: str | None) -> None:
    byline = parse_byline(text, language=language)
    assert all(p.name.strip() for p in byline.authors)


@pytest.mark.parametrize(
    ("byline", "people", "agencies"),
    [
        # Real IPTC example bylines (shared/standards MAPPING.md) and desk credits.
        ("Paulo Santalucia and Frances d'Emilio", ["Paulo Santalucia", "Frances d'Emilio"], []),
        ("NTB-AFP-DPA", [], ["NTB", "Agence France-Presse", "Deutsche Presse-Agentur"]),
        ("Sports Network", [], []),
        ("By Jane Roe, Sports Network", ["Jane Roe"], []),
        ("By the numbers", [], []),
        # A blog's lower-case handle alone is its author (metadata benchmark pages).
        ("gnaddrig", ["gnaddrig"], []),
        ("By marc", ["marc"], []),
        ("By Jane Post", ["Jane Post"], []),
        ("Keystone-SDA", [], ["Keystone-SDA"]),
    ],
)
def test_elided_particles_agency_chains_and_desks(
    byline: str, people: list[str], agencies: list[str]
) -> None:
    parsed = parse_byline(byline)
    assert [p.name for p in parsed.authors] == people
    assert [o.name for o in parsed.agencies] == agencies


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        # The date around a byline is cut, with its month and weekday words.
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Von Tomas Spahn Fr, 18. Oktober 2019", ["Tomas Spahn"]),
        ("Dezember 10, 2019 · von freeman1984 · in Uncategorized", ["freeman1984"]),
        (
            "Ibtisam Mahdi , Ruwaida Kamal Amer November 8 2023, 3:18 p.m.",
            ["Ibtisam Mahdi", "Ruwaida Kamal Amer"],
        ),
        (
            "By David Brand and Ramsey Khalifeh Published Nov 8, 2023 Share Facebook",
            ["David Brand", "Ramsey Khalifeh"],
        ),
        # A handle after the name, a site's technical account, labels.
        ("Por Williams Perdomo @wperdomod", ["Williams Perdomo"]),
        ("By admin", []),
        ("Artikel von:", []),
        # A sentence that opens with "Von" names nobody, not even its last word.
        ("Von der Ringform zur Kastenform und umgekehrt", []),
        ("Von Mob mit Macheten ermordet:", []),
    ],
)
def test_dates_handles_labels_and_sentences(byline: str, people: list[str]) -> None:
    assert [p.name for p in parse_byline(byline).authors] == people


def test_hyphenated_job_title_and_outlet_after_for() -> None:
    (expert,) = parse_byline("Von FOCUS-Online-Experte Robin Tschöpe", language="de").authors
    assert (expert.name, expert.role) == ("Robin Tschöpe", "FOCUS-Online-Experte")
    owen, carlin = parse_byline("By Glen Owen And Brendan Carlin For The Mail On Sunday").authors
    assert (owen.name, owen.affiliation) == ("Glen Owen", None)
    assert (carlin.name, carlin.affiliation) == ("Brendan Carlin", "The Mail On Sunday")
    # German "für" says whom a magazine is for: no outlet split, and no person.
    assert parse_byline("Das Magazin für Lesben").authors == ()


def test_schema_person_names_with_an_opener_or_entities() -> None:
    byline = people_from_schema({"@type": "Person", "name": "Von FOCUS-Online-Experte Jo Beck"})
    assert [(p.name, p.role) for p in byline.authors] == [("Jo Beck", "FOCUS-Online-Experte")]
    # The desk of an outlet typed as a Person: its name decoded, and no one's.
    byline = people_from_schema({"@type": "Person", "name": "Redacci&oacute;n Diario"})
    assert (byline.authors, byline.collective) == ((), "Redacción Diario")


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("---- by Kenneth Surin", ["Kenneth Surin"]),
        ("- Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", ["Eberhard Fuhr"]),
        ("Beitrag von r23 » 21.01.2009, 05:42", ["r23"]),
        ("Johanna Kropfitsch Alle Artikel", ["Johanna Kropfitsch"]),
        ("Alle Artikel", []),
        (
            "von Birgit Posselt Über Autorenseite von birgit.posselt@example.de Schließen",
            ["Birgit Posselt"],
        ),
        ("Inga Hoeltmann Follow", ["Inga Hoeltmann"]),
    ],
)
def test_leading_dashes_forum_posts_and_links_after_the_name(
    byline: str, people: list[str]
) -> None:
    assert [p.name for p in parse_byline(byline).authors] == people


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        # Only a date is cut, not any number of a name.
        ("Bündnis 90/Die Grünen", []),
        ("上報快訊／范姜佳鈺 2020年03月12日 20:19:00", ["上報快訊／范姜佳鈺"]),
        ("Isabel Caro y José Miguel Wilson Hace 13 horas", ["Isabel Caro", "José Miguel Wilson"]),
        # Openers in more languages; Italian "di" only in lower case (``Luigi Di Maio``).
        ("di Alessia Candito", ["Alessia Candito"]),
        ("Luigi Di Maio", ["Luigi Di Maio"]),
        ("Автор: Олеся Жуковень", ["Олеся Жуковень"]),
        # Another contributor's part, an edit note, a site credit.
        ("Autor: Fabian Dittmann; Illustration: Adriaan Prent", ["Fabian Dittmann"]),
        ("von tennisnet.com zuletzt bearbeitet: 04.02.2022, 08:27 Uhr", ["tennisnet.com"]),
        ("Developed By Heba Musa", []),
    ],
)
def test_dates_openers_and_other_contributors(byline: str, people: list[str]) -> None:
    assert [p.name for p in parse_byline(byline, language="es").authors] == people


def test_schema_person_named_like_an_agency_is_the_agency() -> None:
    byline = people_from_schema({"@type": "Person", "name": "Agencia Efe"})
    assert byline.authors == ()
    assert [a.name for a in byline.agencies] == ["EFE"]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        # German "Stand:" (as of) opens the date after the name.
        ("Sara Zinnecker Stand: 05. Februar 2020", ["Sara Zinnecker"]),
        # Another contributor credited later in the same line is not an author.
        ("Text von Christian Seiler Illustration von Markus Roost", ["Christian Seiler"]),
        ("By Jane Roe Photos: John Doe", ["Jane Roe"]),
        # A button next to the name is no name.
        ("Follow", []),
    ],
)
def test_as_of_labels_later_credits_and_buttons(byline: str, people: list[str]) -> None:
    assert [p.name for p in parse_byline(byline).authors] == people


def test_schema_person_name_loses_its_handle() -> None:
    byline = people_from_schema({"@type": "Person", "name": "Williams Perdomo @wperdomod"})
    assert [p.name for p in byline.authors] == ["Williams Perdomo"]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        # A list of labelled fields: the author is the value of its own label.
        ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet", ["Fritz Imhof"]),
        ("Published 3 May 2020 Author: Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        # A label alone names no one.
        ("Datum:", []),
        ("Quelle :", []),
    ],
)
def test_labelled_fields_and_lone_labels(byline: str, people: list[str]) -> None:
    assert [p.name for p in parse_byline(byline, language="de").authors] == people


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        # "An article by" is an opener, not a name with the particle "von" in it.
        ("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", ["Pamela Sladky"]),
        ("Ein Gastbeitrag von Jan Roe", ["Jan Roe"]),
        ("An article by Jane Roe", ["Jane Roe"]),
    ],
)
def test_an_article_by_openers(byline: str, people: list[str]) -> None:
    assert [p.name for p in parse_byline(byline, language="de").authors] == people


# --------------------------------------------------------------------------- precision round


@pytest.mark.parametrize(
    ("text", "names", "collective"),
    [
        # An outlet's address: the city and the country are no one, the firm is no person.
        ("Süddeutsche.de GmbH, Munich, Germany", [], "Süddeutsche.de GmbH"),
        ("SPIEGEL ONLINE, Hamburg, Germany", [], "SPIEGEL ONLINE"),
        # A dateline between or after the names.
        (
            "Markus M. Haefliger, London, Beat Bumbacher",
            ["Markus M. Haefliger", "Beat Bumbacher"],
            None,
        ),
        ("By Nada Tawfik, BBC News, New York", ["Nada Tawfik"], None),
        ("Juan Orlando Hernández, Nueva York.", ["Juan Orlando Hernández"], None),
    ],
)
def test_places_and_firms_name_no_one(text: str, names: list[str], collective: str | None) -> None:
    byline = parse_byline(text)
    assert [p.name for p in byline.authors] == names
    assert byline.collective == collective


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leonardo Castañeda, Bay Area News Group",
            [("Leonardo Castañeda", "Bay Area News Group")],
        ),
        ("Galo Ramírez, El Sol de México", [("Galo Ramírez", "El Sol de México")]),
        ("Adolfo López | El Sol de México", [("Adolfo López", "El Sol de México")]),
        (
            "Nicholas Wu, Christal Hayes, USA TODAY",
            [("Nicholas Wu", None), ("Christal Hayes", "USA TODAY")],
        ),
        ("By Nada Tawfik, BBC News, New York", [("Nada Tawfik", "BBC News")]),
        # A surname that is an outlet word stays a name.
        ("Jane Roe, Emily Post", [("Jane Roe", None), ("Emily Post", None)]),
    ],
)
def test_outlet_after_a_name_is_its_affiliation(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.affiliation) for p in parse_byline(text).authors] == expected


def test_outlet_after_a_bar_in_a_person_node() -> None:
    byline = people_from_schema({"@type": "Person", "name": "Adolfo López | El Sol de México"})
    assert [(p.name, p.affiliation) for p in byline.authors] == [
        ("Adolfo López", "El Sol de México")
    ]
    # No outlet after the bar: the name is kept whole (the site's name, ruled out later).
    byline = people_from_schema({"@type": "Person", "name": "La Prensa | Informate con la verdad"})
    assert [p.name for p in byline.authors] == ["La Prensa | Informate con la verdad"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GARY B. GRAVES Sports Writer", [("GARY B. GRAVES", "Sports Writer")]),
        ("HILLEL ITALIE National Writer", [("HILLEL ITALIE", "National Writer")]),
        ("Court Reporter", []),
        ("HT Correspondent", []),
        ("Online News Editor", []),
        ("Art Garfunkel", [("Art Garfunkel", None)]),
    ],
)
def test_job_titles_name_no_one(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in parse_byline(text).authors] == expected


def test_title_or_no_one_typed_as_a_person_node() -> None:
    nodes = [
        {"@type": "Person", "name": "Court Reporter"},
        {"@type": "Person", "name": "anónimo"},
        {"@type": "Person", "name": "219.79.38.192"},
        {"@type": "Person", "name": "https://www.example.com/video/id-1"},
        {"@type": "Person", "name": "Jane Roe"},
    ]
    assert [p.name for p in people_from_schema(nodes).authors] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Super User", []),
        ("publisher", []),
        ("Autor*innen", []),
        ("Pressemitteilung von Katja Kipping", ["Katja Kipping"]),
        ("Propos recueillis par Patrick Angevin", ["Patrick Angevin"]),
        ("Recueilli par Patrick ANGEVIN", ["Patrick ANGEVIN"]),
    ],
)
def test_labels_and_accounts(text: str, names: list[str]) -> None:
    assert [p.name for p in parse_byline(text).authors] == names


def test_a_person_node_named_with_the_bylines_words_is_the_person() -> None:
    # French interviews are credited ``Recueilli par`` (collected by) in the Person's name.
    byline = people_from_schema({"@type": "Person", "name": "Recueilli par Patrick ANGEVIN."})
    assert [p.name for p in byline.authors] == ["Patrick ANGEVIN"]


def test_a_dot_after_a_whole_surname_ends_the_sentence_not_the_name() -> None:
    assert [p.name for p in parse_byline("Par Patrick ANGEVIN.").authors] == ["Patrick ANGEVIN"]
    assert [p.name for p in parse_byline("Jane R.").authors] == ["Jane R."]


@pytest.mark.parametrize(
    ("byline", "people", "agencies"),
    [
        # A desk word after a comma is the writer's title, not a desk credit of the name.
        ("By Jane Roe, Staff Writer", [("Jane Roe", None, "Staff Writer")], []),
        # An agency's staff is the agency.
        ("Jane Roe, Reuters staff", [("Jane Roe", None, None)], ["Reuters"]),
        ("By Jane Roe and AP staff", [("Jane Roe", None, None)], ["Associated Press"]),
        # An institution after the name is where the writer works.
        ("Jane Roe, Harvard University", [("Jane Roe", "Harvard University", None)], []),
        ("By Jane Roe, University of Oxford", [("Jane Roe", "University of Oxford", None)], []),
        (
            "Von Anna Schmidt, Max-Planck-Institut für Physik",
            [("Anna Schmidt", "Max-Planck-Institut für Physik", None)],
            [],
        ),
    ],
)
def test_titles_staff_and_institutions_after_a_name(
    byline: str, people: list[tuple[str, str | None, str | None]], agencies: list[str]
) -> None:
    parsed = parse_byline(byline)
    assert [(p.name, p.affiliation, p.role) for p in parsed.authors] == people
    assert [a.name for a in parsed.agencies] == agencies
    assert parsed.collective is None


def test_a_desk_credit_without_a_comma_is_still_one_credit() -> None:
    assert parse_byline("The Standard Staff").collective == "The Standard Staff"
    assert parse_byline("Wikimedia Foundation").authors[0].name == "Wikimedia Foundation"


@pytest.mark.parametrize(
    ("name", "agency", "collective"),
    [
        ("Reuters Staff", "Reuters", None),
        ("Reuters Editorial", "Reuters", "Editorial"),
        ("AP Editorial", "Associated Press", "Editorial"),
    ],
)
def test_a_desk_typed_as_a_person_is_its_agency(
    name: str, agency: str, collective: str | None
) -> None:
    byline = people_from_schema({"@type": "Person", "name": name}, language="en")
    assert byline.authors == ()
    assert [a.name for a in byline.agencies] == [agency]
    assert byline.collective == collective


def test_a_person_node_with_a_plain_name_stays_a_person() -> None:
    byline = people_from_schema({"@type": "Person", "name": "Jane Roe"}, language="en")
    assert [p.name for p in byline.authors] == ["Jane Roe"]
    assert byline.agencies == ()


def test_an_agency_in_the_author_slot_keeps_its_lower_case_acronym() -> None:
    node = {
        "@type": "Organization",
        "additionalType": "http://www.wikidata.org/entity/Q192283",
        "name": "Deutsche Presse-Agentur",
        "alternateName": ["dpa", "Deutsche Presse Agentur"],
    }
    (agency,) = people_from_schema(node, language="de").agencies
    assert agency.acronyms == ("dpa",)
    assert agency.aliases == ("Deutsche Presse Agentur",)


@pytest.mark.parametrize(
    ("login", "expected"),
    [
        ("robert.stitz", ["Robert Stitz"]),
        ("anna-lena.meyer", ["Anna-Lena Meyer"]),
        ("Isabella.DiBiase", ["Isabella.DiBiase"]),  # written so by its owner: kept
        ("przepisy.pl", ["przepisy.pl"]),  # a site's address, not first.last
        ("nationnews.com", ["nationnews.com"]),
    ],
)
def test_schema_person_named_by_login(login: str, expected: list[str]) -> None:
    """A CMS that fills the author's name with the user name (``first.last``) names the writer
    it spells; a handle in mixed case or a web address stays as printed."""
    byline = people_from_schema({"@type": "Person", "name": login})
    assert [p.name for p in byline.authors] == expected


def test_byline_naming_a_login() -> None:
    assert [p.name for p in parse_byline("von robert.stitz", language="de").authors] == [
        "Robert Stitz"
    ]


@pytest.mark.parametrize(
    "text", ["Biography", "Full Bio", "View Profile", "Email", "Twitter", "Kontakt"]
)
def test_an_author_boxs_link_label_names_no_one(text: str) -> None:
    # ``<a class="author icon bio">Biography</a>`` beside the author's name (WSJ).
    assert parse_byline(text, language="en").authors == ()


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("dpa/lno", ["Deutsche Presse-Agentur"]),
        ("AFP/dpa/mh", ["Agence France-Presse", "Deutsche Presse-Agentur"]),
        ("det/dpa", ["Deutsche Presse-Agentur"]),
    ],
)
def test_a_desk_code_beside_an_agency_is_no_person(text: str, agencies: list[str]) -> None:
    byline = parse_byline(text, language="de")
    assert byline.authors == ()
    assert [a.name for a in byline.agencies] == agencies


def test_a_writer_beside_an_agency_and_its_desk_stays() -> None:
    byline = parse_byline("Von Jana Roe, dpa/lno", language="de")
    assert [p.name for p in byline.authors] == ["Jana Roe"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Two writers joined by a slash, each with a full name (not ``MDR THÜRINGEN/ls``).
        ("Ralph Steiner/Carlo Natter", "de", ["Ralph Steiner", "Carlo Natter"]),
        ("Von Ralph Steiner / Carlo Natter", "de", ["Ralph Steiner", "Carlo Natter"]),
        # What kind of piece the writer wrote, before the name.
        ("Eine Analyse von Caspar Schwietering", "de", ["Caspar Schwietering"]),
        ("Ein Kommentar von Jane Roe", "de", ["Jane Roe"]),
        ("Analysis by Jane Roe", "en", ["Jane Roe"]),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", "en", ["Chris Cillizza"]),
        # The box's furniture after the name: a label and its value, a reading time, a link.
        ("Katharina Schmidt Kategorien: Mode", "de", ["Katharina Schmidt"]),
        ("Lars Sobiraj Lesezeit", "de", ["Lars Sobiraj"]),
        ("Nuño Domínguez Twitter", "es", ["Nuño Domínguez"]),
        ("Steven Salentin Mitglied der Tonight News-Redaktion", "de", ["Steven Salentin"]),
    ],
)
def test_a_name_among_the_bylines_other_words(
    text: str, language: str, expected: list[str]
) -> None:
    assert [p.name for p in parse_byline(text, language=language).authors] == expected


def test_a_slash_before_a_desk_code_splits_no_name() -> None:
    byline = parse_byline("Jane Roe/SP-X", language="de")
    assert [(p.name, p.affiliation) for p in byline.authors] == [("Jane Roe", "SP-X")]
    # One name on one side only: a desk's initials, not a second writer.
    assert [p.name for p in parse_byline("Jane Roe/jr", language="de").authors] == ["Jane Roe/jr"]


# A newspaper after the writer's name is their outlet, never a person nor part of the name.
OUTLET_CASES = [
    # (byline, [(name, affiliation)], collective)
    ("By Rick Pearson, Chicago Tribune", [("Rick Pearson", "Chicago Tribune")], None),
    ("By Rick Pearson Chicago Tribune", [("Rick Pearson", "Chicago Tribune")], None),
    ("By Jane Roe The Washington Post", [("Jane Roe", "The Washington Post")], None),
    ("Von Anna Meier Süddeutsche Zeitung", [("Anna Meier", "Süddeutsche Zeitung")], None),
    ("By Elliot Brownstein Florida Today", [("Elliot Brownstein", "Florida Today")], None),
    (
        "Kevin Johnson and Kevin McCoy USA TODAY",
        [("Kevin Johnson", None), ("Kevin McCoy", "USA TODAY")],
        None,
    ),
    ("By Lena Sun, Boston Globe", [("Lena Sun", "Boston Globe")], None),
    ("By Mary Denver Post", [("Mary Denver Post", None)], None),
    ("By Carl Post and Emily Sun", [("Carl Post", None), ("Emily Sun", None)], None),
    ("Bay Area News Group", [], "Bay Area News Group"),
    ("By CBS News", [], "CBS News"),
    ("Miami Today", [], "Miami Today"),
    # A date printed after the outlet on the next line (``<br>June 28th, 2018``).
    (
        "By Joe Matazzoni, Wikimedia Foundation June 28th, 2018",
        [("Joe Matazzoni", "Wikimedia Foundation")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "people", "collective"), OUTLET_CASES)
def test_an_outlet_after_the_name_is_the_affiliation(
    text: str, people: list[tuple[str, str | None]], collective: str | None
) -> None:
    byline = parse_byline(text, language="en")
    assert [(p.name, p.affiliation) for p in byline.authors] == people
    assert byline.collective == collective


def test_a_person_node_named_for_an_outlet_names_no_one() -> None:
    # ``{"@type": "Person", "name": "Fox News"}``: the outlet typed as a person.
    byline = people_from_schema([{"@type": "Person", "name": "Fox News"}])
    assert byline.authors == ()
    assert byline.collective == "Fox News"
    kept = people_from_schema([{"@type": "Person", "name": "Jane News"}])
    assert [p.name for p in kept.authors] == ["Jane News"]


def test_a_name_before_on_and_a_date_is_kept_whole() -> None:
    # ``Do`` is German Thursday's short form, but not after an English name and before ``on``.
    byline = parse_byline(
        "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", language="en"
    )
    assert [p.name for p in byline.authors] == ["Matthew Digby", "Minh Do"]
    assert [p.name for p in parse_byline("Von Jo Roe Do, 18.11.2019").authors] == ["Jo Roe"]


@pytest.mark.parametrize(
    ("text", "collective", "agencies"),
    [
        # Portuguese "from" an outlet, and where it filed from: the desk's credit, no one.
        ("Do UOL, em São Paulo", "UOL", []),
        ("Do UOL Em São Paulo", "UOL", []),
        ("Da Reuters, em Brasília", None, ["Reuters"]),
        ("Da Folha de S.Paulo", "Folha de S.Paulo", []),
        ("Do UOL | Em São Paulo", "UOL", []),
        ("Em São Paulo (SP)", None, []),
    ],
)
def test_from_an_outlet_names_no_one(
    text: str, collective: str | None, agencies: list[str]
) -> None:
    byline = parse_byline(text, language="pt")
    assert byline.authors == ()
    assert byline.collective == collective
    assert [a.name for a in byline.agencies] == agencies


def test_names_that_open_with_da_or_do_are_kept() -> None:
    assert [p.name for p in parse_byline("Da Silva Santos").authors] == ["Da Silva Santos"]
    assert [p.name for p in parse_byline("By Do Kwon").authors] == ["Do Kwon"]
    assert [p.name for p in parse_byline("Em Steck | Reuters").authors] == ["Em Steck"]


@pytest.mark.parametrize("country", ["Barbados", "Sri Lanka", "Costa Rica", "Nepal"])
def test_every_country_is_where_the_writer_filed_from(country: str) -> None:
    assert [p.name for p in parse_byline(f"By Jane Roe, {country}").authors] == ["Jane Roe"]


def test_a_country_that_is_a_first_name_stays_a_name() -> None:
    people = parse_byline("Jane Roe, Jordan Smith and Chad Doe").authors
    assert [p.name for p in people] == ["Jane Roe", "Jordan Smith", "Chad Doe"]
