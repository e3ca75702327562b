"""The story code and date a page prints as labelled text: ``کد خبر: ۴۸۹۲۱۵۷``, ``News ID: 42``,
``تاریخ انتشار: ۲۸ تیر ۱۴۰۳ - ۱۰:۱۵``, ``Publish Date : Saturday 2 July 2016``.

Many CMSs of the region (Nastooh, IranSamaneh, News Studio) and older sites carry no
metadata for either: they print them in a short element near the headline. The text path
reads such lines already (`newsclean.text.lines.LineClassifier`); here the same classifier
reads the page's short elements, so one set of labels and date forms serves both paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.etree import _Element as Element

from newsclean.html.tree import clean_text, text_content
from newsclean.lexicon import Lexicon
from newsclean.text.lines import DATE, LineClassifier, classifier_for

# A labelled code or date is a short element; its parent may add the label ("کد خبر:" in
# one span, the number in the next), so both levels are read, nothing longer.
MAX_PRINTED_CHARS = 80
# One-word labels that name many things on a whole page (a product "Code", a form's "ID"):
# the text path reads them beside a headline; on a page only longer labels are safe.
_AMBIGUOUS_ID_LABELS = frozenset({"id", "code"})
# Elements with no text of their own to read.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "select", "option"})


@dataclass(frozen=True)
class PrintedFacts:
    """What the page prints about itself as labelled text."""

    story_code: str | None = None
    published: datetime | None = None


def read_printed(body: Element, lexicon: Lexicon, languages: tuple[str, ...]) -> PrintedFacts:
    """The first labelled story code and the first labelled (or date-classed) date in ``body``."""
    code_reader = _code_reader(lexicon)
    date_reader = classifier_for(lexicon, languages)
    story_code: str | None = None
    published: datetime | None = None
    for text, date_classed in _printed_texts(body, lexicon):
        if story_code is None:
            code = code_reader.id_code(text)
            if code is not None:
                story_code = code
        if published is None and (
            _labelled(text, lexicon) or (date_classed and _solar_hijri_shape(text))
        ):
            line = date_reader.classify(text)
            if line.kind is DATE and line.date is not None:
                published = line.date
        if story_code and published:
            break
    return PrintedFacts(story_code, published)


def _printed_texts(body: Element, lexicon: Lexicon) -> Iterator[tuple[str, bool]]:
    """Short texts that may print a code or a date, in document order: the elements a text
    node opening with a label starts (the label's element, its parent and grandparent, as the
    value may stand in a sibling), then, on pages written in Arabic script, elements whose
    class or id names a date. Reading every element's text instead cost more than the rest
    of the page's extraction."""
    seen: set[Element] = set()
    page_text = text_content(body)
    for node in _label_nodes(body, lexicon, page_text):
        owner = node.getparent()
        if owner is None:
            continue
        if node.is_tail:
            owner = owner.getparent()
        elif owner.tag in _SKIP:
            continue  # a script's or a style's text
        if owner is None:
            continue
        chain = [owner]
        for _ in range(2):
            parent = chain[0].getparent()
            if parent is None or parent is body.getparent():
                break
            chain.insert(0, parent)
        for element in chain:
            if element in seen or element.tag in _SKIP:
                continue
            seen.add(element)
            text = _short_text(element)
            if text:
                yield text, False
    if page_text.isascii() or not _ARABIC_SCRIPT.search(page_text):
        return
    for element in _DATE_NAMED(body):
        text = _short_text(element)
        if text:
            yield text, True


def _label_nodes(body: Element, lexicon: Lexicon, page_text: str) -> Iterator[Any]:
    """Text nodes (lxml smart strings, which know their element) that open with a label.
    ``page_text`` is the body's text: the text nodes joined."""
    if "\u00a0" in page_text:
        page_text = page_text.replace("\u00a0", " ")
    if _any_label(lexicon).search(page_text) is None:
        # A label opening a text node stands in the joined text too: one scan in C spares
        # the walk over every text node on the pages that print none (two in five).
        return
    labels = _labels(lexicon)
    for node in _TEXT_NODES(body):
        # A label's node is short; a long one is a paragraph, whatever it opens with.
        if len(node) > _MAX_LABEL_NODE_CHARS:
            continue
        text = node.lstrip()
        if "\u00a0" in text:
            text = text.replace("\u00a0", " ")
        if text.startswith(labels):
            yield node


# Whitespace-only nodes (most of a page's) are left out in C, before Python sees them.
_TEXT_NODES = etree.XPath(".//text()[normalize-space()]")
_MAX_LABEL_NODE_CHARS = 400


@lru_cache(maxsize=16)
def _labels(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted({*_code_reader(lexicon).lexicon.id_labels, *lexicon.date_labels}))


@lru_cache(maxsize=16)
def _any_label(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(label) for label in _labels(lexicon)))


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_DATE_NAMED = etree.XPath(
    ".//*[contains(translate(concat(@class, ' ', @id), 'DATEIM', 'dateim'), 'date')"
    " or contains(translate(concat(@class, ' ', @id), 'DATEIM', 'dateim'), 'time')]"
)


@lru_cache(maxsize=16)
def _code_reader(lexicon: Lexicon) -> LineClassifier:
    """A classifier that knows only the lexicon's unambiguous id labels."""
    id_labels = tuple(
        label for label in lexicon.id_labels if label.casefold() not in _AMBIGUOUS_ID_LABELS
    )
    return classifier_for(Lexicon(id_labels=id_labels), ())


def _labelled(text: str, lexicon: Lexicon) -> bool:
    return text.startswith(lexicon.date_labels)


def _solar_hijri_shape(text: str) -> bool:
    """Persian or Arabic-Indic digits, or a year of the Solar Hijri calendar (13xx, 14xx).

    An element classed "date" also prints the time now, a comment's date or an update:
    only where the page prints a calendar htmldate cannot read is such an element taken
    unlabelled (the fallback reads the rest with its own checks)."""
    return bool(_HIJRI_SHAPE.search(text))


_HIJRI_SHAPE = re.compile(r"[۰-۹٠-٩]|(?<![0-9])1[34][0-9]{2}(?![0-9])")


def _short_text(element: Element) -> str | None:
    """The element's text, whitespace collapsed, or None when it is longer than a printed
    label. Stops reading as soon as the text is too long: an element with few children may
    still hold the whole article, and joining it for every ancestor made the walk quadratic."""
    pieces = []
    visible = 0
    for piece in element.itertext():
        # Collapsing whitespace never makes the text shorter than its stripped pieces.
        visible += len(piece.strip())
        if visible > MAX_PRINTED_CHARS:
            return None
        pieces.append(piece)
    return clean_text("".join(pieces)) or None
