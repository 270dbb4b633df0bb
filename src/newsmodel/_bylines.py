"""Authors as people: a printed byline split into persons, news agencies and a credit.

``parse_byline("By Jane Roe and John Doe, Reuters")`` gives two :class:`Person` values and the
news agency Reuters as an :class:`Organization` of kind ``news_agency``. Job titles go to
``Person.role``, never into a name; staff bylines (``The Standard Staff``, ``Redaktion``) name
no person and are kept apart as ``collective``. Every lexicon below is data: extend a table,
not the code.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newsmodel._entities import GIVEN_NAMES_FEMININE, GIVEN_NAMES_MASCULINE
from newsmodel.models import Organization, OrganizationKind, Person

__all__ = [
    "ACRONYM",
    "AGENCIES",
    "Byline",
    "is_agency",
    "is_place",
    "match_agency",
    "parse_byline",
    "people_from_schema",
    "person_in_notice",
]


@dataclass(frozen=True)
class Byline:
    """A byline read into its parts."""

    authors: tuple[Person, ...] = ()
    """The people who wrote the article, in byline order: names only, roles in ``role``."""
    agencies: tuple[Organization, ...] = ()
    """News agencies the byline credits (``Reuters``, ``dpa``)."""
    credit: str | None = None
    """What the byline credits, as printed before a slash or colon (``Texte``, ``Photo``)."""
    collective: str | None = None
    """A staff or desk byline that names no person (``The Standard Staff``)."""


# --------------------------------------------------------------------------- lexicons


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


AGENCIES: Mapping[str, tuple[str, ...]] = {
    # canonical name: (acronyms and other printed forms). Acronyms match case-sensitively;
    # longer forms match case-insensitively.
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "Associated Press": ("AP", "The Associated Press", "Associated Press"),
    "Agence France-Presse": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Deutsche Presse-Agentur": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA", "Agenzia ANSA"),
    "EFE": ("EFE", "Agencia EFE"),
    "Europa Press": ("Europa Press",),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社"),
    "Kyodo News": ("Kyodo", "Kyodo News"),
    "Jiji Press": ("Jiji", "Jiji Press"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "TASS": ("TASS", "ТАСС"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости"),
    "Interfax": ("Interfax", "Интерфакс"),
    "PA Media": ("PA", "PA Media", "Press Association"),
    "The Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
    "Australian Associated Press": ("AAP", "Australian Associated Press"),
    "Austria Presse Agentur": ("APA", "Austria Presse Agentur"),
    "Katholische Nachrichten-Agentur": ("KNA",),
    "Evangelischer Pressedienst": ("epd",),
    "Agence Belga": ("Belga",),
    "ANP": ("ANP",),
    "Keystone-SDA": ("SDA", "Keystone-SDA", "ATS", "Keystone-ATS"),
    "TT Nyhetsbyrån": ("TT", "TT Nyhetsbyrån"),
    "NTB": ("NTB",),
    "Ritzau": ("Ritzau",),
    "STT": ("STT",),
    "Lusa": ("Lusa",),
    "Agência Brasil": ("Agência Brasil",),
    "United Press International": ("UPI", "United Press International"),
    "Press Trust of India": ("PTI", "Press Trust of India"),
    "Indo-Asian News Service": ("IANS",),
    "Asian News International": ("ANI",),
    "Anadolu Agency": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı"),
    "Polska Agencja Prasowa": ("PAP",),
    "ČTK": ("ČTK", "CTK"),
    "MTI": ("MTI",),
    "Agerpres": ("Agerpres",),
    "Notimex": ("Notimex",),
    "Télam": ("Télam",),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "Dow Jones Newswires": ("Dow Jones",),
    "Agence Europe": ("Agence Europe",),
    "SID": ("SID",),
}
"""News agencies: canonical name → the forms bylines print."""

# Words that make a byline part a job title, not a name (``Senior Reporter``, ``Redakteurin``).
JOB_TITLE_WORDS: frozenset[str] = _words(
    """
    reporter reporters correspondent correspondents editor editors writer writers journalist
    journalists columnist columnists contributor contributors photographer photographers
    producer producers analyst anchor host presenter critic commentator blogger freelance
    freelancer intern staff senior chief deputy associate assistant managing executive
    political foreign business sports science health technology tech culture economics
    investigative special national international local digital data video news desk
    contributing political-editor editor-at-large at large bureau head of the and
    court crime education environment weather transport travel food music fashion motoring
    property legal energy climate defence defense diplomatic entertainment lifestyle
    markets finance politics features opinion breaking trending assignment affairs online
    rédacteur rédactrice journaliste correspondant correspondante envoyé envoyée spécial spéciale
    chroniqueur chroniqueuse photographe pigiste chef rédaction en
    redakteur redakteurin korrespondent korrespondentin autor autorin journalistin
    fotograf fotografin volontär volontärin leiter leiterin ressortleiter chefredakteur
    periodista redactor redactora corresponsal enviado enviada especial fotógrafo
    giornalista inviato inviata corrispondente redattore redattrice
    jornalista correspondente repórter
    verslaggever correspondent redacteur
    reporter reporterin
    """
)
"""Lower-cased words that, all together, make a job title (``Senior Political Reporter``)."""

JOB_TITLE_HEADS: frozenset[str] = _words(
    """
    reporter correspondent editor writer journalist columnist contributor photographer
    producer analyst critic commentator redakteur redakteurin korrespondent korrespondentin
    reporterin experte expertin kolumnist kolumnistin autor autorin
    correspondant correspondante rédacteur rédactrice journaliste periodista redactor
    redactora corresponsal giornalista corrispondente redattore redattrice jornalista
    """
)
"""Lower-cased nouns that end a job title whatever qualifies them (``… Energy Correspondent``)."""

# A part made only of these words (with any of the job-title words) is a staff byline.
COLLECTIVE_WORDS: frozenset[str] = _words(
    """
    staff team desk newsroom redaktion rédaction redacción redazione redação redactie
    agencies agences agenturen agencias wires board editorial editors webredaktion
    online-redaktion onlineredaktion nachrichtenredaktion wire services redaccion redakcja
    redakce redaksi редакция
    """
)
"""Lower-cased words that mark a byline as a staff or desk credit naming no person."""

CREDIT_WORDS: frozenset[str] = _words(
    """
    texte text texto testo tekst photo photos foto fotos bild bilder illustration
    illustrations video vidéo reporting report interview infographie infografik grafik
    graphics
    """
)
"""Words printed before a slash or colon to say what the byline credits (``Texte/…``)."""

# Generational suffixes stay in the name; credentials go to ``role``.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
"""Lower-cased generational suffixes that belong to the name (``Joe Schmo, Jr.``)."""
CREDENTIALS: frozenset[str] = frozenset(
    {
        "md",
        "m.d.",
        "phd",
        "ph.d.",
        "ph.d",
        "dr",
        "dr.",
        "mba",
        "rn",
        "esq",
        "esq.",
        "do",
        "dds",
        "mph",
        "msc",
        "bsc",
        "ma",
        "ba",
        "cpa",
        "llm",
        "jd",
        "j.d.",
        "facs",
        "fnp",
        "np",
        "pa-c",
        "rd",
        "lcsw",
    }
)
"""Lower-cased credentials printed after a name; kept as the person's ``role``."""

# Lower-case words allowed inside a name (``Christoph von Ritter``, ``Jose de la Cruz``).
NAME_PARTICLES: frozenset[str] = _words(
    """
    von van der den de del della des di da das do dos du la le lo bin ibn al el ben ter ten
    zu af av y e mac mc st. st
    """
)
"""Lower-cased particles that may appear inside a personal name."""

LABEL_WORDS: frozenset[str] = _words(
    """
    by von par por door af av posted published updated on am le el il veröffentlicht
    publiziert aktualisiert geschrieben verfasst publié mis à jour publicado actualizado
    pubblicato aggiornato written author autor auteur autore redakteur redaktion von:
    by: the at um no unknown artikel article articles beitrag beiträge post posts alle all
    follow folgen abonnieren subscribe share teilen publisher autoren autorinnen autor*innen
    autor:innen autor_innen biography biografie biographie bio profile profil full view
    email e-mail contact kontakt twitter facebook instagram linkedin website homepage rss
    """
)
"""Lower-cased words that alone make a label, never a name (``Posted on``)."""

DATE_WORDS: frozenset[str] = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz mai juni juli oktober dezember jän
    janvier février mars avril juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
    on am le el il um at den der hace vor
    """
)
"""Lower-cased words of a date (months, weekdays, ``on``) cut from the end of a byline whose
date follows (``Von Tomas Spahn Fr, 18. Oktober 2019``)."""

ACCOUNT_NAMES: frozenset[str] = _words(
    """
    admin administrator administrador administrateur webmaster wpadmin wordpressadmin
    siteadmin superuser root anonymous anonym anonyme anónimo anonimo anônimo
    """
) | {"super user"}
"""Lower-cased names of a site's technical account (``By admin``, Joomla's ``Super User``) or of
no one (``Anonymous``), never a writer."""

COURTESY_WORDS: frozenset[str] = _words(
    """
    courtesy cortesía cortesia courtoisie gentileza handout
    """
)
"""Lower-cased words that, alone where a name should be, credit a photo to whoever gave it
(``Cortesía``, *courtesy*): no writer."""

# Words that open an affiliation: ``Observer Network`` in ``Observer Network Qi Qian``.
ORGANIZATION_WORDS: frozenset[str] = _words(
    """
    network news times post daily journal herald tribune gazette press media agency group
    observer guardian telegraph chronicle review magazine radio tv television channel
    service services online digital weekly today standard mail express star sun
    zeitung rundschau presse nachrichten tagblatt kurier anzeiger
    """
)
"""Lower-cased words that end an outlet's name printed before the author's name."""

OUTLET_HEADS: frozenset[str] = _words(
    """
    news media network press group agency zeitung nachrichten tv radio noticias notícias
    magazine magazin online diario jornal giornale gazeta
    """
)
"""Lower-cased words that end an outlet's name however short it is (``Fox News``): a byline
part after a writer's name ending in one is the writer's affiliation."""

INSTITUTION_WORDS: frozenset[str] = _words(
    """
    university universität universite université universidad università universidade
    uniwersytet universiteit college institute institut instituto istituto hochschule
    hospital klinikum foundation stiftung fundación fondation ministry ministerium ministère
    """
)
"""Lower-cased words of an institution's name (``Harvard University``, ``University of
Oxford``): a byline part holding one after a writer's name is the writer's affiliation."""

MASTHEAD_WORDS: frozenset[str] = _words(
    """
    tribune times journal herald gazette chronicle courier inquirer enquirer examiner observer
    telegraph globe dispatch bulletin sentinel today zeitung rundschau tagblatt kurier anzeiger
    nachrichten presse
    """
)
"""Lower-cased words that end a newspaper's name and never a person's: two capitalised words
ending in one are an outlet (``Chicago Tribune``, ``Florida Today``, ``USA TODAY``)."""

MASTHEAD_OPENERS: frozenset[str] = _words("daily sunday evening morning weekly")
"""Lower-cased words that open a newspaper's name of two words whose second may also be a
surname (``Daily Mail``, ``Sunday Express``); a place does too (``Denver Post``)."""

OUTLET_ARTICLES: frozenset[str] = _words("the el la le il lo los las der die das")
"""Definite articles that open an outlet's name after a writer's (``Jane Roe, El Sol de
México``), never a personal name of several words."""

COMPANY_FORMS: frozenset[str] = _words(
    """
    gmbh ggmbh mbh ag kg se e.v. ev inc inc. ltd ltd. llc plc corp corp. co. s.a. sa s.l. sl
    sas s.a.s. s.p.a. spa b.v. bv n.v. nv ab oy as a/s
    """
)
"""Lower-cased legal forms of a company (``GmbH``, ``Inc.``): a byline part holding one names a
firm, never a person."""


def _names(text: str) -> frozenset[str]:
    return frozenset(" ".join(n.split()).casefold() for n in text.split(",") if n.strip())


PLACES: frozenset[str] = _names(
    """
    Germany, Deutschland, Allemagne, Alemania, Austria, Österreich, Switzerland, Schweiz,
    Suisse, France, Frankreich, Francia, Italy, Italien, Italia, Spain, Spanien, España,
    Espagne, Portugal, Netherlands, Niederlande, Belgium, Belgien, Belgique, Luxembourg,
    Poland, Polen, Polska, Czech Republic, Tschechien, Denmark, Dänemark, Danmark, Sweden,
    Schweden, Sverige, Norway, Norwegen, Norge, Finland, Finnland, Suomi, Ireland, Irland,
    United Kingdom, UK, Großbritannien, England, Scotland, Wales, Greece, Griechenland,
    Turkey, Türkei, Türkiye, Russia, Russland, Ukraine, Hungary, Ungarn, Romania, Rumänien,
    Bulgaria, Croatia, Serbia, Slovakia, Slovenia, United States, USA, U.S., Vereinigte
    Staaten, Estados Unidos, États-Unis, Canada, Kanada, Mexico, México, Mexiko, Brazil,
    Brasil, Brasilien, Argentina, Chile, Colombia, Peru, Venezuela, Cuba, China, Japan,
    India, Indien, Pakistan, Iran, Iraq, Irak, Syria, Syrien, Lebanon, Libanon, Egypt,
    Ägypten, Saudi Arabia, South Africa, Südafrika, Nigeria, Kenya, Australia, Australien,
    New Zealand, Indonesia, Philippines, Vietnam, Thailand, South Korea, North Korea, Taiwan,
    Singapore, Malaysia, Afghanistan, Israel, Palestine, Palästina, Gaza, Qatar, Katar,
    Berlin, Hamburg, Munich, München, Frankfurt, Köln, Cologne, Düsseldorf, Stuttgart,
    Leipzig, Dresden, Hannover, Nürnberg, Nuremberg, Bremen, Bonn, Münster, Mainz, Wiesbaden,
    Karlsruhe, Vienna, Wien, Zürich, Zurich, Genf, Geneva, Bern, Basel, London, Paris,
    Madrid, Barcelona, Rome, Rom, Roma, Milan, Mailand, Milano, Lisbon, Lissabon, Brussels,
    Brüssel, Bruxelles, Amsterdam, The Hague, Den Haag, Warsaw, Warschau, Prague, Prag,
    Budapest, Moscow, Moskau, Moscou, Kyiv, Kiev, Kiew, Istanbul, Ankara, Athens, Athen,
    New York, Nueva York, New York City, Washington, Washington D.C., Los Angeles,
    San Francisco, Chicago, Boston, Miami, Houston, Seattle, Toronto, Montreal, Ottawa,
    Mexico City, Ciudad de México, Buenos Aires, São Paulo, Rio de Janeiro, Bogotá, Lima,
    Santiago, Caracas, Beijing, Peking, Shanghai, Hong Kong, Tokyo, Tokio, Seoul, New Delhi,
    Mumbai, Jerusalem, Tel Aviv, Cairo, Kairo, Beirut, Damascus, Baghdad, Tehran, Teheran,
    Dubai, Johannesburg, Nairobi, Lagos,
    Albania, Andorra, Angola, Antigua and Barbuda, Armenia, Azerbaijan, Bahamas, Bahrain,
    Bangladesh, Barbados, Belarus, Belize, Benin, Bhutan, Bolivia, Bosnia and Herzegovina,
    Botswana, Brunei, Burkina Faso, Burundi, Cabo Verde, Cape Verde, Cambodia, Cameroon,
    Central African Republic, Comoros, Congo, Costa Rica, Côte d'Ivoire, Ivory Coast, Cyprus,
    Djibouti, Dominican Republic, Ecuador, El Salvador, Equatorial Guinea, Eritrea, Estonia,
    Eswatini, Ethiopia, Fiji, Gabon, Gambia, Ghana, Grenada, Guatemala, Guinea, Guinea-Bissau,
    Guyana, Haiti, Honduras, Iceland, Jamaica, Kazakhstan, Kiribati, Kosovo, Kuwait,
    Kyrgyzstan, Laos, Latvia, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Madagascar,
    Malawi, Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Micronesia,
    Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nauru,
    Nepal, Nicaragua, Niger, North Macedonia, Oman, Palau, Panama, Papua New Guinea, Paraguay,
    Rwanda, Saint Lucia, Samoa, San Marino, Senegal, Seychelles, Sierra Leone,
    Solomon Islands, Somalia, South Sudan, Sri Lanka, Sudan, Suriname, Tajikistan, Tanzania,
    Timor-Leste, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkmenistan, Tuvalu, Uganda,
    United Arab Emirates, Uruguay, Uzbekistan, Vanuatu, Vatican City, Yemen, Zambia, Zimbabwe
    """
)
"""Countries and dateline cities: a byline part that is one of them says where the writer
filed from, never who wrote (``Nada Tawfik, BBC News, New York``). Every member of the United
Nations by its English name, but for those that are as often a person's first name (Jordan,
Georgia, Chad, Dominica)."""

# Leading words that say "by" (removed), per language; matched case-insensitively.
BY_PREFIXES: tuple[str, ...] = (
    r"(?:written|reported|posted|published|compiled|edited|story|words|text|reporting)\s+by",
    r"(?:geschrieben|verfasst|veröffentlicht|publiziert|erstellt|eingestellt)\s+von",
    r"(?:publié|écrit|rédigé)\s+par",
    r"(?:publicado|escrito)\s+por",
    r"(?:pubblicato|scritto)\s+da",
    r"(?:ein(?:em?)?\s+)?(?:(?:blog\s*)?beitrag|artikel|gastbeitrag|pressemitteilung|analyse|"
    r"kommentar|gastkommentar|essay|interview|reportage|kolumne|bericht|glosse|rezension)\s+von",
    r"(?:an?\s+)?(?:analysis|commentary|opinion|review|essay)\s+by",
    r"(?:propos\s+)?recueillis?\s+par",
    r"(?:an?\s+)?(?:article|post|guest\s+post)\s+by",
    r"by",
    r"from",
    r"par",
    r"von",
    r"vom",
    r"por",
    r"door",
    r"av",
    r"af",
    r"a\s+cura\s+di",
    r"autor(?:in|en|e)?:?",
    r"автор:?",
    r"(?-i:di)",
    r"texte?\s+(?:von|par)",
    r"auteur\s*:",
    r"author:?",
    r"redaktion\s*:",
    r"text\s*:",
    r"от",
    r"przez",
    r"yazan",
)
"""Byline openers removed before splitting (``By``, ``Par``, ``Von``, ``Written by``)."""

# Conjunctions between names, by language; ``None`` holds the ones safe in every language.
CONJUNCTIONS: Mapping[str | None, tuple[str, ...]] = {
    None: ("and", "und", "et", "y", "e", "en", "och", "og", "ve", "и", "und", "mit", "with"),
    "pl": ("i", "oraz"),
    "ca": ("i",),
    "hr": ("i",),
    "sr": ("i",),
    "bs": ("i",),
    "cs": ("a",),
    "sk": ("a",),
    "sl": ("in",),
    "fi": ("ja",),
    "et": ("ja",),
    "hu": ("és",),
    "ro": ("și", "si"),
    "el": ("και",),
    "tr": ("ve",),
    "id": ("dan",),
    "ms": ("dan",),
}
"""Words that join two names (``A and B``, ``A et B``, ``A und B``), by primary language."""

# Characters that separate byline segments carrying other things (dates, places, e-mails).
_SEGMENT_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:\||•|·|\u2022|\n|\s[–—]\s|\s-\s)\s*")
"""A separator between a byline's parts. Spaces before it are taken only from the first space of
a run (a separator ending in a space may be followed by another one): tried from each space of a
long run before no separator, the pattern was quadratic."""
_PREFIX = re.compile(r"^[\s\-–—~]*(?:" + "|".join(BY_PREFIXES) + r")(?=[\s:])[\s:]*", re.I)
_CREDIT = re.compile(r"^\s*([^\W\d_]+(?:\s+(?:et|and|und|&)\s+[^\W\d_]+)?)\s*[/:]\s*(?=\S)")
_BRACKETS = re.compile(r"^\s*[\[\(【«\"“](.*)[\]\)】»\"”]\s*$", re.S)
_EMAIL = re.compile(r"(?<!\S)(?=\S[^\s@]*@\S\S*?\.\w)\S+\.\w+")
r"""An e-mail address. A match starts only where a word does: tried from each character of a
long word with no address, it was quadratic. The look-ahead finds the word's first ``@`` after
its first character and then the first full stop and word character after it, in one pass;
then the greedy ``\S+\.\w+`` ends the match where ``\S+@\S+\.\w+`` did (its last full stop
before a word character). Without it, a word made mostly of ``@`` was quadratic (each ``@``
retried the rest of the word)."""
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"https?://\S+")
_DATEISH = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|"
    r"\b(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|"
    r"actualizado|publicado)\b",
    re.I,
)
_DATE_CUT = re.compile(
    r"(?<![\w@.])(?:\d{1,4}[./-]\d{1,2}|\d{1,2}:\d{2}|(?:19|20)\d{2}(?:\b|\s*[年년])|"
    r"\d{1,2}(?:\.|st|nd|rd|th|er|º)?,?\s+[^\W\d_]{3,})"
    r"|\b(?:published|updated|posted|veröffentlicht|aktualisiert|zuletzt|publié|"
    r"mis à jour|publicado|actualizado|pubblicato|aggiornato)\b|\bstand\s*:",
    re.I,
)
"""Where the date that follows a byline begins (``Jane Roe November 8 2023``, ``Jane Roe
Published Nov 8``): a date, a time, a year, a day before a month, or a publication label
(not any number: ``Bündnis 90/Die Grünen``); German ``Stand:`` (as of) opens the date too."""
OTHER_CREDIT_WORDS: frozenset[str] = _words(
    """
    photo photos photography foto fotos fotografie bild bilder illustration illustrations
    illustrationen infografik infographie grafik grafiken graphics
    """
)
"""Lower-cased words that credit someone besides the writer later in a byline (``Text von
Jo Roe Illustration von Jan Doe``): the byline's authors end before them."""
_OTHER_CREDIT = re.compile(
    r"\s(?:" + "|".join(sorted(OTHER_CREDIT_WORDS)) + r")(?:\s+(?:von|by|par|por|de|di)\s|\s*:)",
    re.I,
)
_DAY_NUMBER = re.compile(r"^\d{1,2}(?:st|nd|rd|th|er|º)?[.,]?$")
_LATE_BY = re.compile(r"\s(?:by|von|par|por|door|da)\s+(?=\S)", re.I)
"""``by`` after a lead-in: ``Posted on September 21, 2020 by Jane Roe``."""
_SPACES = re.compile(r"\s+")
_WHITESPACE = re.compile(r"\s")
"""Any character ``str.isspace`` calls a space (a URL holds none)."""
_LINE_BREAKS = re.compile(r"(?<![ \t])[ \t]*[\r\n\t][ \t\r\n]*")
"""Line breaks and tabs inside a value, read as one space. A match starts only where a run of
spaces does: tried from each space of a long run before no line break, it was quadratic."""
_CONVERSATION = re.compile(
    r"\s+(?:im\s+gespräch|im\s+dialog|in\s+conversation|en\s+conversation|"
    r"en\s+conversación|in\s+conversazione)(?=\s+(?:mit|with|avec|con)\s)",
    re.I,
)
"""The words that make two names a conversation (``Richard David Precht im Gespräch mit Karin
Fischer``): both speak, and the byline names both; removed, the conjunction splits them."""
_LEADING_CONJUNCTION = re.compile(r"^(?:and|und|et|y|e|en|och|og|ve|и|&)\s+", re.I)
_EMPTY_BRACKETS = re.compile(r"[\(\[]\s*[\)\]]")
_EDGE_START = re.compile(r"^[\s,;:/&|–—~*•·»)\]-]+")
_EDGE_END = re.compile(r"(?<![\s,;:/&|–—~*•·»(\[-])[\s,;:/&|–—~*•·»(\[-]+$")
"""Spaces and punctuation ending a name. A match starts only where a run of them does: tried
from each character of a long run that does not end the text, it was quadratic."""
_MAX_NAME_WORDS = 6
_MAX_BYLINE_CHARS = 400


def _build_agency_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    patterns: list[tuple[re.Pattern[str], str, str]] = []
    for canonical, forms in AGENCIES.items():
        for form in sorted(set(forms), key=len, reverse=True):
            acronym = len(form) <= 4 or form.isupper()
            flags = 0 if acronym else re.I
            pattern = re.compile(r"(?<![\w.-])" + re.escape(form) + r"(?![\w-])", flags)
            patterns.append((pattern, canonical, form))
    patterns.sort(key=lambda item: len(item[2]), reverse=True)
    return tuple(patterns)


_AGENCY_PATTERNS = _build_agency_patterns()
_WORD = re.compile(r"\w+")


def _agency_first_words() -> frozenset[str]:
    words: set[str] = set()
    for forms in AGENCIES.values():
        for form in forms:
            first = _WORD.match(form)
            # A form that opens with a non-word character cannot be pre-checked: it makes every
            # segment a candidate.
            words.add(first.group(0).lower() if first else "")
    return frozenset(words)


_AGENCY_FIRST_WORDS = _agency_first_words()
"""The lower-cased first word of every agency form: a segment none of whose words is one of
these names no agency, and the pattern searches are skipped."""
_AGENCY_CONNECTOR = re.compile(
    r"(?:(?<!\s)\s*(?:/|,|;|&|\b(?:mit|with|avec|con|com|and|und|et|y|e|for|für|pour|para|per)\b)"
    r"\s*)?\u0000(?:\s*/\s*\u0000)*(?:\s+(?:staff|reporters?|writers?|correspondents?)\b)?",
    re.I,
)
"""A placeholder left by an agency, with the connector before it and a staff word after it
(``Jane Roe, Reuters staff``: the agency's staff is the agency). A connector is looked for only
from the first space of a run: tried from each space of a long run, it was quadratic."""
_AGENCY_EXACT: Mapping[str, str] = {
    **{form.casefold(): canonical for canonical, forms in AGENCIES.items() for form in forms},
    **{canonical.casefold(): canonical for canonical in AGENCIES},
}


def _conjunction_split(language: str | None) -> re.Pattern[str]:
    words = set(CONJUNCTIONS[None])
    if language:
        words.update(CONJUNCTIONS.get(language.split("-")[0].lower(), ()))
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(r"\s*(?:,|;|&|\s(?:" + alternation + r")\s)\s*", re.I)


_SPLITTERS: Mapping[str | None, re.Pattern[str]] = {
    key: _conjunction_split(key) for key in CONJUNCTIONS
}


# --------------------------------------------------------------------------- API


def match_agency(text: str) -> Organization | None:
    """The news agency ``text`` names as a whole (``AFP``, ``Agencia EFE``), or ``None``."""
    canonical = _AGENCY_EXACT.get(_clean(text).casefold())
    if canonical is None:
        return None
    return _agency(canonical, _clean(text))


def is_agency(text: str) -> bool:
    """True when ``text`` is, as a whole, the name of a news agency."""
    return match_agency(text) is not None


def parse_byline(text: str, *, language: str | None = None) -> Byline:
    """Split a printed byline into people, news agencies and a credit.

    >>> b = parse_byline("By Jane Roe and John Doe, Reuters")
    >>> [p.name for p in b.authors], [a.name for a in b.agencies]
    (['Jane Roe', 'John Doe'], ['Reuters'])
    >>> [(p.name, p.role) for p in parse_byline("Tara Doe, MD").authors]
    [('Tara Doe', 'MD')]
    >>> parse_byline("The Standard Staff").collective
    'The Standard Staff'
    """
    text = unicodedata.normalize("NFC", text or "")[:_MAX_BYLINE_CHARS]
    if _LONE_LABEL.match(text):
        return Byline()  # a label alone (``Datum:``), its value elsewhere
    label = _LATE_AUTHOR_LABEL.search(text)
    if label is not None:
        # A list of labelled fields (``Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet``):
        # the author is the value of its own label, up to the next label.
        text = text[label.end() :]
        following = _NEXT_LABEL.search(text)
        if following is not None:
            text = text[: following.start()]
    text = _URL.sub(" ", _EMAIL.sub(" ", text))
    text = _BRACKETS.sub(r"\1", text)
    text = _CONVERSATION.sub("", text)
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s.strip()]
    authors: list[Person] = []
    agencies: list[Organization] = []
    credit: str | None = None
    collective: str | None = None
    splitter = _SPLITTERS.get(None)
    if language:
        primary = language.split("-")[0].lower()
        splitter = _SPLITTERS.get(primary, _SPLITTERS[None])
    assert splitter is not None
    for index, segment in enumerate(segments):
        segment = _BRACKETS.sub(r"\1", segment)
        if index > 0 and _DATEISH.search(segment):
            continue
        segment = _PREFIX.sub("", segment)
        if index == 0:
            segment = _undated(segment)
        other = _OTHER_CREDIT.search(segment)
        if other is not None:
            segment = segment[: other.start()]  # ``Jo Roe Illustration von Jan Doe``
        credit_match = _CREDIT.match(segment)
        if credit_match and credit_match.group(1).split()[0].casefold() in CREDIT_WORDS:
            credit = credit or credit_match.group(1)
            segment = segment[credit_match.end() :]
            segment = _PREFIX.sub("", segment)
        filed = _FILED_IN.match(segment)
        if filed is not None and is_place(filed.group(1)):
            continue  # ``Do UOL`` then ``Em São Paulo`` on a line of its own: where, not who
        source = _FROM_OUTLET.match(segment)
        if source is not None and _outlet_credit(source.group(1)):
            segment = source.group(1)  # ``Do UOL, em São Paulo``: from the outlet, no one
            if not _take_agencies(segment)[1]:
                collective = collective or segment.strip()
                continue
        segment, found = _take_agencies(segment)
        agencies.extend(found)
        segment = _slashed_names(segment)
        outlet = _OUTLET_AFTER_SLASH.search(segment)
        if outlet is not None and segment[: outlet.start()].strip():
            segment = segment[: outlet.start()]  # ``Jane Roe/SP-X``: her outlet's initials
        if "," not in segment and ";" not in segment and is_collective(segment):
            # One credit, never split on its conjunction (``The Standard Staff``); a comma
            # separates a name from its title (``Jane Roe, Staff Writer``): read by parts.
            collective = collective or _clean(segment)
            continue
        people, group, affiliation = _split_people(segment, splitter, after_name=bool(authors))
        if outlet is not None and people and people[-1].affiliation is None:
            people[-1] = people[-1].model_copy(update={"affiliation": outlet.group(1)})
        if affiliation and authors and authors[-1].affiliation is None:
            # An outlet in a segment of its own (``Jane Roe | El Sol de México``).
            authors[-1] = authors[-1].model_copy(update={"affiliation": affiliation})
        authors.extend(people)
        collective = collective or group
    if credit:
        authors = [p.model_copy(update={"credit": credit}) for p in authors]
    return Byline(
        authors=tuple(_unique_people(authors)),
        agencies=tuple(_unique_orgs(agencies)),
        credit=credit,
        collective=collective,
    )


def _slashed_names(segment: str) -> str:
    """``segment`` with a comma for each slash between two full names (``Ralph Steiner/Carlo
    Natter``); a slash beside anything else (a desk's initials, ``Jane Roe/jr``) is kept."""
    if "/" not in segment:
        return segment
    pieces = segment.split("/")
    if all(
        len(words := piece.split()) >= 2 and all(w[:1].isupper() for w in words) for piece in pieces
    ):
        return ", ".join(piece.strip() for piece in pieces)
    return segment


_OUTLET_AFTER_SLASH = re.compile(r"(?:(?<!\s)\s+)?/\s*([A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?)\s*$")
r"""An outlet's or a service's initials after a slash that ends a byline (``Jane Roe/SP-X``,
``Jane Roe / ZDF``), read like a news agency's (``Jane Roe/dpa``): the writer's affiliation,
never part of the name. A match starts only at the first space of a run (the look-behind):
``\s*`` retried from each space of a long run was quadratic."""
_FROM_OUTLET = re.compile(r"^\s*(?:Do|Da|Dos|Das|DO|DA)\s+(.+?)(?:\s*,?\s+(?:em|Em|EM)\s+\S.*)?$")
"""Portuguese *from the* before the outlet a story comes from, and *in* before where it was
filed (``Do UOL, em São Paulo``, ``Da Reuters, em Brasília``)."""
_FILED_IN = re.compile(r"^\s*(?:em|Em|EM)\s+(.+?)(?:\s*\([A-Z]{2}\))?[\s.,]*$")
"""Portuguese *in* before a place, alone in a segment, with its state's code (``Em São Paulo
(SP)``): where the story was filed."""
_OUTLET_OPENERS = frozenset(
    {"folha", "jornal", "diário", "diario", "correio", "revista", "rede", "portal", "agência"}
    | {"agencia", "redação", "redacao", "tv", "rádio", "radio", "estadão", "estado"}
)
"""Lower-cased words that open a Portuguese outlet's name (``Folha de S.Paulo``)."""


def _outlet_credit(name: str) -> bool:
    """Whether ``name``, after a Portuguese *from the*, is an outlet or an agency (``UOL``,
    ``Reuters``, ``Folha de S.Paulo``), not the rest of a personal name (``Da Silva``)."""
    words = name.split()
    if not words:
        return False
    return (
        (len(words) == 1 and _ACRONYM_WORD.match(words[0]) is not None)
        or words[0].casefold() in _OUTLET_OPENERS
        or names_outlet(name)
        or match_agency(name) is not None
    )


_LONE_LABEL = re.compile(r"^\s*[^\W\d_]+\s*:\s*$")
"""One word and a colon, nothing else: a field's label (``Datum:``, ``Autor:``)."""
_LATE_AUTHOR_LABEL = re.compile(
    r"(?:^\s*|(?<=\S)\s+)(?:autor|autorin|autoren|author|authors|auteur|autore|verfasser|"
    r"verfasserin)\s*:\s*(?=\S)",
    re.I,
)
"""The author's label, first or after other labelled fields (``Datum: … Autor: Jane Roe``):
the name is its value, up to the next label (``Autor: Jane Roe Tags: Berlin, Bus``)."""
_NEXT_LABEL = re.compile(r"\s[^\W\d_]{2,}\s*:(?:\s|$)")
"""The next field's label after the author's name (``Jane Roe Quelle: Livenet``)."""


def _undated(segment: str) -> str:
    """A byline segment without the date around it: what follows a ``by`` after a date
    (``Posted on September 21, 2020 by Jane Roe``), what comes before a date that follows it,
    less the date's words (``Von Tomas Spahn Fr, 18. Oktober 2019``)."""
    cut = _DATE_CUT.search(segment)
    if cut is None:
        return segment
    late = _LATE_BY.search(segment, cut.start())
    if late is not None:
        segment = segment[late.end() :]
        cut = _DATE_CUT.search(segment)
        if cut is None:
            return segment
    words = segment[: cut.start()].split()
    while words and (
        words[-1].casefold().strip(".,:;|-") in DATE_WORDS or _DAY_NUMBER.match(words[-1])
    ):
        if words.pop().casefold() in _DATE_OPENERS:
            break  # ``Minh Do on Monday``: the name ends before ``on`` (``Do`` is no Thursday)
    return " ".join(words)


_DATE_OPENERS = frozenset({"on", "am", "le", "el", "il", "um", "at", "den", "der"})
"""The words of :data:`DATE_WORDS` that open a date after a name (``on``, ``am``): nothing
before them is the date's."""


def people_from_schema(value: Any, *, language: str | None = None) -> Byline:
    """Read a schema.org ``author`` value: a string, a ``Person`` or ``Organization`` object,
    or a list of them.

    A ``Person`` object is one person and keeps every field it gives (``givenName``,
    ``familyName``, ``jobTitle`` as ``role``, ``affiliation``, ``alternateName``, ``url``);
    only a name that is plainly several people (``Jane Roe and John Doe``, commas) is split.
    Strings are read as bylines. Organisations that are news agencies become agencies; other
    organisations name no person and are returned as ``collective``.
    """
    items = value if isinstance(value, list) else [value]
    authors: list[Person] = []
    agencies: list[Organization] = []
    collective: str | None = None
    for item in items[:50]:
        if isinstance(item, str):
            parsed = parse_byline(item, language=language)
            authors.extend(parsed.authors)
            agencies.extend(parsed.agencies)
            collective = collective or parsed.collective
            continue
        if not isinstance(item, dict):
            continue
        kinds = _types(item)
        if "Person" not in kinds and kinds:
            name = _text(item.get("name"))
            if not name:
                continue
            if SCHEMA_AGENCY_TYPE in _list(item.get("additionalType")):
                agencies.append(_organization_node(item, name))  # as written, marked an agency
                continue
            agency = match_agency(name)
            if agency is not None:
                agencies.append(agency)
            else:
                collective = collective or name
            continue
        person = _person_node(item)
        if (
            person is None
            or person.name.casefold() in ACCOUNT_NAMES
            or _NOT_A_NAME.search(person.name)
        ):
            continue  # the site's technical account (``"name": "admin"``), never a writer
        agency = match_agency(person.name)
        if agency is not None:
            agencies.append(agency)  # a Person node named ``Agencia EFE``
            continue
        if person.given_name is None and person.family_name is None:
            desk = parse_byline(person.name, language=language)
            if desk.agencies and not desk.authors:
                # A desk typed as a Person (``Reuters Staff``, ``AP Editorial``): the agency.
                agencies.extend(desk.agencies)
                collective = collective or desk.collective
                continue
        if person.given_name is None and person.family_name is None and _is_job_title(person.name):
            continue  # a title typed as a Person's name (``Court Reporter``) names no one
        if person.name[-1:].isdigit() and is_collective(person.name):
            # The desk's numbered account (``Redacción La Razón 2``): the desk.
            numbered = _ACCOUNT_NUMBER.search(person.name)
            if numbered is not None:
                person = person.model_copy(update={"name": person.name[: numbered.start()]})
        glued = name_and_outlet(person.name)
        if glued is not None:  # ``Rick Pearson Chicago Tribune``
            person = person.model_copy(
                update={"name": glued[0], "affiliation": person.affiliation or glued[1]}
            )
        elif person.given_name is None and person.family_name is None and names_outlet(person.name):
            collective = collective or person.name  # the outlet typed as a Person (``Fox News``)
            continue
        head, bar, tail = person.name.partition("|")
        if bar and head.strip() and _is_outlet(tail.strip()):
            # The writer's outlet after a bar (``Adolfo López | El Sol de México``).
            person = person.model_copy(
                update={"name": head.strip(), "affiliation": person.affiliation or tail.strip()}
            )
        if (
            person.given_name is None
            and person.family_name is None
            and (_SEVERAL.search(person.name) or _PREFIX.match(person.name))
        ):
            # Several people, or a byline's words around one (``Recueilli par Jane ROE.``).
            parsed = parse_byline(person.name, language=language)
            authors.extend(parsed.authors)
            agencies.extend(parsed.agencies)
            collective = collective or parsed.collective
            continue
        authors.append(person)
    return Byline(
        authors=tuple(_unique_people(authors)),
        agencies=tuple(_unique_orgs(agencies)),
        collective=collective,
    )


SCHEMA_AGENCY_TYPE = "http://www.wikidata.org/entity/Q192283"
"""``additionalType`` that marks a schema.org organisation as a news agency (Wikidata's
*news agency*)."""

# A Person object's name that is plainly several people, or a byline with its "By".
_SEVERAL = re.compile(r",|;|&|\s(?:and|und|et|y)\s|^\s*(?:by|By|BY|von|Von|VON|par|Par|por|Por)\s")
_ACCOUNT_NUMBER = re.compile(r"(?:(?<!\s)\s+\d{1,3})+$")
"""Numbers after a desk's name: one of its accounts in the CMS (``Redacción La Razón 2``). A
match starts only at the first space of a run (the look-behind)."""
ACRONYM = re.compile(r"^(?:[A-ZÀ-Ý0-9&.\-]{2,10}|[a-z]{2,4})$")
"""An organisation's ``alternateName`` that is an acronym: capitals (AFP, R-AL, G7), or two to
four lower-case letters, as some agencies style theirs (dpa, apa, sda: a publisher convention)."""


def _person_node(item: Mapping[str, Any]) -> Person | None:
    name = _text(item.get("name"))
    given = _text(item.get("givenName"))
    family = _text(item.get("familyName"))
    if not name:
        name = " ".join(p for p in (given, family) if p) or None
    if not name:
        return None
    if "@" in name:
        # The writer's handle after the name (``Jane Roe @janeroe``): not part of it.
        words = name.split()
        while len(words) > 1 and _HANDLE.fullmatch(words[-1]):
            words.pop()
        name = " ".join(words)
    url = _url_text(item.get("url")) or _url_text(item.get("sameAs"))
    identifier = _text(item.get("identifier"))
    return Person(
        id=identifier if identifier and _IDENT.fullmatch(identifier) else None,
        name=login_as_name(name),
        given_name=given,
        family_name=family,
        aliases=tuple(a for a in (_text(x) for x in _list(item.get("alternateName"))) if a),
        role=_text(item.get("jobTitle")),
        affiliation=_text(item.get("affiliation") or item.get("worksFor")),
        url=url,
    )


def _organization_node(item: Mapping[str, Any], name: str) -> Organization:
    names = [n for n in (_text(x) for x in _list(item.get("alternateName"))) if n]
    identifier = _text(item.get("identifier"))
    return Organization(
        id=identifier if identifier and _IDENT.fullmatch(identifier) else None,
        name=name,
        acronyms=tuple(n for n in names if ACRONYM.match(n)),
        aliases=tuple(n for n in names if not ACRONYM.match(n)),
        kind=OrganizationKind.NEWS_AGENCY,
        url=_url_text(item.get("url")),
    )


_IDENT = re.compile(r"[A-Za-z0-9_.:-]+")


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _url_text(value: Any) -> str | None:
    text = _first_text(value)
    if text and _WHITESPACE.search(text) is None and len(text) <= 8192:
        return text
    return None


# --------------------------------------------------------------------------- helpers


def _agency(canonical: str, printed: str) -> Organization:
    acronyms = tuple(
        form
        for form in AGENCIES[canonical]
        if form != canonical and (form.isupper() or len(form) <= 4) and form.isalpha()
    )
    if printed.isupper() and printed not in acronyms and printed != canonical.upper():
        acronyms = (*acronyms, printed)
    return Organization(name=canonical, acronyms=acronyms[:3], kind=OrganizationKind.NEWS_AGENCY)


def _take_agencies(segment: str) -> tuple[str, list[Organization]]:
    found: list[tuple[int, Organization]] = []
    words = set(_WORD.findall(segment.lower()))
    if "" not in _AGENCY_FIRST_WORDS and words.isdisjoint(_AGENCY_FIRST_WORDS):
        return _clean(_EMPTY_BRACKETS.sub(" ", _AGENCY_CONNECTOR.sub(" ", segment))), []
    segment = _AGENCY_CHAIN.sub(_split_agency_chain, segment)
    for pattern, canonical, _form in _AGENCY_PATTERNS:
        match = pattern.search(segment)
        while match is not None:
            before = segment[: match.start()]
            # ``AP`` or ``PA`` inside a capitalised name run is not the agency.
            found.append((match.start(), _agency(canonical, match.group(0))))
            segment = before + " \u0000 " + segment[match.end() :]
            match = pattern.search(segment)
    found.sort(key=lambda item: item[0])
    if found and "/" in segment:
        segment = _DESK_CODE.sub(" ", segment)  # ``dpa/lno``, ``det/dpa``: no person
    # Remove the placeholders and the connectors that introduced them (``mit dpa``, ``/AFP``).
    segment = _AGENCY_CONNECTOR.sub(" ", segment)
    segment = _EMPTY_BRACKETS.sub(" ", segment)
    return _clean(segment), [org for _, org in found]


_DESK_CODE = re.compile(r"(?<=\x00) ?/ ?[a-z]{2,4}(?![\w/])|(?<![\w/])[a-z]{2,4} ?/ ?(?=\x00)")
"""An agency's desk or an editor's initials in lower case beside it across a slash (dpa's
regional desk ``dpa/lno``, ``AFP/dpa/mh``, ``det/dpa``): a code, not a person's name."""

_AGENCY_CHAIN = re.compile(r"(?<![\w-])[^\W\d_]{2,8}(?:-[^\W\d_]{2,8})+(?![\w-])")
"""Words joined by hyphens (``NTB-AFP-DPA``): several agencies when every part is one."""


def _split_agency_chain(match: re.Match[str]) -> str:
    parts = match.group(0).split("-")
    if all(part.casefold() in _AGENCY_EXACT for part in parts):
        return " / ".join(parts)
    return match.group(0)


def is_collective(segment: str) -> bool:
    """Whether ``segment`` credits a desk or a team (``HNN Staff``, ``Redaktion``), no person."""
    tokens = segment.split()
    words = [w.casefold().strip(".,") for w in tokens]
    return any(w in COLLECTIVE_WORDS for w in words) and all(
        w in COLLECTIVE_WORDS
        or w in JOB_TITLE_WORDS
        or w in _COLLECTIVE_ARTICLES
        or token[:1].isupper()
        or token.isdigit()  # a numbered account of the desk (``Redacción La Razón 2``)
        for w, token in zip(words, tokens, strict=True)
    )


_COLLECTIVE_ARTICLES = frozenset({"the", "la", "le", "die", "der"})


def _split_people(
    segment: str, splitter: re.Pattern[str], *, after_name: bool = False
) -> tuple[list[Person], str | None, str | None]:
    """The people of one byline segment, the staff credit it gives instead, and an outlet it
    names after a writer named in an earlier segment (their affiliation)."""
    parts = [_LEADING_CONJUNCTION.sub("", _clean(p)) for p in splitter.split(segment)]
    people: list[Person] = []
    collective: str | None = None
    affiliation: str | None = None
    pending_role: str | None = None
    sentence = False
    for part in parts:
        if not part:
            continue
        if is_place(part):
            continue  # where the writer filed from (``Jane Roe, London``): a dateline
        if _is_company(part):
            collective = collective or part  # a firm (``Süddeutsche.de GmbH``)
            continue
        glued = name_and_outlet(part)
        if glued is not None:
            person = _person(glued[0])
            if person is not None:
                people.append(person.model_copy(update={"affiliation": glued[1]}))
                continue
        if (people or after_name) and (_is_outlet(part) or _is_institution(part)):
            # The outlet the writer works for (``Leonardo Castañeda, Bay Area News Group``).
            if people:
                if people[-1].affiliation is None:
                    people[-1] = people[-1].model_copy(update={"affiliation": part})
            else:
                affiliation = affiliation or part
            continue
        label = _LABELLED.match(part)
        if label is not None:
            if not _PREFIX.match(part):
                continue  # another contributor (``Illustration: Jo Doe``), not an author
            part = part[label.end() :]
        lowered = part.casefold()
        if lowered in NAME_SUFFIXES and people:
            last = people[-1]
            people[-1] = last.model_copy(update={"name": f"{last.name}, {part}"})
            continue
        if lowered in CREDENTIALS or lowered.replace(" ", "") in CREDENTIALS:
            if people:
                last = people[-1]
                role = f"{last.role}, {part}" if last.role else part
                people[-1] = last.model_copy(update={"role": role})
            continue
        if _is_job_title(part):
            if people and people[-1].role is None:
                people[-1] = people[-1].model_copy(update={"role": part})
            else:
                pending_role = part
            continue
        if is_collective(part) or names_outlet(part):
            collective = collective or part  # a desk, or the outlet alone (``By CBS News``)
            continue
        person = _person(part)
        if person is None:
            sentence = sentence or _is_phrase(part)
            continue
        if pending_role and person.role is None:
            person = person.model_copy(update={"role": pending_role})
            pending_role = None
        people.append(person)
    if sentence:
        # Part of a sentence (``Von der Ringform zur Kastenform und umgekehrt``): its one-word
        # pieces are words of it, not names.
        people = [p for p in people if " " in p.name]
    return people, collective, affiliation


def is_place(part: str) -> bool:
    """True when ``part`` is a country or a city news is filed from (:data:`PLACES`)."""
    return part.casefold().strip(" .") in PLACES or part.casefold() in PLACES


def _is_company(part: str) -> bool:
    tokens = part.split()
    return len(tokens) > 1 and any(t.casefold().strip(",") in COMPANY_FORMS for t in tokens[1:])


def _is_outlet(part: str) -> bool:
    """A byline part that names an outlet, not a person: ``Bay Area News Group``, ``Fox
    News``, ``USA TODAY``, ``El Sol de México``."""
    tokens = part.split()
    if len(tokens) < 2:
        return False
    words = [t.casefold().strip(".,") for t in tokens]
    if words[0] in OUTLET_ARTICLES and tokens[1][:1].isupper():
        return True
    if words[-1] in OUTLET_HEADS:
        return True
    if words[-1] in MASTHEAD_WORDS and all(t[:1].isupper() for t in tokens):
        return True
    if len(tokens) == 2 and words[-1] in ORGANIZATION_WORDS and tokens[0][:1].isupper():
        # ``Denver Post``, ``Daily Mail``; not ``Emily Post`` nor ``Lena Sun``.
        return words[0] in MASTHEAD_OPENERS or is_place(tokens[0])
    return words[-1] in ORGANIZATION_WORDS and (
        len(tokens) > 2 or any(_ACRONYM_WORD.match(t) for t in tokens)
    )


def names_outlet(name: str) -> bool:
    """Whether ``name``, standing alone where a person's name should be, is an outlet's
    (``CBS News``, ``Miami Today``): an outlet's name of capitalised words that ends in an
    outlet's word and does not open with a given name (``Jane News`` is a person, ``Der
    Spendenteddy`` a blogger's pen name, ``der Ringform zur Kastenform`` a phrase)."""
    words = name.split()
    last = words[-1].casefold().strip(".,") if words else ""
    return (
        (last in ORGANIZATION_WORDS or last in MASTHEAD_WORDS or last in OUTLET_HEADS)
        and _is_outlet(name)
        and all(t[:1].isupper() or t.casefold() in _OUTLET_PARTICLES for t in words)
        and not given_name_first(name)
    )


_MAX_NAME_AND_OUTLET = 12
"""At most this many words are a name and an outlet run together (each cut is tried)."""
_OUTLET_PARTICLES = frozenset({"de", "del", "di", "da", "du", "of", "y", "&", "and", "und"})


def given_name_first(name: str) -> bool:
    """Whether ``name`` opens with a known given name (``Kevin McCoy``, not ``Bay Area``)."""
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    return first in GIVEN_NAMES_FEMININE or first in GIVEN_NAMES_MASCULINE


def name_and_outlet(part: str) -> tuple[str, str] | None:
    """A writer's name and their outlet printed after it with no comma between (a link's
    text run into the next): ``Rick Pearson Chicago Tribune``, ``Jane Roe The Washington
    Post``, ``Kevin McCoy USA TODAY``. The name has two words or more; the outlet's name ends
    in a word of an outlet's and opens with an article, or is a newspaper's of two words
    (``Florida Today``), or follows a name that opens with a known given name (``Bay Area
    News Group`` is one outlet, ``The New York Times`` too)."""
    tokens = part.split()
    if not 4 <= len(tokens) <= _MAX_NAME_AND_OUTLET or tokens[0].casefold() in OUTLET_ARTICLES:
        return None
    for cut in range(2, len(tokens) - 1):
        if tokens[cut - 1].casefold() in _FOR_WORDS:
            return None  # ``Brendan Carlin For The Mail On Sunday``: read by ``_person_tokens``
        tail = tokens[cut:]
        last = tail[-1].casefold().strip(".,")
        if not (last in ORGANIZATION_WORDS or last in MASTHEAD_WORDS) or not _is_outlet(
            " ".join(tail)
        ):
            continue
        if (
            (tail[0][:1].isupper() and tail[0].casefold() in OUTLET_ARTICLES)
            or (len(tail) == 2 and last in MASTHEAD_WORDS)
            or given_name_first(part)
        ):
            return " ".join(tokens[:cut]), " ".join(tail)
        return None
    return None


_ACRONYM_WORD = re.compile(r"^[A-Z]{2,5}$")


def _is_institution(part: str) -> bool:
    """A byline part of several words, one of them an institution's (``Harvard University``,
    ``University of Oxford``, ``Max-Planck-Institut für Physik``)."""
    tokens = part.split()
    return len(tokens) > 1 and any(
        w in INSTITUTION_WORDS for t in tokens for w in t.casefold().strip(".,").split("-")
    )


def _is_phrase(part: str) -> bool:
    """Several words, some of them lower-case and no name particle: a phrase, not a name."""
    tokens = part.split()
    return len(tokens) > 1 and any(
        t[:1].islower() and t.casefold() not in NAME_PARTICLES and not _ELIDED.match(t)
        for t in tokens
    )


def _is_job_title(part: str) -> bool:
    words = [w.casefold().strip(".,()") for w in part.split()]
    if not words:
        return False
    if all(w in JOB_TITLE_WORDS for w in words):
        return True
    # ``Senior Energy Correspondent``: a title head noun after a few qualifiers; ``HT
    # Correspondent``, ``CNN Editor-at-large``: after the outlet's initials, a desk naming no one.
    return (
        (words[-1] in JOB_TITLE_HEADS or words[-1].split("-")[0] in JOB_TITLE_HEADS)
        and len(words) <= 5
        and (
            words[0] in JOB_TITLE_WORDS
            or (len(words) == 2 and _ACRONYM_WORD.match(part.split()[0]) is not None)
        )
    )


def _person(part: str) -> Person | None:
    if _OBFUSCATED_EMAIL.search(part):
        return None
    bracketed = _TRAILING_BRACKETS.search(part)
    bracket_role = None
    if bracketed and bracketed.start() > 0:
        bracket_role = bracketed.group(1).strip() or None
        part = part[: bracketed.start()].strip()
    person = _person_tokens(part)
    if person is not None and bracket_role and person.role is None:
        person = person.model_copy(update={"role": bracket_role})
    return person


_NOT_A_NAME = re.compile(r"://|^[\d.:]+$")
"""A web address or a network address (``219.79.38.192``) where a name should be."""
_OBFUSCATED_EMAIL = re.compile(r"\[at\]|\(at\)|\{at\}", re.I)
_ELIDED = re.compile(r"^[a-z]{1,3}['’][A-ZÀ-Ý]")
"""A particle elided onto a capitalised name: ``d'Emilio``, ``dell'Orto``."""
_TRAILING_BRACKETS = re.compile(r"(?<!\s)\s*\(([^()]{1,80})\)\s*$")
"""A role in brackets ending a name (``Jane Roe (AP)``). A match starts only where a run of
spaces does: tried from each space of a long run, it was quadratic."""
_ENDS_SENTENCE = re.compile(r"\s[^\W\d_]{3,}\.$")
"""A dot after a whole last word (``Recueilli par Patrick ANGEVIN.``) ends the sentence the
byline is printed as; a dot after an initial (``Jane R.``) is the name's own."""


def _person_tokens(part: str) -> Person | None:
    tokens = part.split()
    while len(tokens) > 1 and _HANDLE.fullmatch(tokens[-1]):
        tokens.pop()  # the writer's handle after the name (``Jane Roe @janeroe``)
    if not tokens or len(tokens) > _MAX_NAME_WORDS + 3:
        return None
    joined = " ".join(tokens).casefold()
    if joined.lstrip("@") in ACCOUNT_NAMES or joined.strip(" .:") in COURTESY_WORDS:
        return None
    if _NOT_A_NAME.search(part):
        return None
    role: str | None = None
    affiliation: str | None = None
    # Leading job title: ``Senior Reporter Jane Roe``, ``FOCUS-Online-Experte Jane Roe``.
    lead = 0
    while lead < len(tokens) - 1 and (
        tokens[lead].casefold().strip(".,") in JOB_TITLE_WORDS
        or (len(tokens) - lead > 2 and _is_title_compound(tokens[lead]))
    ):
        lead += 1
    if lead and len(tokens) - lead >= 1 and lead < len(tokens):
        if tokens[-1].casefold().strip(".,") in ORGANIZATION_WORDS:
            return None  # a desk or an outlet (``Sports Network``, ``Business News``)
        role = " ".join(tokens[:lead])
        tokens = tokens[lead:]
    # A job title after the name: ``GARY B. GRAVES Sports Writer``.
    if len(tokens) > 2 and tokens[-1].casefold().strip(".,") in JOB_TITLE_HEADS:
        tail = len(tokens) - 1
        while tail > 2 and tokens[tail - 1].casefold().strip(".,") in JOB_TITLE_WORDS:
            tail -= 1
        role = role or " ".join(tokens[tail:])
        tokens = tokens[:tail]
    # The outlet the writer writes for: ``Brendan Carlin For The Mail On Sunday``.
    for index in range(2, len(tokens) - 1):
        if tokens[index].casefold() in _FOR_WORDS and tokens[index + 1][:1].isupper():
            affiliation = " ".join(tokens[index + 1 :])
            tokens = tokens[:index]
            break
    # Leading outlet name: ``Observer Network Qi Qian``.
    for cut in range(len(tokens) - 2, 0, -1):
        if affiliation:
            break
        if tokens[cut - 1].casefold() in ORGANIZATION_WORDS and len(tokens) - cut >= 1:
            affiliation = " ".join(tokens[:cut])
            tokens = tokens[cut:]
            break
    for index in range(2, len(tokens)):
        if tokens[index].casefold().strip(".:,»>") in _FURNITURE_WORDS:
            tokens = tokens[:index]  # ``Jane Roe Über Autorenseite von Schließen``
            break
    while len(tokens) > 2 and tokens[-1].casefold().strip(".:,»>") in _LINK_WORDS:
        tokens.pop()  # a link after the name (``Jane Roe Alle Artikel``, ``… All posts``)
    if len(tokens) > _MAX_NAME_WORDS:
        return None
    if any(ch.isdigit() for ch in "".join(tokens)) and len(tokens) > 1:
        return None
    if all(t.casefold().strip(".:,") in LABEL_WORDS for t in tokens):
        return None  # a label (``Posted on``, ``Veröffentlicht am``), not a name
    lower_words = [
        t
        for t in tokens
        if t[:1].islower() and t.casefold() not in NAME_PARTICLES and not _ELIDED.match(t)
    ]
    if len(tokens) > 1 and lower_words:
        return None  # a phrase (``in Uncategorized``, ``zuletzt bearbeitet``), not a name
    if any(t.casefold() == "by" for t in tokens):
        return None  # a credit (``Developed By Jane Roe``), not a name
    if len(tokens) == 1 and lower_words and (role or affiliation):
        # One lower-case word left after words taken as a title (``By the numbers`` leaves
        # ``numbers``): the rest of a phrase. Alone, it is a handle (``gnaddrig``).
        return None
    name = " ".join(tokens).strip(" .,:;")
    if (len(tokens) > 1 or not name.endswith(".")) and not _ENDS_SENTENCE.search(name + "."):
        name = " ".join(tokens).strip(" ,:;")  # keeps an initial's dot (``Jane R.``)
    if not name or not any(ch.isalpha() for ch in name):
        return None
    if len(tokens) == 1 and name.isupper() and len(name) <= 3:
        return None  # an outlet's initials (``FR mit dpa``), not a person
    if _HANDLE.fullmatch(name):
        name = name[1:]
    return Person(name=login_as_name(name), role=role, affiliation=affiliation)


_LOGIN_DOMAINS = frozenset({"com", "net", "org", "info", "biz", "edu", "gov"})
"""Generic top-level domains: ``nationnews.com`` is a site's address, not ``first.last``; so is
a last part of two letters (a country's domain: ``przepisy.pl``)."""


def login_as_name(name: str) -> str:
    """A login of the form ``first.last`` where the name should be (a CMS that prints the
    writer's user name: ``"author": {"@type": "Person", "name": "robert.stitz"}``) read as the
    name it spells, ``Robert Stitz``. Only two lower-case words of letters (or hyphenated
    letters) joined by one dot, the last not a domain: a handle in mixed case
    (``Isabella.DiBiase``) is how its owner writes it, and ``przepisy.pl`` is an address."""
    if "." not in name or not name.islower():
        return name
    parts = name.split(".")
    if (
        len(parts) != 2
        or len(parts[1]) < 3
        or parts[1] in _LOGIN_DOMAINS
        or not all(
            len(part) >= 2 and all(len(piece) >= 2 and piece.isalpha() for piece in part.split("-"))
            for part in parts
        )
    ):
        return name
    return " ".join("-".join(piece.capitalize() for piece in part.split("-")) for part in parts)


_LINK_WORDS = _words("alle all artikel articles beiträge posts stories more mehr")
"""Words of a link printed after the author's name (``Alle Artikel``, ``All posts``)."""
_FURNITURE_WORDS = _words(
    "über autorenseite autorenprofil schließen follow folgen twitter lesezeit kategorien "
    "kategorie mitglied kommentare"
)
"""Words of an author box's links, buttons and fields, never part of a name: what follows them
after a name of two words or more is the box's furniture (``Über · Autorenseite von … ·
Schließen``, ``Follow``, ``Twitter``, ``Lesezeit``, ``Kategorien: Mode``, ``Mitglied der
…-Redaktion``)."""
_LABELLED = re.compile(r"^[^\W\d_]+\s*:\s*(?=\S)")
"""A part that opens with one word and a colon: what the named person did (``Autor:``,
``Foto:``)."""
_FOR_WORDS = frozenset({"for"})
"""Words that introduce the outlet after a name (``Jane Roe for The Times``); not German
``für``, which also says whom a magazine is for (``Das Magazin für Lesben``)."""


def _is_title_compound(token: str) -> bool:
    """A hyphenated job title (``FOCUS-Online-Experte``, ``SPIEGEL-Korrespondentin``)."""
    head = token.rsplit("-", 1)
    return len(head) == 2 and head[1].casefold().strip(".,") in JOB_TITLE_HEADS


def _clean(text: str) -> str:
    text = _EDGE_START.sub("", _SPACES.sub(" ", text.replace("\u0000", " ")))
    return _EDGE_END.sub("", text).strip()


def _unique_people(people: Iterable[Person]) -> list[Person]:
    seen: set[str] = set()
    out: list[Person] = []
    for person in people:
        key = person.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(person)
    return out


def _unique_orgs(orgs: Iterable[Organization]) -> list[Organization]:
    seen: set[str] = set()
    out: list[Organization] = []
    for org in orgs:
        if org.name not in seen:
            seen.add(org.name)
            out.append(org)
    return out


def _types(item: Mapping[str, Any]) -> set[str]:
    value = item.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        if "&" in value:
            value = html.unescape(value)  # ``Redacci&oacute;n`` written into JSON
        cleaned = _LINE_BREAKS.sub(" ", value).strip()
        return cleaned or None
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("name"))
    return None


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        for item in value:
            text = _text(item)
            if text:
                return text
        return None
    return _text(value)


# --------------------------------------------------------------------------- copyright lines

_NOTICE_MARK = re.compile(r"©|\(c\)|copyright", re.I)
_NOTICE_LEAD = re.compile(
    r"^(?:(?:©|\(c\)|copyright\b|(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?)[\s,.:]*)+",
    re.I,
)
"""What opens a copyright line before its holder: the marks and the year or years."""
_NOTICE_HOLDER_END = re.compile(r"(?:(?<!\s)\s+)?(?:[•·|,;(/]|\s[-–—]\s|\.(?:\s|$)|$)")
r"""Where the holder of a copyright line ends: a separator, a dash between spaces or a full
stop (``© 2019 Jane Roe. All rights reserved``, ``(c) Jane Roe • Impressum``). Read with
``search``: a match starts only at the first space of a run (the look-behind), where the old
``\s*`` started it too; retried from each space of a long run, it was quadratic."""
_NOTICE_OF_SITE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)|rights|rechte|droits|derechos|diritti|direitos|reserved|"
    r"vorbehalten|réservés",
    re.I,
)
"""A year or a reservation of rights: a copyright line of the site or the article, not a
photograph's credit (``© Jane Roe``, ``© Jane Roe/Getty Images``)."""
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?")
_NAME_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")
_FIRM_WORDS: frozenset[str] = _words(
    """
    forum verlag verband verein blog portal project projekt projet proyecto studio studios
    design consulting solutions systems software company companies club partners associates
    society gesellschaft association associazione asociación center centre zentrum academy
    akademie agentur agency shop store bank museum theater theatre school schule resort hotel
    """
)
"""Lower-cased words of a firm's, a club's or a project's name that a copyright line may
hold (``Deutsches Verbände Forum``), never a person's."""
_NOT_NAME_WORDS = (
    _FIRM_WORDS
    | ORGANIZATION_WORDS
    | OUTLET_HEADS
    | INSTITUTION_WORDS
    | COMPANY_FORMS
    | COLLECTIVE_WORDS
    | JOB_TITLE_WORDS
    | LABEL_WORDS
    | DATE_WORDS
    | OUTLET_ARTICLES
)


def person_in_notice(notice: str) -> Person | None:
    """The person a copyright line names as its holder, or ``None`` when it names a firm, an
    outlet, a desk or anything but a plain personal name.

    On a personal site or a blog the copyright holder is most often the writer, and the
    line is the only place the name is printed. Only a line with a year or a reservation of
    rights is read (a bare ``© Jane Roe`` credits a photograph), and only a name of two or
    three capitalised words (one of them may be an initial): firms and outlets of that shape
    carry a word that says so (``Media``, ``GmbH``, ``Verlag``), or a place.

    >>> person_in_notice("© 2019 Jane Roe. All rights reserved").name
    'Jane Roe'
    >>> person_in_notice("© 2022 Vice Media Group") is None
    True
    """
    mark = _NOTICE_MARK.search(notice)
    if mark is None or not _NOTICE_OF_SITE.search(notice):
        return None
    rest = _NOTICE_LEAD.sub("", notice[mark.start() :])
    end = _NOTICE_HOLDER_END.search(rest)
    holder = rest[: end.start()] if end else rest
    tokens = holder.split()
    if not 2 <= len(tokens) <= 3:
        return None
    if not (_NAME_WORD.fullmatch(tokens[0]) and _NAME_WORD.fullmatch(tokens[-1])):
        return None
    if not all(_NAME_WORD.fullmatch(t) or _NAME_INITIAL.fullmatch(t) for t in tokens[1:-1]):
        return None
    if any(t.casefold() in _NOT_NAME_WORDS or is_place(t) for t in tokens):
        return None
    if is_agency(holder) or _is_outlet(holder) or _is_institution(holder):
        return None
    return _person(holder)
