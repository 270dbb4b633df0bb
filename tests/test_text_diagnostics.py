"""False warnings of parse_text on real text: quotations over several paragraphs, German and
Polish quotation marks, mixed straight and typographic marks, and inner capitals of legal
forms and plural brands."""

from __future__ import annotations

import pytest

from newsmodel import ParseOptions, parse_text

NO_QUOTES = ParseOptions(extract_quotes=False)
HEADER = "A title of the article\n\n2024-07-24\n\n"


def _warnings(body: str, code: str) -> list[str | None]:
    article = parse_text(HEADER + body, options=NO_QUOTES)
    return [d.path for d in article.diagnostics if d.code == code]


@pytest.mark.parametrize(
    ("body", "paths"),
    [
        # English: each paragraph of the quotation opens, only the last closes.
        (
            '"The first time she saw him, she was just beginning to care.\n\n'
            '"She was not a person who would hurt anyone.\n\n'
            '"It never crossed my mind," she said.',
            [],
        ),
        # The next paragraph may open with the typographic mark.
        ('"Melanie thought it was outrageous.\n\n“It never crossed my mind,” she said.', []),
        # German »…« and French « … »
        ("»Wir haben lange gewartet.\n\n»Jetzt ist es zu spät«, sagte er.", []),
        ("« Nous avons attendu.\n\n« Il est trop tard », a-t-il dit.", []),
        # The last paragraph of the run must close it.
        ('"We waited for a long time.\n\n"Now it is too late, he said.', ["body[1].text"]),
        # A stray closing mark is no opening: "États." then a new quotation.
        ('Il a dit « oui ». États." Les données.\n\n"La Chine est en tête."', ["body[0].text"]),
    ],
)
def test_quotation_over_several_paragraphs(body: str, paths: list[str]) -> None:
    assert _warnings(body, "NM202") == paths


@pytest.mark.parametrize(
    "paragraph",
    [
        "Er sagte: »Das ist gut.« Dann ging er.",
        "Die Ausstellung „Junge Kunst” ist bis Mai zu sehen.",
        'There was “no evidence" yet, and it would take "more hours” before details emerge.',
        '“He said "yes" and left,” she recalled.',
    ],
)
def test_balanced_quotation_marks_of_other_conventions(paragraph: str) -> None:
    assert _warnings(paragraph, "NM202") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Die Beispiel Verwaltungsgesellschaft mbH hat Insolvenz angemeldet.",
        "Apple sold fewer iPhones this year than last.",
    ],
)
def test_legal_forms_and_plural_brands_are_not_glued(paragraph: str) -> None:
    assert _warnings(paragraph, "NM201") == []


def test_a_glued_brand_is_still_split() -> None:
    article = parse_text(HEADER + "Il en parle depuisChatGPT chaque jour.", options=NO_QUOTES)
    assert [d.suggestion for d in article.diagnostics] == ["depuis ChatGPT"]
