"""Bylines that name the writer, not a photo caption, a photo credit, a section, the publishing
group or the paper's social handle. Each page mimics the markup of a real news site."""

from __future__ import annotations

from newsmodel import Article, ParseOptions, parse_html
from newsmodel._bylines import is_collective, parse_byline

NO_QUOTES = ParseOptions(extract_quotes=False)


def parsed(html: str, url: str | None = None) -> Article:
    return parse_html(html, url=url, options=NO_QUOTES)


def test_courtesy_alone_credits_a_photo_not_a_writer() -> None:
    assert [p.name for p in parse_byline("Cortesía").authors] == []
    assert [p.name for p in parse_byline("Courtesy").authors] == []


def test_a_numbered_desk_is_a_desk() -> None:
    # A CMS account per desk, numbered: ``Redacción La Razón 2`` names no person; kept when
    # nothing else names anyone (as ``HNN Staff`` is), it is the desk without its number.
    assert is_collective("Redacción La Razón 2")
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Faenón de Toledo", "author": {"@type": "Person",
    "name": "Redacción La Razón 2"}}</script></head><body><h1>Faenón de Toledo</h1>
    <p>Le costó millones al Estado.</p></body></html>"""
    url = "https://larazon.example/faenon/"
    assert [p.name for p in parsed(html, url).authors] == ["Redacción La Razón"]
    printed = html.replace("<p>Le", '<p class="byline">Por Ana Gómez</p><p>Le')
    assert [p.name for p in parsed(printed, url).authors] == ["Ana Gómez"]


def test_an_interview_byline_names_both_speakers() -> None:
    byline = parse_byline("Richard David Precht im Gespräch mit Karin Fischer", language="de")
    assert [p.name for p in byline.authors] == ["Richard David Precht", "Karin Fischer"]
    byline = parse_byline("Jane Roe in conversation with John Doe", language="en")
    assert [p.name for p in byline.authors] == ["Jane Roe", "John Doe"]
