"""Datelines: where a story was filed, as the start of its first paragraph prints it.

Wire stories open with the place, sometimes the day, and the agency, then a dash:
``WASHINGTON (Reuters) - …``, ``OSLO, Norway (AP) — …``, ``NEW YORK, July 5 (Reuters) - …``,
``Berlin (dpa) - …``, ``Frankfurt/Main (dpa/lhe) – …``, ``MADRID, 5 Jul. (EUROPA PRESS) - …``,
``(AFP) - …``; staff stories of many papers write the place alone in capitals: ``WASHINGTON —
…``. The paragraph keeps its text: the dateline is read from it, not cut out of it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsmodel._bylines import match_agency
from newsmodel._dates import MONTH_NAMES
from newsmodel.models import Block, Dateline, Organization, Paragraph

__all__ = [
    "dateline_agencies",
    "dateline_of",
    "find_dateline",
    "lead_dateline",
    "lead_index",
    "printed_dateline",
    "split_at_place",
    "with_agencies",
]

_HEAD_CHARS = 120
"""A dateline ends within this many characters of the paragraph's start."""
_DASH = re.compile(r"\)\s*[-–—]{1,2}\s|\s[-–—]{1,2}\s")
"""The dash that ends a dateline: after the agency's parenthesis, or spaced after the place."""
_DASHES = ("-", "–", "—")
"""The dashes that end a dateline."""
_AGENCY_SPLIT = re.compile(r"\s*[/,+]\s*|\s+(?:and|und|et|y|e)\s+")
"""Between agencies (``AFP/dpa``) and between an agency and a desk code (``dpa/lno``)."""
_PARTICLES = frozenset(
    """
    de del della di da do dos das du des la le les el al am an im ob der den upon on sur
    sous en y et and e
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
"""Lower-case words inside place names (``Rio de Janeiro``, ``Frankfurt am Main``)."""


@functools.cache
def _date_pattern() -> re.Pattern[str]:
    """A day of the dateline (``July 5``, ``5 Jul.``, ``5. Juli``, ``5.7.``), with its year,
    in every language whose month names the dates module reads; compiled at first use (a lead
    with a comma), not at import."""
    names = {
        re.escape(form) for months in MONTH_NAMES.values() for forms in months for form in forms
    }
    months = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(
        rf"(?:\d{{1,2}}\.?\s*(?:{months})\.?|(?:{months})\.?\s*\d{{1,2}}\.?|"
        r"\d{1,2}[./]\d{1,2}\.?(?:\d{2,4})?)(?:,?\s+\d{4})?",
        re.I,
    )


_YEAR = re.compile(r"\d{4}")
_DOMAIN = re.compile(r"\w\.[A-Za-z]{2,}$")
"""A web address as a credit (``KOMPAS.com``), not a place (``D.C.``, ``St.``)."""
_KICKERS = frozenset(
    """
    BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE OPINION ANALYSIS EDITORIAL VIDEO PHOTOS
    PHOTO FILE NOTE CORRECTION CLARIFICATION REVIEW COMMENTARY ADVISORY URGENT FLASH BULLETIN
    ALERT EILMELDUNG
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
"""Capitalised labels that open a paragraph like a place but name a kind of story."""
_MAX_CHARS = 200
"""The longest dateline a structured source may give (``Dateline.text``'s limit)."""
_MAX_PLACE_WORDS = 6
_MAX_PLACE_CHARS = 50


def find_dateline(text: str) -> tuple[Dateline, tuple[Organization, ...]] | None:
    """The dateline that opens ``text``, and the news agencies it credits, or ``None``.

    >>> dateline, agencies = find_dateline("OSLO, Norway (AP) — The Nobel committee said …")
    >>> dateline.text, dateline.place, [a.name for a in agencies]
    ('OSLO, Norway (AP)', 'OSLO, Norway', ['Associated Press'])
    >>> find_dateline("NEW YORK, July 5 (Reuters) - Stocks fell.")[0].place
    'NEW YORK'
    >>> find_dateline("Sales rose 5 % (year on year) - a record.") is None
    True
    """
    match = _DASH.search(text, 0, _HEAD_CHARS)
    if match is None:
        return None
    closed = text[match.start()] == ")"
    if not closed and not text[match.end() : match.end() + 1].isupper():
        return None  # ``NATO — the alliance …``: no sentence starts after the dash
    return _read(text[: match.start() + 1] if closed else text[: match.start()], capitals=True)


def printed_dateline(text: str) -> tuple[Dateline, tuple[Organization, ...]] | None:
    """The dateline of an element printed apart from the story, named for it by its class
    (``<span class="ArticlePage-dateline">WASHINGTON —</span>``): its text up to the dash it
    ends with, which such elements also hold (the class alone often marks a date).

    >>> printed_dateline("WASHINGTON\u00a0—\u00a0")[0].place
    'WASHINGTON'
    >>> printed_dateline("Published Nov 18, 2019") is None
    True
    """
    printed = text.strip()
    if len(printed) > _HEAD_CHARS or not printed.endswith(_DASHES):
        return None
    return _read(printed.rstrip("".join(_DASHES)).rstrip(), capitals=False)


def _read(candidate: str, *, capitals: bool) -> tuple[Dateline, tuple[Organization, ...]] | None:
    """The dateline ``candidate`` (the text before its dash), or ``None`` when it reads as
    something else. Without an agency, ``capitals`` wants the place in capitals."""
    if not candidate or candidate != candidate.strip() or "\n" in candidate:
        return None
    candidate = " ".join(candidate.split())
    if not candidate.endswith(")"):
        place = _place(candidate, capitals=capitals)
        if place is None:
            return None
        return Dateline(text=candidate, place=place), ()
    opening = candidate.rfind("(")
    if opening < 0:
        return None
    agencies = _agencies(candidate[opening + 1 : -1])
    if not agencies:
        return None
    lead = candidate[:opening].rstrip()
    if not lead:
        return Dateline(text=candidate), agencies
    place = _place(lead, capitals=False)
    if place is None:
        return None
    return Dateline(text=candidate, place=place), agencies


def dateline_of(text: str | None, place: str | None = None) -> Dateline | None:
    """The dateline a structured source states (schema.org ``dateline`` and
    ``locationCreated``, ninjs ``located``, NITF ``<dateline>`` and ``<location>``): spaces
    made single, the place kept when the text holds it; ``None`` for an empty or over-long
    text, or one that does not open with a word or an agency's parenthesis (publishers who put
    the date there). With ``place`` alone, the place is the dateline."""
    written = " ".join(text.split()) if text else ""
    where = " ".join(place.split()) if place else ""
    if not written:
        written = where
    if not written or len(written) > _MAX_CHARS:
        return None
    if not (written[0].isalpha() or written[0] == "("):
        return None  # a date (``2022-05-07T20:06:23-05:00``) where the place belongs
    return Dateline(text=written, place=where if where and where in written else None)


def lead_index(body: Sequence[Block]) -> int | None:
    """Where the article's first paragraph is, the one a dateline opens (after a heading or a
    figure at most)."""
    for index, block in enumerate(body[:3]):
        if isinstance(block, Paragraph):
            return index
    return None


def lead_dateline(body: Sequence[Block]) -> tuple[Dateline, tuple[Organization, ...]] | None:
    """:func:`find_dateline` of the article's first paragraph (:func:`lead_index`)."""
    index = lead_index(body)
    lead = body[index] if index is not None else None
    return find_dateline(lead.text) if isinstance(lead, Paragraph) else None


def _agencies(inside: str) -> tuple[Organization, ...]:
    """The agencies of a dateline's parenthesis: the first part must name one (``dpa/lno``:
    ``lno`` is dpa's desk), every other part an agency or a short desk code."""
    if len(inside) > 60:
        return ()
    parts = [part for part in _AGENCY_SPLIT.split(inside.strip()) if part]
    found: list[Organization] = []
    for index, part in enumerate(parts):
        agency = match_agency(part)
        if agency is not None:
            if all(agency.name != seen.name for seen in found):
                found.append(agency)
        elif index == 0 or not (part.isalpha() and len(part) <= 4):
            return ()
    return tuple(found)


def _place(lead: str, *, capitals: bool) -> str | None:
    """The place of a dateline's lead (``NEW YORK, July 5`` → ``NEW YORK``), or ``None`` when
    the lead does not read as one: words that are capitalised or particles, at most one day,
    and, with ``capitals``, the first part in capitals (``WASHINGTON``, not ``Yesterday``)."""
    parts = [part.strip() for part in lead.split(",")]
    while len(parts) > 1 and _DOMAIN.search(parts[-1]):
        parts.pop()  # ``JAKARTA, KOMPAS.com``: the outlet's credit
    if _DOMAIN.search(parts[0]):
        return None
    if len(parts) > 2 and _YEAR.fullmatch(parts[-1]) and _date_pattern().fullmatch(parts[-2]):
        parts.pop()  # ``Oct. 3, 2023``
    if len(parts) > 1 and _date_pattern().fullmatch(parts[-1]):
        parts.pop()
    if not parts or len(parts) > 3 or any(not part for part in parts):
        return None
    place = ", ".join(parts)
    if len(place) > _MAX_PLACE_CHARS or place not in lead:
        return None
    words = place.replace(",", " ").split()
    if len(words) > _MAX_PLACE_WORDS:
        return None
    for word in words:
        first = word[0]
        if not first.isalpha():
            return None
        if not first.isupper() and word not in _PARTICLES:
            return None
        if not all(ch.isalpha() or ch in ".'’/&-" for ch in word):
            return None
    if capitals:
        head = parts[0]
        letters = [ch for ch in head if ch.isalpha()]
        if len(letters) < 3 or not head.isupper() or head in _KICKERS:
            return None
        if match_agency(head) is not None:  # ``AFP — …``: a credit, not a place
            return None
    return place


def split_at_place(dateline: Dateline) -> tuple[str, str, str] | None:
    """The text before the dateline's place, the place, and the text after it (for writers
    that mark the place up), or ``None`` when it names no place."""
    if dateline.place is None:
        return None
    at = dateline.text.index(dateline.place)
    return dateline.text[:at], dateline.place, dateline.text[at + len(dateline.place) :]


def dateline_agencies(dateline: Dateline) -> tuple[Organization, ...]:
    """The news agencies a dateline credits (``WASHINGTON (AP)``: AP)."""
    found = _read(dateline.text, capitals=False) if dateline.text.endswith(")") else None
    return found[1] if found is not None else ()


def with_agencies(
    agencies: Sequence[Organization], more: Sequence[Organization]
) -> tuple[Organization, ...]:
    """``agencies`` and then those of ``more`` not among them by name."""
    names = {agency.name.casefold() for agency in agencies}
    return (*agencies, *(agency for agency in more if agency.name.casefold() not in names))
