"""Bylines that name the writer, not a photo caption, a photo credit, a section, the publishing
group or the paper's social handle. Each page mimics the markup of a real news site."""

from __future__ import annotations

from newsmodel import Article, ParseOptions, parse_html
from newsmodel._bylines import is_collective, parse_byline

NO_QUOTES = ParseOptions(extract_quotes=False)


def parsed(html: str, url: str | None = None) -> Article:
    return parse_html(html, url=url, options=NO_QUOTES)


def test_a_photo_caption_with_its_credit_is_no_byline() -> None:
    # A caption under the lead photo, in a block whose class also says ``byline``: the men in
    # the photo are not the writers; the desk's credit printed after it is the byline.
    html = """<html><head><title>El papel de El Chapo</title></head><body>
    <h1>El papel de El Chapo en el juicio</h1>
    <figure><div class="image"><img src="/a.jpg" alt="JOH"></div>
    <div class="cutline-byline-container"><span class="cutline-text"><p>Juan Orlando Hernández
    (izquierda) y Joaquín Guzmán Loera (derecha) podrían verse cara a cara en Nueva York.</p>
    </span><span class="byline-image">Fotos: EL HERALDO/ AFP</span></div></figure>
    <div class="category"><a href="/meta/redaccion"><div class="keywords author">Redacción
    </div></a></div><p>Tras la extradición del expresidente.</p></body></html>"""
    article = parsed(html)
    assert [p.name for p in article.authors] == []
    assert article.byline == "Redacción"


def test_an_image_credit_marked_as_the_images_author_is_no_byline() -> None:
    html = """<html><head><title>Deuda externa</title></head><body>
    <h1>Nicaragua cerró 2021 con deuda externa</h1>
    <div class="box-shadow"><img class="img-fluid" src="/n.jpg"><div class="img-excerpt"></div>
    <span class="img-author"><img src="/icons/multimedia.svg">Carlos Herrera</span></div>
    <div class="story-meta"><span class="story-author">Por Ana Gómez</span></div>
    <p>La deuda externa total aumentó.</p></body></html>"""
    article = parsed(html)
    assert [p.name for p in article.authors] == ["Ana Gómez"]
    assert article.byline == "Por Ana Gómez"


def test_courtesy_alone_credits_a_photo_not_a_writer() -> None:
    assert [p.name for p in parse_byline("Cortesía").authors] == []
    assert [p.name for p in parse_byline("Courtesy").authors] == []


def test_the_papers_social_handle_is_no_byline() -> None:
    # The desk's credit, then the paper's Twitter handle (``twitter:site``) in the same list.
    html = """<html><head><meta name="twitter:site" content="@diaadiapa">
    <title>Ulpiano Vergara</title></head><body><h1>Ulpiano Vergara, marca registrada</h1>
    <ul class="list-inline"><li><p class="node-autor_name">Redacción fama</p></li>
    <li><a href="https://twitter.com/diaadiapa"><i class="fa fa-twitter"></i>
    <span class="node-autor_email"> diaadiapa</span></a></li></ul>
    <p>El acordeonista registró su nombre.</p></body></html>"""
    article = parsed(html)
    assert [p.name for p in article.authors] == []
    assert article.byline is None  # ``Redacción fama``, a desk and a word, is not read as one


def test_a_section_name_in_a_byline_slot_is_no_byline() -> None:
    # The section's title in the page header, in an element whose class looks like a byline's.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Se reanuda el fútbol alemán", "articleSection": "Internacional",
    "author": {"@type": "Organization", "name": "Associated Press"}}</script>
    <title>Se reanuda el fútbol alemán</title></head><body>
    <div class="section-title"><div class="writer-slot"><strong>Internacional </strong></div>
    </div><h1>Se reanuda el fútbol alemán</h1><p>Con silencio y partidos.</p></body></html>"""
    article = parsed(html)
    assert [p.name for p in article.authors] == []
    assert [a.name for a in article.agencies] == ["Associated Press"]
    assert article.byline is None


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


def test_a_printed_writer_outranks_the_publishing_groups_meta_author() -> None:
    # ``GESE - La Estrella de Panamá``: the group and the paper, on every page of the site.
    html = """<html><head><meta name="author" content="GESE - La Estrella de Panamá">
    <meta property="og:site_name" content="La Estrella de Panamá"><title>Laboral</title>
    </head><body><h1>Reforma laboral</h1><div class="publish-info"><div class="author">
    <ul class="list-authors"><li><span>Por</span> <strong class="author-name">María Alejandra
    Carrasquilla Reina</strong><a href="mailto:maria.carrasquilla@laestrella.example">
    <span class="author-email">maria.carrasquilla@laestrella.example</span></a></li></ul>
    </div></div><p>La reforma.</p></body></html>"""
    article = parsed(html)
    assert [p.name for p in article.authors] == ["María Alejandra Carrasquilla Reina"]


def test_an_interview_byline_names_both_speakers() -> None:
    byline = parse_byline("Richard David Precht im Gespräch mit Karin Fischer", language="de")
    assert [p.name for p in byline.authors] == ["Richard David Precht", "Karin Fischer"]
    byline = parse_byline("Jane Roe in conversation with John Doe", language="en")
    assert [p.name for p in byline.authors] == ["Jane Roe", "John Doe"]


def test_the_sections_name_marked_as_such_is_no_byline() -> None:
    # No metadata names the section; its name, in an element whose class says so, sits in a
    # block whose class looks like a byline's.
    html = """<html><head><title>Se reanuda el fútbol alemán</title></head><body>
    <div class="ml-2 mr-1 author"><a> </a><a href="/actualidad/internacional">
    <span class="assigned-section">Internacional </span></a></div>
    <h1>Se reanuda el fútbol alemán</h1><div class="author-container">
    <span class="author-date"><a href="/autor/ana-gomez">Ana Gómez</a></span></div>
    <p>Con silencio y partidos.</p></body></html>"""
    url = "https://www.diario.example/actualidad/internacional/se-reanuda-futbol-EI188"
    article = parsed(html, url)
    assert [p.name for p in article.authors] == ["Ana Gómez"]
    assert article.byline == "Ana Gómez"
    # A writer's folder that holds the article is no section (``/autoren/jane-roe/story``).
    writer = """<html><head><title>Morgen</title></head><body><h1>Morgen</h1>
    <span class="author"><a href="/autoren/ana-gomez">Ana Gómez</a></span><p>Text.</p>
    </body></html>"""
    url = "https://www.wochenblatt.example/autoren/ana-gomez/heute-schon-an-morgen-denken"
    assert [p.name for p in parsed(writer, url).authors] == ["Ana Gómez"]
    # A byline in a block named for the page's sections is a byline (``byline-section``).
    block = """<html><head><title>Trains</title></head><body><h1>Trains</h1>
    <p class="byline-section"><a href="/profile/ana-gomez">Ana Gómez</a></p><p>Text.</p>
    </body></html>"""
    assert [p.name for p in parsed(block, url).authors] == ["Ana Gómez"]
