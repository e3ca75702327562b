"""Headline choice on small text dumps: one rule of `newsclean.text.headline` per test.

The dumps are written here (menus, a headline, its header, a few paragraphs); each test
names the page furniture that used to be taken for the headline.
"""

from __future__ import annotations

import newsclean
from newsclean.text.lines import join_wrapped_lines

PARAGRAPHS = [
    "The regional council voted on Tuesday evening to close the old ferry landing for good,"
    " ending a service that had carried commuters across the estuary for ninety years.",
    "Councillors said the landing needed repairs that would cost more than a new bridge"
    " approach, and that passenger numbers had fallen by half since the tunnel opened.",
    "Ferry workers will be offered jobs on the harbour buses, the council said, and the"
    " landing itself is to become a small park with a view across the water.",
]
MENU = ["Home", "Region", "Politics", "Business", "Sport", "Culture", "Weather"]


def parse_lines(lines: list[str]) -> newsclean.Article:
    return newsclean.parse("\n".join(lines).encode())


def test_short_lower_case_line_under_a_headline_is_not_its_end() -> None:
    # A share button or file name under the headline is not a wrapped headline's last words.
    headline = "Council votes to close the old ferry landing, ending ninety years"
    assert join_wrapped_lines([headline, "email", "Next"]) == [headline, "email", "Next"]
    assert join_wrapped_lines([headline, "ferry_landing.jpg"]) == [headline, "ferry_landing.jpg"]
    # A paragraph's last wrapped line still joins it.
    assert join_wrapped_lines([headline + ",", "the council said."]) == [
        headline + ", the council said."
    ]
