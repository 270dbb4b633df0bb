"""ninjs: writing, reading, round trips and bad input (no shared data needed here; the official
schemas are checked in test_standards_conformance.py)."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    BlockQuote,
    Figure,
    Heading,
    Image,
    LanguageVariant,
    ListBlock,
    NewsModelError,
    Organization,
    OrganizationKind,
    Paragraph,
    ParseError,
    ParseOptions,
    Person,
    Quote,
    QuoteKind,
    Rights,
    SerializeError,
    Span,
    SpanKind,
    UnsupportedInputError,
    ValidationFailed,
    VariantRelation,
    parse_ninjs,
    to_ninjs,
)
from newsmodel.formats import Format, detect_format, dump, get_codec, load
from newsmodel.formats.ninjs import generated_urn, read_rfc3339, rfc3339
from tests.strategies import articles
from tests.test_ninjs_carried import ninjs_carried, wider_articles

NO_QUOTES = ParseOptions(extract_quotes=False, detect_language=False)
TWO_HOURS = timedelta(hours=2)

ZUCKERBERG = Person(name="Mark Zuckerberg")
QI_QIAN = Person(name="Qi Qian")


def sample_article() -> Article:
    """A small article with one of everything ninjs carries."""
    text = "Il a dit « c'est fini » hier."
    start = text.index("c'est")
    return Article(
        url="https://www.example.fr/2024/07/24/meta",
        canonical_url="https://example.fr/meta",
        title="Meta à la peine",
        subtitle="Le PDG s'explique",
        section="nouvelles",
        language="fr",
        published=date(2024, 7, 24),
        updated=datetime(2024, 7, 24, 18, 5, tzinfo=timezone(timedelta(hours=2))),
        authors=(QI_QIAN,),
        byline="[Texte/Observer Network Qi Qian]",
        agencies=(Organization(name="Reuters", kind=OrganizationKind.NEWS_AGENCY),),
        publisher=Organization(name="Observer.com", kind=OrganizationKind.PUBLISHER),
        body=(
            Paragraph(
                text=text,
                spans=(Span(kind=SpanKind.LINK, start=0, end=2, href="https://meta.com/"),),
            ),
            Heading(text="Intertitre", level=3),
            BlockQuote(text="Un\n\nDeux", attribution="— M. Z.", cite="https://x.com/s"),
            ListBlock(items=("un", "deux"), ordered=True),
            Figure(image=Image(url="https://x.fr/a.jpg", caption="Légende", credit="AFP")),
        ),
        quotes=(
            Quote(
                text="c'est fini",
                kind=QuoteKind.DIRECT,
                speaker=ZUCKERBERG,
                block=0,
                start=start,
                end=start + len("c'est fini"),
                open_mark="«",
                close_mark="»",
            ),
        ),
        people=(ZUCKERBERG,),
        organizations=(Organization(name="Meta"),),
        variants=(
            LanguageVariant(
                language="zh", label="中文", url="https://x.cn/a", relation=VariantRelation.ORIGINAL
            ),
            LanguageVariant(language="en", relation=VariantRelation.TRANSLATION),
        ),
        rights=Rights(
            holder="Observer.com",
            notice="© Observer.com",
            usage_terms="Ne peut être reproduit sans autorisation",
            license="https://example.fr/licence",
        ),
        keywords=("Meta", "IA"),
        images=(Image(url="https://x.fr/lead.jpg", caption="Lead", credit="AFP", width=800),),
    )


# --------------------------------------------------------------------------- writing


@pytest.mark.parametrize("version", ["3.1", "3.0", "2.2", "2.1"])
def test_sample_round_trips_for_every_carried_field(version: str) -> None:
    article = sample_article()
    back = parse_ninjs(to_ninjs(article, version), options=NO_QUOTES)
    assert back == ninjs_carried(article)
    assert back.quotes[0].speaker == ZUCKERBERG
    assert back.quotes[0].open_mark == "«"


def test_writer_names_properties_as_each_version_spells_them() -> None:
    article = sample_article()
    three = json.loads(to_ninjs(article))
    two = json.loads(to_ninjs(article, "2.2"))
    assert three["standard"]["version"] == "3.1"
    assert {"firstCreated", "versionCreated", "copyrightHolder", "usageTerms"} <= set(three)
    assert {"firstcreated", "versioncreated", "copyrightholder", "usageterms"} <= set(two)
    assert three["associations"][0]["rel"] == "original"
    assert "rel" not in two["associations"][0]
    assert two["associations"][0]["name"] == "original"
    authors = [p for p in three["people"] if p["rel"] == "author"]
    assert authors == [{"name": "Qi Qian", "rel": "author"}]
    assert {"name": "Reuters", "role": "agency"} in three["infoSources"]
    assert {"name": "Observer.com", "role": "publisher"} in three["infoSources"]
    html = next(b for b in three["bodies"] if b["contentType"] == "text/html")["value"]
    assert '<q class="direct" data-speaker="Mark Zuckerberg">' in html


def test_uri_is_the_url_or_a_stable_urn() -> None:
    article = sample_article()
    assert json.loads(to_ninjs(article))["uri"] == "https://example.fr/meta"
    bare = Article(title="Sans adresse", language="fr", body=(Paragraph(text="Texte."),))
    first = json.loads(to_ninjs(bare))["uri"]
    assert first.startswith("urn:newsmodel:")
    assert first == json.loads(to_ninjs(bare))["uri"] == generated_urn(bare)
    other = bare.model_copy(update={"title": "Autre titre"})
    assert json.loads(to_ninjs(other))["uri"] != first
    relative = bare.model_copy(update={"url": "/relative/path", "id": "not a uri"})
    doc = json.loads(to_ninjs(relative))
    assert doc["uri"].startswith("urn:newsmodel:")
    assert {"role": "id", "value": "not a uri"} in doc["altIds"]
    assert parse_ninjs(to_ninjs(relative), options=NO_QUOTES).id == "not a uri"


def test_unknown_version_is_refused() -> None:
    with pytest.raises(SerializeError, match=r"1\.6"):
        to_ninjs(sample_article(), "1.6")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (date(2024, 7, 24), "2024-07-24T00:00:00-00:00"),
        (datetime(2024, 7, 24, 10, 5), "2024-07-24T10:05:00-00:00"),
        (datetime(2024, 7, 24, 10, 5, tzinfo=UTC), "2024-07-24T10:05:00+00:00"),
        (
            datetime(2024, 7, 24, 10, 5, tzinfo=timezone(timedelta(hours=-4))),
            "2024-07-24T10:05:00-04:00",
        ),
    ],
)
def test_dates_are_rfc3339_and_read_back_exactly(value: date | datetime, written: str) -> None:
    assert rfc3339(value) == written
    back = read_rfc3339(written)
    assert back == value
    assert type(back) is type(value)
    if isinstance(value, datetime):
        assert isinstance(back, datetime)
        assert back.utcoffset() == value.utcoffset()


def test_naive_midnight_reads_back_as_a_date() -> None:
    """The one documented loss: ninjs has no date-only value, so a date is written as midnight
    with the unknown offset, the same stamp as a naive datetime at midnight."""
    assert read_rfc3339(rfc3339(datetime(2024, 7, 24))) == date(2024, 7, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2019-05-10T16:02:28+02:00",
            datetime(2019, 5, 10, 16, 2, 28, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("2019-08-09T09:30:04Z", datetime(2019, 8, 9, 9, 30, 4, tzinfo=UTC)),
        ("2019-08-09T09:30:04.250Z", datetime(2019, 8, 9, 9, 30, 4, 250000, tzinfo=UTC)),
        ("2019-08-09", date(2019, 8, 9)),
        ("2019-08-09T09:30:04", datetime(2019, 8, 9, 9, 30, 4)),
        ("Last Tuesday", None),
    ],
)
def test_reader_dates(text: str, expected: date | datetime | None) -> None:
    assert read_rfc3339(text) == expected


def test_unreadable_date_is_a_diagnostic_not_an_error() -> None:
    doc = {"uri": "urn:x:1", "versionCreated": "Last Tuesday", "headlines": [{"value": "T"}]}
    article = parse_ninjs(json.dumps(doc), options=NO_QUOTES)
    assert article.updated is None
    assert [d.code for d in article.diagnostics] == ["NM501"]
    assert article.diagnostics[0].path == "versionCreated"


# --------------------------------------------------------------------------- round trips


def _xml_safe(article: Article) -> bool:
    text = article.model_dump_json()
    return "\\ufffe" not in text and "\\uffff" not in text


@given(articles())
def test_round_trip_31_is_exact_for_carried_fields(article: Article) -> None:
    back = parse_ninjs(to_ninjs(article), options=NO_QUOTES)
    expected = ninjs_carried(article)
    if not _xml_safe(article):  # no HTML body can hold U+FFFE: only the plain text is written
        expected = expected.model_copy(update={"body": back.body, "quotes": back.quotes})
    assert back == expected


@given(articles())
def test_round_trip_22_is_exact_for_carried_fields(article: Article) -> None:
    back = parse_ninjs(to_ninjs(article, "2.2"), options=NO_QUOTES)
    if _xml_safe(article):
        assert back == ninjs_carried(article)


def test_plain_text_body_when_html_cannot_hold_it() -> None:
    article = Article(title="T", body=(Paragraph(text="a\ufffeb"), Paragraph(text="c")))
    doc = json.loads(to_ninjs(article))
    assert [b["contentType"] for b in doc["bodies"]] == ["text/plain"]
    assert parse_ninjs(to_ninjs(article), options=NO_QUOTES).body == article.body


def test_codec_writes_31_and_reads_any_version() -> None:
    codec = get_codec(Format.NINJS)
    article = sample_article()
    assert json.loads(codec.write(article))["standard"]["version"] == "3.1"
    assert json.loads(dump(article, "ninjs"))["standard"]["version"] == "3.1"
    assert codec.read(to_ninjs(article, "2.2"), NO_QUOTES) == ninjs_carried(article)
    assert load(to_ninjs(article), options=NO_QUOTES) == ninjs_carried(article)
    assert detect_format(to_ninjs(article)) is Format.NINJS
    assert detect_format(to_ninjs(article, "2.2")) is Format.NINJS


# --------------------------------------------------------------------------- reading


def test_reads_ninjs_1x() -> None:
    doc = {
        "uri": "http://example.com/1",
        "type": "text",
        "headline": "Old style",
        "byline": "Jane Roe",
        "versioncreated": "2014-01-02T03:04:05Z",
        "language": "en",
        "body_text": "First.\n\nSecond.",
        "person": [{"name": "John Doe", "rel": "mentions"}],
        "subject": [{"name": "Politics"}],
        "associations": {"pic": {"uri": "http://example.com/p.jpg", "type": "picture"}},
    }
    article = parse_ninjs(json.dumps(doc), options=NO_QUOTES)
    assert article.title == "Old style"
    assert article.byline == "Jane Roe"
    assert [p.name for p in article.authors] == ["Jane Roe"]
    assert [p.name for p in article.people] == ["John Doe"]
    assert [b.text for b in article.body if isinstance(b, Paragraph)] == ["First.", "Second."]
    assert article.keywords == ("Politics",)
    assert article.images[0].url == "http://example.com/p.jpg"


def test_reads_foreign_html_body_leniently() -> None:
    body = (
        '<section class="main">\n  <p>Für Lucien Favre war es\n  «der größte Skandal».</p>\n'
        "  <h3>Zwischentitel</h3>\n  <p>Zweiter <b>Absatz</b>.</p>\n  stray text\n</section>"
    )
    doc = {
        "uri": "urn:newsml:dpa.com:1",
        "language": "de",
        "bodies": [{"role": "html", "contentType": "text/html", "value": body}],
        "headlines": [{"role": "main", "value": "Titel"}],
    }
    article = parse_ninjs(json.dumps(doc), options=NO_QUOTES)
    assert [type(b).__name__ for b in article.body] == [
        "Paragraph",
        "Heading",
        "Paragraph",
        "Paragraph",
    ]
    assert article.body[0].text == "Für Lucien Favre war es «der größte Skandal»."  # type: ignore[union-attr]
    assert article.body[2] == Paragraph(
        text="Zweiter Absatz.", spans=(Span(kind=SpanKind.STRONG, start=8, end=14),)
    )


def test_version_can_be_insisted_on() -> None:
    doc = to_ninjs(sample_article(), "2.2")
    with pytest.raises(ValidationFailed, match=r"not the ninjs 3\.x asked for") as info:
        parse_ninjs(doc, version="3.1")
    assert info.value.errors[0].path == "standard.version"
    assert any(e.path == "firstcreated" for e in info.value.errors)
    with pytest.raises(UnsupportedInputError):
        parse_ninjs(doc, version="7")


@pytest.mark.parametrize(
    ("doc", "path", "words"),
    [
        ({"headlines": [{"value": "no uri"}]}, "uri", "required"),
        ({"uri": "urn:x", "headlines": "flat"}, "headlines", "must be an array"),
        ({"uri": "urn:x", "headlines": [{"role": "main"}]}, "headlines[0].value", "required"),
        ({"uri": "urn:x", "urgency": 12}, "urgency", "above the maximum 9"),
        ({"uri": "urn:x", "pubStatus": "gone"}, "pubStatus", "not one of"),
        ({"uri": "urn:x", "firstCreated": "x", "mystery": 1}, "mystery", "not a ninjs 3.x"),
        ({"uri": "urn:x", "versionCreated": "x", "copyrightholder": "a"}, "copyrightholder", ""),
        ({"uri": 42}, "uri", "must be a string"),
        (
            {"uri": "urn:x", "associations": [{"uri": "urn:y", "type": "text"}]},
            "associations[0].name",
            "required",
        ),
        ({"uri": "urn:x", "rightsInfo": {}}, "rightsInfo", "exactly one of linkedRights"),
        (
            {"uri": "urn:x", "places": [{"name": "P", "geoJSON": {"type": "Point"}}]},
            "places[0].geoJSON",
            "coordinates",
        ),
    ],
)
def test_wrong_shape_names_the_field(doc: dict[str, object], path: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        parse_ninjs(json.dumps(doc))
    assert path in {e.path for e in info.value.errors}
    assert path in str(info.value)
    assert words in str(info.value) or words in " ".join(e.message for e in info.value.errors)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", ParseError, "empty"),
        (b"   \n", ParseError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", UnsupportedInputError, "binary"),
        (b"\xff\xfe{", UnsupportedInputError, "not UTF-8"),
        (b'{"uri": "urn:x", "headlines": [', ParseError, "invalid JSON"),
        (b"<nitf/>", UnsupportedInputError, "not ninjs"),
        (b"[1, 2]", ValidationFailed, "JSON object"),
        (b"[" * 100_000, ParseError, "invalid JSON"),
    ],
)
def test_bad_input_gets_a_clear_error(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        parse_ninjs(data)


def test_truncated_output_is_refused_with_a_position() -> None:
    text = to_ninjs(sample_article())
    with pytest.raises(ParseError) as info:
        parse_ninjs(text[: len(text) // 2])
    assert info.value.line is not None


def test_size_limit() -> None:
    from newsmodel import InputTooLargeError

    with pytest.raises(InputTooLargeError):
        parse_ninjs(to_ninjs(sample_article()), options=ParseOptions(max_bytes=100))


@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_newsmodel_errors(data: bytes) -> None:
    with contextlib.suppress(NewsModelError):
        parse_ninjs(data, options=NO_QUOTES)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
_ninjs_keys = st.sampled_from(
    [
        "uri", "type", "headlines", "bodies", "by", "people", "organisations", "language",
        "firstCreated", "versionCreated", "associations", "altIds", "subjects", "infoSources",
        "copyrightHolder", "rightsInfo", "descriptions", "places", "urgency", "headline",
        "versioncreated", "standard", "renditions", "eventDetails",
    ]
)  # fmt: skip


@given(st.dictionaries(_ninjs_keys, _json_values, max_size=8))
def test_arbitrary_ninjs_shaped_json_raises_only_newsmodel_errors(doc: dict[str, object]) -> None:
    try:
        article = parse_ninjs(json.dumps(doc), options=NO_QUOTES)
    except NewsModelError:
        return
    assert isinstance(article, Article)


def test_deeply_nested_values_are_refused_cleanly() -> None:
    deep = "[" * 900 + "]" * 900
    doc = '{"uri": "urn:x", "type": "text", "representationtype": "full", "title": "T", '
    for key in ("associations", "altids"):
        with contextlib.suppress(NewsModelError):
            parse_ninjs(doc + f'"{key}": {deep}}}', options=NO_QUOTES)


def test_blank_names_are_skipped() -> None:
    doc = {
        "uri": "urn:x",
        "organisations": [{"name": "  "}, {"name": "Meta"}],
        "people": [{"name": ""}, {"name": "Ann Lee", "rel": "author"}],
    }
    article = parse_ninjs(json.dumps(doc), options=NO_QUOTES)
    assert [o.name for o in article.organizations] == ["Meta"]
    assert [a.name for a in article.authors] == ["Ann Lee"]
    assert [d.code for d in article.diagnostics] == ["NM506"]


@given(wider_articles())
def test_round_trip_of_wider_articles(article: Article) -> None:
    """Ids, canonical URLs, printed bylines, agencies, images, spans, the current variant."""
    assume(_xml_safe(article))
    for version in ("3.1", "2.2"):
        assert parse_ninjs(to_ninjs(article, version), options=NO_QUOTES) == ninjs_carried(article)


def test_reader_options_url_and_language_detection() -> None:
    doc = {
        "uri": "urn:x:1",
        "bodies": [{"value": "The government said on Tuesday that the new law would pass."}],
    }
    plain = parse_ninjs(json.dumps(doc), options=NO_QUOTES)
    assert (plain.language, plain.url) == (None, None)
    options = ParseOptions(extract_quotes=False, url="https://example.com/a")
    article = parse_ninjs(json.dumps(doc), options=options)
    assert article.url == "https://example.com/a"
    assert article.language == "en"
    assert [(d.code, d.path) for d in article.diagnostics] == [("NM507", "language")]
    declared = parse_ninjs(json.dumps({**doc, "language": "de"}), options=options)
    assert declared.language == "de"
    assert declared.diagnostics == ()
