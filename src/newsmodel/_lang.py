"""Language detection without downloads, and the names languages go by in language menus.

:func:`detect_language` first looks at the writing system (Hangul is Korean, kana is Japanese,
Han alone is Chinese, Greek, Hebrew, Arabic, Thai, Devanagari…), then, for Latin and Cyrillic
text, counts the function words of each language (:data:`STOPWORDS`): the most frequent words
of a language are few, short and shared by every text in it, so a few hundred characters are
enough to tell French from Spanish. It returns ``None`` rather than guess on text that gives too
little evidence. Most texts tell their language in their first lines: the first
:data:`_QUICK_CHARS` characters are read first, the full sample only when they give no clear
verdict.

A publisher's declared language (``<html lang>``) is checked, not trusted blindly:
:func:`confirms_language` confirms most declarations at the cost of a few substring tests, and
:func:`contradicting_language` names the language of a text that is clearly in another one
(a template's default ``en`` on a German page), never one of :data:`RELATED_LANGUAGES` that the
function words cannot tell apart (Danish and Norwegian, Spanish and Catalan, Czech and Slovak…).

:data:`LANGUAGE_LABELS` maps the labels that sites print in language menus (the language's own
name, often its English name, sometimes a machine translation) to BCP 47 tags;
:func:`split_language_menu` cuts a menu whose labels were glued together when the links were
stripped (``한어Русский языкEnglishFrançais…``) back into labels.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping

__all__ = [
    "DEPRECATED_LANGUAGES",
    "LANGUAGE_LABELS",
    "LETTER_CUES",
    "PROBE_CHARS",
    "RELATED_LANGUAGES",
    "SAMPLE_CHARS",
    "STOPWORDS",
    "confirms_language",
    "contradicting_language",
    "detect_language",
    "label_language",
    "language_from_name",
    "language_label_pattern",
    "replace_withdrawn",
    "same_language",
    "split_language_menu",
]

# --------------------------------------------------------------------------- stopwords


def _ordered(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": _ordered(
        "the of and to in is that for it was on with as his he be by at are this from have "
        "not but an they which you were has had their been its who would will there she said "
        "we or her after also more about than"
    ),
    "fr": _ordered(
        "le la les de des et est un une que du dans pour qui au sur pas par plus ne se ce il sont "
        "avec mais elle aux ont cette été ou leur nous vous comme être son sa ses tout fait "
        "selon lors entre déjà après avait qu l d n c j y"
    ),
    "de": _ordered(
        "der die und das ist nicht mit sich des auf am zum zur für im dem den ein eine von zu "
        "sie es auch wird sind hat nach bei einer wie aus noch wurde vor über einem sein ich dass "
        "oder werden aber"
    ),
    "es": _ordered(
        "el la los las de del que en y es por con un una para se al lo como más pero sus su ha "
        "fue son este esta entre también sin sobre muy ya hay según desde años todo donde "
        "cuando ser después"
    ),
    "it": _ordered(
        "il la le un di che è per con una del della dei delle gli non si sono da ha al nel alla "
        "anche come più ma questo questa lo ed hanno essere stato degli negli sul perché "
        "dopo tra e i a"
    ),
    "pt": _ordered(
        "o a os as de do da dos das no na que em um uma para com não é se por mais ao como mas foi "
        "pelo pela são ele ela seu sua também já entre muito até quando isso está nos "
        "ser e"
    ),
    "nl": _ordered(
        "de het een en van in is dat op te zijn niet met voor die er aan ook als bij door "
        "maar wordt om uit nog naar dan heeft werd hij ze deze zich tot over"
    ),
    "sv": _ordered(
        "och att det som en på är av för med till den har inte om ett var jag men ska från "
        "vid kan så sig också efter eller när hade"
    ),
    "da": _ordered(
        "og at det som en på er af for med til den har ikke om et var jeg men skal fra ved "
        "kan så sig også efter eller når havde"
    ),
    "nb": _ordered(
        "og at det som en på er av for med til den har ikke om et var jeg men skal fra ved "
        "kan så seg også etter eller når hadde ble"
    ),
    "pl": _ordered(
        "i w na z że się nie do to jest jak po co od za przez dla ale jego tak są oraz był "
        "być który która także może"
    ),
    "cs": _ordered(
        "a v na se že je to s z do jako pro ale by jsou byl podle které který také bylo jeho než"
    ),
    "ro": _ordered(
        "și în de la a cu că pe nu din este o un care mai pentru ca sunt fost ce au dar "
        "fi acest această"
    ),
    "tr": _ordered(
        "ve bir bu da de için ile olarak çok daha en gibi ama olan sonra kadar değil her ancak göre"
    ),
    "id": _ordered(
        "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena ada "
        "oleh atau sudah bahwa mereka"
    ),
    "fi": _ordered(
        "ja on ei että se oli ovat mutta kun myös hän joka jo tai ole kuin sen sekä mukaan"
    ),
    "hu": _ordered(
        "a az és hogy nem is egy volt de meg már csak mint ez azt még van vagy kell szerint"
    ),
    "ca": _ordered(
        "el la els les de i que a en per amb no és un una del al es dels ha són també però"
    ),
    "ru": _ordered(
        "и в не на что с по как это он к из за его от для но о также был она было они "
        "бы же их которые года который при"
    ),
    "uk": _ordered(
        "і в не на що з у як це він до за його від для але про також був вона було вони "
        "б їх які року який при"
    ),
    "bg": _ordered("и в не на че с по като това той да за от се е са но тя са бе които който"),
}
"""The most frequent function words of each language, lower case, the most frequent first."""

STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words) for lang, words in _FUNCTION_WORDS.items()
}
"""The most frequent function words of each language, lower case."""

LETTER_CUES: dict[str, str] = {
    "fr": "èêëœùûîï",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "de": "ß",
    "it": "ìò",
    "ro": "ășțâ",
    "pl": "łąęśźżń",
    "cs": "řůěčšž",
    "tr": "ğış",
    "sv": "å",
    "nb": "øå",
    "da": "øå",
    "hu": "őű",
}
"""Letters that only a few languages write; each one seen counts half a function word."""

_PUNCTUATION = (
    "".join(chr(c) for c in range(0x20, 0x7F) if not chr(c).isalpha())
    + "«»“”„‘’‚‹›「」『』《》〈〉（）【】、。，．！？：；…—–―·•\u00a0\u3000\t\n\r"
)
_WORD_RE = re.compile(rf"[^{re.escape(_PUNCTUATION)}\s]+")
"""A word: a run of anything but punctuation and white space (one regular-expression scan;
``str.translate`` with a table goes through a dictionary per character on non-ASCII text)."""
_LETTER_CUE_WEIGHT = 0.5
_QUICK_CHARS = 250
"""How much of a text's start :func:`detect_language` reads first."""
SAMPLE_CHARS = 1000
"""How much of a text the detector reads: the first thousand characters hold enough function
words, and a longer sample costs time without changing the verdict."""
_MIN_LETTERS = 12
_MIN_HITS = 3
_MIN_SHARE = 0.12
_MIN_MARGIN = 1.15
_MIN_SCORE = 1.5
_QUICK_MIN_HITS = 8
_QUICK_MARGIN = 2.0
"""On a text's first :data:`_QUICK_CHARS` characters, a verdict needs this many function words
and a winner this many times ahead of the runner-up."""

# Writing systems that name a language alone (or nearly), checked in this order.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("pa", re.compile(r"[\u0a00-\u0a7f]")),
    ("gu", re.compile(r"[\u0a80-\u0aff]")),
    ("or", re.compile(r"[\u0b00-\u0b7f]")),
    ("ta", re.compile(r"[\u0b80-\u0bff]")),
    ("te", re.compile(r"[\u0c00-\u0c7f]")),
    ("kn", re.compile(r"[\u0c80-\u0cff]")),
    ("ml", re.compile(r"[\u0d00-\u0d7f]")),
    ("si", re.compile(r"[\u0d80-\u0dff]")),
    ("lo", re.compile(r"[\u0e80-\u0eff]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
    ("km", re.compile(r"[\u1780-\u17ff]")),
    ("am", re.compile(r"[\u1200-\u137f]")),
)
_NOT_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u10ff\u1100-\u137f\u1780-\u17ff\u1f00-\u1fff"
    r"\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
"""Letters of every writing system other than Latin that :func:`detect_language` knows."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PERSIAN = re.compile(r"[پچژگکی]")
"""Letters of Persian (and Urdu) that Arabic does not write: pe, che, zhe, gaf, and keheh
and Farsi yeh, where Arabic writes kaf and yeh (:data:`_ARABIC_ONLY`)."""
_ARABIC_ONLY = re.compile(r"[يكة]")
_URDU = re.compile(r"[ٹڈڑںےۓ]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэъЫЭ]")
_CYRILLIC_LANGUAGES = ("ru", "uk", "bg")


def _inverted(table: Mapping[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for lang, words in table.items():
        for word in words:
            out.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in out.items()}


_WORD_LANGUAGES: dict[str, tuple[str, ...]] = _inverted(STOPWORDS)
_WORD_SHARES: dict[str, tuple[tuple[str, float], ...]] = {
    word: tuple((lang, 1.0 / len(langs)) for lang in langs)
    for word, langs in _WORD_LANGUAGES.items()
}
"""Each function word's languages, with the share of a hit each gets (``1/n`` for a word of
``n`` languages)."""
_CUE_LANGUAGES: dict[str, tuple[str, ...]] = _inverted(
    {lang: frozenset(letters) for lang, letters in LETTER_CUES.items()}
)
_CUE_LETTER_RE = re.compile("[" + re.escape("".join(sorted(_CUE_LANGUAGES))) + "]")


def detect_language(text: str) -> str | None:
    """The BCP 47 primary language tag of ``text``, or ``None`` when the text gives too little
    evidence (too short, no function words, two languages equally likely).

    >>> detect_language("Le 23 juillet, la société mère de Facebook a publié un modèle.")
    'fr'
    >>> detect_language("2024年7月24日，中国外交部发言人表示") is None
    False
    >>> detect_language("Llama 3.1") is None
    True
    """
    if len(text) >= 2 * _QUICK_CHARS:
        # Most texts tell their language in their first lines: the full sample is read only
        # when these give less than a clear verdict.
        found = _detect(text[:_QUICK_CHARS], quick=True)
        if found:
            return found
    return _detect(text[:SAMPLE_CHARS], quick=False)


def _counts(sample: str, *, split: bool) -> tuple[str, list[str], int]:
    """``sample`` lower-cased, its words (cut at spaces only with ``split``: twice as fast, and a
    word glued to punctuation is missed) and the letters of those words."""
    lowered = sample.lower()
    words = lowered.split() if split else _WORD_RE.findall(lowered)
    return lowered, words, sum(map(len, words))


def _detect(sample: str, *, quick: bool) -> str | None:
    # The first lines are cut at spaces only: a missed word only makes their verdict rarer.
    lowered, words, letters = _counts(sample, split=quick)
    if letters < _MIN_LETTERS:
        return None
    if not sample.isascii():
        others = len(_NOT_LATIN.findall(sample))
        if others * 4 >= letters:
            if quick and others * 2 < letters:
                return None  # two writing systems: read on
            return _by_script(sample, lowered, letters, words)
    return _by_stopwords(words, None, lowered, quick=quick)


def _by_script(sample: str, lowered: str, letters: int, words: list[str]) -> str | None:
    for lang, pattern in _SCRIPTS:
        count = len(pattern.findall(sample))
        # Han and kana runs are dense (one character is a word): a quarter of the letters is a
        # lot.
        if count * 4 >= letters:
            if lang == "ar" and len(_PERSIAN.findall(sample)) > len(_ARABIC_ONLY.findall(sample)):
                return "ur" if len(_URDU.findall(sample)) * 20 >= count else "fa"
            if lang == "zh":
                return "ja" if len(_SCRIPTS[1][1].findall(sample)) * 20 >= count else "zh"
            return lang
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic * 2 >= letters:
        return _by_stopwords(words, _CYRILLIC_LANGUAGES, lowered) or _cyrillic_by_letters(sample)
    return _by_stopwords(words, None, lowered)


def _cyrillic_by_letters(sample: str) -> str:
    if _UKRAINIAN.search(sample) and not _RUSSIAN.search(sample):
        return "uk"
    return "ru"


def _by_stopwords(
    words: list[str], among: tuple[str, ...] | None, lowered: str, *, quick: bool = False
) -> str | None:
    """Score each language by its function words (a word shared by ``n`` languages counts
    ``1/n`` to each) and its rare letters; keep the best only when it clearly wins (by far,
    on a text's first lines: ``quick``)."""
    scored = _scores(words, among, lowered)
    if scored is None or (quick and scored[1] < _QUICK_MIN_HITS):
        return None
    return _winner(scored[0], _QUICK_MARGIN if quick else _MIN_MARGIN)


def _scores(
    words: list[str], among: tuple[str, ...] | None, lowered: str
) -> tuple[dict[str, float], int] | None:
    """Each language's score and the number of function words, or ``None`` for too few
    (``lowered``: the lower-cased text the words come from, for its cue letters)."""
    if not words:
        return None
    scores: dict[str, float] = {}
    get = scores.get
    table = _WORD_SHARES
    found = list(filter(table.__contains__, words))
    hits = len(found)
    if hits < _MIN_HITS or hits < _MIN_SHARE * len(words):
        return None
    for word, count in Counter(found).items():
        for lang, share in table[word]:
            scores[lang] = get(lang, 0.0) + share * count
    if not lowered.isascii():
        # The cue letters are found in one scan, not counted one letter at a time.
        for letter, count in Counter(_CUE_LETTER_RE.findall(lowered)).items():
            for lang in _CUE_LANGUAGES[letter]:
                scores[lang] = get(lang, 0.0) + _LETTER_CUE_WEIGHT * count
    if among is not None:
        scores = {lang: score for lang, score in scores.items() if lang in among}
    return (scores, hits) if scores else None


def _winner(scores: Mapping[str, float], margin: float = _MIN_MARGIN) -> str | None:
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score < _MIN_SCORE or (runner_up and best_score < margin * runner_up):
        return None
    return best


# --------------------------------------------------------------------------- declarations

RELATED_LANGUAGES: tuple[frozenset[str], ...] = (
    frozenset({"da", "no", "nb", "nn", "sv"}),
    frozenset({"es", "pt", "ca", "gl", "ast", "oc"}),
    frozenset({"cs", "sk"}),
    frozenset({"hr", "sr", "bs", "sh", "cnr", "sl"}),
    frozenset({"id", "ms"}),
    frozenset({"ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "tg", "mn"}),
    frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "prs"}),
    frozenset({"zh", "ja", "yue", "wuu"}),
    frozenset({"hi", "mr", "ne", "sa", "mai", "bho"}),
    frozenset({"bn", "as"}),
    frozenset({"am", "ti"}),
    frozenset({"nl", "af", "fy", "li"}),
    frozenset({"de", "lb", "gsw", "bar"}),
)
"""Languages that share most function words or a writing system, so that
:func:`detect_language` cannot tell them apart: between two of one group, a publisher's
declaration is never contradicted."""


def _related_table(groups: tuple[frozenset[str], ...]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        for lang in group:
            out[lang] = out.get(lang, frozenset()) | group
    return out


_RELATED: dict[str, frozenset[str]] = _related_table(RELATED_LANGUAGES)
_SCRIPT_PATTERNS: dict[str, re.Pattern[str]] = dict(_SCRIPTS)
_SCRIPT_PATTERNS["fa"] = _SCRIPT_PATTERNS["ur"] = _SCRIPT_PATTERNS["ar"]
_ALIASES = {"no": "nb"}
"""Declared tags whose function words are listed under another tag (Norwegian: Bokmål)."""
_DETECTABLE = frozenset(STOPWORDS) | {lang for lang, _ in _SCRIPTS} | {"fa", "ur"} | set(_ALIASES)
"""The languages :func:`detect_language` can name: only a declaration of one of them can be
shown wrong by the text (the text of a language it does not know may look like any other)."""
_MIN_CONTRADICTING_HITS = 20
_MAX_DECLARED_SHARE = 0.2
"""A declaration is contradicted only by a text with this many function words, of which the
declared language's score is at most this share of the winner's."""
_CONFIRM_WORDS = 3
"""A declaration is confirmed by this many distinct function words of its language."""
_PROBES = 12
"""The confirming words looked up as substrings: the most frequent function words of the
language that no unrelated language lists (``the``, ``of``, ``and`` for English)."""
PROBE_CHARS = 400
"""How much of a text's start the substring test of :func:`confirms_language` reads."""
_CONFIRM_CHARS = 200
"""How much of a text's start the word test of :func:`confirms_language` reads (every word,
capitalised or not), or its writing-system test (a quarter in the script)."""


def contradicting_language(declared: str, text: str) -> str | None:
    """The language ``text`` is clearly written in when that is not the ``declared`` one (the
    page's ``<html lang>``, a template's default ``en`` on a German page), else ``None``.

    The text must be mostly in another writing system, or give at least
    :data:`_MIN_CONTRADICTING_HITS` function words of which the declared language gets under a
    fifth of the winner's score; a declared language that :func:`detect_language` does not know,
    or one related to the detected one (:data:`RELATED_LANGUAGES`), is never contradicted.

    >>> contradicting_language("en", "Die Stadt hat am Montag mitgeteilt, dass die Brücke "
    ...     "über den Fluss wegen der Bauarbeiten bis zum Ende des Jahres gesperrt bleibt. "
    ...     "Der Verkehr wird über die Umgehungsstraße geleitet, die nach Angaben der "
    ...     "Polizei für den Andrang nicht gebaut ist. Auch die Busse der Linie 5 fahren "
    ...     "einen Umweg, und die Haltestelle am Markt wird nicht mehr bedient.")
    'de'
    >>> contradicting_language("de", "Die Stadt hat am Montag mitgeteilt.") is None
    True
    """
    primary = declared.split("-", 1)[0].lower()
    if primary not in _DETECTABLE or confirms_language(primary, text):
        return None
    probes = _confirming(primary)[1]
    if probes and _probe_hits(probes, text[:SAMPLE_CHARS]) >= _CONFIRM_WORDS:
        return None  # the declared language's words further on
    related = _RELATED.get(primary, frozenset((primary,)))
    if len(text) >= 2 * _QUICK_CHARS and _detect(text[:_QUICK_CHARS], quick=True) in related:
        return None  # the first lines clearly are in the declared language
    sample = text[:SAMPLE_CHARS]
    # A word glued to punctuation is missed: the evidence against the declaration is stronger.
    lowered, words, letters = _counts(sample, split=True)
    if letters < _MIN_LETTERS:
        return None
    if not sample.isascii():
        others = len(_NOT_LATIN.findall(sample))
        if others * 2 >= letters:
            found = _by_script(sample, lowered, letters, words)
            return found if found and found not in related else None
        if others * 4 >= letters:
            return None  # two writing systems, neither mostly
    scored = _scores(words, None, lowered)
    if scored is None or scored[1] < _MIN_CONTRADICTING_HITS:
        return None
    scores = scored[0]
    best = _winner(scores)
    if best is None or best in related:
        return None
    if scores.get(primary, 0.0) > _MAX_DECLARED_SHARE * scores[best]:
        return None
    return best


def confirms_language(declared: str, text: str) -> bool:
    """Whether the opening of ``text`` holds several distinct function words of the
    ``declared`` language, or is written in its script: a cheap test that confirms most
    declarations without :func:`contradicting_language`'s full count.

    >>> confirms_language("en", "The mayor said on Monday that the bridge will be closed.")
    True
    >>> confirms_language("en", "Der Bürgermeister sagte am Montag, die Brücke bleibe zu.")
    False
    """
    own, probes, script = _confirming(declared)
    # Substring tests run in C: most texts show a few of their language's distinctive words at
    # once (in the middle of sentences, in lower case), and the word split below is needed
    # only for the others.
    if probes and _probe_hits(probes, text[:PROBE_CHARS]) >= _CONFIRM_WORDS:
        return True
    sample = text[:_CONFIRM_CHARS]
    if own is not None:
        return len(own.intersection(sample.split())) >= _CONFIRM_WORDS
    if script is not None:
        # Every fifth character is enough to tell that a quarter of them are in the script
        # (a regular expression over a non-Latin class costs some 100 ns a character).
        probe = sample[::5]
        return len(script.findall(probe)) * 4 >= len(probe)
    return False


def _probe_hits(probes: tuple[str, ...], text: str) -> int:
    """How many of ``probes`` ``text`` holds, counting no further than needed to confirm."""
    found = 0
    for probe in probes:
        if probe in text:
            found += 1
            if found >= _CONFIRM_WORDS:
                break
    return found


@functools.cache
def _confirming(
    declared: str,
) -> tuple[frozenset[str] | None, tuple[str, ...], re.Pattern[str] | None]:
    """What confirms ``declared`` (pure: cached): its function words, as written at the start
    of a sentence too; the most frequent of them that no unrelated language lists, each between
    spaces; its writing system."""
    primary = declared.split("-", 1)[0].lower()
    primary = _ALIASES.get(primary, primary)
    words = STOPWORDS.get(primary)
    if words is None:
        return None, (), _SCRIPT_PATTERNS.get(primary)
    related = _RELATED.get(primary, frozenset((primary,)))
    others = set().union(*(w for lang, w in STOPWORDS.items() if lang not in related))
    distinctive = [w for w in _FUNCTION_WORDS[primary] if w not in others and len(w) > 1]
    probes = tuple(f" {word} " for word in distinctive[:_PROBES])
    return words | {word.capitalize() for word in words}, probes, _SCRIPT_PATTERNS.get(primary)


NM_LANGUAGE_NAMED = "NM309"
"""The code of the diagnostic that reports a language declared by its name, read as its tag."""


def language_from_name(value: str) -> str | None:
    """The tag of a language declared by its name instead of a code (``<meta name="language"
    content="spanish">`` reads as a well-formed but unregistered tag), else ``None``.

    >>> language_from_name("Spanish"), language_from_name("es")
    ('es', None)
    """
    primary = value.split("-", 1)[0]
    if len(primary) <= 3:
        return None
    return _LABELS_FOLDED.get(primary.casefold())


DEPRECATED_LANGUAGES: dict[str, str] = {
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "jw": "jv",
    "mo": "ro",
}
"""Withdrawn two-letter codes still seen in the wild, and their replacement."""


def replace_withdrawn(tag: str) -> str:
    """``tag`` (canonical) with a withdrawn primary code replaced (``iw-IL`` → ``he-IL``)."""
    primary, separator, rest = tag.partition("-")
    replacement = DEPRECATED_LANGUAGES.get(primary)
    return replacement + separator + rest if replacement else tag


def same_language(a: str, b: str) -> bool:
    """``fr`` and ``fr-FR`` match (one refines the other); ``fr-CA`` and ``fr-FR`` do not."""
    left, right = a.lower().split("-"), b.lower().split("-")
    shorter = min(len(left), len(right))
    return left[:shorter] == right[:shorter]


# --------------------------------------------------------------------------- menu labels

LANGUAGE_LABELS: dict[str, str] = {
    # Autonyms: each language as it names itself.
    "English": "en",
    "Français": "fr",
    "Deutsch": "de",
    "Español": "es",
    "Italiano": "it",
    "Português": "pt",
    "Português (Brasil)": "pt-BR",
    "Nederlands": "nl",
    "Русский": "ru",
    "Русский язык": "ru",
    "Українська": "uk",
    "Български": "bg",
    "Polski": "pl",
    "Čeština": "cs",
    "Slovenčina": "sk",
    "Magyar": "hu",
    "Română": "ro",
    "Svenska": "sv",
    "Dansk": "da",
    "Norsk": "no",
    "Norsk bokmål": "nb",
    "Suomi": "fi",
    "Suomalainen": "fi",
    "Ελληνικά": "el",
    "Türkçe": "tr",
    "Bahasa Indonesia": "id",
    "Bahasa Melayu": "ms",
    "Tiếng Việt": "vi",
    "Filipino": "fil",
    "Català": "ca",
    "Euskara": "eu",
    "Galego": "gl",
    "Latina": "la",
    "Esperanto": "eo",
    "Hrvatski": "hr",
    "Srpski": "sr-Latn",
    "Српски": "sr",
    "Slovenščina": "sl",
    "Lietuvių": "lt",
    "Latviešu": "lv",
    "Eesti": "et",
    "Íslenska": "is",
    "Gaeilge": "ga",
    "Cymraeg": "cy",
    "Kiswahili": "sw",
    "Afrikaans": "af",
    "العربية": "ar",
    "فارسی": "fa",
    "עברית": "he",
    "हिन्दी": "hi",
    "বাংলা": "bn",
    "اردو": "ur",
    "ไทย": "th",
    "한국어": "ko",
    # 韓語 ("Korean language") read in Korean: a Hangul label names the Korean edition.
    # (漢語, "Chinese", reads 한어 too, but a menu labels each edition in its own language, and
    # a Chinese edition would be labelled in Chinese characters.)
    "한어": "ko",
    "日本語": "ja",
    "中文": "zh",
    "汉语": "zh",
    "漢語": "zh",
    "简体中文": "zh-Hans",
    "繁體中文": "zh-Hant",
    "中文(简体)": "zh-Hans",
    "中文(繁體)": "zh-Hant",
    "正體中文": "zh-Hant",
    "Sanskrit": "sa",
    "संस्कृतम्": "sa",
    # English names (menus of translation widgets often print them).
    "French": "fr",
    "German": "de",
    "Spanish": "es",
    "Italian": "it",
    "Portuguese": "pt",
    "Dutch": "nl",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Polish": "pl",
    "Greek": "el",
    "Turkish": "tr",
    "Indonesian": "id",
    "Malay": "ms",
    "Vietnamese": "vi",
    "Arabic": "ar",
    "Persian": "fa",
    "Hebrew": "he",
    "Hindi": "hi",
    "Thai": "th",
    "Korean": "ko",
    "Japanese": "ja",
    "Chinese": "zh",
    "Latin": "la",
    "Finnish": "fi",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian": "no",
    "Czech": "cs",
    "Hungarian": "hu",
    "Romanian": "ro",
}
"""Labels printed in language menus, as printed, mapped to BCP 47 tags. Matching ignores case
(``español``, ``ENGLISH``); the label is kept as printed."""

_LABELS_FOLDED: dict[str, str] = {label.casefold(): tag for label, tag in LANGUAGE_LABELS.items()}
_MENU_SEPARATORS = r"[\s|/·•,;]*"
_MIN_MENU_LABELS = 2


@functools.cache
def language_label_pattern() -> re.Pattern[str]:
    """A pattern that matches one menu label (longest first, any case). Pure, so cached."""
    labels = sorted(LANGUAGE_LABELS, key=len, reverse=True)
    return re.compile("|".join(re.escape(label) for label in labels), re.IGNORECASE)


@functools.cache
def _menu_pattern() -> re.Pattern[str]:
    label = language_label_pattern().pattern
    return re.compile(
        rf"{_MENU_SEPARATORS}(?:(?:{label}){_MENU_SEPARATORS}){{{_MIN_MENU_LABELS},}}",
        re.IGNORECASE,
    )


def label_language(label: str) -> str | None:
    """The BCP 47 tag a menu label stands for, or ``None``."""
    return _LABELS_FOLDED.get(label.casefold())


def split_language_menu(line: str) -> list[tuple[str, str]] | None:
    """Cut a language menu into ``(label as printed, BCP 47 tag)`` pairs, or return ``None`` when
    ``line`` is not made only of at least two known labels (glued or separated by spaces,
    bars, slashes or dots).

    >>> split_language_menu("EnglishFrançaisDeutsch")
    [('English', 'en'), ('Français', 'fr'), ('Deutsch', 'de')]
    >>> split_language_menu("English news") is None
    True
    """
    if len(line) > 2000 or _menu_pattern().fullmatch(line) is None:
        return None
    pairs = []
    for match in language_label_pattern().finditer(line):
        tag = _LABELS_FOLDED[match.group().casefold()]
        pairs.append((match.group(), tag))
    # finditer takes the longest label at each place; check it covers the line as fullmatch did.
    if not _covers(line, pairs):
        return None
    return pairs


def _covers(line: str, pairs: list[tuple[str, str]]) -> bool:
    rest = line
    for label, _ in pairs:
        index = rest.find(label)
        if index < 0 or rest[:index].strip(" |/·•,;\t"):
            return False
        rest = rest[index + len(label) :]
    return not rest.strip(" |/·•,;\t")
