"""A page's declared language checked against its text: the ``language`` stage of
``parse_html`` and the helpers of :mod:`newsmodel._lang` it uses."""

from __future__ import annotations

import lxml.html
import pytest

from newsmodel import ParseOptions, parse_html
from newsmodel._html_meta import harvest_metadata
from newsmodel._lang import (
    confirms_language,
    contradicting_language,
    detect_language,
    language_from_name,
)
from newsmodel.formats.html import _opening_text

NO_QUOTES = ParseOptions(extract_quotes=False)

GERMAN = (
    "Die Stadt hat am Montag mitgeteilt, dass die Brücke über den Fluss wegen der Bauarbeiten "
    "bis zum Ende des Jahres gesperrt bleibt. Der Verkehr wird über die Umgehungsstraße "
    "geleitet, die nach Angaben der Polizei für den Andrang nicht gebaut ist. Auch die Busse "
    "der Linie 5 fahren einen Umweg, und die Haltestelle am Markt wird nicht mehr bedient. "
    "Die Händler in der Altstadt befürchten, dass ihnen die Kunden im Advent ausbleiben."
)
ENGLISH = (
    "The city said on Monday that the bridge over the river will stay closed until the end of "
    "the year because of the building work. Traffic is sent along the ring road, which the "
    "police say was not built for the crowds. The buses of line 5 also take a detour, and the "
    "stop at the market is no longer served. Shop owners in the old town fear that their "
    "customers will stay away in the weeks before Christmas."
)
SPANISH = (
    "El ayuntamiento informó el lunes de que el puente sobre el río seguirá cerrado hasta "
    "final de año por las obras. El tráfico se desvía por la circunvalación, que según la "
    "policía no está hecha para tantos coches. Los autobuses de la línea 5 también dan un "
    "rodeo y la parada del mercado ya no tiene servicio. Los comerciantes del casco antiguo "
    "temen que los clientes no vengan en las semanas antes de Navidad."
)
NORWEGIAN = (
    "Kommunen sa mandag at broen over elven blir stengt til slutten av året på grunn av "
    "arbeidet. Trafikken blir sendt rundt byen, og politiet sier at veien ikke er bygget for "
    "så mange biler. Bussene på linje 5 kjører også en omvei, og holdeplassen ved torget er "
    "ikke lenger i bruk. Butikkene i sentrum er redde for at kundene blir borte før jul."
)
ARABIC = (
    "أعلنت البلدية يوم الاثنين أن الجسر فوق النهر سيبقى مغلقا حتى نهاية العام بسبب أعمال "
    "البناء، وقالت الشرطة إن الطريق الدائري لم يبن لهذا العدد من السيارات."
)

CHINESE = "中国外交部发言人表示，美国的做法是错误的，中方将采取必要措施维护自身的正当权益。"


def page(body: str, *, lang: str | None = None, head: str = "", title: str = "") -> bytes:
    attr = f' lang="{lang}"' if lang else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p)
    return (
        f"<html{attr}><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def codes(article: object) -> list[str]:
    return [d.code for d in getattr(article, "diagnostics", ())]


# --------------------------------------------------------------------------- parse_html


def test_template_default_english_on_a_german_page_gives_way_to_the_text() -> None:
    article = parse_html(page(GERMAN, lang="en-US", title="Brücke gesperrt"), options=NO_QUOTES)
    assert article.language == "de"
    assert "NM308" in codes(article)


def test_a_declaration_the_text_confirms_is_kept_as_declared() -> None:
    article = parse_html(page(GERMAN, lang="de-AT", title="Brücke gesperrt"), options=NO_QUOTES)
    assert article.language == "de-AT"
    assert "NM308" not in codes(article)


def test_an_english_article_on_a_german_site_is_english() -> None:
    article = parse_html(page(ENGLISH, lang="de", title="Bridge closed"), options=NO_QUOTES)
    assert article.language == "en"


def test_a_german_article_quoting_english_keeps_its_declaration() -> None:
    quote = (
        "„Wir sind stolz darauf“, sagte die Bürgermeisterin. Auf Englisch schrieb sie: "
        '"We are proud of the work that the teams have done, and we thank all of them for it."'
    )
    article = parse_html(page(f"{GERMAN}\n\n{quote}", lang="de"), options=NO_QUOTES)
    assert article.language == "de"


def test_related_languages_never_contradict_the_publisher() -> None:
    # Norwegian text under a Danish declaration: their function words are nearly the same.
    article = parse_html(page(NORWEGIAN, lang="da"), options=NO_QUOTES)
    assert article.language == "da"


def test_a_language_the_detector_does_not_know_is_never_contradicted() -> None:
    # Galician is declared; the text reads as Spanish to the function words, which know no
    # Galician: the publisher's word stands.
    article = parse_html(page(SPANISH, lang="gl"), options=NO_QUOTES)
    assert article.language == "gl"


def test_english_declared_over_arabic_script_is_arabic() -> None:
    article = parse_html(page(ARABIC, lang="en-US"), options=NO_QUOTES)
    assert article.language == "ar"


def test_a_language_declared_by_its_name_reads_as_its_tag() -> None:
    head = '<meta name="language" content="spanish">'
    article = parse_html(page(SPANISH, head=head), options=NO_QUOTES)
    assert article.language == "es"
    assert "NM309" in codes(article)


def test_a_language_name_is_read_even_without_detection() -> None:
    head = '<meta name="language" content="English">'
    options = ParseOptions(extract_quotes=False, detect_language=False)
    article = parse_html(page(GERMAN, head=head), options=options)
    assert article.language == "en"


def test_no_check_without_detection() -> None:
    options = ParseOptions(extract_quotes=False, detect_language=False)
    assert parse_html(page(GERMAN, lang="en"), options=options).language == "en"


def test_a_body_too_short_to_tell_borrows_the_headline() -> None:
    body = "FEATURED FUNDS\n\nDSP Tax Saver Direct Plan-Growth\n\nMirae Asset Hybrid Equity Fund"
    title = "The new phone is in India, and here is all that we know about it"
    article = parse_html(page(body, title=title), options=NO_QUOTES)
    assert article.language == "en"
    assert "NM306" in codes(article)


def test_a_short_headline_alone_is_not_enough() -> None:
    article = parse_html(page("", title="Spring in China"), options=NO_QUOTES)
    assert article.language is None


def test_opening_text_is_the_start_of_the_article_text() -> None:
    article = parse_html(page(f"{ENGLISH}\n\nShort one.\n\n{GERMAN}"), options=NO_QUOTES)
    for size in (10, 400, 1000, 5000):
        opening = _opening_text(article, size)
        assert article.text.startswith(opening)
        assert len(opening) >= min(size, len(article.text))


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        ("en", GERMAN, "de"),
        ("en-GB", SPANISH, "es"),
        ("fr", ENGLISH, "en"),
        ("de", GERMAN, None),
        ("es", SPANISH, None),
        ("pt", SPANISH, None),  # related: the publisher's word stands
        ("no", NORWEGIAN, None),
        ("sv", NORWEGIAN, None),  # related
        ("ja", CHINESE, None),  # related: Han text under a Japanese declaration
        ("ko", CHINESE, "zh"),
        ("eu", SPANISH, None),  # Basque: unknown to the detector
        ("en", "Die Stadt hat am Montag mitgeteilt.", None),  # too little evidence
    ],
)
def test_contradicting_language(declared: str, text: str, expected: str | None) -> None:
    assert contradicting_language(declared, text) == expected


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        ("en", ENGLISH, True),
        ("en", GERMAN, False),
        ("de-DE", GERMAN, True),
        ("es", SPANISH, True),
        ("ar", ARABIC, True),
        ("ko", "정부는 화요일에 새로운 경제 정책을 발표했다고 밝혔다.", True),
        ("ko", ENGLISH, False),
        ("xx", ENGLISH, False),
    ],
)
def test_confirms_language(declared: str, text: str, expected: bool) -> None:
    assert confirms_language(declared, text) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("spanish", "es"), ("English", "en"), ("dutch", "nl"), ("en-US", None), ("deu", None)],
)
def test_language_from_name(value: str, expected: str | None) -> None:
    assert language_from_name(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Persian writes keheh and Farsi yeh where Arabic writes kaf and yeh.
        (
            "دولت روز سه‌شنبه اعلام کرد که برنامه جدیدی برای کمک به شرکت‌های کوچک در نظر گرفته "
            "است و این برنامه از ماه آینده آغاز می‌شود.",
            "fa",
        ),
        (ARABIC, "ar"),
        (
            "حکومت نے منگل کو اعلان کیا کہ چھوٹی کمپنیوں کی مدد کے لیے ایک نیا منصوبہ شروع کیا "
            "جائے گا جو اگلے مہینے سے نافذ ہوگا۔",
            "ur",
        ),
        ("সরকার মঙ্গলবার ছোট ব্যবসার জন্য নতুন সহায়তা প্রকল্প ঘোষণা করেছে।", "bn"),
        ("સરકારે મંગળવારે નાના વેપારીઓ માટે નવી સહાય યોજનાની જાહેરાત કરી હતી.", "gu"),
        # A wire brief: Italian's 'e', 'i' and 'a' are among its most frequent words.
        (
            "ROMA, 5 DIC - La regione ha certificato l'esito del voto e i consiglieri eletti "
            "sono 50, contro i 45 di cinque anni fa. (ANSA).",
            "it",
        ),
    ],
)
def test_detects_more_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_the_first_lines_decide_a_long_text() -> None:
    # A clear opening is enough; a text that opens with a quote in another language is read on.
    assert detect_language(ENGLISH + " " + GERMAN) == "en"
    opening = '"Yes, we can," he said. '
    assert detect_language(opening + GERMAN + " " + GERMAN) == "de"


def test_the_metadata_harvest_reads_a_language_name_as_its_tag() -> None:
    # The harvest's language is also the hint its dates and bylines are read with.
    root = lxml.html.document_fromstring(
        '<html><head><meta name="language" content="Spanish"></head><body><p>x</p></body></html>'
    )
    metadata = harvest_metadata(root)
    assert metadata.fields["language"] == "es"
    assert [d.code for d in metadata.diagnostics if d.code == "NM309"] == ["NM309"]
