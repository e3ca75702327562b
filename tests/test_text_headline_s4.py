"""Headline choice on small text dumps, more rules of `newsclean.text.headline`.

The dumps are written here (menus, a page title, an article header, a few paragraphs);
each test names the line that used to be taken for the headline.
"""

from __future__ import annotations

import newsclean
from newsclean.text.headline import _page_titles_demoted
from newsclean.text.lines import Line, LineKind

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


def test_page_title_above_the_kicker_and_headline_is_not_the_headline() -> None:
    # The page's own title, worded for search (it shares more words with the text), then
    # the article header: a kicker and the headline under it.
    article = parse_lines(
        [
            *MENU,
            "Council closes the estuary ferry landing after ninety years",
            "Estuary crossing",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "The last ferry leaves the old landing"


def test_title_joining_kicker_and_headline_is_kept() -> None:
    # "Kicker: Headline" above the kicker and the headline printed apart is one title
    # printed twice: the joined copy stays the headline.
    article = parse_lines(
        [
            *MENU,
            "Estuary crossing: The last ferry leaves the old landing",
            "Estuary crossing",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Estuary crossing: The last ferry leaves the old landing"


def test_caption_with_its_credit_and_a_summary_sentence_are_not_the_headline() -> None:
    # A short quoted headline sharing no word with the text; under it the photo's caption
    # with its credit after the last sentence, the byline, and a "key points" box whose
    # sentence shares the text's words: each of those two used to win on that overlap.
    article = parse_lines(
        [
            *MENU,
            "- Nobody asked us",
            "LAST CROSSING: Commuters wait for the ferry at the old landing on the estuary."
            " Photo: Jan Olsen/Reuters",
            "Maria Jensen",
            "In short",
            "The regional council voted to close the old ferry landing for good.",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "- Nobody asked us"


def test_only_a_rival_headline_under_the_kicker_demotes_the_title_above() -> None:
    # A line of about the headline's length and wording under the label makes the line
    # above the page's own title; a much longer one (a caption) or a button does not.
    def demoted(below: str) -> bool:
        lines = [
            Line("Why the old ferry landing had to go", LineKind.TEXT),
            Line("Analysis", LineKind.TEXT),
            Line(below, LineKind.TEXT),
        ]
        scored = [(0, 5.0), (2, 4.0)]
        return _page_titles_demoted(lines, scored)[0][1] < 5.0

    assert demoted("Commuters lose their crossing of ninety years")
    assert not demoted(
        "Maria Jensen, professor of transport studies at the regional university, on the"
        " council's reasons for closing the ferry landing"
    )
    assert not demoted("Share on social media")


def test_kicker_right_above_its_headline_is_not_the_headline() -> None:
    # A kicker of a few words printed on the line above a longer headline, the byline
    # below: the kicker names the story in the text's words, the headline puts it its way.
    article = parse_lines(
        [
            *MENU,
            "Council to shut the ferry",
            "Commuters mourn the crossing they loved",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Commuters mourn the crossing they loved"


def test_headline_with_a_label_glued_on_counts_its_bare_copy() -> None:
    # The headline printed bare far above the article (before a long menu), and near it
    # only with a video player's label glued on; a wine's name and price stands right
    # above the text.
    article = parse_lines(
        [
            "Three pink wines to sip on a sunny afternoon",
            *[f"Section {number}" for number in range(70)],
            "Three pink wines to sip on a sunny afternoon Back to video",
            "Close sticky video",
            "Article content",
            "Domaine Ferme 2025 Rosé, Provence ($14.99, #559393)",
            "On a sunny afternoon a pink glass is hard to beat, and three bottles stand out:"
            " Domaine Ferme makes its rosé from southern grapes and sells it for fifteen dollars.",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Three pink wines to sip on a sunny afternoon"


def test_kicker_ending_in_a_colon_joins_the_headline_the_page_prints_joined() -> None:
    # "Estuary crossing:" on its own line over the headline; a teaser list further down
    # prints the two as one title. A kicker ending in a colon with no joined copy stays
    # apart (the next test).
    article = parse_lines(
        [
            *MENU,
            "Estuary crossing:",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
            "More stories",
            "Estuary crossing: The last ferry leaves the old landing",
            "Harbour buses get new timetable",
        ]
    )
    assert article.headline == "Estuary crossing: The last ferry leaves the old landing"


def test_kicker_ending_in_a_colon_without_a_joined_copy_stays_apart() -> None:
    article = parse_lines(
        [
            *MENU,
            "Estuary crossing:",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "The last ferry leaves the old landing"
