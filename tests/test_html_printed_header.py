"""The page rendered as a text dump prints it, for the text path's byline reader."""

from __future__ import annotations

import lxml.html

from newsclean.html.printed_header import printed_authors, visible_lines
from newsclean.lexicon import GENERIC_LEXICON

PARAGRAPH = (
    "The harbour reopened on Monday after six weeks of repairs to the breakwater, the port "
    "authority said, with the first ferry leaving at dawn."
)


def test_one_line_per_block_with_alt_texts_and_tails_and_no_scripts() -> None:
    root = lxml.html.fromstring(
        "<html><head><title>T</title></head><body><div>Menu <b>Home</b></div>"
        '<script>var x = "hidden";</script>after script<p>One<br>Two</p>'
        '<img alt="A crane at the quay"><ul><li>First</li><li>Second</li></ul></body></html>'
    )
    assert visible_lines(root) == [
        "Menu Home",
        "after script",
        "One",
        "Two",
        "A crane at the quay",
        "First",
        "Second",
    ]


def test_rendering_stops_a_header_length_past_the_first_paragraph() -> None:
    menu = "".join(f"<div>Item {n}</div>" for n in range(5))
    tail = "".join(f"<div>Footer {n}</div>" for n in range(200))
    root = lxml.html.fromstring(f"<html><body>{menu}<p>{PARAGRAPH}</p>{tail}</body></html>")
    lines = visible_lines(root, until=PARAGRAPH[:20])
    assert lines[:6] == [*(f"Item {n}" for n in range(5)), PARAGRAPH]
    assert 6 < len(lines) < 60


def test_byline_anchored_on_the_nearest_copy_of_the_headline() -> None:
    # The logo prints the headline first; the byline stands under its second copy.
    root = lxml.html.fromstring(
        "<html><body><div>Harbour reopens after storm repairs</div><div>Menu</div>"
        "<div>Harbour reopens after storm repairs</div><div><span>By</span></div>"
        f"<div>Ines Alvarado</div><p>{PARAGRAPH}</p></body></html>"
    )
    headline = "Harbour reopens after storm repairs"
    assert printed_authors(root, headline, [PARAGRAPH], GENERIC_LEXICON, ()) == ["Ines Alvarado"]
    # No copy of the headline near the text: nothing is read.
    assert printed_authors(root, "Another title", [PARAGRAPH], GENERIC_LEXICON, ()) == []
