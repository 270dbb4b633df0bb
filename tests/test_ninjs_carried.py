"""What ninjs and NITF carry of an article: the expected value of ``parse(write(article))``.

Each function maps an article to the article its format reads back, field by field, as
``docs/formats.md`` tables it. The round-trip properties compare against these, so a field a
format drops must be dropped here too, and nothing else may change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import strategies as st

from newsmodel import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    LanguageVariant,
    Organization,
    OrganizationKind,
    Paragraph,
    ParseOptions,
    Person,
    Quote,
    QuoteKind,
    Rights,
    Span,
    SpanKind,
)
from newsmodel._xml import QUOTE_MARKS, Mark, _properly_nested, quote_mark_near
from newsmodel.formats.ninjs import (
    _GENERATED_URN,
    _as_uri,
    document_uri,
)


def _quotes_and_spans(
    article: Article,
    people: Sequence[Person],
    orgs: Sequence[Organization],
    authors: Sequence[Person],
) -> tuple[tuple[Quote, ...], dict[int, tuple[Span, ...]]]:
    """Quotes and spans as the ``<q>``/inline markup writes them: crossing marks dropped,
    indirect and multi-block quotes dropped, speakers resolved by name."""
    quotes: list[Quote] = []
    spans: dict[int, tuple[Span, ...]] = {}
    for index, block in enumerate(article.body):
        if not isinstance(block, Paragraph):
            continue
        marks = [Mark(s.start, s.end, "span", payload=s) for s in block.spans]
        for quote in article.quotes:
            if (
                quote.block == index
                and quote.kind is not QuoteKind.INDIRECT
                and quote.end_block in (None, quote.block)
            ):
                marks.append(Mark(quote.start, quote.end, "q", payload=quote))
        kept = _properly_nested(marks, len(block.text))
        kept_ids = {id(m.payload) for m in kept}
        spans[index] = tuple(
            s if s.kind in (SpanKind.LINK, SpanKind.QUOTE) else s.model_copy(update={"href": None})
            for s in block.spans
            if id(s) in kept_ids
        )
        for mark in sorted((m for m in kept if m.tag == "q"), key=lambda m: (m.start, -m.end)):
            quote = mark.payload
            assert isinstance(quote, Quote)
            speaker: Person | Organization | None = None
            if quote.speaker is not None:
                name = quote.speaker.name
                speaker = next(
                    (e for e in (*people, *orgs, *authors) if e.name == name), None
                ) or Person(name=name)
            quotes.append(
                Quote(
                    text=block.text[quote.start : quote.end],
                    kind=quote.kind,
                    speaker=speaker,
                    block=index,
                    start=quote.start,
                    end=quote.end,
                    open_mark=quote_mark_near(block.text, quote.start - 1, -1) or None,
                    close_mark=quote_mark_near(block.text, quote.end, 1) or None,
                )
            )
    quotes = [
        q.model_copy(
            update={
                "open_mark": q.open_mark if q.open_mark in QUOTE_MARKS else None,
                "close_mark": q.close_mark if q.close_mark in QUOTE_MARKS else None,
            }
        )
        for q in quotes
    ]
    return tuple(quotes), spans


def _body(article: Article, spans: dict[int, tuple[Span, ...]], *, nitf: bool) -> tuple:
    out = []
    for index, block in enumerate(article.body):
        if isinstance(block, Paragraph):
            block = block.model_copy(update={"spans": spans.get(index, ())})
        elif isinstance(block, BlockQuote) and block.attribution == "":
            block = block.model_copy(update={"attribution": None})
        elif isinstance(block, Figure):
            block = Figure(image=block.image)
        out.append(block)
    return tuple(out)


def _person_ninjs(person: Person) -> Person:
    return Person(name=person.name, url=_as_uri(person.url))


def _org(org: Organization, kind: OrganizationKind, *, url: bool) -> Organization:
    return Organization(name=org.name, kind=kind, url=_as_uri(org.url) if url else None)


def _from_byline(
    article: Article, authors: list[Person], agencies: list[Organization]
) -> tuple[list[Person], list[Organization]]:
    """A byline with no authors reads back with the authors (and, lacking any, the agencies)
    newsmodel's byline reader finds in it."""
    if not article.byline or not article.byline.strip() or authors:
        return authors, agencies
    from newsmodel._bylines import parse_byline

    found = parse_byline(article.byline.strip(), language=article.language)
    return list(found.authors), agencies or list(found.agencies)


def ninjs_carried(article: Article) -> Article:
    """What :func:`to_ninjs` then :func:`parse_ninjs` gives back of ``article``."""
    uri = document_uri(article)
    authors = [_person_ninjs(p) for p in article.authors]
    people = [_person_ninjs(p) for p in article.people]
    orgs = [_org(o, OrganizationKind.OTHER, url=True) for o in article.organizations]
    quotes, spans = _quotes_and_spans(article, people, orgs, authors)
    identifier = article.id
    if identifier is not None and identifier == uri and uri in (article.url, article.canonical_url):
        identifier = None
    variants = [
        variant.model_copy(update={"is_current": variant.is_current or _as_uri(variant.url) == uri})
        for variant in article.variants
    ]
    rights = None
    if article.rights is not None:
        rights = Rights(
            holder=article.rights.holder or None,
            notice=article.rights.notice or None,
            usage_terms=article.rights.usage_terms or None,
            license=_as_uri(article.rights.license),
        )
        rights = None if rights == Rights() else rights
    agencies = [_org(o, OrganizationKind.NEWS_AGENCY, url=True) for o in article.agencies]
    authors, agencies = _from_byline(article, authors, agencies)
    return Article(
        id=identifier,
        url=article.url,
        canonical_url=article.canonical_url,
        title=article.title,
        subtitle=article.subtitle,
        section=article.section,
        dateline=_located(article),
        language=article.language,
        published=_midnight(article.published),
        updated=_midnight(article.updated),
        authors=tuple(authors),
        byline=article.byline,
        agencies=tuple(agencies),
        publisher=(
            _org(article.publisher, OrganizationKind.PUBLISHER, url=True)
            if article.publisher
            else None
        ),
        body=_body(article, spans, nitf=False),
        quotes=quotes,
        people=tuple(people),
        organizations=tuple(orgs),
        variants=tuple(variants),
        rights=rights,
        keywords=article.keywords,
        images=article.images,
    )


def _located(article: Article) -> Dateline | None:
    """ninjs ``located`` names the place alone: the dateline comes back as its place."""
    place = article.dateline.place if article.dateline is not None else None
    return Dateline(text=place, place=place) if place is not None else None


def _midnight(value):  # type: ignore[no-untyped-def]
    """ninjs writes a date alone as midnight with the unknown offset ``-00:00``, so a naive
    datetime at exactly midnight reads back as a date."""
    from datetime import datetime

    if isinstance(value, datetime) and value.tzinfo is None and value.time() == datetime.min.time():
        return value.date()
    return value


def _person_nitf(person: Person, role: str | None) -> Person:
    """NITF's ``<person>``: the name (split when given + family make it up), gender, role."""
    split = bool(
        person.given_name
        and person.family_name
        and person.name == f"{person.given_name} {person.family_name}"
    )
    return Person(
        name=person.name,
        given_name=person.given_name if split else None,
        family_name=person.family_name if split else None,
        gender=person.gender,
        role=role,
    )


def nitf_carried(article: Article) -> Article:
    """What :func:`to_nitf` then :func:`parse_nitf` gives back of ``article``."""
    authors = [
        _person_nitf(p, p.role or None).model_copy(update={"affiliation": p.affiliation or None})
        for p in article.authors
    ]
    people = [_person_nitf(p, p.role) for p in article.people]
    orgs = [Organization(name=o.name) for o in article.organizations]
    quotes, spans = _quotes_and_spans(article, people, orgs, authors)
    identifier = article.id
    if (
        identifier is None
        or identifier.startswith(_GENERATED_URN)
        or identifier in (article.url, article.canonical_url)
    ):
        identifier = None
    rights = None
    if article.rights is not None:
        rights = Rights(
            holder=article.rights.holder or None,
            notice=article.rights.notice or None,
            usage_terms=article.rights.usage_terms or None,
            year=article.rights.year,
            license=article.rights.license,
        )
        rights = None if rights == Rights() else rights
    agencies = [
        Organization(name=o.name, kind=OrganizationKind.NEWS_AGENCY) for o in article.agencies
    ]
    authors, agencies = _from_byline(article, authors, agencies)
    return Article(
        id=identifier,
        url=article.url,
        canonical_url=article.canonical_url,
        title=article.title or None,
        subtitle=article.subtitle,
        section=article.section or None,
        dateline=article.dateline,
        language=article.language,
        published=article.published,
        updated=article.updated,
        authors=tuple(authors),
        byline=article.byline,
        agencies=tuple(agencies),
        publisher=(
            Organization(name=article.publisher.name, kind=OrganizationKind.PUBLISHER)
            if article.publisher
            else None
        ),
        body=_body(article, spans, nitf=True),
        quotes=quotes,
        people=tuple(people),
        organizations=tuple(orgs),
        rights=rights,
        keywords=article.keywords,
        images=article.images,
    )


# --------------------------------------------------------------------------- the docs table


def rich_article() -> Article:
    """An article with every field set, to check the docs table against the code."""
    from datetime import date, datetime, timedelta, timezone

    from newsmodel import (
        Diagnostic,
        Gender,
        Heading,
        Image,
        ListBlock,
        Severity,
        Source,
        SourceKind,
        SpanKind,
    )
    from newsmodel import VariantRelation as Rel

    paris = timezone(timedelta(hours=2))
    mz = Person(
        id="p2",
        name="Mark Zuckerberg",
        given_name="Mark",
        family_name="Zuckerberg",
        aliases=("Zuckerberg",),
        role="PDG de Meta",
        affiliation="Meta",
        gender=Gender.MASCULINE,
        url="https://about.meta.com/mz",
    )
    qq = Person(
        id="p1",
        name="Qi Qian",
        given_name="Qi",
        family_name="Qian",
        role="Senior Reporter",
        affiliation="Observer Network",
        credit="Texte",
        gender=Gender.FEMININE,
        url="https://example.fr/qi",
    )
    meta = Organization(
        id="o2",
        name="Meta Platforms",
        acronyms=("META",),
        aliases=("Meta",),
        kind=OrganizationKind.COMPANY,
        url="https://meta.com",
    )
    source = Source(
        id="s1",
        kind=SourceKind.INTERVIEW,
        description="une interview",
        publisher=meta,
        url="https://bloomberg.com/x",
        date=date(2024, 7, 23),
    )
    text = "Il a dit « c'est fini » hier, selon Meta."
    start = text.index("c'est")
    return Article(
        id="urn:example:article:1",
        url="https://www.example.fr/a",
        canonical_url="https://example.fr/a",
        title="Meta à la peine",
        subtitle="Le PDG s'explique",
        section="nouvelles",
        language="fr",
        published=datetime(2024, 7, 24, 10, 5, tzinfo=paris),
        updated=datetime(2024, 7, 25, 9, 0, tzinfo=paris),
        authors=(qq,),
        byline="Par Qi Qian, Senior Reporter",
        agencies=(
            Organization(
                id="o3",
                name="Agence France-Presse",
                acronyms=("AFP",),
                kind=OrganizationKind.NEWS_AGENCY,
                url="https://afp.com",
            ),
        ),
        publisher=Organization(
            id="o1", name="Observer.com", kind=OrganizationKind.PUBLISHER, url="https://x.fr"
        ),
        body=(
            Paragraph(
                text=text,
                spans=(
                    Span(kind=SpanKind.LINK, start=0, end=2, href="https://x.fr"),
                    Span(kind=SpanKind.EMPHASIS, start=3, end=4),
                ),
            ),
            Heading(text="Intertitre", level=3),
            BlockQuote(text="Bloc", cite="https://x.com/s", attribution="— M. Z."),
            ListBlock(items=("un", "deux"), ordered=True),
            Figure(
                image=Image(
                    url="https://x.fr/f.jpg",
                    caption="Légende",
                    credit="AFP",
                    alt="alt",
                    width=640,
                    height=480,
                )
            ),
        ),
        quotes=(
            Quote(
                text="c'est fini",
                kind=QuoteKind.DIRECT,
                speaker=mz,
                speaker_text="Il",
                cue="a dit",
                block=0,
                start=start,
                end=start + len("c'est fini"),
                open_mark="«",
                close_mark="»",
                source=source,
            ),
        ),
        people=(mz,),
        organizations=(meta,),
        sources=(source,),
        variants=(
            LanguageVariant(
                language="zh", label="中文", url="https://x.cn/a", relation=Rel.ORIGINAL
            ),
            LanguageVariant(
                language="fr",
                label="Français",
                url="https://example.fr/a",
                relation=Rel.TRANSLATION,
                is_current=True,
            ),
        ),
        rights=Rights(
            holder="Observer.com",
            notice="© 2024 Observer.com",
            usage_terms="Ne peut être reproduit",
            year=2024,
            license="https://example.fr/licence",
            is_accessible_for_free=True,
        ),
        keywords=("Meta", "IA"),
        images=(
            Image(url="https://x.fr/lead.jpg", caption="Lead", credit="AFP", alt="a", width=1200),
        ),
        machine_translated=True,
        diagnostics=(Diagnostic(code="NM201", severity=Severity.WARNING, message="x"),),
    )


DOCS = Path(__file__).resolve().parents[1] / "docs" / "formats.md"
_COLUMNS = {"ninjs": 4, "nitf": 5}


def docs_table() -> dict[tuple[str, str], dict[str, str]]:
    """``(section, field) -> {format: "✓" | "✗" | "◐"}`` from the table in docs/formats.md."""
    rows: dict[tuple[str, str], dict[str, str]] = {}
    section = ""
    text = DOCS.read_text(encoding="utf-8")
    table = text[text.index("## What each format keeps") : text.index("### Notes")]
    for line in table.splitlines():
        if not line.startswith("| "):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        assert len(cells) == 7, line
        if cells[0].startswith("**"):
            section = cells[0].replace("*", "").split()[0]
            continue
        for name in re.findall(r"`([\w.]+)`", cells[0]):
            rows[(section, name)] = {fmt: cells[i][:1] for fmt, i in _COLUMNS.items()}
    return rows


@pytest.mark.parametrize("fmt", ["ninjs", "nitf"])
def test_docs_table_says_what_the_code_does(fmt: str) -> None:
    from newsmodel import parse_ninjs, parse_nitf, to_ninjs, to_nitf

    article = rich_article()
    options = ParseOptions(extract_quotes=False, detect_language=False)
    if fmt == "ninjs":
        back = parse_ninjs(to_ninjs(article), options=options)
    else:
        back = parse_nitf(to_nitf(article), options=options)
    pairs: dict[str, tuple[object, object, object]] = {}
    for name, info in Article.model_fields.items():
        pairs[f"Article.{name}"] = (getattr(article, name), getattr(back, name), info.default)
    for model, before, after in (
        ("Person", article.authors[0], back.authors[0]),
        ("Organization", article.agencies[0], back.agencies[0]),
        ("Rights", article.rights, back.rights),
        ("LanguageVariant", article.variants[0], back.variants[0] if back.variants else None),
    ):
        for name, info in type(before).model_fields.items():
            value_after = getattr(after, name) if after is not None else info.default
            pairs[f"{model}.{name}"] = (getattr(before, name), value_after, info.default)
    checked = 0
    for (section, name), marks in docs_table().items():
        key = f"{section}.{name}"
        if key not in pairs:
            continue
        before, after, default = pairs[key]
        if marks[fmt] == "✓":
            assert after == before, key
        elif marks[fmt] == "✗":
            assert after in (default, (), None), key
        checked += 1
    assert checked >= 45


# --------------------------------------------------------------------------- a wider strategy


@st.composite
def wider_articles(draw: st.DrawFn) -> Article:
    """``articles()`` plus what it leaves out and ninjs or NITF carry: ids, canonical URLs,
    bylines that print the authors, agencies, images, inline spans, given and family names,
    gender, the current variant, licences and copyright years."""
    from newsmodel import Gender, Image
    from tests.strategies import articles, line_text, urls, words

    article = draw(articles())
    authors = [
        author.model_copy(
            update={
                "given_name": given,
                "family_name": family,
                "name": f"{given} {family}" if given and family else author.name,
                "gender": draw(st.sampled_from(Gender)),
                "url": draw(st.none() | urls),
            }
        )
        for author in article.authors
        for given, family in [(draw(st.none() | words), draw(st.none() | words))]
    ]
    byline = None
    if draw(st.booleans()):
        parts = [draw(st.sampled_from(["By", "Par", "Von", "[Texte/"]))]
        for author in authors:
            parts.append(author.name if draw(st.booleans()) else draw(words))
            if author.role and draw(st.booleans()):
                parts.append(f", {author.role}")
        byline = " ".join(parts)
    body = []
    for block in article.body:
        if isinstance(block, Paragraph) and len(block.text) > 1 and draw(st.booleans()):
            start = draw(st.integers(0, len(block.text) - 1))
            end = draw(st.integers(start + 1, len(block.text)))
            kind = draw(st.sampled_from(SpanKind))
            href = draw(urls) if kind in (SpanKind.LINK, SpanKind.QUOTE) else None
            block = block.model_copy(
                update={"spans": (Span(kind=kind, start=start, end=end, href=href),)}
            )
        body.append(block)
    variants = list(article.variants)
    if variants and draw(st.booleans()):
        variants[0] = variants[0].model_copy(update={"is_current": True})
    rights = article.rights
    if rights is not None:
        rights = rights.model_copy(
            update={
                "year": draw(st.none() | st.integers(1990, 2030)),
                "license": draw(st.none() | urls),
                "usage_terms": draw(st.none() | line_text),
            }
        )
    images = draw(
        st.lists(
            st.builds(
                Image,
                url=urls,
                caption=st.none() | line_text,
                credit=st.none() | words,
                alt=st.none() | line_text,
                width=st.none() | st.integers(1, 4000),
            ),
            max_size=2,
        )
    )
    return article.model_copy(
        update={
            "id": draw(st.none() | st.from_regex(r"urn:[a-z]{2,8}:[a-z0-9]{1,12}", fullmatch=True)),
            "canonical_url": draw(st.none() | urls),
            "authors": tuple(authors),
            "byline": byline,
            "agencies": tuple(
                Organization(name=name, kind=OrganizationKind.NEWS_AGENCY)
                for name in draw(st.lists(words, max_size=2))
            ),
            "body": tuple(body),
            "variants": tuple(variants),
            "rights": rights,
            "images": tuple(images),
        }
    )
