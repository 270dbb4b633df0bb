"""The raw text layout writes back exactly what it reads: lines that would read as something
else are escaped, and what the reader cannot read back is not written (docs/text-format.md,
"Escapes")."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    LanguageVariant,
    Organization,
    OrganizationKind,
    Paragraph,
    ParseOptions,
    Rights,
    VariantRelation,
    parse_text,
    to_text,
)

NO_QUOTES = ParseOptions(extract_quotes=False)
SENTENCE = "The council approved the budget on Tuesday after a long debate."
AWKWARD = (
    "* Click the link to see the full calendar",
    "- not a list item either",
    "1) the first point",
    "# not a heading",
    "> not a quote",
    "![not](https://example.com/a-figure.jpg)",
    "Share",
    "Teilen:",
    "Copyright",
    "© Amazon",
    "(c) TV Thermen- & Vulkanland | Michael Königshofer",
    "All rights reserved.",
    "2024-07-24",
    "Updated: 2024-07-25",
    "By Jane Roe",
    "Source: Valley Courier",
    "English | Français",
    "[Texte/Observer Network Qi Qian] A first paragraph.",
    "\\ a line that starts with a backslash",
    "\\* an escaped list item",
)


def _article(*texts: str, **fields: object) -> Article:
    return Article(body=tuple(Paragraph(text=text) for text in texts), **fields)  # type: ignore[arg-type]


def test_a_paragraph_that_reads_as_a_list_item_is_escaped() -> None:
    article = _article(SENTENCE, "* Click the link to see the full calendar", title="A title")
    text = to_text(article)
    assert text == (
        "A title\n\nThe council approved the budget on Tuesday after a long debate.\n\n"
        "\\* Click the link to see the full calendar"
    )
    assert parse_text(text, options=NO_QUOTES).body == article.body


def test_a_credit_line_in_the_body_stays_in_place() -> None:
    article = _article("© Amazon", SENTENCE, title="A title", published=date(2024, 7, 24))
    again = parse_text(to_text(article), options=NO_QUOTES)
    assert again.body == article.body
    assert again.rights is None


def test_an_escaped_line_is_plain_text() -> None:
    article = parse_text("A title\n\n2024-07-24\n\n\\Share\n\n\\\\Share", options=NO_QUOTES)
    assert [block.text for block in article.body] == ["Share", "\\Share"]  # type: ignore[union-attr]
    assert article.diagnostics == ()


def test_a_news_agency_publishing_itself_is_written_as_a_publisher() -> None:
    article = _article(
        SENTENCE,
        title="A title",
        language="en",
        publisher=Organization(name="Associated Press", kind=OrganizationKind.PUBLISHER),
    )
    text = to_text(article)
    assert "Publisher: Associated Press" in text
    again = parse_text(text, options=NO_QUOTES)
    assert again.publisher is not None
    assert (again.publisher.name, again.agencies) == ("Associated Press", ())


def test_no_source_line_when_the_rights_name_the_publisher() -> None:
    """The publisher's URL is not carried: it does not call for a Source line."""
    article = _article(
        SENTENCE,
        title="A title",
        publisher=Organization(
            name="News Nation", kind=OrganizationKind.PUBLISHER, url="https://www.newsnation.in"
        ),
        rights=Rights(notice="© 2019 News Nation. All rights reserved."),
    )
    text = to_text(article)
    assert "Source:" not in text
    assert to_text(parse_text(text)) == text


def test_source_line_with_a_bar_names_one_publisher() -> None:
    text = "A title\n\nSource: The Jerusalem Post | JPost.com\n\n" + SENTENCE
    article = parse_text(text, options=NO_QUOTES)
    assert article.publisher is not None
    assert article.publisher.name == "The Jerusalem Post | JPost.com"
    assert to_text(article) == text


def test_source_label_in_the_language_of_the_words() -> None:
    """The label is the one of the language the reader detects, not of a declared tag."""
    article = _article(
        SENTENCE,
        title="A title",
        language="de-DE",
        publisher=Organization(name="Valley Courier", kind=OrganizationKind.PUBLISHER),
    )
    assert "Source: Valley Courier" in to_text(article)


@pytest.mark.parametrize(
    "labels",
    [
        (None, None),  # no labels: nothing to print
        ("English", "Klingon"),  # labels the reader would not take for a language menu
    ],
)
def test_a_menu_the_reader_cannot_read_is_not_written(labels: tuple[str | None, ...]) -> None:
    variants = tuple(
        LanguageVariant(language=tag, label=label, relation=VariantRelation.TRANSLATION)
        for tag, label in zip(("en", "it"), labels, strict=True)
    )
    article = _article(SENTENCE, title="A title", variants=variants)
    assert to_text(article) == f"A title\n\n{SENTENCE}"


def test_a_long_subtitle_stays_in_the_header() -> None:
    subtitle = " ".join([SENTENCE] * 4)
    article = _article(
        SENTENCE,
        title="Port strike ends after three weeks",
        subtitle=subtitle,
        published=date(2024, 7, 24),
    )
    text = to_text(article)
    assert f"\\{subtitle}" in text
    again = parse_text(text, options=NO_QUOTES)
    assert (again.subtitle, again.published) == (subtitle, article.published)
    assert to_text(again) == text


def test_a_byline_the_reader_would_not_read_is_replaced_by_the_authors() -> None:
    article = parse_text("A title\n\nBy Tom Krisher\n\n" + SENTENCE, options=NO_QUOTES)
    odd = article.model_copy(update={"byline": "Tom Krisher, Ap Auto Writer"})
    assert to_text(odd) == to_text(article)


@given(
    st.lists(st.sampled_from((SENTENCE, *AWKWARD)), min_size=1, max_size=6),
    st.booleans(),
    st.booleans(),
)
def test_awkward_paragraphs_round_trip(texts: list[str], titled: bool, dated: bool) -> None:
    """Every paragraph comes back as written, whatever it would read as unescaped."""
    article = _article(
        SENTENCE,
        *texts,
        title="A title" if titled else None,
        published=date(2024, 7, 24) if dated else None,
        publisher=Organization(name="Valley Courier", kind=OrganizationKind.PUBLISHER),
    )
    text = to_text(article)
    again = parse_text(text, options=NO_QUOTES)
    assert again.body == article.body
    assert to_text(again) == text
