"""Publication dates from small pages that mimic real markup, one class of miss per test."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from newsmodel import ParseOptions, parse_html
from newsmodel._dates import parse_date
from newsmodel.types import NewsDate

NO_QUOTES = ParseOptions(extract_quotes=False)


def published(html: str, url: str | None = None) -> NewsDate | None:
    return parse_html(html, url=url, options=NO_QUOTES).published


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def og_page(stamp: str, body: str = "<p>Text of the article.</p>") -> str:
    return (
        "<html><head><title>Council votes</title>"
        f'<meta property="article:published_time" content="{stamp}">'
        f"</head><body><h1>Council votes</h1>{body}</body></html>"
    )


# --------------------------------------------------------------------------- URL day


def test_url_day_replaces_a_utc_time_past_midnight() -> None:
    # nypost.com: 03:28 UTC is the evening before in New York, the day the URL names.
    html = og_page("2023-11-09T03:28:35+00:00")
    url = "https://news.example.com/2023/11/08/gop-debate/"
    assert published(html, url) == date(2023, 11, 8)


def test_url_day_gives_way_to_the_publishers_own_offset() -> None:
    # larepublica.pe: the URL names the day the piece was drafted; the page's own local time
    # says when it was published.
    html = og_page("2022-05-08T06:00:00-05:00")
    url = "https://noticias.example.com/datos/2022/05/02/cronograma-vacaciones/"
    assert published(html, url) == datetime(2022, 5, 8, 6, 0, tzinfo=tz(-5))


def test_url_day_gives_way_to_a_utc_time_days_away() -> None:
    html = og_page("2022-05-12T10:00:00Z")
    url = "https://news.example.com/2022/05/02/story/"
    assert published(html, url) == datetime(2022, 5, 12, 10, 0, tzinfo=UTC)


# --------------------------------------------------------------------------- country time


@pytest.mark.parametrize(
    ("url", "stamp", "expected"),
    [
        # kas.de: midnight in Berlin, written in UTC (winter: +01:00)
        (
            "https://www.example.de/laenderberichte/wahlen",
            "2021-11-04T23:00:00+00:00",
            datetime(2021, 11, 5, 0, 0, tzinfo=tz(1)),
        ),
        # summer time: +02:00 from the last Sunday of March
        (
            "https://www.example.at/reise/sommer",
            "2022-07-01T22:30:00Z",
            datetime(2022, 7, 2, 0, 30, tzinfo=tz(2)),
        ),
        # Iceland keeps UTC all year: no summer hour
        (
            "https://www.example.is/frettir/innlent",
            "2022-07-01T23:30:00Z",
            datetime(2022, 7, 1, 23, 30, tzinfo=tz(0)),
        ),
        # lanacion.com.ar: 00:25 UTC is 21:25 the evening before in Buenos Aires
        (
            "https://www.example.com.ar/politica/boleta-unica",
            "2022-05-04T00:25:56+00:00",
            datetime(2022, 5, 3, 21, 25, 56, tzinfo=tz(-3)),
        ),
    ],
)
def test_utc_time_is_shown_in_the_country_of_the_domain(
    url: str, stamp: str, expected: datetime
) -> None:
    value = published(og_page(stamp), url)
    assert value == expected
    assert isinstance(value, datetime)
    assert value.utcoffset() == expected.utcoffset()


def test_utc_time_stays_utc_on_a_generic_domain() -> None:
    value = published(og_page("2020-05-02T02:54:29+00:00"), "https://abc.example.com/traffic/")
    assert isinstance(value, datetime)
    assert value.utcoffset() == timedelta(0)


def test_an_offset_stated_on_the_page_wins_over_the_country() -> None:
    body = '<p><time datetime="2020-07-09T18:40:00-04:00">July 9</time></p>'
    value = published(og_page("2020-07-09T10:04:04+00:00", body), "https://www.example.de/a")
    assert isinstance(value, datetime)
    assert value.utcoffset() == timedelta(hours=-4)


# --------------------------------------------------------------------------- date forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023.11.02", date(2023, 11, 2)),
        ("2023/11/02", date(2023, 11, 2)),
        ("2023. 11. 02.", date(2023, 11, 2)),
        ("02.11.2023", date(2023, 11, 2)),
    ],
)
def test_year_first_numeric_date_is_never_day_first(text: str, expected: date) -> None:
    assert parse_date(text, language="de") == expected


def test_korean_dotted_date_with_time_of_day() -> None:
    # n.news.naver.com: "2023.11.02. 오후 8:06" (afternoon 8:06)
    body = (
        '<div class="media_end_head_info_datestamp"><span class="media_end_head_info_datestamp'
        '_time _ARTICLE_DATE_TIME">2023.11.02. 오후 8:06</span></div><p>본문입니다.</p>'
    )
    html = (
        f"<html lang='ko'><head><title>기사</title></head><body><h1>기사</h1>{body}</body></html>"
    )
    assert published(html) == date(2023, 11, 2)


def test_json_ld_fraction_of_a_second_after_a_colon() -> None:
    # homify.de: "22:06:08:684Z"
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "Article", "headline": "Tischdecke",'
        ' "datePublished": "2022-01-10T22:06:08:684Z"}</script></head>'
        "<body><h1>Tischdecke</h1></body></html>"
    )
    value = published(html)
    assert isinstance(value, datetime)
    assert value.date() == date(2022, 1, 10)


def test_date_split_over_child_elements() -> None:
    # wienbadminton.at: <span class="date">Mai<span>06</span>2018</span>
    body = '<p class="copyright"><span class="date">Mai<span>06</span>2018</span></p><p>Text.</p>'
    html = f"<html lang='de'><head><title>Come Together</title></head><body>{body}</body></html>"
    assert published(html) == date(2018, 5, 6)


# --------------------------------------------------------------------------- where dates are


def test_rdfa_date_beside_a_microdata_item() -> None:
    # meininger.de (Drupal): the item gives the headline, an RDFa span the date.
    html = (
        "<html><head><title>LVMH</title></head><body>"
        '<article itemscope itemtype="http://schema.org/Article">'
        '<h1 itemprop="headline">LVMH mit ordentlichem Wachstum</h1></article>'
        '<span property="schema:dateCreated" content="2022-01-28T12:45:46+01:00"'
        ' class="rdf-meta hidden"></span></body></html>'
    )
    assert published(html) == datetime(2022, 1, 28, 12, 45, 46, tzinfo=tz(1))


def test_page_inside_one_form_is_scanned() -> None:
    # ASP.NET WebForms wrap the whole page in <form id="aspnetForm">.
    html = (
        "<html><head><title>News</title></head><body>"
        '<form id="aspnetForm" method="post"><div id="content"><h1>Come Together</h1>'
        '<div class="abstract"><p>06.05.2018</p></div><p>Ein Turnier.</p></div></form>'
        "</body></html>"
    )
    assert published(html) == date(2018, 5, 6)


def test_dates_of_the_sidebar_and_footer_are_not_the_articles() -> None:
    # wara-enforcement.org: recent posts in a footer widget, the article dateless.
    html = (
        "<html><head><title>Braconnier</title></head><body><h1>Braconnier condamné</h1>"
        + "<p>Le braconnier a été <b>condamné</b>.</p>" * 5
        + '<div id="footer"><ul class="sidebar_widget"><li class="widget widget_recent_entries">'
        '<ul><li><a href="/x">Autre</a><span class="post-date">09/09/2019</span></li></ul>'
        "</li></ul></div></body></html>"
    )
    assert published(html) is None


def test_dates_of_teasers_are_not_the_articles() -> None:
    # furche.at: a slider of teasers, each with its own date, before the article.
    html = (
        "<html lang='de'><head><title>Achtsam</title></head><body>"
        '<div class="default-slider"><article class="default-teaser"><h2>Anderes</h2>'
        '<footer class="default-teaser__footer"><span class="default-teaser__date">'
        "01. Juli 2020</span></footer></article></div>"
        "<h1>Achtsam durch die Krise</h1><p>Text ohne Datum.</p></body></html>"
    )
    assert published(html) != date(2020, 7, 1)


def test_a_layout_wrapper_named_sidebar_is_not_the_sidebar() -> None:
    # ldt.de: <div class="mainwrap single-default sidebar"> holds the whole post.
    html = (
        "<html><head><title>Fall in love</title></head><body>"
        '<div class="mainwrap single-default sidebar"><div class="main"><div class="post">'
        '<div class="post-meta"><a class="post-meta-time">08/08/2017</a></div>'
        "<p>Text.</p><p>More text.</p><p>Even more.</p></div></div></div>"
        "</body></html>"
    )
    assert published(html) == date(2017, 8, 8)


def test_page_text_date_introduced_as_a_change_comes_last() -> None:
    # literaturkritik.de: "Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023"
    html = (
        "<html lang='de'><head><title>Rezension</title></head><body><h1>Rezension</h1>"
        "<p>Text.</p><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>"
        "</body></html>"
    )
    assert published(html) == date(2023, 11, 1)


def test_page_text_date_of_a_change_when_it_is_the_only_one() -> None:
    # pixabay.com terms: "Date of Last Revision: August 9, 2017"
    html = (
        "<html lang='en'><head><title>Terms</title></head><body><h1>Terms of Service</h1>"
        "<p>Date of Last Revision: August 9, 2017</p><p>The following is an agreement.</p>"
        "</body></html>"
    )
    assert published(html) == date(2017, 8, 9)


def test_utc_time_takes_the_offset_of_the_same_instant_printed_locally() -> None:
    # registerguard.com: JSON-LD in UTC, the page prints the local time without an offset.
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "Suspect turns himself in",'
        ' "datePublished": "2020-04-14T00:38:07Z"}</script></head><body>'
        "<h1>Suspect turns himself in</h1>"
        '<div class="article-meta"><span class="published-date">2020-04-13 16:38</span></div>'
        "<p>Text.</p></body></html>"
    )
    value = published(html, "https://www.example.com/news/20200413/suspect")
    assert value == datetime(2020, 4, 13, 16, 38, 7, tzinfo=tz(-8))


def test_a_printed_time_of_another_instant_gives_no_offset() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "Budget",'
        ' "datePublished": "2020-04-14T00:38:07Z"}</script></head><body><h1>Budget</h1>'
        '<div class="article-meta"><span class="published-date">2020-04-13 16:05</span></div>'
        "<p>Text.</p></body></html>"
    )
    value = published(html, "https://www.example.com/news/budget")
    assert isinstance(value, datetime)
    assert value.utcoffset() == timedelta(0)


# --------------------------------------------------------------------------- sidebars, headers


def test_a_body_class_naming_the_layout_is_not_a_sidebar() -> None:
    # creativecommons.at (Drupal): <body class="one-sidebar sidebar-second">; the real sidebar
    # is <div id="sidebar-second" class="column sidebar"> and its dates are other posts'.
    html = (
        "<html lang='de'><head><title>FairCoin</title></head>"
        '<body class="html not-front one-sidebar sidebar-second page-node">'
        '<div id="page"><div id="main"><div class="column" id="content">'
        "<h1>FairCoin hackathon beim Sommercamp</h1>"
        '<div class="node node-article"><div class="submitted">Gespeichert von '
        '<span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>'
        "<p>Ein Hackathon mit mehreren Themen.</p><p>Mehr Text.</p><p>Noch mehr.</p></div>"
        '</div><div id="sidebar-second" class="column sidebar"><div class="block">'
        "<p>Open Data Treffen am 15.12.2016</p></div></div></div></div></body></html>"
    )
    assert published(html) == datetime(2017, 7, 24, 18, 55)


def test_a_real_sidebar_beside_a_dateless_article_gives_no_date() -> None:
    html = (
        "<html lang='de'><head><title>Hackathon</title></head>"
        '<body class="one-sidebar sidebar-second"><div id="content"><h1>Hackathon</h1>'
        + "<p>Ein Hackathon mit mehreren Themen.</p>"
        * 6
        + '</div><div id="sidebar-second" class="column sidebar"><div class="block">'
        "<p>Open Data Treffen am 15.12.2016</p></div></div></body></html>"
    )
    assert published(html) is None


def test_a_content_column_with_id_sidebar_holding_the_headline_is_read() -> None:
    # bewegliche-lettern.de (WordPress theme): <div id="sidebar"> is the post column.
    html = (
        "<html lang='de'><head><title>Typography</title></head><body><div id='wrapper'>"
        "<div id='sidebar'><h1>Literatur und Animated Typography</h1><p>Ein Beitrag.</p>"
        "<p class='news'>Dieser Eintrag wurde am <nobr>19. Mai 2010</nobr> um "
        "<nobr>23:03</nobr> Uhr gepostet.</p></div></div></body></html>"
    )
    assert published(html) == date(2010, 5, 19)


def test_an_aside_inside_the_article_is_the_articles_own() -> None:
    # ebene11.com: <article><header>…</header><aside class="blogData"><dl><dt>Datum</dt>
    html = (
        "<html lang='de'><head><title>AutoCAD</title></head><body><article id='content'>"
        "<header><h1>Die Arbeit mit fremden DWG-Dateien</h1></header>"
        "<aside class='blogData'><dl><dt>Datum</dt><dd>12.01.2017</dd>"
        "<dt>Kategorie</dt><dd>AutoCAD</dd></dl></aside><p>Eine Anleitung.</p></article>"
        "<aside class='widget'><p>Termin am 03.03.2017</p></aside></body></html>"
    )
    assert published(html) == date(2017, 1, 12)


def test_a_time_in_the_articles_own_sidebar_is_read() -> None:
    # falstaff.de: the post's meta column is <div class="sidebar"> inside its <article>.
    html = (
        "<html lang='de'><head><title>Burgenland</title></head><body><main>"
        "<article class='post'><h1>Best of Ruster Ausbruch</h1><div class='row'>"
        "<div class='sidebar'><div class='sidebar__item'><p class='time'>"
        "<time datetime='2022-01-28'>28. Januar 2022</time></p></div></div>"
        "<div class='content'><p>Text.</p></div></div></article></main></body></html>"
    )
    assert published(html) == date(2022, 1, 28)


def test_a_date_line_wins_over_a_date_in_the_story() -> None:
    # oann.com: a photo caption tells of an earlier day; the date line follows it.
    html = (
        "<html lang='en'><head><title>Protesters</title></head><body>"
        "<h1>Protesters gather at Paris theater</h1><div class='entry-content'>"
        "<div>FILE PHOTO: French President Emmanuel Macron delivers his new year wishes to the"
        " military in Boulay-les-Barres, France, January 16, 2020.</div>"
        "<p>January 18, 2020</p><p>PARIS (Reuters) - Protesters opposed to the reform.</p>"
        "</div></body></html>"
    )
    assert published(html) == date(2020, 1, 18)


def test_a_longer_text_that_opens_with_its_date_is_the_date_line() -> None:
    # handball-world.news: "02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red" above the
    # text; the teasers below carry their own short date lines.
    html = (
        "<html lang='de'><head><title>Nationalspieler</title></head><body>"
        "<h1>Nationalspieler verlängert</h1>"
        "<p>02.02.2022 10:16 Uhr - 1. Bundesliga - Pressemitteilung, red</p>"
        "<p>Der Rückraumspieler bleibt bis 2025.</p>"
        "<ul><li><a href='/a'>Auswärtssieg</a><span>30.01.2022 · Männer · HBL1</span></li></ul>"
        "</body></html>"
    )
    assert published(html) == datetime(2022, 2, 2, 10, 16)


def test_a_date_in_the_story_when_no_date_line_is() -> None:
    html = (
        "<html lang='en'><head><title>Hackathon</title></head><body><h1>Hackathon</h1>"
        "<p>The hackathon, held on August 26, 2017 in Dornbirn, brought forty people.</p>"
        "</body></html>"
    )
    assert published(html) == date(2017, 8, 26)


def test_times_of_other_posts_in_an_aside_are_not_the_articles() -> None:
    # blogs.mediapart.fr: the aside lists other posts with <time>; the article's date is a line.
    html = (
        "<html lang='fr'><head><title>Violences</title></head><body><main>"
        "<aside class='col-right aside-region'><ul><li><span class='author'>"
        "<time datetime='2019-07-30'>30 juil. 2019</time></span></li></ul></aside>"
        "<div class='content'><h1>Violences policières</h1>"
        "<ul class='info'><li>27 juin 2019</li><li>Par Elba</li></ul><p>Texte.</p></div>"
        "</main></body></html>"
    )
    assert published(html) == date(2019, 6, 27)


def test_the_time_of_an_embedded_post_is_not_the_articles() -> None:
    # horizont.net: an Instagram embed carries its own <time>.
    html = (
        "<html lang='de'><head><title>Influencer</title></head><body><div class='PageArticle'>"
        "<div class='PublishDate'><span class='PublishDate_date'>29. Januar 2019</span></div>"
        "<h1>Influencer-Marketing</h1><div class='ArticleCopy'><p>Text.</p>"
        "<blockquote class='instagram-media'><div><p>"
        "<time datetime='2018-03-12T19:30:12+00:00'>Mär 12, 2018</time></p></div>"
        "</blockquote></div></div></body></html>"
    )
    assert published(html) == date(2019, 1, 29)


def test_a_time_marked_date_published_counts_in_a_footer() -> None:
    # martinruetter.com: <div class="footer"><time itemprop="datePublished">
    html = (
        "<html lang='de'><head><title>Winter</title>"
        "<meta name='DCTERMS.date' content='2022-01-21T15:38:44+01:00'></head><body>"
        "<h1>Mit Hund im Winter</h1><p>Text.</p><div class='footer'><p><span class='date'>"
        "<time itemprop='datePublished' datetime='2022-01-27'>27.01.2022</time></span></p>"
        "</div></body></html>"
    )
    assert published(html) == date(2022, 1, 27)


def test_a_time_without_datetime_is_read_from_its_text() -> None:
    # The date in the <time>'s own words ranks above a generic <meta name="date">.
    html = (
        "<html lang='fr'><head><title>Grenades</title><meta name='date' content='2019-07-03'>"
        "</head><body><h1>Grenades</h1><div class='chapo'>"
        "<time>Mis en ligne le 29 juin 2019 à 15h14</time></div><p>Texte.</p></body></html>"
    )
    assert published(html) == date(2019, 6, 29)


def test_a_time_printing_another_day_than_its_datetime_shows_the_printed_day() -> None:
    # paris-luttes.info: the attribute is when the record was last saved, days later.
    html = (
        "<html lang='fr'><head><title>Grenades</title></head><body><header>"
        "<h1>Grenades</h1><div class='time'>"
        "<time datetime='2019-07-03T10:18:46Z'>Publié le 29 juin 2019</time></div></header>"
        "<p>Texte.</p></body></html>"
    )
    assert published(html) == date(2019, 6, 29)


def test_a_time_printing_the_next_day_keeps_its_datetime() -> None:
    # The same instant in the reader's zone: the attribute's time and offset are kept.
    html = (
        "<html lang='en'><head><title>Rates</title></head><body><h1>Rates</h1>"
        "<time datetime='2020-03-04T23:30:00-05:00'>March 5, 2020</time><p>Text.</p>"
        "</body></html>"
    )
    assert published(html) == datetime(2020, 3, 4, 23, 30, tzinfo=tz(-5))


def test_todays_date_in_a_page_header_without_a_heading_is_not_the_articles() -> None:
    # asiapacificstar.com: no <h1>; the page header holds the logo and today's date, the
    # article (under an <h2>) its own date line.
    html = (
        "<html lang='en'><head><title>Megablaze</title></head><body><div class='wrapper'>"
        "<header><div class='logo'><a href='/'>Asia Pacific Star</a></div>"
        "<div class='new_text'><span class='date'>Tue, 14 Jan 2020</span></div></header>"
        "<div class='banner-section'><h2>Megablaze brought under control</h2>"
        "<p>News24<br>13 Jan 2020, 22:11 GMT+10</p><p>Firefighters have contained it.</p>"
        "</div></div></body></html>"
    )
    assert published(html) == datetime(2020, 1, 13, 22, 11, tzinfo=tz(10))


def test_a_page_header_with_the_heading_is_the_articles() -> None:
    html = (
        "<html lang='en'><head><title>Megablaze</title></head><body>"
        "<header><h2>Megablaze brought under control</h2>"
        "<span class='date'>Mon, 13 Jan 2020</span></header>"
        "<p>Firefighters have contained it.</p></body></html>"
    )
    assert published(html) == date(2020, 1, 13)


def test_todays_date_in_the_site_header_is_not_the_articles() -> None:
    # news.az: "Baku 4°C Tuesday, (08 Dec 2020)" in the top bar; the article's date below.
    html = (
        "<html lang='en'><head><title>Counteroffensive</title></head><body>"
        "<div class='header'><ul class='header--topbar-info nav'>"
        "<li class='date'>Tuesday, (08 Dec 2020)</li></ul></div><div class='article'>"
        "<h1>Azerbaijan launches counteroffensive</h1>"
        "<ul class='nav meta'><li>13 Oct 2020 18:29</li></ul><p>Text.</p></div></body></html>"
    )
    assert published(html) == datetime(2020, 10, 13, 18, 29)


# --------------------------------------------------------------------------- Dublin Core


def dc_page(dc: str, printed: str) -> str:
    return (
        "<html lang='de'><head><title>Atomkraft</title>"
        f"<meta name='dcterms.date' content='{dc}'></head><body><h1>Atomkraft</h1>"
        f"<div class='article-meta'>{printed}</div><p>Text.</p></body></html>"
    )


def test_a_bare_dc_date_gives_way_to_the_printed_date_of_another_day() -> None:
    # umweltbundesamt.de: dcterms.date is when the record was made; the page prints its day.
    printed = "<time datetime='2022-01-25T08:00:00+01:00'>25.01.2022</time>"
    html = dc_page("2022-01-21T09:43+01:00", printed)
    assert published(html) == datetime(2022, 1, 25, 8, 0, tzinfo=tz(1))


def test_a_bare_dc_date_of_the_printed_day_is_kept() -> None:
    printed = "<time datetime='2022-01-21'>21.01.2022</time>"
    html = dc_page("2022-01-21T09:43+01:00", printed)
    assert published(html) == datetime(2022, 1, 21, 9, 43, tzinfo=tz(1))


def test_dc_date_issued_wins_over_a_printed_date() -> None:
    html = dc_page("2022-01-21", "<time datetime='2022-01-25'>25.01.2022</time>").replace(
        "dcterms.date", "dcterms.issued"
    )
    assert published(html) == date(2022, 1, 21)


# --------------------------------------------------------------------------- URL and forms


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.de/home/2017/7/12/unter-uns-montauk", date(2017, 7, 12)),
        ("https://www.example.com/news/20200413/second-suspect", date(2020, 4, 13)),
        (
            "https://www.example.com/politics/ct-visit-20231108-nu3rcfk-story.html",
            date(2023, 11, 8),
        ),
        ("https://weisser.example.de/media-news/meldungen/29-10-2021", date(2021, 10, 29)),
        # 02-11-2023 may be 2 November or 11 February: the URL does not say
        ("https://www.example.fr/meteo/tempete-ciaran-02-11-2023-XVZ4H", None),
        # an identifier that starts like a date is no date
        ("https://www.example.com/arab_world/202003171044893040-some-story", None),
    ],
)
def test_date_printed_only_in_the_url(url: str, expected: date | None) -> None:
    html = (
        "<html><head><title>Meldung</title></head><body><h1>Meldung</h1><p>Text.</p></body></html>"
    )
    assert published(html, url) == expected


def test_dotted_date_with_a_two_digit_year_in_a_date_element() -> None:
    # goodnight.at: <div class="date"> Party, 30.10.23 </div>; the sidebar lists events.
    html = (
        "<html lang='de'><head><title>Halloween</title></head><body>"
        "<div class='text'><div class='date'> Party, 30.10.23 </div>"
        "<h1>Last-Minute Halloween-Kostüme</h1><p>Text.</p></div>"
        "<div><p>Wochenende in Wien 28.09. - 01.10.2023</p></div></body></html>"
    )
    assert published(html) == date(2023, 10, 30)


def test_a_version_number_is_no_two_digit_year_date() -> None:
    html = (
        "<html lang='de'><head><title>Update</title></head><body><h1>Update</h1>"
        "<div class='info'>Version 1.2.23</div><p>Text.</p></body></html>"
    )
    assert published(html) is None


def test_hungarian_year_first_date_line() -> None:
    html = (
        "<html lang='hu'><head><title>Hír</title></head><body><h1>Hír</h1>"
        "<p>Közzétéve: 2020. szeptember 20. 14:00</p><p>Szöveg.</p></body></html>"
    )
    assert published(html) == date(2020, 9, 20)


def test_romanian_date_line() -> None:
    # news.yam.md: <div class="story-short-date-info"><span>Unica.md</span>, 20 septembrie …
    html = (
        "<html lang='ro'><head><title>Știre</title></head><body><h1>Femeile</h1>"
        "<div class='story-short-date-info'><span><a href='/b'>Unica.md</a></span>, "
        "20 septembrie 2020 16:20</div><p>Fetele şi femeile din Moldova.</p></body></html>"
    )
    assert published(html) == date(2020, 9, 20)


def dated_page(published_at: str, updated_at: str) -> str:
    return (
        "<html><head><title>Council votes</title>"
        f'<meta property="article:published_time" content="{published_at}">'
        f'<meta property="article:modified_time" content="{updated_at}">'
        "</head><body><h1>Council votes</h1><p>Text of the article.</p></body></html>"
    )


def updated_before_published(html: str) -> list[str]:
    article = parse_html(html, options=NO_QUOTES)
    return [d.message for d in article.diagnostics if d.code == "NM304"]


@pytest.mark.parametrize(
    ("published_at", "updated_at"),
    [
        # A day-precision update on the day of publication is not before it.
        ("2019-11-18T17:19:53+00:00", "2019-11-18"),
        # Earlier on the clock but later in time: 09:00 in New York is 14:00 UTC.
        ("2024-07-24T10:00:00+00:00", "2024-07-24T09:00:00-05:00"),
        # A time without a zone may be at any offset: it cannot be said to come first.
        ("2020-10-23T10:03:19+02:00", "2020-10-23T09:58:00"),
    ],
)
def test_updated_is_not_before_published_when_precision_or_zone_allow(
    published_at: str, updated_at: str
) -> None:
    html = dated_page(published_at, updated_at)
    assert updated_before_published(html) == []
    article = parse_html(html, options=NO_QUOTES)
    # The update is kept as the page gives it; the publication is the same instant.
    assert article.updated is not None
    assert article.updated.isoformat() == updated_at
    assert article.published == datetime.fromisoformat(published_at)


@pytest.mark.parametrize(
    ("published_at", "updated_at"),
    [
        ("2019-11-20T09:00:00+00:00", "2019-11-19T11:00:00+00:00"),
        # 12:00 at UTC+05:30 is 06:30 UTC, before 10:00 UTC.
        ("2024-07-24T10:00:00+00:00", "2024-07-24T12:00:00+05:30"),
        ("2014-06-21T09:41:45+01:00", "2014-06-17"),
    ],
)
def test_updated_before_published_is_reported(published_at: str, updated_at: str) -> None:
    html = dated_page(published_at, updated_at)
    messages = updated_before_published(html)
    assert len(messages) == 1
    assert messages[0].startswith(f"updated {updated_at} is before published ")
    assert messages[0].endswith("; dropped")
    # No update came after the publication: the value is dropped (the message keeps it).
    assert parse_html(html, options=NO_QUOTES).updated is None


def two_sources(jsonld_date: str, meta_date: str) -> str:
    return (
        "<html><head><title>Council votes</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Council votes", "datePublished": "{jsonld_date}"}}</script>'
        f'<meta property="article:published_time" content="{meta_date}">'
        "</head><body><h1>Council votes</h1><p>Text of the article.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("jsonld_date", "meta_date", "expected"),
    [
        # The day of JSON-LD, the time of OpenGraph on that day: the time is kept.
        ("2018-04-18", "2018-04-18T14:39:09+02:00", datetime(2018, 4, 18, 14, 39, 9, 0, tz(2))),
        # A time without its zone, and the same time with it: the zone is kept.
        (
            "2020-05-06T10:07:01",
            "2020-05-06T10:07:01+02:00",
            datetime(2020, 5, 6, 10, 7, 1, tzinfo=tz(2)),
        ),
        # The local time without its zone, and the same instant in UTC: the offset between.
        (
            "2021-11-01T05:00:14",
            "2021-11-01T04:00:14+00:00",
            datetime(2021, 11, 1, 5, 0, 14, tzinfo=tz(1)),
        ),
        # Another day, or another time, or midnight (a day written as a time): it stands.
        ("2019-12-03", "2019-12-03T00:00:00+00:00", date(2019, 12, 3)),
        ("2018-04-18", "2018-04-17T14:39:09+02:00", date(2018, 4, 18)),
        ("2020-05-06T10:07:01", "2020-05-06T11:44:31+02:00", datetime(2020, 5, 6, 10, 7, 1)),
    ],
)
def test_a_second_source_gives_the_time_or_zone_the_first_lacks(
    jsonld_date: str, meta_date: str, expected: date
) -> None:
    assert published(two_sources(jsonld_date, meta_date)) == expected


def test_the_day_of_the_first_source_is_kept_when_the_time_falls_on_another_local_day() -> None:
    # 02:00 UTC on a German site is 03:00 local, the same day: kept with its offset.
    html = two_sources("2019-11-19", "2019-11-19T02:00:00Z")
    assert published(html, url="https://zeitung.de/a") == datetime(2019, 11, 19, 3, tzinfo=tz(1))
    # 02:00 UTC on a Peruvian site is 21:00 the day before: the page's day stands.
    assert published(html, url="https://diario.pe/a") == date(2019, 11, 19)


def test_a_zoneless_time_in_another_zone_gives_way_to_the_same_instant_with_its_zone() -> None:
    # 20:00:49 is 19:00:49+01:00 shown at +02:00: the publisher's stated zone is kept.
    html = two_sources("2019-12-09T20:00:49", "2019-12-09T19:00:49+01:00")
    assert published(html) == datetime(2019, 12, 9, 19, 0, 49, tzinfo=tz(1))
