"""NITF: writing, reading, round trips, hostile XML and bad input (the official XSD is checked in
test_standards_conformance.py)."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from lxml import etree

from newsmodel import (
    Article,
    BlockQuote,
    HostileInputError,
    InputTooLargeError,
    NewsModelError,
    Paragraph,
    ParseError,
    ParseOptions,
    Person,
    SerializeError,
    Span,
    SpanKind,
    UnsupportedInputError,
    parse_nitf,
    to_nitf,
)
from newsmodel.formats import Format, detect_format, get_codec
from newsmodel.formats.nitf import NITF_NAMESPACE, nitf_norm, read_norm
from tests.strategies import articles
from tests.test_ninjs import sample_article
from tests.test_ninjs_carried import nitf_carried, wider_articles

NO_QUOTES = ParseOptions(extract_quotes=False, detect_language=False)
NS = {"n": NITF_NAMESPACE}
PLUS_TWO = timezone(timedelta(hours=2))
MINUS_FIVE_THIRTY = timezone(-timedelta(hours=5, minutes=30))


def _xml(article: Article) -> etree._Element:
    return etree.fromstring(to_nitf(article).encode("utf-8"))


def test_sample_round_trips_for_every_carried_field() -> None:
    article = sample_article()
    back = parse_nitf(to_nitf(article), options=NO_QUOTES)
    assert back == nitf_carried(article)
    assert back.quotes[0].speaker == Person(name="Mark Zuckerberg")
    assert (back.quotes[0].open_mark, back.quotes[0].close_mark) == ("«", "»")


def test_writer_structure() -> None:
    root = _xml(sample_article())
    assert root.tag == f"{{{NITF_NAMESPACE}}}nitf"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert root.xpath("string(//n:hedline/n:hl1)", namespaces=NS) == "Meta à la peine"
    assert root.xpath("string(//n:docdata/n:date.issue/@norm)", namespaces=NS) == "20240724"
    assert root.xpath("string(//n:doc.copyright/@holder)", namespaces=NS) == "Observer.com"
    assert root.xpath("//n:key-list/n:keyword/@key", namespaces=NS) == ["Meta", "IA"]
    byline = root.xpath("//n:byline", namespaces=NS)[0]
    assert "".join(byline.itertext()) == "[Texte/Observer Network Qi Qian]"
    assert byline.xpath("string(n:person)", namespaces=NS) == "Qi Qian"
    quote = root.xpath("//n:body.content/n:p/n:q", namespaces=NS)[0]
    assert quote.get("quote-source") == "Mark Zuckerberg"
    assert quote.text == "c'est fini"
    bq = root.xpath("//n:bq", namespaces=NS)[0]
    assert [etree.QName(c).localname for c in bq] == ["block", "credit"]
    assert bq.xpath("n:block/n:p/text()", namespaces=NS) == ["Un", "Deux"]
    assert bq.xpath("string(n:credit)", namespaces=NS) == "— M. Z."


def test_authors_missing_from_the_printed_byline_get_their_own() -> None:
    article = Article(
        byline="Par la rédaction",
        authors=(Person(name="Ann Lee", role="Senior Reporter"), Person(name="Bo Ek")),
    )
    root = _xml(article)
    bylines = root.xpath("//n:byline", namespaces=NS)
    assert [b.get("class") for b in bylines] == [None, "author", "author"]
    assert bylines[1].xpath("string(n:byttl)", namespaces=NS) == "Senior Reporter"
    assert parse_nitf(to_nitf(article), options=NO_QUOTES) == nitf_carried(article)


def test_byline_names_and_titles_are_marked_up_in_place() -> None:
    article = Article(
        byline="By Meredith Jameson, Staff Reporter",
        authors=(Person(name="Meredith Jameson", role="Staff Reporter"),),
    )
    byline = _xml(article).xpath("//n:byline", namespaces=NS)[0]
    assert etree.tostring(byline, encoding="unicode").endswith(
        ">By <person>Meredith Jameson</person>, <byttl>Staff Reporter</byttl></byline>"
    )
    assert parse_nitf(to_nitf(article), options=NO_QUOTES) == nitf_carried(article)


@pytest.mark.parametrize(
    ("value", "norm"),
    [
        (date(2024, 7, 24), "20240724"),
        (datetime(2024, 7, 24, 10, 5), "20240724T100500"),
        (datetime(2024, 7, 24, 10, 5, tzinfo=PLUS_TWO), "20240724T100500+0200"),
        (datetime(2024, 7, 24, 10, 5, tzinfo=MINUS_FIVE_THIRTY), "20240724T100500-0530"),
        (datetime(2024, 7, 24, 10, 5, 7, 120000, tzinfo=UTC), "20240724T100507.12+0000"),
    ],
)  # fmt: skip
def test_norm_dates_round_trip_exactly(value: date | datetime, norm: str) -> None:
    assert nitf_norm(value) == norm
    back = read_norm(norm)
    assert back == value
    assert type(back) is type(value)
    if isinstance(value, datetime):
        assert isinstance(back, datetime)
        assert back.utcoffset() == value.utcoffset()


@pytest.mark.parametrize(
    ("norm", "expected"),
    [
        ("2021-05-16T09:00:04", datetime(2021, 5, 16, 9, 0, 4)),
        ("20210516T090004", datetime(2021, 5, 16, 9, 0, 4)),
        ("20210516T090004Z", datetime(2021, 5, 16, 9, 0, 4, tzinfo=UTC)),
        ("2021-05-16T09:00:04+02:00", datetime(2021, 5, 16, 9, 0, 4, tzinfo=PLUS_TWO)),
        ("20210516T0900+0200", datetime(2021, 5, 16, 9, 0, tzinfo=PLUS_TWO)),
        ("20210516000000-0500", datetime(2021, 5, 16, tzinfo=timezone(timedelta(hours=-5)))),
        ("2021-05-16", date(2021, 5, 16)),
        ("16.05.2021", None),
        ("", None),
    ],
)
def test_norm_dates_in_every_form(norm: str, expected: date | datetime | None) -> None:
    assert read_norm(norm) == expected


def _strip_namespace(text: str) -> str:
    return text.replace(f' xmlns="{NITF_NAMESPACE}"', "")


def test_reads_without_namespace_the_same() -> None:
    article = sample_article()
    text = to_nitf(article)
    assert f'xmlns="{NITF_NAMESPACE}"' in text
    assert parse_nitf(_strip_namespace(text), options=NO_QUOTES) == nitf_carried(article)


def test_reads_str_with_an_encoding_declaration_and_latin1_bytes() -> None:
    text = '<?xml version="1.0" encoding="ISO-8859-1"?><nitf><body><body.head><hedline><hl1>Été</hl1></hedline></body.head></body></nitf>'  # noqa: E501
    assert parse_nitf(text, options=NO_QUOTES).title == "Été"
    assert parse_nitf(text.encode("latin-1"), options=NO_QUOTES).title == "Été"


def test_reads_the_nitf_inside_a_newsml_g2_item() -> None:
    item = f"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet>
      <inlineXML contenttype="application/nitf+xml">{to_nitf(sample_article()).split("?>", 1)[1]}
      </inlineXML></contentSet></newsItem>"""
    assert parse_nitf(item, options=NO_QUOTES) == nitf_carried(sample_article())


def test_strong_and_links_survive() -> None:
    paragraph = Paragraph(
        text="Lire la suite ici",
        spans=(
            Span(kind=SpanKind.STRONG, start=0, end=4),
            Span(kind=SpanKind.LINK, start=14, end=17, href="https://x.fr/"),
            Span(kind=SpanKind.EMPHASIS, start=5, end=7),
        ),
    )
    article = Article(body=(paragraph,))
    back = parse_nitf(to_nitf(article), options=NO_QUOTES)
    assert set(back.body[0].spans) == set(paragraph.spans)  # type: ignore[union-attr]


def test_block_quote_with_cite_and_lenient_bq_p() -> None:
    article = Article(body=(BlockQuote(text="A\n\nB", cite="https://s.org/x", attribution="X"),))
    assert parse_nitf(to_nitf(article), options=NO_QUOTES).body == article.body
    loose = "<nitf><body><body.content><bq><p>Seen in feeds</p><credit>Y</credit></bq></body.content></body></nitf>"  # noqa: E501
    assert parse_nitf(loose, options=NO_QUOTES).body == (
        BlockQuote(text="Seen in feeds", attribution="Y"),
    )


@given(articles())
def test_round_trip_is_exact_for_carried_fields(article: Article) -> None:
    text = article.model_dump_json()
    assume("\\ufffe" not in text and "\\uffff" not in text)
    assert parse_nitf(to_nitf(article), options=NO_QUOTES) == nitf_carried(article)


def test_unwritable_character_names_the_field() -> None:
    article = Article(title="ok", body=(Paragraph(text="a"), Paragraph(text="b\ufffe")))
    with pytest.raises(SerializeError, match=r"body\[1\]\.text: character U\+FFFE"):
        to_nitf(article)


def test_codec() -> None:
    codec = get_codec(Format.NITF)
    article = sample_article()
    assert codec.write(article) == to_nitf(article)
    assert codec.read(to_nitf(article), NO_QUOTES) == nitf_carried(article)
    assert detect_format(to_nitf(article)) is Format.NITF
    assert detect_format(_strip_namespace(to_nitf(article))) is Format.NITF


# --------------------------------------------------------------------------- hostile input

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE nitf [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>"""


def test_billion_laughs_is_refused() -> None:
    with pytest.raises(HostileInputError, match="entit"):
        parse_nitf(BILLION_LAUGHS)


def test_external_entity_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>"""
    with pytest.raises(HostileInputError) as info:
        parse_nitf(doc)
    assert "TOP-SECRET-VALUE" not in str(info.value)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>',
        '<!DOCTYPE nitf [<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>',
        "<!doctype nitf [<!entity a 'b'>]>",
    ],
)
def test_entity_declarations_of_every_kind_are_refused(doctype: str) -> None:
    with pytest.raises((HostileInputError, ParseError)):
        parse_nitf(f"{doctype}<nitf><body/></nitf>")


def test_external_dtd_reference_is_not_fetched() -> None:
    doc = (
        '<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-6.dtd">'
        "<nitf><body><body.head><hedline><hl1>Titre</hl1></hedline></body.head></body></nitf>"
    )
    assert parse_nitf(doc, options=NO_QUOTES).title == "Titre"


def test_undeclared_entity_is_a_parse_error_with_position() -> None:
    with pytest.raises(ParseError) as info:
        parse_nitf("<nitf>\n<body>&undeclared;</body></nitf>")
    assert info.value.line == 2


def test_nesting_bomb_is_refused() -> None:
    deep = "<nitf><body><body.content>" + "<p>" * 100_000 + "x"
    with pytest.raises((HostileInputError, ParseError)):
        parse_nitf(deep)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", ParseError, "empty"),
        (b"\x00\x01\x02binary", UnsupportedInputError, "binary"),
        (b"<nitf><body><body.content><p>cut", ParseError, "malformed"),
        (b"plain text, not XML", ParseError, "malformed"),
        (b"<html><body><p>x</p></body></html>", UnsupportedInputError, "not NITF"),
        (b'<?xml version="1.0" encoding="nope"?><nitf/>', UnsupportedInputError, "encoding"),
        (b"<nitf>\xff\xfe\xfa</nitf>", UnsupportedInputError, "decode"),
    ],
)
def test_bad_input_gets_a_clear_error(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        parse_nitf(data)


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError):
        parse_nitf(to_nitf(sample_article()), options=ParseOptions(max_bytes=200))


@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_newsmodel_errors(data: bytes) -> None:
    with contextlib.suppress(NewsModelError):
        parse_nitf(data, options=NO_QUOTES)


_tags = st.sampled_from(
    ["nitf", "head", "body", "body.head", "body.content", "p", "q", "bq", "block", "credit",
     "hedline", "hl1", "hl2", "byline", "person", "byttl", "docdata", "date.issue", "media",
     "media-reference", "ul", "li", "em", "a", "doc-id", "key-list", "keyword"]
)  # fmt: skip
_attributes = st.dictionaries(
    st.sampled_from(["norm", "class", "quote-source", "href", "key", "source", "id-string"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12),
    max_size=2,
)


@st.composite
def _nitf_trees(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    element = etree.Element(draw(_tags), draw(_attributes))
    element.text = draw(st.none() | st.text(alphabet="ab «»\"' ", max_size=6))
    if depth < 4:
        for _ in range(draw(st.integers(0, 3))):
            element.append(draw(_nitf_trees(depth + 1)))
    return element


@given(_nitf_trees())
def test_arbitrary_nitf_shaped_xml_raises_only_newsmodel_errors(tree: etree._Element) -> None:
    root = etree.Element("nitf")
    root.append(tree)
    try:
        article = parse_nitf(etree.tostring(root), options=NO_QUOTES)
    except NewsModelError:
        return
    assert isinstance(article, Article)


@given(wider_articles())
def test_round_trip_of_wider_articles(article: Article) -> None:
    """Ids, canonical URLs, printed bylines with names marked up, agencies, spans, gender and
    given and family names, copyright years."""
    text = article.model_dump_json()
    assume("\\ufffe" not in text and "\\uffff" not in text)
    assert parse_nitf(to_nitf(article), options=NO_QUOTES) == nitf_carried(article)


def test_reader_options_url_and_language_detection() -> None:
    doc = (
        "<nitf><body><body.content><p>The government said on Tuesday that the new law would"
        " pass.</p></body.content></body></nitf>"
    )
    assert parse_nitf(doc, options=NO_QUOTES).language is None
    options = ParseOptions(extract_quotes=False, url="https://example.com/a")
    article = parse_nitf(doc, options=options)
    assert (article.url, article.language) == ("https://example.com/a", "en")
    assert [d.code for d in article.diagnostics] == ["NM513"]


def test_markup_words_in_the_text_are_text() -> None:
    doc = (
        "<nitf><body><body.content><p><![CDATA[Write <!DOCTYPE html> and <!ENTITY x 'y'>]]>"
        "</p><p>&lt;!DOCTYPE nitf&gt;</p></body.content></body></nitf>"
    )
    article = parse_nitf(doc, options=NO_QUOTES)
    assert [b.text for b in article.body] == [  # type: ignore[union-attr]
        "Write <!DOCTYPE html> and <!ENTITY x 'y'>",
        "<!DOCTYPE nitf>",
    ]


def test_entities_declared_after_a_tricky_attlist_are_still_refused() -> None:
    doc = (
        '<!DOCTYPE nitf [<!ATTLIST p x CDATA "<b>"><!ENTITY e "boom">]>'
        "<nitf><body><body.content><p>&e;</p></body.content></body></nitf>"
    )
    with pytest.raises((HostileInputError, ParseError)):
        parse_nitf(doc)


@pytest.mark.parametrize(
    "doc",
    [
        '<!-- <a> --><!DOCTYPE nitf [<!ENTITY e "boom">]><nitf><body>&e;</body></nitf>',
        '<?xml version="1.0"?><!-- c --><?pi x?><!DOCTYPE nitf [<!ENTITY e SYSTEM "x">]><nitf/>',
        '<!DOCTYPE nitf [<!ENTITY e "<b>x</b>">]><nitf><body>&e;</body></nitf>',
    ],
)
def test_entities_are_refused_whatever_precedes_them(doc: str) -> None:
    with pytest.raises(HostileInputError):
        parse_nitf(doc)
    with pytest.raises(HostileInputError):
        parse_nitf(doc.encode("utf-16"))


def test_external_dtd_after_a_comment_is_not_loaded(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED">', encoding="utf-8")
    doc = (
        f'<!-- <x> --><!DOCTYPE nitf SYSTEM "{dtd.as_uri()}">'
        "<nitf><body><body.head><hedline><hl1>T</hl1></hedline></body.head></body></nitf>"
    )
    assert parse_nitf(doc, options=NO_QUOTES).title == "T"
    assert parse_nitf(doc.encode("utf-16"), options=NO_QUOTES).title == "T"


def test_external_dtd_entities_stay_undefined(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED">', encoding="utf-8")
    doc = f'<!DOCTYPE nitf SYSTEM "{dtd.as_uri()}"><nitf><body>&leak;</body></nitf>'
    with pytest.raises(ParseError) as info:
        parse_nitf(doc)
    assert "LEAKED" not in str(info.value)
