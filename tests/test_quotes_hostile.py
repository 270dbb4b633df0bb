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
    ("unit", "language"),
    [
        ('"a". ', "en"),  # a sentence per quote: every span read for every sentence
        ("« a ». ", "fr"),
        ("„a“, sagte er. ", "de"),  # every earlier quote of the paragraph read per sentence
        ('"Yes," said John Smith. "No," he said. ', "en"),  # every mention read per pronoun
        ("Laut „BBC“ ", "de"),  # every quote span read per capitalised word
    ],
)
def test_a_paragraph_of_many_quotes_is_read_in_linear_time(unit: str, language: str) -> None:
    text = (unit * (MAX_BLOCK_CHARS // len(unit) + 1))[:MAX_BLOCK_CHARS]
    started = time.process_time()
    extract_quotes(text, language=language)
    assert time.process_time() - started < 20
