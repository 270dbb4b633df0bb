"""Long paragraphs made of many short quotes stay linear in time.

Each of these once took time quadratic in the paragraph's length: a 200,000-character
paragraph (the longest one quote extraction reads, ``MAX_BLOCK_CHARS``) of the repeated unit
took from 30 s to over 4 minutes; now each takes about a second. The bound is loose on
purpose: it tells a hang from a slow machine.
"""

from __future__ import annotations

import time

import pytest

from newsmodel import extract_quotes
from newsmodel.quotes import MAX_BLOCK_CHARS


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    ("unit", "language", "per_unit"),
    [
        # A sentence per quote: every span was read for every sentence. One-word quotes are
        # no quotes (names, titles), so none is kept, but every sentence is read.
        ('"a". ', "en", 0),
        ("« a ». ", "fr", 0),
        ("„a“, sagte er. ", "de", 1),  # every earlier quote of the paragraph read per sentence
        # Every mention read per pronoun (the pronouns are resolved while the cues are read).
        ('"Yes," said John Smith. "No," he said. ', "en", 0),
        ("Laut „BBC“ ", "de", 0),  # every quote span read per capitalised word; BBC is a source
    ],
)
def test_a_long_paragraph_of_many_quotes_is_read_in_seconds(
    unit: str, language: str, per_unit: int
) -> None:
    text = (unit * (MAX_BLOCK_CHARS // len(unit) + 1))[:MAX_BLOCK_CHARS]
    started = time.process_time()
    quotes = extract_quotes(text, language=language)
    assert time.process_time() - started < 20
    assert len(quotes) == per_unit * (MAX_BLOCK_CHARS // len(unit))
