"""Boxes of furniture inside the article's container, found by their structure and the
shape of their text rather than by class names (which are often hashed): call-to-action
boxes around a button, teaser cards headed by a link, media boxes (a picture or video and
its caption), reader polls, and the time stamps of live-blog entries.

Each finder starts at a marker (a button link, a linked heading, an image, a label, a
``<time>``) and climbs to the box around it: the element around the marker, then the
ancestors above while they stay short and hold at most about twice the text of the one
below (a wrapper that adds much more text than the box holds is the article's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.etree import _Element as Element

from newsclean.html.tags import INLINE_TAGS, PARAGRAPH_TAGS
from newsclean.html.tree import (
    collapsed_length,
    link_density,
    text_key,
    text_of,
)
from newsclean.words import reading_length


@dataclass
class FurnitureBoxes:
    """The boxes the reader skips: teaser cards (which also take the line announcing
    them) and all the others in one set (the reader asks about every element)."""

    cards: set[Element]
    others: set[Element]


def find_boxes(
    root: Element, container_chars: int, headline_key: str | None = None
) -> FurnitureBoxes:
    """Every furniture box below ``root``; ``container_chars`` is the article's length and
    ``headline_key`` the headline's `text_key`."""
    lengths = _TextLengths()
    return FurnitureBoxes(
        cards=_teaser_cards(root, lengths, headline_key),
        others=_call_to_action_boxes(root, container_chars, lengths)
        | _media_boxes(root, lengths)
        | _poll_boxes(root, lengths)
        | _time_stamps(root, lengths),
    )


# A link styled as a button: a call to action (donate, subscribe, join a channel).
_BUTTON_CLASS = re.compile(r"(?:^|[\s_\-])(?:button|btn|cta)(?=$|[\s_\-\d])", re.I)
# The box around a call-to-action button (its title, appeal and the button) is short, and
# a small share of the article it stands in.
_ACTION_BOX_CHARS = 1000
_ACTION_BOX_SHARE = 0.3


# The length of an element's text with runs of whitespace collapsed, measured in C (the
# text is never copied into Python): about half the cost of len(text_of(...)). XPath
# collapses ASCII whitespace only, which is all the box limits need.


# No box limit is longer: above it an element's exact reading length does not matter.
_LONGEST_BOX_CHARS = 1000


class _TextLengths:
    """Reading length (see `reading_length`) of elements, each measured once: the boxes
    around a page's many images, buttons and headings share their ancestors. A short text
    in a script written without spaces says three times as much as its characters count:
    a Japanese paragraph of 200 characters is no caption."""

    def __init__(self) -> None:
        self._known: dict[Element, int] = {}

    def __call__(self, element: Element) -> int:
        known = self._known.get(element)
        if known is None:
            known = collapsed_length(element)
            if known <= _LONGEST_BOX_CHARS:
                known = reading_length(text_of(element))
            self._known[element] = known
        return known


def _call_to_action_boxes(
    root: Element, container_chars: int, lengths: _TextLengths
) -> set[Element]:
    """The boxes below ``root`` that hold a button link ("Jetzt unterstützen", "Join us on
    WhatsApp")."""
    limit = min(_ACTION_BOX_CHARS, container_chars * _ACTION_BOX_SHARE)
    boxes: set[Element] = set()
    for link in root.iter("a"):
        if link.get("role") != "button" and not _BUTTON_CLASS.search(link.get("class") or ""):
            continue
        box = _box_around(link, root, limit, lengths)
        if box is not None:
            boxes.add(box)
    return boxes


# What a box's wrapper may add beyond twice the box's own text.
_BOX_SLACK = 100


def _box_around(
    element: Element, root: Element, limit: float, lengths: _TextLengths
) -> Element | None:
    """The box ``element`` stands in: the element around it, then the ancestors above while
    they stay within ``limit`` characters and, once the box holds text, at most about twice
    the text of the one below (a wrapper that adds much more text than the box holds is the
    article's)."""
    box, box_chars = None, 0
    node = element.getparent()
    while node is not None and node is not root:
        chars = lengths(node)
        if chars > limit or (box_chars and chars > box_chars * 2 + _BOX_SLACK):
            break
        box, box_chars, node = node, chars, node.getparent()
    return box


# A teaser card for another story: its linked title and a short excerpt or label.
_TEASER_CARD_CHARS = 400


def _teaser_cards(root: Element, lengths: _TextLengths, headline_key: str | None) -> set[Element]:
    """The short boxes below ``root`` headed by a link to another page. A heading that
    prints the page's own headline heads the article, linked or not: blogs link a post's
    title to its permalink, and a short post is then no longer than a teaser."""
    cards: set[Element] = set()
    for heading in root.iter("h2", "h3", "h4", "h5", "h6"):
        if not _linked_heading(heading):
            continue
        if headline_key and text_key(text_of(heading)) == headline_key:
            continue
        card = _box_around(heading, root, _TEASER_CARD_CHARS, lengths)
        if card is not None:
            cards.add(card)
    return cards


def _linked_heading(heading: Element) -> bool:
    """A heading that is a link to another page: a link holds most of its text, or the
    heading stands inside the link (a card linked as a whole)."""
    if any(_links_away(link) for link in heading.iterancestors("a")):
        return True
    return any(_links_away(link) for link in heading.iter("a")) and link_density(heading) > 0.5


def _links_away(link: Element) -> bool:
    """A link to another page (not an anchor within this one)."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#")


# A picture's or video's box: the media and its caption, credit or running time.
_MEDIA_BOX_CHARS = 300
_MEDIA_TAGS = ("picture", "video", "img", "figure")
_TEXT_TAGS = PARAGRAPH_TAGS | INLINE_TAGS


def _media_boxes(root: Element, lengths: _TextLengths) -> set[Element]:
    """The short blocks below ``root`` that hold a picture or video and its caption printed
    as text of its own (not a paragraph or a run of text with an image inside it: a
    paragraph, an inline element or a block holding text directly is article text)."""
    boxes: set[Element] = set()
    root_paragraphs: int | None = None  # measured once a box is found (few pages)
    for media in root.iter(*_MEDIA_TAGS):
        parent = media.getparent()
        if parent is not None and parent.tag == "picture":
            continue  # the picture's own box is the same
        box = _box_around(media, root, _MEDIA_BOX_CHARS, lengths)
        if box is None or box.tag in _TEXT_TAGS or _holds_text_directly(box):
            continue
        if root_paragraphs is None:
            root_paragraphs = _paragraph_chars(root)
        if _paragraph_chars(box) * 2 <= root_paragraphs:
            boxes.add(box)
    return boxes


def _paragraph_chars(element: Element) -> int:
    """Characters of ``<p>`` text below ``element``: a box that holds half the article's
    paragraphs or more is a short post with its pictures, not a picture's box."""
    return sum(collapsed_length(paragraph) for paragraph in element.iter("p"))


def holds_media(element: Element) -> bool:
    return element.tag in _MEDIA_TAGS or next(element.iter(*_MEDIA_TAGS), None) is not None


def _holds_text_directly(element: Element) -> bool:
    return bool((element.text or "").strip()) or any(
        (child.tail or "").strip() for child in element
    )


# A poll or quiz: the question and its answers as labelled options.
_POLL_BOX_CHARS = 600


def _poll_boxes(root: Element, lengths: _TextLengths) -> set[Element]:
    """The short boxes below ``root`` that hold two or more labelled options (a reader
    poll's question and answers, printed without a ``<form>``)."""
    boxes: set[Element] = set()
    seen: set[Element] = set()
    for label in root.iter("label"):
        parent = label.getparent()
        if parent is None or parent in seen:
            continue  # one climb per group of options
        seen.add(parent)
        box = _box_around(label, root, _POLL_BOX_CHARS, lengths)
        if box is not None and sum(1 for _ in box.iter("label")) >= 2:
            boxes.add(box)
    return boxes


# An entry's stamp in a live blog or comment list: its time, maybe its author's name.
_STAMP_CHARS = 80
_STAMP_TIME_SHARE = 1 / 3


def _time_stamps(root: Element, lengths: _TextLengths) -> set[Element]:
    """The short lines below ``root`` that open with a ``<time>`` element or are mostly one
    ("21 mins ago11:48 Jon King", "21:00Antony Clements"); a sentence that names a time
    ends with its punctuation."""
    stamps: set[Element] = set()
    for time in root.iter("time"):
        box = _box_around(time, root, _STAMP_CHARS, lengths)
        if box is None:
            continue
        text, stamp = text_of(box), text_of(time)
        if text.endswith((".", "!", "?")) or not stamp:
            continue
        if text.startswith(stamp) or len(stamp) >= len(text) * _STAMP_TIME_SHARE:
            stamps.add(box)
    return stamps
