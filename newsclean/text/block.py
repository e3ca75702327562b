"""Where the article block of a whole-page text dump is found.

Every line gets a weight (`newsclean.text.prose`): paragraphs count their length, furniture
(menu items, labels, dates, teaser titles) a fixed cost, end-of-article and related-list
labels a large one. The article is the run of lines with the largest total weight: a
maximum-sum segment, found in one pass. Menus printed before it and teaser lists after it
are runs of short lines whose cost outweighs any stray paragraph among them.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.text.lines import Line, LineKind

# An end label ("Comment") or a related-list label ends the article unless a great deal of
# prose follows; a label or counter is furniture; a date, id or byline line is header.
_KIND_WEIGHTS = {
    LineKind.END: -600.0,
    LineKind.RELATED: -400.0,
    LineKind.LABEL: -25.0,
    LineKind.NOISE: -25.0,
    LineKind.DATE: -10.0,
    LineKind.ID: -10.0,
    LineKind.BYLINE: -10.0,
}


def kind_weight(line: Line) -> float | None:
    """The fixed weight of a non-text line, None for text lines (weighed as prose)."""
    return _KIND_WEIGHTS.get(line.kind)


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
