"""Heuristics of the main-text extractor, as data.

Tag sets, class/id token patterns, boilerplate phrases and scoring weights that
:mod:`newsmodel._html_body` reads. Everything here is a module-level constant compiled once;
nothing is per-site or per-page. Change a weight here and rerun ``benchmarks/extraction.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "ARTICLE_TAG_WEIGHT",
    "BARE_ADDRESS",
    "BEM_MODIFIER",
    "BLOCK_TAGS",
    "BODY_CLASS",
    "BODY_CLASS_WEIGHT",
    "BODY_KEYS",
    "BOILERPLATE_LINE",
    "BOILERPLATE_ROLES",
    "BOILERPLATE_TAGS",
    "BOX_KEYS",
    "BOX_WORDS",
    "CAMEL_CASE",
    "CAPTION_CLASS",
    "CAPTION_LABEL",
    "CAPTION_LINE",
    "CHECKED_TAGS",
    "CLASS_WEIGHT",
    "CLASS_WORD",
    "COMMENTS_HEADING",
    "COMMENT_WORDS",
    "CREDIT_CLASS",
    "CREDIT_LINE",
    "DROP_TAGS",
    "END_NOTE",
    "END_NOTE_HINT",
    "END_NOTE_HINTS",
    "EXPANDER_NAME",
    "FURNITURE_KEYS",
    "GRANDPARENT_SHARE",
    "HEADING_TAGS",
    "HTML_TAG",
    "IMAGE_SOURCES",
    "INLINE_SPAN_TAGS",
    "JSONLD_BODY_SHARE",
    "LAYOUT_MODIFIERS",
    "LEAD_HINT",
    "LEAD_KEYS",
    "LINKED_HEADING_SHARE",
    "LISTING_WORDS",
    "MAX_BODY_REPEATS",
    "MAX_BOILERPLATE_LINE",
    "MAX_CAPTION_LINE",
    "MAX_CAPTION_PARAGRAPHS",
    "MAX_CLASS_CHARS",
    "MAX_CREDIT_CHARS",
    "MAX_CREDIT_LINE",
    "MAX_END_NOTE",
    "MAX_LEAD_CHARS",
    "MAX_LEAD_DEPTH",
    "MAX_LINK_DENSITY",
    "MAX_META_LINE",
    "MAX_NAMED_GAIN",
    "MAX_RELATED_HEADING",
    "MAX_REMOVED_SHARE",
    "MAX_SENTENCE_LINKS",
    "META_LINE",
    "MIN_BODY_CHARS",
    "MIN_DUPLICATE_CHARS",
    "MIN_LEAD_CHARS",
    "MIN_LEAD_TEXT",
    "MIN_PARAGRAPH_CHARS",
    "MIN_PROTECTED_CHARS",
    "MIN_SENTENCE_WORDS",
    "MIN_SIBLING_SCORE",
    "MIN_TEXT_PARAGRAPHS",
    "MIN_TITLE_CHARS",
    "MIN_UNLINKED_CHARS",
    "NEGATIVE_CLASS",
    "NOTES_HEADING",
    "ODD_WHITESPACE",
    "OTHERS_WORDS",
    "PAYWALL_KEYS",
    "POSITIVE_CLASS",
    "PROTECTED_TAGS",
    "RELATED_HEADING",
    "SCORED_TAGS",
    "SENTENCE_ENDS",
    "SHORT_BLOCK_CHARS",
    "SHORT_LINK_DENSITY",
    "SIBLING_SHARE",
    "SLIDE_WORDS",
    "SPACE",
    "SPLIT_LIMIT",
    "STRONG_SHARE",
    "TAG_WEIGHTS",
    "TEXT_CONTAINER_TAGS",
    "VERDICT_WORDS",
    "WRAPPER_WORDS",
]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each escaped."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


# --------------------------------------------------------------------------- tags

DROP_TAGS = frozenset(
    {
        "head",  # with its title, meta, link and base: metadata is read before extraction
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "canvas",
        "iframe",
        "object",
        "embed",
        "audio",
        "video",
        "input",
        "button",
        "select",
        "textarea",
        "label",
        "dialog",
    }
)
"""Elements that never hold article text: removed with their content before anything else.
(Not ``source`` or ``track``: libxml2's HTML parser does not know they are empty, and makes
what follows them their content.)"""

BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "menu"})
"""Sectioning elements that hold navigation, sidebars and footers."""

CHECKED_TAGS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "aside",
        "nav",
        "footer",
        "header",
        "menu",
        "ul",
        "ol",
        "dl",
        "table",
        "form",
        "p",
        "figure",
        "blockquote",
        "details",
    }
)
"""Elements whose tag, class, id, role or visibility can mark them as furniture. Links, list
items, images and inline markup are judged by their container (walking all elements in Python
would double the cost of cleaning)."""

SLIDE_WORDS = frozenset({"gallery", "slide", "slides", "slideshow", "carousel"})
"""Class words of a gallery's slide: hidden until the reader pages to it, it is no hidden
furniture."""

PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})
"""Elements never removed for their class or id (sites put ``has-comments`` on ``<body>``)."""

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "ul",
        "html",
        "body",
    }
)
"""Elements that break the flow of text: what is between them becomes separate blocks."""

INLINE_SPAN_TAGS: dict[str, str] = {
    "q": "quote",
    "a": "link",
    "em": "emphasis",
    "i": "emphasis",
    "cite": "emphasis",
    "strong": "strong",
    "b": "strong",
}
"""Inline elements kept as ``Span`` markup on a block's text, by ``SpanKind`` value."""

BOILERPLATE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "complementary",
        "contentinfo",
        "menu",
        "menubar",
        "search",
        "dialog",
        "alertdialog",
        "tooltip",
    }
)
"""ARIA ``role`` values of page furniture."""

# --------------------------------------------------------------------------- class / id tokens

_BOILERPLATE_WORDS = (
    # comments and reader contributions
    "comment",
    "comments",
    "commentlist",
    "disqus",
    "respond",
    "reply",
    "replies",
    "discussion",
    # sharing and social widgets
    "share",
    "sharing",
    "sharebar",
    "social",
    "socials",
    "sociallinks",
    "addthis",
    "sharethis",
    "follow",
    # related, recommended, more
    "related",
    "recommended",
    "recommendation",
    "recommendations",
    "outbrain",
    "taboola",
    "popular",
    "most-read",
    "mostread",
    "trending",
    "read-more",
    "readmore",
    "more-stories",
    "more-articles",
    "next-article",
    "also-read",
    "see-also",
    # banners, subscriptions, paywalls, consent
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "news-letter",
    "signup",
    "sign-up",
    "subscribe",
    "subscription",
    "piano",
    "banner",
    "popup",
    "modal",
    "overlay",
    "promo",
    "promotion",
    "sponsor",
    "sponsored",
    # ads
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "adslot",
    "ad-slot",
    "ad-container",
    "ad-wrapper",
    "dfp",
    "gpt",
    # navigation and furniture
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "footer",
    "masthead",
    "skip",
    "skiplink",
    "pagination",
    "pager",
    "toolbar",
    "visually-hidden",
    "sr-only",
    "screen-reader",
    "byline",
    "author-bio",
    "author",  # an author's box or card (the byline is read before extraction)
    "authorbox",
    "saboxplugin",  # the Simple Author Box plugin's author card (WordPress)
    "credits",  # a credits box (photos, interview, production) after the text
    "ratings",
    "shariff",  # a share widget common on German sites
    "toc",  # a table of contents (ez-toc)
    "embedded-content",  # WordPress's card of another post
    "tags",
    "tag-list",
    "keywords",
    "rating",
    "likes",
    "login",
)
"""Class and id words (or pairs of words) of page furniture: an element named so is removed
before scoring, unless the word follows a layout flag (``LAYOUT_MODIFIERS``) or the element
holds the body. Read as words, so ``ad`` does not match ``header`` or ``load``."""

LAYOUT_MODIFIERS = frozenset(
    {
        "has",
        "with",
        "w",
        "no",
        "without",
        "show",
        "hide",
        "is",
        "and",
        "enable",
        "disable",
        "below",
        "above",
        "category",
        "non",
    }
)
"""Words that turn a furniture word into a layout flag (``has-sidebar``,
``content-with-sidebar``, ``no-comments``, ``below-banner``) or a taxonomy term (WordPress's
``category-social-issues`` on a post): the element is not furniture for that word."""

_BODY_WORDS = (
    "articlebody",
    "article-body",
    "article__body",
    "article-content",
    "article__content",
    "articlecontent",
    "article-text",
    "story-body",
    "storybody",
    "story-content",
    "story-text",
    "entry-content",
    "post-content",
    "post-body",
    "postbody",
    "post-entry",
    "body-text",
    "bodytext",
    "main-text",
    "content-body",
    "rich-text",
    "richtext",
    "text-content",
)

BODY_CLASS = re.compile(_alt(_BODY_WORDS))
"""A class or id naming the article body: protects the element from removal and gives it a
bonus when scoring."""

MAX_CLASS_CHARS = 1000
"""Class and id strings are read up to this many characters."""

CAMEL_CASE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
"""Before a capital after a small letter or digit: where a camelCase class name starts a word
(``relatedPost``, ``shareButtons``), which ``CLASS_WORD`` then reads apart."""

BEM_MODIFIER = re.compile(r"--(?:ads?|adv|advert|advertising|advertisement)(?![a-z0-9])")
"""A BEM modifier saying that an element holds ad slots (``TestReport__Section--Ads``): the
element is content with ads between its paragraphs, not an ad slot (the slots have names of
their own). Other modifiers keep their say (``widget-area--article-footer`` is a footer)."""

CLASS_WORD = re.compile(r"[a-z0-9]+")
"""A word of a lowercased class or id (``article__body--wide`` has three)."""


def _word_keys(entries: Iterable[str]) -> frozenset[str]:
    """Entries as their words joined by ``-`` (``article__body`` → ``article-body``)."""
    return frozenset("-".join(CLASS_WORD.findall(entry)) for entry in entries)


BODY_KEYS = _word_keys(_BODY_WORDS)
"""``_BODY_WORDS`` as one word or two words joined by ``-``, for matching class words."""
FURNITURE_KEYS = _word_keys(_BOILERPLATE_WORDS)
"""``_BOILERPLATE_WORDS`` as one word or two words joined by ``-``."""
VERDICT_WORDS = frozenset(word for key in BODY_KEYS | FURNITURE_KEYS for word in key.split("-"))
"""Every word of those keys: a class name with none of them needs no closer look."""

LEAD_KEYS = _word_keys(
    (
        "lead",
        "intro",
        "introduction",
        "chapo",
        "standfirst",
        "excerpt",
        "summary",
        "abstract",
        "deck",
        "subtitle",
        "subheadline",
        "sub-headline",
        "perex",
        "vorspann",
        "epigraph",
        "teaser-text",
        "teaser-intro",
        "einleitung",  # German: introduction
        "bajada",  # Spanish-language press: the standfirst under the headline
        "entradilla",  # Spanish: standfirst
        "sommario",  # Italian: standfirst
        "description",
    )
)
"""Class and id words (or pairs of words) of an article's lead (standfirst, chapo, intro),
which pages often set above the body's container, in the article's header."""
LEAD_HINT = re.compile(_alt(max(key.split("-"), key=len) for key in LEAD_KEYS))
"""The longest word of each of ``LEAD_KEYS``: a lowercased class/id string that holds none of
them names no lead, which one search tells faster than reading its words."""

_BOX_WORDS = (
    "teaser",  # another article's card set in the text (``inline-teaser``, ``teaser-breaker``)
    "teasers",
    "infobox",
    "info-box",
    "factbox",
    "kasten",  # German "box" (``Infokasten``)
    "callout",
    "cta",  # a call to action
    "disclaimer",
    "disclosure",
    "affiliate",
    "paywall",
    "contactbox",
    "contact-box",
    "cta3",  # WPBakery's call-to-action element (``vc_cta3``), a WordPress convention
)
BOX_KEYS = _word_keys(_BOX_WORDS)
"""Class and id words (or pairs of words) of a box that pages set inside the article's text:
another article's teaser, an info, fact or contact box, a call to action, a disclaimer, a
paywall prompt. Removed from the chosen container only."""
BOX_WORDS = frozenset(word for key in BOX_KEYS for word in key.split("-"))
"""Every word of ``BOX_KEYS``."""
PAYWALL_KEYS = _word_keys(("paywall",))
"""``BOX_KEYS`` that also name the locked part of the text, which a box named so holding a
paragraph of running text is."""

POSITIVE_CLASS = re.compile(
    r"article|body|content|entry|hentry|main|page|post|text|blog|story|paragraph|prose"
)
"""Class or id substrings that hint at content (readability's positive list)."""

NEGATIVE_CLASS = re.compile(
    r"comment|combx|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|shoutbox|"
    r"sidebar|sponsor|shopping|tags|tool|widget|share|social|nav|menu|header|byline|author|"
    r"newsletter|subscribe|recirc|more"
)
"""Class or id substrings that hint at furniture (readability's negative list, extended)."""

CAPTION_CLASS = re.compile(r"caption|figcaption|legend")
MAX_CAPTION_PARAGRAPHS = 2
"""An element with a caption class and more paragraphs than this is a section, not a caption."""
IMAGE_SOURCES = ("src", "data-src", "data-lazy-src", "data-original", "data-url")
"""Attributes of ``<img>`` that hold its URL, lazy-loading ones included (``data:`` skipped)."""
"""Class names of an image's caption."""

CREDIT_CLASS = re.compile(r"credit|copyright|photographer|source|author|byline|rights")
"""Class names of an image's credit line."""

# --------------------------------------------------------------------------- text

BOILERPLATE_LINE = re.compile(
    r"^(?:(?:advertisement|advertising|advert|anzeige|publicité|publicidad|pubblicità|reklama|"
    r"iklan):?|topics|text size|(?:\d+ ?[-–] ?)?\d+ of \d+|"
    r"print(?: this)?(?: article| page| story| recipe)?|(?:artikel |rezept |seite )?drucken|drukuj|"
    r"imprimir|imprimer|"
    r"(?:tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|reading time):? "
    r"(?:\d+|less than \d+|menos de \d+) ?(?:min(?:ute|uto|uten|uta)?s?\.?)|"
    r"sponsored(?: content)?|story continues below(?: advertisement)?|continue reading.*|"
    r"read more.*|read also.*|weiterlesen\b.*|mehr lesen|lire la suite.*|continua a leggere.*|"
    r"читать далее.*|related(?: articles?| stories| coverage)?:?.*|see also.*|"
    r"lire aussi.*|à lire aussi.*|lesen sie auch.*|mehr zum thema.*|leer más.*|lea también.*|"
    r"leggi anche.*|share(?: this(?: article| story)?)?(?: on \w+)?|comments?|"
    r"(?:leave a|post a|add a) comment.*|tell us what you think.*|don'?t miss|"
    r".*\b(?:sign up|subscribe)\b.*\bnewsletter\b.*|"
    r"click here to .*|follow us on .*|explore further|caption|close|"
    r"(?:photo|image|picture|foto|bild|credit|фото)s?(?: credit)?\s*:.{0,80}|"
    r"личный архив .{1,60}|"
    r"(?:photo|image|picture) (?:copyright|source|credit) .{0,60}|"
    r"this (?:slideshow|gallery|video|content) requires javascript.*|"
    r"\d+\s*min(?:ute)?s?\.? read|anzeige\b.{0,100}|werbung|"
    r"subscribe|subscribe (?:now|today)\b.*|(?:image|photo|slide) \d+ (?:of|/) \d+|"
    r"like this (?:story|article)\?.*|"
    r"follow .{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|tiktok)\b.*|"
    r"share your thoughts.*|photo(?:graph)?s? by .{0,60}|"
    r"beitragsbild.{0,60}|bildquelle:.{0,60}|"
    r"we use cookies.*|this (?:site|website) uses cookies.*|"
    r"this entry was posted\b.*)$",
    re.IGNORECASE,
)
"""Short lines (checked only under ``MAX_BOILERPLATE_LINE`` characters) that are furniture in
any article: ad labels, "read more", share prompts, newsletter and cookie notices, a blog
post's filing line ("This entry was posted in …", WordPress themes)."""

_PHOTO_AGENCIES = (
    "getty images",
    "afp",
    "reuters",
    "ap",
    "associated press",
    "bloomberg",
    "epa",
    "dpa",
    "efe",
    "pap",
    "ansa",
    "anp",
    "aap",
    "keystone",
    "imago",
    "picture alliance",
    "shutterstock",
    "istock",
    "xinhua",
)
"""News and photo agencies whose name makes a line a photo credit (``AFP / Jane Roe``)."""
_AGENCY = "(?:" + "|".join(re.escape(name) for name in _PHOTO_AGENCIES) + ")"
CAPTION_LINE = re.compile(
    r"(?:\((?:[\w.]+ )?(?:image|photo|picture|pic|foto|credit)s?\s*[:/][^()]{0,80}\)|"
    rf"\({_AGENCY}\s*/[^()]{{0,60}}\)|"
    r"\b(?:image|photo|picture)s? ?(?: credit)?: [^.]{0,60}|\bcredit: [^.]{0,60}|"
    r"(?:[.|]|\b(?:photos?|fotos?|bild(?:er)?))\s*©\s*[^©.|]{1,60})\s*$",
    re.IGNORECASE,
)
"""The credit that ends an image caption (``… (Image: GETTY)``, ``… (AP Photo/Gene Puskar)``,
``… (REUTERS/Jane Roe)``, ``… Credit: ESA``, ``Crédits photos : X``, ``… Schweiz. © AFP``,
``… | © Jane Roe``, ``… photos © Studio, 2018``): a paragraph that ends so is a caption, not
body text."""
CREDIT_LINE = re.compile(
    rf"\(?(?:[^/()|,]{{1,40}}(?: ?[/|,] ?| via )){{0,2}}{_AGENCY}(?: ?[/|] ?[^/()|]{{1,40}})?\)?|"
    r"©\s*[^©|/]{1,40}\s*[|/]\s*[^©|/]{1,40}",
    re.IGNORECASE,
)
"""A line that is only a photo or agency credit (``Getty Images``, ``AFP / Jane Roe``,
``Jane Roe/Getty Images``, ``jr/PAP``, ``Jane Roe | Bloomberg | Getty Images``, ``Jane Roe,
AP``, ``State Registry via AP``) or an owner's and photographer's credit (``© Bundesrat | Jane
Roe``): matched whole, on lines up to ``MAX_CREDIT_LINE``."""
MAX_CREDIT_LINE = 60
CAPTION_LABEL = re.compile(
    r"(?:abbildung|abb\.|figure|fig\.|grafik|titelbild|foto|photo|bild|image|illustration)"
    r"(?: ?\d+)? ?:",
    re.IGNORECASE,
)
"""The label that opens a figure's caption set as a paragraph (``Abbildung 4: …``,
``Figure 2: …``, ``Titelbild: …``): matched at the start of lines up to ``MAX_CAPTION_LINE``."""

MAX_CAPTION_LINE = 500
MAX_CREDIT_CHARS = 120
"""``CAPTION_LINE`` is looked for in the last this many characters only (a credit is short)."""
"""Only paragraphs up to this long are taken for captions by ``CAPTION_LINE``."""

RELATED_HEADING = re.compile(
    r"^(?:you (?:may|might) (?:also )?like|related(?: articles| stories| posts| content| news)?|"
    r"more (?:stories|news|articles)|recommended(?: for you)?|read (?:more|next)|"
    r"most (?:popular|read)|trending(?: now| news| stories)?|more on this (?:story|topic)|"
    r"also read|"
    r"latest news|top stories|você (?:pode|também pode) gostar|veja também|leia também|"
    r"leia mais|notícias relacionadas|mais lidas|te puede interesar|lee también|"
    r"noticias relacionadas|más noticias|lo más leído|à lire aussi|lire aussi|"
    r"sur le même sujet|articles liés|vous aimerez aussi|les plus lus|à voir aussi|"
    r"lesen sie auch|mehr zum thema|das könnte sie auch interessieren|weitere artikel|"
    r"ähnliche artikel|meistgelesen|auch interessant|leggi anche|potrebbe interessarti|"
    r"articoli correlati|читайте также|похожие статьи|по теме|ähnliche beiträge|"
    r"(?:das thema )?könnte (?:dich|sie) (?:auch )?interessieren|"
    r"das könnte (?:dich|sie) (?:auch )?interessieren|mehr themen|entdecken sie (?:jetzt|mehr)|"
    r"puedes ver|te recomendamos|también te puede interesar|similar (?:posts|articles)|"
    r"you might be interested in|more (?:from|in) [\w .'-]{1,30}|"
    r"more (?:[\w'’-]+ ){0,3}(?:stories|articles|news)|"
    r"weitere (?:themen|beiträge|artikel|tipps)\b.*|weiterführende (?:links?|artikel)|"
    r"zum weiterlesen|lust auf mehr\??|mehr (?:von|aus|auf) .{1,30}|"
    r"noch mehr (?:infos?|informationen|artikel|themen|tipps)\b.{0,20}|"
    r"empfohlene (?:beiträge|artikel)|schon gelesen\??|am meisten gelesen|"
    r"temas relacionados|notas relacionadas|más sobre .{1,30}|"
    r"(?:videos?|artículos?|notas?) recomendad[oa]s?|"
    r"(?:über den autor|über die autorin|about the author)|"
    r"(?:vorschau auf den )?nächsten? (?:artikel|beitrag)|(?:next|previous) (?:article|post|story)|"
    r"(?:[\w.-]+ )?주요\s?뉴스|관련\s?기사|많이 본 뉴스|самые популярные(?: [\w-]+){0,3}|"
    r"популярное|похожие (?:статьи|материалы))\s*[.…:!?]*$",
    re.IGNORECASE,
)
"""A heading that opens a list of other articles: what follows it is not this article's text."""

COMMENTS_HEADING = re.compile(
    r"^(?:(?:\d+|no|one) (?:comments?|responses?|replies|thoughts? on\b.{0,50})|"
    r"no responses? (?:so far|yet)|comments?(?: \(\d+\))?|leave a (?:reply|comment)|"
    r"(?:post|add|write) a comment|join the (?:discussion|conversation)|say your words|"
    r"kommentare?(?: \(\d+\)| insgesamt: \d+)?|kommentieren|kommentar (?:schreiben|verfassen)|"
    r"(?:schreibe|hinterlasse) (?:jetzt )?einen kommentar|"
    r"commentaires?|laisser un commentaire|comentarios?|deja (?:un|tu) comentario|"
    r"comentários?|deixe (?:um|seu) comentário|commenti|lascia un commento|"
    r"komentarze|отзывы|комментарии|добавить (?:отзыв|комментарий)|оставить комментарий)"
    r"\s*[.…:!?»]*$",
    re.IGNORECASE,
)
"""A heading that opens the comments under the article ("Leave a Reply", "3 Comments",
"Kommentar schreiben"): what follows it is the readers', not the article's."""

NOTES_HEADING = re.compile(
    r"^(?:weitere informationen(?: zu.{0,50})?|(?:presse)?kontakt|ansprechpartner(?:in)?|"
    r"(?:for )?more information|(?:media|press) contacts?|contacts?|"
    r"más información|contacto|plus d'informations|contact presse)\s*[.…:!?]*$",
    re.IGNORECASE,
)
"""A heading that opens the notes after the text (contacts, further information): what
follows it is not the article's text either."""

END_NOTE = re.compile(
    r"\b(?:sign up|signup|subscribe|register)\b(?:[^.!?]|\.(?=\S)){0,80}"
    r"\b(?:newsletters?|inbox|updates|edition)\b|"
    r"\bsubscribe (?:now|today|here)\b|\bclick (?:here )?to subscribe\b|"
    r"\bnewsletters? (?:abonnieren|bestellen)\b|\babonnieren sie\b|\bsuscr[ií]b(?:ir)?(?:se|te)\b|"
    r"\bsubskrypcj\w*|"
    r"\bfollow (?:us|him|her|them|@\w+)\b[^.!?]{0,80}\b(?:twitter|facebook|instagram|linkedin|"
    r"youtube|tiktok|threads|bluesky|mastodon)\b|\bfollow (?:us|him|her|them) @\w+|"
    r"\b(?:may|can) be reached at\b|^(?:have|got) a (?:news )?tip\b|"
    r"\bemail [\w .'’-]{1,40} at [\w.+-]+@|\bpuede(?:n)? escribirnos\b|"
    r"\bdownload (?:the|our)\b[^.!?]{0,60}\bapps?\b|"
    r"\bcanal de (?:youtube|telegram|whatsapp)\b|\b(?:youtube|telegram|whatsapp)[- ]kanal\b|"
    r"\bour (?:youtube|telegram|whatsapp) channel\b|"
    r"\bcontributed (?:to this report|reporting)\b|^\(?reporting by\b|"
    r"\bcomments? (?:are|is|will be) (?:moderated|reviewed)\b|\bmoderating (?:all )?comments\b|"
    r"\bcomentários\b.{0,120}\bmoderador\b|"
    r"^\[\w+\b[^\]]*\].*\[/\w+\]$|"
    r"\b(?:please|to (?:view|read|continue)[^.!?]{0,40}) subscribe\b|"
    r"\balready (?:a )?(?:subscriber|abonnent)|"
    r"(?:^|\|\s*)(?:tags|tagged(?: with)?|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|étiquettes|"
    r"etiquetas)\s*:|"
    r"^(?:filed (?:under|in)|posted in)\b|"
    r"^(?:last )?(?:updated|aktualisiert|zuletzt aktualisiert|mis à jour|actualizado|"
    r"atualizado)\b.{0,40}$|"
    r"^(?:source|sources|quelle|quellen|fuente|fuentes)\s*:.{1,60}$|"
    r"\bcreative commons\b|\bcc[- ]by\b|"
    r"^follow ap's (?:full )?coverage\b|^more ap [\w -]{1,30}:",  # the Associated Press's links
    re.IGNORECASE,
)
"""A note after the article's text (searched in paragraphs up to ``MAX_END_NOTE``, from the
last one back): a newsletter, app or channel prompt, a "follow us" or contact line ("Have a
tip? … may be reached at"), a copyright notice, a contributors' line ("… contributed to this
report"), a comment-moderation notice, a WordPress shortcode left unrendered
(``[button …]…[/button]``). Dropped from the end of the text only: within it, such words may
be the story's."""
MAX_END_NOTE = 400
END_NOTE_HINTS = (
    "subscri",
    "sign up",
    "signup",
    "register",
    "newsletter",
    "abonn",
    "suscr",
    "subskryp",
    "follow",
    "reached at",
    " tip",
    "email",
    "escribirnos",
    "download",
    "canal",
    "kanal",
    "channel",
    "contributed",
    "reporting by",
    "comment",
    "coment",
    "[/",
    "subscri",
    "abonnent",
    "tag",
    "schlagw",
    "stichw",
    "étiquettes",
    "etiquetas",
    "filed ",
    "posted in",
    "updated",
    "aktualisiert",
    "mis à jour",
    "actualizado",
    "atualizado",
    "source",
    "quelle",
    "fuente",
    "creative commons",
    "cc-by",
    "cc by",
    "ap's",
    "more ap ",
)
"""Lowercase strings of which an ``END_NOTE`` holds one: a paragraph with none is no note
(``END_NOTE_HINT``, one search for all of them, costs less than one search of the pattern)."""
END_NOTE_HINT = re.compile(_alt(END_NOTE_HINTS))

MAX_RELATED_HEADING = 60
"""Only blocks up to this long are read as a ``RELATED_HEADING``."""

MAX_BOILERPLATE_LINE = 120
"""Lines longer than this are never dropped by ``BOILERPLATE_LINE``."""

ODD_WHITESPACE = re.compile(r"[^\S ]\s*| \s+")
"""Whitespace other than one plain space: what folding must replace (a pattern that matched
every single space too would rewrite the whole text)."""
SPLIT_LIMIT = 4096
"""Text longer than this is folded with ``WHITESPACE`` rather than ``str.split`` (which is
faster on short text but builds a list of every word)."""
SPACE = re.compile(r"\s")

# --------------------------------------------------------------------------- scoring tags

SCORED_TAGS = frozenset({"p", "pre", "td", "blockquote"})
"""Elements whose whole text is a text block when scoring."""

TEXT_CONTAINER_TAGS = frozenset({"div", "section", "font", "center", "article", "main"})
"""Elements whose own text (outside their block children) is a text block when scoring."""

TAG_WEIGHTS: dict[str, float] = {
    "div": 5.0,
    "article": 5.0,
    "section": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "form": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "li": -3.0,
    "address": -3.0,
    "th": -5.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
    "h5": -5.0,
    "h6": -5.0,
}
"""The score a candidate starts with for its tag (readability's weights)."""

# --------------------------------------------------------------------------- scoring weights

MIN_PARAGRAPH_CHARS = 25
"""A text block shorter than this gives its ancestors no score."""
CLASS_WEIGHT = 25.0
"""Added (positive class) or subtracted (negative class) once per element when scoring."""
BODY_CLASS_WEIGHT = 40.0
"""Added to an element whose class or id names the article body."""
ARTICLE_TAG_WEIGHT = 20.0
"""Added to ``<article>`` and ``<main>`` elements."""
GRANDPARENT_SHARE = 0.5
"""Share of a paragraph's score passed to its grandparent (the parent gets all of it)."""
STRONG_SHARE = 0.75
"""Runners-up scoring at least this share of the winner's score are strong: when two of them
share an ancestor with the winner, that ancestor is chosen instead."""
SIBLING_SHARE = 0.2
"""A sibling of the winner is merged when its score is at least this share of the winner's."""
MIN_SIBLING_SCORE = 10.0
"""A sibling of the winner must score at least this much (and ``SIBLING_SHARE``) to join it."""
MAX_LINK_DENSITY = 0.5
"""A block whose linked text is more than this share of its text is navigation."""
SHORT_LINK_DENSITY = 0.25
"""Link share above which a short block (under ``SHORT_BLOCK_CHARS``) is navigation."""
SHORT_BLOCK_CHARS = 80
"""What counts as a short block for ``SHORT_LINK_DENSITY``."""
MIN_UNLINKED_CHARS = 40
MAX_SENTENCE_LINKS = 2
"""A paragraph with this much text outside its links, at most this many links, that ends as a
sentence does is text, however much of it is linked."""
JSONLD_BODY_SHARE = 0.5
"""When the markup yields less paragraph text than this share of the JSON-LD ``articleBody``,
the JSON-LD text is the body (pages that render their text with scripts)."""
HTML_TAG = re.compile(r"<(?:p|br|div|h[1-6]|ul|ol|blockquote)\b", re.IGNORECASE)
"""Markup inside a JSON-LD ``articleBody`` string."""
META_LINE = re.compile(
    r"\b\d{1,2}:\d\d\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|^(?:by|par|von|por|di|door|av|af)\s|"
    r"\b(?:published|updated|posted|modified|publicado|atualizado|publié|mis à jour|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|опубликовано|обновлено)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b|"
    r"\b\d{1,2}\.? (?:de )?(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|january|february|march|june|july|october|"
    r"december)\.? (?:de )?\d{4}\b|\bstand:",
    re.IGNORECASE,
)
"""A byline or dateline: a year, a time, ``By …``, ``Updated …``; dropped when short and above
the first substantial paragraph."""
SENTENCE_ENDS = (".", "!", "?", "…", '."', ".”", ".“", ".»", ".«")
MIN_SENTENCE_WORDS = 10
"""A line of this many words that ends as a sentence does (``SENTENCE_ENDS``) is text, even
when it gives a date or a time: bylines and datelines are not sentences."""
MAX_META_LINE = 160
"""Only lines up to this long can be taken for a byline or dateline."""
MIN_LEAD_CHARS = 150
"""The first paragraph this long starts the text: no byline or headline is looked for after it."""
MIN_TITLE_CHARS = 20
"""A heading that starts the title (``Headline`` of ``Headline | Site``) must be this long."""
BARE_ADDRESS = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*)$"
)
"""A paragraph that is only an e-mail address or a URL (a contact line, a pasted link)."""
MIN_DUPLICATE_CHARS = 20
"""A block of at least this many characters whose text was already emitted is dropped."""
LINKED_HEADING_SHARE = 0.9
"""A heading whose text is at least this share linked is a teaser title, not a section head."""
MIN_PROTECTED_CHARS = 200
"""Furniture with less text than this is removed without comparing it to the page's text."""
MAX_REMOVED_SHARE = 0.5
"""An element marked as furniture by its class or id that holds more than this share of the
page's text is kept (``content-with-sidebar``, ``has-comments``): the scorer decides."""
MIN_TEXT_PARAGRAPHS = 3
"""An element named as furniture (not comments) that holds this many paragraphs of running
text (``MIN_LEAD_CHARS`` long, few links) is a wrapper of the body, not furniture."""
WRAPPER_WORDS = frozenset(
    {"share", "sharing", "social", "sidebar", "banner", "nav", "navigation", "more", "ad"}
)
"""Furniture words that pages also put on a wrapper of the body, for what sits beside it or
inside it (``sharingContainer``, ``entry share``, ``read-more``, ``one-sidebar``,
``PageWideBannerPlaceHolder``): an element named so that holds ``MIN_TEXT_PARAGRAPHS`` is
kept."""
EXPANDER_NAME = re.compile(r"read[-_]?more")
"""A class or id of a "read more" expander (``js_readmore``): furniture when it is a link to
another article, the folded text itself when it holds running text."""
LISTING_WORDS = frozenset(
    {
        "comment",
        "comments",
        "related",
        "recommended",
        "teaser",
        "teasers",
        "popular",
        "modal",
        "popup",
        "overlay",
        "stories",
        "articles",
        "posts",
    }
)
"""Words of furniture that holds paragraphs of its own (comments, related-article teasers,
dialogs): an element named so is never kept as a wrapper of the body."""
COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "disqus"})
"""Words of a comment section, removed however much of the page's text it holds."""
OTHERS_WORDS = frozenset(
    {"comment", "comments", "related", "recommended", "teaser", "teasers", "popular"}
)
"""Words of furniture that holds other articles or comments: an ``articleBody`` inside it is a
teaser's or a comment's, not the page's."""
MIN_BODY_CHARS = 200
MAX_BODY_REPEATS = 3
"""More elements than this with the same body class (or more ``<article>``s than this) are a
list of teasers: they get no body bonus."""
MAX_NAMED_GAIN = 10.0
"""Score an element with a body class gets for its own text (one point per 100 characters,
up to this), so that it is a candidate even when its text is not in paragraphs."""
"""An ``articleBody`` / body-class container with less text than this is not trusted alone."""
MAX_LEAD_DEPTH = 4
"""A lead is looked for this many levels above the body's container, before it."""
MIN_LEAD_TEXT = MIN_LEAD_CHARS
MAX_LEAD_CHARS = 1500
"""A lead is between these many characters long (a longer one is an article of its own)."""
