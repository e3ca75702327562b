"""A publication date printed in the page's markup rather than its metadata: an element
whose class or id names a date ("post-date", "entry-meta", "byline"), an ``<abbr>`` or
``<span>`` with a ``title`` date, or a line opening with a date label ("تاریخ انتشار:",
"Published:") from the site's lexicon. The first plausible date in page order wins: the
publication date stands under the headline, before any update or comment date."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from lxml.etree import _Element as Element

from newsclean.dates import find_date
from newsclean.lexicon import GENERIC_LEXICON
from newsclean.urldates import plausible_day

# Class or id words of the elements that carry a story's date or its byline line.
_DATE_CLASS = re.compile(
    r"(?:^|[\s_\-])(?:date|dates|datetime|time|timestamp|posted|pubdate|published|publish|"
    r"byline|meta|entry-?meta|post-?meta|article-?meta|dateline|info)(?=$|[\s_\-\d])"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Words of the elements that print another date than the story's own: updates, comments.
_OTHER_DATE = re.compile(r"modif|updat|comment|reply|footer|copyright|archive|calendar|weather")
_MAX_CHARS = 120
_MAX_ELEMENTS = 400


def printed_date(body: Element, languages: tuple[str, ...] = ()) -> datetime | None:
    """The first plausible date printed in a date-named element or after a date label."""
    labels = tuple(label for label in GENERIC_LEXICON.date_labels if len(label) > 4)
    seen = 0
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        seen += 1
        if seen > 20000:
            break
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if element.tag == "abbr" or (element.tag == "span" and element.get("title")):
            found = _read(element.get("title"), languages)
            if found:
                return found
        if names.strip() and _names_date(names):
            found = _read(_short_text(element), languages)
            if found:
                return found
        text = element.text
        if text and labels and text.lstrip().startswith(labels):
            found = _read(_short_text(element), languages)
            if found:
                return found
    return None


@lru_cache(maxsize=16384)
def _names_date(names: str) -> bool:
    words = _CAMEL.sub("-", names).lower()
    return bool(_DATE_CLASS.search(words)) and not _OTHER_DATE.search(words)


def _short_text(element: Element) -> str | None:
    text = " ".join("".join(element.itertext()).split())
    return text if 6 <= len(text) <= _MAX_CHARS else None


def _read(text: str | None, languages: tuple[str, ...]) -> datetime | None:
    if not text or not any(ch.isdigit() for ch in text):
        return None
    found = find_date(text, languages=languages, fallback=False)
    if found is None or not plausible_day(found.value.date()):
        return None
    return found.value
