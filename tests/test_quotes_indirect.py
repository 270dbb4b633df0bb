"""Reported speech without quotation marks (kind ``indirect``): German clauses after a cue and
a comma whatever their mood, separable cues, cues with words before their comma, ``Nach Angaben
…`` and verb second after an adverbial, free indirect speech in the subjunctive, sentences that
tell a speech act with its object; English ``X said CLAUSE`` without *that* and attributions
inside their content."""

from __future__ import annotations

import pytest

from newsmodel import QuoteKind, extract_quotes

from .quote_cases import indirect_quotes as _indirect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause after "sagte X," is reported speech in the indicative or subjunctive II too.
        (
            "Bei ihrem Auftritt in Brüssel sagte Rice, die USA hielten sich an die Konvention.",
            [("die USA hielten sich an die Konvention", "Rice", "sagte")],
        ),
        # A separable cue with its particle heads the clause after its comma.
        (
            "Der 39-Jährige gab jedoch an, es gehe ihm nur um die Kinder.",
            [("es gehe ihm nur um die Kinder", "Der 39-Jährige", "gab an")],
        ),
        (
            "Sie warf der Bundesregierung vor, die Euphorie der Fans auszunutzen.",
            [("die Euphorie der Fans auszunutzen", "Sie", "warf vor")],
        ),
        (
            "Wie die Polizei mitteilte, wurden bei dem Blitzeinschlag 19 Menschen verletzt.",
            [("wurden bei dem Blitzeinschlag 19 Menschen verletzt", "die Polizei", "mitteilte")],
        ),
    ],
)
def test_german_clause_after_cue_and_comma(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        # The cue ends a subordinate clause: the clause after the comma is the writer's.
        "Nachdem der Minister seinen Rücktritt erklärt hatte, verließ er den Saal.",
        "Nach einer Anhörung, in der Hu die Vergabe als Katastrophe bezeichnete, wurde er "
        "verhaftet.",
        # An adverbial clause after the comma, and a cue that takes no clause.
        "Der Sprecher erklärte, als die Kameras liefen, nichts.",
        "Zebroide, auch Zebra-Pferde genannt, sind Kreuzungen zwischen Zebras und Pferden.",
        # "stellte … dar" (represented) is no speech verb.
        "Die Sprecher betonten, die Äußerungen stellten keinen Politikwechsel dar.",
    ],
)
def test_german_comma_without_reported_clause(text: str) -> None:
    assert [q for q in _indirect(text, "de") if q[2] != "betonten"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Angaben der New York Times dauerte der Einsatz drei bis fünf Stunden.",
            [("dauerte der Einsatz drei bis fünf Stunden", "der New York Times", "Nach Angaben")],
        ),
        (
            "Nach Einschätzung von Experten ist das Verhalten des Bären nicht arttypisch.",
            [("ist das Verhalten des Bären nicht arttypisch", "Experten", "Nach Einschätzung")],
        ),
        (
            "Nach Polizeiangaben kam der Wagen auf einer Landstraße von der Fahrbahn ab.",
            [
                (
                    "kam der Wagen auf einer Landstraße von der Fahrbahn ab",
                    "Polizeiangaben",
                    "Nach Polizeiangaben",
                )
            ],
        ),
        (
            "Laut der Nachrichtenagentur AFP waren über hundert Polizisten im Einsatz.",
            [("waren über hundert Polizisten im Einsatz", "der Nachrichtenagentur AFP", "Laut")],
        ),
        (
            "Nach Meldungen der malaysischen Nachrichtenagentur Bernama richtete sich die "
            "Einheit in einer Polizeischule ein.",
            [
                (
                    "richtete sich die Einheit in einer Polizeischule ein",
                    "der malaysischen Nachrichtenagentur Bernama",
                    "Nach Meldungen",
                )
            ],
        ),
    ],
)
def test_german_source_then_verb_second(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


def test_german_source_nouns_need_nach_and_a_verb_after_them() -> None:
    # "nach dem Treffen" attributes nothing; a source noun elsewhere is no cue.
    assert _indirect("Nach dem Treffen gingen die Minister nach Hause.", "de") == []
    assert _indirect("Die Angaben der Polizei waren ungenau und widersprüchlich.", "de") == []


def test_german_free_indirect_speech_takes_the_last_speaker() -> None:
    text = (
        "Der Staatsanwalt Peter Müller sagte, der Sohn habe sich selbst getötet. "
        "Dies sei eindeutig nachzuweisen gewesen. Ein Fremdverschulden gebe es nicht. "
        "Die Beerdigung findet am Montag statt."
    )
    quotes = [q for q in extract_quotes(text, language="de") if q.kind is QuoteKind.INDIRECT]
    assert [(q.text, q.speaker_text, q.cue) for q in quotes] == [
        ("der Sohn habe sich selbst getötet", "Der Staatsanwalt Peter Müller", "sagte"),
        (
            "Dies sei eindeutig nachzuweisen gewesen. Ein Fremdverschulden gebe es nicht",
            "Der Staatsanwalt Peter Müller",
            None,
        ),
    ]
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.name == "Peter Müller"
    assert quotes[1].speaker == quotes[0].speaker


def test_german_subjunctive_after_a_speech_act_without_clause() -> None:
    text = (
        "Die Hamburger Stadtreinigung äußerte Zweifel an der Darstellung des Angestellten. "
        "Für eine Frist von einem Jahr sei es rechtens, Abfälle auf der Deponie zu lagern."
    )
    assert _indirect(text, "de") == [
        (
            "Für eine Frist von einem Jahr sei es rechtens, Abfälle auf der Deponie zu lagern",
            "Die Hamburger Stadtreinigung",
            None,
        )
    ]


def test_german_subjunctive_without_reported_speech_before_is_not_a_quote() -> None:
    text = "Das Wetter war schön. Die Lage sei ruhig gewesen, schrieb niemand."
    assert [q for q in _indirect(text, "de") if q[2] is None] == []
    assert _indirect("Der Zug kam pünktlich an. Dies sei ein gutes Zeichen.", "de") == []


def test_german_reported_clause_around_a_partial_quote() -> None:
    quotes = extract_quotes(
        "Der Staatsanwalt sagte, der Sohn habe sich „bewusst und gewollt stranguliert“.",
        language="de",
    )
    # One mixed quote: the reported clause, its marked words nested as a partial quote.
    (quote,) = quotes
    assert (quote.kind, quote.text) == (
        QuoteKind.MIXED,
        "der Sohn habe sich „bewusst und gewollt stranguliert“",
    )
    assert [(n.kind, n.text) for n in quote.nested] == [
        (QuoteKind.PARTIAL, "bewusst und gewollt stranguliert")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Palmieri said Clinton will address the comments at an event later Friday.",
            [("Clinton will address the comments at an event later Friday", "Palmieri", "said")],
        ),
        (
            "Mr. Clarke said he began to rethink his goals.",
            [("he began to rethink his goals", "Mr. Clarke", "said")],
        ),
        (
            "Many lawmakers say there are also national security concerns.",
            [("there are also national security concerns", "Many lawmakers", "say")],
        ),
        (
            "Republicans said the credibility of the Congress was on the line.",
            [("the credibility of the Congress was on the line", "Republicans", "said")],
        ),
        (
            "Senator Jane Roe told reporters she would vote against the bill.",
            [("she would vote against the bill", "Senator Jane Roe", "told")],
        ),
        (
            "Clinton's team says she'll continue her march toward Election Day.",
            [("she'll continue her march toward Election Day", "Clinton's team", "says")],
        ),
    ],
)
def test_english_said_clause_without_that(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor said on Monday that he was tired.",  # with "that": read as before
        "The governor said in a statement last night.",
        "She said goodbye to her staff and left the building.",
        "Trump said this month on CNBC that the system was rigged.",
        "The mayor told him to leave the room at once.",
    ],
)
def test_english_said_without_a_clause(text: str) -> None:
    found = _indirect(text, "en")
    assert all(q[0].startswith(("he was", "the system")) for q in found), found


def test_german_subjunctive_ii_goes_on_after_reported_speech() -> None:
    text = (
        "Ein Reporter des Senders berichtete, dass das Anzünden von Autos eine Art Sport sei. "
        "Jedes Jahr würden dadurch etwa 600 Autos zerstört."
    )
    assert _indirect(text, "de") == [
        # (after "X berichtete, dass" the content keeps "dass", as it always has)
        (
            "dass das Anzünden von Autos eine Art Sport sei",
            "Ein Reporter des Senders",
            "berichtete",
        ),
        ("Jedes Jahr würden dadurch etwa 600 Autos zerstört", "Ein Reporter des Senders", None),
    ]
    # Without reported speech before it, the conditional is the writer's.
    assert _indirect("Der Bau begann 2010. Ohne Förderung würden die Kosten steigen.", "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The attribution closes the sentence with an adjunct or an apposition after it.
        (
            "Shifting monsoon patterns could affect a billion people, Mr. Obama said in his "
            "interview.",
            [("Shifting monsoon patterns could affect a billion people", "Mr. Obama", "said")],
        ),
        (
            "The top 1 percent would see their incomes go up by 19.9 percent, according to "
            "the Tax Foundation, more than twice the figure for the middle.",
            [
                (
                    "The top 1 percent would see their incomes go up by 19.9 percent",
                    "the Tax Foundation",
                    "according to",
                )
            ],
        ),
        # The speaker's next step is no part of what was said.
        (
            "Sen. David Perdue said he did not believe those characterizations hurt Romney, "
            "arguing that divisions in the party were a bigger hurdle.",
            [
                (
                    "he did not believe those characterizations hurt Romney",
                    "Sen. David Perdue",
                    "said",
                ),
                (
                    "divisions in the party were a bigger hurdle",
                    "Sen. David Perdue",
                    "arguing",
                ),
            ],
        ),
        # A verb coordinated with the subject's first clause has that subject.
        (
            "Democrats described the showdown as ominous, and said the panel itself might be "
            "damaged by the move.",
            [("the panel itself might be damaged by the move", "Democrats", "said")],
        ),
    ],
)
def test_english_attribution_boundaries(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "that" before a verb opens a relative clause; "worth noting" is the writer's aside.
        "Merkel told reporters after the meeting that was held on a boat on the Danube.",
        "It is worth noting that this is the first time the question has been asked.",
    ],
)
def test_english_that_without_reported_clause(text: str) -> None:
    assert _indirect(text, "en") == []


# --------------------------------------------------------------------------- German fixes


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei teilte mit, das Konzert finde am 12. Oktober statt.",
        "Der Trainer sagte, die Mannschaft wolle in die 3. Liga aufsteigen.",
    ],
)
def test_german_ordinals_end_no_sentence(text: str) -> None:
    (quote,) = extract_quotes(text, language="de")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text.endswith(("am 12. Oktober statt", "in die 3. Liga aufsteigen"))


def test_a_german_time_phrase_before_the_verb_is_no_speaker() -> None:
    (quote,) = extract_quotes(
        "Erst vergangene Woche kündigte der Konzern an, er werde 5000 Stellen streichen.",
        language="de",
    )
    assert (quote.speaker_text, quote.cue, quote.text) == (
        "der Konzern",
        "kündigte an",
        "er werde 5000 Stellen streichen",
    )


def test_a_name_in_marks_after_laut_is_the_source() -> None:
    text = "Laut „BBC News“ wurden mehr als 50 Menschen verletzt."
    (quote,) = extract_quotes(text, language="de")
    assert (quote.kind, quote.speaker_text, quote.cue, quote.text) == (
        QuoteKind.INDIRECT,
        "BBC News",
        "Laut",
        "wurden mehr als 50 Menschen verletzt",
    )


def test_a_name_in_marks_after_laut_inside_a_clause_is_no_speaker() -> None:
    quotes = extract_quotes(
        "Arni Finnsson kommentierte die Entscheidung laut „news.bbc.co.uk“ mit folgenden "
        "Worten: „Es gibt in Island keinen Markt für dieses Fleisch.“",
        language="de",
    )
    assert [(q.kind, q.speaker_text, q.text) for q in quotes] == [
        (QuoteKind.DIRECT, "Arni Finnsson", "Es gibt in Island keinen Markt für dieses Fleisch.")
    ]


# Reported speech read from more places (the fourth round of rules).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Martin Lee sagte dazu, dies sei Demokratie nach chinesischem Vorbild.",
            [("dies sei Demokratie nach chinesischem Vorbild", "Martin Lee", "sagte")],
        ),
        (
            "Die Verteidiger argumentierten außerdem, er habe nicht versucht zu fliehen.",
            [("er habe nicht versucht zu fliehen", "Die Verteidiger", "argumentierten")],
        ),
        (
            "Er sagte gegenüber der Zeitung, es sei schwierig, Informationen zu bestätigen.",
            [("es sei schwierig, Informationen zu bestätigen", "Er", "sagte")],
        ),
    ],
)
def test_german_words_between_cue_and_comma(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        # No subjunctive after the comma: the writer's clause.
        "Der Minister sagte den Termin ab, die Sitzung fällt aus.",
        "Er erklärte den Vertrag für nichtig, weil die Frist verstrichen sei.",
    ],
)
def test_german_words_before_comma_need_a_subjunctive_clause(text: str) -> None:
    assert _indirect(text, "de") == []


def test_german_verb_second_after_an_adverbial_with_an_auxiliary() -> None:
    text = (
        "Bereits vor zwei Wochen hatte die Gewerkschaft erklärt, dass die Fluglotsen ihre "
        "Arbeitszeit erreicht hätten."
    )
    assert _indirect(text, "de") == [
        (
            "dass die Fluglotsen ihre Arbeitszeit erreicht hätten",
            "die Gewerkschaft",
            "erklärt",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premierministerin Helen Clark sagte weitere finanzielle Hilfe zu.",
            [
                (
                    "Premierministerin Helen Clark sagte weitere finanzielle Hilfe zu",
                    "Premierministerin Helen Clark",
                    "sagte",
                )
            ],
        ),
        (
            "Ein Ex-Mitarbeiter sprach von einem Klima der Gewalt zwischen den Bewohnern.",
            [
                (
                    "Ein Ex-Mitarbeiter sprach von einem Klima der Gewalt zwischen den Bewohnern",
                    "Ein Ex-Mitarbeiter",
                    "sprach",
                )
            ],
        ),
        (
            "Der Außenminister hat heute in Bagdad den Abzug der Truppen angekündigt.",
            [
                (
                    "Der Außenminister hat heute in Bagdad den Abzug der Truppen angekündigt",
                    "Der Außenminister",
                    "angekündigt",
                )
            ],
        ),
    ],
)
def test_german_sentence_that_tells_a_speech_act(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eine Pfarrerin sprach ein Gebet.",  # sprach without "von"/"über": no report
        "Der Minister sagte das Treffen ab.",  # sagte … ab: cancelled
        "Die Angaben wurden von der Polizei bestätigt.",  # passive: the subject says nothing
        "Er erläuterte die Klimapolitik aus Sicht Chinas.",  # a topic, not what was said
        "Nachdem der Minister den Abzug angekündigt hatte, reiste er ab.",
    ],
)
def test_german_sentence_without_a_told_speech_act(text: str) -> None:
    assert _indirect(text, "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
            [
                (
                    "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999",
                    "Mr. Clarke",
                    "said",
                )
            ],
        ),
        (
            "Too often, he said, the debate over coal is infected with tribalism.",
            [
                (
                    "Too often, he said, the debate over coal is infected with tribalism",
                    "he",
                    "said",
                )
            ],
        ),
    ],
)
def test_english_attribution_inside_its_content(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Clarke said, however, that he would stay.",  # "that" opens the content
        "Smith, the mayor said, was here.",  # too short a content after the attribution
        "“We will win,” Smith said, “and soon.”",  # a quote in marks
    ],
)
def test_english_attribution_inside_no_content(text: str) -> None:
    assert [q for q in _indirect(text, "en") if q[0].startswith(("Mr. Clarke", "Smith", "“"))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Adjectives between the article and the source noun.
        (
            "Nach einem achtseitigen Bericht der Polizei wurden drei Menschen verletzt.",
            [("wurden drei Menschen verletzt", "der Polizei", "Nach einem achtseitigen Bericht")],
        ),
        # A possessive, a source noun and a postposed "nach": the possessive's referent.
        (
            "Seiner Meinung nach sei die Reform gescheitert.",
            [("sei die Reform gescheitert", "Seiner", "Seiner Meinung nach")],
        ),
        (
            "Die Ministerin kritisierte den Plan: Die Verhältnismäßigkeit der Mittel sei ihrer "
            "Meinung nach nicht mehr gewahrt.",
            [
                (
                    "Die Verhältnismäßigkeit der Mittel sei ihrer Meinung nach nicht mehr gewahrt",
                    "ihrer",
                    "ihrer Meinung nach",
                )
            ],
        ),
        # "demnach" in a clause of reported mood: no speaker is named.
        (
            "Demnach hätten sich die Menschen in eine Kirche geflüchtet.",
            [("hätten sich die Menschen in eine Kirche geflüchtet", None, "Demnach")],
        ),
        (
            "Der Abzug der Truppen soll demnach nur schrittweise erfolgen.",
            [("Der Abzug der Truppen soll demnach nur schrittweise erfolgen", None, "demnach")],
        ),
        # The impersonal passive of a verb of speech or thought.
        (
            "Es wird befürchtet, dass sich die Lage weiter verschlechtern könnte.",
            [("sich die Lage weiter verschlechtern könnte", None, "Es wird befürchtet")],
        ),
        (
            "Der Prozess könne möglicherweise ein halbes Jahr dauern, wird vermutet.",
            [("Der Prozess könne möglicherweise ein halbes Jahr dauern", None, "wird vermutet")],
        ),
    ],
)
def test_german_sources_without_a_named_speaker_or_before_their_noun(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "demnach" in the indicative: the writer's inference, not a report.
        "Die Laufzeit der Lieferungen ist demnach auf drei Jahre ausgerichtet.",
        # A possessive source inside a noun phrase: an attribute of the noun, no clause.
        "Friedrich wies auf die seiner Meinung nach wachsenden Gefahren für die Netze hin.",
    ],
)
def test_german_demnach_in_the_indicative_and_attributive_source_are_no_quote(text: str) -> None:
    assert _indirect(text, "de") == []


def test_german_possessive_source_resolves_to_the_person_named_before() -> None:
    text = "Angela Merkel sprach in Berlin. Ihrer Meinung nach ist die Reform gescheitert."
    quotes = extract_quotes(text, language="de")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("ist die Reform gescheitert", "Angela Merkel")
    ]


def test_german_quote_after_a_colon_in_a_new_paragraph_keeps_no_earlier_speaker() -> None:
    # The speaker of the paragraph before does not say a heading quoted after a colon.
    text = (
        "Die Firma soll nach einem Bericht des Angestellten trotzdem kassiert haben.\n\n"
        "Auf der Homepage (Überschrift der Seite: „Wir übernehmen Verantwortung“) steht "
        "nichts dazu."
    )
    assert [
        q.text for q in extract_quotes(text, language="de") if q.kind is not QuoteKind.INDIRECT
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "für" and a demonstrative after the source's noun go back to the clause.
        (
            "Die Geschäftsführung soll nach einem Bericht des Angestellten für diese Transporte "
            "trotzdem kassiert haben.",
            [
                (
                    "Die Geschäftsführung soll nach einem Bericht des Angestellten für diese "
                    "Transporte trotzdem kassiert haben",
                    "des Angestellten",
                    "nach einem Bericht",
                )
            ],
        ),
        # "für" and a field stay in the source's title.
        (
            "Die Zahl der Anträge ist laut dem Beauftragten für Menschenrechte deutlich gestiegen.",
            [
                (
                    "Die Zahl der Anträge ist laut dem Beauftragten für Menschenrechte deutlich "
                    "gestiegen",
                    "dem Beauftragten für Menschenrechte",
                    "laut",
                )
            ],
        ),
    ],
)
def test_german_source_inside_its_clause_ends_before_fuer_and_a_demonstrative(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The second verb quotes the speaker's words: both conjuncts report one speech act.
        (
            "Ivana Trump's brief said that was not her view and dismissed those reports as "
            '"previous misinterpreted statements and allegations."',
            [
                (
                    'that was not her view and dismissed those reports as "previous '
                    'misinterpreted statements and allegations."',
                    QuoteKind.MIXED,
                    "Ivana Trump's brief",
                )
            ],
        ),
        # A quote the second verb introduces after a comma is an item of its own.
        (
            'Volker said he never used the term "three amigos" and added, "I frankly cringe '
            'when I hear it."',
            [
                ('he never used the term "three amigos"', QuoteKind.MIXED, "Volker"),
                ("I frankly cringe when I hear it.", QuoteKind.DIRECT, "Volker"),
            ],
        ),
        # A second verb with its own "that" clause: two items, the first one's clause too.
        (
            "Senator John Smith said the plan would fail and suggested that lawmakers should "
            "start over.",
            [
                ("the plan would fail", QuoteKind.INDIRECT, "Senator John Smith"),
                ("lawmakers should start over", QuoteKind.INDIRECT, "Senator John Smith"),
            ],
        ),
        # Without marked words, the second verb is the speaker's next step.
        (
            "Trump said he would order a thorough review of the nation's computer defenses "
            "and warned against potential hackers from China.",
            [
                (
                    "he would order a thorough review of the nation's computer defenses",
                    QuoteKind.INDIRECT,
                    "Trump",
                )
            ],
        ),
    ],
)
def test_english_second_cue_of_the_same_subject_joins_only_when_it_quotes(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert [
        (q.text, q.kind, q.speaker_text) for q in extract_quotes(text, language="en")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Compound source nouns that name their source.
        (
            "Nach einem Zeitungsbericht will die Regierung die Steuern erhöhen.",
            [
                (
                    "will die Regierung die Steuern erhöhen",
                    "einem Zeitungsbericht",
                    "Nach einem Zeitungsbericht",
                )
            ],
        ),
        (
            "Presseberichten nach soll der Minister zurücktreten.",
            [("soll der Minister zurücktreten", "Presseberichten", "Presseberichten nach")],
        ),
        (
            "Der Minister soll Medienberichten nach zurücktreten.",
            [
                (
                    "Der Minister soll Medienberichten nach zurücktreten",
                    "Medienberichten",
                    "Medienberichten nach",
                )
            ],
        ),
        # "zufolge" inside its clause: the source is the noun phrase right before it.
        (
            "Die Regierung will einem Zeitungsbericht zufolge die Steuern erhöhen.",
            [
                (
                    "Die Regierung will einem Zeitungsbericht zufolge die Steuern erhöhen",
                    "einem Zeitungsbericht",
                    "zufolge",
                )
            ],
        ),
        # ", so wird gesagt," set off inside the clause it reports; or after it.
        (
            "Es sei, so wird gesagt, eine Illusion zu glauben, dass alle der Bewegung folgten.",
            [
                (
                    "Es sei, so wird gesagt, eine Illusion zu glauben, dass alle der Bewegung "
                    "folgten",
                    None,
                    "so wird gesagt",
                )
            ],
        ),
        (
            "Die Lage an der Grenze sei ernst, so wurde berichtet.",
            [("Die Lage an der Grenze sei ernst", None, "so wurde berichtet")],
        ),
    ],
)
def test_german_compound_sources_and_inserted_so_wird_gesagt(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "nach" before a capitalised noun is a preposition, not a postposed source.
        "Die Polizei suchte in den Medienberichten nach Hinweisen auf den Täter.",
        "Die Beamten durchsuchten Presseberichten nach Spuren.",
    ],
)
def test_german_noun_and_preposition_nach_is_no_source(text: str) -> None:
    assert _indirect(text, "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "In <document> heißt es, …": the document speaks; the clause after the comma.
        (
            "In der Mitteilung des Konzerns heißt es, die Produktion werde im kommenden Jahr "
            "verdoppelt.",
            [
                (
                    "die Produktion werde im kommenden Jahr verdoppelt",
                    "der Mitteilung des Konzerns",
                    "heißt es",
                )
            ],
        ),
        # "…, so heißt es in …": the clause before; with no document, no speaker.
        (
            "Die Produktion werde im kommenden Jahr verdoppelt, so heißt es in der Mitteilung.",
            [
                (
                    "Die Produktion werde im kommenden Jahr verdoppelt",
                    "der Mitteilung",
                    "so heißt es",
                )
            ],
        ),
        (
            "Die Produktion werde im kommenden Jahr verdoppelt, so heißt es.",
            [("Die Produktion werde im kommenden Jahr verdoppelt", None, "so heißt es")],
        ),
        (
            "Vorerst hieß es, dass die Ursache des Brandes noch ermittelt werde.",
            [("dass die Ursache des Brandes noch ermittelt werde", None, "hieß es")],
        ),
        # A time before "heißt es" is no document.
        (
            "In diesem Jahr hieß es, die Stadt werde keine neuen Schulden machen.",
            [("die Stadt werde keine neuen Schulden machen", None, "hieß es")],
        ),
        # A relative clause after the source is no part of the content.
        (
            "Laut Medienberichten, die sich auf Regierungskreise beziehen, soll der Minister "
            "noch in dieser Woche zurücktreten.",
            [
                (
                    "soll der Minister noch in dieser Woche zurücktreten",
                    "Medienberichten",
                    "Laut",
                )
            ],
        ),
        # A source's clause ends at ";" (what follows is the writer's inference).
        (
            "Laut Presseberichten lebt die Familie seit 2015 in Hamburg; damit hätte sie "
            "Anspruch auf die Zahlung.",
            [("lebt die Familie seit 2015 in Hamburg", "Presseberichten", "Laut")],
        ),
        # "zufolge" takes a dative: "die Versuchsteilnehmer" is the subject, the name the
        # source; a verb before the name is no adjective of it.
        (
            "Dabei hätten die Versuchsteilnehmer Bregman zufolge nur auf Anweisung gehandelt.",
            [
                (
                    "Dabei hätten die Versuchsteilnehmer Bregman zufolge nur auf Anweisung "
                    "gehandelt",
                    "Bregman",
                    "zufolge",
                )
            ],
        ),
        (
            "Die Versuchsteilnehmer hätten Bregman zufolge nur auf Anweisung gehandelt.",
            [
                (
                    "Die Versuchsteilnehmer hätten Bregman zufolge nur auf Anweisung gehandelt",
                    "Bregman",
                    "zufolge",
                )
            ],
        ),
        (
            "Die Lage sei dem Sprecher Müller zufolge weiterhin ernst.",
            [
                (
                    "Die Lage sei dem Sprecher Müller zufolge weiterhin ernst",
                    "dem Sprecher Müller",
                    "zufolge",
                )
            ],
        ),
    ],
)
def test_german_heisst_es_relative_after_source_semicolon_and_zufolge_subject(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(text, "de") == expected


def test_german_impersonal_cue_quotes_marked_words() -> None:
    # "hieß es" with no speaker makes the marked word a fragment of a mixed quote.
    text = (
        "Über die Einzelheiten sei man sich nicht einig geworden, hieß es, sicher sei jedoch, "
        "dass in der Pflege „händeringend“ Arbeitskräfte gesucht würden."
    )
    assert [
        (q.text, q.kind, q.speaker_text, [n.text for n in q.nested])
        for q in extract_quotes(text, language="de")
    ] == [
        (
            "sicher sei jedoch, dass in der Pflege „händeringend“ Arbeitskräfte gesucht würden",
            QuoteKind.MIXED,
            None,
            ["händeringend"],
        )
    ]
