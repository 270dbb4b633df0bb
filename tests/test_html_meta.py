"""Metadata from fixture pages that mimic real publishers' markup, each value asserted."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    NewsModelError,
    OrganizationKind,
    ParseOptions,
    VariantRelation,
    parse_html,
)
from newsmodel._html_load import load_html
from newsmodel._html_meta import PRECEDENCE, MetaSource, harvest_metadata, strip_site_name

PAGES = Path(__file__).parent / "fixtures" / "pages"
NO_QUOTES = ParseOptions(extract_quotes=False)


def page(name: str, **kwargs: object) -> Article:
    return parse_html((PAGES / name).read_bytes(), options=NO_QUOTES, **kwargs)  # type: ignore[arg-type]


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def names(article: Article) -> list[str]:
    return [p.name for p in article.authors]


def test_yoast_graph() -> None:
    article = page("meta_yoast_graph.html")
    assert article.title == "City council approves the new tram line"
    assert article.canonical_url == (
        "https://riversidecourier.example/2023/03/01/council-tram-line/"
    )
    assert article.language == "en-US"
    assert article.section == "Local News"
    assert article.keywords == ("transport", "city council", "trams")
    # JSON-LD wins over article:published_time, with the offset it gives.
    assert article.published == datetime(2023, 3, 1, 8, 15, tzinfo=tz(1))
    assert article.updated == datetime(2023, 3, 2, 10, 0, tzinfo=tz(1))
    (author,) = article.authors  # the commenters are not authors
    assert (author.name, author.given_name, author.family_name, author.role) == (
        "Maria Okafor",
        "Maria",
        "Okafor",
        "City Hall Reporter",
    )
    assert author.url == "https://riversidecourier.example/author/mokafor/"
    assert article.publisher is not None
    assert article.publisher.name == "The Riverside Courier"
    assert article.publisher.kind is OrganizationKind.PUBLISHER
    (image,) = article.images
    assert image.caption == "A test tram on Harbour Street in January."
    assert (image.width, image.height) == (1200, 800)
    assert article.rights is not None
    assert article.rights.year == 2023
    assert article.rights.holder == "The Riverside Courier"
    assert article.rights.notice == "© 2023 The Riverside Courier. All rights reserved."
    assert "Derek Hollis" not in article.text


def test_opengraph_only() -> None:
    article = page("meta_opengraph_only.html")
    assert article.title == "Heatwave closes schools across the south"  # site name cut
    assert article.subtitle == "Temperatures above 40C forced 300 schools to close on Monday."
    assert article.language == "en-GB"  # og:locale en_GB
    assert article.section == "Education"
    assert article.keywords == ("heatwave", "schools", "climate")
    assert article.published == datetime(2024, 7, 15, 6, 30, tzinfo=tz(1))
    assert article.updated == datetime(2024, 7, 15, 11, 5, tzinfo=tz(1))
    assert names(article) == ["Tom Becker"]  # not the article:author URL, not the @handle
    assert article.publisher is not None
    assert article.publisher.name == "Morning Ledger"
    (image,) = article.images
    assert image.url == "https://cdn.ledger.example/img/heat-1200.jpg"
    assert image.alt == "Children drinking water in a school yard"
    assert (image.width, image.height) == (1200, 675)
    assert article.canonical_url == "https://ledger.example/news/heatwave-schools"


def test_agency_byline_with_titles() -> None:
    article = page("meta_agency_byline.html")
    assert article.title == "Oil prices jump after pipeline outage"
    assert [(p.name, p.role) for p in article.authors] == [
        ("Jane Roe", "Senior Energy Correspondent"),
        ("John Doe", None),
    ]
    assert [(a.name, a.kind) for a in article.agencies] == [
        ("Reuters", OrganizationKind.NEWS_AGENCY)
    ]
    assert article.byline == "By Jane Roe, Senior Energy Correspondent, and John Doe | Reuters"
    # Dublin Core gives the day; the <time> element the time on that day, which completes it.
    assert article.published == datetime(2024, 2, 7, 14, 20, tzinfo=tz(-5))
    assert article.language == "en"
    assert article.keywords == ("oil", "energy", "markets")
    assert article.rights is not None
    assert article.rights.notice == "Copyright 2024 Globe Wire Media Ltd."
    assert article.rights.year == 2024
    assert article.publisher is not None
    assert article.publisher.name == "Globe Wire"  # never an author
    assert "Globe Wire" not in names(article)


def test_hreflang_menu() -> None:
    article = page("meta_hreflang.html")
    variants = {(v.language, v.url): v for v in article.variants}
    default = variants[(None, "https://news.example/culture/bronzes")]
    assert default.relation is VariantRelation.DEFAULT
    current = variants[("en-GB", "https://news.example/en-gb/culture/bronzes")]
    assert current.is_current
    assert current.label == "English (UK)"
    for tag in ("en-US", "en-AU"):
        (variant,) = [v for v in article.variants if v.language == tag]
        assert variant.relation is VariantRelation.REGIONAL_EDITION
        assert not variant.is_current
    french = variants[("fr", "https://news.example/fr/culture/bronzes")]
    assert (french.relation, french.label) == (VariantRelation.TRANSLATION, "Français")
    assert [v.language for v in article.variants] == [None, "en-GB", "en-US", "en-AU", "fr", "de"]
    assert sum(v.is_current for v in article.variants) == 1
    assert article.published == date(2024, 5, 2)


def test_paywalled_article() -> None:
    article = page("meta_paywall.html")
    assert article.title == "Wie die Energiewende die Stromnetze verändert"
    assert article.subtitle == "Eine Reise entlang der neuen Trassen"
    assert article.rights is not None
    assert article.rights.is_accessible_for_free is False
    assert article.rights.holder == "Handelsbote Verlag GmbH"
    assert article.rights.year == 2024
    assert [(p.name, p.role) for p in article.authors] == [("Lena Vogt", "Wirtschaftsredakteurin")]
    assert [a.name for a in article.agencies] == ["Deutsche Presse-Agentur"]
    assert article.publisher is not None
    assert article.publisher.url == "https://handelsbote.example"
    assert article.published == datetime(2024, 3, 10, 5, 0, tzinfo=tz(1))
    assert article.language == "de"  # <html lang> comes first


def test_broken_jsonld_is_repaired_or_skipped() -> None:
    article = page("meta_broken_jsonld.html")
    codes = [d.code for d in article.diagnostics]
    assert "NM570" in codes  # the commented, trailing-comma object was repaired
    assert "NM571" in codes  # the truncated breadcrumb was skipped
    assert article.title == "La sequía vacía los embalses del sur"
    assert article.published == datetime(2023, 8, 21, 9, 0, tzinfo=tz(2))
    assert article.updated == datetime(2023, 8, 22, 10, 0, tzinfo=tz(2))  # microdata
    assert article.section == "Medio ambiente"  # microdata
    assert names(article) == ["Carmen Ruiz"]
    assert article.language == "es"


def test_windows_1252_page() -> None:
    raw = (PAGES / "meta_cp1252.html").read_bytes()
    assert "ö".encode("cp1252") in raw  # the fixture really is not UTF-8
    article = page("meta_cp1252.html")
    assert article.title == "Stadtwerke erhöhen die Preise für Fernwärme"
    assert names(article) == ["Anna Schmidt", "Peter Müller"]
    assert article.byline == "Von Anna Schmidt und Peter Müller"
    assert article.published == date(2024, 7, 24) or article.published == datetime(
        2024, 7, 24, 10, 15
    )
    assert "„Wir geben nur" in article.text
    assert article.rights is not None
    assert article.rights.year == 2024


def test_url_date_and_caller_url() -> None:
    html = "<html><head><title>x</title></head><body><h1>Budget vote</h1><p>Text.</p></body>"
    article = parse_html(
        html, url="https://site.example/2021/11/05/budget-vote/", options=NO_QUOTES
    )
    assert article.url == "https://site.example/2021/11/05/budget-vote/"
    assert article.published == date(2021, 11, 5)
    assert article.title == "Budget vote"


def test_precedence_is_data() -> None:
    assert PRECEDENCE["title"][0] is MetaSource.JSONLD
    assert PRECEDENCE["published"][-1] is MetaSource.PAGE_TEXT
    html = """<html><head>
    <meta property="og:title" content="From OpenGraph">
    <meta name="twitter:title" content="From Twitter">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}</script>
    </head><body><h1>From the DOM</h1></body></html>"""
    root = load_html(html, options=NO_QUOTES).root
    meta = harvest_metadata(root)
    assert meta.fields["title"] == "From JSON-LD"
    assert meta.origins["title"] is MetaSource.JSONLD
    no_jsonld = html.replace("application/ld+json", "text/plain")
    meta = harvest_metadata(load_html(no_jsonld, options=NO_QUOTES).root)
    assert (meta.fields["title"], meta.origins["title"]) == ("From OpenGraph", MetaSource.OPENGRAPH)


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Rates rise | The Daily Planet", ["The Daily Planet"], "Rates rise"),
        ("The Daily Planet - Rates rise", ["The Daily Planet"], "Rates rise"),
        ("Rates rise – dailyplanet.com", ["dailyplanet.com"], "Rates rise"),
        ("Rates rise - again", ["The Daily Planet"], "Rates rise - again"),
        ("Rates rise", [], "Rates rise"),
    ],
)
def test_strip_site_name(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_huge_and_deep_jsonld_are_bounded() -> None:
    deep = "[" * 50_000 + "]" * 50_000
    huge = '{"@type": "NewsArticle", "headline": "' + "x" * 2_100_000 + '"}'
    html = (
        f'<html><head><script type="application/ld+json">{deep}</script>'
        f'<script type="application/ld+json">{huge}</script></head>'
        "<body><h1>Still read</h1><p>Body text here.</p></body></html>"
    )
    article = parse_html(html, options=NO_QUOTES)
    assert article.title == "Still read"
    codes = {d.code for d in article.diagnostics}
    assert "NM303" in codes  # the huge script was skipped
    assert codes & {"NM574", "NM571"}  # the deep one could not be read


@given(st.text(max_size=400))
def test_harvest_never_raises(text: str) -> None:
    html = (
        f"<html><head><meta name='author' content='{text}'><title>{text}</title></head>"
        f"<body><p class='byline'>{text}</p><time datetime='{text}'>{text}</time></body></html>"
    )
    with contextlib.suppress(NewsModelError):
        parse_html(html, options=NO_QUOTES)


def test_docs_precedence_table_matches_the_code() -> None:
    labels = {
        MetaSource.JSONLD: "JSON-LD",
        MetaSource.OPENGRAPH: "OpenGraph",
        MetaSource.TWITTER: "Twitter",
        MetaSource.DUBLIN_CORE: "Dublin Core",
        MetaSource.META: "meta",
        MetaSource.MICRODATA: "microdata",
        MetaSource.DOM: "DOM",
        MetaSource.WEAK_META: "weak meta",
        MetaSource.PAGE_TEXT: "page text",
        MetaSource.URL: "URL",
    }
    docs = (Path(__file__).parents[1] / "docs" / "html.md").read_text(encoding="utf-8")
    section = docs.split("## Metadata precedence", 1)[1].split("\nWhat each source is", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells[1]
    assert rows == {
        name: ", ".join(labels[s] for s in sources) for name, sources in PRECEDENCE.items()
    }


def test_hostile_metadata_is_bounded() -> None:
    """Many metadata elements, deep date containers and huge attribute values finish quickly."""
    import time

    parts = ["<html><head>"]
    parts += [f'<meta property="article:tag" content="tag{i}">' for i in range(20_000)]
    parts += [
        f'<link rel="alternate" hreflang="en-x{i % 9999:04d}" href="https://x.example/{i}">'
        for i in range(5_000)
    ]
    parts.append('<meta name="author" content="' + "A" * 1_000_000 + '">')
    parts.append("</head><body>")
    parts.append('<div class="date meta byline">' * 1500 + "24 July 2024" + "</div>" * 1500)
    parts.append("<p>" + "Text. " * 1000 + "</p></body></html>")
    start = time.perf_counter()
    article = parse_html("".join(parts), options=NO_QUOTES)
    assert time.perf_counter() - start < 30
    assert len(article.keywords) <= 100
    assert len(article.variants) <= 300
    assert article.authors == ()


_tags = st.sampled_from(
    [
        "<meta property='og:title' content='{}'>",
        "<meta property='article:published_time' content='{}'>",
        "<meta name='author' content='{}'>",
        "<meta property='og:locale' content='{}'>",
        "<link rel='alternate' hreflang='{}' href='{}'>",
        "<link rel='canonical' href='{}'>",
        "<time datetime='{}'>{}</time>",
        "<span class='byline'>{}</span>",
        "<div class='date'>{}</div>",
        "<script type='application/ld+json'>{}</script>",
        "<h1>{}</h1>",
        "<p>{}</p>",
        "<figure><img src='{}'><figcaption>{}</figcaption></figure>",
        "<div itemscope itemtype='https://schema.org/NewsArticle'><span itemprop='{}'>{}</span>",
    ]
)


@given(st.lists(st.tuples(_tags, st.text(max_size=30), st.text(max_size=30)), max_size=12))
def test_tag_soup_never_raises(items: list[tuple[str, str, str]]) -> None:
    body = "".join(
        tag.format(a, b) if tag.count("{}") == 2 else tag.format(a) for tag, a, b in items
    )
    html = f"<html><head><title>t</title></head><body>{body}</body></html>"
    with contextlib.suppress(NewsModelError):
        parse_html(html, options=NO_QUOTES)


def test_utc_time_takes_the_offset_the_page_states() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Body parts found",
     "datePublished": "2023-11-09T06:35:29Z"}
    </script></head><body><article><h1>Body parts found</h1>
    <time datetime="2023-11-08T23:05:04-08:00">Nov. 8, 2023</time><p>Text.</p></article>
    </body></html>"""
    article = parse_html(html, options=NO_QUOTES)
    assert article.published == datetime(2023, 11, 8, 22, 35, 29, tzinfo=tz(-8))
    assert article.published == datetime(2023, 11, 9, 6, 35, 29, tzinfo=UTC)
    # Without a stated offset, UTC stays UTC.
    alone = parse_html(html.replace("-08:00", ""), options=NO_QUOTES)
    assert alone.published is not None
    assert alone.published.utcoffset() == timedelta(0)


def test_url_day_wins_over_another_day() -> None:
    html = """<html><head>
    <meta property="article:published_time" content="2022-05-04T00:25:56Z"></head>
    <body><h1>Vote</h1><p>Text.</p></body></html>"""
    article = parse_html(html, url="https://x.example/2022/05/03/vote/", options=NO_QUOTES)
    assert article.published == date(2022, 5, 3)
    assert "NM307" in {d.code for d in article.diagnostics}
    same_day = parse_html(html, url="https://x.example/2022/05/04/vote/", options=NO_QUOTES)
    assert same_day.published == datetime(2022, 5, 4, 0, 25, 56, tzinfo=UTC)


def test_generic_page_quotes_come_from_extraction() -> None:
    raw = (PAGES / "meta_yoast_graph.html").read_bytes()
    assert parse_html(raw, options=NO_QUOTES).quotes == ()
    quotes = parse_html(raw).quotes
    assert any("biggest transport decision" in q.text for q in quotes)


def test_the_page_own_jsonld_article_wins_over_related_ones() -> None:
    html = """<html><head><link rel="canonical" href="https://x.example/a/">
    <script type="application/ld+json">[
    {"@type": "NewsArticle", "headline": "Related story", "url": "https://x.example/b/",
     "author": "Ann Lee", "datePublished": "2024-01-01", "articleBody": "…", "image": "i.jpg"},
    {"@type": "NewsArticle", "headline": "This story", "url": "https://x.example/a/"}
    ]</script></head><body><h1>This story</h1><p>Text.</p></body></html>"""
    article = parse_html(html, options=NO_QUOTES)
    assert article.title == "This story"
    assert article.authors == ()


def authors_of(html: str, url: str | None = None) -> list[str]:
    return names(parse_html(html, url=url, options=NO_QUOTES))


def test_byline_inside_a_layout_block_that_holds_the_headline() -> None:
    # A content column with ``id="sidebar"`` (or Blogger's ``widget``) holds the headline:
    # it is the article's layout, and its byline is read.
    html = """<html><body><div id="sidebar" class="content-area"><article>
    <h1>Experts in the crisis</h1>
    <div class="entry-meta"><span class="author vcard"><a class="url fn">Heiko Sauer</a></span>
    </div><p>Text of the post.</p></article></div>
    <aside class="widget"><span class="author">Someone Else</span></aside></body></html>"""
    assert authors_of(html) == ["Heiko Sauer"]


def test_byline_in_a_sidebar_without_the_headline_is_not_read() -> None:
    html = """<html><body><h1>Experts in the crisis</h1><p>Text.</p>
    <div id="sidebar"><span class="author">Someone Else</span></div></body></html>"""
    assert authors_of(html) == []


def test_jsonld_webpage_author_when_no_article_node() -> None:
    # Yoast's graph on a page: the WebPage node names its author by reference.
    html = """<html><head><script type="application/ld+json">{"@graph": [
    {"@type": "WebPage", "@id": "https://blog.example/p/#webpage", "name": "Minions",
     "datePublished": "2016-04-02",
     "author": {"@id": "https://blog.example/#/schema/person/77c5"}},
    {"@type": ["Person"], "@id": "https://blog.example/#/schema/person/77c5", "name": "Floyd"}
    ]}</script></head><body><h1>Minions</h1><p>Text.</p></body></html>"""
    assert authors_of(html) == ["Floyd"]


def test_meta_author_naming_the_site_gives_way_to_the_byline() -> None:
    html = """<html><head><meta name="author" content="tagesschau.de"></head><body>
    <h1>Arms exports</h1><p class="autorenzeile">Von Volkmar Kabisch und Jan Strozyk, NDR</p>
    <p>Text.</p></body></html>"""
    url = "https://www.tagesschau.de/investigativ/ndr/rheinmetall-101.html"
    assert authors_of(html, url) == ["Volkmar Kabisch", "Jan Strozyk"]


def test_an_author_spelled_like_the_host_is_the_site() -> None:
    # ``L-MAG`` is ``l-mag.de`` letter for letter: the printed byline names the writer.
    html = """<html><head><meta name="author" content="L-MAG"></head><body>
    <h1>Remembrance</h1><p class="byline">Von Claudia Lindner</p><p>Text.</p></body></html>"""
    assert authors_of(html, "https://www.l-mag.de/news/gedenken") == ["Claudia Lindner"]


def test_jsonld_author_naming_the_site_gives_way_to_the_byline() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Glyphosate", "author": {"@type": "Person", "name": "L'Opinion"}}</script>
    </head><body><h1>Glyphosate</h1><div class="author">Emmanuelle Ducros</div><p>Text.</p>
    </body></html>"""
    assert authors_of(html, "https://www.lopinion.fr/economie/glyphosate") == ["Emmanuelle Ducros"]


def test_personal_site_keeps_its_owner_as_author() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "BlogPosting",
    "headline": "Sorgfaltspflicht", "author": {"@type": "Person", "name": "Wolfgang Michal"},
    "publisher": {"@type": "Person", "name": "Wolfgang Michal"}}</script>
    <meta property="og:site_name" content="Wolfgang Michal"></head>
    <body><h1>Sorgfaltspflicht</h1><p>Text.</p></body></html>"""
    assert authors_of(html, "https://www.wolfgangmichal.de/2017/sorgfalt/") == ["Wolfgang Michal"]


def test_a_handle_takes_the_full_name_another_source_prints() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Sports centre", "author": {"@type": "Person", "name": "arianschlichenmayer"}}
    </script></head><body><h1>Sports centre</h1>
    <span class="byline">von Arian Schlichenmayer</span><p>Text.</p></body></html>"""
    assert authors_of(html) == ["Arian Schlichenmayer"]


def test_the_jsonld_publisher_person_is_no_reason_to_drop_the_author() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "Article",
    "headline": "Pain", "author": {"@type": "Person", "name": "Christoph Hein"},
    "publisher": {"@type": "Person", "name": "Christoph Hein"}}</script></head>
    <body><h1>Pain</h1><div class="author">Christoph Hein Chefredakteur</div><p>Text.</p>
    </body></html>"""
    assert authors_of(html, "https://angelmagazin.example/schmerzen/") == ["Christoph Hein"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autorin: Uta Staschewski, Projektleiterin in Tunesien.", ["Uta Staschewski"]),
        ("Autoren Jelko Djuren und Jutta Klaukien", ["Jelko Djuren", "Jutta Klaukien"]),
        ("Von: Götz Warnke", ["Götz Warnke"]),
        ("Written by: Julie Mollins", ["Julie Mollins"]),
    ],
)
def test_byline_openers_without_a_byline_class(line: str, expected: list[str]) -> None:
    html = f"""<html><body><h1>Headline</h1><div class="text"><p><strong>{line}</strong></p>
    <p>Body text of the article.</p></div></body></html>"""
    assert authors_of(html) == expected


def test_author_box_names_the_author_when_no_byline_does() -> None:
    html = """<html><body><h1>Cat blanket</h1><p>Text of the post.</p>
    <div class="author-info"><h2 class="author-title">Autor: Petra Ruland</h2>
    <p class="author-bio">Ich nähe und besticke Geschenke.</p></div>
    <aside class="sidebar"><div class="author-box"><span class="author">Other Person</span>
    </div></aside></body></html>"""
    assert authors_of(html) == ["Petra Ruland"]


def test_bem_modifier_does_not_exclude_the_byline() -> None:
    # ``teaser--only-body`` says how the article is shown, not that it is a teaser.
    html = """<html><body><article class="node--type-article teaser--only-body">
    <h2>Seeboden</h2><div class="field--name-author">von Tilman Weber</div>
    <p>Text.</p></article></body></html>"""
    assert authors_of(html) == ["Tilman Weber"]


def test_aside_with_the_posts_meta_line_holds_its_byline() -> None:
    html = """<html><body><h2>Hass</h2><aside class="meta">
    <span class="author">Von: Moritz Pieczewski-Freimuth</span></aside><p>Text.</p>
    <aside class="sidebar"><span class="author">Other Person</span></aside></body></html>"""
    assert authors_of(html) == ["Moritz Pieczewski-Freimuth"]


def test_page_builder_post_info_widget_holds_its_byline() -> None:
    html = """<html><body><h2>Diktat</h2>
    <div class="elementor-widget elementor-widget-post-info"><ul>
    <li><span class="elementor-post-info__item--type-author">Jane Roe</span></li></ul></div>
    <div class="widget"><span class="author">Other Person</span></div></body></html>"""
    assert authors_of(html) == ["Jane Roe"]


def test_blogger_post_widget_holds_its_byline() -> None:
    html = """<html><body><div class="widget Blog" id="Blog1"><h3 class="post-title">Tach</h3>
    <p>Text.</p><div class="post-footer"><span class="post-author vcard">Eingestellt von
    <span class="fn">der Michel</span></span></div></div>
    <div class="widget Profile" id="Profile1"><span class="author">Other Person</span></div>
    </body></html>"""
    assert authors_of(html) == ["der Michel"]


def test_author_box_gives_way_to_the_byline() -> None:
    html = """<html><body><h1>Cat blanket</h1><p class="byline">By Jane Roe</p><p>Text.</p>
    <div class="author-box"><span class="author">Petra Ruland</span></div></body></html>"""
    assert authors_of(html) == ["Jane Roe"]


def test_agency_only_byline_names_no_person_from_a_later_source() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Quake", "author": {"@type": "Organization", "name": "AFP"}}</script></head>
    <body><h1>Quake</h1><div class="author">Some Editor</div><p>Text.</p></body></html>"""
    article = parse_html(html, options=NO_QUOTES)
    assert names(article) == []
    assert [a.name for a in article.agencies] == ["Agence France-Presse"]


def _title(head: str, body: str = "", url: str | None = None) -> str | None:
    html = f"<html><head>{head}</head><body>{body}<p>Text of the article.</p></body></html>"
    value = harvest_metadata(load_html(html, options=NO_QUOTES).root, url=url).fields.get("title")
    return value if isinstance(value, str) else None


def test_title_entities_left_escaped_in_jsonld_are_decoded() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Olive &#038; Herb Focaccia &#8211; &quot;easy&quot;"}</script>'
    )
    assert _title(head) == 'Olive & Herb Focaccia – "easy"'


def test_title_takes_the_headings_typography() -> None:
    head = """<meta property="og:title" content="Editor's Letter: bye \\"OC\\" - hi Bernsi!">"""
    head = head.replace('\\"', "&quot;")
    body = "<h1>Editor’s Letter: bye “OC” – hi Bernsi!</h1>"
    assert _title(head, body) == "Editor’s Letter: bye “OC” – hi Bernsi!"


@pytest.mark.parametrize(
    ("og_title", "heading", "expected"),
    [
        # the visible headline in other words than the search-engine title
        (
            "New York ramps up mass burials amid virus outbreak",
            "Coronavirus: New York ramps up mass burials amid outbreak",
            "Coronavirus: New York ramps up mass burials amid outbreak",
        ),
        (
            "Mandarinen-Schmand-Kuchen Rezept",
            "Mandarinen-Schmand-Kuchen",
            "Mandarinen-Schmand-Kuchen",
        ),
        # a kicker run into the heading: the metadata's title is kept
        (
            "Große Aufgaben für die neue Regierung",
            "Tunesien Große Aufgaben für die neue Regierung",
            "Große Aufgaben für die neue Regierung",
        ),
        # nothing in common, or one short word by chance: the heading is furniture
        (
            "Radon im Boden: Neue Karte gibt Orientierung",
            "Navigation",
            "Radon im Boden: Neue Karte gibt Orientierung",
        ),
        ("News from the harbour", "From the editors", "News from the harbour"),
        # only the case differs: an upper-case heading is styling
        (
            "Auf den Spuren von Rafael Nadal",
            "AUF DEN SPUREN VON RAFAEL NADAL",
            "Auf den Spuren von Rafael Nadal",
        ),
    ],
)
def test_title_and_the_visible_heading(og_title: str, heading: str, expected: str) -> None:
    assert (
        _title(f'<meta property="og:title" content="{og_title}">', f"<h1>{heading}</h1>")
        == expected
    )


def test_title_skips_a_heading_that_is_the_sites_name() -> None:
    body = (
        '<h1><a href="https://web.archive.org/web/2015/http://www.steinzeit.example/">'
        "Steinzeit &amp; Co</a></h1>"
        "<h1>Werkzeuge des Neandertalers</h1>"
    )
    head = "<title>Werkzeuge des Neandertalers | Steinzeit &amp; Co</title>"
    assert _title(head, body) == "Werkzeuge des Neandertalers"
    # the site's heading alone: the <title> without the site's name it gives
    body = '<h1 id="site-title"><a href="/">Liebe geht durch den Magen</a></h1>'
    head = "<title>Rinderleber mit Apfel | Liebe geht durch den Magen</title>"
    assert _title(head, body) == "Rinderleber mit Apfel"


def test_title_wordpress_blog_archive() -> None:
    body = '<h1><a href="https://fouryears.example">Four Years Remaining</a></h1>'
    head = "<title>Four Years Remaining » Blog Archive » Interning of Small Integers</title>"
    assert _title(head, body) == "Interning of Small Integers"


def test_title_dom_heading_after_menu_headings() -> None:
    head = "<title>Was ist ein Geheimdienst? – Ansichten und Einsichten</title>"
    body = "<h1>Menu</h1><h1>Was ist ein Geheimdienst?</h1><h1>Post navigation</h1>"
    assert _title(head, body) == "Was ist ein Geheimdienst?"


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        # the site's name in the middle: what comes before it
        (
            "Das schwulste Musikvideo : Krimiblog-Archiv | Ermittlungen | Gegründet 2005",
            ["Krimiblog-Archiv"],
            "Das schwulste Musikvideo",
        ),
        # the first words of a long site name
        (
            "Kinder und Arbeit » ProNATs e.V.",
            ["ProNATs e.V. Verein zur Unterstützung arbeitender Kinder"],
            "Kinder und Arbeit",
        ),
        # a "site name" that is the whole title is no site name
        (
            "Cup-Vorschau: Stans freut sich - Handball Schweiz",
            ["Cup-Vorschau: Stans freut sich - Handball Schweiz"],
            "Cup-Vorschau: Stans freut sich - Handball Schweiz",
        ),
    ],
)
def test_strip_site_name_segments(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_first_name_byline_takes_the_surname_the_author_box_opens_with() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "BlogPosting",
    "headline": "Kulturtechnik", "author": {"@type": "Person", "name": "Nils"}}</script></head>
    <body><h1>Kulturtechnik</h1><p>Text of the post.</p>
    <div class="author-box"><div class="author-job">Autor</div>
    <p class="author-bio">Nils Pickert ist freier Autor und Journalist.</p></div>
    </body></html>"""
    assert authors_of(html) == ["Nils Pickert"]


def test_first_name_byline_ignores_a_greeting_after_the_name() -> None:
    html = """<html><body><h1>Zitronenkuchen</h1><p class="byline">Von Kathrin</p>
    <p>Text.</p><div class="author-box">Kathrin Hallo, ich backe gern.</div></body></html>"""
    assert authors_of(html) == ["Kathrin"]


def test_character_references_left_in_jsonld_strings_are_decoded() -> None:
    # WordPress themes run JSON-LD strings through an HTML escaper.
    html = """<html lang="pl"><head><title>Windows 10</title>
    <script type="application/ld+json">{"@context": "https://schema.org",
     "@type": "NewsArticle", "headline": "Windows 10 od lipca",
     "description": "Microsoft &#8222;zamyka&#8221; Windows 10&hellip;",
     "articleSection": "Food &amp; Drink",
     "datePublished": "2023-11-02T10:14:29&#x2B;05:30",
     "image": {"@type": "ImageObject", "url": "https://img.test/a.jpg?fit=1200%2C800&amp;ssl=1"},
     "author": {"@type": "Person", "name": "Jos&eacute; Garc&iacute;a"},
     "publisher": {"@type": "Organization", "name": "Spider&#039;s Web"}}</script>
    </head><body><h1>Windows 10 od lipca</h1><p>Tekst artykułu.</p></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert article.subtitle == "Microsoft „zamyka” Windows 10…"
    assert article.section == "Food & Drink"
    india = timezone(timedelta(hours=5, minutes=30))
    assert article.published == datetime(2023, 11, 2, 10, 14, 29, tzinfo=india)
    assert [image.url for image in article.images] == [
        "https://img.test/a.jpg?fit=1200%2C800&ssl=1"
    ]
    assert names(article) == ["José García"]
    assert article.publisher is not None
    assert article.publisher.name == "Spider's Web"


def test_a_meta_escaped_twice_is_read_as_the_page_shows_it() -> None:
    html = """<html lang="de"><head><title>Vizepräsidentin</title>
    <meta property="og:description"
     content="Aydan&amp;nbsp;&Ouml;zo&#287;uz ist gew&amp;auml;hlt &amp;amp;amp; vereidigt">
    <meta property="article:section" content="Body &amp;amp; Fitness">
    </head><body><h1>Vizepräsidentin</h1><p>Text.</p></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert article.subtitle == "Aydan\xa0Özoğuz ist gewählt & vereidigt"
    assert article.section == "Body & Fitness"


def test_a_url_query_that_looks_like_a_reference_is_kept() -> None:
    html = """<html lang="en"><head><title>Rates rise</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rates rise",
     "description": "AT&T &amp; Co",
     "image": "https://img.test/a.jpg?x=1&para=2&copy=3"}</script>
    </head><body><h1>Rates rise</h1><p>Text.</p></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert article.subtitle == "AT&T & Co"
    assert [image.url for image in article.images] == ["https://img.test/a.jpg?x=1&para=2&copy=3"]


def test_jsonld_written_as_a_script_object_literal_is_read() -> None:
    # Shapes from real pages: a field commented out, single quotes, a bare value and quotation
    # marks left unescaped inside the headline.
    html = """<html><head><title>Senador califica a Biden</title>
    <script type="application/ld+json">
    { "@context": "https://schema.org", "@type": "NewsArticle",
      // "mainEntityOfPage": {"@type": "WebPage"},
      "headline": "Senador califica a Biden de "incapacitado"",
      "description": 'Rick Scott habló el martes',
      "articleSection": Política,
      "datePublished": "2023-11-08T21:34:30-04:00",
      "author": {"@type": "Person", "name": "Ana Pérez"} }
    </script></head><body><h1>Senador califica a Biden</h1><p>Texto.</p></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert [d.code for d in article.diagnostics if d.code.startswith("NM57")] == ["NM570"]
    assert article.subtitle == "Rick Scott habló el martes"
    assert article.section == "Política"
    assert article.published == datetime(2023, 11, 8, 21, 34, 30, tzinfo=tz(-4))
    assert names(article) == ["Ana Pérez"]


def test_links_that_every_menu_gives_the_pages_language_are_no_variants() -> None:
    # Drupal writes hreflang on every link; only the language menu's links are variants.
    html = """<html lang="de"><head><title>Pelzfrei</title>
    <link rel="canonical" href="https://www.tierwelt.example/news/pelzfrei">
    <link rel="alternate" hreflang="de" href="https://www.tierwelt.example/news/pelzfrei">
    <link rel="alternate" hreflang="fr" href="https://www.tierwelt.example/fr/news/sans-fourrure">
    </head><body><nav><a href="/news/natur-umwelt" hreflang="de">Natur &amp; Umwelt</a>
    <a href="/news/wildtiere" hreflang="de">Wildtiere</a></nav>
    <ul class="language-switcher"><li><a href="/news/pelzfrei" hreflang="de">Deutsch</a></li>
    <li><a href="/fr/news/sans-fourrure" hreflang="fr">Français</a></li>
    <li><a href="/it/news/senza-pelliccia" hreflang="it">Italiano</a></li></ul>
    <h1>Pelzfrei</h1><p>Text.</p></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert [(v.language, v.url, v.is_current) for v in article.variants] == [
        ("de", "https://www.tierwelt.example/news/pelzfrei", True),
        ("fr", "https://www.tierwelt.example/fr/news/sans-fourrure", False),
        ("it", "https://www.tierwelt.example/it/news/senza-pelliccia", False),
    ]
    assert [v.label for v in article.variants] == ["Deutsch", "Français", "Italiano"]


def test_a_withdrawn_language_code_is_read_as_its_replacement() -> None:
    html = """<html lang="iw"><head><title>חדשות</title>
    <link rel="alternate" hreflang="in" href="https://news.example/id/berita">
    </head><body><h1>חדשות</h1><p>טקסט.</p></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False, detect_language=False))
    assert article.language == "he"
    assert [v.language for v in article.variants] == ["id"]
    assert "language 'iw' read as 'he' (a withdrawn code)" in [
        d.message for d in article.diagnostics
    ]


def test_a_page_that_names_itself_for_other_regions_is_none_of_them() -> None:
    # for-me-online.de: its own address under de-CH and de-AT, its language de-DE.
    html = """<html lang="de-DE"><head><title>Pubertät</title>
    <link rel="canonical" href="https://www.magazin.example/familie/pubertaet">
    <link rel="alternate" hreflang="de-CH" href="https://www.magazin.example/familie/pubertaet">
    <link rel="alternate" hreflang="de-AT" href="https://www.magazin.example/familie/pubertaet">
    </head><body><h1>Pubertät</h1><p>Wenn die Tochter in die Pubertät kommt, ändert sich
    vieles in der Familie, und die Eltern fragen sich, was sie tun können.</p></body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert [(v.language, v.is_current) for v in article.variants] == [
        ("de-CH", False),
        ("de-AT", False),
    ]


def test_the_current_variant_follows_the_language_the_text_is_read_in() -> None:
    # The page names itself English, and its text is clearly German (NM308).
    html = """<html lang="en"><head><title>Acht Produkte prämiert</title>
    <link rel="canonical" href="https://www.verlag.example/gp/acht-produkte">
    <link rel="alternate" hreflang="en" href="https://www.verlag.example/gp/acht-produkte">
    </head><body><h1>Acht Produkte prämiert</h1><p>Der Verlag hat in diesem Jahr acht
    Produkte mit dem Preis für nachhaltige Finanzen ausgezeichnet, die in den letzten Monaten
    erschienen sind und von einer unabhängigen Jury ausgewählt wurden. Die Jury würdigte vor
    allem die Arbeiten, die sich mit der Zukunft der Banken und der Versicherungen befassen.</p>
    </body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert article.language == "de"
    assert [(v.language, v.is_current) for v in article.variants] == [("en", False)]


def test_the_variant_at_the_pages_address_in_the_texts_language_becomes_current() -> None:
    # The page declares de, its text is English, and its English variant is its own address.
    html = """<html lang="de"><head><title>Visit Austria</title>
    <link rel="canonical" href="https://social.example/visitaustria/">
    <link rel="alternate" hreflang="en" href="https://social.example/visitaustria/">
    <link rel="alternate" hreflang="fr" href="https://fr.social.example/visitaustria/">
    </head><body><h1>Visit Austria</h1><p>The mountains are covered in snow this week, and
    the ski resorts of Tyrol and Salzburg open their slopes earlier than in any year since
    the records began, the tourism board said on Monday in its weekly report.</p>
    <p>Hotels in the valleys are already full for the holidays, and the railways have added
    trains from Vienna and Munich for the weekends of December and January.</p>
    <p>The board expects more visitors from abroad than last year, when the winter came late
    and many of the smaller resorts could not open before the end of the year.</p>
    </body></html>"""
    article = parse_html(html, options=ParseOptions(extract_quotes=False))
    assert article.language == "en"
    assert [(v.language, v.is_current) for v in article.variants] == [("en", True), ("fr", False)]


def test_variants_and_links_are_made_absolute_alike() -> None:
    """A language menu's link written with the site's host and no scheme reads as that host,
    as the body's links do (it was joined as a path: ``…/de/motor.example/fr/story``)."""
    page = """<html lang="de"><head><title>Story</title>
    <link rel="alternate" hreflang="fr" href="motor.example/fr/story">
    <link rel="alternate" hreflang="de" href="/de/story"></head>
    <body><article><h1>Story</h1><p>Ein Absatz mit einem <a href="motor.example/y">Link</a>,
    der lang genug ist, um als Text des Artikels zu gelten, und noch ein paar Worte mehr.</p>
    </article></body></html>"""
    article = parse_html(page, url="https://motor.example/de/story")
    assert sorted(v.url or "" for v in article.variants) == [
        "https://motor.example/de/story",
        "https://motor.example/fr/story",
    ]
