"""parse_html end to end on the 181 real pages of the article-extraction benchmark, read in
place: no page may raise anything but a NewsModelError, and what it returns must be sane."""

from __future__ import annotations

import gzip
from datetime import datetime
from pathlib import Path

import pytest

import newsmodel


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
