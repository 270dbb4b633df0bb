"""The token before a one-word name (read by the one-word-person test): the last token of the
200 characters before it, found from the last few characters when they tell it alone."""

from __future__ import annotations

import pytest

from newsmodel.quotes import _WORD_OR_MARK, _token_before


def _from_200(text: str, at: int) -> str:
    previous = _WORD_OR_MARK.findall(text, max(0, at - 200), at)
    return previous[-1] if previous else ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal, said Pompeo", "said"),
        ("It was late. Pompeo", "."),
        ("the old order, Pompeo", ","),
        ("", ""),
        ("1234 5678 " * 30 + "Pompeo", ""),  # no token in 200 characters
        # One run of word characters longer than the first reading: its token starts at the
        # run's first letter, before that reading (the 200 are read).
        ("x" + "a" * 40 + " Pompeo", "x" + "a" * 40),
        ("the x" + "9" * 35 + "ab Pompeo", "x" + "9" * 35 + "ab"),
    ],
)
def test_the_token_before_a_name(text: str, expected: str) -> None:
    at = len(text) - len("Pompeo") if text.endswith("Pompeo") else len(text)
    assert _token_before(text, at) == expected
    assert _from_200(text, at) == expected
