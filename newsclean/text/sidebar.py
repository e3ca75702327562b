"""Where the related-stories sidebar of a text dump is read.

A sidebar prints each story as its title twice (image alt text, then the link), an optional
``By <author>`` and an optional date. Alt copies may be cut short (at an apostrophe that
ended the HTML attribute), so a copy that is a prefix of its neighbour is the same story.
"""

from __future__ import annotations

import itertools

from newsclean.models import RelatedStory
from newsclean.text.lines import Line, LineKind
from newsclean.titles import same_title

# A sidebar title is a headline, not a paragraph.
MAX_TITLE_CHARS = 300


def read_sidebar(lines: list[Line]) -> list[RelatedStory]:
    """Related stories from the lines of a sidebar, in page order, duplicates folded."""
    stories: list[RelatedStory] = []
    for line in lines:
        current = stories[-1] if stories else None
        if line.kind is LineKind.DATE:
            if current is not None and current.published is None:
                current.published = (
                    line.date if line.date_has_time else line.date.date() if line.date else None
                )
            continue
        if line.kind is LineKind.BYLINE:
            if current is not None and current.author is None:
                current.author = line.author
            continue
        if line.kind is not LineKind.TEXT:
            if line.kind in (LineKind.END, LineKind.RELATED) and stories:
                # A second list or a comment block after the sidebar: keep reading titles.
                continue
            continue
        if len(line.text) > MAX_TITLE_CHARS:
            break
        if current is not None and current.published is None and current.author is None:
            merged = same_title(current.title, line.text)
            if merged is not None:
                current.title = merged
                continue
        stories.append(RelatedStory(title=line.text))
    return stories


def looks_like_sidebar(lines: list[Line]) -> bool:
    """True when lines show the sidebar shape (titles printed twice) without a label."""
    texts = [line.text for line in lines if line.kind is LineKind.TEXT]
    pairs = sum(1 for first, second in itertools.pairwise(texts) if same_title(first, second))
    return pairs >= 2 and pairs * 2 >= len(texts) * 0.6
