"""``newsmodel parse``: read articles from files, folders, JSON Lines, WARC and standard input,
write them as JSON, JSON Lines, Parquet or any format newsmodel writes."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from importlib import resources
from typing import IO

from newsmodel import _outputs
from newsmodel._inputs import ReadConfig, Record, Status, display_name, iter_units
from newsmodel.bulk import run as run_units
from newsmodel.formats import Format
from newsmodel.options import ParseOptions

HELP = "parse articles (files, folders, JSON Lines, WARC, -) and write them out"

_FROM = ("auto", *(fmt.value for fmt in Format))
_TO = (*(fmt.value for fmt in Format), "jsonl", "parquet")
_EXAMPLE = "observer_fr.txt"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (recursive), glob patterns, or - for standard input; "
        ".jsonl and .warc files hold many articles, .gz files are decompressed",
    )
    parser.add_argument(
        "--from",
        dest="from_format",
        choices=_FROM,
        default="auto",
        help="format of the documents (default: detect each)",
    )
    parser.add_argument(
        "--to",
        dest="to_format",
        choices=_TO,
        default="json",
        help="output: json (JSON for one input, JSON Lines for several), jsonl, parquet, "
        "or a document format (text, html, nitf write one file per article into -o FOLDER)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT (a file, or a folder) instead of stdout"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="parse in N processes (default 1)"
    )
    parser.add_argument(
        "--errors",
        metavar="FILE",
        help="write a JSON Lines report of failed and skipped inputs (- for standard output)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        metavar="N",
        help="largest document or JSON Lines line read (default 64 MiB)",
    )
    parser.add_argument(
        "--no-quotes",
        dest="quotes",
        action="store_false",
        help="skip quote, speaker and source extraction (faster when only the body and the "
        "metadata are wanted)",
    )
    parser.add_argument("--example", action="store_true", help="parse the bundled example article")
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress line on stderr (default: when stderr is a terminal)",
    )


def _usage(message: str) -> int:
    print(f"newsmodel parse: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    """Parse every input; write articles out, reasons to stderr, counts at the end."""
    try:
        return _run(args)
    except BrokenPipeError:
        raise
    except OSError as exc:  # closing an output on a full disk, an unwritable Parquet file …
        where = exc.filename or args.output or "output"
        print(f"newsmodel parse: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED


def _run(args: argparse.Namespace) -> int:
    if args.example and args.paths:
        return _usage("--example takes no PATH")
    if not args.example and not args.paths:
        return _usage("give at least one PATH (or - for standard input, or --example)")
    if args.jobs < 1:
        return _usage("--jobs must be at least 1")
    if args.max_bytes is not None and args.max_bytes < 1:
        return _usage("--max-bytes must be at least 1")
    to = args.to_format
    single = args.example or _outputs.holds_one_document(args.paths)
    if to == "parquet" and (not args.output or args.output == "-"):
        return _usage("--to parquet needs -o FILE")
    per_file = to not in ("json", "jsonl", "parquet") and Format(to) not in _outputs.JSON_FORMATS
    if per_file and not single and not args.output:
        return _usage(f"--to {to} writes one file per article: give -o FOLDER")

    if args.errors == "-" and (not args.output or args.output == "-"):
        return _usage("--errors - and the articles would both go to standard output: give -o")
    if args.output and args.errors and _same_file(args.output, args.errors):
        return _usage(f"-o and --errors name one file: {args.errors}")
    for flag, target in (("-o", args.output), ("--errors", args.errors)):
        if target and target != "-" and _is_an_input(target, args.paths):
            return _usage(
                f"{flag} {target} is also an input: it would be overwritten before it is read"
            )

    options = ParseOptions(
        extract_quotes=args.quotes,
        **({"max_bytes": args.max_bytes} if args.max_bytes else {}),
    )
    progress = _outputs.Progress(
        sys.stderr,
        enabled=args.progress == "always"
        or (args.progress == "auto" and _outputs.stderr_is_terminal()),
    )
    if progress.enabled and not args.example:
        progress = _outputs.Progress(
            sys.stderr, enabled=True, total_files=_outputs.count_files(args.paths)
        )
    with contextlib.ExitStack() as stack:
        try:
            writer = _make_writer(stack, to, args.output, single=single, per_file=per_file)
            report = (
                None
                if not args.errors
                else _outputs.ErrorReport(_utf8_stdout())  # ``--errors -``
                if args.errors == "-"
                else _outputs.ErrorReport(
                    stack.enter_context(open(args.errors, "w", encoding="utf-8"))
                )
            )
        except OSError as exc:
            where = exc.filename or args.output or args.errors
            print(f"newsmodel parse: {where}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
        config = ReadConfig(
            fmt=None if args.from_format == "auto" else Format(args.from_format),
            max_bytes=options.max_bytes,
            max_line_bytes=options.max_bytes,
            exclude=_identities(args.output, args.errors),
        )
        encoding = "parquet" if to == "parquet" else "json" if to in ("json", "jsonl") else to
        sources = [_example()] if args.example else args.paths
        results = run_units(iter_units(sources, config), options, jobs=args.jobs, encoding=encoding)
        write_failed = False
        try:
            for result in results:
                if result.status is Status.PARSED:
                    result = writer.write(result)  # it may fail to be written
                progress.update(result)
                if result.status is Status.FAILED:
                    progress.finish()
                    print(f"{_one_line(result.name)}: {result.reason}", file=sys.stderr)
                if report is not None and result.status is not Status.PARSED:
                    report.write(result)
        except OSError as exc:  # the output or the report cannot be written (disk full …)
            if isinstance(exc, BrokenPipeError):
                raise
            progress.finish()
            where = exc.filename or args.output or args.errors or "output"
            print(f"newsmodel parse: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
            write_failed = True
        finally:
            _close(results)
            try:
                # The writer, then the output file and the report: a full disk shows when
                # they are flushed, and is told once.
                for close in (writer.close, stack.close):
                    try:
                        close()
                    except OSError as exc:
                        if not write_failed:
                            where = exc.filename or args.output or args.errors or "output"
                            print(f"newsmodel parse: cannot write {where}: "
                                  f"{exc.strerror or exc}", file=sys.stderr)  # fmt: skip
                        write_failed = True
            finally:
                progress.finish()
                print(f"newsmodel: {progress.summary()}", file=sys.stderr)
    return EXIT_FAILED if write_failed or progress.counts[Status.FAILED] else EXIT_OK


def _is_an_input(target: str, paths: list[str]) -> bool:
    """True when ``target`` (an output) is one of the files or folders named in ``paths``."""
    if not os.path.exists(target):
        return False
    for path in paths:
        with contextlib.suppress(OSError):
            if path != "-" and os.path.samefile(path, target):
                return True
    return False


def _one_line(name: str) -> str:
    """``name`` for a ``name: reason`` line: bytes that are not UTF-8 as ``\\xe9``, and line
    breaks, tabs and other unprintable characters escaped (``\\n``), so that it stays one line."""
    name = display_name(name)
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in name)


def _same_file(first: str, second: str) -> bool:
    """True when the paths ``first`` and ``second`` name one file (existing or not)."""
    if os.path.abspath(first) == os.path.abspath(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist yet
        return False


def _identities(*paths: str | None) -> frozenset[tuple[int, int]]:
    """``(st_dev, st_ino)`` of the outputs that exist: the readers leave them out."""
    found: set[tuple[int, int]] = set()
    for path in paths:
        if path and path != "-":
            with contextlib.suppress(OSError):
                st = os.stat(path)
                found.add((st.st_dev, st.st_ino))
    return frozenset(found)


def _close(results: Iterator[object]) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        close()


def _make_writer(
    stack: contextlib.ExitStack, to: str, output: str | None, *, single: bool, per_file: bool
) -> _outputs.Writer:
    if to == "parquet":
        assert output is not None
        return _outputs.ParquetWriter(output)
    if per_file and not single:
        assert output is not None
        return _outputs.FilesWriter(output, _extension(to))
    stream: IO[str] = (
        stack.enter_context(open(output, "w", encoding="utf-8", newline=""))  # noqa: SIM115
        if output and output != "-"
        else _utf8_stdout()
    )
    if per_file:
        return _outputs.SingleWriter(stream)
    return _outputs.JsonWriter(stream, lines=to == "jsonl" or not single)


def _extension(to: str) -> str:
    from newsmodel.formats import get_codec

    try:
        return get_codec(to).extension
    except Exception:  # a codec still being written: fall back to the format's name
        return f".{to}"


def _example() -> Record:
    """The bundled example article (the seed), read from the installed package."""
    data = resources.files("newsmodel").joinpath("examples", _EXAMPLE).read_bytes()
    return Record(data, name=_EXAMPLE, format=Format.TEXT)


def _utf8_stdout() -> IO[str]:
    """Standard output, writing UTF-8 whatever the locale (article text is not ASCII)."""
    stdout = sys.stdout
    encoding = (getattr(stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stdout, "reconfigure"):
        stdout.reconfigure(encoding="utf-8")
    return stdout
