"""The benchmark scripts still run, on a few files: a figure nobody can reproduce is no figure.

Only that they finish and that their own checks pass is asserted; their timings mean
nothing at this size.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_batch_benchmark_checks_its_records_and_prints_the_ceiling() -> None:
    command = [
        sys.executable, str(REPO / "benchmarks" / "batch.py"),
        "--dumps", "300", "--repeat", "1", "--workers", "2", "--no-rss",
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert "check: 294 records (0 wrong), 6 errors; expected 294 + 6: ok" in run.stdout
    assert "the job with the parse taken out, --workers 2:" in run.stdout
    assert "of which the machinery takes" in run.stdout


def test_warc_benchmark_cleans_every_response_and_prints_the_ratio() -> None:
    import pytest

    places = (REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus")
    if not any(place.is_dir() for place in places):
        pytest.skip("the development corpora (../shared/corpus) are not beside the repository")
    pytest.importorskip("trafilatura")
    pytest.importorskip("warcio")
    command = [sys.executable, str(REPO / "benchmarks" / "warc.py"), "--responses", "12"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert "newsclean clean, --workers 2: 12 pages" in run.stdout
    assert "trafilatura.extract, 2 processes: 12 pages" in run.stdout
    assert "ratio: newsclean is" in run.stdout


def test_seed_instruction_count_prints_a_figure() -> None:
    import shutil

    import pytest

    if shutil.which("valgrind") is None:
        pytest.skip("valgrind is not on PATH: the instruction-count benchmark cannot run")
    command = [sys.executable, str(REPO / "benchmarks" / "seed_instructions.py"), "--dumps", "5"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    figure = float(run.stdout.split("this checkout")[1].split("M instructions")[0])
    # A seed parse runs a few million instructions; far off means the count is broken.
    assert 0.5 < figure < 50, run.stdout
