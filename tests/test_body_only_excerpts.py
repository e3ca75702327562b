"""Issue 12: a dump holding paragraph-length prose is never refused, in any script.

Body-only excerpts are common in real dumps: a scraper kept one paragraph of the article,
often cut off mid-word. Every long paragraph of every fixture, alone, whole and cut off,
must parse to a record without a headline whose body is that text.
"""

from __future__ import annotations

import json

import pytest

import newsclean

from .conftest import FIXTURES

MIN_CHARS = 150


def _paragraphs() -> list[str]:
    found: list[str] = []
    for expected in sorted(FIXTURES.glob("*/*.json")):
        body = json.loads(expected.read_text(encoding="utf-8")).get("body") or []
        found.extend([paragraph for paragraph in body if len(paragraph) >= MIN_CHARS][:2])
    return found


PARAGRAPHS = _paragraphs()


def test_there_are_paragraphs_in_several_scripts() -> None:
    scripts = {
        "arabic": any("\u0600" <= c <= "\u06ff" for p in PARAGRAPHS for c in p),
        "bengali": any("\u0980" <= c <= "\u09ff" for p in PARAGRAPHS for c in p),
        "devanagari": any("\u0900" <= c <= "\u097f" for p in PARAGRAPHS for c in p),
        "cyrillic": any("\u0400" <= c <= "\u04ff" for p in PARAGRAPHS for c in p),
    }
    assert all(scripts.values()), scripts
    assert len(PARAGRAPHS) >= 100


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=lambda p: p[:24])
def test_one_paragraph_alone_whole_or_cut_off_is_a_body_only_record(paragraph: str) -> None:
    for text in (paragraph, paragraph[: int(len(paragraph) * 0.8)]):
        article = newsclean.parse(text.encode("utf-8"))
        assert article.headline is None
        assert article.body, text
        assert "".join(article.body).replace(" ", "") == text.replace(" ", "")
