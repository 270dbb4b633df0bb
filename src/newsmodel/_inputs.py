"""Turning bulk sources into units of work: one document, one JSON Lines line, one WARC record.

A source is a path, a folder (walked recursively), a glob, ``-`` (standard input), an open file,
a decoded JSON record (a ``dict``) or a :class:`Record`. Reading is lazy and bounded: files are
opened one at a time, JSON Lines are read line by line with a length limit, WARC files record by
record, so memory does not grow with the number of inputs. Anything that cannot be read becomes a
failed :class:`Result` in its place in the stream, never an exception.
"""

from __future__ import annotations

import enum
import glob
import gzip
import io
import json
import os
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath
from typing import IO, Any, cast

from newsmodel.formats import Format
from newsmodel.models import Article

__all__ = [
    "FILE_SIGNATURES",
    "GZIP_MAGIC",
    "ReadConfig",
    "Record",
    "Result",
    "Status",
    "Unit",
    "display_name",
    "failed_from",
    "iter_units",
    "one_line",
]


class Status(str, enum.Enum):
    """What became of one input."""

    PARSED = "parsed"
    """It became an article."""
    FAILED = "failed"
    """It could not be read or parsed; ``reason`` says why."""
    SKIPPED = "skipped"
    """It is not an article by design (a WARC request, a redirect, an image); ``reason`` says
    what it is."""


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one input of :func:`newsmodel.iter_parse`."""

    input: str
    """The name of the input: a path, ``<stdin>``, ``<record 3>``."""
    position: str | None
    """Where in the input, for inputs that hold many articles: ``line 12`` (JSON Lines) or
    ``offset 40960`` (byte offset of a WARC record); ``None`` for a whole file."""
    status: Status
    """Parsed, failed or skipped."""
    article: Article | None = None
    """The article, when parsed."""
    reason: str | None = None
    """One line saying why it failed or was skipped."""
    url: str | None = None
    """The URL the input came from, when known (``WARC-Target-URI``)."""
    crawl_time: datetime | None = None
    """When the page was fetched, when known (``WARC-Date``)."""
    payload: Any = field(default=None, repr=False, compare=False)
    """Internal: the article already encoded for an output, when the caller asked for that."""

    @property
    def ok(self) -> bool:
        """True when the input became an article."""
        return self.status is Status.PARSED

    @property
    def name(self) -> str:
        """The input and position, as ``file:line 3``, for messages."""
        return f"{self.input}:{self.position}" if self.position else self.input


@dataclass(frozen=True, slots=True)
class Record:
    """One document given as data rather than as a file."""

    data: str | bytes
    """The document."""
    name: str | None = None
    """Its name in results and reports (default ``<record N>``)."""
    format: Format | str | None = None
    """Its format; ``None`` detects it."""
    url: str | None = None
    """The URL it was fetched from."""
    crawl_time: datetime | None = None
    """When it was fetched."""
    charset: str | None = None
    """The charset its HTTP ``Content-Type`` declared, for HTML given as bytes
    (:attr:`newsmodel.options.ParseOptions.charset`)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """Internal: one document to parse, as read from its source."""

    input: str
    position: str | None
    data: bytes | str | dict[str, Any]
    fmt: Format | None = None
    hint: str | None = None
    """A file name whose extension breaks ties in format detection."""
    url: str | None = None
    crawl_time: datetime | None = None
    charset: str | None = None

    @property
    def size(self) -> int:
        """Approximate size in bytes, for batching."""
        return len(self.data) if isinstance(self.data, bytes | str) else 1024


@dataclass(frozen=True, slots=True)
class ReadConfig:
    """Internal: how sources are read."""

    fmt: Format | None
    """The format of documents, or ``None`` to detect it."""
    max_bytes: int
    """Largest document (or decompressed document) read."""
    max_line_bytes: int
    """Longest JSON Lines line read; longer lines are reported and skipped over."""
    exclude: frozenset[tuple[int, int]] = frozenset()
    """Files and folders left out, as ``(st_dev, st_ino)``: the run's own outputs, which a
    folder being read may hold (read back, a growing output would be read forever)."""


_GLOB_CHARS = re.compile(r"[*?\[]")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_WARC_SUFFIXES = (".warc", ".arc")
# Two JSON objects on consecutive lines: the document may be JSON Lines named .json.
_JSONL_HINT = re.compile(rb"\}[ \t\r]*\n[ \t\r\n]*\{")
GZIP_MAGIC = b"\x1f\x8b"
FILE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a WebP image, WAV sound or AVI video"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (GZIP_MAGIC, "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"(\xb5/\xfd", "zstd data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"WARC/", "a WARC web archive"),
)
"""First bytes of files that turn up where articles are expected (in folders of articles, as
payloads served as HTML, as files given to validate or to ``parse_html``), and what they are:
the one table every reader names them by."""
_CHUNK = 1 << 20


def iter_units(sources: Iterable[Any], config: ReadConfig) -> Iterator[Unit | Result]:
    """Yield a :class:`Unit` for each document of ``sources``, or a failed :class:`Result` in
    its place when it cannot be read, in source order."""
    for index, source in enumerate(sources, start=1):
        if isinstance(source, str | os.PathLike):
            path = os.fspath(source)
            if isinstance(path, bytes):
                path = os.fsdecode(path)
            if path == "-":
                yield from _iter_stream(sys.stdin.buffer, "<stdin>", config)
            else:
                yield from _iter_path(path, config)
        elif isinstance(source, Record):
            yield _record_unit(source, index, config)
        elif isinstance(source, bytes | bytearray):
            yield Unit(f"<record {index}>", None, bytes(source), config.fmt)
        elif isinstance(source, dict):
            yield Unit(f"<record {index}>", None, source, config.fmt or Format.JSON)
        elif hasattr(source, "read"):
            name = getattr(source, "name", None)
            yield from _iter_stream(
                source, name if isinstance(name, str) else f"<stream {index}>", config
            )
        else:
            yield _failed(f"<record {index}>", None, f"unsupported source {type(source).__name__}")


def _record_unit(record: Record, index: int, config: ReadConfig) -> Unit:
    fmt = Format(record.format) if record.format not in (None, "auto") else config.fmt
    return Unit(
        record.name or f"<record {index}>",
        None,
        record.data,
        fmt,
        url=record.url,
        crawl_time=record.crawl_time,
        charset=record.charset,
    )


def failed_from(item: Unit | Result, reason: str) -> Result:
    """A failed result, for ``reason``, of the input ``item`` stands for (a unit, or a result)."""
    return Result(
        item.input,
        item.position,
        Status.FAILED,
        reason=reason,
        url=item.url,
        crawl_time=item.crawl_time,
    )


def _failed(name: str, position: str | None, reason: str) -> Result:
    return Result(name, position, Status.FAILED, reason=reason)


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower() if exc.strerror else str(exc)


def _iter_path(path: str, config: ReadConfig) -> Iterator[Unit | Result]:
    if _GLOB_CHARS.search(path) and not os.path.lexists(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield _failed(path, None, "no file matches this pattern")
        # As in folders, links to folders are left out (``**`` follows them, into loops);
        # and a file that a pattern matches twice (``in/**`` gives ``in/`` and then each
        # file in it) is read once, where it is first met.
        fixed = len(_fixed_prefix(path))
        links = _LinkCache()
        seen: set[tuple[int, int]] = set()
        for match in matches:
            if not links.through_link(match, fixed):
                yield from _iter_existing(match, config, seen)
    else:
        yield from _iter_existing(path, config)


def _fixed_prefix(pattern: str) -> list[str]:
    """The parts of a glob ``pattern`` before its first wildcard."""
    parts = pattern.split(os.sep)
    for index, part in enumerate(parts):
        if _GLOB_CHARS.search(part):
            return parts[:index]
    return parts


class _LinkCache:
    """Which folders of glob matches are symbolic links to folders, each asked once."""

    def __init__(self) -> None:
        self._known: dict[str, bool] = {}

    def through_link(self, match: str, fixed: int) -> bool:
        """True when ``match``, or a folder on its path past the pattern's first ``fixed``
        parts, is a link to a folder."""
        parts = match.rstrip(os.sep).split(os.sep)
        for end in range(fixed + 1, len(parts) + 1):
            prefix = os.sep.join(parts[:end])
            linked = self._known.get(prefix)
            if linked is None:
                linked = os.path.islink(prefix) and os.path.isdir(prefix)
                self._known[prefix] = linked
            if linked:
                return True
        return False


def _iter_existing(
    path: str, config: ReadConfig, seen: set[tuple[int, int]] | None = None
) -> Iterator[Unit | Result]:
    try:
        st = os.stat(path)
    except OSError as exc:
        yield _failed(path, None, _os_reason(exc))
        return
    identity = (st.st_dev, st.st_ino)
    if config.exclude and identity in config.exclude:
        return
    if seen is not None:
        if identity in seen:
            return
        seen.add(identity)
    if os.path.isdir(path):
        yield from _walk(path, config, seen)
    elif os.path.isfile(path):
        yield from _iter_file(path, st.st_size, config)
    else:
        yield _failed(path, None, "not a regular file")


def _walk(
    folder: str, config: ReadConfig, seen: set[tuple[int, int]] | None = None
) -> Iterator[Unit | Result]:
    """Files under ``folder`` in name order, depth first; hidden names (``.x``) and symbolic
    links to folders are left out (a link to a parent folder would be read forever)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield _failed(folder, None, f"cannot list folder: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            linked_dir = not is_dir and entry.is_symlink() and entry.is_dir()
        except OSError:
            is_dir = linked_dir = False
        if linked_dir:
            continue
        if is_dir:
            if config.exclude and _identity(entry) in config.exclude:
                continue
            yield from _walk(entry.path, config, seen)
        else:
            yield from _iter_existing(entry.path, config, seen)


def _identity(entry: os.DirEntry[str]) -> tuple[int, int] | None:
    try:
        st = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def container_kind(name: str) -> tuple[str, bool]:
    """``(kind, gzipped)`` of a file by its name: kind is ``warc``, ``jsonl`` or ``document``."""
    lower = name.lower()
    gzipped = lower.endswith(".gz")
    base = lower[:-3] if gzipped else lower
    if base.endswith(_WARC_SUFFIXES):
        return "warc", gzipped
    if base.endswith(_JSONL_SUFFIXES):
        return "jsonl", gzipped
    return "document", gzipped


def _iter_file(path: str, size: int, config: ReadConfig) -> Iterator[Unit | Result]:
    kind, gzipped = container_kind(path)
    if kind == "warc":
        from newsmodel._warc import iter_warc

        yield from iter_warc(path, config)
        return
    if (
        kind == "document"
        and not gzipped
        and size > config.max_bytes
        and not (config.fmt in (None, Format.JSON) and _head_is_jsonl(path))
    ):
        yield _failed(path, None, _too_large(size, config.max_bytes))
        return
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, also when the consumer stops
    except OSError as exc:
        yield _failed(path, None, f"cannot read: {_os_reason(exc)}")
        return
    try:
        fh = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")) if gzipped else raw
        hint = path[:-3] if gzipped else path
        if kind == "jsonl":
            yield from _iter_lines(fh, path, config)
        else:
            yield from _document(fh, path, hint, config)
    finally:
        raw.close()


def _iter_stream(stream: IO[Any], name: str, config: ReadConfig) -> Iterator[Unit | Result]:
    binary = getattr(stream, "buffer", None) if isinstance(stream, io.TextIOBase) else stream
    if binary is None:  # a text stream without a buffer (io.StringIO)
        text = stream.read(config.max_bytes + 1)
        binary = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    try:
        head = _peek(binary)
    except (OSError, ValueError) as exc:
        yield _failed(name, None, f"cannot read: {exc}")
        return
    gzipped = head[:2] == GZIP_MAGIC
    if _is_warc(head, gzipped):
        yield from _iter_warc_stream(binary, name, config)
        return
    fh: IO[bytes] = binary
    if gzipped:
        fh = cast(IO[bytes], gzip.GzipFile(fileobj=binary, mode="rb"))
    kind, _ = container_kind(name)
    if kind == "jsonl":
        yield from _iter_lines(fh, name, config)
    else:
        yield from _document(fh, name, name, config)


def _peek(binary: IO[bytes], size: int = 4096) -> bytes:
    """The first bytes of ``binary`` without consuming them."""
    if hasattr(binary, "peek"):
        return bytes(binary.peek(size)[:size])
    if binary.seekable():
        start = binary.tell()
        head = binary.read(size)
        binary.seek(start)
        return head
    return b""


def _is_warc(head: bytes, gzipped: bool) -> bool:
    if gzipped:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _iter_warc_stream(binary: IO[bytes], name: str, config: ReadConfig) -> Iterator[Unit | Result]:
    """A WARC on a stream (standard input) is copied to a temporary file first: reading goes
    on after a damaged record by seeking to the next one."""
    from newsmodel._warc import iter_warc

    with tempfile.TemporaryFile() as spool:
        try:
            shutil.copyfileobj(binary, spool, _CHUNK)
        except OSError as exc:
            yield _failed(name, None, f"cannot read: {_os_reason(exc)}")
            return
        spool.seek(0)
        yield from iter_warc(spool, config, name=name)


def _read_limited(fh: IO[bytes], limit: int) -> bytes:
    """Read at most ``limit + 1`` bytes, so that a caller can tell "too large"."""
    parts: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = fh.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        if isinstance(chunk, str):  # a text stream that is not an io.TextIOBase
            chunk = chunk.encode("utf-8", "surrogatepass")
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def _too_large(size: int, limit: int) -> str:
    return f"too large: {_human(size)} is over the limit of {_human(limit)}"


def _human(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def _head_is_jsonl(path: str) -> bool:
    """True when the file at ``path`` starts as JSON Lines do (a ``.json`` file of lines)."""
    try:
        with open(path, "rb") as fh:
            return _looks_like_jsonl(fh.read(_CHUNK))
    except OSError:
        return False  # reported when the file is read


def _document(fh: IO[bytes], name: str, hint: str, config: ReadConfig) -> Iterator[Unit | Result]:
    try:
        head = _read_limited(fh, _CHUNK)
        if config.fmt in (None, Format.JSON) and _looks_like_jsonl(head):
            # JSON Lines under another name (standard input, a .json file): read line by
            # line, so that the whole may be larger than one document may be.
            yield from _iter_lines(_rejoined(head, fh), name, config)
            return
        data = head
        if _CHUNK < len(head) <= config.max_bytes:
            data += _read_limited(fh, config.max_bytes - len(head))
    except (OSError, EOFError, zlib.error) as exc:
        yield _failed(name, None, _read_error(exc))
        return
    if len(data) > config.max_bytes:
        yield _failed(name, None, f"too large: over the limit of {_human(config.max_bytes)}")
        return
    if config.fmt in (None, Format.JSON) and len(data) > len(head) and _looks_like_jsonl(data):
        yield from _iter_lines(io.BytesIO(data), name, config)
        return
    items = _array_items(data) if config.fmt in (None, Format.JSON) else None
    if items is not None:
        for number, (item, is_object) in enumerate(items, 1):
            # An item that is no object is read as JSON, to fail as no article.
            fmt = config.fmt or (None if is_object else Format.JSON)
            yield Unit(name, f"item {number}", item, fmt, hint=PurePath(hint).name)
        return
    yield Unit(name, None, data, config.fmt, hint=PurePath(hint).name)


def _array_items(data: bytes) -> list[tuple[str, bool]] | None:
    """The items of a JSON array of documents (a dump of article or ninjs objects), each as
    its own JSON text with whether it is an object; ``None`` when ``data`` is no such array.
    An array holding a JSON-LD node (``@context``, ``@type``, ``@graph``, ``@id``) is one
    JSON-LD document, not a list."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"[":
        return None
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return None  # reported when the document is parsed
    if not isinstance(value, list) or not any(isinstance(item, dict) for item in value):
        return None  # no document in it: reported whole
    if any(isinstance(item, dict) and not _JSONLD_KEYS.isdisjoint(item) for item in value):
        return None
    return [(json.dumps(item, ensure_ascii=False), isinstance(item, dict)) for item in value]


_JSONLD_KEYS = frozenset({"@context", "@type", "@graph", "@id"})


class _Rejoined(io.RawIOBase):
    """The bytes already read from a stream, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._rest.read(len(buffer))
        if isinstance(chunk, str):  # a text stream that is not an io.TextIOBase
            chunk = chunk.encode("utf-8", "surrogatepass")
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _rejoined(head: bytes, rest: IO[bytes]) -> IO[bytes]:
    return io.BufferedReader(_Rejoined(head, rest), _CHUNK)


def one_line(text: str, limit: int = 500) -> str:
    """``text`` (an error's message) on one line: runs of white space as one space, at most
    ``limit`` characters."""
    return _SPACES.sub(" ", text).strip()[:limit]


_SPACES = re.compile(r"\s+")


def display_name(name: str) -> str:
    """``name`` as written to reports, tables and messages: a file name that is not UTF-8
    (``caf\udce9.json``, as Python reads it) with its bytes as ``\xe9`` (``caf\xe9.json``)."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that no file name decodes to
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return name


def _read_error(exc: BaseException) -> str:
    if isinstance(exc, gzip.BadGzipFile | zlib.error | EOFError):
        return f"corrupt gzip data: {exc or 'unexpected end of data'}"
    if isinstance(exc, OSError):
        return f"cannot read: {_os_reason(exc)}"
    return f"cannot read: {exc}"  # pragma: no cover


def _looks_like_jsonl(data: bytes) -> bool:
    """A document of two or more JSON objects, one per line (JSON Lines under another name)."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped[:1] == b"{" and _JSONL_HINT.search(stripped) is not None


def _iter_lines(fh: IO[bytes], name: str, config: ReadConfig) -> Iterator[Unit | Result]:
    """One unit per non-blank line. A line longer than ``max_line_bytes`` is read over in
    chunks (never held in memory) and reported in its place."""
    limit = config.max_line_bytes
    lineno = 0
    while True:
        try:
            line = fh.readline(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            yield _failed(name, f"line {lineno + 1}", _read_error(exc))
            return
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            total = len(line)
            try:
                while True:
                    chunk = fh.readline(_CHUNK)
                    total += len(chunk)
                    if not chunk or chunk.endswith(b"\n"):
                        break
            except (OSError, EOFError, zlib.error) as exc:
                yield _failed(name, f"line {lineno}", _read_error(exc))
                return
            reason = f"line too long: {_human(total)} is over the limit of {_human(limit)}"
            yield _failed(name, f"line {lineno}", reason)
            continue
        if not line.strip():
            continue
        yield Unit(name, f"line {lineno}", line, config.fmt)
