"""Long runs of spaces, as a hostile or broken page may hold, read like any other text.

Patterns that put two runs of ``\\s*`` side by side let the regex engine try every way of
splitting a run of spaces between them before failing: with a few thousand spaces the date
patterns took minutes (``find_date("12:30" + 3,000 spaces + "...")``: 138 s). These inputs
check the answers; without the fix they do not finish in any reasonable time.
"""

from __future__ import annotations

from datetime import datetime

from lxml import html

from newsclean.agencies import agency_as_listed
from newsclean.dates import find_date, parse_date_line
from newsclean.html.jsonld import read_blocks
from newsclean.text.article import _agency_dateline

SPACES = " " * 3000


def test_dates_around_a_long_run_of_spaces() -> None:
    found = find_date("12:30" + SPACES + "x 9 December 2026")
    assert found is not None and found.value == datetime(2026, 12, 9)
    assert find_date("2024年5月6日" + SPACES + "x").value == datetime(2024, 5, 6)
    assert find_date("۱۸ آذر ۱۴۰۵ - ۷ جمادی الثانی ۱۴۴۸" + SPACES + "x").value == datetime(
        2026, 12, 9
    )
    assert parse_date_line("9 December 2026 -" + SPACES + "x") is None  # too long for one


def test_a_json_ld_block_with_a_long_run_of_spaces() -> None:
    script = '{"headline": "Harbour reopens",' + SPACES * 10 + "}"
    page = f'<html><head><script type="application/ld+json">{script}</script></head><body></body></html>'
    assert read_blocks(html.fromstring(page)) == []  # a stray comma: not JSON, and no hang


def test_an_agency_dateline_with_a_long_run_of_spaces() -> None:
    assert _agency_dateline("Reuters" + SPACES + "x") is None
    assert _agency_dateline("BERLIN (dpa) - Der Bundestag hat") is not None


def test_a_byline_with_a_long_run_of_spaces_before_its_bracket() -> None:
    assert agency_as_listed("Jane Doe" + SPACES * 5 + "x)") == "Jane Doe" + SPACES * 5 + "x)"
    assert agency_as_listed("Jane Doe  [ Reuters ]") == "Jane Doe, Reuters"
