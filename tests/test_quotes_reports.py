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


def test_german_free_indirect_speech_holding_quoted_words_is_mixed() -> None:
    text = (
        "Die Anwältin sagte, es sei eine normale Auseinandersetzung gewesen. "
        "Der Niederländer sei „nicht aggressiv oder so“."
    )
    quotes = extract_quotes(text, language="de")
    assert _shape(quotes) == [
        ("indirect", "es sei eine normale Auseinandersetzung gewesen", "Die Anwältin", []),
        (
            "mixed",
            "Der Niederländer sei „nicht aggressiv oder so“",
            "Die Anwältin",
            ["nicht aggressiv oder so"],
        ),
    ]
    assert quotes[1].nested[0].kind.value == "partial"
    assert quotes[1].nested[0].speaker_text == "Die Anwältin"


def test_a_name_in_marks_does_not_make_free_indirect_speech_mixed() -> None:
    text = (
        "Ein Sprecher sagte, das Schiff sei bereit. "
        "Auch die Walfangstation „Hvalstödin“ sei beinahe betriebsbereit."
    )
    assert [q.kind.value for q in extract_quotes(text, language="de")] == [
        "indirect",
        "indirect",
    ]


def test_a_role_after_an_object_names_no_apposed_speaker() -> None:
    text = "The plan would be dead on arrival in the Senate, a spokesman said on Monday."
    (quote,) = extract_quotes(text, language="en")
    assert quote.speaker_text == "a spokesman"
    text = "“We will win,” Jane Smith, a spokeswoman said."
    (quote,) = extract_quotes(text, language="en")
    assert (quote.speaker_text, quote.kind.value) == ("Jane Smith", "direct")


def test_a_clause_whose_verb_is_a_present_form_in_s_is_read() -> None:
    text = "The senator said Trump favors a “strongman approach” to foreign policy."
    assert _shape(extract_quotes(text, language="en")) == [
        (
            "mixed",
            "Trump favors a “strongman approach” to foreign policy",
            "The senator",
            ["strongman approach"],
        )
    ]
    text = "Aides said Clinton wants a debate in October."
    assert _shape(extract_quotes(text, language="en")) == [
        ("indirect", "Clinton wants a debate in October", "Aides", [])
    ]


def test_a_possessive_before_a_noun_in_s_opens_no_clause() -> None:
    text = "The committee posted Bill Clinton’s comments and video of them on its website."
    assert extract_quotes(text, language="en") == []


def test_a_long_subject_before_the_verb_is_read() -> None:
    text = (
        "Hillary Clinton says Donald Trump’s flurry of late-night tweets targeting former "
        "Miss Universe Alicia Machado was “unhinged, even for him.”"
    )
    ((kind, quoted, speaker, nested),) = _shape(extract_quotes(text, language="en"))
    assert (kind, speaker, nested) == ("mixed", "Hillary Clinton", ["unhinged, even for him."])
    assert quoted.startswith("Donald Trump’s flurry")


def test_a_dash_before_the_speakers_next_step_ends_the_clause() -> None:
    text = (
        "Fowler said the politics would be more intense — and he noted that any change "
        "would occur later."
    )
    quotes = extract_quotes(text, language="en")
    assert [(q.text, q.speaker_text) for q in quotes] == [
        ("the politics would be more intense", "Fowler"),
        ("any change would occur later", "he"),
    ]


def test_the_united_states_is_no_cue() -> None:
    text = "Allies in the United States would indeed help Mexico make its case."
    assert extract_quotes(text, language="en") == []
    text = "The program lets foreigners obtain United States citizenship by investing."
    assert extract_quotes(text, language="en") == []


def test_a_noun_in_s_after_a_preposition_is_no_cue() -> None:
    text = "Electors in states won by Democrats would cast ballots for the nominee."
    assert extract_quotes(text, language="en") == []


def test_a_short_adverbial_before_the_attribution_is_no_content() -> None:
    text = "But in July 2012, Patriot failed as predicted."
    assert extract_quotes(text, language="en") == []
    text = "With thousands of vote counting systems, there is no single point of failure, he said."
    assert [q.text for q in extract_quotes(text, language="en")] == [
        "With thousands of vote counting systems, there is no single point of failure"
    ]


def test_that_at_the_end_of_a_clause_is_a_pronoun() -> None:
    text = "Experts said the latest nuclear test could change that."
    assert _shape(extract_quotes(text, language="en")) == [
        ("indirect", "the latest nuclear test could change that", "Experts", [])
    ]


def test_her_may_open_a_subject_and_prepositions_sit_inside_one() -> None:
    text = "Lynch said her colleague had not worked on the case."
    assert [q.text for q in extract_quotes(text, language="en")] == [
        "her colleague had not worked on the case"
    ]
    text = "Trump said praise from Russian President Vladimir Putin would not affect his policy."
    assert [q.text for q in extract_quotes(text, language="en")] == [
        "praise from Russian President Vladimir Putin would not affect his policy"
    ]


def test_and_said_is_the_next_step_of_the_reported_speaker() -> None:
    text = (
        "Merrill says Machado promised to keep supporting Clinton and said she would stand "
        "up to the attacks."
    )
    assert [q.text for q in extract_quotes(text, language="en")] == [
        "Machado promised to keep supporting Clinton",
        "she would stand up to the attacks",
    ]
