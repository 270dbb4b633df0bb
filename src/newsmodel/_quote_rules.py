"""Quote-attribution rules as data: quotation marks, cue verbs, speaker words, media.

Everything here is a module-level constant: word tables per language and the regular
expressions built from them once at import (no I/O). :mod:`newsmodel.quotes` reads them.

Cue verbs are listed as the inflected forms a news text prints (third person, past and present,
participles), built from lemma tables by small per-language form rules plus irregular forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = [
    "AMBIGUOUS_MARKS",
    "CLOSE_MARKS",
    "COMPLEMENTIZERS",
    "CUE_FORMS",
    "DOUBLED_APOSTROPHE",
    "FIRST_PERSON",
    "MEDIA",
    "NAMING_CUES",
    "NEGATIONS",
    "OPEN_MARKS",
    "PAIRS",
    "PRONOUNS",
    "SELON_WORDS",
    "SUPPORTED_LANGUAGES",
    "TITLE_CONTEXT_WORDS",
    "TURN_LABEL",
    "TURN_LABEL_STOP",
]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en", "de", "es", "it", "pt", "nl", "sv", "pl", "ru")
"""Languages with attribution patterns. Quotation marks are paired for any language."""

# --------------------------------------------------------------------------- quotation marks

DOUBLED_APOSTROPHE = "''"
"""Two ASCII apostrophes printed as one double quotation mark (``''Yes,'' he said.``): the
New York Times' archive convention, common in scraped US news. The only mark of two
characters; it opens and closes in every language."""

PAIRS: Mapping[str, frozenset[str]] = {
    "«": frozenset({"»", '"', "”"}),
    "»": frozenset({"«", "»"}),  # Danish/German books » … «; Swedish » … »
    "“": frozenset({"”", '"', "»"}),
    "„": frozenset({"“", "”", '"'}),  # German „ … “, Polish „ … ”
    "”": frozenset({"”"}),  # Swedish, Finnish ” … ”
    "‚": frozenset({"‘", "’"}),
    "‘": frozenset({"’"}),
    "‹": frozenset({"›"}),
    "›": frozenset({"‹"}),
    "「": frozenset({"」"}),
    "『": frozenset({"』"}),
    "〝": frozenset({"〞", "〟"}),
    '"': frozenset({'"', "»", "”", "“"}),
    "'": frozenset({"'", "’"}),
    DOUBLED_APOSTROPHE: frozenset({DOUBLED_APOSTROPHE}),
}
"""Opening mark → the marks that may close it, as printed in real text (web text mixes
conventions: a quote opened with ``"`` and closed with ``»`` is closed)."""

OPEN_MARKS: frozenset[str] = frozenset(PAIRS)
CLOSE_MARKS: frozenset[str] = frozenset(m for closes in PAIRS.values() for m in closes)

AMBIGUOUS_MARKS: frozenset[str] = frozenset({'"', "'", "“", "”", "»", "’", "‘", DOUBLED_APOSTROPHE})
"""Marks whose role (open or close) depends on the language and on the neighbours."""

LANGUAGE_OPENERS: Mapping[str, frozenset[str]] = {
    "de": frozenset({"„", "‚", "»", "›", '"', "'", DOUBLED_APOSTROPHE}),
    "pl": frozenset({"„", "«", "»", "‚", '"', "'", DOUBLED_APOSTROPHE}),
    "cs": frozenset({"„", "‚", "»", '"', "'", DOUBLED_APOSTROPHE}),
    "hu": frozenset({"„", "»", '"', "'", DOUBLED_APOSTROPHE}),
    "da": frozenset({"»", "›", '"', "'", DOUBLED_APOSTROPHE}),
    "sv": frozenset({"”", "»", "’", '"', "'", DOUBLED_APOSTROPHE}),
    "fi": frozenset({"”", "»", "’", '"', "'", DOUBLED_APOSTROPHE}),
}
"""Languages in which a mark that opens elsewhere is a closer, or the reverse: in German
``“`` closes (``„…“``) and ``»`` opens (``»…«``). Languages not listed use the default
opener set."""

DEFAULT_OPENERS: frozenset[str] = frozenset(
    {"«", "“", "„", "‚", "‘", "‹", "「", "『", "〝", '"', "'", DOUBLED_APOSTROPHE}
)

QUOTE_MAX_CHARS = 3000
"""A mark pair further apart than this is not one quote (a stray mark)."""

# --------------------------------------------------------------------------- interview turns

TURN_LABEL = re.compile(
    r"[ \t]*+(?P<mark>[\"“]?)[ \t]*+"
    r"(?P<label>[QA]|[A-Z][A-Z'’.-]++(?:[ \t][A-Z][A-Z'’.-]++){0,2})[ \t]*:[ \t]++(?=\S)"
)
"""A paragraph that opens an interview turn: the speaker's name in capitals (or ``Q``/``A``)
and a colon, perhaps after the mark that reopens each paragraph of a quoted transcript
(``"WALLACE: Let's start …``, ``PENCE: "Well, …"``, ``Q: What …``). Each run is read
possessively (what follows it cannot start with its characters, so the matches are the
same): the spaces before and after an absent mark were otherwise split every way, time
quadratic in the length of a paragraph of spaces."""

TURN_LABEL_STOP: frozenset[str] = frozenset(
    {
        "ADVERTISEMENT",
        "BREAKING",
        "CORRECTION",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "EXCLUSIVE",
        "NOTE",
        "PHOTO",
        "PHOTOS",
        "READ MORE",
        "RELATED",
        "SOURCE",
        "SOURCES",
        "UPDATE",
        "UPDATED",
        "VIDEO",
        "WARNING",
        "WATCH",
    }
)
"""Capitalised labels that head a paragraph but name no speaker."""

# --------------------------------------------------------------------------- dialogue dashes

DIALOGUE_DASHES: frozenset[str] = frozenset({"–", "—", "―"})
"""The dashes that open a line of dialogue (en dash, em dash, horizontal bar). Web text also
types a hyphen-minus for the dash: it counts only followed by a space (``- Warto
podkreślić …``) and, inside the line, only between spaces."""

DIALOGUE_DASH_LANGUAGES: frozenset[str] = frozenset({"fr", "es", "it", "pt", "pl", "ru"})
"""Languages whose dialogue (and news interviews and reportage) marks speech with a dash
opening the paragraph instead of quotation marks: ``– Nie zgadzam się – powiedziała Anna
Nowak.``, ``— Мы не согласны, — сказал министр.``, ``—No estamos de acuerdo —dijo el
ministro—. Es un escándalo.`` German and English use the dash as a parenthesis in prose
(``Die Regierung – so heißt es – plant …``), never for speech: they are not listed."""

DIALOGUE_COMMA_INCISE: frozenset[str] = frozenset({"fr"})
"""Languages whose dialogue sets the narrator's words off by commas rather than a second
dash: ``— Nous ne sommes pas d'accord, a déclaré le ministre.``"""

# --------------------------------------------------------------------------- cue verbs


def _en_forms(lemmas: Iterable[str]) -> set[str]:
    irregular = {
        "say": ("says", "said", "saying"),
        "read": ("reads", "read"),
        "sing": ("sings", "sang", "singing"),
        "tell": ("tells", "told", "telling"),
        "write": ("writes", "wrote", "written", "writing"),
        "deny": ("denies", "denied", "denying"),
        "reply": ("replies", "replied", "replying"),
        "testify": ("testifies", "testified", "testifying"),
        "worry": ("worries", "worried", "worrying"),
        "criticise": ("criticises", "criticised", "criticizes", "criticized"),
        "emphasise": ("emphasises", "emphasised", "emphasizes", "emphasized"),
        "admit": ("admits", "admitted", "admitting"),
        "quip": ("quips", "quipped"),
        "blog": ("blogs", "blogged"),
        "tweet": ("tweets", "tweeted", "tweeting"),
        "post": ("posts", "posted"),
        "ask": ("asks", "asked", "asking"),
    }
    forms: set[str] = set()
    for lemma in lemmas:
        if lemma in irregular:
            forms.update(irregular[lemma])
            continue
        forms.add(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"))
        if lemma.endswith("e"):
            forms.update({lemma + "d", lemma[:-1] + "ing"})
        else:
            forms.update({lemma + "ed", lemma + "ing"})
    return forms


def _word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list (long word lists read better as text)."""
    return frozenset(words.split())


def _fr_forms(lemmas: Iterable[str]) -> set[str]:
    forms: set[str] = set()
    for lemma in lemmas:
        if lemma.endswith("er"):
            stem = lemma[:-2]
            soft = stem + "e" if stem.endswith("g") else stem
            soft_c = stem[:-1] + "ç" if stem.endswith("c") else soft
            forms.update(
                {
                    stem + "e",
                    stem + "ent",
                    stem + "é",
                    stem + "ée",
                    soft_c + "ait",
                    soft_c + "aient",
                    soft_c + "a",
                    stem + "èrent",
                    stem + "era",
                }
            )
        elif lemma.endswith("ir"):
            stem = lemma[:-2]
            forms.update({stem + "it", stem + "issent", stem + "i", stem + "issait"})
    return forms


_FR_IRREGULAR: tuple[str, ...] = (
    "dit dits dite disent disait disaient dira redit",
    "écrit écrite écrivent écrivait écrivit",
    "reconnaît reconnait reconnu reconnue reconnaissent reconnaissait reconnut",
    "admet admis admise admettent admettait admit",
    "répond répondu répondent répondait répondit",
    "poursuit poursuivi poursuivent poursuivait poursuivit",
    "conclut conclu concluent concluait",
    "prévient prévenu préviennent prévenait",
    "soutient soutenu soutiennent soutenait",
    "maintient maintenu",
    "promet promis promettent",
    "explique expliqué",
    "estime estimé estiment estimait",
    "interrogé interrogée",
    "confie confié confiée",
    "relève relevé",
    "réfute réfuté",
    "montre montrent montrant montré",
    "rappelle rappellent",
    "assène asséné",
)

_FR_LEMMAS = [
    "déclarer",
    "affirmer",
    "ajouter",
    "expliquer",
    "indiquer",
    "préciser",
    "souligner",
    "assurer",
    "annoncer",
    "confirmer",
    "rappeler",
    "rétorquer",
    "répliquer",
    "noter",
    "observer",
    "insister",
    "avouer",
    "concéder",
    "raconter",
    "témoigner",
    "dénoncer",
    "déplorer",
    "critiquer",
    "commenter",
    "juger",
    "lancer",
    "marteler",
    "ironiser",
    "tweeter",
    "mentionner",
    "signaler",
    "constater",
    "estimer",
    "prédire",
    "résumer",
    "ajouter",
    "fustiger",
    "argumenter",
    "plaider",
    "certifier",
    "garantir",
    "déplorer",
    "regretter",
    "exposer",
    "détailler",
    "conseiller",
    "glisser",
    "analyser",
]

_EN_LEMMAS = [
    "say",
    "tell",
    "add",
    "state",
    "note",
    "explain",
    "write",
    "report",
    "comment",
    "continue",
    "reply",
    "respond",
    "answer",
    "recall",
    "mention",
    "describe",
    "ask",
    "claim",
    "assert",
    "insist",
    "argue",
    "maintain",
    "contend",
    "stress",
    "emphasise",
    "declare",
    "announce",
    "confirm",
    "acknowledge",
    "admit",
    "concede",
    "reveal",
    "disclose",
    "testify",
    "warn",
    "complain",
    "criticise",
    "accuse",
    "deny",
    "predict",
    "suggest",
    "urge",
    "promise",
    "joke",
    "quip",
    "tweet",
    "post",
    "blog",
    "observe",
    "remark",
    "caution",
    "conclude",
    "estimate",
    "allege",
    "boast",
    "vow",
    "pledge",
    "recount",
    "show",
    "read",
]

_DE_FORMS = (
    "sagte sagten sagt sagen gesagt erklärte erklärten erklärt erklären "
    "entgegnete entgegneten entgegnet werfen begründete begründeten begründet "
    "sprach sprachen spricht bezeichnen nennen widersprach widersprachen "
    "kritisieren warnen betonen mahnte mahnten mahnt appellierte appellierten "
    "versprach versprachen verspricht ergänzt bestritt bestritten bestreitet "
    "zeigte zeigten zeigt beschreibt beschrieb beschrieben schildert "
    "aufforderte aufforderten mitteilte mitteilten hinzufügte hinzufügten bekanntgab "
    "bekanntgaben feststellte feststellten ankündigte ankündigten einräumte einräumten "
    "vorwarf vorwarfen fortfuhr angab angaben klarstellte "
    "betonte betonten betont betonen meinte meinten meint gemeint berichtete berichteten "
    "berichtet berichten schrieb schrieben schreibt geschrieben bestätigte bestätigten "
    "bestätigt kritisierte kritisierten kritisiert behauptete behaupteten behauptet "
    "forderte forderten fordert gefordert äußerte äußerten äußert geäußert "
    "warnte warnten warnt gewarnt ergänzte ergänzten ergänzt fügte fügten fügt "
    "teilte teilten teilt mitgeteilt gab gaben gibt gegeben kündigte kündigten kündigt "
    "stellte stellten stellt nannte nannten nennt genannt bezeichnete bezeichneten "
    "bezeichnet warf warfen wirft verkündete verkündeten verkündet "
    "erläuterte erläuterten erläutert antwortete antworteten antwortet "
    "versicherte versicherten versichert räumte räumten räumt "
    "unterstrich unterstrichen bekräftigte bekräftigten bekräftigt "
    "zitiert zitierte beklagte beklagten beklagt fuhr fährt kommentierte kommentierten "
    "kommentiert schilderte schilderten schildert verwies verwiesen verweist "
    "ging gehen geht hieß heißt erzählte erzählten erzählt verlautete verlautet "
    "angekündigt mitgeteilt bekanntgegeben angegeben eingeräumt festgestellt vorgeworfen "
    "spekulierte spekulierten spekuliert verlangte verlangten verlangt verlangen "
    "vermeldete vermeldeten vermeldet vermelden urteilte urteilten "
    "wies wiesen weist rief riefen ruft gestand gesteht deutete deuteten deutet "
    "argumentierte argumentierten argumentiert"
)

_ES_LEMMAS = [
    "afirmar",
    "asegurar",
    "añadir",
    "agregar",
    "explicar",
    "señalar",
    "indicar",
    "declarar",
    "manifestar",
    "advertir",
    "subrayar",
    "destacar",
    "insistir",
    "apuntar",
    "precisar",
    "comentar",
    "contestar",
    "recordar",
    "anunciar",
    "confirmar",
    "denunciar",
    "criticar",
    "tuitear",
    "prometer",
    "aclarar",
    "agregar",
    "reiterar",
    "lamentar",
    "alertar",
    "opinar",
    "relatar",
    "enfatizar",
    "remarcar",
    "expresar",
    "detallar",
    "resaltar",
    "recalcar",
    "puntualizar",
    "cuestionar",
    "complementar",
    "exigir",
    "concluir",
]

_ES_IRREGULAR = (
    "dijo dijeron dice dicen dicho decía sostuvo sostiene sostenido reconoció reconoce "
    "reconocido admitió admite admitido respondió responde respondido escribió escribe "
    "escrito advirtió advierte advierten advirtieron"
)

_IT_LEMMAS = [
    "affermare",
    "dichiarare",
    "spiegare",
    "sottolineare",
    "precisare",
    "ribadire",
    "osservare",
    "commentare",
    "replicare",
    "annunciare",
    "confermare",
    "avvertire",
    "denunciare",
    "twittare",
    "raccontare",
    "aggiungere",
    "ammettere",
    "riconoscere",
    "rispondere",
    "sostenere",
    "scrivere",
]

_IT_IRREGULAR = (
    "dice dicono detto disse dissero diceva aggiunge aggiunto aggiunse ammette ammesso "
    "ammise riconosce riconosciuto riconobbe risponde risposto rispose sostiene sostenuto "
    "sostenne scrive scritto scrisse ribadisce ribadiscono avverte avvertono conclude "
    "concluso concluse"
)

_PT_LEMMAS = [
    "afirmar",
    "declarar",
    "explicar",
    "sublinhar",
    "salientar",
    "indicar",
    "garantir",
    "assegurar",
    "considerar",
    "lembrar",
    "frisar",
    "destacar",
    "adiantar",
    "avançar",
    "revelar",
    "anunciar",
    "confirmar",
    "acrescentar",
    "alertar",
    "comentar",
    "criticar",
    "denunciar",
    "ressaltar",
    "concluir",
]

_PT_IRREGULAR = (
    "disse disseram diz dizem dito dizia referiu refere referido defendeu defende defendido "
    "admitiu admite admitido reconheceu reconhece reconhecido respondeu responde respondido "
    "escreveu escreve escrito"
)


def _es_forms(lemmas: Iterable[str]) -> set[str]:
    """Third person present and preterite, participle and imperfect. Verbs in *-er* and
    *-ir* conjugate apart (*añadió*, *añade*, *añadieron*); a stem ending in a vowel takes
    *y* (*concluyó*, *concluye*)."""
    forms: set[str] = set()
    for lemma in lemmas:
        stem = lemma[:-2]
        if lemma.endswith("ar"):
            forms.update(
                {stem + "ó", stem + "a", stem + "an", stem + "aron", stem + "ado", stem + "aba"}
            )
        elif stem.endswith("u"):
            forms.update({stem + "yó", stem + "ye", stem + "yen", stem + "yeron", stem + "ido"})
        else:
            forms.update(
                {stem + "ió", stem + "e", stem + "en", stem + "ieron", stem + "ido", stem + "ía"}
            )
    return forms


def _it_forms(lemmas: Iterable[str]) -> set[str]:
    forms: set[str] = set()
    for lemma in lemmas:
        if lemma.endswith("are"):
            stem = lemma[:-3]
            forms.update(
                {stem + "a", stem + "ano", stem + "ato", stem + "ò", stem + "ava", stem + "ata"}
            )
        elif lemma.endswith("ire"):
            # The participle and preterite are regular (avvertito, avvertì); the present
            # may take -isc- (ribadisce): those are listed in _IT_IRREGULAR.
            stem = lemma[:-3]
            forms.update({stem + "ito", stem + "ì", stem + "iva", stem + "ita"})
    return forms


def _pt_forms(lemmas: Iterable[str]) -> set[str]:
    forms: set[str] = set()
    for lemma in lemmas:
        stem = lemma[:-2]
        if lemma.endswith("ar"):
            forms.update({stem + "ou", stem + "a", stem + "am", stem + "aram", stem + "ado"})
        else:  # -er and -ir: garantiu, garante, garantem, garantiram, garantido
            vowel = lemma[-2]
            forms.update(
                {stem + vowel + "u", stem + "e", stem + "em", stem + vowel + "ram", stem + "ido"}
            )
    return forms


_EN_PLURAL_PRESENT = "say tell argue warn insist acknowledge"
"""English lemmas whose bare form is a cue too (``experts say``, ``critics argue``): the
plural present. Only the commonest: each bare form makes more sentences worth reading
(``to say``), and ``report``, ``claim``, ``note`` are nouns as often."""

_EN_NAMING = (
    "call calls called calling characterized characterizes characterised characterises "
    "labeled labelled labels branded brands dubbed dubs hailed hails derided derides "
    "denounced denounces condemned condemns dismissed dismisses blasted blasts"
)
_DE_NAMING = "charakterisierte charakterisierten charakterisiert titulierte tituliert"

NAMING_CUES: Mapping[str, frozenset[str]] = {
    "en": frozenset(_EN_NAMING.split()),
    "de": frozenset(_DE_NAMING.split()),
}
"""Verbs that name or judge someone or something in the speaker's words (``called the plan
a “disaster”``, ``described X as a “disgrace”``, ``charakterisierte das Opfer als ein „…“``):
cues only beside a quote (they are in :data:`RISKY_CUES` too). In English the object and
the marked words are one mixed quote (``the plan a “disaster”``)."""

_NL_FORMS = (
    "zei zeiden zegt zeggen gezegd aldus verklaarde verklaarden verklaart verklaard "
    "vertelde vertelden vertelt verteld benadrukte benadrukten benadrukt stelde stelden stelt "
    "schreef schreven schrijft geschreven antwoordde antwoordden antwoordt reageerde "
    "reageerden reageert waarschuwde waarschuwden waarschuwt meldde meldden meldt gemeld "
    "bevestigde bevestigden bevestigt bevestigd erkende erkenden erkent ontkende ontkenden "
    "ontkent beweerde beweerden beweert concludeerde concludeert onderstreepte "
    "onderstreept betoogde betoogt zegde vroeg vroegen vraagt"
)
"""Dutch cue forms (third person present and past, participles; ``aldus`` closes a quote)."""

_SV_FORMS = (
    "sa sade säger sagt berättar berättade berättat förklarar förklarade förklarat "
    "skriver skrev skrivit konstaterar konstaterade uppger uppgav uppgett menar menade "
    "betonar betonade betonat tillägger tillade svarar svarade varnar varnade hävdar "
    "hävdade meddelar meddelade meddelat understryker underströk framhåller framhöll "
    "påpekar påpekade frågar frågade"
)
"""Swedish cue forms (present, past, supine)."""

_PL_FORMS = (
    "powiedział powiedziała powiedzieli powiedziały mówi mówią mówił mówiła mówili "
    "stwierdził stwierdziła stwierdzili stwierdza dodał dodała dodali dodaje "
    "podkreślił podkreśliła podkreślili podkreśla zaznaczył zaznaczyła zaznacza "
    "oświadczył oświadczyła oświadczyli przekonywał przekonywała przekonuje ocenił oceniła "
    "ocenia wyjaśnił wyjaśniła wyjaśnia napisał napisała pisze poinformował poinformowała "
    "poinformowali zapowiedział zapowiedziała przyznał przyznała przyznaje twierdzi "
    "twierdził twierdziła ostrzegł ostrzegła ostrzega odpowiedział odpowiedziała "
    "zauważył zauważyła zauważa uważa tłumaczył tłumaczyła zapewnił zapewniła zapewnia "
    "zapytał zapytała"
)
"""Polish cue forms (past masculine, feminine and plurals, third person present): the
ending tells the speaker's gender (``powiedział``, ``powiedziała``)."""

_RU_FORMS = (
    "сказал сказала сказали заявил заявила заявили заявляет отметил отметила отметили "
    "отмечает сообщил сообщила сообщили сообщает подчеркнул подчеркнула подчеркнули "
    "подчеркивает подчёркивает добавил добавила добавили пояснил пояснила пояснили "
    "говорит говорят говорил говорила рассказал рассказала рассказали написал написала "
    "написали пишет уточнил уточнила признал признала признался призналась ответил "
    "ответила считает считают заметил заметила указал указала утверждает утверждал "
    "утверждала предупредил предупредила заверил заверила спросил спросила"
)
"""Russian cue forms (past masculine, feminine and plural, third person present)."""

_FR_PRONOMINAL_VOWEL = _fr_forms(
    _word_set(
        "étonner interroger indigner insurger exclamer agacer alarmer amuser emporter énerver "
        "offusquer esclaffer emballer"
    )
) | {"inquiète", "inquiètent", "inquiété", "inquiétée", "inquiétait"}
_FR_PRONOMINAL_CONSONANT = _fr_forms(_word_set("féliciter désoler justifier demander")) | _word_set(
    "réjouit réjouissent réjoui réjouie réjouissait défend défendent défendu défendue "
    "défendait plaint plaignent plaignait"
)
FRENCH_ELIDED_CUES: frozenset[str] = frozenset("s'" + form for form in _FR_PRONOMINAL_VOWEL)
"""French pronominal cue verbs written as one token with their elided reflexive
(``s'étonne``, ``s'interroge``, ``s'inquiète``): cues as they stand."""

FRENCH_REFLEXIVE_ONLY: frozenset[str] = frozenset(
    (_FR_PRONOMINAL_VOWEL | _FR_PRONOMINAL_CONSONANT)
    - _fr_forms(_FR_LEMMAS)
    - set(" ".join(_FR_IRREGULAR).split())
)
"""French verbs that are cues only as pronominal verbs, right after their reflexive (``se
félicite``, ``s'est défendu``, ``se sont étonnés`` is not read: plural participles are
left out): alone they are no speech (``félicite l'équipe``, ``défend un projet``)."""

FRENCH_REFLEXIVES: frozenset[str] = _word_set("se s' s'est s'était s'étaient")
"""What stands right before a verb of :data:`FRENCH_REFLEXIVE_ONLY` (``se sont`` is read
as *sont* after *se*)."""

CUE_FORMS: Mapping[str, frozenset[str]] = {
    "en": frozenset(_en_forms(_EN_LEMMAS))
    | NAMING_CUES["en"]
    | frozenset(_EN_PLURAL_PRESENT.split())
    | frozenset({"quoted", "according"}),  # "was quoted as saying", "according to"
    "fr": frozenset(_fr_forms(_FR_LEMMAS))
    | frozenset(" ".join(_FR_IRREGULAR).split())
    | FRENCH_ELIDED_CUES
    | FRENCH_REFLEXIVE_ONLY,
    "de": frozenset(_DE_FORMS.split()) | NAMING_CUES["de"],
    "es": frozenset(_es_forms(_ES_LEMMAS)) | frozenset(_ES_IRREGULAR.split()),
    "it": frozenset(_it_forms(_IT_LEMMAS)) | frozenset(_IT_IRREGULAR.split()),
    "pt": frozenset(_pt_forms(_PT_LEMMAS)) | frozenset(_PT_IRREGULAR.split()),
    "nl": frozenset(_NL_FORMS.split()),
    "sv": frozenset(_SV_FORMS.split()),
    "pl": frozenset(_PL_FORMS.split()),
    "ru": frozenset(_RU_FORMS.split()),
}
"""Inflected cue-verb forms per language (lower case)."""

_EN_BELIEF = (
    "believe believes believed think thinks thought expect expects expected worry worried "
    "fear feared doubt doubted suspect suspected"
)

_DE_BELIEF = (
    "glaubt glaubte glaubten hofft hoffte hofften befürchtet befürchtete befürchteten "
    "fürchtet fürchtete fürchteten vermutet vermutete vermuteten bezweifelt bezweifelte "
    "bezweifelten"
)

BELIEF_CUES: Mapping[str, frozenset[str]] = {
    "en": frozenset(_EN_BELIEF.split()),
    "de": frozenset(_DE_BELIEF.split()),
}
"""Verbs of belief, expectation and worry: they report what someone thinks (the sets of
attributions annotate it, ``Mr. Obama believes his efforts … will be his legacy``, ``Die Polizei
glaubt, er sei …``), but only with the clause they head, so they are cues only when a clause
follows them (``that``/``dass``, a subject and its verb, or a German comma) and their subject
is named (before them in English; German may invert it: ``glaubt die Polizei``); never beside
a quote, never first person. The English forms in *-s* of *worry*, *fear*, *doubt* and
*suspect* are left out: they are as often plural nouns (``fueling worries that …``, ``amid
fears that …``)."""

RISKY_CUES: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        {
            "continue",
            "read",
            "reads",
            "chant",
            "chants",
            "chanted",
            "chanting",
            "shout",
            "shouts",
            "shouted",
            "shouting",
            "yelled",
            "sings",
            "sang",
            "singing",
            "continues",
            "continued",
            "continuing",
            "post",
            "posts",
            "posted",
            "add",
            "adds",
            "asking",
            "saying",
            "report",
            "reports",
            "ask",
            "answer",
            "note",
            "state",
            "describe",
            "write",
            "comment",
            "show",
            "shows",
            "showed",
            "showing",
            "estimate",
            "estimates",
            "estimated",
            "estimating",
            "hope",
            "hopes",
            "hoped",
            "hoping",
            "fear",
            "fears",
            "feared",
            "posting",
            "joke",
            "joking",
            "testifying",
            "promise",
            "promised",
            "promises",
            "promising",
        }
    )
    | NAMING_CUES["en"],
    "fr": frozenset(
        {
            "lance",
            "lancer",
            "lancé",
            "jugé",
            "juge",
            "note",
            "avance",
            "mettre",
            "met",
            "exposé",
            "relevé",
            "relève",
            "constate",
            "montre",
            "montrent",
            "montrant",
            "montré",
            "interrogé",
            "interrogée",
            # Common in other senses (l'analyse, glisser sur, conseiller un ami): cues only
            # beside a quote.
            "analyse",
            "analysé",
            "glisse",
            "glissé",
            "conseille",
            "conseillé",
        }
    ),
    "de": frozenset(
        {
            "gab",
            "gaben",
            "gibt",
            "gegeben",
            "stellte",
            "stellten",
            "stellt",
            "ging",
            "gehen",
            "geht",
            "fuhr",
            "fährt",
            "warf",
            "warfen",
            "wirft",
            "räumte",
            "räumten",
            "räumt",
            "wies",
            "wiesen",
            "weist",
            "rief",
            "riefen",
            "ruft",
            "gestand",
            "gesteht",
            "deutete",
            "deuteten",
            "deutet",
            "teilte",
            "teilten",
            "teilt",
            "fügte",
            "fügten",
            "fügt",
            "kündigte",
            "kündigten",
            "kündigt",
            "sagen",
            "erklären",
        }
    )
    | NAMING_CUES["de"],
    "es": frozenset({"apunta", "avanza"}),
    "it": frozenset(),
    "pt": frozenset({"considera", "avança", "refere"}),
    "nl": frozenset({"stelde", "stelden", "stelt", "vroeg", "vroegen", "vraagt"}),
    "sv": frozenset({"frågar", "frågade"}),
    "pl": frozenset({"zapytał", "zapytała", "uważa"}),
    "ru": frozenset({"считает", "считают", "спросил", "спросила"}),
}
"""Forms that are cues only beside a quote (not as the head of reported speech without
quotation marks): ``adds``, ``continues``, German separable stems whose particle sits at the
clause end (``teilte … mit``)."""

GERMAN_PARTICLES: Mapping[str, str] = {
    "gab": "an|bekannt|zu",
    "gaben": "an|bekannt|zu",
    "gibt": "an|bekannt|zu",
    "stellte": "fest|klar|dar",
    "stellten": "fest|klar|dar",
    "stellt": "fest|klar|dar",
    "teilte": "mit",
    "teilten": "mit",
    "teilt": "mit",
    "fügte": "hinzu|an",
    "fügten": "hinzu|an",
    "fügt": "hinzu|an",
    "kündigte": "an",
    "kündigten": "an",
    "kündigt": "an",
    "räumte": "ein",
    "räumten": "ein",
    "räumt": "ein",
    "warf": "vor",
    "warfen": "vor",
    "wirft": "vor",
    "fuhr": "fort",
    "fährt": "fort",
    "wies": "hin|zurück",
    "wiesen": "hin|zurück",
    "weist": "hin|zurück",
    "rief": "auf",
    "riefen": "auf",
    "ruft": "auf",
    "gestand": "ein",
    "gesteht": "ein",
    "deutete": "an",
    "deuteten": "an",
    "deutet": "an",
    "ging": "aus",
    "geht": "aus",
}
"""German separable cue verbs and the particle that must close their clause."""

GERMAN_OPTIONAL_PARTICLES: Mapping[str, str] = {
    "forderte": "auf",
    "forderten": "auf",
    "fordert": "auf",
}
"""German cue verbs that are cues alone too (``forderte eine Rücknahme``) and take a particle
at the clause's end before their complement (``forderte er auf, …``)."""


GERMAN_NOT_CONTENT: frozenset[str] = _word_set(
    "da weil als wenn nachdem obwohl während bevor um damit sodass falls ohne statt anstatt "
    "indem seit seitdem bis und oder aber sondern doch denn wobei wo sobald solange "
    "welche welcher welches welchen welchem"
)
"""Words that, first after ``X sagte,``, open no reported clause but an adverbial or
relative one, or a coordinated clause (``sagte, als er …``, ``sagte, und …``)."""

GERMAN_SUBORDINATE_OPENERS: frozenset[str] = _word_set(
    "dass daß ob weil da wenn falls obwohl obgleich nachdem als bevor ehe seit seitdem "
    "sobald solange während indem wobei wonach sodass damit um"
)
"""Words that open a German subordinate clause: a cue verb at the end of such a clause
(``Nachdem er erklärt hatte, …``) does not head the clause after its comma (``wie`` does:
``Wie die Polizei mitteilte, …``)."""

GERMAN_RELATIVES: frozenset[str] = _word_set(
    "der die das dem den denen deren dessen welche welcher welches welchen welchem"
)
"""Relative pronouns, which open a clause after a comma (``…, in der er sie … nannte,``)."""

GERMAN_RISKY_PARTICLES: frozenset[str] = frozenset({"dar"})
"""Particles with which a German separable cue stem is still no speech verb (``stellte …
dar``, *represented*)."""

GERMAN_SUBJUNCTIVE: frozenset[str] = _word_set(
    "sei seien seiest habe könne müsse werde wolle solle dürfe möge gebe wisse bleibe liege "
    "stehe komme gehe nehme halte lasse sehe trage brauche fehle gelte handle"
)
"""Third-person subjunctive I forms (and the plurals ``seien``), which mark reported speech
in German (``Dies sei eindeutig nachzuweisen gewesen.``). Forms that equal the indicative
(``haben``, ``werden``) are left out; so is the subjunctive II (``hätte``, ``würde``), also
the conditional of narration."""

GERMAN_SUBJUNCTIVE_II: frozenset[str] = _word_set("würden hätten wären würde hätte wäre")
"""Subjunctive II forms that stand for the subjunctive I where it equals the indicative
(``Jedes Jahr würden dadurch 600 Autos zerstört.``): reported speech only right after
reported speech, as narration uses them for the conditional."""

GERMAN_NO_CLAUSE_CUES: frozenset[str] = _word_set(
    "nannte nannten nennt nennen genannt bezeichnete bezeichneten bezeichnet bezeichnen heißt hieß "
    "zitiert zitierte"
)
"""German cue verbs that take an object and a predicate (``bezeichnete sie als …``), never a
reported clause after a comma."""

GERMAN_REPORT_CUES: frozenset[str] = _word_set(
    "kündigte kündigten kündigt angekündigt ankündigte ankündigten gab gaben gibt "
    "bekanntgegeben bekanntgab bekanntgaben rief riefen ruft aufforderte aufforderten "
    "forderte forderten fordert verlangte verlangten verlangt wies wiesen weist warf warfen "
    "wirft vorwarf vorwarfen kritisierte kritisierten kritisiert warnte warnten warnt "
    "bestritt bestritten bestreitet versprach versprachen verspricht appellierte "
    "appellierten mahnte mahnten mahnt beklagte beklagten beklagt begründete begründeten "
    "berichtete berichteten berichtet sprach sprachen spricht sagte sagten sagt"
)
"""German cue forms that tell a speech act with its object in a sentence of their own, with
no reported clause (``Clark sagte weitere Hilfe zu.``, ``Sarkozy verlangte die Freilassung
…``, ``Ein Ex-Mitarbeiter sprach von einem Klima der Gewalt.``): the sentence is the report.
Verbs that also take a plain topic (``erläuterte die Klimapolitik``, ``beschrieb …``,
``bestätigte ihre Kompetenzen``) are left out."""

GERMAN_REPORT_NEEDS: Mapping[str, frozenset[str]] = {
    **dict.fromkeys(("sprach", "sprachen", "spricht"), frozenset({"von", "vom", "über"})),
    **dict.fromkeys(("berichtete", "berichteten", "berichtet"), frozenset({"von", "vom", "über"})),
    **dict.fromkeys(("warnte", "warnten", "warnt"), frozenset({"vor", "vorm"})),
    **dict.fromkeys(("begründete", "begründeten"), frozenset({"mit"})),
    **dict.fromkeys(("appellierte", "appellierten"), frozenset({"an"})),
}
"""Forms of :data:`GERMAN_REPORT_CUES` that tell speech only with one of these words in the
sentence (``sprach von``, not ``sprach ein Gebet``; ``warnte vor``)."""

GERMAN_REPORT_PARTICLE: Mapping[str, frozenset[str]] = dict.fromkeys(
    ("sagte", "sagten", "sagt"), frozenset({"zu", "voraus"})
)
"""Forms of :data:`GERMAN_REPORT_CUES` that tell a speech act with an object only as a
separable verb whose particle closes the sentence (``sagte Hilfe zu``, *promised*;
``sagte … voraus``, *predicted*)."""

GERMAN_TIME_HEADS: frozenset[str] = _word_set(
    "woche wochen monat monats jahr jahres tag tags wochenende wochenendes montag dienstag "
    "mittwoch donnerstag freitag samstag sonntag sonnabend morgen abend nacht mittag "
    "vormittag nachmittag zeit januar februar märz april mai juni juli august september "
    "oktober november dezember gestern heute vorgestern zuvor damals kürzlich jüngst zuletzt "
    "inzwischen nun jetzt später"
)
"""Words that end a German phrase of time (``Erst vergangene Woche``, ``Am Dienstagabend``,
``Im Oktober``, ``Bereits gestern``): such a phrase before a verb in second place is an
adverbial, and the speaker follows the verb (``… kündigte der Konzern an``)."""

GERMAN_TIME_ENDINGS: tuple[str, ...] = ("abend", "morgen", "nacht", "mittag")
"""Endings of German compound time nouns (``Dienstagabend``, ``Freitagnacht``)."""

GERMAN_SOURCE_NOUNS: frozenset[str] = _word_set(
    "angaben einschätzung einschätzungen ansicht auffassung meinung aussage aussagen "
    "informationen berichten bericht darstellung schätzungen meldungen meldung studie "
    "erkenntnissen worten mitteilung erklärung untersuchungen zeugenaussagen "
    "polizeiangaben unternehmensangaben behördenangaben regierungsangaben militärangaben "
    "medienangaben krankenhausangaben veranstalterangaben herstellerangaben "
    "presseberichten medienberichten polizeiberichten zeitungsbericht zeitungsberichten "
    "medienbericht pressebericht agenturbericht agenturberichten korrespondentenberichten "
    "agenturmeldungen pressemeldungen medienmeldungen zeitungsmeldungen"
)
"""Nouns after German ``nach`` that attribute what follows (``Nach Angaben der Polizei``,
``Nach Einschätzung von Experten``, ``Nach einer Studie der UNO``, ``Nach Polizeiangaben``);
a noun ending in *angaben* counts too, but only these make a sentence worth reading. The
compounds that name their source (``Medienberichten zufolge``, ``nach einem
Zeitungsbericht``, ``Presseberichten nach``) are listed for the same reason."""

GERMAN_POSTPOSED_SOURCE_ENDINGS: tuple[str, ...] = ("berichten", "angaben", "meldungen")
"""Plural source nouns that take ``nach`` after them with no possessive before them
(``Presseberichten nach soll der Minister …``, ``Polizeiangaben nach``)."""

GERMAN_IMPERSONAL_INSERT: frozenset[str] = _word_set("gesagt berichtet vermutet behauptet")
"""Participles of ``so wird …`` set off inside or after the clause it reports (``Es sei, so
wird gesagt, eine Illusion …``, ``…, so wurde berichtet.``)."""

GERMAN_POSSESSIVE_SOURCES: Mapping[str, str] = {
    "seiner": "er",
    "seinen": "er",
    "ihrer": "sie",
    "ihren": "sie",
}
"""Possessives before a source noun and a postposed ``nach`` (``Seiner Meinung nach``,
``ihren Angaben nach``), with the pronoun whose referent speaks."""

GERMAN_IMPERSONAL_CUES: frozenset[str] = _word_set(
    "befürchtet vermutet angenommen erwartet gesagt berichtet behauptet"
)
"""Participles that, after ``Es wird``/``wurde`` or after a clause and ``wird`` (``Es wird
befürchtet, dass …``, ``…, wird vermutet.``), report speech or thought with no speaker."""

GERMAN_REPORTATIVE: frozenset[str] = _word_set("soll sollen")
"""Forms of *sollen* that tell reported speech (``Der Abzug soll demnach …``)."""

GERMAN_SOURCE_MODIFIERS: frozenset[str] = _word_set(
    "einem einer eines ersten bisherigen übereinstimmenden eigenen offiziellen "
    "inoffiziellen unbestätigten neuesten jüngsten vorläufigen ihren seinen seiner ihrer "
    "dessen deren neuen aktuellen"
)
"""Words allowed between ``nach`` and a noun of :data:`GERMAN_SOURCE_NOUNS`."""

GERMAN_NP_WORDS: frozenset[str] = _word_set(
    "der die das des dem den ein eine einer eines einem einen von vom zur zum im in aus "
    "bei für und sowie mit am an auf seiner seines seinem seinen ihrer ihres ihrem ihren "
    "st. dr. prof."
)
"""Articles, prepositions and possessives inside a German noun phrase (``der Nachrichtenagentur
AFP``, ``von Kristján Loftsson``, ``vom Institut für …``)."""

GERMAN_FINITE: frozenset[str] = _word_set(
    "ist sind war waren sei seien wäre wären hat haben hatte hatten habe hätte hätten "
    "wird werden wurde wurden werde würde würden soll sollen solle sollte sollten kann "
    "können könne könnte könnten muss müssen müsse müsste müssten will wollen wolle "
    "wollte wollten darf dürfen dürfe gibt gab gebe liegt liegen lag lagen kam kamen kommt "
    "kommen geht gehen ging gingen steht stehen stand standen"
)
"""Finite German verbs (auxiliaries, modals, the commonest full verbs): the word that ends a
sentence-initial attribution (``Laut der New York Times hat …``)."""

NON_VERBAL_CUES: Mapping[str, tuple[str, ...]] = {
    "fr": ("selon", "d'après", "d’après", "aux yeux de", "de l'avis de", "à en croire"),
    "en": ("according to", "in the words of", "as quoted by", "per"),
    "de": ("laut", "nach Angaben von", "nach Angaben des", "nach Angaben der", "gemäß"),
    "es": ("según", "de acuerdo con", "en palabras de", "a juicio de"),
    "it": ("secondo", "a detta di", "stando a"),
    "pt": ("segundo", "de acordo com", "conforme"),
    "nl": ("volgens",),
    "sv": ("enligt",),
    "pl": ("według", "zdaniem"),
    "ru": ("согласно", "по словам", "по мнению", "по данным"),
}
"""Prepositions that attribute the clause beside them to the noun phrase after them."""

SELON_WORDS: frozenset[str] = frozenset(
    w.lower() for words in NON_VERBAL_CUES.values() for w in words
)

SELON_REJECT_FIRST: frozenset[str] = frozenset(
    {
        "laquelle",
        "lequel",
        "lesquels",
        "lesquelles",
        "moi",
        "nous",
        "me",
        "us",
        "mir",
        "uns",
        "which",
        "whom",
        "that",
    }
)
"""Words that, first after a non-verbal cue, make what follows no speaker, whatever comes after
them (``selon laquelle …``, ``according to which …``); :data:`SELON_REJECT` holds the words
that do so only alone."""
SELON_REJECT: frozenset[str] = SELON_REJECT_FIRST | frozenset(
    {
        "mí",
        "nosotros",
        "noi",
        "mim",
        "nós",
        "the",
        "a",
        "an",
        "un",
        "une",
        "le",
        "les",
        "la",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "el",
        "il",
        "lo",
        "o",
        "os",
        "as",
        "to",
        "que",
        "ce",
        "cette",
        "ces",
    }
)
"""Words after ``selon``/``according to`` that make it no attribution when they are all that
follows (``selon moi``): those of :data:`SELON_REJECT_FIRST`, pronouns and articles. Articles
are handled by the noun-phrase reader, not rejected, when a name follows them; see
:mod:`newsmodel.quotes`."""

COMPLEMENTIZERS: Mapping[str, frozenset[str]] = {
    "fr": frozenset({"que", "qu'", "qu’"}),
    "en": frozenset({"that"}),
    "de": frozenset({"dass", "daß", "ob"}),
    "es": frozenset({"que"}),
    "it": frozenset({"che"}),
    "pt": frozenset({"que"}),
    "nl": frozenset({"dat", "of"}),
    "sv": frozenset({"att", "om"}),
    "pl": frozenset({"że", "iż", "czy"}),
    "ru": frozenset({"что", "чтобы", "ли"}),
}
"""Words that open a reported clause after a cue verb."""

AUXILIARIES: Mapping[str, frozenset[str]] = {
    "fr": frozenset(
        {
            "a",
            "ont",
            "avait",
            "avaient",
            "aura",
            "eût",
            "est",
            "sont",
            "s'est",
            "se",
            "s'",
            "lui",
            "leur",
            "aussi",
            "également",
            "encore",
            "ainsi",
            "alors",
            "d'ailleurs",
            "notamment",
            "déjà",
            "enfin",
            "ensuite",
            "n'a",
            "pas",
            "ne",
            "y",
        }
    ),
    "en": frozenset(
        {
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "are",
            "also",
            "then",
            "later",
            "once",
            "further",
            "again",
            "previously",
            "recently",
            "will",
            "would",
            "repeatedly",
            "publicly",
            "told",
            "quoted",
            "as",
            "been",
            "be",
            "did",
            "does",
            "do",
            "not",
            "never",
        }
    ),
    "de": frozenset(
        {
            "hat",
            "haben",
            "hatte",
            "hatten",
            "habe",
            "auch",
            "zudem",
            "außerdem",
            "bereits",
            "noch",
            "dann",
            "später",
            "weiter",
            "ferner",
            "jedoch",
            "aber",
            "wird",
            "wurde",
            "werden",
            "wurden",
            "ist",
            "sind",
            "war",
        }
    ),
    "es": frozenset(
        {"ha", "han", "había", "habían", "también", "además", "luego", "ya", "se", "le", "les"}
    ),
    "it": frozenset(
        {
            "ha",
            "hanno",
            "aveva",
            "avevano",
            "anche",
            "poi",
            "inoltre",
            "già",
            "è",
            "sono",
            "gli",
            "le",
            "ci",
            "si",
        }
    ),
    "pt": frozenset(
        {"tem", "têm", "tinha", "também", "ainda", "já", "depois", "foi", "se", "lhe", "lhes"}
    ),
    "nl": _word_set("heeft hebben had hadden is was ook nog al eerder later toen dan daarna"),
    "sv": _word_set("har hade är var också även tidigare senare sedan då"),
    "pl": _word_set("też także również już jednak wcześniej później potem"),
    "ru": _word_set("также тоже уже ранее затем позже потом"),
}
"""Auxiliaries and adverbs that may stand between a speaker and the cue verb."""

AFTER_SPEAKER_STOP: Mapping[str, frozenset[str]] = {
    "nl": _word_set(
        "is zijn was waren heeft hebben had hadden wordt worden werd werden zal zullen kan "
        "moet gaat op in tijdens na voor bij om gisteren vandaag eerder maandag dinsdag woensdag "
        "donderdag vrijdag zaterdag zondag maandagavond dinsdagavond woensdagavond "
        "donderdagavond vrijdagavond zaterdagavond zondagavond"
    ),
    "sv": _word_set(
        "är var har hade blir blev kommer ska kan måste på i under efter före vid till igår "
        "idag i dag tidigare måndag tisdag onsdag "
        "torsdag fredag lördag söndag"
    ),
    "pl": _word_set(
        "jest są był była było byli będzie ma mają może w we na podczas po przed wczoraj dziś "
        "dzisiaj wcześniej poniedziałek wtorek środę "
        "czwartek piątek sobotę niedzielę"
    ),
    "ru": _word_set(
        "в во на после перед вчера сегодня ранее понедельник вторник среду четверг пятницу "
        "субботу воскресенье журналистам агентству"
    ),
}
"""Words that end a speaker read forwards after an inverted cue or ``volgens``/``enligt``
(``zei Hugo de Jonge dinsdag``, ``powiedział Jan Kowalski we wtorek``): finite verbs,
prepositions and words of time, beside the shared
English, French and German stops of :mod:`newsmodel.quotes`."""

INVERSION_PREPOSITIONS: Mapping[str, frozenset[str]] = {
    "fr": _word_set("à au aux dans devant lors en sur"),
    "es": _word_set("a al en ante desde durante tras con"),
    "it": _word_set("a ai al alla alle agli all' in nel nella nei davanti durante con"),
    "pt": _word_set("a à ao aos às em no na nos nas perante durante com"),
    "pl": _word_set("w we na podczas przed po dla"),
}
"""Prepositions that open a phrase between an inverted cue verb and its speaker (``dijo a
los periodistas el ministro …``, ``mówił w Sejmie premier …``); an article or name right
after one belongs to the phrase."""

INVERSION_ADJUNCTS: Mapping[str, frozenset[str]] = {
    lang: words | INVERSION_PREPOSITIONS[lang]
    for lang, words in {
        "fr": _word_set(
            "hier aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche jeudi"
        ),
        "es": _word_set("ayer hoy lunes martes miércoles jueves viernes sábado domingo"),
        "it": _word_set("ieri oggi lunedì martedì mercoledì giovedì venerdì sabato domenica"),
        "pt": _word_set(
            "ontem hoje segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
            "sábado domingo"
        ),
        "pl": _word_set("wczoraj dziś dzisiaj dziennikarzom mediom reporterom posłom"),
    }.items()
}
"""Words that open a phrase between an inverted cue verb and its speaker: the prepositions
above, words of time and audiences in the dative (``ha detto ieri a Roma il ministro …``,
``powiedział dziennikarzom Alessandri``). The speaker starts at the article (or, in a
language without articles, the role noun or name) that follows a word of the phrase."""

INVERSION_ARTICLES: Mapping[str, frozenset[str]] = {
    "fr": _word_set("le la les l' l’"),
    "es": _word_set("el la los las"),
    "it": _word_set("il lo la l' l’ i gli le"),
    "pt": _word_set("o a os as"),
}
"""Definite articles that open an inverted cue's speaker after a phrase (``dijo ayer el
ministro …``); Polish has none (the role noun or the name opens the speaker)."""

ADVERBIAL_OPENERS: Mapping[str, frozenset[str]] = {
    lang: words | INVERSION_PREPOSITIONS[lang] - INVERSION_ARTICLES[lang]
    for lang, words in {
        "fr": _word_set("ainsi puis ensuite enfin aussi alors par pour selon"),
        "es": _word_set(
            "así además asimismo luego después entonces finalmente también por para sobre"
        ),
        "it": _word_set("così inoltre poi quindi infine anche allora dopo per su sul sulla"),
        "pt": _word_set("assim além depois então finalmente também ainda por para sobre"),
    }.items()
}
"""Words that open an adverbial, never a subject, before a cue verb whose subject is dropped
(``Al respecto, señaló: «…»``, ``Y en ese sentido, agregó``, ``Así, añadió``): a phrase that
opens with one (after a conjunction) is no speaker."""

INVERTED_ADVERBIALS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    lang: tuple(tuple(phrase.split()) for phrase in phrases.split(","))
    for lang, phrases in {
        "fr": "pour sa part, pour leur part, de son côté, de leur côté, quant à lui, quant à elle,"
        "ainsi, aussi, alors, encore, enfin, également, notamment, toutefois, cependant,"
        "néanmoins, pourtant, donc, ensuite, plutôt",
        "es": "por su parte, por otro lado, por otra parte, a su vez, en cambio, sin embargo,"
        "también, además, luego, entonces, finalmente, asimismo, después, incluso",
        "it": "dal canto suo, da parte sua, per parte sua, a sua volta, invece, poi, anche,"
        "inoltre, infine, ancora, quindi, però, tuttavia, pure, allora",
        "pt": "por sua vez, por seu lado, por sua parte, por outro lado, no entanto, também,"
        "ainda, depois, então, finalmente, contudo, porém, além disso",
    }.items()
}
"""Adverbials between an inverted cue verb and its subject (``indique pour sa part le
général …``, ``lamenta, por su parte, Iris …``, ``ha detto invece il ministro …``): the
subject after them is the speaker (between commas too)."""

INVERSION_ADJUNCT_STOPS: frozenset[str] = _word_set(
    "que qu' qu’ che że iż y e et i ma mais pero mas oraz lecz ale quando cuando quand "
    "quem qui quien chi dont cui który która które którzy si se"
)
"""Words an inverted cue's phrase before the speaker never holds: complementizers,
conjunctions and relatives (``dijo ayer que el ministro …``: a clause, no speaker)."""

FRENCH_INCISE_NARRATION: frozenset[str] = _word_set(
    "qui que qu dont où lequel laquelle en avant après sans tout puis et lors lorsque quand "
    "avec pendant devant face selon visiblement interrogé interrogée"
)
"""Words that go on with the narrator's words after a French incise's second comma (``—
Non, dit-il, en souriant.``, ``…, a répondu le ministre, qui quittait la salle.``): the
speech does not resume there."""

LOWER_CASE_TITLES: frozenset[str] = frozenset({"nl", "sv", "pl", "ru"})
"""Languages that print a role before a name in lower case (``zei minister Hugo de Jonge``,
``сказал министр Сергей Лавров``): a speaker read after a cue may open with lower-case
words when a capitalised name follows them. (French, Spanish, Italian and Portuguese do too
but are left as they were measured.)"""

NEGATIONS: frozenset[str] = frozenset(
    {
        "not",
        "never",
        "n't",
        "didn't",
        "doesn't",
        "don't",
        "pas",
        "jamais",
        "nicht",
        "nie",
        "no",
        "non",
        "não",
        "nunca",
        "mai",
        "kein",
        "keine",
        "niet",
        "nooit",
        "inte",
        "aldrig",
        "не",
    }
)
"""A cue preceded by one of these within two words is negated (``did not say``)."""

# --------------------------------------------------------------------------- speakers

PRONOUNS: Mapping[str, tuple[str, str]] = {
    # pronoun: (gender, number) — gender "m", "f" or "" (any), number "s" or "p"
    "he": ("m", "s"),
    "she": ("f", "s"),
    "they": ("", "p"),
    "it": ("", "o"),
    "il": ("m", "s"),
    "elle": ("f", "s"),
    "ils": ("m", "p"),
    "elles": ("f", "p"),
    "on": ("", "p"),
    "er": ("m", "s"),
    "sie": ("", "s"),
    "él": ("m", "s"),
    "ella": ("f", "s"),
    "ellos": ("m", "p"),
    "ellas": ("f", "p"),
    "lui": ("m", "s"),
    "lei": ("f", "s"),
    "loro": ("", "p"),
    "ele": ("m", "s"),
    "ela": ("f", "s"),
    "eles": ("m", "p"),
    "elas": ("f", "p"),
    "hij": ("m", "s"),
    "zij": ("", "s"),
    "ze": ("", "s"),
    "han": ("m", "s"),
    "hon": ("f", "s"),
    "ona": ("f", "s"),
    "oni": ("m", "p"),
    "он": ("m", "s"),
    "она": ("f", "s"),
    "они": ("", "p"),
}
"""Third-person subject pronouns that can stand for a named speaker, with gender and number
(``o`` marks ``it``, which stands for an organisation)."""

FIRST_PERSON: frozenset[str] = frozenset(
    {
        "i",
        "we",
        "je",
        "j'",
        "nous",
        "moi",
        "ich",
        "wir",
        "yo",
        "nosotros",
        "io",
        "noi",
        "eu",
        "nós",
        "you",
        "vous",
        "tu",
        "du",
        "ihr",
        "man",
        "one",
        "ik",
        "wij",
        "jij",
        "jag",
        "vi",
        "ja",
        "my",
        "ty",
        "я",
        "мы",
        "ты",
        "вы",
    }
)
"""Speakers that are not a third party: the quote is not attributed to them."""

SPEAKER_STOP: frozenset[str] = frozenset(
    {
        "that",
        "que",
        "qu'",
        "qu’",
        "dass",
        "che",
        "but",
        "mais",
        "aber",
        "pero",
        "ma",
        "mas",
        "while",
        "though",
        "although",
        "whereas",
        "obwohl",
        "tandis",
        "als",
        "wie",
        "comme",
        "as",
        "when",
        "quand",
        "lorsque",
        "wenn",
        "if",
        "si",
        "ob",
        "who",
        "qui",
        "der",
        "which",
        "because",
        "car",
        "denn",
        "weil",
        "parce",
        "dont",
        "où",
        "where",
        "wo",
        "hier",
        "here",
        "there",
        "this",
        "ce",
        "cela",
        "ça",
        "dies",
        "das",
        "es",
        "what",
        "after",
        "après",
        "before",
        "avant",
        "nachdem",
        "since",
        "depuis",
        "so",
        "also",
        "aussi",
        "then",
        "alors",
        "ensuite",
        "puis",
        "dann",
        "thus",
        "donc",
    }
)
"""Words that end a speaker noun phrase read backwards from a cue."""

# --------------------------------------------------------------------------- titles, not quotes

TITLE_CONTEXT_WORDS: frozenset[str] = frozenset(
    {
        "film",
        "movie",
        "album",
        "book",
        "song",
        "show",
        "series",
        "novel",
        "play",
        "titled",
        "entitled",
        "called",
        "named",
        "dubbed",
        "nicknamed",
        "livre",
        "chanson",
        "roman",
        "série",
        "émission",
        "intitulé",
        "intitulée",
        "nommé",
        "nommée",
        "baptisé",
        "baptisée",
        "appelé",
        "appelée",
        "surnommé",
        "surnommée",
        "modèle",
        "projet",
        "opération",
        "programme",
        "magazine",
        "journal",
        "zeitung",
        "buch",
        "lied",
        "titel",
        "namens",
        "genannt",
        "sogenannte",
        "sogenannten",
        "libro",
        "canción",
        "película",
        "titulado",
        "llamado",
        "denominado",
        "canzone",
        "intitolato",
        "chiamato",
        "canção",
        "chamado",
        "intitulado",
        "operation",
        "project",
        "program",
        "campaign",
        "campagne",
        "model",
        "app",
        "website",
        "site",
        "newspaper",
        "hashtag",
        "slogan",
        "motto",
    }
)
"""Words just before marks that make the marked words a name or title, not speech."""

# --------------------------------------------------------------------------- media (sources)

MEDIA: tuple[tuple[str, str], ...] = (
    # (regular expression, SourceKind value); a named group "pub" holds the publisher.
    (
        r"(?i:dans|lors d['’])\s*(?i:un|une|le|la|l['’]|sa|son|leur)\s*(?i:rapport d['’])?"
        r"(?i:interview|entretien|entrevue)(?:\s+(?:accordée?|publiée?|diffusée?)\s+(?:par|à|au|"
        r"aux)\s+(?P<pub>[^,.;:]{2,60}?))?(?=[,.;:]|\s+(?:le|la|les|du|en|ce|cette)\b|$)",
        "interview",
    ),
    (r"(?i:au cours|lors)\s+de\s+l['’](?i:interview|entretien)", "interview"),
    (
        r"(?i:in|during)\s+(?:an|the|a)\s+(?:television\s+|TV\s+|radio\s+|phone\s+)?interview"
        r"(?:\s+with\s+(?P<pub>[A-Z][\w.&' -]{1,50}?))?(?=[,.;:]|\s+(?:on|in|at|last|this)\b|$)",
        "interview",
    ),
    (
        r"(?i:im|in einem)\s+(?:Interview|Gespräch)\s+mit\s+(?:dem|der|den)?\s*(?!Titel\b)"
        r"(?P<pub>[A-ZÄÖÜ][\w.„“-]*(?:\s+[A-ZÄÖÜ][\w.„“-]*){0,3})",
        "interview",
    ),
    (
        r"(?i:en)\s+(?:una\s+)?entrevista\s+(?:con|a)\s+(?:el|la|los)?\s*"
        r"(?P<pub>[A-ZÁÉÍÓÚ][\w.-]*(?:\s+[A-ZÁÉÍÓÚ][\w.-]*){0,3})",
        "interview",
    ),
    (
        r"(?i:in)\s+un['’]intervista\s+(?:a|al|alla|con)\s+"
        r"(?P<pub>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})",
        "interview",
    ),
    (
        r"(?i:em)\s+entrevista\s+(?:ao|à|a)\s+(?P<pub>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})",
        "interview",
    ),
    (
        r"\b(?:in|dans)\s+(?:a|an|the|un|une|le|la|sa|son|his|her|their)\s*"
        r"(?:written\s+|joint\s+)?"
        r"(?:statement|communiqué|déclaration|press release)"
        r"(?:\s+(?:to|à|au)\s+(?P<pub>[A-Z][\w.&' -]{1,40}?))?(?=[,.;:]|\s|$)",
        "statement",
    ),
    (
        r"\b(?:in|dans)\s+(?:a|an|the|un|une|le|la|sa|son|his|her|their|ses)\s*"
        r"(?:(?:open|ouverte)\s+)?(?:letter|lettre)(?:\s+ouverte)?",
        "letter",
    ),
    (
        r"\b(?:in|dans)\s+(?:a|an|the|un|une|le|la|sa|son|his|her|their)\s*"
        r"(?:report|rapport|study|étude)\b",
        "report",
    ),
    (
        r"\b(?:on|sur)\s+(?:Twitter|X|Facebook|Instagram|LinkedIn|Truth Social|Threads|TikTok|"
        r"son compte|his account|her account)",
        "social_media",
    ),
    (
        r"(?:told|said to)\s+(?P<pub>(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})",
        "newspaper",
    ),
    (
        r"\b(?:at|during|lors d['’]une?|à l['’]issue d['’]une?)\s+(?:a|the)?\s*"
        r"(?:press conference|news conference|briefing|conférence de presse)",
        "press_conference",
    ),
    (
        r"(?:gegenüber|sagte|sagten)\s+(?:dem|der|den)\s+(?P<pub>(?:„[^“]{2,40}“|"
        r"[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}))",
        "newspaper",
    ),
    (
        r"(?i:en declaraciones a|dijo a)\s+(?:la|el)?\s*(?P<pub>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)"
        r"{0,3})",
        "newspaper",
    ),
    (
        r"(?:a déclaré|a dit|a confié|a indiqué|a expliqué|a affirmé)\s+(?:à|au|aux)\s+"
        r"(?P<pub>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})",
        "newspaper",
    ),
    (
        r"(?i:interrogée?|cité|citée|joint|jointe)\s+par\s+(?P<pub>[A-Z][\w.&'-]*"
        r"(?:\s+[A-Z][\w.&'-]*){0,3})",
        "newspaper",
    ),
)
"""How the text names the medium a quote came through (``dans un rapport d'interview publié
par Bloomberg``, ``in a statement``, ``told Reuters``, ``dans sa lettre ouverte``)."""

MEDIA_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (
        re.compile(
            pattern,
            re.IGNORECASE
            if kind in {"letter", "report", "press_conference", "statement", "social_media"}
            else 0,
        ),
        kind,
    )
    for pattern, kind in MEDIA
)
"""The :data:`MEDIA` expressions, compiled."""

MEDIA_HINTS: tuple[tuple[str, ...], ...] = (
    ("interview", "entretien", "entrevue"),
    ("interview", "entretien"),
    ("interview",),
    ("interview", "gespräch"),
    ("entrevista",),
    ("intervista",),
    ("entrevista",),
    ("statement", "communiqué", "déclaration", "press release"),
    ("letter", "lettre"),
    ("report", "rapport", "study", "étude"),
    (
        "twitter",
        " x",
        "facebook",
        "instagram",
        "linkedin",
        "truth social",
        "threads",
        "tiktok",
        "compte",
        "account",
    ),
    ("told", "said to"),
    ("conference", "conférence", "briefing"),
    ("gegenüber", "sagte"),
    ("declaraciones", "dijo a"),
    ("a déclaré", "a dit", "a confié", "a indiqué", "a expliqué", "a affirmé"),
    ("interrog", "cité", "joint"),
)
"""Lower-case words one of which must be in a paragraph for the matching :data:`MEDIA`
expression to be tried (a cheap filter)."""

STUDY_HINTS: tuple[str, ...] = (
    "publié",
    "published",
    "released",
    "veröffentlichte",
    "publicó",
    "pubblicato",
    "publicou",
)

STUDY_PATTERN: re.Pattern[str] = re.compile(
    r"\b(?:a publié|ont publié|published|released|veröffentlichte|publicó|ha pubblicato|"
    r"publicou)\s+(?:des|un|une|a|an|its|ses|son|sa|einen?|eine|un|una|um|uma)?\s*"
    r"(?P<what>(?:résultats? de recherche|rapport|étude|study|report|findings|research|"
    r"survey|sondage|enquête|Studie|Bericht|informe|estudio|rapporto|studio|relatório|"
    r"estudo)\w*)",
    re.IGNORECASE,
)
"""An organisation publishing a study or report that the quote comes from."""
