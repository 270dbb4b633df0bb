"""Hypothesis strategies that build valid articles from the models.

Format tests narrow these to what their format carries (``articles(quotes=False)`` …).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from newsmodel import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
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
    VariantRelation,
)

LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "pt-BR", "nl", "ru", "ja", "zh", "zh-Hant", "ko")

# Printable text without control characters or surrogates; one line.
line_text = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\u0085"
        ),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)
words = st.from_regex(r"[A-Z][a-zà-ÿ]{1,10}( [A-Z][a-zà-ÿ]{1,10}){0,2}", fullmatch=True)
urls = st.from_regex(r"https://[a-z]{1,12}\.(com|fr|de)/[a-z0-9/-]{0,30}", fullmatch=True)
languages = st.sampled_from(LANGUAGES)

news_dates = st.one_of(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.builds(
        lambda d, minutes: d.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=minutes))),
        st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 12, 31)),
        st.integers(-12 * 4, 14 * 4).map(lambda q: q * 15),
    ),
)

people = st.builds(Person, name=words, role=st.none() | line_text, affiliation=st.none() | words)
organizations = st.builds(
    Organization, name=words, kind=st.sampled_from(OrganizationKind), acronyms=st.just(())
)
paragraphs = st.builds(Paragraph, text=line_text)
blocks = st.one_of(
    paragraphs,
    st.builds(Heading, text=line_text, level=st.integers(1, 6)),
    st.builds(BlockQuote, text=line_text, attribution=st.none() | words),
    st.builds(ListBlock, items=st.lists(line_text, min_size=1, max_size=4).map(tuple)),
    st.builds(Figure, image=st.builds(Image, url=urls, caption=st.none() | line_text)),
)
variants = st.builds(
    LanguageVariant,
    language=languages,
    label=st.none() | words,
    url=st.none() | urls,
    relation=st.sampled_from(VariantRelation),
)
rights = st.builds(Rights, holder=st.none() | words, notice=st.none() | line_text)


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    """A dateline: a place, what may follow it (a day, an agency), or both."""
    place = draw(st.none() | words.map(str.upper) | words)
    tail = draw(st.none() | st.sampled_from(("(AP)", "(Reuters)", "(dpa/lno)", "July 5 (AFP)")))
    if place is None:
        return Dateline(text=tail or draw(words))
    return Dateline(text=f"{place} {tail}" if tail else place, place=place)


@st.composite
def articles(draw: st.DrawFn, *, quotes: bool = True) -> Article:
    """Any valid article; with ``quotes=False`` no quotes, people, organisations or sources."""
    body = tuple(draw(st.lists(blocks, max_size=6)))
    kwargs: dict[str, object] = {
        "url": draw(st.none() | urls),
        "title": draw(st.none() | line_text),
        "subtitle": draw(st.none() | line_text),
        "section": draw(st.none() | words),
        "dateline": draw(st.none() | datelines()),
        "language": draw(st.none() | languages),
        "published": draw(st.none() | news_dates),
        "updated": draw(st.none() | news_dates),
        "authors": tuple(draw(st.lists(people, max_size=3))),
        "publisher": draw(st.none() | organizations),
        "body": body,
        "variants": tuple(draw(st.lists(variants, max_size=3))),
        "rights": draw(st.none() | rights),
        "keywords": tuple(draw(st.lists(words, max_size=3))),
    }
    if quotes:
        speakers = draw(st.lists(people, max_size=2))
        orgs = draw(st.lists(organizations, max_size=2))
        kwargs["people"] = tuple(speakers)
        kwargs["organizations"] = tuple(orgs)
        quote_list = []
        for index, block in enumerate(body):
            if isinstance(block, Paragraph) and draw(st.booleans()):
                quote_list.append(
                    Quote(
                        text=block.text,
                        kind=draw(st.sampled_from(QuoteKind)),
                        speaker=draw(st.none() | st.sampled_from(speakers)) if speakers else None,
                        block=index,
                        start=0,
                        end=len(block.text),
                        source=draw(
                            st.none()
                            | st.builds(Source, kind=st.sampled_from(SourceKind), description=words)
                        ),
                    )
                )
        kwargs["quotes"] = tuple(quote_list)
    return Article.model_validate(kwargs)
