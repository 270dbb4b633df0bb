"""Reading a JSON document safely, for every JSON-based reader (article JSON, JSON-LD, ninjs):
one place that checks the size, decodes strictly, and turns every failure into a ParseError."""

from __future__ import annotations

import json
from typing import Any

from newsmodel.errors import InputTooLargeError, ParseError, UnsupportedInputError
from newsmodel.options import ParseOptions

__all__ = ["load_json_document"]


def load_json_document(
    data: str | bytes, *, options: ParseOptions, source: str | None, what: str = "JSON"
) -> Any:
    """Decode ``data`` (UTF-8, a BOM allowed) and parse it as JSON.

    Raises :class:`InputTooLargeError` over ``options.max_bytes``, :class:`UnsupportedInputError`
    for binary or undecodable bytes, and :class:`ParseError` (with line and column) for text that
    is empty, not JSON, nested too deeply, or holds a number too long to convert.
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
    if not text.strip():
        raise ParseError(f"empty input: no {what} document", source=source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"invalid {what}: {exc.msg}", source=source, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise ParseError(f"invalid {what}: nested too deeply", source=source) from None
    except ValueError as exc:  # an integer longer than Python converts
        raise ParseError(f"invalid {what}: {exc}", source=source) from None
