"""Quote extraction: the seed's cases, patterns in six languages, marks, offsets, entities."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Gender,
    Organization,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    SourceKind,
    extract_quotes,
)
from newsmodel.quotes import attach_quotes
from tests.strategies import articles


def _seed_body(seed_text: str) -> list[str]:
    """The seed's body paragraphs: after the section, title, date and language menu, with the
    bracketed byline taken off the first paragraph."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", seed_text) if p.strip()]
    body = paragraphs[4:]
    body[0] = re.sub(r"^\[[^\]]*\]\s*", "", body[0])
    return body


@pytest.fixture(scope="module")
def seed_body() -> list[str]:
    from tests.conftest import SEED

    return _seed_body(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_quotes(seed_body: list[str]) -> list[Quote]:
    return extract_quotes(seed_body, language="fr")


def _flat(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes and, after each, the quotes nested in it (a mixed quote's fragments)."""
    return [x for q in quotes for x in (q, *_flat(q.nested))]


def _find(quotes: list[Quote], start: str) -> Quote:
    found = [q for q in _flat(quotes) if q.text.startswith(start)]
    assert found, f"no quote starts with {start!r}"
    return found[0]


def _name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


# --------------------------------------------------------------------------- the seed


def test_seed_offsets_index_the_paragraphs(seed_body: list[str], seed_quotes: list[Quote]) -> None:
    assert len(seed_quotes) >= 15
    for quote in seed_quotes:
        assert quote.end_block is None
        assert seed_body[quote.block][quote.start : quote.end] == quote.text
        for nested in quote.nested:
            assert seed_body[nested.block][nested.start : nested.end] == nested.text


def test_seed_inversion_resolves_to_zuckerberg(seed_quotes: list[Quote]) -> None:
    quote = _find(seed_quotes, "Cela va coûter des milliards")
    assert quote.kind is QuoteKind.DIRECT
    assert quote.cue == "a déclaré"
    assert quote.speaker_text == "il"
    assert _name(quote) == "Zuckerberg"
    assert isinstance(quote.speaker, Person)
    assert quote.speaker.gender is Gender.MASCULINE


def test_seed_nested_quote_and_unclosed_continuation(seed_quotes: list[Quote]) -> None:
    outer = _find(seed_quotes, "Je pense qu'il y a une situation")
    assert outer.open_mark == '"'
    assert outer.close_mark == '"'
    assert [n.text[:4] for n in outer.nested] == ["Oh, "]
    assert outer.nested[0].open_mark == "'"
    assert _name(outer) == "Zuckerberg"
    assert outer.cue == "a déclaré"
    unclosed = _find(seed_quotes, "sur le D'un autre côté")
    assert unclosed.unclosed is True
    assert unclosed.close_mark is None
    assert unclosed.text.endswith("10 à 15 prochaines années.")
    assert _name(unclosed) == "Zuckerberg"


def test_seed_straight_quote_closed_by_guillemet(seed_quotes: list[Quote]) -> None:
    quote = _find(seed_quotes, "Je pense que c'est faux")
    assert quote.open_mark == '"'
    assert quote.close_mark == "»"
    assert quote.text.endswith("position de leader.")
    assert quote.kind is QuoteKind.DIRECT
    assert _name(quote) == "Zuckerberg"  # runs on after the attributed quote, no new cue
    first = _find(seed_quotes, "Il y a cette idée selon laquelle")
    assert [n.text for n in first.nested] == ["Eh bien, nous devons tout verrouiller"]


def test_seed_titles_and_stray_marks_are_not_quotes(seed_quotes: list[Quote]) -> None:
    texts = [q.text for q in seed_quotes]
    assert "Llama 3.1" not in texts
    assert not any(t.strip(' .»«"') == "" for t in texts)
    letter = _find(seed_quotes, "cela ne fonctionnera pas")
    assert letter.text.endswith("leurs alliés")  # the stray ". .»" after it is ignored
    assert letter.close_mark == "»"


def test_seed_partial_quotes_in_reported_speech(seed_quotes: list[Quote]) -> None:
    quote = _find(seed_quotes, "irréalistes")
    assert quote.kind is QuoteKind.PARTIAL
    assert _name(quote) == "Zuckerberg"
    assert quote.speaker_text == "Il"
    selon = _find(seed_quotes, "politique d'utilisation acceptable")
    assert selon.kind is QuoteKind.PARTIAL
    assert selon.cue == "Selon"
    assert _name(selon) == "Zuckerberg"


def test_seed_roles_and_affiliations(seed_quotes: list[Quote]) -> None:
    arnold = _find(seed_quotes, "La Chine est sans aucun doute")
    assert isinstance(arnold.speaker, Person)
    assert arnold.speaker.name == "Zachary Arnold"
    assert arnold.speaker.role == "directeur de l'analyse de l'équipe du CSET"
    assert arnold.speaker.affiliation == "CSET"
    assert arnold.cue == "a ajouté"
    harrison = _find(seed_quotes, "Il s'agit (de l'IA générative)")
    assert isinstance(harrison.speaker, Person)
    assert harrison.speaker.name == "Christopher Harrison"
    # The role stops before the employer, which is the affiliation.
    assert harrison.speaker.role == "responsable de l'analyse des brevets"
    assert harrison.speaker.affiliation == "Organisation Mondiale de la Propriété Intellectuelle"
    assert harrison.open_mark == "«"
    assert harrison.close_mark == "»"
    # "Zuckerberg, PDG de Meta, a réfuté …": the apposition names his employer.
    zuckerberg = _find(seed_quotes, "Cela va coûter des milliards")
    assert isinstance(zuckerberg.speaker, Person)
    assert zuckerberg.speaker.role == "PDG de Meta"
    assert zuckerberg.speaker.affiliation == "Meta"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Jane Doe, chief economist at the International Monetary Fund, said: "
            "“Growth will slow this year.”",
            "Jane Doe",
            "chief economist",
            "International Monetary Fund",
        ),
        (
            "Marie Martin, directrice des études chez Renault, a déclaré : « Nous allons "
            "investir davantage. »",
            "Marie Martin",
            "directrice des études",
            "Renault",
        ),
        (
            "John Smith, CEO of Acme Corp, said: “We will hire a thousand people.”",
            "John Smith",
            "CEO of Acme Corp",
            "Acme Corp",
        ),
    ],
)
def test_role_apposition_gives_role_and_affiliation(
    text: str, name: str, role: str, affiliation: str
) -> None:
    quote = extract_quotes(text)[0]
    assert isinstance(quote.speaker, Person)
    assert quote.speaker.name == name
    assert quote.speaker.role == role
    assert quote.speaker.affiliation == affiliation


def test_seed_il_a_souligne_resolves_to_harrison(seed_quotes: list[Quote]) -> None:
    last_block = max(q.block for q in seed_quotes)
    souligne = [q for q in seed_quotes if q.block == last_block and q.cue == "a souligné"]
    assert souligne, "the last paragraph's 'Il a souligné que' is reported speech"
    assert souligne[0].kind is QuoteKind.INDIRECT
    assert souligne[0].text.startswith("la portée des demandes de brevet")
    assert _name(souligne[0]) == "Christopher Harrison"


def test_seed_organisations_speak_and_merge(seed_quotes: list[Quote]) -> None:
    ompi = _find(seed_quotes, "la Chine utilisait des chatbots")
    assert isinstance(ompi.speaker, Organization)
    assert ompi.speaker.name == "Organisation Mondiale de la Propriété Intellectuelle"
    assert ompi.speaker.acronyms == ("OMPI",)
    cset = _find(seed_quotes, "la recherche chinoise est en tête")
    assert isinstance(cset.speaker, Organization)
    assert cset.speaker.acronyms == ("CSET",)
    assert cset.source is not None
    assert cset.source.kind is SourceKind.STUDY
    bloomberg = _find(seed_quotes, "certains critiques estiment")
    assert _name(bloomberg) == "Bloomberg"


def test_seed_sources(seed_quotes: list[Quote]) -> None:
    irrealistes = _find(seed_quotes, "irréalistes")
    assert irrealistes.source is not None
    assert irrealistes.source.kind is SourceKind.INTERVIEW
    assert irrealistes.source.publisher is not None
    assert irrealistes.source.publisher.name == "Bloomberg"
    letter = _find(seed_quotes, "certaines personnes pensent")
    assert letter.source is not None
    assert letter.source.kind is SourceKind.LETTER
    assert letter.source.publisher is not None
    assert letter.source.publisher.name == "Zuckerberg"


def test_attach_quotes_fills_the_article(seed_body: list[str]) -> None:
    article = Article(
        language="fr",
        body=tuple(Paragraph(text=p) for p in seed_body),
        authors=(Person(name="Qi Qian", credit="Texte"),),
        publisher=Organization(name="Observer.com"),
    )
    filled = attach_quotes(article)
    assert filled.quotes
    ids = [p.id for p in filled.people] + [o.id for o in filled.organizations]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[po]\d+", i or "") for i in ids)
    assert [s.id for s in filled.sources] == [f"s{i + 1}" for i in range(len(filled.sources))]
    # One entity per real person; speakers and publishers are the article's entries.
    assert [p.name for p in filled.people].count("Zuckerberg") == 1
    entries = (*filled.people, *filled.organizations)
    for quote in filled.quotes:
        assert quote.speaker is None or quote.speaker in entries
    for source in filled.sources:
        assert source.publisher is None or source.publisher in entries
    assert filled.authors[0] in filled.people
    assert filled.authors[0].credit == "Texte"
    assert filled.publisher is not None
    assert filled.publisher in filled.organizations
    # Observer.com in the last paragraph is the publisher, not a second organisation.
    assert [o.name for o in filled.organizations].count("Observer.com") == 1
    # Filling twice gives the same article.
    assert attach_quotes(filled) == filled


def test_attach_quotes_merges_a_surname_with_the_full_name() -> None:
    article = Article(
        language="en",
        body=(
            Paragraph(text="Mark Zuckerberg spoke to investors on Tuesday."),
            Paragraph(text="“We are investing for the long term,” Zuckerberg said."),
        ),
    )
    filled = attach_quotes(article)
    assert [p.name for p in filled.people] == ["Mark Zuckerberg"]
    assert filled.people[0].aliases == ("Zuckerberg",)
    assert filled.quotes[0].speaker == filled.people[0]


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("text", "language", "quote", "speaker", "cue"),
    [
        (
            "« Nous allons gagner », a déclaré Marie Curie.",
            "fr",
            "Nous allons gagner",
            "Marie Curie",
            "a déclaré",
        ),
        (
            "Le ministre Jean Dupont a déclaré : « La réforme est nécessaire. »",
            "fr",
            "La réforme est nécessaire.",
            "Jean Dupont",
            "a déclaré",
        ),
        (
            "“We will win this election,” said Senator Jane Smith.",
            "en",
            "We will win this election,",
            "Jane Smith",
            "said",
        ),
        (
            "“The plan is working,” the governor told Reuters.",
            "en",
            "The plan is working,",
            None,
            "told",
        ),
        (
            "„Wir schaffen das“, sagte Angela Merkel am Montag.",
            "de",
            "Wir schaffen das",
            "Angela Merkel",
            "sagte",
        ),
        (
            "„Das ist ein großer Tag für die Stadt“, so der Bürgermeister Peter Kurz.",
            "de",
            "Das ist ein großer Tag für die Stadt",
            "Peter Kurz",
            "so",
        ),
        (
            "«Vamos a ganar las elecciones», dijo el presidente Pedro Sánchez.",
            "es",
            "Vamos a ganar las elecciones",
            "Pedro Sánchez",
            "dijo",
        ),
        (
            "«Il governo andrà avanti con la riforma», ha detto Giorgia Meloni.",
            "it",
            "Il governo andrà avanti con la riforma",
            "Giorgia Meloni",
            "ha detto",
        ),
        (
            "“O país precisa de estabilidade política”, disse o ministro João Silva.",
            "pt",
            "O país precisa de estabilidade política",
            "João Silva",
            "disse",
        ),
    ],
)
def test_direct_quotes_in_six_languages(
    text: str, language: str, quote: str, speaker: str | None, cue: str
) -> None:
    quotes = extract_quotes(text, language=language)
    assert [q.text for q in quotes] == [quote]
    assert quotes[0].kind is QuoteKind.DIRECT
    assert quotes[0].cue == cue
    assert _name(quotes[0]) == speaker
    if speaker is None:
        assert quotes[0].speaker_text == "the governor"


@pytest.mark.parametrize(
    ("text", "language", "content", "speaker"),
    [
        (
            "Selon Marie Curie, la radioactivité est une propriété de l'atome.",
            "fr",
            "la radioactivité est une propriété de l'atome",
            "Marie Curie",
        ),
        (
            "According to John Smith, the factory will close next year.",
            "en",
            "the factory will close next year",
            "John Smith",
        ),
        (
            "Laut Angela Merkel wird die Regierung die Steuern nicht erhöhen.",
            "de",
            "wird die Regierung die Steuern nicht erhöhen",
            "Angela Merkel",
        ),
        (
            "Según Pedro Sánchez, el gobierno subirá las pensiones este año.",
            "es",
            "el gobierno subirá las pensiones este año",
            "Pedro Sánchez",
        ),
        (
            "Secondo Giorgia Meloni, il governo durerà fino alla fine della legislatura.",
            "it",
            "il governo durerà fino alla fine della legislatura",
            "Giorgia Meloni",
        ),
        (
            "Segundo João Silva, a economia vai crescer dois por cento.",
            "pt",
            "a economia vai crescer dois por cento",
            "João Silva",
        ),
        (
            "Marie Curie a affirmé que la découverte changerait la médecine.",
            "fr",
            "la découverte changerait la médecine",
            "Marie Curie",
        ),
        (
            "John Smith said that the company would hire 500 workers.",
            "en",
            "the company would hire 500 workers",
            "John Smith",
        ),
        (
            "Angela Merkel sagte, die Regierung habe alles getan.",
            "de",
            "die Regierung habe alles getan",
            "Angela Merkel",
        ),
        (
            "Pedro Sánchez afirmó que el gobierno subirá las pensiones.",
            "es",
            "el gobierno subirá las pensiones",
            "Pedro Sánchez",
        ),
        (
            "Giorgia Meloni ha detto che il governo andrà avanti.",
            "it",
            "il governo andrà avanti",
            "Giorgia Meloni",
        ),
        (
            "João Silva afirmou que a economia vai crescer.",
            "pt",
            "a economia vai crescer",
            "João Silva",
        ),
    ],
)
def test_reported_speech_and_selon(
    text: str, language: str, content: str | None, speaker: str
) -> None:
    quotes = extract_quotes(text, language=language)
    if content is None:
        assert quotes == []  # "Laut X" with verb-second order and no comma: no clause
        return
    assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.INDIRECT, content)]
    assert _name(quotes[0]) == speaker


def test_selon_laquelle_and_selon_moi_are_not_attributions() -> None:
    text = "Il a réfuté l'idée selon laquelle le modèle serait exploité. Selon moi, c'est faux."
    assert extract_quotes(text, language="fr") == []


def test_pronoun_takes_the_gender_the_text_marks() -> None:
    text = (
        "Marie Dupont et Jean Martin ont présenté le rapport mardi.\n\n"
        "« Nous avons beaucoup travaillé », a-t-elle déclaré. "
        "« Le plus dur reste à faire », a-t-il ajouté."
    )
    quotes = extract_quotes(text, language="fr")
    assert [(q.speaker_text, _name(q)) for q in quotes] == [
        ("elle", "Marie Dupont"),
        ("il", "Jean Martin"),
    ]
    assert quotes[0].cue == "a déclaré"


def test_negated_cue_and_first_person_are_not_attributions() -> None:
    assert extract_quotes("John Smith did not say that the plant would close.", language="en") == []
    quotes = extract_quotes("“This is wrong,” I said.", language="en")
    assert all(q.speaker is None for q in quotes)


def test_medium_becomes_the_source() -> None:
    quotes = extract_quotes(
        "“We will appeal the ruling,” John Smith said in a statement.\n\n"
        "“The company is strong,” Jane Doe told Reuters.",
        language="en",
    )
    statement, told = quotes
    assert statement.source is not None
    assert statement.source.kind is SourceKind.STATEMENT
    assert told.source is not None
    assert told.source.kind is SourceKind.NEWSPAPER
    assert told.source.publisher is not None
    assert told.source.publisher.name == "Reuters"


def test_quote_interrupted_by_its_cue_keeps_the_speaker() -> None:
    quotes = extract_quotes(
        "« Première partie du discours, dit-elle. Seconde partie du discours. »\n\n"
        "“The first half,” Jane Doe said, “and the second half of the speech.”",
        language=None,
    )
    assert [q.text for q in quotes][-2:] == [
        "The first half,",
        "and the second half of the speech.",
    ]
    assert {_name(q) for q in quotes[-2:]} == {"Jane Doe"}


def test_multi_paragraph_quote_runs_across_blocks() -> None:
    paragraphs = [
        "John Smith said: “The first paragraph of the statement goes on",
        "“and the second paragraph closes it.”",
    ]
    quotes = extract_quotes(paragraphs, language="en")
    assert len(quotes) == 1
    quote = quotes[0]
    assert (quote.block, quote.end_block) == (0, 1)
    assert paragraphs[1][: quote.end].endswith("closes it.")
    assert quote.text == (
        "The first paragraph of the statement goes on\n\nand the second paragraph closes it."
    )
    assert not quote.unclosed
    assert quote.close_mark == "”"


# --------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "language", "inner", "marks"),
    [
        ("Er sagte: „Das ist gut so.“", "de", "Das ist gut so.", ("„", "“")),
        ("He said: “That is fine by me.”", "en", "That is fine by me.", ("“", "”")),
        ("Elle a dit : « C'est très bien ainsi. »", "fr", "C'est très bien ainsi.", ("«", "»")),
        ("Han sade: ”Det är bra så här.”", "sv", "Det är bra så här.", ("”", "”")),
        (
            "Powiedział: „To jest dobre rozwiązanie.”",
            "pl",
            "To jest dobre rozwiązanie.",
            ("„", "”"),
        ),
        (
            "Он сказал: «Это хорошее решение для всех.»",
            "ru",
            "Это хорошее решение для всех.",
            ("«", "»"),
        ),
        ("Hij zei: “Dat is een goede oplossing.”", "nl", "Dat is een goede oplossing.", ("“", "”")),
        ("Er sagte: »Das ist gut so, wirklich.«", "de", "Das ist gut so, wirklich.", ("»", "«")),
        ("彼は「これは良い解決策です」と述べた。", "ja", "これは良い解決策です", ("「", "」")),
        ("他说：『这是一个好办法』。", "zh", "这是一个好办法", ("『", "』")),
    ],
)
def test_quotation_marks_of_many_languages(
    text: str, language: str, inner: str, marks: tuple[str, str]
) -> None:
    quotes = extract_quotes(text, language=language)
    assert len(quotes) == 1
    assert quotes[0].text == inner
    assert (quotes[0].open_mark, quotes[0].close_mark) == marks


def test_film_titles_in_marks_are_not_quotes() -> None:
    text = (
        "Le film « La Grande Vadrouille » a été diffusé hier. "
        "The album “Abbey Road” was remastered, said John Smith."
    )
    quotes = extract_quotes(text, language=None)
    assert [q.kind for q in quotes] == [QuoteKind.INDIRECT]  # "…, said John Smith."
    assert not any(q.text in {"La Grande Vadrouille", "Abbey Road"} for q in quotes)


# --------------------------------------------------------------------------- robustness


@given(st.text(max_size=400))
def test_extract_quotes_never_raises(text: str) -> None:
    quotes = extract_quotes(text)
    paragraphs = [p.strip("\r\n") for p in re.split(r"\r?\n[ \t\r]*\n+", text)]
    for quote in quotes:
        if quote.end_block is None:
            assert paragraphs[quote.block][quote.start : quote.end] == quote.text


@given(st.lists(st.text(alphabet="«»“”„\"'‚‘’「」 aA.,:;-éZ\n", max_size=80), max_size=6))
def test_extract_quotes_never_raises_on_marks(paragraphs: list[str]) -> None:
    for quote in extract_quotes(paragraphs, language="fr"):
        if quote.end_block is None:
            assert paragraphs[quote.block][quote.start : quote.end] == quote.text


@given(st.lists(st.text(max_size=200), max_size=5))
def test_attach_quotes_never_raises(paragraphs: list[str]) -> None:
    article = Article(body=tuple(Paragraph(text=p) for p in paragraphs))
    filled = attach_quotes(article)
    assert len(filled.body) == len(article.body)


def test_hostile_input_is_fast_and_quiet() -> None:
    nasty = [
        "«" * 20000,
        '"' * 20000,
        "a-t-il " * 5000,
        ("Selon " * 3000) + ".",
        "\x00\x01" * 1000,
        "“" + ("word " * 20000),
        ", said " * 5000,
    ]
    for text in nasty:
        started = time.process_time()
        extract_quotes(text, language="fr")
        extract_quotes(text, language="en")
        assert time.process_time() - started < 5


def test_time_grows_linearly() -> None:
    paragraph = (
        "« Nous allons investir », a déclaré Marie Curie, directrice de l'institut. "
        "Elle a ajouté que les travaux commenceraient en mai. Selon le ministère, "
        "le budget sera « suffisant » pour trois ans.\n\n"
    )
    small = paragraph * 50
    large = paragraph * 400
    started = time.process_time()
    extract_quotes(small, language="fr")
    small_time = time.process_time() - started
    started = time.process_time()
    quotes = extract_quotes(large, language="fr")
    large_time = time.process_time() - started
    assert len(quotes) >= 400 * 3
    assert large_time < max(small_time, 0.01) * 8 * 3


def test_attach_quotes_reports_unclosed_quotes_and_lonely_pronouns(
    seed_body: list[str],
) -> None:
    article = Article(language="fr", body=tuple(Paragraph(text=p) for p in seed_body))
    filled = attach_quotes(article)
    codes = [d.code for d in filled.diagnostics]
    assert codes.count("NM401") == 1
    unclosed = next(d for d in filled.diagnostics if d.code == "NM401")
    assert unclosed.path == "body[3].text"
    assert unclosed.span is not None
    start, end = unclosed.span
    assert seed_body[3][start:end].startswith("sur le D'un autre côté")
    lonely = attach_quotes(
        Article(language="en", body=(Paragraph(text="“We will win this time,” she said."),))
    )
    assert [d.code for d in lonely.diagnostics] == ["NM402"]
    assert attach_quotes(filled).diagnostics == filled.diagnostics


@pytest.mark.parametrize(
    ("text", "speaker_text", "cue"),
    [
        (
            "Die Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann hat einen "
            "Fußgänger angefahren.“",
            "einen Augenzeugen",
            "zitiert",
        ),
        (
            "Die Vereinigung schlug in die gleiche Kerbe, indem sie den Aufsichtsrat zum Handeln "
            "aufforderte: „Einen solchen Chef kann sich die Bank nicht leisten.“",
            "sie",
            "aufforderte",
        ),
        (
            "In einem Interview mit der BBC erklärte er: „Der Anblick ist einfach spektakulär.“",
            "er",
            "erklärte",
        ),
        (
            "„Wir wollen unsere Produktionssysteme enger verzahnen“, hatte VW-Chef Winterkorn in "
            "einem Interview erklärt.",
            "VW-Chef Winterkorn",
            "erklärt",
        ),
        (
            "So heißt es in dem Schreiben wörtlich: „Behandelt wird die Sicherstellung der "
            "Kinder.“",
            "dem Schreiben",
            "heißt es",
        ),
    ],
)
def test_german_word_order(text: str, speaker_text: str, cue: str) -> None:
    quotes = extract_quotes(text, language="de")
    assert [(q.kind, q.speaker_text, q.cue) for q in quotes] == [
        (QuoteKind.DIRECT, speaker_text, cue)
    ]


@given(articles())
def test_attach_quotes_on_any_article(article: Article) -> None:
    filled = attach_quotes(article)
    entries = (*filled.people, *filled.organizations)
    for quote in filled.quotes:
        assert quote.speaker is None or quote.speaker in entries
        if quote.end_block is None:
            block = filled.body[quote.block]
            assert getattr(block, "text", "")[quote.start : quote.end] == quote.text
    assert len(filled.authors) == len(article.authors)
    assert len(filled.agencies) == len(article.agencies)


def test_organisation_speaks_under_its_acronym() -> None:
    text = (
        "Le 3 juillet, l'Organisation Mondiale de la Propriété Intellectuelle (OMPI) a publié "
        "un rapport. L'OMPI a déclaré que la Chine dépose le plus de brevets."
    )
    (quote,) = extract_quotes(text, language="fr")
    assert quote.kind is QuoteKind.INDIRECT
    assert isinstance(quote.speaker, Organization)
    assert quote.speaker.name == "Organisation Mondiale de la Propriété Intellectuelle"
    assert quote.speaker.acronyms == ("OMPI",)
    assert quote.speaker_text == "L'OMPI"


def test_a_cue_of_its_own_starts_a_new_attribution() -> None:
    first, second = extract_quotes(
        "“We certainly can’t afford to do this anymore,” Trump said, adding later, “NATO is "
        "costing us a fortune.”",
        language="en",
    )
    assert (first.cue, _name(first)) == ("said", "Trump")
    assert (second.cue, _name(second), second.kind) == ("adding", "Trump", QuoteKind.DIRECT)


def test_participle_speaker_is_the_subject_after_an_introductory_phrase() -> None:
    (quote,) = extract_quotes(
        "During a speech earlier in the day, Trump attacked Clinton for her record, saying, "
        '"She\'s trigger-happy and very unstable."',
        language="en",
    )
    assert (quote.cue, quote.speaker_text, _name(quote)) == ("saying", "Trump", "Trump")


def test_curly_quote_nests_inside_a_straight_quoted_passage() -> None:
    (quote,) = extract_quotes(
        '"The issue is partisan, and I’m going to read you the question: “Do you think her '
        'health matters?” Forty-three, yes; forty-four, no."',
        language="en",
    )
    assert quote.text.endswith("forty-four, no.")
    assert [n.text for n in quote.nested] == ["Do you think her health matters?"]


def test_speaker_with_a_parenthesis_and_an_apposition() -> None:
    (quote,) = extract_quotes(
        "“If the FBI wanted any other laptops, they’d just go get them,” Rep. Jim Jordan "
        "(R-Ohio), an oversight panel member, said in a phone interview.",
        language="en",
    )
    assert quote.kind is QuoteKind.DIRECT
    assert _name(quote) == "Jim Jordan"


def test_title_case_subheading_in_marks_is_not_a_quote() -> None:
    quotes = extract_quotes(
        [
            '"These are strange days," said Peter Morgan, a lawyer for the Sierra Club.',
            "'Legend in the Coal Fields.'",
            "Bankruptcy is like a chess game.",
        ],
        language="en",
    )
    assert [q.text for q in quotes] == ["These are strange days,"]


# --------------------------------------------------------------------------- doubled apostrophes


def test_doubled_apostrophes_are_one_double_mark() -> None:
    # The New York Times' archive text prints a double quotation mark as two apostrophes.
    quotes = extract_quotes(
        [
            "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist who served as "
            "director of the Congressional Budget Office. ''It's anti-reform. She's layering on "
            "even more complexity.''",
            "Mr. Burman said using the capital gains tax ''is a misguided approach,'' and that "
            "the campaign was ''taking a close look'' at it.",
        ],
        language="en",
    )
    assert [(q.text, q.kind, q.open_mark, q.close_mark) for q in quotes[:2]] == [
        ("This isn't tax reform,", QuoteKind.DIRECT, "''", "''"),
        ("It's anti-reform. She's layering on even more complexity.", QuoteKind.DIRECT, "''", "''"),
    ]
    assert {_name(q) for q in quotes[:2]} == {"Douglas Holtz-Eakin"}
    partial = [q.text for q in _flat(quotes[2:]) if q.kind is QuoteKind.PARTIAL]
    assert partial == ["is a misguided approach,", "taking a close look"]
    first = quotes[0]
    assert (first.start, first.end) == (2, 2 + len("This isn't tax reform,"))


def test_doubled_apostrophes_hold_a_single_quote_and_leave_apostrophes_alone() -> None:
    body = (
        "Many of the visitors were older, Ms. Rawlings said, and ''I had to step back and "
        "think, 'This is their lives.' It's something they never thought they'd see.''"
    )
    (quote,) = extract_quotes([body], language="en")
    assert quote.text.startswith("I had to step back")
    assert quote.text.endswith("they'd see.")
    assert body[quote.start : quote.end] == quote.text
    assert [n.text for n in quote.nested] == ["This is their lives."]


def test_three_apostrophes_are_no_doubled_mark() -> None:
    assert (
        extract_quotes(["The band's motto, ''' was printed ''' on the wall."], language="en") == []
    )


# --------------------------------------------------------------------------- interview turns


def test_quoted_transcript_turns_are_quotes_of_the_labelled_speakers() -> None:
    # Breitbart prints a broadcast transcript as one quote reopened at each paragraph.
    quotes = extract_quotes(
        [
            "On this weekend's broadcast of “Fox News Sunday,” Republican vice-presidential "
            "nominee Gov. Mike Pence said the tweet was only “to mock” Hillary Clinton.",
            "Partial transcript as follows:",
            "\"WALLACE: Let's start with breaking news on the debate story. Why would Trump do "
            "that? And will Gennifer Flowers actually be there tomorrow night?",
            '"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of '
            "“Shark Tank.” But this is America, Chris. It's serious business.",
            '"(CROSSTALK.)',
            "\"WALLACE: If I may, sir, because we've got limited time. Will Gennifer Flowers be "
            "there?",
            '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night."',
        ],
        language="en",
    )
    turns = [q for q in quotes if q.block >= 2]
    assert [(q.block, q.speaker_text, q.kind) for q in turns] == [
        (2, "WALLACE", QuoteKind.DIRECT),
        (3, "PENCE", QuoteKind.DIRECT),
        (5, "WALLACE", QuoteKind.DIRECT),
        (6, "PENCE", QuoteKind.DIRECT),
    ]
    assert turns[0].text.startswith("Let's start with breaking news")
    assert turns[0].end_block is None
    assert turns[0].open_mark == '"'
    assert _name(turns[1]) == "Mike Pence"  # the label is the surname of a named person
    assert [n.text for n in turns[1].nested] == ["Shark Tank."]
    assert turns[3].text == "Gennifer Flowers will not be attending the debate tomorrow night."
    assert turns[3].close_mark == '"'


def test_label_then_quote_turns() -> None:
    quotes = extract_quotes(
        [
            "Chris Wallace pressed the governor on the debate.",
            'WALLACE: "Will Gennifer Flowers be there?"',
            'PENCE: "Gennifer Flowers will not be attending the debate tomorrow night."',
        ],
        language="en",
    )
    assert [(q.text, q.speaker_text, _name(q)) for q in quotes] == [
        ("Will Gennifer Flowers be there?", "WALLACE", "Chris Wallace"),
        (
            "Gennifer Flowers will not be attending the debate tomorrow night.",
            "PENCE",
            "Pence",
        ),
    ]


def test_question_and_answer_paragraphs_are_turns_without_marks() -> None:
    quotes = extract_quotes(
        [
            "The following interview with the mayor, Anne Hidalgo, has been edited for length.",
            "Q: What will change for cyclists next year?",
            "A: We will open forty kilometres of new lanes, and the speed limit drops to thirty "
            "everywhere.",
            "Q: Are drivers angry?",
            "A: Some are. Most people understand that the city has to breathe.",
        ],
        language="en",
    )
    assert [(q.block, q.speaker_text, q.text[:20], q.open_mark) for q in quotes] == [
        (1, "Q", "What will change for", None),
        (2, "A", "We will open forty k", None),
        (3, "Q", "Are drivers angry?", None),
        (4, "A", "Some are. Most peopl", None),
    ]
    assert all(q.kind is QuoteKind.DIRECT and q.speaker is None for q in quotes)


def test_a_lone_capitalised_label_makes_no_interview() -> None:
    quotes = extract_quotes(
        [
            "UPDATE: The council voted on Tuesday.",
            "WASHINGTON: Officials met for three hours.",
            '"We are pleased," said Mayor Ann Lee.',
        ],
        language="en",
    )
    assert [(q.text, q.speaker_text) for q in quotes] == [("We are pleased,", "Mayor Ann Lee")]
