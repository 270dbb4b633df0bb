"""The headline as the page prints it: kickers, site names, sections and cut metadata titles.

Each example is a small page written after a real publisher's markup (the benchmark's pages
are not copied); the expected title is the headline a reader sees.
"""

from __future__ import annotations

import pytest

from newsmodel import ParseOptions
from newsmodel._html_load import load_html
from newsmodel._html_meta import harvest_metadata, strip_site_name

NO_QUOTES = ParseOptions(extract_quotes=False)


def _title(head: str, body: str = "", url: str | None = None) -> str | None:
    html = f"<html><head>{head}</head><body>{body}<p>Text of the article.</p></body></html>"
    value = harvest_metadata(load_html(html, options=NO_QUOTES).root, url=url).fields.get("title")
    return value if isinstance(value, str) else None


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


# --------------------------------------------------------------------------- kickers


@pytest.mark.parametrize(
    ("head", "heading", "expected"),
    [
        # a kicker class and a hidden colon; the metadata runs the kicker in
        (
            _og("Klimaschutz: Bohren, bis es heiß wird"),
            '<span class="article-heading__kicker">Klimaschutz</span>'
            '<span class="visually-hidden">: </span>'
            '<span class="article-heading__title">Bohren, bis es heiß wird</span>',
            "Bohren, bis es heiß wird",
        ),
        # no kicker class, but a dash that only screen readers read sets it apart
        (
            _og("Coronavirus und andere Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt"),
            '<span class="ContentHead_titleheader">Coronavirus und andere Zoonosen</span>'
            '<span aria-hidden="true"> – </span>'
            '<span class="ContentHead_text">Wie Umweltzerstörung neue Epidemien begünstigt</span>',
            "Wie Umweltzerstörung neue Epidemien begünstigt",
        ),
        # a "Dachzeile" that the metadata puts after the headline
        (
            _og("Daten von Rheinmetall gehackt - Interne Unterlagen im Netz"),
            '<span class="dachzeile">Interne Unterlagen im Netz</span> '
            '<span class="headline">Daten von Rheinmetall gehackt</span>',
            "Daten von Rheinmetall gehackt",
        ),
        # the metadata words the kicker otherwise ("Nach Corona-Lockerungen")
        (
            _og("Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen des Geschäfts"),
            '<span class="dachzeile">Nach Corona-Lockerungen</span> '
            '<span class="headline">Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</span>',
            "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts",
        ),
        # a topic set on its own line (a block), no metadata title
        (
            "",
            '<div class="topic-label">100. Geburtstag</div>'
            " Holocaust-Überlebende Margot Friedländer wird 100 Jahre",
            "Holocaust-Überlebende Margot Friedländer wird 100 Jahre",
        ),
        # a date above the headline, in <small>
        (
            "",
            "<small>27.01.2022</small> Mineralölabsatz im November",
            "Mineralölabsatz im November",
        ),
        # a label for screen readers only
        (
            "",
            '<span class="visuallyhidden">Headline:</span> Energiewende und Wandel',
            "Energiewende und Wandel",
        ),
        # a forum's prefix label inside the heading's link
        (
            "",
            '<a href="/threads/3976/"><span class="label label--blue">Patch Notes</span>'
            '<span class="label-append"> </span>Patchnotes 4.47.4 - Bugfix Build</a>',
            "Patchnotes 4.47.4 - Bugfix Build",
        ),
    ],
)
def test_title_without_the_kicker_its_heading_sets_apart(
    head: str, heading: str, expected: str
) -> None:
    assert _title(head, f"<h1>{heading}</h1>") == expected


def test_inline_emphasis_opening_a_heading_is_no_kicker() -> None:
    body = "<h1><b>Editor’s Letter:</b> bye OC Baby, hi Bernsi Baby!</h1>"
    assert _title("", body) == "Editor’s Letter: bye OC Baby, hi Bernsi Baby!"


def test_a_byline_inside_the_heading_is_not_the_headline() -> None:
    body = (
        '<h1 class="entry-title">»Haltet unsere Gewässer sauber!« <h4 class="author">'
        'Veröffentlicht von <a href="/author/x/">SeglerBlog</a> am <time datetime="2020-02-23">'
        "23. Februar 2020</time></h4></h1>"
    )
    assert _title("", body) == "»Haltet unsere Gewässer sauber!«"


def test_ruby_readings_are_not_read_into_the_headline() -> None:
    body = (
        "<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を"
        "<ruby>禁止<rp>(</rp><rt>きんし</rt><rp>)</rp></ruby>する法律ができる</h1>"
    )
    assert _title("", body) == "子どもへの体罰を禁止する法律ができる"


# --------------------------------------------------------------------------- the printed <h1>


@pytest.mark.parametrize(
    ("og_title", "heading", "expected"),
    [
        # the metadata cut the headline short
        (
            "Ultium Cells erhöht Gigafactory-Kapazität",
            "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee",
            "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee",
        ),
        # a subtitle after a colon, a quotation before one: one printed headline
        (
            "Saftiger Zitronenkuchen vom Blech",
            "Saftiger Zitronenkuchen vom Blech: einfach köstlich!",
            "Saftiger Zitronenkuchen vom Blech: einfach köstlich!",
        ),
        (
            "Marita Kramer verpasst Olympische Spiele in Peking",
            "&quot;Pure Leere&quot;: Marita Kramer verpasst Olympische Spiele in Peking",
            '"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking',
        ),
        # a topic joined by a slash is furniture: the metadata's title is kept
        (
            "Irme Stetter-Karp ist neue ZdK-Präsidentin",
            "&quot;Reformstau lösen&quot; / Irme Stetter-Karp ist neue ZdK-Präsidentin",
            "Irme Stetter-Karp ist neue ZdK-Präsidentin",
        ),
        # the same words, but the heading says them in full (articles the metadata dropped)
        (
            "Brexit: Nervenkrieg geht in nächste Runde",
            "Der Nervenkrieg um den Brexit geht in die nächste Runde",
            "Der Nervenkrieg um den Brexit geht in die nächste Runde",
        ),
    ],
)
def test_title_is_the_printed_heading(og_title: str, heading: str, expected: str) -> None:
    assert _title(_og(og_title), f"<h1>{heading}</h1>") == expected


def test_a_subtitle_element_after_the_headline_stays_out() -> None:
    body = (
        '<h1><span class="article-highlight">Dezuka Suisan: Fish Cakes, Hot and Fresh</span>'
        ' <small class="article-subtitle">Welcome to the Flavor Capital of Japan</small></h1>'
    )
    assert _title(_og("Dezuka Suisan: Fish Cakes, Hot and Fresh"), body) == (
        "Dezuka Suisan: Fish Cakes, Hot and Fresh"
    )


def test_an_og_title_cut_at_its_own_quote_mark() -> None:
    # content="… de "incapacitado"" ends at the second quote mark
    head = (
        '<meta property="og:title" '
        'content="Senador republicano califica a Biden de "incapacitado"">'
        '<title>Senador republicano califica a Biden de "incapacitado"</title>'
    )
    assert _title(head) == 'Senador republicano califica a Biden de "incapacitado"'


def test_a_sections_og_title_gives_way_to_the_printed_headline() -> None:
    head = _og("Pressemitteilungen") + (
        "<title>BDZV: Olafur Eliasson gestaltet Titelseite für die Zeitungen</title>"
        '<meta property="og:site_name" content="BDZV">'
    )
    body = "<h1>Olafur Eliasson gestaltet Titelseite für die Zeitungen</h1>"
    assert _title(head, body) == "Olafur Eliasson gestaltet Titelseite für die Zeitungen"
    # an <h1> that prints the og:title keeps it (the <title> names a section)
    head = _og("Auf das erste Elektron kommt es an") + "<title>News - Eawag</title>"
    body = "<h1>News</h1><h1>Auf das erste Elektron kommt es an</h1>"
    assert _title(head, body, url="https://www.eawag.ch/de/news/") == (
        "Auf das erste Elektron kommt es an"
    )


def test_a_section_heading_before_the_headline_is_cut_from_the_metadata() -> None:
    head = '<meta name="title" content="Fachmeldungen - Verkündung des Tabaksteuergesetzes">'
    body = "<h1>Fachmeldungen</h1><h1>Verkündung des Tabaksteuergesetzes</h1>"
    assert _title(head, body) == "Verkündung des Tabaksteuergesetzes"


def test_the_pages_typography_over_a_plain_og_title() -> None:
    head = _og("Whisky Tastings Januar - Mai 2020") + (
        "<title>Whisky Tastings Januar – Mai 2020 - whisky.example</title>"
    )
    assert _title(head, url="https://www.whisky.example/termine/") == (
        "Whisky Tastings Januar – Mai 2020"
    )


# --------------------------------------------------------------------------- site names


def test_a_heading_that_is_only_the_sites_name() -> None:
    body = '<h1><a href="http://www.l-mag.de/"></a><i>L-Mag</i></h1>'
    head = "<title>Holocaust-Gedenktag: Lesbische Erinnerungskultur</title>"
    url = "https://www.l-mag.de/news-1010/holocaust-gedenktag.html"
    assert _title(head, body, url=url) == "Holocaust-Gedenktag: Lesbische Erinnerungskultur"


def test_an_og_title_that_is_only_the_sites_name() -> None:
    head = _og("International Biathlon Union - IBU") + (
        '<meta property="og:site_name" content="International Biathlon Union - IBU">'
    )
    body = "<h1>Peking 2022 – Eine große Chance für den Biathlonsport</h1>"
    assert _title(head, body) == "Peking 2022 – Eine große Chance für den Biathlonsport"


@pytest.mark.parametrize(
    ("title", "host", "expected"),
    [
        (
            "Was ist Freie Software - MyOOS Community Forum",
            "foren.myoos.de",
            "Was ist Freie Software",
        ),
        (
            "Gregory Szorc's Digital Home | Mercurial's Journey to Python 3",
            "gregoryszorc.com",
            "Mercurial's Journey to Python 3",
        ),
        # a part that merely mentions the site is no site name
        (
            "Spektrum der Wissenschaft erklärt die Welt von morgen - Interview",
            "spektrum.de",
            "Spektrum der Wissenschaft erklärt die Welt von morgen - Interview",
        ),
    ],
)
def test_site_name_from_the_host(title: str, host: str, expected: str) -> None:
    assert strip_site_name(title, [host]) == expected


def test_sections_between_the_headline_and_the_site_name() -> None:
    title = "kein App Store mehr über Mobile Daten mit iOS 13 ? | iPhone | Forum | MacTechNews.de"
    assert strip_site_name(title, ["mactechnews.de"]) == (
        "kein App Store mehr über Mobile Daten mit iOS 13 ?"
    )
    # a longer part is the headline's own
    title = "Rates rise | A long look at what the central bank said | The Daily Planet"
    assert strip_site_name(title, ["The Daily Planet"]) == (
        "Rates rise | A long look at what the central bank said"
    )
