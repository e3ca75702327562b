"""Golden-fixture testing: dumps beside their expected JSON, compared field by field.

A fixture is a dump file (``.txt``, ``.html``, ``.htm``, optionally ``.gz``) with an expected
record beside it: ``story.txt`` → ``story.json``. The expected JSON is the record as
`expected_record` writes it; a hand-written one may list only the fields it cares about
(only the keys present are compared). A dump that must be refused expects
``{"error": {"reason": "binary"}}``.

In pytest::

    import pytest
    from newsclean.testing import assert_matches_fixture, find_fixtures

    @pytest.mark.parametrize("dump", find_fixtures("fixtures"), ids=str)
    def test_fixture(dump):
        assert_matches_fixture(dump)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclean.errors import ParseError
from newsclean.models import Article
from newsclean.pipeline import parse_file

DUMP_SUFFIXES = (".txt", ".html", ".htm", ".text")
_MISSING = object()


def expected_path(dump: str | Path) -> Path:
    """Where a dump's expected JSON lives: its name without dump and ``.gz`` suffixes, + ``.json``."""
    path = Path(dump)
    name = path.name
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in DUMP_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return path.with_name(name + ".json")


def is_dump_file(path: Path) -> bool:
    name = path.name.removesuffix(".gz")
    return path.is_file() and not name.startswith(".") and name.endswith(DUMP_SUFFIXES)


def find_fixtures(directory: str | Path, *, with_expected_only: bool = True) -> list[Path]:
    """Dump files under ``directory`` (recursively), sorted; by default only those with an expected JSON."""
    dumps = sorted(path for path in Path(directory).rglob("*") if is_dump_file(path))
    if with_expected_only:
        dumps = [dump for dump in dumps if expected_path(dump).exists()]
    return dumps


def expected_record(article: Article) -> dict[str, Any]:
    """The JSON-ready form a fixture's expected file holds (no machine-specific path)."""
    return article.model_dump(mode="json", exclude={"source": {"path"}})


def actual_record(dump: str | Path) -> dict[str, Any]:
    """What parsing ``dump`` gives, in expected-file form (an error entry for a refused dump)."""
    try:
        return expected_record(parse_file(dump))
    except ParseError as error:
        return {"error": {"reason": error.reason.value, "message": error.message}}


@dataclass(frozen=True)
class FieldDiff:
    """One difference: where (``related[2].title``), what was expected, what came out."""

    where: str
    expected: Any
    actual: Any

    def __str__(self) -> str:
        actual = (
            "<missing>" if self.actual is _MISSING else json.dumps(self.actual, ensure_ascii=False)
        )
        return f"  {self.where}:\n    expected {json.dumps(self.expected, ensure_ascii=False)}\n    actual   {actual}"


@dataclass
class FixtureResult:
    dump: Path
    diffs: list[FieldDiff] = field(default_factory=list)
    missing_expected: bool = False

    @property
    def ok(self) -> bool:
        return not self.diffs and not self.missing_expected

    def report(self) -> str:
        if self.missing_expected:
            return f"{self.dump}: no expected JSON at {expected_path(self.dump)}"
        if self.ok:
            return f"{self.dump}: ok"
        lines = [f"{self.dump}: {len(self.diffs)} field(s) differ"]
        lines.extend(str(diff) for diff in self.diffs)
        return "\n".join(lines)


def compare(expected: Any, actual: Any, where: str = "") -> Iterator[FieldDiff]:
    """Differences between an expected value and the actual one, for the keys expected lists."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key, value in expected.items():
            if key == "message" and where.endswith("error"):
                continue  # messages may be reworded; the reason is the contract
            path = f"{where}.{key}" if where else key
            if key not in actual:
                yield FieldDiff(path, value, _MISSING)
            else:
                yield from compare(value, actual[key], path)
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield FieldDiff(f"{where} (length {len(expected)} vs {len(actual)})", expected, actual)
            return
        for index, (first, second) in enumerate(zip(expected, actual, strict=True)):
            yield from compare(first, second, f"{where}[{index}]")
    elif expected != actual:
        yield FieldDiff(where, expected, actual)


def check_fixture(dump: str | Path) -> FixtureResult:
    """Parse ``dump`` and compare the record with its expected JSON."""
    path = Path(dump)
    expected_file = expected_path(path)
    if not expected_file.exists():
        return FixtureResult(path, missing_expected=True)
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    return FixtureResult(path, list(compare(expected, actual_record(path))))


def update_fixture(dump: str | Path) -> bool:
    """Rewrite ``dump``'s expected JSON from what the parser gives now; True if it changed."""
    path = expected_path(dump)
    text = json.dumps(actual_record(dump), ensure_ascii=False, indent=2) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def assert_matches_fixture(dump: str | Path) -> None:
    """pytest-friendly: raise AssertionError with a field-by-field diff on a mismatch."""
    result = check_fixture(dump)
    if not result.ok:
        raise AssertionError(result.report())
