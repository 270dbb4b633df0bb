"""to_html writes a semantic page that parse_html reads back to the same article."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

from newsmodel import (
    Article,
    BlockQuote,
    Figure,
    Gender,
    Heading,
    Image,
    LanguageVariant,
    ListBlock,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Rights,
    Source,
    SourceKind,
    Span,
    SpanKind,
    VariantRelation,
    parse_html,
    to_html,
)
from newsmodel.formats import Format, detect_format, dump, load
from tests import strategies as s

# ----------------------------------------------------------------------------- strategies
# Richer than tests/strategies.py: every field HTML carries, spans that cross quotes, quotes
# that cannot sit in their block's text (multi-block, offsets that do not match), nesting.

any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\r\x0c"),
    max_size=40,
)
people = st.builds(
    Person,
    id=st.none() | st.from_regex(r"p[0-9]{1,2}", fullmatch=True),
    name=s.line_text,
    given_name=st.none() | s.words,
    family_name=st.none() | s.words,
    aliases=st.lists(s.line_text, max_size=2).map(tuple),
    role=st.none() | any_text,
    affiliation=st.none() | s.words,
    credit=st.none() | s.words,
    gender=st.sampled_from(Gender),
    url=st.none() | s.urls,
)
organizations = st.builds(
    Organization,
    name=s.line_text,
    acronyms=st.lists(s.words, max_size=2).map(tuple),
    aliases=st.lists(s.words, max_size=1).map(tuple),
    kind=st.sampled_from(OrganizationKind),
    url=st.none() | s.urls,
)
entities = people | organizations
images = st.builds(
    Image,
    url=s.urls,
    caption=st.none() | any_text,
    credit=st.none() | any_text,
    alt=st.none() | any_text,
    width=st.none() | st.integers(1, 5000),
    height=st.none() | st.integers(1, 5000),
)
sources = st.builds(
    Source,
    id=st.none() | st.from_regex(r"s[0-9]", fullmatch=True),
    kind=st.sampled_from(SourceKind),
    description=s.line_text,
    publisher=st.none() | entities,
    url=st.none() | s.urls,
    date=st.none() | s.news_dates,
)


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(any_text)
    spans = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text) + 2))
        end = draw(st.integers(0, len(text) + 2))
        spans.append(
            Span(
                kind=draw(st.sampled_from(SpanKind)),
                start=start,
                end=end,
                href=draw(st.none() | s.urls),
            )
        )
    return Paragraph(text=text, spans=tuple(spans))


blocks = st.one_of(
    paragraphs(),
    st.builds(Heading, text=any_text, level=st.integers(1, 6)),
    st.builds(
        BlockQuote,
        text=st.lists(any_text, min_size=1, max_size=3).map("\n\n".join),
        cite=st.none() | s.urls,
        attribution=st.none() | any_text,
    ),
    st.builds(ListBlock, items=st.lists(any_text, max_size=4).map(tuple), ordered=st.booleans()),
    st.builds(Figure, image=images),
)
variants = st.builds(
    LanguageVariant,
    language=st.none() | s.languages,
    label=st.none() | any_text,
    url=st.none() | s.urls,
    relation=st.sampled_from(VariantRelation),
    is_current=st.booleans(),
)
rights = st.builds(
    Rights,
    holder=st.none() | any_text,
    notice=st.none() | any_text,
    usage_terms=st.none() | any_text,
    year=st.none() | st.integers(1000, 9999),
    license=st.none() | s.urls,
    is_accessible_for_free=st.none() | st.booleans(),
)


@st.composite
def quotes_for(
    draw: st.DrawFn, body: tuple[object, ...], speakers: list[object], source_list: list[Source]
) -> Quote:
    block = draw(st.integers(0, max(len(body) - 1, 0)))
    target = body[block] if body else None
    text_of = target.text if isinstance(target, Paragraph | Heading) else ""
    start = draw(st.integers(0, len(text_of)))
    end = draw(st.integers(start, len(text_of)))
    exact = draw(st.booleans())
    text = text_of[start:end] if exact and text_of[start:end] else draw(s.line_text)
    nested: tuple[Quote, ...] = ()
    if exact and end > start and draw(st.booleans()):
        inner_start = draw(st.integers(start, end))
        inner_end = draw(st.integers(inner_start, end))
        if text_of[inner_start:inner_end]:
            nested = (
                Quote(
                    text=text_of[inner_start:inner_end],
                    kind=QuoteKind.DIRECT,
                    block=block,
                    start=inner_start,
                    end=inner_end,
                    open_mark="'",
                    close_mark="'",
                ),
            )
    return Quote(
        text=text,
        kind=draw(st.sampled_from(QuoteKind)),
        speaker=draw(st.none() | (st.sampled_from(speakers) if speakers else people)),
        speaker_text=draw(st.none() | s.words),
        cue=draw(st.none() | s.words),
        block=block,
        start=start,
        end=end,
        end_block=draw(st.none() | st.integers(block, block + 2)),
        open_mark=draw(st.none() | st.sampled_from(["«", '"', "“"])),
        close_mark=draw(st.none() | st.sampled_from(["»", '"', "”"])),
        nested=nested,
        source=draw(st.none() | st.sampled_from(source_list) | sources) if source_list else None,
        unclosed=draw(st.booleans()),
    )


@st.composite
def rich_articles(draw: st.DrawFn) -> Article:
    body = tuple(draw(st.lists(blocks, max_size=5)))
    people_list = draw(st.lists(people, max_size=2))
    orgs = draw(st.lists(organizations, max_size=2))
    authors = draw(st.lists(people, max_size=2))
    source_list = draw(st.lists(sources, max_size=2))
    quote_list = draw(
        st.lists(quotes_for(body, [*people_list, *orgs, *authors], source_list), max_size=3)
    )
    return Article(
        id=draw(st.none() | st.from_regex(r"urn:x:[a-z0-9]{1,8}", fullmatch=True)),
        url=draw(st.none() | s.urls),
        canonical_url=draw(st.none() | s.urls),
        title=draw(st.none() | any_text),
        subtitle=draw(st.none() | any_text),
        section=draw(st.none() | any_text),
        language=draw(st.none() | s.languages),
        published=draw(st.none() | s.news_dates),
        updated=draw(st.none() | s.news_dates),
        authors=tuple(authors),
        byline=draw(st.none() | any_text),
        agencies=tuple(draw(st.lists(organizations, max_size=2))),
        publisher=draw(st.none() | organizations),
        body=body,
        quotes=tuple(quote_list),
        people=tuple(people_list),
        organizations=tuple(orgs),
        sources=tuple(source_list),
        variants=tuple(draw(st.lists(variants, max_size=3))),
        rights=draw(st.none() | rights),
        keywords=tuple(draw(st.lists(any_text, max_size=3))),
        images=tuple(draw(st.lists(images, max_size=2))),
        machine_translated=draw(st.none() | st.booleans()),
    )


# ----------------------------------------------------------------------------- properties


@given(s.articles())
def test_round_trip_shared_strategy(article: Article) -> None:
    assert parse_html(to_html(article)) == article


@given(rich_articles())
def test_round_trip_every_field(article: Article) -> None:
    assert parse_html(to_html(article)) == article


@given(rich_articles())
def test_round_trip_from_bytes(article: Article) -> None:
    assert parse_html(to_html(article).encode("utf-8")) == article


# ----------------------------------------------------------------------------- real articles


def test_seed_round_trip(seed_text: str) -> None:
    from newsmodel import parse_text

    article = parse_text(seed_text).model_copy(update={"diagnostics": ()})
    assert article.quotes  # the seed's quotes travel as <q> markup
    html = to_html(article)
    assert parse_html(html) == article
    assert parse_html(html.encode("utf-8")) == article


def test_written_page_reads_as_any_page(seed_text: str) -> None:
    """Without newsmodel's generator mark, the generic reader still finds the metadata in the
    markup and the JSON-LD newsmodel writes (the HTML itself carries it)."""
    from newsmodel import ParseOptions, parse_text

    article = parse_text(seed_text)
    html = to_html(article).replace('name="generator"', 'name="x-generator"')
    generic = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert generic.title == article.title
    assert generic.language == article.language
    assert generic.published == article.published
    assert [p.name for p in generic.authors] == [p.name for p in article.authors]
    assert generic.rights is not None
    assert article.rights is not None
    assert generic.rights.holder == article.rights.holder
    assert [v.language for v in generic.variants] == [
        v.language for v in article.variants if v.relation is VariantRelation.TRANSLATION
    ]
    assert generic.text.startswith(article.body[0].text[:60])  # type: ignore[union-attr]


def test_markup_is_semantic() -> None:
    article = Article(
        title="T",
        language="fr",
        published=date(2024, 7, 24),
        authors=(Person(name="Qi Qian", role="Reporter"),),
        body=(Paragraph(text="Il a dit « oui »."),),
        quotes=(Quote(text="oui", kind=QuoteKind.DIRECT, block=0, start=11, end=14),),
        variants=(LanguageVariant(language="en", url="https://x.com/en", label="English"),),
        images=(Image(url="https://x.com/a.jpg", caption="Cap", credit="AFP"),),
    )
    root = lxml_html.document_fromstring(to_html(article))
    assert root.get("lang") == "fr"
    assert root.xpath("//article/header/h1/text()") == ["T"]
    assert root.xpath("//time[@itemprop='datePublished']/@datetime") == ["2024-07-24"]
    assert root.xpath("//*[@itemprop='author']//*[@itemprop='name']/text()") == ["Qi Qian"]
    assert root.xpath("//*[@itemprop='author']//*[@itemprop='jobTitle']/text()") == ["Reporter"]
    assert root.xpath("//div[@itemprop='articleBody']/p/q/text()") == ["oui"]
    assert root.xpath("//link[@rel='alternate']/@hreflang") == ["en"]
    assert root.xpath("//figure//figcaption/small/text()") == ["AFP"]
    assert root.xpath("//script[@type='application/ld+json']")
    # No copy of the article hides in the page: its canonical JSON is nowhere.
    assert '"schema_version"' not in to_html(article)


def test_codec() -> None:
    article = Article(title="T", body=(Paragraph(text="x"),))
    text = dump(article, "html")
    assert detect_format(text) is Format.HTML
    assert load(text) == article
    assert load(text.encode("utf-8"), "html") == article


def test_link_inside_link() -> None:
    spans = (
        Span(kind=SpanKind.LINK, start=0, end=3, href="https://c.example/"),
        Span(kind=SpanKind.LINK, start=1, end=2, href="https://a.example/x"),
        Span(kind=SpanKind.EMPHASIS, start=0, end=0),
    )
    article = Article(body=(Paragraph(text="0ab", spans=spans),))
    html = to_html(article)
    assert html.count("<a ") == 1  # HTML cannot nest links: the inner one is a span
    assert parse_html(html) == article
