"""Where each value sits in a JSON text: a small scanner that records offsets by path.

``newsmodel validate`` reports every problem at the line and column of the offending value. The
fast path never needs this (``model_validate_json`` parses valid articles in Rust); the index is
built only for a record that has something to report, by scanning its text once.

Paths are tuples of object keys (``str``) and array indexes (``int``): ``("quotes", 0, "start")``.
The scan also lists the keys an object repeats (RFC 8259 says names SHOULD be unique; a reader
keeps one of the values, pydantic the last), since it reads every key anyway.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from json import decoder as _decoder

__all__ = ["JsonPath", "PositionIndex", "format_path", "line_column"]

JsonPath = tuple[str | int, ...]

# The C string scanner of the json module (typeshed does not declare it).
scanstring: Callable[[str, int], tuple[str, int]] = _decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")
_MAX_DEPTH = 400


@dataclass(frozen=True, slots=True)
class _Place:
    key: int
    """Offset of the member's key (its opening quote); ``-1`` for array items and the root."""
    value: int
    """Offset of the first character of the value."""


class PositionIndex:
    """Offsets of every value of one JSON text, by path.

    The scan stops quietly at the first syntax error: whatever it recorded up to there is kept,
    so an index of broken text still answers for the part before the break. Where an object
    repeats a key, the paths answer for the last value (the one pydantic reads).
    """

    __slots__ = ("_places", "duplicates", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._places: dict[JsonPath, _Place] = {}
        self.duplicates: list[tuple[JsonPath, int, int]] = []
        """Each key an object repeats, in text order: its path, the offset of the repeated key
        and that of the first one."""
        with contextlib.suppress(ValueError, IndexError, RecursionError):
            self._scan()

    def __contains__(self, path: object) -> bool:
        return path in self._places

    def value_offset(self, path: JsonPath) -> int | None:
        """Offset of the value at ``path``, or ``None`` when the text has no such value."""
        place = self._places.get(path)
        return None if place is None else place.value

    def key_offset(self, path: JsonPath) -> int | None:
        """Offset of the key that names the member at ``path`` (its value's offset for array
        items), or ``None`` when the text has no such member."""
        place = self._places.get(path)
        if place is None:
            return None
        return place.key if place.key >= 0 else place.value

    def resolve(self, loc: Sequence[str | int], *, missing: bool = False) -> tuple[JsonPath, int]:
        """The real path and offset for a pydantic ``loc``.

        pydantic puts union tags into ``loc`` (``body.0.paragraph.text``,
        ``quotes.0.speaker.person.name``); parts that name no member of the text are dropped.
        With ``missing``, the last part is a field the text lacks: it stays in the path and the
        offset is the enclosing object's.
        """
        path: JsonPath = ()
        parts = list(loc)
        last = parts.pop() if missing and parts else None
        for part in parts:
            candidate = (*path, part)
            if candidate in self._places:
                path = candidate
            elif isinstance(part, str) and part.isdigit() and (*path, int(part)) in self._places:
                path = (*path, int(part))
        offset = self.value_offset(path) or 0
        if last is not None:
            return (*path, last), offset
        return path, offset

    def _scan(self) -> None:
        text = self.text
        pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
        if text.startswith("\ufeff"):
            pos = _WS.match(text, 1).end()  # type: ignore[union-attr]
        self._value(text, pos, (), -1, 0)

    def _value(self, text: str, pos: int, path: JsonPath, key: int, depth: int) -> int:
        if depth > _MAX_DEPTH:
            raise ValueError("nested too deeply")
        self._places[path] = _Place(key, pos)
        char = text[pos]
        if char == "{":
            return self._object(text, pos + 1, path, depth)
        if char == "[":
            return self._array(text, pos + 1, path, depth)
        if char == '"':
            return scanstring(text, pos + 1)[1]
        match = _SCALAR.match(text, pos)
        if match is None:
            raise ValueError(f"unexpected character at {pos}")
        return match.end()

    def _object(self, text: str, pos: int, path: JsonPath, depth: int) -> int:
        ws = _WS.match
        pos = ws(text, pos).end()  # type: ignore[union-attr]
        if text[pos] == "}":
            return pos + 1
        seen: dict[str, int] = {}
        while True:
            if text[pos] != '"':
                raise ValueError(f"expected a key at {pos}")
            key_at = pos
            name, pos = scanstring(text, pos + 1)
            first = seen.setdefault(name, key_at)
            if first != key_at:
                self.duplicates.append(((*path, name), key_at, first))
            pos = ws(text, pos).end()  # type: ignore[union-attr]
            if text[pos] != ":":
                raise ValueError(f"expected ':' at {pos}")
            pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
            pos = self._value(text, pos, (*path, name), key_at, depth + 1)
            pos = ws(text, pos).end()  # type: ignore[union-attr]
            if text[pos] == "}":
                return pos + 1
            if text[pos] != ",":
                raise ValueError(f"expected ',' at {pos}")
            pos = ws(text, pos + 1).end()  # type: ignore[union-attr]

    def _array(self, text: str, pos: int, path: JsonPath, depth: int) -> int:
        ws = _WS.match
        pos = ws(text, pos).end()  # type: ignore[union-attr]
        if text[pos] == "]":
            return pos + 1
        index = 0
        while True:
            pos = self._value(text, pos, (*path, index), -1, depth + 1)
            pos = ws(text, pos).end()  # type: ignore[union-attr]
            if text[pos] == "]":
                return pos + 1
            if text[pos] != ",":
                raise ValueError(f"expected ',' at {pos}")
            pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
            index += 1


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def format_path(path: Sequence[str | int]) -> str:
    """``("quotes", 0, "start")`` → ``quotes[0].start``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
