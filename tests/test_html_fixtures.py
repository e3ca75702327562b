"""Golden HTML fixtures: pages we wrote ourselves (News Studio and generic layouts) beside
the record a user should get from each."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import parse_file
from newsclean.testing import assert_matches_fixture, find_fixtures

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
HTML_FIXTURES = find_fixtures(FIXTURES)


def test_fixture_set_is_complete() -> None:
    names = {path.stem for path in HTML_FIXTURES}
    assert {
        "newsstudio_en_article",
        "newsstudio_ur_article",
        "generic_jsonld_only",
        "generic_meta_only",
        "generic_no_metadata",
        "generic_misdeclared_charset",
        "generic_legacy_charset",
        "generic_related_inside_article",
    } <= names


@pytest.mark.parametrize("dump", HTML_FIXTURES, ids=lambda path: path.name)
def test_html_fixture(dump: Path) -> None:
    assert_matches_fixture(dump)


def test_news_studio_ids_story_code_and_tehran_offset() -> None:
    article = parse_file(FIXTURES / "newsstudio_en_article.html")
    assert article.headline == "Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties"
    assert article.story_code == "1148653"
    assert article.published is not None
    assert article.published.isoformat() == "2024-07-19T21:40:00+03:30"
    assert article.lead is not None and article.lead.startswith("Islam Times - Russian")
    assert article.body[0] == article.lead
    assert len(article.body) == 5
    assert not any("Send to friend" in p or "Your Name" in p for p in article.body)


def test_news_studio_sidebar_is_related_without_the_article_itself() -> None:
    article = parse_file(FIXTURES / "newsstudio_en_article.html")
    titles = [story.title for story in article.related]
    assert "Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties" not in titles
    sanctions = next(s for s in article.related if s.title.startswith("The Sanctions"))
    assert sanctions.author == "Maha Hussaini"
    assert str(sanctions.published) == "2024-07-18"
    assert all(
        story.url and story.url.startswith("https://www.islamtimes.org/en/")
        for story in article.related
    )
    # A sidebar byline is not the article's author.
    assert article.authors == []


def test_urdu_news_studio_code_after_body_and_2021_summer_offset() -> None:
    article = parse_file(FIXTURES / "newsstudio_ur_article.html")
    assert article.story_code == "660038"
    assert article.language == "ur"
    # Iran still kept summer time in 2021.
    assert (
        article.published is not None
        and article.published.utcoffset().total_seconds() == 4.5 * 3600
    )
    assert not any("آپ کا نام" in p for p in article.body)


def test_related_blocks_inside_article_stay_out_of_the_body() -> None:
    article = parse_file(FIXTURES / "generic_related_inside_article.html")
    text = " ".join(article.body)
    for furniture in (
        "Read more",
        "Rail talks collapse",
        "morning briefing",
        "Share on",
        "Photograph",
        "About time too",
    ):
        assert furniture not in text
    assert [s.headline for s in article.sections] == [None, "Services back to normal"]
    urls = [story.url for story in article.related]
    assert "https://www.northern-ledger.example/news/2024/04/rail-talks-collapse" in urls
    assert "https://www.northern-ledger.example/news/2024/05/rail-strike-called-off" not in urls
    assert len(urls) == len(set(urls))
    assert article.authors == ["Priya Natarajan"]


def test_declared_charset_is_checked_against_the_bytes() -> None:
    misdeclared = parse_file(FIXTURES / "generic_misdeclared_charset.html")
    assert misdeclared.source.encoding == "utf-8"
    assert misdeclared.headline == "Récord de turistas en las islas durante el otoño"
    legacy = parse_file(FIXTURES / "generic_legacy_charset.html")
    assert legacy.source.encoding == "cp1252"
    assert legacy.headline == "Grüße aus dem Süden: Weinlese beginnt früher"


def test_page_without_metadata_takes_the_printed_date_line() -> None:
    article = parse_file(FIXTURES / "generic_no_metadata.html")
    assert article.headline == "Harbour ferry service to resume on Monday"
    assert article.published is not None and article.published.date().isoformat() == "2023-03-03"
    assert article.body[0].startswith("The harbour ferry will return")
    assert not any("Council budget" in p for p in article.body)
