"""Where the page's witnesses disagree: htmldate's year-only guess is no date, a printed
date outvotes the metadata only with htmldate on its side and never when it is an update,
and a bare element whose text is a related label heads a related list."""

from __future__ import annotations

from datetime import date, datetime

import newsclean
from newsclean.html.date_fallback import fallback_published, printed_outvotes

PROSE = (
    "The council voted on Tuesday to reopen the old harbour bath next summer, after a "
    "three-year closure that had left the town without a public pool. Repairs to the roof "
    "and the filters will cost less than first feared, the mayor said."
)


def _page(head: str = "", top: str = "", foot: str = "") -> str:
    return (
        f"<html><head><title>Harbour Bath to Reopen</title>{head}</head><body><article>"
        f"<h1>Harbour Bath to Reopen</h1>{top}<p>{PROSE}</p><p>{PROSE}</p>"
        f"</article>{foot}</body></html>"
    )


def test_a_copyright_year_alone_gives_no_day() -> None:
    # htmldate reads "© 2020" as 2020-01-01; nothing else on the page names a day.
    page = _page(foot="<footer><p>© 2020 Harbour Gazette</p></footer>")
    assert fallback_published(page, (None,), today=date(2026, 1, 1)) is None


def test_a_printed_date_htmldate_confirms_outvotes_the_metadata() -> None:
    published = datetime(2023, 11, 9, 1, 49)
    printed = datetime(2023, 11, 8, 17, 49)
    page = _page(top='<p class="date">Published: 8 November 2023, 17:49</p>')
    assert printed_outvotes(published, printed, page, (None,)) == printed


def test_metadata_stands_when_htmldate_does_not_side_with_the_printed_date() -> None:
    published = datetime(2023, 11, 9, 1, 49)
    printed = datetime(2023, 10, 2, 9, 0)
    page = _page(head='<meta property="article:published_time" content="2023-11-09T01:49:00">')
    assert printed_outvotes(published, printed, page, (None,)) == published


def test_a_url_day_leaves_the_vote_to_the_url() -> None:
    published = datetime(2023, 11, 9, 1, 49)
    printed = datetime(2023, 11, 8, 17, 49)
    page = _page(top='<p class="date">Published: 8 November 2023, 17:49</p>')
    urls = ("https://example.org/2023/11/09/harbour-bath",)
    assert printed_outvotes(published, printed, page, urls) == published


def test_an_updated_line_never_outvotes_the_first_publication() -> None:
    head = '<meta property="article:published_time" content="2024-08-04T13:23:00+00:00">'
    top = '<p class="time-info">Updated 20:49, 5 Aug 2024</p>'
    article = newsclean.parse(_page(head, top).encode())
    assert article.published is not None
    assert article.published.date() == date(2024, 8, 4)


def test_a_bare_label_element_heads_a_related_list() -> None:
    foot = (
        '<div class="box"><div class="box-title">مطالب مرتبط</div><ul>'
        '<li><a href="/fa/news/1001/">قیمت زعفران در بازار بیرجند کاهش یافت</a></li>'
        '<li><a href="/fa/news/1002/">طرح آبیاری نوین در سه شهرستان اجرا می‌شود</a></li>'
        "</ul></div>"
    )
    article = newsclean.parse(_page(foot=foot).encode(), url="https://example.org/fa/news/9/")
    assert [story.url for story in article.related] == [
        "https://example.org/fa/news/1001/",
        "https://example.org/fa/news/1002/",
    ]


def test_an_update_label_marks_the_printed_date_as_an_update() -> None:
    from lxml import html

    from newsclean.html.printed import read_printed
    from newsclean.lexicon import GENERIC_LEXICON

    body = html.fromstring('<div><p class="time-info">Updated 20:49, 5 Aug 2024</p></div>')
    facts = read_printed(body, GENERIC_LEXICON, ("en",))
    assert facts.published is not None and facts.published.date() == date(2024, 8, 5)
    assert facts.updated
    body = html.fromstring('<div><p class="date">Published: 4 Aug 2024</p></div>')
    assert not read_printed(body, GENERIC_LEXICON, ("en",)).updated
