"""schema.org ``NewsArticle`` JSON-LD, both ways.

The writer gives one ``NewsArticle`` object; the reader accepts more: a bare object, a list of
objects, an ``@graph`` document (Yoast, WordPress) whose nodes refer to each other by ``@id``,
``author`` as a string, an object or a list, any of the article types in
:data:`ARTICLE_TYPES`. :func:`article_fields` is shared with the HTML reader, which takes
JSON-LD as its first metadata source.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError

from newsmodel._bylines import ACRONYM, SCHEMA_AGENCY_TYPE, people_from_schema
from newsmodel._dateline import dateline_of
from newsmodel._json_repair import relax_json
from newsmodel._jsonio import has_surrogate_escape, load_json_document, replace_lone_surrogates
from newsmodel._lang import replace_withdrawn
from newsmodel.errors import (
    Diagnostic,
    ParseError,
    Severity,
    ValidationFailed,
)
from newsmodel.formats import Codec, Format, word_count
from newsmodel.models import (
    Article,
    Image,
    LanguageVariant,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Rights,
    Source,
    SourceKind,
    VariantRelation,
)
from newsmodel.options import ParseOptions
from newsmodel.types import NewsDate, canonical_language_tag

__all__ = [
    "ARTICLE_TYPES",
    "CODEC",
    "article_fields",
    "find_article_node",
    "find_page_node",
    "jsonld_object",
    "load_json_lenient",
    "parse_jsonld",
    "to_jsonld",
]

# --------------------------------------------------------------------------- tables

ARTICLE_TYPES: tuple[str, ...] = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "LiveBlogPosting",
    "Article",
    "BlogPosting",
    "SocialMediaPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
)
"""Types read as the article, best first: a ``NewsArticle`` beats a ``BlogPosting`` beats a
``WebPage`` (read only when nothing else is there)."""

FALLBACK_TYPES: tuple[str, ...] = ("WebPage", "ItemPage", "CreativeWork")
"""Types read as the article only when no node of :data:`ARTICLE_TYPES` exists."""

NEWS_AGENCY_TYPE = SCHEMA_AGENCY_TYPE
"""``additionalType`` that marks an organisation as a news agency (Wikidata's *news agency*)."""

ORGANIZATION_TYPES: Mapping[OrganizationKind, str] = {
    OrganizationKind.PUBLISHER: "NewsMediaOrganization",
    OrganizationKind.COMPANY: "Corporation",
    OrganizationKind.GOVERNMENT: "GovernmentOrganization",
    OrganizationKind.RESEARCH: "ResearchOrganization",
    OrganizationKind.NEWS_AGENCY: "Organization",
    OrganizationKind.OTHER: "Organization",
}
"""The schema.org type written for each kind of organisation."""

_KIND_OF_TYPE: Mapping[str, OrganizationKind] = {
    "NewsMediaOrganization": OrganizationKind.PUBLISHER,
    "Corporation": OrganizationKind.COMPANY,
    "GovernmentOrganization": OrganizationKind.GOVERNMENT,
    "ResearchOrganization": OrganizationKind.RESEARCH,
    "CollegeOrUniversity": OrganizationKind.RESEARCH,
    "EducationalOrganization": OrganizationKind.RESEARCH,
}

SOURCE_TYPES: Mapping[SourceKind, str] = {
    SourceKind.REPORT: "Report",
    SourceKind.LETTER: "Message",
    SourceKind.NEWSPAPER: "NewsArticle",
    SourceKind.SOCIAL_MEDIA: "SocialMediaPosting",
    SourceKind.STUDY: "ScholarlyArticle",
    SourceKind.DOCUMENT: "DigitalDocument",
}
"""The schema.org type of a cited source; other kinds are a ``CreativeWork`` with a
``genre``."""

# Diagnostic codes (NM57x: JSON-LD).
NM_JSON_REPAIRED = "NM570"
NM_JSON_UNREADABLE = "NM571"
NM_JSONLD_BAD_VALUE = "NM573"
NM_JSONLD_TOO_DEEP = "NM574"
NM_LANGUAGE_DETECTED = "NM575"

MAX_DEPTH = 64
"""Objects nested deeper than this are not walked."""
MAX_NODES = 5000
"""At most this many nodes of a document are looked at."""
MAX_ITEMS = 1000
"""At most this many items of one list (citations, translations, mentions) are read."""

_DATE_ADAPTER: TypeAdapter[date | datetime] = TypeAdapter(NewsDate)
_SPACES = re.compile(r"(?<![ \t])[ \t]*[\r\n\t][ \t\r\n]*")
"""Line breaks and tabs inside a value, read as one space (other spaces are kept). A match
starts only where a run of spaces does: tried from each space of a long run before no line
break, it was quadratic."""
_WHITESPACE = re.compile(r"\s")
"""Any character ``str.isspace`` calls a space (a URL holds none)."""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_COMMENT_WRAPPER = re.compile(
    r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$"
)
_ISOISH = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?$")


# --------------------------------------------------------------------------- writing


def to_jsonld(article: Article) -> str:
    """Write ``article`` as a schema.org ``NewsArticle`` JSON-LD document.

    >>> from newsmodel import Article, Person
    >>> print(to_jsonld(Article(title="Hi", authors=(Person(name="Jane Roe"),))))
    {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "headline": "Hi",
      "author": [
        {
          "@type": "Person",
          "name": "Jane Roe"
        }
      ]
    }
    """
    return json.dumps(jsonld_object(article), ensure_ascii=False, indent=2)


def jsonld_object(article: Article) -> dict[str, Any]:
    """The JSON-LD object of ``article`` (what :func:`to_jsonld` serialises)."""
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    _put(out, "@id", article.id)
    _put(out, "url", article.url)
    if article.canonical_url:
        out["mainEntityOfPage"] = {"@type": "WebPage", "@id": article.canonical_url}
    _put(out, "headline", article.title)
    _put(out, "alternativeHeadline", article.subtitle)
    _put(out, "articleSection", article.section)
    if article.dateline is not None:
        out["dateline"] = article.dateline.text
        if article.dateline.place is not None:
            out["locationCreated"] = {"@type": "Place", "name": article.dateline.place}
    _put(out, "inLanguage", article.language)
    if article.published is not None:
        out["datePublished"] = article.published.isoformat()
    if article.updated is not None:
        out["dateModified"] = article.updated.isoformat()
    authors: list[dict[str, Any]] = [_person(p) for p in article.authors]
    authors += [_organization(o) for o in article.agencies]
    if authors:
        out["author"] = authors
    _put(out, "creditText", article.byline)
    if article.publisher is not None:
        out["publisher"] = _organization(article.publisher)
    if article.keywords:
        out["keywords"] = list(article.keywords)
    if article.images:
        out["image"] = [_image(i) for i in article.images]
    if article.body:
        out["articleBody"] = article.text
        out["wordCount"] = word_count(out["articleBody"])
    translations = [
        _variant(v)
        for v in article.variants
        if v.relation is VariantRelation.TRANSLATION and not v.is_current
    ]
    if translations:
        out["workTranslation"] = translations
    originals = [_variant(v) for v in article.variants if v.relation is VariantRelation.ORIGINAL]
    if originals:
        out["translationOfWork"] = originals[0] if len(originals) == 1 else originals
    if article.sources:
        out["citation"] = [_source(s) for s in article.sources]
    mentions = [_person(p) for p in article.people] + [
        _organization(o) for o in article.organizations
    ]
    if mentions:
        out["mentions"] = mentions
    if article.rights is not None:
        rights = article.rights
        if rights.holder:
            out["copyrightHolder"] = {"@type": "Organization", "name": rights.holder}
        _put(out, "copyrightNotice", rights.notice)
        _put(out, "copyrightYear", rights.year)
        _put(out, "license", rights.license)
        if rights.usage_terms:
            out["usageInfo"] = {"@type": "CreativeWork", "text": rights.usage_terms}
        _put(out, "isAccessibleForFree", rights.is_accessible_for_free)
    return out


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


def _person(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Person", "name": person.name}
    _put(out, "identifier", person.id)
    _put(out, "givenName", person.given_name)
    _put(out, "familyName", person.family_name)
    if person.aliases:
        out["alternateName"] = list(person.aliases)
    _put(out, "jobTitle", person.role)
    if person.affiliation:
        out["affiliation"] = {"@type": "Organization", "name": person.affiliation}
    _put(out, "url", person.url)
    return out


def _organization(org: Organization) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": ORGANIZATION_TYPES[org.kind], "name": org.name}
    if org.kind is OrganizationKind.NEWS_AGENCY:
        out["additionalType"] = NEWS_AGENCY_TYPE
    _put(out, "identifier", org.id)
    names = [*org.acronyms, *org.aliases]
    if names:
        out["alternateName"] = names
    _put(out, "url", org.url)
    return out


def _image(image: Image) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "ImageObject", "url": image.url}
    _put(out, "caption", image.caption)
    _put(out, "creditText", image.credit)
    _put(out, "description", image.alt)
    _put(out, "width", image.width)
    _put(out, "height", image.height)
    return out


def _variant(variant: LanguageVariant) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "NewsArticle"}
    if variant.label and variant.language:
        out["inLanguage"] = {
            "@type": "Language",
            "name": variant.label,
            "alternateName": variant.language,
        }
    else:
        _put(out, "inLanguage", variant.language)
    _put(out, "url", variant.url)
    return out


def _source(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {
        "@type": SOURCE_TYPES.get(source.kind, "CreativeWork"),
        "name": source.description,
        "genre": source.kind.value,
    }
    _put(out, "identifier", source.id)
    _put(out, "url", source.url)
    if source.date is not None:
        out["datePublished"] = source.date.isoformat()
    if isinstance(source.publisher, Person):
        out["author"] = _person(source.publisher)
    elif isinstance(source.publisher, Organization):
        out["publisher"] = _organization(source.publisher)
    return out


# --------------------------------------------------------------------------- reading


def parse_jsonld(
    data: str | bytes, *, options: ParseOptions | None = None, source: str | None = None
) -> Article:
    """Read an article from a schema.org JSON-LD document.

    Accepts an object, a list of objects or an ``@graph`` document; the article is the best
    node of :data:`ARTICLE_TYPES`. Raises :class:`ParseError` for text that is not JSON or holds
    no article, :class:`UnsupportedInputError` for bytes that are not UTF-8.

    >>> doc = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hi",'
    >>> doc += ' "author": "By Jane Roe and John Doe", "inLanguage": "en"}'
    >>> article = parse_jsonld(doc)
    >>> article.title, [p.name for p in article.authors], article.language
    ('Hi', ['Jane Roe', 'John Doe'], 'en')
    """
    options = options or ParseOptions()
    value = load_json_document(data, options=options, source=source, what="JSON-LD")
    diagnostics: list[Diagnostic] = []
    node, index = find_article_node(value, diagnostics)
    if node is None:
        raise ParseError(
            "no schema.org article in the document (looked for "
            + ", ".join(ARTICLE_TYPES[:4])
            + ", …)",
            source=source,
        )
    fields = article_fields(node, index, diagnostics)
    if "url" not in fields and options.url:
        fields["url"] = options.url
    fields["diagnostics"] = tuple(diagnostics)
    try:
        article = Article.model_validate(fields)
    except ValidationError as exc:
        raise ValidationFailed.from_pydantic(exc, source=source) from None
    return _finish(article, options)


def _finish(article: Article, options: ParseOptions) -> Article:
    """What every reader does last: detect the language the document does not declare, and
    extract quotes (JSON-LD carries none) when the options ask for them."""
    if article.language is None and options.detect_language and article.body:
        from newsmodel._lang import detect_language

        detected = detect_language(article.text[:20000])
        if detected:
            note = _diag(
                NM_LANGUAGE_DETECTED,
                f"no inLanguage: {detected!r} detected from the text",
                Severity.INFO,
            )
            article = article.model_copy(
                update={"language": detected, "diagnostics": (*article.diagnostics, note)}
            )
    if options.extract_quotes and article.body:
        from newsmodel.quotes import attach_quotes

        article = attach_quotes(article)
    return article


def load_json_lenient(text: str) -> tuple[Any, tuple[Diagnostic, ...]]:
    """Decode JSON found in a page, repairing what publishers commonly break (comment or CDATA
    wrappers, trailing commas, raw control characters, several objects in a row). Returns
    ``(None, diagnostics)`` when it cannot be read. Lone surrogates (escapes such as
    ``\\udc80``, which no text can hold) are replaced by U+FFFD."""
    value, diagnostics = _load_json_lenient(text)
    if value is not None and has_surrogate_escape(text):
        value, count = replace_lone_surrogates(value)
        if count:
            message = f"{count} JSON-LD string(s) held a lone surrogate, replaced by U+FFFD"
            diagnostics = (*diagnostics, _diag(NM_JSON_REPAIRED, message, Severity.INFO))
    return value, diagnostics


def _load_json_lenient(text: str) -> tuple[Any, tuple[Diagnostic, ...]]:
    try:
        return json.loads(text), ()
    except RecursionError:
        return None, (_diag(NM_JSONLD_TOO_DEEP, "JSON-LD nested too deeply; skipped"),)
    except ValueError as exc:
        first_error = str(exc)
    repaired = _COMMENT_WRAPPER.sub("", text.strip())
    repaired = _escape_controls_in_strings(repaired)
    repaired = _TRAILING_COMMA.sub(r"\1", repaired)
    for candidate in (repaired, f"[{repaired}]", "[" + re.sub(r"}\s*{", "},{", repaired) + "]"):
        try:
            value = json.loads(candidate)
        except RecursionError:
            return None, (_diag(NM_JSONLD_TOO_DEEP, "JSON-LD nested too deeply; skipped"),)
        except ValueError:
            continue
        message = f"broken JSON-LD repaired ({first_error})"
        return value, (_diag(NM_JSON_REPAIRED, message, Severity.INFO),)
    # Written as a JavaScript object literal: comments, single quotes, bare values, quotation
    # marks left unescaped inside strings.
    try:
        value = json.loads(_TRAILING_COMMA.sub(r"\1", relax_json(repaired)))
    except RecursionError:
        return None, (_diag(NM_JSONLD_TOO_DEEP, "JSON-LD nested too deeply; skipped"),)
    except ValueError:
        pass
    else:
        if isinstance(value, dict | list):
            message = f"broken JSON-LD repaired as a script's object literal ({first_error})"
            return value, (_diag(NM_JSON_REPAIRED, message, Severity.INFO),)
    try:
        leading = _leading_values(repaired)
    except RecursionError:
        return None, (_diag(NM_JSONLD_TOO_DEEP, "JSON-LD nested too deeply; skipped"),)
    if leading:
        message = f"broken JSON-LD repaired: text after its end ignored ({first_error})"
        value = leading[0] if len(leading) == 1 else leading
        return value, (_diag(NM_JSON_REPAIRED, message, Severity.INFO),)
    return None, (_diag(NM_JSON_UNREADABLE, f"unreadable JSON-LD skipped: {first_error}"),)


def _leading_values(text: str) -> list[Any]:
    """The JSON values ``text`` starts with, up to the first text that is none (a stray ``}``
    after the object, a template's leftovers): what the publisher meant, read whole."""
    decoder = json.JSONDecoder()
    values: list[Any] = []
    position = 0
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] not in "{[":
            return values
        try:
            value, position = decoder.raw_decode(text, position)
        except ValueError:
            return values
        values.append(value)


def _escape_controls_in_strings(text: str) -> str:
    """Escape raw line breaks and tabs inside JSON strings; drop other control characters."""
    out: list[str] = []
    in_string = False
    escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            elif char < " ":
                char = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, "")
        elif char == '"':
            in_string = True
        elif char < " " and char not in "\n\r\t":
            char = ""
        out.append(char)
    return "".join(out)


def find_article_node(
    value: Any,
    diagnostics: list[Diagnostic] | None = None,
    *,
    page_urls: tuple[str, ...] = (),
) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The best article node of a decoded JSON-LD value, and an index of every node by
    ``@id`` (to resolve references such as Yoast's ``"author": {"@id": …}``).

    A node that names one of ``page_urls`` (its ``url``, ``@id`` or ``mainEntityOfPage``) is
    the page's own article and wins over related articles listed beside it."""
    nodes = list(_nodes(value, diagnostics))
    index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    own = {_url_key(u) for u in page_urls if u}
    typed = [(n, _types(n)) for n in nodes]
    for kinds in (*((k,) for k in ARTICLE_TYPES), FALLBACK_TYPES):
        wanted = set(kinds)
        candidates = [n for n, types in typed if types & wanted]
        if kinds == FALLBACK_TYPES:
            candidates = [n for n in candidates if "headline" in n or "articleBody" in n]
        if candidates:
            return max(candidates, key=lambda n: (_names_page(n, own), _richness(n))), index
    return None, index


def _url_key(url: str) -> str:
    return (
        url.split("#", 1)[0]
        .split("?", 1)[0]
        .rstrip("/")
        .removeprefix("https:")
        .removeprefix("http:")
    )


def _names_page(node: Mapping[str, Any], own: set[str]) -> bool:
    if not own:
        return False
    main = node.get("mainEntityOfPage")
    refs = [node.get("url"), node.get("@id"), main.get("@id") if isinstance(main, dict) else main]
    return any(isinstance(r, str) and _url_key(r) in own for r in refs)


def find_page_node(value: Any) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The ``WebPage`` node of a document that holds no article, when it is dated (what an HTML
    page without an article node still says about itself), and the ``@id`` index."""
    nodes = list(_nodes(value, None))
    index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    pages = [n for n in nodes if _types(n) & set(FALLBACK_TYPES) and "datePublished" in n]
    return (pages[0] if pages else None), index


def article_fields(
    node: Mapping[str, Any],
    index: Mapping[str, Mapping[str, Any]] | None = None,
    diagnostics: list[Diagnostic] | None = None,
) -> dict[str, Any]:
    """Article field values found in one JSON-LD article node (only the fields it gives)."""
    index = index or {}
    diagnostics = diagnostics if diagnostics is not None else []

    def get(key: str) -> Any:
        return _resolve(node.get(key), index)

    fields: dict[str, Any] = {}
    _set(fields, "id", _plain(node.get("@id")) if not _is_fragment(node.get("@id")) else None)
    _set(fields, "url", _url(get("url")))
    main = get("mainEntityOfPage")
    canonical = _url(main.get("@id") or main.get("url")) if isinstance(main, dict) else _url(main)
    _set(fields, "canonical_url", canonical)
    _set(fields, "title", _plain(get("headline")) or _plain(get("name")))
    _set(fields, "subtitle", _plain(get("alternativeHeadline")) or _plain(get("description")))
    _set(fields, "section", _first_plain(get("articleSection")))
    _set(
        fields,
        "dateline",
        dateline_of(_first_plain(get("dateline")), _first_plain(get("locationCreated"))),
    )
    language = _language(get("inLanguage"), diagnostics)
    _set(fields, "language", language)
    _set(fields, "published", _date(get("datePublished"), diagnostics, "published"))
    _set(fields, "updated", _date(get("dateModified"), diagnostics, "updated"))
    author = get("author")
    if author is None:
        author = get("creator")
    if author is not None:
        byline = people_from_schema(_resolve_list(author, index), language=language)
        _set(fields, "authors", byline.authors)
        _set(fields, "agencies", byline.agencies)
    _set(fields, "byline", _plain(get("creditText")))
    publisher = get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = _resolve(publisher[0], index)
    if isinstance(publisher, dict):
        _set(fields, "publisher", _read_organization(publisher, OrganizationKind.PUBLISHER))
    elif isinstance(publisher, str) and publisher.strip():
        fields["publisher"] = Organization(
            name=_SPACES.sub(" ", publisher).strip(), kind=OrganizationKind.PUBLISHER
        )
    _set(fields, "keywords", _keywords(get("keywords")))
    _set(fields, "images", tuple(_images(get("image"), index)))
    body = _plain_multiline(get("articleBody"))
    if body:
        fields["body"] = tuple(
            Paragraph(text=p.strip()) for p in _PARAGRAPH_BREAK.split(body) if p.strip()
        )
    variants = [
        *_variants(get("translationOfWork"), VariantRelation.ORIGINAL, index, diagnostics),
        *_variants(get("workTranslation"), VariantRelation.TRANSLATION, index, diagnostics),
    ]
    _set(fields, "variants", tuple(variants))
    _set(fields, "sources", tuple(_sources(get("citation"), index, diagnostics)))
    mentions = _resolve_list(get("mentions"), index)
    people_out: list[Person] = []
    orgs_out: list[Organization] = []
    for item in mentions[:MAX_ITEMS] if isinstance(mentions, list) else [mentions]:
        if not isinstance(item, dict):
            continue
        if "Person" in _types(item):
            person = _read_person(item)
            if person is not None:
                people_out.append(person)
        else:
            org = _read_organization(item, None)
            if org is not None:
                orgs_out.append(org)
    _set(fields, "people", tuple(people_out))
    _set(fields, "organizations", tuple(orgs_out))
    rights = _rights(node, index)
    if rights is not None:
        fields["rights"] = rights
    return fields


# --------------------------------------------------------------------------- reading helpers


def _diag(code: str, message: str, severity: Severity = Severity.WARNING) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=message)


def _nodes(value: Any, diagnostics: list[Diagnostic] | None) -> Iterator[dict[str, Any]]:
    stack: list[tuple[Any, int]] = [(value, 0)]
    seen = 0
    warned = False
    while stack and seen < MAX_NODES:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            if not warned and diagnostics is not None:
                diagnostics.append(_diag(NM_JSONLD_TOO_DEEP, "JSON-LD nested too deeply"))
                warned = True
            continue
        if isinstance(item, list):
            stack.extend((child, depth + 1) for child in reversed(item))
        elif isinstance(item, dict):
            seen += 1
            yield item
            graph = item.get("@graph")
            if graph is not None:
                stack.append((graph, depth + 1))
            for key in ("mainEntity", "hasPart", "itemListElement"):
                child = item.get(key)
                if isinstance(child, dict | list):
                    stack.append((child, depth + 1))


def _types(node: Mapping[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if isinstance(v, str)}


def _richness(node: Mapping[str, Any]) -> int:
    keys = ("headline", "articleBody", "author", "datePublished", "publisher", "image")
    return sum(1 for k in keys if k in node)


def _resolve(value: Any, index: Mapping[str, Mapping[str, Any]]) -> Any:
    """A reference (``{"@id": …}``) replaced by the node it names; a node that both names
    itself and gives a few properties is completed with the full node's."""
    if isinstance(value, dict):
        ref = value.get("@id")
        if isinstance(ref, str) and ref in index and index[ref] is not value:
            return {**index[ref], **value}
    return value


def _resolve_list(value: Any, index: Mapping[str, Mapping[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolve(v, index) for v in value[:MAX_ITEMS]]
    return _resolve(value, index)


def _set(fields: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != () and value != "":
        fields[key] = value


def _plain(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value", value.get("name"))
    if isinstance(value, str):
        text = _SPACES.sub(" ", value).strip()
        return text or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _first_plain(value: Any) -> str | None:
    return _plain(value[0] if isinstance(value, list) and value else value)


def _plain_multiline(value: Any) -> str | None:
    if isinstance(value, list):
        value = "\n\n".join(v for v in value if isinstance(v, str))
    if isinstance(value, str) and value.strip():
        return value
    return None


def _is_fragment(value: Any) -> bool:
    return isinstance(value, str) and ("#" in value or value.startswith("_:"))


def _url(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or value.get("contentUrl")
    if isinstance(value, str):
        text = value.strip()
        if text and _WHITESPACE.search(text) is None and len(text) <= 8192:
            return text
    return None


def _language(value: Any, diagnostics: list[Diagnostic]) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("identifier") or value.get("name")
    if not isinstance(value, str) or not value.strip():
        return None
    tag = value.strip().replace("_", "-")
    try:
        return replace_withdrawn(canonical_language_tag(tag))
    except ValueError:
        diagnostics.append(
            _diag(NM_JSONLD_BAD_VALUE, f"inLanguage {value[:40]!r} is not a BCP 47 tag; ignored")
        )
        return None


def _date(value: Any, diagnostics: list[Diagnostic], name: str) -> date | datetime | None:
    text = _plain(value)
    if text is None:
        return None
    parsed: date | datetime | None = None
    text = _COLON_FRACTION.sub(r"\1.\2", text)
    if _ISOISH.match(text):
        try:
            parsed = _DATE_ADAPTER.validate_python(text.replace(" ", "T", 1))
        except ValidationError:
            parsed = None
    if parsed is None:
        from newsmodel._dates import parse_date

        parsed = parse_date(text)
    if parsed is None:
        diagnostics.append(
            _diag(NM_JSONLD_BAD_VALUE, f"{name} date {text[:40]!r} is not a date; ignored")
        )
    elif parsed.year in _PLACEHOLDER_YEARS:
        diagnostics.append(
            _diag(NM_JSONLD_BAD_VALUE, f"{name} date {text[:40]!r} is a placeholder; ignored")
        )
        return None
    return parsed


_COLON_FRACTION = re.compile(r"(T\d{2}:\d{2}:\d{2}):(\d{1,6})(?=Z|[+-]\d{2}|$)")
"""Fractions of a second after a colon (``22:06:08:684Z``), a slip some sites make for
``22:06:08.684Z``."""
_PLACEHOLDER_YEARS = frozenset({1, 9999})
"""Years of the empty values frameworks write for a missing date (``0001-01-01T00:00:00Z``,
``9999-12-31``)."""


KEYWORD_SPLIT = re.compile(r"(?:(?<!\s)\s+)?[,;]\s*")
"""A comma or semicolon between keywords with the spaces around it (JSON-LD and ``<meta>``).
The spaces before it are matched only from the first of their run: tried from each, a long
run of spaces and no comma cost time quadratic in its length (200,000 spaces: over three
minutes)."""


def _keywords(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        items = KEYWORD_SPLIT.split(value)
    elif isinstance(value, list):
        items = [k for k in value if isinstance(k, str)]
    else:
        return None
    out: list[str] = []
    for item in items[:200]:
        text = _SPACES.sub(" ", item).strip()
        if text and text not in out:
            out.append(text)
    return tuple(out)


def _int(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 1 else None
    if isinstance(value, str):
        digits = re.match(r"^\s*(\d{1,6})(?:\s*px)?\s*$", value)
        if digits and int(digits.group(1)) >= 1:
            return int(digits.group(1))
    return None


def _images(value: Any, index: Mapping[str, Mapping[str, Any]]) -> list[Image]:
    value = _resolve_list(value, index)
    items = value if isinstance(value, list) else [value]
    out: list[Image] = []
    for item in items[:50]:
        item = _resolve(item, index)
        if isinstance(item, str):
            url = _url(item)
            if url:
                out.append(Image(url=url))
        elif isinstance(item, dict):
            url = _url(item.get("url") or item.get("contentUrl"))
            if not url:
                continue
            credit = _plain(item.get("creditText"))
            if credit is None:
                holder = _resolve(item.get("copyrightHolder") or item.get("author"), index)
                credit = _plain(holder)
            out.append(
                Image(
                    url=url,
                    caption=_plain(item.get("caption")),
                    credit=credit,
                    alt=_plain(item.get("description")),
                    width=_int(item.get("width")),
                    height=_int(item.get("height")),
                )
            )
    unique: list[Image] = []
    for image in out:
        if all(image.url != u.url for u in unique):
            unique.append(image)
    return unique


def _is_agency_node(node: Mapping[str, Any]) -> bool:
    extra = node.get("additionalType")
    extras = extra if isinstance(extra, list) else [extra]
    return NEWS_AGENCY_TYPE in extras


def _read_person(node: Mapping[str, Any]) -> Person | None:
    name = _plain(node.get("name"))
    given = _plain(node.get("givenName"))
    family = _plain(node.get("familyName"))
    if not name:
        name = " ".join(p for p in (given, family) if p) or None
    if not name:
        return None
    affiliation = node.get("affiliation") or node.get("worksFor")
    aliases = node.get("alternateName")
    alias_list = aliases if isinstance(aliases, list) else [aliases]
    url = _url(node.get("url")) or _url(node.get("sameAs"))
    return Person(
        id=_identifier(node.get("identifier")),
        name=name,
        given_name=given,
        family_name=family,
        aliases=tuple(a for a in (_plain(x) for x in alias_list) if a),
        role=_plain(node.get("jobTitle")),
        affiliation=_plain(affiliation),
        url=url,
    )


def _identifier(value: Any) -> str | None:
    text = _plain(value)
    return text if text and re.fullmatch(r"[A-Za-z0-9_.:-]+", text) else None


def _read_organization(
    node: Mapping[str, Any], default_kind: OrganizationKind | None
) -> Organization | None:
    name = _plain(node.get("name")) or _plain(node.get("legalName"))
    if not name:
        return None
    if _is_agency_node(node):
        kind = OrganizationKind.NEWS_AGENCY
    else:
        kinds = [_KIND_OF_TYPE[t] for t in _types(node) if t in _KIND_OF_TYPE]
        kind = kinds[0] if kinds else (default_kind or OrganizationKind.OTHER)
    names = node.get("alternateName")
    name_list = [
        n for n in (_plain(x) for x in (names if isinstance(names, list) else [names])) if n
    ]
    return Organization(
        id=_identifier(node.get("identifier")),
        name=name,
        acronyms=tuple(n for n in name_list if ACRONYM.match(n)),
        aliases=tuple(n for n in name_list if not ACRONYM.match(n)),
        kind=kind,
        url=_url(node.get("url")),
    )


def _variants(
    value: Any,
    relation: VariantRelation,
    index: Mapping[str, Mapping[str, Any]],
    diagnostics: list[Diagnostic],
) -> list[LanguageVariant]:
    value = _resolve_list(value, index)
    out: list[LanguageVariant] = []
    for item in value[:MAX_ITEMS] if isinstance(value, list) else [value]:
        item = _resolve(item, index)
        if isinstance(item, str):
            url = _url(item)
            if url:
                out.append(LanguageVariant(language=None, url=url, relation=relation))
            continue
        if not isinstance(item, dict):
            continue
        language_value = item.get("inLanguage")
        label = _plain(language_value.get("name")) if isinstance(language_value, dict) else None
        language = _language(language_value, diagnostics)
        out.append(
            LanguageVariant(
                language=language,
                label=label if label != language else None,
                url=_url(item.get("url") or item.get("@id")),
                relation=relation,
            )
        )
    return out


_SOURCE_KINDS = {kind.value: kind for kind in SourceKind}
_KIND_OF_SOURCE_TYPE = {v: k for k, v in SOURCE_TYPES.items()}


def _sources(
    value: Any, index: Mapping[str, Mapping[str, Any]], diagnostics: list[Diagnostic]
) -> list[Source]:
    value = _resolve_list(value, index)
    out: list[Source] = []
    for item in value[:MAX_ITEMS] if isinstance(value, list) else [value]:
        item = _resolve(item, index)
        if isinstance(item, str) and item.strip():
            text = _SPACES.sub(" ", item).strip()
            url = text if re.match(r"^https?://\S+$", text) else None
            out.append(Source(description=text, url=url))
            continue
        if not isinstance(item, dict):
            continue
        description = _plain(item.get("name")) or _plain(item.get("headline"))
        url = _url(item.get("url"))
        if not description:
            description = url
        if not description:
            continue
        genre = _plain(item.get("genre"))
        kind = _SOURCE_KINDS.get(genre or "")
        if kind is None:
            types = [_KIND_OF_SOURCE_TYPE[t] for t in _types(item) if t in _KIND_OF_SOURCE_TYPE]
            kind = types[0] if types else SourceKind.OTHER
        publisher: Person | Organization | None = None
        author = _resolve(item.get("author"), index)
        if isinstance(author, dict) and "Person" in _types(author):
            publisher = _read_person(author)
        elif isinstance(item.get("publisher"), dict):
            publisher = _read_organization(_resolve(item["publisher"], index), None)
        out.append(
            Source(
                id=_identifier(item.get("identifier")),
                kind=kind,
                description=description,
                publisher=publisher,
                url=url,
                date=_date(item.get("datePublished"), diagnostics, "citation"),
            )
        )
    return out


def _rights(node: Mapping[str, Any], index: Mapping[str, Mapping[str, Any]]) -> Rights | None:
    holder = _plain(_resolve(node.get("copyrightHolder"), index))
    notice = _plain(node.get("copyrightNotice"))
    year = _int(node.get("copyrightYear"))
    license_url = _url(node.get("license"))
    usage = node.get("usageInfo")
    usage_terms = _plain(usage.get("text")) if isinstance(usage, dict) else None
    free = node.get("isAccessibleForFree")
    if isinstance(free, str):
        free = {"true": True, "false": False}.get(free.strip().lower())
    if not isinstance(free, bool):
        free = None
    if year is not None and not 1000 <= year <= 9999:
        year = None
    values = (holder, notice, year, license_url, usage_terms, free)
    if all(v is None for v in values):
        return None
    return Rights(
        holder=holder,
        notice=notice,
        usage_terms=usage_terms,
        year=year,
        license=license_url,
        is_accessible_for_free=free,
    )


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_jsonld(data, options=options)


CODEC = Codec(Format.JSONLD, _read, to_jsonld, "application/ld+json", ".jsonld")
