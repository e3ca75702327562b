#!/usr/bin/env python3
"""WARC throughput: ``newsclean clean`` against trafilatura on the same records, in one run.

Usage: python benchmarks/warc.py [--responses 2000] [--workers 2] [--keep DIR]

Builds a gzip WARC (one gzip member per record, as crawlers write them) of N HTTP responses
(default 2,000), each with its request record, from the development corpora's HTML pages
(read by path from ``../shared/corpus``, cycled when N exceeds them; the WARC goes to a temp
dir and is never committed). Then, in the same run:

- the two WARC readers on that archive: FastWARC and warcio, each listing every record and
  reading every response payload (why newsclean reads WARCs with FastWARC);
- ``newsclean clean crawl.warc.gz -o out.jsonl --workers W``, end to end in a fresh
  process (interpreter start, listing, parsing, writing): pages per second;
- trafilatura on the same responses with W processes: the records read with FastWARC in
  the parent, each page sent to a worker running ``trafilatura.extract`` (JSON with
  metadata, the record's URL given): pages per second;
- the ratio (the goal is newsclean at least 2x trafilatura).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# ../shared/corpus beside the repository (a git worktree may sit one level deeper).
CORPUS = next(
    (
        path
        for path in (REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus")
        if path.is_dir()
    ),
    REPO.parent / "shared" / "corpus",
)
CORPORA = ("fundus-dev", "readability-dev", "trafilatura-dev", "dates-dev")


def corpus_pages() -> list[Path]:
    pages: list[Path] = []
    for name in CORPORA:
        pages += sorted((CORPUS / name).rglob("*.html.gz"))
    return pages


def _record(record_type: str, uri: str, block: bytes, content_type: str) -> bytes:
    headers = (
        f"WARC/1.1\r\nWARC-Type: {record_type}\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: 2024-07-19T18:10:00Z\r\n"
        f"WARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return headers.encode("utf-8") + block + b"\r\n\r\n"


def build_warc(path: Path, responses: int) -> int:
    """Write ``responses`` response records (each after its request); the bytes of HTML."""
    pages = corpus_pages()
    if not pages:
        raise SystemExit(f"no corpus pages under {CORPUS}")
    total = 0
    with open(path, "wb") as handle:
        for number in range(responses):
            html = gzip.decompress(pages[number % len(pages)].read_bytes())
            total += len(html)
            uri = f"https://news.example/{number}/{pages[number % len(pages)].parent.name}"
            request = b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"
            http = (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + f"Content-Length: {len(html)}\r\n\r\n".encode()
                + html
            )
            for record in (
                _record("request", uri, request, "application/http; msgtype=request"),
                _record("response", uri, http, "application/http; msgtype=response"),
            ):
                handle.write(gzip.compress(record, compresslevel=6, mtime=0))
    return total


def read_fastwarc(path: Path) -> Iterator[tuple[str, bytes]]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle, record_types=WarcRecordType.response):
            yield record.headers.get("WARC-Target-URI"), record.reader.read()


def read_warcio(path: Path) -> Iterator[tuple[str, bytes]]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                yield uri, record.content_stream().read()


def time_reader(name: str, reader: object, path: Path) -> float:
    started = time.perf_counter()
    count = sum(1 for _ in reader(path))  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    print(f"  {name:<9} {count} responses in {elapsed:.2f}s: {count / elapsed:,.0f} records/s")
    return elapsed


def run_newsclean(path: Path, out_dir: Path, workers: int, responses: int) -> float:
    out = out_dir / "newsclean.jsonl"
    command = [
        sys.executable, "-m", "newsclean", "clean", str(path), "-o", str(out),
        "--workers", str(workers), "--quiet", "--overwrite",
    ]  # fmt: skip
    started = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if run.returncode not in (0, 1):
        raise SystemExit(f"newsclean clean failed: {run.stderr}")
    records = sum(1 for _ in out.open(encoding="utf-8"))
    errors = sum(1 for _ in (out_dir / "newsclean.errors.jsonl").open(encoding="utf-8"))
    assert records + errors == responses, "every response must end as a record or an error"
    rate = responses / elapsed
    print(
        f"newsclean clean, --workers {workers}: {responses} pages in {elapsed:.1f}s: "
        f"{rate:,.1f} pages/s ({records} records, {errors} errors)"
    )
    return rate


def _trafilatura_one(item: tuple[str, bytes]) -> bool:
    import trafilatura

    uri, payload = item
    html = payload.split(b"\r\n\r\n", 1)[1] if payload.startswith(b"HTTP/") else payload
    result = trafilatura.extract(html, url=uri, output_format="json", with_metadata=True)
    return result is not None


def run_trafilatura(path: Path, workers: int, responses: int) -> float:
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    with context.Pool(workers) as pool:
        found = sum(pool.imap(_trafilatura_one, read_fastwarc(path), chunksize=8))
    elapsed = time.perf_counter() - started
    rate = responses / elapsed
    print(
        f"trafilatura.extract, {workers} processes: {responses} pages in {elapsed:.1f}s: "
        f"{rate:,.1f} pages/s ({found} extracted)"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", metavar="DIR", help="build the WARC in DIR and keep it")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="newsclean-warc-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        archive = work / "crawl.warc.gz"
        html_bytes = build_warc(archive, args.responses)
        size = archive.stat().st_size
        print(
            f"WARC: {args.responses} responses (+ their requests), {html_bytes / 1e6:.1f} MB of "
            f"HTML, {size / 1e6:.1f} MB gzip'd, from {len(corpus_pages())} corpus pages"
        )
        print("readers (list every record, read every response payload):")
        fast = time_reader("fastwarc", read_fastwarc, archive)
        slow = time_reader("warcio", read_warcio, archive)
        print(f"  fastwarc is {slow / fast:.1f}x warcio")
        ours = run_newsclean(archive, work, args.workers, args.responses)
        theirs = run_trafilatura(archive, args.workers, args.responses)
        ratio = ours / theirs
        verdict = "goal met" if ratio >= 2 else "goal NOT met"
        print(f"ratio: newsclean is {ratio:.2f}x trafilatura (goal >= 2x: {verdict})")
        print(
            json.dumps(
                {"newsclean_pages_s": round(ours, 1), "trafilatura_pages_s": round(theirs, 1)}
            )
        )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
