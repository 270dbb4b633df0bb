"""Article metadata from a page: every source harvested once, the best value chosen by table.

Each *collector* reads one kind of source into ``{field: value}``: JSON-LD, OpenGraph and
``article:*`` properties, Twitter cards, Dublin Core, plain ``<meta>`` names, microdata and the
DOM itself (``<html lang>``, ``<link rel=canonical>``, ``<link rel=alternate hreflang>``,
``<h1>``, ``<time datetime>``, byline elements, visible dates, copyright lines). Then
:data:`PRECEDENCE` says, per field, which source wins: the first one that gives a value. The
harvest runs before body extraction, which may modify the tree.
"""

from __future__ import annotations

import contextlib
import enum
import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import islice
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement
from pydantic import TypeAdapter, ValidationError

from newsmodel._bylines import (
    COLLECTIVE_WORDS,
    DATE_WORDS,
    JOB_TITLE_WORDS,
    LABEL_WORDS,
    Byline,
    is_collective,
    parse_byline,
    people_from_schema,
    person_in_notice,
)
from newsmodel._dateline import printed_dateline
from newsmodel._entities import GIVEN_NAMES_FEMININE, GIVEN_NAMES_MASCULINE
from newsmodel._jsonio import map_strings
from newsmodel._lang import (
    NM_LANGUAGE_NAMED,
    label_language,
    language_from_name,
    replace_withdrawn,
    same_language,
)
from newsmodel._rules_validate import ABSOLUTE_URL
from newsmodel.errors import Diagnostic, Severity
from newsmodel.formats.jsonld import (
    KEYWORD_SPLIT,
    article_fields,
    find_article_node,
    find_page_node,
    load_json_lenient,
)
from newsmodel.models import (
    Dateline,
    Image,
    LanguageVariant,
    Organization,
    OrganizationKind,
    Person,
    Rights,
    VariantRelation,
)
from newsmodel.types import NewsDate, canonical_language_tag

__all__ = ["PRECEDENCE", "MetaSource", "Metadata", "harvest_metadata", "strip_site_name"]


class MetaSource(str, enum.Enum):
    """Where a metadata value was found."""

    JSONLD = "json-ld"
    OPENGRAPH = "opengraph"
    TWITTER = "twitter"
    DUBLIN_CORE = "dublin-core"
    META = "meta"
    MICRODATA = "microdata"
    DOM = "dom"
    WEAK_META = "weak-meta"
    """Generic ``<meta>`` names that often hold the time the page was generated (``date``)."""
    URL = "url"
    """A date in the page's URL path (``/2022/05/03/``)."""
    PAGE_TEXT = "page-text"
    """The first date printed anywhere in the page's text: the last resort."""


S = MetaSource

# --------------------------------------------------------------------------- precedence

PRECEDENCE: Mapping[str, tuple[MetaSource, ...]] = {
    "title": (S.JSONLD, S.OPENGRAPH, S.TWITTER, S.DUBLIN_CORE, S.META, S.MICRODATA, S.DOM),
    "subtitle": (S.JSONLD, S.OPENGRAPH, S.TWITTER, S.DUBLIN_CORE, S.META, S.MICRODATA),
    "section": (S.JSONLD, S.OPENGRAPH, S.META, S.MICRODATA),
    "dateline": (S.JSONLD, S.DOM),
    "keywords": (S.JSONLD, S.OPENGRAPH, S.META, S.DUBLIN_CORE, S.MICRODATA),
    "language": (S.DOM, S.JSONLD, S.DUBLIN_CORE, S.META, S.OPENGRAPH, S.MICRODATA),
    "published": (
        S.JSONLD,
        S.OPENGRAPH,
        S.MICRODATA,
        S.DUBLIN_CORE,
        S.META,
        S.URL,
        S.DOM,
        S.WEAK_META,
        S.PAGE_TEXT,
    ),
    "updated": (S.JSONLD, S.OPENGRAPH, S.MICRODATA, S.DUBLIN_CORE, S.META, S.DOM, S.WEAK_META),
    "byline": (S.DOM, S.META),
    "authors": (S.JSONLD, S.MICRODATA, S.META, S.DUBLIN_CORE, S.DOM),
    "publisher": (S.JSONLD, S.OPENGRAPH, S.MICRODATA, S.DUBLIN_CORE, S.META),
    "canonical_url": (S.DOM, S.OPENGRAPH, S.JSONLD),
    "url": (S.JSONLD, S.OPENGRAPH),
    "images": (S.JSONLD, S.OPENGRAPH, S.TWITTER, S.MICRODATA),
    "variants": (S.DOM, S.JSONLD),
    "sources": (S.JSONLD,),
    "rights": (S.JSONLD, S.DUBLIN_CORE, S.META, S.DOM),
}
"""For each article field, its sources best first; the first that gives a value wins.
``authors`` also decides ``agencies`` (agencies of every source are added). ``rights`` merges
field by field in this order."""

# --------------------------------------------------------------------------- meta tables

META_FIELDS: Mapping[str, tuple[MetaSource, str]] = {
    # OpenGraph and article:* properties
    "og:title": (S.OPENGRAPH, "title"),
    "og:description": (S.OPENGRAPH, "subtitle"),
    "og:url": (S.OPENGRAPH, "canonical_url"),
    "og:site_name": (S.OPENGRAPH, "site_name"),
    "og:locale": (S.OPENGRAPH, "language"),
    "og:image": (S.OPENGRAPH, "image"),
    "og:image:url": (S.OPENGRAPH, "image"),
    "og:image:secure_url": (S.OPENGRAPH, "image_secure"),
    "og:image:alt": (S.OPENGRAPH, "image_alt"),
    "og:image:width": (S.OPENGRAPH, "image_width"),
    "og:image:height": (S.OPENGRAPH, "image_height"),
    "og:updated_time": (S.OPENGRAPH, "updated"),
    "og:published_time": (S.OPENGRAPH, "published"),
    "article:published_time": (S.OPENGRAPH, "published"),
    "article:published": (S.OPENGRAPH, "published"),
    "article:modified_time": (S.OPENGRAPH, "updated"),
    "article:modified": (S.OPENGRAPH, "updated"),
    "article:section": (S.OPENGRAPH, "section"),
    "article:tag": (S.OPENGRAPH, "keywords"),
    "article:author": (S.OPENGRAPH, "author"),
    "article:publisher": (S.OPENGRAPH, "publisher"),
    "og:article:published_time": (S.OPENGRAPH, "published"),
    "og:article:modified_time": (S.OPENGRAPH, "updated"),
    "og:article:author": (S.OPENGRAPH, "author"),
    "og:article:section": (S.OPENGRAPH, "section"),
    "og:article:tag": (S.OPENGRAPH, "keywords"),
    # Twitter cards
    "twitter:title": (S.TWITTER, "title"),
    "twitter:description": (S.TWITTER, "subtitle"),
    "twitter:image": (S.TWITTER, "image"),
    "twitter:image:src": (S.TWITTER, "image"),
    "twitter:image:alt": (S.TWITTER, "image_alt"),
    # Dublin Core
    "dc.title": (S.DUBLIN_CORE, "title"),
    "dcterms.title": (S.DUBLIN_CORE, "title"),
    "dc.description": (S.DUBLIN_CORE, "subtitle"),
    "dcterms.description": (S.DUBLIN_CORE, "subtitle"),
    "dcterms.abstract": (S.DUBLIN_CORE, "subtitle"),
    "dc.creator": (S.DUBLIN_CORE, "author"),
    "dcterms.creator": (S.DUBLIN_CORE, "author"),
    "dc.contributor": (S.DUBLIN_CORE, "author"),
    # A bare ``DC.date`` is any date in the page's life ("an event in the lifecycle of the
    # resource", DCMI): see :func:`_prefer_printed_day`.
    "dc.date": (S.DUBLIN_CORE, "date"),
    "dc.date.issued": (S.DUBLIN_CORE, "published"),
    "dc.date.created": (S.DUBLIN_CORE, "published"),
    "dcterms.issued": (S.DUBLIN_CORE, "published"),
    "dcterms.created": (S.DUBLIN_CORE, "published"),
    "dcterms.date": (S.DUBLIN_CORE, "date"),
    "dc.date.modified": (S.DUBLIN_CORE, "updated"),
    "dcterms.modified": (S.DUBLIN_CORE, "updated"),
    "dc.language": (S.DUBLIN_CORE, "language"),
    "dcterms.language": (S.DUBLIN_CORE, "language"),
    "dc.subject": (S.DUBLIN_CORE, "keywords"),
    "dcterms.subject": (S.DUBLIN_CORE, "keywords"),
    "dc.publisher": (S.DUBLIN_CORE, "publisher"),
    "dcterms.publisher": (S.DUBLIN_CORE, "publisher"),
    "dc.rights": (S.DUBLIN_CORE, "notice"),
    "dcterms.rights": (S.DUBLIN_CORE, "notice"),
    "dcterms.rightsholder": (S.DUBLIN_CORE, "holder"),
    "dcterms.license": (S.DUBLIN_CORE, "license"),
    # RDFa (``property`` with ``content`` on any element)
    "schema:datepublished": (S.MICRODATA, "published"),
    "schema:datecreated": (S.MICRODATA, "published"),
    "schema:datemodified": (S.MICRODATA, "updated"),
    "schema:headline": (S.MICRODATA, "title"),
    "schema:inlanguage": (S.MICRODATA, "language"),
    "dc:title": (S.DUBLIN_CORE, "title"),
    "dc:date": (S.DUBLIN_CORE, "date"),
    "dc:created": (S.DUBLIN_CORE, "published"),
    "dc:modified": (S.DUBLIN_CORE, "updated"),
    "dc:language": (S.DUBLIN_CORE, "language"),
    "dcterms:title": (S.DUBLIN_CORE, "title"),
    "dcterms:date": (S.DUBLIN_CORE, "date"),
    "dcterms:created": (S.DUBLIN_CORE, "published"),
    "dcterms:issued": (S.DUBLIN_CORE, "published"),
    "dcterms:modified": (S.DUBLIN_CORE, "updated"),
    # Plain meta names
    "title": (S.META, "title"),
    "headline": (S.META, "title"),
    "parsely-title": (S.META, "title"),
    "sailthru.title": (S.META, "title"),
    "citation_title": (S.META, "title"),
    "description": (S.META, "subtitle"),
    "author": (S.META, "author"),
    "byl": (S.META, "author"),
    "parsely-author": (S.META, "author"),
    "sailthru.author": (S.META, "author"),
    "citation_author": (S.META, "author"),
    "article.author": (S.META, "author"),
    "author_name": (S.META, "author"),
    "cxenseparse:author": (S.META, "author"),
    "keywords": (S.META, "keywords"),
    "news_keywords": (S.META, "keywords"),
    "parsely-tags": (S.META, "keywords"),
    "sailthru.tags": (S.META, "keywords"),
    "section": (S.META, "section"),
    "parsely-section": (S.META, "section"),
    "article.section": (S.META, "section"),
    "cxenseparse:recs:articlesection": (S.META, "section"),
    "date": (S.WEAK_META, "published"),
    "pubdate": (S.META, "published"),
    "publishdate": (S.META, "published"),
    "publish-date": (S.META, "published"),
    "publish_date": (S.META, "published"),
    "publication_date": (S.META, "published"),
    "publication-date": (S.META, "published"),
    "published_time": (S.META, "published"),
    "published-date": (S.META, "published"),
    "article.published": (S.META, "published"),
    "article_date_original": (S.META, "published"),
    "original-publish-date": (S.META, "published"),
    "originalpublicationdate": (S.META, "published"),
    "sailthru.date": (S.META, "published"),
    "parsely-pub-date": (S.META, "published"),
    "citation_publication_date": (S.META, "published"),
    "citation_date": (S.META, "published"),
    "cxenseparse:recs:publishtime": (S.META, "published"),
    "created": (S.WEAK_META, "published"),
    "date_published": (S.META, "published"),
    "datepublished": (S.META, "published"),
    "displaydate": (S.META, "published"),
    "dc.date.published": (S.META, "published"),
    "last-modified": (S.WEAK_META, "updated"),
    "lastmod": (S.WEAK_META, "updated"),
    "modified": (S.WEAK_META, "updated"),
    "article.updated": (S.META, "updated"),
    "datemodified": (S.META, "updated"),
    "content-language": (S.META, "language"),
    "language": (S.META, "language"),
    "copyright": (S.META, "notice"),
    "rights": (S.META, "notice"),
    "application-name": (S.META, "site_name"),
    "apple-mobile-web-app-title": (S.META, "site_name"),
    "publisher": (S.META, "publisher"),
}
"""``<meta>`` keys (``property``, ``name``, ``itemprop`` or ``http-equiv``, lower-cased) → the
source they belong to and what they give."""

JSONLD_PAGE_FIELDS: frozenset[str] = frozenset(
    {"published", "updated", "language", "publisher", "authors", "agencies"}
)
"""What a dated ``WebPage`` node gives when the JSON-LD holds no article (its ``name`` is the
page's title, not the headline; its ``author`` wrote the page, as Yoast's graph says)."""

META_SUFFIXES: tuple[tuple[str, tuple[MetaSource, str]], ...] = (
    (":published_time", (S.META, "published")),
    (":article_published_time", (S.META, "published")),
    (":publish_date", (S.META, "published")),
    (":modified_time", (S.META, "updated")),
    (":article_modified_time", (S.META, "updated")),
)
"""``<meta>`` keys not in :data:`META_FIELDS` read by their ending
(``shareaholic:article_published_time``)."""
_META_ENDINGS = tuple(end for end, _ in META_SUFFIXES)

TRUSTED_AUTHOR_SOURCES: frozenset[MetaSource] = frozenset({S.JSONLD, S.MICRODATA, S.DOM})
"""Sources whose authors are kept even when they bear the site's name."""

MULTI_VALUED: frozenset[str] = frozenset({"keywords", "author", "image"})
"""Meta fields that may repeat (``article:tag`` several times)."""

ARTICLE_ITEMTYPES: tuple[str, ...] = (
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "WebPage",
)
"""Microdata item types read as the article (by the end of ``itemtype``)."""

MICRODATA_PROPS: Mapping[str, str] = {
    "headline": "title",
    "name": "title",
    "alternativeHeadline": "subtitle",
    "description": "subtitle",
    "datePublished": "published",
    "dateCreated": "published",
    "dateModified": "updated",
    "articleSection": "section",
    "keywords": "keywords",
    "inLanguage": "language",
    "author": "author",
    "creator": "author",
    "publisher": "publisher",
    "image": "image",
    "copyrightHolder": "holder",
    "copyrightYear": "year",
    "isAccessibleForFree": "free",
}
"""Microdata ``itemprop`` of an article item → what it gives."""

SITE_NAME_SEPARATORS: tuple[str, ...] = (
    " › ",
    " | ",
    " - ",
    " – ",
    " — ",
    " :: ",
    " · ",
    " • ",
    " / ",
    " » ",
    ": ",
)
"""Separators between a headline and the site name in ``<title>`` and ``og:title``."""

BYLINE_HINT = re.compile(
    r"(?:^|[\s_-])(?:byline|by-line|author|authors|autor|autore|auteur|writer|article-author|"
    r"reporter|verfasser|firma|wrote|written)(?:$|[\s_-])|\bbyline|author-?name|authorname|post-author|"
    r"authorbox|(?-i:(?<=[a-z])Author(?=[A-Z]|$|[\s_-])|(?:^|[\s_-])author(?=[A-Z]))",
    re.I,
)
"""Class or id of an element that holds the byline."""
BYLINE_EXCLUDE = re.compile(
    r"^(?:comments?|comment[-_].*|.*[-_]comments?|commentlist|sidebar|widget.*|.*[-_]widget|"
    r"related.*|.*[-_]related|share.*|social.*|newsletter.*|avatar.*|.*[-_]?bio|author[-_]?box|"
    r"author[-_]?info|about[-_]author|site[-_]footer|footer[-_]widgets?|teaser.*|.*[-_]teaser|"
    r"recommend.*|more[-_].*|nav.*|menu.*|breadcrumbs?)$",
    re.I,
)
"""Class or id tokens that rule an element (or an ancestor) out as the byline."""
POST_META_TOKEN = re.compile(
    r"^(?!widget|comment|teaser)(?:.*[-_])?(?:meta|(?:post|entry|article|page)[-_]?infos?)$",
    re.I,
)
"""Class or id tokens of the post's own meta line (its author, date, category): an ``<aside>``
or a page builder's widget marked so is the article's, not the site's sidebar."""
TEASER_TOKEN = re.compile(r"^(?:teaser.*|.*[-_]teaser)$", re.I)
"""The tokens of :data:`BYLINE_EXCLUDE` that mark a teaser."""
WIDGET_TOKEN = re.compile(r"^(?:widget.*|.*[-_]widget)$", re.I)
"""The tokens of :data:`BYLINE_EXCLUDE` that name a generic container (a widget)."""
AUTHOR_BOX = re.compile(
    r"^(?:.*[-_]?bio|author[-_]?box|author[-_]?info|about[-_]author)$",
    re.I,
)
"""The tokens of :data:`BYLINE_EXCLUDE` that mark a box about the author (a biography, a
portrait): read only when no byline names anyone, for the name it opens with."""
CAPTION_TOKEN = re.compile(
    r"^(?:.*[-_])?cutlines?(?:[-_].*)?$"
    r"|^(?:.*[-_])?(?:fig|img|image|photo|foto|pic|picture|media)s?[-_]?captions?(?:[-_].*)?$"
    r"|^(?:img|image|photo|foto|pic|picture)s?[-_]?(?:author|byline|credit)s?$"
    r"|^(?:byline|credit)s?[-_]?(?:img|image|photo|foto|pic|picture)s?$",
    re.I,
)
"""Class or id tokens of a photo's caption or credit (``cutline-byline-container``,
``image-caption``, ``img-author``, ``byline-image``): the people it names are in the photo or
took it. A bare ``caption`` is not one: it styles text (``caption-s5-fx``) or a header laid
over the lead photo, the article's byline in it."""
SECTION_HINT = re.compile(r"section|categor|rubri[ck]|ressort", re.I)
"""Class or id of an element that names the article's section (``assigned-section``,
``header__sectionName``), read only in a link to a folder of the page's address."""
CAPTION_DEPTH = 4
"""How many levels up from a byline candidate a caption (or a ``<figure>``) is looked for."""
DATE_HINT = re.compile(
    r"date|time|publish|posted|dateline|datum|fecha|zeit|meta|byline|info",
    re.I,
)
"""Class or id of an element that shows the date."""
DATE_IN_TEXT = re.compile(
    r"\b(?:19|20)\d{2}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?)?"
    r"|\b[0-3]?\d[./]\s?[01]?\d[./]\s?(?:19|20)\d{2}(?:,?\s+(?:um\s+)?[0-2]?\d[:.h][0-5]\d)?"
    r"|\b(?:19|20)\d{2}(?P<sep>[./])\s?[01]?\d(?P=sep)\s?[0-3]?\d(?!\d)"
    r"|\b[0-3]?\d(?:\.|er|st|nd|rd|th|º)?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}"
    r"|\b[^\W\d_]{3,12}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}\s*[年년]\s*[01]?\d\s*[月월]\s*[0-3]?\d\s*[日일]?"
    r"|\b(?:19|20)\d{2}\.\s+[^\W\d_]{3,12}\.?\s+[0-3]?\d\.(?!\d)"
)
"""A date inside running text (``Posted on November 22, 2011 by …``, ``am 25.08.2015``,
Hungarian ``2020. szeptember 20.``)."""
SHORT_YEAR_DATE = re.compile(r"(?<![\d.])([0-3]\d)\.([01]\d)\.(\d{2})(?![\d.])")
"""A dotted date of two digits each with a two-digit year (``30.10.23``), read in date
elements only (``1.2.23`` is more often a version)."""
COMMENT_TOKEN = re.compile(
    r"^(?:comments?|comment[-_].*|.*[-_]comments?|commentlist|related(?:[-_].*)?|"
    r".*[-_]related)$",
    re.I,
)
"""Class or id token of a comment section or a related-articles list: its dates are not the
article's. Every match contains ``comment`` or ``related``, which is checked first."""
TEXT_SCAN_SKIP = re.compile(
    r"^(?:site[-_]|main[-_]|page[-_])?(?:comments?|commentlist|footer|sidebar|widgets?|related|"
    r"archives?|calendar|nav|navigation|navbar|menu|breadcrumbs?)(?:$|[-_])",
    re.I,
)
"""Class or id token of a part of the page the last-resort date scan skips."""
CHROME_TOKEN = re.compile(
    r"^(?:site[-_]|main[-_]|page[-_])?(?:footer|sidebar|navigation|navbar|menu|breadcrumbs?)"
    r"(?:$|[-_])|^(?:.*[-_])?teasers?(?:$|[-_])",
    re.I,
)
"""Class or id token of the site's navigation, sidebar or footer, or of a teaser (a link to
another article, with that article's date): no date there is the article's. A bare ``nav``
is left out: it styles any list of links (Bootstrap), the article's date line among them."""
SITE_HEADER_TOKEN = re.compile(
    r"^(?:site[-_]|page[-_]|main[-_])?(?:header|masthead|topbar)(?:$|[-_])", re.I
)
"""Class or id token of the site's header (``header--topbar``, ``site-header``)."""
MAX_SCANNED_TEXTS = 3000
"""The last-resort date scan looks at most at this many text nodes."""
MAX_DATE_LINE = 48
"""A text node of at most this many characters that holds a date is a date line (``am 24. Juli
2017 - 18:55``, ``Posted on May 3, 2022``), and so is a longer one that opens with its date
(``02.02.2022 10:16 Uhr - 1. Bundesliga - Pressemitteilung``): the last-resort scan takes the
first such date before the first date inside a longer text, which is most often an event the
article tells of."""
BYLINE_TEXT = re.compile(
    r"^[\s\-–—~]*(?:by|von|par|por|door|af|av|text|texte|written by|posted by|published by|"
    r"geschrieben von|verfasst von|veröffentlicht von|publié par|publicado por|scritto da|"
    r"autor|autorin|autoren|author|auteur|text von|"
    r"(?:ein(?:em?)?\s+)?(?:artikel|beitrag|gastbeitrag)\s+von|(?:an?\s+)?article\s+by)"
    r"(?:\s*:)?\s+\S"
    r"|^[\s\-–—~]*redaktion\s*:\s*\S",
    re.I,
)
"""Text that opens a byline in an element without a byline class (``By <a>Jane Roe</a>``)."""
BYLINE_OPENER = re.compile(
    r"^[\s\-–—~]*+(?:(?:by|von|par|por|door|af|av|written by|posted by|published by|"
    r"geschrieben von|verfasst von|veröffentlicht von|publié par|publicado por|scritto da|"
    r"autor|autorin|autoren|author|auteur|text von|"
    r"(?:ein(?:em?)?\s+)?(?:artikel|beitrag|gastbeitrag)\s+von|(?:an?\s+)?article\s+by)"
    r"(?:\s*:)?|redaktion\s*:)(?:\s|$)",
    re.I,
)
"""The start of an element's own text that may open a byline (its name may be in a child).
The leading spaces and dashes are taken without backtracking (no word starts with one), so
text of spaces only fails in one pass."""
_BYLINE_TEXT_TAGS = frozenset(
    {"p", "span", "div", "li", "em", "strong", "small", "address", "b", "i"}
)
BYLINE_LABEL = re.compile(
    r"^[\s\-–—~]*(?:(?:by|von|par|por|door|autor|autorin|autoren|author|authors|auteur|"
    r"verfasser|verfasserin|written by|geschrieben von|verfasst von|publié par|publicado por|"
    r"scritto da)\s*:?|(?:text|texte|texto|testo)\s*:)\s*$",
    re.I,
)
"""An element's whole text that is a byline's label and nothing else (``Autor:``, ``By``):
its value, the name, follows in the next element or after it (``<h5>Autor:</h5>Jane Roe``,
``<h4>Autor</h4><p><a>Jane Roe</a></p>``), so their parent is a byline candidate when the
label opens it (``Melas by delta201 Chapter 1`` is a title with its credit)."""
AUTHOR_LABEL = re.compile(
    r"^\s*(?:autor|autorin|autoren|author|authors|auteur|autore|verfasser|verfasserin)\s*:\s*$",
    re.I,
)
"""The author's own label (``Autor:``), which may follow other labelled fields in the same
line (``Datum: 03.11.2021 Autor: Jane Roe``): its parent is a byline candidate wherever in
it the label stands."""
_LABEL_TAGS = _BYLINE_TEXT_TAGS | frozenset({"h3", "h4", "h5", "h6", "dt", "th", "label"})
"""Tags whose own text may open a byline or be its label."""
UPDATED_HINT = re.compile(
    r"updat|modif|aktualisiert|mis à jour|actualiz|edited|bearbeitet|geändert|änderung|revision",
    re.I,
)
"""Class, id or text that says a date is the last update, not the publication."""
COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)\s*(?:(?P<year>(?:1[89]|20)\d{2})(?:\s*[-–]\s*(?P<year2>(?:19|20)\d{2}))?)?"
    r"[\s,.]*(?P<holder>[^.|\n]{0,80})",
    re.I,
)
"""A copyright notice: year (or range) and holder."""
URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)"
    r"|(?<=[/_-])(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|(?<=[/_~-])(?P<d3>0?[1-9]|[12]\d|3[01])[-_.](?P<m3>0?[1-9]|1[0-2])[-_.]"
    r"(?P<y3>(?:19|20)\d{2})(?=[/_.-]|$)"
)
"""A date in the URL path: a last resort for ``published``. Year, month and day as folders
(``/2022/05/03/``, ``/2017/7/12/``), as one number between separators (``/20220503/``,
``-20220503-``) or day first (``/meldungen/29-10-2021``, ``-02-11-2023-``; read only when the
day is over 12 or equals the month, as ``11-02-2023`` may be either)."""
COUNTRY_TIME: Mapping[str, tuple[int, bool]] = {
    # European summer time (last Sunday of March to last Sunday of October)
    **dict.fromkeys(("uk", "ie", "pt"), (0, True)),
    **dict.fromkeys(
        ("de", "at", "ch", "li", "it", "fr", "be", "nl", "lu", "dk", "se", "no", "pl", "cz"),
        (60, True),
    ),
    **dict.fromkeys(("sk", "hu", "si", "hr", "rs", "ba", "mk", "al", "mt"), (60, True)),
    **dict.fromkeys(("fi", "ee", "lv", "lt", "gr", "ro", "bg", "cy", "ua", "md"), (120, True)),
    # no summer time
    **dict.fromkeys(("ar", "uy"), (-180, False)),
    **dict.fromkeys(("bo", "ve"), (-240, False)),
    **dict.fromkeys(("pe", "ec"), (-300, False)),
    **dict.fromkeys(("tr", "sa", "qa", "ke", "by"), (180, False)),
    **dict.fromkeys(("ae", "om"), (240, False)),
    "is": (0, False),  # Iceland keeps UTC all year
    "pk": (300, False),
    "in": (330, False),
    "bd": (360, False),
    **dict.fromkeys(("th", "vn"), (420, False)),
    **dict.fromkeys(("cn", "hk", "tw", "sg", "my", "ph"), (480, False)),
    **dict.fromkeys(("jp", "kr"), (540, False)),
    "za": (120, False),
    "ng": (60, False),
}
"""Country domains whose whole country keeps one time → its standard offset in minutes and
whether it keeps European summer time. A UTC time on a page with no offset of its own is shown
in it. Left out: countries of several time zones or other summer-time rules, and domains used
as generic ones (``.co``, ``.io``, ``.tv``, ``.me``, ``.fm``)."""
ISOISH = re.compile(
    r"^\s*\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)
MAX_JSONLD_CHARS = 2_000_000
"""A JSON-LD script longer than this is skipped (with a diagnostic)."""
MAX_SCRIPTS = 50
"""At most this many JSON-LD scripts are read."""
MIN_PRINTED_YEAR = 1994
"""A date printed in the page's text before this year is history (a birth date, an event),
not when the page was published: the web had no news sites yet."""
MIN_METADATA_YEAR = 2
"""A metadata date in year 1 is a framework's empty value (``0001-01-01T00:00:00Z``), not a
publication date."""
MAX_METADATA_YEAR = 9998
"""A metadata date in year 9999 is a placeholder (``9999-12-31``)."""
MAX_RDFA = 500
"""At most this many RDFa ``property``/``content`` elements are read."""
MAX_KEYWORDS = 100
"""At most this many keywords are kept."""
MAX_VARIANTS = 300
"""At most this many language variants are read."""
MAX_TEXT_NODES = 200
"""Elements with more nodes than this are not read as a metadata value."""
MAX_TEXT = 300
"""Values longer than this (a headline, a byline) are not metadata."""
MAX_URL = 8192
"""The longest URL the model holds (``types.Url``)."""

# Diagnostic codes (NM30x: metadata).
NM_NO_TITLE = "NM300"
NM_BAD_LANGUAGE = "NM301"
NM_BAD_DATE = "NM302"
NM_JSONLD_SKIPPED = "NM303"
NM_UPDATED_BEFORE_PUBLISHED = "NM304"
NM_DATE_FROM_URL = "NM307"
NM_VALUE_DROPPED = "NM305"
"""A harvested value the model refuses; the same code as the build stage's (``formats.html``)."""

_SPACES = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D")
_NON_WORD = re.compile(r"[^\w]")
_BY_PREFIX = re.compile(r"(?i)^(?:by\s+)?")
_RESERVED = re.compile(
    r"(?i)(?:(?<!\s)\s+)?(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados)"
)
r"""Like :data:`~newsmodel.formats.jsonld.KEYWORD_SPLIT`, a match starts only at the first
space of a run (the look-behind): the old leading ``\s*``, retried from each space of a long
run, was quadratic."""
_URLISH = re.compile(r"^(?:https?:)?//\S+$|^/\S*$")
_ATTRIBUTED = etree.XPath("//*[(@property and @content) or (@itemscope and @itemtype)]")
"""Elements with RDFa ``property`` and ``content`` and microdata items, in document order."""
_DATE_ADAPTER: TypeAdapter[date | datetime] = TypeAdapter(NewsDate)
_STRING_VALUE = etree.XPath("string()", smart_strings=False)
"""An element's text nodes joined in document order (``"".join(element.itertext())``)."""


@dataclass(frozen=True)
class Metadata:
    """The harvest of one page."""

    fields: dict[str, Any]
    """Article field values chosen by :data:`PRECEDENCE` (only the fields found)."""
    origins: dict[str, MetaSource]
    """Which source each chosen field came from."""
    diagnostics: tuple[Diagnostic, ...]
    """What the harvest repaired or doubted."""


# --------------------------------------------------------------------------- entry point


def harvest_metadata(root: HtmlElement, *, url: str | None = None) -> Metadata:
    """Read every metadata source of the page at ``root`` and choose each field's value."""
    diagnostics: list[Diagnostic] = []
    found: dict[MetaSource, dict[str, Any]] = {source: {} for source in MetaSource}
    page = _walk(root)
    found[S.JSONLD] = _collect_jsonld(page, diagnostics, _page_urls(page, url))
    attributed = page.attributed
    if attributed is None:
        attributed = _elements(_ATTRIBUTED, root)
    _collect_meta(attributed, page, found)
    rdfa = found[S.MICRODATA]  # RDFa ``schema:*`` pairs fill what the microdata item lacks
    found[S.MICRODATA] = {**rdfa, **_collect_microdata(attributed)}
    language_hint = _first_language(found, diagnostics)
    found[S.DOM] = _collect_dom(root, page, url)
    found[S.DOM]["_sections"] = _section_names(found)
    printed = _PrintedDates(language_hint)
    for source, values in found.items():
        _normalise(values, source, language_hint, diagnostics, printed)
    from_url = found[S.DOM].pop("_url_published", None)
    if from_url is not None:
        found[S.URL]["published"] = from_url
    if not any(found[source].get("published") is not None for source in _BEFORE_PAGE_TEXT):
        scanned = _page_text_date(page, root, printed)
        if scanned is not None:
            found[S.PAGE_TEXT]["published"] = scanned
    fields, origins = _choose(found)
    _finish(fields, origins, found, url, diagnostics)
    return Metadata(fields=fields, origins=origins, diagnostics=tuple(diagnostics))


_BEFORE_PAGE_TEXT: tuple[MetaSource, ...] = tuple(
    source for source in PRECEDENCE["published"] if source is not S.PAGE_TEXT
)
"""The sources of ``published`` that outrank the page-text scan: when one of them gives a
date, the scan (a walk over every text node) is not run."""


def _choose(
    found: Mapping[MetaSource, Mapping[str, Any]],
) -> tuple[dict[str, Any], dict[str, MetaSource]]:
    fields: dict[str, Any] = {}
    origins: dict[str, MetaSource] = {}
    for name, sources in PRECEDENCE.items():
        if name == "rights":
            continue
        for source in sources:
            value = found[source].get(name)
            if value not in (None, (), "", []):
                fields[name] = value
                origins[name] = source
                break
    # Bylines: the winning source gives the people; agencies of every source are kept.
    byline = fields.pop("authors", None)
    agencies: list[Organization] = []
    for source in PRECEDENCE["authors"]:
        value = found[source].get("authors")
        if isinstance(value, Byline):
            agencies.extend(a for a in value.agencies if all(a.name != b.name for b in agencies))
    if isinstance(byline, Byline):
        fields["authors"] = byline.authors
    if agencies:
        fields["agencies"] = tuple(agencies)
    rights: dict[str, Any] = {}
    for source in PRECEDENCE["rights"]:
        value = found[source].get("rights")
        if isinstance(value, Rights):
            for key, item in value.model_dump(exclude_none=True).items():
                rights.setdefault(key, item)
    if rights:
        fields["rights"] = Rights.model_validate(rights)
        origins["rights"] = next(
            s for s in PRECEDENCE["rights"] if isinstance(found[s].get("rights"), Rights)
        )
    return fields, origins


# --------------------------------------------------------------------------- JSON-LD


def _page_urls(page: _Page, url: str | None) -> tuple[str, ...]:
    """The page's own URLs: the caller's, ``<link rel=canonical>`` and ``og:url``."""
    urls = [url] if url else []
    for link in page.tags["link"]:
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            urls.append(str(link.get("href")))
    for meta in page.tags["meta"]:
        if (meta.get("property") or "").lower() == "og:url" and meta.get("content"):
            urls.append(str(meta.get("content")))
    return tuple(urls[:5])


def _collect_jsonld(
    page: _Page, diagnostics: list[Diagnostic], page_urls: tuple[str, ...] = ()
) -> dict[str, Any]:
    values: list[Any] = []
    for count, script in enumerate(page.tags["script"]):
        if count > 5000:
            break
        kind = (script.get("type") or "").strip().lower()
        if kind not in {"application/ld+json", "application/json+ld"}:
            continue
        if len(values) >= MAX_SCRIPTS:
            break
        text = script.text or ""
        if not text.strip():
            continue
        if len(text) > MAX_JSONLD_CHARS:
            diagnostics.append(
                _diag(NM_JSONLD_SKIPPED, f"a JSON-LD script of {len(text):,} characters skipped")
            )
            continue
        value, problems = load_json_lenient(text)
        diagnostics.extend(problems)
        if value is not None:
            if "&" in text and _ENTITY.search(text):
                value = _decode_references(value)
            values.append(value)
    if not values:
        return {}
    node, index = find_article_node(values, diagnostics, page_urls=page_urls)
    page_only = node is None
    if node is None:
        node, index = find_page_node(values)
    fields = article_fields(node, index, diagnostics) if node is not None else {}
    if page_only:
        fields = {k: v for k, v in fields.items() if k in JSONLD_PAGE_FIELDS}
    if "authors" not in fields:
        # Not an article's author: one named like the site is the site (``Nestle Family``).
        site = _SiteNames((), page_urls[0] if page_urls else None)
        people = tuple(p for p in _authored_work_people(values) if not site.resembles(p.name))
        if people:
            fields["authors"] = people
    if not fields:
        return {}
    fields.pop("body", None)  # the body comes from the page; extract_body falls back to it
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in {"authors", "agencies"}:
            continue
        out[key] = value
    if "authors" in fields or "agencies" in fields:
        out["authors"] = Byline(
            authors=fields.get("authors", ()), agencies=fields.get("agencies", ())
        )
    if "rights" in out:
        pass
    publisher = out.get("publisher")
    if isinstance(publisher, Organization):
        out["site_name"] = publisher.name
    return out


AUTHORED_WORK_TYPES: frozenset[str] = frozenset(
    {"Recipe", "HowTo", "DiscussionForumPosting", "CreativeWorkSeries"}
)
"""schema.org works that are the page's own text without being an article type (a recipe, a
how-to, a forum thread's first post): their ``author`` Person wrote the page. A ``Review`` or
a ``Comment`` is left out: its author is a reader."""
MAX_AUTHORED_NODES = 200
"""How many JSON-LD nodes the search for an authored work looks at."""


def _authored_work_people(values: list[Any]) -> tuple[Person, ...]:
    """The ``Person`` authors of the first node of :data:`AUTHORED_WORK_TYPES` (only Person
    objects: a string or an Organization there most often names the site)."""
    stack: list[Any] = list(reversed(values))
    seen = 0
    while stack and seen < MAX_AUTHORED_NODES:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        seen += 1
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k in AUTHORED_WORK_TYPES for k in kinds):
            authors = item.get("author")
            persons = [
                a
                for a in (authors if isinstance(authors, list) else [authors])
                if isinstance(a, dict) and a.get("@type") == "Person"
            ]
            if persons:
                return people_from_schema(persons).authors
        graph = item.get("@graph")
        if isinstance(graph, list):
            stack.extend(reversed(graph))
    return ()


# --------------------------------------------------------------------------- meta tags


def _collect_meta(
    attributed: list[HtmlElement], page: _Page, found: dict[MetaSource, dict[str, Any]]
) -> None:
    rdfa = [
        e
        for e in attributed
        if e.tag != "meta" and e.get("property") is not None and e.get("content") is not None
    ]
    card: dict[str, str] = {}
    for meta in [*page.tags["meta"], *rdfa[:MAX_RDFA]]:
        key = (
            meta.get("property")
            or meta.get("name")
            or meta.get("itemprop")
            or meta.get("http-equiv")
        )
        content = meta.get("content")
        if not key or content is None:
            continue
        lowered = key.strip().lower()
        entry = META_FIELDS.get(lowered)
        if entry is None and lowered.endswith(_META_ENDINGS):
            entry = next((e for end, e in META_SUFFIXES if lowered.endswith(end)), None)
        if entry is None:
            if lowered.startswith(("twitter:label", "twitter:data")):
                card[lowered] = content
            continue
        source, name = entry
        if name == "author" and key == meta.get("itemprop") and _in_nested_item(meta):
            continue  # the author of a cited work or a review, not of the page
        value = _collapse(content)
        if not value or (len(value) > 4 * MAX_TEXT and name not in {"subtitle", "notice"}):
            continue
        values = found[source]
        if name in MULTI_VALUED or name.startswith("image"):
            values.setdefault("_" + name, []).append(value)
        else:
            values.setdefault("_" + name, [value])
    if card and "_author" not in found[S.META]:
        for label_key, label in card.items():
            if label_key.startswith("twitter:label") and WRITTEN_BY_LABEL.match(label.strip()):
                author = _collapse(card.get(label_key.replace("label", "data", 1)) or "")
                if author and len(author) <= MAX_TEXT:
                    found[S.META]["_author"] = [author]
                    break


def _in_nested_item(element: HtmlElement) -> bool:
    """``element`` lies in a microdata item that is itself another item's property (a
    ``citation``, a ``review``): what it says is about that item."""
    for ancestor in islice(element.iterancestors(), MAX_ITEM_DEPTH):
        if ancestor.get("itemscope") is not None and ancestor.get("itemprop"):
            return True
    return False


MAX_ITEM_DEPTH = 12
"""How many ancestors of an ``itemprop`` meta are looked at for the item it belongs to."""


WRITTEN_BY_LABEL = re.compile(
    r"(?:(?:written|posted|published)\s+by|(?:verfasst|geschrieben)\s+von|écrit\s+par|"
    r"escrito\s+por|scritto\s+da|autor|author|auteur|autore)\s*:?$",
    re.I,
)
"""A Twitter card's ``twitter:labelN`` that says its ``twitter:dataN`` is the writer (Yoast
SEO's ``Written by`` / ``Verfasst von``, a publisher convention): read as ``<meta
name=author>`` when the page has none."""


# --------------------------------------------------------------------------- microdata


def _collect_microdata(attributed: list[HtmlElement]) -> dict[str, Any]:
    item = None
    for element in attributed:
        itemtype = element.get("itemtype")
        if itemtype and element.get("itemscope") is not None:
            kind = itemtype.rstrip("/").rsplit("/", 1)[-1]
            if kind in ARTICLE_ITEMTYPES[:-1]:
                item = element
                break
    if item is None:
        return {}
    out: dict[str, list[Any]] = {}
    stack = list(item)
    seen = 0
    while stack and seen < 20000:
        element = stack.pop()
        seen += 1
        if not isinstance(element.tag, str):
            continue
        prop = element.get("itemprop")
        nested = element.get("itemscope") is not None
        if prop:
            for name in prop.split():
                target = MICRODATA_PROPS.get(name)
                if target is None:
                    continue
                value = _item_name(element) if nested else _item_value(element)
                if value:
                    out.setdefault("_" + target, []).append(value)
        if not nested:
            stack.extend(reversed(element))
    # Stack order is reversed per level; put values back in document order.
    return {
        key: list(reversed(values)) if len(values) > 1 else values for key, values in out.items()
    }


def _elements(path: etree.XPath, root: HtmlElement) -> list[HtmlElement]:
    """The elements a compiled element-selecting XPath finds under ``root``."""
    return cast("list[HtmlElement]", path(root))


def _item_value(element: HtmlElement) -> str | None:
    for attr in ("content", "datetime"):
        value = element.get(attr)
        if value:
            return str(value).strip()
    if element.tag in {"a", "link"}:
        return _str(element.get("href"))
    if element.tag in {"img", "source", "video", "audio"}:
        return _str(element.get("src"))
    text = _text(element)
    return text[: MAX_TEXT * 4] or None


def _item_name(element: HtmlElement) -> str | None:
    for child in element.iter():
        if isinstance(child.tag, str) and child.get("itemprop") == "name":
            return _item_value(child)
    for child in element.iter():
        if (
            isinstance(child.tag, str)
            and child.get("itemprop") == "url"
            and element.get("itemtype", "").endswith("ImageObject")
        ):
            return _str(child.get("href") or child.get("content"))
    text = _text(element)
    return text[:MAX_TEXT] or None


# --------------------------------------------------------------------------- DOM


@dataclass(frozen=True)
class _Page:
    """What one walk over the tree gathers: the elements of the tags the collectors read, by
    tag, and the DOM candidates (bylines, times, visible dates, copyright lines, figures)."""

    tags: Mapping[str, list[HtmlElement]]
    bylines: list[HtmlElement]
    """Elements that may hold the byline, in document order (their texts are read by
    :func:`_byline_texts`, one at a time: the first that names someone wins)."""
    times: list[tuple[str, bool, HtmlElement]]
    """``<time>`` elements outside comments: their ``datetime`` (or text), whether they mark
    the last update, and the element."""
    dates: list[HtmlElement]
    """Elements that may show the date, in document order (read by :func:`_normalise_dom`
    until it knows both dates)."""
    notices: list[str]
    figures: list[tuple[str, str | None, str | None]]
    attributed: list[HtmlElement] | None
    """What :data:`_ATTRIBUTED` selects, in document order; ``None`` when the walk did not see
    the whole document (then the XPath runs)."""


_GATHERED_TAGS: tuple[str, ...] = (
    "meta",
    "link",
    "base",
    "link_base",
    "script",
    "a",
    "title",
    "h1",
    "body",
)
"""The tags whose elements the walk gathers (``link_base``: both, in document order)."""
MAX_WALKED = 200_000
"""The walk looks at most at this many nodes."""
_BUCKET, _OWN_TEXT, _TIME, _FIGURE = "bucket", "own text", "time", "figure"


def _walk(root: HtmlElement) -> _Page:
    """Walk the tree once: gather the elements of :data:`_GATHERED_TAGS`, the RDFa and
    microdata elements, and the DOM candidates.

    Most elements can give nothing: for them the walk reads five attributes and the tag, and
    moves on. The hint patterns run only for elements whose class or id holds a hint word, the
    byline opener and copyright checks only for the own text of the tags that may hold them,
    and the byline and date candidates are read later, only as far as the choice needs."""
    bylines: list[HtmlElement] = []
    times: list[tuple[str, bool, HtmlElement]] = []
    dates: list[HtmlElement] = []
    notices: list[str] = []
    figures: list[tuple[str, str | None, str | None]] = []
    attributed: list[HtmlElement] = []
    tags: dict[str, list[HtmlElement]] = {tag: [] for tag in _GATHERED_TAGS}
    link_base = tags["link_base"]
    may_hint = _HintWords()
    hint_hits: dict[str, tuple[bool, bool]] = {}
    comments: dict[HtmlElement, bool] = {}
    nodes = root.iter()
    for element in islice(nodes, MAX_WALKED + 1):
        tag = element.tag
        hinted = False
        names = element.keys()  # one call: a sixth of the elements have no attribute
        if names:
            get = element.get
            if (may_hint[get("class")] or may_hint[get("id")]) and isinstance(tag, str):
                hints = _hints(element)
                hits = hint_hits.get(hints)
                if hits is None:
                    hits = (bool(BYLINE_HINT.search(hints)), bool(DATE_HINT.search(hints)))
                    hint_hits[hints] = hits
                hinted = hits[0]
                if hits[1] and tag not in _NO_DATE_TAGS and len(element) <= 6:
                    dates.append(element)
            if not _ITEM_ATTRIBUTES.isdisjoint(names) and isinstance(tag, str):
                if not hinted:
                    rel = get("rel")
                    hinted = rel is not None and rel.lower() == "author"
                if (get("property") is not None and get("content") is not None) or (
                    get("itemscope") is not None and get("itemtype") is not None
                ):
                    attributed.append(element)
        work = _TAG_WORK.get(tag)
        if work is _OWN_TEXT:
            own_text = element.text
            if own_text and not own_text.isspace():  # two in three are indentation
                if (
                    not hinted
                    and tag in _LABEL_TAGS
                    and len(element) <= 3
                    and BYLINE_OPENER.match(own_text)
                ):
                    full = _text(element, " ")
                    hinted = tag in _BYLINE_TEXT_TAGS and bool(BYLINE_TEXT.match(full))
                    if not hinted and BYLINE_LABEL.match(full):
                        # ``<h5>Autor:</h5> Jane Roe``: the label and its value together.
                        parent = element.getparent()
                        if (
                            parent is not None
                            and (
                                (
                                    parent[0] is element
                                    and (parent.text is None or parent.text.isspace())
                                )
                                or AUTHOR_LABEL.match(full) is not None
                            )
                            and (not bylines or bylines[-1] is not parent)
                        ):
                            bylines.append(parent)
                if (
                    tag in _NOTICE_TAGS
                    and (
                        "©" in own_text
                        or "opyright" in own_text
                        or "(c)" in own_text
                        or "(C)" in own_text
                    )
                    and len(element) <= 8
                ):
                    full = _text(element, limit=200)
                    if len(full) <= 200:
                        notices.append(full)
        elif work is _BUCKET:
            tags[tag].append(element)
            if tag == "link" or tag == "base":
                link_base.append(element)
        elif work is _TIME:
            stamp = element.get("datetime") or _text(element)
            if stamp and stamp.strip() and not _in_comments(element, comments):
                marks = _hints(element) + " " + (element.get("itemprop") or "")
                times.append((stamp.strip(), bool(UPDATED_HINT.search(marks)), element))
        elif work is _FIGURE:
            figures.append(_figure(element))
        if hinted:
            bylines.append(element)
    complete = next(nodes, None) is None and root.getparent() is None
    return _Page(
        tags,
        bylines,
        times,
        dates,
        notices,
        figures,
        attributed if complete else None,
    )


def _printed_dateline(candidates: list[HtmlElement]) -> Dateline | None:
    """The dateline an element named for it prints apart from the story (``<span
    class="ArticlePage-dateline">WASHINGTON —</span>`` before the body), among the elements the
    walk found with a date hint (``dateline`` is one)."""
    for element in candidates:
        if "dateline" in _hints(element).casefold():
            found = printed_dateline(_text(element, limit=_DATELINE_CHARS))
            if found is not None:
                return found[0]
    return None


_DATELINE_CHARS = 200
"""Elements with more text than this hold more than a dateline."""


class _HintWords(dict[str | None, bool]):
    """Whether a class or id value holds a word of :data:`BYLINE_HINT` or :data:`DATE_HINT`,
    looked up once per distinct value. An element whose class and id hold none is ruled out
    of both hints: no match of :data:`_ANY_HINT` spans the space that joins them."""

    def __init__(self) -> None:
        super().__init__({None: False})

    def __missing__(self, value: str) -> bool:
        found = self[value] = _ANY_HINT.search(value.casefold()) is not None
        return found


def _hints(element: HtmlElement) -> str:
    """An element's class and id as one string, matched against the hint patterns."""
    cls = element.get("class")
    ident = element.get("id")
    return f"{cls or ''} {ident or ''}" if cls or ident else ""


def _collect_dom(root: HtmlElement, page: _Page, url: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    html_lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if html_lang:
        out["_language"] = [html_lang]
    dateline = _printed_dateline(page.dates)
    if dateline is not None:
        out["dateline"] = dateline
    base = url
    for link in page.tags["link_base"]:
        if link.tag == "base" and link.get("href") and base is None:
            base = link.get("href")
            continue
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href and "_canonical_url" not in out:
            out["_canonical_url"] = [absolute_url(href, base)]
        if "license" in rel and href:
            out.setdefault("_license", [href])
    out["_variant_links"] = [
        (a.get("hreflang"), a.get("href"), a.get("title"))
        for a in page.tags["link"]
        if a.get("hreflang") and "alternate" in (a.get("rel") or "").lower().split()
    ]
    out["_variant_anchors"] = [
        (a.get("hreflang"), a.get("href"), _text(a)) for a in page.tags["a"] if a.get("hreflang")
    ]
    titles = page.tags["title"]
    if titles:
        text = _text(titles[0])
        if text:
            out["_html_title"] = [text]
    h1s = page.tags["h1"]
    headings: list[str] = []
    parts: list[tuple[str | None, bool]] = []
    for h in h1s[:10]:
        text = _heading_text(h)
        if not text or len(text) > MAX_TEXT:
            continue
        if _is_site_heading(h, text):
            out.setdefault("_site_heading", [text])
        else:
            printed, kicker, plain = _heading_parts(h, text)
            headings.append(printed)
            parts.append((kicker, plain))
    out["_h1"] = headings
    out["_h1_parts"] = parts
    headline = frozenset(h1s[0].iterancestors()) if h1s else frozenset()
    out["_headline_ancestors"] = [headline] if h1s else []
    if page.bylines:
        handles = frozenset(_site_handles(page.tags["meta"]))
        out["_byline"] = _byline_texts(page.bylines, headline, handles, url)
        out["_byline_elements"] = page.bylines
    out["_times"] = page.times
    out["_visible_dates"] = page.dates
    if page.notices:
        out["_notice"] = [page.notices[-1]]
    out["_figures"] = page.figures
    out["_url_date"] = url
    return out


def _section_names(found: Mapping[MetaSource, Mapping[str, Any]]) -> list[str]:
    """The names the page gives its section (JSON-LD's ``articleSection``,
    ``article:section``), case-folded: a byline candidate that prints one is the section's
    title in the page's header, not a writer (``Internacional``)."""
    names: list[str] = []
    for source in PRECEDENCE["section"]:
        for key in ("section", "_section"):
            value = found[source].get(key)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item.strip():
                    names.append(" ".join(item.split()).casefold())
    return names


def _url_parts(url: str | None) -> tuple[str, str] | None:
    """The host and the path (without its last ``/``) of an absolute ``url``."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address (``http://[x``)
        return None
    if not parts.hostname:
        return None
    return parts.hostname, parts.path.rstrip("/")


def _names_the_section(
    element: HtmlElement, text: str, url: str, page: tuple[str, str], marks: dict[str, bool]
) -> bool:
    """Whether byline candidate ``element`` prints, as all its text, a link to a folder of the
    page's address (``page``: its host and path) that is marked as the section's
    (``<a href="/actualidad/internacional"><span class="assigned-section">Internacional``
    on ``/actualidad/internacional/con-silencio…``): the section the article is filed in. A
    writer's folder may hold their articles (``/autoren/jane-roe/…``): it is not marked so.
    ``marks`` keeps what each class and id was found to be."""
    printed = " ".join(text.split())
    for link in islice(element.iter("a"), _MAX_LINKS):
        href = link.get("href")
        if not href or " ".join(_text(link, " ", limit=150).split()) != printed:
            continue
        try:
            target = _url_parts(urljoin(url, href.strip()))
        except ValueError:  # a malformed address (``http://[x``)
            return False
        if target is None or target[0] != page[0] or not target[1]:
            return False
        if not page[1].startswith(target[1] + "/"):
            return False
        for node in islice(element.iter(), _MAX_SECTION_NODES):
            hints = _hints(node)
            mark = marks.get(hints)
            if mark is None:
                mark = marks[hints] = SECTION_HINT.search(hints) is not None
            if mark:
                return True
        return False
    return False


_MAX_LINKS = 5
"""The links of a byline candidate looked at for the section's."""
_MAX_SECTION_NODES = 12
"""The nodes of a byline candidate looked at for the section's mark."""


def _the_sites_profile(element: HtmlElement, text: str, handles: frozenset[str]) -> bool:
    """Whether ``element`` prints one of the site's ``handles`` (``diaadiapa``) in a link to a
    social network's profile (``<a href="https://twitter.com/diaadiapa">``)."""
    if text.strip().lstrip("@").casefold() not in handles:
        return False
    node: HtmlElement | None = element
    for _ in range(CAPTION_DEPTH):
        if node is None:
            break
        if node.tag == "a":
            try:
                host = urlsplit(node.get("href") or "").hostname or ""
            except ValueError:  # a malformed address (``http://[x``)
                return False
            return host.removeprefix("www.") in SOCIAL_HOSTS
        node = node.getparent()
    return False


SOCIAL_HOSTS = frozenset(
    {"twitter.com", "x.com", "instagram.com", "facebook.com", "tiktok.com", "youtube.com"}
    | {"t.me", "threads.net", "linkedin.com", "mobile.twitter.com"}
)
"""Hosts of social networks whose profile links print the profile's handle."""


def _site_handles(metas: Iterable[HtmlElement]) -> list[str]:
    """The site's own handle on social networks (``<meta name="twitter:site"
    content="@diaadiapa">``), case-folded and without its ``@``."""
    handles: list[str] = []
    for meta in metas:
        key = (meta.get("name") or meta.get("property") or "").casefold()
        content = meta.get("content")
        if key == "twitter:site" and content and content.strip():
            handles.append(content.strip().lstrip("@").casefold())
    return handles


def _byline_texts(
    elements: Iterable[HtmlElement],
    headline: frozenset[HtmlElement] = frozenset(),
    handles: frozenset[str] = frozenset(),
    url: str | None = None,
) -> Iterator[str]:
    """The texts of the byline candidates outside navigation, comments and the like, in
    document order, read as they are asked for. An element that holds the headline
    (``headline``: the first ``<h1>``'s ancestors) is the article's layout, whatever its class
    (Blogger's ``<div class="widget Blog">``, a content column with ``id="sidebar"``).
    A photo's caption or credit is left out, and so is the site's own handle (``handles``)
    printed in a link to its profile on a social network (a button to follow the paper), and
    the name of the section the article is filed in (see :func:`_names_the_section`)."""
    page = _url_parts(url)
    marks: dict[str, bool] = {}
    excluding: dict[HtmlElement, bool] = {}
    captions: dict[HtmlElement, bool] = {}
    boxed: list[HtmlElement] = []
    # The headline's ancestors that hold an ``<h1>`` child, found once: asking each candidate's
    # parent again made a page of thousands of candidates beside the headline quadratic.
    beside = frozenset(node for node in headline if next(node.iterchildren("h1"), None) is not None)
    for element in elements:
        if _has_ancestor(element, CAPTION_DEPTH, _is_caption, captions):
            continue  # a photo's caption or credit: who is in the photo, or who took it
        if not _excluded(element, excluding, headline, beside):
            text = _text(element, " ", limit=150)
            if handles and _the_sites_profile(element, text, handles):
                continue
            if page is not None and _names_the_section(element, text, url or "", page, marks):
                continue
            if 1 < len(text) <= 150:
                yield text
        else:
            boxed.append(element)
    # No byline named anyone: a box about the author does (``Autor: Jane Roe`` above her
    # biography), when nothing else rules it out.
    others: dict[HtmlElement, bool] = {}
    for element in boxed:
        if _has_ancestor(element, 12, _is_author_box, {}) and not _has_ancestor(
            element, 12, lambda node: node not in headline and _is_excluding_not_box(node), others
        ):
            text = _text(element, " ", limit=150)
            if 1 < len(text) <= 150:
                yield text


def _page_text_date(
    page: _Page, root: HtmlElement, printed: _PrintedDates
) -> date | datetime | None:
    """The first date printed in the page's text (the last resort for ``published``); a date
    introduced as the last change (``Letzte Änderung: 31.10.2023``) only when no other is."""
    body = page.tags["body"][0] if page.tags["body"] else root
    headline = page.tags["h1"][0] if page.tags["h1"] else None
    layout = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    changed: date | datetime | None = None
    in_prose: date | datetime | None = None
    for text in _scan_texts(body, layout):
        parsed = printed[text]
        if parsed is None:
            continue
        digit = _HAS_DIGIT.search(text)
        if digit is not None and UPDATED_HINT.search(text, 0, digit.start()):
            changed = changed or parsed
        elif (
            len(text) <= MAX_DATE_LINE
            or len(_collapse(text)) <= MAX_DATE_LINE
            or DATE_IN_TEXT.match(text.lstrip()) is not None
        ):
            return parsed
        else:
            in_prose = in_prose or parsed
    return in_prose or changed


def _scan_texts(body: HtmlElement, layout: frozenset[HtmlElement] = frozenset()) -> list[str]:
    """Text nodes of the page's ``body`` in reading order, for the last-resort date scan
    (navigation, comments, sidebars and footers left out).

    ``layout`` are the headline's ancestors: they are the page's layout, whatever their class or
    tag (the whole page inside one ``<form>`` (ASP.NET), a content column with ``id="sidebar"``).
    So is the body, and an element that holds half of it: a class that names the layout
    (Drupal's ``<body class="one-sidebar sidebar-second">``, ``<div class="sidebar_content">``
    around the article) says the page has a sidebar, not that this is it. An ``<aside>`` inside
    an ``<article>`` is that article's own box (its date and category), not the site's. On a
    page without a headline, a page header that holds no heading is the site's masthead (its
    date is today's), as in :func:`_in_chrome`."""
    out: list[str] = []
    sizes: dict[HtmlElement, int] = {}
    stack: list[HtmlElement | str] = [body]
    while stack and len(out) < MAX_SCANNED_TEXTS:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = item.tag
        if not isinstance(tag, str):
            continue
        if item not in layout and item is not body:
            if tag in _SKIPPED_TAGS and not (tag == "aside" and _in_article(item)):
                continue
            tokens = _hints(item).split()
            matched = [token for token in tokens if TEXT_SCAN_SKIP.match(token)]
            if (
                matched
                and 2 * _size(item, sizes) < _size(body, sizes)
                and not (all("sidebar" in t.lower() for t in matched) and _in_article(item))
            ):
                continue
            if not layout and _is_site_header(item) and not _holds_heading(item):
                continue  # no headline: a page header without a heading is the site's
        if item.text and _HAS_DIGIT.search(item.text):
            out.append(item.text)
        for child in reversed(item):
            if child.tail and _HAS_DIGIT.search(child.tail):
                stack.append(child.tail)
            stack.append(child)
    return out


_HAS_DIGIT = re.compile(r"\d")
_NO_DATE_TAGS = frozenset({"time", "html", "body", "article", "main", "script"})
_ITEM_ATTRIBUTES = frozenset({"rel", "property", "itemscope"})
"""The attributes that make the walk look further at an element (a ``rel=author`` link, RDFa,
a microdata item)."""
_NOTICE_TAGS = frozenset({"footer", "small", "p", "div", "span"})
_OWN_TEXT_TAGS = _LABEL_TAGS | _NOTICE_TAGS
"""Tags whose own text the DOM collector reads (a byline opener, a copyright line)."""
_TAG_WORK: Mapping[str, str] = {
    **dict.fromkeys(_OWN_TEXT_TAGS, _OWN_TEXT),
    **dict.fromkeys(_GATHERED_TAGS, _BUCKET),
    "time": _TIME,
    "figure": _FIGURE,
}
"""What the walk does with an element of each tag, besides checking its class, id and
attributes (no tag is in two of these sets)."""
_ANY_HINT = re.compile(
    r"by-?line|aut(?:h?or|eur)|writer|wrote|written|reporter|verfasser|firma|"
    r"dat(?:e|um)|time|publish|posted|fecha|zeit|meta|info"
)
"""Every match of :data:`BYLINE_HINT` or :data:`DATE_HINT` contains one of these words: one
search of a case-folded class or id value (several times faster than a case-insensitive
pattern) rules most of them out of both."""
_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "nav", "footer", "aside", "form", "select", "option", "head"}
)
"""Tags whose text the last-resort date scan skips."""


def _in_comments(element: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """True inside a comment section or a related-articles list (by class or id token).
    ``memo`` keeps what each ancestor was found to be, for the next element of the walk."""
    return _has_ancestor(element, 15, _is_comments, memo)


def _in_chrome(
    element: HtmlElement,
    memo: dict[HtmlElement, bool],
    headline: frozenset[HtmlElement],
    sizes: dict[HtmlElement, int],
) -> bool:
    """True inside the site's navigation, sidebars, footer or a teaser of another article (by
    tag, or class or id token): a date there is not the article's. An element that holds the
    headline (``headline``: the first ``<h1>``'s ancestors) or half of the page's body is the
    page's layout, not one of these, whatever its class (``<div class="wrap sidebar">``). The
    site's header counts when the page has a headline, or when it holds no heading (on a page
    without ``<h1>``, a ``<header>`` with an ``<h2>`` may be the article's own).
    ``memo`` as in :func:`_in_comments`; ``sizes`` keeps the elements' sizes counted."""
    return _has_ancestor(
        element,
        15,
        lambda node: (
            node not in headline
            and (
                _is_chrome(node, sizes)
                or (_is_site_header(node) and (bool(headline) or not _holds_heading(node)))
            )
        ),
        memo,
    )


def _holds_heading(node: HtmlElement) -> bool:
    """Whether ``node`` holds a heading (``<h1>`` to ``<h3>``): a page header that does may be
    the article's own (its title and date) on a page without an ``<h1>``."""
    return any(True for _ in node.iter("h1", "h2", "h3"))


def _is_site_header(node: HtmlElement) -> bool:
    """A page header outside any article: the site's masthead, whose date is today's."""
    if node.tag != "header":
        tokens = _hints(node).split()
        if not any(SITE_HEADER_TOKEN.match(token) for token in tokens):
            return False
    return not _in_article(node)


def _is_chrome(node: HtmlElement, sizes: dict[HtmlElement, int]) -> bool:
    if node.tag == "nav":
        return True
    if node.tag == "aside":
        return not _in_article(node)
    tokens = _hints(node).split()
    matched = [token for token in tokens if CHROME_TOKEN.match(token)]
    if not matched:
        return False
    if all("sidebar" in token.lower() for token in matched) and _in_article(node):
        return False
    root = node.getroottree().getroot()
    body = root.find("body")
    return 2 * _size(node, sizes) < _size(root if body is None else body, sizes)


def _in_article(node: HtmlElement) -> bool:
    """Whether ``node`` is inside an ``<article>``: an ``<aside>`` or a sidebar there is the
    article's own box (its date, author and category beside the text), not the site's."""
    return next(node.iterancestors("article"), None) is not None


def _size(element: HtmlElement, sizes: dict[HtmlElement, int]) -> int:
    """How many nodes ``element`` holds (up to :data:`MAX_WALKED`), counted once."""
    size = sizes.get(element)
    if size is None:
        size = sizes[element] = sum(1 for _ in islice(element.iter(), MAX_WALKED))
    return size


def _excluded(
    element: HtmlElement,
    memo: dict[HtmlElement, bool],
    headline: frozenset[HtmlElement] = frozenset(),
    beside: frozenset[HtmlElement] = frozenset(),
) -> bool:
    """True inside navigation or a part of the page that holds no article byline (by tag, or
    class or id token), unless that part holds the headline (``headline``: the first ``<h1>``'s
    ancestors; ``beside``: those of them with an ``<h1>`` child); ``memo`` as in
    :func:`_in_comments`."""
    if not headline:
        return _has_ancestor(element, 12, _is_excluding, memo)
    return _has_ancestor(
        element,
        12,
        lambda node: (
            node not in headline and _is_excluding(node) and not _headline_teaser(node, beside)
        ),
        memo,
    )


def _headline_teaser(node: HtmlElement, beside: frozenset[HtmlElement]) -> bool:
    """A teaser block beside the headline (``<h1>`` then ``<div class="teaser-small__metadata">``
    in one parent, a parent in ``beside``): the article's own header, laid out with the site's
    teaser styles, not a link to another article."""
    if node.getparent() not in beside:
        return False
    return any(TEASER_TOKEN.match(token) for token in _hints(node).split())


def _has_ancestor(
    element: HtmlElement,
    depth: int,
    test: Callable[[HtmlElement], bool],
    memo: dict[HtmlElement, bool],
) -> bool:
    """Whether ``element`` or one of its ``depth - 1`` nearest ancestors below ``<body>``
    passes ``test``."""
    node: HtmlElement | None = element
    while node is not None and depth > 0 and node.tag not in {"body", "html"}:
        found = memo.get(node)
        if found is None:
            found = memo[node] = test(node)
        if found:
            return True
        node = node.getparent()
        depth -= 1
    return False


def _is_comments(node: HtmlElement) -> bool:
    hints = _hints(node)
    folded = hints.casefold()
    return ("comment" in folded or "related" in folded) and any(
        COMMENT_TOKEN.match(token) for token in hints.split()
    )


def _is_quoted(node: HtmlElement) -> bool:
    return bool(node.tag == "blockquote")


def _is_excluding(node: HtmlElement) -> bool:
    if node.tag == "nav":
        return True
    tokens = _hints(node).split()
    # A BEM modifier (``teaser--only-body``) tells the block's variant, not what it is.
    tokens = [token for token in tokens if "--" not in token]
    if any(POST_META_TOKEN.match(token) or token == "Blog" for token in tokens):
        # The post's own meta line (``<aside class="meta">``, Elementor's ``elementor-widget
        # elementor-widget-post-info``), or Blogger's post widget (``<div class="widget Blog"
        # id="Blog1">``, a publisher convention): a container, not the site's chrome.
        return any(
            BYLINE_EXCLUDE.match(token) and not WIDGET_TOKEN.match(token) for token in tokens
        )
    if node.tag == "aside":
        return True
    return any(BYLINE_EXCLUDE.match(token) for token in tokens)


def _is_caption(node: HtmlElement) -> bool:
    if node.tag == "figcaption" or node.tag == "figure":
        return True
    return any(CAPTION_TOKEN.match(token) for token in _hints(node).split())


def _is_author_box(node: HtmlElement) -> bool:
    tokens = _hints(node).split()
    return any(AUTHOR_BOX.match(token) for token in tokens)


def _is_excluding_not_box(node: HtmlElement) -> bool:
    if node.tag in {"nav", "aside"}:
        return True
    tokens = _hints(node).split()
    return any(BYLINE_EXCLUDE.match(t) and not AUTHOR_BOX.match(t) for t in tokens)


def _figure(element: HtmlElement) -> tuple[str, str | None, str | None]:
    src = ""
    for img in element.iter("img"):
        src = img.get("src") or img.get("data-src") or ""
        break
    caption = None
    credit = None
    for child in element.iter():
        if not isinstance(child.tag, str):
            continue
        hints = f"{child.get('class') or ''}".lower()
        if child.tag == "figcaption" and caption is None:
            caption = _text(child) or None
        if ("credit" in hints or "copyright" in hints or "source" in hints) and credit is None:
            credit = _text(child) or None
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].strip(" |–—-") or None
    return src, caption, credit


# --------------------------------------------------------------------------- normalising


def _first_language(
    found: Mapping[MetaSource, Mapping[str, Any]], diagnostics: list[Diagnostic]
) -> str | None:
    jsonld = found[S.JSONLD].get("language")
    if isinstance(jsonld, str):
        return jsonld
    for source in (S.DUBLIN_CORE, S.META, S.OPENGRAPH):
        values = found[source].get("_language")
        if values:
            tag = _language_tag(values[0], [])
            if tag:
                return tag
    return None


def _normalise(
    values: dict[str, Any],
    source: MetaSource,
    language: str | None,
    diagnostics: list[Diagnostic],
    printed: _PrintedDates,
) -> None:
    """Turn the raw strings a collector found (keys with ``_``) into article field values
    (``printed``: the dates read in the page's texts so far)."""
    raw = {k[1:]: v for k, v in values.items() if k.startswith("_")}
    for key in raw:
        del values["_" + key]
    if not raw and source is not S.DOM:
        return  # nothing raw (JSON-LD gives field values; most sources give nothing)
    if source is not S.DOM:
        for key in _ESCAPED_KEYS.intersection(raw):
            # ``content="Aydan&amp;nbsp;Özoğuz"``: escaped twice, read once by the parser.
            raw[key] = [_decode_string(v) if isinstance(v, str) else v for v in raw[key]]
    site_names = [n for n in raw.get("site_name", []) if n]
    if site_names:
        values["site_name"] = site_names[0]
    for name in ("title", "subtitle", "section"):
        texts = [t for t in raw.get(name, []) if isinstance(t, str) and t]
        if texts and len(texts[0]) <= (MAX_TEXT if name != "subtitle" else 4 * MAX_TEXT):
            values[name] = texts[0]
    if "keywords" in raw:
        keywords: dict[str, None] = {}
        for item in raw["keywords"][:MAX_KEYWORDS]:
            for word in KEYWORD_SPLIT.split(item):
                word = word.strip()
                if word and len(word) <= 100 and len(keywords) < MAX_KEYWORDS:
                    keywords[word] = None
        values["keywords"] = tuple(keywords)
    if "language" in raw:
        tag = _language_tag(raw["language"][0], diagnostics)
        if tag:
            values["language"] = tag
    for name in ("published", "updated", "date"):
        for text in raw.get(name, []):
            parsed = _date(text, language)
            if parsed is None:
                continue
            if name != "date":
                values[name] = parsed
            elif "published" not in values:  # a bare ``DC.date``: see _prefer_printed_day
                values["published"] = parsed
                values["_any_date"] = True
            break
    for name in ("canonical_url", "url"):
        urls = [u for u in raw.get(name, []) if _is_url(u)]
        if urls:
            values[name] = urls[0]
    if "author" in raw:
        names = [a for a in raw["author"] if a and not _is_url(a) and not a.startswith("@")]
        if names:
            byline = people_from_schema(names if len(names) > 1 else names[0], language=language)
            if byline.authors or byline.agencies:
                values["authors"] = byline
    if "publisher" in raw:
        names = [p for p in raw["publisher"] if p and not _is_url(p)]
        if names:
            values["publisher"] = Organization(name=names[0], kind=OrganizationKind.PUBLISHER)
    if "publisher" not in values and site_names:
        values["publisher"] = Organization(name=site_names[0], kind=OrganizationKind.PUBLISHER)
    if "image" in raw or "image_secure" in raw:
        values["images"] = tuple(_meta_images(raw))
    rights: dict[str, Any] = {}
    if raw.get("notice"):
        rights["notice"] = raw["notice"][0]
        match = COPYRIGHT.search(raw["notice"][0])
        if match and match.group("year"):
            rights["year"] = int(match.group("year2") or match.group("year"))
    if raw.get("holder"):
        rights["holder"] = raw["holder"][0]
    if raw.get("license") and _is_url(raw["license"][0]):
        rights["license"] = raw["license"][0]
    if raw.get("year"):
        digits = _NON_DIGITS.sub("", str(raw["year"][0]))
        if len(digits) == 4:
            rights["year"] = int(digits)
    if raw.get("free"):
        flag = str(raw["free"][0]).strip().lower()
        if flag in {"true", "false"}:
            rights["is_accessible_for_free"] = flag == "true"
    if rights:
        values["rights"] = Rights.model_validate(rights)
    if source is S.DOM:
        _normalise_dom(values, raw, language, diagnostics, printed)


_ESCAPED_KEYS = frozenset(
    {"site_name", "title", "subtitle", "section", "keywords", "author", "publisher", "notice",
     "holder"}
)  # fmt: skip
"""The text fields of ``<meta>`` and microdata whose character references are decoded."""


def _normalise_dom(
    values: dict[str, Any],
    raw: Mapping[str, Any],
    language: str | None,
    diagnostics: list[Diagnostic],
    printed: _PrintedDates,
) -> None:
    h1 = raw.get("h1") or []
    html_title = (raw.get("html_title") or [None])[0]
    if h1:
        values["title"] = _dom_headline(h1, html_title)
    elif html_title:
        values["title"] = html_title
    values["_html_title"] = html_title
    values["_headings"] = h1
    values["_heading_parts"] = raw.get("h1_parts") or []
    values["_site_heading"] = (raw.get("site_heading") or [None])[0]
    comments: dict[HtmlElement, bool] = {}
    chrome: dict[HtmlElement, bool] = {}
    sizes: dict[HtmlElement, int] = {}
    headline: frozenset[HtmlElement] = (raw.get("headline_ancestors") or [frozenset()])[0]
    offsets: list[timedelta] = []
    quoted: dict[HtmlElement, bool] = {}
    for text, updated, element in raw.get("times", []):
        key = "updated" if updated else "published"
        parsed = _date(text, language)
        if parsed is None and key not in values and len(text) <= 80:
            parsed = printed[text]  # ``<time>Mis en ligne le 29 juin 2019``
        if parsed is None:
            continue
        if isinstance(parsed, datetime) and parsed.utcoffset():
            offsets.append(parsed.utcoffset() or timedelta(0))
        if key in values:
            continue
        # A time marked as the page's own (``itemprop="datePublished"``) is, wherever it is;
        # any other in the site's chrome or in an embedded post (``<blockquote
        # class="instagram-media">``) is another page's.
        if "date" not in (element.get("itemprop") or "") and (
            _in_chrome(element, chrome, headline, sizes)
            or _has_ancestor(element, 15, _is_quoted, quoted)
        ):
            continue
        values[key] = _printed_day(element, parsed, printed)
    values["_offsets"] = offsets
    # The first date of each kind is kept: once both are known, the rest is not read.
    for element in raw.get("visible_dates", ()):
        if "published" in values and "updated" in values:
            break  # the first date of each kind is kept: the rest need not be read
        text = _text(element)  # a longer text is as far from a date as its first 80 characters
        if not 5 <= len(text) <= 80:
            continue
        # Marked as the last change counts only once the publication date is known.
        updated = (
            "published" in values and UPDATED_HINT.search(_hints(element) + " " + text) is not None
        )
        key = "updated" if updated else "published"
        if (
            key in values
            or _in_comments(element, comments)
            or _in_chrome(element, chrome, headline, sizes)
        ):
            continue
        parsed = printed[text]
        if parsed is None and len(element):  # parts in child elements: ``Mai<b>06</b>2018``
            parsed = printed[_text(element, " ")]
        if parsed is None:
            parsed = _short_year_date(text)
        if parsed is not None:
            values[key] = parsed
    url = raw.get("url_date")
    if isinstance(url, str):
        from_url = _url_date(urlsplit(url).path)
        if from_url is not None:
            values["_url_published"] = from_url
    bylines = raw.get("byline") or []
    credit: str | None = None  # a printed credit of a desk or the outlet alone (``By CBS News``)
    sections = frozenset(raw.get("sections") or ())
    for text in bylines:
        if sections and " ".join(text.split()).casefold() in sections:
            continue  # the section's title (``Internacional``), not a writer
        byline = parse_byline(text, language=language)
        if byline.authors or byline.agencies:
            values["authors"] = byline
            values["byline"] = text
            break
        if credit is None and byline.collective is not None:
            credit = text
    else:
        if credit is not None:
            values["byline"] = credit
    links = raw.get("variant_links") or []
    anchors = raw.get("variant_anchors") or []
    values["_variant_raw"] = (links, anchors)
    values["_figures"] = raw.get("figures") or []
    values["_byline_elements"] = raw.get("byline_elements") or []
    notice = (raw.get("notice") or [None])[0]
    values["_notices"] = [notice] if notice else []
    if notice and "rights" not in values:
        values["rights"] = _rights_from_notice(notice)


def _printed_day(
    element: HtmlElement, stamp: date | datetime, printed_dates: _PrintedDates
) -> date | datetime:
    """The date a ``<time>`` shows its readers when its ``datetime`` names another day, days
    away (``<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>``: the attribute
    is when the record was saved); else ``stamp``. A printed day next to the attribute's is
    the same instant in another zone, and the attribute's offset is kept."""
    if element.get("datetime") is None:
        return stamp
    text = _text(element)
    if not 5 <= len(text) <= 80 or _HAS_DIGIT.search(text) is None:
        return stamp
    printed = printed_dates[text]
    if printed is None or abs((_day(printed) - _day(stamp)).days) <= 1:
        return stamp
    return printed


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _url_date(path: str) -> date | None:
    """The first date of :data:`URL_DATE` in a URL's path that is a real day, or ``None``."""
    for match in URL_DATE.finditer(path):
        parts = match.groupdict()
        for y, m, d in (("y", "m", "d"), ("y2", "m2", "d2"), ("y3", "m3", "d3")):
            if parts[y] is None:
                continue
            year, month, day = int(parts[y]), int(parts[m]), int(parts[d])
            if y == "y3" and day <= 12 and day != month:
                break  # day first or month first: the URL does not say
            with contextlib.suppress(ValueError):
                return date(year, month, day)
    return None


_LABEL = re.compile(
    r"^\s*(?:published|posted|updated|last updated|veröffentlicht|aktualisiert|publié le|publié|"
    r"mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|on|le|am|el|il)\s*:?\s*",
    re.I,
)


class _PrintedDates(dict[str, "date | datetime | None"]):
    """The first date printed in each text of one page (:func:`_date_in_text` in the page's
    language), each distinct text read once: a date's element and the one around it often
    print the same text, and the last-resort scan reads some of them again."""

    def __init__(self, language: str | None) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, text: str) -> date | datetime | None:
        found = self[text] = _date_in_text(text, self.language)
        return found


def _date_in_text(text: str, language: str | None) -> date | datetime | None:
    """The first date printed in ``text``, or ``None``."""
    from newsmodel._dates import parse_date

    if ISOISH.match(text):
        parsed = _date(text, language)
        return parsed if parsed is not None and parsed.year >= MIN_PRINTED_YEAR else None
    parsed = parse_date(_strip_label(text), language=language)
    if parsed is not None and parsed.year >= MIN_PRINTED_YEAR:
        return parsed
    for match in DATE_IN_TEXT.finditer(text):
        parsed = parse_date(match.group(0), language=language)
        if parsed is not None and parsed.year >= MIN_PRINTED_YEAR:
            return parsed
    return None


def _short_year_date(text: str) -> date | None:
    """A dotted day, month and two-digit year (``Party, 30.10.23``), read only in an element
    marked as a date: in running text it may be a version or a score. Day first, as everywhere
    dots separate a date's parts."""
    match = SHORT_YEAR_DATE.search(text)
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(2000 + year, month, day)
    except ValueError:
        return None


def _strip_label(text: str) -> str:
    return _LABEL.sub("", text).strip()


def _rights_from_notice(notice: str) -> Rights:
    match = COPYRIGHT.search(notice)
    year = None
    holder = None
    if match:
        if match.group("year"):
            year = int(match.group("year2") or match.group("year"))
        holder_text = (match.group("holder") or "").strip(" ,.-–|")
        holder_text = _BY_PREFIX.sub("", holder_text)
        holder_text = _RESERVED.split(holder_text)[0].strip(" ,.-–|")
        holder = holder_text or None
    return Rights(notice=notice, year=year, holder=holder)


def _meta_images(raw: Mapping[str, Any]) -> list[Image]:
    urls = [u for u in [*raw.get("image_secure", []), *raw.get("image", [])] if _is_url(u)]
    alts = raw.get("image_alt", [])
    widths = raw.get("image_width", [])
    heights = raw.get("image_height", [])
    out: list[Image] = []
    for index, url in enumerate(urls[:20]):
        if any(i.url == url for i in out):
            continue
        out.append(
            Image(
                url=url,
                alt=alts[index] if index < len(alts) else None,
                width=_positive(widths[index]) if index < len(widths) else None,
                height=_positive(heights[index]) if index < len(heights) else None,
            )
        )
    return out


def _positive(value: str) -> int | None:
    return int(value) if value.isdigit() and 0 < int(value) < 100_000 else None


# --------------------------------------------------------------------------- finishing


def _finish(
    fields: dict[str, Any],
    origins: dict[str, MetaSource],
    found: Mapping[MetaSource, Mapping[str, Any]],
    url: str | None,
    diagnostics: list[Diagnostic],
) -> None:
    site_names = [
        found[s].get("site_name")
        for s in (S.JSONLD, S.OPENGRAPH, S.META)
        if found[s].get("site_name")
    ]
    # The site's own names; JSON-LD's is its publisher's, which may be the author's Person.
    own_names = [
        found[s].get("site_name") for s in (S.OPENGRAPH, S.META) if found[s].get("site_name")
    ]
    publisher = fields.get("publisher")
    if isinstance(publisher, Organization):
        site_names.append(publisher.name)
    if url:
        host = urlsplit(url).hostname or ""
        site_names.append(host.removeprefix("www."))
        own_names.append(host.removeprefix("www."))
    title = fields.get("title")
    if isinstance(title, str):
        fields["title"] = _choose_title(title, found, [str(n) for n in site_names])
    else:
        diagnostics.append(_diag(NM_NO_TITLE, "the page gives no title", Severity.INFO))
    chosen = _choose_authors(found, own_names, url, publisher)
    fields.pop("authors", None)
    origins.pop("authors", None)
    if chosen is not None:
        fields["authors"], origins["authors"] = chosen
    raw_variants: Any = found[S.DOM].get("_variant_raw") or ([], [])
    fields["variants"] = tuple(_variants(raw_variants, fields, url, diagnostics)) or fields.get(
        "variants", ()
    )
    if not fields["variants"]:
        del fields["variants"]
    images = fields.get("images")
    figures = found[S.DOM].get("_figures") or []
    if images and figures:
        fields["images"] = tuple(_enrich_image(i, figures) for i in images)
    _prefer_printed_day(fields, origins, found)
    days = _refine_precision(fields, origins, found)
    _localise(fields, found, url or fields.get("canonical_url"))
    for name, day in days.items():
        value = fields.get(name)
        if isinstance(value, datetime) and value.date() != day:
            fields[name] = day  # the time, shown in the page's zone, falls on another day
    _agree_with_url(fields, found, diagnostics)
    published, updated = fields.get("published"), fields.get("updated")
    from newsmodel._dates import utc_range

    if (
        published is not None
        and updated is not None
        and utc_range(updated)[1] < utc_range(published)[0]
    ):
        # As ``newsmodel validate`` judges it (NM110): a day, or a time without its zone,
        # is before only when every instant it can mean is. No update came after the
        # publication (a CMS saved the draft last): the value is dropped, and kept here.
        del fields["updated"]
        origins.pop("updated", None)
        diagnostics.append(
            _diag(
                NM_UPDATED_BEFORE_PUBLISHED,
                f"updated {updated.isoformat()} is before published {published.isoformat()};"
                " dropped",
                Severity.INFO,
            )
        )


def _choose_authors(
    found: Mapping[MetaSource, Mapping[str, Any]],
    site_names: list[Any],
    url: str | None,
    publisher: Any,
) -> tuple[tuple[Person, ...], MetaSource] | None:
    """The article's authors and their source.

    Authors are never the publisher or the site: the first source (by :data:`PRECEDENCE`) that
    names someone else wins, without the names of the site it also gives (``<meta
    name=author content="tagesschau.de">`` before the printed byline, ``Jane Roe, LAOLA1.at``).
    A desk's credit (a JSON-LD Person named ``HNN Staff``) gives way in the same way to a
    source that names a person, and is kept when none does.
    When every source names only the site, a trusted source is kept (a Person object or a
    visible byline may name the owner of a personal site, who is both); other sources only
    when their name merely resembles the site's (``Wolfgang Michal`` on ``wolfgangmichal.de``).
    The publisher's name rules out only the authors of untrusted sources: in JSON-LD the
    publisher of a personal site is its author's Person node.
    A handle or a first name alone of the winner takes the full name another source gives
    for it (``arianschlichenmayer``, ``Arian Schlichenmayer``)."""
    candidates: list[tuple[MetaSource, tuple[Person, ...]]] = []
    for source in PRECEDENCE["authors"]:
        byline = found[source].get("authors")
        if isinstance(byline, Byline):
            candidates.append((source, byline.authors))
    while candidates and not candidates[-1][1]:
        candidates.pop()
    if not candidates:
        return _notice_author(found, site_names, url)
    site = _SiteNames(site_names, url)
    owner = site
    if isinstance(publisher, Organization):
        owner = _SiteNames([*site_names, publisher.name, found[S.JSONLD].get("site_name")], url)
    chosen: tuple[MetaSource, tuple[Person, ...]] | None = None
    for source, people in candidates:
        if not people:
            return None  # a byline of news agencies only (``AFP``) names no person
        names = site if source in TRUSTED_AUTHOR_SOURCES else owner
        people = tuple(_site_as_affiliation(p, owner) for p in people)
        spelled = names.spelled_by_pairs(people)
        kept = tuple(
            p
            for index, p in enumerate(people)
            if index not in spelled
            and not names.resembles(p.name)
            and not is_collective(p.name)
            and (source in TRUSTED_AUTHOR_SOURCES or not _the_sites_group(p, names))
        )
        if kept:
            chosen = (source, kept)
            break
    if chosen is None:
        for source, people in candidates:
            if source not in TRUSTED_AUTHOR_SOURCES:
                people = tuple(
                    p
                    for p in people
                    if not owner.names(p.name)
                    and not owner.holds(p.name)
                    and not _the_sites_group(p, owner)
                )
            if people:
                return people, source
        return None
    source, people = chosen
    printed = _printed_instead(people, source, candidates, site)
    if printed is not None:
        source, people = printed
    people = _fuller_list(people, source, candidates, site)
    fuller = [p for other, ps in candidates if other is not source for p in ps]
    people = tuple(_fuller_name(p, fuller) for p in people)
    if len(people) == 1 and " " not in people[0].name:
        elements = found[S.DOM].get("_byline_elements") or []
        people = (_printed_full_name(people[0], elements),)
    return people, source


def _the_sites_group(person: Person, site: _SiteNames) -> bool:
    """Whether ``person`` is one word with the site's name as its outlet (``<meta name=author
    content="GESE - La Estrella de Panamá">``): the publishing group and its paper, the same
    on every page of the site, not a writer."""
    return (
        person.affiliation is not None
        and " " not in person.name.strip()
        and site.resembles(person.affiliation)
    )


def _printed_instead(
    people: tuple[Person, ...],
    source: MetaSource,
    candidates: list[tuple[MetaSource, tuple[Person, ...]]],
    site: _SiteNames,
) -> tuple[MetaSource, tuple[Person, ...]] | None:
    """The printed byline's people, when they are all others than the winner's and another
    source names the same: the winner credits whoever filed the page or a desk (JSON-LD
    ``Kathleen Ditton`` where the byline, the microdata and ``<meta name=author>`` name
    ``Jessica Holly, Gail Levy``). Each printed name must be a full one, not the site's."""
    if source is S.DOM:
        return None
    printed = next((ps for other, ps in candidates if other is S.DOM), ())
    keys = {p.name.casefold() for p in printed}
    if not keys or keys & {p.name.casefold() for p in people}:
        return None
    if not any(
        other is not source and other is not S.DOM and {p.name.casefold() for p in ps} == keys
        for other, ps in candidates
    ):
        return None
    if all(
        " " in p.name.strip() and not site.resembles(p.name) and not is_collective(p.name)
        for p in printed
    ):
        return S.DOM, printed
    return None


def _fuller_list(
    people: tuple[Person, ...],
    source: MetaSource,
    candidates: list[tuple[MetaSource, tuple[Person, ...]]],
    site: _SiteNames,
) -> tuple[Person, ...]:
    """The winner's ``people`` with the co-authors that another source names beside all of
    them: a JSON-LD ``author`` that keeps only the first of the byline's names (``Sadhbh
    O'Sullivan`` where the byline and ``<meta name=author>`` print ``Sadhbh O'Sullivan,
    Elisabeth Kochan``). The fuller list is taken as that source gives it, but only when
    each name it adds is a person's: by its given name, or because two sources name it (not
    a desk, a program or a place)."""
    names = {p.name.casefold() for p in people}
    for other, others in candidates:
        if other is source or len(others) <= len(people):
            continue
        if not names <= {p.name.casefold() for p in others}:
            continue
        if all(
            p.name.casefold() in names
            or (
                " " in p.name.strip()
                and (_given_first(p.name) or _named_twice(p.name, candidates))
                and not site.resembles(p.name)
                and not is_collective(p.name)
            )
            for p in others
        ):
            by_name = {p.name.casefold(): p for p in people}
            return tuple(by_name.get(p.name.casefold(), p) for p in others)
    return people


def _given_first(name: str) -> bool:
    """Whether ``name`` is a full name that opens with a known given name (``Elisabeth
    Kochan``, not ``Prisma Média`` or ``Porto Velho``)."""
    words = name.split()
    first = words[0].casefold() if words else ""
    return len(words) > 1 and (first in GIVEN_NAMES_FEMININE or first in GIVEN_NAMES_MASCULINE)


def _named_twice(name: str, candidates: list[tuple[MetaSource, tuple[Person, ...]]]) -> bool:
    """Whether two sources name ``name`` (``<meta name=author>`` and the printed byline)."""
    key = name.casefold()
    return sum(any(p.name.casefold() == key for p in ps) for _, ps in candidates) > 1


def _notice_author(
    found: Mapping[MetaSource, Mapping[str, Any]], site_names: list[Any], url: str | None
) -> tuple[tuple[Person, ...], MetaSource] | None:
    """The person the page's copyright line names (``© 2019 Jane Roe``), when no source
    names an author or an agency: on a personal site or a blog the holder is the writer.
    A holder spelled as one of the site's declared names is the site (a blog named
    ``Jane Roe`` may be anyone's); one that merely resembles the host is the owner of a
    personal domain (``Jane Roe`` on ``janeroe.com``). A firm's name of two capitalised words
    is told from a person's by the given name it opens with (``Jane``, not ``General``), or
    by the domain it spells."""
    if any(isinstance(found[s].get("authors"), Byline) for s in PRECEDENCE["authors"]):
        return None  # a byline of agencies only, or of a desk: no person, by the page's word
    notices = found[S.DOM].get("_notices") or ()
    for notice in notices:
        person = person_in_notice(notice)
        if person is None:
            continue
        site = _SiteNames(site_names, url)
        first = person.name.split()[0].casefold()
        if not site.names(person.name) and (
            first in GIVEN_NAMES_FEMININE
            or first in GIVEN_NAMES_MASCULINE
            or _letters(person.name) in site.keys
        ):
            return (person,), S.DOM
    return None


def _site_as_affiliation(person: Person, site: _SiteNames) -> Person:
    """``person`` less the site's name printed after theirs (``Wilmer Leon. Sputnik
    International``, ``Jane Roe, Daily Planet``): the outlet they write for, their
    affiliation."""
    separator = _NAME_SEPARATOR.search(person.name)
    if separator is None:
        return person
    name = person.name[: separator.start()].strip()
    outlet = person.name[separator.end() :].strip()
    if " " not in name or not outlet or not site.resembles(outlet):
        return person
    return person.model_copy(update={"name": name, "affiliation": person.affiliation or outlet})


_NAME_SEPARATOR = re.compile(r"[.,|]\s")
"""A dot, a comma or a bar before a space: where an outlet's name may follow a person's."""


def _printed_full_name(person: Person, elements: Iterable[HtmlElement]) -> Person:
    """``person``, named by a first name alone (``Nils``), with the surname printed after that
    name in a byline or a box about the author (``Nils Pickert ist freier Autor``, ``Stefanus
    Stahl - Maschinenbauer``): the byline shows the short form, the box the full one."""
    first = person.name
    if not first[:1].isupper() or not first.isalpha() or len(first) < 3:
        return person
    pattern = re.compile(
        rf"(?<!\w){re.escape(first)}\s+([A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?)"
        r"(?=\s*$|\s+[-–—|(]|\s+(?:ist|is|est|es|è|é)\s)"
    )
    for element in islice(elements, _MAX_FULL_NAME_ELEMENTS):
        text = _text(element, " ", limit=300)
        for match in pattern.finditer(text):
            surname = match.group(1)
            if surname.casefold() in _NOT_SURNAMES or surname == first:
                continue
            return person.model_copy(update={"name": f"{first} {surname}"})
    return person


_MAX_FULL_NAME_ELEMENTS = 30
_NOT_SURNAMES = JOB_TITLE_WORDS | LABEL_WORDS | COLLECTIVE_WORDS | DATE_WORDS
"""Words that follow a first name in a byline without being its surname (``Nils Autor``)."""


def _fuller_name(person: Person, others: Iterable[Person]) -> Person:
    """``person`` with the full name another source gives when it names a handle or a first
    name alone (``arianschlichenmayer``, ``edilson.la.rosa``, ``Nils``). A handle is spelled
    without the name's accents (``gabor_munier`` for ``Gàbor Muniér``), and so is a login read
    as a name (``jose.munoz``, read ``Jose Munoz``, for ``José Muñoz``)."""
    key = _unaccented(_letters(person.name))
    if " " in person.name:
        if person.name.isascii():
            for other in others:
                if not other.name.isascii() and _unaccented(_letters(other.name)) == key:
                    return person.model_copy(update={"name": other.name})
        return person
    for other in others:
        words = other.name.split()
        if len(words) > 1 and (
            _unaccented(_letters(other.name)) == key
            or words[0].casefold() == person.name.casefold()
        ):
            return person.model_copy(update={"name": other.name})
    return person


def _site_label(host: str) -> str:
    """The label of ``host`` that names the site: the one before the top-level domain
    (``l-mag`` of ``l-mag.de``), or before a country's second-level one (``telegraph`` of
    ``telegraph.co.uk``, ``smh`` of ``smh.com.au``); ``""`` for a host of one label.

    >>> _site_label("www.telegraph.co.uk"), _site_label("smh.com.au"), _site_label("dw.com")
    ('telegraph', 'smh', 'dw')
    """
    labels = host.removeprefix("www.").split(".")
    if len(labels) < 2:
        return ""
    if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2]


_SECOND_LEVEL = frozenset(
    {"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic", "mil", "gv"}
)
"""Second-level domains that countries' registries sell under (``co.uk``, ``com.au``,
``or.jp``, ``gv.at``, ``gob.mx``): the site's own label is the one before."""


class _SiteNames:
    """The site's names (``og:site_name``, the publisher, the host), to tell an author that is
    the site from a person."""

    def __init__(self, names: Iterable[Any], url: str | None) -> None:
        self.exact = {str(n).casefold() for n in names}
        keys = {_letters(str(n)) for n in names}
        host = (urlsplit(url).hostname or "") if url else ""
        host = host.removeprefix("www.")
        label = _site_label(host)
        if host:
            keys.add(_letters(host))
            keys.add(_letters(label))  # ``l-mag`` of ``l-mag.de``
        self.keys = {k for k in keys if len(k) >= 3}
        self.long_keys = tuple(k for k in self.keys if len(k) >= MIN_SITE_KEY_INSIDE)
        self.initials = label if 2 <= len(label) <= 4 and label.isalpha() else ""

    def names(self, name: str) -> bool:
        """``name`` is, as printed, one of the site's names."""
        return name.casefold() in self.exact

    def resembles(self, name: str) -> bool:
        """``name`` is one of the site's names, or one of them letter for letter
        (``L-MAG`` for ``l-mag.de``, ``Interscenario`` for ``interscenar.io``), or holds one
        of its longer names with a desk or a club around it (``JuraForum.de-Redaktion``,
        ``EFC Bayrische Bembel`` on ``bayrische-bembel.de``), or is the long form of the
        host's initials (``Deutsche Welle`` on ``dw.com``)."""
        if self.names(name):
            return True
        letters = _letters(name)
        if letters in self.keys or self.holds(name):
            return True
        if self.initials:
            words = name.split()
            return (
                len(words) == len(self.initials)
                and all(w[:1].isupper() for w in words)
                and "".join(w[0] for w in words).casefold() == self.initials
            )
        return False

    def spelled_by_pairs(self, people: Sequence[Person]) -> set[int]:
        """The indexes of two names in a row that spell one of the site's names with a
        conjunction between them, a byline split at its ``&`` or ``und`` (``Jobs & Hire`` on
        ``jobsnhire.com``, ``Kirche und Leben`` on ``kirche-und-leben.de``): the site."""
        spelled: set[int] = set()
        for index in range(len(people) - 1):
            first = _letters(people[index].name)
            second = _letters(people[index + 1].name)
            if len(first) < 3 or len(second) < 3:
                continue
            for key in self.keys:
                gap = len(key) - len(first) - len(second)
                if 0 <= gap <= 3 and key.startswith(first) and key.endswith(second):
                    spelled.update((index, index + 1))
                    break
        return spelled

    def holds(self, name: str) -> bool:
        """``name`` holds one of the site's longer names with more around it."""
        letters = _letters(name)
        return letters not in self.keys and any(key in letters for key in self.long_keys)


MIN_SITE_KEY_INSIDE = 8
"""The fewest letters of a site's name that, found inside an author's name, make it the site's
(``juraforum`` in ``JuraForum.de-Redaktion``); shorter names occur inside personal names."""


def _letters(text: str) -> str:
    """``text`` case-folded, its letters and digits only."""
    return _NON_ALNUM.sub("", text.casefold())


def _unaccented(text: str) -> str:
    """``text`` without the accents of its letters (``muniér`` → ``munier``)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NON_ALNUM = re.compile(r"[\W_]+")


def _localise(
    fields: dict[str, Any], found: Mapping[MetaSource, Mapping[str, Any]], url: str | None
) -> None:
    """Give a UTC time (``…Z``) the page's own offset: the same instant, as the page's readers
    see it, so its calendar day is the page's. The offset is the one another source on the page
    states (``<time datetime="…-08:00">``), else the one between it and the same instant printed
    in local time (:func:`_printed_offset`), else that of the country of the site's domain when
    the whole country keeps one time (:data:`COUNTRY_TIME`)."""
    offsets: list[timedelta] = list(found[S.DOM].get("_offsets") or [])
    for values in found.values():
        for name in ("published", "updated"):
            value = values.get(name)
            if isinstance(value, datetime) and value.utcoffset():
                offsets.append(value.utcoffset() or timedelta(0))
    offset = max(set(offsets), key=offsets.count) if offsets else None
    if offset is None:
        offset = _printed_offset(fields.get("published"), found[S.DOM].get("published"))
    country = _country_time(url) if offset is None else None
    if offset is None and country is None:
        return
    for name in ("published", "updated"):
        value = fields.get(name)
        if not isinstance(value, datetime) or value.utcoffset() != timedelta(0):
            continue
        local = offset
        if local is None and country is not None:
            local = _country_offset(value, *country)
        if local is None:
            continue
        try:
            fields[name] = value.astimezone(timezone(local))
        except OverflowError:  # a placeholder at the edge of the calendar: leave it
            continue


def _prefer_printed_day(
    fields: dict[str, Any],
    origins: dict[str, MetaSource],
    found: Mapping[MetaSource, Mapping[str, Any]],
) -> None:
    """A bare Dublin Core date (``DC.date``, not ``DC.date.issued``) is any date in the page's
    life ("an event in the lifecycle of the resource", DCMI), and CMSs fill it with the day the
    record was made or last saved. When the page prints its date (a ``<time>`` or a date line)
    on another day, the printed one is the publication's; on the same day the bare date is
    kept."""
    chosen = fields.get("published")
    printed = found[S.DOM].get("published")
    if (
        origins.get("published") is not S.DUBLIN_CORE
        or not found[S.DUBLIN_CORE].get("_any_date")
        or not isinstance(chosen, date)
        or not isinstance(printed, date)
    ):
        return
    day = chosen.date() if isinstance(chosen, datetime) else chosen
    if day != (printed.date() if isinstance(printed, datetime) else printed):
        fields["published"], origins["published"] = printed, S.DOM


_MIDNIGHT = datetime.min.time()


def _refine_precision(
    fields: dict[str, Any],
    origins: dict[str, MetaSource],
    found: Mapping[MetaSource, Mapping[str, Any]],
) -> dict[str, date]:
    """Complete the chosen dates from the other sources: a day (JSON-LD's ``2018-04-18``)
    takes the time another source gives on that day (``article:published_time``), and a time
    without its zone the zone of another source's same time, or the offset between it and the
    same instant in UTC. The first source by precedence that can tells. Returns the days that
    took a time, for the caller to restore when the time, shown in the page's zone, falls on
    another day."""
    days: dict[str, date] = {}
    for name in ("published", "updated"):
        chosen = fields.get(name)
        if not isinstance(chosen, date) or (
            isinstance(chosen, datetime) and chosen.tzinfo is not None
        ):
            continue
        others = [
            (source, value)
            for source in PRECEDENCE[name]
            if source is not origins.get(name)
            and isinstance(value := found[source].get(name), datetime)
        ]
        if not isinstance(chosen, datetime):
            # Midnight is how many templates write a day, not a time.
            same_day = [(s, v) for s, v in others if v.date() == chosen and v.time() != _MIDNIGHT]
            # A time with its zone first, then one without.
            same_day.sort(key=lambda item: item[1].tzinfo is None)
            if same_day:
                fields[name], origins[name] = same_day[0][1], same_day[0][0]
                days[name] = chosen
            continue
        for source, value in others:
            if value.tzinfo is None:
                continue
            if value.replace(tzinfo=None) == chosen:
                fields[name], origins[name] = value, source
                break
            offset = _printed_offset(value, chosen)
            if offset is not None:
                fields[name] = chosen.replace(tzinfo=timezone(offset))
                break
            if value.utcoffset() and _printed_offset(_as_utc(value), chosen) is not None:
                # The same instant, shown without a zone in another one than the publisher
                # states (``20:00:49`` beside ``19:00:49+01:00``): the stated one is kept.
                fields[name], origins[name] = value, source
                break
    return days


def _as_utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except OverflowError:  # at the edge of the calendar: no instant to compare
        return value


def _printed_offset(chosen: Any, printed: Any) -> timedelta | None:
    """The offset between a UTC time and the same instant printed on the page in local time
    without an offset (``2020-04-14T00:38:07Z`` shown as ``April 13, 2020 4:38 pm``: -08:00),
    or ``None`` when the two are not the same instant in a real time zone: apart by one of
    :data:`_REAL_OFFSETS`, to the minute."""
    if not isinstance(chosen, datetime) or chosen.utcoffset() != timedelta(0):
        return None
    if not isinstance(printed, datetime) or printed.tzinfo is not None:
        return None
    gap = printed - chosen.replace(tzinfo=None)
    offset = round(gap / _QUARTER) * _QUARTER
    if offset not in _REAL_OFFSETS or abs(gap - offset) >= timedelta(minutes=1):
        return None
    return offset


_QUARTER = timedelta(minutes=15)
_REAL_OFFSETS: frozenset[timedelta] = frozenset(
    [timedelta(hours=h) for h in range(-12, 15) if h]
    + [timedelta(minutes=m) for m in (-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765)]
)
"""The offsets from UTC that time zones keep: whole hours from -12 to +14, and the few of half
and three-quarter hours (-09:30, -03:30, +03:30, +04:30, +05:30, +05:45, +06:30, +08:45,
+09:30, +10:30, +12:45)."""


def _country_time(url: str | None) -> tuple[int, bool] | None:
    """The time of the country whose domain ``url`` is on (``.de``, ``.com.ar``): its standard
    offset in minutes and whether it keeps European summer time, or ``None``."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return COUNTRY_TIME.get(host.rstrip(".").rsplit(".", 1)[-1])


def _country_offset(instant: datetime, minutes: int, european_summer: bool) -> timedelta:
    """The offset a country keeps at ``instant`` (UTC): its standard offset, an hour more
    between 01:00 UTC on the last Sundays of March and October when it keeps European summer
    time."""
    offset = timedelta(minutes=minutes)
    if european_summer:
        year = instant.year
        start, end = _last_sunday(year, 3), _last_sunday(year, 10)
        moment = instant.astimezone(UTC).replace(tzinfo=None)
        if start <= moment < end:
            offset += timedelta(hours=1)
    return offset


def _last_sunday(year: int, month: int) -> datetime:
    """01:00 on the last Sunday of ``month`` (March or October: 31 days)."""
    last = datetime(year, month, 31, 1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _agree_with_url(
    fields: dict[str, Any],
    found: Mapping[MetaSource, Mapping[str, Any]],
    diagnostics: list[Diagnostic],
) -> None:
    """A date in the URL path names the publication day as the publisher counts it; a chosen
    UTC time (``…Z``) of the day before or after (past midnight in UTC, not at the publisher's)
    gives way to it, and this is reported. A value with the publisher's own offset, or days
    away, is kept: the URL may name the day the article was first drafted."""
    from_url = found[S.URL].get("published")
    chosen = fields.get("published")
    if not isinstance(from_url, date) or not isinstance(chosen, datetime):
        return
    if chosen.utcoffset() != timedelta(0) or abs((chosen.date() - from_url).days) != 1:
        return
    fields["published"] = from_url
    diagnostics.append(
        _diag(
            NM_DATE_FROM_URL,
            f"published {chosen.isoformat()} disagrees with the date in the URL "
            f"({from_url.isoformat()}); the URL's day is kept",
            Severity.INFO,
        )
    )


def _choose_title(
    title: str, found: Mapping[MetaSource, Mapping[str, Any]], sites: list[str]
) -> str:
    """The title chosen by precedence, read as the page prints it: HTML entities that a
    source left escaped decoded, the site's name cut off, and the visible ``<h1>`` taken when
    it is the same headline (``’`` and ``–`` where the metadata has ``'`` and ``-``)."""
    dom = found[S.DOM]
    headings: list[str] = dom.get("_headings") or []
    site_heading = dom.get("_site_heading")
    if site_heading:
        sites = [*sites, site_heading]
    title = _unescape(title)
    others = [_unescape(v) for s in MetaSource if isinstance(v := found[s].get("title"), str)]
    html_title = dom.get("_html_title")
    if isinstance(html_title, str):
        others.append(html_title)
    title = strip_site_name(title, sites, [*others, *headings])
    names = [n.casefold() for n in sites if n and len(n) >= 2]
    parts: list[tuple[str | None, bool]] = dom.get("_heading_parts") or []
    if names and len(title) <= 2 * max(map(len, names)) and _is_site(title, names):
        # Only the site's name (an og:title that repeats og:site_name, a logo's <h1>): the
        # next source that gives a headline gives the title.
        for other in (*others, *headings):
            other = strip_site_name(other, sites, others)
            if other and not _is_site(other, names):
                title = other
                break
    page_title = None
    # The <title> without the site's name: read only where a rule below may use it.
    if (
        isinstance(html_title, str)
        and html_title != title
        and (
            not headings
            or ('"' in html_title and title in html_title)
            or any(heading in html_title for heading in headings)
        )
    ):
        page_title = strip_site_name(html_title, sites, [*others, *headings])
        title = _uncut(title, page_title)
        if _foreign(title, page_title, headings):
            title = page_title
    folded = _fold(title)
    for heading, (kicker, _) in zip(headings, parts, strict=True):
        folded_heading = _fold(heading)
        if heading != title and folded_heading == folded:
            return heading
        if kicker and _behind_kicker(folded, folded_heading, _fold(kicker)):
            return heading
    if headings:
        first = headings[0]
        if _reworded(title, first):
            return first
        if parts[0][1] and len(first) > len(title) and folded in _fold(first):
            printed = strip_site_name(first, sites)
            if _holds_more(_fold(printed), folded):
                return printed
    elif page_title and page_title != title and _fold(page_title) == folded:
        return page_title  # the page's own typography (``–`` where og:title has ``-``)
    return title


def _foreign(title: str, page_title: str, headings: list[str]) -> bool:
    """Whether the metadata's ``title`` is a section's or the site's default
    (``og:title="Pressemitteilungen"``): it shares no word with the page's ``<title>``,
    which an ``<h1>`` prints, and no ``<h1>`` prints the metadata's."""
    folded = [_fold(h) for h in headings]
    if _fold(page_title) not in folded or _fold(title) in folded:
        return False
    ours, theirs = _content_words(title), _content_words(page_title)
    return bool(ours and theirs) and not ours & theirs


def _uncut(title: str, other: str) -> str:
    """``other`` when it is ``title`` and the quotation that ends it: a ``<meta content="…">``
    whose value quotes with the attribute's own quote mark ends at that mark
    (``content="Senador … califica a Biden de "incapacitado""``)."""
    if (
        len(other) > len(title)
        and other.startswith(title)
        and other[len(title) :].lstrip()[:1] == '"'
    ):
        return other
    return title


def _behind_kicker(title: str, headline: str, kicker: str) -> bool:
    """Whether a (folded) metadata ``title`` is an ``<h1>``'s ``headline`` with a kicker: the
    ``<h1>`` sets its own kicker apart (``Klimaschutz: Bohren, bis es heiß wird`` for
    ``<span class="kicker">Klimaschutz</span> Bohren, bis es heiß wird``), or the metadata
    puts one before it, or the ``<h1>``'s after it."""
    if len(title) <= len(headline):
        return False
    if title.endswith(headline):
        return _LEADING_SEPARATOR.sub("", title[: -len(headline)][::-1]) != ""
    if title.startswith(headline):
        rest = _LEADING_SEPARATOR.sub("", title[len(headline) :])
        return rest.casefold() == _LEADING_SEPARATOR.sub("", kicker).casefold()
    return False


def _holds_more(heading: str, title: str) -> bool:
    """Whether an ``<h1>`` printed as one run of text holds the metadata's (shortened)
    ``title`` and more words: a kicker that a colon joins to it (``"Pure Leere": Marita …``),
    a subtitle or the words that the metadata cut after it (``Ultium Cells erhöht
    Gigafactory-Kapazität in Tennessee``), but not the site's or a section's name that a
    separator joins to it (``Headline | Site``)."""
    if len(heading) <= len(title) or not title:
        return False
    if heading.startswith(title):
        more = heading[len(title) :]
        return not more[0].isalnum() and not more.startswith(_FURNITURE_JOINTS)
    if heading.endswith(title):
        return heading[: -len(title)].rstrip().endswith(":")
    return False


_FURNITURE_JOINTS = tuple(sep for sep in SITE_NAME_SEPARATORS if sep != ": ")
"""Separators that join a headline to furniture (``Headline | Site``, ``Topic / Headline``),
where a colon joins the parts of one headline."""


def _dom_headline(headings: list[str], html_title: str | None) -> str:
    """The page's headline among its ``<h1>`` texts: the first, unless it shares no word with
    the ``<title>`` and a later one does (a theme's ``<h1>Menu</h1>`` before the post's)."""
    if html_title and len(headings) > 1:
        words = _content_words(html_title)
        if words and not words & _content_words(headings[0]):
            for heading in headings[1:]:
                if words & _content_words(heading):
                    return heading
    return headings[0]


def _reworded(title: str, heading: str) -> bool:
    """Whether the page's first ``<h1>`` prints the headline that the metadata gives in other
    words (a shorter or search-engine wording, a kicker or a recipe's "Rezept" added): the
    title holds the heading, or they share two content words (or a long one) and at least a
    tenth of them; and the heading does not merely wrap the title (a kicker or a subtitle run
    into it) or change its case."""
    title = title.replace("\u00ad", "")
    if title in heading or title.casefold() == heading.casefold():
        return False
    ours, theirs = _content_words(title), _content_words(heading)
    shared = ours & theirs
    if not shared or 10 * len(shared) < len(ours | theirs):
        return False
    if len(shared) < 2 and heading not in title and len(next(iter(shared))) < 5:
        return False  # one short word in common ("from", "news") is chance
    # The same words differently punctuated: the metadata keeps its separators.
    return (
        ours != theirs
        or title.startswith(heading)
        or title.endswith(heading)
        or _words(title) != _words(heading)
    )


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


_WORD = re.compile(r"\w+")


def _content_words(text: str) -> set[str]:
    """The words of ``text`` that carry content: four letters or more, or a number."""
    return {w.casefold() for w in _WORD.findall(text) if len(w) >= 4 or any(c.isdigit() for c in w)}


_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
"""An HTML character reference, left escaped in a JSON-LD string or a twice-escaped ``<meta>``."""

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
"""Typographic quotes, dashes and ellipses → their ASCII forms."""


def _decode_references(value: Any) -> Any:
    """``value`` (decoded JSON) with the HTML character references in its strings decoded:
    templates escape JSON-LD strings for HTML (``Spider&#039;s Web``, ``Food &amp; Drink``,
    ``10:14:29&#x2B;05:30``). Only references closed by ``;`` are read, so a URL's query
    (``?a=1&para=2``) stays as written."""
    return map_strings(value, _decoded_or_none)[0]


def _decoded_or_none(text: str) -> str | None:
    if "&" not in text:
        return None
    decoded = _decode_string(text)
    return None if decoded == text else decoded


def _decode_string(text: str) -> str:
    """``text`` with its character references decoded, up to three times over: a template
    that escapes what it already escaped writes ``&amp;amp;copy;``."""
    for _ in range(3):
        if "&" not in text:
            break
        decoded = _ENTITY.sub(_decode_match, text)
        if decoded == text:
            break
        text = decoded
    return text


def _decode_match(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text and _ENTITY.search(text) else text


def _fold(text: str) -> str:
    """``text`` with typography made plain and spaces collapsed: two writings of one title
    (``„Welches Europa“``, ``"Welches Europa"``) fold to the same string."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


SITE_HEADING_HINT = re.compile(
    r"(?:^|[\s_-])(?:site[-_]?(?:title|name|logo|branding)|blog[-_]?name|logo|branding|masthead)"
    r"(?:$|[\s_-])",
    re.I,
)
"""A class or id of an ``<h1>`` that holds the site's name (a theme's logo), not a headline."""


def _is_site_heading(heading: HtmlElement, text: str) -> bool:
    """Whether an ``<h1>`` is the site's name: one link to the home page (``<h1><a
    href="/">The Planet</a></h1>``, as blog themes write it), or a logo or branding class."""
    hints = _hints(heading)
    if hints and SITE_HEADING_HINT.search(hints):
        return True
    links = heading.findall(".//a")
    if len(links) != 1:
        return False
    link = links[0]
    if (link.get("rel") or "").lower() == "home":
        return True
    href = (link.get("href") or "").strip()
    if not href or _collapse(link.text_content()) != text:
        return False
    if "/http" in href:  # an archived page: the address the archive's own one wraps
        href = href[href.rindex("/http") + 1 :]
    path = urlsplit(href).path
    return path in {"", "/"} or path.endswith(("/index.html", "/index.php"))


def _heading_text(heading: HtmlElement) -> str:
    """An ``<h1>``'s text as it reads: soft hyphens (where a line may break) dropped, and the
    reading aids of ruby annotation (``<rt>``, ``<rp>``: furigana over kanji) left out."""
    text = _text(heading)
    if text and next(heading.iter("rt"), None) is not None:
        text = _collapse("".join(_text_without(heading, _RUBY_AIDS)))
    return text.replace("\u00ad", "")


_RUBY_AIDS = frozenset({"rt", "rp"})


def _text_without(element: HtmlElement, skipped: frozenset[str]) -> Iterator[str]:
    """The text of ``element`` in document order, without the elements named ``skipped``."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag not in skipped:
            yield from _text_without(child, skipped)
        if child.tail:
            yield child.tail


KICKER_HINT = re.compile(
    r"kicker|dachzeile|spitzmarke|overline|roofline|topline|toptitle|supertitle|pretitle|"
    r"eyebrow|rubri[ck]|topic|label|section|subtitle|sub-?headline|sub-?heading|small|"
    r"hidden|sr-only|screen-reader|invisible",
    re.I,
)
"""A class of the element that opens an ``<h1>`` and holds its kicker (the line above the
headline: a topic, a section, a date) or a label only screen readers read."""
_HIDDEN_HINT = re.compile(r"hidden|sr-only|screen-reader|invisible", re.I)
_KICKER_TAGS = frozenset({"small", "div", "p"})
"""Elements that set their text apart from the headline that follows them in an ``<h1>``."""
_WRAPPERS = frozenset({"a", "span", "div", "strong", "b"})
_LEADING_SEPARATOR = re.compile(r"^[\s:|/·•–—-]+")


def _heading_parts(heading: HtmlElement, text: str) -> tuple[str, str | None, bool]:
    """An ``<h1>`` read as ``(headline, kicker, plain)``: an element that opens it and is set
    apart as a kicker (by its class, by being a ``<small>`` or a block, or by the hidden
    separator after it: ``<span class="kicker">Klimaschutz</span><span
    class="visually-hidden">: </span>Bohren …``) is the kicker, not the headline; ``plain``
    says the heading is one run of text, no element in it holding any."""
    node = heading
    children = [c for c in node if isinstance(c.tag, str)]
    while (
        len(children) == 1
        and children[0].tag in _WRAPPERS
        and not (node.text or "").strip()
        and not (children[0].tail or "").strip()
    ):
        node = children[0]
        children = [c for c in node if isinstance(c.tag, str)]
    if not children:
        return text, None, True
    if next(node.iter("rt"), None) is not None:
        return text, None, False
    if (node.text or "").strip():
        return (
            _before_trailer(node, children, text),
            None,
            not any(_string_value(c).strip() for c in children),
        )
    first = children[0]
    later = children[1:]
    marks = first.get("class") or ""
    set_apart = (
        first.tag in _KICKER_TAGS
        or bool(marks and KICKER_HINT.search(marks))
        or bool(later and _is_hidden(later[0]) and not _NON_SEPARATOR.search(_text(later[0])))
    )
    kicker = _text(first)
    if not set_apart or not kicker:
        return text, None, False
    pieces = [first.tail or ""]
    for child in later:
        if not _is_hidden(child):
            pieces.append(_string_value(child))
        pieces.append(child.tail or "")
    headline = _LEADING_SEPARATOR.sub("", _collapse("".join(pieces)).replace("\u00ad", ""))
    if len(headline) < 4 or not any(c.isalpha() for c in headline):
        return text, None, False
    return headline, kicker, False


_NON_SEPARATOR = re.compile(r"[^\s:|/·•–—-]")
_TRAILERS = frozenset({"h2", "h3", "h4", "h5", "h6", "small", "div", "p", "time", "ul"})
"""Elements that set apart what follows a headline in its ``<h1>``: a byline, a date line,
a subtitle (``<h1>Headline <h4 class="author">Veröffentlicht von …</h4></h1>``)."""


def _before_trailer(node: HtmlElement, children: list[HtmlElement], text: str) -> str:
    """The text of ``node`` up to the first of its ``children`` that is a trailer (see
    :data:`_TRAILERS`) holding text, or its whole ``text`` when none is."""
    for index, child in enumerate(children):
        if child.tag in _TRAILERS and _string_value(child).strip():
            pieces = [node.text or ""]
            for before in children[:index]:
                pieces.append(_string_value(before))
                pieces.append(before.tail or "")
            headline = _collapse("".join(pieces)).replace("\u00ad", "")
            return headline if len(headline) >= 4 else text
    return text


def _is_hidden(element: HtmlElement) -> bool:
    """Whether an element is there for screen readers only (``visually-hidden``)."""
    marks = element.get("class")
    return bool(marks and _HIDDEN_HINT.search(marks)) or element.get("aria-hidden") == "true"


def strip_site_name(
    title: str, site_names: Iterable[str], others: Iterable[str | None] = ()
) -> str:
    """``title`` without a site-name prefix or suffix (``Headline | Site``): the part cut off
    must be the site's name, or what remains must be the title another source gives (the
    ``<h1>``, ``og:title``).

    >>> strip_site_name("Rates rise again | The Daily Planet", ["The Daily Planet"])
    'Rates rise again'
    >>> strip_site_name("Rates rise - again", ["The Daily Planet"])
    'Rates rise - again'
    >>> strip_site_name("Rates rise again › Planet Blog", [], ["Rates rise again"])
    'Rates rise again'
    """
    whole = title.casefold()
    # A "site name" that holds the whole title is a page's title given as one.
    names = [n.casefold() for n in site_names if n and len(n) >= 2]
    names = [n for n in names if not n.startswith(whole)]
    others = others if isinstance(others, list | tuple) else tuple(others)
    known: set[str] | None = None  # read once a separator is found
    for sep in SITE_NAME_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if head and (_is_site(tail, names) or (len(tail) < len(head) and _names_host(tail, names))):
            return _without_sections(head.strip(), sep)
        first, _, rest = title.partition(sep)
        if rest and (
            _is_site(first, names) or (len(first) < len(rest) and _names_host(first, names))
        ):
            return _BLOG_ARCHIVE.sub("", rest).strip()
        # What remains must be the longer part: site names are shorter than headlines.
        if known is None:
            known = {_norm_title(o) for o in others if o and len(o) >= 4}
        for part, cut in ((head, tail), (first, rest), (rest, first), (tail, head)):
            if part and len(part) >= len(cut) and _norm_title(part) in known:
                return part.strip()
    for other in others:
        if other and other != title and title.startswith(other) and len(other) >= 10:
            rest = title[len(other) :].strip()
            if any(rest.startswith(sep.strip()) for sep in SITE_NAME_SEPARATORS if sep.strip()):
                return other
    # ``Headline : Site | Tagline | Founded 2005``: what comes before the site's name.
    pieces = _SEPARATOR_SPLIT.split(title)
    for index in range(2, len(pieces), 2):
        if _is_site(pieces[index], names):
            return "".join(pieces[: index - 1]).strip()
    return title


def _without_sections(title: str, sep: str) -> str:
    """``title`` without the sections that stand between it and the site's name, joined by
    the same separator (``Headline | iPhone | Forum | Site``): a word or two each, three at
    most."""
    for _ in range(3):
        head, _, tail = title.rpartition(sep)
        if not head:
            break
        if tail.count(" ") > 1 or len(tail) > 20 or len(head) <= len(tail):
            break
        title = head.strip()
    return title


def _is_site(part: str, names: list[str]) -> bool:
    """Whether ``part`` of a title is one of the site's ``names`` (casefolded), or the first
    words of one (``ProNATs e.V.`` of ``ProNATs e.V. Verein zur Unterstützung …``)."""
    folded = part.strip().casefold()
    if not folded:
        return False
    return any(
        folded == name
        or _same_site(folded, name)
        or (len(folded) >= 4 and 2 * len(folded) <= len(name) and name.startswith(folded + " "))
        for name in names
    )


_GENERIC_LABELS = _SECOND_LEVEL | {"www"}
"""Labels of a host that name no site: ``www`` and the second-level domains."""


def _names_host(part: str, names: list[str]) -> bool:
    """Whether a short ``part`` of a title (four words at most) names the site whose host is
    one of its ``names``: its first words spell the host's own label (``MyOOS Community
    Forum`` on ``foren.myoos.de``, ``Gregory Szorc's Digital Home`` on ``gregoryszorc.com``)."""
    folded = part.strip().casefold()
    if not folded or folded.count(" ") > 3:
        return False
    words = _WORD.findall(folded)
    for name in names:
        if " " in name or "." not in name:
            continue
        labels = [label for label in name.split(".")[:-1] if label not in _GENERIC_LABELS]
        label = _NON_WORD.sub("", labels[-1]) if labels else ""
        if len(label) < 4:
            continue
        spelt = ""
        for word in words:
            spelt += word
            if len(spelt) >= len(label):
                break
        if spelt == label:
            return True
    return False


_SEPARATOR_SPLIT = re.compile(
    "(" + "|".join(re.escape(sep) for sep in SITE_NAME_SEPARATORS if sep != ": ") + "| : )"
)
"""Splits a title at its separators, keeping them (``: `` only with a space before it)."""

_BLOG_ARCHIVE = re.compile(r"^Blog[ -]?Archiv(?:e|es)?\s*»\s*", re.I)
"""The segment WordPress's first default theme put between the site's name and the post's
title (``Site » Blog Archive » Title``): a publisher-software convention."""


def _norm_title(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _same_site(part: str, name: str) -> bool:
    a = _NON_WORD.sub("", part.casefold())
    b = _NON_WORD.sub("", name.casefold())
    if not a or not b:
        return False
    b_host = b.rsplit("com", 1)[0] if b.endswith(("com", "de", "fr", "org", "net")) else b
    return a in (b, b_host) or (len(a) >= 4 and b.startswith(a) and len(b) - len(a) <= 4)


def _variants(
    raw: tuple[
        list[tuple[str | None, str | None, str | None]], list[tuple[str | None, str | None, str]]
    ],
    fields: Mapping[str, Any],
    url: str | None,
    diagnostics: list[Diagnostic],
) -> list[LanguageVariant]:
    """The page's language variants: its ``<link rel=alternate hreflang>`` and the links of a
    language menu, one per language (the first given), only one of them this page.

    An ``<a hreflang>`` counts when it is a language menu's: in another language than the
    page's, labelled with a language (``Deutsch``, ``EN``), or pointing at this page. Some CMSs
    (Drupal) give every link the page's language, and those are the site's navigation."""
    links, anchors = raw
    page_language = fields.get("language")
    page_primary = str(page_language).split("-")[0].lower() if page_language else None
    base = url or fields.get("canonical_url") or fields.get("url")
    own_urls = {u for u in (url, fields.get("canonical_url"), fields.get("url")) if u}
    labels = {absolute_url(href.strip(), base): text for _, href, text in anchors if href and text}
    entries: list[tuple[str, str | None, str | None]] = []
    seen: set[tuple[str, str | None]] = set()
    menu = [(lang, href, text, False) for lang, href, text in links[:MAX_VARIANTS]]
    menu += [(lang, href, text, True) for lang, href, text in anchors[:MAX_VARIANTS]]
    for hreflang, href, title, anchor in menu:
        if not hreflang:
            continue
        key = (hreflang.strip().lower(), href)
        if key in seen:
            continue
        seen.add(key)
        if anchor and not _is_menu_link(hreflang, href, title, page_primary, own_urls, base):
            continue
        label = title or (labels.get(absolute_url(href.strip(), base)) if href else None)
        entries.append((hreflang.strip(), href, label))
    out: list[LanguageVariant] = []
    languages: set[str | None] = set()
    has_current = False
    for hreflang, href, label in entries[:MAX_VARIANTS]:
        href = _variant_url(hreflang, href, base, diagnostics)
        if hreflang.lower() == "x-default":
            if None not in languages:
                languages.add(None)
                out.append(
                    LanguageVariant(
                        language=None, label=label, url=href, relation=VariantRelation.DEFAULT
                    )
                )
            continue
        tag = _language_tag(hreflang, [])
        if tag is None or tag.lower() in languages:
            continue  # one variant per language: the first the page gives
        languages.add(tag.lower())
        # This page: its own address (in the page's language, when it gives one: a page that
        # names itself for several regions is none of them), else the page's language.
        current = not has_current and (
            (
                bool(href and href in own_urls)
                and (page_language is None or same_language(tag, str(page_language)))
            )
            or (not own_urls and page_language is not None and tag == page_language)
        )
        has_current = has_current or current
        if current:
            relation = VariantRelation.UNKNOWN
        elif page_primary and tag.split("-")[0].lower() == page_primary:
            relation = VariantRelation.REGIONAL_EDITION
        else:
            relation = VariantRelation.TRANSLATION
        out.append(
            LanguageVariant(
                language=tag, label=label or None, url=href, relation=relation, is_current=current
            )
        )
    return out


def _is_menu_link(
    hreflang: str,
    href: str | None,
    label: str | None,
    page_primary: str | None,
    own_urls: set[str],
    base: str | None,
) -> bool:
    """Whether an ``<a hreflang>`` is a language menu's link (see :func:`_variants`)."""
    primary = hreflang.strip().split("-")[0].lower()
    if page_primary is None or primary != page_primary or primary == "x":
        return True
    text = (label or "").strip()
    if text and (label_language(text) or text.casefold() == primary):
        return True
    return href is not None and absolute_url(href.strip(), base) in own_urls


def _variant_url(
    hreflang: str, href: str | None, base: str | None, diagnostics: list[Diagnostic]
) -> str | None:
    """A variant's address as the model holds it: absolute (read against the page's URL when
    one is known), none for a blank one or one with a space inside, and none, with a
    diagnostic, for one longer than a URL may be (the variant is kept)."""
    href = href.strip() if href else None
    if not href or any(ch.isspace() for ch in href):
        return None
    href = absolute_url(href, base)
    if len(href) > MAX_URL:
        message = f"the {hreflang[:20]!r} variant's URL of {len(href):,} characters; dropped"
        diagnostics.append(_diag(NM_VALUE_DROPPED, message))
        return None
    return href


def _enrich_image(image: Image, figures: list[tuple[str, str | None, str | None]]) -> Image:
    name = urlsplit(image.url).path.rsplit("/", 1)[-1]
    if not name or image.caption:
        return image
    for src, caption, credit in figures:
        if src and urlsplit(src).path.rsplit("/", 1)[-1] == name:
            return image.model_copy(update={"caption": caption, "credit": image.credit or credit})
    return image


# --------------------------------------------------------------------------- values


def _diag(code: str, message: str, severity: Severity = Severity.WARNING) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=message)


def _language_tag(value: str, diagnostics: list[Diagnostic]) -> str | None:
    text = value.strip().replace("_", "-").split(",")[0].strip()
    if not text:
        return None
    named = language_from_name(text)  # ``spanish``: a name, not an unregistered tag
    if named is not None:
        message = f"language {value[:40]!r} read as {named!r}"
        diagnostics.append(_diag(NM_LANGUAGE_NAMED, message, Severity.INFO))
        return named
    try:
        tag = canonical_language_tag(text)
    except ValueError:
        diagnostics.append(
            _diag(NM_BAD_LANGUAGE, f"language {value[:40]!r} is not a BCP 47 tag; ignored")
        )
        return None
    replaced = replace_withdrawn(tag)  # ``iw``: Hebrew's withdrawn code
    if replaced != tag:
        message = f"language {tag!r} read as {replaced!r} (a withdrawn code)"
        diagnostics.append(_diag(NM_LANGUAGE_NAMED, message, Severity.INFO))
        return replaced
    return tag


def _date(text: str, language: str | None) -> date | datetime | None:
    """A metadata date, or ``None`` for text that is no date or a placeholder far outside any
    publication date (``0001-01-01T00:00:00Z``, a framework's empty value)."""
    text = text.strip()
    parsed: date | datetime | None
    if ISOISH.match(text):
        candidate = text if "T" in text else text.replace(" ", "T", 1)
        try:
            parsed = _DATE_ADAPTER.validate_python(_SPACES.sub("", candidate))
        except ValidationError:
            return None
    else:
        from newsmodel._dates import parse_date

        try:
            parsed = parse_date(text, language=language)
        except (ValueError, OverflowError):
            return None
    if parsed is None or not MIN_METADATA_YEAR <= parsed.year <= MAX_METADATA_YEAR:
        return None
    return parsed


def _text(element: HtmlElement, joiner: str = "", limit: int | None = None) -> str:
    """The element's text, whitespace collapsed; empty when the element holds more than
    :data:`MAX_TEXT_NODES` nodes (a container, not a value: reading it would cost too much).
    With a ``limit``, reading stops once the text is known to be longer than that: what is
    returned is then only longer than ``limit``, not the whole text."""
    if limit is not None:
        parts: list[str] = []
        seen = 0
        for part in element.itertext():
            parts.append(part)
            seen += sum(map(len, part.split()))  # a lower bound of its collapsed length
            if seen > limit:
                return _collapse(joiner.join(parts))
        if _holds_more_nodes(element):
            return ""
        return _collapse(joiner.join(parts))
    if _holds_more_nodes(element):
        return ""
    if not joiner:
        return _collapse(_string_value(element))
    return _collapse(joiner.join(element.itertext()))


def _string_value(element: HtmlElement) -> str:
    """The text nodes of ``element`` and its descendants joined, as they are."""
    return cast("str", _STRING_VALUE(element))


def _collapse(text: str) -> str:
    """``text`` with each run of white space one space, and none at either end."""
    return " ".join(text.split())


def _holds_more_nodes(element: HtmlElement) -> bool:
    """Whether ``element`` and its descendants are more than :data:`MAX_TEXT_NODES` nodes."""
    return next(islice(element.iter(), MAX_TEXT_NODES, None), None) is not None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and bool(_URLISH.match(value.strip()))


def absolute_url(url: str, base: str | None) -> str:
    """``url`` read against ``base`` (the page's address); without one, a protocol-relative
    ``//host/…`` is read as ``https:`` and a path stays as written. The site's host written
    without its scheme (``motor.at/author/jane``) is not read as a path."""
    if ABSOLUTE_URL.match(url):
        return url
    if base is None:
        return "https:" + url if url.startswith("//") else url
    try:
        host = (urlsplit(base).hostname or "").removeprefix("www.")
    except ValueError:
        return url
    if host and url.split("/", 1)[0].lower().removeprefix("www.") == host:
        joined = f"{urlsplit(base).scheme}://{url}"
    else:
        try:
            joined = urljoin(base, url)
        except ValueError:
            return url
    return joined if len(joined) <= MAX_URL else url
