"""The byline a page prints as plain text around its headline, read by the text path.

Metadata, JSON-LD and byline markup name the authors of most pages. Where none of them
does, the page often still prints a byline as text: "By Jane Doe" split over two elements,
"Posted on <date> by <handle>", "Von" over a linked name. The text path reads those forms
from a text dump. So the page is rendered as a dump would be (one line per block, image
alt texts included, scripts dropped), the HTML path's own headline and first paragraph
anchor the text path's layout in those lines, and its byline reader
(`newsclean.text.header.read_bylines`) names the authors. One reader for both paths: a
byline form learned once serves pages and dumps alike. Only the explicit byline forms:
the text path's further guesses (a bare name beside a date, an author box, a signature)
would, on pages, mostly read kickers and section names as people.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree
from lxml.etree import _Element as Element

from newsclean.lexicon import Lexicon
from newsclean.relative_dates import age_date
from newsclean.text.header import BYLINE_ABOVE_LINES, read_bylines
from newsclean.text.layout import Layout
from newsclean.text.lines import classifier_for

# What a browser shows nothing of, as the text-dump renderer drops it.
_HIDDEN = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "head", "form", "select", "option"}
)
# Elements that start and end a line of their own.
_LINE_TAGS = frozenset(
    {
        "p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "li",
        "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "blockquote",
        "figure", "figcaption", "dd", "dt", "dl", "pre", "hr", "address", "time",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
# The rendering stops a header's length past the text node opening with the first
# paragraph's first characters (a paragraph's first text node holds at least these).
_UNTIL_CHARS = 20
# The lines compared with a paragraph: its opening is enough, and spares whole paragraphs.
_OPENING_CHARS = 60


def visible_lines(root: Element, until: str | None = None) -> list[str]:
    """The page's text as a whole-page text dump prints it: one line per block.

    With ``until`` (a paragraph's opening), the lines stop a header's length past the one
    that opens with it: what follows the article's start is not read here.
    """
    out: list[str] = []
    # Line breaks written since the paragraph was met; -1 until it is.
    breaks = -1
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end" and element.tail:
                out.append(element.tail)
            continue
        if event == "start":
            if tag in _HIDDEN:
                walker.skip_subtree()
                continue
            if tag in _LINE_TAGS:
                out.append("\n")
                if breaks >= 0:
                    breaks += 1
                    if breaks > 2 * MAX_HEADER_LINES:
                        break
            if tag == "img":
                alt = element.get("alt")
                if alt and not alt.isspace():
                    out.append(f"\n{alt.strip()}\n")
            text = element.text
            if text:
                out.append(text)
                if breaks < 0 and until and text.lstrip().startswith(until):
                    breaks = 0
        else:
            if tag in _LINE_TAGS:
                out.append("\n")
            if element.tail:
                out.append(element.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(out).split("\n"))
    return [line for line in lines if line]


def printed_authors(
    root: Element,
    headline: str | None,
    body: list[str],
    lexicon: Lexicon,
    languages: tuple[str, ...],
) -> list[str]:
    """The authors a byline printed around ``headline`` names in the page's rendered lines,
    the layout anchored on the HTML path's headline and first paragraphs; [] where the
    headline is not printed, or stands far from the article's first paragraph."""
    header = _printed_header(root, headline, body)
    if header is None:
        return []
    texts, headline_at, first = header
    # Only the lines the byline reader looks at are classified: from as far over the
    # headline as it reads a byline to a header's length into the text.
    low = max(0, headline_at - BYLINE_ABOVE_LINES)
    classifier = classifier_for(lexicon, languages)
    lines = [classifier.classify(text) for text in texts[low : first + MAX_HEADER_LINES]]
    layout = Layout(
        headline_at=headline_at - low,
        body_start=first - low,
        first_paragraph=first - low,
        body_end=first - low + 1,
    )
    return read_bylines(lines, layout)


def printed_age(
    root: Element, headline: str | None, body: list[str], fetched: datetime
) -> datetime | None:
    """The time a story's age printed in its header ("3 hours ago", "gestern, 14:30") dates
    it, given when the page was ``fetched``; None where the header prints no age."""
    header = _printed_header(root, headline, body)
    if header is None:
        return None
    texts, headline_at, first = header
    for text in texts[max(0, headline_at - BYLINE_ABOVE_LINES) : first]:
        aged = age_date(text, fetched)
        if aged is not None:
            return aged
    return None


def _printed_header(
    root: Element, headline: str | None, body: list[str]
) -> tuple[list[str], int, int] | None:
    """The page's rendered lines, where the headline and the first paragraph stand in them;
    None where the headline is not printed, or stands far from the article's first
    paragraph."""
    if not headline or not body:
        return None
    texts = visible_lines(root, _SPACES.sub(" ", body[0]).strip()[:_UNTIL_CHARS])
    first = _first_paragraph_at(texts, body)
    if first is None:
        return None
    # The copy of the headline nearest above the text: a menu or a logo may print it first.
    headline_at = _headline_at(texts[:first], _SPACES.sub(" ", headline).strip())
    if headline_at is None or first - headline_at > MAX_HEADER_LINES:
        return None
    return texts, headline_at, first


# A header (kicker, byline, date, sharing buttons, a picture) is at most this many lines.
MAX_HEADER_LINES = 20
# A line printing part of a longer chosen title ("Topic - Title", "Title | Site") is this long.
_MIN_TITLE_PART_CHARS = 20


def _headline_at(texts: list[str], headline: str) -> int | None:
    """The last line printing the headline; else the last one printing the part of it that
    the chosen title (from metadata) adds a topic or site name to, or the headline with
    more after it."""
    for index in range(len(texts) - 1, -1, -1):
        if texts[index] == headline:
            return index
    for index in range(len(texts) - 1, -1, -1):
        text = texts[index]
        if len(text) >= _MIN_TITLE_PART_CHARS and (
            headline.endswith(text) or headline.startswith(text) or text.startswith(headline)
        ):
            return index
    return None


def _first_paragraph_at(texts: list[str], body: list[str]) -> int | None:
    """The line opening the body: the first printed of its first paragraphs (the HTML path
    may have joined or dropped the very first one)."""
    found = [at for paragraph in body[:3] if (at := _opening_at(texts, paragraph, 0)) is not None]
    return min(found) if found else None


def _opening_at(texts: list[str], paragraph: str, start: int) -> int | None:
    opening = _SPACES.sub(" ", paragraph).strip()[:_OPENING_CHARS]
    return next(
        (index for index in range(start, len(texts)) if texts[index].startswith(opening)), None
    )
