"""WARC archives and JSON Lines exports as input: one record or error entry per page record,
every other record counted, a cut-off archive keeps what precedes the cut, kill -9 + resume."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean.batch.job import run_job
from newsclean.batch.run import BatchOptions
from newsclean.sources.http import dechunk, decode_http
from tests.batch_helpers import REPO, variant_text
from tests.warc_helpers import chunked, http_response, warc_record, write_warc

pytest.importorskip("fastwarc")

PROSE = (
    "The city council approved the new budget on Tuesday after a long debate about "
    "schools, roads and the harbour, and the mayor said the vote closed a hard year."
)


def page(title: str, *, paragraph: str = PROSE, charset_meta: str = "") -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return (
        f"<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )


def crawl_records() -> list[bytes]:
    """A small crawl: 4 pages and 7 records that are not pages."""
    html = page("Budget Passes").encode("utf-8")
    # No meta charset: only the HTTP header says koi8-r.
    russian = page("Бюджет принят", paragraph="Городской совет утвердил бюджет во вторник. " * 4)
    return [
        warc_record("warcinfo", "", b"software: test\r\n", content_type="application/warc-fields"),
        warc_record(
            "request",
            "https://news.example/a",
            b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
            content_type="application/http; msgtype=request",
        ),
        warc_record("response", "https://news.example/a", http_response("200 OK", html)),
        warc_record(
            "response",
            "https://news.example/b",
            http_response(
                "200 OK",
                chunked(gzip.compress(page("Harbour Reopens").encode("utf-8"), mtime=0)),
                headers={"Transfer-Encoding": "chunked", "Content-Encoding": "gzip"},
            ),
        ),
        warc_record(
            "response",
            "https://news.example/old",
            http_response("301 Moved Permanently", b"", headers={"Location": "/a"}),
        ),
        warc_record("response", "https://news.example/gone", http_response("404 Not Found", b"no")),
        warc_record(
            "response",
            "https://news.example/logo.png",
            http_response("200 OK", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
        ),
        warc_record(
            "revisit",
            "https://news.example/a",
            b"HTTP/1.1 304 Not Modified\r\n\r\n",
            extra={
                "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
            },
        ),
        warc_record(
            "metadata",
            "https://news.example/a",
            b"outlinks: x\r\n",
            content_type="application/warc-fields",
        ),
        warc_record(
            "response",
            "https://news.example/ru",
            http_response(
                "200 OK", russian.encode("koi8_r"), content_type="text/html; charset=koi8-r"
            ),
        ),
        warc_record(
            "response",
            "https://news.example/empty",
            http_response("200 OK", b"   ", content_type="text/html"),
        ),
    ]


SKIPPED = {
    "warc_warcinfo": 1,
    "warc_request": 1,
    "warc_non_200_response": 2,
    "warc_non_html_payload": 1,
    "warc_revisit": 1,
    "warc_metadata": 1,
}


def _run(input_path: Path, **options: object) -> tuple[list[dict], list[dict], object]:
    # Beside the input, never inside the folder (the walk would find the output).
    out_dir = input_path.parent / (input_path.name + "_out")
    out_dir.mkdir(exist_ok=True)
    out, errors = out_dir / "out.jsonl", out_dir / "out.errors.jsonl"
    report = run_job(
        str(input_path),
        out,
        errors,
        options=BatchOptions(workers=1, **options),  # type: ignore[arg-type]
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    entries = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    return records, entries, report


@pytest.mark.parametrize("gzipped", [True, False])
def test_crawl_cleans_to_records_and_counts(tmp_path: Path, gzipped: bool) -> None:
    archive = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    offsets = write_warc(archive, crawl_records(), gzipped=gzipped)
    records, entries, report = _run(archive)

    assert [record["headline"] for record in records] == [
        "Budget Passes",
        "Harbour Reopens",  # chunked and gzip'd on the wire
        "Бюджет принят",  # koi8-r, named by the HTTP header only
    ]
    assert records[0]["body"] == [PROSE]  # the repeated paragraph is kept once
    assert records[2]["source"]["encoding"] == "koi8-r"
    first = records[0]
    assert first["url"] == "https://news.example/a"  # the page names no canonical address
    assert first["source"]["path"] == str(archive)
    assert first["source"]["warc_offset"] == offsets[2]
    assert first["source"]["target_uri"] == "https://news.example/a"
    assert first["source"]["fetched"] == "2024-07-19T18:10:00Z"
    assert first["source"]["warc_record_id"].startswith("<urn:uuid:")
    assert [entry["offset"] for entry in entries] == [offsets[10]]
    assert entries[0]["reason"] == "empty"
    assert dict(report.skipped) == SKIPPED  # type: ignore[attr-defined]
    assert (report.files, report.records) == (4, 3)  # type: ignore[attr-defined]
    assert "warc_revisit 1" in report.summary()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("gzipped", "cut"), [(True, 40), (True, 200), (False, 40), (False, 480)])
def test_cut_off_warc_keeps_records_before_the_cut(tmp_path: Path, gzipped: bool, cut: int) -> None:
    """Cut 40 bytes: inside the last record's payload; 200 (gzip) or 480: inside its headers."""
    records_in = crawl_records()[:4]  # warcinfo, request, two pages
    archive = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    offsets = write_warc(archive, records_in, gzipped=gzipped)
    data = archive.read_bytes()
    assert len(data) - cut > offsets[3]
    archive.write_bytes(data[: len(data) - cut])
    records, entries, report = _run(tmp_path)

    assert [record["headline"] for record in records] == ["Budget Passes"]
    assert len(entries) == 1
    assert entries[0]["offset"] == offsets[3]
    assert entries[0]["reason"] == "truncated_record"
    assert report.files == 2  # type: ignore[attr-defined]


def test_not_a_warc_is_one_error_entry(tmp_path: Path) -> None:
    (tmp_path / "broken.warc").write_bytes(b"this is not a WARC file\n" * 10)
    records, entries, _ = _run(tmp_path)
    assert records == [] and len(entries) == 1 and entries[0]["offset"] == 0


def test_jsonl_export(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"url": "https://news.example/a", "html": page("Budget Passes")}),
        "",
        "{not json",
        json.dumps({"url": "https://news.example/c", "text": "no html field"}),
        json.dumps({"url": "https://news.example/d", "html": page("Harbour Reopens")}),
        json.dumps(["a list"]),
    ]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, entries, report = _run(tmp_path, jsonl_field="html")

    assert [record["headline"] for record in records] == ["Budget Passes", "Harbour Reopens"]
    assert [record["source"]["line"] for record in records] == [1, 5]
    assert records[1]["url"] == records[1]["source"]["target_uri"] == "https://news.example/d"
    assert [(entry["line"], entry["reason"]) for entry in entries] == [
        (3, "bad_json"),
        (4, "missing_field"),
        (6, "bad_json"),
    ]
    assert report.files == 5  # type: ignore[attr-defined]


def test_jsonl_is_not_read_without_a_field(tmp_path: Path) -> None:
    (tmp_path / "export.jsonl").write_text('{"html": "x"}\n', encoding="utf-8")
    _, _, report = _run(tmp_path)
    assert report.files == 0 and report.skipped == {"not_a_dump": 1}  # type: ignore[attr-defined]


def test_http_decoding() -> None:
    body = b"<p>" + b"x" * 120 + b"</p>"
    assert dechunk(chunked(body, 7)) == body
    assert dechunk(body) == body  # stored de-chunked despite the header
    import zlib

    headers = {"Content-Encoding": "deflate", "Transfer-Encoding": "chunked"}
    assert decode_http(chunked(zlib.compress(body)), headers, 10_000) == body
    raw = zlib.compressobj(wbits=-15)
    deflated = raw.compress(body) + raw.flush()
    assert decode_http(deflated, {"Content-Encoding": "deflate"}, 10_000) == body


def _many_pages(path: Path, count: int) -> None:
    records = []
    for number in range(count):
        # Every 50th page repeats the story before it: --dedup marks it.
        text = variant_text(number - (number % 50 == 49)).encode("utf-8")
        uri = f"https://news.example/story/{number}"
        records.append(
            warc_record(
                "request",
                uri,
                b"GET / HTTP/1.1\r\n\r\n",
                content_type="application/http; msgtype=request",
            )
        )
        records.append(
            warc_record(
                "response",
                uri,
                http_response("200 OK", text, content_type="text/plain; charset=utf-8"),
            )
        )
    write_warc(path, records)


def test_kill_9_then_resume_gives_the_same_output(tmp_path: Path) -> None:
    folder = tmp_path / "crawls"
    folder.mkdir()
    _many_pages(folder / "a.warc.gz", 250)
    _many_pages(folder / "b.warc.gz", 150)
    base = [
        sys.executable, "-m", "newsclean", "clean", str(folder),
        "--workers", "2", "--quiet", "--dedup",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    whole = tmp_path / "whole.jsonl"
    subprocess.run([*base, "-o", str(whole)], env=env, check=True)

    out = tmp_path / "out.jsonl"
    command = [*base, "-o", str(out)]
    process = subprocess.Popen(command, env=env)
    part = tmp_path / "out.jsonl.part"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if part.exists() and part.stat().st_size > 20_000:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the job finished before it could be killed; use more pages"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not out.exists()
    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr

    def lines(path: Path) -> list[str]:
        # The records name their archive by path: the same in both runs.
        return path.read_text(encoding="utf-8").splitlines()

    assert lines(out) == lines(whole)
    assert len(lines(out)) == 400
    marked = [json.loads(line)["duplicate_of"] for line in lines(out)]
    # b.warc.gz repeats a.warc.gz's first 150 stories; a repeats 5 of its own.
    assert sum(original is not None for original in marked) == 155
    assert all(m.startswith(str(folder / "a.warc.gz") + "@") for m in marked if m)
    assert (tmp_path / "out.errors.jsonl").read_text() == (
        tmp_path / "whole.errors.jsonl"
    ).read_text()


def test_dask_splits_warc_files_into_byte_ranges(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from newsclean.dask import batches
    from newsclean.sources import Locator

    folder = tmp_path / "crawls"
    folder.mkdir()
    _many_pages(folder / "a.warc.gz", 40)
    write_warc(folder / "b.warc.gz", crawl_records())
    items = [Locator("a", offset=n) for n in range(5)] + [Locator("b", offset=0), "c.txt", "d.txt"]
    # Never two archives in one task; plain files batch together.
    assert [len(batch) for batch in batches(items, 3)] == [3, 2, 1, 2]

    outputs = {}
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        for engine in ("local", "dask"):
            out = tmp_path / f"{engine}.jsonl"
            options = BatchOptions(
                workers=2, engine=engine, scheduler=client if engine == "dask" else None
            )
            report = run_job(str(folder), out, tmp_path / f"{engine}.errors.jsonl", options=options)
            assert (report.files, report.records) == (44, 43)
            assert report.skipped["warc_request"] == 41
            outputs[engine] = out.read_text(encoding="utf-8")
    assert outputs["dask"] == outputs["local"]


def test_a_gzipped_export_given_alone(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl.gz"
    lines = [json.dumps({"link": "https://news.example/a", "body": page("Budget Passes")})]
    export.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    records, entries, _ = _run(export, jsonl_field="body", url_field="link")
    assert [(r["headline"], r["url"], r["source"]["line"]) for r in records] == [
        ("Budget Passes", "https://news.example/a", 1)
    ]
    assert entries == []
    command = [
        sys.executable,
        "-m",
        "newsclean",
        "clean",
        str(export),
        "-o",
        str(tmp_path / "o.jsonl"),
    ]
    refused = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    assert refused.returncode == 2 and "--jsonl-field" in refused.stderr
