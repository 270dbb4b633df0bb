"""Heuristics of the raw-text reader, as data: navigation and sharing lines, byline openers,
date labels, rights notices, glued words, quotation marks and known publishers.

Every pattern is compiled once, here, at import; the reader in :mod:`newsmodel.formats.text`
only looks them up. Extend a table, not the code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = [
    "BRANDS",
    "BYLINE_OPENERS",
    "BY_WORDS",
    "CJK_CREDITS",
    "CJK_OUTLET_SUFFIXES",
    "CONJUNCTION_WORDS",
    "KNOWN_PUBLISHERS",
    "NAV_LINES",
    "NAV_PREFIXES",
    "PUBLISHED_LABELS",
    "PUBLISHER_LABELS",
    "QUOTE_PAIRS",
    "RIGHTS_PHRASES",
    "SOURCE_LABELS",
    "UPDATED_LABELS",
    "USAGE_TERMS",
]


def _alt(items: tuple[str, ...] | frozenset[str]) -> str:
    """Join regex fragments into one alternation, longest first (so ``Read more`` wins over
    ``Read``)."""
    return "|".join(sorted(items, key=len, reverse=True))


def _literal_alt(items: tuple[str, ...] | frozenset[str]) -> str:
    return _alt(tuple(re.escape(item) for item in items))


# --------------------------------------------------------------------------- navigation

NAV_LINES: frozenset[str] = frozenset(
    {
        # sharing
        "share",
        "share this",
        "share this article",
        "share on facebook",
        "share on twitter",
        "share on x",
        "tweet",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "linkedin",
        "email",
        "e-mail",
        "print",
        "copy link",
        "copy",
        "pin",
        "reddit",
        "telegram",
        "flipboard",
        "partager",
        "partager sur facebook",
        "partager sur twitter",
        "imprimer",
        "envoyer",
        "teilen",
        "drucken",
        "artikel teilen",
        "compartir",
        "imprimir",
        "condividi",
        "stampa",
        "partilhar",
        "compartilhar",
        "delen",
        "printen",
        "поделиться",
        "分享",
        "分享到",
        "打印",
        "シェア",
        "공유",
        # page furniture
        "advertisement",
        "advertising",
        "sponsored",
        "sponsored content",
        "publicité",
        "annonce",
        "anzeige",
        "werbung",
        "publicidad",
        "pubblicità",
        "publicidade",
        "advertentie",
        "реклама",
        "广告",
        "広告",
        "광고",
        "comments",
        "comment",
        "commentaires",
        "kommentare",
        "comentarios",
        "commenti",
        "comentários",
        "reacties",
        "комментарии",
        "评论",
        "subscribe",
        "sign up",
        "log in",
        "login",
        "sign in",
        "s'abonner",
        "abonnez-vous",
        "se connecter",
        "abonnieren",
        "anmelden",
        "suscríbete",
        "iniciar sesión",
        "abbonati",
        "assine",
        "abonneren",
        "подписаться",
        "skip to content",
        "skip to main content",
        "back to top",
        "menu",
        "home",
        "accueil",
        "startseite",
        "inicio",
        "close",
        "fermer",
        "schließen",
        "cerrar",
        "listen to this article",
        "écouter cet article",
        "artikel anhören",
        "follow us",
        "suivez-nous",
        "folgen sie uns",
        "síguenos",
        "seguici",
        "most read",
        "les plus lus",
        "meistgelesen",
        "lo más leído",
        "i più letti",
        "related articles",
        "related",
        "articles liés",
        "à lire aussi",
        "mehr zum thema",
        "noticias relacionadas",
        "leggi anche",
        "leia também",
        "lees ook",
        "相关新闻",
        "相关阅读",
        "推荐阅读",
        "更多",
        "返回顶部",
    }
)
"""Whole lines (compared case-insensitively, without trailing ``:`` or punctuation) that are
page furniture, never article text."""

NAV_PREFIXES: tuple[str, ...] = (
    r"lire aussi",
    r"à lire aussi",
    r"a lire aussi",
    r"voir aussi",
    r"à voir aussi",
    r"read more",
    r"read also",
    r"see also",
    r"also read",
    r"related",
    r"more on this",
    r"watch",
    r"lesen sie auch",
    r"lesen sie mehr",
    r"mehr zum thema",
    r"auch interessant",
    r"leer más",
    r"lea también",
    r"lee también",
    r"ver también",
    r"te puede interesar",
    r"leggi anche",
    r"leia também",
    r"leia mais",
    r"veja também",
    r"lees ook",
    r"lees meer",
    r"читайте также",
    r"相关阅读",
    r"延伸阅读",
    r"推荐阅读",
    r"责任编辑",
    r"責任編輯",
    r"编辑",
    r"関連記事",
)
"""Openers of a line that points elsewhere (``Lire aussi : …``, ``Read more: …``); followed by
``:`` or a dash. The whole line is page furniture."""

NAV_WORDS: frozenset[str] = frozenset(
    {
        "share",
        "tweet",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "linkedin",
        "email",
        "e-mail",
        "print",
        "copy",
        "link",
        "pinterest",
        "reddit",
        "telegram",
        "messenger",
        "partager",
        "imprimer",
        "teilen",
        "drucken",
        "compartir",
        "condividi",
        "partilhar",
        "delen",
        "mail",
        "flipboard",
        "threads",
        "bluesky",
        "weibo",
        "wechat",
        "微博",
        "微信",
    }
)
"""Words of a sharing bar glued into one line (``Share Facebook Twitter Email``)."""

# --------------------------------------------------------------------------- bylines

BYLINE_OPENERS: tuple[str, ...] = (
    r"by",
    r"written by",
    r"reported by",
    r"words by",
    r"par",
    r"texte\s*:",
    r"von",
    r"text\s*:",
    r"por",
    r"di",
    r"a cura di",
    r"door",
    r"av",
    r"af",
    r"от",
    r"автор\s*:",
    r"autor\s*:",
    r"autora\s*:",
    r"auteur\s*:",
    r"author\s*:",
)
"""Words that open a byline standing on its own line (``By …``, ``Par … et …``, ``Von …``,
``Por …``), matched case-insensitively and followed by a space."""

BY_WORDS: Mapping[str, str] = {
    "en": "By",
    "fr": "Par",
    "de": "Von",
    "es": "Por",
    "it": "Di",
    "pt": "Por",
    "nl": "Door",
    "sv": "Av",
    "da": "Af",
    "nb": "Av",
    "ru": "Автор:",
}
"""The opener :func:`~newsmodel.to_text` writes when an article has authors but no byline."""

CONJUNCTION_WORDS: Mapping[str, str] = {
    "en": "and",
    "fr": "et",
    "de": "und",
    "es": "y",
    "it": "e",
    "pt": "e",
    "nl": "en",
    "sv": "och",
    "da": "og",
    "nb": "og",
    "ru": "и",
}
"""The word written between the last two authors of a generated byline."""

CJK_CREDITS: tuple[str, ...] = (
    "文",
    "文字",
    "记者",
    "記者",
    "作者",
    "撰文",
    "撰稿",
    "编译",
    "編譯",
    "采写",
    "文・",
    "기자",
)
"""Credits of Chinese, Japanese and Korean bylines (``文/观察者网 齐倩``, ``记者 张伟``)."""

CJK_OUTLET_SUFFIXES: tuple[str, ...] = (
    "网",
    "網",
    "报",
    "報",
    "社",
    "台",
    "新闻",
    "新聞",
    "日报",
    "时报",
    "周刊",
    "杂志",
    "新聞社",
    "通信",
)
"""Endings of an outlet's name in a CJK byline: ``观察者网 齐倩`` is outlet then person."""

# --------------------------------------------------------------------------- dates and sources

PUBLISHED_LABELS: tuple[str, ...] = (
    r"published(?:\s+on)?",
    r"posted(?:\s+on)?",
    r"first published(?:\s+on)?",
    r"publié(?:e)?(?:\s+le)?",
    r"veröffentlicht(?:\s+am)?",
    r"erschienen(?:\s+am)?",
    r"publicado(?:\s+el|\s+em)?",
    r"pubblicato(?:\s+il)?",
    r"gepubliceerd(?:\s+op)?",
    r"опубликовано",
    r"发布时间",
    r"發佈時間",
    r"发表时间",
    r"时间",
    r"公開日",
    r"掲載日",
)
"""Labels before a publication date (``Publié le 24 juillet 2024``)."""

UPDATED_LABELS: tuple[str, ...] = (
    r"updated(?:\s+on)?",
    r"last updated(?:\s+on)?",
    r"modified(?:\s+on)?",
    r"mis à jour(?:\s+le)?",
    r"mise à jour(?:\s+le)?",
    r"actualisé(?:e)?(?:\s+le)?",
    r"modifié(?:e)?(?:\s+le)?",
    r"aktualisiert(?:\s+am)?",
    r"zuletzt aktualisiert(?:\s+am)?",
    r"stand",
    r"actualizado(?:\s+el)?",
    r"aggiornato(?:\s+il)?",
    r"atualizado(?:\s+em)?",
    r"bijgewerkt(?:\s+op)?",
    r"обновлено",
    r"更新时间",
    r"更新時間",
    r"更新日",
)
"""Labels before the date of the last update (``Mis à jour le …``, ``Updated: …``)."""

SOURCE_LABELS: Mapping[str, str] = {
    "en": "Source",
    "fr": "Source",
    "de": "Quelle",
    "es": "Fuente",
    "it": "Fonte",
    "pt": "Fonte",
    "nl": "Bron",
    "ru": "Источник",
    "zh": "来源",
    "ja": "出典",
}
"""Labels of a line naming the outlet or agency the article comes from (``来源：观察者网``);
:func:`~newsmodel.to_text` writes the one of the article's language."""

_SOURCE_LABEL_EXTRA: tuple[str, ...] = ("source", "來源", "出处", "quelle", "fuente")

PUBLISHER_LABELS: tuple[str, ...] = ("Publisher", "Verlag", "Uitgever")
"""Labels of a line naming the publisher itself (``Publisher: Associated Press``): unlike a
``Source:`` line, it names the publisher even when that is a news agency, so that
:func:`~newsmodel.to_text` can write an agency's own article (AP publishing on its site)."""

TEXT_ESCAPE = "\\"
"""A line that starts with a backslash is plain text (``\\* not a list item``, ``\\Share``):
the backslash is dropped and the rest is a title, subtitle, section or paragraph as printed.
:func:`~newsmodel.to_text` writes it before a line that would otherwise read as something else."""

# --------------------------------------------------------------------------- rights

RIGHTS_PHRASES: tuple[str, ...] = (
    r"all rights reserved",
    r"tous droits réservés",
    r"tous droits de reproduction",
    r"alle rechte vorbehalten",
    r"todos los derechos reservados",
    r"tutti i diritti riservati",
    r"riproduzione riservata",
    r"todos os direitos reservados",
    r"alle rechten voorbehouden",
    r"все права защищены",
    r"版权所有",
    r"版權所有",
    r"不得转载",
    r"不得轉載",
    r"禁止转载",
    r"無断転載",
    r"manuscrit exclusif",
    r"独家稿件",
    r"ne peut être reproduit",
    r"ne peut pas être reproduit",
    r"reproduction interdite",
    r"may not be (?:re)?produced",
    r"may not be (?:re)?published",
    r"may not be republished",
    r"darf nicht (?:ohne|weiterverbreitet|vervielfältigt)",
    r"prohibida su reproducción",
    r"queda prohibida",
    r"vietata la riproduzione",
    r"é proibida a reprodução",
)
"""Phrases that make a closing line a rights notice."""

USAGE_TERMS: tuple[str, ...] = (
    r"ne peut (?:pas )?être (?:reproduit|republié|diffusé)[^.。]*",
    r"may not be (?:re)?(?:produced|published|distributed|broadcast)[^.]*",
    r"darf nicht [^.]*",
    r"no puede ser reproducid[^.]*",
    r"non può essere riprodott[^.]*",
    r"não pode ser reproduzid[^.]*",
    r"未经(?:授权|许可)[，,]?\s*不得转载",
    r"未經(?:授權|許可)[，,]?\s*不得轉載",
    r"all rights reserved",
    r"tous droits réservés",
    r"alle rechte vorbehalten",
    r"todos los derechos reservados",
    r"tutti i diritti riservati",
    r"riproduzione riservata",
    r"todos os direitos reservados",
    r"alle rechten voorbehouden",
    r"все права защищены",
    r"版权所有",
    r"版權所有",
)
"""The usage clause of a rights notice, as printed (``ne peut être reproduit sans
autorisation``, ``All rights reserved``)."""

_HOLDER_PATTERNS: tuple[str, ...] = (
    # Cet article est un manuscrit exclusif d'Observer.com et ne peut être reproduit …
    r"exclusi(?:f|ve|vo|v)\s+(?:d['’]|de\s+la\s+|du\s+|de\s+|des\s+|of\s+|von\s+|del\s+|di\s+)"
    r"(?P<holder>[^\S\n]|.+?(?<!\s))(?=\s+(?:et|and|und|y|e)\s|\s*[,;]|\s*\.?$)",
    # 本文系观察者网独家稿件，未经授权，不得转载。
    # Only a line's first 本文系 is tried (the atomic group): when no closing phrase follows
    # it, none follows a later one, and retrying each of them was quadratic.
    r"(?m)^(?>.*?本文系)(?P<holder>.+?)(?:独家|獨家)稿件",
    # © 2024 Observer.com. All rights reserved. / Copyright (c) 2020-2024 Example Media
    r"^(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\))\s*)?(?:(?P<year_from>\d{4})\s*[-–]\s*)?"
    r"(?:(?P<year>\d{4})(?:\s*,)?\s*)?"
    r"(?:by\s+)?(?P<holder2>[^\s,;|.][^,;|]*?)(?<!\s)(?:(?:\s*,\s+|\s+)(?P<year2>\d{4}))?"
    r"(?:\s*(?:[.,;|](?=\s|$)|$)|\s+(?:all rights|tous droits"
    r"|alle rechte|todos los|tutti i|todos os|alle rechten))",
)
"""Who holds the rights, in a rights line. A holder never ends inside a run of spaces (the
run's first space ends it; a holder of spaces, which is no holder, is one space), and no two
space patterns meet: a holder followed by a long run of spaces before no year or clause was
retried at each space with each split of the run (cubic)."""

# --------------------------------------------------------------------------- glued words

BRANDS: frozenset[str] = frozenset(
    {
        "iPhone",
        "iPad",
        "iPod",
        "iMac",
        "iOS",
        "iPadOS",
        "iCloud",
        "iTunes",
        "macOS",
        "watchOS",
        "tvOS",
        "visionOS",
        "eBay",
        "eToro",
        "OpenAI",
        "ChatGPT",
        "GPTs",
        "YouTube",
        "LinkedIn",
        "PayPal",
        "WhatsApp",
        "TikTok",
        "WeChat",
        "WeChatPay",
        "AliExpress",
        "AliPay",
        "Alipay",
        "ByteDance",
        "SoftBank",
        "DeepMind",
        "DeepSeek",
        "GitHub",
        "GitLab",
        "JavaScript",
        "TypeScript",
        "PowerPoint",
        "PlayStation",
        "SpaceX",
        "BlackRock",
        "FedEx",
        "HarperCollins",
        "MasterCard",
        "McKinsey",
        "MacBook",
        "HarmonyOS",
        "HuggingFace",
        "StarLink",
        "OnlyFans",
        "CoinDesk",
        "BioNTech",
        "AstraZeneca",
        "GlaxoSmithKline",
        "ExxonMobil",
        "ConocoPhillips",
        "PepsiCo",
        "JPMorgan",
        "BlackBerry",
        "DreamWorks",
        "PricewaterhouseCoopers",
        "SoundCloud",
        "WordPress",
        "DoorDash",
        "InstaCart",
        "Instacart",
        "AirPods",
        "AirTag",
        "CrowdStrike",
        "NVidia",
        "xAI",
        "xAi",
        "MidJourney",
        "StabilityAI",
        "TotalEnergies",
        "ArcelorMittal",
        "BlaBlaCar",
        "LaLiga",
        "MediaTek",
        "TechCrunch",
        "BuzzFeed",
        "HuffPost",
        "NetEase",
        "PinDuoDuo",
        "KuaiShou",
        "XPeng",
        "NextEra",
        "CoreWeave",
        "AppleTV",
        "SharePoint",
        "OneDrive",
        "FaceTime",
        "GoPro",
        "XBox",
        "TuSimple",
        "WeWork",
        "ZoomInfo",
        "LastPass",
        "MySpace",
        "OpenStreetMap",
        "WikiLeaks",
        "SwissLeaks",
        "LuxLeaks",
        "LeBron",
        "DiCaprio",
        "DeSantis",
        "LaGuardia",
        "McDonald",
        "MacArthur",
        "McConnell",
        "McCarthy",
        "DeVos",
        "DuPont",
        "PhD",
        "GmbH",
        "mbH",  # German legal form (Gesellschaft mbH, "mit beschränkter Haftung")
        "CoV",
        "WiFi",
        "MHz",
        "GHz",
        "TWh",
        "GWh",
        "MWh",
        "TeX",
        "LaTeX",
        "NGOs",
        "CEOs",
        "IPOs",
        "APIs",
        "GPUs",
        "CPUs",
    }
)
"""Words spelled with an inner capital on purpose: never reported as glued."""

# --------------------------------------------------------------------------- quotation marks

QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("«", "»"),
    ("“", "”"),
    ("„", "“"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
    ("《", "》"),
)
"""Opening and closing quotation marks checked for balance (straight ``"`` is checked by
parity; straight and typographic apostrophes are never quotes)."""

# --------------------------------------------------------------------------- publishers

KNOWN_PUBLISHERS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (name, acronyms, other names the outlet goes by)
    ("Observer Network", (), ("Observer.com", "观察者网", "guancha.cn")),
    ("People's Daily", (), ("人民日报", "人民網", "人民网", "people.com.cn")),
    ("Global Times", (), ("环球时报", "環球時報", "globaltimes.cn")),
    ("China Daily", (), ("中国日报", "chinadaily.com.cn")),
    ("South China Morning Post", ("SCMP",), ("scmp.com",)),
    ("Le Monde", (), ("lemonde.fr",)),
    ("Le Figaro", (), ("lefigaro.fr",)),
    ("Libération", (), ("liberation.fr",)),
    ("Der Spiegel", (), ("Spiegel", "DER SPIEGEL", "spiegel.de")),
    ("Süddeutsche Zeitung", ("SZ",), ("sueddeutsche.de",)),
    ("Frankfurter Allgemeine Zeitung", ("FAZ",), ("faz.net",)),
    ("El País", (), ("elpais.com",)),
    ("El Mundo", (), ("elmundo.es",)),
    ("Corriere della Sera", (), ("corriere.it",)),
    ("la Repubblica", (), ("repubblica.it",)),
    ("Folha de S.Paulo", (), ("Folha", "folha.uol.com.br")),
    ("BBC News", ("BBC",), ("bbc.com", "bbc.co.uk")),
    ("The New York Times", ("NYT",), ("New York Times", "nytimes.com")),
    ("The Washington Post", (), ("Washington Post", "washingtonpost.com")),
    ("The Guardian", (), ("Guardian", "theguardian.com")),
    ("CNN", (), ("cnn.com",)),
    ("NOS", (), ("nos.nl",)),
    ("Nikkei", (), ("日本経済新聞", "日経", "nikkei.com")),
    ("The Asahi Shimbun", (), ("朝日新聞", "Asahi Shimbun", "asahi.com")),
)
"""Outlets and the other names they go by, so ``Observer.com`` and ``观察者网`` are known as one
publisher. The name the text prints is kept as the name; the others become aliases."""

# --------------------------------------------------------------------------- compiled

NAV_LINE_MAX = 160
GLUED_MAX_CHARS = 60
QUOTE_MARKS_SHOWN = 5
NAV_BAR_MAX = 80
BYLINE_MAX = 200
RIGHTS_MAX = 400
SECTION_MAX_CHARS = 40
SECTION_MAX_WORDS = 4
TITLE_MAX_CHARS = 300
SHORT_SENTENCE_MAX_CHARS = 200
SHORT_SENTENCE_MAX_WORDS = 20

NAV_PREFIX_RE = re.compile(rf"^(?:{_alt(NAV_PREFIXES)})\s*[:：\-–—>»|]", re.IGNORECASE)
NAV_TRAILING = " \t:：.!…»›>|-–—"
NAV_BAR_RE = re.compile(
    rf"[\s|·•/]*(?:{_literal_alt(NAV_WORDS)})(?:[\s|·•/]+(?:{_literal_alt(NAV_WORDS)}))+[\s|·•/]*"
)
"""A sharing bar: two or more :data:`NAV_WORDS` (lower case) between white space, bars, dots
or slashes, tested with one ``fullmatch`` that fails at the first word that is not one."""
BYLINE_OPENER_RE = re.compile(rf"^(?:{_alt(BYLINE_OPENERS)})\s+(?=\S)", re.IGNORECASE)
CJK_BYLINE_RE = re.compile(
    rf"^[\[【（(]?\s*(?P<credit>{_literal_alt(CJK_CREDITS)})\s*[/／:：|丨]?\s*"
    r"(?P<rest>[^\]】）)\n]{1,60}?)\s*[\]】）)]?$"
)
INLINE_BYLINE_RE = re.compile(
    r"^(?P<byline>[\[【](?:[^\[\]【】\n]{1,40}[/／:：|丨])?[^\[\]【】\n]{1,120}[\]】])"
    r"(?P<gap>[ \t\u00a0\u3000]*)(?=\S|$)"
)
BYLINE_CREDIT_RE = re.compile(r"[/／:：|丨]")
PUBLISHED_LABEL_RE = re.compile(
    rf"^(?:{_alt(PUBLISHED_LABELS)})\s*[:：]?\s*(?=\d|\w)", re.IGNORECASE
)
UPDATED_LABEL_RE = re.compile(rf"^(?:{_alt(UPDATED_LABELS)})\s*[:：]?\s*(?=\d|\w)", re.IGNORECASE)
SOURCE_LABEL_RE = re.compile(
    rf"^(?:{_literal_alt((*SOURCE_LABELS.values(), *_SOURCE_LABEL_EXTRA))})\s*[:：]\s*"
    r"(?P<name>\S.{0,80})$",
    re.IGNORECASE,
)
PUBLISHER_LABEL_RE = re.compile(
    rf"^(?:{_literal_alt(PUBLISHER_LABELS)})\s*[:：]\s*(?P<name>\S.{{0,80}})$", re.IGNORECASE
)
HEADER_SEGMENT_SPLIT_RE = re.compile(r"(?<!\s)\s+[|·•]\s+")
"""The look-behind starts a match only at the first space of a run: without it, a long run of
spaces before no separator is retried from each of its spaces (quadratic)."""
RIGHTS_START_RE = re.compile(r"^(?:©|\(c\)\s|copyright\b|\(c\)\d)", re.IGNORECASE)
RIGHTS_PHRASE_RE = re.compile(_alt(RIGHTS_PHRASES))
"""Searched in lower-cased text: the phrases are lower case, and an alternation without
``IGNORECASE`` is about six times faster to search (its first letters prefilter)."""
CJK_NAME_SPLIT_RE = re.compile(r"[\s、，,]+")
"""Between the names of a Chinese or Japanese byline."""
USAGE_TERMS_RE = re.compile(_alt(USAGE_TERMS), re.IGNORECASE)
HOLDER_RES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE) for pattern in _HOLDER_PATTERNS
)
YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
LIST_ITEM_RE = re.compile(r"^(?:[-•*·▪●]\s+|(?P<number>\d{1,3})[.)]\s+)(?P<item>\S.*)$")
HEADING_RE = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>\S.*)$")
FIGURE_RE = re.compile(r"^!\[(?P<caption>[^\]\n]*)\]\((?P<url>\S+)\)$")
BLOCKQUOTE_RE = re.compile(r"^>(?: (?P<text>.*))?$")
ATTRIBUTION_RE = re.compile(r"^[—–―-]{1,2}\s*\S")
SENTENCE_END_RE = re.compile(r"[.!?。！？…]['\"’”»)]*$")
DIGIT_RE = re.compile(r"\d")
# A lower-case letter followed by an upper-case one inside a word: a candidate glued word.
GLUED_RE = re.compile(
    r"(?<![\w@#/.:-])(?=[^\W\d_]*[a-zß-öø-ÿа-яёα-ω][A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω])[^\W\d_]+(?:['’][^\W\d_]+)?"
    r"(?![\w@/]|\.\w)"
)
GLUED_NOT_BEFORE = frozenset("@#/.:-_'’\\=&?")
"""A word right after one of these is a handle, hashtag, path or URL part, never glued text."""
GLUED_NOT_AFTER = frozenset("@/_\\=&?")
AMBIGUOUS_DATE_RE = re.compile(
    r"\b(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|1[0-2])[./-]\d{2,4}\b|\b(?:CST|IST)\b"
)
"""Dates that read differently by language: both of the first two numbers could be the month,
or an abbreviation names different zones in different places."""
LOWER_UPPER_PAIR_RE = re.compile(r"[a-zß-öø-ÿа-яёα-ω][A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]")
LOWER_UPPER_RE = re.compile(r"(?<=[a-zß-öø-ÿа-яёα-ω])(?=[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω])")
BRANDS_RE = re.compile(_literal_alt(BRANDS))
"""Any brand of :data:`BRANDS`, longest first."""
STRAIGHT_QUOTE = '"'
QUOTE_OPENERS: Mapping[str, str] = dict(QUOTE_PAIRS)
QUOTE_CLOSERS: Mapping[str, str] = {close: open_ for open_, close in QUOTE_PAIRS}
REVERSED_QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("»", "«"), ("›", "‹"))
"""German guillemets point inwards (``»ja«``): read so in a paragraph whose first guillemet is
``»`` or ``›``."""
REVERSED_QUOTE_OPENERS: Mapping[str, str] = {
    **{open_: close for open_, close in QUOTE_PAIRS if open_ not in "«‹"},
    **dict(REVERSED_QUOTE_PAIRS),
}
REVERSED_QUOTE_CLOSERS: Mapping[str, str] = {
    close: open_ for open_, close in REVERSED_QUOTE_OPENERS.items()
}
GUILLEMETS_RE = re.compile("[«»‹›]")
QUOTE_CHARS_RE = re.compile(
    "[" + re.escape("".join({c for pair in QUOTE_PAIRS for c in pair})) + '"]'
)
KNOWN_PUBLISHER_INDEX: Mapping[str, int] = {
    printed.casefold(): index
    for index, (name, acronyms, others) in enumerate(KNOWN_PUBLISHERS)
    for printed in (name, *acronyms, *others)
}
"""Every name, acronym and alias of :data:`KNOWN_PUBLISHERS`, case-folded, to its entry."""
