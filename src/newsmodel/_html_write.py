"""newsmodel's own HTML markup, both ways: :func:`write_html` and :func:`read_own_markup`.

``to_html`` writes a semantic HTML5 document: ``<article>`` with schema.org microdata,
``<h1>``, ``<time datetime>``, the byline as ``Person`` items, the body as ``<p>``, ``<h2>``…,
``<blockquote>``, ``<ul>``/``<ol>`` and ``<figure>``, quotes as ``<q>`` elements that name their
speaker, ``<link rel=alternate hreflang>`` for variants, and the ``NewsArticle`` JSON-LD. What
the visible markup cannot say (a person's grammatical gender, a quote's cue verb) is written as
``data-nm-*`` attributes on the element it belongs to. Every convention is listed in
``docs/html.md``; the reader of this module reads exactly those conventions back, which is how
``parse_html(to_html(a)) == a`` holds without any hidden copy of the article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import lxml.html
from lxml.html import HtmlElement
from pydantic import BaseModel, ValidationError

from newsmodel._dateline import dateline_of, split_at_place
from newsmodel._xml import first_unwritable, html_markup
from newsmodel.errors import Diagnostic, SerializeError, Severity
from newsmodel.formats.jsonld import to_jsonld
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Dateline,
    Figure,
    Heading,
    Image,
    LanguageVariant,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    Rights,
    Source,
    Span,
    SpanKind,
)

__all__ = ["GENERATOR", "is_own_markup", "read_own_markup", "write_html"]

GENERATOR = "newsmodel"
"""The ``<meta name="generator">`` content prefix that marks a page newsmodel wrote."""

SCHEMA = "https://schema.org/"
NM = "data-nm-"
"""Prefix of newsmodel's data attributes."""

NM_OWN_MARKUP_BROKEN = "NM310"

# Inline markup per span kind: the element written, and back.
SPAN_TAGS: Mapping[SpanKind, str] = {
    SpanKind.QUOTE: "q",
    SpanKind.LINK: "a",
    SpanKind.EMPHASIS: "em",
    SpanKind.STRONG: "strong",
}
"""The element each span kind is written as."""
_SPAN_KIND_OF_TAG = {tag: kind for kind, tag in SPAN_TAGS.items()}

# Fields of Person and Organization written as data attributes (the name is visible text).
PERSON_ATTRIBUTES: tuple[str, ...] = (
    "id",
    "given_name",
    "family_name",
    "aliases",
    "role",
    "affiliation",
    "credit",
    "gender",
    "url",
)
ORGANIZATION_ATTRIBUTES: tuple[str, ...] = ("id", "acronyms", "aliases", "kind", "url")
IMAGE_ATTRIBUTES: tuple[str, ...] = ("alt", "width", "height")

M = TypeVar("M", bound=BaseModel)


# =========================================================================== writing


def write_html(article: Article, *, version: str = "") -> str:
    """The HTML5 document of ``article``."""
    writer = _Writer(article)
    try:
        html = writer.document(version)
    except ValueError:  # lxml refuses control characters, U+FFFE and U+FFFF in text
        problem = first_unwritable(article.model_dump(mode="json"))
        if problem is None:
            raise
        raise SerializeError(f"HTML cannot carry it: {problem}") from None
    text = html_markup(html)
    return "<!DOCTYPE html>\n" + text + "\n"


def _el(tag: str, text: str | None = None, /, **attrs: str | None) -> HtmlElement:
    element: HtmlElement = lxml.html.Element(tag)
    for key, value in attrs.items():
        if value is not None:
            element.set(key.rstrip("_").replace("_", "-"), value)
    if text is not None:
        element.text = text
    return element


def _add(parent: HtmlElement, child: HtmlElement) -> HtmlElement:
    parent.append(child)
    if parent.tag in _LINE_PER_CHILD:
        child.tail = "\n"
    return child


_LINE_PER_CHILD = frozenset(
    {"html", "head", "body", "article", "header", "footer", "div", "ul", "ol"}
)
"""Containers whose children are written one per line (only element content: no text moves)."""


def _attr_value(value: Any) -> str:
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if hasattr(value, "value"):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _set_fields(element: HtmlElement, model: BaseModel, names: Sequence[str]) -> None:
    for name in names:
        value = getattr(model, name)
        default = type(model).model_fields[name].default
        if value is not None and value != default:
            element.set(NM + name.replace("_", "-"), _attr_value(value))


@dataclass
class _Refs:
    """Where each entity and source of the article is written, to refer to it by id."""

    lists: dict[str, list[Any]] = field(default_factory=dict)

    def ref(self, value: Any, extra: str) -> str:
        for name, items in self.lists.items():
            for index, item in enumerate(items):
                if item == value:
                    return f"{name}:{index}"
        extras = self.lists.setdefault(extra, [])
        extras.append(value)
        return f"{extra}:{len(extras) - 1}"


class _Writer:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.refs = _Refs(
            {
                "author": list(article.authors),
                "agency": list(article.agencies),
                "publisher": [article.publisher] if article.publisher else [],
                "person": list(article.people),
                "organization": list(article.organizations),
                "source": list(article.sources),
            }
        )

    # ------------------------------------------------------------------ document

    def document(self, version: str) -> HtmlElement:
        a = self.article
        html = _el("html", lang=a.language)
        head = _add(html, _el("head"))
        _add(head, _el("meta", charset="utf-8"))
        _add(head, _el("meta", name="generator", content=f"{GENERATOR} {version}".strip()))
        if a.title is not None:
            _add(head, _el("title", a.title))
        if a.subtitle is not None:
            _add(head, _el("meta", name="description", content=a.subtitle))
        if a.canonical_url is not None:
            _add(head, _el("link", rel="canonical", href=a.canonical_url))
        for variant in a.variants:
            if variant.url is not None:
                _add(
                    head,
                    _el(
                        "link",
                        rel="alternate",
                        hreflang=variant.language or "x-default",
                        href=variant.url,
                        title=variant.label,
                    ),
                )
        script = _add(head, _el("script", type="application/ld+json"))
        script.text = to_jsonld(a).replace("<", "\\u003c")
        body = _add(html, _el("body"))
        body.append(self.article_element())
        return html

    def dateline(self, dateline: Dateline) -> HtmlElement:
        """``<p itemprop="dateline">``, the place in it marked ``nm-place``."""
        element = _el("p", class_="nm-dateline", itemprop="dateline")
        parts = split_at_place(dateline)
        if parts is None:
            element.text = dateline.text
            return element
        before, place, after = parts
        element.text = before or None
        _add(element, _el("span", place, class_="nm-place")).tail = after or None
        return element

    def article_element(self) -> HtmlElement:
        a = self.article
        article = _el("article", itemscope="", itemtype=SCHEMA + "NewsArticle")
        _set_fields(article, a, ("id", "url", "machine_translated"))
        if a.url is not None:
            _add(article, _el("link", itemprop="url", href=a.url))
        header = _add(article, _el("header"))
        if a.section is not None:
            _add(header, _el("p", a.section, class_="nm-section", itemprop="articleSection"))
        if a.title is not None:
            _add(header, _el("h1", a.title, itemprop="headline"))
        if a.subtitle is not None:
            _add(header, _el("p", a.subtitle, class_="nm-subtitle", itemprop="alternativeHeadline"))
        if a.dateline is not None:
            _add(header, self.dateline(a.dateline))
        if a.authors or a.agencies or a.byline is not None:
            byline = _add(header, _el("p", class_="nm-byline"))
            if a.byline is not None:
                _add(byline, _el("span", a.byline, class_="nm-byline-text"))
            for person in a.authors:
                _add(byline, self.person(person, "author", itemprop="author"))
            for agency in a.agencies:
                _add(byline, self.organization(agency, "agency", itemprop="sourceOrganization"))
        for cls, prop, value in (
            ("nm-published", "datePublished", a.published),
            ("nm-updated", "dateModified", a.updated),
        ):
            if value is not None:
                iso = value.isoformat()
                _add(header, _el("time", iso, class_=cls, itemprop=prop, datetime=iso))
        if a.publisher is not None:
            _add(header, self.organization(a.publisher, "publisher", itemprop="publisher"))
        body = _add(article, _el("div", class_="nm-body", itemprop="articleBody"))
        inline, detached = self.place_quotes()
        for index, block in enumerate(a.body):
            _add(body, self.block(index, block, inline.get(index, [])))
        footer = _add(article, _el("footer"))
        self.footer(footer, detached)
        return article

    # ------------------------------------------------------------------ entities

    def person(self, person: Person, cls: str, *, itemprop: str | None = None) -> HtmlElement:
        element = _el(
            "span",
            class_=f"nm-person nm-{cls}",
            itemprop=itemprop,
            itemscope="",
            itemtype=SCHEMA + "Person",
        )
        _add(element, _el("span", person.name, itemprop="name"))
        if person.role is not None:
            _add(element, _el("span", person.role, itemprop="jobTitle"))
        _set_fields(element, person, tuple(a for a in PERSON_ATTRIBUTES if a != "role"))
        return element

    def organization(
        self, org: Organization, cls: str, *, itemprop: str | None = None
    ) -> HtmlElement:
        element = _el(
            "span",
            class_=f"nm-organization nm-{cls}",
            itemprop=itemprop,
            itemscope="",
            itemtype=SCHEMA + "Organization",
        )
        _add(element, _el("span", org.name, itemprop="name"))
        _set_fields(element, org, ORGANIZATION_ATTRIBUTES)
        return element

    def entity(self, value: Person | Organization, cls: str) -> HtmlElement:
        if isinstance(value, Person):
            return self.person(value, cls)
        return self.organization(value, cls)

    # ------------------------------------------------------------------ body

    def place_quotes(self) -> tuple[dict[int, list[tuple[str, Quote]]], list[tuple[str, Quote]]]:
        """Quotes written inside their block's text, by block; the others, written apart."""
        inline: dict[int, list[tuple[str, Quote]]] = {}
        detached: list[tuple[str, Quote]] = []
        for index, quote in enumerate(self.article.quotes):
            if self.fits_inline(quote, quote.block):
                target = inline.setdefault(quote.block, [])
                target.extend(_flatten(str(index), quote))
            else:
                detached.append((str(index), quote))
        return inline, detached

    def fits_inline(self, quote: Quote, block_index: int) -> bool:
        body = self.article.body
        if quote.end_block is not None or block_index >= len(body) or quote.block != block_index:
            return False
        block = body[block_index]
        if not isinstance(block, Paragraph | Heading):
            return False
        if not 0 <= quote.start <= quote.end <= len(block.text):
            return False
        if block.text[quote.start : quote.end] != quote.text:
            return False
        return all(self.fits_inline(n, block_index) for n in quote.nested)

    def block(self, index: int, block: Block, quotes: list[tuple[str, Quote]]) -> HtmlElement:
        if isinstance(block, Paragraph):
            element = _el("p")
            self.inline_text(element, block.text, block.spans, quotes)
            return element
        if isinstance(block, Heading):
            element = _el(f"h{block.level}")
            self.inline_text(element, block.text, (), quotes)
            return element
        if isinstance(block, BlockQuote):
            element = _el("blockquote", cite=block.cite)
            for part in block.text.split("\n\n"):
                _add(element, _el("p", part))
            if block.attribution is not None:
                _add(element, _el("footer", block.attribution, class_="nm-attribution"))
            return element
        if isinstance(block, ListBlock):
            element = _el("ol" if block.ordered else "ul")
            for item in block.items:
                _add(element, _el("li", item))
            return element
        return self.figure(block.image, "nm-figure")

    def figure(self, image: Image, cls: str, *, itemprop: str | None = None) -> HtmlElement:
        element = _el(
            "figure",
            class_=cls,
            itemprop=itemprop,
            itemscope="" if itemprop else None,
            itemtype=SCHEMA + "ImageObject" if itemprop else None,
        )
        img = _add(element, _el("img", src=image.url, alt=image.alt))
        for name in ("width", "height"):
            value = getattr(image, name)
            if value is not None:
                img.set(name, str(value))
        if image.alt is None:
            img.set(NM + "no-alt", "")
        if image.caption is not None or image.credit is not None:
            caption = _add(element, _el("figcaption"))
            if image.caption is not None:
                _add(caption, _el("span", image.caption, class_="nm-caption", itemprop="caption"))
            if image.credit is not None:
                _add(caption, _el("small", image.credit, class_="nm-credit", itemprop="creditText"))
        return element

    def inline_text(
        self,
        element: HtmlElement,
        text: str,
        spans: Sequence[Span],
        quotes: list[tuple[str, Quote]],
    ) -> None:
        intervals: list[_Interval] = []
        for index, span in enumerate(spans):
            valid = 0 <= span.start <= span.end <= len(text)
            attrs = {NM + "span": str(index)}
            if span.href is not None:
                attrs["href" if span.kind is SpanKind.LINK else "cite"] = span.href
            if not valid:
                attrs[NM + "start"] = str(span.start)
                attrs[NM + "end"] = str(span.end)
            start = min(span.start, len(text))
            end = span.end if valid else start
            intervals.append(_Interval(start, end, SPAN_TAGS[span.kind], attrs, len(intervals)))
        for path, quote in quotes:
            intervals.append(
                _Interval(
                    quote.start, quote.end, "q", self.quote_attrs(path, quote), len(intervals)
                )
            )
        _render_intervals(element, text, intervals)

    def quote_attrs(self, path: str, quote: Quote) -> dict[str, str]:
        attrs = {NM + "quote": path, NM + "kind": quote.kind.value}
        if quote.speaker is not None:
            attrs[NM + "speaker"] = self.refs.ref(quote.speaker, "speaker")
            attrs["title"] = quote.speaker.name
        for name in ("speaker_text", "cue", "open_mark", "close_mark"):
            value = getattr(quote, name)
            if value is not None:
                attrs[NM + name.replace("_", "-")] = value
        if quote.unclosed:
            attrs[NM + "unclosed"] = "true"
        if quote.source is not None:
            attrs[NM + "source"] = self.refs.ref(quote.source, "quote-source")
            if quote.source.url is not None:
                attrs["cite"] = quote.source.url
        return attrs

    # ------------------------------------------------------------------ footer

    def footer(self, footer: HtmlElement, detached: list[tuple[str, Quote]]) -> None:
        a = self.article
        if a.keywords:
            keywords = _add(footer, _el("ul", class_="nm-keywords"))
            for keyword in a.keywords:
                _add(keywords, _el("li", keyword, itemprop="keywords"))
        if a.images:
            images = _add(footer, _el("div", class_="nm-images"))
            for image in a.images:
                _add(images, self.figure(image, "nm-image", itemprop="image"))
        if a.rights is not None:
            _add(footer, self.rights(a.rights))
        if a.variants:
            nav = _add(footer, _el("nav", class_="nm-variants"))
            items = _add(nav, _el("ul"))
            for variant in a.variants:
                _add(_add(items, _el("li")), self.variant(variant))
        if detached:
            quotes = _add(footer, _el("ol", class_="nm-quotes"))
            for path, quote in detached:
                _add(quotes, self.detached_quote(path, quote))
        # Written last: references from quotes may add speakers and sources to the lists.
        sections = (
            ("person", "nm-people"),
            ("organization", "nm-organizations"),
            ("speaker", "nm-speakers"),
        )
        source_lists = (("source", "nm-sources"), ("quote-source", "nm-quote-sources"))
        for name, cls in sections:
            values = self.refs.lists.get(name, [])
            if values:
                ul = _add(footer, _el("ul", class_=cls))
                for value in values:
                    _add(_add(ul, _el("li")), self.entity(value, name))
        for name, cls in source_lists:
            values = self.refs.lists.get(name, [])
            if values:
                ol = _add(footer, _el("ol", class_=cls))
                for value in values:
                    _add(ol, self.source(value))

    def rights(self, rights: Rights) -> HtmlElement:
        element = _el("p", class_="nm-rights")
        if rights.notice is not None:
            _add(
                element, _el("small", rights.notice, class_="nm-notice", itemprop="copyrightNotice")
            )
        if rights.holder is not None:
            _add(
                element, _el("span", rights.holder, class_="nm-holder", itemprop="copyrightHolder")
            )
        if rights.usage_terms is not None:
            _add(element, _el("span", rights.usage_terms, class_="nm-usage-terms"))
        if rights.year is not None:
            _add(element, _el("meta", itemprop="copyrightYear", content=str(rights.year)))
        if rights.license is not None:
            _add(element, _el("a", "License", rel="license", href=rights.license))
        if rights.is_accessible_for_free is not None:
            free = "true" if rights.is_accessible_for_free else "false"
            _add(element, _el("meta", itemprop="isAccessibleForFree", content=free))
        return element

    def variant(self, variant: LanguageVariant) -> HtmlElement:
        element = _el(
            "a",
            variant.label,
            href=variant.url,
            hreflang=variant.language or "x-default",
            class_="nm-variant",
        )
        element.set(NM + "relation", variant.relation.value)
        if variant.is_current:
            element.set(NM + "current", "true")
        if variant.label is None:
            element.set(NM + "no-label", "")
        return element

    def source(self, source: Source) -> HtmlElement:
        item = _el("li", class_="nm-source")
        _set_fields(item, source, ("id", "kind", "date"))
        cite = _add(item, _el("cite"))
        if source.url is not None:
            _add(cite, _el("a", source.description, href=source.url))
        else:
            cite.text = source.description
        if source.publisher is not None:
            _add(item, self.entity(source.publisher, "source-publisher"))
        return item

    def detached_quote(self, path: str, quote: Quote) -> HtmlElement:
        item = _el("li")
        attrs = self.quote_attrs(path, quote)
        attrs[NM + "block"] = str(quote.block)
        attrs[NM + "start"] = str(quote.start)
        attrs[NM + "end"] = str(quote.end)
        if quote.end_block is not None:
            attrs[NM + "end-block"] = str(quote.end_block)
        _add(item, _el("q", quote.text, **{k.replace("-", "_"): v for k, v in attrs.items()}))
        if quote.nested:
            nested = _add(item, _el("ol"))
            for index, child in enumerate(quote.nested):
                _add(nested, self.detached_quote(f"{path}.{index}", child))
        return item


def _flatten(path: str, quote: Quote) -> Iterator[tuple[str, Quote]]:
    yield path, quote
    for index, child in enumerate(quote.nested):
        yield from _flatten(f"{path}.{index}", child)


@dataclass(frozen=True)
class _Interval:
    start: int
    end: int
    tag: str
    attrs: Mapping[str, str]
    order: int


def _render_intervals(element: HtmlElement, text: str, intervals: list[_Interval]) -> None:
    """Write ``text`` into ``element`` with each interval as an inline element. Intervals that
    cross are split into pieces with the same ``data-nm-*`` id, which the reader merges."""
    if not intervals:
        element.text = text
        return
    points = sorted({0, len(text)} | {i.start for i in intervals} | {i.end for i in intervals})
    # The intervals starting at each point (a scan of every interval at every point was
    # quadratic in the number of spans and quotes of a paragraph).
    starts: dict[int, list[_Interval]] = {}
    for interval in intervals:
        starts.setdefault(interval.start, []).append(interval)
    # Elements open at the current position, outermost first.
    stack: list[tuple[_Interval, HtmlElement]] = []
    sink: list[HtmlElement] = [element]
    # The last child of each element of ``sink`` (lxml counts children one by one: asking the
    # element at every point was quadratic in the number of spans).
    last_child: list[HtmlElement | None] = [element[-1] if len(element) else None]

    def append_text(value: str) -> None:
        if not value:
            return
        last = last_child[-1]
        if last is not None:
            last.tail = (last.tail or "") + value
        else:
            target = sink[-1]
            target.text = (target.text or "") + value

    def open_interval(interval: _Interval) -> None:
        attrs = dict(interval.attrs)
        tag = interval.tag
        if tag == "a" and any(el.tag == "a" for _, el in stack):
            # HTML closes a link at the next <a>: a link inside a link is written as a span.
            tag = "span"
            attrs[NM + "span-kind"] = SpanKind.LINK.value
            href = attrs.pop("href", None)
            if href is not None:
                attrs[NM + "href"] = href
        child = _el(tag, **{k.replace("-", "_"): v for k, v in attrs.items()})
        sink[-1].append(child)
        last_child[-1] = child
        stack.append((interval, child))
        sink.append(child)
        last_child.append(None)

    def close_top() -> None:
        stack.pop()
        sink.pop()
        last_child.pop()

    for index, point in enumerate(points):
        # Close intervals ending here (and reopen the ones closed only to reach them).
        if any(i.end == point for i, _ in stack):
            reopen: list[_Interval] = []
            while any(i.end == point for i, _ in stack):
                interval, _ = stack[-1]
                close_top()
                if interval.end != point:
                    reopen.append(interval)
            for interval in reversed(reopen):
                open_interval(interval)
        starting = sorted(
            starts.get(point, ()),
            key=lambda i: (-(i.end - i.start), i.order),
        )
        for interval in starting:
            open_interval(interval)
            if interval.end == point:
                close_top()
        if index + 1 < len(points):
            append_text(text[point : points[index + 1]])


# =========================================================================== reading


def is_own_markup(root: HtmlElement) -> bool:
    """True when ``root`` is a page newsmodel wrote (``<meta name="generator">`` in its head,
    where newsmodel writes it: the body is not searched)."""
    head = root.find("head")
    for meta in (head if head is not None else root).iterfind(".//meta[@name='generator']"):
        content = meta.get("content") or ""
        if content.split(" ", 1)[0] == GENERATOR:
            return True
    return False


def read_own_markup(root: HtmlElement) -> tuple[dict[str, Any], tuple[Diagnostic, ...]]:
    """Article fields read from a page in newsmodel's own markup (:func:`is_own_markup`)."""
    reader = _Reader(root)
    try:
        return reader.fields(), tuple(reader.diagnostics)
    # RecursionError: inline elements nested deeper than the reader's walk recurses.
    except (ValueError, ValidationError, KeyError, IndexError, RecursionError) as exc:
        message = f"newsmodel markup could not be read ({str(exc).splitlines()[0][:120]})"
        return {}, (
            Diagnostic(code=NM_OWN_MARKUP_BROKEN, severity=Severity.WARNING, message=message),
        )


def _attr(element: HtmlElement, name: str) -> str | None:
    value: str | None = element.get(NM + name)
    return value


def _fields_from_attrs(
    element: HtmlElement, model: type[M], names: Sequence[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in names:
        value = _attr(element, name.replace("_", "-"))
        if value is None:
            continue
        annotation = model.model_fields[name].annotation
        if annotation is not None and "tuple" in str(annotation):
            out[name] = tuple(json.loads(value))
        elif name in {"width", "height"}:
            out[name] = int(value)
        elif name == "machine_translated":
            out[name] = value == "true"
        else:
            out[name] = value
    return out


def _own_text(element: HtmlElement) -> str:
    return "".join(element.itertext())


def _child(element: HtmlElement, xpath: str) -> HtmlElement | None:
    found = element.xpath(xpath)
    return found[0] if found else None


class _Reader:
    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        self.diagnostics: list[Diagnostic] = []
        found = root.xpath("//article[@itemtype='https://schema.org/NewsArticle']")
        if not found:
            raise ValueError("no <article> element")
        self.article: HtmlElement = found[0]
        self.lists: dict[str, list[Any]] = {}

    def fields(self) -> dict[str, Any]:
        art = self.article
        out: dict[str, Any] = _fields_from_attrs(art, Article, ("id", "url", "machine_translated"))
        html_lang = self.root.get("lang")
        if html_lang is not None:
            out["language"] = html_lang
        header = _child(art, "./header")
        footer = _child(art, "./footer")
        if header is not None:
            self.header(header, out)
        if footer is not None:
            self.footer(footer, out)
        canonical = _child(self.root, "//head/link[@rel='canonical']")
        if canonical is not None:
            out["canonical_url"] = canonical.get("href")
        body = _child(art, "./div[@class='nm-body']")
        blocks: list[Any] = []
        quote_pieces: dict[str, dict[str, Any]] = {}
        if body is not None:
            for index, element in enumerate(body):
                blocks.append(self.block(index, element, quote_pieces))
        out["body"] = tuple(blocks)
        if footer is not None:
            detached = _child(footer, "./ol[@class='nm-quotes']")
            if detached is not None:
                for item in detached.iterchildren("li"):
                    self.detached_quote(item, quote_pieces)
        out["quotes"] = self.build_quotes(quote_pieces)
        return out

    # ------------------------------------------------------------------ header, footer

    def header(self, header: HtmlElement, out: dict[str, Any]) -> None:
        for element in header:
            cls = element.get("class") or ""
            prop = element.get("itemprop")
            if prop == "articleSection":
                out["section"] = _own_text(element)
            elif prop == "headline":
                out["title"] = _own_text(element)
            elif prop == "alternativeHeadline":
                out["subtitle"] = _own_text(element)
            elif prop == "dateline":
                place = _child(element, "./span[@class='nm-place']")
                out["dateline"] = dateline_of(
                    _own_text(element), _own_text(place) if place is not None else None
                )
            elif prop == "datePublished":
                out["published"] = element.get("datetime")
            elif prop == "dateModified":
                out["updated"] = element.get("datetime")
            elif prop == "publisher":
                out["publisher"] = self.organization(element)
            elif cls == "nm-byline":
                authors: list[Person] = []
                agencies: list[Organization] = []
                for part in element:
                    part_cls = part.get("class") or ""
                    if part_cls == "nm-byline-text":
                        out["byline"] = _own_text(part)
                    elif "nm-author" in part_cls.split():
                        authors.append(self.person(part))
                    elif "nm-agency" in part_cls.split():
                        agencies.append(self.organization(part))
                out["authors"] = tuple(authors)
                out["agencies"] = tuple(agencies)
        self.lists["author"] = list(out.get("authors", ()))
        self.lists["agency"] = list(out.get("agencies", ()))
        self.lists["publisher"] = [out["publisher"]] if "publisher" in out else []

    def footer(self, footer: HtmlElement, out: dict[str, Any]) -> None:
        for element in footer:
            cls = element.get("class") or ""
            if cls == "nm-keywords":
                out["keywords"] = tuple(_own_text(li) for li in element.iterchildren("li"))
            elif cls == "nm-images":
                out["images"] = tuple(self.image(f) for f in element.iterchildren("figure"))
            elif cls == "nm-rights":
                out["rights"] = self.rights(element)
            elif cls == "nm-variants":
                out["variants"] = tuple(
                    self.variant(a) for a in element.iterfind(".//a[@class='nm-variant']")
                )
            elif cls in {"nm-people", "nm-organizations", "nm-speakers"}:
                name = {"nm-people": "person", "nm-organizations": "organization"}.get(
                    cls, "speaker"
                )
                self.lists[name] = [self.entity(li[0]) for li in element.iterchildren("li")]
            elif cls in {"nm-sources", "nm-quote-sources"}:
                name = "source" if cls == "nm-sources" else "quote-source"
                self.lists[name] = [self.source(li) for li in element.iterchildren("li")]
        out["people"] = tuple(self.lists.get("person", ()))
        out["organizations"] = tuple(self.lists.get("organization", ()))
        out["sources"] = tuple(self.lists.get("source", ()))

    # ------------------------------------------------------------------ values

    def person(self, element: HtmlElement) -> Person:
        name = _child(element, "./span[@itemprop='name']")
        role = _child(element, "./span[@itemprop='jobTitle']")
        fields = _fields_from_attrs(element, Person, PERSON_ATTRIBUTES)
        if role is not None:
            fields["role"] = _own_text(role)
        return Person.model_validate(
            {"name": _own_text(name) if name is not None else "", **fields}
        )

    def organization(self, element: HtmlElement) -> Organization:
        name = _child(element, "./span[@itemprop='name']")
        fields = _fields_from_attrs(element, Organization, ORGANIZATION_ATTRIBUTES)
        return Organization.model_validate(
            {"name": _own_text(name) if name is not None else "", **fields}
        )

    def entity(self, element: HtmlElement) -> Person | Organization:
        if "nm-person" in (element.get("class") or "").split():
            return self.person(element)
        return self.organization(element)

    def image(self, figure: HtmlElement) -> Image:
        img = _child(figure, "./img")
        if img is None:
            raise ValueError("a figure without <img>")
        fields: dict[str, Any] = {"url": img.get("src")}
        if img.get(NM + "no-alt") is None:
            fields["alt"] = img.get("alt")
        for name in ("width", "height"):
            if img.get(name) is not None:
                fields[name] = int(img.get(name) or "0")
        caption = _child(figure, "./figcaption/span[@class='nm-caption']")
        credit = _child(figure, "./figcaption/small[@class='nm-credit']")
        if caption is not None:
            fields["caption"] = _own_text(caption)
        if credit is not None:
            fields["credit"] = _own_text(credit)
        return Image.model_validate(fields)

    def rights(self, element: HtmlElement) -> Rights:
        fields: dict[str, Any] = {}
        for child in element:
            cls = child.get("class")
            prop = child.get("itemprop")
            if cls == "nm-notice":
                fields["notice"] = _own_text(child)
            elif cls == "nm-holder":
                fields["holder"] = _own_text(child)
            elif cls == "nm-usage-terms":
                fields["usage_terms"] = _own_text(child)
            elif prop == "copyrightYear":
                fields["year"] = int(child.get("content") or "0")
            elif child.get("rel") == "license":
                fields["license"] = child.get("href")
            elif prop == "isAccessibleForFree":
                fields["is_accessible_for_free"] = child.get("content") == "true"
        return Rights.model_validate(fields)

    def variant(self, element: HtmlElement) -> LanguageVariant:
        language = element.get("hreflang")
        return LanguageVariant.model_validate(
            {
                "language": None if language == "x-default" else language,
                "label": None if _attr(element, "no-label") is not None else _own_text(element),
                "url": element.get("href"),
                "relation": _attr(element, "relation") or "translation",
                "is_current": _attr(element, "current") == "true",
            }
        )

    def source(self, item: HtmlElement) -> Source:
        fields = _fields_from_attrs(item, Source, ("id", "kind", "date"))
        cite = _child(item, "./cite")
        link = _child(item, "./cite/a")
        fields["description"] = _own_text(cite) if cite is not None else ""
        if link is not None:
            fields["url"] = link.get("href")
        publisher = _child(item, "./span[@itemscope]")
        if publisher is not None:
            fields["publisher"] = self.entity(publisher)
        return Source.model_validate(fields)

    def lookup(self, ref: str) -> Any:
        name, _, index = ref.rpartition(":")
        return self.lists[name][int(index)]

    # ------------------------------------------------------------------ body

    def block(self, index: int, element: HtmlElement, quotes: dict[str, dict[str, Any]]) -> Block:
        tag = element.tag
        if tag == "p" or (isinstance(tag, str) and len(tag) == 2 and tag[0] == "h"):
            text, spans = self.inline(index, element, quotes)
            if tag == "p":
                return Paragraph(text=text, spans=tuple(spans))
            return Heading(text=text, level=int(tag[1]))
        if tag == "blockquote":
            parts = [_own_text(p) for p in element.iterchildren("p")]
            attribution = _child(element, "./footer[@class='nm-attribution']")
            return BlockQuote(
                text="\n\n".join(parts),
                cite=element.get("cite"),
                attribution=_own_text(attribution) if attribution is not None else None,
            )
        if tag in {"ul", "ol"}:
            items = tuple(_own_text(li) for li in element.iterchildren("li"))
            return ListBlock(items=items, ordered=tag == "ol")
        if tag == "figure":
            return Figure(image=self.image(element))
        raise ValueError(f"unexpected <{tag}> in the body")

    def inline(
        self, block: int, element: HtmlElement, quotes: dict[str, dict[str, Any]]
    ) -> tuple[str, list[Span]]:
        parts: list[str] = []
        spans: dict[int, dict[str, Any]] = {}
        touched: list[str] = []
        offset = 0

        def walk(node: HtmlElement) -> None:
            nonlocal offset
            start = offset
            if node.text:
                parts.append(node.text)
                offset += len(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    parts.append(child.tail)
                    offset += len(child.tail)
            if node is element:
                return
            span_id = _attr(node, "span")
            quote_id = _attr(node, "quote")
            if span_id is not None:
                kind = _attr(node, "span-kind") or _SPAN_KIND_OF_TAG[node.tag]
                entry = spans.setdefault(int(span_id), {"kind": kind})
                explicit = _attr(node, "start"), _attr(node, "end")
                if explicit[0] is not None and explicit[1] is not None:
                    entry["start"], entry["end"] = int(explicit[0]), int(explicit[1])
                else:
                    entry["start"] = min(entry.get("start", start), start)
                    entry["end"] = max(entry.get("end", offset), offset)
                href = node.get("href") if node.tag == "a" else node.get("cite")
                href = href if href is not None else _attr(node, "href")
                if href is not None:
                    entry["href"] = href
            if quote_id is not None:
                touched.append(quote_id)
                entry = quotes.setdefault(quote_id, {"block": block, "element": node})
                entry["start"] = min(entry.get("start", start), start)
                entry["end"] = max(entry.get("end", offset), offset)

        walk(element)
        text = "".join(parts)
        # Only the quotes met in this block can be of it and still lack their text (a scan of
        # every quote of the article for every block was quadratic).
        for entry in (quotes[quote_id] for quote_id in dict.fromkeys(touched)):
            if entry.get("block") == block and "text" not in entry:
                entry["text"] = text[entry["start"] : entry["end"]]
        span_list = [Span.model_validate(spans[i]) for i in sorted(spans)]
        return text, span_list

    def detached_quote(self, item: HtmlElement, quotes: dict[str, dict[str, Any]]) -> None:
        q = _child(item, "./q")
        if q is None:
            return
        path = _attr(q, "quote") or ""
        end_block = _attr(q, "end-block")
        quotes[path] = {
            "element": q,
            "text": _own_text(q),
            "block": int(_attr(q, "block") or "0"),
            "start": int(_attr(q, "start") or "0"),
            "end": int(_attr(q, "end") or "0"),
            "end_block": int(end_block) if end_block is not None else None,
        }
        for child in item.iterfind("./ol/li"):
            self.detached_quote(child, quotes)

    def build_quotes(self, pieces: dict[str, dict[str, Any]]) -> tuple[Quote, ...]:
        def key(path: str) -> tuple[int, ...]:
            return tuple(int(p) for p in path.split("."))

        # The pieces nested directly in each one, by its path ("" for the top): a scan of every
        # piece for every piece was quadratic in the number of quotes.
        children_of: dict[str, list[str]] = {}
        for piece in pieces:
            children_of.setdefault(piece.rpartition(".")[0], []).append(piece)

        def build(path: str) -> Quote:
            entry = pieces[path]
            q: HtmlElement = entry["element"]
            children = sorted(children_of.get(path, ()), key=key)
            fields: dict[str, Any] = {
                "text": entry["text"],
                "kind": _attr(q, "kind"),
                "block": entry["block"],
                "start": entry["start"],
                "end": entry["end"],
                "end_block": entry.get("end_block"),
                "nested": tuple(build(c) for c in children),
                "unclosed": _attr(q, "unclosed") == "true",
            }
            for name in ("speaker_text", "cue", "open_mark", "close_mark"):
                value = _attr(q, name.replace("_", "-"))
                if value is not None:
                    fields[name] = value
            speaker = _attr(q, "speaker")
            if speaker is not None:
                fields["speaker"] = self.lookup(speaker)
            source = _attr(q, "source")
            if source is not None:
                fields["source"] = self.lookup(source)
            return Quote.model_validate(fields)

        return tuple(build(p) for p in sorted(children_of.get("", ()), key=key))
