"""Where bulk results go: encoders (run in the workers), writers, the error report and the
progress line of ``newsmodel parse``."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import IO, Any, Protocol

from newsmodel._inputs import (
    Result,
    Status,
    container_kind,
    display_name,
    failed_from,
    one_line,
)
from newsmodel.formats import Format, dump
from newsmodel.formats.json import to_json
from newsmodel.models import Article

__all__ = [
    "ErrorReport",
    "FilesWriter",
    "InPack",
    "JsonWriter",
    "PackedRows",
    "ParquetWriter",
    "Progress",
    "SingleWriter",
    "Writer",
    "encoder",
    "pack_rows",
]

# Output formats that are JSON documents, written one per line when there are several.
JSON_FORMATS = frozenset({Format.JSON, Format.NINJS, Format.JSONLD})
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def encoder(name: str) -> Callable[[Article], Any]:
    """The encoder called ``name``: ``json`` (canonical JSON, one line), ``parquet`` (a row of
    the Parquet table) or ``<format>`` (that codec's writer; JSON formats on one line)."""
    if name == "json":
        return to_json
    if name == "parquet":
        from newsmodel._parquet import row_json

        return row_json
    fmt = Format(name)
    if fmt in JSON_FORMATS:
        return lambda article: _compact(dump(article, fmt))
    return lambda article: dump(article, fmt)


@dataclass(frozen=True)
class PackedRows:
    """The Parquet rows of a batch of results as one Arrow table: IPC stream bytes when built
    in a worker (cheaper to send between processes than the rows as Python objects, and built
    there, not in the main process that also reads the input and writes the table), the table
    itself when built in the process that writes it. The first parsed result of the batch
    carries it; the others carry :class:`InPack`."""

    data: Any
    rows: int


@dataclass(frozen=True)
class InPack:
    """The payload of a parsed result whose row travels in an earlier :class:`PackedRows`."""


def pack_rows(results: list[Result], *, ipc: bool = True) -> list[Result]:
    """``results`` with the parsed ones' Parquet rows (JSON from
    :func:`newsmodel._parquet.row_json`) packed into one table (see :class:`PackedRows`),
    as IPC stream bytes with ``ipc``. A row that does not fit the table (an integer beyond
    64 bits) fails its result, ``cannot write: …``, and the others are packed."""
    from newsmodel._parquet import read_rows, require_pyarrow, with_provenance_json

    parsed = [i for i, r in enumerate(results) if isinstance(r.payload, bytes)]
    if not parsed:
        return results
    pa, _ = require_pyarrow()
    out = list(results)
    rows = [with_provenance_json(results[i].payload, results[i]) for i in parsed]
    try:
        table = read_rows(rows)
    except (pa.ArrowException, ValueError) as exc:
        if len(rows) == 1:
            reason = f"cannot write: {one_line(str(exc), 300) or type(exc).__name__}"
            out[parsed[0]] = failed_from(results[parsed[0]], reason)
            return out
        # Find the rows that do not fit, one by one (rare: the slow way is fine).
        for i in parsed:
            (alone,) = pack_rows([results[i]], ipc=False)
            if alone.status is Status.FAILED:
                out[i] = alone
        parsed = [i for i in parsed if out[i].status is Status.PARSED]
        if not parsed:
            return out
        rows = [with_provenance_json(results[i].payload, results[i]) for i in parsed]
        table = read_rows(rows)
    data: Any = table
    if ipc:
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as stream:
            stream.write_table(table)
        data = sink.getvalue().to_pybytes()
    first = parsed[0]
    out[first] = replace(results[first], payload=PackedRows(data, len(parsed)))
    for i in parsed[1:]:
        out[i] = replace(results[i], payload=InPack())
    return out


def _compact(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))


class Writer(Protocol):
    """Takes parsed results, in order."""

    def write(self, result: Result) -> Result:
        """Write ``result``'s payload; return it, or a failed result if it cannot be written."""

    def close(self) -> None:
        """Finish the output so that what was written is valid."""


class JsonWriter:
    """JSON for one article, JSON Lines for several (or always lines with ``lines=True``)."""

    def __init__(self, stream: IO[str], *, lines: bool) -> None:
        self._stream = stream
        self._lines = lines
        self._first: str | None = None

    def write(self, result: Result) -> Result:
        line = str(result.payload)
        if self._lines:
            self._stream.write(line + "\n")
        elif self._first is None:
            self._first = line
        else:  # a second article: the output becomes JSON Lines
            self._stream.write(self._first + "\n" + line + "\n")
            self._first = None
            self._lines = True
        return result

    def close(self) -> None:
        if self._first is not None:
            value = json.loads(self._first)
            self._stream.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
            self._first = None
        self._stream.flush()


class SingleWriter:
    """One article in a non-JSON format (text, HTML, NITF), written as the codec writes it."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._count = 0

    def write(self, result: Result) -> Result:
        self._count += 1
        if self._count > 1:
            reason = "cannot write several articles to one file in this format: give -o FOLDER"
            return Result(result.input, result.position, Status.FAILED, reason=reason)
        self._stream.write(str(result.payload))
        return result

    def close(self) -> None:
        self._stream.flush()


class FilesWriter:
    """One file per article in ``folder``: ``000001-<input name>.<ext>``."""

    def __init__(self, folder: str, extension: str) -> None:
        os.makedirs(folder, exist_ok=True)
        self._folder = folder
        self._extension = extension
        self._count = 0

    def write(self, result: Result) -> Result:
        self._count += 1
        stem = PurePath(result.input).name
        for suffix in (".gz", ".warc", ".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm"):
            stem = stem.removesuffix(suffix)
        stem = _UNSAFE_NAME.sub("_", stem).strip("_") or "article"
        path = os.path.join(self._folder, f"{self._count:06d}-{stem[:80]}{self._extension}")
        with open(path, "w", encoding="utf-8") as out:
            out.write(str(result.payload))
        return result

    def close(self) -> None:
        """Nothing to finish: each file is closed when written."""


class ParquetWriter:
    """The articles table, written in row groups of at least ``rows_per_group`` rows. Rows
    come packed (:class:`PackedRows`, from :func:`pack_rows`); a row that comes alone is
    packed here, and ``write`` returns its result failed if it does not fit the table."""

    def __init__(self, path: str, *, rows_per_group: int = 1000) -> None:
        from newsmodel._parquet import arrow_schema, require_pyarrow

        pa, pq = require_pyarrow()
        self._pa = pa
        self._schema = arrow_schema()
        # Created here first, so that a folder that is missing or cannot be written to is
        # told as the system tells it (Arrow's message repeats the path).
        with open(path, "wb"):
            pass
        self._writer = pq.ParquetWriter(path, self._schema, compression="zstd")
        self._tables: list[Any] = []
        self._rows = 0
        self._rows_per_group = rows_per_group

    def write(self, result: Result) -> Result:
        payload = result.payload
        if isinstance(payload, InPack):
            return result  # its row came in the batch's PackedRows
        if not isinstance(payload, PackedRows):
            (result,) = pack_rows([result], ipc=False)
            if not isinstance(result.payload, PackedRows):
                return result  # it does not fit the table: failed
            payload = result.payload
        data = payload.data
        if isinstance(data, bytes):
            data = self._pa.ipc.open_stream(data).read_all()
        self._tables.append(data)
        self._rows += data.num_rows
        if self._rows >= self._rows_per_group:
            self._flush()
        return result

    def _flush(self) -> None:
        if self._tables:
            self._writer.write_table(self._pa.concat_tables(self._tables))
            self._tables = []
            self._rows = 0

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self._writer.close()


class ErrorReport:
    """JSON Lines, one line per failed or skipped input: input, position, status, reason."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, result: Result) -> None:
        entry = {
            "input": display_name(result.input),
            "position": result.position,
            "status": result.status.value,
            "reason": result.reason,
            "url": result.url,
            "crawl_time": result.crawl_time.isoformat() if result.crawl_time else None,
        }
        self._stream.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._stream.close()


class Progress:
    """A progress line on stderr: a bar over input files when their number is known, and the
    counts with the rate. Redrawn at most ten times a second; nothing when disabled."""

    def __init__(self, stream: IO[str], *, enabled: bool, total_files: int | None = None) -> None:
        self._stream = stream
        self.enabled = enabled
        self._total = total_files
        self._start = time.monotonic()
        self._last_draw = 0.0
        self._files = 0
        self._last_input: str | None = None
        self.counts = {Status.PARSED: 0, Status.FAILED: 0, Status.SKIPPED: 0}

    @property
    def read(self) -> int:
        """Inputs seen so far."""
        return sum(self.counts.values())

    def update(self, result: Result) -> None:
        """Count ``result`` and redraw if due."""
        self.counts[result.status] += 1
        if result.input != self._last_input:
            self._files += 1
            self._last_input = result.input
        if self.enabled:
            now = time.monotonic()
            if now - self._last_draw >= 0.1:
                self._last_draw = now
                self._stream.write("\r" + self.line(now) + "\x1b[K")
                self._stream.flush()

    def line(self, now: float | None = None) -> str:
        """The progress line as drawn."""
        elapsed = max((now or time.monotonic()) - self._start, 1e-9)
        rate = self.read / elapsed
        counts = (
            f"{self.counts[Status.PARSED]:,} parsed · {self.counts[Status.FAILED]:,} failed · "
            f"{self.counts[Status.SKIPPED]:,} skipped · {rate:,.1f}/s · {_clock(elapsed)}"
        )
        if self._total:
            done = min(self._files, self._total)
            filled = round(20 * done / self._total)
            bar = "#" * filled + "-" * (20 - filled)
            return f"[{bar}] {done}/{self._total} files · {counts}"
        return counts

    def finish(self) -> None:
        """Erase the line."""
        if self.enabled:
            self._stream.write("\r\x1b[K")
            self._stream.flush()

    def summary(self) -> str:
        """The closing counts."""
        return (
            f"read {self.read}, parsed {self.counts[Status.PARSED]}, "
            f"failed {self.counts[Status.FAILED]}, skipped {self.counts[Status.SKIPPED]}"
        )


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def count_files(paths: Sequence[str], *, limit: int = 100_000) -> int | None:
    """The number of files under ``paths``, or ``None`` past ``limit`` or for streams."""
    total = 0
    for path in paths:
        if path == "-" or not os.path.exists(path):
            return None
        if os.path.isdir(path):
            for _, _, files in os.walk(path):
                total += len(files)
                if total > limit:
                    return None
        else:
            total += 1
    return total


def holds_one_document(paths: Sequence[str]) -> bool:
    """True when ``paths`` is one file (or ``-``) that holds one document, not a folder, a
    pattern, JSON Lines or a WARC file."""
    if len(paths) != 1:
        return False
    path = paths[0]
    if path == "-":
        return True
    return os.path.isfile(path) and container_kind(path)[0] == "document"


def stderr_is_terminal() -> bool:
    """True when stderr is a terminal (the progress line is shown)."""
    return sys.stderr.isatty()
