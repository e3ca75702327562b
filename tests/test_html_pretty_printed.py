"""Pretty-printed HTML reads as the same article as minified HTML.

A page's source may put every tag on its own line (``<a ...>\\n  <span>text</span>\\n</a>``).
The white space between tags is indentation, shown by a browser as one space at most: its
newlines break no line. Only ``<br>`` and block elements do.
"""

from __future__ import annotations

import re

from newsclean import parse

_FILLER = (
    "The regional council said the work would start in the spring and last two years, "
    "and that the road would stay open to traffic in one direction throughout. "
)


def _page(paragraph: str) -> bytes:
    return (
        "<html><head><title>Bridge works</title></head><body><article>"
        "<h1>Old river bridge to be rebuilt from spring</h1>"
        f"<div class='block-content'><div>{paragraph}</div></div>"
        f"<div class='block-content'><div><span>{_FILLER * 3}</span></div></div>"
        "</article></body></html>"
    ).encode()


MINIFIED = (
    "<span>Yet even after the </span><a href='/a' title='x'><span>release of the survey"
    "</span></a><span> last week, engineers say the old bridge can carry buses for two more "
    "winters before it must close for good.</span>"
)


def _pretty(html: str) -> str:
    return re.sub(r">(?=<)", ">\n    ", html)


def test_a_pretty_printed_paragraph_is_one_paragraph() -> None:
    minified = parse(_page(MINIFIED)).body
    pretty = parse(_page(_pretty(MINIFIED))).body
    assert minified[0].startswith("Yet even after the release of the survey last week")
    assert [re.sub(r"\s+", " ", text) for text in pretty] == minified


def test_two_line_breaks_still_separate_paragraphs() -> None:
    body = parse(_page(_pretty(MINIFIED + "<br>\n<br>\n<span>" + _FILLER + "</span>"))).body
    assert body[0].endswith("close for good.")
    assert body[1] == _FILLER.strip()


def test_a_blank_line_after_an_inline_element_breaks_no_paragraph() -> None:
    paragraph = (
        "<p>For our test we chose the top version of the <b>plug-in hybrid</b>\n\n model. Even "
        "if its list price looks steep at first sight, it soon seems fair for what it brings.</p>"
    )
    body = parse(_page(paragraph)).body
    assert body[0].startswith("For our test we chose the top version of the plug-in hybrid model.")


def test_one_line_break_and_a_source_newline_are_one_line_break() -> None:
    paragraph = (
        "<p>The pair has written here since the autumn of 2008.<br />\nAt first it was a blog of "
        "satire about life and politics, and over the years many new sections were added.</p>"
    )
    assert len(parse(_page(paragraph)).body) == 2  # this paragraph and the filler


def test_a_blank_line_in_a_blocks_own_text_is_a_paragraph_break() -> None:
    # Text set with `white-space: pre-line` shows its blank lines as paragraph breaks.
    first = "Crews will close the footpath on the north side first, from the end of March. "
    second = "Buses will keep their stops on the bridge until the second phase begins in June."
    paragraph = f"<div style='white-space: pre-line'>{first * 2}\n\n{second * 2}</div>"
    body = parse(_page(paragraph)).body
    assert body[:2] == [(first * 2).strip(), (second * 2).strip()]
