"""Killed at any moment, a job finished with --resume writes exactly what one run writes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean.batch.job import run_job
from newsclean.batch.journal import Journal, OutputExists, cut_partial_line
from newsclean.batch.run import BatchOptions
from tests.batch_helpers import REPO, write_variants

OPTIONS = BatchOptions(workers=2, dedup=True, timeout=30)
PER_FOLDER = 150  # enough that a kill lands mid-run even on a fast machine
EMPTY = range(0, 2 * PER_FOLDER, 9)
FILES = 2 * PER_FOLDER + 3 + len(EMPTY)
RECORDS = 2 * PER_FOLDER + 3


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("resume")
    write_variants(root / "a", PER_FOLDER)
    write_variants(root / "b", PER_FOLDER, start=PER_FOLDER)
    # Copies of earlier stories, for --dedup to mark across the interruption.
    for number in (3, PER_FOLDER + 5, 2 * PER_FOLDER - 10):
        source = root / ("a" if number < PER_FOLDER else "b") / f"story_{number:04d}.txt"
        shutil.copy(source, root / "b" / f"story_{number:04d}_copy.txt")
    for number in EMPTY:
        (root / "a" / f"empty_{number:02d}.txt").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def uninterrupted(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("full") / "out.jsonl"
    errors = out.with_name("out.errors.jsonl")
    report = run_job(str(folder), out, errors, options=OPTIONS)
    assert report.files == FILES and report.duplicates == 3
    return out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8")


class _Killed(BaseException):
    """Stands in for a kill: raised from inside the write loop, caught by nobody in the job."""


@pytest.mark.parametrize(
    ("stop_after", "cut_records", "cut_errors"),
    [(1, 0, 0), (30, 17, 0), (200, 5, 3), (FILES - 1, 900, 1)],
)
def test_resume_after_interruption_with_partial_lines(
    folder: Path,
    uninterrupted: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stop_after: int,
    cut_records: int,
    cut_errors: int,
) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    written = 0
    real_write = Journal.write

    def write_then_die(self: Journal, result: object) -> None:
        nonlocal written
        if written == stop_after:
            raise _Killed
        written += 1
        real_write(self, result)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "write", write_then_die)
    with pytest.raises(_Killed):
        run_job(str(folder), out, errors, options=OPTIONS)
    monkeypatch.setattr(Journal, "write", real_write)
    assert not out.exists(), "readers must not see an unfinished output"
    # A kill mid-write leaves a line cut anywhere: chop bytes off each journal's end.
    for part, cut in (
        (tmp_path / "out.jsonl.part", cut_records),
        (tmp_path / "out.errors.jsonl.part", cut_errors),
    ):
        size = part.stat().st_size
        os.truncate(part, max(0, size - cut))

    report = run_job(str(folder), out, errors, options=OPTIONS, resume=True)

    assert (out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8")) == uninterrupted
    assert report.files == FILES and report.records == RECORDS
    assert report.errors == {"empty": len(EMPTY)}
    assert report.duplicates == 3
    assert (
        not (tmp_path / "out.jsonl.part").exists()
        and not (tmp_path / "out.jsonl.state.json").exists()
    )


def test_kill_9_then_resume_from_the_command_line(
    folder: Path, uninterrupted: tuple[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "newsclean",
        "clean",
        str(folder),
        "-o",
        str(out),
        "--dedup",
        "--workers",
        "2",
        "--quiet",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, env=env)
    part = tmp_path / "out.jsonl.part"
    deadline = time.monotonic() + 60
    # Kill once some records are on disk but before the job can finish.
    while time.monotonic() < deadline and process.poll() is None:
        if part.exists() and part.stat().st_size > 20_000:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the job finished before it could be killed; use more files"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not out.exists()

    refused = subprocess.run(command, env=env, capture_output=True, text=True)
    assert refused.returncode == 2 and "--resume" in refused.stderr

    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True)
    assert resumed.returncode == 1, resumed.stderr  # the empty files are errors
    errors = tmp_path / "out.errors.jsonl"
    assert (out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8")) == uninterrupted


def test_existing_output_is_not_clobbered(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    with pytest.raises(OutputExists):
        run_job(str(folder / "a"), out, tmp_path / "err.jsonl", options=OPTIONS)
    assert out.read_text(encoding="utf-8") == "precious\n"
    run_job(str(folder / "a"), out, tmp_path / "err.jsonl", options=OPTIONS, overwrite=True)
    assert len(out.read_text(encoding="utf-8").splitlines()) == PER_FOLDER


def test_cut_partial_line(tmp_path: Path) -> None:
    journal = tmp_path / "j.jsonl"
    journal.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c":')
    assert cut_partial_line(journal) == 5
    assert journal.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    journal.write_bytes(b'{"c":')
    cut_partial_line(journal)
    assert journal.read_bytes() == b""


def test_resume_after_a_kill_while_finishing(
    folder: Path, uninterrupted: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsclean.batch.journal as journal_module

    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    real_replace = os.replace

    def replace_then_die(source: object, target: object) -> None:
        if Path(str(target)) == out:
            raise _Killed  # errors renamed already, records not yet
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(journal_module.os, "replace", replace_then_die)
    with pytest.raises(_Killed):
        run_job(str(folder), out, errors, options=OPTIONS)
    monkeypatch.setattr(journal_module.os, "replace", real_replace)
    assert errors.exists() and not out.exists()

    report = run_job(str(folder), out, errors, options=OPTIONS, resume=True)
    assert report.resumed == FILES and report.processed == 0
    assert (out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8")) == uninterrupted


def test_resumed_csv_job_equals_one_run(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = str(folder / "a")
    whole = tmp_path / "whole.csv"
    run_job(source, whole, tmp_path / "whole.errors.jsonl", fmt="csv", options=OPTIONS)

    out, errors = tmp_path / "out.csv", tmp_path / "out.errors.jsonl"
    written = 0
    real_write = Journal.write

    def write_then_die(self: Journal, result: object) -> None:
        nonlocal written
        if written == 50:
            raise _Killed
        written += 1
        real_write(self, result)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "write", write_then_die)
    with pytest.raises(_Killed):
        run_job(source, out, errors, fmt="csv", options=OPTIONS)
    monkeypatch.setattr(Journal, "write", real_write)
    assert not out.exists() and (tmp_path / "out.csv.part").exists()
    # The format is the job's: resuming with another one changes nothing.
    run_job(source, out, errors, fmt="jsonl", options=OPTIONS, resume=True)
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8").startswith("headline,published,story_code")


def test_resume_refuses_another_input(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean.batch.job import ResumeMismatch

    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    monkeypatch.setattr(Journal, "write", lambda self, result: (_ for _ in ()).throw(_Killed()))
    with pytest.raises(_Killed):
        run_job(str(folder / "a"), out, errors, options=OPTIONS)
    monkeypatch.undo()
    with pytest.raises(ResumeMismatch):
        run_job(str(folder / "b"), out, errors, options=OPTIONS, resume=True)
    report = run_job(str(folder / "a"), out, errors, options=OPTIONS, resume=True)
    assert report.files == PER_FOLDER + len(EMPTY)  # the empty files are all in a/
