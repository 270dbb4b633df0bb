"""Main-text extraction (``extract_body``): the fixture pages under ``fixtures/pages/body_*``
mimic real publishers' markup; the unit tests pin each rule of the extractor."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._html_body import ExtractedBody, extract_body
from newsmodel._html_load import load_html
from newsmodel.errors import NewsModelError
from newsmodel.models import (
    Article,
    BlockQuote,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    SpanKind,
)
from newsmodel.options import ParseOptions

PAGES = Path(__file__).parent / "fixtures" / "pages"
OPTIONS = ParseOptions()


def extract_page(name: str, title: str | None = None) -> ExtractedBody:
    page = load_html((PAGES / name).read_bytes(), options=OPTIONS, source=name)
    return extract_body(page.root, title=title)


def extract_html(html: str, title: str | None = None) -> ExtractedBody:
    return extract_body(load_html(html, options=OPTIONS).root, title=title)


def text_of(body: ExtractedBody) -> str:
    return Article(body=body.blocks).text


def codes(body: ExtractedBody) -> list[str]:
    return [diagnostic.code for diagnostic in body.diagnostics]


# --------------------------------------------------------------------------- fixture pages


@pytest.fixture(scope="module")
def body() -> ExtractedBody:
    """A local news article with a cookie banner, navigation, share bar, ads, a newsletter box,
    related links, a comment section, a sidebar and a footer."""
    return extract_page(
        "body_news_comments.html",
        title="Harbour town votes to close its old port to cruise ships",
    )


class TestNewsPageWithComments:
    def test_block_sequence(self, body: ExtractedBody) -> None:
        kinds = [type(block).__name__ for block in body.blocks]
        assert kinds == [
            "Paragraph",
            "Paragraph",
            "Heading",
            "Paragraph",
            "BlockQuote",
            "Figure",
            "Paragraph",
            "ListBlock",
            "Paragraph",
        ]
        assert body.blocks[0].text.startswith("The town council of Port Ellery voted")  # type: ignore[union-attr]
        assert body.blocks[-1].text.endswith("would talk to the council.")  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        "furniture",
        [
            "We use cookies",  # cookie banner
            "Sport",  # navigation
            "Share on Facebook",  # share bar
            "Advertisement",  # ad slot
            "Get the morning briefing",  # newsletter box
            "Sign up for our free morning newsletter",
            "Read more",  # read-more link line
            "Related stories",  # related links
            "Quay repairs to start",
            "Finally, a council that listens",  # comments
            "12 comments",
            "Leave a comment",
            "Most read",  # sidebar
            "Subscribe to the Courier",
            "All rights reserved",  # footer
            "Tourism",  # tag list
            "Updated 10:32",  # date line above the text
            "Jane Doe",  # byline
            "Harbour town votes",  # the headline itself
        ],
    )
    def test_furniture_is_left_out(self, body: ExtractedBody, furniture: str) -> None:
        assert furniture not in text_of(body)

    def test_spans_keep_quote_link_and_emphasis(self, body: ExtractedBody) -> None:
        first, second = body.blocks[0], body.blocks[1]
        assert isinstance(first, Paragraph)
        assert isinstance(second, Paragraph)
        link = next(span for span in first.spans if span.kind is SpanKind.LINK)
        assert first.text[link.start : link.end] == "crowded quays"
        assert link.href == "/tags/overtourism"
        emphasis = next(span for span in first.spans if span.kind is SpanKind.EMPHASIS)
        assert first.text[emphasis.start : emphasis.end] == "sleepless"
        (quote,) = second.spans
        assert quote.kind is SpanKind.QUOTE
        assert second.text[quote.start : quote.end] == ("long overdue and the only sensible choice")
        assert quote.href == "https://port-ellery.example/minutes"

    def test_block_quote_keeps_cite_and_attribution(self, body: ExtractedBody) -> None:
        quote = next(block for block in body.blocks if isinstance(block, BlockQuote))
        assert quote.text == (
            "We are not closing the town to visitors. We are choosing visitors who stay the night."
        )
        assert quote.cite == "https://port-ellery.example/speeches/2024-03-01"
        assert quote.attribution == "— Maria Lopez, mayor of Port Ellery"

    def test_figure_has_lazy_image_caption_and_credit(self, body: ExtractedBody) -> None:
        figure = next(block for block in body.blocks if isinstance(block, Figure))
        assert figure.image.url == "https://img.coastal-courier.example/2024/03/quay.jpg"
        assert figure.image.caption == (
            "The east pier, where the new ferry moorings will be built."
        )
        assert figure.image.credit == "Anna Berg/Coastal Courier"
        assert figure.image.alt == "The east pier"

    def test_heading_and_list(self, body: ExtractedBody) -> None:
        heading = next(block for block in body.blocks if isinstance(block, Heading))
        assert (heading.text, heading.level) == ("A divided business community", 2)
        listed = next(block for block in body.blocks if isinstance(block, ListBlock))
        assert listed.ordered is False
        assert listed.items == (
            "a cap of two ships a week during the summer of 2024;",
            "a landing fee of twelve euros for each passenger;",
            "new moorings for ferries at the east pier.",
        )

    def test_no_diagnostics(self, body: ExtractedBody) -> None:
        assert body.diagnostics == ()


def test_paywalled_page_keeps_the_text_in_the_markup_and_says_so() -> None:
    body = extract_page("body_paywall_de.html", title="Stadtwerke erhöhen die Preise für Fernwärme")
    text = text_of(body)
    assert text.startswith("Die Stadtwerke erhöhen zum 1. April die Preise für Fernwärme")
    assert "„Wir geben nur weiter, was wir selbst mehr bezahlen“" in text  # cp1252 quotes
    assert "Anträge sind bis Ende Juni möglich." in text  # inside div.paywall
    for furniture in ("Weiterlesen mit NK+", "Jetzt abonnieren", "Von Max", "Veröffentlicht"):
        assert furniture not in text
    assert codes(body) == ["NM372"]


def test_body_cut_in_chunks_between_ads_is_joined_and_teasers_left_out() -> None:
    body = extract_page("body_chunks_es.html")
    assert [block.text[:30] for block in body.blocks] == [  # type: ignore[union-attr]
        "El embalse de La Loma, que aba",
        "Los agricultores de la vega, q",
        "El alcalde, Andrés Molina, pid",
        "«No estamos ante una sequía pu",
    ]
    text = text_of(body)
    for furniture in ("Publicidad", "Te puede interesar", "cooperativa pide", "Inicia sesión"):
        assert furniture not in text


def test_boxes_inside_the_text_and_the_notes_after_it_are_left_out() -> None:
    """A broadcaster's article with an inline teaser, a "Weitere Informationen" box around
    another teaser, a call to action and a contact note after the text."""
    body = extract_page(
        "body_boxes_de.html", title="Neue Buslinie verbindet die Dörfer im Oderbruch"
    )
    assert [block.text[:30] for block in body.blocks] == [  # type: ignore[union-attr]
        "Seit Montag fährt eine neue Bu",
        "Der Landkreis bezahlt die Lini",
        "Kleinbusse auf Bestellung am A",
        "Nach 20 Uhr fahren Kleinbusse,",
        "„Wir wollen, dass niemand mehr",
    ]
    text = text_of(body)
    for furniture in ("Ostbahn", "Weitere Informationen", "Uckermark", "Immer informiert", "03346"):
        assert furniture not in text


def test_page_rendered_by_scripts_falls_back_to_jsonld_article_body() -> None:
    body = extract_page("body_jsonld_only.html")
    assert len(body.blocks) == 3
    assert all(isinstance(block, Paragraph) for block in body.blocks)
    assert body.blocks[0].text.startswith("The central library will open on Sundays")  # type: ignore[union-attr]
    assert "enable JavaScript" not in text_of(body)
    assert codes(body) == ["NM373"]


# --------------------------------------------------------------------------- rules


ARTICLE = (
    "<p>The first paragraph of the article is long enough, with a comma, to be body text, and"
    " it goes on for a while to read like the opening of a real news story would.</p>"
    "<p>The second paragraph continues the story, again with a comma or two, and more words.</p>"
)


def test_article_element_wins_over_a_longer_link_list() -> None:
    links = "".join(
        f"<li><a href='/{i}'>Another story number {i} to read</a></li>" for i in range(40)
    )
    body = extract_html(
        f"<body><div class='menu-x'><ul>{links}</ul></div><article>{ARTICLE}</article></body>"
    )
    assert [type(block) for block in body.blocks] == [Paragraph, Paragraph]


def test_layout_flags_are_not_furniture() -> None:
    html = f"<body><div class='content-with-sidebar has-comments'><div>{ARTICLE}</div></div></body>"
    assert len(extract_html(html).blocks) == 2


def test_ads_modifier_on_a_section_is_no_ad_slot() -> None:
    html = (
        f"<body><div class='TestReport'><div class='TestReport__Section'>{ARTICLE}</div>"
        "<div class='TestReport__Section TestReport__Section--Ads'><h2>Verdict</h2>"
        "<p>The grill heats evenly in the middle, less so at the edges, and it is easy to clean"
        " after use, which we liked.</p><div class='ad ad--mpu'>Anzeige</div></div></div></body>"
    )
    text = text_of(extract_html(html))
    assert "Verdict" in text
    assert "heats evenly" in text
    assert "Anzeige" not in text


def test_comment_section_is_removed_even_when_longer_than_the_article() -> None:
    comment = (
        "<p>I completely disagree with this article, and here is a long reason why, friend.</p>"
    )
    html = f"<body><article>{ARTICLE}</article><div id='comments'>{comment * 6}</div></body>"
    assert "disagree" not in text_of(extract_html(html))


def test_hidden_elements_are_removed() -> None:
    html = (
        f"<body><article>{ARTICLE}<p style='display: none'>Hidden tracking text.</p>"
        "<p hidden>Also hidden.</p></article></body>"
    )
    assert "idden" not in text_of(extract_html(html))


def test_hidden_slides_of_a_gallery_are_text() -> None:
    slide = "<p>This lamp is perfect for those of us who read in bed, and it folds away.</p>"
    html = (
        f"<body><article>{ARTICLE}<div class='gallery--paragraph-section'>{slide}</div>"
        f"<div class='gallery--paragraph-section hidden' style='display: none;'>"
        "<p>This kettle boils a litre in a minute, and it switches itself off, too.</p></div>"
        "<div class='newsletter-popup' style='display:none'><p>Sign up now</p></div>"
        "</article></body>"
    )
    text = text_of(extract_html(html))
    assert "This kettle boils" in text
    assert "Sign up" not in text


def test_page_of_block_quotes_is_text() -> None:
    quote = "<blockquote><p>{}, and the documentation of the tool is long, with examples.</p>"
    html = (
        "<body><div class='sidebar-box'><p>A short note about the author of this site, with a"
        " comma.</p></div><div class='main'>"
        + "".join(quote.format(f"Part {i} of the howto") + "</blockquote>" for i in range(4))
        + "</div></body>"
    )
    body = extract_html(html)
    assert [type(block) for block in body.blocks] == [BlockQuote] * 4


def test_body_class_on_a_few_words_gets_no_bonus() -> None:
    html = (
        f"<body><div class='news-text-wrap'>{ARTICLE}<p>A third paragraph, with more of the"
        " story, and a comma, and another one.</p></div><footer-x><div class='ce-bodytext'>"
        "<p>Our club, founded in 1921, has 2,400 members.</p></div></footer-x></body>"
    )
    assert text_of(extract_html(html)).startswith("The first paragraph")


def test_article_body_marked_inside_related_articles_is_a_teaser() -> None:
    card = (
        "<article><div itemprop='articleBody'>What inspires someone to write a programming"
        " language, and why do so many of them fail? A long look at the history of languages,"
        " with interviews, for readers who care about such things, and a list of the{}.</div>"
        "</article>"
    )
    cards = "".join(card.format(f" {i} best") for i in range(3))
    html = f"<body><div class='m-post'>{ARTICLE}</div><div class='related-a'>{cards}</div></body>"
    text = text_of(extract_html(html))
    assert text.startswith("The first paragraph")
    assert "What inspires" not in text


def test_comment_section_longer_than_half_the_page_is_removed() -> None:
    comment = "<p>I disagree, friend, with the author, for reasons, many, given here at length.</p>"
    html = f"<body><div class='text'>{ARTICLE}</div><div class='comments'>{comment * 12}</div>"
    text = text_of(extract_html(html))
    assert text.startswith("The first paragraph")
    assert "disagree" not in text


def test_repeated_paragraph_is_kept_once() -> None:
    html = f"<body><article>{ARTICLE}{ARTICLE}</article></body>"
    assert len(extract_html(html).blocks) == 2


def test_title_repeated_as_heading_or_first_h1_is_dropped() -> None:
    html = f"<body><article><h1>Council votes</h1><h2>Council votes</h2>{ARTICLE}</article></body>"
    body = extract_html(html, title="Council votes")
    assert [type(block) for block in body.blocks] == [Paragraph, Paragraph]


def test_teaser_heading_made_of_a_link_is_dropped() -> None:
    html = f"<body><article>{ARTICLE}<h3><a href='/x'>Another story entirely</a></h3></article>"
    assert "Another story" not in text_of(extract_html(html))


def test_related_heading_ends_the_text() -> None:
    html = (
        f"<body><article>{ARTICLE}<h3>You may also like</h3>"
        "<p>A summary of another article that the site recommends to the reader here.</p>"
        "</article></body>"
    )
    body = extract_html(html)
    assert "You may also like" not in text_of(body)
    assert "recommends" not in text_of(body)


def test_box_inside_the_text_is_removed_by_its_name() -> None:
    html = (
        f"<body><div class='article-body'>{ARTICLE}<div class='c-teaser c-teaser--inline'>"
        "<p>Another article: the council's budget for the harbour, summed up for readers.</p>"
        "</div><aside class='callout'>Sign up for our morning briefing on the harbour.</aside>"
        "<p>The last paragraph of the story, which the boxes interrupted, goes on here.</p>"
        "</div></body>"
    )
    assert [block.text[:24] for block in extract_html(html).blocks] == [  # type: ignore[union-attr]
        "The first paragraph of t",
        "The second paragraph con",
        "The last paragraph of th",
    ]


def test_teaser_text_that_is_the_lead_and_a_box_of_most_text_are_kept() -> None:
    html = (
        "<body><div class='article-body'><div class='teaser-text'><p>The council closed the"
        " old port to cruise ships on Monday, after a year of protests by residents.</p></div>"
        f"{ARTICLE}</div><div class='infobox'><div class='text'>{ARTICLE}</div></div></body>"
    )
    body = extract_html(html)
    assert body.blocks[0].text.startswith("The council closed the old port")  # type: ignore[union-attr]
    html = f"<body><div class='story'><div class='infobox'>{ARTICLE}</div></div></body>"
    assert len(extract_html(html).blocks) == 2


def test_paywall_prompt_is_removed_but_not_a_non_paywall_section() -> None:
    html = (
        f"<body><article><section class='row non-paywall'>{ARTICLE}</section>"
        "<section class='row paywall'><h2>Already a subscriber?</h2><p>Log in</p>"
        "<p>Read this article now for one euro.</p></section></article></body>"
    )
    text = text_of(extract_html(html))
    assert text.startswith("The first paragraph")
    assert "subscriber" not in text
    assert "one euro" not in text


def test_box_opening_with_a_related_heading_still_ends_the_text() -> None:
    html = (
        f"<body><article>{ARTICLE}<div class='contenttype-teaser'>"
        "<h3>Das könnte Sie auch interessieren!</h3><p>Another story, summed up here.</p></div>"
        "<p>You are not logged in. Log in to leave a comment below this article.</p>"
        "</article></body>"
    )
    assert "logged in" not in text_of(extract_html(html))


@pytest.mark.parametrize(
    "heading",
    ["Kontakt:", "Weitere Informationen", "Zum Weiterlesen", "Temas relacionados", "Contact"],
)
def test_notes_and_reading_tips_heading_ends_the_text(heading: str) -> None:
    html = (
        f"<body><article>{ARTICLE}<p><strong>{heading}</strong></p>"
        "<p>Press office of the harbour authority, phone 0123 456789, press@example.org</p>"
        "</article></body>"
    )
    assert "Press office" not in text_of(extract_html(html))


def test_heading_at_the_end_of_the_text_is_dropped_unless_a_sentence() -> None:
    html = f"<body><article>{ARTICLE}<h2>More on the harbour</h2></article></body>"
    assert [type(block) for block in extract_html(html).blocks] == [Paragraph, Paragraph]
    html = f"<body><article>{ARTICLE}<h4>He did not say which ships.</h4></article></body>"
    assert [type(block) for block in extract_html(html).blocks] == [Paragraph, Paragraph, Heading]


def test_sentence_giving_a_date_above_the_text_is_no_dateline() -> None:
    html = (
        "<body><article><p>By Ann Lee, Updated Oct. 13, 2020 10:30 am</p>"
        "<p>Alaska Airlines has a new date for when it will be a full member of the alliance:"
        f" March 31, 2021.</p>{ARTICLE}</article></body>"
    )
    texts = [block.text for block in extract_html(html).blocks]  # type: ignore[union-attr]
    assert texts[0].startswith("Alaska Airlines has a new date")
    assert len(texts) == 3


def test_address_shown_as_a_link_is_kept_within_the_text_not_after_it() -> None:
    html = (
        f"<body><article>{ARTICLE}<p>Sign the petition against the new tariffs here:</p>"
        "<p><a href='https://petition.example/gema'>https://petition.example/gema</a></p>"
        "<p>The third paragraph says that the club owners will meet again in June, with a"
        " lawyer.</p><p><a href='mailto:ann.lee@example.com'>ann.lee@example.com</a></p>"
        "<p><a href='https://x.com/annlee'>x.com/annlee</a></p></article></body>"
    )
    texts = [block.text for block in extract_html(html).blocks]  # type: ignore[union-attr]
    assert "https://petition.example/gema" in texts
    assert texts[-1].startswith("The third paragraph")
    html = f"<body><article>{ARTICLE}<p>Sign it here:</p><p>petition.example/gema</p></article>"
    assert text_of(extract_html(html)).endswith("Sign it here:\n\npetition.example/gema")


def test_caption_paragraph_outside_figure_becomes_a_figure() -> None:
    html = (
        f"<body><article>{ARTICLE}<div class='image'><img src='/a.jpg'>"
        "<p class='image-caption'>Boats in the harbour. "
        "<span class='credit'>Photo: A. Berg</span></p>"
        "</div></article></body>"
    )
    figure = extract_html(html).blocks[-1]
    assert isinstance(figure, Figure)
    assert (figure.image.url, figure.image.caption, figure.image.credit) == (
        "/a.jpg",
        "Boats in the harbour.",
        "Photo: A. Berg",
    )


def test_paragraph_ending_in_an_image_credit_is_a_caption() -> None:
    html = f"<body><article>{ARTICLE}<p>The mayor at the council meeting (Image: GETTY)</p>"
    assert "GETTY" not in text_of(extract_html(html))


def test_text_runs_and_line_breaks_in_divs_become_paragraphs() -> None:
    html = (
        "<body><div class='post'>First line of a blog post, written without paragraph tags, "
        "long enough.<br><br>Second line of that post, also long enough to count, really."
        "<div>A nested block with its own text, which is long enough to keep.</div>"
        "Tail text after the nested block, which belongs to the post as well.</div></body>"
    )
    texts = [block.text for block in extract_html(html).blocks]  # type: ignore[union-attr]
    assert texts == [
        "First line of a blog post, written without paragraph tags, long enough.",
        "Second line of that post, also long enough to count, really.",
        "A nested block with its own text, which is long enough to keep.",
        "Tail text after the nested block, which belongs to the post as well.",
    ]


def test_whitespace_is_folded_and_br_kept_inside_a_paragraph() -> None:
    html = "<article><p>  Line   one,\n\t with spaces<br>line two, of a poem.  </p></article>"
    (block,) = extract_html(html).blocks
    assert block.text == "Line one, with spaces\nline two, of a poem."  # type: ignore[union-attr]


def test_nested_spans_have_exact_offsets() -> None:
    html = (
        "<body><article><p>She wrote <q>we <em>will</em> <a href='https://x.example/'>return</a></q>"
        " soon, with <strong>certainty</strong>.</p></article></body>"
    )
    (block,) = extract_html(html).blocks
    assert isinstance(block, Paragraph)
    found = {(span.kind.value, block.text[span.start : span.end]) for span in block.spans}
    assert found == {
        ("quote", "we will return"),
        ("emphasis", "will"),
        ("link", "return"),
        ("strong", "certainty"),
    }


def test_ordered_list_and_link_list() -> None:
    links = "".join(f"<li><a href='/{i}'>Link {i}</a></li>" for i in range(5))
    html = (
        f"<body><article>{ARTICLE}<ol><li>first step</li><li>second step</li></ol>"
        f"<ul>{links}</ul></article></body>"
    )
    lists = [block for block in extract_html(html).blocks if isinstance(block, ListBlock)]
    assert [(block.items, block.ordered) for block in lists] == [
        (("first step", "second step"), True)
    ]


def test_deep_nesting_is_walked_without_recursion() -> None:
    depth = 1500  # deeper than Python's recursion limit, within libxml2's 2048
    html = "<body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body>"
    assert len(extract_html(html).blocks) == 2


def test_page_without_text_reports_it() -> None:
    body = extract_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert body.blocks == ()
    assert codes(body) == ["NM371"]


def test_page_with_only_a_heading_reports_no_paragraph() -> None:
    body = extract_html("<html><body><article><h2>Just a heading here</h2></article></body></html>")
    assert [type(block) for block in body.blocks] == [Heading]
    assert codes(body) == ["NM370"]


def test_tree_from_lxml_html_directly() -> None:
    root = lxml.html.document_fromstring(f"<html><body><main>{ARTICLE}</main></body></html>")
    assert len(extract_body(root).blocks) == 2


@given(st.text(max_size=300))
def test_extraction_never_raises_on_arbitrary_markup(text: str) -> None:
    html = f"<html><body><article><p>{text}</p><div>{text}</div></article></body></html>"
    try:
        page = load_html(html, options=OPTIONS)
    except NewsModelError:
        return
    body = extract_body(page.root, title=text or None)
    Article(body=body.blocks, diagnostics=body.diagnostics)  # every block is valid


TAGS = [
    "div",
    "p",
    "span",
    "a",
    "q",
    "em",
    "ul",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "h2",
    "h1",
    "table",
    "td",
    "section",
    "article",
    "aside",
    "nav",
    "br",
    "pre",
    "b",
]
CLASSES = [
    "",
    "comments",
    "article-body",
    "share",
    "caption",
    "credit",
    "has-sidebar",
    "related",
    "entry-content",
    "ad",
    "story",
]
ODD_ATTRIBUTES = [
    "",
    ' srcset=","',
    ' srcset="  "',
    ' src="data:x"',
    ' style="display:none"',
    " hidden",
    ' role="navigation"',
    ' itemprop="articleBody"',
    ' href="java script: x"',
    ' cite="  "',
    ' id="comments"',
]
WORDS = st.sampled_from(
    ["The", "council", "voted,", "on", "Friday", "«quoted»", "Photo:", "Read more", "2024", "—"]
)


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    """Random nested markup from the tags and class names the extractor cares about."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 6 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            cls = draw(st.sampled_from(CLASSES))
            attributes = f' class="{cls}"' if cls else ""
            attributes += draw(st.sampled_from(ODD_ATTRIBUTES))
            if tag == "img":
                parts.append(f'<img src="/i{draw(st.integers(0, 9))}.jpg"{attributes}>')
                continue
            if tag in ("a", "q", "blockquote"):
                attributes += ' href="/x" cite="https://c.example/"'
            parts.append(f"<{tag}{attributes}>{draw(markup(depth + 1))}</{tag}>")
        else:
            parts.append(" ".join(draw(st.lists(WORDS, max_size=12))))
    return "".join(parts)


@given(markup())
def test_extraction_never_raises_on_random_structure(body_markup: str) -> None:
    html = f"<html><head><title>The council</title></head><body>{body_markup}</body></html>"
    try:
        page = load_html(html, options=OPTIONS)
    except NewsModelError:
        return
    body = extract_body(page.root, title="The council")
    article = Article(body=body.blocks, diagnostics=body.diagnostics)
    for block in article.body:
        for span in getattr(block, "spans", ()):
            assert 0 <= span.start < span.end <= len(block.text)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("img", "url"),
    [
        ('<img src="/a.jpg">', "/a.jpg"),
        ('<img src="data:image/gif;base64,R0l" data-src="/lazy.jpg">', "/lazy.jpg"),
        ('<img srcset="/s.jpg 1x, /l.jpg 2x">', "/s.jpg"),
        ('<img srcset=", /second.jpg 2x">', "/second.jpg"),
        ('<img src="  " srcset="   ">', None),
        ('<img srcset=",">', None),
        ("<img>", None),
    ],
)
def test_figure_image_sources(img: str, url: str | None) -> None:
    html = f"<body><article>{ARTICLE}<figure>{img}<figcaption>A caption</figcaption></figure>"
    figures = [block for block in extract_html(html).blocks if isinstance(block, Figure)]
    assert [figure.image.url for figure in figures] == ([url] if url else [])


# --------------------------------------------------------------------------- leads and layout flags


def test_lead_above_the_body_container_is_kept() -> None:
    """A news plugin's page (TYPO3 ``news-single``): the lead sits in a ``teaser-text`` box in
    a row above the body's column, not in it; it is the article's first paragraph."""
    paragraphs = "".join(
        f"<p>Paragraph {n}: the café opens every second Saturday in the parish hall, where a"
        " dozen volunteers share their tools, their time and their coffee.</p>"
        for n in range(5)
    )
    body = extract_html(
        "<body><nav><a href='/'>Home</a></nav><div class='news news-single'>"
        "<div class='article'><div class='row'><div class='col-sm-12'>"
        "<h1>Repair café celebrates its first year</h1>"
        "<div class='teaser-text'><p>Volunteers at the repair café have fixed more than four"
        " hundred toasters, lamps and bicycles this year, and the queue at the door grows every"
        " month, organisers said on Saturday.</p></div></div></div>"
        "<div class='row'><div class='col-sm-6'><div class='news-text-wrap'>"
        f"{paragraphs}</div></div></div></div></div></body>",
        title="Repair café celebrates its first year",
    )
    texts = [block.text for block in body.blocks]
    assert texts[0].startswith("Volunteers at the repair café")
    assert texts[1].startswith("Paragraph 0")


def test_short_dek_above_the_body_is_not_a_lead() -> None:
    """A one-line summary under the headline (a dek) is headline furniture, not text."""
    body = extract_html(
        "<body><article><header><h1>Council delays vote</h1>"
        "<p class='article-summary'>The decision now waits for spring.</p></header>"
        "<div class='article-body'><p>The council postponed its vote on the harbour plan on"
        " Tuesday evening, citing the missing traffic study.</p><p>Residents had gathered in"
        " the hall since the afternoon to hear the outcome of the long debate.</p></div>"
        "</article></body>",
        title="Council delays vote",
    )
    assert "waits for spring" not in text_of(body)


def test_layout_position_and_category_words_are_not_furniture() -> None:
    """``below-banner`` and ``category-social-issues`` describe where an element sits and what
    a post is filed under: the article inside is kept."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the story about the new ferry line, with enough words to count"
        " as article text for the extractor.</p>"
        for n in range(4)
    )
    body = extract_html(
        "<body><div class='container-full-width karma-below-banner with-sidebar-right'>"
        f"<div class='post category-social-issues'>{paragraphs}</div>"
        "<div class='sidebar'><p>Our partners and other sidebar text.</p></div></div>"
        f"<footer>{'Imprint, contact, privacy and the rest of the site footer. ' * 20}</footer>"
        "</body>"
    )
    text = text_of(body)
    assert "Paragraph 0 of the story" in text
    assert "Paragraph 3 of the story" in text
    assert "sidebar text" not in text


@pytest.mark.parametrize(
    "label",
    ["Iklan", "Topics", "Text size", "1 of 6", "Tempo de leitura: 2 minutos", "Lesezeit 3 Min."],
)
def test_widget_labels_are_boilerplate(label: str) -> None:
    body = extract_html(
        "<body><article><p>The mayor opened the new library on Monday, the first in the"
        f" district for forty years.</p><p>{label}</p><p>Children queued at the door before"
        " it opened, and the shelves were half empty by noon.</p></article></body>"
    )
    assert [block.text for block in body.blocks if block.text == label] == []


STORY = "".join(
    f"<p>Paragraph {n}: the ferry to the island will run every hour from May, the operator"
    " said, after two years of complaints from commuters about the long gaps.</p>"
    for n in range(4)
)
STANDFIRST = (
    "Commuters have waited two years for an hourly ferry to the island; from May they get"
    " one, and the operator promises a second boat for the summer weekends as well."
)


def test_paragraph_in_the_article_header_is_a_lead() -> None:
    """A standfirst set as a plain ``<p>`` in the article's ``<header>``, above the body's
    container (no lead class), is the article's first paragraph."""
    body = extract_html(
        "<body><main><article><header><h1>Hourly ferry from May</h1>"
        f"<div class='sc-x1'><p>{STANDFIRST}</p></div><p>By Ana Ruiz, 3 May 2022</p></header>"
        f"<div class='sc-x2'><div id='main'>{STORY}</div></div></article></main></body>",
        title="Hourly ferry from May",
    )
    texts = [block.text for block in body.blocks]
    assert texts[0] == STANDFIRST
    assert texts[1].startswith("Paragraph 0")
    assert "Ana Ruiz" not in text_of(body)


def test_lead_inside_an_intro_with_an_image() -> None:
    """The intro box holds the lead image and, inside it, the ``chapo``: the chapo is the lead
    (and a later short ``subtitle`` line does not hide it)."""
    body = extract_html(
        "<body><article><div class='intro'><img src='/ferry.jpg'>"
        f"<div class='chapo'><p>{STANDFIRST}</p></div></div>"
        "<div class='subtitle'>Ferries</div>"
        f"<div class='widthfix'><div class='entry-content'>{STORY}</div></div>"
        "</article></body>"
    )
    texts = [block.text for block in body.blocks]
    assert texts[0] == STANDFIRST
    assert texts[1].startswith("Paragraph 0")


def test_camel_case_furniture_names() -> None:
    """``relatedPost`` and ``shareButtons`` name furniture as ``related-post`` does."""
    body = extract_html(
        f"<body><article><div class='postBody'>{STORY}"
        "<div class='relatedPost'><p>Read next: the bridge that was never built, and why.</p>"
        "</div><div class='shareButtons'><p>Share this story with your friends.</p></div>"
        "</div></article></body>"
    )
    text = text_of(body)
    assert "Paragraph 3" in text
    assert "bridge that was never built" not in text
    assert "Share this story" not in text


def test_wrapper_named_for_a_share_bar_keeps_the_text() -> None:
    """A wrapper named for the share bar beside the text (a WordPress theme's ``entry
    themeform share``, ``documentContent__sharingContainer``) holds the article's paragraphs:
    it is no share widget, and the text stays."""
    menu = "".join(f"<li><a href='/t{n}'>Topic {n}</a></li>" for n in range(60))
    for name in ("entry themeform share", "documentContent__sharingContainer"):
        body = extract_html(
            f"<body><nav><ul>{menu}</ul></nav><article class='post'><div class='{name}'>"
            "<div class='sharrre-container'><a href='/s'>Share</a></div>"
            f"{STORY}</div></article><footer><ul>{menu}</ul></footer></body>"
        )
        assert text_of(body).count("Paragraph") == 4, name


def test_related_teasers_with_summaries_stay_furniture() -> None:
    """Related-article teasers hold paragraphs too: they are never taken for a wrapper."""
    teasers = "".join(
        f"<div class='card'><h3><a href='/a{n}'>Other story {n}</a></h3><p>Summary {n}: a"
        " long teaser text about another article, which runs well over a hundred and fifty"
        " characters so that it looks like running text to a naive rule.</p></div>"
        for n in range(4)
    )
    body = extract_html(
        f"<body><article><div class='entry-content'>{STORY}</div>"
        f"<div class='related-articles more-sidebar'>{teasers}</div></article></body>"
    )
    assert "Summary" not in text_of(body)


@pytest.mark.parametrize(
    "name",
    [
        "saboxplugin-wrap author-box",
        "td-author-info",
        "post-ratings",
        "shariff shariff-align-center",
        "ez-toc-container",
        "wp-embedded-content",
    ],
)
def test_author_boxes_ratings_share_and_contents_widgets_are_furniture(name: str) -> None:
    """An author's bio box, a rating widget, a share widget, a table of contents and an
    embedded card of another post sit inside the body's container but are not its text."""
    body = extract_html(
        f"<body><article><div class='entry-content'>{STORY}<div class='{name}'>"
        "<p>Widget text that is not part of the article at all.</p></div></div></article>"
        "</body>"
    )
    assert "Widget text" not in text_of(body)
    assert "Paragraph 3" in text_of(body)


# ------------------------------------------------------------------------ leads far from the body


def test_named_lead_in_another_region_of_the_layout_is_kept() -> None:
    """The header (headline and standfirst) sits in its own region of the layout, many levels
    above the body's container: a lead named so after the headline is still the lead."""
    body = extract_html(
        "<body><div class='site'><section class='site__content-top'><div id='block-introtext'>"
        "<div><h1>Hourly ferry from May</h1></div><div class='intro-text'>"
        f"<p>{STANDFIRST}</p></div></div></section><div class='site__main'><main><div>"
        f"<article class='article-full'><section class='article-full__content'>{STORY}"
        "</section></article></div></main></div></div></body>",
        title="Hourly ferry from May",
    )
    texts = [block.text for block in body.blocks]
    assert texts[0] == STANDFIRST
    assert texts[1].startswith("Paragraph 0")


def test_named_summary_far_above_the_body_without_a_headline_is_not_a_lead() -> None:
    """Without a headline before the body, a "summary" far above it may be any teaser's."""
    body = extract_html(
        "<body><div class='top'><div><div><div><div class='summary'>"
        f"<p>{STANDFIRST}</p></div></div></div></div></div><div class='main'><div><div><div>"
        f"<article><div class='article-body'>{STORY}</div></article></div></div></div></div>"
        "</body>",
    )
    assert STANDFIRST not in text_of(body)


@pytest.mark.parametrize(
    "name",
    ["DefaultEinleitung", "texto-bajada", "sommario", "news-description"],
)
def test_lead_names_in_camel_case_and_other_languages(name: str) -> None:
    """``DefaultEinleitung`` (German: introduction), ``bajada`` (Spanish) and ``sommario``
    (Italian) name the standfirst, as ``news-description`` does in a news plugin."""
    body = extract_html(
        "<body><div class='content'><h1>Hourly ferry from May</h1>"
        f"<p class='{name}'>{STANDFIRST}</p><div class='grid'><div class='frame'>{STORY}"
        "</div></div></div></body>",
        title="Hourly ferry from May",
    )
    texts = [block.text for block in body.blocks]
    assert texts[0] == STANDFIRST
    assert texts[1].startswith("Paragraph 0")


def test_schema_description_before_the_marked_body_is_the_lead() -> None:
    """``itemprop="description"`` above ``itemprop="articleBody"``: the article's lead."""
    body = extract_html(
        "<body><article><h1>Hourly ferry from May</h1>"
        f"<div itemprop='description'><p><strong>{STANDFIRST}</strong></p></div>"
        f"<div itemprop='articleBody'>{STORY}</div></article></body>",
        title="Hourly ferry from May",
    )
    texts = [block.text for block in body.blocks]
    assert texts[0] == STANDFIRST
    assert texts[1].startswith("Paragraph 0")


# --------------------------------------------------------------------------- captions as text


@pytest.mark.parametrize(
    "line",
    [
        "Getty Images",
        "AFP / MARCO BERTORELLO",
        "Augusta National/Getty Images",
        "jr/PAP",
        "Abbildung 4: klassische Schwachschicht.",
        "Figure 2: the new timetable",
        "Titelbild: Hafen bei Nacht",
        "Crédits photos : Bestimage",
        "The laureate at the ceremony in Oslo (REUTERS/Jane Roe)",
        "Natalie Naccache | Bloomberg | Getty Images",
        "Al Goldis, Associated Press",
        "State Sex Offender Registry via AP",
        "© Bundesrat | Frank Bräuer",
        "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
        "Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images",
        "Jewels after Jewels, installation views, photos © Studio Roe, 2018",
    ],
)
def test_captions_and_credits_set_as_paragraphs_are_dropped(line: str) -> None:
    body = extract_html(
        "<body><article><p>The ferry to the island will run every hour from May, the operator"
        f" said on Monday.</p><p>{line}</p><p>Commuters had complained for two years about the"
        " long gaps between boats.</p></article></body>"
    )
    assert [block.text for block in body.blocks if block.text == line] == []
    assert len(body.blocks) == 2


@pytest.mark.parametrize(
    "line",
    [
        "The AP style guide says so.",
        "Photography: a passion for life.",
        "He joined AFP in 1998 / and left in 2004 for a rival agency in Paris.",
        "The logo, © 1987, is still the club's.",
        "She worked for Reuters, then AP.",
    ],
)
def test_sentences_that_name_an_agency_or_a_picture_are_kept(line: str) -> None:
    body = extract_html(
        "<body><article><p>The ferry to the island will run every hour from May, the operator"
        f" said on Monday.</p><p>{line}</p></article></body>"
    )
    assert [block.text for block in body.blocks][-1] == line


def test_figcaption_outside_a_figure_is_a_caption() -> None:
    """A ``<figcaption>`` in a plain ``div`` with the image is its caption, not body text."""
    body = extract_html(
        "<body><article><p>The ferry to the island will run every hour from May, the operator"
        " said on Monday.</p><div class='visual'><img src='https://example.org/ferry.jpg'>"
        "<figcaption>The new ferry in the harbour (REUTERS/Jane Roe)</figcaption></div>"
        "<p>Commuters had complained for two years about the long gaps.</p></article></body>"
    )
    assert [type(block).__name__ for block in body.blocks] == ["Paragraph", "Figure", "Paragraph"]
    figure = body.blocks[1]
    assert isinstance(figure, Figure)
    assert figure.image.caption is not None
    assert figure.image.caption.startswith("The new ferry in the harbour")


# --------------------------------------------------------------------------- linked sentences

FERRY = (
    "<p>The ferry to the island will run every hour from May, the operator said on Monday,"
    " after two years of complaints.</p>"
)


def test_sentence_with_a_long_link_is_text() -> None:
    """A sentence that links most of its words to one source is still the article's."""
    line = (
        "See point 12 of the <a href='/privacy.pdf'>privacy statement of the island's ferry"
        " operator and its partners</a> (PDF), which will be published shortly."
    )
    body = extract_html(f"<body><article>{FERRY}<p>{line}</p></article></body>")
    assert [block.text for block in body.blocks][-1] == (
        "See point 12 of the privacy statement of the island's ferry operator and its partners"
        " (PDF), which will be published shortly."
    )


@pytest.mark.parametrize(
    "line",
    [
        # a label and a link: no sentence of its own
        "Also on our site: <a href='/a'>The bridge that was never built, and why it matters.</a>",
        # three links in a line: a hover card or a list of links, not a sentence
        "Rep. <a href='/a'>Jane Roe</a><a href='/b'>Jane RoeSenate votes on the harbour bill</a>"
        " and <a href='/c'>Ferry fares rise again as the operator blames fuel prices</a>.",
    ],
)
def test_link_lines_are_not_sentences(line: str) -> None:
    body = extract_html(f"<body><article>{FERRY}<p>{line}</p></article></body>")
    assert len(body.blocks) == 1


def test_a_blog_posts_filing_line_is_boilerplate() -> None:
    body = extract_html(
        f"<body><article>{FERRY}<p>This entry was posted in <a href='/c'>News</a>. Bookmark"
        " the <a href='/p'>permalink</a>.</p></article></body>"
    )
    assert len(body.blocks) == 1


@pytest.mark.parametrize(
    "note",
    [
        "Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @jroe.",
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        "Follow us on Twitter @Spacedotcom and on Facebook.",
        "Email Jane Roe at jroe@example.com or follow her @jroe.",
        "Associated Press writers John Doe and Mary Major contributed to this report.",
        "Reporting by Jane Roe; Editing by John Doe",
        "Note: we are temporarily moderating all comments submitted to deal with spam.",
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
        "For the latest stories download the Nationnews apps for iOS and Android.",
        "Puede escribirnos a redaccion@example.com o suscribirse aquí a nuestra newsletter.",
        "[button link='/submit/' type='big'] Send us YOUR review[/button]",
        "To view the full story, please subscribe to The Island Times.",
        "If you’re seeing this message but you’re already a subscriber, you can log in.",
        "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder",
        "Posted in News, Harbour | Leave a comment",
        "Updated at 1:23 p.m.",
        "Aktualisiert am 17.01.2021.",
        "SOURCE: News agencies",
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.",
        "This article is republished from The Conversation under a Creative Commons license.",
        "Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit",
        "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
    ],
)
def test_notes_after_the_text_are_dropped(note: str) -> None:
    body = extract_html(f"<body><article>{FERRY}<p>{note}</p></article></body>")
    assert [block.text for block in body.blocks] == [
        "The ferry to the island will run every hour from May, the operator said on Monday,"
        " after two years of complaints."
    ]


def test_notes_are_dropped_before_a_last_image_and_from_the_end_only() -> None:
    note = "Jane Roe and John Doe contributed to this report."
    body = extract_html(
        f"<body><article><p>{note}</p>{FERRY}<p>Follow us on Facebook and Instagram.</p>"
        f"<p>{note} </p><figure><img src='/ad.jpg'></figure></article></body>"
    )
    assert [type(block).__name__ for block in body.blocks] == ["Paragraph", "Paragraph", "Figure"]
    assert body.blocks[0].text == note  # within the text, it may be the story's


def test_a_sentence_about_subscribers_at_the_end_is_text() -> None:
    line = "The service said it now has ten million subscribers, twice as many as last year."
    body = extract_html(f"<body><article>{FERRY}<p>{line}</p></article></body>")
    assert [block.text for block in body.blocks][-1] == line


@pytest.mark.parametrize(
    "heading",
    ["No Response so far »", "Leave a Reply", "3 Comments", "Kommentar schreiben", "Отзывы"],
)
def test_a_comments_heading_after_a_short_text_ends_it(heading: str) -> None:
    body = extract_html(
        "<body><div id='content'><p>Leo was born last week.</p><p>He sleeps a lot.</p>"
        f"<h2>{heading}</h2><p>Congratulations to all of you, what a lovely photo!</p>"
        "</div></body>"
    )
    assert [block.text for block in body.blocks] == [
        "Leo was born last week.",
        "He sleeps a lot.",
    ]


def test_a_heading_named_for_comments_opens_the_discussion() -> None:
    body = extract_html(
        f"<body><div class='post'>{FERRY}<p>Commuters had complained for two years about the"
        " long gaps between boats.</p><h2 id='comments'>What readers say</h2><p>Finally, it"
        " took them long enough, I have been waiting for years.</p></div></body>"
    )
    assert [block.text for block in body.blocks][-1] == (
        "Commuters had complained for two years about the long gaps between boats."
    )


def test_a_comments_counter_above_the_text_is_no_cut() -> None:
    body = extract_html(
        "<body><div class='post'><p>By Jane Roe</p><h6 class='blog-comments'>No comments</h6>"
        f"{FERRY}<p>Commuters had complained for two years.</p></div></body>"
    )
    assert [block.text for block in body.blocks][-1] == "Commuters had complained for two years."


def test_a_body_class_in_the_page_footer_is_no_chunk_of_the_body() -> None:
    paragraphs = "".join(
        f"<p>The ferry to the island will run every hour from {month}, the operator said on"
        " Monday, after two years of complaints, and the fares will stay as they are.</p>"
        for month in ("May", "June", "July")
    )
    body = extract_html(
        f"<body><main><div class='richtext'>{paragraphs}</div></main><footer>"
        "<div class='richtext'><p>Roe Energy plans, builds and runs wind farms, solar parks"
        " and storage, and employs 7,000 people in Denmark, Germany and the UK.</p></div>"
        "</footer></body>"
    )
    assert not any("Roe Energy" in block.text for block in body.blocks)
    assert len(body.blocks) == 3


def test_a_read_more_expander_holding_text_is_kept() -> None:
    folded = (
        "The village lies in a quiet valley with a view of the hills, ten minutes from the lake"
        " by bike, and has a bakery, a pub and a playground for the children."
    )
    body = extract_html(
        f"<body><article>{FERRY}<p class='box-text js_readmore'>{folded}</p>"
        "<div class='read-more'><a href='/other'>Read more: the bridge that was never"
        " built</a></div></article></body>"
    )
    assert [block.text for block in body.blocks][-1] == folded


def test_a_sentence_that_gives_a_source_or_an_update_at_the_end_is_text() -> None:
    lines = [
        "The source of the leak was found on Tuesday, the operator said in a statement.",
        "Updated timetables will be posted at every pier from next week on.",
    ]
    for line in lines:
        body = extract_html(f"<body><article>{FERRY}<p>{line}</p></article></body>")
        assert [block.text for block in body.blocks][-1] == line


@pytest.mark.parametrize(
    "line",
    ["Advertisement:", "1 - 5 of 36", "Print this article", "Artikel drucken", "drukuj"],
)
def test_ad_labels_pagers_and_print_links_are_boilerplate(line: str) -> None:
    body = extract_html(
        f"<body><article>{FERRY}<p>{line}</p><p>Commuters had complained for two years about"
        " the long gaps between boats.</p></article></body>"
    )
    assert len(body.blocks) == 2


@pytest.mark.parametrize(
    "heading",
    [
        "Vorschau auf den nächsten Artikel",
        "Next article",
        "Entermedia 주요뉴스",
        "Самые популярные диеты",
    ],
)
def test_next_article_and_most_popular_headings_end_the_text(heading: str) -> None:
    body = extract_html(
        "<body><article><p>The ferry to the island will run every hour from May, the operator"
        " said on Monday, after two years of complaints from commuters and the island's hotels,"
        f" shops and schools.</p><h3>{heading}</h3><p>Another story about another ferry, on"
        " another island, a long way from here.</p></article></body>"
    )
    assert len(body.blocks) == 1


@pytest.mark.parametrize(
    "box",
    [
        "<div class='saboxplugin-wrap'><div class='saboxplugin-desc'><p>Jane Roe, photographer"
        " from Hamburg. Follow me on Instagram, where most of my pictures are.</p></div></div>",
        "<section class='vc_cta3-container'><div class='vc_general vc_cta3'><p>In our seminar"
        " on ferries you learn how to plan a timetable. Book now!</p></div></section>",
    ],
)
def test_author_cards_and_calls_to_action_of_wordpress_plugins_are_furniture(box: str) -> None:
    body = extract_html(
        f"<body><article>{FERRY}{box}<p>Commuters had complained for two years about the long"
        " gaps between boats.</p></article></body>"
    )
    assert len(body.blocks) == 2


@pytest.mark.parametrize(
    "box",
    [
        "<div class='Teasers Teasers--3columns'><h2 class='Teasers-headline'>More on ferries</h2>"
        "<p>Another story about another ferry, on another island, far from here.</p></div>",
        "<section class='single-credits'><div class='credits-credit'>Interview JOHN DOE</div>"
        "<div class='credits-credit'>Photos MARY MAJOR</div></section>",
    ],
)
def test_teaser_rows_and_credits_boxes_in_the_text_are_dropped(box: str) -> None:
    body = extract_html(
        f"<body><article>{FERRY}{box}<p>Commuters had complained for two years about the long"
        " gaps between boats.</p></article></body>"
    )
    assert [block.text for block in body.blocks] == [
        "The ferry to the island will run every hour from May, the operator said on Monday,"
        " after two years of complaints.",
        "Commuters had complained for two years about the long gaps between boats.",
    ]


def test_a_named_anchor_is_no_link() -> None:
    # A question set as a jump target (``<a name>``) in a podcast transcript is text; an
    # ``<a>`` named "#" is a scripted link, which a short line of it stays.
    body = extract_html(
        f"<body><article>{FERRY}<p><a name='timetable'>What does the operator say about the"
        " timetable?</a></p><p><a class='title' name='#'>More from the newsroom</a></p>"
        "<p>Commuters had complained for two years about the long gaps between boats.</p>"
        "</article></body>"
    )
    assert [block.text for block in body.blocks] == [
        "The ferry to the island will run every hour from May, the operator said on Monday,"
        " after two years of complaints.",
        "What does the operator say about the timetable?",
        "Commuters had complained for two years about the long gaps between boats.",
    ]
    spans = body.blocks[1].spans  # type: ignore[union-attr]
    assert spans == ()


@pytest.mark.parametrize(
    "markup",
    [
        # Empty slots that a metering script fills, on free and locked articles alike.
        "<div class='paywall_container'></div>",
        "<aside class='paywall-bar paywall-bar--visible'><script>meter()</script></aside>",
        "<div class='PianoArticlePaywall__Wrapper piano-article-paywall'> </div>",
    ],
)
def test_an_empty_paywall_slot_is_no_paywall(markup: str) -> None:
    body = extract_html(f"<body><article>{ARTICLE}{markup}</article></body>")
    assert text_of(body).startswith("The first paragraph")
    assert "NM372" not in codes(body)


def test_a_section_marked_free_of_the_paywall_is_no_paywall() -> None:
    body = extract_html(f"<body><div class='Article-Content no-paywall'>{ARTICLE}</div></body>")
    assert text_of(body).startswith("The first paragraph")
    assert "NM372" not in codes(body)


def test_a_paywall_prompt_with_words_is_a_paywall() -> None:
    body = extract_html(
        f"<body><article>{ARTICLE}<div class='paywall_container'><p>Subscribe to read on."
        "</p></div></article></body>"
    )
    assert "NM372" in codes(body)
