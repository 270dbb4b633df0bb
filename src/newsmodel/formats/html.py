"""HTML pages, both ways: :func:`parse_html` and :func:`to_html`.

``parse_html`` runs the stages of :data:`STAGES` in order over one :class:`_State`:

1. ``load``: decode and parse once (:func:`newsmodel._html_load.load_html`);
2. ``harvest``: read the metadata of every source and choose by precedence
   (:func:`newsmodel._html_meta.harvest_metadata`), before anything modifies the tree; on a
   page newsmodel wrote, its own markup is read instead (:mod:`newsmodel._html_write`);
3. ``body``: extract the main text as blocks (:func:`newsmodel._html_body.extract_body`);
4. ``build``: validate the article, dropping (and reporting) any value the model refuses;
5. ``language``: detect the language from the text when the page declares none;
6. ``quotes``: fill quotes, people, organisations and sources
   (:func:`newsmodel.quotes.attach_quotes`) when ``options.extract_quotes`` is on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from newsmodel import _lang
from newsmodel.errors import Diagnostic, Severity, ValidationFailed
from newsmodel.formats import Codec, Format
from newsmodel.models import (
    Article,
    BlockQuote,
    Figure,
    Image,
    LanguageVariant,
    ListBlock,
    Paragraph,
    VariantRelation,
)
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "STAGES", "parse_html", "to_html"]

NM_VALUE_DROPPED = "NM305"
NM_LANGUAGE_DETECTED = "NM306"
NM_LANGUAGE_CONTRADICTED = "NM308"

ARTICLE_FIELDS: tuple[str, ...] = (
    "id",
    "url",
    "canonical_url",
    "title",
    "subtitle",
    "section",
    "dateline",
    "language",
    "published",
    "updated",
    "authors",
    "byline",
    "agencies",
    "publisher",
    "keywords",
    "images",
    "variants",
    "sources",
    "rights",
)
"""Article fields the metadata harvest may fill."""


@dataclass
class _State:
    """What the stages share: the input, the options, the tree and the fields found so far."""

    data: str | bytes
    url: str | None
    options: ParseOptions
    root: Any = None
    own: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    article: Article | None = None


def _load(state: _State) -> None:
    from newsmodel._html_load import load_html

    page = load_html(state.data, options=state.options, source=state.url)
    state.root = page.root
    state.diagnostics.extend(page.diagnostics)


def _harvest(state: _State) -> None:
    from newsmodel._html_meta import harvest_metadata
    from newsmodel._html_write import is_own_markup, read_own_markup

    if is_own_markup(state.root):
        fields, problems = read_own_markup(state.root)
        state.diagnostics.extend(problems)
        if fields:
            state.own = True
            state.fields = fields
            return
    meta = harvest_metadata(state.root, url=state.url)
    state.diagnostics.extend(meta.diagnostics)
    state.fields = {k: v for k, v in meta.fields.items() if k in ARTICLE_FIELDS}
    if state.url:
        state.fields["url"] = state.url


def _body(state: _State) -> None:
    if state.own:
        return
    from newsmodel._html_body import extract_body

    extracted = extract_body(
        state.root, title=state.fields.get("title"), language=state.fields.get("language")
    )
    state.fields["body"] = extracted.blocks
    state.diagnostics.extend(extracted.diagnostics)


def _dateline(state: _State) -> None:
    """The dateline the page states (JSON-LD, an element named for it) wins over the one the
    lead opens with; the agencies either credits are credited."""
    if state.own:
        return
    from newsmodel._dateline import dateline_agencies, lead_dateline, with_agencies

    stated = state.fields.get("dateline")
    agencies = dateline_agencies(stated) if stated is not None else ()
    found = lead_dateline(state.fields.get("body", ()))
    if found is not None:
        state.fields.setdefault("dateline", found[0])
        agencies = with_agencies(agencies, found[1])
    if agencies:
        state.fields["agencies"] = with_agencies(state.fields.get("agencies", ()), agencies)


def _build(state: _State) -> None:
    fields = dict(state.fields)
    for _ in range(len(fields) + 1):
        try:
            state.article = Article.model_validate(fields)
            break
        except ValidationError as exc:
            bad = {str(err["loc"][0]) for err in exc.errors(include_url=False) if err["loc"]}
            if not bad & set(fields):
                raise
            for name in sorted(bad & set(fields)):
                value = repr(fields.pop(name))[:60]
                state.diagnostics.append(
                    Diagnostic(
                        code=NM_VALUE_DROPPED,
                        severity=Severity.WARNING,
                        message=f"{name} {value} is not valid; dropped",
                        path=name,
                    )
                )


def _urls(state: _State) -> None:
    """Make the article's URLs absolute: links, figures, quotes' ``cite``, images and the
    people's and organisations' pages, read against the page's address (the caller's URL,
    else its canonical URL). Without one, a protocol-relative ``//host/…`` is read as
    ``https:``, and a path stays as the page wrote it."""
    article = state.article
    if article is None or state.own:
        return
    from newsmodel._html_meta import absolute_url
    from newsmodel._rules_validate import ABSOLUTE_URL

    base = state.url or article.canonical_url or article.url
    if base is not None and not ABSOLUTE_URL.match(base):
        base = None
    fix = functools.partial(absolute_url, base=base)
    update: dict[str, Any] = {}
    groups = ("authors", "people", "organizations", "agencies")
    menders: tuple[tuple[str, Callable[[Any, Callable[[str], str]], Any]], ...] = (
        ("body", _block_urls),
        ("images", _image_url),
        *((group, _entity_url) for group in groups),
    )
    for name, mend in menders:
        items = getattr(article, name)
        fixed = tuple(mend(item, fix) for item in items)
        if any(new is not old for new, old in zip(fixed, items, strict=True)):
            update[name] = fixed
    if article.publisher is not None:
        publisher = _entity_url(article.publisher, fix)
        if publisher is not article.publisher:
            update["publisher"] = publisher
    if update:
        state.article = article.model_copy(update=update)


def _block_urls(block: Any, fix: Callable[[str], str]) -> Any:
    if type(block) is Paragraph and block.spans:
        spans = tuple(
            span.model_copy(update={"href": fixed})
            if span.href is not None and (fixed := fix(span.href)) != span.href
            else span
            for span in block.spans
        )
        if any(new is not old for new, old in zip(spans, block.spans, strict=True)):
            return block.model_copy(update={"spans": spans})
    elif type(block) is Figure:
        image = _image_url(block.image, fix)
        if image is not block.image:
            return block.model_copy(update={"image": image})
    elif type(block) is BlockQuote and block.cite is not None:
        cite = fix(block.cite)
        if cite != block.cite:
            return block.model_copy(update={"cite": cite})
    return block


def _image_url(image: Image, fix: Callable[[str], str]) -> Image:
    url = fix(image.url)
    return image if url == image.url else image.model_copy(update={"url": url})


def _entity_url(entity: Any, fix: Callable[[str], str]) -> Any:
    if entity.url is None:
        return entity
    url = fix(entity.url)
    return entity if url == entity.url else entity.model_copy(update={"url": url})


def _language(state: _State) -> None:
    """Check the declared language against the text, or detect it when the page declares none.

    A declaration is the publisher's word and wins over detection, except when it is no code
    but a language's name (``spanish``: read as its tag, ``NM309``) or when the text is clearly
    in another language than declared (a template's default ``en`` on a German page: the
    text's language is kept, ``NM308``). A page without a declaration gets the language of its
    text, of its title and text when the text alone is too short to tell (``NM306``).
    """
    article = state.article
    if article is None or state.own:
        return
    declared = article.language
    named = _lang.language_from_name(declared) if declared else None
    if declared and named:
        message = f"language {declared!r} read as {named!r}"
        _set_language(state, named, _lang.NM_LANGUAGE_NAMED, message)
        declared = named
    if not state.options.detect_language:
        return
    if declared:
        if _lang.confirms_language(declared, _opening_text(article, _lang.PROBE_CHARS)):
            return
        found = _lang.contradicting_language(declared, _opening_text(article, _lang.SAMPLE_CHARS))
        if found:
            _set_language(
                state,
                found,
                NM_LANGUAGE_CONTRADICTED,
                f"the page declares {declared!r} but its text is clearly {found!r}; "
                "the text's language is kept",
            )
        return
    text = _opening_text(article, _lang.SAMPLE_CHARS)
    detected = _lang.detect_language(text)
    if detected is None and article.title and len(text) < _SHORT_TEXT:
        # A short or boilerplate body: the headline is written in the article's language too.
        detected = _lang.detect_language(f"{article.title}\n\n{text}") or _lang.detect_language(
            article.title
        )
    if detected:
        _set_language(
            state,
            detected,
            NM_LANGUAGE_DETECTED,
            f"language {detected!r} detected from the text (the page declares none)",
        )


_SHORT_TEXT = 1000
"""Below this many characters of body text, the title helps to detect the language."""


def _opening_text(article: Article, size: int) -> str:
    """The start of ``article.text``, at least ``size`` characters of it when the body has
    that many (a language check reads the start: the whole text is not joined for it)."""
    parts: list[str] = []
    for block in article.body:
        # Type tests, not isinstance: model classes check instances through ABCMeta, slower.
        if type(block) is ListBlock:
            text = "\n".join(block.items)
        elif type(block) is Figure:
            text = block.image.caption or ""
        else:
            text = getattr(block, "text", "")  # Paragraph, Heading, BlockQuote
        if not parts and len(text) >= size:
            return text
        parts.append(text)
        size -= len(text) + 2
        if size <= 0:
            break
    return "\n\n".join(parts)


def _set_language(state: _State, tag: str, code: str, message: str) -> None:
    if state.article is None:  # pragma: no cover - the language stage runs after build
        return
    update: dict[str, Any] = {"language": tag}
    variants = _current_variant(state.article, tag, state.url)
    if variants is not None:
        update["variants"] = variants
    state.article = state.article.model_copy(update=update)
    state.diagnostics.append(
        Diagnostic(code=code, severity=Severity.INFO, message=message, path="language")
    )


def _current_variant(
    article: Article, language: str, url: str | None
) -> tuple[LanguageVariant, ...] | None:
    """The variants with the one this page is marked again after its language changed: the
    variant at the page's own address in that language (none when it names another), or
    ``None`` when nothing changes."""
    own = {u for u in (url, article.canonical_url, article.url) if u}
    marked = [
        v.is_current
        or (
            v.url in own
            and v.language is not None
            and _lang.same_language(v.language, language)
            and not any(w.is_current for w in article.variants)
        )
        for v in article.variants
    ]
    for index, variant in enumerate(article.variants):
        if marked[index] and (
            variant.language is None or not _lang.same_language(variant.language, language)
        ):
            marked[index] = False  # the page named itself in another language than its text
    first = next((i for i, m in enumerate(marked) if m), None)
    marked = [i == first for i in range(len(marked))]
    if marked == [v.is_current for v in article.variants]:
        return None
    return tuple(
        v
        if v.is_current == m
        else v.model_copy(update={"is_current": m, "relation": _relation(v, m, language)})
        for v, m in zip(article.variants, marked, strict=True)
    )


def _relation(variant: LanguageVariant, current: bool, language: str) -> VariantRelation:
    """A variant's relation to this page, as the harvest gives it (this page: unknown)."""
    if current:
        return VariantRelation.UNKNOWN
    if variant.language and variant.language.split("-")[0] == language.split("-")[0]:
        return VariantRelation.REGIONAL_EDITION
    return VariantRelation.TRANSLATION


def _quotes(state: _State) -> None:
    if state.article is None or state.own or not state.options.extract_quotes:
        return
    from newsmodel.quotes import attach_quotes

    state.article = attach_quotes(state.article)


STAGES: tuple[tuple[str, Callable[[_State], None]], ...] = (
    ("load", _load),
    ("harvest", _harvest),
    ("body", _body),
    ("dateline", _dateline),
    ("build", _build),
    ("urls", _urls),
    ("language", _language),
    ("quotes", _quotes),
)
"""The stages of :func:`parse_html`, in order. Each reads and updates the shared state."""


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    charset: str | None = None,
    options: ParseOptions | None = None,
) -> Article:
    """Parse a web page into an :class:`Article`.

    ``html`` is ``str`` or ``bytes``. The encoding of bytes comes from a byte-order mark, then
    ``charset`` (what the HTTP ``Content-Type`` declared, when the caller has it), then the
    page's ``<meta charset>`` or ``http-equiv``, else it is carefully guessed; each
    disagreement is reported. Metadata comes from the best source by the precedence of
    :data:`newsmodel._html_meta.PRECEDENCE`; the body from the main text; what the parser
    doubted is in ``Article.diagnostics``. Raises a :class:`~newsmodel.errors.ParseError`
    subclass for input that is not HTML, too large or hostile.

    >>> page = '''<html lang="en"><head><title>Rates rise | The Planet</title>
    ... <meta property="og:site_name" content="The Planet">
    ... <meta property="article:published_time" content="2024-07-24T09:30:00+02:00">
    ... </head><body><article><h1>Rates rise</h1><p class="byline">By Jane Roe, Reuters</p>
    ... <p>The central bank raised its rates again on Wednesday, the third time this year.</p>
    ... </article></body></html>'''
    >>> article = parse_html(page)
    >>> article.title, [p.name for p in article.authors], [a.name for a in article.agencies]
    ('Rates rise', ['Jane Roe'], ['Reuters'])
    >>> article.published.isoformat(), article.language
    ('2024-07-24T09:30:00+02:00', 'en')
    """
    options = options or ParseOptions()
    if charset is not None and charset != options.charset:
        options = options.model_copy(update={"charset": charset})
    state = _State(data=html, url=url or options.url, options=options)
    try:
        for _name, stage in STAGES:
            stage(state)
    except ValidationError as exc:
        # The last line of defence: a value of the page that a stage let through unchecked
        # (an over-long URL, say) fails the page with the library's error, never pydantic's.
        raise ValidationFailed.from_pydantic(exc, source=url or options.url) from None
    if state.article is None:  # pragma: no cover - _build always sets it or raises
        raise AssertionError("the build stage made no article")
    return state.article.model_copy(update={"diagnostics": tuple(state.diagnostics)})


def to_html(article: Article) -> str:
    """Write ``article`` as a semantic HTML5 document with schema.org JSON-LD embedded.

    ``parse_html(to_html(article))`` gives ``article`` back (its diagnostics aside: they
    describe a parse, not the article).

    >>> from newsmodel import Article, Paragraph, Person
    >>> a = Article(title="Hi", authors=(Person(name="Jane Roe"),), body=(Paragraph(text="Yo."),))
    >>> html = to_html(a)
    >>> "<h1 itemprop=\\"headline\\">Hi</h1>" in html
    True
    >>> parse_html(html) == a
    True
    """
    from newsmodel import __version__
    from newsmodel._html_write import write_html

    return write_html(article.model_copy(update={"diagnostics": ()}), version=__version__)


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_html(data, url=options.url, options=options)


CODEC = Codec(Format.HTML, _read, to_html, "text/html", ".html")
