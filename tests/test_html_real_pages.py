"""parse_html end to end on the 181 real pages of the article-extraction benchmark, read in
place: no page may raise anything but a NewsModelError, and what it returns must be sane."""

from __future__ import annotations

import gzip
from datetime import datetime
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Figure, Paragraph, ParseOptions, parse_html


def test_every_benchmark_page_parses_to_a_sane_article(shared: Path) -> None:
    pages = sorted((shared / "bench" / "article-extraction" / "html").glob("*.html.gz"))
    assert len(pages) == 181
    without_title = []
    for page in pages:
        article = newsmodel.parse_html(gzip.decompress(page.read_bytes()))
        assert article.body, page.name
        if not article.title:
            without_title.append(page.name)
        for value in (article.published, article.updated):
            if value is not None:
                assert 1990 <= value.year <= 2030, (page.name, value)
        newsmodel.parse_json(newsmodel.to_json(article))  # what it returns is valid data
    assert len(without_title) <= 2, without_title


@pytest.mark.parametrize("placeholder", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"])
def test_framework_placeholder_dates_are_ignored_not_crashed_on(placeholder: str) -> None:
    page = f"""<html lang="en"><head>
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "H",
      "datePublished": "{placeholder}", "dateModified": "{placeholder}"}}</script>
    <meta property="article:published_time" content="{placeholder}">
    </head><body><article><time datetime="2019-11-20T08:00:00-08:00">Nov 20</time>
    <p>{"Body text of the article, long enough to be the main text. " * 5}</p>
    </article></body></html>"""
    article = newsmodel.parse_html(page)
    assert article.published is None or (
        isinstance(article.published, datetime) and article.published.year == 2019
    )
    assert any("placeholder" in d.message for d in article.diagnostics)


def test_links_and_images_are_made_absolute_against_the_page_address() -> None:
    html = """<html lang="en"><head><title>Rates rise</title>
    <link rel="canonical" href="https://www.planet.example/business/rates-rise">
    </head><body><article><h1>Rates rise</h1>
    <p>The <a href="/tags/central-bank">central bank</a> raised its rates again on Wednesday,
    the <a href="../2024/second-rise">second rise</a> this year,
    <a href="//cdn.planet.example/x.pdf">the report</a> says.</p>
    <figure><img src="/img/bank.jpg" alt="The bank"><figcaption>The bank.</figcaption></figure>
    <p>Markets barely moved after the announcement on Wednesday afternoon in London.</p>
    </article></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    hrefs = [s.href for b in article.body if isinstance(b, Paragraph) for s in b.spans if s.href]
    assert hrefs == [
        "https://www.planet.example/tags/central-bank",
        "https://www.planet.example/2024/second-rise",
        "https://cdn.planet.example/x.pdf",
    ]
    figures = [b.image.url for b in article.body if isinstance(b, Figure)]
    assert figures == ["https://www.planet.example/img/bank.jpg"]
    # The caller's address comes first; without any, only //host/… is read (as https:).
    other = parse_html(html.replace("<link rel", "<link data-x"), url="http://m.planet.example/a/b",
                       options=ParseOptions(extract_quotes=False))  # fmt: skip
    assert [b.image.url for b in other.body if isinstance(b, Figure)] == [
        "http://m.planet.example/img/bank.jpg"
    ]
    bare = parse_html(
        html.replace("<link rel", "<link data-x"), options=ParseOptions(extract_quotes=False)
    )
    assert [s.href for b in bare.body if isinstance(b, Paragraph) for s in b.spans if s.href] == [
        "/tags/central-bank",
        "../2024/second-rise",
        "https://cdn.planet.example/x.pdf",
    ]


def test_the_sites_address_without_its_scheme_is_not_read_as_a_path() -> None:
    html = """<html lang="de"><head><title>Elektroroller im Test</title>
    <link rel="canonical" href="https://motor.example/zweirad/elektroroller-im-test/">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Elektroroller",
    "author": {"@type": "Person", "name": "Jana Roe", "url": "motor.example/author/jana"}}
    </script></head><body><h1>Elektroroller im Test</h1><p>Der Roller fährt gut.</p>
    </body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert [a.url for a in article.authors] == ["https://motor.example/author/jana"]
