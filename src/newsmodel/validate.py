"""Validation of article data: the schema, and the rules beyond it.

:func:`validate_files` checks JSON and JSON Lines article files (and folders of them) and
returns a :class:`Report`; :func:`iter_validate` yields one :class:`FileResult` per file as it
goes. :func:`validate_article` runs the rules on an :class:`~newsmodel.Article` already in
memory; :func:`validate_json` checks one JSON text. Every problem is a
:class:`~newsmodel.Diagnostic` with a stable code (NM0xx input and schema, NM1xx rules), a
severity, the field path, and the line and column of the offending value in the input.

Valid articles take the fast path: pydantic parses and validates the bytes in one call, and the
rules then read the model. The input text is scanned for positions only when a record has
something to report.

>>> from newsmodel.validate import validate_json
>>> for d in validate_json('{"schema_version": "1.0", "title": "T", "published": "2024-02-30"}'):
...     print(d.line, d.column, d.code, d.path, d.message)
1 54 NM013 published '2024-02-30' is not a valid ISO 8601 date: day is out of range for month
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from newsmodel._inputs import FILE_SIGNATURES
from newsmodel._rules_validate import (
    CHECKS,
    RULES,
    Check,
    Finding,
    Rule,
    RuleContext,
    mojibake_candidate,
    text_findings,
)
from newsmodel._validate_config import ConfigError, ValidateConfig, load_config
from newsmodel._validate_migrate import KNOWN_VERSIONS, UnknownVersion, migrate
from newsmodel._validate_positions import JsonPath, PositionIndex, format_path, line_column
from newsmodel.errors import Diagnostic, Severity
from newsmodel.models import Article

__all__ = [
    "JSON_LINES_SUFFIXES",
    "JSON_SUFFIXES",
    "RULES",
    "ConfigError",
    "FileResult",
    "Report",
    "Rule",
    "Summary",
    "ValidateConfig",
    "iter_validate",
    "load_config",
    "validate_article",
    "validate_files",
    "validate_json",
]

STDIN = "-"
"""The path that names standard input."""
JSON_SUFFIXES: frozenset[str] = frozenset({".json"})
"""Suffixes of single-article JSON files picked up in folders."""
JSON_LINES_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson", ".jsonlines"})
"""Suffixes of JSON Lines files (one article a line); other files are read as JSON."""
_SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__"})
_SNIFF = 8192
# JSON Lines are read through a 1 MiB buffer: articles are lines of tens of kilobytes, which the
# default 8 KiB buffer reads in several system calls each.
_READ_BUFFER = 1 << 20
_WRONG_TYPE_KINDS = frozenset(
    {"model_type", "model_attributes_type", "dataclass_type", "union_tag_invalid"}
)


@dataclass(frozen=True)
class FileResult:
    """The outcome of one file."""

    path: str
    """The file as named on the command line (or found in a folder)."""
    records: int
    """Articles read: 1 for a JSON file, one per non-blank line of JSON Lines."""
    diagnostics: tuple[Diagnostic, ...]
    """Every problem reported, in file order."""
    failed: bool
    """True when a diagnostic is at or above the configured ``fail-on`` severity."""

    @property
    def valid(self) -> bool:
        """True when nothing at all was reported."""
        return not self.diagnostics


@dataclass
class Summary:
    """Counts over the files of a run, kept as results arrive."""

    files: int = 0
    records: int = 0
    failed_files: int = 0
    files_with_problems: int = 0
    by_code: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)

    def add(self, result: FileResult) -> None:
        """Count one file's result."""
        self.files += 1
        self.records += result.records
        self.failed_files += result.failed
        self.files_with_problems += bool(result.diagnostics)
        for diagnostic in result.diagnostics:
            self.by_code[diagnostic.code] += 1
            self.by_severity[diagnostic.severity.value] += 1

    @property
    def failed(self) -> bool:
        """True when any file failed."""
        return self.failed_files > 0


@dataclass(frozen=True)
class Report:
    """Everything :func:`validate_files` found."""

    files: tuple[FileResult, ...]
    """One result per file, in the order the files were checked."""
    summary: Summary
    """The counts."""

    @property
    def failed(self) -> bool:
        """True when any file failed (the command exits 1)."""
        return self.summary.failed


# --------------------------------------------------------------------------- the engine


class _Validator:
    """One run: the configuration resolved once, and the state duplicate rules share."""

    def __init__(self, config: ValidateConfig) -> None:
        self.config = config
        self.enabled = config.enabled()
        self.levels: dict[str, Severity] = {c: config.severity_of(c) for c in self.enabled}
        self.checks: tuple[Check, ...] = tuple(
            check for codes, check in CHECKS if codes & self.enabled
        )
        self.text_rules = bool({"NM160", "NM161"} & self.enabled)
        self.duplicate_keys = "NM008" in self.enabled
        self.context = RuleContext(now=config.clock())
        self.max_bytes = config.max_bytes
        # Strict: JSON types are checked as written ("start": "2" and true are not integers),
        # though the reader would convert them.
        self._parse = functools.partial(Article.model_validate_json, strict=True)

    # ---- files

    def file(self, display: str, path: str, *, lines: bool) -> FileResult:
        out: list[Diagnostic] = []
        records = self._jsonl(display, path, out) if lines else self._json(display, path, out)
        out.sort(key=_position)
        failed = any(self.config.fails(d.severity) for d in out)
        return FileResult(display, records, tuple(out), failed)

    def _json(self, display: str, path: str, out: list[Diagnostic]) -> int:
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > self.max_bytes:
                    self._emit(
                        out, "NM005", f"file is {size} bytes, over the limit of {self.max_bytes}"
                    )
                    return 0
                raw = handle.read(self.max_bytes + 1)
        except OSError as exc:
            self._emit(out, "NM001", f"cannot read: {exc.strerror or exc}")
            return 0
        if len(raw) > self.max_bytes:  # grew while we read it
            self._emit(out, "NM005", f"file is over the limit of {self.max_bytes} bytes")
            return 0
        self._record(raw, display, 1, out, what="file")
        return 1

    def _jsonl(self, display: str, path: str, out: list[Diagnostic]) -> int:
        records = 0
        try:
            with open(path, "rb", buffering=_READ_BUFFER) as handle:
                head = handle.read(_SNIFF)
                wide = _wide_encoding(head)
                if wide:
                    self._emit(out, "NM004", _wide_message(wide))
                    return 0
                binary = _binary_kind(head)
                if binary:
                    self._emit(out, "NM003", f"binary data ({binary}), not JSON Lines")
                    return 0
                handle.seek(0)
                number = 0
                limit = self.max_bytes
                while True:
                    raw = handle.readline(limit + 1)
                    if not raw:
                        break
                    number += 1
                    if len(raw) > limit and not raw.endswith(b"\n"):
                        # Skip the rest in 1 MiB pieces, counting its bytes (not its line break).
                        size, rest = len(raw), raw
                        while not rest.endswith(b"\n") and (rest := handle.readline(1 << 20)):
                            size += len(rest)
                        size -= len(rest) - len(rest.rstrip(b"\r\n")) if rest else 0
                        self._emit(
                            out,
                            "NM005",
                            f"line is {size} bytes, over the limit of {limit}",
                            line=number,
                        )
                        records += 1
                        continue
                    if raw.isspace():
                        continue
                    records += 1
                    if records == 1 and _opens_document(raw):
                        size = os.fstat(handle.fileno()).st_size
                        if size <= limit:
                            position = handle.tell()
                            handle.seek(0)
                            lines = _document_lines(handle.read())
                            if lines:
                                self._emit(out, "NM006", _document_message(lines), line=1)
                                return 1
                            handle.seek(position)
                    self._record(raw, display, number, out, what="line")
        except OSError as exc:
            self._emit(out, "NM001", f"cannot read: {exc.strerror or exc}")
            return records
        if records == 0:
            self._emit(out, "NM002", "file has no articles (no non-blank lines)")
        return records

    def buffer(self, data: bytes, display: str, *, lines: bool | None) -> FileResult:
        """Check bytes already in memory (standard input); ``lines=None`` guesses JSON Lines
        from the first line being a whole JSON object with more lines after it."""
        out: list[Diagnostic] = []
        if len(data) > self.max_bytes:
            self._emit(out, "NM005", f"input is over the limit of {self.max_bytes} bytes")
            records = 0
        else:
            if lines is None:
                lines = _looks_like_json_lines(data)
            records = 0
            first = data.lstrip().split(b"\n", 1)[0]
            document = lines and _opens_document(first) and _document_lines(data)
            if document:
                self._emit(out, "NM006", _document_message(document))
                records = 1
            elif lines:
                for number, line in enumerate(data.splitlines(keepends=True), 1):
                    if not line.isspace():
                        records += 1
                        self._record(line, display, number, out, what="line")
            else:
                records = 1
                self._record(data, display, 1, out, what="input")
        out.sort(key=_position)
        failed = any(self.config.fails(d.severity) for d in out)
        return FileResult(display, records, tuple(out), failed)

    # ---- one record (a JSON file, or a line of JSON Lines)

    def _record(
        self, raw: bytes, display: str, line: int, out: list[Diagnostic], what: str
    ) -> None:
        try:
            article = self._parse(raw)
        except ValidationError as exc:
            self._slow(raw, display, line, out, what, exc)
            return
        if "schema_version" not in article.model_fields_set:
            self._slow(raw, display, line, out, what, None)
            return
        self._rules(article, raw, None, display, line, out, {})

    def _slow(
        self,
        raw: bytes,
        display: str,
        line: int,
        out: list[Diagnostic],
        what: str,
        error: ValidationError | None,
    ) -> None:
        """Say why a record failed the fast path, or migrate an older one."""
        text = self._decode(raw, line, out, what)
        if text is None:
            return
        if error is not None and _too_deep(error):
            self._emit_at(out, "NM006", _TOO_DEEP, "", text, _too_deep_offset(text), line)
            return
        try:
            value = json.loads(text, parse_constant=_reject_constant)
        except _NotJson as exc:
            offset = _constant_offset(text, exc.token)
            message = f"invalid JSON: {exc.token} is not a JSON value"
            self._emit_at(out, "NM006", message, "", text, offset, line)
            return
        except json.JSONDecodeError as exc:
            where = line + exc.lineno - 1
            self._emit(
                out,
                "NM006",
                f"invalid JSON: {_decode_error_message(exc, where)}",
                line=where,
                column=exc.colno,
            )
            return
        except RecursionError:
            self._emit_at(out, "NM006", _TOO_DEEP, "", text, _too_deep_offset(text), line)
            return
        if not isinstance(value, dict):
            self._emit(
                out,
                "NM007",
                f"expected a JSON object (an article), got {_describe(value)}",
                line=line,
            )
            return
        if error is not None and "\\u" in text and _json_level(error):
            surrogate = _LONE_SURROGATE_ESCAPE.search(text)
            while surrogate is not None and surrogate.group(1) is None:
                surrogate = _LONE_SURROGATE_ESCAPE.search(text, surrogate.end())
            if surrogate is not None:
                self._emit_at(
                    out,
                    "NM006",
                    f"invalid JSON: {surrogate.group(0)} is half of a surrogate pair, "
                    "not a character",
                    "",
                    text,
                    surrogate.start(),
                    line,
                )
                return
        index = PositionIndex(text)
        self._duplicates(index, line, out)
        try:
            migrated, old, renamed = migrate(value)
        except UnknownVersion as exc:
            offset = index.value_offset(("schema_version",)) or 0
            known = ", ".join(KNOWN_VERSIONS)
            self._emit_at(
                out,
                "NM020",
                f"{exc.version!r} is not a version this newsmodel reads "
                f"(it reads {known}); upgrade newsmodel",
                "schema_version",
                text,
                offset,
                line,
            )
            return
        if old is not None:
            self._emit(
                out,
                "NM021",
                f"article JSON of schema {old} (no schema_version), read by migrating it to "
                f"{migrated['schema_version']}",
                line=line,
            )
        if old is not None or error is None or _json_level(error):
            # Migrated data, or text the fast path could not read as given (a BOM, NaN):
            # validate the decoded value instead, written back as plain JSON.
            try:
                article = self._parse(json.dumps(migrated, ensure_ascii=False))
            except ValidationError as exc:
                error = exc
            else:
                self._rules(article, raw, value, display, line, out, renamed, index)
                return
        self._schema(error, index, text, line, out, renamed)

    def _decode(self, raw: bytes, line: int, out: list[Diagnostic], what: str) -> str | None:
        if not raw.strip():
            self._emit(out, "NM002", f"{what} is empty", line=line)
            return None
        wide = _wide_encoding(raw[:_SNIFF])
        if wide:
            self._emit(out, "NM004", _wide_message(wide), line=line)
            return None
        binary = _binary_kind(raw[:_SNIFF])
        if binary:
            self._emit(out, "NM003", f"binary data ({binary}), not JSON", line=line)
            return None
        if what == "line":
            raw = raw.rstrip(b"\r\n")
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            start = exc.start
            line_start = raw.rfind(b"\n", 0, start) + 1
            column = len(raw[line_start:start].decode("utf-8", "replace")) + 1
            self._emit(
                out,
                "NM004",
                f"not UTF-8: byte 0x{raw[start]:02x} at offset {start}",
                line=line + raw.count(b"\n", 0, start),
                column=column,
            )
            return None

    def _schema(
        self,
        error: ValidationError,
        index: PositionIndex,
        text: str,
        line: int,
        out: list[Diagnostic],
        renamed: dict[str, str],
    ) -> None:
        for err in error.errors(include_url=False):
            kind = err["type"]
            loc: list[str | int] = list(err["loc"])
            if loc and isinstance(loc[0], str) and loc[0] in renamed:
                loc[0] = renamed[loc[0]]
            if kind in ("missing", "union_tag_not_found"):
                if kind == "union_tag_not_found":
                    loc.append(str(err.get("ctx", {}).get("discriminator", "type")).strip("'"))
                path, offset = index.resolve(loc, missing=True)
                code, message = "NM010", "required field is missing"
            elif kind == "union_tag_invalid":
                context = err.get("ctx", {})
                discriminator = str(context.get("discriminator", "type")).strip("'")
                path, _ = index.resolve(loc)
                path = (*path, discriminator)
                offset = _nearest(index, path)
                code = "NM013"
                message = f"{context.get('tag')!r} is not one of {context.get('expected_tags', '')}"
            elif kind == "extra_forbidden":
                path, _ = index.resolve(loc)
                offset = index.key_offset(path) or 0
                code, message = "NM011", "unknown field: the model has no such field"
            else:
                path, offset = index.resolve(loc)
                if path == ("schema_version",):
                    code = "NM020"
                    message = (
                        f"{err['input']!r} is not a version this newsmodel reads "
                        f"(it reads {', '.join(KNOWN_VERSIONS)})"
                    )
                else:
                    wrong = kind in _WRONG_TYPE_KINDS or kind.endswith("_type")
                    code = "NM012" if wrong else "NM013"
                    message = _schema_message(err["msg"], err.get("input"))
            self._emit_at(out, code, message, format_path(path), text, offset, line)

    # ---- rules

    def _rules(
        self,
        article: Article,
        raw: bytes,
        value: Any,
        display: str,
        line: int,
        out: list[Diagnostic],
        renamed: dict[str, str],
        index: PositionIndex | None = None,
    ) -> None:
        context = self.context
        context.where = f"{display}:{line}"
        findings: list[Finding] = []
        for check in self.checks:
            findings.extend(check(article, context))
        if self.text_rules and mojibake_candidate(raw):
            if value is None:
                value = json.loads(raw.decode("utf-8-sig"))
            findings.extend(text_findings(value))
        findings = [f for f in findings if f.code in self.enabled]
        if index is None:
            # Duplicate keys: the scan that places findings lists them; a clean record is first
            # counted (a few microseconds), and parsed again only when the count allows one.
            if not findings and not (
                self.duplicate_keys and _may_repeat_keys(raw, article) and _has_duplicate_keys(raw)
            ):
                return
            index = PositionIndex(raw.decode("utf-8-sig"))
            self._duplicates(index, line, out)
        for finding in findings:
            path = finding.path
            if path and isinstance(path[0], str) and path[0] in renamed:
                path = (renamed[path[0]], *path[1:])
            offset = _nearest(index, path)
            self._emit_at(
                out,
                finding.code,
                finding.message,
                format_path(path),
                index.text,
                offset,
                line,
            )

    def _duplicates(self, index: PositionIndex, line: int, out: list[Diagnostic]) -> None:
        """NM008 at each key an object repeats, naming where the first one is."""
        for path, offset, first in index.duplicates:
            first_line, first_column = line_column(index.text, first)
            message = (
                f"duplicate key {json.dumps(path[-1], ensure_ascii=False)} in one object "
                f"(the first is at line {line + first_line - 1}, column {first_column}); "
                "the last value is the one read"
            )
            self._emit_at(out, "NM008", message, format_path(path), index.text, offset, line)

    # ---- output

    def _emit(
        self,
        out: list[Diagnostic],
        code: str,
        message: str,
        *,
        line: int = 1,
        column: int = 1,
        path: str | None = None,
    ) -> None:
        level = self.levels.get(code)
        if level is None:
            return
        out.append(
            Diagnostic(
                code=code, severity=level, message=message, path=path, line=line, column=column
            )
        )

    def _emit_at(
        self,
        out: list[Diagnostic],
        code: str,
        message: str,
        path: str,
        text: str,
        offset: int,
        base_line: int,
    ) -> None:
        line, column = line_column(text, offset)
        self._emit(out, code, message, line=base_line + line - 1, column=column, path=path or None)


def _looks_like_json_lines(data: bytes) -> bool:
    first, newline, rest = data.lstrip().partition(b"\n")
    if not newline or not rest.strip():
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


class _DuplicateKey(ValueError):
    """Raised by :func:`_unique_pairs` to stop a parse at the first repeated key."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> None:
    if len(pairs) > 1 and len(dict(pairs)) != len(pairs):
        raise _DuplicateKey
    # The values are not needed: every object reads as None.


_SPACE_BEFORE_COLON = re.compile(rb'"[ \t\r\n]+:')


def _may_repeat_keys(raw: bytes, article: Article) -> bool:
    """False when no object of ``raw`` (the JSON ``article`` was read from) repeats a key.

    Every key of the text is a field (unknown ones are refused) and every object a model, which
    records the fields it was given: a repeated key is given once. ``'":'`` occurs once for
    each key written without space before its colon, and more only inside strings (an escaped
    quote, or a string opening with a colon). An escaped quote before a colon (``\\":``) is
    always inside a string (no field name ends with a backslash), so it is taken off the
    count: text quoting speech (``He said \\"no\\": …``) passes too. So when no key has space
    before its colon and the count equals the fields given, no key is repeated; otherwise the
    caller parses the text to know (a record of JSON that came from a dict passes the count).
    """
    if raw.count(b'":') - raw.count(b'\\":') != _fields_given(article):
        return True
    return _SPACE_BEFORE_COLON.search(raw) is not None


def _fields_given(model: BaseModel) -> int:
    """The number of fields set from the input in ``model`` and the models it holds."""
    count = len(model.__pydantic_fields_set__)
    names = _model_fields(model.__class__)
    if names:
        values = model.__dict__
        for name in names:
            value = values[name]
            if value.__class__ is tuple:
                for item in value:
                    if _model_fields(item.__class__) is not None:
                        count += _fields_given(item)
            elif _model_fields(value.__class__) is not None:
                count += _fields_given(value)
    return count


@functools.cache
def _model_fields(cls: type) -> tuple[str, ...] | None:
    """The fields of a model class whose values may hold models; ``None`` for other classes."""
    if not issubclass(cls, BaseModel):
        return None
    return tuple(name for name, info in cls.model_fields.items() if _holds_models(info.annotation))


def _holds_models(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(argument) for argument in get_args(annotation))


def _has_duplicate_keys(raw: bytes) -> bool:
    """True when an object of the JSON ``raw`` repeats a key (the C parser, one pass)."""
    try:
        json.loads(raw, object_pairs_hook=_unique_pairs)
    except _DuplicateKey:
        return True
    except (ValueError, RecursionError):
        return False
    return False


# Python's json messages that end in "at" (the position follows in its own text), said whole.
_CONTROL_ESCAPES = {"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _decode_error_message(exc: json.JSONDecodeError, line: int) -> str:
    if exc.msg == "Unterminated string starting at":
        return f"a string that is never closed, opened at line {line}, column {exc.colno}"
    if exc.msg == "Invalid control character at" and exc.pos < len(exc.doc):
        char = exc.doc[exc.pos]
        escape = _CONTROL_ESCAPES.get(char, f"\\u{ord(char):04x}")
        return (
            f"a control character (U+{ord(char):04X}) inside a string, where JSON needs it "
            f"escaped ({escape})"
        )
    return exc.msg


# pydantic's JSON reader (jiter) reads 201 levels of arrays and objects and refuses a 202nd;
# a test keeps this figure in step with it.
_MAX_NESTING = 201
_TOO_DEEP = f"invalid JSON: nested more than {_MAX_NESTING} levels deep (arrays and objects)"
_NESTING_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+"|[\[\]{}]')


def _too_deep(error: ValidationError) -> bool:
    return any(
        err["type"] == "json_invalid" and "recursion limit" in err["msg"]
        for err in error.errors(include_url=False)
    )


def _too_deep_offset(text: str) -> int:
    """Offset of the bracket that opens level ``_MAX_NESTING + 1`` (0 when there is none)."""
    depth = 0
    for match in _NESTING_TOKEN.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > _MAX_NESTING:
                return match.start()
        elif char in "]}":
            depth -= 1
    return 0


def _json_level(error: ValidationError) -> bool:
    return any(err["type"] == "json_invalid" for err in error.errors(include_url=False))


def _position(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.line or 0, diagnostic.column or 0


def _nearest(index: PositionIndex, path: JsonPath) -> int:
    """Offset of the value at ``path``, or of its nearest ancestor the text has."""
    for end in range(len(path), -1, -1):
        offset = index.value_offset(path[:end])
        if offset is not None:
            return offset
    return 0


def _opens_document(line: bytes) -> bool:
    """True when a JSON Lines line opens an object or array it does not close (the first line
    of a pretty-printed document)."""
    stripped = line.strip()
    return stripped[:1] in (b"{", b"[") and stripped[-1:] not in (b"}", b"]")


def _document_lines(data: bytes) -> int:
    """The number of lines of ``data`` when it is one JSON document over several lines, else 0."""
    try:
        json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return 0
    return data.strip().count(b"\n") + 1


def _document_message(lines: int) -> str:
    return (
        f"invalid JSON Lines: one JSON document over {lines} lines, where JSON Lines holds "
        "one article a line"
    )


class _NotJson(ValueError):
    """A ``NaN``, ``Infinity`` or ``-Infinity``: Python's json reads them, RFC 8259 has none."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _reject_constant(token: str) -> Any:
    raise _NotJson(token)


_STRING_OR_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')
# An escape, where a \uD800-\uDBFF followed by \uDC00-\uDFFF is a pair; group 1 is a lone half.
_LONE_SURROGATE_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    r"|\\u([dD][89a-fA-F][0-9a-fA-F]{2})|\\[^u]|\\u[0-9a-fA-F]{4}"
)


def _constant_offset(text: str, token: str) -> int:
    for match in _STRING_OR_CONSTANT.finditer(text):
        if match.group(1) == token:
            return match.start(1)
    return 0


# RFC 4627 section 3: JSON starts with an ASCII character, so the NUL bytes around the first
# two characters tell UTF-16 and UTF-32 from UTF-8 (a byte-order mark says it outright).
_WIDE_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
_WIDE_PATTERNS: tuple[tuple[re.Pattern[bytes], str], ...] = (
    (re.compile(rb"[\x01-\x7f]\x00\x00\x00[\x01-\x7f]\x00\x00\x00"), "UTF-32"),
    (re.compile(rb"\x00\x00\x00[\x01-\x7f]\x00\x00\x00[\x01-\x7f]"), "UTF-32"),
    (re.compile(rb"[\x01-\x7f]\x00[\x01-\x7f]\x00"), "UTF-16"),
    (re.compile(rb"\x00[\x01-\x7f]\x00[\x01-\x7f]"), "UTF-16"),
)


def _wide_encoding(head: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` when the bytes are JSON in one of them, else ``None``."""
    for prefix, name in _WIDE_PREFIXES:
        if head.startswith(prefix):
            return name
    for pattern, name in _WIDE_PATTERNS:
        if pattern.match(head):
            return name
    return None


def _wide_message(name: str) -> str:
    return f"not UTF-8: the text is {name}; article JSON is UTF-8"


def _binary_kind(head: bytes) -> str | None:
    for magic, name in FILE_SIGNATURES:
        if head.startswith(magic):
            return name
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"a NUL byte at offset {nul}"
    return None


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return repr(shown)
    return repr(value)


def _schema_message(message: str, value: Any) -> str:
    message = message.removeprefix("Value error, ")
    if message.startswith("Input should"):
        message = "should" + message[len("Input should") :]
        return f"{message}, got {_describe(value)}"
    if message.startswith(("String should", "Value should", "Tuple should", "List should")):
        return f"{message[0].lower()}{message[1:]}, got {_describe(value)}"
    return message


# --------------------------------------------------------------------------- files and folders


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str | None]]:
    """(name to show, path) for every file; path ``None`` when it cannot be read at all."""
    seen: set[str] = set()
    for given in paths:
        name = os.fspath(given)
        if os.path.isdir(name):
            for root, folders, files in os.walk(name):
                folders[:] = sorted(
                    f for f in folders if not f.startswith(".") and f not in _SKIPPED_FOLDERS
                )
                for file_name in sorted(f for f in files if not f.startswith(".")):
                    suffix = os.path.splitext(file_name)[1].lower()
                    if suffix in JSON_SUFFIXES or suffix in JSON_LINES_SUFFIXES:
                        full = os.path.normpath(os.path.join(root, file_name))
                        key = os.path.abspath(full)
                        if key not in seen:
                            seen.add(key)
                            yield full, full
        elif name == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                yield STDIN, STDIN
        else:
            key = os.path.realpath(name)
            if key in seen:
                continue
            seen.add(key)
            yield name, name if os.path.exists(name) else None


def iter_validate(
    paths: Iterable[str | os.PathLike[str]], *, config: ValidateConfig | None = None
) -> Iterator[FileResult]:
    """Check files and folders, yielding one result per file as it is done.

    Folders are searched recursively for ``*.json``, ``*.jsonl`` and ``*.ndjson`` (hidden
    files and folders skipped); files named directly are read whatever their name, and ``-`` is
    standard input (JSON, or JSON Lines when its first line is a whole object). Duplicate rules
    (NM170, NM171) compare every article of the run.
    """
    validator = _Validator(config or ValidateConfig())
    for display, path in _expand(paths):
        if path is None:
            out: list[Diagnostic] = []
            validator._emit(out, "NM001", "cannot read: no such file or folder")
            yield FileResult(
                display, 0, tuple(out), any(validator.config.fails(d.severity) for d in out)
            )
            continue
        if path == STDIN:
            yield validator.buffer(
                sys.stdin.buffer.read(validator.max_bytes + 1), display, lines=None
            )
            continue
        lines = os.path.splitext(path)[1].lower() in JSON_LINES_SUFFIXES
        yield validator.file(display, path, lines=lines)


def validate_files(
    paths: Iterable[str | os.PathLike[str]], *, config: ValidateConfig | None = None
) -> Report:
    """Check files and folders of article JSON and JSON Lines; see :func:`iter_validate`."""
    summary = Summary()
    results: list[FileResult] = []
    for result in iter_validate(paths, config=config):
        summary.add(result)
        results.append(result)
    return Report(tuple(results), summary)


def validate_json(
    data: str | bytes, *, config: ValidateConfig | None = None, lines: bool = False
) -> list[Diagnostic]:
    """Check one JSON text (or JSON Lines text with ``lines``) as article data."""
    validator = _Validator(config or ValidateConfig())
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return list(validator.buffer(raw, "<string>", lines=lines).diagnostics)


def validate_article(article: Article, *, config: ValidateConfig | None = None) -> list[Diagnostic]:
    """Run the NM1xx rules on an article in memory (positions are not known: no line/column).

    >>> from newsmodel import Article, Paragraph
    >>> article = Article(title="Le Monde", body=(Paragraph(text="Texte"),),
    ...                   updated="2024-07-01", published="2024-07-24")
    >>> [(d.code, d.path) for d in validate_article(article)]
    [('NM110', 'updated')]
    """
    validator = _Validator(config or ValidateConfig())
    context = validator.context
    context.where = "<article>"
    findings: list[Finding] = []
    for check in validator.checks:
        findings.extend(check(article, context))
    if validator.text_rules:
        findings.extend(text_findings(article.model_dump(mode="json")))
    return [
        Diagnostic(
            code=f.code,
            severity=validator.levels[f.code],
            message=f.message,
            path=format_path(f.path) or None,
        )
        for f in findings
        if f.code in validator.enabled
    ]
