"""English reported speech in the frames of speech-act verbs without a *that* clause
(:data:`newsmodel._quote_rules.EN_FRAME_CUES`): a promise with its infinitive (``vowed to
…``), a request with its addressee and infinitive (``urged Republicans to …``, ``called on
Trump to …``), a question (``questioned whether …``), and a speech act about a thing
(``called for …``, ``mentioned …``); never after a modal or *to*, never negated."""

from __future__ import annotations

import pytest

from newsmodel import extract_quotes
from newsmodel.quotes import _frame_hint, _unframed_hint

from .quote_cases import indirect_quotes as _indirect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A promise: the infinitive with its "to".
        (
            "He also vowed to form a joint federal task force to crack down on hackers.",
            [("to form a joint federal task force to crack down on hackers", "He", "vowed")],
        ),
        (
            "Mrs. Clinton is promising to help mining communities move into new industries.",
            [
                (
                    "to help mining communities move into new industries",
                    "Mrs. Clinton",
                    "promising",
                )
            ],
        ),
        # A request: the addressee and what they should do.
        (
            "In his speech, Graham urged Republicans to join the ranks of climate believers.",
            [("Republicans to join the ranks of climate believers", "Graham", "urged")],
        ),
        (
            "Clinton called on Trump to stop attacking Machado and apologize.",
            [("Trump to stop attacking Machado and apologize", "Clinton", "called")],
        ),
        # A question: the clause it asks.
        (
            "Clinton questioned whether Obama was prepared to face emergencies.",
            [("whether Obama was prepared to face emergencies", "Clinton", "questioned")],
        ),
        # A speech act about a thing: its object, to the comma that ends it.
        (
            "The senator called for the ratification of the Equal Rights Amendment.",
            [("the ratification of the Equal Rights Amendment", "The senator", "called")],
        ),
        (
            "The experts generally praised Mrs. Clinton's proposals, which include a tax cut.",
            [("Mrs. Clinton's proposals", "The experts generally", "praised")],
        ),
        # After a comma, the subject of the clause speaks.
        (
            "Trump spoke to industry leaders, promising to lift environmental regulations.",
            [("to lift environmental regulations", "Trump", "promising")],
        ),
        # After "and", the first subject goes on speaking.
        (
            "Trump said he would review the defenses and warned against hackers from China.",
            [
                ("he would review the defenses", "Trump", "said"),
                ("hackers from China", "Trump", "warned"),
            ],
        ),
    ],
)
def test_english_speech_act_frame_is_reported_speech(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Negated, after a modal or an infinitive: nothing was said.
        "Mr. Kerry did not mention the deal at the meeting with allies.",
        "The government could deny them mining permits until the work was done.",
        "Cruz pointedly refused to endorse Trump during a prime-time speech.",
        # A noun, not a verb: no bare form of these.
        "A big question remains about the future of the trade deal.",
        "Veterans with post-traumatic stress disorder wait for months.",
        # No frame: an object where an infinitive is needed, a place after "to".
        "The party called Democratic leaders to the stage on Thursday night.",
        "The governor vowed revenge against the rebels in the north.",
        # The writer's own words.
        "I urged my colleagues to vote against the bill last week.",
    ],
)
def test_english_speech_act_without_frame_is_no_quote(text: str) -> None:
    assert _indirect(text, "en") == []


def test_frame_verb_is_no_cue_in_german() -> None:
    quotes = extract_quotes("Die Regierung urged the people to stay home.", language="de")
    assert quotes == []


def test_indirect_speaker_before_a_later_quote_is_not_carried_on() -> None:
    """The speaker last in the text is the one the next sentence goes on with: a speech act
    read before a marked quote of its sentence does not take its place."""
    text = (
        'When my mother mentioned the devil to me, Tom said, "It is just a story." '
        'He had to change his answer: "Of course I believe in the devil."'
    )
    direct = [q for q in extract_quotes(text, language="en") if q.kind.value == "direct"]
    assert [q.speaker_text for q in direct] == ["Tom", "Tom"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb before what its frames start with: worth tokenising.
        ("Democrats called for an inquiry into the payments.", True),
        ("The senator questions whether the deal will hold.", True),
        ("Ms. Lee challenged the board to publish the minutes.", True),
        ("She cited a poll from last week.", True),
        # A verb with a "that" frame heads its clause after adjuncts: always worth it.
        ("Those charges against the mayor were dropped.", True),
        # No frame can follow: a full stop, a function word, no "to" after the object.
        ("Critics of the plan called.", False),
        ("The questions about the deal remain unanswered.", False),
        ("The company challenged the ruling in court.", False),
        ("Critics called the plan a giveaway.", False),
    ],
)
def test_frame_hint_pattern_finds_a_verb_before_its_frame(text: str, expected: bool) -> None:
    """A sentence whose only cue words are verbs of frames is read only where the pattern
    finds one before what its frames need (:func:`newsmodel.quotes._frame_hint`)."""
    pattern = _frame_hint("en")[1]
    assert pattern is not None
    assert (pattern.search(text.lower()) is not None) is expected


def test_frame_hint_has_no_pattern_without_frames() -> None:
    assert _frame_hint("de") == (_unframed_hint("de"), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The questions about the deal remain. Democrats called for an inquiry into it.",
            [("an inquiry into it", "Democrats", "called")],
        ),
        ("Critics called the plan a giveaway. The questions about the deal remain.", []),
    ],
)
def test_sentence_of_frame_verbs_without_frame_is_not_read(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected
