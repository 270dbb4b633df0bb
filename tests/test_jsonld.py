"""schema.org JSON-LD: the writer, the lenient reader and the round trip."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Image,
    LanguageVariant,
    Organization,
    OrganizationKind,
    Paragraph,
    ParseError,
    ParseOptions,
    Person,
    Rights,
    Source,
    SourceKind,
    UnsupportedInputError,
    VariantRelation,
    parse_html,
    parse_jsonld,
    to_jsonld,
)
from newsmodel.formats import Format, detect_format, dump, load
from newsmodel.formats.jsonld import load_json_lenient
from tests import strategies as s

EXACT = ParseOptions(extract_quotes=False, detect_language=False)
"""Round trips compare what was written: no detection, no extraction."""

# ----------------------------------------------------------------------------- strategies

# A Person object's name is one person unless it plainly names several ("A and B", commas) or
# opens with "By": names with those are read as bylines, so the strategy leaves them out.
names = s.words.filter(lambda n: not n.startswith(("By ", "And ")) and " And " not in n)
people = st.builds(
    Person,
    name=names,
    given_name=st.none() | s.words,
    family_name=st.none() | s.words,
    role=st.none() | s.line_text,
    affiliation=st.none() | s.line_text,
    url=st.none() | s.urls,
    aliases=st.lists(s.words, max_size=2).map(tuple),
    id=st.none() | st.from_regex(r"p[0-9]{1,3}", fullmatch=True),
)
acronyms = st.from_regex(r"[A-Z]{2,5}", fullmatch=True)
organizations = st.builds(
    Organization,
    name=s.words,
    kind=st.sampled_from(OrganizationKind),
    acronyms=st.lists(acronyms, max_size=2).map(tuple),
    aliases=st.lists(s.words.map(lambda w: w + " Group"), max_size=1).map(tuple),
    url=st.none() | s.urls,
)
publishers = st.builds(
    Organization, name=s.words, kind=st.just(OrganizationKind.PUBLISHER), url=st.none() | s.urls
)
agencies = st.builds(
    Organization, name=s.words, kind=st.just(OrganizationKind.NEWS_AGENCY), url=st.none() | s.urls
)
variants = st.builds(
    LanguageVariant,
    language=s.languages,
    label=st.none() | s.words,
    url=st.none() | s.urls,
    relation=st.sampled_from([VariantRelation.TRANSLATION, VariantRelation.ORIGINAL]),
)
rights = st.builds(
    Rights,
    holder=st.none() | s.words,
    notice=st.none() | s.line_text,
    usage_terms=st.none() | s.line_text,
    year=st.none() | st.integers(1900, 2100),
    license=st.none() | s.urls,
    is_accessible_for_free=st.none() | st.booleans(),
).filter(lambda r: r != Rights())
images = st.builds(
    Image,
    url=s.urls,
    caption=st.none() | s.line_text,
    credit=st.none() | s.line_text,
    alt=st.none() | s.line_text,
    width=st.none() | st.integers(1, 4000),
    height=st.none() | st.integers(1, 4000),
)
sources = st.builds(
    Source,
    kind=st.sampled_from(SourceKind),
    description=s.line_text,
    url=st.none() | s.urls,
    date=st.none() | s.news_dates,
    publisher=st.none() | people | organizations,
)


@st.composite
def jsonld_articles(draw: st.DrawFn) -> Article:
    """Articles made only of what JSON-LD carries (paragraph bodies, translations, …)."""
    variant_list = draw(st.lists(variants, max_size=3))
    originals = [v for v in variant_list if v.relation is VariantRelation.ORIGINAL][:1]
    translations = [v for v in variant_list if v.relation is VariantRelation.TRANSLATION]
    return Article(
        id=draw(st.none() | st.from_regex(r"urn:newsmodel:[a-f0-9]{8}", fullmatch=True)),
        url=draw(st.none() | s.urls),
        canonical_url=draw(st.none() | s.urls),
        title=draw(st.none() | s.line_text),
        subtitle=draw(st.none() | s.line_text),
        section=draw(st.none() | s.words),
        language=draw(st.none() | s.languages),
        published=draw(st.none() | s.news_dates),
        updated=draw(st.none() | s.news_dates),
        authors=tuple(draw(st.lists(people, max_size=3, unique_by=lambda p: p.name))),
        agencies=tuple(draw(st.lists(agencies, max_size=2, unique_by=lambda o: o.name))),
        byline=draw(st.none() | s.line_text),
        # The publisher slot reads a plain "Organization" as a publisher.
        publisher=draw(st.none() | publishers),
        body=tuple(draw(st.lists(s.paragraphs, max_size=4))),
        variants=(*originals, *translations),
        sources=tuple(draw(st.lists(sources, max_size=2))),
        people=tuple(draw(st.lists(people, max_size=2))),
        organizations=tuple(draw(st.lists(organizations, max_size=2))),
        rights=draw(st.none() | rights),
        keywords=tuple(draw(st.lists(s.words, max_size=3, unique=True))),
        images=tuple(draw(st.lists(images, max_size=2, unique_by=lambda i: i.url))),
    )


# ----------------------------------------------------------------------------- round trip


@given(jsonld_articles())
def test_round_trip_is_exact_for_what_jsonld_carries(article: Article) -> None:
    assert parse_jsonld(to_jsonld(article), options=EXACT) == article


@given(s.articles())
def test_any_article_writes_valid_jsonld(article: Article) -> None:
    value = json.loads(to_jsonld(article))
    assert value["@type"] == "NewsArticle"
    assert value["@context"] == "https://schema.org"
    back = parse_jsonld(to_jsonld(article))
    assert back.title == article.title
    assert back.published == article.published
    assert back.updated == article.updated
    # Without inLanguage the reader may detect the language from the text (and says so).
    assert back.language == article.language or (
        article.language is None and any("detected" in d.message for d in back.diagnostics)
    )
    assert parse_jsonld(to_jsonld(article), options=EXACT).language == article.language


def test_codec_and_detection() -> None:
    article = Article(title="T", language="fr")  # no body: nothing to detect or extract
    text = dump(article, "jsonld")
    assert detect_format(text) is Format.JSONLD
    assert load(text) == article


# ----------------------------------------------------------------------------- lenient reader

YOAST = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "Organization",
            "@id": "https://example.com/#organization",
            "name": "Example Times",
            "url": "https://example.com/",
        },
        {
            "@type": "WebPage",
            "@id": "https://example.com/a/#webpage",
            "url": "https://example.com/a/",
            "name": "A headline - Example Times",
        },
        {
            "@type": ["Article", "NewsArticle"],
            "@id": "https://example.com/a/#article",
            "headline": "A headline",
            "isPartOf": {"@id": "https://example.com/a/#webpage"},
            "mainEntityOfPage": {"@id": "https://example.com/a/#webpage"},
            "author": {"@id": "https://example.com/#/schema/person/1"},
            "publisher": {"@id": "https://example.com/#organization"},
            "datePublished": "2023-03-01T08:15:00+01:00",
            "dateModified": "2023-03-02T09:00:00+00:00",
            "articleSection": ["World", "Europe"],
            "keywords": "EU, Brussels, summit",
            "inLanguage": "en-GB",
        },
        {
            "@type": "Person",
            "@id": "https://example.com/#/schema/person/1",
            "name": "Jane Roe",
            "givenName": "Jane",
            "familyName": "Roe",
        },
    ],
}


def test_yoast_graph_resolves_references() -> None:
    article = parse_jsonld(json.dumps(YOAST))
    assert article.title == "A headline"
    assert article.canonical_url == "https://example.com/a/#webpage"
    assert [(p.name, p.given_name, p.family_name) for p in article.authors] == [
        ("Jane Roe", "Jane", "Roe")
    ]
    assert article.publisher is not None
    assert article.publisher.name == "Example Times"
    assert article.published == datetime(2023, 3, 1, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    assert article.updated == datetime(2023, 3, 2, 9, 0, tzinfo=UTC)
    assert article.section == "World"
    assert article.keywords == ("EU", "Brussels", "summit")
    assert article.language == "en-GB"


@pytest.mark.parametrize(
    ("author", "names", "agencies"),
    [
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"], []),
        ({"@type": "Person", "name": "Jane Roe"}, ["Jane Roe"], []),
        (
            [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Organization", "name": "AFP"}],
            ["Jane Roe"],
            ["Agence France-Presse"],
        ),
        ([{"@type": "Person", "name": "Jane Roe, Reuters"}], ["Jane Roe"], ["Reuters"]),
        ({"@type": "Organization", "name": "Example Times"}, [], []),
        (["Jane Roe", "John Doe"], ["Jane Roe", "John Doe"], []),
    ],
)
def test_author_shapes(author: object, names: list[str], agencies: list[str]) -> None:
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    article = parse_jsonld(json.dumps(doc))
    assert [p.name for p in article.authors] == names
    assert [a.name for a in article.agencies] == agencies


def test_list_of_nodes_and_date_precision() -> None:
    doc = [
        {"@context": "https://schema.org", "@type": "BreadcrumbList"},
        {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": "Post",
            "datePublished": "2024-07-24",
            "dateModified": "2024-07-25T10:00:00",
            "isAccessibleForFree": "False",
        },
    ]
    article = parse_jsonld(json.dumps(doc))
    assert article.title == "Post"
    assert article.published == date(2024, 7, 24)
    assert article.updated == datetime(2024, 7, 25, 10, 0)
    assert article.updated.tzinfo is None  # no offset given, none invented
    assert article.rights == Rights(is_accessible_for_free=False)


def test_variants_relations() -> None:
    doc = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "inLanguage": "fr",
        "translationOfWork": {"@type": "NewsArticle", "inLanguage": "zh", "url": "https://x.cn/1"},
        "workTranslation": [
            {
                "@type": "NewsArticle",
                "inLanguage": {"@type": "Language", "name": "English", "alternateName": "en"},
                "url": "https://x.com/en/1",
            }
        ],
    }
    article = parse_jsonld(json.dumps(doc))
    assert article.variants == (
        LanguageVariant(language="zh", url="https://x.cn/1", relation=VariantRelation.ORIGINAL),
        LanguageVariant(language="en", label="English", url="https://x.com/en/1"),
    )


def test_bad_values_become_diagnostics() -> None:
    doc = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "H",
        "inLanguage": "not a language!",
        "datePublished": "yesterday-ish",
    }
    article = parse_jsonld(json.dumps(doc))
    assert article.language is None
    assert article.published is None
    assert {d.code for d in article.diagnostics} == {"NM573"}


def test_errors() -> None:
    with pytest.raises(ParseError, match="invalid JSON"):
        parse_jsonld("{nope")
    with pytest.raises(ParseError, match=r"no schema\.org article"):
        parse_jsonld('{"@type": "Person", "name": "x"}')
    with pytest.raises(UnsupportedInputError):
        parse_jsonld(b"\xff\xfe{}")
    with pytest.raises(ParseError):
        parse_jsonld("[" * 100_000 + "]" * 100_000)


def test_deep_nesting_is_bounded() -> None:
    inner: dict[str, object] = {"@type": "NewsArticle", "headline": "deep"}
    for _ in range(200):
        inner = {"@graph": [inner]}
    article_value = json.dumps(inner)
    with pytest.raises(ParseError, match=r"no schema\.org article"):
        parse_jsonld(article_value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"@type": "NewsArticle", "headline": "x",}', "NM570"),
        ('<!--\n{"@type": "NewsArticle"}\n-->', "NM570"),
        ('{"@type": "NewsArticle", "headline": "a\nb"}', "NM570"),
        ('{"@type": "NewsArticle"}{"@type": "Person"}', "NM570"),
        ("{{{", "NM571"),
    ],
)
def test_lenient_json(text: str, code: str) -> None:
    value, diagnostics = load_json_lenient(text)
    assert [d.code for d in diagnostics] == [code]
    assert (value is None) == (code == "NM571")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stray brace after the object (a template closing one block too many).
        ('{"@type": "NewsArticle", "datePublished": "2021-03-04"}\n}', {"datePublished"}),
        # Two objects, then a template's leftovers.
        ('{"@type": "NewsArticle"}\n{"@type": "Person"} }} <!-- end -->', None),
    ],
)
def test_lenient_json_reads_the_values_before_trailing_text(
    text: str, expected: set[str] | None
) -> None:
    value, diagnostics = load_json_lenient(text)
    assert [d.code for d in diagnostics] == ["NM570"]
    assert "text after its end ignored" in diagnostics[0].message
    if expected is None:
        assert value == [{"@type": "NewsArticle"}, {"@type": "Person"}]
    else:
        assert value["@type"] == "NewsArticle"
        assert expected <= set(value)


def test_a_page_whose_json_ld_ends_in_a_stray_brace_keeps_its_date() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Vijesti", "datePublished": "2021-03-04T10:00"}}'
    script = f'<script type="application/ld+json">{ld}</script>'
    article = parse_html(f"<html><head>{script}</head><body></body></html>")
    assert article.published is not None
    assert article.published.isoformat() == "2021-03-04T10:00:00"


def test_a_long_run_of_values_before_junk_is_read_whole() -> None:
    value, _ = load_json_lenient("{}" * 200_000 + "}")
    assert isinstance(value, list)
    assert len(value) == 200_000


@given(st.text(max_size=200))
def test_lenient_json_never_raises(text: str) -> None:
    load_json_lenient(text)


@given(
    st.recursive(
        st.none() | st.booleans() | st.text(max_size=5) | st.integers(),
        lambda c: (
            st.lists(c, max_size=3)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "@type",
                        "headline",
                        "author",
                        "@graph",
                        "image",
                        "datePublished",
                        "publisher",
                        "inLanguage",
                        "name",
                        "citation",
                        "workTranslation",
                        "keywords",
                    ]
                ),
                c,
                max_size=4,
            )
        ),
        max_leaves=20,
    )
)
def test_reader_never_crashes_on_odd_shapes(value: object) -> None:
    doc = {
        "@type": "NewsArticle",
        "headline": "x",
        "author": value,
        "image": value,
        "citation": value,
        "publisher": value,
        "keywords": value,
        "inLanguage": value,
        "workTranslation": value,
        "datePublished": value,
    }
    with contextlib.suppress(ParseError):
        parse_jsonld(json.dumps(doc))


def test_paragraph_body() -> None:
    article = Article(body=(Paragraph(text="One."), Paragraph(text="Two.")))
    assert json.loads(to_jsonld(article))["articleBody"] == "One.\n\nTwo."
    assert parse_jsonld(to_jsonld(article)).body == article.body


def test_reader_finishes_like_the_other_readers() -> None:
    doc = {
        "@type": "NewsArticle",
        "headline": "Zuckerberg",
        "articleBody": "Le 23 juillet, la société mère de Facebook a publié un nouveau modèle. "
        "Il a déclaré que ceux qui pensent le contraire sont « irréalistes ».",
    }
    article = parse_jsonld(json.dumps(doc), options=ParseOptions(url="https://x.fr/a"))
    assert article.url == "https://x.fr/a"
    assert article.language == "fr"
    assert "NM575" in {d.code for d in article.diagnostics}
    exact = parse_jsonld(json.dumps(doc), options=EXACT)
    assert exact.language is None
    assert exact.quotes == ()


def test_seed_through_jsonld(seed_text: str) -> None:
    from newsmodel import parse_text

    article = parse_text(seed_text)
    back = parse_jsonld(to_jsonld(article), options=EXACT)
    for name in ("title", "subtitle", "section", "language", "published", "updated", "rights"):
        assert getattr(back, name) == getattr(article, name), name
    assert [(p.name, p.affiliation, p.role) for p in back.authors] == [
        (p.name, p.affiliation, p.role) for p in article.authors
    ]
    assert back.byline == article.byline
    assert back.variants == tuple(
        v
        for v in article.variants
        if v.relation in (VariantRelation.TRANSLATION, VariantRelation.ORIGINAL)
        and not v.is_current
    )
    assert [b.text for b in back.body] == [  # type: ignore[union-attr]
        b.text  # type: ignore[union-attr]
        for b in article.body
    ]
    assert [p.name for p in back.people] == [p.name for p in article.people]


def test_marked_agency_keeps_its_name() -> None:
    article = Article(agencies=(Organization(name="Ap", kind=OrganizationKind.NEWS_AGENCY),))
    assert parse_jsonld(to_jsonld(article), options=EXACT) == article
