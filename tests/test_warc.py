"""Web archives: HTML responses become inputs with URL, crawl time and charset; every other
record is skipped with its reason; damaged records are reported and reading goes on."""

from __future__ import annotations

import builtins
import gzip
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel._inputs import ReadConfig, Result, Status, Unit, iter_units
from newsmodel._warc import warc_record
from newsmodel.bulk import iter_parse

pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")

CONFIG = ReadConfig(fmt=None, max_bytes=1 << 20, max_line_bytes=1 << 20)
PAGE = (
    "<!DOCTYPE html><html lang='fr'><head><title>Café fermé</title></head>"
    "<body><article><h1>Café fermé</h1><p>Le café de la gare a fermé ses portes "
    "après quarante ans, a annoncé la mairie jeudi.</p></article></body></html>"
)


def _page(index: int, *, gzipped: bool, charset: str = "utf-8") -> bytes:
    return warc_record(
        f"https://example.org/{index}",
        PAGE.replace("gare", f"gare {index}").encode(charset),
        date=f"2024-07-24T12:00:{index:02d}Z",
        content_type=f"text/html; charset={charset}",
        gzipped=gzipped,
    )


def _archive(gzipped: bool) -> list[bytes]:
    return [
        warc_record(
            "urn:info", b"software: test\r\n", record_type="warcinfo",
            content_type="application/warc-fields", gzipped=gzipped,
        ),
        warc_record(
            "https://example.org/0", b"GET / HTTP/1.1\r\n\r\n", record_type="request",
            content_type="application/http; msgtype=request", gzipped=gzipped,
        ),
        _page(0, gzipped=gzipped),
        _page(1, gzipped=gzipped, charset="iso-8859-1"),
        warc_record("https://example.org/logo.png", b"\x89PNG\r\n", content_type="image/png",
                    gzipped=gzipped),
        warc_record("https://example.org/old", b"", status="301 Moved Permanently",
                    gzipped=gzipped),
        warc_record("https://example.org/0", b"", record_type="revisit",
                    content_type="application/http", gzipped=gzipped),
        warc_record("https://example.org/big", PAGE.encode(), gzipped=gzipped,
                    extra_headers=(("WARC-Truncated", "length"),)),
        _page(2, gzipped=gzipped),
    ]  # fmt: skip


def _write(path: Path, records: list[bytes]) -> Path:
    path.write_bytes(b"".join(records))
    return path


def _describe(items: list[Unit | Result]) -> list[tuple[str, str | None, str | None]]:
    out = []
    for item in items:
        if isinstance(item, Unit):
            out.append(("page", item.url, item.charset))
        else:
            out.append((item.status.value, item.url, item.reason))
    return out


EXPECTED = [
    ("skipped", "urn:info", "warcinfo record"),
    ("skipped", "https://example.org/0", "request record"),
    ("page", "https://example.org/0", "utf-8"),
    ("page", "https://example.org/1", "iso-8859-1"),  # the label, read by the HTML reader
    ("skipped", "https://example.org/logo.png", "not HTML (image/png)"),
    ("skipped", "https://example.org/old", "HTTP status 301"),
    ("skipped", "https://example.org/0", "revisit record"),
    ("skipped", "https://example.org/big", "truncated record (length)"),
    ("page", "https://example.org/2", "utf-8"),
]


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_records_become_pages_or_skips(tmp_path: Path, gzipped: bool) -> None:
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    path = _write(tmp_path / name, _archive(gzipped))
    items = list(iter_units([path], CONFIG))
    assert _describe(items) == EXPECTED
    page = items[3]
    assert isinstance(page, Unit)
    assert page.crawl_time == datetime(2024, 7, 24, 12, 0, 1, tzinfo=UTC)
    assert isinstance(page.data, bytes)
    assert page.data.decode("iso-8859-1").startswith("<!DOCTYPE html>")
    assert "gare 1" in page.data.decode("iso-8859-1")
    positions = [item.position for item in items]
    assert all(p and p.startswith("offset ") for p in positions)
    offsets = [int(p.split()[1]) for p in positions if p]
    assert offsets == sorted(offsets)
    assert offsets[0] == 0


def test_a_corrupt_gzip_member_in_the_middle_is_reported_and_reading_goes_on(
    tmp_path: Path,
) -> None:
    records = [_page(index, gzipped=True) for index in range(5)]
    damaged = bytearray(records[2])
    damaged[25:60] = b"\x00" * 35
    records[2] = bytes(damaged)
    path = _write(tmp_path / "crawl.warc.gz", records)
    items = list(iter_units([path], CONFIG))
    assert [getattr(i, "url", None) for i in items if isinstance(i, Unit)] == [
        "https://example.org/0",
        "https://example.org/1",
        "https://example.org/3",
        "https://example.org/4",
    ]
    (failure,) = [i for i in items if isinstance(i, Result)]
    assert failure.status is Status.FAILED
    assert failure.position == f"offset {len(records[0]) + len(records[1])}"
    assert failure.reason is not None
    assert failure.reason.startswith("corrupt record: ")
    assert failure.reason.isprintable()


@pytest.mark.parametrize("delta", [-9, 37], ids=["shorter", "longer"])
def test_a_lying_content_length_is_reported_and_the_next_records_are_kept(
    tmp_path: Path, delta: int
) -> None:
    records = [_page(index, gzipped=False) for index in range(4)]
    match = re.search(rb"\r\nContent-Length: (\d+)\r\n\r\nHTTP", records[1])
    assert match is not None
    lie = str(int(match.group(1)) + delta).encode()
    records[1] = records[1][: match.start(1)] + lie + records[1][match.end(1) :]
    path = _write(tmp_path / "crawl.warc", records)
    items = list(iter_units([path], CONFIG))
    assert [i.url for i in items] == [f"https://example.org/{i}" for i in range(4)]
    assert [isinstance(i, Unit) for i in items] == [True, False, True, True]
    failure = items[1]
    assert isinstance(failure, Result)
    assert failure.reason is not None
    assert failure.reason.startswith("damaged record: ")
    assert "Content-Length" in failure.reason


def test_a_payload_that_does_not_match_its_digest_is_reported(tmp_path: Path) -> None:
    records = [_page(index, gzipped=False) for index in range(3)]
    records[1] = records[1].replace(b"gare 1", b"gare X")
    items = list(iter_units([_write(tmp_path / "c.warc", records)], CONFIG))
    assert [type(i).__name__ for i in items] == ["Unit", "Result", "Unit"]
    failure = items[1]
    assert isinstance(failure, Result)
    assert failure.reason == (
        "damaged record: block digest does not match; payload digest does not match"
    )


def test_garbage_and_truncated_files_are_reported(tmp_path: Path) -> None:
    garbage = _write(tmp_path / "a.warc", [b"this is not a web archive\n" * 10])
    cut = _write(tmp_path / "b.warc.gz", [_page(0, gzipped=True), _page(1, gzipped=True)[:-30]])
    items = list(iter_units([garbage, cut], CONFIG))
    assert [(Path(i.input).name, type(i).__name__) for i in items] == [
        ("a.warc", "Result"),
        ("b.warc.gz", "Unit"),
        ("b.warc.gz", "Result"),
    ]
    assert all(i.status is Status.FAILED for i in items if isinstance(i, Result))


def test_a_payload_over_the_limit_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.warc", [_page(0, gzipped=False)])
    (item,) = iter_units([path], ReadConfig(None, max_bytes=100, max_line_bytes=100))
    assert isinstance(item, Result)
    assert item.reason == "too large: payload over the limit of 100 bytes"


def test_without_warcio_the_reason_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_warcio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("warcio"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_warcio)
    path = _write(tmp_path / "c.warc", [_page(0, gzipped=False)])
    (item,) = iter_units([path], CONFIG)
    assert isinstance(item, Result)
    assert item.reason == "reading WARC needs warcio: pip install 'newsmodel[warc]'"


def test_warc_record_writes_what_warcio_reads() -> None:
    from warcio.archiveiterator import ArchiveIterator

    data = gzip.decompress(_page(7, gzipped=True))
    import io

    (record,) = list(ArchiveIterator(io.BytesIO(data), check_digests=True))
    assert record.rec_headers.get_header("WARC-Target-URI") == "https://example.org/7"


def test_pages_are_parsed_with_their_url_and_crawl_time(tmp_path: Path) -> None:
    path = _write(tmp_path / "crawl.warc.gz", _archive(True))
    results = list(iter_parse(path, include_skipped=True))
    assert [r.status.value for r in results] == [
        "skipped", "skipped", "parsed", "parsed", "skipped", "skipped", "skipped", "skipped",
        "parsed",
    ]  # fmt: skip
    parsed = [r for r in results if r.ok]
    assert [r.article.url for r in parsed if r.article] == [
        "https://example.org/0",
        "https://example.org/1",
        "https://example.org/2",
    ]
    latin = parsed[1].article
    assert latin is not None
    assert latin.title == "Café fermé"
    assert "gare 1" in latin.text
    assert parsed[2].crawl_time == datetime(2024, 7, 24, 12, 0, 2, tzinfo=UTC)
    assert len(list(iter_parse(path))) == 3  # skipped records only on request


@settings(max_examples=60, deadline=None)
@given(
    gzipped=st.booleans(),
    damage=st.lists(st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=8)),
                    max_size=4),
    cut=st.integers(0, 10_000),
)  # fmt: skip
def test_damaged_archives_never_raise_and_always_end(
    tmp_path_factory: pytest.TempPathFactory,
    gzipped: bool,
    damage: list[tuple[int, bytes]],
    cut: int,
) -> None:
    data = bytearray(b"".join(_page(index, gzipped=gzipped) for index in range(4)))
    for offset, chunk in damage:
        at = offset % len(data)
        data[at : at + len(chunk)] = chunk
    del data[len(data) - cut % len(data) :]
    path = tmp_path_factory.mktemp("fuzz") / ("f.warc.gz" if gzipped else "f.warc")
    path.write_bytes(bytes(data))
    items = list(iter_units([path], CONFIG))
    assert len(items) <= 4 + len(damage) + 2
    for item in items:
        assert isinstance(item, Unit | Result)
        if isinstance(item, Result):
            assert item.reason
            assert item.reason.isprintable()


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_on_standard_input_is_read_record_by_record(
    gzipped: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    data = b"".join(_archive(gzipped))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    items = list(iter_units(["-"], CONFIG))
    assert _describe(items) == EXPECTED
    assert {item.input for item in items} == {"<stdin>"}


def _key(item: Unit | Result) -> tuple[str | None, str | None]:
    return (item.position, getattr(item, "status", "page"))


@settings(max_examples=30, deadline=None)
@given(gzipped=st.booleans(), chunk=st.integers(50, 5000), damaged=st.booleans())
def test_byte_ranges_give_every_record_once(
    tmp_path_factory: pytest.TempPathFactory, gzipped: bool, chunk: int, damaged: bool
) -> None:
    from newsmodel._warc import iter_warc, split_ranges

    records = _archive(gzipped)
    if damaged:
        broken = bytearray(records[3])
        broken[30:45] = b"\x00" * 15
        records[3] = bytes(broken)
    path = _write(tmp_path_factory.mktemp("split") / "c.warc", records)
    whole = [_key(item) for item in iter_warc(str(path), CONFIG)]
    parts = [
        _key(item)
        for start, end in split_ranges(path.stat().st_size, chunk)
        for item in iter_warc(str(path), CONFIG, start=start, end=end)
    ]
    if damaged:  # every page once; a damaged record is reported by the range it is found in
        assert [k for k in parts if k[1] == "page"] == [k for k in whole if k[1] == "page"]
        assert len(parts) <= len(whole)
    else:
        assert parts == whole


def test_a_windows_1252_page_with_a_byte_python_refuses_reads_as_browsers_read_it(
    tmp_path: Path,
) -> None:
    # ``\x81`` is one of the five bytes Python's cp1252 refuses; browsers read them as C1
    # controls and the rest of the page as declared: its curly quotes and euro sign stay, and
    # nothing says the encoding had to be guessed.
    text = (
        "<html lang='en'><head><title>Prices</title></head><body><article><h1>Prices</h1>"
        "<p>\x93A coffee costs \x803 now,\x94 said the owner of the caf\xe9 "
        "by the station on Thursday.</p><p>stray \x81 byte</p></article></body></html>"
    )
    page = text.encode("latin-1")  # the bytes of Windows-1252: 0x93 and 0x94 are the quotes
    path = _write(
        tmp_path / "crawl.warc",
        [
            warc_record(
                "https://example.org/p", page, content_type="text/html; charset=windows-1252"
            )
        ],
    )
    (result,) = list(iter_parse([path]))
    assert result.article is not None, result.reason
    first = result.article.body[0]
    assert first.text.startswith("\u201cA coffee costs \u20ac3 now,\u201d")
    assert "caf\u00e9" in first.text
    assert [d.code for d in result.article.diagnostics if d.code.startswith("NM35")] == []
