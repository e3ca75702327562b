"""Where the related-stories sidebar of a text dump is read.

A sidebar prints each story as its title twice (image alt text, then the link), an optional
``By <author>`` and an optional date. Alt copies may be cut short (at an apostrophe that
ended the HTML attribute), so a copy that is a prefix of its neighbour is the same story.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime

from newsclean.models import RelatedStory
from newsclean.text.lines import Line, LineKind
from newsclean.titles import same_title

# A sidebar title is a headline, not a paragraph.
MAX_TITLE_CHARS = 300


@dataclass
class _Entry:
    title: str
    published: date | datetime | None = None
    author: str | None = None


def read_sidebar(lines: list[Line]) -> list[RelatedStory]:
    """Related stories from the lines of a sidebar, in page order, duplicates folded."""
    entries: list[_Entry] = []
    for line in lines:
        current = entries[-1] if entries else None
        if line.kind is LineKind.DATE:
            if current is not None and current.published is None and line.date is not None:
                current.published = line.date if line.date_has_time else line.date.date()
            continue
        if line.kind is LineKind.BYLINE:
            if current is not None and current.author is None:
                current.author = line.author
            continue
        if line.kind is not LineKind.TEXT:
            # Labels, a second list's heading or a comment block: keep reading titles.
            continue
        if len(line.text) > MAX_TITLE_CHARS:
            break
        # Copies of one title stand together, before that story's byline and date.
        if current is not None and current.published is None and current.author is None:
            merged = same_title(current.title, line.text)
            if merged is not None:
                current.title = merged
                continue
        entries.append(_Entry(line.text))
    return [RelatedStory(title=e.title, published=e.published, author=e.author) for e in entries]


def looks_like_sidebar(lines: list[Line]) -> bool:
    """True when lines show the sidebar shape (titles printed twice) without a label."""
    texts = [line.text for line in lines if line.kind is LineKind.TEXT]
    pairs = sum(1 for first, second in itertools.pairwise(texts) if same_title(first, second))
    return pairs >= 2 and pairs * 2 >= len(texts) * 0.6
