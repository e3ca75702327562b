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

from lxml.etree import _Element as Element

from newsclean.html.tree import clean_text
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
# Where the page's own date stands: the body's first elements, before any sidebar or footer.
MAX_ELEMENTS_READ = 4000


@dataclass(frozen=True)
class PrintedFacts:
    """What the page prints about itself as labelled text."""

    story_code: str | None = None
    published: datetime | None = None


def read_printed(body: Element, lexicon: Lexicon, languages: tuple[str, ...]) -> PrintedFacts:
    """The first labelled story code and the first labelled (or date-classed) date in ``body``."""
    page_text = _cheap_text(body)
    code_reader = _code_reader(lexicon)
    wants_code = any(label in page_text for label in code_reader.lexicon.id_labels)
    wants_date = any(label in page_text for label in lexicon.date_labels) or "date" in page_text
    if not wants_code and not wants_date:
        return PrintedFacts()
    date_reader = classifier_for(lexicon, languages)
    story_code: str | None = None
    published: datetime | None = None
    for text, date_classed in _short_texts(body):
        if wants_code and story_code is None:
            code = code_reader.id_code(text)
            if code is not None:
                story_code = code
        if (
            wants_date
            and published is None
            and (_labelled(text, lexicon) or (date_classed and _solar_hijri_shape(text)))
        ):
            line = date_reader.classify(text)
            if line.kind is DATE and line.date is not None:
                published = line.date
        if (story_code or not wants_code) and (published or not wants_date):
            break
    return PrintedFacts(story_code, published)


def _cheap_text(body: Element) -> str:
    # Attribute values too: a class named "item-date" marks a date element.
    text = " ".join(body.itertext()) + " " + " ".join(body.xpath(".//@class"))
    return text.replace("\u00a0", " ")


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


def _short_texts(body: Element) -> Iterator[tuple[str, bool]]:
    """Each short element's text (whitespace collapsed) in document order, and whether its
    class or id names a date."""
    for count, element in enumerate(body.iter()):
        if count > MAX_ELEMENTS_READ:
            return
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        # A cheap bound before collecting the text: its own text and its children's.
        if len(element) > 6:
            continue
        text = clean_text("".join(element.itertext()))
        if not text or len(text) > MAX_PRINTED_CHARS:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        yield text, "date" in names or "time" in names
