"""``url=`` on `parse` and `parse_file`: the fetched address, where the page names none."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import newsclean

PAGE = b"""<html><head><title>Harbour Reopens</title></head><body><article>
<h1>Harbour Reopens</h1>
<p>The harbour reopened on Monday after three weeks of repairs to the outer wall, the port
authority said in a statement that thanked the crews who worked through the storms.</p>
</article></body></html>"""

CANONICAL = PAGE.replace(
    b"<title>", b'<link rel="canonical" href="https://example.org/news/harbour"><title>'
)


def test_fetched_url_becomes_the_record_url() -> None:
    article = newsclean.parse(PAGE, url="https://example.org/2024/05/06/harbour")
    assert article.headline == "Harbour Reopens"
    assert article.url == "https://example.org/2024/05/06/harbour"


def test_canonical_url_of_the_page_wins_over_the_fetched_one() -> None:
    article = newsclean.parse(CANONICAL, url="https://example.org/news/harbour?utm=feed")
    assert article.url == "https://example.org/news/harbour"


def test_parse_file_passes_url_on(tmp_path: Path) -> None:
    dump = tmp_path / "harbour.html"
    dump.write_bytes(PAGE)
    article = newsclean.parse_file(dump, url="https://example.org/h")
    assert article.url == "https://example.org/h"


def test_no_url_given_and_none_printed_leaves_it_empty() -> None:
    assert newsclean.parse(PAGE).url is None


def test_the_fetched_domain_is_a_site_name_a_title_may_carry() -> None:
    # No <h1>, no og:site_name: only the address says the <title> ends on the site's name.
    page = (
        b"<html><head><title>Harbour Reopens - daily courier</title></head><body><article>"
        b"<p>The harbour reopened on Monday after three weeks of repairs to the outer wall, the "
        b"port authority said in a statement that thanked the crews who worked through it.</p>"
        b"</article></body></html>"
    )
    assert newsclean.parse(page).headline == "Harbour Reopens - daily courier"
    fetched = newsclean.parse(page, url="https://www.daily-courier.de/harbour/")
    assert fetched.headline == "Harbour Reopens"


# --- text dumps: the URL's day ------------------------------------------------------------

TEXT_DUMP = "\n\n".join(
    [
        "Home",
        "News",
        "Harbour reopens after three weeks of repairs",
        "{dateline}",
        "The harbour reopened on Monday after three weeks of repairs to the outer wall, the port"
        " authority said in a statement that thanked the crews who worked through the storms.",
        "Ferries to the islands will run on the summer timetable from Wednesday, and the fish"
        " market returns to the quay at the end of the month, the authority added.",
    ]
)
URL = "https://example.org/news/2024/05/06/harbour-reopens"


def text_dump(dateline: str) -> bytes:
    return TEXT_DUMP.format(dateline=dateline).encode()


def test_text_dump_without_a_printed_date_takes_the_url_day() -> None:
    article = newsclean.parse(text_dump("Port authority"), url=URL)
    assert article.published == datetime(2024, 5, 6)
    assert article.url == URL
    assert newsclean.parse(text_dump("Port authority")).published is None


def test_text_dump_printed_day_a_day_from_the_url_day_stands() -> None:
    # The path holds the newsroom's day or the draft's; the printed date and time stand.
    article = newsclean.parse(text_dump("7 May 2024, 00:40"), url=URL)
    assert article.published == datetime(2024, 5, 7, 0, 40)


def test_text_dump_printed_day_far_from_the_url_day_gives_way() -> None:
    # Printed two years later: an update's date (or a teaser's), not the story's.
    article = newsclean.parse(text_dump("Updated 3 June 2026"), url=URL)
    assert article.published == datetime(2024, 5, 6)
