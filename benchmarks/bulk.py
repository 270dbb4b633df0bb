"""Bulk parsing: ``newsmodel parse`` over a web archive against ``trafilatura --parallel 2`` on
the same pages, in one run.

Builds, in a temporary folder, a gzipped WARC from the pages of
``../shared/bench/article-extraction`` (each page as a request and a response record, with a
``warcinfo`` record first, repeated to at least 10,000 responses), and the same pages as plain
HTML files for trafilatura. Then measures, each in a fresh subprocess:

- pages/s of ``newsmodel parse crawl.warc.gz --to parquet -o … --jobs 1`` and ``--jobs 2``
  (wall time of the whole command, reading and writing included), and the speed-up; and, for
  reference only, ``--jobs 2 --no-quotes`` (the body and the metadata, what trafilatura
  extracts; the target is judged on the default command, which also reads quotes);
- peak memory (peak RSS of the command and the processes it waited for) with ``--jobs 1`` at
  1,000 and at 10,000+ records: it must not grow with the count;
- pages/s of ``trafilatura --input-dir … --parallel 2 --json --with-metadata`` on the HTML files
  (a whole number of repeats of the 181 pages, ``--anchor-repeats``, 11 by default: ~2,000);
- that DuckDB reads the ``--jobs 2`` table with one row per parsed page, and that the error
  report accounts for every other record.

Run ``python benchmarks/bulk.py`` (``--repeats N`` for the WARC size, ``--keep DIR`` to keep the
files). The machine has 2 cores: scaling figures are only meaningful on an otherwise idle
machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from newsmodel._warc import warc_record

ROOT = Path(__file__).resolve().parents[1]

TARGET_VS_ANCHOR = 5.0
TARGET_SPEEDUP = 1.8
TARGET_MEMORY_GROWTH = 1.25


def shared_dir() -> Path:
    env = os.environ.get("NEWSMODEL_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float
    peak_mib: float
    returncode: int


def measure(command: list[str]) -> Run:
    """Wall time, CPU time and peak RSS of ``command`` (with every process it waited for: the
    workers of ``--jobs`` and of ``--parallel``)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode not in (0, 1):
        sys.stderr.write(stderr.decode("utf-8", "replace")[-2000:])
        raise SystemExit(f"{command[0]} failed with exit code {process.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, process.returncode)


def load_pages(data: Path) -> list[tuple[str, bytes]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((data / "html").glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        url = truth.get(key, {}).get("url") or f"https://bench.invalid/{key}"
        pages.append((url, gzip.decompress(path.read_bytes())))
    return pages


def build_warc(path: Path, pages: list[tuple[str, bytes]], responses: int) -> None:
    with open(path, "wb") as out:
        out.write(
            warc_record(
                "urn:newsmodel:bench",
                b"software: newsmodel benchmarks/bulk.py\r\nformat: WARC File Format 1.0\r\n",
                record_type="warcinfo",
                content_type="application/warc-fields",
                gzipped=True,
            )
        )
        for index in range(responses):
            url, html = pages[index % len(pages)]
            uri = f"{url}{'&' if '?' in url else '?'}nm_copy={index // len(pages)}"
            date = f"2024-07-{1 + index % 28:02d}T{index % 24:02d}:00:00Z"
            request = b"GET / HTTP/1.1\r\nHost: bench\r\n\r\n"
            out.write(
                warc_record(
                    uri,
                    request,
                    date=date,
                    record_type="request",
                    content_type="application/http; msgtype=request",
                    gzipped=True,
                )
            )
            out.write(warc_record(uri, html, date=date, gzipped=True))


def newsmodel_command(warc: Path, out: Path, jobs: int, errors: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "newsmodel", "parse", str(warc), "--to", "parquet",
        "-o", str(out), "--jobs", str(jobs), "--errors", str(errors), *extra,
    ]  # fmt: skip


def account(table: Path, errors: Path, responses: int) -> tuple[int, int, int, bool]:
    """(rows, failed, skipped, all records accounted for) of one run."""
    import duckdb

    rows = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{table}')").fetchone()
    count = int(rows[0]) if rows else 0
    entries = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    failed = sum(entry["status"] == "failed" for entry in entries)
    skipped = sum(entry["status"] == "skipped" for entry in entries)
    total_records = 1 + 2 * responses
    return count, failed, skipped, count + failed + skipped == total_records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=56, help="WARC repeats of the pages")
    parser.add_argument("--anchor-repeats", type=int, default=11, help="trafilatura repeats")
    parser.add_argument("--small", type=int, default=1000, help="records of the small WARC")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()

    data = shared_dir() / "bench" / "article-extraction"
    pages = load_pages(data)
    responses = len(pages) * args.repeats
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsmodel-bulk-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        big, small = work / "crawl.warc.gz", work / "small.warc.gz"
        build_warc(big, pages, responses)
        build_warc(small, pages, args.small)
        html_dir = work / "html"
        html_dir.mkdir(exist_ok=True)
        anchor_pages = len(pages) * args.anchor_repeats
        for index in range(anchor_pages):
            (html_dir / f"{index:06d}.html").write_bytes(pages[index % len(pages)][1])
        print(f"{len(pages)} pages; WARC of {responses:,} responses "
              f"({big.stat().st_size / 2**20:.0f} MiB gzipped); {anchor_pages:,} HTML files "
              f"for trafilatura; CPUs: {os.cpu_count()}")  # fmt: skip

        small_run = measure(newsmodel_command(small, work / "s.parquet", 1, work / "s.errors"))
        one = measure(newsmodel_command(big, work / "1.parquet", 1, work / "1.errors"))
        two = measure(newsmodel_command(big, work / "2.parquet", 2, work / "2.errors"))
        bare = measure(
            newsmodel_command(big, work / "b.parquet", 2, work / "b.errors", "--no-quotes")
        )
        rows1, failed1, skipped1, ok1 = account(work / "1.parquet", work / "1.errors", responses)
        rows2, failed2, skipped2, ok2 = account(work / "2.parquet", work / "2.errors", responses)
        out_dir = work / "trafilatura-out"
        shutil.rmtree(out_dir, ignore_errors=True)
        trafilatura = shutil.which("trafilatura", path=str(Path(sys.executable).parent))
        if trafilatura is None:
            raise SystemExit("trafilatura is not installed: pip install '.[bench]'")
        anchor = measure(
            [trafilatura, "--input-dir", str(html_dir), "--output-dir", str(out_dir),
             "--parallel", "2", "--json", "--with-metadata"]
        )  # fmt: skip
        written = sum(1 for _ in out_dir.rglob("*.json")) if out_dir.exists() else 0
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    rate1, rate2 = responses / one.seconds, responses / two.seconds
    anchor_rate = anchor_pages / anchor.seconds
    speedup = rate2 / rate1
    growth = one.peak_mib / small_run.peak_mib
    # CPU time per page does not depend on what else the machine runs: on an idle machine with
    # 2 cores, N processes give N / (CPU per page) pages/s at best.
    cpu1, cpu2 = one.cpu_seconds / responses, two.cpu_seconds / responses
    cpu_anchor = anchor.cpu_seconds / anchor_pages
    load = os.getloadavg()[0]
    print()
    print(f"{'':34}{'pages/s':>10}{'seconds':>10}{'CPU ms/page':>13}{'peak MiB':>10}")
    rows = [
        (f"newsmodel --jobs 1 ({args.small:,} rec.)", args.small, small_run),
        ("newsmodel --jobs 1", responses, one),
        ("newsmodel --jobs 2", responses, two),
        ("newsmodel --jobs 2 --no-quotes", responses, bare),
        ("trafilatura --parallel 2", anchor_pages, anchor),
    ]
    for label, count, run in rows:
        print(f"{label:34}{count / run.seconds:10.1f}{run.seconds:10.1f}"
              f"{1000 * run.cpu_seconds / count:13.1f}{run.peak_mib:10.0f}")  # fmt: skip
    print()
    print(f"jobs 1: {rows1:,} rows, {failed1} failed, {skipped1:,} skipped; accounted: {ok1}")
    print(f"jobs 2: {rows2:,} rows, {failed2} failed, {skipped2:,} skipped; accounted: {ok2}")
    print(f"trafilatura wrote {written:,} of {anchor_pages:,} files")
    print(f"load average (1 min) at the end: {load:.1f} on {os.cpu_count()} CPUs")
    print()
    verdicts = [
        (f"newsmodel --jobs 2 vs trafilatura --parallel 2: {rate2 / anchor_rate:.1f}x wall, "
         f"{cpu_anchor / cpu2:.1f}x by CPU time",
         rate2 / anchor_rate >= TARGET_VS_ANCHOR, f">= {TARGET_VS_ANCHOR}x"),
        (f"speed-up from 1 to 2 processes: {speedup:.2f}x wall, {2 * cpu1 / cpu2:.2f}x by CPU "
         "time on an idle 2-core machine", speedup >= TARGET_SPEEDUP, f">= {TARGET_SPEEDUP}x"),
        (f"peak memory {small_run.peak_mib:.0f} MiB at {args.small:,} records, "
         f"{one.peak_mib:.0f} MiB at {responses:,}: x{growth:.2f}",
         growth <= TARGET_MEMORY_GROWTH, f"<= x{TARGET_MEMORY_GROWTH} (flat)"),
        ("every record in the table or the error report", ok1 and ok2, "all"),
    ]  # fmt: skip
    for text, met, target in verdicts:
        print(f"{'MET ' if met else 'MISSED'}  {text}  (target {target})")
    print(f"(for reference, not a target: --no-quotes, body and metadata only as trafilatura "
          f"extracts, is {responses / bare.seconds / anchor_rate:.1f}x wall, "
          f"{cpu_anchor / (bare.cpu_seconds / responses):.1f}x by CPU time)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
