"""The models: validation, immutability, dates, language tags, JSON round trip."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from pydantic import ValidationError

import newsmodel
from newsmodel import Article, Paragraph, Person
from newsmodel.types import canonical_language_tag
from tests.strategies import articles


def test_models_are_frozen_and_reject_unknown_fields() -> None:
    article = Article(title="T")
    with pytest.raises(ValidationError):
        article.title = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra"):
        Article.model_validate({"title": "T", "headline": "H"})
    assert article.model_copy(update={"title": "U"}).title == "U"


def test_date_only_stays_a_date() -> None:
    article = Article(published="2024-07-24")
    assert type(article.published) is date
    assert newsmodel.to_json(article).count('"published":"2024-07-24"') == 1


def test_datetime_keeps_its_offset_and_a_missing_offset_stays_missing() -> None:
    aware = Article(published="2024-07-24T15:05:00-04:00").published
    assert isinstance(aware, datetime)
    assert aware.utcoffset() == timedelta(hours=-4)
    naive = Article(published="2024-07-24T15:05").published
    assert isinstance(naive, datetime)
    assert naive.tzinfo is None


def test_bad_dates_are_rejected() -> None:
    with pytest.raises(ValidationError, match="ISO 8601"):
        Article(published="2024-02-30")
    with pytest.raises(ValidationError, match="ISO 8601"):
        Article(published="yesterday")


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [
        ("fr", "fr"),
        ("PT-br", "pt-BR"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("x-private", "x-private"),
        ("sr-Latn-RS", "sr-Latn-RS"),
    ],
)
def test_language_tags_are_canonicalised(tag: str, canonical: str) -> None:
    assert canonical_language_tag(tag) == canonical
    assert Article(language=tag).language == canonical


@pytest.mark.parametrize("tag", ["", "français", "f", "en_US", "en--US", "123"])
def test_bad_language_tags_are_rejected(tag: str) -> None:
    with pytest.raises(ValidationError):
        Article(language=tag)


def test_entities_are_discriminated() -> None:
    quote = newsmodel.Quote.model_validate(
        {
            "text": "x",
            "kind": "direct",
            "block": 0,
            "start": 0,
            "end": 1,
            "speaker": {"type": "organization", "name": "OMPI"},
        }
    )
    assert isinstance(quote.speaker, newsmodel.Organization)


def test_article_text_joins_blocks() -> None:
    article = Article(body=(Paragraph(text="a"), Paragraph(text="b")))
    assert article.text == "a\n\nb"


@given(articles())
def test_json_round_trip(article: Article) -> None:
    assert newsmodel.parse_json(newsmodel.to_json(article)) == article


def test_person_name_is_required() -> None:
    with pytest.raises(ValidationError):
        Person(name="")


def test_aware_offsets_use_the_standard_timezone_class() -> None:
    value = Article(published="2024-07-24T10:00:00+02:00").published
    assert isinstance(value, datetime)
    assert value.tzinfo == timezone(timedelta(hours=2))
