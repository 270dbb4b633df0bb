"""Shapes of real articles that the industry writers lost or changed, found by parsing the
benchmark pages and writing each one to every format (each test is a small article built like
the page that showed the defect)."""

from __future__ import annotations

import json

import pytest

from newsmodel import (
    Article,
    Paragraph,
    ParseOptions,
    Person,
    Quote,
    QuoteKind,
    Span,
    SpanKind,
    parse_ninjs,
    parse_nitf,
    to_ninjs,
    to_nitf,
)
from tests.test_ninjs_carried import ninjs_carried, nitf_carried

NO_QUOTES = ParseOptions(extract_quotes=False, detect_language=False)


def _deportees() -> Article:
    """Two quotes in one paragraph whose second sentence starts on a new line (``<br>`` on the
    page), as a wire story often has, with the dateline in bold."""
    text = (
        "NEW DELHI: “This was the fourth time I have been deported,” said Singh Jabarjung.\n"
        "“I boarded a flight on May 15,” he said."
    )
    singh = Person(name="Singh Jabarjung")
    first = "This was the fourth time I have been deported,"
    second = "I boarded a flight on May 15,"
    quotes = tuple(
        Quote(
            text=words,
            kind=QuoteKind.DIRECT,
            speaker=singh,
            block=0,
            start=text.index(words),
            end=text.index(words) + len(words),
            open_mark="“",
            close_mark="”",
        )
        for words in (first, second)
    )
    return Article(
        title="Deportees return home",
        language="en",
        body=(
            Paragraph(text=text, spans=(Span(kind=SpanKind.STRONG, start=0, end=9),)),
            Paragraph(text="Contact:\n\nPress office, City Hall\n"),
        ),
        quotes=quotes,
        people=(singh,),
    )


@pytest.mark.parametrize("version", ["3.1", "3.0", "2.2", "2.1"])
def test_ninjs_keeps_line_breaks_spans_and_quotes_of_a_paragraph(version: str) -> None:
    article = _deportees()
    document = json.loads(to_ninjs(article, version))
    content_type = "contentType" if version >= "3" else "contenttype"
    html = next(b["value"] for b in document["bodies"] if b[content_type] == "text/html")
    assert "deported,</q>” said Singh Jabarjung.<br>“<q" in html
    assert "<p>Contact:<br><br>Press office, City Hall<br></p>" in html
    back = parse_ninjs(to_ninjs(article, version), options=NO_QUOTES)
    assert back.body == article.body
    assert back == ninjs_carried(article)


def test_nitf_keeps_line_breaks_spans_and_quotes_of_a_paragraph() -> None:
    article = _deportees()
    xml = to_nitf(article)
    assert "Singh Jabarjung.<br/>“<q" in xml
    back = parse_nitf(xml, options=NO_QUOTES)
    assert back.body == article.body
    assert back == nitf_carried(article)


def test_a_foreign_line_break_reads_as_one_newline_without_the_markup_indentation() -> None:
    document = {
        "uri": "urn:example:1",
        "bodies": [
            {
                "contentType": "text/html",
                "value": "<p>Roses are red,<br>\n    violets are blue.\n</p>",
            }
        ],
    }
    back = parse_ninjs(json.dumps(document), options=NO_QUOTES)
    assert back.body == (Paragraph(text="Roses are red,\nviolets are blue."),)


def test_nitf_keeps_strong_and_emphasis_over_the_same_words() -> None:
    text = "www.autoracing.com.br"
    article = Article(
        title="Results",
        body=(
            Paragraph(
                text=text,
                spans=(
                    Span(kind=SpanKind.STRONG, start=0, end=21),
                    Span(kind=SpanKind.EMPHASIS, start=0, end=21),
                    Span(kind=SpanKind.LINK, start=0, end=21, href="http://www.autoracing.com.br"),
                ),
            ),
        ),
    )
    assert parse_nitf(to_nitf(article), options=NO_QUOTES).body == article.body


def _koeln() -> Article:
    """A fashion blog post whose picture and link URLs hold umlauts, as WordPress uploads do."""
    from newsmodel import Figure, Image

    picture = "http://www.example.de/uploads/2019/02/Rucksack-Größe-Köln.jpg"
    text = "Mehr aus Köln."
    return Article(
        title="Der Rucksack",
        language="de",
        body=(
            Paragraph(
                text=text,
                spans=(
                    Span(
                        kind=SpanKind.LINK, start=9, end=13, href="https://de.example.org/wiki/Köln"
                    ),
                ),
            ),
            Figure(image=Image(url=picture, caption="Palm Springs Mini (links)")),
        ),
    )


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_ninjs_html_body_keeps_non_ascii_urls_as_written(version: str) -> None:
    article = _koeln()
    markup = to_ninjs(article, version)
    assert "Größe-Köln.jpg" in json.loads(markup)["bodies"][1]["value"]
    assert parse_ninjs(markup, options=NO_QUOTES).body == article.body


def test_html_keeps_non_ascii_urls_as_written() -> None:
    from newsmodel import parse_html, to_html

    article = _koeln()
    page = to_html(article)
    assert 'src="http://www.example.de/uploads/2019/02/Rucksack-Größe-Köln.jpg"' in page
    assert parse_html(page, options=NO_QUOTES).body == article.body


def test_a_block_quote_keeps_its_line_breaks_in_ninjs_and_nitf() -> None:
    from newsmodel import BlockQuote

    article = Article(
        title="Ein Gedicht",
        body=(
            BlockQuote(
                text="Roses are red,\nviolets are blue.\n\nSugar is sweet.",
                attribution="A nursery rhyme",
            ),
        ),
    )
    assert parse_ninjs(to_ninjs(article), options=NO_QUOTES).body == article.body
    assert parse_ninjs(to_ninjs(article, "2.2"), options=NO_QUOTES).body == article.body
    assert parse_nitf(to_nitf(article), options=NO_QUOTES).body == article.body


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_a_picture_whose_url_is_not_absolute_keeps_its_size_in_ninjs(version: str) -> None:
    from newsmodel import Image

    # A protocol-relative src, as many CDNs print it: not an absolute URI, so no rendition
    # href, but the rendition still carries the size.
    image = Image(url="//cdn.example.net/2019/11/19/ilustrim.png", width=900, height=527)
    article = Article(title="Foto", images=(image,))
    document = json.loads(to_ninjs(article, version))
    assert document["associations"][0]["renditions"] == [
        {"name": "original", "width": 900, "height": 527}
    ]
    assert parse_ninjs(to_ninjs(article, version), options=NO_QUOTES).images == (image,)


def test_nitf_carries_the_article_images_apart_from_the_body_figures() -> None:
    from newsmodel import Figure, Image

    lead = Image(
        url="https://cdn.example.com/2024/07/port.jpg",
        caption="Dock workers at the port gate",
        credit="Karl Melander/TT",
        width=1200,
        height=800,
    )
    figure = Figure(image=Image(url="https://cdn.example.com/2024/07/crane.jpg"))
    article = Article(
        title="Port strike ends",
        body=(Paragraph(text="The strike ended."), figure),
        images=(lead,),
    )
    xml = to_nitf(article)
    assert '<media media-type="image" class="article-image">' in xml
    back = parse_nitf(xml, options=NO_QUOTES)
    assert back.images == (lead,)
    assert back.body == article.body


def test_every_format_that_has_a_word_count_gets_the_same_one() -> None:
    from lxml import etree

    from newsmodel import to_jsonld
    from newsmodel.formats.nitf import NITF_NAMESPACE

    article = Article(
        title="Port strike ends",
        body=(Paragraph(text="The strike ended on Tuesday."), Paragraph(text="Ships left.")),
    )
    bodies = json.loads(to_ninjs(article))["bodies"]
    assert bodies[0]["wordCount"] == 7
    assert json.loads(to_jsonld(article))["wordCount"] == 7
    pubdata = etree.fromstring(to_nitf(article).encode()).find(f".//{{{NITF_NAMESPACE}}}pubdata")
    assert pubdata is not None
    assert (pubdata.get("item-length"), pubdata.get("unit-of-measure")) == ("7", "word")
    assert parse_nitf(to_nitf(article), options=NO_QUOTES) == nitf_carried(article)


def test_jsonld_reads_a_lower_case_agency_acronym_back_as_an_acronym() -> None:
    from newsmodel import Organization, parse_jsonld, to_jsonld

    # Mentioned in the text (schema.org mentions); an agency in the author slot is read by the
    # byline module, which keeps its own acronym rule.
    dpa = Organization(
        name="Deutsche Presse-Agentur",
        acronyms=("dpa",),
        aliases=("Deutsche Presse Agentur GmbH",),
    )
    article = Article(title="Bahnstreik beendet", organizations=(dpa,))
    assert parse_jsonld(to_jsonld(article), options=NO_QUOTES).organizations == (dpa,)


def test_jsonld_reads_every_mention_of_a_long_list() -> None:
    from newsmodel import Organization, parse_jsonld, to_jsonld

    # A roll of honours names many people; the organisations come after them in mentions.
    people = tuple(Person(name=f"Recipient Number{n}") for n in range(120))
    commission = Organization(name="Agriculture Commission")
    article = Article(title="New Year Honours", people=people, organizations=(commission,))
    back = parse_jsonld(to_jsonld(article), options=NO_QUOTES)
    assert (len(back.people), back.organizations) == (120, (commission,))
