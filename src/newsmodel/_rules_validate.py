"""The rules of ``newsmodel validate``: one table of codes, and the checks that emit them.

``RULES`` is the single list of codes. NM0xx are problems of the input and the schema (found
while reading a file); NM1xx are rules on the data of a valid article (found by ``CHECKS``).
Every code has a stable number, a short name, a default severity and a one-line summary; the
docs page lists each with a bad and a good example, and a test keeps the two in step.

A check takes the article and a :class:`RuleContext` and yields :class:`Finding` values. Each
check declares the codes it can emit, so a check none of whose codes is selected never runs.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from newsmodel._bylines import COLLECTIVE_WORDS, JOB_TITLE_WORDS, is_agency
from newsmodel._dates import utc_range
from newsmodel._lang import DEPRECATED_LANGUAGES, same_language
from newsmodel.errors import Severity
from newsmodel.models import (
    Article,
    BlockQuote,
    Figure,
    Heading,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    Source,
)

__all__ = [
    "ABSOLUTE_URL",
    "CHECKS",
    "RULES",
    "RULES_BY_CODE",
    "Check",
    "Finding",
    "Rule",
    "RuleContext",
    "mojibake_candidate",
    "text_findings",
]

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True, slots=True)
class Rule:
    """One diagnostic code of ``newsmodel validate``."""

    code: str
    """``NM`` and three digits; never reused for another meaning."""
    name: str
    """Short kebab-case name (``quote-text-mismatch``)."""
    severity: Severity
    """Default severity; configuration may change it."""
    summary: str
    """What the rule catches, in one line."""


RULES: tuple[Rule, ...] = (
    # ---- NM0xx: the input and the schema
    Rule(
        "NM001",
        "unreadable-file",
        _E,
        "The file cannot be read (missing, a directory, no permission).",
    ),
    Rule("NM002", "empty-input", _E, "The file or JSON Lines line is empty."),
    Rule(
        "NM003", "binary-input", _E, "The file holds binary data (NUL bytes, an image, an archive)."
    ),
    Rule("NM004", "not-utf8", _E, "The bytes are not UTF-8."),
    Rule(
        "NM005",
        "input-too-large",
        _E,
        "The file (JSON) or line (JSON Lines) is over the size limit.",
    ),
    Rule("NM006", "invalid-json", _E, "The text is not JSON."),
    Rule(
        "NM007", "not-an-object", _E, "The JSON value is not an object, so it cannot be an article."
    ),
    Rule(
        "NM008",
        "duplicate-key",
        _E,
        "An object repeats a key, so readers differ on which value counts.",
    ),
    Rule("NM010", "missing-field", _E, "A required field is missing."),
    Rule("NM011", "unknown-field", _E, "A field the model does not have."),
    Rule("NM012", "wrong-type", _E, "A value of the wrong JSON type."),
    Rule("NM013", "invalid-value", _E, "A value of the right type that the field does not accept."),
    Rule("NM020", "unknown-schema-version", _E, "A schema_version this newsmodel cannot read."),
    Rule("NM021", "migrated-schema-version", _I, "Older article JSON, read by migrating it."),
    # ---- NM1xx: the data of a valid article
    Rule(
        "NM101",
        "quote-outside-body",
        _E,
        "A quote's block or character offsets fall outside the body.",
    ),
    Rule(
        "NM102",
        "quote-text-mismatch",
        _E,
        "A quote's text differs from the body text at its offsets.",
    ),
    Rule(
        "NM103",
        "unresolved-speaker",
        _E,
        "A quote's speaker is not one of the article's people or organisations.",
    ),
    Rule("NM104", "unresolved-source", _E, "A quote's source is not one of the article's sources."),
    Rule(
        "NM105",
        "unresolved-source-publisher",
        _E,
        "A source's publisher is not one of the article's people or organisations.",
    ),
    Rule("NM106", "duplicate-id", _E, "Two entities or sources of the article share an id."),
    Rule("NM110", "updated-before-published", _E, "updated is earlier than published."),
    Rule("NM111", "date-in-future", _E, "A date more than a day ahead of now."),
    Rule(
        "NM112",
        "date-implausibly-old",
        _W,
        "A date before 1800, or the Unix epoch used as a placeholder.",
    ),
    Rule(
        "NM120",
        "unknown-language",
        _E,
        "A language tag whose language subtag is not an ISO 639 code.",
    ),
    Rule("NM121", "duplicate-variant", _E, "Two language variants with the same language tag."),
    Rule(
        "NM122",
        "current-variant-language",
        _E,
        "The variant marked as this article has another language than the article.",
    ),
    Rule(
        "NM123",
        "several-current-variants",
        _E,
        "More than one language variant is marked as this article.",
    ),
    Rule("NM130", "relative-url", _E, "A URL that is not absolute."),
    Rule(
        "NM140",
        "author-is-job-title",
        _W,
        "An author whose name is a job title or a desk (Staff Writer, Rédaction).",
    ),
    Rule(
        "NM141",
        "author-is-agency",
        _W,
        "An author whose name is a news agency (AFP, Reuters): it belongs in agencies.",
    ),
    Rule("NM142", "author-is-publisher", _W, "An author whose name is the publisher's."),
    Rule("NM150", "empty-body", _E, "The body has no text."),
    Rule("NM151", "title-is-site-name", _W, "The title is the publisher's name, not a headline."),
    Rule(
        "NM152",
        "blank-text-field",
        _W,
        "A title, subtitle, section or byline that is set but blank.",
    ),
    Rule("NM160", "mojibake", _E, "Text decoded with the wrong encoding (Ã©, â€™)."),
    Rule(
        "NM161",
        "replacement-character",
        _E,
        "Text with U+FFFD, where undecodable bytes were replaced.",
    ),
    Rule(
        "NM170",
        "duplicate-url",
        _E,
        "The same canonical URL as an earlier article of the files checked.",
    ),
    Rule(
        "NM171",
        "duplicate-body",
        _E,
        "The same body text as an earlier article of the files checked.",
    ),
)
"""Every code ``newsmodel validate`` reports, in order."""

RULES_BY_CODE: Mapping[str, Rule] = {rule.code: rule for rule in RULES}
"""The rules by code."""


class Finding(NamedTuple):
    """A problem a check found: the code, the JSON path of the value, and a message."""

    code: str
    path: tuple[str | int, ...]
    message: str


@dataclass
class RuleContext:
    """What checks share across the articles of one run."""

    now: datetime
    """The current time, naive UTC (fixed in tests)."""
    urls: dict[str, str] = field(default_factory=dict)
    """Canonical URL → where it was first seen (``a.json:3``)."""
    bodies: dict[int, str] = field(default_factory=dict)
    """Hash of the body text → where it was first seen."""
    where: str = ""
    """Where the current article is (``a.json:3``), for the duplicate messages."""


Check = Callable[[Article, RuleContext], Iterable[Finding]]


# --------------------------------------------------------------------------- data tables

ISO_639_1: frozenset[str] = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905 - a table is easier to read as words
)
"""ISO 639-1 two-letter language codes (the primary subtag of most BCP 47 tags)."""


FILLER_WORDS: frozenset[str] = frozenset(
    "the our a an by de la le les du des el los las der die das di da do of von".split()  # noqa: SIM905
)
"""Words that may join the words of a job title or desk name (``La Rédaction``)."""

OLDEST_DATE = datetime(1800, 1, 1)
"""Dates before this are implausible for news data (NM112)."""
FUTURE_GRACE = timedelta(days=1)
"""How far ahead of now a date may be before NM111 (embargoes, clock skew)."""
_EPOCH = datetime(1970, 1, 1)

# Mojibake: UTF-8 read as Windows-1252 or Latin-1. A lead byte shown as Ã, Â, â, Ä, Å, Ð, Ñ, Ø,
# Ù, ã, ï (the three-byte BOM) followed by what a continuation byte shows as.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
MOJIBAKE = re.compile(
    "(?:[ÃÂÅÐÑØÙ][" + _CONTINUATION + "]|â€[" + _CONTINUATION + "]?|ï»¿|Ä[\u0080-\u00bf])"
)
"""Sequences that UTF-8 text shows when decoded as Windows-1252 or Latin-1 (``Ã©`` for é,
``â€™`` for ’, ``Â `` for a no-break space)."""
# The same, on the raw bytes of a record: cheap to run on every record, so the field walk runs
# only when one of these appears (the UTF-8 bytes of a suspect pair, of U+FFFD, or \u escapes).
_SUSPECT_UTF8 = re.compile(
    rb"\xc3(?:[\x82-\x85\x90\x91\x98\x99][\xc2\xc5\xc6\xcb\xe2]|\xa2\xe2\x82\xac|\xaf\xc2\xbb)"
)
_SUSPECT_FFFD = re.compile(rb"\xef\xbf\xbd")
_SUSPECT_ESCAPED = re.compile(rb"\\u(?:00[cCeE][0-9a-fA-F]\\u|[fF]{3}[dD])")
# Three searches, each led by a literal byte, are several times faster than one alternation.
_REPLACEMENT = "\ufffd"

ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
"""A URL with its scheme (``https:``, ``mailto:``)."""
_NETWORK_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "ws", "wss"})
_WORD_EDGES = ".,;:()[]«»\"'“”"


# --------------------------------------------------------------------------- helpers


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip().casefold()


def _entity_keys(entity: Person | Organization) -> list[tuple[str, str]]:
    """An entity is found by its id and by its name (the speaker of a quote is a copy)."""
    keys: list[tuple[str, str]] = [(entity.type, _fold(entity.name))]
    if entity.id:
        keys.append((entity.type, "#" + entity.id))
    return keys


def _article_entities(article: Article) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    groups: tuple[tuple[Person | Organization, ...], ...] = (
        article.people,
        article.authors,
        article.organizations,
        article.agencies,
        (article.publisher,) if article.publisher is not None else (),
    )
    for group in groups:
        for entity in group:
            keys.update(_entity_keys(entity))
            keys.update((entity.type, _fold(alias)) for alias in entity.aliases)
    return keys


def _resolves(entity: Person | Organization, keys: set[tuple[str, str]]) -> bool:
    return any(key in keys for key in _entity_keys(entity))


def _source_key(source: Source) -> str:
    return "#" + source.id if source.id else source.description.casefold()


def _block_text(block: Paragraph | Heading | BlockQuote | ListBlock | Figure) -> str | None:
    if isinstance(block, Paragraph | Heading | BlockQuote):
        return block.text
    if isinstance(block, ListBlock):
        return "\n".join(block.items)
    return None


def _short(value: str, limit: int = 60) -> str:
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(text)


def _is_epoch(value: date | datetime) -> bool:
    if isinstance(value, datetime):
        offset = value.utcoffset()
        naive = value.replace(tzinfo=None) - (offset or timedelta(0))
        return naive == _EPOCH
    return False


# --------------------------------------------------------------------------- checks


def _check_quotes(article: Article, ctx: RuleContext) -> list[Finding]:
    quotes = article.quotes
    if not quotes:
        return []
    found: list[Finding] = []
    texts = [_block_text(block) for block in article.body]
    entities: set[tuple[str, str]] | None = None
    sources: set[str] | None = None
    for index, quote in enumerate(quotes):
        path: tuple[str | int, ...] = ("quotes", index)
        _quote_offsets(quote, path, texts, found)
        speaker = quote.speaker
        if speaker is not None:
            if entities is None:
                entities = _article_entities(article)
            if not _resolves(speaker, entities):
                found.append(
                    Finding(
                        "NM103",
                        (*path, "speaker"),
                        f"{speaker.type} {_short(speaker.name)} is not among the article's "
                        "people, organizations, authors, agencies or publisher",
                    )
                )
        if quote.source is not None:
            if sources is None:
                sources = {_source_key(s) for s in article.sources}
            if _source_key(quote.source) not in sources:
                found.append(
                    Finding(
                        "NM104",
                        (*path, "source"),
                        f"{_short(quote.source.description)} is not among the article's sources",
                    )
                )
    return found


def _quote_offsets(
    quote: Quote, path: tuple[str | int, ...], texts: list[str | None], found: list[Finding]
) -> None:
    block, start, end = quote.block, quote.start, quote.end
    count = len(texts)
    if block >= count:
        found.append(
            Finding("NM101", (*path, "block"), f"block {block} is past the body's {count} blocks")
        )
        return
    text = texts[block]
    if text is None:
        found.append(Finding("NM101", (*path, "block"), f"block {block} is a figure, with no text"))
        return
    end_block = quote.end_block if quote.end_block is not None else block
    if end_block >= count or end_block < block:
        found.append(
            Finding(
                "NM101",
                (*path, "end_block"),
                f"end_block {end_block} is outside blocks {block}..{count - 1}",
            )
        )
        return
    if start > len(text):
        found.append(
            Finding(
                "NM101",
                (*path, "start"),
                f"start {start} is past the end of block {block} ({len(text)} characters)",
            )
        )
        return
    if end_block == block:
        if end > len(text) or end < start:
            found.append(
                Finding(
                    "NM101",
                    (*path, "end"),
                    f"end {end} is outside {start}..{len(text)} of block {block}",
                )
            )
            return
        printed = text[start:end]
        if printed != quote.text:
            found.append(
                Finding(
                    "NM102",
                    (*path, "text"),
                    f"{_short(quote.text)} differs from the body at {start}..{end}: "
                    f"{_short(printed)}",
                )
            )
    else:
        last = texts[end_block] or ""
        if end > len(last):
            found.append(
                Finding(
                    "NM101",
                    (*path, "end"),
                    f"end {end} is past the end of block {end_block} ({len(last)} characters)",
                )
            )
            return
    for number, nested in enumerate(quote.nested):
        _quote_offsets(nested, (*path, "nested", number), texts, found)


def _check_sources(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    if not article.sources:
        return
    entities = _article_entities(article)
    for index, source in enumerate(article.sources):
        publisher = source.publisher
        if publisher is not None and not _resolves(publisher, entities):
            yield Finding(
                "NM105",
                ("sources", index, "publisher"),
                f"{publisher.type} {_short(publisher.name)} is not among the article's people, "
                "organizations, authors, agencies or publisher",
            )


def _check_ids(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    groups: tuple[tuple[str, tuple[Person | Organization | Source, ...]], ...] = (
        ("authors", article.authors),
        ("agencies", article.agencies),
        ("people", article.people),
        ("organizations", article.organizations),
        ("sources", article.sources),
    )
    for name, items in groups:
        for index, item in enumerate(items):
            if not item.id:
                continue
            where = f"{name}[{index}]"
            first = seen.setdefault(item.id, where)
            if first != where and not _same_entity(article, first, item):
                yield Finding(
                    "NM106", (name, index, "id"), f"id {item.id!r} is already used by {first}"
                )


def _same_entity(article: Article, first: str, item: Person | Organization | Source) -> bool:
    """An author may also be listed in ``people`` with the same id: that is one person."""
    group, _, rest = first.partition("[")
    other = getattr(article, group)[int(rest.rstrip("]"))]
    if isinstance(item, Source) or isinstance(other, Source):
        return False
    return bool(other.type == item.type and other.name == item.name)


def _check_dates(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    dates: list[tuple[tuple[str | int, ...], date | datetime]] = []
    if article.published is not None:
        dates.append((("published",), article.published))
    if article.updated is not None:
        dates.append((("updated",), article.updated))
    for index, source in enumerate(article.sources):
        if source.date is not None:
            dates.append((("sources", index, "date"), source.date))
    if not dates:
        return
    limit = ctx.now + FUTURE_GRACE
    for path, value in dates:
        earliest, latest = utc_range(value)
        if earliest > limit:
            yield Finding(
                "NM111",
                path,
                f"{value.isoformat()} is in the future (now {ctx.now:%Y-%m-%dT%H:%MZ})",
            )
        elif latest < OLDEST_DATE:
            yield Finding("NM112", path, f"{value.isoformat()} is before 1800")
        elif _is_epoch(value):
            yield Finding(
                "NM112",
                path,
                f"{value.isoformat()} is the Unix epoch, a placeholder for no date",
            )
    published, updated = article.published, article.updated
    if published and updated and utc_range(updated)[1] < utc_range(published)[0]:
        yield Finding(
            "NM110",
            ("updated",),
            f"{updated.isoformat()} is before published {published.isoformat()}",
        )


@functools.lru_cache(maxsize=4096)
def _language_problem(tag: str) -> str | None:
    primary = tag.split("-", 1)[0].lower()
    if primary in DEPRECATED_LANGUAGES:
        problem = f"{primary!r} is a withdrawn code; use {DEPRECATED_LANGUAGES[primary]!r}"
    elif len(primary) == 2 and primary not in ISO_639_1:
        problem = f"{primary!r} is not an ISO 639-1 language code"
    elif len(primary) > 3 and primary != "x":
        problem = f"{primary!r} is not a language subtag (2 or 3 letters)"
    else:
        return None
    return problem if primary == tag.lower() else f"{tag!r}: language subtag {problem}"


def _check_languages(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    if article.language is not None:
        problem = _language_problem(article.language)
        if problem:
            yield Finding("NM120", ("language",), problem)
    if not article.variants:
        return
    seen: dict[str | None, int] = {}
    current: list[int] = []
    for index, variant in enumerate(article.variants):
        path: tuple[str | int, ...] = ("variants", index, "language")
        tag = variant.language
        if tag is not None:
            problem = _language_problem(tag)
            if problem:
                yield Finding("NM120", path, problem)
        key = tag.lower() if tag is not None else None
        if key in seen:
            yield Finding(
                "NM121",
                path,
                f"{tag or 'x-default'!r} is already listed at variants[{seen[key]}]",
            )
        else:
            seen[key] = index
        if variant.is_current:
            current.append(index)
            if (
                tag is not None
                and article.language is not None
                and not same_language(tag, article.language)
            ):
                yield Finding(
                    "NM122",
                    path,
                    f"{tag!r} is marked is_current but the article's language is "
                    f"{article.language!r}",
                )
    for index in current[1:]:
        yield Finding(
            "NM123",
            ("variants", index, "is_current"),
            f"true, as variants[{current[0]}] already is: only one variant is this article",
        )


def _url_problem(url: str) -> str | None:
    match = ABSOLUTE_URL.match(url)
    if match is None:
        return "is relative (no scheme)"
    scheme = url[: match.end() - 1].lower()
    if scheme in _NETWORK_SCHEMES and not url[match.end() :].startswith("//"):
        return f"has no host after {scheme}:"
    return None


def _urls(article: Article) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if article.url:
        yield ("url",), article.url
    if article.canonical_url:
        yield ("canonical_url",), article.canonical_url
    for group in ("authors", "people", "organizations", "agencies"):
        for index, entity in enumerate(getattr(article, group)):
            if entity.url:
                yield (group, index, "url"), entity.url
    if article.publisher is not None and article.publisher.url:
        yield ("publisher", "url"), article.publisher.url
    for index, image in enumerate(article.images):
        yield ("images", index, "url"), image.url
    for index, block in enumerate(article.body):
        if isinstance(block, Figure):
            yield ("body", index, "image", "url"), block.image.url
        elif isinstance(block, BlockQuote) and block.cite:
            yield ("body", index, "cite"), block.cite
        elif isinstance(block, Paragraph):
            for number, span in enumerate(block.spans):
                if span.href:
                    yield ("body", index, "spans", number, "href"), span.href
    for index, variant in enumerate(article.variants):
        if variant.url:
            yield ("variants", index, "url"), variant.url
    for index, source in enumerate(article.sources):
        if source.url:
            yield ("sources", index, "url"), source.url
    if article.rights is not None and article.rights.license:
        yield ("rights", "license"), article.rights.license


def _check_urls(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    for path, url in _urls(article):
        problem = _url_problem(url)
        if problem:
            yield Finding("NM130", path, f"{_short(url)} {problem}")


def _words_of(name: str) -> list[str]:
    return [w.strip(_WORD_EDGES).casefold() for w in name.split() if w.strip(_WORD_EDGES)]


def _is_job_title(name: str) -> bool:
    words = _words_of(name)
    meaningful = [w for w in words if w not in FILLER_WORDS]
    return bool(meaningful) and all(
        w in JOB_TITLE_WORDS or w in COLLECTIVE_WORDS or w in FILLER_WORDS for w in words
    )


def _publisher_names(article: Article) -> set[str]:
    publisher = article.publisher
    if publisher is None:
        return set()
    names = {publisher.name, *publisher.aliases, *publisher.acronyms}
    return {n.strip().casefold() for n in names if n.strip()}


def _check_authors(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    if not article.authors:
        return
    publisher = _publisher_names(article)
    agencies = {n.casefold() for a in article.agencies for n in (a.name, *a.acronyms, *a.aliases)}
    for index, author in enumerate(article.authors):
        path: tuple[str | int, ...] = ("authors", index, "name")
        name = author.name.strip()
        folded = name.casefold()
        if folded in publisher:
            yield Finding("NM142", path, f"{_short(name)} is the publisher, not an author")
        elif folded in agencies or is_agency(name):
            yield Finding("NM141", path, f"{_short(name)} is a news agency; list it in agencies")
        elif _is_job_title(name):
            yield Finding("NM140", path, f"{_short(name)} is a job title or desk, not a person")


def _check_text_fields(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    texts = (_block_text(block) for block in article.body)
    if not any(text and not text.isspace() for text in texts):
        count = len(article.body)
        message = f"{count} blocks but no text" if count else "no blocks: the body is empty"
        yield Finding("NM150", ("body",), message)
    for name in ("title", "subtitle", "section", "byline"):
        value = getattr(article, name)
        if value is not None and not value.strip():
            yield Finding("NM152", (name,), f"{value!r} is blank; leave it out (null) instead")
    title = article.title
    if title and title.strip().casefold() in _publisher_names(article):
        yield Finding(
            "NM151", ("title",), f"{_short(title)} is the publisher's name, not a headline"
        )


def _check_duplicates(article: Article, ctx: RuleContext) -> Iterator[Finding]:
    url = article.canonical_url or article.url
    if url:
        first = ctx.urls.setdefault(url, ctx.where)
        if first != ctx.where:
            field_name = "canonical_url" if article.canonical_url else "url"
            yield Finding("NM170", (field_name,), f"{_short(url)} is also the URL of {first}")
    text = article.text
    if text and not text.isspace():
        # hash() is exact enough here: a false match needs a 64-bit collision.
        first = ctx.bodies.setdefault(hash(text), ctx.where)
        if first != ctx.where:
            yield Finding("NM171", ("body",), f"the same {len(text)} characters of text as {first}")


CHECKS: tuple[tuple[frozenset[str], Check], ...] = (
    (frozenset({"NM101", "NM102", "NM103", "NM104"}), _check_quotes),
    (frozenset({"NM105"}), _check_sources),
    (frozenset({"NM106"}), _check_ids),
    (frozenset({"NM110", "NM111", "NM112"}), _check_dates),
    (frozenset({"NM120", "NM121", "NM122", "NM123"}), _check_languages),
    (frozenset({"NM130"}), _check_urls),
    (frozenset({"NM140", "NM141", "NM142"}), _check_authors),
    (frozenset({"NM150", "NM151", "NM152"}), _check_text_fields),
    (frozenset({"NM170", "NM171"}), _check_duplicates),
)
"""The checks of valid articles, with the codes each can emit, in the order they run."""

# NM160 and NM161 look at every string of the JSON text, not at the model: ``text_findings``.


def mojibake_candidate(raw: bytes) -> bool:
    """True when the raw bytes of a record may hold mojibake or U+FFFD (a cheap pre-filter)."""
    return bool(
        _SUSPECT_UTF8.search(raw) or _SUSPECT_FFFD.search(raw) or _SUSPECT_ESCAPED.search(raw)
    )


def text_findings(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[Finding]:
    """NM160 and NM161 findings in every string of a decoded JSON value."""
    if isinstance(value, str):
        if _REPLACEMENT in value:
            at = value.index(_REPLACEMENT)
            yield Finding(
                "NM161",
                path,
                f"U+FFFD at character {at}: {_short(value[max(0, at - 20) : at + 20])}",
            )
        match = MOJIBAKE.search(value)
        if match:
            yield Finding(
                "NM160",
                path,
                f"mojibake {match.group()!r} at character {match.start()}"
                f"{_repair_hint(match.group())}",
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from text_findings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from text_findings(item, (*path, index))


def _repair_hint(sequence: str) -> str:
    for encoding in ("cp1252", "latin-1"):
        try:
            fixed = sequence.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        return f" (UTF-8 read as {encoding}; meant {fixed!r})"
    return ""
