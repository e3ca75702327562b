"""Shared test paths. `../shared` (the seed and the corpus) sits beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_64019267fef93113.txt"


@pytest.fixture
def seed_bytes() -> bytes:
    return (FIXTURES / "islamtimes" / "en_article_2024_seed.txt").read_bytes()
