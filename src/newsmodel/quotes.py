"""Quotes, speakers and cited sources, found by rules in many languages.

:func:`extract_quotes` reads body text (paragraphs separated by blank lines, or a sequence of
paragraphs) and returns :class:`~newsmodel.models.Quote` values: the words as printed, the kind
(direct, partial, indirect), the offsets, the marks, the cue, the speaker as written and the
resolved :class:`~newsmodel.models.Person` or :class:`~newsmodel.models.Organization`, and the
medium (:class:`~newsmodel.models.Source`). :func:`attach_quotes` fills an article's
``quotes``, ``people``, ``organizations`` and ``sources`` from its body.

How it reads a paragraph:

1. pair the quotation marks with a stack that knows the language (``“`` opens in English and
   closes in German) and the neighbours of each mark; a quote never closed runs to the end of
   the paragraph (``unclosed``); stray closing marks are ignored;
2. drop marked names and titles (``« Llama 3.1 »``, a film title): short, capitalised, or after
   a word such as *film*, *album*, *intitulé*;
3. split sentences outside quotes and find the cues of each sentence: speech verbs from the
   lexicons of :mod:`newsmodel._quote_rules` with their speaker before or after (inversion,
   ``a-t-il déclaré``, ``so der Minister``), and ``selon``/``according to``/``laut``…;
4. attribute each quote: the cue beside it, then a cue earlier in the sentence (partial quotes
   in reported speech), then one at the end of the sentence, then the speaker of the quote
   before it (a quote that runs on with no new cue);
5. read reported speech without marks (``X a déclaré que …``, ``selon X, …``) as indirect
   quotes;
6. resolve speakers to entities (:mod:`newsmodel._entities`): names merge (``Zuckerberg`` with
   ``Mark Zuckerberg``), acronyms with names, pronouns go to the nearest named person of the
   same gender.

Offsets: ``Quote.block``, ``start`` and ``end`` index ``Article.body[block].text`` (for
:func:`extract_quotes`, the paragraphs given) so that ``text[start:end] == quote.text`` for a
quote inside one block. A quote that runs on into the next paragraphs (multi-paragraph quotes
that reopen the mark at each paragraph) has ``end_block`` set, ``end`` is an offset in that
block's text, and ``text`` joins the pieces with a blank line.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any, TypeVar

from newsmodel import _quote_rules as rules
from newsmodel._bylines import is_place, match_agency
from newsmodel._dateline import lead_index
from newsmodel._dates import WEEKDAY_NAMES
from newsmodel._entities import (
    CAPITALIZED_RUN,
    GIVEN_NAMES_FEMININE,
    GIVEN_NAMES_MASCULINE,
    INNER_PARTICLES,
    KNOWN_ORGANIZATIONS,
    NAME_WITH_ACRONYM,
    STRONG_PARTICLES,
    TITLES,
    EntityBook,
    OrgRecord,
    PersonRecord,
    body_after_noun,
    is_acronym,
    is_role_word,
    kind_word,
    looks_like_name,
    maker_of,
    org_kind,
    people_in_run,
    plain_role,
    role_affiliation,
    split_role,
)
from newsmodel._entities import (
    _fold as fold_accents,
)
from newsmodel.errors import Diagnostic, Severity
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Gender,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
)

__all__ = ["attach_quotes", "extract_quotes"]

Record = PersonRecord | OrgRecord

MAX_TEXT_CHARS = 20_000_000
"""Texts longer than this are read only up to this length (a guard against hostile input)."""

MAX_BLOCK_CHARS = 200_000
"""A paragraph longer than this is not searched for quotes (no news paragraph is that long)."""

_PARAGRAPH_SPLIT = re.compile(r"\r?\n[ \t\r]*\n+")
"""Blank lines between paragraphs (``\n\n`` or ``\r\n\r\n``)."""


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (the longest one at a position), its
    alternatives factored by shared prefixes: ``re`` tries a plain alternation's branches one
    by one at every position, which on long word lists costs more than the rest of a scan."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(trie)


_ABBREVIATIONS = [
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Cmdr",
    "Adm",
    "Maj",
    "St",
    "Jr",
    "Sr",
    "Rev",
    "Hon",
    "Pres",
    "Supt",
    "Insp",
    "Mt",
    "Ft",
    "No",
    "Nr",
    "Abs",
    "Art",
    "Bd",
    "Nos",
    "M",
    "Mme",
    "Mlle",
    "Sra",
    "Sr",
    "Sig",
    "Hr",
    "Fr",
    "Hrn",
    "Dipl",
    "Ing",
    "vs",
    "etc",
    "Inc",
    "Corp",
    "Ltd",
    "Co",
    "Bros",
    "ca",
    "bzw",
    "usw",
    "ggf",
    "evtl",
]
_TOKEN = re.compile(
    # Guarded by a look-ahead that fails at once on most words: every abbreviation and
    # initial is a few ASCII letters and a period.
    rf"(?=[A-Za-z]{{1,{max(map(len, _ABBREVIATIONS))}}}\.)"
    r"(?:(?:" + _trie_pattern(_ABBREVIATIONS) + r")\.(?=\s)|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z]))"
    r"|[^\W_]++(?:[_'’&.-]++[^\W_]++)*+|[^\w\s]"
)
"""Words (with the period of an abbreviation or initial: ``Mr.``, ``U.S.``, ``B.``) and
single punctuation marks."""
_SIMPLE_TOKEN = re.compile(r"[^\W_]++(?:[_'’&.-]++[^\W_]++)*+|[^\w\s]")
r""":data:`_TOKEN` without abbreviations: several times faster, used where none occurs. A word
is letters and digits, joined by runs of ``_'’&.-`` (each run followed by more of them), read
possessively: the same tokens as ``[^\W_](?:[\w'’&.-]*[^\W_])?`` without its backtracking."""
_GAP = r"((?<![\s_])[\s_]*+)"
"""What lies between tokens (spaces, a stray ``_``), read from its first character only, so
that a run of it left at the end is read once, not once per character."""
_GAP_TOKEN = re.compile(f"{_GAP}({_TOKEN.pattern})")
_GAP_SIMPLE_TOKEN = re.compile(f"{_GAP}({_SIMPLE_TOKEN.pattern})")
""":data:`_TOKEN` and :data:`_SIMPLE_TOKEN`, each token with the gap before it (``findall``
gives their lengths, hence the offsets, without building match objects)."""
_ABBREVIATION_DOT = re.compile(
    r"\.(?:(?=\s)(?:"
    + "|".join(rf"(?<=\b{re.escape(w)}\.)" for w in sorted(set(_ABBREVIATIONS)))
    + r"|(?<=\b[A-Z]\.)(?=\s+[A-Z]))|(?<=[A-Z]\.)(?=[A-Z]\.))"
)
"""Where :data:`_TOKEN` would read an abbreviation or initials (``Mr.``, ``U.S.``, ``B.``):
written from the period, which ``re`` finds fast, looking back for the word (an alternation
of words tried at every position costs ten times more)."""
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:" + _trie_pattern(_ABBREVIATIONS) + r")|\b[A-Z]|(?:[A-Z]\.)+[A-Z])\.$"
)
_SENTENCE_END = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*+(?:[ \u00a0\u202f]?[\"'»”“’)\]])*\s+"
    r"(?=[\"'«“„‚‘”»(\[¿¡A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁ0-9])"
)
"""A sentence end: the next sentence opens with a mark (Swedish ``”`` and ``»`` open too), a
capital (Polish and Cyrillic ones included) or a digit. The run of end marks is read whole and
from its first mark only (a match can only end after the whole run): tried from each of its
marks, a long run (``.....``) cost time quadratic in its length. The first mark is matched
before the look-behind that tells it is first, so ``re`` still skips to the next mark at C
speed (a pattern that opens with a look-behind is tried at every character: 3.7x slower)."""
_ORDINAL_DOT = re.compile(r"(?<![\w.,])\d{1,3}$")
"""A number of one to three digits just before a period (a German ordinal: ``12.``), not
the end of a longer number (``2.000``, ``1,5``)."""
_FR_INVERSION = re.compile(
    r"^(?P<aux>a|ont|avait|avaient|aurait|auraient)-t?-?(?P<pro>il|elle|ils|elles|on)$"
    r"|^(?P<verb>[^\W\d_]+)-t?-?(?P<pro2>il|elle|ils|elles|on)$",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_CONNECTORS = frozenset(
    {
        "mais",
        "but",
        "and",
        "et",
        "und",
        "aber",
        "y",
        "pero",
        "e",
        "ma",
        "mas",
        "puis",
        "then",
        "dann",
        "or",
        "ou",
        "oder",
        "o",
        "yet",
        "while",
        "tandis",
        "que",
        "that",
        "so",
    }
)
_NAME_PARTICLES = frozenset({"de", "van", "der", "den", "ter", "von", "af", "av"})
"""Lower-case words inside a name (``Hugo de Jonge``, ``Pieter van der Berg``)."""
_INNER_PARTICLES = frozenset(INNER_PARTICLES)
"""Lower-case particles inside a person's name between given name and surname (``Maria da
Silva``, ``Frans van der Berg``, ``Karl-Theodor zu Guttenberg``)."""
_RELATIVE_TOKENS = 25
"""How many words a relative clause after a source may hold (see
:func:`_after_german_relative`)."""
_IN_DOCUMENT_TOKENS = 14
"""How many words ``In … heißt es`` may hold before the verb."""
_ADJUNCT_TOKENS = 8
"""How many words a phrase between an inverted cue and its speaker may hold (see
:meth:`_Reader._after_adjunct`)."""
_AFTER_STOP = frozenset(
    {
        "in",
        "on",
        "at",
        "to",
        "during",
        "after",
        "before",
        "yesterday",
        "today",
        "last",
        "this",
        "when",
        "while",
        "as",
        "à",
        "au",
        "aux",
        "dans",
        "lors",
        "en",
        "hier",
        "aujourd'hui",
        "mardi",
        "lundi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "gegenüber",
        "am",
        "im",
        "bei",
        "zu",
        "zum",
        "zur",
        "vor",
        "nach",
        "auf",
        "heute",
        "gestern",
        "ayer",
        "hoy",
        "ieri",
        "oggi",
        "ontem",
        "hoje",
        "with",
        "avec",
        "mit",
        "con",
        "com",
        "about",
        "sur",
        "über",
        "sobre",
        "su",
        "that",
        "que",
        "dass",
        "che",
        "who",
        "qui",
        "der",
        "die",
        "das",
        "which",
        "and",
        "et",
        "und",
        "y",
        "e",
        "but",
        "mais",
        "aber",
        "pero",
        "ma",
        "mas",
        "for",
        "pour",
        "für",
        "por",
        "per",
        "par",
        "from",
        "depuis",
        "seit",
        "desde",
        "da",
        "laut",
        "gemäß",
        "wörtlich",
        "ausdrücklich",
        "unter",
        "demnach",
        "daher",
        "jedoch",
        "told",
        "adding",
        "ajoutant",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "late",
        "earlier",
        "later",
        "recently",
        "also",
        "auch",
        "aussi",
        "también",
        "anche",
        "também",
        "dem",
        "den",
    }
)
"""Words that end a speaker read forwards after an inverted cue (``said Smith on Monday``);
articles are allowed as the first word."""
_FIRST_ARTICLES = frozenset(
    {
        "the",
        "a",
        "an",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einen",
        "einem",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "i",
        "o",
        "os",
        "as",
        "um",
        "uma",
        "another",
        "one",
        "its",
        "his",
        "her",
        "their",
        "sa",
        "son",
        "ses",
        "leur",
        "sein",
        "seine",
        "ihr",
        "ihre",
        "su",
        "sus",
    }
)
_GERMAN_SO = frozenset({"so", "zufolge"})
_INTRODUCTORY = frozenset(
    {
        # English
        "during",
        "in",
        "at",
        "on",
        "after",
        "before",
        "since",
        "while",
        "when",
        "with",
        "for",
        "as",
        "despite",
        "amid",
        "following",
        "earlier",
        "later",
        "last",
        "yesterday",
        "today",
        "speaking",
        "asked",
        "meanwhile",
        "however",
        "still",
        "yet",
        "instead",
        # French, German, Spanish, Italian, Portuguese
        "lors",
        "pendant",
        "après",
        "avant",
        "dans",
        "en",
        "depuis",
        "cependant",
        "pourtant",
        "während",
        "nach",
        "vor",
        "bei",
        "seit",
        "am",
        "im",
        "jedoch",
        "durante",
        "después",
        "antes",
        "tras",
        "sin",
        "embargo",
        "dopo",
        "prima",
        "però",
        "depois",
    }
)
"""Words that open an introductory phrase rather than a clause with its subject."""
_CONNECTORS_BRACKETS = _CONNECTORS | {"(", ")"}
_ARTICLES_OF = _FIRST_ARTICLES | {"de", "of", "der", "des", "du"}
_FREE_INDIRECT_WORDS = rules.GERMAN_SUBJUNCTIVE | rules.GERMAN_SUBJUNCTIVE_II
_FREE_INDIRECT_HINT = re.compile(
    r"\b(?:" + "|".join(sorted(_FREE_INDIRECT_WORDS, key=len, reverse=True)) + r")\b"
)
"""A German subjunctive I form (:data:`~newsmodel._quote_rules.GERMAN_SUBJUNCTIVE`), looked
for in a sentence's text before it is tokenised."""

_DE_PASSIVE = frozenset({"wurde", "wurden", "worden", "wird", "werden"})
"""German passive auxiliaries: in a passive sentence the subject is not who speaks."""

# --------------------------------------------------------------------------- internal records


@dataclass
class _Span:
    """A pair of quotation marks in one block (offsets of the marks; ``close`` is ``None``
    when the quote is never closed)."""

    open: int
    close: int | None
    open_mark: str
    close_mark: str | None
    children: list[_Span] = field(default_factory=list)
    dialogue: bool = False
    """Speech set off by dialogue dashes (see :func:`_dialogue_spans`): the dashes are its
    marks; ``close_mark`` is ``""`` when the speech ends at the paragraph's end or at a
    comma before the narrator's words."""
    incise: bool = False
    """French speech that a cue in inversion follows (``« Non », répond-il``, ``« Oui,
    a-t-elle déclaré, …``, see :func:`_split_incises`): speech, even when its words are
    shaped like a title."""

    def inner(self, text: str) -> tuple[int, int]:
        start = self.open + len(self.open_mark)
        end = self.close if self.close is not None else len(text)
        if self.dialogue:
            # "—dijo el ministro—. Es …": the punctuation after the dash that reopens the
            # speech; "— Мы не согласны, — сказал": the comma before the closing dash.
            while start < end and (text[start].isspace() or text[start] in ".,;:"):
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
                end -= 1
            return start, end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    @property
    def outer_end(self) -> int:
        if self.close is None:
            return -1
        return self.close + (len(self.close_mark) if self.close_mark is not None else 1)


_new = object.__new__
"""Makes a record bare: the fields not set read the defaults the dataclass keeps on the class
(every field but the lists, which are set)."""

_OPEN = attrgetter("open")
"""A span's opening offset: the key its (sorted) list is searched by."""


@dataclass
class _Cue:
    """A cue in a sentence with its speaker phrase."""

    start: int
    end: int
    text: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_text: str | None = None
    role: str | None = None
    nonverbal: bool = False
    risky: bool = False
    negated: bool = False
    content_start: int | None = None
    """Where reported speech starts after the cue (after ``que``/``that``/``dass``)."""
    attr_end: int = 0
    """End of the whole attribution (cue and speaker)."""
    relative: bool = False
    """The cue heads a relative clause set off by a comma (``Jones, who said …``)."""
    anonymous: bool = False
    """A cue that reports with no speaker (``Es wird befürchtet, dass …``, ``demnach``)."""
    implied: str | None = None
    """The gender (``m``/``f``) of a subject the verb's ending tells when no subject is
    written (Polish ``powiedziała``, Russian ``сказал``): the speaker is resolved as a
    pronoun of that gender."""


@dataclass
class _QuoteRec:
    block: int
    start: int
    end: int
    text: str
    kind: QuoteKind
    open_mark: str | None = None
    close_mark: str | None = None
    unclosed: bool = False
    nested: list[_QuoteRec] = field(default_factory=list)
    cue: _Cue | None = None
    speaker_text: str | None = None
    speaker: Record | None = None
    source: _SourceRec | None = None
    end_block: int | None = None
    attr_end: int = -1
    standalone: bool = False
    turn: bool = False
    """An interview turn (``WALLACE: …``): never joined to the turn after it."""


@dataclass(eq=False)
class _SourceRec:
    kind: SourceKind
    description: str
    publisher: Record | None
    block: int
    anchor: tuple[int, int] | None = None
    """Where the text names it, to find a publisher in that sentence when no quote gives one."""


# --------------------------------------------------------------------------- language


def _cue_forms(language: str | None) -> frozenset[str]:
    return rules.CUE_FORMS.get(language or "", _ALL_CUES)


def _risky(language: str | None) -> frozenset[str]:
    return rules.RISKY_CUES.get(language or "", _ALL_RISKY)


def _aux(language: str | None) -> frozenset[str]:
    return rules.AUXILIARIES.get(language or "", _ALL_AUX)


def _belief(language: str | None) -> frozenset[str]:
    return rules.BELIEF_CUES.get(language or "", frozenset()) if language else _ALL_BELIEF


_ALL_CUES: frozenset[str] = frozenset().union(*rules.CUE_FORMS.values())
_ALL_RISKY: frozenset[str] = frozenset().union(*rules.RISKY_CUES.values())
_ALL_AUX: frozenset[str] = frozenset().union(*rules.AUXILIARIES.values())
_ALL_COMPLEMENTIZERS: frozenset[str] = frozenset().union(*rules.COMPLEMENTIZERS.values())
_ALL_BELIEF: frozenset[str] = frozenset().union(*rules.BELIEF_CUES.values())
_PAST_GENDER_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "pl": (("ła", "f"), ("ł", "m")),
    "ru": (("ла", "f"), ("л", "m")),
}
"""Past-tense endings that tell the subject's gender (Polish *powiedziała*/*powiedział*,
Russian *сказала*/*сказал*), feminine first; first person (*-łam*, *-łem*) and plural
(*-ły*, *-li*, *-ли*) end otherwise."""


def _past_gender(verb: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    return next((gender for ending, gender in endings if verb.endswith(ending)), None)


_PRO_DROP_PLURAL: dict[str, tuple[str, ...]] = {
    "es": ("n",),
    "it": ("no", "ro"),
    "pt": ("m",),
}
"""Spanish, Italian and Portuguese drop the subject pronoun: a bare cue verb after a quote
(``«…», añadió.``, ``"…", ha aggiunto.``, ``"…", disse.``) has the person last named as its
subject. These are the endings of the third person plural (*dijeron*, *dicono*, *disseram*),
whose subject is no one person."""

_PRO_DROP_SINGULAR_AUX = frozenset({"ha"})
_PRO_DROP_PARTICIPLES = ("ado", "ido", "ato", "ito", "uto", "dicho", "escrito", "detto", "scritto")


def _french_reflexive_before(toks: list[_Tok], k: int) -> bool:
    """The verb at ``toks[k]`` follows its reflexive (``se félicite``, ``s'est défendu``,
    ``se sont félicités``)."""
    if k == 0:
        return False
    before = toks[k - 1].low
    if before in rules.FRENCH_REFLEXIVES:
        return True
    return before in {"sont", "est"} and k > 1 and toks[k - 2].low == "se"


def _pro_drop_singular(language: str, cue_text: str, toks: list[_Tok], k: int) -> bool:
    """The cue verb at ``toks[k]`` (written ``cue_text``, its auxiliary included) is a third
    person singular that ends its clause with no subject after it: nothing follows, or an
    adjunct (``dijo a la radio``, ``subrayó sobre ese punto``). A comma, a capital or an
    article after it may open an inverted subject (``lamenta, por su parte, Iris``)."""
    words = cue_text.lower().split()
    verb = words[-1]
    if verb.endswith(_PRO_DROP_PLURAL[language]):
        return False
    if verb.endswith(_PRO_DROP_PARTICIPLES) and not (
        len(words) > 1 and words[0] in _PRO_DROP_SINGULAR_AUX
    ):
        return False  # a participle alone ("dicho", "detto") is no finite verb
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    if nxt.quote:
        return False
    if nxt.text in {".", "!", "?", ";"}:
        return True
    if nxt.text == ":":  # "Añadió: «…»", "Ha aggiunto: «…»": the colon introduces the quote
        return k + 2 >= len(toks) or toks[k + 2].quote
    return nxt.text[:1].isalpha() and not _is_cap(nxt) and nxt.low not in _FIRST_ARTICLES


_DE_ANONYMOUS = rules.GERMAN_IMPERSONAL_CUES | {"demnach"}
"""German words that head reported speech with no speaker (see :meth:`_Reader._anonymous`)."""

_NONVERBAL_LANGUAGES = ("nl", "sv", "pl", "ru")
"""Languages whose non-verbal cues are read from :data:`~newsmodel._quote_rules.NON_VERBAL_CUES`
(the older six are written out below, a few of their table's entries left unread)."""
_NONVERBAL_SINGLE = frozenset(
    {"selon", "laut", "según", "secondo", "segundo", "gemäß", "conforme", "per"}
)
_NONVERBAL_MULTI: tuple[tuple[str, ...], ...] = (
    ("according", "to"),
    ("d'après",),
    ("d’après",),
    ("in", "the", "words", "of"),
    ("nach", "angaben", "von"),
    ("nach", "angaben", "des"),
    ("nach", "angaben", "der"),
    ("de", "acuerdo", "con"),
    ("de", "acordo", "com"),
    ("a", "detta", "di"),
    ("stando", "a"),
    ("en", "palabras", "de"),
    ("aux", "yeux", "de"),
    ("à", "en", "croire"),
)
_NEW_NONVERBAL = [w.lower() for lang in _NONVERBAL_LANGUAGES for w in rules.NON_VERBAL_CUES[lang]]
_NONVERBAL_SINGLE |= frozenset(w for w in _NEW_NONVERBAL if " " not in w)
_NONVERBAL_MULTI += tuple(tuple(w.split()) for w in _NEW_NONVERBAL if " " in w)
_SOURCE_CUE_WORDS = _NONVERBAL_SINGLE - {"per", "conforme"}
"""Source cues after which a short phrase in marks names the source (``Laut „BBC News“``,
``selon « Le Monde »``), not a quote."""
_MARKED_NAME_WORDS = 5
"""At most this many words in marks after a source cue make a name."""
_MULTI_FIRST = frozenset(p[0] for p in _NONVERBAL_MULTI)
_MULTI_PAIRS = frozenset((p[0], p[1]) for p in _NONVERBAL_MULTI if len(p) > 1)
_MULTI_SINGLE = frozenset(p[0] for p in _NONVERBAL_MULTI if len(p) == 1)
_MARK = re.compile(
    "["
    + re.escape("".join(sorted(m for m in rules.OPEN_MARKS | rules.CLOSE_MARKS if len(m) == 1)))
    + r"](?:(?<=[^'’])|(?<![^\W\d_]['’])|(?![^\W\d_]))"
)
"""A quotation mark; an apostrophe between two letters (``qu'il``, ``don't``) is none, and
is skipped here rather than by :func:`_pair_marks` (English text holds many). Written from
the mark, which ``re`` finds fast, looking around it. It finds the first of two apostrophes
(:data:`~newsmodel._quote_rules.DOUBLED_APOSTROPHE`), which :func:`_pair_marks` reads as one
mark (an alternation for them here costs five times more)."""
_MEDIA_HINT_WORDS = tuple(
    sorted({h for hints in rules.MEDIA_HINTS for h in hints} | set(rules.STUDY_HINTS))
)
"""Every word of :data:`~newsmodel._quote_rules.MEDIA_HINTS` and ``STUDY_HINTS``."""
_MEDIA_HINT_RARE = {h: frozenset(c for c in h if not c.isascii()) for h in _MEDIA_HINT_WORDS}
"""The letters outside ASCII of each media hint (``é`` of ``publié``)."""
_MEDIA_HINT_RARE_CHARS: frozenset[str] = frozenset().union(*_MEDIA_HINT_RARE.values())
_MEDIA_HINT_ASCII = tuple(h for h in _MEDIA_HINT_WORDS if h.isascii())
"""The media hints an ASCII document may hold, in the order of :data:`_MEDIA_HINT_WORDS`."""
_MAX_DEPTH = 16
"""Quotation marks nested deeper than this are not read (hostile input)."""
_MAX_CUES = 40
"""Cues read per sentence at most (a "sentence" of thousands of cue words is no prose)."""
_HINT_STRIP = ".,;:!?()[]\"'«»“”„‚‘’‹›—–-"
_ACRONYM_PAREN = re.compile(r"\(\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&.-]{1,11}\s*\)")


_NAMING_ONLY: frozenset[str] = frozenset().union(*rules.NAMING_CUES.values())
"""The naming verbs (:data:`~newsmodel._quote_rules.NAMING_CUES`), cues only beside a quote."""
_MULTI_KEYS = frozenset(max(p, key=len) for p in _NONVERBAL_MULTI)
"""The telling word of each multi-word cue (``words`` of *in the words of*): a sentence
without it cannot hold the cue, whereas its first word (``in``, ``de``) is in most sentences."""
_INVERSION_HINT = re.compile(r"-(?:t-|(?:il|elle|ils|elles|on)\b)")
"""What a French inversion (``a-t-il``, ``dit-elle``) needs, in lower case."""


@functools.cache
def _cue_trigger(language: str | None) -> frozenset[str]:
    """Every lower-case word that may start a cue in the language."""
    german = _DE_ANONYMOUS if language in {None, "de"} else frozenset()
    return (
        _cue_forms(language)
        | _belief(language)
        | _NONVERBAL_SINGLE
        | _MULTI_FIRST
        | _GERMAN_SO
        | _PARTICIPLE_CUES
        | german
    )


@functools.cache
def _cue_hint(language: str | None) -> frozenset[str]:
    """Words one of which a sentence needs to hold a cue (a sentence with none of them, no
    French inversion and no quotation marks holds no attribution)."""
    so = _GERMAN_SO | _DE_ANONYMOUS if language in {None, "de"} else frozenset()
    nach = rules.GERMAN_SOURCE_NOUNS if language in {None, "de"} else frozenset()
    # Naming verbs ("called") are cues only beside a quote, and a sentence with quotation
    # marks is read anyway: as hints they would only make common words worth a reading.
    cues = (_cue_forms(language) | _belief(language)) - _NAMING_ONLY
    return cues | _NONVERBAL_SINGLE | _MULTI_KEYS | so | nach | _PARTICIPLE_CUES


@functools.cache
def _strong_hint(language: str | None) -> frozenset[str]:
    """The words of :func:`_cue_hint` that are not risky cues, nor German words that head
    reported speech only with another word (:func:`_paired_hint`)."""
    return _cue_hint(language) - _risky(language) - rules.GERMAN_SOURCE_NOUNS


@functools.cache
def _paired_hint(language: str | None) -> dict[str, frozenset[str]]:
    """German hint words that make a sentence worth reading for reported speech only beside
    another word: a separable stem beside its particle (``gab … an``), a source noun beside
    ``nach`` (``Nach Angaben der Polizei``)."""
    if language not in {None, "de"}:
        return {}
    pairs = {stem: frozenset(p.split("|")) for stem, p in rules.GERMAN_PARTICLES.items()}
    pairs.update(dict.fromkeys(rules.GERMAN_SOURCE_NOUNS, frozenset({"nach"})))
    return pairs


@functools.cache
def _function_words(language: str | None) -> frozenset[str]:
    """Words that alone make no speaker (articles, connectors, auxiliaries)."""
    return _FIRST_ARTICLES | _CONNECTORS | _aux(language)


_HINT_SPACE = re.compile("[" + re.escape(_HINT_STRIP) + r"](?:(?<=[^'’])|(?<!\w['’])|(?!\w))")
"""Punctuation around words, made spaces before the words are read: every mark of
:data:`_HINT_STRIP` but an apostrophe inside a word (``d'après`` is a cue word; ``'said'``
loses its marks). Written from the mark, which ``re`` finds fast, looking around it."""
_HINT_TABLE = str.maketrans(dict.fromkeys(_HINT_STRIP.replace("'", "").replace("’", ""), " "))
_ASCII_APOSTROPHE_SPACE = re.compile(r"'(?:(?<!\w')|(?!\w))")


def _hint_spaced(lowered: str) -> str:
    """``lowered`` with :data:`_HINT_SPACE` made spaces. ASCII text (half of English news) is
    translated by a table, five times faster, and then only its apostrophes are looked at:
    a mark made a space is no word character, as it was none before."""
    if not lowered.isascii():
        return _HINT_SPACE.sub(" ", lowered)
    spaced = lowered.translate(_HINT_TABLE)
    return _ASCII_APOSTROPHE_SPACE.sub(" ", spaced) if "'" in spaced else spaced


# --------------------------------------------------------------------------- marks


_APOSTROPHES = frozenset({"'", "’", rules.DOUBLED_APOSTROPHE})


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _openers(language: str | None) -> frozenset[str]:
    return rules.LANGUAGE_OPENERS.get(language or "", rules.DEFAULT_OPENERS)


def _pair_marks(text: str, language: str | None) -> list[_Span]:
    """Pair the quotation marks of one paragraph; returns the top-level spans (nested spans in
    ``children``), in order."""
    openers = _openers(language)
    stack: list[_Span] = []
    top: list[_Span] = []
    length = len(text)
    doubled_end = -1  # the end of the last doubled apostrophe read as one mark
    for found in _MARK.finditer(text):
        index = found.start()
        if index < doubled_end:
            continue  # the second apostrophe of ''
        ch = found.group()
        prev = text[index - 1] if index else ""
        after = found.end()
        if ch == "'" and text.startswith("'", after) and prev != "'":
            if text.startswith("''", after):
                continue  # three or more: the first is no mark (the rest are read one by one)
            ch = rules.DOUBLED_APOSTROPHE
            after = doubled_end = index + 2
        nxt = text[after] if after < length else ""
        if ch in _APOSTROPHES and _LETTER.match(prev or " ") and _LETTER.match(nxt or " "):
            continue  # an apostrophe: qu'il, don't (two of them: a typo, no mark)
        can_close = (
            bool(stack)
            and ch in rules.CLOSE_MARKS
            and any(ch in rules.PAIRS.get(s.open_mark, frozenset()) for s in stack)
        )
        opening_shape = (_is_space(prev) or prev in "([{—–-/:" or prev in rules.OPEN_MARKS) and (
            nxt != "" and not nxt.isspace()
        )
        can_open = ch in rules.OPEN_MARKS and (ch in openers or opening_shape)
        if (
            can_close
            and opening_shape
            and ch in openers
            and ch not in {'"', "'"}
            and all(s.open_mark != ch for s in stack)
        ):
            # "… the question: “As you know …” …": a mark that opens in the language, shaped
            # as an opener, opens a nested quote rather than closing a straight mark.
            can_close = False
        if ch in "'’‘" and not stack:
            # Single marks open only as an outer quote when clearly shaped like one.
            can_open = can_open and opening_shape and ch != "’"
        if ch in {"'", "’"} and prev and _LETTER.match(prev) and nxt in {"", " "} and not can_close:
            continue  # possessive or elided ending (Jones', sin'), not a closing mark
        role: str | None
        if can_close:
            role = "close"
        elif can_open and (opening_shape or ch not in rules.AMBIGUOUS_MARKS):
            role = "open"
        else:
            role = None
        if role == "close":
            for depth in range(len(stack) - 1, -1, -1):
                if ch in rules.PAIRS.get(stack[depth].open_mark, frozenset()):
                    span = stack[depth]
                    del stack[depth + 1 :]
                    stack.pop()
                    span.close = index
                    span.close_mark = ch
                    if len(text) - index and index - span.open > rules.QUOTE_MAX_CHARS:
                        break
                    (stack[-1].children if stack else top).append(span)
                    break
        elif role == "open" and len(stack) < _MAX_DEPTH:
            opened = _new(_Span)  # bare, as a cue in _Reader._verb_cue
            opened.open = index
            opened.close = None
            opened.open_mark = ch
            opened.close_mark = None
            opened.children = []
            stack.append(opened)
    # Marks left open: the outermost double mark runs to the paragraph's end.
    if stack:
        first = stack[0]
        # Three letters after the mark at most are read (not every letter to the end).
        letters = itertools.islice(_LETTER.finditer(text, first.open + 1), 3)
        if first.open_mark not in {"'", "’", "‘", "‚"} and len(list(letters)) >= 3:
            first.children = [c for c in first.children if c.close is not None]
            top.append(first)
    top.sort(key=lambda s: s.open)
    return top


_DIALOGUE_CLOSERS = {dash: re.compile(re.escape(dash)) for dash in rules.DIALOGUE_DASHES} | {
    "-": re.compile("[-" + "".join(sorted(rules.DIALOGUE_DASHES)) + "]")
}
"""Per dash that opens a line of dialogue, the dashes that may close its speech."""
_DIALOGUE_WORD = re.compile(r"[^\W\d_]+")
_NARRATOR_WORDS = 10
_NARRATOR_CHARS = 200
"""How far the narrator's words after a line's speech are read for its cue verb."""
_COLON_WINDOW = 120
"""How many characters before a paragraph's closing colon are read for the cue verb that
announces the line of dialogue after it."""
_SENTENCE_GAP = re.compile(r"[.!?…]\s+(?=\w)")
_INVERTED_PRONOUNS = frozenset({"t", "il", "elle", "ils", "elles", "on"})
_DIALOGUE_END = frozenset(".,;:!?…")
"""Punctuation that ends the narrator's words before the dash that reopens the speech
(``– powiedziała Anna Nowak. – To skandal.``, ``— сказал министр, — это …``)."""


def _dialogue_spans(
    text: str,
    marks: list[_Span],
    cues: frozenset[str],
    aux: frozenset[str],
    *,
    comma_incise: bool,
    continues: bool,
) -> list[_Span] | None:
    """The spans of a paragraph that is a line of dialogue in a language that marks speech
    with dashes (:data:`rules.DIALOGUE_DASH_LANGUAGES`), merged with its quotation marks'
    ``marks`` (those inside the speech become its children); ``None`` when it is no such line.

    The paragraph must open with a dash. The speech runs to a dash that closes it, after
    which the narrator's words run to the next dash (which reopens the speech) or the
    paragraph's end. A dash pair around words that hold no cue verb and end in no punctuation
    is a parenthesis inside the speech (``– Projekt – wbrew zapowiedziom – nie jest gotowy –
    powiedział minister.``). With ``comma_incise`` (French) a comma before a cue verb also
    closes the speech. The line is dialogue when the narrator's words hold a cue verb, or
    when it ``continues`` a dialogue (the paragraph before is a line of one, or ends with a
    colon); otherwise (a list of items that open with dashes) ``None``."""
    length = len(text)
    first = 0
    while first < length and text[first].isspace():
        first += 1
    dash = text[first : first + 1]
    if dash == "-":
        if not text[first + 1 : first + 2].isspace():
            return None  # "-5 %", "-owy": no dash
    elif dash not in rules.DIALOGUE_DASHES:
        return None
    # The dashes that may close or reopen the speech: the one that opened it (a line opened
    # with "—" and holding "–" uses the latter as a parenthesis), outside quotation marks, not
    # between two letters or digits ("2010–2015"). A line opened with a hyphen (typed for a
    # dash) is closed by a hyphen between spaces or by any dash.
    dashes: list[int] = []
    # (French sets the narrator's words off by commas: a dash inside its line is a
    # parenthesis, "— autrement dit, …".)
    for found in () if comma_incise else _DIALOGUE_CLOSERS[dash].finditer(text, first + 1):
        pos = found.start()
        if text[pos] == "-":
            shaped = text[pos - 1].isspace() and text[pos + 1 : pos + 2].isspace()
        else:
            shaped = not (text[pos - 1].isalnum() and text[pos + 1 : pos + 2].isalnum())
        if shaped and not (marks and _inside(marks, pos, length)):
            dashes.append(pos)
    speech: list[tuple[int, int, str, str]] = []  # (open, close, open mark, close mark)
    cued = False
    opened, open_mark = first, text[first]
    k = 0  # the first dash that may close the speech
    while True:
        close = -1
        reopen = -1  # the index (in ``dashes``) of the dash that reopens the speech
        while k < len(dashes):
            candidate = dashes[k]
            reopen = k + 1 if k + 1 < len(dashes) else -1
            narration_end = dashes[reopen] if reopen >= 0 else length
            tail = text[candidate + 1 : narration_end].rstrip()
            if (
                reopen < 0
                or (tail and tail[-1] in _DIALOGUE_END)
                or text[narration_end + 1 : narration_end + 2] in _DIALOGUE_END
                or _narrator_cued(text, candidate + 1, narration_end, cues)
            ):
                close = candidate
                break
            k += 1  # a dash inside the speech (a parenthesis: "– Projekt – wbrew … –")
        close_mark = text[close] if close >= 0 else ""
        reopen_at = dashes[reopen] if close >= 0 and reopen >= 0 else -1
        reopen_mark = text[reopen_at] if reopen_at >= 0 else ""
        if comma_incise:
            incise = _comma_incise(text, opened, close if close >= 0 else length, cues, aux)
            if incise is not None:
                close, close_mark = incise, ""
                after = bisect.bisect_left(dashes, incise)
                limit = dashes[after] if after < len(dashes) else length
                # "— Non, dit-il. Je ne viendrai pas.": the speech goes on after the
                # sentence of the incise, or at the next dash; "— Nous allons, dit-il,
                # gagner …": after the comma that closes a short incise.
                # (The sentence end is first looked for as far as an incise may reach: a
                # scan to the paragraph's end per incise was quadratic.)
                near = min(limit, incise + _INCISE_CHARS)
                gap = _SENTENCE_GAP.search(text, incise, near)
                resume = _incise_end(text, incise + 1, gap.start() if gap else near)
                if resume is None and gap is None:
                    gap = _SENTENCE_GAP.search(text, incise, limit)
                if resume is not None:
                    reopen_at, reopen_mark = resume, ""
                elif gap is not None:
                    reopen_at, reopen_mark = gap.end(), ""
                else:
                    reopen_at = limit if limit < length else -1
                    reopen_mark = text[reopen_at] if reopen_at >= 0 else ""
        if close < 0:
            speech.append((opened, length, open_mark, ""))
            break
        speech.append((opened, close, open_mark, close_mark))
        narration_end = reopen_at if reopen_at >= 0 else length
        cued = cued or _narrator_cued(text, close + 1, narration_end, cues)
        if reopen_at < 0:
            break
        opened, open_mark = reopen_at, reopen_mark
        k = bisect.bisect_right(dashes, opened)
    if not (cued or continues):
        return None
    out = [
        _Span(open=start, close=end, open_mark=opens, close_mark=closes, dialogue=True)
        for start, end, opens, closes in speech
    ]
    spans = list(out)
    for mark_span in marks:
        index = bisect.bisect_right(speech, mark_span.open, key=itemgetter(0)) - 1
        if index < 0 or mark_span.open >= speech[index][1]:
            spans.append(mark_span)  # in the narrator's words
        elif mark_span.close is not None:
            out[index].children.append(mark_span)
    spans.sort(key=_OPEN)
    return spans


def _narrator_cued(text: str, start: int, end: int, cues: frozenset[str]) -> bool:
    """Whether the narrator's words ``text[start:end]`` after a line's speech open with a cue
    verb: among the first words of their first sentence (``– mówił w Sejmie premier …``,
    ``– Anna Nowak, przewodnicząca komisji, powiedziała …``; not ``добавил`` three sentences
    on)."""
    end = min(end, start + _NARRATOR_CHARS)
    gap = _SENTENCE_GAP.search(text, start, end)
    words = _DIALOGUE_WORD.findall(text, start, gap.start() if gap is not None else end)
    return not cues.isdisjoint(w.lower() for w in words[:_NARRATOR_WORDS])


def _comma_incise(
    text: str, start: int, end: int, cues: frozenset[str], aux: frozenset[str]
) -> int | None:
    """The comma that sets off the narrator's words inside a line of speech (``— Nous ne
    sommes pas d'accord, a déclaré le ministre.``, ``— Non, dit-il.``): a comma before a
    cue verb, or before an auxiliary and a cue verb."""
    comma = text.find(",", start, end)
    while comma >= 0:
        words = [
            w
            for w in _DIALOGUE_WORD.findall(text, comma + 1, min(end, comma + 40))
            if w.lower() not in _INVERTED_PRONOUNS  # "a-t-il déclaré"
        ]
        if words:
            first_word = words[0].lower()
            if first_word in cues or (
                first_word in aux and len(words) > 1 and words[1].lower() in cues
            ):
                return comma
        comma = text.find(",", comma + 1, end)
    return None


_INCISE_WORDS = 6
"""How many words a French incise set off by two commas may hold (``, dit-il,``, ``, a
déclaré le ministre Bruno Le Maire,``)."""
_INCISE_CHARS = 120
"""How far the comma that closes an incise is looked for."""


def _incise_end(text: str, start: int, end: int) -> int | None:
    """Where the speech resumes after a French incise that opens at ``start`` (after its
    first comma) and closes with a second comma before ``end`` (``— Nous allons, dit-il,
    gagner cette bataille.``): the first word after that comma, unless the incise is long
    or the words after the comma go on narrating (:data:`rules.FRENCH_INCISE_NARRATION`, a present
    participle: ``, dit-il, en souriant``)."""
    comma = text.find(",", start, end)
    if comma < 0 or len(_DIALOGUE_WORD.findall(text, start, comma)) > _INCISE_WORDS:
        return None
    word = _DIALOGUE_WORD.search(text, comma + 1, end)
    if word is None:
        return None
    low = word.group().lower()
    if low in rules.FRENCH_INCISE_NARRATION or (low.endswith("ant") and len(low) > 5):
        return None
    return word.start()


_FR_INVERTED_INCISE = re.compile(
    r"\s*,\s*([^\W\d_]+)-(?:t-)?(?:il|elle|ils|elles|on)\b(?:\s+([^\W\d_]+))?"
)
"""A French incise in inversion after a comma inside marks: ``, dit-il``, ``, répond-elle``,
``, a-t-elle déclaré`` (the verb, or the auxiliary and the participle after it)."""


def _inversion_cue(found: re.Match[str], cues: frozenset[str], aux: frozenset[str]) -> bool:
    """Whether a match of :data:`_FR_INVERTED_INCISE` is a cue: its verb, or its auxiliary
    and the participle after it."""
    verb = found.group(1).lower()
    return verb in cues or (verb in aux and (found.group(2) or "").lower() in cues)


def _split_incises(
    text: str, spans: list[_Span], cues: frozenset[str], aux: frozenset[str]
) -> list[_Span]:
    """French speech in « » interrupted by its cue in inversion (``« Nous allons, dit-il,
    gagner cette bataille. »``, ``« Oui, a-t-elle déclaré, nous irons. »``, ``« Non, dit-il.
    Jamais. »``): the quote ends at the comma before the incise and, when the speech goes on
    after it, resumes after the incise's closing comma (or at the next sentence), so that the
    incise attributes both parts as ``« A », dit-il, « B »`` does. Only an inversion is read
    (``« Nous, on a dit non »`` holds no incise)."""
    out: list[_Span] = []
    for span in spans:
        if span.open_mark != "«" or span.close is None or span.children:
            out.append(span)
            continue
        after = _FR_INVERTED_INCISE.match(text, span.outer_end)
        if after is not None and _inversion_cue(after, cues, aux):
            span.incise = True  # "« Non », répond-il, « jamais. »"
        start, end = span.inner(text)
        opened, open_mark = span.open, span.open_mark
        pos = start
        while True:
            found = _FR_INVERTED_INCISE.search(text, pos, end)
            if found is None:
                out.append(
                    _Span(
                        opened,
                        span.close,
                        open_mark,
                        span.close_mark,
                        incise=span.incise or not open_mark,
                    )
                )
                break
            if not _inversion_cue(found, cues, aux):
                pos = found.end()
                continue
            comma = text.index(",", found.start())
            out.append(_Span(opened, comma, open_mark, "", incise=True))
            near = min(end, comma + _INCISE_CHARS)
            gap = _SENTENCE_GAP.search(text, comma, near)
            resume = _incise_end(text, comma + 1, gap.start() if gap else near)
            if resume is None and gap is not None:
                resume = gap.end() - 1
            if resume is None or resume >= end:
                break  # "« Non, dit-il. »": the speech ends at the incise
            opened, open_mark, pos = resume, "", resume
    return out


# --------------------------------------------------------------------------- sentences


def _sentences(
    text: str, spans: Sequence[_Span], *, ordinals: bool = False
) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; no sentence ends inside a quote. With ``ordinals``
    (German), a period after a number of one to three digits writes an ordinal (``am 12.
    Oktober``, ``die 3. Liga``) and ends no sentence."""
    bounds = [0]
    length = len(text)
    for match in _SENTENCE_END.finditer(text):
        start, end = match.span()
        if text[start] == "." and _ABBREVIATION_END.search(text, max(0, start - 6), start + 1):
            continue  # "Mr. Smith", "Charles B. Rangel", "U.S. officials"
        if ordinals and end - start == 2 and _ORDINAL_DOT.search(text, max(0, start - 4), start):
            continue  # "am 12. Oktober", "3. Liga": the period and one space
        # The top-level spans are disjoint and in order: only the last one opened before the
        # end can hold it (a scan of every span for every end was quadratic).
        last = bisect.bisect_left(spans, start, key=_OPEN) - 1
        if last >= 0:
            close = spans[last].close
            if end <= (close if close is not None else length):
                continue
        bounds.append(end)
    bounds.append(len(text))
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


# --------------------------------------------------------------------------- tokens


@dataclass(slots=True, eq=False)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    quote: bool = False


def _tokens(text: str, start: int, end: int, spans: Sequence[_Span]) -> list[_Tok]:
    """Tokens of text[start:end]; each top-level quote is one token with ``quote=True``."""
    out: list[_Tok] = []
    pos = start
    # The spans are disjoint and in order: the first that may reach into the range is the last
    # one opened before it, and none opened at its end or later does.
    first = max(0, bisect.bisect_left(spans, start, key=_OPEN) - 1)
    for index in range(first, len(spans)):
        span = spans[index]
        if span.open >= end:
            break
        close = span.outer_end if span.close is not None else len(text)
        if close <= start:
            continue
        seg_end = max(pos, min(span.open, end))
        out.extend(_plain_tokens(text, pos, seg_end))
        out.append(_Tok(span.open, close, text[span.open : close], "\x00", quote=True))
        pos = max(pos, close)
    if pos < end:
        out.extend(_plain_tokens(text, pos, end))
    return out


def _plain_tokens(text: str, start: int, end: int) -> list[_Tok]:
    segment = text[start:end]
    lowered = segment.lower().replace("’", "'")
    if len(lowered) != len(segment):  # a letter whose lower case is longer ("İ")
        return [
            _Tok(m.start() + start, m.end() + start, m.group(), m.group().lower())
            for m in _TOKEN.finditer(segment)
        ]
    pattern = _GAP_TOKEN if _ABBREVIATION_DOT.search(segment) else _GAP_SIMPLE_TOKEN
    # ``findall`` gives strings, no match objects: each token's offset is the running sum of
    # the gaps' and tokens' lengths. Each token is made bare and its slots set: calling the
    # class runs the dataclass's ``__init__`` as a Python call, which cost more than the
    # five stores (an eighth of the English reader's work went into this loop).
    out: list[_Tok] = []
    pos = 0
    new = _Tok.__new__
    for gap, word in pattern.findall(segment):
        pos += len(gap)
        end = pos + len(word)
        tok = new(_Tok)
        tok.start = pos + start
        tok.end = end + start
        tok.text = word
        tok.low = lowered[pos:end]
        tok.quote = False
        out.append(tok)
        pos = end
    return out


_LOW = attrgetter("low")


def _tok_start(tok: _Tok) -> int:
    return tok.start


def _tok_end(tok: _Tok) -> int:
    return tok.end


def _is_cap(tok: _Tok) -> bool:
    return bool(tok.text) and tok.text[0].isupper()


def _is_word(tok: _Tok) -> bool:
    # What ``\w`` matches: a letter or digit (``str.isalnum``) or "_".
    first = tok.text[:1]
    return not tok.quote and (first.isalnum() or first == "_")


# --------------------------------------------------------------------------- cues


class _Reader:
    """Reads one document: paragraphs in, quote records and entities out."""

    def __init__(
        self,
        blocks: Sequence[str],
        language: str | None,
        book: EntityBook,
        *,
        learn_only: bool = False,
    ) -> None:
        self.blocks = blocks
        self.language = language
        self.book = book
        self.cues = _cue_forms(language)
        self.risky = _risky(language)
        self.belief = _belief(language) - self.cues
        """Verbs of belief that are cues only before the clause they head."""
        self.aux = _aux(language)
        self.function_words = _function_words(language)
        """Words that alone make no speaker (articles, connectors, auxiliaries)."""
        self.complementizers = rules.COMPLEMENTIZERS.get(language or "", _ALL_COMPLEMENTIZERS)
        self.after_stop = rules.AFTER_SPEAKER_STOP.get(language or "", frozenset())
        self.lower_titles = language in rules.LOWER_CASE_TITLES
        self.adjuncts = rules.INVERSION_ADJUNCTS.get(language or "", frozenset())
        self.prepositions = rules.INVERSION_PREPOSITIONS.get(language or "", frozenset())
        self.articles = rules.INVERSION_ARTICLES.get(language or "", frozenset())
        self.bare_prepositions = self.prepositions - self.articles
        """Prepositions that are no article too (Portuguese "a" is both)."""
        self.adverbial_openers = rules.ADVERBIAL_OPENERS.get(language or "", frozenset())
        self.inverted_adverbials = rules.INVERTED_ADVERBIALS.get(language or "", ())
        self.inverted_adverbial_first = frozenset(a[0] for a in self.inverted_adverbials)
        self.spans: list[list[_Span]] = []
        self.learn_only = learn_only
        self._s_index = 0
        self._block_sentences: list[tuple[int, int]] = []
        self._cache: dict[tuple[int, int], tuple[list[_Tok], list[_Cue]]] = {}
        self._vocabulary: tuple[set[str], set[str], set[str]] | None = None
        self._uses: dict[str, tuple[bool, bool]] = {}
        self.hint = _cue_hint(language)
        self.trigger = _cue_trigger(language)
        self.strong_hint = _strong_hint(language)
        self.paired_hint = _paired_hint(language)
        self.multi_only = _MULTI_FIRST - _MULTI_SINGLE - {"nach"} - self.cues - self.belief
        """Words that start a cue only as the first of several (``in`` of *in the words of*,
        ``a``, ``de``): common words, passed over at once unless the phrase's second word
        follows."""
        self.media_hints: tuple[str, ...] = ()
        """The words of :data:`_MEDIA_HINT_WORDS` in the document (looked for per block)."""
        self.hints: list[list[tuple[bool, bool]] | None] = []
        """Per block and sentence: (holds a cue word, holds a cue word that is not risky);
        ``None`` for a block with neither quotation marks nor cue words (nothing to read)."""
        self._sentences: list[list[tuple[int, int]] | None] = []
        self._lowered: list[str | None] = []
        """Per block, its text lowered (``None`` when not kept)."""
        """Per block, its sentences once split (see :meth:`sentences`)."""
        self._present: dict[int, set[str]] | None = None
        """Per block, the :attr:`media_hints` it holds (``None``: looked for per block)."""
        self.quotes: list[_QuoteRec] = []
        self.sources: list[_SourceRec] = []
        self._found = 0
        """How many quotes were recorded before the sentence being read."""
        self.turns: dict[int, re.Match[str]] = {}
        """Per block that is an interview turn, its label (see :func:`_interview_turns`)."""

    # ------------------------------------------------------------------ run

    def run(self) -> list[_QuoteRec]:
        """Read every block; call again after ``learn_only`` to read for real (the marks,
        sentences, tokens and cues found the first time are reused)."""
        if not self.spans:
            joined = "\n".join(self.blocks)
            document = joined.lower()
            # A substring test per hint (C speed, a few dozen of them) beats one regex scan
            # that tries the alternation at every position; _find_sources tests each block.
            # A hint with a letter the document lacks (any "é" in English news) is skipped
            # after one test of that letter.
            if document.isascii():
                self.media_hints = tuple(h for h in _MEDIA_HINT_ASCII if h in document)
            else:
                missing = frozenset(c for c in _MEDIA_HINT_RARE_CHARS if c not in document)
                self.media_hints = tuple(
                    h
                    for h in _MEDIA_HINT_WORDS
                    if _MEDIA_HINT_RARE[h].isdisjoint(missing) and h in document
                )
            # The document lowered and spaced once rather than each paragraph: a paragraph's
            # slice is the same (a line break, like the ends of a text, is no letter, no word
            # character and no apostrophe) unless lowering changed a letter's length ("İ").
            spaced = _hint_spaced(document) if len(document) == len(joined) else None
            if spaced is not None and self.media_hints:
                # Which paragraphs hold each hint, from the hint's places in the document (a
                # hint holds no line break, so each place is inside one paragraph): reading
                # each paragraph for each hint again cost more.
                starts = list(itertools.accumulate((len(t) + 1 for t in self.blocks), initial=0))
                present: dict[int, set[str]] = {}
                for hint in self.media_hints:
                    at = document.find(hint)
                    while at >= 0:
                        index = bisect.bisect_right(starts, at) - 1
                        present.setdefault(index, set()).add(hint)
                        at = document.find(hint, starts[index + 1])
                self._present = present
            start = 0
            dialogue = self.language in rules.DIALOGUE_DASH_LANGUAGES
            incise = self.language in rules.DIALOGUE_COMMA_INCISE
            continues = False  # the paragraph before is a line of dialogue or ends with ":"
            for index, text in enumerate(self.blocks):
                spans = _pair_marks(text, self.language) if len(text) <= MAX_BLOCK_CHARS else []
                if incise and spans and "«" in text:
                    spans = _split_incises(text, spans, self.cues, self.aux)
                if dialogue and len(text) <= MAX_BLOCK_CHARS:
                    lines = _dialogue_spans(
                        text,
                        spans,
                        self.cues,
                        self.aux,
                        comma_incise=self.language in rules.DIALOGUE_COMMA_INCISE,
                        continues=continues,
                    )
                    # "Jan Kowalski powiedział:" before a line of dialogue continues it
                    # ("W budżecie przewidziano:" before a list of items does not).
                    continues = lines is not None or (
                        text.rstrip().endswith(":")
                        and not self.cues.isdisjoint(
                            _DIALOGUE_WORD.findall(text[-_COLON_WINDOW:].lower())
                        )
                    )
                    if lines is not None:
                        spans = lines
                self.spans.append(spans)
                self._sentences.append(None)
                end = start + len(text)
                if spaced is None:
                    self._lowered.append(None)
                    self.hints.append(self._sentence_hints(index, text, spans))
                else:
                    lowered = document[start:end]
                    self._lowered.append(lowered)
                    self.hints.append(
                        self._sentence_hints(index, text, spans, (lowered, spaced[start:end]))
                    )
                start = end + 1
            self.turns = _interview_turns(self.blocks)
        self.quotes = []
        self.sources = []
        if not self.learn_only:
            for index, text in enumerate(self.blocks):
                self._discover_entities(index, text)
        last_speaker: tuple[Record | None, str | None, int] | None = None
        for index, text in enumerate(self.blocks):
            if not text or len(text) > MAX_BLOCK_CHARS:
                continue
            last_speaker = self._read_block(index, text, last_speaker)
        self._join_runs()
        return sorted(self.quotes, key=lambda q: (q.block, q.start))

    def sentences(self, block: int) -> list[tuple[int, int]]:
        """The sentences of a block, split when first asked for (most blocks hold neither
        quotation marks nor cue words, and no reading asks for theirs)."""
        found = self._sentences[block]
        if found is None:
            text = self.blocks[block]
            found = (
                _sentences(text, self.spans[block], ordinals=self.language == "de") if text else []
            )
            self._sentences[block] = found
        return found

    def _sentence_hints(
        self,
        block: int,
        text: str,
        spans: Sequence[_Span],
        read: tuple[str, str] | None = None,
    ) -> list[tuple[bool, bool]] | None:
        """``read`` is the paragraph lowered and spaced (as below), when already done."""
        if not text:
            return []
        hint = self.hint
        strong = self.strong_hint
        paired = self.paired_hint
        if read is not None:
            lowered, spaced = read
        else:
            lowered = text.lower()
            if len(lowered) != len(text):  # a letter whose lower case is longer ("İ")
                lowered = "".join(ch.lower()[0] for ch in text)
            # The paragraph read once: punctuation made spaces (one for one, so the
            # sentences' offsets hold), hyphens and apostrophes looked for once.
            spaced = _hint_spaced(lowered)
        hyphen = "-" in lowered and _INVERSION_HINT.search(lowered) is not None
        # Sentences cover the paragraph and end after a space, so the paragraph's words are
        # its sentences' words: a paragraph without any cue word has no sentence with one.
        words_all = None if hyphen else spaced.split()
        if words_all is not None and hint.isdisjoint(words_all):
            return [(False, False)] * len(self.sentences(block)) if spans else None
        # Splitting each sentence reads every word once; ``isdisjoint`` takes the word list
        # without building a set. A paragraph of one sentence (0, len(text)) has the
        # paragraph's words, split above.
        sentences = self.sentences(block)
        if len(sentences) > 1:
            words_all = None
        out: list[tuple[bool, bool]] = []
        for start, end in sentences:
            if hyphen and _INVERSION_HINT.search(lowered, start, end):
                out.append((True, True))
                continue
            words = spaced[start:end].split() if words_all is None else words_all
            if hint.isdisjoint(words):
                out.append((False, False))
            else:
                strong_cue = not strong.isdisjoint(words)
                if not strong_cue and paired:
                    # A paired word and its partner (rare: a set is built only then).
                    found = paired.keys() & words
                    strong_cue = bool(found) and any(not paired[w].isdisjoint(words) for w in found)
                out.append((True, strong_cue))
        return out

    # ------------------------------------------------------------------ entities

    def _discover_entities(self, block: int, text: str) -> None:
        """Find names the text gives a shape to: ``Name (ACR)``, known organisations, a known
        given name before a surname, a title before a name."""
        if not text or len(text) > MAX_BLOCK_CHARS:
            return
        spans = self.spans[block]
        length = len(text)

        for paren in _ACRONYM_PAREN.finditer(text) if "(" in text else ():
            window_start = max(0, paren.start() - 160)
            match = NAME_WITH_ACRONYM.search(text, window_start, paren.end())
            if match is None or _inside(spans, match.start(), length):
                continue
            name = _trim_name_before_acronym(match.group("name"), match.group("acr"))
            if name is None:
                continue
            record = self.book.add_org(name, acronym=match.group("acr"))
            start = match.start("name") + match.group("name").rfind(name.split()[0])
            self.book.mention(block, start, match.end(), record)
        book = self.book
        known = book.single_words  # grows as names are found
        for match in CAPITALIZED_RUN.finditer(text):
            run = match[0]
            if run in _SENTENCE_START_CASED:
                continue  # "The", "But": skipped below, tested first without lowering
            if " " not in run and run[1:2] not in {"'", "’"}:
                # Most runs are one capitalised word naming nothing known: the test of
                # _classify_run, inline (a word with no elision is its own lookup form).
                low = run.lower()
                if (
                    low not in known
                    and low not in _KNOWN_SINGLE
                    and not (len(run) > 1 and run.isupper())
                ) or low in _SENTENCE_START_WORDS:
                    continue
                start = match.start()
                if spans and _inside(spans, start, length):
                    continue
                # The rest of _classify_run's one-word reading, inline too.
                found = book.find(run)
                if found is not None:
                    book.mention(block, start, start + len(run), found)
                elif (
                    (low in _KNOWN_SINGLE or is_acronym(run))
                    and low not in _BARE_KINDS
                    and org_kind(run)
                ):
                    org = book.add_org(run)
                    book.mention(block, start, start + len(run), org)
                continue
            start = match.start()
            if spans and _inside(spans, start, length):
                continue
            self._classify_run(block, start, run)

    def _one_word_person(
        self, name: str, phrase: str, role: str | None, cue: _Cue, block: int
    ) -> bool:
        """Whether one capitalised word, naming no one the article named before, is a person
        who speaks: a given name or a name after a title (``Dr. Fauci``), a name after a job
        (``coach Boudreau``, ``Ministerin Faeser``), or a word in the middle of a sentence that
        the article never writes as a common word (``…, said Ramaswamy``). A sentence's first
        word (``Hours before …``, ``Dabei sagte …``) and a common word (``eigenen Angaben``,
        ``officials said``: the article writes ``officials`` too) name no one."""
        low = name.lower()
        if low in _WEEKDAYS or low in _CLAUSE_OPENERS:
            return False  # ``Tuesday, …``, ``Meanwhile, …``, ``Dabei …``: they head the clause
        if self.language == "de" and low.endswith(_GERMAN_NOUN_ENDINGS):
            return False  # ``Herausforderung``, ``Erkenntnis``: German nouns, no surnames
        if "-" in name and any(is_role_word(part) for part in name.split("-")):
            return False  # a job (``US-Präsident``, ``DGB-Vertreter``, ``BTSV-Coach``)
        if cue.role or _named_alone(name, phrase):
            return True
        if self.language == "de":
            words = phrase.split()
            if len(words) > 1 and words[-2].lower() in _GERMAN_ARTICLES:
                return False  # "Die Abschnitte gehen …", "Der Trailer gibt …": a noun
        position = cue.speaker_start if cue.speaker_start is not None else 0
        end = cue.speaker_end if cue.speaker_end is not None else position
        if cue.text == ":" and self.blocks[block][position:end].isupper():
            return True  # a transcript's label in capitals (``PENCE: "…"``)
        if role:
            # After a job, a name (``coach Boudreau``); after other words, a noun the phrase
            # ends with (``sie über ihr Leben``, ``in Deutschland``).
            return any(is_role_word(word) for word in role.split())
        if self.language == "de" and not _after_first_name(self.blocks, name):
            # Every German noun is capitalised (``nach Ansicht von Experten``, ``wurden
            # Einbruchsspuren festgestellt``): a surname alone is one the article also
            # writes after a first name (``Hildegard Müller`` … ``sagte Müller``).
            return False
        before = self.blocks[block][:position].rstrip(_BEFORE_SUBJECT)
        common, inside = self._word_uses(name)
        if not before or before[-1] in ".!?:;":
            # A sentence's first word: a name only when the article also writes it inside a
            # sentence, capitalised (``Pompeo said …`` where ``… told Pompeo`` comes too).
            return inside and not common
        return not common

    def _before_genitive(self, person_words: list[str]) -> str:
        """A German name without the noun after its genitive and without the genitive's
        ``-s`` when the article writes the surname without it too: ``Pierre Gaslys
        Renn-Statistiken`` is ``Pierre Gasly``'s statistics where ``Gasly`` is written
        alone, ``Richard Dawkins These`` is ``Richard Dawkins``'s thesis."""
        for k in range(1, len(person_words)):
            word = person_words[k]
            if len(word) > 3 and word.endswith("s") and not _given(word.lower()):
                following = person_words[k + 1] if k + 1 < len(person_words) else ""
                if not (following[:1].isupper() or isinstance(self.book.find(word[:-1]), Record)):
                    break  # "Christoph Bals von der …", "Hans Jonas sagte"
                bare = word[:-1]
                if isinstance(self.book.find(bare), PersonRecord) or any(
                    True for text in self.blocks for _ in _token_starts(text, bare)
                ):
                    return " ".join([*person_words[:k], bare])
                return " ".join(person_words[: k + 1])
        return " ".join(person_words)

    def _word_uses(self, word: str) -> tuple[bool, bool]:
        """Whether the article writes ``word`` as a common word (in lower case, or after an
        article or a determiner: ``die Studie``, ``nach Angaben``), and whether it writes it
        capitalised inside a sentence (after a lower-case word or a comma)."""
        known = self._uses.get(word)
        if known is not None:
            return known
        if self._vocabulary is None and len(self._uses) < _SCANNED_WORDS:
            # A few words: each found where the article writes it (literal searches).
            known = _scan_uses(self.blocks, word)
        else:
            # Many (a hostile text): the article's words gathered once, in linear time.
            if self._vocabulary is None:
                self._vocabulary = _vocabulary(self.blocks)
            words, after_determiner, inside = self._vocabulary
            low = word.lower()
            known = ((low != word and low in words) or word in after_determiner, word in inside)
        self._uses[word] = known
        return known

    def _classify_run(self, block: int, start: int, run: str) -> None:
        if " " not in run:
            # One word (most runs): a known entity, a known organisation or an acronym.
            word = _elided(run)
            low = word.lower()
            if (
                low not in self.book.single_words
                and low not in _KNOWN_SINGLE
                and not (word.isupper() and len(word) > 1)
            ):
                return  # no known name, organisation or acronym
            offset = start + len(run) - len(word)
            if low in _SENTENCE_START_WORDS:
                return
            found = self.book.find(word)
            if found is not None:
                self.book.mention(block, offset, offset + len(word), found)
            elif (
                (low in _KNOWN_SINGLE or is_acronym(word))
                and low not in _BARE_KINDS
                and org_kind(word)
            ):
                org = self.book.add_org(word)
                self.book.mention(block, offset, offset + len(word), org)
            return
        words = run.split()
        # A sentence-initial function word is not part of a name. The words are counted
        # first and the run joined once (joined after each, a run of thousands of them, "A A
        # A …", took time quadratic in its length).
        skip = 0
        german = self.language == "de"
        while skip < len(words) and (
            words[skip].lower() in _SENTENCE_START_WORDS
            or (german and words[skip].lower() in _GERMAN_FUNCTION_WORDS)
            or (
                skip < len(words) - 1
                and words[skip].lower() in _CLAUSE_OPENERS
                and org_kind(" ".join(words[skip:])) is None  # "Heute Journal" is a name
            )
        ):
            start += len(words[skip]) + 1  # "Doch Heiko Maas …": the adverb opens the clause
            skip += 1
        if skip == len(words):
            return
        if skip:
            words = words[skip:]
            run = " ".join(words)
        first = words[0]
        if len(first) > 2 and first[1] in "'’" and first[0] in "lLdD" and first[2].isalnum():
            # _elided, inline: "l'Organisation" is read from "Organisation".
            start += 2
            words[0] = first = first[2:]
            run = " ".join(words)
        existing = self.book.find(run)
        if existing is not None:
            self.book.mention(block, start, start + len(run), existing)
            return
        if len(words) == 1 and not is_acronym(run) and run.lower() not in _KNOWN_SINGLE:
            return
        kind = org_kind(run)
        first_low = first.lower()
        given = len(words) >= 2 and (  # _given(first), read inline
            first_low in GIVEN_NAMES_MASCULINE
            or first_low in GIVEN_NAMES_FEMININE
            or (not first_low.isascii() and _given(first_low))
        )
        if kind is not None and not given:
            if len(words) > 2:
                held = people_in_run(run)
                if held is not None:
                    # "CDU-Bildungspolitiker Michael Hose", "Rutgers University Martin Amis"
                    org_name, role, affiliation, people = held
                    if org_name is not None:
                        org = self.book.add_org(org_name)
                        self.book.mention(block, start, start + len(org_name), org)
                    for offset, name in people:
                        person = self.book.add_person(name, role=role, affiliation=affiliation)
                        self.book.mention(block, start + offset, start + offset + len(name), person)
                    return
                cut = body_after_noun(run)
                if cut and (
                    self.language in _NOUN_BEFORE_BODY or any(is_role_word(w) for w in words[:cut])
                ):
                    # "Missstände der Staatsanwaltschaft": the noun is no part of the body.
                    offset = [m.start() for m in _WORD.finditer(run)][cut]
                    self._classify_run(block, start + offset, run[offset:])
                    return
            maker = maker_of(run)
            if maker is not None:
                # "Apple Airpods", "Google Maps": the company's product; the company is named.
                record: Record = self.book.add_org(maker)
                self.book.mention(block, start, start + len(maker), record)
                return
            record = self.book.add_org(run, kind=kind)
            self.book.mention(block, start, start + len(run), record)
            return
        if len(words) >= 2 and (given or first_low.rstrip(".") in _TITLES):
            person_words = words[:4]
            join = next((k for k, w in enumerate(person_words) if w in _LIST_JOINS), 0)
            if join > 1 and join + 1 < len(words) and _given(words[join + 1]):
                # "Juan Pablo Ramírez y Juan Esteban Upegui": two people, one run; a surname
                # after the joiner is the same person's ("José Ortega y Gasset").
                person_words = words[:join]
            else:
                join = 0
            name = " ".join(person_words)
            if len(person_words) == len(words) and _INITIAL.match(person_words[-1]):
                name = _after_initials(self.blocks[block], start + len(name), name)
            elif german:
                name = self._before_genitive(person_words)
            rec = self.book.add_person(name)
            self.book.mention(block, start, start + len(name), rec)
            if join > 1 and join + 1 < len(words):
                rest = len(" ".join(words[: join + 1])) + 1
                self._classify_run(block, start + rest, run[rest:])
            return
        # Known surname or acronym inside a longer run: mention each known word.
        offset = start
        known = self.book.single_words
        for word in words:
            if word.isascii() and word.isalpha() and word.lower() not in known:
                found = None  # such a word is its own lookup key, and it is not one
            else:
                found = self.book.find(word)
            if found is not None:
                self.book.mention(block, offset, offset + len(word), found)
            elif is_acronym(word) and word.lower() not in _BARE_KINDS and org_kind(word):
                rec2 = self.book.add_org(word)
                self.book.mention(block, offset, offset + len(word), rec2)
            offset += len(word) + 1

    # ------------------------------------------------------------------ one block

    def _read_block(
        self,
        block: int,
        text: str,
        last: tuple[Record | None, str | None, int] | None,
    ) -> tuple[Record | None, str | None, int] | None:
        turn = self.turns.get(block)
        if turn is not None:
            return last if self.learn_only else self._read_turn(block, text, turn)
        spans = self.spans[block]
        block_sources = [] if self.learn_only else self._find_sources(block, text)
        hints = self.hints[block]
        if hints is None:
            return last  # no quotation marks, no cue words: no sentence to read
        self._block_sentences = self.sentences(block)
        german = self.language == "de" and not self.learn_only
        reported: tuple[int, Record | _Cue | None, str] | None = None
        """The last sentence of the block that reported speech: its index and speaker (or the
        cue that names it)."""
        free_rec: tuple[int, _QuoteRec] | None = None
        """The last quote of free indirect speech and the sentence it ends in."""
        for s_index, (s_start, s_end) in enumerate(self._block_sentences):
            self._s_index = s_index
            # A sentence without marks needs a cue that can head reported speech; risky cues
            # ("adds", "continued") count only beside a quote. Learning reads the cues only.
            any_cue, strong_cue = hints[s_index]
            # German free indirect speech: a sentence in the subjunctive right after one
            # that reported speech goes on reporting it.
            free = (
                german
                and reported is not None
                and reported[0] == s_index - 1
                and _FREE_INDIRECT_HINT.search(text, s_start, s_end) is not None
            )
            if self.learn_only:
                if not any_cue:
                    continue
                in_sentence = []
            else:
                in_sentence = (
                    spans[
                        bisect.bisect_left(spans, s_start, key=_OPEN) : bisect.bisect_left(
                            spans, s_end, key=_OPEN
                        )
                    ]
                    if spans
                    else []
                )
                if not in_sentence and not strong_cue and not free:
                    continue
            toks, cues = self._sentence_data(block, s_start, s_end)
            found = self._found = len(self.quotes)
            if self.learn_only:
                for cue in cues:
                    if cue.speaker_text:
                        self._resolve(block, cue)
                continue
            final = self._final_attribution(toks, cues)
            prev: _QuoteRec | None = None
            for span in in_sentence:
                rec = self._quote_for_span(block, text, span, toks, cues, final, prev, last)
                if rec is None:
                    continue
                self._attach_source(rec, block_sources, s_start, s_end)
                self.quotes.append(rec)
                prev = rec
                if rec.speaker is not None or rec.speaker_text is not None:
                    last = (rec.speaker, rec.speaker_text, block)
            # Reported speech without marks.
            for rec in self._indirect(block, text, toks, cues, in_sentence):
                self._attach_source(rec, block_sources, s_start, s_end)
                self.quotes.append(rec)
                last = (rec.speaker, rec.speaker_text, block)
            recent = [id(q.cue) for q in self.quotes[-5:]] if cues else []
            for cue in cues:
                if cue.speaker_text and id(cue) not in recent:
                    # A named subject of a speech verb is salient for pronouns that follow.
                    self._resolve(block, cue)
            if not german:
                continue
            speaking = [q for q in self.quotes[found:] if q.speaker_text]
            if speaking:
                reported = (s_index, speaking[-1].speaker, speaking[-1].speaker_text or "")
            elif free and reported is not None and len(self.quotes) == found:
                rec = self._free_indirect(block, text, toks, cues, reported)
                if rec is not None:
                    if free_rec is not None and reported[0] == free_rec[0]:
                        # It goes on from a sentence of free indirect speech: one quote.
                        free_rec[1].end = rec.end
                        free_rec[1].text = text[free_rec[1].start : rec.end]
                    else:
                        self._attach_source(rec, block_sources, s_start, s_end)
                        self.quotes.append(rec)
                        free_rec = (s_index, rec)
                    reported = (s_index, rec.speaker, reported[2])
                    free_rec = (s_index, free_rec[1])
            else:
                talking = [
                    c for c in cues if c.speaker_text and not (c.negated or c.risky or c.nonverbal)
                ]
                told = (
                    self._reported_sentence(block, text, toks, talking[-1])
                    if talking and not in_sentence and len(self.quotes) == found
                    else None
                )
                if told is not None:
                    self._attach_source(told, block_sources, s_start, s_end)
                    self.quotes.append(told)
                    last = (told.speaker, told.speaker_text, block)
                if talking:
                    # "Die Stadtreinigung äußerte Zweifel an der Darstellung.": a speech act
                    # (its speaker is resolved only if free indirect speech follows).
                    reported = (s_index, talking[-1], talking[-1].speaker_text or "")
        return last

    def _reported_sentence(
        self, block: int, text: str, toks: list[_Tok], cue: _Cue
    ) -> _QuoteRec | None:
        """A German sentence that tells a speech act with its object, not a clause
        (``Premierministerin Helen Clark sagte weitere Hilfe zu.``, ``Eine Reporterin sprach
        von 800 Autos.``, ``Der Minister hat den Abzug der Truppen angekündigt.``): the
        sentence is the report, an indirect quote of its subject. The cue must be the active
        verb of the sentence's main clause and tell speech
        (:data:`~newsmodel._quote_rules.GERMAN_REPORT_CUES`)."""
        if cue.content_start is not None or cue.speaker_start is None:
            return None
        words = cue.text.lower().split()
        if words[0] not in rules.GERMAN_REPORT_CUES and words[-1] not in rules.GERMAN_REPORT_CUES:
            return None
        end_tok = len(toks)
        while end_tok and toks[end_tok - 1].text in {".", "!", "?", "…"}:
            end_tok -= 1
        if end_tok < 4 or toks[0].quote:
            return None
        if toks[0].low in rules.GERMAN_SUBORDINATE_OPENERS or toks[0].low == "wie":
            return None
        verb = next((t for t in toks if t.start == cue.end - len(words[-1])), None)
        if verb is None or _is_cap(verb):
            return None  # "in den verschiedenen Sprachen": a noun
        before = [t for t in toks if t.end <= cue.start]
        if any(t.text in {";", ":", "(", "–", "—"} or t.quote for t in before) or (
            any(t.text == "," for t in before) and not (cue.role and before[-1].text == ",")
        ):
            return None  # the cue heads no main clause that opens the sentence
        lows = {t.low for t in toks[:end_tok]}
        if not lows.isdisjoint(_DE_PASSIVE):
            return None  # "Die Angaben wurden von der Polizei bestätigt": no subject speaks
        needs = rules.GERMAN_REPORT_NEEDS.get(verb.low)
        if needs is not None and lows.isdisjoint(needs):
            return None  # "sprach ein Gebet", "sprach mit seiner Frau" (no "sprach von")
        particle = rules.GERMAN_REPORT_PARTICLE.get(verb.low)
        if particle is not None and toks[end_tok - 1].low not in particle:
            return None  # "sagte das Treffen ab"
        if not _german_main_cue(toks, _Cue(cue.start, cue.end, words[0])):
            return None
        return self._reported(block, text, toks[0].start, toks[end_tok - 1].end, cue, [])

    def _free_indirect(
        self,
        block: int,
        text: str,
        toks: list[_Tok],
        cues: list[_Cue],
        reported: tuple[int, Record | _Cue | None, str],
    ) -> _QuoteRec | None:
        """A German sentence whose verb is in the subjunctive I (``Dies sei eindeutig
        nachzuweisen gewesen.``) after a sentence that reported speech: an indirect quote of
        the same speaker, with no cue of its own."""
        if not any(t.low in _FREE_INDIRECT_WORDS for t in toks if not t.quote):
            return None
        if any(c.speaker_text and not c.negated for c in cues):
            return None  # an attribution of its own ("…, so der Minister")
        end_tok = len(toks)
        while end_tok and toks[end_tok - 1].text in {".", "!", "?", "…"}:
            end_tok -= 1
        if end_tok < 3:
            return None
        start, end = toks[0].start, toks[end_tok - 1].end
        quoted = sum(t.end - t.start for t in toks[:end_tok] if t.quote)
        if quoted > 0.6 * (end - start):
            return None
        speaker = reported[1]
        record = self._resolve(block, speaker) if isinstance(speaker, _Cue) else speaker
        fragments = self._unread_fragments(block, text, start, end) if quoted else []
        if fragments and not _words_outside(text, start, end, fragments):
            fragments = []
        for fragment in fragments:
            fragment.speaker, fragment.speaker_text = record, reported[2]
        return _QuoteRec(
            block=block,
            start=start,
            end=end,
            text=text[start:end],
            kind=QuoteKind.MIXED if fragments else QuoteKind.INDIRECT,
            speaker=record,
            speaker_text=reported[2],
            nested=fragments,
        )

    def _read_turn(
        self, block: int, text: str, label: re.Match[str]
    ) -> tuple[Record | None, str | None, int]:
        """One interview turn: the paragraph after its label is one direct quote of the
        labelled speaker, with the marks it is printed in (``"WALLACE: …``, ``PENCE: "…"``)
        or none (``Q: …``)."""
        spans = self.spans[block]
        start = label.end()
        end = len(text.rstrip())
        open_mark: str | None = None
        close_mark: str | None = None
        unclosed = False
        inside = [s for s in spans if s.open >= start]
        head = next((s for s in spans if s.open == label.start("mark")), None)
        if label.group("mark") and head is not None:
            # A quoted transcript reopens each paragraph's mark; its closing mark, if any,
            # ends the paragraph.
            open_mark = head.open_mark
            inside = [*head.children, *(s for s in inside if s is not head)]
            if head.close is not None and head.outer_end >= end:
                close_mark, end = head.close_mark, head.close
            elif text[end - 1 : end] in rules.CLOSE_MARKS and text[end - 1] != open_mark:
                close_mark, end = text[end - 1], end - 1
            else:
                unclosed = head.close is None
        elif inside and inside[0].open == start and inside[0].outer_end >= end:
            head = inside[0]  # PENCE: "…"
            start, end = head.inner(text)
            open_mark, close_mark, unclosed = head.open_mark, head.close_mark, head.close is None
            inside = head.children
        while end > start and text[end - 1].isspace():
            end -= 1
        rec = _QuoteRec(
            block=block,
            start=start,
            end=end,
            text=text[start:end],
            kind=QuoteKind.DIRECT,
            open_mark=open_mark,
            close_mark=close_mark,
            unclosed=unclosed,
            turn=True,
            standalone=True,
        )
        rec.nested = [
            n
            for child in inside
            if start <= child.open < end and (n := self._nested(block, text, child)) is not None
        ]
        written = label.group("label")
        colon = text.index(":", label.end("label"))
        cue = _Cue(colon, colon + 1, ":", attr_end=label.end())
        rec.cue = cue
        rec.speaker_text = written
        rec.attr_end = label.end()
        if len(written) > 1:  # Q and A name no one
            # The name as a name is written ("WALLACE" is "Wallace" named before).
            cue.speaker_text = " ".join(
                w[:1] + w[1:].lower() if len(w) > 3 or "." in w else w for w in written.split()
            )
            cue.speaker_start = label.start("label")
            cue.speaker_end = label.end("label")
            rec.speaker = self._resolve(block, cue)
            cue.speaker_text = written
        self.quotes.append(rec)
        return rec.speaker, rec.speaker_text, block

    def _sentence_data(self, block: int, s_start: int, s_end: int) -> tuple[list[_Tok], list[_Cue]]:
        cached = self._cache.get((block, s_start))
        if cached is None:
            text = self.blocks[block]
            toks = _tokens(text, s_start, s_end, self.spans[block])
            cached = (toks, self._find_cues(text, toks))
            self._cache[(block, s_start)] = cached
        return cached

    def _next_sentence_attribution(self, block: int, after: list[_Tok]) -> _Cue | None:
        """``“…?” Graham asked.``: a quote that ends its sentence, attributed at the start of
        the next one (which then ends, or goes on after a comma)."""
        if any(_is_word(t) or t.quote for t in after):
            return None
        index = self._s_index + 1
        if index >= len(self._block_sentences):
            return None
        s_start, s_end = self._block_sentences[index]
        toks, cues = self._sentence_data(block, s_start, s_end)
        cue = self._adjacent_after(toks, cues)
        if cue is None:
            return None
        rest = [t for t in toks if t.start >= max(cue.attr_end, cue.end)]
        if rest and rest[0].text not in {".", ",", ";", "!", "?"}:
            return None
        return cue

    def _dash_attribution(self, after: list[_Tok]) -> _Cue | None:
        """``“…” ― Martha Aguilar``: a name after a dash."""
        if not after or after[0].text not in {"―", "—", "–", "-"}:
            return None
        name: list[_Tok] = []
        for tok in after[1:]:
            if not _is_word(tok) or len(name) >= 6:
                break
            name.append(tok)
        rest = after[1 + len(name) :]
        if not name or (rest and rest[0].text not in {".", ",", ";", "(", "\u00a0"}):
            return None
        if not looks_like_name(_join(name)):
            return None
        cue = _Cue(after[0].start, after[0].end, after[0].text)
        cue.speaker_start, cue.speaker_end = name[0].start, name[-1].end
        cue.speaker_text = _join(name)
        cue.attr_end = name[-1].end
        return cue

    # ------------------------------------------------------------------ cue finding

    def _find_cues(self, text: str, toks: list[_Tok]) -> list[_Cue]:
        cues: list[_Cue] = []
        n = len(toks)
        trigger = self.trigger
        multi_only = self.multi_only
        # The few tokens that can start a cue, found in one pass; ``k`` is where reading
        # resumes after a cue of several tokens.
        # (A quote token's ``low`` is "\x00": it holds no hyphen.)
        # A hyphen is looked for in each token only when the sentence holds one.
        candidates = (
            [i for i, low in enumerate(map(_LOW, toks)) if low in trigger or "-" in low]
            if toks and "-" in text[toks[0].start : toks[-1].end]
            else [i for i, low in enumerate(map(_LOW, toks)) if low in trigger]
        )
        k = 0
        for index in candidates:
            if len(cues) >= _MAX_CUES:
                break
            if index < k:
                continue
            k = index
            tok = toks[k]
            low = tok.low
            if low in multi_only and (k + 1 >= n or (low, toks[k + 1].low) not in _MULTI_PAIRS):
                continue  # no phrase of several words starts here, and no other cue does
            # French inversion: a-t-il déclaré, dit-elle.
            inv = _FR_INVERSION.match(low) if "-" in low else None
            if inv is not None:
                pronoun = (inv.group("pro") or inv.group("pro2") or "").lower()
                if inv.group("aux") and k + 1 < n and toks[k + 1].low in self.cues:
                    verb = toks[k + 1]
                    cue = _Cue(tok.start, verb.end, f"{inv.group('aux')} {verb.text}")
                    end_tok = k + 1
                elif inv.group("verb") and inv.group("verb").lower() in _ALL_CUES:
                    cue = _Cue(tok.start, tok.end, inv.group("verb"))
                    end_tok = k
                else:
                    continue
                p_start = tok.start + low.rfind(pronoun)
                cue.speaker_start, cue.speaker_end = p_start, tok.start + len(low)
                cue.speaker_text = pronoun
                cue.attr_end = toks[end_tok].end
                self._complement(cue, toks, end_tok + 1)
                cues.append(cue)
                k = end_tok + 1
                continue
            if low == "nach" and self.language in {None, "de"}:
                postposed = self._german_postposed_source(toks, k)
                if postposed is not None:
                    cues.append(postposed)
                    continue
                width = _german_source(toks, k)
                if width:
                    cue = _Cue(
                        tok.start,
                        toks[k + width - 1].end,
                        " ".join(t.text for t in toks[k : k + width]),
                        nonverbal=True,
                    )
                    if self._german_source_speaker(cue, toks, k, width):
                        cues.append(cue)
                    k += width
                    continue
            multi = _match_multi(toks, k) if low in _MULTI_FIRST else 0
            if low in _NONVERBAL_SINGLE or multi:
                width = multi or 1
                cue = _Cue(
                    tok.start,
                    toks[k + width - 1].end,
                    " ".join(t.text for t in toks[k : k + width]),
                    nonverbal=True,
                )
                if low == "per" and self.language not in {None, "en"}:
                    continue
                if self._speaker_after(cue, toks, k + width, nonverbal=True):
                    if k == 0 and self.language == "de":
                        _german_verb_after(cue, toks, k + width)
                    cues.append(cue)
                k += width
                continue
            if low in _GERMAN_SO and self.language in {None, "de"}:
                if (
                    low == "so"
                    and k > 0
                    and toks[k - 1].text == ","
                    and k + 1 < n
                    and toks[k + 1].low not in {"heißt", "hieß"}  # "so heißt es": the verb's
                ):
                    cue = _Cue(tok.start, tok.end, tok.text, nonverbal=True)
                    after_quote = k >= 2 and toks[k - 2].quote
                    if self._speaker_after(cue, toks, k + 1, nonverbal=True) and (
                        after_quote or _to_end(toks, cue)
                    ):
                        cues.append(cue)
                elif low == "zufolge" and k > 0:
                    cue = _Cue(tok.start, tok.end, tok.text, nonverbal=True)
                    if self._speaker_before(cue, toks, k):
                        _german_zufolge_phrase(cue, toks, k)
                        cue.content_start = tok.end
                        cues.append(cue)
                continue
            if low in _DE_ANONYMOUS and self.language in {None, "de"}:
                anonymous = self._anonymous(toks, k)
                if anonymous is not None:
                    cues.append(anonymous)
                    continue
            if low in self.cues or low in _PARTICIPLE_CUES:
                if low in _NAMING_ONLY and not any(t.quote for t in toks[k + 1 :]):
                    continue  # a naming verb is a cue only before marked words
                verb_cue = self._verb_cue(text, toks, k)
                if verb_cue is not None:
                    cues.append(verb_cue)
            elif low in self.belief:
                belief_cue = self._verb_cue(text, toks, k)
                if (
                    belief_cue is not None
                    and belief_cue.content_start is not None
                    and belief_cue.speaker_start is not None
                    and (belief_cue.speaker_start < belief_cue.start or self.language == "de")
                ):
                    # "Analysts believe (that) CLAUSE": reported thought, only with its
                    # clause and its subject before it.
                    cues.append(belief_cue)
        return cues

    def _german_postposed_source(self, toks: list[_Tok], k: int) -> _Cue | None:
        """``Seiner Meinung nach sei …``, ``…: Die Mittel seien ihrer Meinung nach nicht
        gewahrt``, ``…, das seiner Meinung nach … führen werde``: a possessive, a source noun
        and ``nach`` after it; the possessive's referent speaks. The content is the clause
        around the cue (from the verb after it at the sentence's start, else from the comma or
        colon before it); not after an article (``die seiner Meinung nach wachsenden
        Gefahren`` names a noun's attribute), unless that is a relative pronoun after a
        comma."""
        if k < 1 or toks[k - 1].low not in rules.GERMAN_SOURCE_NOUNS:
            return None
        if k + 1 < len(toks) and toks[k - 1].low.endswith(rules.GERMAN_POSTPOSED_SOURCE_ENDINGS):
            bare = self._german_bare_postposed_source(toks, k)
            if bare is not None:
                return bare
        if k < 2:
            return None
        owner = toks[k - 2]
        if owner.low not in rules.GERMAN_POSSESSIVE_SOURCES or k + 1 >= len(toks):
            return None
        if k > 2 and toks[k - 3].low in _FIRST_ARTICLES and not (k > 3 and toks[k - 4].text == ","):
            return None
        cue = _Cue(owner.start, toks[k].end, _join(toks[k - 2 : k + 1]), nonverbal=True)
        cue.speaker_start, cue.speaker_end, cue.speaker_text = owner.start, owner.end, owner.text
        cue.attr_end = toks[k].end
        if k == 2:
            cue.content_start = toks[k + 1].start
        else:
            opening = next((i for i in range(k - 3, -1, -1) if toks[i].text in {",", ":", ";"}), -1)
            cue.content_start = toks[opening + 1].start
        return cue

    def _german_bare_postposed_source(self, toks: list[_Tok], k: int) -> _Cue | None:
        """``Presseberichten nach soll der Minister zurücktreten.``, ``Der Minister soll
        Medienberichten nach zurücktreten.``: a plural source noun that names its source, at
        the sentence's start or after a verb, then ``nach`` and a word in lower case (``in
        den Berichten nach Hinweisen`` is a preposition and its noun). The noun is the
        speaker; the content is what follows from the verb, or the sentence around it."""
        noun, nxt = toks[k - 1], toks[k + 1]
        if not _is_word(nxt) or _is_cap(nxt) or not _is_cap(noun):
            return None
        if k >= 2 and (toks[k - 2].low in _FIRST_ARTICLES or _german_adjective(toks[k - 2])):
            return None  # "den Presseberichten nach": an article's noun, read no further
        cue = _Cue(noun.start, toks[k].end, _join(toks[k - 1 : k + 1]), nonverbal=True)
        cue.speaker_start, cue.speaker_end, cue.speaker_text = noun.start, noun.end, noun.text
        cue.attr_end = toks[k].end
        if k == 1:
            cue.content_start = nxt.start
        elif toks[k - 2].low in self.aux or toks[k - 2].low in rules.GERMAN_FINITE:
            cue.content_start = toks[0].start  # the source inside its clause
        else:
            return None
        return cue

    def _anonymous(self, toks: list[_Tok], k: int) -> _Cue | None:
        """German reported speech with no speaker: the impersonal passive (``Es wird
        befürchtet, dass …``, ``Der Prozess könne … dauern, wird vermutet.``) and ``demnach``
        (according to what was just reported) in a clause whose verb tells reported speech
        (``soll``, a subjunctive: ``Demnach hätten sich die Menschen … geflüchtet``)."""
        tok = toks[k]
        n = len(toks)
        if tok.low == "demnach":
            clause = next((i for i in range(k - 1, -1, -1) if toks[i].text in {";", ":"}), -1) + 1
            end = next((i for i in range(k + 1, n) if toks[i].text in {",", ";", ":"}), n)
            if not any(
                t.low in rules.GERMAN_REPORTATIVE or t.low in _FREE_INDIRECT_WORDS
                for t in toks[clause:end]
            ):
                return None
            cue = _Cue(tok.start, tok.end, tok.text, nonverbal=True, anonymous=True)
            cue.attr_end = tok.end
            first = k + 1 if k == clause else clause
            if first < n:
                cue.content_start = toks[first].start
            return cue
        if k == 0 or toks[k - 1].low not in {"wird", "wurde"}:
            return None
        if (
            k >= 3
            and toks[k - 2].low == "so"
            and toks[k - 3].text in {",", "–", "—"}
            and tok.low in rules.GERMAN_IMPERSONAL_INSERT
        ):
            # "Es sei, so wird gesagt, eine Illusion …": set off inside the clause it
            # reports, the sentence is the content; "…, so wurde berichtet.": the clause
            # before (read when the cue ends it).
            cue = _Cue(toks[k - 2].start, tok.end, _join(toks[k - 2 : k + 1]), anonymous=True)
            cue.attr_end = tok.end
            if k + 2 < n and toks[k + 1].text == toks[k - 3].text and _is_word(toks[k + 2]):
                cue.content_start = toks[0].start
            return cue
        if k >= 2 and toks[k - 2].low == "es" and k + 1 < n and toks[k + 1].text == ",":
            # "Es wird befürchtet, dass …": the clause after the comma.
            cue = _Cue(toks[k - 2].start, tok.end, _join(toks[k - 2 : k + 1]), anonymous=True)
            cue.attr_end = tok.end
            after = k + 2 if k + 2 < n and toks[k + 2].low == "dass" else k + 1
            cue.content_start = toks[after].end
            return cue
        if k >= 2 and toks[k - 2].text == ",":
            # "…, wird vermutet.": the clause before the comma (read when the cue ends it).
            cue = _Cue(toks[k - 1].start, tok.end, _join(toks[k - 1 : k + 1]), anonymous=True)
            cue.attr_end = tok.end
            return cue
        return None

    def _german_source_speaker(self, cue: _Cue, toks: list[_Tok], k: int, width: int) -> bool:
        """The speaker of ``Nach Angaben der Polizei`` (``der Polizei``, read after the
        noun), or the noun phrase itself when nothing follows it (``Nach Polizeiangaben``,
        ``Nach ersten Untersuchungen``); at the sentence's start, the content is what follows
        from the finite verb (``Nach Angaben der FAZ nimmt die Stadt … ein``)."""
        after = k + width
        if after < len(toks) and toks[after].low in {"von", "vom", "des", "der", "eines", "einer"}:
            start = after + 1 if toks[after].low in {"von", "vom"} else after
            if not self._speaker_after(cue, toks, start, nonverbal=True):
                return False
        else:
            phrase = toks[k + 1 : after]
            cue.speaker_start, cue.speaker_end = phrase[0].start, phrase[-1].end
            cue.speaker_text = _join(phrase)
            cue.attr_end = cue.end
            if k == 0 and after < len(toks) and _is_word(toks[after]) and not _is_cap(toks[after]):
                cue.content_start = toks[after].start  # "Nach Polizeiangaben kam …"
            return True
        if k == 0:
            _german_verb_after(cue, toks, after)
        return True

    def _verb_cue(self, text: str, toks: list[_Tok], k: int) -> _Cue | None:
        tok = toks[k]
        low = tok.low
        if low == "according" or (k > 0 and toks[k - 1].low == "worth"):
            return None  # "it is worth noting that": the writer's aside
        if k > 0 and toks[k - 1].low in _NOUN_DETERMINERS.get(self.language, frozenset()):
            return None  # "the states", "a report", "des dits": a noun, not a verb
        if self.language == "en" and k > 0 and _en_noun_cue(toks, k):
            return None
        if low in rules.FRENCH_REFLEXIVE_ONLY and not _french_reflexive_before(toks, k):
            return None  # "félicite l'équipe": a cue only as "se félicite", "s'est défendu"
        # Made bare (the other fields read their class defaults): calling the dataclass ran
        # its __init__, sixteen stores, for each verb read.
        cue = _new(_Cue)
        cue.start = tok.start
        cue.end = tok.end
        cue.text = tok.text
        cue.risky = low in self.risky
        if k > 0 and toks[k - 1].low in _TENSE_AUX and toks[k - 1].end + 1 >= tok.start:
            cue.text = f"{toks[k - 1].text} {tok.text}"
            cue.start = toks[k - 1].start
        particle = rules.GERMAN_PARTICLES.get(low) if self.language in {None, "de"} else None
        if particle is not None:
            end = _particle_index(toks, k + 1, particle)
            if end is None:
                # Without its particle the stem is no cue unless a quote is adjacent.
                cue.risky = True
            else:
                cue.text = f"{tok.text} {toks[end].text}"
                cue.attr_end = toks[end].end
                # "gab … an", "teilte … mit" head reported speech ("stellte … dar" does not).
                cue.risky = toks[end].low in rules.GERMAN_RISKY_PARTICLES
        optional = (
            rules.GERMAN_OPTIONAL_PARTICLES.get(low) if self.language in {None, "de"} else None
        )
        if optional is not None:
            end = _particle_index(toks, k + 1, optional)
            if end is not None:
                cue.text = f"{tok.text} {toks[end].text}"
                cue.attr_end = toks[end].end
        # Negation: "did not say", "n'a pas dit".
        if not rules.NEGATIONS.isdisjoint(map(_LOW, toks[max(0, k - 3) : k])):
            cue.negated = True
        german = self.language == "de"
        if low in _PARTICIPLE_CUES and k > 0 and toks[k - 1].text == ",":
            # "…, saying": the subject of the sentence speaks.
            subject = self._participle_subject(toks[: k - 1])
            if subject:
                cue.speaker_start, cue.speaker_end = subject[0].start, subject[-1].end
                cue.speaker_text = _join(subject)
                cue.attr_end = cue.end
                cue.risky = False  # ", saying …" after a clause heads reported speech
                self._complement(cue, toks, k + 1)
                return cue
        # The conjunction before the verb, or before its tense auxiliary ("but has said").
        conj = k - 2 if k > 2 and toks[k - 1].low in _TENSE_AUX else k - 1
        if (
            self.language == "en"
            and conj > 0
            and toks[conj].low in {"and", "but"}
            and low in _EN_BRIDGE
            and (_en_clause_at(toks, k + 1) or (k + 1 < len(toks) and toks[k + 1].low == "that"))
        ):
            # "Democrats described it as ominous, and said the panel might …", "… but has
            # said she will hold firm": the subject of the first clause speaks (what follows
            # is a clause, not an inverted speaker).
            subject = self._participle_subject(toks[:conj])
            if subject:
                cue.speaker_start, cue.speaker_end = subject[0].start, subject[-1].end
                cue.speaker_text = _join(subject)
                cue.attr_end = cue.end
                self._complement(cue, toks, k + 1)
                return cue
        # A relative clause: "an architect who said he was stiffed", "Democrats, who have
        # argued that …": the noun the relative pronoun stands for speaks.
        rel = k - 2 if k > 1 and toks[k - 1].low in _TENSE_AUX else k - 1
        if self.language == "en" and rel > 0 and toks[rel].low == "who":
            antecedent = _en_antecedent(toks, rel)
            if antecedent:
                self._complement(cue, toks, k + 1)
                if cue.content_start is not None:  # only before the clause it heads
                    cue.speaker_start, cue.speaker_end = antecedent[0].start, antecedent[-1].end
                    cue.speaker_text = _join(antecedent)
                    cue.attr_end = cue.end
                    cue.relative = toks[rel - 1].text == ","
                    return cue
        if german and low in {"heißt", "hieß"} and k + 2 < len(toks) and toks[k + 1].low == "es":
            # "heißt es in dem Schreiben": the document speaks.
            m = k + 2
            while m < len(toks) and toks[m].low not in {"in", "im"} and m - k < 5:
                m += 1
            if m < len(toks) and toks[m].low in {"in", "im"}:
                self._speaker_after(cue, toks, m + 1)
            if cue.speaker_text is None and not self._in_document_before(cue, toks, k):
                # "Vorerst hieß es, dass …", "…, hieß es.": reported with no source.
                cue.anonymous = True
            if k > 1 and toks[k - 1].low == "so" and toks[k - 2].text in {",", "–", "—"}:
                cue.start = toks[k - 1].start  # "…, so heißt es in der Mitteilung."
                cue.text = f"{toks[k - 1].text} {tok.text} es"
            else:
                cue.text = f"{tok.text} es"
            cue.attr_end = max(cue.attr_end, toks[k + 1].end)
        elif (
            german
            and low in {"zitiert", "zitierte", "zitieren"}
            and not (k > 0 and toks[k - 1].low in {"wird", "wurde", "werden", "wurden"})
            and self._speaker_after(cue, toks, k + 1)
        ):
            pass  # "Die Rundschau zitiert einen Augenzeugen mit den Worten": the witness
        elif (
            (german and _german_inverted(toks, k) and self._speaker_after(cue, toks, k + 1))
            or self._speaker_before(cue, toks, k)
            or self._speaker_after(cue, toks, k + 1)
        ):
            if (
                self.language in _PRO_DROP_PLURAL
                and cue.speaker_start is not None
                and cue.speaker_start < cue.start
                and k + 1 < len(toks)
                and toks[k + 1].text == ":"
                and _pro_drop_singular(self.language, cue.text, toks, k)
                and self._adverbial([t for t in toks[:k] if t.start >= cue.speaker_start])
            ):
                # "Al respecto, señaló: «…»": the words before the verb are an adverbial and
                # its subject is dropped (resolved as after a quote: "«…», añadió.").
                cue.speaker_start = cue.speaker_end = None
                cue.speaker_text = cue.role = None
                cue.implied = ""
        else:
            # Pro-drop or participle use: keep as a cue with no speaker.
            cue.speaker_text = None
            if self.language in _PAST_GENDER_ENDINGS:
                cue.implied = _past_gender(low, _PAST_GENDER_ENDINGS[self.language])
            elif self.language in _PRO_DROP_PLURAL and _pro_drop_singular(
                self.language, cue.text, toks, k
            ):
                cue.implied = ""  # "«…», añadió.": the nearest person, of either gender
        cue.attr_end = max(cue.attr_end, cue.end, cue.speaker_end or 0)
        self._complement(cue, toks, k + 1)
        return cue

    def _complement(self, cue: _Cue, toks: list[_Tok], k: int) -> None:
        """Find where reported speech starts after the cue (``que``, ``that``, ``dass``, or a
        comma in German)."""
        n = len(toks)
        j = k
        steps = 0
        # "says at a campaign stop in Toledo, Ohio, that …": an adjunct may be longer.
        limit = 14 if self.language == "en" and k < n and toks[k].low in _EN_ADJUNCT_STARTS else 8
        while j < n and steps < limit:
            tok = toks[j]
            if tok.quote:
                if j == k or self.language != "en":
                    return
                break  # "says he has “big plans” …": a clause may hold a partial quote
            if tok.low in self.complementizers or tok.low in {"qu'", "que"}:
                if (
                    tok.low == "that"
                    and j == k
                    and j + 1 < n
                    and toks[j + 1].low in _EN_FINITE
                    and self.language == "en"
                    and not cue.nonverbal
                ):
                    # "He said that would permit …": right after the cue and before a
                    # finite verb, "that" is the clause's subject, not its opening word.
                    cue.content_start = tok.start
                    return
                if tok.low == "that" and (
                    j + 1 >= n
                    or _en_relative_verb(toks[j + 1])
                    or toks[j + 1].text in {".", "!", "?", ";", ")"}
                ):
                    # "told reporters after the meeting that was held …": a relative clause;
                    # "said the test could change that.": a pronoun.
                    steps += 1
                    j += 1
                    continue
                cue.content_start = tok.end
                return
            if tok.low.startswith(("qu'", "qu’")) and len(tok.low) > 3:
                cue.content_start = tok.start + 3
                return
            if tok.text == ":":
                return
            if (
                tok.text == ","
                and self.language in {None, "de"}
                and (j == k or toks[j - 1].end == cue.attr_end)
                and (j + 1 >= n or toks[j + 1].low not in rules.GERMAN_NOT_CONTENT)
            ):
                # "X sagte, …", the comma after the particle ("gab an, …") or after an
                # inverted speaker ("sagte Rice, …").
                cue.content_start = tok.end
                return
            if (
                tok.text == ","
                and self.language == "de"
                and j - k <= 6
                and _german_subjunctive_clause(toks, j + 1)
            ):
                # "sagte dazu, dies sei …", "argumentierten außerdem, er habe …", "sagte
                # gegenüber der Zeitung, es sei …": words between the cue and its comma; the
                # subjunctive of the clause after it tells reported speech.
                cue.content_start = tok.end
                return
            if tok.text in {".", ";", "!", "?"}:
                break
            if (
                self.language == "en"
                and j > k
                and tok.low in {"and", "but"}
                and j + 1 < n
                and toks[j + 1].low in self.cues
            ):
                # "said the plan would fail and suggested that …": the "that" is the second
                # verb's; the clause of this one starts right after it (read below).
                break
            steps += 1
            j += 1
        inverted = cue.speaker_start is not None and cue.speaker_start > cue.start
        if (
            self.language == "en"
            and k < n
            and not cue.nonverbal
            and not inverted
            and (
                cue.text.lower().rsplit(" ", 1)[-1] in _EN_BRIDGE
                or cue.text.lower().rsplit(" ", 1)[-1] in self.belief
            )
        ):
            # "X said (that) CLAUSE" without "that"; "X told reporters (that) CLAUSE".
            if cue.text.lower().endswith(("told", "tells", "tell")):
                k = _skip_en_object(toks, k)
            if _en_clause_at(toks, k):
                cue.content_start = toks[k].start
            else:
                # "said after the convention he would …": a short adjunct, then the clause.
                subject = _skip_en_adjunct(toks, k)
                if subject is not None and _en_clause_at(toks, subject):
                    cue.content_start = toks[subject].start

    # ------------------------------------------------------------------ speakers

    def _speaker_before(self, cue: _Cue, toks: list[_Tok], k: int) -> bool:
        """Read the speaker phrase backwards from the cue at token ``k``."""
        j = k - 1
        while (
            j >= 0
            and not toks[j].quote
            and toks[j].low in self.aux
            and toks[j].low not in (rules.PRONOUNS)
        ):
            if toks[j].low in rules.NEGATIONS:
                cue.negated = True
            j -= 1
        if j >= 1 and toks[j].text == ",":
            return self._apposition_before(cue, toks, j)
        end = j
        start = j + 1
        steps = 0
        aux_at = -1
        while j >= 0 and steps < 18:
            tok = toks[j]
            if tok.text == ")":
                j = _skip_parenthesis(toks, j)  # "Sen. Claire McCaskill (D-Mo.) said"
                continue
            first = tok.text[:1]  # (_is_word, inline: the loop's hottest test)
            if tok.quote or (
                not (first.isalnum() or first == "_") and tok.text not in {"(", ")", "-", "&"}
            ):
                break
            if tok.text in {"(", ")"} or tok.text == "-":
                j -= 1
                continue
            low = tok.low
            if low in _GERMAN_SUBORDINATORS and self.language == "de" and j < end:
                # Verb-final clause: "wie der Sprecher mitteilte", "indem sie … aufforderte".
                if self._speaker_inside(cue, toks, j + 1):
                    return True
                break
            if low in rules.SPEAKER_STOP and not (low in {"der", "die", "das"} and j < end):
                break  # an article inside the phrase ("Sprecher der Partei") is kept
            if low in self.aux and j < end and steps > 0:
                if low in rules.PRONOUNS:
                    break
                opens = j == 0 or toks[j - 1].quote or toks[j - 1].text in {",", ";", ":"}
                if opens and self._speaker_inside(cue, toks, j + 1):
                    return True  # verb-final clause: "…“, hatte VW-Chef Winterkorn … erklärt."
                # Words between an auxiliary and the cue are adverbials: restart before it.
                if aux_at < 0:
                    aux_at = j  # the auxiliary nearest the cue (not an adverb before it)
                end = j - 1
                start = j
                j -= 1
                steps = 0
                continue
            if low in self.cues and j < end and low not in _NAME_LIKE_CUES:
                break
            start = j
            j -= 1
            steps += 1
        phrase = toks[start : end + 1] if start <= end else []
        # Drop leading lowercase connectors left at a clause start.
        while phrase and phrase[0].low in _CONNECTORS_BRACKETS:
            phrase = phrase[1:]
        if not (phrase and any(_is_word(t) for t in phrase) and self._plausible_speaker(phrase)):
            # German verb second after an adverbial: "Bereits vor zwei Wochen hatte die
            # Gewerkschaft erklärt, …" (the subject follows the auxiliary).
            return (
                self.language == "de"
                and aux_at >= 0
                and self._speaker_inside(cue, toks, aux_at + 1)
            )
        cue.speaker_start = phrase[0].start
        cue.speaker_end = phrase[-1].end
        cue.speaker_text = _join(phrase)
        # Apposition: "Name, role of Org, said".
        first_index = toks.index(phrase[0])
        if first_index >= 2 and toks[first_index - 1].text == "," and _looks_like_role(phrase):
            name = self._name_before_comma(toks, first_index - 1)
            if name:
                cue.role = cue.speaker_text
                cue.speaker_start = name[0].start
                cue.speaker_text = _join(name)
        return True

    def _apposition_before(self, cue: _Cue, toks: list[_Tok], comma: int) -> bool:
        """``Name, role of Org, said``: the name before the appositions is the speaker.

        The comma-separated segments before the cue are read backwards: descriptions
        (``the Republican attorney general of Oklahoma``, ``PDG de Meta``, ``25``) are passed
        over until a segment that is a name; the description right after it is the role."""
        segments: list[list[_Tok]] = []
        end = comma
        j = comma - 1
        while j >= -1 and len(segments) < 4:
            tok = toks[j] if j >= 0 else None
            if tok is None or tok.text == "," or tok.quote or tok.text in {";", ":", ".", "!", "?"}:
                segment = [t for t in toks[j + 1 : end] if _is_word(t) or t.text in {"(", ")"}]
                if not segment or end - j > 30:
                    break
                segments.append(segment)
                if tok is None or tok.text != ",":
                    break
                end = j
            j -= 1
        for index, segment in enumerate(segments):
            words = [t for t in segment if _is_word(t)]
            text = _join(segment)
            if looks_like_name(text) and not _looks_like_role(words):
                cue.speaker_start = segment[0].start
                cue.speaker_end = segment[-1].end
                cue.speaker_text = text
                if index > 0:
                    cue.role = _join(segments[index - 1])
                elif len(segments) > 1 and _described(segments[1]):
                    cue.role = _join(segments[1])  # "The role of Org, Name, said"
                return True
            if not _described(segment):
                break
        words = [t for t in segments[0] if _is_word(t)] if segments else []
        if (
            words
            and len(words) <= 8
            and self._plausible_speaker(words)
            and (_is_cap(words[0]) or words[0].low in _FIRST_ARTICLES)
        ):
            cue.speaker_start = words[0].start
            cue.speaker_end = words[-1].end
            cue.speaker_text = _join(words)
            return True
        return False

    def _name_before_comma(self, toks: list[_Tok], comma: int) -> list[_Tok] | None:
        j = comma - 1
        out: list[_Tok] = []
        while j >= 0 and len(out) < 6:
            tok = toks[j]
            if tok.text == ")":
                j = _skip_parenthesis(toks, j)  # "Rep. Jim Jordan (R-Ohio), …"
                continue
            if tok.quote or not _is_word(tok):
                break
            if not (
                _is_cap(tok)
                or tok.low in {"de", "von", "van", "der", "da", "di", "le", "la", "du", "bin", "al"}
            ):
                break
            out.insert(0, tok)
            j -= 1
        if j >= 0 and _is_word(toks[j]) and not _is_cap(toks[j]) and toks[j].low not in _CONNECTORS:
            return None  # "in the Senate, a spokesman said": an object, no apposed name
        while out and not _is_cap(out[0]):
            out.pop(0)
        if not out or not looks_like_name(_join(out)):
            return None
        return out

    def _speaker_inside(self, cue: _Cue, toks: list[_Tok], k: int) -> bool:
        """Set the speaker of a verb-final ``cue`` from the phrase read forward from token
        ``k``, when that phrase ends before the cue (it lies between the clause's opening word
        and its verb)."""
        probe = _Cue(cue.start, cue.end, cue.text)
        if not (
            self._speaker_after(probe, toks, k)
            and probe.speaker_end is not None
            and probe.speaker_end <= cue.start
        ):
            return False
        cue.speaker_start = probe.speaker_start
        cue.speaker_end = probe.speaker_end
        cue.speaker_text = probe.speaker_text
        return True

    def _speaker_after(
        self, cue: _Cue, toks: list[_Tok], k: int, *, nonverbal: bool = False
    ) -> bool:
        """Read the speaker phrase forwards from token ``k`` (inversion, ``selon X``)."""
        n = len(toks)
        if not nonverbal and self.inverted_adverbial_first and k < n:
            k = self._skip_inverted_adverbial(toks, k)
        j = k
        out: list[_Tok] = []
        if nonverbal and k < n and toks[k].quote:
            # "Laut „BBC News“ wurden …": a name in marks right after a source cue that opens
            # the sentence or follows a comma is the source, not a quote (see
            # _quote_for_span); inside a clause (“X kommentierte laut „…“ …”) it tells the
            # medium of the clause's speaker.
            at = bisect.bisect_left(toks, cue.start, key=_tok_start)
            if at == 0 or toks[at - 1].text in {",", "—", "–", "(", ":"}:
                return self._marked_source(cue, toks[k])
            return False
        if not nonverbal and k < n and toks[k].low in self.adjuncts:
            # "dijo a los periodistas el ministro …": the speaker after the phrase.
            found = self._after_adjunct(toks, k)
            if found is None and toks[k].low in self.bare_prepositions:
                return False  # "dijo a los periodistas.": no speaker opens with "a"
            if found is None and toks[k].low in self.articles and _plural_after(toks, k):
                # Portuguese "a", an article and a preposition: before a plural noun it is
                # the preposition ("disse a jornalistas"; the article would be "as"), not
                # the speaker's article ("disse a ministra Ana Silva").
                return False
            j = found or k
        while j < n and len(out) < 10:
            tok = toks[j]
            if tok.quote or tok.text in {",", ";", ":", ".", "!", "?", "—", "–", ")", "("}:
                if tok.text in {"(", ")"} and out:
                    j += 1
                    continue
                break
            low = tok.low
            if not out and low in {"sich", "dazu", "damit", "hierzu", "auch", "zudem"}:
                j += 1
                continue
            if not out and low in _FIRST_ARTICLES:
                out.append(tok)
                j += 1
                continue
            if out and _is_cap(out[-1]) and low in _INNER_PARTICLES:
                inner = _particle_run(toks, j, out[-1])
                if inner > j:
                    out.extend(toks[j:inner])  # "disse Maria da Silva", "Frans van der Berg"
                    j = inner
                    continue
            if low in _AFTER_STOP and not (out and low in {"de", "der", "des", "du", "of"}):
                break
            if low in self.after_stop:
                break
            if low in self.prepositions and out and _is_cap(out[-1]):
                break  # "il ministro Giorgetti ai giornalisti": the name ends
            if (
                self.lower_titles
                and out
                and _is_cap(out[-1])
                and not _is_cap(tok)
                and low not in _NAME_PARTICLES
            ):
                break  # "Według Anny Nowak sytuacja jest …": the name ends at a lower-case word
            if low in self.cues and out and not _is_cap(tok):
                break
            out.append(tok)
            j += 1
        while out and out[-1].low in _ARTICLES_OF:
            out.pop()
        if not out:
            return False
        low0 = out[0].low
        if nonverbal and (low0 in rules.SELON_REJECT and len(out) == 1):
            return False
        if nonverbal and low0 in rules.SELON_REJECT_FIRST:
            return False
        if not self._plausible_speaker(out):
            return False
        if not nonverbal and not (
            _is_cap(out[0])
            or out[0].low in rules.PRONOUNS
            or out[0].low in _FIRST_ARTICLES
            or (self.lower_titles and len(out) > 1 and any(_is_cap(t) for t in out[1:4]))
        ):
            return False
        cue.speaker_start = out[0].start
        cue.speaker_end = out[-1].end
        cue.speaker_text = _join(out)
        cue.attr_end = max(cue.attr_end, out[-1].end)
        # Apposition after the name: ", directeur de l'analyse de l'équipe du CSET".
        if j < n and toks[j].text == "," and looks_like_name(cue.speaker_text):
            role_toks: list[_Tok] = []
            m = j + 1
            while (
                m < n and not toks[m].quote and toks[m].text not in {",", ";", ".", ":", "!", "?"}
            ):
                role_toks.append(toks[m])
                m += 1
            if role_toks and _looks_like_role(role_toks) and len(role_toks) <= 16:
                cue.role = _join(role_toks)
                cue.attr_end = role_toks[-1].end
        return True

    def _inverted_adverbial_end(self, toks: list[_Tok], k: int) -> int:
        """Where the adverbial of :data:`rules.INVERTED_ADVERBIALS` that starts at token
        ``k`` ends (``k`` itself when none starts there)."""
        if k >= len(toks) or toks[k].low not in self.inverted_adverbial_first:
            return k
        for phrase in self.inverted_adverbials:
            end = k + len(phrase)
            if end <= len(toks) and all(toks[k + i].low == w for i, w in enumerate(phrase)):
                return end
        return k

    def _skip_inverted_adverbial(self, toks: list[_Tok], k: int) -> int:
        """The token after an adverbial between an inverted cue verb and its subject
        (``indique pour sa part le général …``, ``lamenta, por su parte, Iris …``); ``k``
        when there is none. Between commas, the subject must follow the second comma."""
        if toks[k].text == ",":
            end = self._inverted_adverbial_end(toks, k + 1)
            if end > k + 1 and end + 1 < len(toks) and toks[end].text == ",":
                return end + 1
            return k
        end = self._inverted_adverbial_end(toks, k)
        if end > k and end < len(toks) and toks[end].text == ",":
            return k  # "dijo además, …": a clause follows, no subject
        return end

    def _after_adjunct(self, toks: list[_Tok], k: int) -> int | None:
        """Where an inverted cue's speaker starts after a phrase that opens at token ``k``
        with a word of :data:`rules.INVERSION_ADJUNCTS` (``dijo a los periodistas el ministro
        …``, ``mówił w Sejmie premier Jan Kowalski``): an article (in a language without
        articles, a name or a role noun before a name) after a word of the phrase that is no
        preposition or article; ``None`` when the phrase reaches punctuation, a quote, a
        clause (``que``, ``y``) or :data:`_ADJUNCT_TOKENS` words first."""
        n = len(toks)
        for s in range(k + 1, min(n - 1, k + _ADJUNCT_TOKENS + 1)):
            tok = toks[s]
            if not _is_word(tok) or tok.low in rules.INVERSION_ADJUNCT_STOPS:
                return None
            before = toks[s - 1].low
            if before in self.prepositions or before in self.articles:
                continue  # "a los", "w Sejmie": inside the phrase
            head = toks[s + 1]
            if self.articles:
                if tok.low in self.articles and (_is_cap(head) or is_role_word(head.low)):
                    return s
            elif _is_cap(tok) or (is_role_word(tok.low) and _is_cap(head)):
                return s
        return None

    def _in_document_before(self, cue: _Cue, toks: list[_Tok], k: int) -> bool:
        """The document that speaks in ``In der Mitteilung heißt es, …``: the words after
        ``in``/``im`` that open the clause of ``heißt``/``hieß`` at token ``k``."""
        first = k - 1
        while first > 0 and _is_word(toks[first - 1]) and k - first < _IN_DOCUMENT_TOKENS:
            first -= 1
        if first > 0 and not (_is_word(toks[first - 1]) or toks[first - 1].text in {",", ";"}):
            first = k  # after a quote or a colon: no such clause
        if k - first < 2 or toks[first].low not in {"in", "im"}:
            return False
        phrase = toks[first + 1 : k]
        if not any(_is_cap(t) for t in phrase) or _german_time_phrase(phrase):
            return False  # "In diesem Jahr hieß es …": a time, no document
        cue.speaker_start, cue.speaker_end = phrase[0].start, phrase[-1].end
        cue.speaker_text = _join(phrase)
        return True

    def _marked_source(self, cue: _Cue, tok: _Tok) -> bool:
        """The name in marks of a quote token as the cue's speaker, when it is a short one
        (see :data:`_MARKED_NAME_WORDS`)."""
        inner = tok.text.strip(_HINT_STRIP + " \u00a0\u202f")
        words = itertools.islice(_WORDS.finditer(inner), _MARKED_NAME_WORDS + 1)
        if not inner or len(list(words)) > _MARKED_NAME_WORDS:
            return False
        lead = tok.text.index(inner)
        cue.speaker_start = tok.start + lead
        cue.speaker_end = cue.speaker_start + len(inner)
        cue.speaker_text = inner
        cue.attr_end = max(cue.attr_end, tok.end)
        return True

    def _adverbial(self, words: list[_Tok]) -> bool:
        """The phrase opens (after a conjunction) with a word of
        :data:`rules.ADVERBIAL_OPENERS`: an adverbial, no subject (``Así, añadió``)."""
        if not self.adverbial_openers:
            return False
        first = next((t.low for t in words if t.low not in _CONNECTORS), "")
        return first in self.adverbial_openers

    def _plausible_speaker(self, phrase: list[_Tok]) -> bool:
        low = phrase[0].low
        if low in rules.FIRST_PERSON and len(phrase) == 1:
            return False
        if low in {"il", "it", "es"} and len(phrase) > 1 and low not in self.articles:
            return False  # "il faut", "it is" (Italian "il ministro": an article)
        if len(phrase) == 1 and low in rules.PRONOUNS:
            return True
        words = [t for t in phrase if not t.quote and (t.text[:1].isalnum() or t.text[:1] == "_")]
        if not words or len(words) > 18:
            return False
        if all(t.low in self.function_words for t in words):
            return False
        if self.language == "de" and _german_time_phrase(words):
            return False  # "Erst vergangene Woche kündigte der Konzern an": an adverbial
        if len(words) == 1 and len(words[0].text) == 1:
            return False  # "Y remató:", "E ha aggiunto:": a conjunction, no one's name
        return not (len(words) == 1 and words[0].low in rules.SPEAKER_STOP)

    # ------------------------------------------------------------------ attributions

    def _final_attribution(self, toks: list[_Tok], cues: list[_Cue]) -> _Cue | None:
        """A cue that closes the sentence (``…, so Murtha.``, ``…, a source said.``)."""
        for cue in reversed(cues):
            if cue.speaker_text is None or cue.negated:
                continue
            if _to_end(toks, cue) and _comma_before(toks, cue):
                return cue
        return None

    def _quote_for_span(
        self,
        block: int,
        text: str,
        span: _Span,
        toks: list[_Tok],
        cues: list[_Cue],
        final: _Cue | None,
        prev: _QuoteRec | None,
        last: tuple[Record | None, str | None, int] | None,
    ) -> _QuoteRec | None:
        start, end = span.inner(text)
        if end <= start:
            return None
        inner = text[start:end]
        before_word = _word_before(text, span.open)
        # The first words only: every rule below counts up to a few.
        first_words = [m.group() for m in itertools.islice(_WORDS.finditer(inner), 7)]
        if not span.incise and _is_title(
            inner, before_word, first_words, english=self.language == "en"
        ):
            return None
        if before_word in _SOURCE_CUE_WORDS and len(first_words) <= _MARKED_NAME_WORDS:
            return None  # "Laut „BBC News“": a source's name in marks (the cue's speaker)
        index = bisect.bisect_left(toks, span.open, key=_tok_start)  # tokens are in text order
        if index == len(toks) or not toks[index].quote or toks[index].start != span.open:
            return None
        words = len(first_words)  # at most 7
        rec = _new(_QuoteRec)  # bare, as a cue in _verb_cue
        rec.block = block
        rec.start = start
        rec.end = end
        rec.text = inner
        rec.kind = QuoteKind.DIRECT
        rec.open_mark = span.open_mark
        rec.close_mark = span.close_mark
        rec.unclosed = span.close is None
        rec.nested = [
            n for child in span.children if (n := self._nested(block, text, child)) is not None
        ]
        # Part of the sentence before the quote, after the previous quote.
        last_quote = index - 1
        while last_quote >= 0 and not toks[last_quote].quote:
            last_quote -= 1
        lead = toks[last_quote + 1 : index]
        # The tokens after the quote that any attribution reads (a cue within 40 words of it):
        # a bounded window, as copying the sentence's rest for each quote was quadratic.
        after = toks[index + 1 : index + 1 + _AFTER_WINDOW]
        adjacent = (
            self._adjacent_after(after, cues)
            or self._dash_attribution(after)
            or self._next_sentence_attribution(block, after)
        )
        colon = bool(lead) and lead[-1].text == ":"
        inherited = (
            prev is not None
            and prev.speaker_text is not None
            and prev.end < prev.attr_end <= span.open
            # "« Non, dit-elle. Nous … »": the speech resumed after its incise.
            and ((span.incise and not span.open_mark) or _only_attribution(lead, prev.attr_end))
        )
        own_cue = False
        if inherited and prev is not None and adjacent is None:
            # "“A,” Trump said, adding later, “B.”": a cue of its own between the attribution
            # of the quote before and this one starts a new attribution.
            own = next(
                (
                    c
                    for c in reversed(cues)
                    if prev.attr_end <= c.start
                    and c.end <= span.open
                    and c.speaker_text
                    and not c.negated
                ),
                None,
            )
            if own is not None:
                inherited = False
                adjacent = own
                own_cue = True  # as standalone as the run-on reading made it
        lead_words = [
            t for t in lead if not t.quote and (t.text[:1].isalnum() or t.text[:1] == "_")
        ]
        standalone = not lead_words or colon or inherited or own_cue or _only_dash(lead)
        cue: _Cue | None = None
        if adjacent is not None and not adjacent.negated:
            cue = adjacent
        elif colon:
            cue = next((c for c in reversed(cues) if c.end <= span.open and c.speaker_text), None)
            if cue is None and len(lead) > 1:
                # "Añadió: «…»": a cue verb with its subject dropped closes the clause.
                cue = next(
                    (c for c in cues if c.implied == "" and c.end == lead[-2].end),
                    None,
                )
            if cue is None:
                phrase = [t for t in lead[:-1] if not t.quote]
                if phrase and looks_like_name(_join(phrase)) and len(phrase) <= 6:
                    cue = _Cue(lead[-1].start, lead[-1].end, ":")
                    cue.speaker_start, cue.speaker_end = phrase[0].start, phrase[-1].end
                    cue.speaker_text = _join(phrase)
                else:
                    # "Staatssekretär Harald Stegemann bestreitet jede Kenntnis: „…“": the
                    # subject of the clause that the colon closes.
                    subject = self._clause_subject(lead[:-1])
                    if subject and not (len(subject) == 1 and len(subject[0].text) == 1):
                        # (a lone letter is a conjunction: "Y remató:", "E ha aggiunto:")
                        cue = _Cue(lead[-1].start, lead[-1].end, ":")
                        cue.speaker_start, cue.speaker_end = subject[0].start, subject[-1].end
                        cue.speaker_text = _join(subject)
        elif inherited and prev is not None:
            rec.cue = prev.cue
            rec.speaker = prev.speaker
            rec.speaker_text = prev.speaker_text
            rec.kind = prev.kind
            rec.source = prev.source
            rec.attr_end = prev.attr_end
            return rec
        if cue is None and not lead_words and index == 0 and self._s_index == 0 and block > 0:
            cue = self._colon_before_block(block)
        if cue is None:
            cue = next(
                (
                    c
                    for c in reversed(cues)
                    # (An impersonal cue, "hieß es, … „händeringend“ …", quotes words too.)
                    if c.end <= span.open and (c.speaker_text or c.anonymous) and not c.negated
                ),
                None,
            )
            if cue is not None:
                # "She adds, “…”": a cue and its speaker, then a comma, introduce the quote.
                standalone = colon or (
                    _comma_intro(lead, cue, self.complementizers, english=self.language == "en")
                    and not _naming(cue)  # "what it calls “…”" names, it quotes no speech
                )
        if cue is None and final is not None and final.start > span.open:
            cue = final
        trailing = bool(after) and _is_word(after[0])
        if cue is None and trailing:
            # "“…” to drive up the price, she said": a cue later in the sentence.
            cue = next(
                (
                    c
                    for c in cues
                    if c.start > span.open and c.speaker_text and not c.negated and not c.risky
                ),
                None,
            )
            if cue is not None:
                standalone = False
        if cue is None and rec.unclosed and not self._reopens(block, span.open_mark):
            return None  # an unpaired mark with no cue: skipped rather than guessed
        if (
            cue is None
            and standalone
            and not trailing
            and last is not None
            and words >= 3
            and not (colon and lead_words and last[2] != block)
        ):
            # (Not after a colon closing words that name no speaker in a new paragraph:
            # "(Überschrift auf ihrer Homepage: „Wir übernehmen Verantwortung“)".)
            speaker, speaker_text, last_block = last
            # The speaker of the quote before, in this paragraph or the one before it (a
            # line of dialogue: in this paragraph only, as the next line is often another
            # speaker's turn).
            if (
                last_block == block or (last_block == block - 1 and not span.dialogue)
            ) and speaker_text is not None:
                rec.speaker = speaker
                rec.speaker_text = speaker_text
                rec.kind = QuoteKind.DIRECT
                rec.standalone = True
                return rec
        if cue is None:
            if self.language is not None and self.language not in rules.SUPPORTED_LANGUAGES:
                # No attribution rules for this language: a marked phrase that is no title is
                # kept as a quote with no speaker.
                rec.standalone = standalone
                return rec if words >= 2 or len(inner) >= 4 else None
            if not standalone:
                return None  # scare quotes: no cue, inside a sentence
            if words < 4:
                return None
            rec.standalone = True
            return rec
        rec.kind = QuoteKind.DIRECT if standalone else QuoteKind.PARTIAL
        if rec.kind is QuoteKind.DIRECT and words < 3 and not colon and adjacent is None:
            rec.kind = QuoteKind.PARTIAL
        if span.dialogue:
            rec.kind = QuoteKind.DIRECT  # a line of speech, never words quoted in a sentence
        rec.standalone = standalone
        rec.cue = cue
        rec.speaker_text = cue.speaker_text
        rec.attr_end = cue.attr_end
        if (
            cue.implied == ""
            and last is not None
            and last[0] is not None
            and (last[2] == block or last[2] == block - 1)
        ):
            # A dropped subject ("«…», añadió.") after a quote of this paragraph or the one
            # before: the speaker of that quote goes on speaking.
            rec.speaker = last[0]
            return rec
        rec.speaker = self._resolve(block, cue)
        return rec

    def _participle_subject(self, toks: list[_Tok]) -> list[_Tok] | None:
        """The subject of the clause a participle hangs on: the first comma-separated part
        that does not open with a preposition or an adverb of time (``During the speech,
        Trump attacked Clinton, saying …``)."""
        start = 0
        for i in range(len(toks) + 1):
            end = i == len(toks) or toks[i].text in {";", ":"}
            if not end and toks[i].text != "," and not toks[i].quote:
                continue
            segment = toks[start:i]  # between commas or quotes: “A,” Trump said, adding
            if segment and segment[0].low not in _INTRODUCTORY:
                return self._clause_subject(segment)
            if end:
                return None
            start = i + 1
        return None

    def _block_quotes(self, block: int) -> list[_QuoteRec]:
        """The quotes read so far in ``block`` (the last ones of the list)."""
        out: list[_QuoteRec] = []
        for quote in reversed(self.quotes):
            if quote.block != block:
                break
            out.append(quote)
        return out

    def _reopens(self, block: int, mark: str) -> bool:
        """True when the next paragraph opens with ``mark`` again (a quote running on over
        several paragraphs)."""
        if block + 1 >= len(self.blocks):
            return False
        return self.blocks[block + 1].lstrip()[:1] == mark

    def _colon_before_block(self, block: int) -> _Cue | None:
        """``Caddell continued:`` closing the paragraph before a paragraph that opens with a
        quote."""
        previous = self.blocks[block - 1].rstrip()
        if not previous.endswith(":") or not self.sentences(block - 1):
            return None
        s_start, s_end = self.sentences(block - 1)[-1]
        toks, cues = self._sentence_data(block - 1, s_start, s_end)
        cue = next((c for c in reversed(cues) if c.speaker_text and not c.negated), None)
        if cue is None:
            subject = self._clause_subject(toks[:-1])
            if not subject:
                return None
            cue = _Cue(toks[-1].start, toks[-1].end, ":")
            cue.speaker_start, cue.speaker_end = subject[0].start, subject[-1].end
            cue.speaker_text = _join(subject)
        return cue

    def _clause_subject(self, lead: list[_Tok]) -> list[_Tok] | None:
        """The noun phrase that opens a clause: an article, capitalised words and the
        adjectives between them, up to the verb."""
        start = 0
        for i, tok in enumerate(lead):
            if tok.quote or tok.text in {",", ";", "—", "–"}:
                start = i + 1
        words = lead[start:]
        out: list[_Tok] = []
        for i, tok in enumerate(words):
            if not _is_word(tok):
                if tok.text in {"(", ")"} and out:
                    out.append(tok)
                    continue
                break
            nxt = words[i + 1] if i + 1 < len(words) else None
            if tok.low in self.aux or tok.low in self.cues:
                break
            if _is_cap(tok) or (not out and tok.low in _FIRST_ARTICLES):
                out.append(tok)
                continue
            if tok.low in rules.PRONOUNS and not out:
                out.append(tok)
                break
            if (
                out
                and nxt is not None
                and _is_cap(nxt)
                and len(tok.text) > 2
                and not (self.language == "en" and _is_cap(out[-1]))
            ):
                # An adjective before a noun: "der rheinland-pfälzische …", "the former
                # President"; in English a lower-case word after a name is its verb ("Trump
                # attacked Clinton").
                out.append(tok)
                continue
            break
        while out and out[-1].text in {"(", ")"} and out[-1].text != ")":
            out.pop()
        if not out or len(out) > 10 or out[0].low in _GERMAN_CLAUSE_OPENERS:
            return None
        if len(out) == 1 and out[0].low in _FIRST_ARTICLES:
            return None
        if out[0].low in _SENTENCE_START_WORDS and len(out) == 1:
            return None
        if (
            not any(_is_cap(t) and t.low not in _FIRST_ARTICLES for t in out)
            and out[0].low not in rules.PRONOUNS
        ):
            return None
        return out

    def _adjacent_after(self, after: list[_Tok], cues: list[_Cue]) -> _Cue | None:
        """The cue that follows the quote within a few words (``", a déclaré X``,
        ``“…,” he said``)."""
        if not after:
            return None
        j = 0
        while j < len(after) and after[j].text in {",", "—", "–", "-", ";"}:
            j += 1
        if j >= len(after) or after[j].quote:
            return None
        limit = after[min(j + 9, len(after) - 1)].end
        head: list[_Tok] = []  # the words after the quote, outside parentheses: (R-Ohio)
        depth = 0
        for tok in after[j : j + 16]:
            depth += (tok.text == "(") - (tok.text == ")")
            if depth <= 0 and tok.text != ")":
                head.append(tok)
        if _is_cap(after[j]) and any(t.text == "," for t in head[:6]):
            limit = after[min(j + 40, len(after) - 1)].end  # "Name, a long role, said"
        for cue in cues:
            if after[j].start <= cue.start <= limit and (
                cue.speaker_text is not None or cue.implied is not None
            ):
                # Everything between the quote and the cue must be the speaker or auxiliaries.
                between = [t for t in after[j:] if t.end <= cue.start]
                if any(t.quote for t in between):
                    return None
                if cue.speaker_start is not None and cue.speaker_start < cue.start:
                    if all(t.start >= cue.speaker_start or t.low in self.aux for t in between):
                        return cue
                elif all(t.low in self.aux for t in between):
                    return cue
                return None
        return None

    def _nested(self, block: int, text: str, span: _Span) -> _QuoteRec | None:
        start, end = span.inner(text)
        if end <= start:
            return None
        return _QuoteRec(
            block=block,
            start=start,
            end=end,
            text=text[start:end],
            kind=QuoteKind.DIRECT,
            open_mark=span.open_mark,
            close_mark=span.close_mark,
            unclosed=span.close is None,
            nested=[n for c in span.children if (n := self._nested(block, text, c))],
        )

    # ------------------------------------------------------------------ indirect

    def _indirect(
        self,
        block: int,
        text: str,
        toks: list[_Tok],
        cues: list[_Cue],
        in_sentence: list[_Span],
    ) -> list[_QuoteRec]:
        out: list[_QuoteRec] = []
        if not toks or not cues:
            return out  # (most sentences read for their marks hold no cue)
        s_end_tok = len(toks)
        while s_end_tok and toks[s_end_tok - 1].text in {".", "!", "?", "…"}:
            s_end_tok -= 1
        if not s_end_tok:
            return out
        sent_end = toks[s_end_tok - 1].end
        sent_start = toks[0].start
        # The quotes read in this sentence (each quote starts in the sentence whose reading
        # recorded it): not every quote of the paragraph, which made long paragraphs quadratic.
        marked = [
            q
            for q in reversed(self.quotes[self._found :])
            if q.block == block and q.open_mark is not None and sent_start <= q.start < sent_end
        ]
        direct = [q for q in marked if q.kind is QuoteKind.DIRECT]
        partial = [q for q in marked if q.kind is QuoteKind.PARTIAL and not q.unclosed]
        absorbed: list[_QuoteRec] = []
        """Partial quotes that became the fragments of a mixed quote."""
        for cue in cues:
            if cue.negated or (cue.speaker_text is None and not cue.anonymous):
                continue
            if self.language == "en" and _naming(cue):
                named = self._naming_quote(block, text, toks, cue, partial, absorbed)
                if named is not None:
                    absorbed.extend(named.nested)
                    out.append(named)
                    continue
            if cue.risky and not cue.nonverbal:
                continue
            start: int | None = None
            end = sent_end
            inner = (
                _german_inner_source(toks, cue) if self.language == "de" and cue.nonverbal else None
            )
            if inner is not None:
                # "Drei Menschen wurden laut Polizei verletzt.", "In den Pyrenäen kam es
                # Informationen des Senders zufolge zu Felsstürzen.": the source inside the
                # clause it attributes; the sentence is the content.
                start = sent_start
                if cue.speaker_start is not None and cue.speaker_start > cue.start:
                    cue.speaker_end = toks[inner - 1].end
                    cue.speaker_text = _join(
                        [t for t in toks[:inner] if t.start >= cue.speaker_start]
                    )
                    cue.attr_end = cue.speaker_end
            elif cue.content_start is not None and cue.content_start < sent_end:
                start = cue.content_start
            elif cue.nonverbal and cue.start == sent_start:
                # "Selon X, content."
                k = next((i for i, t in enumerate(toks) if t.start >= cue.attr_end), None)
                if k is not None and toks[k].text == ",":
                    start = toks[k].end
                    if self.language == "de" and k + 1 < len(toks):
                        start = _after_german_relative(toks, k + 1) or start
            elif (
                self.language == "en"
                and cue.nonverbal
                and not marked
                and _set_off_in_clause(toks, cue, s_end_tok)
            ):
                # "The plan — according to two officials — would cut …": the source set off
                # inside the clause it attributes; the sentence is the content.
                start = sent_start
            elif _comma_before(toks, cue) and (
                _to_end(toks, cue) or _ends_after_adjunct(toks, cue)
            ):
                # "content, selon X." / "content, a source said." / "content, X said on
                # Friday." / "content, according to X, a former aide."
                comma = max(
                    (
                        i
                        for i, t in enumerate(toks)
                        if t.text == "," and t.end <= min(cue.start, cue.speaker_start or cue.start)
                    ),
                    default=-1,
                )
                if comma < 0:
                    continue
                start = sent_start
                end = toks[comma].start
            elif (
                self.language == "en"
                and not marked
                and _comma_before(toks, cue)
                and _inserted(toks, cue, s_end_tok)
            ):
                # "The museum, Mr. Bush said, celebrated several of his heroes.": the
                # attribution set off by commas inside its content.
                start = sent_start
            if start is None:
                continue
            if self.language == "de" and cue.nonverbal and start >= cue.attr_end:
                # "Laut Presseberichten ist er 24; demnach wäre …": the clause ends at ";".
                end = next((t.start for t in toks if start < t.start < end and t.text == ";"), end)
            if self.language == "en" and end == sent_end:
                end = self._en_content_end(toks, start, end, cues, cue)
                if cue.relative:
                    # "Jones, who said the bill would pass, left early.": the comma that
                    # closes the relative clause closes what was said.
                    end = next(
                        (t.start for t in toks if start < t.start < end and t.text == ","), end
                    )
            # Trim and skip if a direct quote holds the content.
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
                end -= 1
            # Three words at most are read (counting every word of a long clause cost more).
            if (
                end - start < 12
                or len(list(itertools.islice(_WORDS.finditer(text, start, end), 3))) < 3
            ):
                continue
            if self.language == "en" and _en_adverbial(text, start, end):
                continue
            if any(q.start <= start + 2 and q.end >= end - 2 for q in direct):
                continue
            if any(o.start <= start and end <= o.end for o in out):
                continue
            # Partial quotes in the clause make it a mixed quote (``said the plan was “dead
            # on arrival” and would fail``): reported speech with quoted words, when some
            # of its words stand outside the marks.
            taken = {id(a) for a in absorbed}
            fragments = sorted(
                (q for q in partial if start <= q.start and q.end <= end and id(q) not in taken),
                key=attrgetter("start"),
            )
            if fragments and not _words_outside(text, start, end, fragments):
                fragments = []
            if not fragments:
                covered = sum(q.end - q.start for q in marked if start <= q.start and q.end <= end)
                if covered > 0.6 * (end - start):
                    continue  # mostly a quote: a partial quote, not reported speech
            if (
                self.language == "de"
                and cue.content_start is not None
                and text[cue.content_start - 1] == ","
                and not _german_main_cue(toks, cue)
            ):
                continue
            absorbed.extend(fragments)
            out.append(self._reported(block, text, start, end, cue, fragments))
        if absorbed:
            # The fragments are the mixed quote's, not quotes of their own.
            gone = {id(q) for q in absorbed}
            self.quotes = [q for q in self.quotes if id(q) not in gone]
        return out

    def _reported(
        self, block: int, text: str, start: int, end: int, cue: _Cue, fragments: list[_QuoteRec]
    ) -> _QuoteRec:
        """The reported speech ``text[start:end]`` its ``cue`` attributes: ``mixed`` with the
        quoted ``fragments`` nested in it, else ``indirect``; its speaker resolved."""
        return _QuoteRec(
            block=block,
            start=start,
            end=end,
            text=text[start:end],
            kind=QuoteKind.MIXED if fragments else QuoteKind.INDIRECT,
            cue=cue,
            speaker_text=cue.speaker_text,
            speaker=self._resolve(block, cue),
            attr_end=cue.attr_end,
            nested=fragments,
        )

    def _unread_fragments(self, block: int, text: str, start: int, end: int) -> list[_QuoteRec]:
        """Quoted words inside ``text[start:end]`` that were read as no quote of their own
        (scare quotes, with no cue of their own: ``Der Niederländer sei „nicht aggressiv oder
        so“``), as partial quotes: the fragments that make reported speech mixed. Names and
        titles in marks are none (:func:`_is_title`); in German, neither is one marked word
        (a capitalised noun is as often a name, ``die Walfangstation „Hvalstödin“``)."""
        out: list[_QuoteRec] = []
        english = self.language == "en"
        for span in self.spans[block]:
            if span.open < start:
                continue
            if span.open >= end or span.close is None or span.outer_end > end + 1:
                break
            inner_start, inner_end = span.inner(text)
            inner = text[inner_start:inner_end]
            words = [m.group() for m in itertools.islice(_WORDS.finditer(inner), 7)]
            if len(words) < (1 if english else 2):
                continue
            before_word = _word_before(text, span.open)
            if before_word in _SOURCE_CUE_WORDS or _is_title(
                inner, before_word, words, english=english
            ):
                continue
            out.append(
                _QuoteRec(
                    block=block,
                    start=inner_start,
                    end=inner_end,
                    text=inner,
                    kind=QuoteKind.PARTIAL,
                    open_mark=span.open_mark,
                    close_mark=span.close_mark,
                )
            )
        return out

    def _naming_quote(
        self,
        block: int,
        text: str,
        toks: list[_Tok],
        cue: _Cue,
        partial: Sequence[_QuoteRec],
        absorbed: Sequence[_QuoteRec],
    ) -> _QuoteRec | None:
        """``Clinton called half of Trump's supporters “deplorables.”``, ``described Clinton
        as a “disgrace”``: the object of a naming verb and the speaker's words about it are
        one mixed quote, from the object to the end of the phrase the marked words close (a
        list of them is one phrase: ``the senator a “nasty guy,” an “anchor baby”``)."""
        if cue.speaker_start is None or cue.speaker_start > cue.start:
            return None
        n = len(toks)
        k = bisect.bisect_left(toks, cue.attr_end, key=_tok_start)
        if k < n and toks[k].low in {"for", "on"}:
            k += 1  # "called for compensation to be “clawed back”"
        first = k
        while first < n and _is_word(toks[first]) and first - k < _NAMING_OBJECT_TOKENS:
            first += 1
        if first == k or first >= n or not toks[first].quote:
            return None  # no object before the marks ("called it “X”" has one: "it")
        last = first
        i = first + 1
        while i < n:
            tok = toks[i]
            if tok.quote:
                last = i
            elif tok.text == "," or _comma_end(toks[i - 1]):
                # A comma ends the phrase unless more marked words follow in a list.
                j = i + 1 if tok.text == "," else i
                while j < n and j - i < 3 and toks[j].low in _NAMING_LIST_WORDS:
                    j += 1
                if not (j < n and toks[j].quote):
                    break
                i = j
                continue
            elif not _is_word(tok) and tok.text not in {"-", "'s", "’s"}:
                break
            else:
                last = i
            i += 1
        start, end = toks[k].start, toks[last].end
        if toks[last].quote:
            end = toks[last].end
        elif text[end - 1] in ",;:":
            end -= 1
        taken = {id(a) for a in absorbed}  # a set: a scan of the list per quote was quadratic
        fragments = [q for q in partial if start <= q.start and q.end <= end and id(q) not in taken]
        if not fragments:
            return None
        fragments.sort(key=attrgetter("start"))
        return self._reported(block, text, start, end, cue, fragments)

    def _en_content_end(
        self, toks: list[_Tok], start: int, end: int, cues: Sequence[_Cue], cue: _Cue
    ) -> int:
        """Where an English reported clause read to the sentence's end stops: before the
        speaker's own next step (``…, arguing that …``, ``…, though she acknowledged …``,
        ``… and warned against …``), which is no part of what was said, and before another
        attribution after a comma (``…, but she denied that …``, ``… “…,” she said.``)."""
        first = bisect.bisect_left(toks, start, key=_tok_start)
        for other in cues:
            if other is cue or other.speaker_text is None or other.speaker_start is None:
                continue
            at = min(other.start, other.speaker_start)
            if not start < at < end:
                continue
            j = bisect.bisect_left(toks, at, key=_tok_start) - 1
            if j > first and toks[j].low in _EN_CLAUSE_JOINS:
                j -= 1
            if j > first and (_comma_end(toks[j]) or toks[j].text in _EN_CLAUSE_DASHES):
                end = toks[j].end if toks[j].quote else toks[j].start
                break
        for i in range(first + 3, len(toks) - 1):
            tok = toks[i]
            if tok.start >= end:
                break
            nxt = toks[i + 1]
            # The set lookup before the call: _comma_end would run on each token of the clause.
            if (nxt.low in _EN_CONTENT_STOPS and _comma_end(tok)) or (
                tok.low == "and"
                and nxt.low in self.cues
                and (nxt.low.endswith(("ed", "s")) or nxt.low in _EN_IRREGULAR_PAST_CUES)
                and not _quotes_speaker(toks, i + 2, end)
            ):
                return tok.end if tok.quote else tok.start
        return end

    # ------------------------------------------------------------------ resolution

    def _resolve(self, block: int, cue: _Cue) -> Record | None:
        """The entity the cue's speaker phrase names, added to the book when new; in Polish
        and Russian, a person of unknown gender takes the gender of the cue verb's past
        ending (``сказала Анна Иванова``), which later pronouns and bare verbs agree with."""
        record = self._resolve_phrase(block, cue)
        endings = _PAST_GENDER_ENDINGS.get(self.language or "")
        if (
            endings is not None
            and isinstance(record, PersonRecord)
            and record.gender is Gender.UNKNOWN
            and cue.speaker_text
            and cue.speaker_text.lower() not in rules.PRONOUNS
        ):
            gender = _past_gender(cue.text.rsplit(" ", 1)[-1].lower(), endings)
            if gender is not None:
                record.gender = Gender.MASCULINE if gender == "m" else Gender.FEMININE
        return record

    def _resolve_phrase(self, block: int, cue: _Cue) -> Record | None:
        phrase = cue.speaker_text
        if cue.implied is not None and not phrase:
            # "«…», – сказала.": the nearest person named before, of the verb's gender.
            spans = self.spans[block]
            length = len(self.blocks[block])
            found = self.book.resolve_pronoun(
                cue.implied,
                "s",
                block,
                cue.start,
                skip=lambda b, start: b == block and _inside(spans, start, length, at_open=True),
            )
            if not cue.implied and isinstance(found, PersonRecord) and " " not in found.name:
                # A dropped subject of either gender ("«…», añadió."): only a person named
                # in full; a lone capitalised word is as often a body or a place ("Corte").
                return None
            return found
        if not phrase or cue.speaker_start is None:
            return None
        low = phrase.lower()
        if low in _EXAMPLE_LABELS:
            return None  # ``Zum Beispiel: „…“``: an example of what to say, said by no one
        position = cue.speaker_start
        low = rules.GERMAN_POSSESSIVE_SOURCES.get(low, low) if cue.nonverbal else low
        if low in rules.PRONOUNS:
            gender, number = rules.PRONOUNS[low]
            if low == "sie" and phrase[0].isupper() is False:
                number = "s"
            spans = self.spans[block]
            length = len(self.blocks[block])
            record = self.book.resolve_pronoun(
                gender,
                number,
                block,
                position,
                skip=lambda b, start: b == block and _inside(spans, start, length, at_open=True),
            )
            if isinstance(record, PersonRecord) and record.gender is Gender.UNKNOWN and gender:
                record.gender = Gender.MASCULINE if gender == "m" else Gender.FEMININE
            return record
        # An organisation written with its acronym: "l'OMPI (…) a déclaré".
        acr = NAME_WITH_ACRONYM.search(phrase) if "(" in phrase else None
        if acr is not None:
            name = _trim_name_before_acronym(acr.group("name"), acr.group("acr"))
            if name:
                record_o = self.book.add_org(name, acronym=acr.group("acr"))
                self.book.mention(block, position, position + len(phrase), record_o)
                return record_o
        written = len(phrase)
        if phrase.endswith(")") and "(" in phrase:
            # "Rep. Jim Jordan (R-Ohio)": a party and state, a home town, an age.
            phrase = phrase[: phrase.rindex("(")].rstrip() or phrase
        known = self.book.find(phrase)
        maker = maker_of(phrase) if known is None else None
        if maker is not None:
            known = self.book.find(maker) or self.book.add_org(maker)  # "Amazon Prime Video"
        german = self.language == "de"
        if (
            known is None
            and phrase.count(" ") > 2
            and (
                (" von " in phrase or " vom " in phrase or " bei " in phrase)
                if german
                else (" of " in phrase or " at " in phrase or " from " in phrase)
            )
        ):
            # (Literal tests spare most phrases the pattern.)
            known = self._person_of_body(block, position, written, phrase)
        if known is None:
            name, words_before = split_role(phrase)
            if (
                name is not None
                and " " in name
                and (
                    name[: name.index(" ")].lower() in _CLAUSE_OPENERS
                    or (german and name[: name.index(" ")].lower() in _GERMAN_FUNCTION_WORDS)
                )
                and org_kind(name) is None  # "Heute Journal" is a name
            ):
                # "Doch Heiko Maas sagte", "Doch das Buch": the adverb opens the clause;
                # "Seine Filmografie weist", "Im Schnee gibt": a German determiner or
                # preposition, before a noun.
                words = name.split()[1:]
                while len(words) > 1 and (
                    words[0] in _SENTENCE_START_WORDS
                    or (german and words[0].lower() in _GERMAN_FUNCTION_WORDS)
                ):
                    words = words[1:]
                name = " ".join(words)
            if german and name is not None and " " in name:
                before = phrase[: phrase.rfind(name)].split()
                last = before[-1] if before else ""
                # After an article or an adjective (not a pronoun or a preposition), a
                # capitalised word is a noun unless it is a first name or a job.
                noun_next = last[:1].islower() and last not in _GERMAN_FUNCTION_WORDS
                adjective = (
                    noun_next
                    and bool(words_before)
                    and last.endswith(_GERMAN_ADJECTIVE_ENDINGS)
                    and last not in _GERMAN_ARTICLES
                    and plain_role(words_before, german) is None
                )
                name, job = _job_before_first_name(name, adjective)
                if job is not None:
                    # "der Philosoph Richard David Precht", "der deutsche Radprofi Simon
                    # Geschke": the noun before the name is the person's job.
                    words_before = f"{words_before} {job}" if words_before else job
                elif (
                    noun_next
                    and not _given(name.split(None, 1)[0].lower())
                    and not any(is_role_word(word) for word in name.split())
                ):
                    return None  # "Ein halbes Dutzend Ski-Gebiete gibt es": a noun
            if name is None:
                # A phrase naming nobody: "a source", "the ministry" (a known org inside?).
                for run in CAPITALIZED_RUN.finditer(phrase):
                    found = self.book.find(run.group())
                    if isinstance(found, OrgRecord):
                        self.book.mention(block, position, position + written, found)
                        return found
                return None
            known = self.book.find(name)
            if known is None:
                kind = org_kind(name)
                if name.lower() in _BARE_KINDS:
                    return None
                if kind is None and words_before is None and is_place(name):
                    # ``Israel said``, ``Moscow denied``: the country's government speaks.
                    kind = OrganizationKind.GOVERNMENT
                if kind is None and words_before is None and " " not in name:
                    # ``Police said``, ``sagte die Polizei``: the body the story is about.
                    kind = kind_word(name)
                    at = position + phrase.rfind(name)
                    if kind is not None and _PARTICLE_AFTER.match(
                        self.blocks[block], at + len(name)
                    ):
                        # "According to the Centre for Disease Control (CDC)": the phrase
                        # was cut at "for"; the body the text names there speaks (known once
                        # the names are read: the first reading learns none).
                        named = self._org_named_at(block, at)
                        if named is not None:
                            self.book.mention(block, position, position + written, named)
                        return named
                maker = maker_of(name) if kind is None else None
                if kind is not None or is_acronym(name):
                    known = self.book.add_org(name, kind=kind)
                elif maker is not None:
                    known = self.book.add_org(maker)  # "Google Stadia": Google's product
                elif self.language == "de" and _article_inside(name):
                    return None  # "Die Expansion der Firma ging": a noun and its genitive
                elif _person_like(name, phrase) and (
                    " " in name or self._one_word_person(name, phrase, words_before, cue, block)
                ):
                    role = plain_role(words_before, german) if words_before else None
                    if role is None and cue.role:
                        role = plain_role(cue.role, german)
                    known = self.book.add_person(name, role=role)
                else:
                    return None
            elif isinstance(known, PersonRecord) and words_before and not known.role:
                known.role = plain_role(words_before, german)
            # (The job's body is named again on each reading: mentions are cleared between.)
            body = role_affiliation(words_before) if words_before else None
            if body is not None and isinstance(known, PersonRecord) and not is_place(body):
                # "NASA Administrator Jim Bridenstine": the job names the body, NASA.
                known.affiliation = known.affiliation or body
                at = phrase.find(body)
                if at >= 0:
                    org = self.book.add_org(body)
                    self.book.mention(block, position + at, position + at + len(body), org)
        if isinstance(known, PersonRecord) and cue.role:
            known.role = known.role or plain_role(cue.role, german)
            if known.affiliation is None:
                known.affiliation = self._affiliation(cue.role)
            if known.affiliation is not None and known.role is not None:
                known.role = _role_before_affiliation(known.role, known.affiliation)
        self.book.mention(block, position, position + written, known)
        return known

    def _org_named_at(self, block: int, start: int) -> OrgRecord | None:
        """The organisation whose name a mention of this block starts at ``start``."""
        for mention in self.book.mentions_in(block):
            if mention.start == start and isinstance(mention.record, OrgRecord):
                return mention.record
        return None

    def _person_of_body(
        self, block: int, position: int, written: int, phrase: str
    ) -> PersonRecord | None:
        """The person a speaker phrase names with the body they belong to (``Robin Biesbroek
        of the CDF``): a name of two to four capitalised words, ``of``, ``at``, ``from``,
        ``von`` or ``bei``, and an organisation (known, an acronym, or a name that gives its
        kind); ``None`` for any other phrase."""
        match = _NAME_OF_BODY.fullmatch(phrase)
        if match is None:
            return None
        name, body = match.group("name"), match.group("body")
        if any(is_role_word(word) for word in name.split()) or org_kind(name) is not None:
            return None
        found = self.book.find(body)
        if isinstance(found, PersonRecord) or (
            found is None and not is_acronym(body) and org_kind(body) is None
        ):
            return None  # "Mark Pocan of Wisconsin": a place, no body
        org = found if found is not None else self.book.add_org(body)
        person = self.book.add_person(name, affiliation=org.name)
        if not isinstance(person, PersonRecord):
            return None
        person.affiliation = person.affiliation or org.name
        self.book.mention(block, position + match.start("body"), position + len(phrase), org)
        return person

    def _affiliation(self, role: str) -> str | None:
        """The organisation a role names (``… de l'équipe du CSET`` → ``CSET``), preferring
        one the text knows."""
        best: str | None = None
        employer: str | None = None
        for run in CAPITALIZED_RUN.finditer(role):
            whole = _elided(run.group())
            # "PDG de Meta" is one capitalised run: its parts between name connectors
            # ("Meta") are read when the whole names no organisation; a whole that opens
            # with a job ("CEO of Acme Corp") is none.
            pieces = [
                _elided(part.strip()) for part in _NAME_CONNECTOR_SPLIT.split(whole) if part.strip()
            ]
            parts = pieces if pieces and is_role_word(pieces[0]) else [whole, *pieces[1:]]
            if employer is None and _EMPLOYER_BEFORE.search(role, 0, run.start()):
                employer = whole  # "chief economist at the IMF", "directrice chez Renault"
            for text in parts:
                if is_role_word(text):
                    continue  # "PDG", "CEO": a job, not an employer
                found = self.book.find(text)
                if isinstance(found, OrgRecord) or (
                    best is None and (org_kind(text) is not None or is_acronym(text))
                ):
                    best = text
                    break
        return best or employer

    # ------------------------------------------------------------------ sources

    def _find_sources(self, block: int, text: str) -> list[tuple[int, _SourceRec]]:
        found: list[tuple[int, _SourceRec]] = []
        if not self.media_hints:
            return found  # the document holds no hint word of any source
        taken: list[tuple[int, int]] = []
        if self._present is not None:
            present = self._present.get(block, set())
        else:
            lowered = self._lowered[block] or text.lower()
            present = {hint for hint in self.media_hints if hint in lowered}
        if not present:
            return found
        for (pattern, kind), hints in zip(rules.MEDIA_PATTERNS, rules.MEDIA_HINTS, strict=True):
            if present.isdisjoint(hints):
                continue
            for match in pattern.finditer(text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                pub_text = match.groupdict().get("pub")
                if kind == "newspaper" and pub_text and not self._outlet(pub_text, match.group()):
                    continue  # ``told Reed``, ``gegenüber dem Vorjahr``: no news outlet
                taken.append(match.span())
                description = _clean_description(match.group())
                publisher: Record | None = None
                if pub_text:
                    pub_text = _clean_description(pub_text)
                    publisher = self.book.find(pub_text)
                    if (
                        publisher is None
                        and looks_like_name(pub_text)
                        and pub_text.lower() not in _BARE_KINDS
                    ):
                        publisher = self.book.add_org(
                            pub_text, kind=org_kind(pub_text) or _publisher_kind(kind, pub_text)
                        )
                    if publisher is not None:
                        self.book.mention(block, match.start("pub"), match.end("pub"), publisher)
                source = self._merge_source(SourceKind(kind), description, publisher, block)
                if source.publisher is None:
                    source.anchor = (block, match.start())
                found.append((match.start(), source))
        study_hit = not present.isdisjoint(rules.STUDY_HINTS)
        for match in rules.STUDY_PATTERN.finditer(text) if study_hit else ():
            what = match.group("what").lower()
            kind_s = (
                SourceKind.STUDY
                if any(
                    w in what
                    for w in (
                        "recherche",
                        "study",
                        "étude",
                        "studie",
                        "estudio",
                        "studio",
                        "estudo",
                        "research",
                        "findings",
                        "survey",
                        "sondage",
                        "enquête",
                    )
                )
                else SourceKind.REPORT
            )
            source = self._merge_source(
                kind_s, _clean_description(match.group("what")), None, block
            )
            if source.publisher is None:
                source.anchor = (block, match.start())
            found.append((match.start(), source))
        found.sort(key=lambda item: item[0])
        return found

    def _outlet(self, text: str, said: str) -> bool:
        """Whether ``text``, what someone spoke to (``told X``, ``gegenüber X`` in ``said``),
        is a news outlet: not a person or a company the article names (``told Reed``, ``told
        WeWork``), nor a country or a body (``told US``). A German ``gegenüber``/``sagte der``
        phrase also says where something stands (``gegenüber dem Vorjahr``) or who speaks
        (``sagte der Minister``): it needs an outlet's name, a media word (``Fernsehsender``,
        ``Deutschlandfunk``) or an outlet the article or the gazetteer knows. A name nothing
        says more of (``told Variety``, ``told Salon``) stays an outlet."""
        name = _LEADING_ARTICLE.sub("", _clean_description(text))
        if not name:
            return False
        if match_agency(name) is not None or _WEB_NAME.search(name):
            return True
        if any(word.lower().endswith(_MEDIA_ENDINGS) for word in name.replace("-", " ").split()):
            return True
        known = self.book.find(name)
        if isinstance(known, PersonRecord):
            return False
        if isinstance(known, OrgRecord) and known.kind_ is not OrganizationKind.OTHER:
            return known.kind_ in _OUTLET_KINDS
        kind = org_kind(name)
        if kind is not None or name in _NO_OUTLETS:
            return kind in _OUTLET_KINDS
        if is_acronym(name):
            return True  # ``sagte der MZ``, ``told VH1``
        return not _GERMAN_PLACE_OR_SPEAKER.match(said)

    def _sentence_subject(self, block: int, position: int) -> Record | None:
        """The entity named nearest after the start of the sentence holding ``position``."""
        sentence = next(((a, b) for a, b in self.sentences(block) if a <= position < b), None)
        if sentence is None:
            return None
        a, b = sentence
        mentions = [m for m in self.book.mentions_in(block) if a <= m.start < b]
        if not mentions:
            return None
        people = [m for m in mentions if isinstance(m.record, PersonRecord)]
        chosen = min(people or mentions, key=lambda m: abs(m.start - position))
        return chosen.record

    def _merge_source(
        self, kind: SourceKind, description: str, publisher: Record | None, block: int
    ) -> _SourceRec:
        for source in reversed(self.sources):
            if source.kind is not kind:
                continue
            if publisher is None or source.publisher is None or source.publisher is publisher:
                if source.publisher is None:
                    source.publisher = publisher
                return source
        source = _SourceRec(kind, description, publisher, block)
        self.sources.append(source)
        return source

    def _attach_source(
        self,
        rec: _QuoteRec,
        block_sources: list[tuple[int, _SourceRec]],
        s_start: int,
        s_end: int,
    ) -> None:
        if rec.source is None:
            self._find_source_for(rec, block_sources, s_start, s_end)
        source = rec.source
        if source is not None and source.publisher is None and rec.speaker is not None:
            source.publisher = rec.speaker

    def _find_source_for(
        self,
        rec: _QuoteRec,
        block_sources: list[tuple[int, _SourceRec]],
        s_start: int,
        s_end: int,
    ) -> None:
        # A medium named in the same sentence; else an earlier one in the paragraph given by
        # the same speaker.
        for position, source in block_sources:
            if s_start <= position < s_end:
                rec.source = source
                return
        for position, source in reversed(block_sources):
            if (
                position < s_start
                and rec.speaker is not None
                and (
                    source.publisher is rec.speaker
                    or _spoken_at(source, rec, self._block_quotes(rec.block))
                    or self._sentence_subject(rec.block, position) is rec.speaker
                )
            ):
                rec.source = source
                return

    # ------------------------------------------------------------------ runs across blocks

    def _join_runs(self) -> None:
        """Join a quote left open at a paragraph's end with the next paragraph when that one
        opens with a mark again (the multi-paragraph convention)."""
        by_block: dict[int, list[_QuoteRec]] = {}
        for rec in self.quotes:
            by_block.setdefault(rec.block, []).append(rec)
        removed: set[int] = set()
        for rec in sorted(self.quotes, key=lambda q: (q.block, q.start)):
            if id(rec) in removed or not rec.unclosed or rec.kind is QuoteKind.INDIRECT:
                continue
            current = rec
            block = rec.block
            pieces = [rec.text]
            while current.unclosed:
                nxt_list = by_block.get(block + 1, [])
                if not nxt_list:
                    break
                head = min(nxt_list, key=lambda q: q.start)
                text = self.blocks[block + 1]
                if (
                    head.turn
                    or head.open_mark != rec.open_mark
                    or head.start > 2 + len(text) - len(text.lstrip())
                ):
                    break
                pieces.append(head.text)
                removed.add(id(head))
                current = head
                block += 1
            if current is not rec:
                rec.text = "\n\n".join(pieces)
                rec.end_block = block
                rec.end = current.end
                rec.close_mark = current.close_mark
                rec.unclosed = current.unclosed
                rec.nested.extend(current.nested)
        self.quotes = [q for q in self.quotes if id(q) not in removed]


# --------------------------------------------------------------------------- helpers

_WORDS = re.compile(r"[^\W_][\w'’-]*")


_NAMING_CUES: frozenset[str] = _NAMING_ONLY | {
    "described",
    "describes",
    "describing",
}
"""Naming verbs, and *describe* (a cue of its own: ``described how …``)."""
_NAMING_OBJECT_TOKENS = 12
"""Words at most between a naming verb and its marked words (``described Democratic
presidential nominee Hillary Clinton as a “disgrace”``)."""
_NAMING_LIST_WORDS = frozenset({"a", "an", "the", "and", "or", "as"})
"""Words between two marked phrases of one list (``a “nasty guy,” an “anchor baby”``)."""


def _naming(cue: _Cue) -> bool:
    """True for a cue whose verb names or judges (:data:`~newsmodel._quote_rules.NAMING_CUES`)."""
    return cue.text.lower().rsplit(" ", 1)[-1] in _NAMING_CUES


def _words_outside(text: str, start: int, end: int, fragments: Sequence[_QuoteRec]) -> bool:
    """True when ``text[start:end]`` holds a word outside the ``fragments`` (quotes, in text
    order) other than a connector (``« A », mais « B »`` is two quotes, not a mixed one)."""
    position = start
    for fragment in [*fragments, None]:
        stop = end if fragment is None else fragment.start
        for word in _WORDS.findall(text, position, stop):
            if word.lower() not in _CONNECTORS:
                return True
        if fragment is not None:
            position = fragment.end
    return False


_SENTENCE_START_WORDS = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "el",
        "il",
        "lo",
        "un",
        "une",
        "in",
        "au",
        "aux",
        "dans",
        "selon",
        "pour",
        "mais",
        "et",
        "but",
        "and",
        "when",
        "si",
        "if",
        "after",
        "après",
        "avant",
        "before",
        "durant",
        "during",
        "lors",
        "début",
        "fin",
        "depuis",
        "since",
        "cet",
        "cette",
        "ce",
        "ces",
        "this",
        "that",
        "these",
        "those",
        "concernant",
        "cependant",
        "however",
        "même",
        "also",
        "aussi",
        "auch",
        "am",
        "im",
        "mit",
        "nach",
        "laut",
        "según",
        "secondo",
        "segundo",
        "according",
        "dies",
        "diese",
        "dieser",
        "sie",
        "er",
        "es",
        "elle",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "je",
        "nous",
        "ils",
        "elles",
        "wir",
        "ich",
        "on",
        "en",
        "ein",
        "eine",
        "bei",
        "auf",
        "für",
        "von",
        "zu",
        "zum",
        "zur",
        "um",
        "über",
        "unter",
        "while",
        "as",
        "at",
        "for",
        "of",
        "with",
        "by",
        "from",
        "to",
        "los",
        "las",
        "des",
        "du",
        "de",
        "d'",
        "aujourd'hui",
        "hier",
        "heute",
        "gestern",
        "today",
        "yesterday",
        "wie",
        "als",
        "so",
        "dort",
        "there",
        "here",
        "mr.",
        "ms.",
    }
)
_NOUN_DETERMINERS: dict[str | None, frozenset[str]] = {
    "en": frozenset(
        {
            "the",
            "a",
            "an",
            "these",
            "those",
            "this",
            "its",
            "their",
            "our",
            "of",
            "some",
            "many",
            "both",
            "no",
        }
    ),
    "de": frozenset({"ein", "eine", "einer", "einen", "einem"}),
}
"""Words that make the next word a noun (``the states``, ``a report``), not a cue verb, by
language. French articles are left out: ``a déclaré``, ``comme le souligne X``."""
_TENSE_AUX = frozenset(
    {
        "a",
        "ont",
        "avait",
        "avaient",
        "has",
        "have",
        "had",
        "hat",
        "haben",
        "hatte",
        "hatten",
        "ha",
        "han",
        "había",
        "hanno",
        "aveva",
        "tem",
        "têm",
        "tinha",
        "est",
        "sont",
    }
)
_PARTICIPLE_CUES = frozenset(
    {
        "saying",
        "adding",
        "noting",
        "arguing",
        "warning",
        "insisting",
        "explaining",
        "suggesting",
        "asking",
        "stating",
        "declaring",
        "writing",
        "tweeting",
        "joking",
        "recalling",
        "acknowledging",
        "claiming",
        "ajoutant",
        "expliquant",
        "soulignant",
        "affirmant",
        "estimant",
        "précisant",
        "añadiendo",
        "diciendo",
        "aggiungendo",
        "dicendo",
        "dizendo",
        "acrescentando",
    }
)
_KNOWN_SINGLE = frozenset(k for k in KNOWN_ORGANIZATIONS if " " not in k)
_SENTENCE_START_CASED = frozenset(
    cased
    for word in _SENTENCE_START_WORDS
    for cased in (word[:1].upper() + word[1:], word.upper())
    if cased.lower() == word and " " not in cased and cased[1:2] not in {"'", "’"}
)
""":data:`_SENTENCE_START_WORDS` capitalised or in capitals, as one-word runs give them
(``The``, ``BUT``): :meth:`_Reader._discover_entities` skips each such run."""
_TITLES = frozenset({"m", "mr", "mrs", "ms", "mme", "dr", "herr", "frau", "prof", "sr", "sra"})
_NAME_LIKE_CUES = frozenset({"post", "report", "note", "state"})


def _word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


_ADJUNCT_OPENERS = _word_set(
    "on in at during last this earlier late after before via to through "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today "
    "am im auf bei gegenüber vor heute gestern"
)
"""Words that open an adjunct after a cue that closes its sentence (``said on Friday``,
``told CNN in an interview``, ``sagte er am Montag``)."""
_ADJUNCT_TAILS = _word_set(
    "as while adding saying noting arguing citing referring calling according and but "
    "wobei und aber"
)
"""Words after the comma that ends such an adjunct and opens no reported clause of the cue."""
_EN_CONTENT_STOPS = _word_set(
    "arguing saying adding noting citing claiming insisting warning explaining suggesting "
    "acknowledging though although whereas amounting according"
)
"""Words after a comma that end an English reported clause (``…, arguing that …``)."""
_EN_IRREGULAR_PAST_CUES = frozenset({"said", "told", "wrote"})
"""Past cue forms not in *-ed* (``… and said she would …`` is the speaker's next step)."""
_EN_CLAUSE_DASHES = frozenset({"—", "–", ";"})
"""Marks that, like a comma, may stand before the next attribution (``… — and he noted``)."""
_EN_CLAUSE_JOINS = frozenset({"but", "and", "though", "although", "while", "yet"})
"""Conjunctions between a comma and the next attribution (``…, but she denied that …``)."""


def _particle_run(toks: list[_Tok], j: int, given: _Tok) -> int:
    """The token after the name particles that open at ``j`` (one or two: ``da``, ``van
    der``) when a capitalised surname follows them, else ``j``. After a word that is no known
    given name only the particles that are no common preposition count (``Renzi da Roma`` is
    a name and a place)."""
    m = j
    n = len(toks)
    while m < n and m - j < 2 and toks[m].low in _INNER_PARTICLES and not _is_cap(toks[m]):
        m += 1
    if m >= n or not (_is_word(toks[m]) and _is_cap(toks[m])):
        return j
    if not _given(given.text) and m - j == 1 and toks[j].low not in STRONG_PARTICLES:
        return j
    return m


def _plural_after(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k`` (a singular article) is followed by a lower-case plural noun in
    *-s* that is no role (``a jornalistas``, ``a repórteres``): a preposition before a bare
    plural, as the article would agree with its noun."""
    if k + 1 >= len(toks):
        return False
    head = toks[k + 1]
    return (
        _is_word(head)
        and not _is_cap(head)
        and head.low.endswith("s")
        and len(head.low) > 3
        and not is_role_word(head.low)
    )


def _quotes_speaker(toks: list[_Tok], k: int, end: int) -> bool:
    """Whether the words from token ``k`` to ``end`` (the second of two verbs of one
    subject, ``… said that was not her view and dismissed those reports as “…”``) quote the
    speaker's words: then the two conjuncts report one speech act, one mixed quote (as
    PolNeAR's gold joins them), rather than the speaker's next step (``… and warned against
    potential hackers``). Not when the second verb opens a clause of its own (``… and
    suggested that …``) or introduces a quote after a comma or colon (``… and added, “…”``):
    those are items of their own."""
    if k >= len(toks) or toks[k].low == "that":
        return False
    for index in range(k, len(toks)):
        tok = toks[index]
        if tok.start >= end:
            return False
        if tok.quote:
            return toks[index - 1].text not in {",", ":"}
    return False


def _comma_end(tok: _Tok) -> bool:
    """A comma, or a quote whose words end with one inside the marks (``“…,”``)."""
    if tok.quote:
        return tok.text.rstrip(_HINT_STRIP.replace(",", "") + " ").endswith(",")
    return tok.text == ","


_EN_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "there"})
"""Pronouns that open a reported clause after *said* (``said he would``); *I* and *you* are
left out (``told you``), and *this* (``said this month``) must be followed by a verb."""
_EN_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you"})
_EN_AUDIENCES = frozenset(
    {"reporters", "supporters", "lawmakers", "journalists", "voters", "investors", "members"}
)
"""Lower-case objects of *told* (``told reporters he would …``)."""
_EN_FINITE = _word_set(
    "is are was were has have had will would can could should may might must does did do "
    "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't "
    "shouldn't doesn't didn't don't"
)
"""Finite auxiliaries and modals: the verb that shows a clause after *said* has begun."""
_EN_NO_SUBJECT = _word_set(
    "in on at to of for from by with about during after before since as than and or but so "
    "if when while because that which who what whether how why where yesterday today "
    "tonight monday tuesday wednesday thursday friday saturday sunday last next this earlier "
    "later recently previously again also not never only just then here goodbye yes "
    "nothing something anything everything"
)
"""Words that, after *said*, open no reported clause (``said in a statement``, ``said on
Monday``) or end the subject phrase looked for before its verb."""
_EN_BRIDGE = frozenset(
    {
        "said",
        "says",
        "say",
        "claimed",
        "claims",
        "argued",
        "argues",
        "insisted",
        "insists",
        "warned",
        "warns",
        "added",
        "adds",
        "noted",
        "notes",
        "stressed",
        "believes",
        "suggested",
        "suggests",
        "predicted",
        "predicts",
        "acknowledged",
        "admitted",
        "conceded",
        "contends",
        "contended",
        "maintains",
        "maintained",
        "asserted",
        "asserts",
        "wrote",
        "writes",
        "announced",
        "announces",
        "explained",
        "explains",
        "stated",
        "states",
        "told",
        "tells",
        "tell",
        "argue",
        "insist",
        "warn",
        "contend",
        "maintain",
        "acknowledge",
        "acknowledges",
        "admit",
        "admits",
        "predict",
        "suggest",
        "explain",
        "confirmed",
        "confirms",
        "revealed",
        "recalled",
        "recalls",
        "declared",
        "alleged",
        "alleges",
        "complained",
        "testified",
        "emphasized",
        "emphasised",
        "concedes",
        "saying",
        "adding",
        "arguing",
        "noting",
        "warning",
        "insisting",
        "claiming",
        "suggesting",
    }
)


def _given(word: str) -> bool:
    low = word.lower()
    if low in GIVEN_NAMES_MASCULINE or low in GIVEN_NAMES_FEMININE:
        return True
    if low.isascii():
        return False
    folded = fold_accents(low)  # "María", "Raúl": the lexicons hold the folded form too
    return folded in GIVEN_NAMES_MASCULINE or folded in GIVEN_NAMES_FEMININE


_WORD = re.compile(r"\S+")
_NOUN_BEFORE_BODY = frozenset({"de", "en"})
"""Languages where a capitalised word before a run's particle that is no organisation's head is
a noun the phrase is about (German capitalises every noun: ``Missstände der
Staatsanwaltschaft``; English only titles: ``Shares of Central Bank of India``). Elsewhere such a
word heads a body the lexicons do not know (``Federación Colombiana de Fútbol``) unless it names
a job (``Fundador de …``)."""


def _elided(word: str) -> str:
    """``l'Organisation`` → ``Organisation``."""
    if len(word) > 2 and word[1] in "'’" and word[0] in "lLdD" and word[2].isalnum():
        return word[2:]
    return word


def _match_multi(toks: list[_Tok], k: int) -> int:
    if k + 1 >= len(toks) or (toks[k].low, toks[k + 1].low) not in _MULTI_PAIRS:
        return 1 if toks[k].low in _MULTI_SINGLE else 0
    for phrase in _NONVERBAL_MULTI:
        width = len(phrase)
        if k + width <= len(toks) and all(toks[k + i].low == phrase[i] for i in range(width)):
            return width
    return 0


_GERMAN_SUBORDINATORS = frozenset(
    {"wie", "indem", "weil", "nachdem", "als", "obwohl", "während", "wobei", "wonach"}
)
_GERMAN_CLAUSE_OPENERS = frozenset(
    [
        "ähnlich",
        "darin",
        "dabei",
        "daher",
        "hierzu",
        "damit",
        "ebenso",
        "genauso",
        "gleichzeitig",
        "indes",
        "zuletzt",
        "in",
        "im",
        "bei",
        "beim",
        "nach",
        "mit",
        "auf",
        "vor",
        "am",
        "zu",
        "zum",
        "zur",
        "gegenüber",
        "während",
        "über",
        "für",
        "laut",
        "dann",
        "später",
        "daraufhin",
        "zudem",
        "außerdem",
        "dazu",
        "gestern",
        "heute",
        "deshalb",
        "jedoch",
        "auch",
        "darin",
        "dort",
        "hier",
        "so",
        "anschließend",
        "danach",
        "zuvor",
        "weiter",
        "ebenfalls",
        "damals",
    ]
)


def _german_inverted(toks: list[_Tok], k: int) -> bool:
    """True when a German cue verb stands before its subject (``erklärte er``, ``In einem
    Interview sagte Filep Karma``)."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.low in {"er", "sie", "es"}:
        return True
    j = k - 1
    while j >= 0 and not toks[j].quote and toks[j].text not in {",", ";", ":", ".", "!", "?"}:
        j -= 1
    first = toks[j + 1] if j + 1 < k else None
    if first is not None and first.low in _GERMAN_CLAUSE_OPENERS:
        return True
    if _is_cap(nxt) and nxt.low not in _FIRST_ARTICLES:
        m = k + 1
        while m < len(toks) and _is_cap(toks[m]) and m - k <= 3:
            m += 1
        return m >= len(toks) or toks[m].text in {":", ",", ".", ";"} or toks[m].quote
    return False


def _en_relative_verb(tok: _Tok) -> bool:
    """True for a finite verb right after *that*, which makes *that* a relative pronoun
    (``countries that resulted in …``), not the opening of a reported clause."""
    low = tok.low
    return low in _EN_FINITE or (low.endswith("ed") and len(low) > 4 and not _is_cap(tok))


def _skip_en_object(toks: list[_Tok], k: int) -> int:
    """The token after the object of *told* (``told reporters``, ``told him``, ``told The
    Washington Post``), or ``k`` when there is none."""
    n = len(toks)
    if k >= n or toks[k].quote:
        return k
    if toks[k].low in _EN_OBJECT_PRONOUNS:
        return k + 1
    j = k + 1 if toks[k].low in {"the", "a", "an"} else k
    m = j
    while m < n and m - j < 5 and _is_cap(toks[m]) and not toks[m].quote:
        m += 1
    if m == j and m < n and _is_word(toks[m]) and toks[m].low in _EN_AUDIENCES:
        m += 1
    return m if m > j else k


_EN_ADJUNCT_STARTS = _word_set(
    "after before during in on at last this earlier later yesterday today tonight monday "
    "tuesday wednesday thursday friday saturday sunday"
)
"""Words that open a short adjunct of time or place after *said* (``said on Friday``, ``said
after the convention``, ``said Monday``)."""
_EN_CLAUSE_PRONOUNS = frozenset({"he", "she", "they"})
"""Subject pronouns that, after such an adjunct, open the reported clause (``it`` is as often
the object of the adjunct's preposition)."""


def _en_antecedent(toks: list[_Tok], who: int) -> list[_Tok]:
    """The noun phrase that the relative pronoun at ``who`` stands for (``an architect who``,
    ``Democrats, who``, ``Sen. Tim Scott (R-S.C.), who``): a name's capitalised words, or a
    common noun alone (the words before it may be a verb: ``placate nervous Democrats``);
    empty when a preposition, an article, a verb or punctuation comes first."""
    j = who - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if j >= 0 and toks[j].text == ")":
        j = _skip_parenthesis(toks, j)
    out: list[_Tok] = []
    while j >= 0 and len(out) < 5:
        tok = toks[j]
        if tok.quote or not _is_word(tok):
            break
        low = tok.low
        if low in _FIRST_ARTICLES or low in _EN_NO_SUBJECT or low in _EN_FINITE:
            break
        if low in rules.SPEAKER_STOP or low in rules.FIRST_PERSON or low in _EN_BRIDGE:
            break
        if out and (_is_cap(tok) != _is_cap(out[0])):
            break  # a name is its capitalised words; a common noun is its head alone
        out.insert(0, tok)
        j -= 1
        if not _is_cap(tok):
            break
    return out


def _skip_en_adjunct(toks: list[_Tok], k: int) -> int | None:
    """The index of the subject pronoun that follows a short adjunct at ``k`` (``said after
    the convention he would …``, ``said Monday she will …``), or ``None``."""
    n = len(toks)
    if k >= n or toks[k].low not in _EN_ADJUNCT_STARTS:
        return None
    for j in range(k + 1, min(n, k + 7)):
        tok = toks[j]
        if tok.quote or not _is_word(tok):
            return None
        if tok.low in _EN_CLAUSE_PRONOUNS:
            return j
    return None


def _en_clause_at(toks: list[_Tok], k: int) -> bool:
    """True when a clause with its subject starts at token ``k`` (``he began …``, ``Clinton
    will address …``, ``local officials should …``): a subject pronoun, or a short noun
    phrase then a finite verb (an auxiliary, a modal, or a past form in *-ed*)."""
    n = len(toks)
    if k >= n or not _is_word(toks[k]) or toks[k].quote:
        return False
    first = toks[k].low
    if first in _EN_SUBJECT_PRONOUNS:
        return k + 1 < n and _is_word(toks[k + 1])
    if first.split("'", 1)[0] in _EN_SUBJECT_PRONOUNS and "'" in first:
        return True  # "she'll", "he's"
    if first in _EN_NO_SUBJECT or (first in _EN_OBJECT_PRONOUNS and first != "her"):
        return False  # "her" may be a possessive: "said her colleague had not …"
    for j in range(k + 1, min(n, k + 16)):
        tok = toks[j]
        if tok.quote:
            # "says voter fraud “would be one hell of a way to lose”": the verb in marks.
            verb = _WORDS.search(tok.text)
            return verb is not None and verb.group().lower() in _EN_FINITE
        if not _is_word(tok):
            return False
        low = tok.low
        if low in _EN_FINITE or (low.endswith("ed") and len(low) > 4 and not _is_cap(tok)):
            return True
        if low in _EN_NO_SUBJECT and low not in _EN_SUBJECT_PREPOSITIONS:
            if low == "to" and _en_infinitive_in_subject(toks, j):
                continue  # "his efforts to slow climate change will …"
            return False
        if _en_present_verb(toks, j):
            return True  # "said Trump favors a “strongman approach”"
    return False


def _en_infinitive_in_subject(toks: list[_Tok], j: int) -> bool:
    """True for *to* at ``j`` opening an infinitive inside a subject (``his efforts to slow
    …``, ``the decision to leave``): after a common noun, before a word in lower case."""
    before = toks[j - 1]
    after = toks[j + 1] if j + 1 < len(toks) else None
    return (
        _is_word(before)
        and not _is_cap(before)
        and before.low not in _EN_NO_SUBJECT
        and before.low not in _EN_FINITE
        and after is not None
        and _is_word(after)
        and not _is_cap(after)
        and after.low not in _EN_NO_SUBJECT
    )


_EN_SUBJECT_PREPOSITIONS = _word_set("of from on in at for with about by")
"""Prepositions inside a subject (``praise from Russian President Vladimir Putin would``,
``experts on North Korea said``): they open no clause after its first word."""
_EN_ADVERBIAL_OPENERS = _word_set(
    "in on at with without despite after before during since but however for from by "
    "although though while because"
)
"""First words of a phrase that, short and with no finite verb, is an adverbial (``But in
July 2012``, ``after examining Clinton's leg``), not reported content."""


def _en_adverbial(text: str, start: int, end: int) -> bool:
    """True for a short phrase opened by a preposition or conjunction and holding no finite
    verb (an auxiliary or a form in *-ed*): the part of a sentence before ``, X said`` or
    after ``According to X,`` that says nothing (``With thousands of vote counting
    systems``)."""
    # Nine words at most are read: a phrase of more is no adverbial (the rest is not read).
    words = [m.group() for m in itertools.islice(_WORDS.finditer(text, start, end), 9)]
    if len(words) > 8 or words[0].lower() not in _EN_ADVERBIAL_OPENERS:
        return False
    return not any(w.lower() in _EN_FINITE or (w.endswith("ed") and len(w) > 4) for w in words[1:])


def _en_noun_cue(toks: list[_Tok], k: int) -> bool:
    """True for an English cue form at ``k`` (not the first token) that is a noun or part of
    a name: a capitalised word after a capitalised word, in a name (``the United States``,
    ``United States citizenship``, but not a headline's ``Trump Says Clinton …``), or a form
    in *-s* after a preposition (``electors in states won by …``)."""
    tok = toks[k]
    before = toks[k - 1]
    if _is_cap(tok) and _is_cap(before) and _is_word(before):
        after = toks[k + 1] if k + 1 < len(toks) else None
        return (k > 1 and toks[k - 2].low == "the") or (
            after is not None and _is_word(after) and not _is_cap(after)
        )
    return tok.low.endswith("s") and before.low in _EN_SUBJECT_PREPOSITIONS


def _en_present_verb(toks: list[_Tok], j: int) -> bool:
    """True for a present form in *-s* after a name (``Trump favors``, ``Clinton wants``)
    with words after it: the verb of a clause whose subject is that name (a plural noun
    rarely follows a name and then opens no clause)."""
    tok = toks[j]
    low = tok.low
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(_EN_NOT_VERB_ENDINGS)
        and not _is_cap(tok)
        and _is_cap(toks[j - 1])
        and _is_word(toks[j - 1])
        and not toks[j - 1].low.endswith("'s")  # "Clinton's comments": a noun
        and j + 1 < len(toks)
        and (_is_word(toks[j + 1]) or toks[j + 1].quote)
    )


_EN_NOT_VERB_ENDINGS = ("ss", "us", "is", "'s", "ics")
"""Endings of words in *-s* that are no present verb (``business``, ``campus``, ``crisis``,
``Trump's``, ``politics``)."""


def _german_time_phrase(words: Sequence[_Tok]) -> bool:
    """A short German phrase of time (``Erst vergangene Woche``, ``Am Dienstagabend``): at
    most four words, the last of which names a time."""
    head = words[-1].low
    if head not in rules.GERMAN_TIME_HEADS and not (
        len(head) > 7 and head.endswith(rules.GERMAN_TIME_ENDINGS)
    ):
        return False
    return len(words) <= 4


def _german_source(toks: list[_Tok], k: int) -> int:
    """The width of ``nach [einem|ersten …] Angaben`` at token ``k`` (see
    :data:`~newsmodel._quote_rules.GERMAN_SOURCE_NOUNS`), 0 when there is none."""
    j = k + 1
    while (
        j < len(toks)
        and j - k <= 3
        and (
            toks[j].low in rules.GERMAN_SOURCE_MODIFIERS
            or (j > k + 1 and _german_adjective(toks[j]))
        )
    ):
        j += 1
    if j < len(toks) and (
        toks[j].low in rules.GERMAN_SOURCE_NOUNS
        or toks[j].low.endswith(("angaben", "bericht", "berichten"))
    ):
        return j - k + 1
    return 0


_GERMAN_NP_OPENERS = _word_set("dem den einem einen ein eine das die")
"""Articles that open the noun phrase before ``zufolge`` (``dem Bericht``, ``einem
Zeitungsbericht``); ``der``, ``des``, ``eines``, ``einer``, ``von`` may link a genitive
(``Informationen des Senders``) and the phrase reads on before them."""
_GERMAN_NOT_DATIVE = _word_set("die das ein eine")
"""Articles that never open the dative noun phrase before ``zufolge``."""
_GERMAN_NP_LINKS = _word_set("der des eines einer von vom")


def _german_zufolge_phrase(cue: _Cue, toks: list[_Tok], k: int) -> None:
    """Trim the speaker of ``zufolge`` (token ``k``) to the noun phrase right before it: its
    nouns, articles, adjectives (before a noun) and genitives, never the verb and subject
    of the clause it stands in (``Die Regierung will einem Zeitungsbericht zufolge …`` →
    ``einem Zeitungsbericht``; ``… haben die Verleger dem Bericht zufolge …`` → ``dem
    Bericht``)."""
    if cue.speaker_start is None:
        return
    i = k - 1
    while i >= 0 and toks[i].start >= cue.speaker_start:
        tok = toks[i]
        if tok.low in _GERMAN_NP_OPENERS:
            i -= 1
            break  # the phrase opens here
        adjective = (
            _german_adjective(tok)
            and tok.low not in rules.GERMAN_FINITE  # "… hätten Bregman zufolge": a verb
            and _is_cap(toks[i + 1])  # "eigenen Angaben"
        )
        if not (tok.quote or _is_cap(tok) or tok.low in _GERMAN_NP_LINKS or adjective):
            break
        i -= 1
    phrase = toks[i + 1 : k]
    if (
        len(phrase) > 2
        and phrase[0].low in _GERMAN_NOT_DATIVE
        and all(_is_cap(t) and _is_word(t) for t in phrase[1:])
    ):
        # "… hätten die Versuchsteilnehmer Bregman zufolge …": "zufolge" takes a dative,
        # so "die Versuchsteilnehmer" is the clause's subject and the name after it the source.
        phrase = phrase[2:]
        i = k - len(phrase) - 1
    if i < 0 or toks[i].start < cue.speaker_start or not any(_is_cap(t) for t in phrase):
        return  # the whole phrase is a noun phrase (or none is found): kept as read
    cue.speaker_start, cue.speaker_end = phrase[0].start, phrase[-1].end
    cue.speaker_text = _join(phrase)


def _after_german_relative(toks: list[_Tok], k: int) -> int | None:
    """Where the content starts after a relative clause that opens at token ``k`` right
    after a source and its comma (``Laut Medienberichten, die sich auf den Polizeibericht
    beziehen, soll …``): after the comma that closes it; ``None`` when no relative clause
    opens there or none closes (within :data:`_RELATIVE_TOKENS` words)."""
    if toks[k].low not in rules.GERMAN_RELATIVES:
        return None
    for i in range(k + 2, min(len(toks) - 1, k + _RELATIVE_TOKENS)):
        tok = toks[i]
        if tok.quote or tok.text in {";", ":", ".", "!", "?"}:
            return None
        if tok.text == ",":
            return toks[i].end if _is_word(toks[i + 1]) else None
    return None


def _german_adjective(tok: _Tok) -> bool:
    """A lower-case word with an adjective's ending (``achtseitigen``, ``neuem``), after an
    article in a source phrase: ``nach einem achtseitigen Bericht des Angestellten``."""
    return _is_word(tok) and not _is_cap(tok) and tok.low.endswith(("en", "em", "er", "es"))


def _german_verb_after(cue: _Cue, toks: list[_Tok], k: int) -> None:
    """``Laut der New York Times hat eine Gruppe …``: a German attribution that opens the
    sentence is followed by its finite verb (verb second), where the content starts. The
    speaker phrase ends before that verb: a lower-case word right after a noun (or a name, a
    number, a title in marks) is the verb; one after an article or a preposition is an
    adjective (``der malaysischen Nachrichtenagentur``)."""
    # The token holding the speaker's start (a name in marks starts inside its token).
    start = max(k, bisect.bisect_right(toks, cue.speaker_start or 0, key=_tok_start) - 1)
    j = start
    prev_noun = False
    while j < len(toks) and j - start < 14:
        tok = toks[j]
        if tok.quote or _is_cap(tok) or any(c.isdigit() for c in tok.text):
            prev_noun = True
        elif tok.text == "-":
            prev_noun = False
        elif not _is_word(tok):
            return
        elif tok.low in rules.GERMAN_FINITE or (prev_noun and tok.low not in rules.GERMAN_NP_WORDS):
            break
        else:
            prev_noun = False
        j += 1
    else:
        return
    if j == start:
        return
    if not toks[start].quote:  # a name in marks keeps its words without the marks
        cue.speaker_end = toks[j - 1].end
        cue.speaker_text = _join(toks[start:j])
    cue.attr_end = toks[j - 1].end
    cue.content_start = toks[j].start


_GERMAN_SOURCE_CUES = frozenset({"laut", "gemäß", "nach", "zufolge"})
"""The German source cues that may stand inside the clause they attribute."""
_GERMAN_AFTER_NOUN = _word_set("des der von vom aus in im für")
"""Words that go on a German source phrase after its noun (a genitive or a prepositional
attribute: ``Informationen des Senders``, ``Einschätzung von Marktbeobachtern``)."""
_GERMAN_DEMONSTRATIVES = _word_set(
    "diese dieser diesen diesem dieses jene jener jenen jenem jenes solche solcher solchen"
)
"""After ``für`` a demonstrative points back into the story: the words belong to the clause,
not to a title of the source (``nach einem Bericht des Angestellten für diese Transporte
kassiert``; but ``des Beauftragten für Menschenrechte``, ``für politische Bildung``)."""


def _german_inner_source(toks: list[_Tok], cue: _Cue) -> int | None:
    """For a German source cue inside its clause (``Drei Menschen wurden laut Polizei
    verletzt.``, ``Für EADS bedeutet der Verlust nach Einschätzung von Marktbeobachtern einen
    Tiefschlag.``, ``In den Pyrenäen kam es Informationen des Senders zufolge zu
    Felsstürzen.``): the index of the token after its source phrase, ``None`` when the cue
    opens the sentence, follows a comma, or ends the sentence (those are read elsewhere).
    The phrase is articles and adjectives, then nouns (capitalised words or names in marks),
    then only genitives and attributes; the clause must go on after it."""
    first_word = cue.text.split()[0].lower()
    if first_word not in _GERMAN_SOURCE_CUES or cue.speaker_start is None:
        return None
    opening = min(cue.start, cue.speaker_start)
    k = bisect.bisect_left(toks, opening, key=_tok_start)
    if k == 0 or toks[k - 1].text in {",", ";", ":", "(", "–", "—"} or toks[k - 1].quote:
        return None
    if toks[0].low in rules.GERMAN_SUBORDINATE_OPENERS or toks[0].low == "wie":
        return None
    n = len(toks)
    if first_word == "zufolge":
        j = bisect.bisect_left(toks, cue.end, key=_tok_start)
    else:
        j = bisect.bisect_left(toks, cue.speaker_start, key=_tok_start)
        noun = False
        while j < n:
            tok = toks[j]
            if tok.quote or _is_cap(tok):
                noun = True
            elif (
                not _is_word(tok)
                or (noun and tok.low not in _GERMAN_AFTER_NOUN)
                or (
                    noun
                    and tok.low == "für"
                    and j + 1 < n
                    and toks[j + 1].low in _GERMAN_DEMONSTRATIVES
                )
            ):
                break
            elif noun:
                noun = False  # "des", "von": a genitive or an attribute follows
            j += 1
        if not noun:
            return None
    # The clause goes on: words, not the end of the sentence or a comma.
    if j >= n or not _is_word(toks[j]) or toks[j].quote:
        return None
    return j


def _german_subjunctive_clause(toks: list[_Tok], k: int) -> bool:
    """True when the German clause from token ``k`` is a main clause in the subjunctive (a
    form of :data:`_FREE_INDIRECT_WORDS` among its first eight words, before another comma),
    the mood of reported speech (``dies sei Demokratie``, ``man gebe den Uiguren …``); not a
    clause opened by a subordinator or a relative pronoun."""
    if k >= len(toks) or toks[k].low in rules.GERMAN_NOT_CONTENT:
        return False
    if toks[k].low in rules.GERMAN_SUBORDINATE_OPENERS:
        return False
    for tok in toks[k : k + 8]:
        if tok.quote:
            continue
        if tok.text in {",", ";", ":", ".", "!", "?", "(", "–", "—"}:
            return False
        if tok.low in _FREE_INDIRECT_WORDS:
            return True
    return False


def _german_main_cue(toks: list[_Tok], cue: _Cue) -> bool:
    """True when a German cue followed by a comma heads the clause after the comma: the
    cue is the verb of a main clause (``Der Staatsanwalt sagte, …``, ``Am Abend gab er
    bekannt, …``) or of a ``wie`` clause (``Wie die Polizei mitteilte, …``), not of another
    subordinate clause (``Nachdem er erklärt hatte, …``, ``…, in der er sie … bezeichnete,
    …``), and takes a clause (``bezeichnete … als``, ``genannt`` take none)."""
    if cue.text.split()[-1].lower() in rules.GERMAN_NO_CLAUSE_CUES:
        return False
    first = min(cue.start, cue.speaker_start if cue.speaker_start is not None else cue.start)
    j = bisect.bisect_left(toks, first, key=_tok_start) - 1
    while j >= 0 and not toks[j].quote and toks[j].text not in {",", ";", ":", "(", "–", "—"}:
        j -= 1
    head = toks[j + 1] if j + 1 < len(toks) else None
    if head is None or head.low == "wie":
        return True
    if head.low in rules.GERMAN_SUBORDINATE_OPENERS:
        return False
    if j >= 0 and toks[j].text == ",":
        # A clause after a comma that opens with a relative pronoun, or a preposition and one.
        nxt = toks[j + 2].low if j + 2 < len(toks) else ""
        if head.low in rules.GERMAN_RELATIVES or nxt in rules.GERMAN_RELATIVES:
            return False
    return True


def _described(segment: Sequence[_Tok]) -> bool:
    """A description set off by commas: a role, an article-led phrase, an age."""
    words = [t for t in segment if _is_word(t)]
    if not words:
        return False
    if all(t.text.isdigit() for t in words):
        return True
    return _looks_like_role(words) or words[0].low in _FIRST_ARTICLES or not _is_cap(words[0])


def _skip_parenthesis(toks: list[_Tok], close: int) -> int:
    """The index before the ``(`` that opens the parenthesis closed at ``close`` (within eight
    tokens); ``close - 1`` when there is none."""
    for j in range(close - 1, max(-1, close - 9), -1):
        if toks[j].text == "(":
            return j - 1
        if toks[j].quote:
            break
    return close - 1


def _particle_index(toks: list[_Tok], k: int, particle: str) -> int | None:
    wanted = set(particle.split("|"))
    for j in range(k, min(len(toks), k + 25)):
        tok = toks[j]
        if tok.quote or tok.text in {";", "."}:
            return None
        if tok.low in wanted and (
            j + 1 >= len(toks)
            or toks[j + 1].text in {",", ".", ":", ";", "!", "?"}
            or toks[j + 1].quote
        ):
            return j
    return None


_FINAL_PUNCTUATION = frozenset({".", "!", "?", "…", ")", "»", "”", '"'})


def _to_end(toks: list[_Tok], cue: _Cue) -> bool:
    """True when only the attribution and final punctuation follow the cue."""
    limit = max(cue.attr_end, cue.end)
    for tok in reversed(toks):  # tokens are in text order
        if tok.start < limit:
            return True
        if tok.text not in _FINAL_PUNCTUATION:
            return False
    return True


def _ends_after_adjunct(toks: list[_Tok], cue: _Cue) -> bool:
    """True when what follows an attribution that closes its sentence is no clause of its
    own: after ``according to X``, an apposition after a comma or a few words (``…, according
    to a poll released last week.``); after a cue verb, a short adjunct (``…, Obama said in
    his interview.``, ``…, lawmakers said Friday afternoon, as they …``)."""
    first = bisect.bisect_left(toks, max(cue.attr_end, cue.end), key=_tok_start)
    if first >= len(toks) or toks[first].quote:
        return False
    head = toks[first]
    if cue.nonverbal:
        if head.text != ",":
            return len(toks) - first <= 7 and not any(t.quote for t in toks[first:])
        return not any(t.quote for t in toks[first:])
    if len(toks) - first > 13 or not (head.low in _ADJUNCT_OPENERS or _is_cap(head)):
        return False
    rest = [t for t in toks[first:] if t.text not in _FINAL_PUNCTUATION]
    if any(t.quote for t in rest):
        return False
    # The adjunct ends the sentence or a comma ends it before a participle or "as" clause.
    comma = next((i for i, t in enumerate(rest) if t.text == ","), None)
    return comma is None or (
        comma + 1 < len(rest) and rest[comma + 1].low in _ADJUNCT_TAILS and comma <= 6
    )


def _inserted(toks: list[_Tok], cue: _Cue, end_tok: int) -> bool:
    """True when an attribution after a comma (see :func:`_comma_before`) is also closed by
    one, with words of the content on both sides: at least one before (``Lenox was a
    juggernaut, Mr. Clarke said, until …``, ``Too often, he said, the debate …``) and a
    clause of at least three words after it."""
    first = bisect.bisect_left(toks, max(cue.attr_end, cue.end), key=_tok_start)
    if first >= end_tok or toks[first].text != "," or end_tok - first < 4:
        return False
    opening = min(cue.start, cue.speaker_start if cue.speaker_start is not None else cue.start)
    return any(_is_word(t) for t in toks if t.end <= opening)


_EN_SET_OFF = frozenset({",", "—", "–"})
"""Marks that set off an inserted source (``The plan — according to two officials — would``)."""


def _set_off_in_clause(toks: list[_Tok], cue: _Cue, end_tok: int) -> bool:
    """True when a source (``according to X``) stands between a pair of the same mark,
    commas or dashes, inside a clause: words before it, and a finite verb (an auxiliary, a
    modal or a past form in *-ed*) right after the closing mark, so that the words on both
    sides are one clause."""
    opening = min(cue.start, cue.speaker_start if cue.speaker_start is not None else cue.start)
    before = bisect.bisect_right(toks, opening, key=_tok_end) - 1
    after = bisect.bisect_left(toks, max(cue.attr_end, cue.end), key=_tok_start)
    if before < 1 or after + 2 >= end_tok:
        return False
    mark = toks[before].text
    return (
        mark in _EN_SET_OFF
        and toks[after].text == mark
        and _en_relative_verb(toks[after + 1])
        and _is_word(toks[before - 1])
    )


def _comma_before(toks: list[_Tok], cue: _Cue) -> bool:
    first = min(cue.start, cue.speaker_start if cue.speaker_start is not None else cue.start)
    last = bisect.bisect_right(toks, first, key=_tok_end) - 1
    # Token ends grow with their starts, so the tokens ending by ``first`` are a prefix.
    return last >= 0 and (toks[last].text == "," or toks[last].quote)


def _only_attribution(lead: list[_Tok], attr_end: int) -> bool:
    """True when the words between two quotes are the first one's attribution and then a
    comma or colon (``“A,” he said on Monday, “B.”``)."""
    if not lead or attr_end < 0 or any(t.quote for t in lead):
        return False
    rest = [t for t in lead if t.start >= attr_end]
    if all(t.text in {",", ";", ":", "—", "–", "-"} or t.low in _CONNECTORS for t in rest):
        return True
    tail = [t for t in rest if t.low not in _CONNECTORS]
    return bool(tail) and tail[-1].text in {",", ":"} and len(rest) <= 8


def _comma_intro(
    lead: list[_Tok], cue: _Cue, complementizers: frozenset[str], *, english: bool = False
) -> bool:
    """True for ``X said, “…”`` and ``She adds, “…”``: the lead is the attribution clause
    ending with a comma, with no reported clause (``that``) between."""
    if not lead or cue.speaker_text is None:
        return False
    if english and lead[-1].end == cue.end and _is_word(lead[-1]):
        return True  # "Trump declared “…”": the cue right before the quote
    if lead[-1].text != ",":
        return False
    after_cue = [t for t in lead[:-1] if t.start >= cue.end]
    if len(after_cue) > 8 or any(t.low in complementizers or t.quote for t in after_cue):
        return False
    return not any(t.text == "," for t in after_cue)


def _only_dash(lead: list[_Tok]) -> bool:
    return all(t.text in {"—", "–", "-", ":"} for t in lead)


def _word_before(text: str, pos: int) -> str:
    j = pos - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    end = j + 1
    while j >= 0 and (text[j].isalnum() or text[j] in "-'’"):
        j -= 1
    return text[j + 1 : end].lower()


_TITLE_SMALL_WORDS = frozenset(
    {"de", "la", "le", "of", "the", "and", "a", "et", "des", "du", "der", "die", "das", "von"}
    | {"y", "e", "di", "del"}
)
"""Lower-case words a title may hold (``La Guerre des étoiles``, ``Lord of the Rings``)."""
_TITLE_SMALL_WORDS_EN = _TITLE_SMALL_WORDS | {
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "from",
    "by",
    "an",
    "or",
    "nor",
    "as",
}
"""English title case also keeps short prepositions and conjunctions low (``Legend in the
Coal Fields``); in German they sit between capitalised nouns in ordinary phrases."""


def _is_title(inner: str, before_word: str, words: Sequence[str], *, english: bool = False) -> bool:
    """True for marked names and titles that are not speech (``« Llama 3.1 »``); ``words``
    are the first seven words of ``inner`` (or all when fewer)."""
    if not words:
        return True
    if len(words) > 6:
        return False  # every rule below is for six words at most
    if before_word in rules.TITLE_CONTEXT_WORDS:
        return True
    if inner.rstrip()[-1:] in {"!", "?", ",", "…"} and len(words) >= 3:
        return False
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    small = _TITLE_SMALL_WORDS_EN if english else _TITLE_SMALL_WORDS
    if capitalised and all(w in capitalised or w.lower() in small for w in words):
        return True
    return len(words) <= 3 and any(ch.isdigit() for ch in inner) and capitalised != []


def _join(toks: Sequence[_Tok]) -> str:
    if not toks:
        return ""
    out = [toks[0].text]
    for prev, tok in itertools.pairwise(toks):
        out.append((" " if tok.start > prev.end else "") + tok.text)
    return "".join(out)


def _looks_like_role(phrase: Sequence[_Tok]) -> bool:
    from newsmodel._entities import ROLE_NOUNS, ROLE_SUFFIXES

    words = [t for t in phrase if _is_word(t)]
    if not words or words[0].low in rules.PRONOUNS or words[0].low in _CONNECTORS:
        return False
    for tok in words[:6]:
        low = tok.low.strip(".")
        if low in ROLE_NOUNS or (len(low) > 8 and low.endswith(ROLE_SUFFIXES)):
            return True
    return False


_NAME_CONNECTOR_SPLIT = re.compile(
    r"\s+(?:de|du|des|la|of|for|pour|für|von|der|di|da|del|do|dos)\s+(?:l['’])?|\s+[ld]['’]",
    re.IGNORECASE,
)
"""A connector between two parts of a capitalised run (``PDG de Meta``)."""
_LOCATIVE = re.compile(
    r"\s*,?\s+(?:à|au|aux|chez|auprès\s+de|at|with|bei|beim|presso|junto\s+a)"
    r"(?:\s+(?:la|le|les|l['’]|the|der|dem|den))?\s*(?:l['’])?\s*$",
    re.IGNORECASE,
)
"""The words that place a job at an employer (``… à l'``, ``… at the``), at a role's end."""


_EMPLOYER_BEFORE = re.compile(
    r"(?:^|\s)(?:chez|auprès\s+de|at|bei|beim|presso)(?:\s+(?:la|le|les|the|der|dem|den))?"
    r"\s*(?:l['’])?\s*$",
    re.IGNORECASE,
)
"""Words that name the employer right after them, whatever it is (``at the``, ``chez``)."""


def _role_before_affiliation(role: str, affiliation: str) -> str:
    """The role without the employer it ends with: ``responsable de l'analyse des brevets à
    l'Organisation Mondiale …`` → ``responsable de l'analyse des brevets`` (the employer is
    the affiliation). An employer joined by *de*/*of* stays (``PDG de Meta``)."""
    at = role.rfind(affiliation)
    if at <= 0:
        return role
    lead = role[:at]
    match = _LOCATIVE.search(lead)
    if match is None or match.start() == 0:
        return role
    return lead[: match.start()].rstrip(" ,")


_PERSON_PARTICLES = _INNER_PARTICLES | {"bin", "al"}
_EXAMPLE_LABELS = frozenset(
    {"zum beispiel", "beispielsweise", "for example", "for instance", "par exemple"}
    | {"por ejemplo", "per esempio", "ad esempio", "por exemplo", "bijvoorbeeld"}
)
"""Words that introduce an example before a colon (``Zum Beispiel: „…“``), not a speaker's
label as in a transcript (``PENCE: "…"``)."""


_OUTLET_KINDS = frozenset({OrganizationKind.PUBLISHER, OrganizationKind.NEWS_AGENCY})
_LEADING_ARTICLE = re.compile(r"^(?:the|der|die|das|dem|den|des|le|la|les|el|il|lo)\s+", re.I)
_MEDIA_ENDINGS = (
    "funk", "zeitung", "blatt", "news", "times", "post", "radio", "tv", "sender", "magazin",
    "telegraph", "journal", "agentur", "portal", "fernsehen",
)  # fmt: skip
"""Endings of outlets' names or words (``Deutschlandfunk``, ``Süddeutsche Zeitung``,
``Handelsblatt``, ``Fernsehsender``, ``The Telegraph``)."""
_GERMAN_PLACE_OR_SPEAKER = re.compile(r"(?i)gegenüber\b|sagte\s+(?:der|die|das|dem|den)\b")
"""German phrases of the media patterns that more often say where something stands or who
speaks than to whom."""
_NO_OUTLETS = frozenset({"US", "USA", "UK", "EU", "UN", "NATO"})
"""Acronyms of countries and bodies, which people speak to but which publish no news."""
_WEB_NAME = re.compile(r"\w\.(?:com|org|net|info|de|fr|uk|es|it|io)\b", re.I)
_BARE_KINDS = frozenset(
    """
    tv fm radio ag gmbh kg ohg se sa inc ltd llc plc corp co
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
"""Words that tell an organisation's kind or legal form, alone no organisation's name (``TV``,
``AG``)."""
_WEEKDAYS = frozenset(
    name for days in WEEKDAY_NAMES.values() for forms in days for name in forms if len(name) > 4
)
"""Days of the week, in full, in every language the dates module reads."""
_CLAUSE_OPENERS = frozenset(
    """
    however meanwhile indeed specifically moreover furthermore nevertheless nonetheless
    instead still also yet thus therefore besides otherwise likewise similarly finally
    eventually later earlier today yesterday tomorrow now then anyway overall separately
    dabei dazu damit dafür darum deshalb daher doch aber oder denn zwar schließlich
    allerdings jedoch trotzdem außerdem zudem mittlerweile inzwischen nämlich früher heute
    gestern morgen anders zugleich zusätzlich insgesamt letztlich leider neulich ebenfalls
    darin danach davor sonst jedenfalls immerhin tatsächlich ainsi cependant pourtant enfin
    toutefois además sin embargo también luego entonces inoltre tuttavia quindi allora
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
"""Connectors and adverbs that open a clause (English, German, French, Spanish, Italian): never
a one-word speaker."""
_GERMAN_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "nis", "tion", "tät", "ismus", "gesetz",
    "ungen", "heiten", "keiten", "schaften", "nisse", "nissen", "ionen", "täten", "innen",
)  # fmt: skip
"""Endings of German nouns, singular and plural, that no surname has (``Stiftungen``,
``Organisationen``, ``Wissenschaftlerinnen``)."""
_BEFORE_SUBJECT = " \t\n\"'«»“”„‚‘’()[]-–—"
"""What may stand between a sentence's end and its first word."""
_DETERMINERS = frozenset(
    """
    the a an der die das den dem des ein eine einer einem eines einen nach laut eigenen seinen
    ihren le la les un une el los las il lo gli
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
"""Words before a common noun (in every language, lower case): a capitalised word after one
is a noun, not a name."""
_AFTER_DETERMINER = re.compile(
    r"(?<!\S)(?:" + "|".join(sorted(_DETERMINERS, key=len, reverse=True)) + r") (?=(\S+))"
)
"""In the article's tokens joined by spaces: the token after each determiner."""


_WORD_OR_MARK = re.compile(r"[^\W\d_][\w'’-]*|[,;.!?:]")
_NEXT_TOKEN = re.compile(r"(\S) (?=(\S+))")
"""In the article's tokens joined by spaces: each token's last character and the next token
(blocks are joined by a line break, which no pair spans)."""


_SCANNED_WORDS = 64
"""One-word names looked up by literal searches in one article; past that, its vocabulary is
gathered (each search reads the whole article: many would cost time quadratic in its size)."""
_TOKEN_CHARS = re.compile(r"[\w'’-]")


def _scan_uses(blocks: Sequence[str], word: str) -> tuple[bool, bool]:
    """:func:`_vocabulary`'s answers for one word, from the places the article writes it and
    the token before each (the same tokens as :data:`_WORD_OR_MARK` makes)."""
    low = word.lower()
    common = low != word and any(True for text in blocks for _ in _token_starts(text, low))
    after = inside = False
    for text in blocks:
        for start in _token_starts(text, word):
            last = _token_before(text, start)
            after = after or last in _DETERMINERS
            inside = inside or (bool(last) and (last in ",;" or last[-1].islower()))
            if (common or after) and inside:
                return True, True
    return common or after, inside


_NO_TOKEN_CHAR = re.compile(r"[^\w'’-]")
"""A character no word token of :data:`_WORD_OR_MARK` holds (a space, a mark)."""
_MARK_TOKENS = frozenset(",;.!?:")
_NEAR_CHARS = 32


def _token_before(text: str, at: int) -> str:
    """The last token :data:`_WORD_OR_MARK` makes of the 200 characters before ``at`` (``""``
    when none). The last :data:`_NEAR_CHARS` are read first: from a character no word token
    holds, both readings make the same tokens, so their last token is the answer when such a
    character comes before it (or it is a mark); the 200 are read only when none does."""
    begin = max(0, at - 200)
    near = max(begin, at - _NEAR_CHARS)
    if near > begin:
        found = collections.deque(_WORD_OR_MARK.finditer(text, near, at), maxlen=1)
        if found and (
            found[0].group() in _MARK_TOKENS
            or _NO_TOKEN_CHAR.search(text, near, found[0].start()) is not None
        ):
            return found[0].group()
    previous = _WORD_OR_MARK.findall(text, begin, at)
    return previous[-1] if previous else ""


def _after_first_name(blocks: Sequence[str], word: str) -> bool:
    """Whether the article writes ``word`` after a space and a capitalised word that is no
    determiner, preposition or other function word (a first name: ``Hildegard Müller``)."""
    for text in blocks:
        for start in _token_starts(text, word):
            if start < 2 or text[start - 1] != " ":
                continue
            last = _token_before(text, start)
            low = last.lower()
            if (
                last[:1].isupper()
                and low not in _DETERMINERS
                and low not in _GERMAN_FUNCTION_WORDS
                and low not in _SENTENCE_START_WORDS
                and low not in _GERMAN_ARTICLES
            ):
                return True
    return False


def _token_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` is a token of ``text``, or the head of a compound token (``Rheinmetall``
    in ``Rheinmetall-Konzern``), as :data:`_WORD_OR_MARK` splits it."""
    hyphenated = "-" in word
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        following = text[end : end + 1]
        ends = not following or not _TOKEN_CHARS.match(following)
        if not ends and following == "-" and not hyphenated:
            ends = True  # the head of a compound
        if ends and _token_start(text, at):
            yield at
        at = text.find(word, at + 1)


def _token_start(text: str, at: int) -> bool:
    """Whether a token starts at ``at``: no letter in the run of token characters before it
    (``5low`` and ``'low`` start one at ``l``, ``x5low`` does not)."""
    index = at - 1
    while index >= 0 and _TOKEN_CHARS.match(text[index]):
        if text[index].isalpha():
            return False
        index -= 1
    return True


def _vocabulary(blocks: Sequence[str]) -> tuple[set[str], set[str], set[str]]:
    """The article's words: every word it writes (a lower-case form is among them only when
    written so), those it writes after an article or a determiner, and those it writes after
    a word ending in a lower-case letter or after a comma (inside a sentence; a full stop, a
    question or exclamation mark or a colon ends one). A compound counts for its head too
    (``der Rheinmetall-Konzern``: ``Rheinmetall``). The words are found by a pattern and read
    as one string of tokens, so no Python loop runs over each word."""
    tokens = " \n ".join(" ".join(_WORD_OR_MARK.findall(text)) for text in blocks)
    words = set(tokens.split())
    after_determiner = set(_AFTER_DETERMINER.findall(tokens))
    inside = {word for last, word in _NEXT_TOKEN.findall(tokens) if last in ",;" or last.islower()}
    for found in (words, after_determiner, inside):
        found.update([word.split("-", 1)[0] for word in found if "-" in word])
    return words, after_determiner, inside


def _named_alone(name: str, phrase: str) -> bool:
    """Whether one capitalised word that names no one known yet is a person's name: a given
    name (``Andrew said``) or a name after a title (``Dr. Fauci``). Other words are as often a
    sentence's first word (``Hours before …``, ``Dabei sagte …``), a noun (every German one is
    capitalised: ``Angaben``, ``Studie``) or a group (``Officials``): no person."""
    folded = fold_accents(name.lower())
    if folded in GIVEN_NAMES_FEMININE or folded in GIVEN_NAMES_MASCULINE:
        return True
    first = phrase.split(None, 1)[0]
    return first != name and fold_accents(first.lower()) in TITLES


_PARTICLE_AFTER = re.compile(r" (?:for|of|on|für|des|der|de|du|del|della|di) [^\W\d_]")
"""A particle and a word after a body's head (``Centre for Disease Control``)."""
_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
"""Endings of a German adjective before its noun (``halbes Dutzend``, ``deutsche
Radprofi``)."""
_GERMAN_ARTICLES = frozenset(
    "der die das den dem des ein eine einer einem eines einen".split()  # noqa: SIM905
)
"""German articles: before one capitalised word with no job between, a noun (``Die
Abschnitte``, ``Der Trailer``); a name takes none."""
_GERMAN_FUNCTION_WORDS = frozenset(
    """
    dies diese dieser dieses diesen diesem jene jener jenes jenen jede jeder jedes jeden
    jedem alle viele manche einige mehrere beide kein keine keiner keines keinen keinem
    welche welcher welches solche sein seine seiner seines seinen seinem ihr ihre ihrer
    ihres ihren ihrem mein meine meiner meines meinen meinem unser unsere unserer unseres
    unseren unserem euer eure im in am an auf aus bei beim mit nach seit vor zum zur für
    gegen gegenüber laut durch über unter ohne um wegen trotz während dank neben hinter
    zwischen es er sie wir ich man auch nur noch so wie wenn als dass ob weil und oder aber
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
"""German determiners, possessives, prepositions, pronouns and conjunctions: capitalised
at a sentence's start, before a noun (``Seine Filmografie``, ``Diese Tests``, ``Im
Schnee``), never the first word of a name (``von`` is one: ``Von der Leyen``)."""
_NAME_OF_BODY = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}) (?:of|at|from|von|vom|bei) "
    r"(?:(?:the|der|dem|des) )?(?P<body>[A-ZÀ-Þ][\w'’.&-]*(?: [\w'’.&-]+){0,5})"
)
"""A speaker phrase of a person's name and the body they belong to (``Robin Biesbroek of
the CDF``)."""
_GENITIVE_ARTICLES = frozenset({"der", "des", "dem", "den"})
_NAME_PARTICLES_BEFORE_ARTICLE = frozenset({"von", "van", "vom", "zu", "ter"})
_LIST_JOINS = frozenset({"y", "and", "und", "et", "e", "&"})
"""Words that join two names in a list (``Juan Pablo Ramírez y Juan Esteban Upegui``)."""
_INITIAL = re.compile(r"^[A-Z](?:\.[A-Z])*$")
"""A middle initial as a run of capitalised words ends at it (``P`` of ``Jonathan P.``,
``H.W`` of ``George H.W.``)."""
_AFTER_INITIAL = re.compile(r"\. ([A-Z](?:\.[A-Z])*(?=\.)|[A-Z][\w'’-]+)")


def _after_initials(text: str, end: int, name: str) -> str:
    """``name`` (ending at ``end`` in ``text`` with an initial) with the words after the
    initial's period: ``Jonathan P`` of ``Jonathan P. Blair`` is ``Jonathan P. Blair``."""
    while True:
        match = _AFTER_INITIAL.match(text, end)
        if match is None or match.group(1).lower() in _SENTENCE_START_WORDS:
            return name
        name += match.group()
        end = match.end()
        if not _INITIAL.match(match.group(1)):
            return name


def _job_before_first_name(name: str, adjective: bool) -> tuple[str, str | None]:
    """A German name after the noun of the person's job (``Philosoph Richard David Precht``,
    ``Bloggerin Ana Siú``): capitalised words that are no first name before one, and a
    surname after it, give the name and the job; after an adjective (``deutsche Radprofi
    Simon Geschke``), the first of three capitalised words or more is the job. Other names
    are returned whole."""
    words = name.split()
    if len(words) < 3 or _given(words[0].lower()) or words[0].lower().rstrip(".") in _TITLES:
        return name, None
    if not all(word[:1].isupper() for word in words):
        return name, None
    for k in range(1, len(words) - 1):
        if _given(words[k].lower()):
            return " ".join(words[k:]), " ".join(words[:k])
    if adjective:
        return " ".join(words[1:]), words[0]
    return name, None


def _article_inside(name: str) -> bool:
    """Whether a German article inside ``name`` makes it a noun and its genitive or object
    (``Expansion der Firma``, ``Bei der Sitzung``, ``Petra den Text``), not a name: an
    article after ``von`` or ``van`` belongs to one (``Ursula von der Leyen``)."""
    words = name.split()
    return any(
        words[k] in _GENITIVE_ARTICLES
        and words[k - 1].lower() not in _NAME_PARTICLES_BEFORE_ARTICLE
        for k in range(1, len(words))
    )


def _person_like(name: str, phrase: str) -> bool:
    words = name.split()
    if not words or len(words) > 5:
        return False
    if not all(w[0].isupper() for w in words if w.lower() not in _PERSON_PARTICLES):
        return False
    if any(ch.isdigit() for ch in name):
        return False
    return not is_acronym(name)


def _publisher_kind(kind: str, name: str) -> OrganizationKind | None:
    """The kind of a source's publisher that no word of its name gives: an outlet someone
    spoke to, or one whose name ends like an outlet's (``in einem Interview mit dem
    Deutschlandfunk``)."""
    if kind == "newspaper" or any(
        word.lower().endswith(_MEDIA_ENDINGS) for word in name.replace("-", " ").split()
    ):
        return OrganizationKind.PUBLISHER
    return None


def _clean_description(text: str) -> str:
    return " ".join(text.strip(" ,.;:").split())


def _spoken_at(source: _SourceRec, rec: _QuoteRec, quotes: list[_QuoteRec]) -> bool:
    return any(q.source is source and q.speaker is rec.speaker for q in quotes)


def _trim_name_before_acronym(name: str, acronym: str) -> str | None:
    """The organisation's name before ``(ACR)``: from the last capitalised word after an
    article or clause start, checked against the acronym's first letter. A noun before the
    body (``Empfehlung des Europäischen Zentrums … (ECDC)``) is passed over when a later
    word gives the acronym's letter too."""
    words = name.split()
    best: str | None = None
    for i in range(len(words)):
        word = _elided(words[i])
        if not word or not word[0].isupper():
            continue
        if word[0].lower() == acronym[0].lower():
            rest = [word, *words[i + 1 :]]
            if best is None:
                best = " ".join(rest)
            if not body_after_noun(" ".join(rest)):
                return " ".join(rest)
    return best


# --------------------------------------------------------------------------- public API


def _interview_turns(blocks: Sequence[str]) -> dict[int, re.Match[str]]:
    """The paragraphs that open with a speaker's label, when the text is an interview: two
    turns or more by two speakers or more (``Q`` and ``A``, or two names in capitals)."""
    turns: dict[int, re.Match[str]] = {}
    for index, text in enumerate(blocks):
        if text[:1].isspace() or text[:1] in {'"', "“"} or text[:1].isupper():
            found = rules.TURN_LABEL.match(text)
            if found is not None and found.group("label") not in rules.TURN_LABEL_STOP:
                turns[index] = found
    labels = {m.group("label") for m in turns.values()}
    if len(labels) < 2 or ({"Q", "A"} & labels and not {"Q", "A"} <= labels):
        return {}
    return turns


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: a code point a ``str`` may hold but no Unicode text (nor a model) can."""


def _unicode(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (one character for one, so the
    offsets do not move)."""
    try:
        text.encode("utf-8")  # finds a surrogate ten times faster than a scan
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _paragraphs(text: str | Sequence[str]) -> list[str]:
    if isinstance(text, str):
        text = _unicode(text[:MAX_TEXT_CHARS])
        return [p.strip("\r\n") for p in _PARAGRAPH_SPLIT.split(text)]
    return [_unicode(p) if isinstance(p, str) else "" for p in text]


def _detect(blocks: Sequence[str]) -> str | None:
    from newsmodel._lang import detect_language

    sample = "\n\n".join(blocks)[:20000]
    try:
        return detect_language(sample)
    except Exception:
        return None


_AFTER_WINDOW = 256
"""How many tokens after a quote its attribution may be read from."""


def _inside(spans: Sequence[_Span], pos: int, length: int, *, at_open: bool = False) -> bool:
    """Whether one of a paragraph's top-level quote spans holds ``pos``: after its opening mark
    (or at it, with ``at_open``) and before its closing mark, or before the paragraph's end
    (``length``) when it is never closed. The spans are disjoint and in order, so only the last
    one opened before ``pos`` can hold it (scanning every span for every word or mention was
    quadratic in a paragraph of many quotes)."""
    find = bisect.bisect_right if at_open else bisect.bisect_left
    index = find(spans, pos, key=_OPEN) - 1
    if index < 0:
        return False
    close = spans[index].close
    return pos < (close if close is not None else length)


def _primary(language: str | None) -> str | None:
    if not language:
        return None
    return language.split("-")[0].lower()


@dataclass
class _Result:
    quotes: list[Quote]
    sources: list[Source]
    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]
    models: dict[int, Person | Organization]
    """The frozen entity for each record, by ``id(record)``."""


def _build(
    blocks: Sequence[str], language: str | None, book: EntityBook, *, quotes_only: bool = False
) -> _Result:
    """Read the blocks and freeze the results. With ``quotes_only``, only the quotes are
    complete (each the same as a full build gives): the entities and sources no quote
    refers to are not frozen, which saves building models no one reads."""
    # Two readings: the first learns the names speakers go by, the second records every
    # mention of them (pronouns resolve against mentions) and builds the quotes.
    reader = _Reader(blocks, language, book, learn_only=True)
    reader.run()
    book.clear_mentions()
    reader.learn_only = False
    records = reader.run()
    for source in reader.sources:
        if source.publisher is None and source.anchor is not None:
            source.publisher = reader._sentence_subject(*source.anchor)
    wanted: set[int] | None = None  # the id() of each record and source a quote refers to
    if quotes_only:
        wanted = set()
        pending = list(records)
        while pending:
            rec = pending.pop()
            pending.extend(rec.nested)
            if rec.speaker is not None:
                wanted.add(id(rec.speaker))
            if rec.source is not None:
                wanted.add(id(rec.source))
                if rec.source.publisher is not None:
                    wanted.add(id(rec.source.publisher))
    people, orgs, built = book.build(only=wanted)
    source_models: dict[int, Source] = {}
    sources: list[Source] = []
    numbered: set[int] = set()  # sources take their numbers (s1, s2) whether frozen or not
    ordered = [rec.source for rec in records if rec.source is not None] + reader.sources
    for source_rec in ordered:
        if id(source_rec) not in numbered:
            numbered.add(id(source_rec))
            if wanted is None or id(source_rec) in wanted:
                model = _freeze_source(source_rec, len(numbered) - 1, built)
                source_models[id(source_rec)] = model
                sources.append(model)
    quotes = [_freeze_quote(rec, built, source_models) for rec in records]
    return _Result(quotes, sources, people, orgs, built)


def _freeze_source(
    source: _SourceRec, index: int, built: dict[int, Person | Organization]
) -> Source:
    publisher = built.get(id(source.publisher)) if source.publisher is not None else None
    return Source(
        id=f"s{index + 1}",
        kind=source.kind,
        description=source.description or source.kind.value,
        publisher=publisher,
    )


def _freeze_quote(
    rec: _QuoteRec, built: dict[int, Person | Organization], sources: dict[int, Source]
) -> Quote:
    speaker = built.get(id(rec.speaker)) if rec.speaker is not None else None
    return Quote(
        text=rec.text,
        kind=rec.kind,
        speaker=speaker,
        speaker_text=rec.speaker_text,
        cue=rec.cue.text if rec.cue is not None else None,
        block=rec.block,
        start=rec.start,
        end=rec.end,
        end_block=rec.end_block,
        open_mark=rec.open_mark or None,  # "" where dialogue has no mark (see _Span)
        close_mark=rec.close_mark or None,
        nested=tuple(_freeze_quote(n, built, sources) for n in rec.nested if n.text.strip()),
        source=sources.get(id(rec.source)) if rec.source is not None else None,
        unclosed=rec.unclosed,
    )


def extract_quotes(text: str | Sequence[str], *, language: str | None = None) -> list[Quote]:
    """Find the quotes in body text (paragraphs separated by blank lines, or a sequence of
    paragraphs), with their speakers, cues and sources.

    ``language`` is a BCP 47 tag; it is detected from the text when not given. Offsets index
    the paragraphs (``Quote.block``). Never raises on text: input that is not text gives no
    quotes, and a lone surrogate (a ``str`` that is no Unicode text) is read as U+FFFD, which
    the quotes that hold it show in its place (``parse_text`` reports it too: NM204).

    >>> q = extract_quotes('« Nous allons gagner », a déclaré Marie Curie.')[0]
    >>> q.text, q.kind.value, q.speaker.name, q.cue
    ('Nous allons gagner', 'direct', 'Marie Curie', 'a déclaré')
    """
    if not isinstance(text, str | Sequence):
        return []
    blocks = _paragraphs(text)
    lang = _primary(language) or _detect(blocks)
    return _build(blocks, lang, EntityBook(), quotes_only=True).quotes


def _block_text(block: Block) -> str:
    if isinstance(block, Paragraph | BlockQuote):
        return block.text
    return ""


def _diagnostics(quotes: Sequence[Quote]) -> list[Diagnostic]:
    """NM401: a quote never closed, read to the end of its paragraph. NM402: a pronoun
    speaker that no named person or organisation before it agrees with."""
    out: list[Diagnostic] = []
    for index, quote in enumerate(quotes):
        last = quote.end_block if quote.end_block is not None else quote.block
        if quote.unclosed:
            out.append(
                Diagnostic(
                    code="NM401",
                    severity=Severity.WARNING,
                    message=f"quotes[{index}]: the quote opened with {quote.open_mark} is "
                    "never closed; read to the end of the paragraph",
                    path=f"body[{last}].text",
                    span=(quote.start, quote.end) if quote.end_block is None else None,
                )
            )
        speaker_text = (quote.speaker_text or "").lower()
        if quote.speaker is None and speaker_text in rules.PRONOUNS:
            out.append(
                Diagnostic(
                    code="NM402",
                    severity=Severity.INFO,
                    message=f"quotes[{index}]: the speaker {quote.speaker_text!r} refers to no "
                    "person or organisation named before it",
                    path=f"body[{quote.block}].text",
                )
            )
    return out


_T = TypeVar("_T", Person, Organization)


def _as(kind: type[_T], value: object, default: _T) -> _T:
    return value if isinstance(value, kind) else default


def _blank_dateline(blocks: list[str], article: Article) -> None:
    """Blank the dateline that opens the lead (``LOS ANGELES (AP) — …``) and its dash out of
    the text the reader reads, keeping every offset: a place in capitals is no organisation
    (``BUFFALO``), the agency's parenthesis no acronym of the words before it (``ANGELES
    (AP)``), and the dateline no part of the first sentence's speech."""
    dateline = article.dateline
    index = lead_index(article.body) if dateline is not None else None
    if dateline is None or index is None or not blocks[index].startswith(dateline.text):
        return
    text = blocks[index]
    rest = text[len(dateline.text) :].lstrip().lstrip("-–—").lstrip()
    blocks[index] = " " * (len(text) - len(rest)) + rest


def attach_quotes(article: Article) -> Article:
    """Return ``article`` with ``quotes``, ``people``, ``organizations`` and ``sources`` filled
    from its body. Readers call this when ``ParseOptions.extract_quotes`` is on.

    People and organisations the article already has (authors, publisher, agencies, earlier
    entries) are merged with the ones the body names, so one real person is one entry; the
    quotes' speakers and the sources' publishers are the same values as the entries in the
    article's lists."""
    blocks = [_block_text(b) for b in article.body]
    _blank_dateline(blocks, article)
    book = EntityBook()
    authors = [book.add_existing_person(p) for p in article.authors]
    for person in article.people:
        book.add_existing_person(person)
    publisher = book.add_existing_org(article.publisher) if article.publisher else None
    agencies = [book.add_existing_org(o) for o in article.agencies]
    for org in article.organizations:
        book.add_existing_org(org)
    lang = _primary(article.language) or _detect(blocks)
    result = _build(blocks, lang, book)
    models = result.models
    diagnostics = [d for d in article.diagnostics if not d.code.startswith("NM4")]
    diagnostics.extend(_diagnostics(result.quotes))
    return article.model_copy(
        update={
            "diagnostics": tuple(diagnostics),
            "quotes": tuple(result.quotes),
            "people": result.people,
            "organizations": result.organizations,
            "sources": tuple(result.sources),
            "authors": tuple(
                _as(Person, models.get(id(r)), a)
                for r, a in zip(authors, article.authors, strict=True)
            ),
            "publisher": _as(Organization, models.get(id(publisher)), article.publisher)
            if publisher is not None and article.publisher is not None
            else article.publisher,
            "agencies": tuple(
                _as(Organization, models.get(id(r)), a)
                for r, a in zip(agencies, article.agencies, strict=True)
            ),
        }
    )
