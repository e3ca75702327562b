"""Discovery order and skip counts, dedup keys, and the report's arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

from newsclean.batch.dedup import Deduplicator, mark_duplicate, story_keys
from newsclean.batch.discovery import Discovery, path_key
from newsclean.batch.report import BatchReport


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def test_discovery_walks_in_path_order_and_counts_skips(tmp_path: Path) -> None:
    _touch(tmp_path, "b.txt", "a-b/c.html", "a/z.htm.gz", "a/y.TXT", ".git/HEAD.txt", "a/.x.txt")
    _touch(tmp_path, "a/notes.md", "image.png", "a/deep/er/s.text")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    discovery = Discovery(str(tmp_path))
    found = [discovery.relative(path) for path in discovery]
    assert found == ["a/deep/er/s.text", "a/y.TXT", "a/z.htm.gz", "a-b/c.html", "b.txt"]
    assert found == sorted(found, key=path_key)
    assert discovery.skipped == {"hidden": 2, "not_a_dump": 3}  # notes.md, image.png, loop

    globbed = Discovery(str(tmp_path), glob="*.md")
    assert [globbed.relative(path) for path in globbed] == ["a/notes.md"]
    assert globbed.skipped["not_matching_glob"] == 6


def test_dedup_by_code_or_body() -> None:
    dedup = Deduplicator()
    first = story_keys("Islam Times", "1", ["Body one."])
    same_code = story_keys("Islam Times", "1", ["Body one, edited."])
    same_body_other_site = story_keys("Other", "9", ["Body one."])
    other_site_same_code = story_keys("Other", "1", ["Another body."])
    assert dedup.original_of("a.txt", first) is None
    assert dedup.original_of("b.txt", same_code) == "a.txt"
    assert dedup.original_of("c.txt", same_body_other_site) == "a.txt"
    assert dedup.original_of("d.txt", other_site_same_code) is None
    assert story_keys(None, None, []) == ()

    line = json.dumps({"headline": "H", "duplicate_of": None})
    assert json.loads(mark_duplicate(line, "a.txt")) == {"headline": "H", "duplicate_of": "a.txt"}


def test_report_counts_every_file() -> None:
    report = BatchReport()
    for reason in (None, None, "empty", "timeout", "empty"):
        report.count(reason)
    report.finish()
    assert (report.files, report.records, report.error_count) == (5, 2, 3)
    assert report.to_dict()["errors"] == {"empty": 2, "timeout": 1}
    assert "errors by reason: empty 2, timeout 1" in report.summary()


def test_progress_bar_only_on_a_terminal(monkeypatch, capsys) -> None:
    import sys

    from newsclean.batch import progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert not progress.progress_shown()
    assert type(progress.progress_bar(10)).__name__ == "_Silent"

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    bar = progress.progress_bar(10)
    assert type(bar).__name__ == "_Bar"
    bar.advance(4)
    bar.close()
    drawn = capsys.readouterr().err
    assert "4/10" in drawn and "file/s" in drawn
    assert type(progress.progress_bar(10, enabled=False)).__name__ == "_Silent"
