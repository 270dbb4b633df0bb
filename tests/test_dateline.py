"""Datelines: read from a wire story's lead, carried by every format that has a place for one."""

from __future__ import annotations

import gzip
import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError

from newsmodel import (
    Article,
    Dateline,
    Paragraph,
    parse_html,
    parse_json,
    parse_jsonld,
    parse_ninjs,
    parse_nitf,
    parse_text,
    to_html,
    to_json,
    to_jsonld,
    to_ninjs,
    to_nitf,
    to_text,
    validate_article,
)
from newsmodel._dateline import dateline_of, find_dateline
from newsmodel.validate import validate_json

SHARED = Path(os.environ.get("NEWSMODEL_SHARED", Path(__file__).resolve().parents[2] / "shared"))
PAGES = SHARED / "bench" / "article-extraction" / "html"


@pytest.mark.parametrize(
    ("lead", "text", "place", "agencies"),
    [
        ("WASHINGTON (Reuters) - The Fed", "WASHINGTON (Reuters)", "WASHINGTON", ["Reuters"]),
        (
            "OSLO, Norway (AP) — The Nobel",
            "OSLO, Norway (AP)",
            "OSLO, Norway",
            ["Associated Press"],
        ),
        (
            "NEW YORK, July 5 (Reuters) - Stocks",
            "NEW YORK, July 5 (Reuters)",
            "NEW YORK",
            ["Reuters"],
        ),
        (
            "KIEV, Ukraine, Oct. 3, 2023 (AP) — The",
            "KIEV, Ukraine, Oct. 3, 2023 (AP)",
            "KIEV, Ukraine",
            ["Associated Press"],
        ),
        (
            "Frankfurt/Main (dpa/lhe) – Die",
            "Frankfurt/Main (dpa/lhe)",
            "Frankfurt/Main",
            ["Deutsche Presse-Agentur"],
        ),
        (
            "MADRID, 5 Jul. (EUROPA PRESS) - El",
            "MADRID, 5 Jul. (EUROPA PRESS)",
            "MADRID",
            ["Europa Press"],
        ),
        (
            "Rio de Janeiro (AFP) - O",
            "Rio de Janeiro (AFP)",
            "Rio de Janeiro",
            ["Agence France-Presse"],
        ),
        (
            "Moskau (APA/dpa) - Der",
            "Moskau (APA/dpa)",
            "Moskau",
            ["Austria Presse Agentur", "Deutsche Presse-Agentur"],
        ),
        ("(Reuters) — The New York", "(Reuters)", None, ["Reuters"]),
        ("WASHINGTON — The Senate", "WASHINGTON", "WASHINGTON", []),
        ("BUFFALO, N.Y. -- A man", "BUFFALO, N.Y.", "BUFFALO, N.Y.", []),
        ("JAKARTA, KOMPAS.com - Harga", "JAKARTA, KOMPAS.com", "JAKARTA", []),
        ("WASHINGTON  (AP)  — Two", "WASHINGTON (AP)", "WASHINGTON", ["Associated Press"]),
    ],
)
def test_datelines_of_wire_leads(
    lead: str, text: str, place: str | None, agencies: list[str]
) -> None:
    found = find_dateline(lead)
    assert found is not None
    dateline, credited = found
    assert (dateline.text, dateline.place) == (text, place)
    assert [agency.name for agency in credited] == agencies


@pytest.mark.parametrize(
    "lead",
    [
        "Sales rose 5 % (year on year) - a record.",
        "NATO — the alliance met on Tuesday.",  # no sentence starts after the dash
        "BREAKING — The Senate passed the bill.",  # a kicker, not a place
        "Yesterday — The Senate passed the bill.",  # not in capitals, no agency
        "TRIBUNNEWS.COM - Presiden Joko Widodo",  # an outlet's address
        "The minister (CDU) - who resigned - said",  # a party, not an agency
        "AFP — The agency said",  # a credit alone, not a place
        "WASHINGTON, D.C. (CNN) - The",  # CNN is no news agency
        "A very long opening clause that goes on and on well past where any dateline ends "
        "(Reuters) - and more",
    ],
)
def test_no_dateline(lead: str) -> None:
    assert find_dateline(lead) is None


def test_parse_text_reads_the_dateline_and_credits_its_agency() -> None:
    article = parse_text(
        "Nobel Peace Prize goes to a jailed activist\n\nBy Jane Roe\n\n"
        "OSLO, Norway (AP) — The Norwegian Nobel Committee awarded the prize on Friday.\n\n"
        "The award was announced in the capital.\n"
    )
    assert article.dateline == Dateline(text="OSLO, Norway (AP)", place="OSLO, Norway")
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert [a.name for a in article.agencies] == ["Associated Press"]
    # The paragraph keeps its text, so the text layout carries the dateline as printed.
    assert article.body[0].text.startswith("OSLO, Norway (AP) — ")  # type: ignore[union-attr]
    assert parse_text(to_text(article)) == article


def test_an_agency_the_byline_names_is_not_credited_twice() -> None:
    article = parse_text(
        "Markets fall\n\nBy Jane Roe, Reuters\n\n"
        "LONDON (Reuters) - European shares fell on Monday as bank stocks slid.\n"
    )
    assert [a.name for a in article.agencies] == ["Reuters"]
    assert article.dateline == Dateline(text="LONDON (Reuters)", place="LONDON")


def test_html_page_dateline_from_the_lead() -> None:
    page = """<html lang="en"><head><title>Rates rise</title></head><body><article>
    <h1>Rates rise</h1><p class="byline">By Jane Roe</p>
    <p>WASHINGTON (Reuters) - The central bank raised its rates again on Wednesday, the third
    time this year, and said more would follow if prices kept rising.</p>
    <p>It was the third rise this year, and markets had expected it for weeks.</p>
    </article></body></html>"""
    article = parse_html(page)
    assert article.dateline == Dateline(text="WASHINGTON (Reuters)", place="WASHINGTON")
    assert [a.name for a in article.agencies] == ["Reuters"]
    assert [p.name for p in article.authors] == ["Jane Roe"]


@pytest.mark.skipif(not PAGES.is_dir(), reason=f"benchmark pages not found at {PAGES}")
@pytest.mark.parametrize(
    ("prefix", "text", "place", "agency"),
    [
        ("eecd2575", "LOS ANGELES (AP)", "LOS ANGELES", "Associated Press"),
        ("57d46c9d", "NEW YORK (Reuters)", "NEW YORK", "Reuters"),
        ("c467d507", "ST. JOSEPH, Mich. (AP)", "ST. JOSEPH, Mich.", "Associated Press"),
        ("06e5123e", "(Reuters)", None, "Reuters"),
    ],
)
def test_real_wire_pages(prefix: str, text: str, place: str | None, agency: str) -> None:
    (path,) = PAGES.glob(f"{prefix}*.html.gz")
    article = parse_html(gzip.decompress(path.read_bytes()))
    assert article.dateline == Dateline(text=text, place=place)
    assert agency in [a.name for a in article.agencies]


@pytest.mark.skipif(not PAGES.is_dir(), reason=f"benchmark pages not found at {PAGES}")
def test_real_staff_page_without_agency() -> None:
    (path,) = PAGES.glob("264dc3ae*.html.gz")
    article = parse_html(gzip.decompress(path.read_bytes()))
    assert article.dateline == Dateline(text="BUFFALO, N.Y.", place="BUFFALO, N.Y.")


# --------------------------------------------------------------------------- the model


def test_the_place_is_in_the_text() -> None:
    with pytest.raises(ValidationError, match="is not in the dateline"):
        Dateline(text="OSLO (AP)", place="Bergen")
    with pytest.raises(ValidationError):
        Dateline(text="OSLO  (AP)")  # one space between words
    with pytest.raises(ValidationError):
        Dateline(text="")


def test_schema_1_0_is_read_as_1_1() -> None:
    old = json.dumps(
        {"schema_version": "1.0", "title": "T", "body": [{"type": "paragraph", "text": "x"}]}
    )
    article = parse_json(old)
    assert article.schema_version == "1.1"
    assert json.loads(to_json(article))["schema_version"] == "1.1"
    assert [d.code for d in validate_json(old)] == []


def test_validate_reports_a_place_outside_its_dateline() -> None:
    doc = {
        "schema_version": "1.1",
        "title": "T",
        "dateline": {"text": "OSLO (AP)", "place": "Bergen"},
    }
    found = [(d.code, d.path, d.message) for d in validate_json(json.dumps(doc))]
    assert found == [("NM013", "dateline", "place 'Bergen' is not in the dateline 'OSLO (AP)'")]
    article = Article(
        title="T",
        dateline=Dateline(text="OSLO (AP)", place="OSLO"),
        body=(Paragraph(text="The committee met."),),
    )
    assert validate_article(article) == []


# --------------------------------------------------------------------------- formats

ARTICLE = Article(
    title="Nobel Peace Prize goes to a jailed activist",
    dateline=Dateline(text="OSLO, Norway (AP)", place="OSLO, Norway"),
    body=(Paragraph(text="The Norwegian Nobel Committee awarded the prize on Friday."),),
)


def test_jsonld_dateline_and_location_created() -> None:
    doc = json.loads(to_jsonld(ARTICLE))
    assert doc["dateline"] == "OSLO, Norway (AP)"
    assert doc["locationCreated"] == {"@type": "Place", "name": "OSLO, Norway"}
    assert parse_jsonld(to_jsonld(ARTICLE)).dateline == ARTICLE.dateline


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"dateline": "WASHINGTON"}, Dateline(text="WASHINGTON")),  # the place is not stated
        ({"dateline": "  Berlin,\n  5. Juli  "}, Dateline(text="Berlin, 5. Juli")),
        (
            {"dateline": "Berlin (dpa)", "locationCreated": {"@type": "Place", "name": "Berlin"}},
            Dateline(text="Berlin (dpa)", place="Berlin"),
        ),
        (
            {"locationCreated": {"@type": "Place", "name": "Kyiv"}},
            Dateline(text="Kyiv", place="Kyiv"),
        ),
        ({"dateline": "x" * 201}, None),  # longer than any dateline: not one
        ({"dateline": "2022-05-07T20:06:23-05:00"}, None),  # a date where the place belongs
        ({"dateline": "Paris", "locationCreated": "Lyon"}, Dateline(text="Paris")),
    ],
)
def test_publishers_jsonld(fields: dict[str, object], expected: Dateline | None) -> None:
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T", **fields}
    assert parse_jsonld(json.dumps(doc)).dateline == expected


def test_ninjs_located_is_the_place() -> None:
    doc = json.loads(to_ninjs(ARTICLE))
    assert doc["located"] == "OSLO, Norway"
    assert parse_ninjs(to_ninjs(ARTICLE)).dateline == Dateline(
        text="OSLO, Norway", place="OSLO, Norway"
    )
    no_place = ARTICLE.model_copy(update={"dateline": Dateline(text="(Reuters)")})
    assert "located" not in json.loads(to_ninjs(no_place))


def test_nitf_dateline_with_location_and_story_date() -> None:
    dated = ARTICLE.model_copy(
        update={"published": datetime(2023, 10, 6, 11, tzinfo=timezone(timedelta(hours=2)))}
    )
    xml = to_nitf(dated)
    assert "<dateline><location>OSLO, Norway</location> (AP) <story.date" in xml
    assert parse_nitf(xml).dateline == ARTICLE.dateline
    agency_only = ARTICLE.model_copy(update={"dateline": Dateline(text="(Reuters)")})
    assert "<dateline>(Reuters)</dateline>" in to_nitf(agency_only)
    assert parse_nitf(to_nitf(agency_only)).dateline == Dateline(text="(Reuters)")


def test_nitf_from_an_editorial_system() -> None:
    xml = """<nitf><body><body.head><hedline><hl1>T</hl1></hedline>
    <dateline><location><city>OSLO</city>, <country>Norway</country></location> (AP)
      <story.date norm="20231006T110000+0200">Oct. 6, 2023</story.date></dateline>
    </body.head><body.content><p>The committee said.</p></body.content></body></nitf>"""
    assert parse_nitf(xml).dateline == Dateline(text="OSLO, Norway (AP)", place="OSLO, Norway")


def test_own_html_markup() -> None:
    html = to_html(ARTICLE)
    assert 'itemprop="dateline"' in html
    assert '<span class="nm-place">OSLO, Norway</span>' in html
    assert parse_html(html) == ARTICLE


def test_dateline_of_structured_sources() -> None:
    assert dateline_of("WASHINGTON (AP)", "WASHINGTON") == Dateline(
        text="WASHINGTON (AP)", place="WASHINGTON"
    )
    assert dateline_of(None, "Kyiv") == Dateline(text="Kyiv", place="Kyiv")
    assert dateline_of("  ", None) is None
    assert dateline_of(None, None) is None


# --------------------------------------------------------------------------- the text layout


def test_a_lead_with_a_dateline_is_no_headline() -> None:
    """Scraped text often starts at the story: its first line opens with the dateline and is
    one short sentence, which read before as the title (and left the body)."""
    text = (
        "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality "
        "linked to Eastern Equine Encephalitis.\n\n"
        "Berrien County Health Department officials said Monday the victim was one of two "
        "people who contracted the mosquito borne virus.\n"
    )
    article = parse_text(text)
    assert article.title is None
    assert len(article.body) == 2
    assert article.dateline == Dateline(text="ST. JOSEPH, Mich. (AP)", place="ST. JOSEPH, Mich.")


def test_a_headline_that_reads_as_a_dateline_is_escaped() -> None:
    article = Article(
        title="WASHINGTON — The Senate votes",
        body=(Paragraph(text="The Senate voted on Tuesday."),),
    )
    written = to_text(article)
    assert written.startswith("\\WASHINGTON — The Senate votes\n")
    assert parse_text(written).title == article.title


TRUTH = SHARED / "bench" / "article-extraction" / "ground-truth.json"


@pytest.mark.skipif(not TRUTH.is_file(), reason=f"benchmark texts not found at {TRUTH}")
def test_real_wire_texts_keep_their_lead() -> None:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    bodies = {key[:8]: value["articleBody"] for key, value in truth.items()}
    for prefix, place in (("c467d507", "ST. JOSEPH, Mich."), ("eecd2575", "LOS ANGELES")):
        article = parse_text(bodies[prefix])
        assert article.title is None
        assert article.dateline is not None
        assert article.dateline.place == place
        assert article.body[0].text == bodies[prefix].split("\n\n")[0]  # type: ignore[union-attr]


def test_html_page_dateline_from_jsonld_wins_over_the_lead() -> None:
    page = """<html lang="en"><head><title>Rates rise</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Rates rise", "dateline": "WASHINGTON, D.C.",
    "locationCreated": {"@type": "Place", "name": "WASHINGTON, D.C."}}</script>
    </head><body><article><h1>Rates rise</h1>
    <p>WASHINGTON (Reuters) - The central bank raised its rates again on Wednesday, the third
    time this year, and said more would follow if prices kept rising.</p>
    </article></body></html>"""
    article = parse_html(page)
    assert article.dateline == Dateline(text="WASHINGTON, D.C.", place="WASHINGTON, D.C.")
    assert [a.name for a in article.agencies] == ["Reuters"]  # the lead still credits it


def test_a_dateline_printed_apart_from_the_story() -> None:
    """The Los Angeles Times prints the dateline in its own element before the body."""
    page = """<html lang="en"><head><title>Bloomberg's welcome</title></head><body><article>
    <h1>Bloomberg's welcome</h1>
    <div class="ArticlePage-articleBody">
    <span class="ArticlePage-dateline">WASHINGTON&nbsp;—&nbsp;</span>
    <div class="RichTextArticleBody"><p>This is not the gracious welcome billionaire Michael R.
    Bloomberg expected when he entered the race for the Democratic nomination this month.</p>
    <p>Party officials said on Monday that the rules would not change for any candidate.</p>
    </div></div></article></body></html>"""
    article = parse_html(page)
    assert article.dateline == Dateline(text="WASHINGTON", place="WASHINGTON")
    assert article.body[0].text.startswith("This is not")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="dateline">Published Nov 18, 2019 at 4:07 PM</span>',  # a date
        '<time class="c-dateline" datetime="2020-08-23">August 23, 2020</time>',
        '<div class="dateline">Mittwoch</div>',  # no dash: not printed as a dateline
    ],
)
def test_elements_named_dateline_that_hold_dates(markup: str) -> None:
    page = f"""<html lang="en"><head><title>T</title></head><body><article><h1>T</h1>
    {markup}<p>The council met on Wednesday and voted to keep the library open for the year.</p>
    <p>It was the third vote on the matter this year, and the last before the budget.</p>
    </article></body></html>"""
    assert parse_html(page).dateline is None


META_PAGES = SHARED / "bench" / "metadata" / "pages"


@pytest.mark.skipif(not META_PAGES.is_dir(), reason=f"benchmark pages not found at {META_PAGES}")
def test_real_page_with_a_printed_dateline() -> None:
    page = gzip.decompress((META_PAGES / "xx__latimes.com.bloomberg.html.gz").read_bytes())
    article = parse_html(page, url="https://www.latimes.com/politics/story/bloomberg")
    assert article.dateline == Dateline(text="WASHINGTON", place="WASHINGTON")
