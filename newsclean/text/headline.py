"""Where the headline of a text dump is chosen: the title-like line just before the article.

Pages print the headline once or several times (browser title ``Headline | Site``, image alt
text, the ``<h1>``), below the site name, menus and a section label, above the standfirst
or byline. Candidates are the text lines shortly before the article block; each is scored
for looking like a title (several words, no closing full stop, not a kicker ending in a
colon) and for being printed again elsewhere, and lines further from the block cost more.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsclean.dates import find_date
from newsclean.text.lines import Line, LineKind
from newsclean.text.prose import PARAGRAPH_CHARS, weighted_length

# How far before the article block the headline may stand (bylines, dates, captions,
# share buttons and a standfirst come between).
WINDOW_LINES = 60
# ... or this far into it, when a teaser paragraph above the headline opened the block early.
LINES_INTO_BLOCK = 25
PARAGRAPH_WEIGHT = PARAGRAPH_CHARS
# A date or byline within this many lines below a candidate marks it as the headline.
HEADER_MARK_LINES = 10
_DIGIT = re.compile(r"\d")
# Photo captions and credits stand near the headline too: "Foto: X", "(Image: Getty)".
_CREDIT = re.compile(
    r"\b(?:Foto|Fotos|Photo|Photos|Bild|Image|Images|Getty|Reuters|AFP|dpa|AP Photo|Imago|"
    r"Shutterstock|Credit|Copyright)\b|©",
    re.I,
)
MIN_TITLE_CHARS = 12
MAX_TITLE_CHARS = 300
# "Headline | Site", "Headline - Site": the browser title, printed by some pages.
_SITE_SUFFIX = re.compile(r"\s+(?:[|\-–—·:]{1,2}|::)\s+[^|\-–—·]{2,60}$")
_WORD = re.compile(r"\w+")


def find_headline(
    lines: Sequence[Line],
    first_paragraph: int,
    block_end: int,
    repeats: Counter[str],
    weights: Sequence[float],
) -> int | None:
    """Index of the headline line, None when nothing near the block looks like a title.

    Candidates stand up to WINDOW_LINES before the block's first paragraph, or a few lines
    into the block when the block opened early (a teaser paragraph above the headline).
    """
    first = max(0, first_paragraph - WINDOW_LINES)
    last = min(block_end, first_paragraph + LINES_INTO_BLOCK)
    # Texts that a longer line prints with a site name after them.
    suffixed = set()
    for index in range(first, last):
        text = lines[index].text
        if len(text) > MIN_TITLE_CHARS and (match := _SITE_SUFFIX.search(text)):
            suffixed.add(text[: match.start()])
    header_marks = [_is_header_mark(lines[index]) for index in range(first, last)]
    best, best_score = None, 0.0
    for index in range(first, last):
        line = lines[index]
        if line.kind is not LineKind.TEXT or weights[index] >= PARAGRAPH_WEIGHT:
            continue
        score = title_score(line.text, repeats[line.text], line.text in suffixed)
        if score <= 0:
            continue
        following = header_marks[index + 1 - first : index + 1 - first + HEADER_MARK_LINES]
        if any(following):
            score += 2.5
        if index < first_paragraph:
            between = first_paragraph - index
            score -= 0.05 * between
        else:
            score -= 1.0 + 0.2 * (index - first_paragraph)
        if score > best_score:
            best, best_score = index, score
    return best


def _is_header_mark(line: Line) -> bool:
    """A date or byline line: what follows a headline."""
    if line.kind in (LineKind.DATE, LineKind.BYLINE):
        return True
    return (
        line.kind is LineKind.TEXT
        and len(line.text) <= 80
        and _DIGIT.search(line.text) is not None
        and find_date(line.text, fallback=False) is not None
    )


def title_score(text: str, repeats: int, has_site_copy: bool) -> float:
    """How much ``text`` looks like a headline (<= 0: not at all)."""
    length = weighted_length(text)
    if not MIN_TITLE_CHARS <= length <= MAX_TITLE_CHARS:
        return 0.0
    spaced = text.isascii() or text.count(" ") * 12 >= len(text)
    words = len(_WORD.findall(text)) if spaced else length // 4
    if words < 3:
        # A two-word title is possible but weak: chosen only when nothing better stands near.
        return 0.5 if words == 2 and not text.endswith((".", ":")) else 0.0
    score = 1.0 + 0.3 * min(words, 12)
    if text.endswith((".", ",", ";")) and not text.endswith("..."):
        score -= 2.0
    if text.endswith((":", "|", "·", "-", "•")):
        score -= 2.5
    if length > 180:
        score -= 1.5
    if text[:1].islower():
        score -= 1.5
    if _CREDIT.search(text):
        score -= 3.0
    if 2 <= repeats <= 4:
        score += 1.5
    elif repeats > 4:
        score -= 2.0
    if has_site_copy:
        score += 2.0
    return score
