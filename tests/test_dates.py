"""parse_date: dates as printed in many languages, at the precision the source gave."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._dates import MONTH_NAMES, WEEKDAY_NAMES, parse_date


def _tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2024-07-24", None, date(2024, 7, 24)),
        ("2024-07-24T15:05:00+02:00", None, datetime(2024, 7, 24, 15, 5, tzinfo=_tz(2))),
        ("2024-07-24T15:05:00Z", None, datetime(2024, 7, 24, 15, 5, tzinfo=_tz(0))),
        ("2024-07-24T15:05", None, datetime(2024, 7, 24, 15, 5)),
        ("24 juillet 2024", "fr", date(2024, 7, 24)),
        ("mercredi 24 juillet 2024 à 15h05", "fr", datetime(2024, 7, 24, 15, 5)),
        ("Publié le 24 juil. 2024", "fr", date(2024, 7, 24)),
        ("1er août 2024", "fr", date(2024, 8, 1)),
        ("July 24, 2024 3:05 PM EDT", "en", datetime(2024, 7, 24, 15, 5, tzinfo=_tz(-4))),
        ("July 24, 2024 3:05 PM EDT", None, datetime(2024, 7, 24, 15, 5, tzinfo=_tz(-4))),
        ("Wednesday, July 24, 2024", "en", date(2024, 7, 24)),
        ("Jul 24, 2024 10:00 GMT", "en", datetime(2024, 7, 24, 10, 0, tzinfo=_tz(0))),
        # An offset written from UTC is hours east of it (dateutil reads it the POSIX way).
        ("13 Jan 2020, 22:11 GMT+10", "en", datetime(2020, 1, 13, 22, 11, tzinfo=_tz(10))),
        ("13 Jan 2020, 22:11 GMT +1", "en", datetime(2020, 1, 13, 22, 11, tzinfo=_tz(1))),
        (
            "Mon, 13 Jan 2020 22:11:00 GMT+0530",
            "en",
            datetime(2020, 1, 13, 22, 11, tzinfo=_tz(5.5)),
        ),
        ("13.01.2020 22:11 UTC-03:00", "es", datetime(2020, 1, 13, 22, 11, tzinfo=_tz(-3))),
        ("24.07.2024", "de", date(2024, 7, 24)),
        ("24.07.2024, 15:05 Uhr", "de", datetime(2024, 7, 24, 15, 5)),
        ("24. Juli 2024", "de", date(2024, 7, 24)),
        (
            "Mittwoch, 24. Juli 2024, 15:05 Uhr MESZ",
            "de",
            datetime(2024, 7, 24, 15, 5, tzinfo=_tz(2)),
        ),
        ("3. März 2024", "de", date(2024, 3, 3)),
        ("24 de julio de 2024", "es", date(2024, 7, 24)),
        ("miércoles 24 de julio de 2024", "es", date(2024, 7, 24)),
        ("24 luglio 2024", "it", date(2024, 7, 24)),
        ("24 de julho de 2024", "pt", date(2024, 7, 24)),
        ("24 juli 2024", "nl", date(2024, 7, 24)),
        ("3 maart 2024", "nl", date(2024, 3, 3)),
        ("24 июля 2024 г.", "ru", date(2024, 7, 24)),
        ("24 июля 2024, 15:05", "ru", datetime(2024, 7, 24, 15, 5)),
        ("2024年7月24日", "zh", date(2024, 7, 24)),
        ("2024年7月24日 15:05", "zh", datetime(2024, 7, 24, 15, 5)),
        ("2024年7月24日 15時05分", "ja", datetime(2024, 7, 24, 15, 5)),
        ("2024年7月24日（水）", "ja", date(2024, 7, 24)),
        ("2024년 7월 24일", "ko", date(2024, 7, 24)),
        ("07/24/2024", "en", date(2024, 7, 24)),
        ("03/04/2024", "fr", date(2024, 4, 3)),
        ("03/04/2024", "en", date(2024, 3, 4)),
    ],
)
def test_parse_date(text: str, language: str | None, expected: date | datetime) -> None:
    got = parse_date(text, language=language)
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(expected, datetime):
        assert isinstance(got, datetime)
        assert got.utcoffset() == expected.utcoffset()


def test_unknown_zone_abbreviation_leaves_the_offset_unknown() -> None:
    got = parse_date("July 24, 2024 3:05 PM XYZT", language="en")
    assert got == datetime(2024, 7, 24, 15, 5)
    assert isinstance(got, datetime)
    assert got.tzinfo is None


def test_an_offset_after_another_zone_name_leaves_the_offset_unknown() -> None:
    got = parse_date("13 Jan 2020, 22:11 EST+0200", language="en")
    assert got == datetime(2020, 1, 13, 22, 11)
    assert isinstance(got, datetime)
    assert got.tzinfo is None


def test_ambiguous_zone_is_resolved_only_by_language() -> None:
    us = parse_date("July 24, 2024 3:05 PM CST", language="en")
    assert isinstance(us, datetime)
    assert us.utcoffset() == timedelta(hours=-6)
    cn = parse_date("2024-07-24 15:05 CST", language="zh")
    assert isinstance(cn, datetime)
    assert cn.utcoffset() == timedelta(hours=8)
    unknown = parse_date("24 July 2024 15:05 IST", language="fr")
    assert isinstance(unknown, datetime)
    assert unknown.tzinfo is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "July 24",
        "24 juillet",
        "2024",
        "3",
        "Share",
        "Le 23 juillet, heure locale, la société mère de Facebook a publié un modèle",
        "31 février 2024",
        "2024-13-01",
        "2024年13月40日",
        "x" * 500,
    ],
)
def test_not_a_complete_date(text: str) -> None:
    assert parse_date(text, language="fr") is None


def test_month_tables_are_complete() -> None:
    for lang, months in MONTH_NAMES.items():
        assert len(months) == 12, lang
        assert all(name == name.lower() for names in months for name in names), lang
    for lang, days in WEEKDAY_NAMES.items():
        assert len(days) == 7, lang


@pytest.mark.parametrize("language", sorted(MONTH_NAMES))
def test_every_month_name_parses(language: str) -> None:
    for month, names in enumerate(MONTH_NAMES[language], start=1):
        for name in names:
            assert parse_date(f"5 {name} 2023", language=language) == date(2023, month, 5), name


@given(st.text(max_size=80), st.sampled_from([None, "en", "fr", "de", "zh", "ja", "xx"]))
def test_never_raises(text: str, language: str | None) -> None:
    result = parse_date(text, language=language)
    assert result is None or isinstance(result, date)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_iso_dates_round_trip(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.year}年{day.month}月{day.day}日") == day
    assert parse_date(f"{day.day:02d}.{day.month:02d}.{day.year}", language="de") == day


def test_without_dateutils_internal_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should dateutil drop ``parser._parse``, two public parses tell the same apart."""
    from newsmodel import _dates

    monkeypatch.setattr(_dates, "_PRIVATE_STEP", "_no_such_step")
    _dates._parser_for.cache_clear()
    _dates._known_words.cache_clear()
    try:
        assert parse_date("24 juillet 2024", language="fr") == date(2024, 7, 24)
        got = parse_date("July 24, 2024 3:05 PM EDT", language="en")
        assert got == datetime(2024, 7, 24, 15, 5, tzinfo=_tz(-4))
        unknown = parse_date("July 24, 2024 3:05 PM XYZT", language="en")
        assert isinstance(unknown, datetime)
        assert unknown.tzinfo is None
        assert parse_date("July 24", language="en") is None
    finally:
        _dates._parser_for.cache_clear()
        _dates._known_words.cache_clear()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # news.yam.md: "Unica.md, 20 septembrie 2020 16:20"
        ("20 septembrie 2020 16:20", "ro", datetime(2020, 9, 20, 16, 20)),
        ("duminică, 20 septembrie 2020", "ro", date(2020, 9, 20)),
        ("20 septembrie 2020", None, date(2020, 9, 20)),
        ("20 września 2020 r.", "pl", date(2020, 9, 20)),
        ("20. září 2020", "cs", date(2020, 9, 20)),
        ("20. septembra 2020", "sk", date(2020, 9, 20)),
        ("2020. szeptember 20.", "hu", date(2020, 9, 20)),
        ("20 Eylül 2020", "tr", date(2020, 9, 20)),
        ("söndag 20 september 2020", "sv", date(2020, 9, 20)),
        ("20. marts 2020", "da", date(2020, 3, 20)),
        ("20. desember 2020", "nb", date(2020, 12, 20)),
        ("20. syyskuuta 2020", "fi", date(2020, 9, 20)),
        ("20 de setembre de 2020", "ca", date(2020, 9, 20)),
        ("20 d'octubre de 2020", "ca", date(2020, 10, 20)),
        ("20. rujna 2020.", "hr", date(2020, 9, 20)),
        ("26. oktobra 2020. u 16:20", "bs", datetime(2020, 10, 26, 16, 20)),
        ("20. septembra 2020", "sr", date(2020, 9, 20)),
        ("20. junij 2020", "sl", date(2020, 6, 20)),
        ("20 вересня 2020 р.", "uk", date(2020, 9, 20)),
        ("20 септември 2020 г.", "bg", date(2020, 9, 20)),
        ("20 Σεπτεμβρίου 2020", "el", date(2020, 9, 20)),
        ("Senin, 20 Juli 2020", "id", date(2020, 7, 20)),
        ("20 Ogos 2020", "ms", date(2020, 8, 20)),
        # akhbarelyom.com: Arabic month names, Arabic-Indic or Western digits
        ("7 أكتوبر 2020", "ar", date(2020, 10, 7)),
        ("٧ أكتوبر ٢٠٢٠", "ar", date(2020, 10, 7)),
    ],
)
def test_parse_date_in_more_languages(
    text: str, language: str | None, expected: date | datetime
) -> None:
    got = parse_date(text, language=language)
    assert got == expected
    assert type(got) is type(expected)


def test_a_month_name_two_languages_share_reads_by_language() -> None:
    # "listopad" is November in Czech and Polish, October in Croatian.
    assert parse_date("5. listopadu 2023", language="cs") == date(2023, 11, 5)
    assert parse_date("5. listopada 2023.", language="hr") == date(2023, 10, 5)
    assert parse_date("5 listopada 2023", language="pl") == date(2023, 11, 5)
