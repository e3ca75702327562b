"""Dates where a page's metadata names none (htmldate over the page's text, the URL's day),
and the URL's day where metadata prints another (a UTC instant of an evening story)."""

from __future__ import annotations

from datetime import date, datetime

import newsclean
from newsclean.html.date_fallback import agree_with_url, fallback_published

PROSE = (
    "The council voted on Tuesday to reopen the old harbour bath next summer, after a "
    "three-year closure that had left the town without a public pool. Repairs to the roof "
    "and the filters will cost less than first feared, the mayor said."
)


def _page(head: str = "", byline: str = "") -> bytes:
    return (
        f"<html><head><title>Harbour Bath to Reopen</title>{head}</head><body><article>"
        f"<h1>Harbour Bath to Reopen</h1>{byline}<p>{PROSE}</p><p>{PROSE}</p>"
        "</article></body></html>"
    ).encode()


def test_printed_date_in_a_byline_is_found_without_metadata() -> None:
    page = _page(byline='<p class="entry-meta">Posted on 12. März 2019 by Anna Berg</p>')
    article = newsclean.parse(page)
    assert article.published is not None
    assert article.published.date() == date(2019, 3, 12)


def test_the_urls_day_dates_a_page_that_prints_none() -> None:
    article = newsclean.parse(_page(), url="https://example.org/2021/06/15/harbour-bath")
    assert article.published == datetime(2021, 6, 15)
    assert not any(problem.code == "no_date" for problem in article.problems)


def test_a_page_without_any_date_says_so() -> None:
    article = newsclean.parse(_page())
    assert article.published is None
    assert [problem.code for problem in article.problems] == ["no_date"]


def test_url_day_wins_over_a_utc_instant_of_the_evening_before() -> None:
    head = (
        '<meta property="article:published_time" content="2023-11-09T01:49:09+00:00">'
        '<link rel="canonical" href="https://example.org/2023/11/08/harbour-bath/">'
    )
    article = newsclean.parse(_page(head))
    assert article.published == datetime(2023, 11, 8)


def test_metadata_that_agrees_with_the_url_keeps_its_time_and_offset() -> None:
    published = datetime.fromisoformat("2023-11-08T17:49:09-08:00")
    assert agree_with_url(published, ("https://example.org/2023/11/08/a",)) is published
    assert agree_with_url(published, (None, "https://example.org/news/a")) is published


def test_a_future_url_day_is_no_date() -> None:
    assert (
        fallback_published("", ("https://example.org/2031/01/02/a",), today=date(2026, 1, 1))
        is None
    )


def test_a_url_day_no_time_zone_explains_leaves_the_metadata_standing() -> None:
    # 10:04 UTC is the morning of 9 July everywhere news is written: a path filed under
    # 8 July names the draft's day, not the story's.
    published = datetime.fromisoformat("2020-07-09T10:04:04+00:00")
    assert agree_with_url(published, ("https://example.org/politics/2020/07/08/a",)) is published


def test_a_url_day_long_before_the_metadata_dates_the_original() -> None:
    published = datetime.fromisoformat("2019-06-17T18:28:00+02:00")
    got = agree_with_url(published, ("https://example.org/home/2017/7/12/a",))
    assert got == datetime(2017, 7, 12)
