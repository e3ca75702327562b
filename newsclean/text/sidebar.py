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
# Reading stops here; the boilerplate filter keeps at most MAX_RELATED of what is read.
MAX_ENTRIES = 400


@dataclass
class _Entry:
    title: str
    published: date | datetime | None = None
    author: str | None = None
    copies: int = 1


@dataclass
class Sidebar:
    stories: list[RelatedStory]
    # The dump stops inside the list: its last title printed once where the others are twice.
    cut_off: bool


def read_sidebar(lines: list[Line]) -> Sidebar:
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
                current.copies += 1
                continue
        if len(entries) >= MAX_ENTRIES:
            break
        entries.append(_Entry(line.text))
    doubled = sum(1 for entry in entries if entry.copies > 1)
    last = entries[-1] if entries else None
    cut_off = False
    if last is not None and lines and lines[-1].kind is LineKind.TEXT and last.published is None:
        final = lines[-1].text
        # Either the last story's second copy never came, or it stops mid-title.
        cut_off = (doubled >= 2 and last.copies == 1) or (
            last.copies > 1 and len(final) < len(last.title)
        )
    stories = [RelatedStory(title=e.title, published=e.published, author=e.author) for e in entries]
    return Sidebar(stories, cut_off)


def looks_like_sidebar(lines: list[Line]) -> bool:
    """True when lines show the sidebar shape (titles printed twice) without a label."""
    texts = [line.text for line in lines if line.kind is LineKind.TEXT]
    pairs = sum(1 for first, second in itertools.pairwise(texts) if same_title(first, second))
    return pairs >= 2 and pairs * 2 >= len(texts) * 0.6
