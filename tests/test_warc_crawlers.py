"""Web archives as real crawlers write them: compressed and chunked HTTP bodies, WARC/1.1,
target URIs without a scheme, responses without HTTP headers, charsets that disagree, payloads
served as HTML that are not. Records are written with warcio's own writer or by hand."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tracemalloc
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsmodel._inputs import ReadConfig, Result, Status, Unit, iter_units
from newsmodel.bulk import iter_parse

pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CONFIG = ReadConfig(fmt=None, max_bytes=1 << 20, max_line_bytes=1 << 20)
TITLE = "Café “fermé”"
TEXT = "Le café de la gare a fermé ses portes après quarante ans, a annoncé la mairie jeudi."
PAGE = (
    f"<!DOCTYPE html><html lang='fr'><head><title>{TITLE}</title></head>"
    f"<body><article><h1>{TITLE}</h1><p>{TEXT}</p></article></body></html>"
)
HTML_UTF8 = ("Content-Type", "text/html; charset=utf-8")


def _written(
    uri: str,
    body: bytes,
    http_headers: list[tuple[str, str]] | None,
    *,
    status: str = "200 OK",
    record_type: str = "response",
    version: str = "WARC/1.0",
    warc_headers: dict[str, str] | None = None,
) -> bytes:
    """One gzipped record written by warcio's WARCWriter (which adds both digests)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version=version)
    http = None if http_headers is None else StatusAndHeaders(status, http_headers, "HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        record_type,
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict=warc_headers or {},
    )
    writer.write_record(record)
    return out.getvalue()


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def _by_hand(
    uri: str | None,
    block: bytes,
    *,
    block_type: str | None = "application/http; msgtype=response",
    payload: bytes | None = None,
    record_type: str = "response",
    date: str = "2024-07-24T12:00:00Z",
    extra: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """One uncompressed record, its headers exactly as given."""
    headers = [
        ("WARC-Type", record_type),
        ("WARC-Record-ID", "<urn:uuid:0b7a1c52-5a4e-4f35-9b5e-2f0c2d1e4a11>"),
        ("WARC-Date", date),
    ]
    if uri is not None:
        headers.append(("WARC-Target-URI", uri))
    if block_type is not None:
        headers.append(("Content-Type", block_type))
    headers.append(("WARC-Block-Digest", _sha1(block)))
    if payload is not None:
        headers.append(("WARC-Payload-Digest", _sha1(payload)))
    headers.extend(extra)
    headers.append(("Content-Length", str(len(block))))
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def _http(body: bytes, *headers: tuple[str, str], status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("latin-1") + body


def _chunked(data: bytes, size: int = 40) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def _parse(tmp_path: Path, records: list[bytes], name: str = "crawl.warc.gz") -> list[Result]:
    path = tmp_path / name
    path.write_bytes(b"".join(records))
    return list(iter_parse(path, include_skipped=True))


def _outcome(result: Result) -> tuple[str, str | None]:
    if result.article is not None:
        return ("parsed", f"{result.article.title} | {result.article.text}")
    return (result.status.value, result.reason)


PARSED = ("parsed", f"{TITLE} | {TEXT}")
BODY = PAGE.encode()


# --------------------------------------------------------------------------- HTTP codings


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ([("Content-Encoding", "gzip")], gzip.compress(BODY)),
        ([("Content-Encoding", "x-gzip")], gzip.compress(BODY)),
        ([("Content-Encoding", "GZIP")], gzip.compress(BODY)),
        ([("Content-Encoding", "deflate")], zlib.compress(BODY)),
        ([("Content-Encoding", "deflate")], _raw_deflate(BODY)),
        ([("Content-Encoding", "identity")], BODY),
        ([("Content-Encoding", "gzip")], BODY),  # stored decoded, the header left as sent
        ([("Transfer-Encoding", "chunked")], _chunked(BODY)),
        ([("Transfer-Encoding", "Chunked")], _chunked(BODY)),
        ([("Transfer-Encoding", "chunked")], BODY),  # stored de-chunked
        ([("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")],
         _chunked(gzip.compress(BODY))),
        ([("X-Crawler-Content-Encoding", "gzip"), ("X-Crawler-Transfer-Encoding", "chunked")],
         BODY),  # Common Crawl and StormCrawler: stored decoded, the headers renamed
    ],
    ids=["gzip", "x-gzip", "GZIP", "deflate", "raw-deflate", "identity", "stale-gzip",
         "chunked", "Chunked", "stale-chunked", "chunked-gzip", "x-crawler"],
)  # fmt: skip
def test_bodies_are_decoded_as_the_server_sent_them(
    tmp_path: Path, headers: list[tuple[str, str]], body: bytes
) -> None:
    (result,) = _parse(tmp_path, [_written("https://example.org/a", body, [HTML_UTF8, *headers])])
    assert _outcome(result) == PARSED
    assert result.url == "https://example.org/a"


def _long_page() -> bytes:
    words = [f"mot{index % 997}x{index * 7919 % 1009}" for index in range(3000)]
    return (PAGE.replace(TEXT, " ".join(words))).encode()


LONG = _long_page()
LONG_GZIP = gzip.compress(LONG)
_damaged = bytearray(LONG_GZIP)
_damaged[3:12] = b"\xff" * 9


@pytest.mark.parametrize(
    ("headers", "body", "reason"),
    [
        ([("Content-Encoding", "br")], bytes(range(1, 200)),
         "cannot read payload: Content-Encoding br is not supported (pip install brotli)"),
        ([("Content-Encoding", "zstd")], b"\x28\xb5\x2f\xfd" + bytes(range(1, 200)),
         "cannot read payload: Content-Encoding zstd is not supported"),
        ([("Content-Encoding", "gzip, br")], gzip.compress(BODY),
         "cannot read payload: Content-Encoding gzip, br is not supported"),
        ([("Content-Encoding", "gzip")], LONG_GZIP[: len(LONG_GZIP) // 2],
         "cannot read payload: the gzip body is damaged or cut short"),
        ([("Content-Encoding", "gzip")], bytes(_damaged),
         "cannot read payload: the gzip body is damaged"),
        ([("Transfer-Encoding", "chunked")], _chunked(LONG, 500)[:3000],
         "cannot read payload: the chunked body is cut short"),
        ([("Transfer-Encoding", "chunked")], _chunked(LONG, 500)[:-5],
         "cannot read payload: the chunked body is cut short"),
        ([("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")],
         _chunked(LONG_GZIP, 500)[:900], "cannot read payload: the chunked body is cut short"),
    ],
    ids=["br", "zstd", "gzip-br", "gzip-cut", "gzip-damaged", "chunked-cut",
         "chunked-no-end", "chunked-gzip-cut"],
)  # fmt: skip
def test_a_body_that_cannot_be_decoded_fails_with_the_reason(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    headers: list[tuple[str, str]],
    body: bytes,
    reason: str,
) -> None:
    from warcio.bufferedreaders import BufferedReader

    # The 'warc' extra installs brotli; without it (a user who installed warcio alone) br is
    # a coding nothing decodes.
    decoders = {k: v for k, v in BufferedReader.DECOMPRESSORS.items() if k != "br"}
    monkeypatch.setattr(BufferedReader, "DECOMPRESSORS", decoders)
    monkeypatch.setattr("newsmodel._warc._has_brotli", lambda: False)
    records = [_written("https://example.org/a", body, [HTML_UTF8, *headers])]
    records.append(_written("https://example.org/b", BODY, [HTML_UTF8]))
    first, second = _parse(tmp_path, records)
    assert (first.status, first.reason, first.url) == (
        Status.FAILED,
        reason,
        "https://example.org/a",
    )
    assert _outcome(second) == PARSED


def test_a_brotli_body_is_decoded(tmp_path: Path) -> None:
    """Browser-based crawlers store bodies as the server sent them, often in br."""
    brotli = pytest.importorskip("brotli", reason="the 'warc' extra installs brotli")
    records = [
        _written(
            "https://example.org/a", brotli.compress(BODY), [HTML_UTF8, ("Content-Encoding", "br")]
        )
    ]
    (result,) = _parse(tmp_path, records)
    assert _outcome(result) == PARSED


def test_a_brotli_body_cut_short_fails(tmp_path: Path) -> None:
    brotli = pytest.importorskip("brotli", reason="the 'warc' extra installs brotli")
    packed = brotli.compress(LONG)
    records = [
        _written(
            "https://example.org/a",
            packed[: len(packed) // 2],
            [HTML_UTF8, ("Content-Encoding", "br")],
        )
    ]
    (result,) = _parse(tmp_path, records)
    assert (result.status, result.reason) == (
        Status.FAILED,
        "cannot read payload: the br body is damaged or cut short",
    )


def test_an_image_in_a_coding_nothing_decodes_is_skipped_as_an_image(tmp_path: Path) -> None:
    headers = [("Content-Type", "image/webp"), ("Content-Encoding", "zstd")]
    (result,) = _parse(tmp_path, [_written("https://example.org/i", b"\x28\xb5\x2f\xfd", headers)])
    assert _outcome(result) == ("skipped", "not HTML (image/webp)")


# --------------------------------------------------------------------------- target URIs


@pytest.mark.parametrize(
    ("uri", "url"),
    [
        ("example.org/a", "example.org/a"),
        ("//example.org/a", "//example.org/a"),
        ("HTTPS://EXAMPLE.ORG/a", "HTTPS://EXAMPLE.ORG/a"),
        ("<https://example.org/a>", "https://example.org/a"),
        ("<example.org/a>", "example.org/a"),
    ],
    ids=["no-scheme", "scheme-relative", "capitals", "angle-brackets", "angle-no-scheme"],
)
def test_http_headers_are_read_whatever_the_target_uri(tmp_path: Path, uri: str, url: str) -> None:
    block = _http(BODY, HTML_UTF8)
    (result,) = _parse(tmp_path, [_by_hand(uri, block, payload=BODY)], "crawl.warc")
    assert _outcome(result) == PARSED
    assert result.url == url


@pytest.mark.parametrize("uri", ["example.org/a", "https://example.org/a"])
def test_both_digests_are_still_checked(tmp_path: Path, uri: str) -> None:
    good = _http(BODY, HTML_UTF8)
    records = [
        _by_hand(uri, good, payload=BODY + b" "),  # the payload digest is wrong
        _by_hand(uri, good, payload=BODY).replace(b"gare", b"gars"),  # the bytes are
        _by_hand(uri, good, payload=BODY),
    ]
    outcomes = [_outcome(r) for r in _parse(tmp_path, records, "crawl.warc")]
    assert outcomes == [
        ("failed", "damaged record: payload digest does not match"),
        ("failed", "damaged record: block digest does not match; payload digest does not match"),
        PARSED,
    ]


# --------------------------------------------------------------------------- record kinds


def test_a_response_without_http_headers(tmp_path: Path) -> None:
    records = [
        _by_hand("https://example.org/a", BODY, block_type="text/html; charset=utf-8"),
        _by_hand("https://example.org/b", BODY),  # says application/http: no status line
        _by_hand("https://example.org/c", BODY, block_type=None),
        _by_hand(None, _http(BODY, HTML_UTF8), payload=BODY),  # no WARC-Target-URI
        _by_hand("https://example.org/e", _http(BODY, HTML_UTF8), payload=BODY),
    ]
    results = _parse(tmp_path, records, "crawl.warc")
    assert [_outcome(r) for r in results] == [
        PARSED,
        ("failed", "no HTTP status line"),
        ("failed", "no HTTP status line"),
        PARSED,
        PARSED,
    ]
    assert [r.url for r in results] == [
        "https://example.org/a",
        "https://example.org/b",
        "https://example.org/c",
        None,
        "https://example.org/e",
    ]


def test_warc_1_1_and_its_dates(tmp_path: Path) -> None:
    records = [
        _written(
            "https://example.org/a",
            BODY,
            [HTML_UTF8],
            version="WARC/1.1",
            warc_headers={"WARC-Date": "2024-07-24T12:00:00.123456Z"},
        ),
        _by_hand(
            "https://example.org/b", _http(BODY, HTML_UTF8), payload=BODY,
            date="2024-07-24T12:00:00",
        ),
    ]  # fmt: skip
    results = _parse(tmp_path, records)
    assert [_outcome(r) for r in results] == [PARSED, PARSED]
    assert [r.crawl_time for r in results] == [
        datetime(2024, 7, 24, 12, 0, 0, 123456, tzinfo=UTC),
        datetime(2024, 7, 24, 12, 0, 0, tzinfo=UTC),  # WARC dates are UTC, Z or not
    ]


def test_record_kinds_crawlers_write(tmp_path: Path) -> None:
    html = "text/html; charset=utf-8"
    records = [
        _by_hand("file:///srv/www/index.html", BODY, record_type="resource", block_type=html),
        _by_hand("urn:X-wget:log", b"wget log\n", record_type="resource", block_type="text/plain"),
        _by_hand("https://example.org/a", BODY, record_type="conversion", block_type=html),
        _by_hand("https://example.org/a", b"outlink: https://example.org/b\r\n",
                 record_type="metadata", block_type="application/warc-fields"),
        _by_hand("https://example.org/a", _http(b"", HTML_UTF8), record_type="revisit",
                 extra=(("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/"
                         "identical-payload-digest"),)),
        _by_hand("https://example.org/a",
                 _http(BODY[:90], HTML_UTF8, status="206 Partial Content")),
        _by_hand("https://example.org/a", _http(BODY[:90], HTML_UTF8),
                 extra=(("WARC-Segment-Number", "1"),)),
        _by_hand("https://example.org/a", BODY[90:], record_type="continuation", block_type=None,
                 extra=(("WARC-Segment-Number", "2"),)),
        _by_hand("https://example.org/a", _http(BODY, HTML_UTF8),
                 extra=(("WARC-Truncated", "time"),)),
        _by_hand("https://example.org/a", _http(b"", ("Location", "/b"), status="301 Moved")),
        _by_hand("https://example.org/a", _http(BODY, HTML_UTF8, status="404 Not Found")),
        _by_hand("https://example.org/a", _http(BODY, HTML_UTF8, status="503 Unavailable")),
        _by_hand("dns:example.org", b"20240724120000\nexample.org. 60 IN A 192.0.2.1\n",
                 block_type="text/dns"),
    ]  # fmt: skip
    assert [_outcome(r) for r in _parse(tmp_path, records, "crawl.warc")] == [
        PARSED,
        ("skipped", "not HTML (text/plain)"),
        ("skipped", "conversion record"),
        ("skipped", "metadata record"),
        ("skipped", "revisit record"),
        ("skipped", "HTTP status 206 (a part of the page)"),
        ("skipped", "segmented record (one part of a payload)"),
        ("skipped", "continuation record"),
        ("skipped", "truncated record (time)"),
        ("skipped", "HTTP status 301"),
        ("skipped", "HTTP status 404"),
        ("skipped", "HTTP status 503"),
        ("skipped", "not HTML (text/dns)"),
    ]


# --------------------------------------------------------------------------- charsets


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=iso-8859-1",  # a server's default, the page in UTF-8
         PAGE.replace("<title>", "<meta charset='utf-8'><title>").encode()),
        ("text/html; charset=windows-1252", BODY),
        ("text/html; charset=iso-8859-1", PAGE.encode("cp1252")),  # read as browsers do
        ("text/html; charset=US-ASCII", PAGE.encode("cp1252")),
        ("text/html; charset=iso-8859-1", b"\xef\xbb\xbf" + BODY),  # a byte order mark wins
        ("text/html; charset=iso-8859-1", PAGE.encode("utf-16")),
        ("text/html; charset=utf-8",
         PAGE.replace("<title>", "<meta charset='windows-1252'><title>").encode("cp1252")),
        ("text/html", PAGE.replace("<title>", "<meta charset='windows-1252'><title>").encode(
            "cp1252")),
        ("text/html; charset=none", BODY),
        ('text/html; charset="UTF-8"', BODY),
    ],
    ids=["latin1-utf8", "cp1252-utf8", "latin1-cp1252", "ascii-cp1252", "bom-utf8", "bom-utf16",
         "utf8-meta-cp1252", "meta-cp1252", "unknown", "quoted"],
)  # fmt: skip
def test_charsets(tmp_path: Path, content_type: str, body: bytes) -> None:
    record = _written("https://example.org/a", body, [("Content-Type", content_type)])
    (result,) = _parse(tmp_path, [record])
    assert _outcome(result) == PARSED


def test_a_page_in_another_encoding_keeps_its_label(tmp_path: Path) -> None:
    title, text = "東京の天気", "東京の天気は晴れです。気象庁が発表しました。"
    body = PAGE.replace(TITLE, title).replace(TEXT, text).encode("shift_jis")
    record = _written("https://example.org/a", body, [("Content-Type", "text/html; charset=SJIS")])
    (unit,) = iter_units([_save(tmp_path, record)], CONFIG)
    assert isinstance(unit, Unit)
    assert unit.charset == "SJIS"  # the label; the HTML reader reads it as cp932, as browsers do
    (result,) = _parse(tmp_path, [record])
    assert _outcome(result) == ("parsed", f"{title} | {text}")


def _save(tmp_path: Path, record: bytes) -> Path:
    path = tmp_path / "one.warc.gz"
    path.write_bytes(record)
    return path


# --------------------------------------------------------------------------- not HTML


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "not HTML (a PDF document)"),
        (b'  {"status": "ok", "items": [{"id": 1, "title": "Caf\\u00e9"}]}', "not HTML (JSON)"),
        (b'[{"id": 1}]', "not HTML (JSON)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "not HTML (a JPEG image)"),
        (b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Feed'
         b"</title></channel></rss>", "not HTML (a feed)"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
         b"</feed>", "not HTML (a feed)"),
    ],
    ids=["pdf", "json-object", "json-array", "jpeg", "rss", "atom"],
)  # fmt: skip
def test_payloads_served_as_html_that_are_not(tmp_path: Path, body: bytes, reason: str) -> None:
    record = _written("https://example.org/a", body, [HTML_UTF8])
    (result,) = _parse(tmp_path, [record])
    assert (result.status, result.reason) == (Status.SKIPPED, reason)


def test_xhtml_and_a_warning_before_the_markup_are_pages(tmp_path: Path) -> None:
    xhtml = f'<?xml version="1.0" encoding="utf-8"?>\n{PAGE[15:]}'.encode()
    warned = b"<br />\n<b>Warning</b>: session_start() failed<br />\n" + BODY
    records = [
        _written("https://example.org/a", xhtml, [("Content-Type", "application/xhtml+xml")]),
        _written("https://example.org/b", warned, [HTML_UTF8]),
    ]
    assert [_outcome(r)[0] for r in _parse(tmp_path, records)] == ["parsed", "parsed"]


# --------------------------------------------------------------------------- the command


def test_the_command_counts_and_reports_every_record(tmp_path: Path) -> None:
    records = [
        _written("https://example.org/1", gzip.compress(BODY),
                 [HTML_UTF8, ("Content-Encoding", "gzip")]),
        _written("https://example.org/2", b"\x28\xb5\x2f\xfd\x00",
                 [HTML_UTF8, ("Content-Encoding", "zstd")]),
        _written("https://example.org/3", b'{"a": 1}', [HTML_UTF8]),
        _written("https://example.org/4", b"", [HTML_UTF8], record_type="revisit",
                 warc_headers={"WARC-Date": "2024-07-24T12:00:00.5Z"}),
        _by_hand("example.org/5", _http(BODY, HTML_UTF8), payload=BODY),
    ]  # fmt: skip
    source = tmp_path / "crawl.warc.gz"
    source.write_bytes(b"".join(gzip.compress(r) if r.startswith(b"WARC/") else r for r in records))
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "newsmodel", "parse", str(source), "--to", "jsonl",
         "-o", str(out), "--errors", str(errors)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.stderr.splitlines()[-1] == "newsmodel: read 5, parsed 2, failed 1, skipped 2"
    articles = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(a["url"], a["title"]) for a in articles] == [
        ("https://example.org/1", TITLE),
        ("example.org/5", TITLE),
    ]
    report = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert [(r["status"], r["reason"], r["url"]) for r in report] == [
        ("failed", "cannot read payload: Content-Encoding zstd is not supported",
         "https://example.org/2"),
        ("skipped", "not HTML (JSON)", "https://example.org/3"),
        ("skipped", "revisit record", "https://example.org/4"),
    ]  # fmt: skip
    assert report[2]["crawl_time"] == "2024-07-24T12:00:00.500000+00:00"


# --------------------------------------------------------------------------- memory


def _peak(path: Path) -> int:
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_units([path], CONFIG))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count > 0
    return peak


def test_memory_stays_flat_over_thousands_of_records(tmp_path: Path) -> None:
    kinds = [
        _written("https://example.org/g", gzip.compress(LONG),
                 [HTML_UTF8, ("Content-Encoding", "gzip")]),
        _written("https://example.org/c", _chunked(LONG, 4096),
                 [HTML_UTF8, ("Transfer-Encoding", "chunked")]),
        _written("https://example.org/p", b"\x89PNG\r\n\x1a\n" * 500,
                 [("Content-Type", "image/png")]),
        _written("https://example.org/r", b"", [HTML_UTF8], record_type="revisit"),
    ]  # fmt: skip
    small, large = tmp_path / "small.warc.gz", tmp_path / "large.warc.gz"
    small.write_bytes(b"".join(kinds * 50))
    large.write_bytes(b"".join(kinds * 1000))
    assert _peak(large) < _peak(small) + (256 << 10)
