"""Annotated value types shared by the models: language tags, news dates, URLs.

Each alias carries its own validation, so every model field that uses it validates the same way
and exports the same JSON Schema.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Annotated, Any

from dateutil.parser import isoparse
from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, WithJsonSchema

__all__ = ["LanguageTag", "NewsDate", "NonEmptyStr", "Url", "canonical_language_tag"]

# RFC 5646 well-formed language tag (grandfathered irregular tags are rejected on purpose).
_BCP47 = re.compile(
    r"""^(?:
        (?P<language>[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})
        (?:-(?P<script>[A-Za-z]{4}))?
        (?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?
        (?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*
        (?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*
        (?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?
    |[Xx](?:-[A-Za-z0-9]{1,8})+)$""",
    re.VERBOSE,
)


def canonical_language_tag(tag: str) -> str:
    """Return ``tag`` in the canonical case of RFC 5646, or raise ``ValueError``.

    >>> canonical_language_tag("ZH-hant-tw")
    'zh-Hant-TW'
    """
    match = _BCP47.match(tag.strip()) if tag else None
    if match is None:
        raise ValueError(f"{tag!r} is not a well-formed BCP 47 language tag")
    parts = tag.strip().split("-")
    out = [parts[0].lower()]
    private = parts[0].lower() == "x"
    for part in parts[1:]:
        if private or len(part) == 1:
            private = private or part.lower() == "x"
            out.append(part.lower())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


LanguageTag = Annotated[
    str,
    AfterValidator(canonical_language_tag),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
            "description": "A BCP 47 language tag such as 'fr', 'pt-BR' or 'zh-Hant'.",
        }
    ),
]
"""A well-formed BCP 47 tag, stored in canonical case (``pt-BR``, ``zh-Hant``)."""

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _to_news_date(value: Any) -> date | datetime:
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _DATE_ONLY.match(text):
            try:
                return date.fromisoformat(text)
            except ValueError as exc:
                raise ValueError(f"{value!r} is not a valid ISO 8601 date: {exc}") from None
        try:
            parsed = isoparse(text)
        except (ValueError, OverflowError) as exc:
            raise ValueError(f"{value!r} is not an ISO 8601 date or date-time") from exc
        offset = parsed.utcoffset()
        return parsed if offset is None else parsed.replace(tzinfo=timezone(offset))
    raise ValueError(f"expected an ISO 8601 date or date-time string, got {type(value).__name__}")


def _news_date_to_str(value: date | datetime) -> str:
    return value.isoformat()


NewsDate = Annotated[
    date | datetime,
    BeforeValidator(_to_news_date),
    PlainSerializer(_news_date_to_str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": (
                r"^\d{4}-\d{2}-\d{2}"
                r"(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
            ),
            "description": (
                "ISO 8601. A date alone ('2024-07-24') means the source gave only the day; a "
                "date-time without an offset means the source gave no time zone."
            ),
        }
    ),
]
"""A publication date as precise as the source gave it.

A ``date`` when the source gave only the day; a ``datetime`` with ``tzinfo`` when it gave an
offset; a naive ``datetime`` when it gave a time but no offset (the offset is unknown and is never
invented).
"""

NonEmptyStr = Annotated[str, Field(min_length=1)]
"""A string with at least one character."""

Url = Annotated[
    str,
    Field(min_length=1, max_length=8192, pattern=r"^\S+$"),
]
"""A URL as found in the source (absolute or not; ``newsmodel validate`` flags relative ones)."""
