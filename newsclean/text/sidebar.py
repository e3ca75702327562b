"""Where the related-stories sidebar of a text dump is read.

A sidebar prints each story as its title twice (image alt text, then the link), an optional
``By <author>`` and an optional date. Alt copies may be cut short (at an apostrophe that
ended the HTML attribute), so a copy that is a prefix of its neighbour is the same story.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from newsclean.draft import RelatedDraft
from newsclean.text.lines import BYLINE, DATE, TEXT, Line
from newsclean.titles import same_title

# A sidebar title is a headline, not a paragraph.
MAX_TITLE_CHARS = 300
# Reading stops here; the boilerplate filter keeps at most MAX_RELATED of what is read.
MAX_ENTRIES = 400


@dataclass
class Sidebar:
    stories: list[RelatedDraft]
    # The dump stops inside the list: its last title printed once where the others are twice.
    cut_off: bool


def read_sidebar(lines: list[Line]) -> Sidebar:
    """Related stories from the lines of a sidebar, in page order, duplicates folded."""
    stories: list[RelatedDraft] = []
    copies: list[int] = []  # how often each story's title was printed
    current: RelatedDraft | None = None
    for line in lines:
        kind = line.kind
        if kind is DATE:
            if current is not None and current.published is None and line.date is not None:
                current.published = line.date if line.date_has_time else line.date.date()
            continue
        if kind is BYLINE:
            if current is not None and current.author is None:
                current.author = line.author
            continue
        if kind is not TEXT:
            # Labels, a second list's heading or a comment block: keep reading titles.
            continue
        text = line.text
        if len(text) > MAX_TITLE_CHARS:
            break
        # Copies of one title stand together, before that story's byline and date.
        if current is not None and current.published is None and current.author is None:
            merged = text if text == current.title else same_title(current.title, text)
            if merged is not None:
                current.title = merged
                copies[-1] += 1
                continue
        if len(stories) >= MAX_ENTRIES:
            break
        current = RelatedDraft(text)
        stories.append(current)
        copies.append(1)
    cut_off = False
    if current is not None and lines and lines[-1].kind is TEXT and current.published is None:
        final = lines[-1].text
        doubled = sum(1 for count in copies if count > 1)
        # Either the last story's second copy never came, or it stops mid-title.
        cut_off = (doubled >= 2 and copies[-1] == 1) or (
            copies[-1] > 1 and len(final) < len(current.title)
        )
    return Sidebar(stories, cut_off)


def looks_like_sidebar(lines: list[Line]) -> bool:
    """True when lines show the sidebar shape (titles printed twice) without a label."""
    texts = [line.text for line in lines if line.kind is TEXT]
    pairs = sum(1 for first, second in itertools.pairwise(texts) if same_title(first, second))
    return pairs >= 2 and pairs * 2 >= len(texts) * 0.6
