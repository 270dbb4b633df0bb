"""Rewriting the JavaScript-like object literals that some pages put in JSON-LD scripts as JSON.

Publishers' templates write what a browser's script engine would accept but JSON does not:
``//`` and ``/* */`` comments (a field commented out), strings in single quotes, a value left
unquoted (``"author": Jane Roe,``), and double quotes inside a string left unescaped (a
headline quoting someone, an ``<img>`` tag pasted into a URL field). :func:`relax_json` reads
the text once, left to right, and writes it back as JSON; the caller then decodes it with
:func:`json.loads` and reports the repair. A quotation mark is taken as the end of its string
only where JSON could go on after it (a ``,``, ``:``, ``}`` or ``]``, or the end of the text),
and a comma after it only when a key or value follows.
"""

from __future__ import annotations

__all__ = ["relax_json"]

_SPACE = " \t\r\n"
_AFTER_VALUE = ",:}]"
_VALUE_START = '"{[-0123456789tfn'
_BARE_END = ",}]\n"
_BARE_NOT_START = frozenset(_SPACE + _VALUE_START + "}],'/")
"""A bare value starts with none of these (so it holds at least one character)."""


def relax_json(text: str) -> str:
    """``text`` with comments dropped, single-quoted strings, bare values and stray inner
    double quotes rewritten as JSON (linear in the length of ``text``)."""
    out: list[str] = []
    length = len(text)
    i = 0
    expect_value = False  # after a ``:``: a bare word there is a value to quote
    while i < length:
        char = text[i]
        if char == '"' or char == "'":
            i = _string(text, i, char, out)
            expect_value = False
        elif char == "/" and i + 1 < length and text[i + 1] == "/":
            end = text.find("\n", i)
            i = length if end < 0 else end
        elif char == "/" and i + 1 < length and text[i + 1] == "*":
            end = text.find("*/", i + 2)
            i = length if end < 0 else end + 2
        elif char == ":":
            out.append(char)
            expect_value = True
            i += 1
        elif expect_value and char not in _BARE_NOT_START:
            end = i
            while end < length and text[end] not in _BARE_END:
                end += 1
            word = text[i:end].rstrip()
            out.append(_quoted(word))
            i += len(word)
            expect_value = False
        else:
            if char not in _SPACE:
                expect_value = False
            out.append(char)
            i += 1
    return "".join(out)


def _string(text: str, start: int, quote: str, out: list[str]) -> int:
    """Write the string opening at ``start`` (with ``quote``) as a JSON string; return the
    index after its closing quote."""
    chars: list[str] = []
    length = len(text)
    i = start + 1
    while i < length:
        char = text[i]
        if char == "\\" and i + 1 < length:
            following = text[i + 1]
            if following == "'":
                chars.append("'")  # ``\'`` is no JSON escape
            else:
                chars.append(char + following)
            i += 2
            continue
        if char == quote and _ends_string(text, i + 1):
            out.append('"' + "".join(chars) + '"')
            return i + 1
        if char == '"':
            chars.append('\\"')
        elif char == "\n":
            chars.append("\\n")
        elif char == "\r":
            chars.append("\\r")
        elif char == "\t":
            chars.append("\\t")
        elif char >= " ":
            chars.append(char)
        i += 1
    out.append('"' + "".join(chars) + '"')  # unterminated: closed at the end of the text
    return length


def _ends_string(text: str, after: int) -> bool:
    """Whether JSON can go on at ``after``: a ``,`` followed by a key or value, a ``:``, a
    closing bracket, or the end of the text (spaces between)."""
    length = len(text)
    i = after
    while i < length and text[i] in _SPACE:
        i += 1
    if i >= length:
        return True
    char = text[i]
    if char != ",":
        return char in _AFTER_VALUE
    i += 1
    while i < length and text[i] in _SPACE:
        i += 1
    if i >= length:
        return True
    following = text[i]
    if following == "/" and i + 1 < length and text[i + 1] in "/*":
        return True  # a comment after the comma: JSON goes on after it
    return following in _VALUE_START or following in "'}]"


def _quoted(word: str) -> str:
    """A bare word as a JSON value: numbers and literals kept, anything else quoted."""
    if word in ("true", "false", "null"):
        return word
    escaped = word.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
