"""Publication dates as printed in many languages, parsed to the precision the source gave.

:func:`parse_date` turns ``24 juillet 2024``, ``July 24, 2024 3:05 PM EDT``, ``24.07.2024``,
``2024年7月24日`` or an ISO 8601 string into a :class:`~datetime.date` (the source gave only the
day), an aware :class:`~datetime.datetime` (it gave a time and an offset or a known zone
abbreviation) or a naive one (it gave a time and no zone it is safe to resolve: the offset is
unknown and never invented). Anything that is not a complete date (no year, no day, a bare
number, prose) gives ``None``.

Month and weekday names of each language are data (:data:`MONTH_NAMES`, :data:`WEEKDAY_NAMES`,
:data:`FILLER_WORDS`), fed to python-dateutil through a :class:`dateutil.parser.parserinfo` per
language. Chinese, Japanese and Korean dates (``年月日``, ``년월일``) are read by a regular
expression before dateutil, which does not split them.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta, timezone, tzinfo

from dateutil.parser import ParserError, isoparse, parser, parserinfo

__all__ = [
    "FILLER_WORDS",
    "LANGUAGE_ALIASES",
    "MONTH_NAMES",
    "SUPPORTED_LANGUAGES",
    "ZONE_OFFSETS",
    "parse_date",
    "utc_range",
]

# --------------------------------------------------------------------------- data

MONTH_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("jan", "january"),
        ("feb", "february"),
        ("mar", "march"),
        ("apr", "april"),
        ("may",),
        ("jun", "june"),
        ("jul", "july"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("oct", "october"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    "fr": (
        ("janv", "janvier"),
        ("févr", "fév", "fevr", "fev", "février", "fevrier"),
        ("mars",),
        ("avr", "avril"),
        ("mai",),
        ("juin",),
        ("juil", "juillet"),
        ("août", "aout", "aoû"),
        ("sept", "septembre"),
        ("oct", "octobre"),
        ("nov", "novembre"),
        ("déc", "dec", "décembre", "decembre"),
    ),
    "de": (
        ("jan", "januar", "jän", "jänner"),
        ("feb", "februar"),
        ("mär", "märz", "maerz", "mrz"),
        ("apr", "april"),
        ("mai",),
        ("jun", "juni"),
        ("jul", "juli"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("okt", "oktober"),
        ("nov", "november"),
        ("dez", "dezember"),
    ),
    "es": (
        ("ene", "enero"),
        ("feb", "febrero"),
        ("mar", "marzo"),
        ("abr", "abril"),
        ("may", "mayo"),
        ("jun", "junio"),
        ("jul", "julio"),
        ("ago", "agosto"),
        ("sep", "sept", "set", "septiembre", "setiembre"),
        ("oct", "octubre"),
        ("nov", "noviembre"),
        ("dic", "diciembre"),
    ),
    "it": (
        ("gen", "gennaio"),
        ("feb", "febbraio"),
        ("mar", "marzo"),
        ("apr", "aprile"),
        ("mag", "maggio"),
        ("giu", "giugno"),
        ("lug", "luglio"),
        ("ago", "agosto"),
        ("set", "settembre"),
        ("ott", "ottobre"),
        ("nov", "novembre"),
        ("dic", "dicembre"),
    ),
    "pt": (
        ("jan", "janeiro"),
        ("fev", "fevereiro"),
        ("mar", "março", "marco"),
        ("abr", "abril"),
        ("mai", "maio"),
        ("jun", "junho"),
        ("jul", "julho"),
        ("ago", "agosto"),
        ("set", "setembro"),
        ("out", "outubro"),
        ("nov", "novembro"),
        ("dez", "dezembro"),
    ),
    "nl": (
        ("jan", "januari"),
        ("feb", "februari"),
        ("mrt", "maart"),
        ("apr", "april"),
        ("mei",),
        ("jun", "juni"),
        ("jul", "juli"),
        ("aug", "augustus"),
        ("sep", "sept", "september"),
        ("okt", "oktober"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    "ru": (
        ("янв", "январь", "января"),
        ("фев", "февр", "февраль", "февраля"),
        ("мар", "март", "марта"),
        ("апр", "апрель", "апреля"),
        ("май", "мая"),
        ("июн", "июнь", "июня"),
        ("июл", "июль", "июля"),
        ("авг", "август", "августа"),
        ("сен", "сент", "сентябрь", "сентября"),
        ("окт", "октябрь", "октября"),
        ("ноя", "нояб", "ноябрь", "ноября"),
        ("дек", "декабрь", "декабря"),
    ),
    "pl": (
        ("sty", "styczeń", "stycznia"),
        ("lut", "luty", "lutego"),
        ("marzec", "marca"),
        ("kwi", "kwiecień", "kwietnia"),
        ("maj", "maja"),
        ("czerwiec", "czerwca"),
        ("lipiec", "lipca"),
        ("sierpień", "sierpnia"),
        ("wrz", "wrzesień", "września"),
        ("paź", "październik", "października"),
        ("lis", "listopad", "listopada"),
        ("gru", "grudzień", "grudnia"),
    ),
    "cs": (
        ("leden", "ledna"),
        ("únor", "února"),
        ("březen", "března"),
        ("duben", "dubna"),
        ("květen", "května"),
        ("červen", "června"),
        ("červenec", "července"),
        ("srpen", "srpna"),
        ("září",),
        ("říjen", "října"),
        ("listopad", "listopadu"),
        ("prosinec", "prosince"),
    ),
    "sk": (
        ("január", "januára"),
        ("február", "februára"),
        ("marec", "marca"),
        ("apríl", "apríla"),
        ("máj", "mája"),
        ("jún", "júna"),
        ("júl", "júla"),
        ("august", "augusta"),
        ("september", "septembra"),
        ("október", "októbra"),
        ("november", "novembra"),
        ("december", "decembra"),
    ),
    "ro": (
        ("ian", "ianuarie"),
        ("feb", "februarie"),
        ("mar", "martie"),
        ("apr", "aprilie"),
        ("mai",),
        ("iun", "iunie"),
        ("iul", "iulie"),
        ("aug", "august"),
        ("sep", "sept", "septembrie"),
        ("oct", "octombrie"),
        ("nov", "noi", "noiembrie"),
        ("dec", "decembrie"),
    ),
    "hu": (
        ("jan", "január"),
        ("febr", "február"),
        ("márc", "március"),
        ("ápr", "április"),
        ("máj", "május"),
        ("jún", "június"),
        ("júl", "július"),
        ("aug", "augusztus"),
        ("szept", "szeptember"),
        ("okt", "október"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    "tr": (
        ("ocak",),
        ("şubat", "subat"),
        ("mart",),
        ("nisan",),
        ("mayıs", "mayis"),
        ("haziran",),
        ("temmuz",),
        ("ağustos", "agustos"),
        ("eylül", "eylul"),
        ("ekim",),
        ("kasım", "kasim"),
        ("aralık", "aralik"),
    ),
    "sv": (
        ("jan", "januari"),
        ("feb", "februari"),
        ("mars",),
        ("apr", "april"),
        ("maj",),
        ("jun", "juni"),
        ("jul", "juli"),
        ("aug", "augusti"),
        ("sep", "sept", "september"),
        ("okt", "oktober"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    "da": (
        ("jan", "januar"),
        ("feb", "februar"),
        ("marts",),
        ("apr", "april"),
        ("maj",),
        ("jun", "juni"),
        ("jul", "juli"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("okt", "oktober"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    "no": (
        ("jan", "januar"),
        ("feb", "februar"),
        ("mars",),
        ("apr", "april"),
        ("mai",),
        ("jun", "juni"),
        ("jul", "juli"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("okt", "oktober"),
        ("nov", "november"),
        ("des", "desember"),
    ),
    "fi": (
        ("tammikuu", "tammikuuta"),
        ("helmikuu", "helmikuuta"),
        ("maaliskuu", "maaliskuuta"),
        ("huhtikuu", "huhtikuuta"),
        ("toukokuu", "toukokuuta"),
        ("kesäkuu", "kesäkuuta"),
        ("heinäkuu", "heinäkuuta"),
        ("elokuu", "elokuuta"),
        ("syyskuu", "syyskuuta"),
        ("lokakuu", "lokakuuta"),
        ("marraskuu", "marraskuuta"),
        ("joulukuu", "joulukuuta"),
    ),
    "ca": (
        ("gen", "gener"),
        ("febr", "febrer"),
        ("març", "marc"),
        ("abr", "abril"),
        ("maig",),
        ("juny",),
        ("jul", "juliol"),
        ("ag", "agost"),
        ("set", "setembre"),
        ("oct", "octubre"),
        ("nov", "novembre"),
        ("des", "desembre"),
    ),
    "hr": (
        ("siječanj", "siječnja"),
        ("veljača", "veljače"),
        ("ožujak", "ožujka"),
        ("travanj", "travnja"),
        ("svibanj", "svibnja"),
        ("lipanj", "lipnja"),
        ("srpanj", "srpnja"),
        ("kolovoz", "kolovoza"),
        ("rujan", "rujna"),
        ("listopad", "listopada"),
        ("studeni", "studenoga", "studenog"),
        ("prosinac", "prosinca"),
    ),
    "bs": (
        ("jan", "januar", "januara"),
        ("feb", "februar", "februara"),
        ("mart", "marta"),
        ("apr", "april", "aprila"),
        ("maj", "maja"),
        ("jun", "juni", "juna"),
        ("jul", "juli", "jula"),
        ("aug", "august", "augusta", "avgust", "avgusta"),
        ("sep", "septembar", "septembra"),
        ("okt", "oktobar", "oktobra"),
        ("nov", "novembar", "novembra"),
        ("dec", "decembar", "decembra"),
    ),
    "sl": (
        ("jan", "januar", "januarja"),
        ("feb", "februar", "februarja"),
        ("marec", "marca"),
        ("apr", "april", "aprila"),
        ("maj", "maja"),
        ("jun", "junij", "junija"),
        ("jul", "julij", "julija"),
        ("avg", "avgust", "avgusta"),
        ("sep", "september", "septembra"),
        ("okt", "oktober", "oktobra"),
        ("nov", "november", "novembra"),
        ("dec", "december", "decembra"),
    ),
    "uk": (
        ("січ", "січень", "січня"),
        ("лют", "лютий", "лютого"),
        ("бер", "березень", "березня"),
        ("квіт", "квітень", "квітня"),
        ("трав", "травень", "травня"),
        ("черв", "червень", "червня"),
        ("лип", "липень", "липня"),
        ("серп", "серпень", "серпня"),
        ("вер", "вересень", "вересня"),
        ("жовт", "жовтень", "жовтня"),
        ("лист", "листопад", "листопада"),
        ("груд", "грудень", "грудня"),
    ),
    "bg": (
        ("яну", "януари"),
        ("фев", "февруари"),
        ("март",),
        ("апр", "април"),
        ("май",),
        ("юни",),
        ("юли",),
        ("авг", "август"),
        ("сеп", "септември"),
        ("окт", "октомври"),
        ("ное", "ноември"),
        ("дек", "декември"),
    ),
    "el": (
        ("ιαν", "ιανουάριος", "ιανουαρίου"),
        ("φεβ", "φεβρουάριος", "φεβρουαρίου"),
        ("μαρ", "μάρτιος", "μαρτίου"),
        ("απρ", "απρίλιος", "απριλίου"),
        ("μαΐου", "μάιος", "μαΐ", "μαϊ"),
        ("ιουν", "ιούνιος", "ιουνίου"),
        ("ιουλ", "ιούλιος", "ιουλίου"),
        ("αυγ", "αύγουστος", "αυγούστου"),
        ("σεπ", "σεπτέμβριος", "σεπτεμβρίου"),
        ("οκτ", "οκτώβριος", "οκτωβρίου"),
        ("νοε", "νοέμβριος", "νοεμβρίου"),
        ("δεκ", "δεκέμβριος", "δεκεμβρίου"),
    ),
    "id": (
        ("jan", "januari"),
        ("feb", "februari"),
        ("mar", "maret", "mac"),
        ("apr", "april"),
        ("mei",),
        ("jun", "juni"),
        ("jul", "juli", "julai"),
        ("agu", "agt", "agustus", "ogos"),
        ("sep", "september"),
        ("okt", "oktober"),
        ("nov", "november"),
        ("des", "desember", "disember"),
    ),
    "ar": (
        ("يناير",),
        ("فبراير", "شباط"),
        ("مارس", "آذار"),
        ("أبريل", "ابريل", "إبريل", "نيسان"),
        ("مايو", "أيار"),
        ("يونيو", "يونيه", "حزيران"),
        ("يوليو", "يوليه", "تموز"),
        ("أغسطس", "اغسطس", "آب"),
        ("سبتمبر", "أيلول"),
        ("أكتوبر", "اكتوبر"),
        ("نوفمبر",),
        ("ديسمبر",),
    ),
}
"""Month names and abbreviations (lower case) of each language, January first. Chinese,
Japanese and Korean write months as numbers (``7月``) and are read by :data:`_CJK_DATE`."""

WEEKDAY_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("mon", "monday"),
        ("tue", "tues", "tuesday"),
        ("wed", "wednesday"),
        ("thu", "thur", "thurs", "thursday"),
        ("fri", "friday"),
        ("sat", "saturday"),
        ("sun", "sunday"),
    ),
    "fr": (
        ("lun", "lundi"),
        ("mar", "mardi"),
        ("mer", "mercredi"),
        ("jeu", "jeudi"),
        ("ven", "vendredi"),
        ("sam", "samedi"),
        ("dim", "dimanche"),
    ),
    "de": (
        ("mo", "montag"),
        ("di", "dienstag"),
        ("mi", "mittwoch"),
        ("do", "donnerstag"),
        ("fr", "freitag"),
        ("sa", "samstag", "sonnabend"),
        ("so", "sonntag"),
    ),
    "es": (
        ("lun", "lunes"),
        ("mar", "martes"),
        ("mié", "mie", "miércoles", "miercoles"),
        ("jue", "jueves"),
        ("vie", "viernes"),
        ("sáb", "sab", "sábado", "sabado"),
        ("dom", "domingo"),
    ),
    "it": (
        ("lun", "lunedì", "lunedi"),
        ("mar", "martedì", "martedi"),
        ("mer", "mercoledì", "mercoledi"),
        ("gio", "giovedì", "giovedi"),
        ("ven", "venerdì", "venerdi"),
        ("sab", "sabato"),
        ("dom", "domenica"),
    ),
    "pt": (
        ("seg", "segunda", "segunda-feira"),
        ("ter", "terça", "terca", "terça-feira"),
        ("qua", "quarta", "quarta-feira"),
        ("qui", "quinta", "quinta-feira"),
        ("sex", "sexta", "sexta-feira"),
        ("sáb", "sab", "sábado", "sabado"),
        ("dom", "domingo"),
    ),
    "nl": (
        ("ma", "maandag"),
        ("di", "dinsdag"),
        ("wo", "woensdag"),
        ("do", "donderdag"),
        ("vr", "vrijdag"),
        ("za", "zaterdag"),
        ("zo", "zondag"),
    ),
    "ru": (
        ("пн", "понедельник"),
        ("вт", "вторник"),
        ("ср", "среда"),
        ("чт", "четверг"),
        ("пт", "пятница"),
        ("сб", "суббота"),
        ("вс", "воскресенье"),
    ),
    "pl": (
        ("pon", "poniedziałek"),
        ("wt", "wtorek"),
        ("śr", "środa"),
        ("czw", "czwartek"),
        ("pt", "piątek"),
        ("sob", "sobota"),
        ("niedz", "niedziela"),
    ),
    "cs": (
        ("po", "pondělí"),
        ("út", "úterý"),
        ("st", "středa"),
        ("čt", "čtvrtek"),
        ("pá", "pátek"),
        ("so", "sobota"),
        ("ne", "neděle"),
    ),
    "sk": (
        ("po", "pondelok"),
        ("ut", "utorok"),
        ("st", "streda"),
        ("št", "štvrtok"),
        ("pi", "piatok"),
        ("so", "sobota"),
        ("ne", "nedeľa"),
    ),
    "ro": (
        ("lun", "luni"),
        ("mar", "marți", "marti"),
        ("mie", "miercuri"),
        ("joi",),
        ("vin", "vineri"),
        ("sâm", "sâmbătă", "sambata"),
        ("dum", "duminică", "duminica"),
    ),
    "hu": (
        ("hétfő",),
        ("kedd",),
        ("szerda",),
        ("csütörtök",),
        ("péntek",),
        ("szombat",),
        ("vasárnap",),
    ),
    "tr": (
        ("pazartesi",),
        ("salı", "sali"),
        ("çarşamba", "carsamba"),
        ("perşembe", "persembe"),
        ("cuma",),
        ("cumartesi",),
        ("pazar",),
    ),
    "sv": (
        ("mån", "måndag"),
        ("tis", "tisdag"),
        ("ons", "onsdag"),
        ("tors", "torsdag"),
        ("fre", "fredag"),
        ("lör", "lördag"),
        ("sön", "söndag"),
    ),
    "da": (
        ("man", "mandag"),
        ("tir", "tirsdag"),
        ("ons", "onsdag"),
        ("tor", "torsdag"),
        ("fre", "fredag"),
        ("lør", "lørdag"),
        ("søn", "søndag"),
    ),
    "no": (
        ("man", "mandag"),
        ("tir", "tirsdag"),
        ("ons", "onsdag"),
        ("tor", "torsdag"),
        ("fre", "fredag"),
        ("lør", "lørdag"),
        ("søn", "søndag"),
    ),
    "fi": (
        ("ma", "maanantai", "maanantaina"),
        ("ti", "tiistai", "tiistaina"),
        ("ke", "keskiviikko", "keskiviikkona"),
        ("to", "torstai", "torstaina"),
        ("pe", "perjantai", "perjantaina"),
        ("la", "lauantai", "lauantaina"),
        ("su", "sunnuntai", "sunnuntaina"),
    ),
    "ca": (
        ("dl", "dilluns"),
        ("dt", "dimarts"),
        ("dc", "dimecres"),
        ("dj", "dijous"),
        ("dv", "divendres"),
        ("ds", "dissabte"),
        ("dg", "diumenge"),
    ),
    "hr": (
        ("pon", "ponedjeljak"),
        ("uto", "utorak"),
        ("sri", "srijeda"),
        ("čet", "četvrtak"),
        ("pet", "petak"),
        ("sub", "subota"),
        ("ned", "nedjelja"),
    ),
    "bs": (
        ("pon", "ponedjeljak", "ponedeljak"),
        ("uto", "utorak"),
        ("sri", "srijeda", "sreda"),
        ("čet", "četvrtak"),
        ("pet", "petak"),
        ("sub", "subota"),
        ("ned", "nedjelja", "nedelja"),
    ),
    "sl": (
        ("pon", "ponedeljek"),
        ("tor", "torek"),
        ("sre", "sreda"),
        ("čet", "četrtek"),
        ("pet", "petek"),
        ("sob", "sobota"),
        ("ned", "nedelja"),
    ),
    "uk": (
        ("пн", "понеділок"),
        ("вт", "вівторок"),
        ("ср", "середа"),
        ("чт", "четвер"),
        ("пт", "пʼятниця", "п'ятниця"),
        ("сб", "субота"),
        ("нд", "неділя"),
    ),
    "bg": (
        ("пон", "понеделник"),
        ("вт", "вторник"),
        ("ср", "сряда"),
        ("чет", "четвъртък"),
        ("пет", "петък"),
        ("съб", "събота"),
        ("нед", "неделя"),
    ),
    "el": (
        ("δευ", "δευτέρα"),
        ("τρι", "τρίτη"),
        ("τετ", "τετάρτη"),
        ("πεμ", "πέμπτη"),
        ("παρ", "παρασκευή"),
        ("σαβ", "σάββατο"),
        ("κυρ", "κυριακή"),
    ),
    "id": (
        ("senin", "isnin"),
        ("selasa",),
        ("rabu",),
        ("kamis", "khamis"),
        ("jumat", "jumaat"),
        ("sabtu",),
        ("minggu", "ahad"),
    ),
    "ar": (
        ("الاثنين", "الإثنين"),
        ("الثلاثاء",),
        ("الأربعاء", "الاربعاء"),
        ("الخميس",),
        ("الجمعة",),
        ("السبت",),
        ("الأحد", "الاحد"),
    ),
}
"""Weekday names (lower case) of each language, Monday first; dateutil skips them."""

FILLER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("at", "on", "of", "the", "published", "updated", "posted"),
    "fr": ("le", "à", "a", "h", "du", "de", "publié", "publiée", "mis", "jour", "heures"),
    "de": ("am", "um", "uhr", "den", "veröffentlicht", "aktualisiert", "stand"),
    "es": ("de", "del", "a", "las", "la", "el", "hrs", "h", "publicado", "actualizado"),
    "it": ("il", "alle", "ore", "del", "pubblicato", "aggiornato"),
    "pt": ("de", "às", "as", "h", "publicado", "atualizado", "em"),
    "nl": ("om", "uur", "op", "gepubliceerd", "bijgewerkt"),
    "ru": ("г", "года", "год", "в", "опубликовано", "обновлено"),
    "pl": ("r", "godz", "o"),
    "ro": ("ora", "la", "publicat", "actualizat"),
    "hr": ("u", "sati", "godine"),
    "bs": ("u", "sati", "godine"),
    "sl": ("ob",),
    "uk": ("р", "року", "о"),
    "bg": ("г", "година", "в"),
    "fi": ("klo",),
    "ca": ("de", "d", "a", "les"),
    "id": ("pukul", "wib"),
    "sv": ("kl",),
    "da": ("kl",),
    "no": ("kl",),
}
"""Words dateutil may skip between the parts of a date (``24 de julio de 2024``, ``um 15:05
Uhr``)."""

LANGUAGE_ALIASES: dict[str, str] = {"nb": "no", "nn": "no", "sr": "bs", "ms": "id"}
"""Primary subtags that print dates with the month names of another table (Bokmål and Nynorsk
as Norwegian, Serbian in Latin letters as Bosnian, Malay as Indonesian)."""

SUPPORTED_LANGUAGES: frozenset[str] = frozenset({*MONTH_NAMES, *LANGUAGE_ALIASES, "zh", "ja", "ko"})
"""Languages whose dates :func:`parse_date` reads by name (ISO and numeric dates work in any)."""

_H = 3600
ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "WET": 0,
    "WEST": _H,
    "BST": _H,
    "CET": _H,
    "CEST": 2 * _H,
    "MEZ": _H,
    "MESZ": 2 * _H,
    "EET": 2 * _H,
    "EEST": 3 * _H,
    "MSK": 3 * _H,
    "EST": -5 * _H,
    "EDT": -4 * _H,
    "CDT": -5 * _H,
    "MST": -7 * _H,
    "MDT": -6 * _H,
    "PST": -8 * _H,
    "PDT": -7 * _H,
    "AKST": -9 * _H,
    "AKDT": -8 * _H,
    "HST": -10 * _H,
    "AST": -4 * _H,
    "ADT": -3 * _H,
    "NST": -(3 * _H + 30 * 60),
    "NDT": -(2 * _H + 30 * 60),
    "JST": 9 * _H,
    "KST": 9 * _H,
    "HKT": 8 * _H,
    "SGT": 8 * _H,
    "PHT": 8 * _H,
    "AWST": 8 * _H,
    "ACST": 9 * _H + 30 * 60,
    "AEST": 10 * _H,
    "AEDT": 11 * _H,
    "NZST": 12 * _H,
    "NZDT": 13 * _H,
    "WIB": 7 * _H,
    "ICT": 7 * _H,
    "BRT": -3 * _H,
    "ART": -3 * _H,
    "SAST": 2 * _H,
    "WAT": _H,
    "EAT": 3 * _H,
}
"""Zone abbreviations with one meaning in news, and their UTC offsets in seconds. Any other
abbreviation leaves the offset unknown (a naive datetime), except those in
:data:`AMBIGUOUS_ZONES`."""

AMBIGUOUS_ZONES: dict[str, dict[str, int]] = {
    "CST": {"en": -6 * _H, "zh": 8 * _H},
    "IST": {"hi": 5 * _H + 30 * 60, "he": 2 * _H, "ga": _H},
}
"""Abbreviations that mean different zones in different places, resolved only by the
language of the text (``CST`` is US Central in English and China Standard Time in Chinese)."""

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$"
)
_CJK_DATE = re.compile(
    r"^(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号號]?"
    r"(?:\s*[（(]?\s*(?:星期|周|週|礼拜|禮拜)?[一二三四五六日天月火水木金土]?(?:曜日?)?\s*[)）]?)?"
    r"(?:\s*(?:[上下]午|午[前後])?\s*(?P<H>\d{1,2})\s*[:：時时点點시]\s*(?P<M>\d{1,2})\s*分?"
    r"(?:\s*[:：]\s*(?P<S>\d{1,2})\s*秒?)?)?\s*$"
)
_DIGIT = re.compile(r"\d")
_YEAR_FIRST = re.compile(r"^\s*\d{4}\b")
"""A numeric date that opens with its year is year, month, day everywhere (``2023.11.02``,
``2023/11/02``): never day first."""
_TIME = (
    r"(?:\s*(?:,|à|a\s+las|um|alle|às|om|в|at)?\s*(?P<hour>\d{1,2})\s*[:h]\s*(?P<minute>\d{2})"
    r"(?:\s*(?:uhr|h|hrs|ч))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"(?:\s+(?P<zone>(?-i:[A-Z]{2,5}))"
    r"(?:\s?(?P<sign>[+-])\s?(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?)?)?"
)
_DAY_MONTH_YEAR = re.compile(
    r"^(?:(?P<weekday>[^\W\d_]+\.?),?\s+)?(?P<day>\d{1,2})\.?\s+(?:de\s+)?"
    r"(?P<month>[^\W\d_]+\.?),?\s+(?:de\s+)?(?P<year>\d{4})(?:\s*г\.?)?,?" + _TIME + r"$",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    r"^(?:(?P<weekday>[^\W\d_]+\.?),?\s+)?(?P<month>[^\W\d_]+\.?)\s+(?P<day>\d{1,2}),?\s+"
    r"(?P<year>\d{4}),?" + _TIME + r"$",
    re.IGNORECASE,
)
_NUMERIC_DAY_FIRST = re.compile(
    r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}),?" + _TIME + r"$", re.IGNORECASE
)
_UTC_PLUS = re.compile(
    r"\b(?:GMT|UTC)\s?(?P<sign>[+-])\s?(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?(?!\d)"
)
"""An offset written from UTC (``GMT+10``, ``UTC-03:00``, ``GMT +0530``): hours east of UTC as
news sites mean it. dateutil reads ``GMT+3`` the POSIX way ("my time plus 3 is GMT", so
-03:00), and drops the offset when a space follows ``GMT``: both are read here instead."""
_WORDS = re.compile(r"[^\W\d_]+")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:er|ᵉʳ|º|ª|°)(?=\s)")
"""Ordinal day marks that dateutil does not know (``1er août``, ``1º de julio``)."""
_DAYFIRST_EXCEPT = frozenset({"en-US", "en"})
_MAX_DATE_CHARS = 120
_DEFAULTS = (datetime(2001, 1, 1, 0, 0, 0), datetime(2002, 2, 2, 1, 1, 1))


# --------------------------------------------------------------------------- parsing


def parse_date(text: str, *, language: str | None = None) -> date | datetime | None:
    """Parse a date as printed, keeping the precision and offset the source gave.

    ``language`` (a BCP 47 tag) chooses the month names and whether ``03/04/2024`` is day first
    (everywhere but English). Without it, the month names of every supported language are tried.

    >>> parse_date("24 juillet 2024", language="fr")
    datetime.date(2024, 7, 24)
    >>> parse_date("July 24, 2024 3:05 PM EDT").isoformat()
    '2024-07-24T15:05:00-04:00'
    >>> parse_date("2024年7月24日")
    datetime.date(2024, 7, 24)
    >>> parse_date("July 24") is None
    True
    """
    text = text.strip()
    if not text or len(text) > _MAX_DATE_CHARS or _DIGIT.search(text) is None:
        return None
    primary = language.split("-")[0].lower() if language else None
    primary = LANGUAGE_ALIASES.get(primary, primary) if primary else None
    if _DATE_ONLY.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    if _ISO_DATETIME.match(text):
        try:
            parsed = isoparse(text)
        except (ValueError, OverflowError):
            return None
        return _normalise_zone(parsed)
    cjk = _CJK_DATE.match(text)
    if cjk is not None:
        return _from_cjk(cjk)
    common = _common_form(text, primary)
    if not isinstance(common, _Unsure):
        return common
    return _parse_with_dateutil(text, primary, language)


class _Unsure:
    """Marks a date the common forms could not read for sure; dateutil reads it."""


_UNSURE = _Unsure()


def _common_form(text: str, primary: str | None) -> date | datetime | _Unsure | None:
    """The forms news sites print most (``24 juillet 2024``, ``July 24, 2024 3:05 PM EDT``,
    ``24.07.2024, 15:05 Uhr``), read with the same month tables without dateutil's general
    tokenizer. Anything else, or any word these tables do not know, is left to dateutil."""
    match = _DAY_MONTH_YEAR.match(text) or _MONTH_DAY_YEAR.match(text)
    month: int | None
    if match is not None:
        names = _month_numbers(primary if primary in MONTH_NAMES else None)
        month = names.get(match["month"].lower().rstrip("."))
        weekday = match["weekday"]
        if month is None or (
            weekday and weekday.lower().rstrip(".") not in _weekday_words(primary)
        ):
            return _UNSURE
    else:
        match = _NUMERIC_DAY_FIRST.match(text)
        if match is None or primary in ("en",):
            return _UNSURE
        month = int(match["month"])
    hour = match["hour"]
    minute = int(match["minute"]) if match["minute"] else 0
    try:
        day = date(int(match["year"]), month, int(match["day"]))
        if hour is None:
            return day
        clock = int(hour)
        half = (match.groupdict().get("ampm") or "").lower().replace(".", "")
        if half:
            if not 1 <= clock <= 12:
                return None
            clock = clock % 12 + (12 if half == "pm" else 0)
        value = datetime(day.year, day.month, day.day, clock, minute)
    except ValueError:
        return None
    zone_name = match.groupdict().get("zone")
    if not zone_name:
        return value
    if match.groupdict().get("sign"):  # ``GMT+10``; another name with an offset is no zone
        zone = _offset_from_utc(match) if zone_name in _UTC_NAMES else None
    else:
        zone = _zone(zone_name, None, primary=primary)
    return value if zone is None else value.replace(tzinfo=zone)


_UTC_NAMES = frozenset({"GMT", "UTC"})


def _offset_from_utc(match: re.Match[str]) -> tzinfo | None:
    """The zone of an offset written from UTC (groups ``sign``, ``zh``, ``zm``: ``GMT+10``,
    ``UTC-03:00``), or ``None`` when no zone keeps it (over 14 hours)."""
    hours, minutes = int(match["zh"]), int(match["zm"] or 0)
    if hours > 14 or minutes >= 60:
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if match["sign"] == "-" else offset)


@functools.cache
def _month_numbers(language: str | None) -> dict[str, int]:
    """Month name or abbreviation (lower case) to its number, in ``language`` and English (in
    every language when ``None``; a name two languages give different months keeps the first).
    Pure, so cached."""
    languages: tuple[str, ...] = tuple(MONTH_NAMES)
    if language is not None:
        languages = ("en",) if language == "en" else (language, "en")
    numbers: dict[str, int] = {}
    for lang in languages:
        for index, names in enumerate(MONTH_NAMES[lang], start=1):
            for name in names:
                numbers.setdefault(name, index)
    return numbers


@functools.cache
def _weekday_words(language: str | None) -> frozenset[str]:
    languages = tuple(WEEKDAY_NAMES) if language not in WEEKDAY_NAMES else (language, "en")
    return frozenset(name for lang in languages for names in WEEKDAY_NAMES[lang] for name in names)


def _from_cjk(match: re.Match[str]) -> date | datetime | None:
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
        if match["H"] is None:
            return day
        return datetime(
            day.year,
            day.month,
            day.day,
            int(match["H"]),
            int(match["M"]),
            int(match["S"] or 0),
        )
    except ValueError:
        return None


def _parse_with_dateutil(
    text: str, primary: str | None, language: str | None
) -> date | datetime | None:
    lang_key = primary if primary in MONTH_NAMES else None
    dayfirst = not (language in _DAYFIRST_EXCEPT or (language is None and lang_key == "en"))
    if (lang_key is None and primary == "en") or _YEAR_FIRST.match(text):
        dayfirst = False
    text = _ORDINAL.sub(r"\1", text)
    known = _known_words(lang_key)
    for word in _WORDS.findall(text):
        if word.lower() not in known and not (word.isupper() and len(word) <= 5):
            return None  # a word that is no part of a date: prose, not a date line
    date_parser = _parser_for(lang_key)
    try:
        found = _components(date_parser, text, dayfirst)
    except (ParserError, ValueError, OverflowError, TypeError, IndexError, AttributeError):
        return None
    if found is None:
        return None
    year, month, day, hour, minute, second, zone_name, zone_offset = found
    try:
        if hour is None:
            if zone_name or zone_offset is not None:
                return None  # a zone without a time of day is not something a source prints
            return date(year, month, day)
        value = datetime(year, month, day, hour, minute or 0, second or 0)
    except (ValueError, OverflowError):
        return None
    from_utc = _UTC_PLUS.search(text)
    if from_utc is not None:  # dateutil's sign is the POSIX one: see _UTC_PLUS
        return value.replace(tzinfo=_offset_from_utc(from_utc))
    if zone_name is None and zone_offset is None:
        return value
    zone = _zone(zone_name, zone_offset, primary=primary)
    return value if zone is None else value.replace(tzinfo=zone)


_PRIVATE_STEP = "_parse"
"""dateutil's internal parsing step, used when present (see :func:`_components`)."""

_Components = tuple[int, int, int, int | None, int | None, int | None, str | None, int | None]


def _components(date_parser: parser, text: str, dayfirst: bool) -> _Components | None:
    """Year, month, day, hour, minute, second, zone name and offset as printed (``None`` for
    what the text does not give), read in one pass by dateutil's tokenizer.

    ``parser._parse`` is dateutil's documented-in-source internal step of ``parse`` that keeps
    absent parts as ``None``; should a dateutil release drop it, the public ``parse`` is called
    twice with two different defaults instead, which tells the same apart."""
    private = getattr(date_parser, _PRIVATE_STEP, None)
    if private is not None:
        result, _ = private(text, dayfirst=dayfirst)
        if result is None or None in (result.year, result.month, result.day):
            return None
        second = result.second
        return (
            result.year,
            result.month,
            result.day,
            result.hour,
            result.minute if result.hour is not None else None,
            second,
            result.tzname,
            result.tzoffset,
        )
    seen: dict[str, str | int | None] = {}

    def remember(name: str | None, offset: int | None) -> None:
        seen.update(name=name, offset=offset)

    first = date_parser.parse(text, default=_DEFAULTS[0], dayfirst=dayfirst, tzinfos=remember)
    again = date_parser.parse(text, default=_DEFAULTS[1], dayfirst=dayfirst, tzinfos=remember)
    if (first.year, first.month, first.day) != (again.year, again.month, again.day):
        return None
    untimed = (first.hour, first.minute) != (again.hour, again.minute)
    name = seen.get("name")
    offset = seen.get("offset")
    return (
        first.year,
        first.month,
        first.day,
        None if untimed else first.hour,
        None if untimed else first.minute,
        None if untimed or first.second != again.second else first.second,
        name if isinstance(name, str) else None,
        offset if isinstance(offset, int) else None,
    )


def _normalise_zone(value: datetime) -> datetime:
    offset = value.utcoffset()
    return value if offset is None else value.replace(tzinfo=timezone(offset))


def _zone(name: str | None, offset: int | None, *, primary: str | None) -> tzinfo | None:
    if name:
        upper = name.upper()
        if upper in ZONE_OFFSETS:
            return timezone(timedelta(seconds=ZONE_OFFSETS[upper]))
        by_language = AMBIGUOUS_ZONES.get(upper)
        if by_language is not None and primary in by_language:
            return timezone(timedelta(seconds=by_language[primary]))
        if offset is None:
            return None  # an abbreviation we cannot resolve: the offset stays unknown
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    return None


@functools.cache
def _parser_for(language: str | None) -> parser:
    """A dateutil parser that knows the month names of ``language`` and English (or of every
    supported language when ``language`` is None). Pure, so cached."""
    languages = (
        ("en",) if language == "en" else (language, "en") if language else tuple(MONTH_NAMES)
    )
    months = _merge(MONTH_NAMES, languages, 12)
    weekdays = _merge(WEEKDAY_NAMES, languages, 7, skip=_all_month_names(languages))
    jump = sorted(
        {*parserinfo.JUMP, *(w for lang in languages for w in FILLER_WORDS.get(lang, ()))}
        - {name for names in months for name in names}
    )

    class _Info(parserinfo):
        MONTHS = months  # type: ignore[assignment]
        WEEKDAYS = weekdays  # type: ignore[assignment]
        JUMP = jump

    return parser(_Info())


@functools.cache
def _known_words(language: str | None) -> frozenset[str]:
    """Every word a date in ``language`` (and English) may contain. Pure, so cached."""
    info = _parser_for(language).info
    words: set[str] = set()
    for table in (info.MONTHS, info.WEEKDAYS, info.HMS, info.AMPM):
        for names in table:
            words.update(name.lower() for name in names)
    words.update(word.lower() for word in (*info.JUMP, *info.UTCZONE, *info.PERTAIN))
    words.update(zone.lower() for zone in (*ZONE_OFFSETS, *AMBIGUOUS_ZONES))
    return frozenset(words)


def _all_month_names(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        name for lang in languages for names in MONTH_NAMES.get(lang, ()) for name in names
    )


def _merge(
    table: dict[str, tuple[tuple[str, ...], ...]],
    languages: tuple[str, ...],
    size: int,
    *,
    skip: frozenset[str] = frozenset(),
) -> list[tuple[str, ...]]:
    """Merge the names of ``languages`` position by position. A name that two positions claim
    (``mar`` is March and the French ``mardi``) keeps its first meaning only."""
    merged: list[list[str]] = [[] for _ in range(size)]
    seen: set[str] = set(skip)
    for lang in languages:
        for index, names in enumerate(table.get(lang, ())):
            for name in names:
                if name not in seen:
                    seen.add(name)
                    merged[index].append(name)
    return [tuple(names) for names in merged]


# --------------------------------------------------------------------------- comparing

# A time without a zone may be at any offset from UTC-12:00 to UTC+14:00.
_EARLIEST_OFFSET = timedelta(hours=14)
_LATEST_OFFSET = timedelta(hours=12)


def utc_range(value: date | datetime) -> tuple[datetime, datetime]:
    """The earliest and latest UTC instant (naive) a news date can mean: one instant for a
    time with its zone, a span of 26 hours for a time without one, and more for a day."""
    try:
        if isinstance(value, datetime):
            offset = value.utcoffset()
            if offset is not None:
                instant = (value - offset).replace(tzinfo=None)
                return instant, instant
            return value - _EARLIEST_OFFSET, value + _LATEST_OFFSET
        start = datetime(value.year, value.month, value.day)
        return start - _EARLIEST_OFFSET, start + timedelta(days=1) + _LATEST_OFFSET
    except OverflowError:
        start = datetime(value.year, value.month, value.day)
        return start, start
