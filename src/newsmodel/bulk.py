"""Streaming any number of inputs through the readers, on every core, in input order.

>>> from newsmodel.bulk import iter_parse
>>> for result in iter_parse([{"title": "Hello"}, {"title": 3}]):
...     print(result.status.value, result.article.title if result.ok else result.reason)
parsed Hello
failed title: Input should be a valid string

:func:`iter_parse` yields one :class:`Result` per input, in input order: the article, or the
input's name with the reason it failed. Sources are read lazily and results are yielded as they
come, so memory stays flat however many inputs there are. With ``jobs``, batches of inputs are
parsed in worker processes; a bounded window of batches keeps every worker busy without reading
ahead without limit.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newsmodel._charsets import bom_encoding, decode_as, transport_codec
from newsmodel._inputs import (
    FILE_SIGNATURES,
    GZIP_MAGIC,
    ReadConfig,
    Record,
    Result,
    Status,
    Unit,
    failed_from,
    iter_units,
    one_line,
)
from newsmodel.errors import (
    NewsModelError,
    ParseError,
    UnsupportedInputError,
    ValidationFailed,
)
from newsmodel.formats import Format, detect_format, get_codec
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["Record", "Result", "Status", "iter_parse"]

# Formats whose readers want text: bytes are decoded here, strictly, as UTF-8 (or UTF-16 with a
# byte order mark). HTML and NITF readers get bytes and find the encoding themselves.
_TEXT_FORMATS = frozenset({Format.TEXT, Format.JSON, Format.NINJS, Format.JSONLD})
_URL = re.compile(r"^\S{1,8192}$")
_WINDOW_PER_JOB = 4
_FIRST_BATCH = 4
_MAX_BATCH = 64
_MAX_BATCH_BYTES = 8 << 20

Encoder = Callable[[Article], Any]


def iter_parse(
    sources: Iterable[Any] | str | os.PathLike[str],
    *,
    jobs: int | None = None,
    fmt: Format | str = "auto",
    options: ParseOptions | None = None,
    include_skipped: bool = False,
    max_line_bytes: int | None = None,
) -> Iterator[Result]:
    """Parse every input of ``sources`` and yield one :class:`Result` each, in input order.

    ``sources`` holds paths, folders (walked recursively, hidden names left out), globs
    (``crawl/**/*.warc.gz``), ``-`` for standard input, open files, decoded article records
    (``dict``) and :class:`Record` values; a single path may be given alone. Files ending in
    ``.jsonl`` (or ``.ndjson``) give one input per line, ``.warc`` files one per HTML response,
    and ``.gz`` files are decompressed. ``fmt`` is the format of the documents (``auto`` detects
    each). ``jobs`` > 1 parses in that many worker processes. WARC records that are not pages
    (requests, redirects, images, revisits, truncated records) are yielded as
    :attr:`Status.SKIPPED` results only with ``include_skipped``. JSON Lines lines longer than
    ``max_line_bytes`` (default ``options.max_bytes``) are reported, not read.

    Never raises for bad input: each problem is a failed result with a one-line reason.
    """
    options = options or ParseOptions()
    if isinstance(sources, str | os.PathLike):
        sources = [sources]
    config = ReadConfig(
        fmt=None if fmt == "auto" else Format(fmt),
        max_bytes=options.max_bytes,
        max_line_bytes=max_line_bytes or options.max_bytes,
    )
    for result in run(iter_units(sources, config), options, jobs=jobs):
        if include_skipped or result.status is not Status.SKIPPED:
            yield result


def run(
    units: Iterable[Unit | Result],
    options: ParseOptions,
    *,
    jobs: int | None = None,
    encoding: str | None = None,
) -> Iterator[Result]:
    """Internal: parse ``units`` (in order, in ``jobs`` processes), yielding results; with
    ``encoding`` (see :func:`newsmodel._outputs.encoder`) the article is replaced by its encoded
    form in ``Result.payload``, which workers compute so that the main process only writes."""
    if (jobs is None or jobs <= 1) and encoding == "parquet":
        # Rows are packed into tables a batch at a time, as in the workers.
        for batch in _batches(units):
            yield from _parse_batch(batch, options, encoding, ipc=False)
        return
    if jobs is None or jobs <= 1:
        encode = _encoder(encoding)
        for unit in units:
            yield unit if isinstance(unit, Result) else _finish(parse_unit(unit, options), encode)
        return
    yield from _run_parallel(units, options, jobs, encoding)


def _finish(result: Result, encode: Encoder | None) -> Result:
    if encode is None or result.article is None:
        return result
    try:
        payload = encode(result.article)
    except NewsModelError as exc:
        return failed_from(result, f"cannot write: {one_line(exc.message)}")
    except NotImplementedError:
        return failed_from(result, "cannot write: this output format is not available yet")
    except Exception as exc:
        return failed_from(result, f"cannot write: {type(exc).__name__}: {one_line(str(exc))}")
    return Result(
        result.input,
        result.position,
        Status.PARSED,
        None,
        url=result.url,
        crawl_time=result.crawl_time,
        payload=payload,
    )


def _encoder(encoding: str | None) -> Encoder | None:
    if encoding is None:
        return None
    from newsmodel._outputs import encoder

    return encoder(encoding)


# --------------------------------------------------------------------------- one unit


def parse_unit(unit: Unit, options: ParseOptions) -> Result:
    """Parse one unit; every failure becomes a failed result with a one-line reason."""
    try:
        article = _parse(unit, options)
    except Exception as exc:  # the last line of defence: one bad input never stops a run
        return failed_from(unit, reason_of(exc, unit))
    return Result(
        unit.input,
        unit.position,
        Status.PARSED,
        article,
        url=unit.url,
        crawl_time=unit.crawl_time,
    )


def _parse(unit: Unit, options: ParseOptions) -> Article:
    data = unit.data
    if isinstance(data, dict):
        if unit.fmt in (None, Format.JSON):
            from newsmodel.formats.json import article_from_dict

            return article_from_dict(data)
        data = json.dumps(data, ensure_ascii=False)
    if isinstance(data, bytes):
        _check_bytes(data)
        if data[:1] in _WIDE_BOM_STARTS and (bom := bom_encoding(data)) and bom[0] != "utf-8":
            data = _decode_text(data)  # UTF-16 or UTF-32 (a Windows "Unicode" file): any format
    elif not data.strip():
        raise UnsupportedInputError("empty input")
    fmt = unit.fmt or detect_format(data, name=unit.hint)
    update: dict[str, str] = {}
    if isinstance(data, bytes):
        if fmt in _TEXT_FORMATS:
            data = _decode_text(data)
        elif fmt is Format.HTML:
            if unit.charset and options.charset != unit.charset:
                update["charset"] = unit.charset  # the HTML reader weighs it against the page
        elif unit.charset:
            data = _decode_declared(data, unit.charset)
    if unit.url and _URL.match(unit.url) and options.url != unit.url:
        update["url"] = unit.url
    if update:
        options = options.model_copy(update=update)
    article = get_codec(fmt).read(data, options)
    if unit.url and article.url is None and _URL.match(unit.url):
        article = article.model_copy(update={"url": unit.url})
    return article


def _check_bytes(data: bytes) -> None:
    if not data.strip():
        raise UnsupportedInputError("empty input")
    for magic, what in FILE_SIGNATURES:
        if data.startswith(magic):
            hint = " (name the file .gz)" if magic == GZIP_MAGIC else ""
            raise UnsupportedInputError(f"binary data ({what}{hint})")
    if data[:1] in _WIDE_BOM_STARTS and bom_encoding(data) is not None:
        return  # UTF-16 and UTF-32 text has NUL bytes
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise UnsupportedInputError(f"binary data (NUL byte at offset {nul})")


_WIDE_BOM_STARTS = frozenset({b"\xff", b"\xfe", b"\x00"})
"""The first bytes of the UTF-16 and UTF-32 byte-order marks (a cheap test before the table)."""


def _decode_text(data: bytes) -> str:
    """``data`` as text: by its byte-order mark (:data:`newsmodel._charsets.BOMS`), else UTF-8."""
    encoding = transport_codec(None, data) or "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        name = encoding.upper().replace("-SIG", "")
        raise UnsupportedInputError(
            f"not {name}: byte 0x{byte:02x} at offset {exc.start}"
        ) from None


def _decode_declared(data: bytes, charset: str) -> str | bytes:
    """Decode with the codec the HTTP headers' ``charset`` label names, as browsers read it
    (:func:`newsmodel._charsets.transport_codec`); leave bytes to the reader's own sniffing
    when the label is unknown or does not fit."""
    codec = transport_codec(charset, data)
    if codec is None:
        return data
    try:
        return decode_as(data, codec)
    except UnicodeError:  # the bytes are not in that encoding, or a codec's own error (idna)
        return data


def reason_of(exc: BaseException, unit: Unit | None = None) -> str:
    """One line saying what is wrong, without the input's name (the caller prefixes it)."""
    if isinstance(exc, ValidationFailed):
        text = exc.message
    elif isinstance(exc, ParseError):
        where = ""
        if exc.line is not None and not (unit and unit.position and exc.line == 1):
            where = (
                f"line {exc.line}, column {exc.column}: " if exc.column else f"line {exc.line}: "
            )
        elif exc.column is not None:
            where = f"column {exc.column}: "
        text = where + exc.message
    elif isinstance(exc, NewsModelError):
        text = exc.message
    elif isinstance(exc, NotImplementedError):
        fmt = unit.fmt.value if unit and unit.fmt else "this format"
        text = f"reading {fmt} is not available in this version of newsmodel"
    elif isinstance(exc, RecursionError):
        text = "nested too deeply"
    elif isinstance(exc, MemoryError):
        text = "out of memory"
    else:
        text = f"internal error: {type(exc).__name__}: {exc}"
    return one_line(text) or type(exc).__name__


# --------------------------------------------------------------------------- processes


def _init_worker() -> None:
    """Workers leave Ctrl-C to the main process, which stops them cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_batch(
    batch: list[Unit | Result], options: ParseOptions, encoding: str | None, *, ipc: bool = True
) -> list[Result]:
    encode = _encoder(encoding)
    results = [
        item if isinstance(item, Result) else _finish(parse_unit(item, options), encode)
        for item in batch
    ]
    if encoding == "parquet":
        from newsmodel._outputs import pack_rows

        return pack_rows(results, ipc=ipc)
    return results


def _batches(units: Iterable[Unit | Result]) -> Iterator[list[Unit | Result]]:
    """Batches that start small (results show at once) and grow to amortise the transfer."""
    size = _FIRST_BATCH
    batch: list[Unit | Result] = []
    nbytes = 0
    for unit in units:
        batch.append(unit)
        nbytes += unit.size if isinstance(unit, Unit) else 0
        if len(batch) >= size or nbytes >= _MAX_BATCH_BYTES:
            yield batch
            batch, nbytes = [], 0
            size = min(size * 2, _MAX_BATCH)
    if batch:
        yield batch


def _context() -> Any:
    """Workers are spawned: fresh interpreters that inherit none of the caller's threads, locks
    or open files, children of this process (so their resource use is accounted to it)."""
    return multiprocessing.get_context("spawn")


def _run_parallel(
    units: Iterable[Unit | Result], options: ParseOptions, jobs: int, encoding: str | None
) -> Iterator[Result]:
    window = jobs * _WINDOW_PER_JOB
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_init_worker)
    pending: deque[tuple[list[Unit | Result], Future[list[Result]]]] = deque()
    try:
        for batch in _batches(units):
            try:
                future = _submit(pool, batch, options, encoding)
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(jobs, _context(), _init_worker)
                future = _submit(pool, batch, options, encoding)
            pending.append((batch, future))
            while len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(
    pool: ProcessPoolExecutor,
    batch: list[Unit | Result],
    options: ParseOptions,
    encoding: str | None,
) -> Future[list[Result]]:
    """Submit a batch. Workers are started by a submit, with Ctrl-C blocked: they inherit the
    signal mask, so a Ctrl-C while one is starting cannot interrupt it half-way (its
    initializer then ignores Ctrl-C for good). A Ctrl-C that arrives meanwhile is held, not
    lost: once the submit is done, it is delivered again, and the main process stops the
    workers (a caller that ignores Ctrl-C still does)."""
    if threading.current_thread() is not threading.main_thread():
        return pool.submit(_parse_batch, batch, options, encoding)
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: held.append(signum))
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(_parse_batch, batch, options, encoding)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # a pending one: held now
        handler = signal.SIG_DFL if previous is None else previous
        signal.signal(signal.SIGINT, handler)
        if held and handler is not signal.SIG_IGN:
            signal.raise_signal(signal.SIGINT)  # delivered as if it came now


def _collect(batch: list[Unit | Result], future: Future[list[Result]]) -> list[Result]:
    try:
        return future.result()
    except BrokenProcessPool:
        reason = "the worker process parsing it died (out of memory or killed)"
    except Exception as exc:  # pickling errors and the like: lose nothing, say what happened
        reason = f"internal error: {type(exc).__name__}: {one_line(str(exc))}"
    return [item if isinstance(item, Result) else failed_from(item, reason) for item in batch]
