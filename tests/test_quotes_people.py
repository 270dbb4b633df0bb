"""Who is a person: one capitalised word that names no one the article named before.

Before, every such word in a speaker's place became a person: sentence openers (``Hours before
…``, ``Dabei sagte …``), German nouns (``nach eigenen Angaben``), groups (``Officials said``),
days (``Tuesday, …``), and the place and agency of a dateline (``BUFFALO``, ``ANGELES (AP)``).
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel import OrganizationKind, parse_html, parse_text
from newsmodel.quotes import _scan_uses, _vocabulary, extract_quotes

SHARED = Path(os.environ.get("NEWSMODEL_SHARED", Path(__file__).resolve().parents[2] / "shared"))
PAGES = SHARED / "bench" / "article-extraction" / "html"


def _people(text: str) -> list[str]:
    return [p.name for p in parse_text(text).people]


def test_a_sentence_opener_is_no_person() -> None:
    text = (
        "Wild beat Sabres\n\n"
        "Hours before Zach Parise’s two-goal performance, Wild coach Bruce Boudreau expressed "
        "confidence in the veteran winger, saying he always finds a way to start scoring.\n"
    )
    assert "Hours" not in _people(text)


def test_a_german_noun_after_a_determiner_is_no_person() -> None:
    text = (
        "Der Fall Relotius\n\n"
        "Geyer meldet dem Ressortleiter nichts von den Zweifeln, nach eigenen Angaben auch "
        "deshalb, weil Moreno ihn nach dem Gespräch darum gebeten habe.\n\n"
        "Natürlich kann man die Angaben nicht unbesehen glauben, sagte ein Kollege.\n"
    )
    assert "Angaben" not in _people(text)


def test_a_group_the_article_also_writes_in_lower_case_is_no_person() -> None:
    quotes = extract_quotes(
        [
            "Officials said the bridge would reopen on Friday after repairs.",
            "The officials did not say how much the repairs would cost.",
        ],
        language="en",
    )
    assert [q.speaker for q in quotes if q.speaker is not None] == []


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A surname inside a sentence.
        (
            ["“We are going to win this state,” said Ramaswamy, who campaigned in Iowa."],
            ["Ramaswamy"],
        ),
        # A surname opening a sentence, written inside one elsewhere.
        (
            [
                "Pompeo said the department would cooperate with the inquiry.",
                "Lawmakers have asked Pompeo to testify next week.",
            ],
            ["Pompeo"],
        ),
        # A name after a title; a given name alone.
        (
            ["Dr. Fauci said the vaccine was safe.", "“I loved it,” Andrew said."],
            ["Fauci", "Andrew"],
        ),
    ],
)
def test_one_word_names_that_read_as_names_are_people(
    paragraphs: list[str], speakers: list[str]
) -> None:
    quotes = extract_quotes(paragraphs, language="en")
    assert [q.speaker.name for q in quotes if q.speaker] == speakers


def test_a_datelines_agency_gets_no_acronym_from_the_place() -> None:
    article = parse_text(
        "Lakers win\n\n"
        "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal, coach Frank Vogel "
        "said on Monday.\n"
    )
    assert [(a.name, a.acronyms) for a in article.agencies] == [("Associated Press", ("AP",))]


@pytest.mark.skipif(not PAGES.is_dir(), reason=f"benchmark pages not found at {PAGES}")
def test_real_page_days_and_the_dateline_name_no_one() -> None:
    """A Minnesota Wild game story filed from Buffalo: ``BUFFALO, N.Y. — Hours before …``,
    and ``Tuesday`` heading a clause, were an organisation and two people (one the speaker of
    five quotes)."""
    (path,) = PAGES.glob("264dc3ae*.html.gz")
    article = parse_html(gzip.decompress(path.read_bytes()))
    names = {p.name for p in article.people} | {o.name for o in article.organizations}
    assert not names & {"BUFFALO", "Hours", "Tuesday"}
    assert "Bruce Boudreau" in names or "Boudreau" in names


META = SHARED / "bench" / "metadata" / "pages"


@pytest.mark.skipif(not META.is_dir(), reason=f"benchmark pages not found at {META}")
@pytest.mark.parametrize(
    ("page", "noun"),
    [
        ("de__freiheit.org-_berlebende.html.gz", "Leben"),  # berichtet sie über ihr Leben
        ("xx__meedia.de.freenet.html.gz", "Deutschland"),  # in Deutschland gibt es …
        ("de__fr.de.nordkorea.html.gz", "US-Präsident"),  # a job as a compound
        ("de__aussengedanken.de.feuerholz.html.gz", "Organisationen"),  # a plural noun
    ],
)
def test_a_noun_after_other_words_is_no_person(page: str, noun: str) -> None:
    """The phrase in a speaker's place ends with a noun, after words that are no job."""
    article = parse_html(gzip.decompress((META / page).read_bytes()))
    assert noun not in [p.name for p in article.people]


def test_a_kind_or_legal_form_alone_is_no_organisation() -> None:
    article = parse_text(
        "Interview\n\n"
        "The minister told TV viewers on Sunday that the plan would go ahead, his office said.\n\n"
        "Shares of the company, an AG since 2019, rose on Monday.\n"
    )
    assert not {"TV", "AG"} & {o.name for o in article.organizations}


def test_many_one_word_speakers_are_read_in_one_pass() -> None:
    """The article's words are gathered once, not searched again for each new word: 4,000
    distinct one-word speakers (a hostile text) take well under a second, not minutes."""
    import time

    def name(i: int) -> str:  # Baab, Baac, …: distinct capitalised words, no digits
        letters = "".join("abcdefghijklmnopqrstuvwxyz"[(i // 26**k) % 26] for k in range(3))
        return "B" + letters

    paragraphs = [
        " ".join(f"Then {name(i)} said the plan was fine." for i in range(j * 200, j * 200 + 200))
        for j in range(20)
    ]
    started = time.perf_counter()
    quotes = extract_quotes(paragraphs, language="en")
    assert len(quotes) == 4000
    assert time.perf_counter() - started < 10


def test_connectors_and_german_nouns_by_their_ending_are_no_people() -> None:
    english = extract_quotes(
        ["“It worked,” Meanwhile said the board had approved the plan on Friday."],
        language="en",
    )
    german = extract_quotes(
        [
            "Die größte Herausforderung sei die Finanzierung, sagte Herausforderung am Montag.",
            "Das Gesetz müsse geändert werden, forderten Organisationen am Dienstag in Berlin.",
        ],
        language="de",
    )
    names = {q.speaker.name for q in [*english, *german] if q.speaker}
    assert not names & {"Meanwhile", "Herausforderung", "Organisationen"}


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A country or a capital that speaks is its government.
        ("Israel said on Monday that the crossing would stay closed.", "Israel"),
        ("“We will not accept this,” Moscow said in a statement.", "Moscow"),
        # A body named by its common noun is an organisation of that kind.
        ("Police said the driver had been arrested at the scene on Saturday night.", "Police"),
    ],
)
def test_places_and_bodies_that_speak_are_governments(paragraph: str, speaker: str) -> None:
    quotes = extract_quotes([paragraph], language="en")
    speakers = [(q.speaker.name, getattr(q.speaker, "kind", None)) for q in quotes if q.speaker]
    assert speakers == [(speaker, OrganizationKind.GOVERNMENT)]


@settings(max_examples=400)
@example(["der Bel-Konzern, then Bel said", "5bel x'Bel"], "Bel")
@example(["Aber. Aber sagte, aber nicht", "die Bird-Lane kam"], "Aber")
@example(["the Fed said. fed up", "Then Tal, Tal-Ende"], "Tal")
@given(
    st.lists(
        st.text(alphabet="aAbBdeFhHilLnrtT -'’,.;:5_\n", min_size=0, max_size=60),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["Bel", "Bird-Lane", "Hanna", "Fed", "Aber", "Tal"]),
)
def test_few_and_many_words_give_the_same_answers(blocks: list[str], word: str) -> None:
    """The literal searches used for a few words and the vocabulary used for many agree."""
    words, after, inside = _vocabulary(blocks)
    low = word.lower()
    expected = ((low != word and low in words) or word in after, word in inside)
    assert _scan_uses(blocks, word) == expected


def test_what_someone_spoke_to_is_a_news_source_only_when_an_outlet() -> None:
    english = parse_text(
        "Talks\n\n"
        "Senator Jack Reed said the talks had failed. “We are done,” the minister told Reed.\n\n"
        "“It is over,” she told Variety.\n"
    )
    german = parse_text(
        "Umsatz\n\n"
        "Der Umsatz der Firma stieg gegenüber dem Vorjahr um drei Prozent, sagte Jana Roth am "
        "Montag in Berlin.\n\n"
        "Das sei ein gutes Ergebnis, sagte sie gegenüber dem Deutschlandfunk.\n"
    )
    assert [s.description for s in english.sources] == ["told Variety"]
    assert [s.description for s in german.sources] == ["gegenüber dem Deutschlandfunk"]


def test_a_country_of_any_size_that_speaks_is_its_government() -> None:
    # Only the larger countries were known: ``Barbados said`` made a person named Barbados.
    text = (
        "Schools stayed open on Monday. “We expect numbers to fall,” Barbados said in a "
        "statement, even as the island deals with a surge in cases."
    )
    (quote,) = extract_quotes(text, language="en")
    assert quote.speaker is not None
    assert (quote.speaker.type, quote.speaker.name) == ("organization", "Barbados")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Refinery29 (German): an example of what to say, introduced by "for example".
        (
            "Sag es offen, wenn du nicht reden willst. Zum Beispiel: „Das ist für mich ein "
            "schwieriges Thema. Lass uns bitte nicht darüber sprechen.“",
            "de",
        ),
        (
            "Say it plainly when you would rather not talk. For example: “This is a hard "
            "subject for me. Please let us not talk about it.”",
            "en",
        ),
    ],
)
def test_for_example_before_a_colon_is_no_speaker(text: str, language: str) -> None:
    quotes = extract_quotes(text, language=language)
    assert quotes, "the example is still a quote"
    assert [q.speaker for q in quotes] == [None] * len(quotes)
