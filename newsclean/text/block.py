"""Where the article block of a whole-page text dump is found.

Every line gets a weight (`newsclean.text.prose`): paragraphs count their length, furniture
(menu items, labels, dates, teaser titles) a fixed cost, end-of-article and related-list
labels a large one. The article is the run of lines with the largest total weight: a
maximum-sum segment, found in one pass. Menus printed before it and teaser lists after it
are runs of short lines whose cost outweighs any stray paragraph among them.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.text.lines import LineKind

# An end label ("Comment") ends the article unless a great deal of prose follows; a
# related-list label costs less, since "Read more" / "Lesen Sie auch" teasers also stand
# inside articles; a label or counter is furniture; a date, id or byline line is header.
KIND_WEIGHTS = {
    LineKind.END: -600.0,
    LineKind.RELATED: -150.0,
    LineKind.LABEL: -25.0,
    LineKind.NOISE: -25.0,
    LineKind.DATE: -10.0,
    LineKind.ID: -10.0,
    LineKind.BYLINE: -10.0,
}


# A trailing run of this many paragraphs, each alone after TEASER_GAP_LINES or more
# furniture lines, is a teaser list.
MIN_TEASERS = 3
TEASER_GAP_LINES = 2
# Teasers printed as a photo caption and a title: one furniture line (weighing this or
# less; not a near-neutral label printed between all paragraphs, "Article content") parts
# two summaries. An article alternates paragraphs and subheadings so too, for a while:
# such a list needs more entries.
GAP_LINE_WEIGHT = -10.0
MIN_TIGHT_TEASERS = 5
# A teaser's summary is a sentence or two; a paragraph this heavy is the article's own,
# standing between its subheadings, boxes and link buttons.
MAX_TEASER_WEIGHT = 300.0
# A lighter positive line between two summaries is the teaser's title ("Kicker: Title"
# has a colon, and weighs a little), part of its furniture, not a paragraph of its own.
TEASER_MIN_WEIGHT = 50.0
# A part of the block counts as the article when it weighs this share of the heaviest part.
# Chosen on readability-dev and trafilatura-dev as text (fundus-dev, where 0.5 was set, does
# not move between 0.1 and 0.5): 0.3 to 0.4 is best on both; 0.1 loses readability-dev body.
MAIN_PART_SHARE = 0.3


def best_block(weights: Sequence[float]) -> tuple[int, int] | None:
    """``(start, end)`` of the maximum-sum run of positive total, end exclusive; None if none.

    >>> best_block([-25, 300, -25, 120, -600, 200])
    (1, 4)
    >>> best_block([-25, -25]) is None
    True
    """
    best_total = 0.0
    best: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best_total:
            best_total, best = total, (start, index + 1)
    return best


def split_at_gaps(
    weights: Sequence[float], start: int, end: int, gap_cost: float
) -> list[tuple[int, int, float]]:
    """The parts of ``[start, end)`` separated by runs of non-positive lines that cost
    ``gap_cost`` or more, as ``(start, end, total of positive weights)``.

    >>> split_at_gaps([100, -25, -25, -25, 50, 60], 0, 6, 75)
    [(0, 1, 100.0), (4, 6, 110.0)]
    >>> split_at_gaps([100, -25, -25, 50], 0, 4, 75)
    [(0, 4, 150.0)]
    """
    parts: list[tuple[int, int, float]] = []
    part_start: int | None = None
    last_positive = start
    total = 0.0
    gap = 0.0
    for index in range(start, end):
        weight = weights[index]
        if weight <= 0:
            gap -= weight
            continue
        if part_start is not None and gap >= gap_cost:
            parts.append((part_start, last_positive + 1, total))
            part_start, total = None, 0.0
        if part_start is None:
            part_start = index
        total += weight
        last_positive = index
        gap = 0.0
    if part_start is not None:
        parts.append((part_start, last_positive + 1, total))
    return parts


def main_part(weights: Sequence[float], start: int, end: int, gap_cost: float) -> tuple[int, int]:
    """The article within a block: its first part that weighs at least MAIN_PART_SHARE of
    the heaviest part. Comment threads and teaser lists come after the article, behind a
    run of furniture (comment-form labels, sharing buttons), and may outweigh it; an
    article's own second half, behind a newsletter box, may outweigh its first too.

    >>> main_part([500, -200, -200, 1500], 0, 4, 400)
    (0, 1)
    >>> main_part([300, -200, -200, 1500], 0, 4, 400)
    (3, 4)
    """
    parts = split_at_gaps(weights, start, end, gap_cost)
    if not parts:
        return start, end
    heaviest = max(total for _, _, total in parts)
    for part_start, part_end, total in parts:
        if total >= MAIN_PART_SHARE * heaviest:
            return part_start, part_end
    return start, end


def trim_teaser_tail(weights: Sequence[float], start: int, end: int) -> int:
    """The block's end with a trailing teaser stream cut off.

    A teaser list prints each story as one summary line between a few furniture lines
    (title, author, date, section), over and over; an article's paragraphs follow each
    other. MIN_TEASERS or more such lone paragraphs at the end of the block are a list;
    MIN_TIGHT_TEASERS when some stand only one furniture line apart.

    >>> trim_teaser_tail([300, 300, 300, -25, -25, 150, -25, -25, 150, -25, -25, 150], 0, 12)
    3
    >>> trim_teaser_tail([300, 300, -25, -25, 300, 300, -25, -25, 150], 0, 9)
    9
    """
    positives = [index for index in range(start, end) if weights[index] >= TEASER_MIN_WEIGHT]
    lone = 0
    tight = 0
    cut = end
    for position in range(len(positives) - 1, 0, -1):
        index, previous = positives[position], positives[position - 1]
        if weights[index] >= MAX_TEASER_WEIGHT:
            break
        gap = index - previous - 1
        if gap == 1 and weights[previous + 1] <= GAP_LINE_WEIGHT:
            tight += 1
        elif gap < TEASER_GAP_LINES:
            break
        lone += 1
        cut = previous + 1
    if tight:
        return cut if lone >= MIN_TIGHT_TEASERS else end
    return cut if lone >= MIN_TEASERS else end
