"""Reports of speech found after the mixed-quote work: naming verbs (``called X “…”``,
``charakterisierte X als „…“``), German free indirect speech holding quoted words, English
clauses whose verb is a present form in -s, and speaker phrases."""

from __future__ import annotations

from newsmodel import Quote, extract_quotes


def _shape(quotes: list[Quote]) -> list[tuple[str, str, str | None, list[str]]]:
    return [(q.kind.value, q.text, q.speaker_text, [n.text for n in q.nested]) for q in quotes]


def test_a_naming_verb_makes_its_object_and_the_marked_words_one_mixed_quote() -> None:
    text = "At a fundraiser, Clinton called half of Donald Trump’s supporters “deplorables.”"
    assert _shape(extract_quotes(text, language="en")) == [
        (
            "mixed",
            "half of Donald Trump’s supporters “deplorables.”",
            "Clinton",
            ["deplorables."],
        )
    ]


def test_a_list_of_marked_words_after_a_naming_verb_is_one_phrase() -> None:
    text = 'Trump called the senator a "nasty guy," an "anchor baby," "unstable" and "sick."'
    ((kind, quoted, speaker, nested),) = _shape(extract_quotes(text, language="en"))
    assert (kind, quoted, speaker) == (
        "mixed",
        'the senator a "nasty guy," an "anchor baby," "unstable" and "sick."',
        "Trump",
    )
    assert nested == ["nasty guy,", "anchor baby,", "unstable", "sick."]


def test_described_as_ends_with_the_phrase_the_marks_close() -> None:
    text = (
        "New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary "
        "Clinton as a “disgrace”, adding that she had failed."
    )
    (quote,) = [q for q in extract_quotes(text, language="en") if q.kind.value == "mixed"]
    assert quote.text == "Democratic presidential nominee Hillary Clinton as a “disgrace”"
    assert quote.speaker_text == "New Jersey Gov. Chris Christie"


def test_what_it_calls_names_and_quotes_no_speech() -> None:
    text = "It is denouncing what it calls “the single-biggest coordinated media attack.”"
    assert [q.kind.value for q in extract_quotes(text, language="en")] == ["partial"]


def test_a_german_naming_verb_attributes_the_marked_words() -> None:
    text = (
        "Der türkische Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein "
        "„Beispiel taktlosen Verhaltens“."
    )
    assert _shape(extract_quotes(text, language="de")) == [
        ("partial", "Beispiel taktlosen Verhaltens", "Binali Yildirim", [])
    ]


def test_though_is_no_part_of_a_speaker() -> None:
    text = "Though she called the behavior “outrageous” and left, Clinton was calm."
    (quote,) = extract_quotes(text, language="en")
    assert quote.speaker_text == "she"
