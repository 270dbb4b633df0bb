"""Entities by rules: name merging, acronyms, roles, kinds, pronouns."""

from __future__ import annotations

import pytest

from newsmodel import Gender, OrganizationKind
from newsmodel._entities import (
    CAPITALIZED_RUN,
    EntityBook,
    OrgRecord,
    PersonRecord,
    acronym_matches,
    gender_of_given_name,
    is_acronym,
    looks_like_name,
    normalize_name,
    org_kind,
    split_role,
)


def test_surname_merges_with_the_full_name_either_way() -> None:
    book = EntityBook()
    short = book.add_person("Zuckerberg")
    full = book.add_person("Mark Zuckerberg")
    assert short is full
    assert isinstance(full, PersonRecord)
    assert full.name == "Mark Zuckerberg"
    assert "Zuckerberg" in full.aliases
    book2 = EntityBook()
    first = book2.add_person("Mark Zuckerberg")
    assert book2.add_person("Zuckerberg") is first
    assert book2.find("zuckerberg") is first


def test_two_people_sharing_a_surname_stay_apart() -> None:
    book = EntityBook()
    hillary = book.add_person("Hillary Clinton")
    bill = book.add_person("Bill Clinton")
    assert hillary is not bill
    book.mention(0, 0, 7, bill)
    assert book.find("Clinton") is bill  # the most recently named one


def test_acronym_and_name_merge() -> None:
    assert acronym_matches("OMPI", "Organisation Mondiale de la Propriété Intellectuelle")
    assert acronym_matches("CSET", "Centre pour la sécurité et les technologies émergentes")
    assert not acronym_matches("OMPI", "Bank of England")
    book = EntityBook()
    acronym = book.add_org("OMPI")
    name = book.add_org("Organisation Mondiale de la Propriété Intellectuelle")
    assert acronym is name
    assert isinstance(name, OrgRecord)
    assert name.name == "Organisation Mondiale de la Propriété Intellectuelle"
    assert name.acronyms == ["OMPI"]
    assert book.find("l'OMPI") is name


def test_name_with_acronym_registers_both() -> None:
    book = EntityBook()
    org = book.add_org("Organisation Mondiale de la Propriété Intellectuelle", acronym="OMPI")
    assert book.find("OMPI") is org
    assert book.add_org("OMPI") is org


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Vereinschef Corny Littmann", "Corny Littmann", "Vereinschef"),
        ("le ministre Jean Dupont", "Jean Dupont", "ministre"),
        ("White House press secretary Josh Earnest", "Josh Earnest", "White House press secretary"),
        ("CSET-Analysechef Zachary Arnold", "Zachary Arnold", "CSET-Analysechef"),
        ("Mme Marie Dupont", "Marie Dupont", None),
        ("a source", None, "a source"),
    ],
)
def test_split_role(phrase: str, name: str | None, role: str | None) -> None:
    assert split_role(phrase) == (name, role)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Organisation Mondiale de la Propriété Intellectuelle", OrganizationKind.GOVERNMENT),
        ("Université de Georgetown", OrganizationKind.RESEARCH),
        ("Deutsche Bank", OrganizationKind.COMPANY),
        ("Reuters", OrganizationKind.NEWS_AGENCY),
        ("The New York Times", OrganizationKind.PUBLISHER),
        ("Human Rights Watch", OrganizationKind.OTHER),
        ("Ministry of Defence", OrganizationKind.GOVERNMENT),
        ("Centre", None),
        ("Zuckerberg", None),
    ],
)
def test_org_kind(name: str, kind: OrganizationKind | None) -> None:
    assert org_kind(name) is kind


def test_gender_from_given_names_and_titles() -> None:
    assert gender_of_given_name("Marie Dupont") is Gender.FEMININE
    assert gender_of_given_name("Christopher Harrison") is Gender.MASCULINE
    assert gender_of_given_name("Mme Dupont") is Gender.FEMININE
    assert gender_of_given_name("Zuckerberg") is Gender.UNKNOWN


def test_pronouns_resolve_to_the_nearest_agreeing_person() -> None:
    book = EntityBook()
    marie = book.add_person("Marie Dupont")
    jean = book.add_person("Jean Martin")
    meta = book.add_org("Meta", kind=OrganizationKind.COMPANY)
    book.mention(0, 0, 12, marie)
    book.mention(0, 16, 27, jean)
    book.mention(0, 30, 34, meta)
    assert book.resolve_pronoun("f", "s", 0, 50) is marie
    assert book.resolve_pronoun("m", "s", 0, 50) is jean
    assert book.resolve_pronoun("", "o", 0, 50) is meta
    # Mentions inside quotes do not count.
    in_quote = lambda block, start: block == 0 and 10 <= start < 29  # noqa: E731
    assert book.resolve_pronoun("m", "s", 0, 50, skip=in_quote) is None


def test_pronouns_look_back_nearest_first_across_blocks() -> None:
    book = EntityBook()
    anna = book.add_person("Anna Schmidt")
    jean = book.add_person("Jean Martin")
    kim = book.add_person("Kim Lee")  # a given name of either gender: gender unknown
    book.mention(0, 40, 52, anna)
    book.mention(1, 0, 11, jean)
    book.mention(2, 5, 12, kim)
    book.mention(2, 30, 45, jean)  # ends after the pronoun at 40: not before it
    # The nearest block first, and within it the nearest mention that ends before the place:
    # an unknown-gender person stands in for either gender...
    assert book.resolve_pronoun("m", "s", 2, 40) is kim
    assert book.resolve_pronoun("f", "s", 2, 40) is kim
    assert book.resolve_pronoun("", "s", 2, 40) is kim
    assert book.resolve_pronoun("m", "s", 2, 60) is jean
    assert book.resolve_pronoun("m", "s", 2, 5) is jean  # block 1's, before Kim's mention
    # ...unless one of the right gender is named earlier in the same block.
    book.mention(2, 0, 4, anna)
    assert book.resolve_pronoun("f", "s", 2, 40) is anna
    # Three blocks back at most.
    assert book.resolve_pronoun("f", "s", 5, 0) is kim  # no woman named in block 5 itself
    assert book.resolve_pronoun("m", "s", 6, 0) is None


def test_helpers() -> None:
    assert is_acronym("OMPI")
    assert is_acronym("U.S.")
    assert not is_acronym("Meta")
    assert looks_like_name("Christopher Harrison")
    assert looks_like_name("Organisation Mondiale de la Propriété Intellectuelle")
    assert not looks_like_name("a source")
    assert normalize_name("l'Organisation Mondiale") == "organisation mondiale"
    assert normalize_name("The Associated Press") == "associated press"


def test_build_gives_ids_in_order_and_drops_unmentioned_guesses() -> None:
    book = EntityBook()
    first = book.add_person("Jane Doe")
    book.add_person("Ghost Writer")  # never mentioned: not in the output
    org = book.add_org("Reuters")
    book.mention(0, 0, 8, first)
    book.mention(0, 10, 17, org)
    people, orgs, models = book.build()
    assert [(p.id, p.name) for p in people] == [("p1", "Jane Doe")]
    assert [(o.id, o.name) for o in orgs] == [("o1", "Reuters")]
    assert models[id(first)] == people[0]


def test_capitalized_runs_keep_inner_periods_and_particles() -> None:
    # The run pattern reads a word's inner periods by a choice and ends possessively: the
    # runs are those of the plain pattern (a period before a space ends the word).
    text = (
        "Officials of the U.S. Army told J.R.R. Tolkien and Ursula von der Leyen. "
        "Mr.Smith met Foo. Bar."
    )
    assert CAPITALIZED_RUN.findall(text) == [
        "Officials",
        "U.S",
        "Army",
        "J.R.R",
        "Tolkien",
        "Ursula von der Leyen",
        "Mr.Smith",
        "Foo",
        "Bar",
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Manchester United", None),  # a club
        ("Sheffield United", None),
        ("United Auto Workers", None),
        ("United Airlines", OrganizationKind.COMPANY),
        ("Newcastle United Football Club", OrganizationKind.OTHER),
        ("United Nations", OrganizationKind.GOVERNMENT),
        ("United States", OrganizationKind.GOVERNMENT),
        ("United States of America", OrganizationKind.GOVERNMENT),
    ],
)
def test_united_alone_says_no_kind(name: str, kind: OrganizationKind | None) -> None:
    assert org_kind(name) is kind
