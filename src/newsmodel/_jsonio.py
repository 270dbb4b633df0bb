"""Reading a JSON document safely, for every JSON-based reader (article JSON, JSON-LD, ninjs):
one place that checks the size, decodes strictly, and turns every failure into a ParseError."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from newsmodel.errors import InputTooLargeError, ParseError, UnsupportedInputError
from newsmodel.options import ParseOptions

__all__ = [
    "has_surrogate_escape",
    "load_json_document",
    "map_strings",
    "replace_lone_surrogates",
]

# A JSON escape of a surrogate code point: the half of a pair, or a lone one (not Unicode).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_json_document(
    data: str | bytes, *, options: ParseOptions, source: str | None, what: str = "JSON"
) -> Any:
    """Decode ``data`` (UTF-8, a BOM allowed) and parse it as JSON.

    Raises :class:`InputTooLargeError` over ``options.max_bytes``, :class:`UnsupportedInputError`
    for binary or undecodable bytes, and :class:`ParseError` (with line and column) for text that
    is empty, not JSON, nested too deeply, or holds a number too long to convert. A lone
    surrogate (in a ``str``, or written as an escape such as ``\\udc80``) is no Unicode text:
    :class:`UnsupportedInputError`, as for bytes that are not UTF-8.
    """
    if not isinstance(data, str | bytes):
        raise UnsupportedInputError(
            f"expected {what} as str or bytes, got {type(data).__name__}", source=source
        )
    unit = "bytes" if isinstance(data, bytes) else "characters"
    if len(data) > options.max_bytes:
        raise InputTooLargeError(
            f"the {what} input is {len(data):,} {unit}, over the limit of {options.max_bytes:,}",
            source=source,
        )
    if isinstance(data, bytes):
        if b"\x00" in data[:8192]:
            raise UnsupportedInputError(f"binary data, not {what}: NUL byte", source=source)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UnsupportedInputError(
                f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}", source=source
            ) from None
    else:
        text = data.removeprefix("\ufeff")
        found = _lone_surrogate(text)
        if found is not None:
            raise UnsupportedInputError(
                f"not Unicode: lone surrogate U+{ord(text[found]):04X} at offset {found}",
                source=source,
            )
    if not text.strip():
        raise ParseError(f"empty input: no {what} document", source=source)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"invalid {what}: {exc.msg}", source=source, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise ParseError(f"invalid {what}: nested too deeply", source=source) from None
    except ValueError as exc:  # an integer longer than Python converts
        raise ParseError(f"invalid {what}: {exc}", source=source) from None
    if has_surrogate_escape(text):
        escaped = _first_escaped_surrogate(value)
        if escaped is not None:
            raise UnsupportedInputError(
                f"not Unicode: {what} string {escaped!r} holds a lone surrogate escape",
                source=source,
            )
    return value


def _lone_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate of ``text``, or ``None``."""
    try:
        text.encode("utf-8")  # finds one far faster than a scan
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _first_escaped_surrogate(value: Any) -> str | None:
    """The first string (key or value) of decoded JSON that holds a lone surrogate (written as
    an escape such as ``\\udc80``, which JSON allows and no Unicode text can hold), shortened."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found = _lone_surrogate(item)
            if found is not None:
                return _SURROGATE.sub("\ufffd", item[max(0, found - 20) : found + 20])
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def has_surrogate_escape(text: str) -> bool:
    """Whether JSON text writes a surrogate as an escape (a pair's half, or a lone one)."""
    return _SURROGATE_ESCAPE.search(text) is not None


def replace_lone_surrogates(value: Any) -> tuple[Any, int]:
    """Decoded JSON with each lone surrogate of its strings (keys too) replaced by U+FFFD, and
    how many strings were repaired (see :func:`map_strings`)."""
    return map_strings(value, _fixed, keys=True)


def map_strings(
    value: Any, fix: Callable[[str], str | None], *, keys: bool = False
) -> tuple[Any, int]:
    """Decoded JSON with each string (and, with ``keys``, each object key) for which ``fix``
    gives a new one replaced by it, and how many were. Containers are changed in place,
    without recursion (the depth is what the decoder allowed)."""
    if isinstance(value, str):
        fixed = fix(value)
        return (value, 0) if fixed is None else (fixed, 1)
    count = 0
    stack = [value] if isinstance(value, dict | list) else []
    while stack:
        item = stack.pop()
        if keys and isinstance(item, dict):
            pairs = list(item.items())
            item.clear()
            for key, child in pairs:
                fixed_key = fix(key)
                if fixed_key is not None:
                    key, count = fixed_key, count + 1
                item[key] = child
        for index, child in item.items() if isinstance(item, dict) else enumerate(item):
            if isinstance(child, str):
                fixed = fix(child)
                if fixed is not None:
                    item[index] = fixed
                    count += 1
            elif isinstance(child, dict | list):
                stack.append(child)
    return value, count


def _fixed(text: str) -> str | None:
    return None if _lone_surrogate(text) is None else _SURROGATE.sub("\ufffd", text)
