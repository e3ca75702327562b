"""``newsclean clean``: exit codes, formats, options and the files it leaves."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from newsclean.cli import main
from tests.batch_helpers import variant_text, write_variants


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "dumps"
    write_variants(root / "en", 4)
    return root


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_exit_0_when_every_dump_is_a_record(folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "articles.jsonl"
    assert main(["clean", str(folder), "-o", str(out), "--workers", "1"]) == 0
    records = _lines(out)
    assert [record["story_code"] for record in records] == [
        "2000000",
        "2000001",
        "2000002",
        "2000003",
    ]
    assert records[0]["source"]["path"] == str(folder / "en" / "story_0000.txt")
    assert (tmp_path / "articles.errors.jsonl").read_text(encoding="utf-8") == ""
    summary = capsys.readouterr().err
    assert "4 files: 4 records, 0 errors" in summary and "files/s" in summary


def test_exit_1_with_errors_written_where_asked(folder: Path, tmp_path: Path) -> None:
    (folder / "blank.html").write_bytes(b"   \n")
    out, errors = tmp_path / "a.jsonl", tmp_path / "logs" / "bad.jsonl"
    code = main(["clean", str(folder), "-o", str(out), "--errors", str(errors), "-q"])
    assert code == 1
    assert _lines(errors) == [
        {
            "path": str(folder / "blank.html"),
            "reason": "empty",
            "message": "the file holds only whitespace or control bytes",
        }
    ]
    assert len(_lines(out)) == 4


@pytest.mark.parametrize(
    "argv",
    [
        ["clean", "does-not-exist", "-o", "x.jsonl"],
        ["clean", "{folder}", "-o", "x.jsonl", "--engine", "dask"],
        ["clean", "{folder}", "-o", "x.jsonl", "--format", "xml"],
        ["clean", "{folder}", "-o", "x.jsonl", "--workers", "-1"],
        ["clean", "{folder}"],
    ],
)
def test_exit_2_on_bad_usage(folder: Path, tmp_path: Path, monkeypatch, argv: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    argv = [arg.replace("{folder}", str(folder)) for arg in argv]
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own usage errors
        code = exit_.code
    assert code == 2
    assert not (tmp_path / "x.jsonl").exists()


def test_csv_output(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    assert main(["clean", str(folder), "-o", str(out), "-q"]) == 0
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["story_code"] for row in rows] == ["2000000", "2000001", "2000002", "2000003"]
    assert json.loads(rows[1]["body"])[0].startswith("According to the news agency (report 1)")
    assert rows[0]["source_kind"] == "text"
    assert not (tmp_path / "articles.csv.part").exists()


def test_parquet_output(folder: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "articles.parquet"
    assert main(["clean", str(folder), "-o", str(out), "--format", "parquet", "-q"]) == 0
    table = pq.read_table(out)
    assert table.column("story_code").to_pylist() == ["2000000", "2000001", "2000002", "2000003"]
    assert [len(body) for body in table.column("body").to_pylist()] == [5, 5, 5, 5]
    first = table.column("published").to_pylist()[0]
    assert first == datetime.fromisoformat("2024-07-19T21:40:00+03:30")  # the same instant
    assert table.column("published_offset_minutes").to_pylist()[0] == 210


def test_glob_site_and_dedup(folder: Path, tmp_path: Path) -> None:
    (folder / "fr").mkdir()
    (folder / "fr" / "copy.text").write_text(variant_text(2), encoding="utf-8")
    (folder / "fr" / "other.dump").write_text(variant_text(9), encoding="utf-8")
    out = tmp_path / "a.jsonl"
    argv = ["clean", str(folder), "-o", str(out), "-q", "--dedup", "--site", "newsstudio"]
    assert main(argv) == 0
    records = _lines(out)
    assert [Path(record["source"]["path"]).name for record in records] == [
        "story_0000.txt",
        "story_0001.txt",
        "story_0002.txt",
        "story_0003.txt",
        "copy.text",
    ]
    assert records[-1]["duplicate_of"] == str(folder / "en" / "story_0002.txt")
    assert [record["duplicate_of"] for record in records[:4]] == [None] * 4

    out2 = tmp_path / "b.jsonl"
    assert main(["clean", str(folder), "-o", str(out2), "-q", "--glob", "*.dump"]) == 0
    assert [record["story_code"] for record in _lines(out2)] == ["2000009"]
    out3 = tmp_path / "c.jsonl"
    assert main(["clean", str(folder), "-o", str(out3), "-q", "--glob", "en/*_000[13].txt"]) == 0
    assert [record["story_code"] for record in _lines(out3)] == ["2000001", "2000003"]


def test_help_reads_well(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["clean", "--help"])
    text = capsys.readouterr().out
    for words in ("--resume", "--dedup", "--format", "exit status", "kill -9", "--scheduler"):
        assert words in text
