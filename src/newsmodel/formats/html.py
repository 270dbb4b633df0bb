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

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from newsmodel.errors import Diagnostic, Severity
from newsmodel.formats import Codec, Format
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "STAGES", "parse_html", "to_html"]

NM_VALUE_DROPPED = "NM305"
NM_LANGUAGE_DETECTED = "NM306"

ARTICLE_FIELDS: tuple[str, ...] = (
    "id",
    "url",
    "canonical_url",
    "title",
    "subtitle",
    "section",
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


def _language(state: _State) -> None:
    article = state.article
    if article is None or state.own or article.language or not state.options.detect_language:
        return
    from newsmodel._lang import detect_language

    detected = detect_language(article.text[:20000])
    if detected:
        state.article = article.model_copy(update={"language": detected})
        state.diagnostics.append(
            Diagnostic(
                code=NM_LANGUAGE_DETECTED,
                severity=Severity.INFO,
                message=f"language {detected!r} detected from the text (the page declares none)",
                path="language",
            )
        )


def _quotes(state: _State) -> None:
    if state.article is None or state.own or not state.options.extract_quotes:
        return
    from newsmodel.quotes import attach_quotes

    state.article = attach_quotes(state.article)


STAGES: tuple[tuple[str, Callable[[_State], None]], ...] = (
    ("load", _load),
    ("harvest", _harvest),
    ("body", _body),
    ("build", _build),
    ("language", _language),
    ("quotes", _quotes),
)
"""The stages of :func:`parse_html`, in order. Each reads and updates the shared state."""


def parse_html(
    html: str | bytes, *, url: str | None = None, options: ParseOptions | None = None
) -> Article:
    """Parse a web page into an :class:`Article`.

    ``html`` is ``str`` or ``bytes`` (the encoding is found from a byte-order mark, ``<meta
    charset>`` or ``http-equiv``, else carefully guessed and reported). Metadata comes from the
    best source by the precedence of :data:`newsmodel._html_meta.PRECEDENCE`; the body from
    the main text; what the parser doubted is in ``Article.diagnostics``. Raises a
    :class:`~newsmodel.errors.ParseError` subclass for input that is not HTML, too large or
    hostile.

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
    state = _State(data=html, url=url or options.url, options=options)
    for _name, stage in STAGES:
        stage(state)
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
