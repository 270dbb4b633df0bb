"""Language detection from text, and language-menu labels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._lang import (
    LANGUAGE_LABELS,
    STOPWORDS,
    detect_language,
    label_language,
    split_language_menu,
)
from newsmodel.types import canonical_language_tag
from tests.test_text import SEED_MENU as SEED_MENU_PAIRS

SAMPLES = {
    "en": "The company said on Tuesday that it would cut jobs after the results were published.",
    "fr": "La société a annoncé mardi qu'elle allait supprimer des emplois après la publication.",
    "de": "Der Konzern hat am Dienstag mitgeteilt, dass er nach den Ergebnissen Stellen abbaut.",
    "es": "La empresa dijo el martes que recortaría empleos después de publicar los resultados.",
    "it": "La società ha detto martedì che taglierà posti di lavoro dopo i conti.",
    "pt": "A empresa disse na terça-feira que vai cortar empregos depois que os resultados saíram.",
    "nl": "Het bedrijf zei dinsdag dat het banen zal schrappen na de resultaten.",
    "ru": "Компания заявила во вторник, что сократит рабочие места после публикации результатов.",
    "uk": "Компанія заявила у вівторок, що скоротить робочі місця після публікації результатів.",
    "zh": "中国外交部发言人表示，美国的做法是错误的，中方将采取必要措施。",
    "ja": "日本政府は火曜日に、新しい経済対策を発表しました。",
    "ko": "정부는 화요일에 새로운 경제 정책을 발표했다고 밝혔다.",
    "el": "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα οικονομικά μέτρα για τις επιχειρήσεις.",
    "ar": "أعلنت الحكومة يوم الثلاثاء عن إجراءات اقتصادية جديدة للشركات.",
}


@pytest.mark.parametrize(("expected", "text"), sorted(SAMPLES.items()))
def test_detects_language(expected: str, text: str) -> None:
    assert detect_language(text) == expected


def test_detects_french_on_the_seed(seed_text: str) -> None:
    # The seed carries a menu in 14 languages and many English names; French still wins.
    assert detect_language(seed_text) == "fr"


@pytest.mark.parametrize("text", ["", "Llama 3.1", "OpenAI ChatGPT Meta", "12345 67890", "!!!"])
def test_too_little_evidence_is_none(text: str) -> None:
    assert detect_language(text) is None


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    result = detect_language(text)
    assert result is None or canonical_language_tag(result) == result


def test_stopword_tables_are_lower_case() -> None:
    for lang, words in STOPWORDS.items():
        assert words, lang
        assert all(word == word.lower() for word in words), lang


def test_labels_map_to_well_formed_tags() -> None:
    for label, tag in LANGUAGE_LABELS.items():
        assert canonical_language_tag(tag) == tag, label
        assert label_language(label) == tag
        assert label_language(label.upper()) == tag


SEED_MENU = (
    "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικά"
    "españolItalianoSuomalainenLatina"
)


def test_splits_the_seed_menu() -> None:
    assert split_language_menu(SEED_MENU) == SEED_MENU_PAIRS


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("English | Français | Deutsch", ["English", "Français", "Deutsch"]),
        ("English · 中文 · 日本語 · 한국어", ["English", "中文", "日本語", "한국어"]),
        ("EnglishEspañolPortuguês (Brasil)", ["English", "Español", "Português (Brasil)"]),
    ],
)
def test_splits_separated_menus(line: str, labels: list[str]) -> None:
    pairs = split_language_menu(line)
    assert pairs is not None
    assert [label for label, _ in pairs] == labels


@pytest.mark.parametrize(
    "line",
    ["English", "English news in French", "Deutschland", "Latina America", ""],
)
def test_not_a_menu(line: str) -> None:
    assert split_language_menu(line) is None


def test_withdrawn_codes_are_replaced_by_every_reader() -> None:
    """``iw`` (Hebrew's withdrawn code) reads as ``he`` wherever the language is declared, not
    only in ``<html lang>``."""
    import json

    from newsmodel import parse_html, parse_jsonld, parse_ninjs, parse_nitf

    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T"}
    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps({**jsonld, "inLanguage": "iw"})
        + "</script></head><body><h1>T</h1></body></html>"
    )
    ninjs = {"uri": "urn:x:1", "type": "text", "language": "iw-IL", "headlines": [{"value": "T"}]}
    nitf = '<nitf xml:lang="iw"><body><body.content><p>T</p></body.content></body></nitf>'
    found = [
        parse_jsonld(json.dumps({**jsonld, "inLanguage": "iw"})).language,
        parse_ninjs(json.dumps(ninjs)).language,
        parse_nitf(nitf).language,
        parse_html(page).language,
    ]
    assert found == ["he", "he-IL", "he", "he"]
