"""Errors raised by newsmodel, and the diagnostics that lenient parsing returns as data.

Every exception newsmodel raises descends from :class:`NewsModelError`::

    NewsModelError
    ├── ParseError (also ValueError)          input that cannot become an article
    │   ├── UnsupportedInputError             binary, wrong format, wrong encoding
    │   ├── InputTooLargeError                over the size limit of ParseOptions
    │   └── HostileInputError                 entity expansion, external entities, nesting bombs
    ├── SerializeError                        an article a format cannot carry
    └── ValidationFailed (also ValueError)    article data that breaks the model's schema

Exceptions carry their context as keyword-only attributes (``source``, ``line``, ``column``,
``field``). Problems that do not stop a parse are :class:`Diagnostic` values on
``Article.diagnostics``, never log lines.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Diagnostic",
    "FieldIssue",
    "HostileInputError",
    "InputTooLargeError",
    "NewsModelError",
    "ParseError",
    "SerializeError",
    "Severity",
    "UnsupportedInputError",
    "ValidationFailed",
]


class Severity(str, enum.Enum):
    """How much a diagnostic matters."""

    ERROR = "error"
    """The data is wrong or something was lost."""
    WARNING = "warning"
    """The parser doubted or repaired something; a person should look."""
    INFO = "info"
    """Something worth knowing that needs no action (a suggestion, a detected value)."""


class Diagnostic(BaseModel):
    """One problem, repair or doubt found while parsing or validating an article."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    code: str = Field(pattern=r"^NM\d{3}$")
    """Stable code such as ``NM201``; see the docs for the list. Ranges: NM0xx input and schema,
    NM1xx validation rules, NM2xx raw text, NM3xx HTML, NM4xx quotes, NM5xx industry formats,
    NM6xx bulk input."""
    severity: Severity
    """How much it matters."""
    message: str = Field(min_length=1)
    """One line that names the field and the value."""
    path: str | None = None
    """The field it applies to, as a dotted path with indexes (``body[3].text``)."""
    line: int | None = Field(default=None, ge=1)
    """1-based line in the input, where known."""
    column: int | None = Field(default=None, ge=1)
    """1-based column in the input, where known."""
    span: tuple[int, int] | None = None
    """Character offsets ``(start, end)`` in the text of the block named by ``path``."""
    suggestion: str | None = None
    """A proposed fix, as text (for example a glued word split in two)."""


class NewsModelError(Exception):
    """Root of every exception newsmodel raises."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        """Name of the input (a path, URL or ``<string>``) where known."""

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class ParseError(NewsModelError, ValueError):
    """The input cannot be turned into an article."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message, source=source)
        self.line = line
        self.column = column


class UnsupportedInputError(ParseError):
    """The input is not of a kind this reader handles (binary data, a PDF, an unknown format,
    bytes in no encoding that can be decoded without loss)."""


class InputTooLargeError(ParseError):
    """The input is larger than ``ParseOptions.max_bytes``."""


class HostileInputError(ParseError):
    """The input tries to expand entities, fetch external resources or nest without bound."""


class SerializeError(NewsModelError):
    """An article cannot be written in the requested format."""


class FieldIssue(BaseModel):
    """One schema violation in article data."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    path: str
    """Dotted path of the field, with indexes (``authors[0].name``); empty for the whole object."""
    message: str
    """What is wrong, naming the value where it is short."""
    kind: str
    """pydantic's error type (``missing``, ``extra_forbidden``, ``string_type`` …)."""


class ValidationFailed(NewsModelError, ValueError):
    """Article data breaks the model's schema. Wraps pydantic's ``ValidationError``."""

    def __init__(
        self,
        message: str,
        *,
        errors: Sequence[FieldIssue] = (),
        source: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message, source=source)
        self.errors = tuple(errors)
        self.line = line

    @classmethod
    def from_pydantic(
        cls, exc: Any, *, source: str | None = None, line: int | None = None
    ) -> ValidationFailed:
        """Wrap a ``pydantic.ValidationError`` without leaking it."""
        errors = tuple(
            FieldIssue(path=_dotted(err["loc"]), message=err["msg"], kind=err["type"])
            for err in exc.errors(include_url=False)
        )
        first = errors[0] if errors else None
        summary = f"{first.path or '<root>'}: {first.message}" if first else "invalid article"
        if len(errors) > 1:
            summary += f" (and {len(errors) - 1} more)"
        return cls(summary, errors=errors, source=source, line=line)


def _dotted(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
