"""Authors that the page prints outside a byline element: in its copyright line, or as the
value of a label printed in an element of its own."""

from __future__ import annotations

from newsmodel import ParseOptions, parse_html
from newsmodel._bylines import parse_byline, person_in_notice

NO_QUOTES = ParseOptions(extract_quotes=False)


def authors_of(html: str, url: str | None = None) -> list[str]:
    return [p.name for p in parse_html(html, url=url, options=NO_QUOTES).authors]


# --------------------------------------------------------------------------- copyright lines


def test_copyright_line_names_the_writer_of_a_personal_page() -> None:
    html = """<html><head><title>Filmbüro</title></head><body><article><h1>Filmbüro</h1>
    <p>Göttingen is a film town again: two more episodes were shot this summer.</p>
    <p>© 2019 Sven Schreivogel</p></article></body></html>"""
    assert authors_of(html, "https://www.filmtown.example/filmbuero") == ["Sven Schreivogel"]


def test_copyright_footer_with_rights_after_the_name() -> None:
    html = """<html><body><h1>Johannes</h1><p>My grandfather was a carpenter.</p>
    <footer><p class="copyrights-text">(c) Johannes Wolf • Weitere Rechte siehe Impressum</p>
    </footer></body></html>"""
    assert authors_of(html, "http://blog.example.de/johannes/") == ["Johannes Wolf"]


def test_copyright_holder_that_spells_the_domain_is_its_owner() -> None:
    html = """<html><body><h1>Python 3 at last</h1><p>The port took ten years.</p>
    <div id="footer"><p>Copyright (c) 2012- Gregory Szorc. All rights reserved.</p></div>
    </body></html>"""
    assert authors_of(html, "https://gregoryszorc.com/blog/2020/01/13/py3") == ["Gregory Szorc"]


def test_copyright_line_of_a_firm_names_no_author() -> None:
    html = """<html><body><h1>Pineapple cake</h1><p>Bake for an hour.</p>
    <footer><p>© 2020 General Mills. All rights reserved.</p></footer></body></html>"""
    assert authors_of(html, "https://www.recipes.example/pineapple-cake") == []


def test_photo_credit_without_a_year_names_no_author() -> None:
    html = """<html><body><h1>Little owls are back</h1><p>Three pairs bred this year.</p>
    <figure><img src="owl.jpg"><figcaption>© Marcel Burkhardt</figcaption></figure>
    <footer><p>© Marcel Burkhardt</p></footer></body></html>"""
    assert authors_of(html, "https://www.birds.example/owls") == []


def test_copyright_line_gives_way_to_a_byline() -> None:
    html = """<html><body><h1>Council vote</h1><p class="byline">By Jane Roe</p>
    <p>The council voted.</p><footer><p>© 2021 John Smith</p></footer></body></html>"""
    assert authors_of(html, "https://news.example/council") == ["Jane Roe"]


def test_person_in_notice_reads_the_holder_only() -> None:
    assert [
        getattr(person_in_notice(text), "name", None)
        for text in (
            "© 2019 Jane Roe. All rights reserved",
            "© 2022 Vice Media Group",
            "(c) Deutsches Verbände Forum, 2022",
            "© 2012 APA/AP",
            "© Oli Scarff/Getty Images",
            "Copyright © 2023 E-MOUNTAINBIKE Magazine",
        )
    ] == ["Jane Roe", None, None, None, None, None]


# --------------------------------------------------------------------------- labels


def test_label_in_a_heading_of_its_own_names_the_author_in_the_next_element() -> None:
    html = """<html><body><h1>Forty days in quarantine</h1>
    <div class="news__meta"><h4 class="news__meta-title">Autor</h4>
    <p class="news__meta-text"><a href="/profil/nikolai-huke">Nikolai Huke</a></p></div>
    <p>Tareq Salem tells of his life as a refugee.</p></body></html>"""
    assert authors_of(html, "https://www.foundation.example/news/45292") == ["Nikolai Huke"]


def test_label_in_bold_with_the_name_after_it() -> None:
    html = """<html><body><h1>Crash on the A7</h1>
    <div class="info"><strong>By:</strong> Alex Bozarjian</div>
    <p>Two drivers were hurt.</p></body></html>"""
    assert authors_of(html, "https://tv.example/crash") == ["Alex Bozarjian"]


def test_label_in_the_middle_of_a_title_line_is_no_byline() -> None:
    html = """<html><body><h1>Chapter 1</h1>
    <div class="fic-title"><span>Melas</span> <span>by</span> <a>delta201</a>
    <span>Chapter 1: Prologue - Murdered</span></div><p>It was dark.</p></body></html>"""
    assert authors_of(html, "https://fiction.example/melas/chapter-1") == []


def test_author_label_value_ends_at_the_next_label() -> None:
    html = """<html><body><h1>Bonneted fire engines</h1>
    <p><b>Autor:</b> Klausmartin Friedrich Tags: 1907, Braunschweig, Büssing</p>
    <p>The first engines had bonnets.</p></body></html>"""
    assert authors_of(html, "https://fire.example/bonnets") == ["Klausmartin Friedrich"]


# --------------------------------------------------------------------------- handles


def test_handle_spelled_without_accents_takes_the_printed_name() -> None:
    html = """<html><head><meta property="article:author" content="gabor_munier">
    </head><body><h1>What we do not hear about ourselves</h1>
    <div class="author">Author: Gàbor Muniér , Datum: 03.03.19</div>
    <p>Listening is hard.</p></body></html>"""
    assert authors_of(html, "http://www.scenario.example/politik/hoeren") == ["Gàbor Muniér"]


def test_login_read_as_a_name_takes_the_accents_printed_elsewhere() -> None:
    # ``jose.munoz`` reads ``Jose Munoz``; the byline prints the name with its accents.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Hearing", "author": {"@type": "Person", "name": "jose.munoz"}}</script>
    </head><body><h1>What we do not hear about ourselves</h1>
    <div class="author">Author: José Muñoz , Datum: 03.03.19</div>
    <p>Listening is hard.</p></body></html>"""
    assert authors_of(html, "http://www.scenario.example/politik/hoeren") == ["José Muñoz"]


def test_login_read_as_a_name() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Round tablecloths", "author": {"@type": "Person", "name": "robert.stitz"}}
    </script></head><body><h1>Round tablecloths</h1><p>Seven steps.</p></body></html>"""
    assert authors_of(html, "https://www.homes.example/diy/20546/tablecloth") == ["Robert Stitz"]


def test_author_label_after_a_date_label_in_headings_of_their_own() -> None:
    html = """<html><body><h1>Skoda's long road</h1>
    <div class="meta"><h5 class="title-inline">Datum:</h5>03.11.2021<br>
    <h5 class="title-inline">Autor:  </h5>Peter Maahn/SP-X</div>
    <p>The Czech brand turns 126.</p></body></html>"""
    assert authors_of(html, "https://www.cars.example/nachrichten/skoda") == ["Peter Maahn"]


# --------------------------------------------------------------------------- splitting


def test_outlet_initials_after_a_slash_are_the_writers_affiliation() -> None:
    byline = parse_byline("Peter Maahn/SP-X", language="de")
    assert [(p.name, p.affiliation) for p in byline.authors] == [("Peter Maahn", "SP-X")]
    byline = parse_byline("Jane Roe / ZDF", language="de")
    assert [(p.name, p.affiliation) for p in byline.authors] == [("Jane Roe", "ZDF")]
