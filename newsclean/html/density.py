"""A second, independent judgement of where the article's text is: the densest run of text.

The container scorer (`container`) votes with paragraphs for their ancestors and trusts
class names. When its pick looks wrong, this module gives an answer that shares little with
it: the page is read as a sequence of text blocks in document order, each weighted by its
plain (unlinked) characters minus its linked characters and a fixed cost per block, and the
contiguous run with the largest sum is the article (Kadane's maximum-sum segment, the idea
behind Body Text Extraction, Finn et al. 2001). It needs no vocabulary and no language:
navigation, teaser lists and link farms are short or linked blocks and weigh below zero, so
the run stops at them; the article's own headings and inline boxes are bridged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml.etree import _Element as Element

from newsclean.html.tags import BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS
from newsclean.html.tree import NON_CONTENT_TAGS, text_key, text_of
from newsclean.html.vocabulary import (
    COMMENT_SECTION,
    OVERLAY_WORDS,
    is_comment_section,
    is_overlay_layer,
)
from newsclean.words import reading_length

# Subtrees that never hold the article's text, whatever their size: the furniture tags the
# container scorer skips (but not <h1>, which bounds runs, nor <header>, which may hold the
# lead), and what the tree parser drops anyway (here too: callers may pass any tree). By
# name, only comment threads (see `_named_furniture`).
_SKIP = (SKIP_TAGS - {"h1", "header"}) | frozenset(NON_CONTENT_TAGS)
_BLOCKS = frozenset(BLOCK_TAGS) | {"br", "tr", "dl", "center", "td", "th"}
# What a block costs before its text counts: a block needs about a sentence of plain text
# to add to the run, so runs of short labels, dates and menu items weigh below zero.
_BLOCK_COST = 60
# Linked text costs more than plain text adds: a list of links is never the article.
_LINK_WEIGHT = 2.0


@dataclass
class _Block:
    element: Element
    plain: int = 0
    linked: int = 0
    # Links without text of their own (linked pictures) inside the block or just before it.
    pictures: int = 0

    @property
    def weight(self) -> float:
        return self.plain - _LINK_WEIGHT * self.linked - _BLOCK_COST


def _blocks(body: Element) -> list[_Block]:
    """Text blocks in document order: the text between two block boundaries, owned by the
    innermost block element around it. (lxml's ``iterwalk`` drives the walk in C: a quarter
    faster than a Python stack; this runs on every page.)"""
    out: list[_Block] = []
    owners: list[Element] = [body]
    current: _Block | None = None
    links = 0
    # The linked characters read when each open link started: unchanged at its end, the
    # link held no text (a linked picture); it is counted for the block it stands in, else
    # for the next one.
    link_starts: list[int] = []
    linked_total = 0
    pictures = 0
    skipped: Element | None = None
    walker = etree.iterwalk(body, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if element is not body and (tag in _SKIP or _named_furniture(element)):
                walker.skip_subtree()
                skipped = element
                continue
            if tag in _BLOCKS:
                owners.append(element)
                current = None
            elif tag == "a":
                links += 1
                link_starts.append(linked_total)
            text = element.text
        else:
            if event == "end":
                if element is skipped:
                    skipped = None  # nothing of it was read: only its tail
                elif tag in _BLOCKS:
                    owners.pop()
                    current = None
                elif tag == "a":
                    links -= 1
                    if link_starts.pop() == linked_total and element.get("href"):
                        if current is None:
                            pictures += 1
                        else:
                            current.pictures += 1
                if element is body:
                    continue
            text = element.tail  # after an element's subtree, or a comment's
        if text and not text.isspace():
            if current is None:
                current = _Block(owners[-1], pictures=pictures)
                pictures = 0
                out.append(current)
            if links:
                length = reading_length(text.strip())
                current.linked += length
                linked_total += length
            else:
                current.plain += reading_length(text.strip())
    return out


# Every word the two tests below look for, as one search: nearly no class name holds one.
# (Matched on the lower-cased names: a case-blind alternation cost six times more, and this
# runs on every element with a class or id.)
_FURNITURE_HINT = re.compile(rf"{COMMENT_SECTION.pattern}|{OVERLAY_WORDS}")


def _named_furniture(element: Element) -> bool:
    """A comment thread: prose like the article's, and after it in the same flow; or a
    consent banner or pop-up layer without the headline's ``<h1>``: its settings and legal
    text are long runs of plain prose. Other furniture names are not trusted here: utility
    classes (``overflow-hidden``, ``print-step``) wrap whole articles, and the weights keep
    menus and link lists out."""
    class_name, element_id = element.get("class"), element.get("id")
    if not class_name and not element_id:
        return False  # most elements: nothing to read (this runs on every element)
    kind = _furniture_kind(class_name, element_id)
    if kind == _NOT_FURNITURE:
        return False
    return kind == _COMMENTS or next(element.iter("h1"), None) is None


_NOT_FURNITURE, _COMMENTS, _OVERLAY = 0, 1, 2


@lru_cache(maxsize=8192)
def _furniture_kind(class_name: str | None, element_id: str | None) -> int:
    """What the names say: nothing, a comment thread, or an overlay layer. (Memoised: a
    page repeats its class names, and so do a site's pages.)"""
    if _FURNITURE_HINT.search(f"{class_name} {element_id}".lower()) is None:
        return _NOT_FURNITURE  # one scan in C spares the word splitting of the tests below
    if (class_name and is_comment_section(class_name)) or (
        element_id and is_comment_section(element_id)
    ):
        return _COMMENTS
    if (class_name and is_overlay_layer(class_name)) or (
        element_id and is_overlay_layer(element_id)
    ):
        return _OVERLAY
    return _NOT_FURNITURE


@dataclass
class DenseRun:
    """The densest run's outermost block elements, in document order, how many characters
    of text (linked or not) its blocks hold (a bound on what reading it yields), and how many
    links without text (linked pictures) stand in it."""

    elements: list[Element]
    chars: int
    pictures: int = 0
    # The blocks that hold or follow linked pictures (the first block's included), with
    # how many: where in the run the pictures stand.
    pictured: list[tuple[Element, int]] = field(default_factory=list)


def densest_run(body: Element, headline: str | None = None) -> DenseRun:
    """The page's densest run of text blocks.

    An ``<h1>`` starts a story, so no run crosses one; when an ``<h1>`` prints ``headline``,
    the run is sought in that story only (a next story appended below may be longer).

    >>> from lxml import html
    >>> page = html.document_fromstring(
    ...     "<body><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul>"
    ...     "<div><p>" + "The council voted on Tuesday to close the old bridge. " * 3 + "</p>"
    ...     "<h2>Why</h2><p>" + "Engineers found cracks in two of its piers last year. " * 3
    ...     + "</p></div><p><a href='/a'>Another story</a></p></body>")
    >>> run = densest_run(page.find("body"))
    >>> [element.tag for element in run.elements], run.chars
    (['p', 'h2', 'p'], 325)
    """
    blocks = _blocks(body)
    lo, hi = _headline_story(blocks, headline)
    best = _max_run(blocks, lo, hi)
    if best == (0, 0) and (lo, hi) != (0, len(blocks)):
        # Nothing under the headline's <h1> (a site logo printed in an <h1> of its own).
        best = _max_run(blocks, 0, len(blocks))
    first, end = best
    # A heading costs more than its few words add, so the run starts after its own first
    # heading: the heading right before the run opens it.
    if first > 0 and blocks[first - 1].element.tag in HEADING_TAGS:
        first -= 1
    run = blocks[first:end]
    chosen: list[Element] = []
    seen: set[Element] = set()
    for block in run:
        element = block.element
        if element is body or element in seen:
            continue
        seen.add(element)
        chosen.append(element)
    # An owner whose ancestor is also chosen is read with it.
    outermost = [e for e in chosen if not any(a in seen for a in e.iterancestors())]
    return DenseRun(
        outermost,
        sum(block.plain + block.linked for block in run),
        # The first block's pictures stand before the run (or are its own lead picture).
        sum(block.pictures for block in run[1:]),
        [(block.element, block.pictures) for block in run if block.pictures],
    )


def _headline_story(blocks: list[_Block], headline: str | None) -> tuple[int, int]:
    """The block range after the ``<h1>`` that prints ``headline``, up to the next ``<h1>``;
    all blocks when no ``<h1>`` prints it."""
    key = text_key(headline) if headline else ""
    if key:
        h1s = [i for i, block in enumerate(blocks) if block.element.tag == "h1"]
        for number, index in enumerate(h1s):
            if text_key(text_of(blocks[index].element)) == key:
                end = h1s[number + 1] if number + 1 < len(h1s) else len(blocks)
                return index + 1, end
    return 0, len(blocks)


def _max_run(blocks: list[_Block], lo: int, hi: int) -> tuple[int, int]:
    """The maximum-sum run of ``blocks[lo:hi]`` that crosses no ``<h1>``; (0, 0) if none
    weighs above zero."""
    best_sum = 0.0
    best = (0, 0)
    running = 0.0
    start = lo
    for index in range(lo, hi):
        block = blocks[index]
        if block.element.tag == "h1":
            running = 0.0
            continue
        if running <= 0:
            running, start = 0.0, index
        running += block.weight
        if running > best_sum:
            best_sum, best = running, (start, index + 1)
    return best
