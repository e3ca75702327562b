"""A folder of good and hostile dumps: every dump ends as exactly one line, with its reason."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

import newsclean
from newsclean.batch import BatchError
from newsclean.batch.job import run_job
from newsclean.batch.run import BatchOptions
from tests.batch_helpers import SEED, misbehaving_task, variant_text, write_gzip, write_variants

MAX_BYTES = 1024 * 1024
MISENCODED = """Friday 19 July 2024 - 21:40
Grüße aus München: Café-Besitzer feiern Jubiläum
Story Code : 77
Die Café-Besitzer in München feiern ihr Jubiläum mit Grüßen an alle Gäste, die über die Jahre treu geblieben sind. Über hundert Gäste kamen zur Feier.
Der Bürgermeister überreichte eine Urkunde und lobte die Qualität der Kuchen, die täglich frisch gebacken werden.
Comment
"""


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    write_variants(root / "good", 6)
    (root / "bad").mkdir()
    bad = root / "bad"
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "misencoded.txt").write_bytes(MISENCODED.encode("cp1252"))
    seed_gz = gzip.compress(SEED.read_bytes())
    (bad / "truncated_header.txt.gz").write_bytes(seed_gz[:12])
    (bad / "truncated_half.txt.gz").write_bytes(seed_gz[: len(seed_gz) // 2])
    # 64 MB of text packed into ~64 KB: must be refused at the byte limit, not inflated.
    write_gzip(bad / "bomb.txt.gz", b"a" * (64 * 1024 * 1024))
    with open(bad / "huge.txt", "wb") as huge:  # sparse: costs no disk
        huge.truncate(MAX_BYTES * 50)
    (bad / "not_an_article.txt").write_text("0\n12\nComment\n", encoding="utf-8")
    for name in ("hang.txt", "crash.txt", "oomkill.txt", "memhog.txt"):
        (bad / name).write_text(variant_text(99), encoding="utf-8")
    # Skipped, and counted as skipped: hidden files and folders, files that are not dumps.
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    (root / ".cache").mkdir()
    (root / ".cache" / "story.txt").write_text(variant_text(50), encoding="utf-8")
    (root / "README.md").write_text("notes", encoding="utf-8")
    (root / "good" / "story_0000.json").write_text("{}", encoding="utf-8")
    return root


EXPECTED_ERRORS = {
    "bad/bomb.txt.gz": "too_large",
    "bad/crash.txt": "worker_crashed",
    "bad/empty.txt": "empty",
    "bad/hang.txt": "timeout",
    "bad/huge.txt": "too_large",
    "bad/image.txt": "binary",
    "bad/memhog.txt": "out_of_memory",  # hit the per-worker address-space cap
    "bad/not_an_article.txt": "not_an_article",
    "bad/oomkill.txt": "out_of_memory",
    "bad/truncated_header.txt.gz": "corrupt_compression",
}


def _options(**extra: object) -> BatchOptions:
    return BatchOptions(
        workers=2,
        timeout=4.0,
        max_bytes=MAX_BYTES,
        memory_limit_mb=1024,
        task=misbehaving_task,
        **extra,  # type: ignore[arg-type]
    )


def test_every_file_is_one_line_with_its_reason(hostile_folder: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    report = run_job(str(hostile_folder), out, errors, options=_options())

    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    entries = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    relative = lambda path: str(Path(path).relative_to(hostile_folder))  # noqa: E731
    got_errors = {relative(entry["path"]): entry["reason"] for entry in entries}
    assert got_errors == EXPECTED_ERRORS
    assert all(entry["message"] for entry in entries)

    record_paths = [relative(record["source"]["path"]) for record in records]
    assert record_paths == [
        "bad/misencoded.txt",
        "bad/truncated_half.txt.gz",
        *(f"good/story_{number:04d}.txt" for number in range(6)),
    ]
    by_path = dict(zip(record_paths, records, strict=True))
    assert by_path["good/story_0003.txt"]["headline"].startswith("Variant 3: Moscow, Pyongyang")
    assert by_path["good/story_0003.txt"]["story_code"] == "2000003"
    misencoded = by_path["bad/misencoded.txt"]
    assert misencoded["headline"] == "Grüße aus München: Café-Besitzer feiern Jubiläum"
    assert "legacy_encoding" in [problem["code"] for problem in misencoded["problems"]]
    half = by_path["bad/truncated_half.txt.gz"]
    assert "truncated_compression" in [problem["code"] for problem in half["problems"]]

    assert report.files == 18 == len(records) + len(entries)
    assert report.records == 8
    assert report.errors == Counter(EXPECTED_ERRORS.values())
    assert report.skipped == {"hidden": 2, "not_a_dump": 2}


def test_clean_dir_yields_articles_and_errors(hostile_folder: Path) -> None:
    run = newsclean.clean_dir(
        hostile_folder / "good", workers=1, max_bytes=MAX_BYTES, learn_template=False
    )
    items = list(run)
    assert [type(item).__name__ for item in items] == ["Article"] * 6
    assert items[0].story_code == "2000000"
    assert run.report.records == 6 and run.report.error_count == 0

    errors = [
        item
        for item in newsclean.clean_dir(hostile_folder, glob="empty.txt", workers=1)
        if isinstance(item, BatchError)
    ]
    assert [(Path(error.path).name, error.reason) for error in errors] == [("empty.txt", "empty")]


def test_to_dataframe_has_one_row_per_file(hostile_folder: Path) -> None:
    pytest.importorskip("pandas")
    frame = newsclean.clean_dir(hostile_folder, glob="*/[ei]m*.txt", workers=1).to_dataframe()
    assert list(frame["source_path"].map(lambda path: Path(path).name)) == [
        "empty.txt",
        "image.txt",
    ]
    assert list(frame["error_reason"]) == ["empty", "binary"]

    frame = newsclean.to_dataframe(newsclean.clean_dir(hostile_folder / "good", workers=1))
    assert frame["story_code"].tolist() == [str(2000000 + number) for number in range(6)]
    assert frame["body"].map(len).tolist() == [5] * 6
