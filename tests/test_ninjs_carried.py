"""What ninjs and NITF carry of an article: the expected value of ``parse(write(article))``.

Each function maps an article to the article its format reads back, field by field, as
``docs/formats.md`` tables it. The round-trip properties compare against these, so a field a
format drops must be dropped here too, and nothing else may change.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel import (
    Article,
    BlockQuote,
    Figure,
    LanguageVariant,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Rights,
    Span,
)
from newsmodel._xml import Mark, _properly_nested
from newsmodel.formats.ninjs import (
    _GENERATED_URN,
    _as_uri,
    _neighbour,
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
        spans[index] = tuple(s for s in block.spans if id(s) in kept_ids)
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
                    open_mark=_neighbour(block.text, quote.start - 1, -1) or None,
                    close_mark=_neighbour(block.text, quote.end, 1) or None,
                )
            )
    from newsmodel.formats.ninjs import _QUOTE_MARKS

    quotes = [
        q.model_copy(
            update={
                "open_mark": q.open_mark if q.open_mark in _QUOTE_MARKS else None,
                "close_mark": q.close_mark if q.close_mark in _QUOTE_MARKS else None,
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
    variants = []
    for index, variant in enumerate(article.variants):
        url = _as_uri(variant.url)
        written = url or (uri if variant.is_current else f"{uri}#variant-{index + 1}")
        variants.append(
            LanguageVariant(
                language=variant.language,
                label=variant.label,
                url=None if written.startswith(_GENERATED_URN) or url is None else url,
                relation=variant.relation,
                is_current=written == uri,
            )
        )
    rights = None
    if article.rights is not None:
        rights = Rights(
            holder=article.rights.holder or None,
            notice=article.rights.notice or None,
            usage_terms=article.rights.usage_terms or None,
            license=_as_uri(article.rights.license),
        )
        rights = None if rights == Rights() else rights
    return Article(
        id=identifier,
        url=article.url,
        canonical_url=article.canonical_url,
        title=article.title,
        subtitle=article.subtitle,
        section=article.section,
        language=article.language,
        published=_midnight(article.published),
        updated=_midnight(article.updated),
        authors=tuple(authors),
        byline=article.byline,
        agencies=tuple(_org(o, OrganizationKind.NEWS_AGENCY, url=True) for o in article.agencies),
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
        images=tuple(
            img.model_copy(update={"url": _as_uri(img.url)})
            for img in article.images
            if _as_uri(img.url) is not None
        ),
    )


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
    authors = [_person_nitf(p, p.role or None) for p in article.authors]
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
    return Article(
        id=identifier,
        url=article.url,
        canonical_url=article.canonical_url,
        title=article.title or None,
        subtitle=article.subtitle,
        section=article.section or None,
        language=article.language,
        published=article.published,
        updated=article.updated,
        authors=tuple(authors),
        byline=article.byline,
        agencies=tuple(
            Organization(name=o.name, kind=OrganizationKind.NEWS_AGENCY) for o in article.agencies
        ),
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
    )
