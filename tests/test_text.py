"""Raw text, both ways: the seed, fixtures from other sites and languages, round trips, and
lenient parsing of anything."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    BlockQuote,
    Diagnostic,
    Figure,
    Heading,
    Image,
    InputTooLargeError,
    LanguageVariant,
    ListBlock,
    NewsModelError,
    Organization,
    OrganizationKind,
    Paragraph,
    ParseError,
    ParseOptions,
    Person,
    Rights,
    Severity,
    UnsupportedInputError,
    VariantRelation,
    parse_text,
    to_text,
)
from newsmodel import _text_rules as rules
from newsmodel.formats import Format, get_codec, load
from newsmodel.formats.text import (
    DROPPED_LINE,
    GLUED_WORD,
    REPLACED_CHARACTERS,
    UNBALANCED_QUOTES,
)
from tests.strategies import news_dates

FIXTURES = Path(__file__).parent / "fixtures" / "text"
NO_QUOTES = ParseOptions(extract_quotes=False)

SEED_TITLE = (
    "Zuckerberg : L’idée selon laquelle les États-Unis ont plusieurs années d’avance sur la "
    "Chine en matière d’IA est irréaliste"
)
SEED_MENU = [
    ("한어", "ko"),
    ("Русский язык", "ru"),
    ("English", "en"),
    ("Français", "fr"),
    ("Indonesian", "id"),
    ("Sanskrit", "sa"),
    ("日本語", "ja"),
    ("Deutsch", "de"),
    ("Português", "pt"),
    ("Ελληνικά", "el"),
    ("español", "es"),
    ("Italiano", "it"),
    ("Suomalainen", "fi"),
    ("Latina", "la"),
]
SEED_NOTICE = (
    "Cet article est un manuscrit exclusif d'Observer.com et ne peut être reproduit sans "
    "autorisation."
)


def _codes(article: Article, code: str) -> list[Diagnostic]:
    return [d for d in article.diagnostics if d.code == code]


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_article() -> Article:
    return parse_text(Path(__file__).parent.joinpath("fixtures/seed_observer_fr.txt").read_text())


def test_seed_header(seed_article: Article) -> None:
    assert seed_article.section == "nouvelles"
    assert seed_article.title == SEED_TITLE
    assert seed_article.subtitle is None
    assert seed_article.published == date(2024, 7, 24)
    assert type(seed_article.published) is date
    assert seed_article.updated is None
    assert seed_article.language == "fr"


def test_seed_language_is_detected_not_assumed(seed_text: str) -> None:
    off = parse_text(seed_text, options=ParseOptions(detect_language=False, extract_quotes=False))
    assert off.language is None
    assert not any(variant.is_current for variant in off.variants)


def test_seed_variants(seed_article: Article) -> None:
    variants = seed_article.variants
    assert [(v.label, v.language) for v in variants] == SEED_MENU
    current = [v for v in variants if v.is_current]
    assert [v.label for v in current] == ["Français"]
    assert all(v.relation is VariantRelation.TRANSLATION for v in variants)
    assert all(v.url is None for v in variants)


def test_seed_byline_authors_publisher(seed_article: Article) -> None:
    assert seed_article.byline == "[Texte/Observer Network Qi Qian]"
    assert len(seed_article.authors) == 1
    author = seed_article.authors[0]
    assert isinstance(author, Person)
    assert author.name == "Qi Qian"
    assert author.credit == "Texte"
    assert author.affiliation == "Observer Network"
    publisher = seed_article.publisher
    assert publisher is not None
    assert publisher.name == "Observer Network"
    assert publisher.kind is OrganizationKind.PUBLISHER
    assert "Observer.com" in publisher.aliases
    assert "观察者网" in publisher.aliases
    assert seed_article.agencies == ()


def test_seed_body(seed_article: Article, seed_text: str) -> None:
    body = seed_article.body
    assert len(body) == 17
    assert all(isinstance(block, Paragraph) for block in body)
    first = body[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("Le 23 juillet, heure locale, la société mère de Facebook")
    assert "[Texte" not in first.text
    last = body[-1]
    assert isinstance(last, Paragraph)
    assert last.text.endswith("depuisPilote automatique, l'édition, à la gestion documentaire.")
    # Every paragraph is printed as in the source, no-break spaces and apostrophes included.
    for block in body:
        assert isinstance(block, Paragraph)
        assert block.text in seed_text
    assert sum(block.text.count("\u00a0") for block in body if isinstance(block, Paragraph)) == 2


def test_seed_rights(seed_article: Article) -> None:
    assert seed_article.rights == Rights(
        holder="Observer.com",
        notice=SEED_NOTICE,
        usage_terms="ne peut être reproduit sans autorisation",
    )


def test_seed_glued_words(seed_article: Article) -> None:
    glued = _codes(seed_article, GLUED_WORD)
    found = {}
    for diagnostic in glued:
        assert diagnostic.severity is Severity.WARNING
        assert diagnostic.path is not None
        assert diagnostic.span is not None
        index = int(diagnostic.path.removeprefix("body[").split("]")[0])
        assert diagnostic.path == f"body[{index}].text"
        block = seed_article.body[index]
        assert isinstance(block, Paragraph)
        start, end = diagnostic.span
        found[block.text[start:end]] = diagnostic.suggestion
    assert found == {
        "avecOpenAIComparable": "avec OpenAI Comparable",
        "depuisChatGPT": "depuis ChatGPT",
        "générativeEn": "générative En",
        "depuisPilote": "depuis Pilote",
    }
    # Not applied by default: the text is as printed.
    assert any(
        "avecOpenAIComparable" in block.text
        for block in seed_article.body
        if isinstance(block, Paragraph)
    )


def test_seed_glued_words_split_on_request(seed_text: str) -> None:
    article = parse_text(
        seed_text, options=ParseOptions(split_glued_words=True, extract_quotes=False)
    )
    text = article.text
    for glued, split in [
        ("avecOpenAIComparable", "avec OpenAI Comparable"),
        ("depuisChatGPT", "depuis ChatGPT"),
        ("générativeEn", "générative En"),
        ("depuisPilote", "depuis Pilote"),
    ]:
        assert glued not in text
        assert split in text
    for diagnostic in _codes(article, GLUED_WORD):
        index = int(diagnostic.path.removeprefix("body[").split("]")[0])  # type: ignore[union-attr]
        block = article.body[index]
        assert isinstance(block, Paragraph)
        assert diagnostic.span is not None
        assert block.text[diagnostic.span[0] : diagnostic.span[1]] == diagnostic.suggestion


def test_seed_unbalanced_quotes(seed_article: Article) -> None:
    unbalanced = _codes(seed_article, UNBALANCED_QUOTES)
    assert [d.path for d in unbalanced] == [
        "body[3].text",
        "body[7].text",
        "body[12].text",
        "body[13].text",
    ]
    for diagnostic in unbalanced:
        assert diagnostic.severity is Severity.WARNING
        assert diagnostic.span is not None
        index = int(diagnostic.path.removeprefix("body[").split("]")[0])  # type: ignore[union-attr]
        block = seed_article.body[index]
        assert isinstance(block, Paragraph)
        assert block.text[diagnostic.span[0]] in '"«»'


def test_seed_round_trips_byte_for_byte(seed_text: str, seed_article: Article) -> None:
    assert to_text(seed_article) == seed_text
    assert to_text(parse_text(seed_text, options=NO_QUOTES)) == seed_text


def test_seed_article_round_trips(seed_text: str, seed_article: Article) -> None:
    assert parse_text(to_text(seed_article)) == seed_article
    plain = parse_text(seed_text, options=NO_QUOTES)
    assert parse_text(to_text(plain), options=NO_QUOTES) == plain


def test_seed_through_the_codec_registry(seed_text: str, seed_article: Article) -> None:
    codec = get_codec(Format.TEXT)
    assert codec.read(seed_text.encode("utf-8"), ParseOptions()) == seed_article
    assert codec.read("\ufeff" + seed_text, ParseOptions()) == seed_article
    assert codec.write(seed_article) == seed_text
    assert load(seed_text, "text") == seed_article


def test_seed_in_the_package_is_the_seed(seed_text: str) -> None:
    bundled = Path(__file__).parents[1] / "src" / "newsmodel" / "examples" / "observer_fr.txt"
    assert bundled.read_text(encoding="utf-8") == seed_text


# --------------------------------------------------------------------------- fixtures

EXPECTED: dict[str, dict[str, Any]] = {
    "en_courier_wire": {
        "section": "Business",
        "title": "Port strike ends after three weeks as dockworkers accept new contract",
        "language": "en",
        "published": datetime(2024, 7, 24, 15, 5, tzinfo=timezone(timedelta(hours=-4))),
        "byline": "By Jane Roe and John Doe",
        "authors": ["Jane Roe", "John Doe"],
        "publisher": "The Daily Courier",
        "rights": ("The Daily Courier", 2024, "All rights reserved"),
        "paragraphs": 4,
        "dropped": [
            "Share",
            "Facebook Twitter Email",
            "Advertisement",
            "Read more: How automation is changing the world's ports",
        ],
    },
    "de_tagblatt_von": {
        "section": "Wirtschaft",
        "title": "Bahn kündigt neue Sparrunde an: 1500 Stellen in der Verwaltung fallen weg",
        "language": "de",
        "published": datetime(2024, 7, 24, 15, 5),
        "byline": "Von Hans Müller und Petra Schmidt",
        "authors": ["Hans Müller", "Petra Schmidt"],
        "publisher": "Tagblatt Medien GmbH",
        "rights": ("Tagblatt Medien GmbH", 2024, "Alle Rechte vorbehalten"),
        "paragraphs": 3,
        "dropped": [
            "Artikel teilen",
            "Anzeige",
            "Lesen Sie auch: Warum die Bahn so oft zu spät ist",
        ],
    },
    "es_diario_por": {
        "section": "Internacional",
        "title": "El Gobierno aprueba un plan de vivienda con 50.000 pisos de alquiler asequible",
        "language": "es",
        "published": date(2024, 7, 24),
        "byline": "Por Ana García y Luis Pérez",
        "authors": ["Ana García", "Luis Pérez"],
        "publisher": "Diario del Sur",
        "rights": ("Diario del Sur", None, "Todos los derechos reservados"),
        "paragraphs": 3,
        "dropped": [
            "Compartir",
            "Publicidad",
            "Leer más: Los precios del alquiler suben un 10% en un año",
        ],
    },
    "fr_quotidien_par": {
        "section": "Économie",
        "title": "La SNCF annonce un plan d'économies de 1,5 milliard d'euros",
        "language": "fr",
        "published": datetime(2024, 7, 24, 15, 5),
        "updated": datetime(2024, 7, 25, 9, 12),
        "byline": "Par Marie Dupont et Jean Martin",
        "authors": ["Marie Dupont", "Jean Martin"],
        "publisher": "Le Quotidien",
        "rights": ("Le Quotidien", 2024, "Tous droits réservés"),
        "paragraphs": 3,
        "dropped": [
            "Partager",
            "Lire aussi : Grève à la SNCF : le trafic perturbé jeudi",
            "Publicité",
        ],
    },
    "zh_observer": {
        "section": "国际",
        "title": "扎克伯格：美国在人工智能领域领先中国数年的想法不切实际",
        "language": "zh",
        "published": datetime(2024, 7, 24, 10, 30),
        "byline": "【文/观察者网 齐倩】",
        "authors": ["齐倩"],
        "publisher": "观察者网",
        "rights": ("观察者网", None, "未经授权，不得转载"),
        "paragraphs": 3,
        "dropped": ["分享到：", "责任编辑：张伟"],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture(name: str) -> None:
    expected = EXPECTED[name]
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    article = parse_text(text, options=NO_QUOTES)
    assert article.section == expected["section"]
    assert article.title == expected["title"]
    assert article.language == expected["language"]
    assert article.published == expected["published"]
    assert type(article.published) is type(expected["published"])
    if isinstance(expected["published"], datetime):
        assert isinstance(article.published, datetime)
        assert article.published.utcoffset() == expected["published"].utcoffset()
    assert article.updated == expected.get("updated")
    assert article.byline == expected["byline"]
    assert [person.name for person in article.authors] == expected["authors"]
    assert article.publisher is not None
    assert article.publisher.name == expected["publisher"]
    assert article.publisher.kind is OrganizationKind.PUBLISHER
    assert article.rights is not None
    holder, year, terms = expected["rights"]
    assert (article.rights.holder, article.rights.year, article.rights.usage_terms) == (
        holder,
        year,
        terms,
    )
    assert article.rights.notice is not None
    assert article.rights.notice in text
    assert len(article.body) == expected["paragraphs"]
    assert all(isinstance(block, Paragraph) and block.text in text for block in article.body)
    dropped = _codes(article, DROPPED_LINE)
    assert [d.message.split(": ", 1)[1] for d in dropped] == [repr(x) for x in expected["dropped"]]
    lines = text.split("\n")
    for diagnostic in dropped:
        assert diagnostic.severity is Severity.INFO
        assert diagnostic.line is not None
        assert repr(lines[diagnostic.line - 1]) in diagnostic.message
    # Nothing in the text is lost silently: every line is a field, a block or a diagnostic.
    kept = "\n".join(
        filter(
            None,
            [
                article.section,
                article.title,
                article.byline,
                article.text,
                article.rights.notice,
                *(d.message for d in dropped),
            ],
        )
    )
    for line in filter(None, (line.strip() for line in lines)):
        if any(ch.isdigit() for ch in line) and len(line) < 40:
            continue  # the date line, kept as a value
        if line.startswith(("来源", "Source")):
            continue  # the source line, kept as the publisher
        assert line in kept or line.replace(article.byline or "\0", "").strip() in kept, line


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_round_trips(name: str) -> None:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    article = parse_text(text)
    again = parse_text(to_text(article))
    # Dropped navigation lines are not written back; everything else is.
    assert again == article.model_copy(
        update={"diagnostics": tuple(d for d in article.diagnostics if d.code != DROPPED_LINE)}
    )


def test_chinese_bracketed_byline_names_the_outlet() -> None:
    text = (FIXTURES / "zh_observer.txt").read_text(encoding="utf-8")
    article = parse_text(text, options=NO_QUOTES)
    author = article.authors[0]
    assert (author.name, author.credit, author.affiliation) == ("齐倩", "文", "观察者网")
    assert article.publisher is not None
    assert "Observer Network" in article.publisher.aliases
    first = article.body[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("当地时间7月23日")


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
        ("Von Hans Müller", ["Hans Müller"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("[Photo/Example Network Li Wei]", ["Li Wei"]),
        ("文/张伟", ["张伟"]),
        ("记者 张伟 李明", ["张伟", "李明"]),
    ],
)
def test_byline_lines(line: str, names: list[str]) -> None:
    text = f"A title\n\n2024-07-24\n\n{line}\n\nThe first paragraph of the story is here."
    article = parse_text(text, options=NO_QUOTES)
    assert article.byline == line
    assert [person.name for person in article.authors] == names
    assert article.title == "A title"
    assert len(article.body) == 1


def test_byline_with_agency() -> None:
    article = parse_text(
        "A title\n\nBy Jane Roe, Reuters\n\nThe first paragraph of the story is here.",
        options=NO_QUOTES,
    )
    assert [person.name for person in article.authors] == ["Jane Roe"]
    assert [org.name for org in article.agencies] == ["Reuters"]
    assert article.publisher is None


@pytest.mark.parametrize("line", ["By the numbers", "Par ici la sortie", "[Video]", "[1]"])
def test_not_bylines(line: str) -> None:
    article = parse_text(f"{line}\n\nThe first paragraph of the story is here.", options=NO_QUOTES)
    assert article.byline is None
    assert article.authors == ()


def test_bracketed_byline_inline_needs_a_credit() -> None:
    article = parse_text(
        "A title\n\n2024-07-24\n\n[Update] The story was updated with new figures.",
        options=NO_QUOTES,
    )
    assert article.byline is None
    first = article.body[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("[Update]")


# --------------------------------------------------------------------------- header variants


def test_header_segments_on_one_line() -> None:
    article = parse_text(
        "A title\n\nBy Jane Roe | July 24, 2024 3:05 PM EDT\n\nThe story begins here today.",
        options=NO_QUOTES,
    )
    assert article.byline == "By Jane Roe"
    assert article.published == datetime(2024, 7, 24, 15, 5, tzinfo=timezone(timedelta(hours=-4)))


def test_unknown_zone_keeps_offset_unknown() -> None:
    article = parse_text(
        "A title\n\nJuly 24, 2024 3:05 PM XYZT\n\nThe story begins here today.", options=NO_QUOTES
    )
    assert article.published == datetime(2024, 7, 24, 15, 5)
    assert isinstance(article.published, datetime)
    assert article.published.tzinfo is None


def test_header_lines_without_blank_lines() -> None:
    article = parse_text(
        "nouvelles\nUn titre\n24 juillet 2024\nLe texte commence ici et il est assez long.",
        options=NO_QUOTES,
    )
    assert (article.section, article.title, article.published) == (
        "nouvelles",
        "Un titre",
        date(2024, 7, 24),
    )
    assert len(article.body) == 1


def test_title_and_subtitle() -> None:
    article = parse_text(
        "The council votes on the budget after a long night\n\nA short standfirst here\n\n"
        "2024-07-24\n\nThe council met on Tuesday.",
        options=NO_QUOTES,
    )
    assert article.section is None
    assert article.title == "The council votes on the budget after a long night"
    assert article.subtitle == "A short standfirst here"


def test_text_without_header_lines() -> None:
    article = parse_text("It rained all day.\n\nThen it stopped.", options=NO_QUOTES)
    assert article.title is None
    assert len(article.body) == 2


def test_crlf_line_endings() -> None:
    article = parse_text("A title\r\n\r\n2024-07-24\r\n\r\nIt rained.", options=NO_QUOTES)
    assert (article.title, article.published) == ("A title", date(2024, 7, 24))
    assert article.text == "It rained."


# --------------------------------------------------------------------------- body details


def test_body_blocks() -> None:
    text = (
        "A title\n\n2024-07-24\n\nIt rained.\n\n## What happened next\n\n- one\n- two\n\n"
        "1. first\n2. second\n\n> We will rebuild.\n> — The mayor\n\n"
        "![The flooded square](https://example.com/flood.jpg)"
    )
    article = parse_text(text, options=NO_QUOTES)
    assert article.body == (
        Paragraph(text="It rained."),
        Heading(text="What happened next", level=2),
        ListBlock(items=("one", "two")),
        ListBlock(items=("first", "second"), ordered=True),
        BlockQuote(text="We will rebuild.", attribution="— The mayor"),
        Figure(image=Image(url="https://example.com/flood.jpg", caption="The flooded square")),
    )
    assert to_text(article) == text


def test_paragraphs_on_single_lines() -> None:
    article = parse_text(
        "A title\n2024-07-24\nFirst paragraph.\nSecond paragraph.\nThird.", options=NO_QUOTES
    )
    assert [b.text for b in article.body if isinstance(b, Paragraph)] == [
        "First paragraph.",
        "Second paragraph.",
        "Third.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "SHARE:",
        "Advertisement",
        "Lire aussi : Le climat en question",
        "Read more: Ten things to know",
        "Facebook Twitter Email",
        "Share | Tweet | WhatsApp",
        "/ Partager · Facebook • E-mail /",
        "SHARE   TWITTER",
        "Publicité",
        "Anzeige",
        "Mehr zum Thema: Energie",
    ],
)
def test_navigation_lines_are_dropped_with_a_diagnostic(line: str) -> None:
    article = parse_text(f"A title\n\n2024-07-24\n\nIt rained.\n\n{line}\n\nIt stopped.")
    assert article.text == "It rained.\n\nIt stopped."
    dropped = _codes(article, DROPPED_LINE)
    assert len(dropped) == 1
    assert dropped[0].line == 7
    assert repr(line) in dropped[0].message


def test_share_in_a_sentence_is_text() -> None:
    article = parse_text("A title\n\n2024-07-24\n\nShare prices fell sharply on Monday.")
    assert article.text == "Share prices fell sharply on Monday."
    assert not _codes(article, DROPPED_LINE)


@pytest.mark.parametrize("line", ["Share Facebook prices", "Facebook posts", "Email Twitter 2024"])
def test_a_sharing_bar_is_only_sharing_words(line: str) -> None:
    article = parse_text(f"A title\n\n2024-07-24\n\nIt rained.\n\n{line}\n\nIt stopped.")
    assert line in article.text
    assert not _codes(article, DROPPED_LINE)


def test_rule_tables_read_lower_case_text_are_lower_case() -> None:
    # The rights phrases are searched in lower-cased text and the sharing-bar words match a
    # case-folded line: an upper-case letter in either table could never match.
    assert all(phrase == phrase.lower() for phrase in rules.RIGHTS_PHRASES)
    assert all(word == word.casefold() for word in rules.NAV_WORDS)


@pytest.mark.parametrize(
    "line",
    [
        "ALL RIGHTS RESERVED.",
        "Tous Droits Réservés",
        "Все права защищены.",
        "Queda PROHIBIDA su copia.",
    ],
)
def test_rights_phrases_in_any_case(line: str) -> None:
    article = parse_text(f"A title\n\n2024-07-24\n\nIt rained.\n\n{line}", options=NO_QUOTES)
    assert article.rights is not None
    assert article.rights.notice == line
    assert article.text == "It rained."


@pytest.mark.parametrize(
    ("line", "holder", "year", "terms"),
    [
        ("© 2024 The Daily Courier. All rights reserved.", "The Daily Courier", 2024, None),
        ("Copyright (c) 2020-2024 Example Media", "Example Media", 2024, None),
        ("© Observer.com", "Observer.com", None, None),
        ("本文系观察者网独家稿件，未经授权，不得转载。", "观察者网", None, "未经授权，不得转载"),
        (
            "Cet article est un manuscrit exclusif d'Observer.com et ne peut être reproduit "
            "sans autorisation.",
            "Observer.com",
            None,
            "ne peut être reproduit sans autorisation",
        ),
    ],
)
def test_rights_lines(line: str, holder: str, year: int | None, terms: str | None) -> None:
    article = parse_text(f"A title\n\n2024-07-24\n\nIt rained.\n\n{line}", options=NO_QUOTES)
    assert article.rights is not None
    assert article.rights.notice == line
    assert article.rights.holder == holder
    assert article.rights.year == year
    if terms is not None:
        assert article.rights.usage_terms == terms
    assert article.text == "It rained."


def test_copyright_line_in_the_middle_goes_to_rights() -> None:
    article = parse_text(
        "A title\n\n2024-07-24\n\nIt rained.\n\n© AFP\n\nIt stopped.", options=NO_QUOTES
    )
    assert article.rights is not None
    assert article.rights.notice == "© AFP"
    assert article.text == "It rained.\n\nIt stopped."
    assert article.publisher is None  # an agency holds it, not a publisher


# --------------------------------------------------------------------------- glued words


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [
        ("avecOpenAIComparable", "avec OpenAI Comparable"),
        ("depuisChatGPT", "depuis ChatGPT"),
        ("reportedThursday", "reported Thursday"),
        ("годаМосква", "года Москва"),
        ("theiPhone", None),
    ],
)
def test_glued_words(word: str, suggestion: str | None) -> None:
    article = parse_text(f"A title\n\n2024-07-24\n\nWe saw it {word} here.", options=NO_QUOTES)
    glued = _codes(article, GLUED_WORD)
    if suggestion is None:
        assert len(glued) <= 1
        return
    assert [d.suggestion for d in glued] == [suggestion]
    assert glued[0].path == "body[0].text"
    assert glued[0].span == (10, 10 + len(word))


@pytest.mark.parametrize(
    "word",
    ["iPhone", "OpenAI", "ChatGPT", "McDonald", "YouTube", "eBay", "LinkedIn", "DiCaprio", "kWh",
     "mRNA", "PhD", "GmbH", "ChatGPT2", "@jackDorsey", "#JeSuisCharlie", "example.com/fooBar",
     "l'État", "NASA", "Llama", "PolitiFact", "FiveThirtyEight", "RealClearPolitics", "SiriusXM"],
)  # fmt: skip
def test_real_camel_case_is_not_glued(word: str) -> None:
    article = parse_text(f"A title\n\n2024-07-24\n\nWe saw {word} here.", options=NO_QUOTES)
    assert not _codes(article, GLUED_WORD)


def test_glued_word_in_title() -> None:
    text = "Strike endsafterThree weeks\n\n2024-07-24\n\nIt ended."
    article = parse_text(text, options=NO_QUOTES)
    glued = _codes(article, GLUED_WORD)
    assert [(d.path, d.suggestion) for d in glued] == [("title", "endsafter Three")]
    split = parse_text(text, options=ParseOptions(split_glued_words=True, extract_quotes=False))
    assert split.title == "Strike endsafter Three weeks"


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("paragraph", "unbalanced"),
    [
        ("Il a dit « oui » et « non ».", False),
        ('He said "yes" and "no".', False),
        ("Er sagte „ja“ und ging.", False),
        ("He said “yes” and left.", False),
        ("他说：“是的。”", False),
        ("它说「好」。", False),
        ("Il a dit « oui et partit.", True),
        ('He said "yes and left.', True),
        ("He said yes” and left.", True),
        ("Il a dit oui ». Puis il est parti.", True),
        ("It's Bob's car, l'État, aujourd’hui.", False),
    ],
)
def test_unbalanced_quotes(paragraph: str, unbalanced: bool) -> None:
    article = parse_text(f"A title\n\n2024-07-24\n\n{paragraph}", options=NO_QUOTES)
    found = _codes(article, UNBALANCED_QUOTES)
    assert bool(found) is unbalanced
    for diagnostic in found:
        assert diagnostic.path == "body[0].text"


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \u00a0\u3000\n"])
def test_empty_text_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError, match="empty text"):
        parse_text(text)


def test_binary_text_is_unsupported() -> None:
    with pytest.raises(UnsupportedInputError, match="NUL"):
        parse_text("PK\x03\x04\x00\x00binary")


def test_non_utf8_bytes_are_unsupported() -> None:
    with pytest.raises(UnsupportedInputError, match="not UTF-8: byte 0xe9 at offset 5"):
        get_codec(Format.TEXT).read(b"Title\xe9\n\nText.", ParseOptions())


def test_lone_surrogates_are_replaced_with_a_diagnostic() -> None:
    article = parse_text("A title\n\n2024-07-24\n\nIt rained \ud800 here.", options=NO_QUOTES)
    assert article.text == "It rained \ufffd here."
    assert [d.code for d in article.diagnostics] == [REPLACED_CHARACTERS]
    article.model_dump_json()  # serialisable


def test_input_over_max_bytes() -> None:
    options = ParseOptions(max_bytes=100)
    with pytest.raises(InputTooLargeError):
        parse_text("x" * 101, options=options)
    with pytest.raises(InputTooLargeError):
        parse_text("é" * 60, options=options)  # 120 bytes in UTF-8
    with pytest.raises(InputTooLargeError):
        get_codec(Format.TEXT).read(b"x" * 101, options)
    assert parse_text("A title\n\nIt rained.", options=options).title == "A title"


def test_huge_single_line_is_fast() -> None:
    article = parse_text("word " * 200_000, options=NO_QUOTES)
    assert article.title is None
    assert len(article.body) == 1


@given(st.text(max_size=400))
def test_lenient_parse_never_raises(text: str) -> None:
    try:
        article = parse_text(text, options=NO_QUOTES)
    except NewsModelError:
        return
    article.model_dump_json()


@given(st.binary(max_size=400))
def test_lenient_read_of_bytes_never_raises(data: bytes) -> None:
    try:
        article = get_codec(Format.TEXT).read(data, NO_QUOTES)
    except NewsModelError:
        return
    article.model_dump_json()


HEADER_PIECES = st.sampled_from(
    [
        "nouvelles",
        "Business",
        "A short title",
        "2024-07-24",
        "July 24, 2024 3:05 PM EDT",
        "24.07.2024",
        "2024年7月24日",
        "Updated: 2024-07-25",
        "EnglishFrançaisDeutsch",
        "By Jane Roe and John Doe",
        "Share",
        "Source: Example Media",
        "© 2024 Example Media. All rights reserved.",
    ]
)
BODY_PIECES = st.sampled_from(
    [
        "[Texte/Observer Network Qi Qian] Le texte commence ici.",
        "Share",
        "Lire aussi : autre chose",
        "© 2024 Example Media. All rights reserved.",
        "Il a dit « oui » puis il est parti.",
        'He said "no and left.',
        "We met avecOpenAIComparable folks.",
        "- a list item",
        "1. first",
        "2. second",
        "> a quote",
        "## A heading",
        "![a caption](https://example.com/a.jpg)",
        "The council approved the budget on Tuesday.",
        "Le conseil a adopté le budget mardi après un long débat.",
        "",
    ]
)


@given(
    st.lists(HEADER_PIECES, max_size=6, unique=True),
    st.lists(BODY_PIECES, min_size=1, max_size=8),
    st.sampled_from(["\n", "\n\n"]),
)
def test_parse_is_stable_on_scraped_looking_text(
    header: list[str], body: list[str], separator: str
) -> None:
    """Whatever the reader makes of a scraped-looking text (header lines in any order, each at
    most once, then body lines), writing it and reading it again gives the same article
    (navigation lines are not written back, so their diagnostics go)."""
    text = separator.join([*header, *body])
    try:
        article = parse_text(text, options=NO_QUOTES)
    except ParseError:
        return
    written = to_text(article)
    if not written:
        assert not article.body
        assert article.title is None
        return
    again = parse_text(written, options=NO_QUOTES)
    kept = tuple(d for d in article.diagnostics if d.code != DROPPED_LINE)
    assert again == article.model_copy(update={"diagnostics": kept})


# --------------------------------------------------------------------------- round trips

SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "The council approved the budget on Tuesday after a long debate.",
        "It was the first vote of the new term and the result was close.",
        "Residents said they had not been told about the plan.",
        "The mayor said that the work would start in the spring.",
    ),
    "fr": (
        "Le conseil a adopté le budget mardi après un long débat.",
        "Il s'agit du premier vote de la nouvelle mandature et le résultat a été serré.",
        "Les habitants ont dit qu'ils n'avaient pas été informés du projet.",
        "Le maire a indiqué que les travaux commenceraient au printemps.",
    ),
    "de": (
        "Der Rat hat am Dienstag nach einer langen Debatte den Haushalt beschlossen.",
        "Es war die erste Abstimmung der neuen Amtszeit und das Ergebnis war knapp.",
        "Die Anwohner sagten, dass sie nicht über den Plan informiert worden seien.",
        "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen.",
    ),
    "es": (
        "El consejo aprobó el presupuesto el martes después de un largo debate.",
        "Fue la primera votación del nuevo mandato y el resultado fue ajustado.",
        "Los vecinos dijeron que no habían sido informados del plan.",
        "El alcalde dijo que las obras empezarán en la primavera.",
    ),
}
BYLINE_WORDS = {"en": ("By", "and"), "fr": ("Par", "et"), "de": ("Von", "und"), "es": ("Por", "y")}
RIGHTS_WORDS = {
    "en": "All rights reserved",
    "fr": "Tous droits réservés",
    "de": "Alle Rechte vorbehalten",
    "es": "Todos los derechos reservados",
}
MENU = (
    ("English", "en"),
    ("Français", "fr"),
    ("Deutsch", "de"),
    ("Español", "es"),
    ("Italiano", "it"),
    ("日本語", "ja"),
    ("中文", "zh"),
    ("Русский", "ru"),
)
VOCABULARY = (
    "council", "budget", "river", "storm", "market", "school", "bridge", "harvest", "museum",
    "railway", "tunnel", "festival", "library", "harbour", "orchard", "stadium", "garden",
)  # fmt: skip
GIVEN = ("Jane", "John", "Marie", "Hans", "Ana", "Luis", "Petra", "Karim", "Yuki", "Olga")
FAMILY = ("Roe", "Doe", "Dupont", "Müller", "García", "Pérez", "Schmidt", "Haddad", "Sato")
OUTLETS = ("Northfield Media", "Riverside Herald", "Valley Courier", "Lakeside Gazette")

capitalised = st.sampled_from(VOCABULARY).map(str.capitalize)
lower_words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=7)
names = st.builds(lambda g, f: f"{g} {f}", st.sampled_from(GIVEN), st.sampled_from(FAMILY))
urls = st.from_regex(r"https://[a-z]{3,10}\.(com|fr|de)/[a-z]{1,12}\.jpg", fullmatch=True)


@st.composite
def carried_articles(draw: st.DrawFn) -> Article:
    """Articles whose every field the text layout carries (see docs/text-format.md)."""
    language = draw(st.sampled_from(sorted(SENTENCES)))
    sentences = st.sampled_from(SENTENCES[language])
    paragraph = st.lists(sentences, min_size=1, max_size=3).map(
        lambda s: Paragraph(text=" ".join(s))
    )
    blocks = st.one_of(
        paragraph,
        st.builds(Heading, text=capitalised, level=st.integers(1, 6)),
        st.builds(ListBlock, items=st.lists(capitalised, min_size=1, max_size=4).map(tuple)),
        st.builds(
            ListBlock,
            items=st.lists(capitalised, min_size=2, max_size=4).map(tuple),
            ordered=st.just(True),
        ),
        st.builds(
            BlockQuote,
            text=sentences,
            attribution=st.none() | names.map(lambda n: f"— {n}"),
        ),
        st.builds(Figure, image=st.builds(Image, url=urls, caption=st.none() | capitalised)),
    )
    body = (draw(paragraph), *draw(st.lists(blocks, max_size=5)))

    titles = st.builds(lambda a, b: " ".join([a, *b]), capitalised, lower_words)
    title = draw(st.none() | titles)
    section = draw(st.none() | capitalised) if title else None
    published = draw(st.none() | news_dates)
    updated = draw(st.none() | news_dates)
    menu = draw(st.lists(st.sampled_from(MENU), min_size=2, max_size=4, unique=True))
    menu = menu if draw(st.booleans()) else []
    authors = draw(st.lists(names, max_size=3, unique=True))
    byline = None
    if authors:
        opener, conjunction = BYLINE_WORDS[language]
        joined = (
            authors[0]
            if len(authors) == 1
            else f"{', '.join(authors[:-1])} {conjunction} {authors[-1]}"
        )
        byline = f"{opener} {joined}"
    holder = draw(st.none() | st.sampled_from(OUTLETS))
    rights = None
    if holder is not None:
        year = draw(st.none() | st.integers(1990, 2030))
        terms = RIGHTS_WORDS[language]
        notice = f"© {year} {holder}. {terms}." if year else f"© {holder}. {terms}."
        rights = Rights(holder=holder, notice=notice, usage_terms=terms, year=year)
    publisher_name = draw(
        st.sampled_from([holder, *OUTLETS]) if holder else st.none() | st.sampled_from(OUTLETS)
    )
    publisher = (
        Organization(name=publisher_name, kind=OrganizationKind.PUBLISHER)
        if publisher_name
        else None
    )
    if title is None and publisher is None:
        # A first paragraph of one short sentence reads as a full-stop headline unless a
        # header line ends the header: with nothing to write there, the article has a title.
        title = draw(titles)
    specials = any([published, updated, menu, byline, publisher and publisher_name != holder])
    subtitle = None
    if title and specials and draw(st.booleans()):
        subtitle = draw(st.builds(lambda b: "A " + " ".join(b), lower_words))
        if section is None and len(title.split()) <= 4:
            title = f"{title} {' '.join(VOCABULARY[:3])}"
    return Article(
        section=section,
        title=title,
        subtitle=subtitle,
        language=language,
        published=published,
        updated=updated,
        authors=tuple(Person(name=name) for name in authors),
        byline=byline,
        publisher=publisher,
        body=body,
        variants=tuple(
            LanguageVariant(
                language=tag,
                label=label,
                relation=VariantRelation.TRANSLATION,
                is_current=tag == language,
            )
            for label, tag in menu
        ),
        rights=rights,
    )


@given(carried_articles())
def test_carried_articles_round_trip(article: Article) -> None:
    assert parse_text(to_text(article), options=NO_QUOTES) == article


@given(carried_articles())
def test_round_trip_with_quotes_is_stable(article: Article) -> None:
    """With quote extraction on, the quote layer derives from the body alone, so the round
    trip still holds."""
    first = parse_text(to_text(article))
    assert parse_text(to_text(first)) == first


def test_layout_omits_what_it_cannot_carry() -> None:
    article = Article(
        title="A title",
        url="https://example.com/a",
        keywords=("x",),
        authors=(Person(name="Jane Roe", role="Reporter"),),
        body=(Paragraph(text="It rained."),),
    )
    text = to_text(article)
    assert text == "A title\n\nBy Jane Roe\n\nIt rained."
    again = parse_text(text, options=NO_QUOTES)
    assert again.url is None
    assert again.keywords == ()
    assert again.byline == "By Jane Roe"


def test_publisher_written_as_a_source_line_when_nothing_else_names_it() -> None:
    article = Article(
        title="A title",
        language="en",
        publisher=Organization(name="Valley Courier", kind=OrganizationKind.PUBLISHER),
        body=(Paragraph(text="The council approved the budget on Tuesday after a debate."),),
    )
    text = to_text(article)
    assert "Source: Valley Courier" in text
    assert parse_text(text, options=NO_QUOTES) == article


def test_json_of_the_seed_is_stable(seed_article: Article) -> None:
    data = json.loads(seed_article.model_dump_json())
    assert data["published"] == "2024-07-24"
    assert data["language"] == "fr"
    assert Article.model_validate(data) == seed_article


# --------------------------------------------------------------------------- real scraped text


def _polnear_texts(shared: Path) -> list[Path]:
    texts = sorted((shared / "bench" / "quotes" / "polnear" / "dev" / "text").glob("*.txt"))
    if not texts:
        pytest.skip("the PolNeAR texts are not in the shared folder")
    return texts


def test_real_scraped_articles(shared: Path) -> None:
    """84 news articles of five US outlets as scraped text (PolNeAR), read in place: each
    parses, is English, keeps every paragraph, and reads back the same from what it writes."""
    paths = _polnear_texts(shared)
    titled = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        article = parse_text(text, options=NO_QUOTES)
        assert article.language == "en", path.name
        first = text.split("\n", 1)[0].strip()
        titled += article.title == first
        kept = [d for d in article.diagnostics if d.code != DROPPED_LINE]
        again = parse_text(to_text(article), options=NO_QUOTES)
        assert again == article.model_copy(update={"diagnostics": tuple(kept)}), path.name
        for diagnostic in article.diagnostics:
            if diagnostic.code == GLUED_WORD:
                assert diagnostic.suggestion is not None
                assert diagnostic.suggestion[0].islower(), diagnostic.message
    assert titled >= 0.8 * len(paths)


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\n2024-07-24\n\n" + "aA" * 200_000,
        "Title\n\n2024-07-24\n\n" + "«" * 200_000,
        "\n".join(f"line {i} here." for i in range(20_000)),
        "Title\n\n" + "Русский " * 300 + "x\n\nBody text here.",
        "Title\n\n" + "EnglishFrançais" * 150 + "x\n\nBody text here.",
        "[" * 50_000 + "\n\nBody.",
        "[Texte/" + "A " * 5000 + "] body",
        "\n\n".join(["2024-07-24"] * 2000),
        "Title\n\n2024-07-24\n\n" + "\n".join("> x" for _ in range(20_000)),
    ],
    ids=["glued", "quotes", "lines", "menu", "glued-menu", "brackets", "byline", "dates", "bq"],
)
def test_hostile_text_is_parsed_quickly_with_short_messages(text: str) -> None:
    began = time.process_time()
    article = parse_text(text, options=NO_QUOTES)
    to_text(article)
    assert time.process_time() - began < 10
    assert all(len(d.message) < 1000 for d in article.diagnostics)
