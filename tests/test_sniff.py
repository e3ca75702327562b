"""Telling a page from a text dump: a dump that quotes markup is still text."""

from __future__ import annotations

import newsclean
from newsclean.models import DumpKind
from newsclean.sniff import dump_kind

# A tech blog's article rendered as text: prose, then a code sample of a dozen tags.
_PROSE = (
    "Testing the front end of a web application is rarer than it should be, and measuring "
    "how much of the code those tests reach is rarer still. This post walks through a setup "
    "that records coverage while the browser runs the suite."
)
_CODE_SAMPLE = [
    "<!DOCTYPE html>",
    "<html>",
    "<head>",
    '<meta charset="utf-8">',
    "<title>Suite</title>",
    "</head>",
    "<body>",
    '<div id="results"></div>',
    '<script src="lib/runner.js"></script>',
    '<script src="lib/coverage.js"></script>',
    "</body>",
    "</html>",
]
_DUMP = "\n\n".join(
    [
        "Measuring coverage of browser tests",
        "March 3, 2021",
        _PROSE,
        "Add the runner to the page that hosts the tests:",
        *_CODE_SAMPLE,
        *[_PROSE.replace("This post", f"Step {n}") for n in range(1, 8)],
    ]
)


def test_a_dump_quoting_a_page_in_a_code_sample_is_text() -> None:
    assert dump_kind(_DUMP) is DumpKind.TEXT
    article = newsclean.parse(_DUMP)
    assert article.headline == "Measuring coverage of browser tests"
    assert _PROSE in article.body


def test_a_page_with_text_before_its_markup_is_still_html() -> None:
    page = "Saved from the web\n" + "".join(
        f"<div><p>Paragraph {n} of the page.</p></div>\n" for n in range(10)
    )
    assert dump_kind(page) is DumpKind.HTML
    assert (
        dump_kind("<style>p { margin: 0 }</style>\n" + "\n".join(["<p>x</p>"] * 8 + ["text"] * 30))
        is DumpKind.HTML
    )


def test_a_page_opening_on_a_long_style_sheet_is_html() -> None:
    rules = "".join(f".box-{n} {{ opacity: 1; transition-duration: 0.4s; }}\n" for n in range(400))
    page = (
        f"<style>\n{rules}</style>\n<html><head><title>T</title></head><body><p>x</p></body></html>"
    )
    assert dump_kind(page) is DumpKind.HTML
