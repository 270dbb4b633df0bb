"""The cheap tests that decide which sentences the quote reader reads: the ASCII shortcut of
the spaced text, and a paragraph of one sentence read from the paragraph's words."""

from __future__ import annotations

import pytest

from newsmodel import extract_quotes
from newsmodel._entities import EntityBook
from newsmodel.quotes import _HINT_SPACE, _hint_spaced, _Reader


@pytest.mark.parametrize(
    "text",
    [
        "'said' don't l'avis x' 'y rock 'n' roll -- (a) [b] end.'",
        "he said: \"no\"; she asked, 'why?' (twice) - o'neill's ''quoted''",
        "''' '' ' a'b a' 'b _'_ 1'2",
        "",
    ],
)
def test_ascii_text_is_spaced_as_the_pattern_spaces_it(text: str) -> None:
    assert _hint_spaced(text) == _HINT_SPACE.sub(" ", text)


def test_unicode_text_is_spaced_by_the_pattern() -> None:
    text = "« il a dit » l’avis d’après ‘x’ “y” — z…"
    assert _hint_spaced(text) == _HINT_SPACE.sub(" ", text)
    assert _hint_spaced("l’avis d’après") == "l’avis d’après"


def test_a_paragraph_of_one_sentence_is_hinted_from_its_words() -> None:
    reader = _Reader(
        ["The plan will fail, he said.", "Rain fell. He told reporters it would stop."],
        "en",
        EntityBook(),
        learn_only=True,
    )
    reader.run()
    assert reader.hints == [[(True, True)], [(False, False), (True, True)]]


def test_a_sentence_without_a_hyphen_still_reads_its_cues() -> None:
    quote = extract_quotes("The senator said the bill would pass on Friday.", language="en")[0]
    assert (quote.kind.value, quote.text, quote.speaker_text, quote.cue) == (
        "indirect",
        "the bill would pass on Friday",
        "The senator",
        "said",
    )
    inverted = extract_quotes("« Nous gagnerons », a-t-il déclaré.", language="fr")[0]
    assert (inverted.text, inverted.speaker_text, inverted.cue) == (
        "Nous gagnerons",
        "il",
        "a déclaré",
    )
