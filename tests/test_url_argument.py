"""``url=`` on `parse` and `parse_file`: the fetched address, where the page names none."""

from __future__ import annotations

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
