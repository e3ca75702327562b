"""The command line: `newsclean parse` and `newsclean check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsclean.cli import main

from .conftest import FIXTURES

SEED = FIXTURES / "islamtimes" / "en_article_2024_seed.txt"


def test_parse_prints_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["story_code"] == "1148653"
    assert record["published"] == "2024-07-19T21:40:00+03:30"
    assert len(record["related"]) == 12


def test_parse_many_prints_json_lines_and_errors_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(SEED), str(empty), str(SEED)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.strip().split("\n")
    assert [json.loads(line)["story_code"] for line in lines] == ["1148653", "1148653"]
    assert json.loads(captured.err) == {
        "path": str(empty),
        "reason": "empty",
        "message": "the file is empty (0 bytes)",
    }


def test_parse_with_forced_site(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dump = tmp_path / "plain.txt"
    dump.write_text(
        "Talks Resume\n19 July 2024 10:00\nThe talks resumed on Friday in Geneva, officials said.\n"
    )
    assert main(["parse", "--site", "newsstudio", str(dump)]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2024-07-19T10:00:00+03:30"
    assert main(["parse", "--site", "generic", str(dump)]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2024-07-19T10:00:00"


def test_no_command_is_bad_usage() -> None:
    assert main([]) == 2
    with pytest.raises(SystemExit) as exited:
        main(["parse", "--site", "nope", str(SEED)])
    assert exited.value.code == 2


def test_check_passes_then_reports_a_mismatch_then_updates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copy(SEED, tmp_path / "seed.txt")
    shutil.copy(SEED.with_suffix(".json"), tmp_path / "seed.json")
    assert main(["check", str(tmp_path)]) == 0
    assert "1 fixtures: 1 ok, 0 differ" in capsys.readouterr().out

    expected = json.loads((tmp_path / "seed.json").read_text(encoding="utf-8"))
    expected["story_code"] = "999"
    expected["related"][2]["title"] = "UN’s Top Court: Israel"
    (tmp_path / "seed.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    report = capsys.readouterr().out
    assert 'story_code:\n    expected "999"\n    actual   "1148653"' in report
    assert "related[2].title" in report

    assert main(["check", "--update", str(tmp_path)]) == 0
    assert (
        json.loads((tmp_path / "seed.json").read_text(encoding="utf-8"))["story_code"] == "1148653"
    )
    assert main(["check", str(tmp_path)]) == 0


def test_check_on_an_empty_directory_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path)]) == 1
    assert "no fixtures" in capsys.readouterr().out


def test_partial_expected_json_compares_listed_fields_only(tmp_path: Path) -> None:
    from newsclean.testing import check_fixture

    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "seed.json").write_text(
        json.dumps({"story_code": "1148653", "related": []}), encoding="utf-8"
    )
    result = check_fixture(tmp_path / "seed.txt")
    assert [diff.where for diff in result.diffs] == ["related (length 0 vs 12)"]
