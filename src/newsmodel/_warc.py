"""Reading web archives (WARC and WARC.gz) through warcio, record by record.

Each HTML response becomes a unit whose URL is ``WARC-Target-URI``, whose crawl time is
``WARC-Date`` and whose charset comes from the HTTP ``Content-Type``. Requests, metadata,
revisits, redirects, non-HTML payloads and truncated records are skipped with the reason. A
record that cannot be read (a corrupt gzip member, a ``Content-Length`` that does not match the
data, a digest that does not match) is reported as failed, and reading resumes at the next
record found after it.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr
from datetime import UTC, datetime
from typing import IO, Any

from dateutil.parser import isoparse

from newsmodel._inputs import (
    FILE_SIGNATURES,
    ReadConfig,
    Result,
    Status,
    Unit,
)

__all__ = ["iter_warc", "split_ranges", "warc_record"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET = re.compile(r"""charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;,"']+))""", re.I)
_HTML_SNIFF = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTTP_BLOCK = re.compile(r"\s*(application|message)/http\b", re.I)
_FEED = re.compile(rb"^\s*<\?xml[^>]*>\s*(<[?!][^>]*>\s*)*<(rss|feed|rdf:RDF)\b", re.S)
# Content codings: the names warcio's decoders go by, and those that mean no coding at all.
_CODINGS = {"x-gzip": "gzip"}
_IDENTITY = frozenset({"", "identity", "none"})
# Where a record may start: a gzip member (WARC.gz) or a WARC version line (plain WARC).
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/1."
_SCAN_CHUNK = 1 << 20
_NEEDS_WARCIO = "reading WARC needs warcio: pip install 'newsmodel[warc]'"


def iter_warc(
    source: str | IO[bytes],
    config: ReadConfig,
    *,
    name: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> Iterator[Unit | Result]:
    """Yield a unit for each HTML response of the WARC file ``source`` (a path, or a seekable
    binary file named ``name``), and a skipped or failed result for every other record, in file
    order. With ``start``/``end``, only the records that start in that byte range: the ranges
    of a split file give each record exactly once (how Spark spreads one file over tasks)."""
    path = name or (source if isinstance(source, str) else "<warc>")
    try:
        iterator_class = _iterator_class()
    except ImportError:
        yield Result(path, None, Status.FAILED, reason=_NEEDS_WARCIO)
        return
    try:
        raw = open(source, "rb") if isinstance(source, str) else source  # noqa: SIM115
    except OSError as exc:
        yield Result(path, None, Status.FAILED, reason=f"cannot read: {exc.strerror or exc}")
        return
    try:
        gzipped = raw.read(2) == b"\x1f\x8b"
        with redirect_stderr(io.StringIO()):
            position = _first_record(raw, start, gzipped, iterator_class) if start else 0
        while position is not None and (end is None or position < end):
            raw.seek(position)
            iterator = iterator_class(raw, check_digests=True)
            offset = position
            try:
                for record in _quiet(iterator):
                    offset = iterator.offset
                    if end is not None and offset >= end:
                        return
                    with redirect_stderr(io.StringIO()):
                        outcome = _from_record(record, iterator, path, offset, config)
                    yield outcome
                    if isinstance(outcome, Result) and _is_framing_problem(outcome):
                        # The record's framing is wrong: find the next one by its marker.
                        break
                else:
                    return
            except Exception as exc:  # warcio raises bare Exceptions for framing errors
                # warcio's offset can fall before the record it started at (negative, even,
                # after a gzip member shorter than the length its header gives): the damaged
                # record is then the one reading started at, and the next is searched after it.
                offset = max(iterator.offset, offset)
                if end is not None and offset >= end:
                    return  # the next range's record: reported there
                reason = f"corrupt record: {_one_line(exc) or type(exc).__name__}"
                yield Result(path, f"offset {offset}", Status.FAILED, reason=reason)
            position = _resync(raw, offset + 1, gzipped)
    finally:
        if isinstance(source, str):
            raw.close()


def _quiet(iterator: Any) -> Iterator[Any]:
    """The records of warcio's ``iterator``, read with stderr set aside: warcio writes its own
    lines there (``Error -3 while decompressing data``; ``Replacing spaces in invalid
    WARC-Target-URI`` through logging's last-resort handler), and the results already say what
    is wrong. Only warcio's own calls are quietened, never the caller's code between records;
    a logging handler the application set up still gets warcio's warnings."""
    records = iter(iterator)
    while True:
        with redirect_stderr(io.StringIO()):
            record = next(records, None)
        if record is None:
            return
        yield record


def _is_framing_problem(result: Result) -> bool:
    return result.status is Status.FAILED and (result.reason or "").startswith(_FRAMING_PREFIX)


_FRAMING_PREFIX = "damaged record"


def _from_record(
    record: Any, iterator: Any, path: str, offset: int, config: ReadConfig
) -> Result | Unit:
    """The unit or result of one record, reading its payload (bounded by ``max_bytes``)."""
    position = f"offset {offset}"
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI")
    crawl_time = _warc_date(headers.get_header("WARC-Date"))
    kind = record.rec_type

    def result(status: Status, reason: str) -> Result:
        return Result(
            path, position, status, reason=_printable(reason), url=uri, crawl_time=crawl_time
        )

    def skipped(reason: str) -> Result:
        _drain(iterator)
        return result(Status.SKIPPED, reason)

    if kind == "revisit":
        return skipped("revisit record")
    if kind not in ("response", "resource"):
        return skipped(f"{kind} record")
    truncated = headers.get_header("WARC-Truncated")
    if truncated:
        return skipped(f"truncated record ({truncated})")
    if headers.get_header("WARC-Segment-Number"):
        return skipped("segmented record (one part of a payload)")
    http = record.http_headers
    if kind == "response" and http is not None:
        if not http.protocol.upper().startswith("HTTP/"):
            return _after_drain(result, record, iterator, Status.FAILED, "no HTTP status line")
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return skipped(f"HTTP status {status or 'unknown'}")
        if status == "206":
            return skipped("HTTP status 206 (a part of the page)")
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = headers.get_header("Content-Type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type and media_type not in _HTML_TYPES:  # its framing checked, as a page's is
        return _after_drain(result, record, iterator, Status.SKIPPED, f"not HTML ({media_type})")
    stream, coding = _payload_stream(record, iterator.dechunker)
    try:
        data = stream.read(config.max_bytes + 1)
        too_large = len(data) > config.max_bytes
        _drain(iterator)
    except Exception as exc:  # warcio's decoders raise what zlib and brotli raise
        reason = f"cannot read payload: {_one_line(exc) or type(exc).__name__}"
        return result(Status.FAILED, reason)
    problems = _problems(record, iterator)
    if problems:
        return result(Status.FAILED, f"{_FRAMING_PREFIX}: {problems}")
    if not media_type and not _HTML_SNIFF.match(data[:4096]):
        return result(Status.SKIPPED, "not HTML (no content type)")
    if too_large:
        reason = f"too large: payload over the limit of {config.max_bytes} bytes"
        return result(Status.FAILED, reason)
    undecoded = _undecoded(stream, coding, data)
    if undecoded:
        return result(Status.FAILED, f"cannot read payload: {undecoded}")
    if not data.strip():
        return result(Status.SKIPPED, "empty payload")
    other = _other_payload(data)
    if other:
        return result(Status.SKIPPED, f"not HTML ({other})")
    from newsmodel.formats import Format

    return Unit(
        path,
        position,
        data,
        config.fmt or Format.HTML,
        url=uri,
        crawl_time=crawl_time,
        charset=_charset(content_type),
    )


def _after_drain(
    result: Callable[[Status, str], Result],
    record: Any,
    iterator: Any,
    status: Status,
    reason: str,
) -> Result:
    """``status`` with ``reason`` once the record is read to its end, or failed with the
    record's framing problems when it has any."""
    _drain(iterator)
    problems = _problems(record, iterator)
    if problems:
        return result(Status.FAILED, f"{_FRAMING_PREFIX}: {problems}")
    return result(status, reason)


def _payload_stream(record: Any, dechunker: type[Any]) -> tuple[Any, str]:
    """The record's payload as the server meant it, and its ``Content-Encoding`` (lower case,
    ``""`` for none): de-chunked when the HTTP ``Transfer-Encoding`` says ``chunked`` (in any
    case), decompressed when the coding is one warcio decodes (``x-gzip`` is ``gzip``). An
    unknown coding leaves the bytes as stored, for :func:`_undecoded` to judge."""
    http = record.http_headers
    if http is None:
        return record.raw_stream, ""
    coding = (http.get_header("Content-Encoding") or "").strip().lower()
    decoder = _CODINGS.get(coding, coding)
    if decoder not in _decoders():
        decoder = None
    chunked = "chunked" in (http.get_header("Transfer-Encoding") or "").lower()
    if not (chunked or decoder):
        return record.raw_stream, coding
    from warcio.bufferedreaders import BufferedReader

    reader = dechunker if chunked else BufferedReader
    return reader(record.raw_stream, decomp_type=decoder), coding


def _undecoded(stream: Any, coding: str, data: bytes) -> str:
    """Why the payload read from ``stream`` is not the page: a coding nothing here decodes, a
    compressed body that is damaged or cut short, a chunked body cut short. A body stored
    decoded under a stale ``Content-Encoding`` is the page (warcio reads it as stored)."""
    if hasattr(stream, "cut_short") and stream.cut_short():
        return "the chunked body is cut short"
    if coding in _IDENTITY:
        return ""
    decoder = getattr(stream, "decompressor", None)
    if decoder is not None:
        if getattr(decoder, "eof", True) is False:
            return f"the {coding} body is damaged or cut short"
        return ""
    if _HTML_SNIFF.match(data[:4096]):
        return ""  # stored decoded
    if coding in _CODINGS or coding in _decoders():
        return f"the {coding} body is damaged"
    hint = " (pip install brotli)" if coding == "br" else ""
    return f"Content-Encoding {coding} is not supported{hint}"


def _decoders() -> Any:
    from warcio.bufferedreaders import BufferedReader

    return BufferedReader.get_supported_decompressors()


def _other_payload(data: bytes) -> str | None:
    """What a payload served as HTML is when it plainly is something else: JSON, a feed, a
    binary file. Anything that may be a page (text before the markup, a server's warning
    first) is left to the HTML reader."""
    head = data[:64].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith(b"<"):
        if head.startswith(b"<?xml") and _FEED.match(data[:4096]):
            return "a feed"
        return None
    if head[:1] in (b"{", b"["):
        return "JSON"
    for magic, what in FILE_SIGNATURES:
        if head.startswith(magic):
            return what
    return None


def _charset(content_type: str) -> str | None:
    """The charset label of an HTTP ``Content-Type`` as the server wrote it, for the HTML
    reader to weigh against a byte-order mark and the page's own declaration
    (:attr:`newsmodel.options.ParseOptions.charset`), reporting what disagrees."""
    match = _CHARSET.search(content_type)
    if match is None:
        return None
    return next(group for group in match.groups() if group is not None).strip() or None


def _drain(iterator: Any) -> None:
    """Read the rest of the current record so that its digests and framing are checked."""
    iterator.read_to_end()


def _problems(record: Any, iterator: Any) -> str:
    found: list[str] = []
    for problem in getattr(record.digest_checker, "problems", ()) or ():
        text = str(problem)
        kind = "block" if "block" in text else "payload" if "payload" in text else "a"
        found.append(f"{kind} digest does not match")
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        found.append(f"the data ends {missing} bytes before its Content-Length")
    if iterator.length_problem is not None:
        found.append("no blank line after the record (its Content-Length is wrong)")
        iterator.length_problem = None
    return "; ".join(found)


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = isoparse(value)
    except (ValueError, OverflowError):
        return None
    # WARC dates are UTC; a writer that leaves out the Z means UTC too.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _printable(text: str) -> str:
    """``text`` on one line, with characters that cannot be printed (from damaged headers) as
    ``?``."""
    return "".join(ch if ch.isprintable() else "?" for ch in " ".join(text.split()))[:300]


def _one_line(exc: BaseException) -> str:
    """The exception's message on one printable line (warcio quotes the damaged bytes)."""
    return _printable(str(exc).split(", first line:", 1)[0])[:200]


def _first_record(fh: IO[bytes], start: int, gzipped: bool, iterator_class: Any) -> int | None:
    """The offset of the first record that starts at or after ``start``: a marker whose record
    header reads (a gzip magic number can also occur inside compressed data)."""
    position: int | None = start
    while position is not None:
        candidate = _resync(fh, position, gzipped)
        if candidate is None:
            return None
        fh.seek(candidate)
        try:
            next(iter(iterator_class(fh)))
        except Exception:  # not a record: look further
            position = candidate + 1
        else:
            return candidate
    return None  # pragma: no cover


def split_ranges(size: int, chunk: int) -> list[tuple[int, int | None]]:
    """Byte ranges that split a file of ``size`` bytes into parts of about ``chunk`` bytes."""
    if size <= chunk:
        return [(0, None)]
    starts = list(range(0, size, chunk))
    return [
        (begin, starts[i + 1] if i + 1 < len(starts) else None) for i, begin in enumerate(starts)
    ]


def _resync(fh: IO[bytes], start: int, gzipped: bool) -> int | None:
    """The offset of the next record marker at or after ``start``, or ``None`` at the end. A
    ``WARC/1.`` marker counts only at the start of a line, so the byte before is read too."""
    marker = _GZIP_MEMBER if gzipped else _WARC_LINE
    position = max(0, start - 1)
    tail = b""
    while True:
        fh.seek(position)
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        window = tail + chunk
        base = position - len(tail)
        found = 0
        while True:
            index = window.find(marker, found)
            if index < 0:
                break
            at = base + index
            at_line_start = at == 0 or (index > 0 and window[index - 1 : index] == b"\n")
            if (gzipped or at_line_start) and at >= start:
                return at
            found = index + 1
        tail = window[-len(marker) :]
        position += len(chunk)


class _BrotliDecoder:
    """warcio's ``br`` decoder, for brotli 1.1 and later: warcio's own sets ``unused_data`` on
    brotli's ``Decompressor``, which takes no new attributes, so every ``br`` body failed with
    an ``AttributeError``."""

    unused_data = b""

    def __init__(self) -> None:
        import brotli  # type: ignore[import-untyped]

        self._decoder = brotli.Decompressor()

    def decompress(self, data: bytes) -> bytes:
        return bytes(self._decoder.process(data))

    def flush(self) -> bytes:
        return b""

    @property
    def eof(self) -> bool:
        """Whether the body ended as a brotli stream ends (else it was cut short)."""
        return bool(self._decoder.is_finished())


def _has_brotli() -> bool:
    try:
        import brotli  # noqa: F401
    except ImportError:
        return False
    return True


def _iterator_class() -> type[Any]:
    """warcio's ArchiveIterator, made quiet: it writes length warnings to stderr; here they
    become ``length_problem`` for the caller to report."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import BufferedReader, ChunkedDataReader
    from warcio.recordloader import ArcWarcRecordLoader

    if _has_brotli():
        BufferedReader.DECOMPRESSORS["br"] = _BrotliDecoder

    class _Loader(ArcWarcRecordLoader):  # type: ignore[misc]
        """Reads a record's HTTP headers when its block is an HTTP message, as its WARC
        ``Content-Type`` says (``application/http``), whatever the ``WARC-Target-URI``: warcio
        looks only for an ``http:`` or ``https:`` URI, so a URI without a scheme, or with one in
        capitals, had its HTTP headers read as payload (and a payload digest that could not
        match), and a ``text/html`` response block had its first lines read as HTTP headers.
        Without a ``Content-Type``, warcio's rule stands."""

        block_is_http: bool | None = None

        def _ensure_target_uri_format(self, rec_headers: Any) -> Any:
            block_type = rec_headers.get_header("Content-Type")
            self.block_is_http = (
                None if block_type is None else _HTTP_BLOCK.match(block_type) is not None
            )
            return super()._ensure_target_uri_format(rec_headers)

        def load_http_headers(self, rec_type: str, uri: Any, stream: Any, length: Any) -> Any:
            block_is_http, self.block_is_http = self.block_is_http, None
            if block_is_http is not None:
                uri = "http:" if block_is_http else ""
            return super().load_http_headers(rec_type, uri or "", stream, length)

    class _Dechunker(ChunkedDataReader):  # type: ignore[misc]
        """warcio's de-chunking reader, which also tells a body cut short (warcio reads the
        part there is as if it were the whole) from one that ends as chunked bodies end."""

        chunks = 0
        last_size = -1

        def _try_decode(self, length_header: bytes) -> None:
            super()._try_decode(length_header)
            self.chunks += 1
            self.last_size = int(length_header[:-2].split(b";")[0], 16)

        def cut_short(self) -> bool:
            if self.not_chunked:  # a chunk, then no size line: the rest was read as stored
                return self.chunks > 0
            return not self.all_chunks_read or self.last_size != 0

    class _QuietIterator(ArchiveIterator):  # type: ignore[misc]
        length_problem: int | None = None
        dechunker = _Dechunker

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.loader = _Loader(verify_http=False, arc2warc=False)  # as warcio's defaults

        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            empty_size = 0
            first_line = True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                stripped = line.rstrip()
                if len(stripped) == 0 or first_line:
                    empty_size += len(line)
                    if len(stripped) != 0:
                        self.length_problem = self.offset
                        self.err_count += 1
                    first_line = False
                    continue
                return line, empty_size

    return _QuietIterator


def warc_record(
    uri: str,
    payload: bytes,
    *,
    date: str = "2024-07-24T12:00:00Z",
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    record_type: str = "response",
    extra_headers: tuple[tuple[str, str], ...] = (),
    gzipped: bool = False,
) -> bytes:
    """One WARC/1.0 record with its digests: a ``response`` (HTTP headers and ``payload``), or
    another type whose block is ``payload``. Used to build test and benchmark archives without
    warcio's writer."""
    if record_type == "response":
        http_head = (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n"
        )
        block = http_head.encode("ascii") + payload
        block_type = "application/http; msgtype=response"
    else:
        block, block_type = payload, content_type
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{record_type} {uri} {date}")
    headers = [
        ("WARC-Type", record_type),
        ("WARC-Record-ID", f"<urn:uuid:{record_id}>"),
        ("WARC-Date", date),
        ("WARC-Target-URI", uri),
        ("Content-Type", block_type),
        ("WARC-Block-Digest", _sha1(block)),
    ]
    if record_type == "response":
        headers.append(("WARC-Payload-Digest", _sha1(payload)))
    headers.extend(extra_headers)
    headers.append(("Content-Length", str(len(block))))
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    record = head.encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(record, compresslevel=6, mtime=0) if gzipped else record


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")
