"""Raw scraped text, both ways: :func:`parse_text` reads it into an :class:`Article`,
:func:`to_text` writes an article back in the same layout.

The layout (``docs/text-format.md`` has the full description)::

    section                      a short label                      (optional)
    title
    subtitle                                                        (optional)
    2024-07-24                   the publication date               (optional)
    Updated: 2024-07-25T10:00:00+02:00                              (optional)
    Source: Observer Network     the outlet, when nothing else names it
    한어Русский языкEnglish…      the language menu, labels glued or separated
    By Jane Roe and John Doe     a byline on its own line, or
    [Texte/Observer Network Qi Qian] First paragraph …   a bracketed byline run into it
    Paragraphs, one per line; "- " lists, "> " block quotes, "## " headings, ![caption](url).
    © 2024 Observer.com. All rights reserved.              closing rights lines

Blocks are separated by one blank line and the text has no final newline. The reader is
lenient: header lines may come in any order, separated by single or blank lines, dates may be
printed in any supported language, and navigation and sharing lines are dropped with an info
diagnostic (nothing is lost silently).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from newsmodel import _text_rules as rules
from newsmodel._bylines import CONJUNCTIONS as BYLINE_CONJUNCTIONS
from newsmodel._bylines import match_agency, parse_byline
from newsmodel._dateline import find_dateline, lead_dateline, with_agencies
from newsmodel._dates import parse_date
from newsmodel._lang import detect_language, split_language_menu
from newsmodel.errors import (
    Diagnostic,
    InputTooLargeError,
    ParseError,
    Severity,
    UnsupportedInputError,
)
from newsmodel.formats import Codec, Format
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Figure,
    Heading,
    Image,
    LanguageVariant,
    ListBlock,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Rights,
    VariantRelation,
)
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "parse_text", "to_text"]

# Diagnostic codes this reader emits (documented in docs/text-format.md).
GLUED_WORD = "NM201"
UNBALANCED_QUOTES = "NM202"
DROPPED_LINE = "NM203"
REPLACED_CHARACTERS = "NM204"

_MAX_HEADER_LINES = 10
_MAX_HEADER_PLAIN = 3
_MAX_DATE_LINE = 80
_SAMPLE_CHARS = 1000
_SENTENCE_SPACES = 6
_SURROGATE = re.compile("[\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u3000\f\v]*\n")
_INLINE_SPACE = re.compile(r"(?<!\s)\s*\n\s*")
"""A line break and the spaces around it. A match starts only where a run of spaces does: tried
from each space of a long run before no line break, the pattern was quadratic."""


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Line:
    text: str
    number: int
    """1-based line number in the input."""
    block: int
    """Index of the blank-line separated block the line belongs to."""


@dataclass
class _BylineInfo:
    printed: str
    authors: tuple[Person, ...] = ()
    agencies: tuple[Organization, ...] = ()
    outlet: str | None = None
    """The outlet a credited byline names (``Texte/Observer Network …``)."""


@dataclass
class _Header:
    section: str | None = None
    title: str | None = None
    subtitle: str | None = None
    published: date | datetime | None = None
    updated: date | datetime | None = None
    menu: list[tuple[str, str]] = field(default_factory=list)
    byline: _BylineInfo | None = None
    source: str | None = None
    publisher: str | None = None
    """The publisher a ``Publisher:`` line names (an agency too)."""
    published_text: str | None = None
    """The publication date as printed (without its label), read again once the language is
    known."""
    updated_text: str | None = None
    """The update date as printed, likewise."""
    rights_lines: list[str] = field(default_factory=list)
    """Copyright lines met in the header; they join the closing rights lines."""


def parse_text(text: str, *, options: ParseOptions | None = None) -> Article:
    """Parse raw scraped article text into an :class:`Article`.

    Raises :class:`~newsmodel.ParseError` for text with nothing in it,
    :class:`~newsmodel.UnsupportedInputError` for binary data (NUL characters) and
    :class:`~newsmodel.InputTooLargeError` for text over ``options.max_bytes``. Everything else
    gives an article; what was repaired or doubted is in ``Article.diagnostics``.

    >>> article = parse_text("Politics\\n\\nA vote in the rain\\n\\n2024-07-24\\n\\n"
    ...                      "By Jane Roe\\n\\nThe vote was held on Tuesday in the rain.")
    >>> article.section, article.title, article.published, article.authors[0].name
    ('Politics', 'A vote in the rain', datetime.date(2024, 7, 24), 'Jane Roe')
    """
    options = options or ParseOptions()
    _check_size(text, options)
    diagnostics: list[Diagnostic] = []
    text = _clean_input(text, diagnostics)
    lines = _split_lines(text)
    if not lines:
        raise ParseError("empty text: there is nothing to parse", source="<text>")

    # The header and body are read without a language (month names of every language, the
    # bylines' common conjunctions); the language is then detected from what the article keeps
    # (its title and body), never from navigation lines or menus, so that reading the written
    # text detects the same language. Dates and bylines are then read again in that language.
    dropped: list[Diagnostic] = []
    header, body_start = _read_header(lines, None, dropped)
    body, rights_lines, inline_byline = _read_body(
        lines[body_start:], header.byline is None, None, dropped
    )
    language = None
    if options.detect_language:
        language = detect_language(_sample(_content(header, body)))
    if language is not None:
        _localise(header, language)
        if inline_byline is not None and _byline_depends_on_language(language):
            inline_byline = _bracketed_byline(inline_byline.printed, language) or inline_byline
    byline = header.byline or inline_byline
    rights = _rights([*header.rights_lines, *rights_lines])
    publisher, source_agencies = _publisher(header.source, byline, rights, header.publisher)

    diagnostics.extend(dropped)
    if header.title is not None:
        header.title = _glued_words(
            header.title, "title", diagnostics, apply=options.split_glued_words
        )
    body = _check_blocks(body, options.split_glued_words, diagnostics)

    agencies = _unique_orgs([*(byline.agencies if byline else ()), *source_agencies])
    found = lead_dateline(body)
    if found is not None:
        agencies = list(with_agencies(agencies, found[1]))
    article = Article(
        url=options.url,
        title=header.title,
        subtitle=header.subtitle,
        section=header.section,
        dateline=found[0] if found is not None else None,
        language=language,
        published=header.published,
        updated=header.updated,
        authors=byline.authors if byline else (),
        byline=byline.printed if byline else None,
        agencies=tuple(agencies),
        publisher=publisher,
        body=tuple(body),
        variants=_variants(header.menu, language),
        rights=rights,
        diagnostics=tuple(diagnostics),
    )
    if options.extract_quotes:
        from newsmodel.quotes import attach_quotes

        article = attach_quotes(article)
    return article


def _check_size(text: str, options: ParseOptions) -> None:
    limit = options.max_bytes
    if len(text) > limit or (
        len(text) * 4 > limit and len(text.encode("utf-8", "surrogatepass")) > limit
    ):
        raise InputTooLargeError(
            f"text is larger than max_bytes ({limit} bytes); raise ParseOptions.max_bytes to "
            "parse it",
            source="<text>",
        )


def _clean_input(text: str, diagnostics: list[Diagnostic]) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        raise UnsupportedInputError(
            f"binary data, not text: NUL character at offset {nul}", source="<text>"
        )
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if _SURROGATE.search(text) is not None:
        count = len(_SURROGATE.findall(text))
        text = _SURROGATE.sub("\ufffd", text)
        diagnostics.append(
            Diagnostic(
                code=REPLACED_CHARACTERS,
                severity=Severity.WARNING,
                message=f"replaced {count} lone surrogate code point(s) with U+FFFD",
            )
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    blank = False
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            blank = bool(lines)
            continue
        if blank:
            block += 1
            blank = False
        lines.append(_Line(stripped, number, block))
    return lines


def _sample(texts: Iterable[str]) -> str:
    """The lines that read as sentences (the menu, dates and bylines do not), up to
    ``_SAMPLE_CHARS``; all lines when none does."""
    sample: list[str] = []
    size = 0
    everything: list[str] = []
    for text in texts:
        if not text:
            continue
        if len(everything) < 200:
            everything.append(text)
        if text.count(" ") >= _SENTENCE_SPACES or len(text) >= 60:
            sample.append(text)
            size += len(text)
            if size >= _SAMPLE_CHARS:
                break
    return " ".join(sample or everything)


def _content(header: _Header, body: Sequence[Block]) -> Iterable[str]:
    """The article's own words, in reading order: title, subtitle and body blocks."""
    if header.title:
        yield header.title
    if header.subtitle:
        yield header.subtitle
    for block in body:
        if isinstance(block, ListBlock):
            yield from block.items
        elif isinstance(block, Figure):
            if block.image.caption:
                yield block.image.caption
        else:
            yield block.text


def _localise(header: _Header, language: str) -> None:
    """Read the header's dates and byline again in ``language`` (``03/04/2024`` is day first
    except in English; ``CST`` is China's in Chinese)."""
    if header.published_text is not None and _reads_by_language(header.published_text):
        header.published = parse_date(header.published_text, language=language) or (
            header.published
        )
    if header.updated_text is not None and _reads_by_language(header.updated_text):
        header.updated = parse_date(header.updated_text, language=language) or header.updated
    if header.byline is not None and _byline_depends_on_language(language):
        header.byline = _standalone_byline(header.byline.printed, language) or header.byline


def _reads_by_language(printed: str) -> bool:
    """Whether a date reads differently by language: ``03/04/2024`` (day or month first) or an
    abbreviation such as ``CST``. Others read the same without one."""
    return rules.AMBIGUOUS_DATE_RE.search(printed) is not None


def _byline_depends_on_language(language: str) -> bool:
    return language.split("-")[0] in BYLINE_CONJUNCTIONS


# --------------------------------------------------------------------------- header


def _read_header(
    lines: Sequence[_Line], language: str | None, diagnostics: list[Diagnostic]
) -> tuple[_Header, int]:
    header = _Header()
    plain: list[int] = []
    last_special = -1
    navs: list[int] = []
    for index, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if line.text.startswith(rules.TEXT_ESCAPE):
            # Escaped: a plain header line whatever it reads as (a long subtitle too).
            if not _unescaped(line.text) or len(plain) >= _MAX_HEADER_PLAIN:
                break
            plain.append(index)
            continue
        if _is_nav(line.text) or _is_copyright(line.text):
            navs.append(index)
            continue
        kind = _header_special(line.text, language, header)
        if kind == _APPLIED:
            last_special = index
            continue
        if kind == _FULL:
            break
        headerish = _title_like(line.text) or _short_sentence(line.text)
        if not headerish or len(plain) >= _MAX_HEADER_PLAIN or _opens_story(line.text):
            break
        plain.append(index)

    if last_special >= 0:
        end = last_special + 1
        plain = [index for index in plain if index < end]
    else:
        plain, end = _header_without_specials(lines, navs)
    texts = [_unescaped(lines[index].text) for index in plain]
    if len(texts) == 1:
        header.title = texts[0]
    elif len(texts) == 2:
        if _section_like(texts[0]):
            header.section, header.title = texts
        else:
            header.title, header.subtitle = texts
    elif len(texts) == 3:
        header.section, header.title, header.subtitle = texts
    for index in navs:
        if index < end:
            if _is_copyright(lines[index].text):
                header.rights_lines.append(lines[index].text)
            else:
                _drop(lines[index], diagnostics)
    return header, end


def _header_without_specials(lines: Sequence[_Line], navs: Sequence[int]) -> tuple[list[int], int]:
    """Without a date, menu, byline or source line, the header is the title, and a section
    label before it when both look so (navigation lines around them are skipped)."""
    candidates = [i for i in range(min(len(lines), _MAX_HEADER_LINES)) if i not in navs][:2]
    if not candidates:
        return [], 0
    first = _unescaped(lines[candidates[0]].text)
    following = _unescaped(lines[candidates[1]].text) if len(candidates) > 1 else None
    escaped = lines[candidates[0]].text.startswith(rules.TEXT_ESCAPE)
    opens = escaped or (
        (
            _title_like(first)
            or (_short_sentence(first) and following is not None and len(following) > len(first))
        )
        and not _opens_story(first)
    )
    if not opens:
        return [], 0
    if following is not None and _section_like(first) and _title_like(following):
        return candidates, candidates[1] + 1
    return [candidates[0]], candidates[0] + 1


_APPLIED = "applied"
_FULL = "full"


def _unescaped(text: str) -> str:
    """``text`` without the backslash that marks it as plain text (see ``rules.TEXT_ESCAPE``)."""
    return text[1:].lstrip() if text.startswith(rules.TEXT_ESCAPE) else text


def _header_special(text: str, language: str | None, header: _Header) -> str | None:
    """Whether ``text`` is a header line with a meaning (date, menu, byline, source): ``applied``
    when it filled its slot of ``header``, ``full`` when that slot is taken (a third date, a
    second byline: the header is over and the line belongs to the body), ``None`` otherwise. A
    line of several segments (``By X | July 24, 2024``) counts when every segment fills a
    slot."""
    segments = rules.HEADER_SEGMENT_SPLIT_RE.split(text)
    if len(segments) == 1:
        return _one_special(text, language, header)
    probe = replace(header)
    if not all(_one_special(segment, language, probe) == _APPLIED for segment in segments):
        if rules.SOURCE_LABEL_RE.match(text) or rules.PUBLISHER_LABEL_RE.match(text):
            return _one_special(text, language, header)  # one name with a bar in it
        return None
    header.__dict__.update(probe.__dict__)
    return _APPLIED


def _one_special(text: str, language: str | None, header: _Header) -> str | None:
    if rules.DIGIT_RE.search(text) is not None and len(text) <= _MAX_DATE_LINE:
        updated = rules.UPDATED_LABEL_RE.match(text)
        if updated is not None:
            value = parse_date(text[updated.end() :], language=language)
            if value is not None:
                if header.updated is not None:
                    return _FULL
                header.updated = value
                header.updated_text = text[updated.end() :]
                return _APPLIED
        published = rules.PUBLISHED_LABEL_RE.match(text)
        rest = text[published.end() :] if published is not None else text
        value = parse_date(rest, language=language)
        if value is not None:
            if header.published is None:
                header.published = value
                header.published_text = rest
            elif header.updated is None and published is None:
                header.updated = value
                header.updated_text = rest
            else:
                return _FULL
            return _APPLIED
    menu = split_language_menu(text)
    if menu is not None:
        if header.menu:
            return _FULL
        header.menu = menu
        return _APPLIED
    labels = ((rules.PUBLISHER_LABEL_RE, "publisher"), (rules.SOURCE_LABEL_RE, "source"))
    for pattern, slot in labels:
        labelled = pattern.match(text)
        if labelled is not None:
            if getattr(header, slot) is not None:
                return _FULL
            setattr(header, slot, labelled.group("name").strip())
            return _APPLIED
    byline = _standalone_byline(text, language)
    if byline is not None:
        if header.byline is not None:
            return _FULL
        header.byline = byline
        return _APPLIED
    return None


def _title_like(text: str) -> bool:
    return len(text) <= rules.TITLE_MAX_CHARS and not text.endswith((".", "。", ";", ":"))


def _opens_story(text: str) -> bool:
    """A line that opens with a dateline (``ST. JOSEPH, Mich. (AP) — Michigan health …``) is
    the story's first paragraph, never a headline, however short."""
    return find_dateline(text) is not None


def _short_sentence(text: str) -> bool:
    """A headline printed with a full stop (``Bill Clinton calls Obamacare ‘crazy system’.``):
    one short sentence."""
    return (
        text.endswith((".", "。", ";"))
        and len(text) <= rules.SHORT_SENTENCE_MAX_CHARS
        and len(text.split()) <= rules.SHORT_SENTENCE_MAX_WORDS
    )


def _section_like(text: str) -> bool:
    return (
        len(text) <= rules.SECTION_MAX_CHARS
        and len(text.split()) <= rules.SECTION_MAX_WORDS
        and rules.SENTENCE_END_RE.search(text) is None
        and not text.endswith(("?", "!"))
    )


# --------------------------------------------------------------------------- bylines


def _standalone_byline(text: str, language: str | None) -> _BylineInfo | None:
    if len(text) > rules.BYLINE_MAX:
        return None
    cjk = _cjk_byline(text)
    if cjk is not None:
        return cjk
    if text.startswith(("[", "【")):
        match = rules.INLINE_BYLINE_RE.match(text)
        if match is not None and match.end("byline") == len(text):
            return _bracketed_byline(text, language)
        return None
    if rules.BYLINE_OPENER_RE.match(text) is None:
        return None
    return _latin_byline(text, text, language)


def _bracketed_byline(printed: str, language: str | None) -> _BylineInfo | None:
    inner = printed[1:-1].strip()
    if not inner:
        return None
    cjk = _cjk_byline(inner)
    if cjk is not None:
        return _BylineInfo(printed, cjk.authors, cjk.agencies, cjk.outlet)
    if rules.BYLINE_CREDIT_RE.search(inner) is None and rules.BYLINE_OPENER_RE.match(inner) is None:
        return None
    return _latin_byline(printed, printed, language)


def _latin_byline(printed: str, text: str, language: str | None) -> _BylineInfo | None:
    parsed = parse_byline(text, language=language)
    authors = tuple(parsed.authors)
    if not authors and not parsed.agencies:
        return None
    for person in authors:
        first = person.name[:1]
        if not first.isupper() or len(person.name.split()) > 5 or person.role in _ARTICLES:
            return None
    outlet = None
    if parsed.credit is not None:
        outlet = next((p.affiliation for p in authors if p.affiliation), None)
    return _BylineInfo(printed, authors, tuple(parsed.agencies), outlet)


_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "der", "die", "das", "el", "los"})


def _cjk_byline(text: str) -> _BylineInfo | None:
    match = rules.CJK_BYLINE_RE.match(text)
    if match is None:
        return None
    credit = match.group("credit")
    tokens = [token for token in rules.CJK_NAME_SPLIT_RE.split(match.group("rest")) if token]
    outlet: str | None = None
    names: list[str] = []
    agencies: list[Organization] = []
    for token in tokens:
        agency = match_agency(token)
        if agency is not None:
            agencies.append(agency)
        elif token.endswith(rules.CJK_OUTLET_SUFFIXES) and outlet is None:
            outlet = token
        else:
            names.append(token)
    if not names and not agencies:
        return None
    authors = tuple(Person(name=name, credit=credit, affiliation=outlet) for name in names)
    return _BylineInfo(text, authors, tuple(agencies), outlet)


# --------------------------------------------------------------------------- body


def _read_body(
    lines: Sequence[_Line],
    want_byline: bool,
    language: str | None,
    diagnostics: list[Diagnostic],
) -> tuple[list[Block], list[str], _BylineInfo | None]:
    blocks: list[Block] = []
    rights_lines: list[str] = []
    byline: _BylineInfo | None = None
    kept = 0  # the blocks before this index stay in the body (an escaped paragraph is kept)
    for group in _groups(lines):
        structured = _structured_block(group) if len(group) > 1 or _marked(group[0]) else None
        if structured is not None:
            blocks.append(structured)
            continue
        for line in group:
            text = line.text
            if text.startswith(rules.TEXT_ESCAPE):
                text = _unescaped(text)
                if text:
                    blocks.append(Paragraph(text=text))
                    kept = len(blocks)
                continue
            if _is_nav(text):
                _drop(line, diagnostics)
                continue
            if _is_copyright(text):
                rights_lines.append(text)
                continue
            single = _structured_block([line]) if _marked(line) else None
            if single is not None:
                blocks.append(single)
                continue
            if want_byline and not blocks and byline is None:
                inline = rules.INLINE_BYLINE_RE.match(text)
                if inline is not None:
                    found = _bracketed_byline(inline.group("byline"), language)
                    if found is not None:
                        byline = found
                        text = text[inline.end() :]
                        if not text:
                            continue
            blocks.append(Paragraph(text=text))
    # Closing rights lines: trailing paragraphs that read as a rights notice.
    trailing: list[str] = []
    while len(blocks) > kept:
        last = blocks[-1]
        if not isinstance(last, Paragraph) or not _is_rights(last.text):
            break
        trailing.append(last.text)
        blocks.pop()
    rights_lines.extend(reversed(trailing))
    return blocks, rights_lines, byline


def _groups(lines: Sequence[_Line]) -> Iterable[list[_Line]]:
    group: list[_Line] = []
    for line in lines:
        if group and line.block != group[-1].block:
            yield group
            group = []
        group.append(line)
    if group:
        yield group


def _marked(line: _Line) -> bool:
    return line.text[:1] in "-•*·▪●#>!0123456789"


def _structured_block(group: Sequence[_Line]) -> Block | None:
    """A list, block quote, heading or figure, when every line of ``group`` is marked so."""
    texts = [line.text for line in group]
    items = [rules.LIST_ITEM_RE.match(text) for text in texts]
    if all(item is not None for item in items):
        matches = [item for item in items if item is not None]
        numbers = [item.group("number") for item in matches]
        if all(number is None for number in numbers):
            return ListBlock(items=tuple(item.group("item") for item in matches))
        sequence = [int(number) for number in numbers if number is not None]
        if len(numbers) >= 2 and sequence == list(range(1, len(numbers) + 1)):
            return ListBlock(items=tuple(item.group("item") for item in matches), ordered=True)
        return None
    quoted = [rules.BLOCKQUOTE_RE.match(text) for text in texts]
    if all(match is not None for match in quoted):
        parts = [(match.group("text") or "") if match else "" for match in quoted]
        attribution = None
        if len(parts) > 1 and rules.ATTRIBUTION_RE.match(parts[-1]):
            attribution = parts.pop()
        return BlockQuote(text="\n".join(parts), attribution=attribution)
    if len(texts) == 1:
        heading = rules.HEADING_RE.match(texts[0])
        if heading is not None:
            return Heading(text=heading.group("text"), level=len(heading.group("marks")))
        figure = rules.FIGURE_RE.match(texts[0])
        if figure is not None:
            caption = figure.group("caption") or None
            return Figure(image=Image(url=figure.group("url"), caption=caption))
    return None


def _is_nav(text: str) -> bool:
    if len(text) > rules.NAV_LINE_MAX:
        return False
    bare = text.strip(rules.NAV_TRAILING).casefold()
    if bare in rules.NAV_LINES:
        return True
    if rules.NAV_PREFIX_RE.match(text) is not None:
        return True
    return len(bare) <= rules.NAV_BAR_MAX and rules.NAV_BAR_RE.fullmatch(bare) is not None


def _is_copyright(text: str) -> bool:
    return len(text) <= rules.RIGHTS_MAX and rules.RIGHTS_START_RE.match(text) is not None


def _is_rights(text: str) -> bool:
    return len(text) <= rules.RIGHTS_MAX and (
        rules.RIGHTS_START_RE.match(text) is not None
        or rules.RIGHTS_PHRASE_RE.search(text.lower()) is not None
    )


def _drop(line: _Line, diagnostics: list[Diagnostic]) -> None:
    diagnostics.append(
        Diagnostic(
            code=DROPPED_LINE,
            severity=Severity.INFO,
            message=f"dropped a navigation or sharing line: {line.text!r}",
            line=line.number,
            column=1,
        )
    )


# --------------------------------------------------------------------------- rights, publisher


def _rights(lines: Sequence[str]) -> Rights | None:
    if not lines:
        return None
    notice = "\n\n".join(lines)
    holder: str | None = None
    year: int | None = None
    for line in lines:
        for pattern in rules.HOLDER_RES:
            match = pattern.search(line)
            if match is None:
                continue
            groups = match.groupdict()
            found = groups.get("holder") or groups.get("holder2")
            if found and found.strip():
                holder = found.strip()
                printed_year = groups.get("year") or groups.get("year2")
                if printed_year and not printed_year.startswith("0"):  # "© 0584": no year
                    year = int(printed_year)
                break
        if holder is not None:
            break
    if year is None:
        for line in lines:
            if rules.RIGHTS_START_RE.match(line):
                found_year = rules.YEAR_RE.search(line)
                if found_year is not None:
                    year = int(found_year.group())
                    break
    terms = rules.USAGE_TERMS_RE.search(notice)
    return Rights(
        holder=holder,
        notice=notice,
        usage_terms=terms.group().strip() if terms is not None else None,
        year=year,
    )


def _publisher(
    source: str | None,
    byline: _BylineInfo | None,
    rights: Rights | None,
    named: str | None = None,
) -> tuple[Organization | None, list[Organization]]:
    """The publisher, by precedence: a ``Publisher:`` line (``named``, an agency too), a
    ``Source:`` line, the outlet a credited byline names, the rights holder. Agencies named
    there go to ``agencies`` instead."""
    holder = rights.holder if rights is not None else None
    name: str | None = named
    agencies: list[Organization] = []
    if source is not None:
        agency = match_agency(source)
        if agency is not None:
            agencies.append(agency)
        elif name is None:
            name = source
    if name is None and byline is not None and byline.outlet:
        name = byline.outlet
    if name is None and holder is not None and match_agency(holder) is None:
        name = holder
    if name is None:
        return None, agencies
    return _organization(name, holder), agencies


def _organization(name: str, holder: str | None) -> Organization:
    aliases: list[str] = []
    if holder is not None and holder != name and _same_stem(holder, name):
        aliases.append(holder)
    acronyms: tuple[str, ...] = ()
    folded = name.casefold()
    index = rules.KNOWN_PUBLISHER_INDEX.get(folded)
    if index is not None:
        known, known_acronyms, others = rules.KNOWN_PUBLISHERS[index]
        aliases.extend(n for n in (known, *others) if n.casefold() != folded)
        acronyms = tuple(a for a in known_acronyms if a.casefold() != folded)
    unique = tuple(dict.fromkeys(alias for alias in aliases if alias != name))
    return Organization(
        name=name, kind=OrganizationKind.PUBLISHER, aliases=unique, acronyms=acronyms
    )


def _same_stem(holder: str, name: str) -> bool:
    """``Observer.com`` and ``Observer Network`` are one outlet: the domain's first label is
    the name's first word."""
    stem = holder.casefold().removeprefix("www.").split(".")[0]
    words = name.casefold().split()
    return bool(stem) and bool(words) and (stem == words[0] or stem == "".join(words))


def _unique_orgs(orgs: Iterable[Organization]) -> list[Organization]:
    seen: set[str] = set()
    out = []
    for org in orgs:
        if org.name not in seen:
            seen.add(org.name)
            out.append(org)
    return out


def _variants(menu: Sequence[tuple[str, str]], language: str | None) -> tuple[LanguageVariant, ...]:
    if not menu:
        return ()
    tags = [tag for _, tag in menu]
    current: int | None = None
    if language is not None:
        if language in tags:
            current = tags.index(language)
        else:
            primary = language.split("-")[0]
            same = [i for i, tag in enumerate(tags) if tag.split("-")[0] == primary]
            current = same[0] if len(same) == 1 else None
    return tuple(
        LanguageVariant(
            language=tag,
            label=label,
            relation=VariantRelation.TRANSLATION,
            is_current=index == current,
        )
        for index, (label, tag) in enumerate(menu)
    )


# --------------------------------------------------------------------------- checks


def _check_blocks(
    blocks: list[Block], split_glued: bool, diagnostics: list[Diagnostic]
) -> list[Block]:
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph | Heading):
            path = f"body[{index}].text"
            found: list[Diagnostic] = []
            text = _glued_words(block.text, path, found, apply=split_glued)
            if text != block.text:
                block = block.model_copy(update={"text": text})
            diagnostics.extend(found)
            if isinstance(block, Paragraph):
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                opens = following.text.lstrip()[:1] if isinstance(following, Paragraph) else ""
                _unbalanced_quotes(block.text, path, diagnostics, continued_by=opens)
        out.append(block)
    return out


def _glued_words(
    text: str, path: str, diagnostics: list[Diagnostic], *, apply: bool = False
) -> str:
    """Report words glued where links were stripped (``avecOpenAIComparable``), with the split
    as the suggestion; apply the splits when ``apply``."""
    pieces: list[str] = []
    last = 0
    shift = 0
    for start, end in _glued_candidates(text):
        word = text[start:end]
        cuts = _cuts(word)
        if not cuts:
            continue
        split = _split_at(word, cuts)
        if apply:
            pieces.append(text[last:start])
            pieces.append(split)
            last = end
            span = (start + shift, start + shift + len(split))
            shift += len(split) - len(word)
            message = f"split the glued word {word!r} into {split!r}"
        else:
            span = (start, end)
            message = f"{word!r} looks like words glued together: {split!r}"
        diagnostics.append(
            Diagnostic(
                code=GLUED_WORD,
                severity=Severity.WARNING,
                message=message,
                path=path,
                span=span,
                suggestion=split,
            )
        )
    if not apply or not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _glued_candidates(text: str) -> Iterable[tuple[int, int]]:
    """Start and end of each word with a lower-case letter before an upper-case one, leaving
    out handles, hashtags, URLs, file names and words with digits."""
    size = len(text)
    end = 0
    for match in rules.LOWER_UPPER_PAIR_RE.finditer(text):
        if match.start() < end:
            continue  # inside the word already seen
        start = match.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = match.end()
        while end < size and text[end].isalpha():
            end += 1
        if end - start > rules.GLUED_MAX_CHARS:
            continue  # no two or three words are this long: a code, a key, noise
        before = text[start - 1] if start else " "
        after = text[end] if end < size else " "
        if before in rules.GLUED_NOT_BEFORE or before.isdigit() or after.isdigit():
            continue
        if after in rules.GLUED_NOT_AFTER or (
            after in ".'’" and end + 1 < size and text[end + 1].isalnum()
        ):
            continue
        yield start, end


def _cuts(word: str) -> list[int]:
    """Where to split ``word``: before each capital that follows a lower-case letter, except
    inside a brand (``ChatGPT``) and after one leading lower-case letter (``iPhone``). A word
    that starts with a capital is a name spelled so on purpose (``PolitiFact``,
    ``FiveThirtyEight``, ``McDonald``), never glued text."""
    if word[0].isupper():
        return []
    cuts = {match.start() for match in rules.LOWER_UPPER_RE.finditer(word)}
    if not cuts:
        return []
    for brand in rules.BRANDS_RE.finditer(word):
        start, end = brand.span()
        cuts -= set(range(start + 1, end))
        if start > 0 and word[start - 1].isalpha():
            cuts.add(start)
        if end < len(word) and word[end].isalpha() and word[end:] != "s":
            cuts.add(end)  # not before a plural or genitive s (iPhones, ChatGPTs)
    if 1 in cuts and word[0].islower():
        cuts.discard(1)  # iPhone, eBay, kWh, mRNA
    apostrophe = max(word.find("'"), word.find("’"))
    if apostrophe >= 0:
        cuts = {cut for cut in cuts if cut != apostrophe + 1}
    return sorted(cut for cut in cuts if 0 < cut < len(word))


def _split_at(word: str, cuts: Sequence[int]) -> str:
    parts = []
    previous = 0
    for cut in cuts:
        parts.append(word[previous:cut])
        previous = cut
    parts.append(word[previous:])
    return " ".join(parts)


def _unbalanced_quotes(
    text: str, path: str, diagnostics: list[Diagnostic], *, continued_by: str = ""
) -> None:
    """Report a paragraph whose quotation marks do not pair up. A quotation that runs over
    several paragraphs opens each with a quotation mark and closes only in the last: a mark
    left open at the end, when the next paragraph (``continued_by`` is its first character)
    opens with the same mark, is no imbalance."""
    openers, closers = rules.QUOTE_OPENERS, rules.QUOTE_CLOSERS
    guillemet = rules.GUILLEMETS_RE.search(text)
    if guillemet is not None and guillemet.group() in rules.REVERSED_QUOTE_OPENERS:
        # German »…« (and ›…‹): the paragraph's first guillemet opens.
        openers, closers = rules.REVERSED_QUOTE_OPENERS, rules.REVERSED_QUOTE_CLOSERS
    stack: list[tuple[str, int]] = []
    unmatched: list[tuple[str, int]] = []
    straight: list[int] = []
    for match in rules.QUOTE_CHARS_RE.finditer(text):
        mark = match.group()
        position = match.start()
        if mark == rules.STRAIGHT_QUOTE:
            closes = position > 0 and not text[position - 1].isspace()
            if closes and stack and stack[-1][0] == "“" and len(straight) % 2 == 0:
                stack.pop()  # “yes" (a straight mark closing a typographic one)
            else:
                straight.append(position)
        elif mark == "”" and len(straight) % 2 and not (stack and stack[-1][0] == "“"):
            straight.pop()  # "yes” (a typographic mark closing a straight one)
        elif mark in "“”" and stack and stack[-1][0] == "„":
            stack.pop()  # „…“ (German), „…” (Polish, Romanian, Hungarian)
        elif mark in openers:
            stack.append((mark, position))
        else:
            opener = closers[mark]
            depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == opener), -1)
            if depth < 0:
                unmatched.append((mark, position))
            else:
                unmatched.extend(stack[depth + 1 :])
                del stack[depth:]
    if continued_by and not unmatched:
        left_open = [mark for mark, _ in stack]
        if len(straight) % 2 and _opens(text, straight[-1]):
            left_open.append(rules.STRAIGHT_QUOTE)
        alone = len(left_open) == 1 and len(stack) + len(straight) % 2 == 1
        if alone and (continued_by == left_open[0] or {continued_by, left_open[0]} == {'"', "“"}):
            return
    unmatched.extend(stack)
    if len(straight) % 2:
        unmatched.append((rules.STRAIGHT_QUOTE, straight[-1]))
    if not unmatched:
        return
    unmatched.sort(key=lambda item: item[1])
    shown = unmatched[: rules.QUOTE_MARKS_SHOWN]
    marks = ", ".join(f"{mark} at {position}" for mark, position in shown)
    if len(unmatched) > len(shown):
        marks += f" and {len(unmatched) - len(shown)} more"
    first = unmatched[0][1]
    diagnostics.append(
        Diagnostic(
            code=UNBALANCED_QUOTES,
            severity=Severity.WARNING,
            message=f"unbalanced quotation marks: {marks}",
            path=path,
            span=(first, first + 1),
        )
    )


def _opens(text: str, position: int) -> bool:
    """Whether the straight quotation mark at ``position`` opens a quotation: at the start of
    a word (``"Yes``), not after one (``yes."``)."""
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


# --------------------------------------------------------------------------- writing


def to_text(article: Article) -> str:
    """Write ``article`` in the raw text layout that :func:`parse_text` reads.

    The text carries the section, title, subtitle, dates, language menu, byline (and through
    it the authors), body blocks, rights notice and the publisher; other fields (URLs, ids,
    keywords, images, quotes) are not written.

    >>> from newsmodel import Article, Paragraph
    >>> print(to_text(Article(title="A vote in the rain", body=(Paragraph(text="It rained."),))))
    A vote in the rain
    <BLANKLINE>
    It rained.
    """
    dates: list[str] = []
    if article.published is not None:
        dates.append(_iso(article.published))
    if article.updated is not None:
        dates.append(f"Updated: {_iso(article.updated)}")
    byline, inline = _written_byline(article)
    written_byline = _standalone_byline(byline, article.language) if byline else None
    if byline and inline:
        written_byline = _bracketed_byline(byline, article.language)
    tail: list[str] = []
    menu = _menu(article.variants)
    if menu:
        tail.append(menu)
    if byline and not inline:
        tail.append(byline)
    parts = [*_plain_lines(article, bool(dates or tail)), *dates]
    # Counted with a publisher line, written or not, so that the count is the same either way.
    line = sum(part.count("\n") + 1 for part in (*parts, *tail)) + 2
    body = _body_texts(
        article.body,
        line,
        inline_byline=byline if inline else None,
        header_byline=bool(byline and not inline),
    )
    notice = _written_notice(article.rights)
    # The Source line names a publisher nothing else names; it also ends a header that would
    # not read back alone (a subtitle or a first paragraph would be taken for header lines).
    publisher_line = _publisher_line(article, written_byline, notice)
    if publisher_line and not (dates or tail):
        parts = [*_plain_lines(article, True), *dates]
    if publisher_line is None and not _header_reads_back(article, [*parts, *tail], body):
        forced = _publisher_line(article, written_byline, notice, force=True)
        if forced:
            forced_parts = [*_plain_lines(article, True), *dates, forced]
            # Only when it helps: a title that reads as a section label stays ambiguous.
            if _header_reads_back(article, [*forced_parts, *tail], body):
                publisher_line = forced
                parts = forced_parts[:-1]
    if publisher_line:
        parts.append(publisher_line)
    parts.extend(tail)
    parts.extend(body)
    if notice:
        parts.append(notice)
    return "\n\n".join(parts)


def _escaped(text: str) -> str:
    return f"{rules.TEXT_ESCAPE}{text}"


def _plain_lines(article: Article, specials: bool) -> list[str]:
    """The section, title and subtitle lines; with ``specials`` (a date, menu, byline or
    publisher line after them, which end the header) a line too long for a headline is
    escaped to stay in the header."""
    return [
        _plain_header_line(_one_line(value), long=specials)
        for value in (article.section, article.title, article.subtitle)
        if value
    ]


def _plain_header_line(text: str, *, long: bool) -> str:
    """A section, title or subtitle line, escaped when the reader would not take it for one:
    a line too long for a headline (when ``long``), or one it would read as a date, a byline,
    a menu, navigation, a copyright line or a story's dateline."""
    if (
        (long and not (_title_like(text) or _short_sentence(text)))
        or text.startswith(rules.TEXT_ESCAPE)
        or _is_nav(text)
        or _is_copyright(text)
        or _opens_story(text)
        or _header_special(text, None, _Header()) is not None
    ):
        return _escaped(text)
    return text


def _written_byline(article: Article) -> tuple[str | None, bool]:
    """The byline to write and whether it runs into the first paragraph: the printed one when
    the reader reads it back as a byline, else one made of the authors' names, else none (the
    layout cannot carry a byline the reader would take for a paragraph)."""
    first = article.body[0] if article.body else None
    first_text = _one_line(first.text) if isinstance(first, Paragraph) else ""
    for candidate in (article.byline, _made_byline(article)):
        if not candidate:
            continue
        printed = _one_line(candidate)
        if printed.startswith(("[", "【")) and first_text:
            match = rules.INLINE_BYLINE_RE.match(f"{printed} {first_text}")
            if (
                match is not None
                and match.group("byline") == printed
                and _bracketed_byline(printed, None) is not None
            ):
                return printed, True
        probe = _Header()
        if (
            _header_special(printed, None, probe) == _APPLIED
            and probe.byline is not None
            and probe.published is None
            and probe.updated is None
            and not probe.menu
            and probe.source is None
            and probe.publisher is None
        ):
            return printed, False
    return None, False


def _body_texts(
    blocks: Sequence[Block], line: int, *, inline_byline: str | None, header_byline: bool
) -> list[str]:
    """The body blocks as written, a paragraph escaped when the reader would take it for
    something else: a list item, heading, quote or figure, a navigation or copyright line, a
    closing rights line, a bracketed byline, or (near the top) a header line."""
    texts: list[str] = []
    last = len(blocks) - 1
    for index, block in enumerate(blocks):
        text = _block_text(block)
        if not text:
            continue
        if isinstance(block, Paragraph):
            if index == 0 and inline_byline is not None:
                text = f"{inline_byline} {text}"
            elif _paragraph_needs_escape(
                text,
                first=not texts and not header_byline,
                last=index == last,
                near_top=line <= _MAX_HEADER_LINES,
            ):
                text = _escaped(text)
        texts.append(text)
        line += text.count("\n") + 1
    return texts


def _paragraph_needs_escape(text: str, *, first: bool, last: bool, near_top: bool) -> bool:
    if text.startswith(rules.TEXT_ESCAPE) or _is_nav(text) or _is_copyright(text):
        return True
    if _marked(_Line(text, 0, 0)) and _structured_block([_Line(text, 0, 0)]) is not None:
        return True
    if last and _is_rights(text):
        return True
    if first:
        inline = rules.INLINE_BYLINE_RE.match(text)
        if inline is not None and _bracketed_byline(inline.group("byline"), None) is not None:
            return True
    return near_top and _header_special(text, None, _Header()) is not None


def _written_notice(rights: Rights | None) -> str | None:
    """The rights notice as printed when the reader reads every line of it as a rights line;
    else the holder and year (``© 2024 The Daily Courier``); else none."""
    if rights is None:
        return None
    notice = _rights_text(rights)
    lines = [line.strip() for line in notice.split("\n") if line.strip()]
    if lines and all(_reads_as_rights(line) for line in lines):
        return notice
    if rights.holder:
        made = _rights_text(rights.model_copy(update={"notice": None}))
        if _reads_as_rights(made):
            return made
    return None


def _reads_as_rights(line: str) -> bool:
    return (
        not line.startswith(rules.TEXT_ESCAPE)
        and not _is_nav(line)
        and _is_rights(line)
        and not (_marked(_Line(line, 0, 0)) and _structured_block([_Line(line, 0, 0)]) is not None)
    )


def _header_reads_back(article: Article, header: list[str], body: list[str]) -> bool:
    """Whether the reader finds exactly ``header`` as the header of the written text."""
    written = _split_lines("\n\n".join([*header, *body[:3]]))
    found, end = _read_header(written, None, [])
    expected = tuple(
        _one_line(value) if value else None
        for value in (article.section, article.title, article.subtitle)
    )
    header_lines = sum(part.count("\n") + 1 for part in header)
    return (found.section, found.title, found.subtitle) == expected and end == header_lines


def _iso(value: date | datetime) -> str:
    return value.isoformat()


def _one_line(text: str) -> str:
    return _INLINE_SPACE.sub(" ", text.strip())


def _made_byline(article: Article) -> str | None:
    names = [person.name for person in article.authors]
    if not names:
        return None
    primary = (article.language or "en").split("-")[0]
    opener = rules.BY_WORDS.get(primary, "By")
    conjunction = rules.CONJUNCTION_WORDS.get(primary, "and")
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
    return f"{opener} {joined}"


def _publisher_line(
    article: Article, byline: _BylineInfo | None, notice: str | None, *, force: bool = False
) -> str | None:
    """A ``Source:`` line, only when the byline and the rights notice would not name the
    publisher by themselves (or when ``force``, to close the header). A publisher that is a
    news agency gets a ``Publisher:`` line (a ``Source:`` line would make it an agency)."""
    if article.publisher is None:
        return None
    name = _one_line(article.publisher.name)
    rights = _rights([part for part in notice.split("\n\n") if part]) if notice else None
    derived, _ = _publisher(None, byline, rights)
    # The reader derives the rest (aliases, acronyms) from the name: compare the names.
    if not force and derived is not None and derived.name == name:
        return None
    if match_agency(name) is not None:
        return f"{rules.PUBLISHER_LABELS[0]}: {name}"
    # The label's language is the one the reader will detect, so that it writes it back so.
    primary = (_text_language(article) or "en").split("-")[0]
    label = rules.SOURCE_LABELS.get(primary, "Source")
    colon = "：" if primary in ("zh", "ja") else ": "
    return f"{label}{colon}{name}"


def _text_language(article: Article) -> str | None:
    """The language the reader detects from the article's own words."""
    header = _Header(title=article.title, subtitle=article.subtitle)
    return detect_language(_sample(_content(header, article.body)))


def _menu(variants: Sequence[LanguageVariant]) -> str | None:
    """The language menu, glued when it reads back so, else separated by bars; none when the
    reader would not read it as a menu (labels that are not in the labels table)."""
    labels = [_one_line(variant.label) for variant in variants if variant.label]
    labels = [label for label in labels if label]
    if not labels:
        return None
    for menu in ("".join(labels), " | ".join(labels)):
        split = split_language_menu(menu)
        if split is not None and [label for label, _ in split] == labels:
            probe = _Header()
            if _header_special(menu, None, probe) == _APPLIED and probe.menu:
                return menu
    return None


def _block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _one_line(block.text)
    if isinstance(block, Heading):
        return f"{'#' * block.level} {_one_line(block.text)}"
    if isinstance(block, ListBlock):
        if block.ordered:
            return "\n".join(f"{n}. {_one_line(item)}" for n, item in enumerate(block.items, 1))
        return "\n".join(f"- {_one_line(item)}" for item in block.items)
    if isinstance(block, BlockQuote):
        lines = [f"> {line}" if line else ">" for line in block.text.split("\n")]
        if block.attribution:
            lines.append(f"> {_one_line(block.attribution)}")
        return "\n".join(lines)
    caption = _one_line(block.image.caption or "")
    return f"![{caption}]({block.image.url})"


def _rights_text(rights: Rights) -> str:
    if rights.notice:
        return rights.notice.strip()
    if rights.holder:
        return f"© {rights.year} {rights.holder}" if rights.year else f"© {rights.holder}"
    return ""


def _read(data: str | bytes, options: ParseOptions) -> Article:
    if isinstance(data, bytes):
        if len(data) > options.max_bytes:
            raise InputTooLargeError(
                f"input is larger than max_bytes ({options.max_bytes} bytes)", source="<bytes>"
            )
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UnsupportedInputError(
                f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}",
                source="<bytes>",
            ) from None
    return parse_text(data, options=options)


CODEC = Codec(Format.TEXT, _read, to_text, "text/plain", ".txt")
