"""Every fixture dump parses to its expected JSON (regenerate: `newsclean check fixtures --update`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.testing import assert_matches_fixture, find_fixtures

from .conftest import FIXTURES

DUMPS = find_fixtures(FIXTURES)


def test_there_are_fixtures_for_every_profile() -> None:
    folders = {dump.relative_to(FIXTURES).parts[0] for dump in DUMPS}
    assert "islamtimes" in folders
    assert len(DUMPS) >= 1


@pytest.mark.parametrize("dump", DUMPS, ids=lambda path: str(Path(path).relative_to(FIXTURES)))
def test_fixture_matches_expected_json(dump: Path) -> None:
    assert_matches_fixture(dump)
