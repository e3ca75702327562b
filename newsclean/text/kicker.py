"""Kickers and glued labels around a text dump's headline.

A page prints a short label over its headline (a topic, "Opinion"), sometimes joined to it
with a colon or glued to it by the dump ("Marathon in Berlin:Im harten Läuferalltag"), and
sometimes a label glued to its end ("... jobs report Back to video"). Where the page prints
the headline again without them, the copy tells which part is the headline proper.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsclean.text.lines import LABEL, TEXT, Line
from newsclean.text.title_shape import CLAUSE_ENDS, MIN_TITLE_CHARS, title_score

# "Marathon in Berlin:Im harten Läuferalltag": a kicker and a headline printed as two spans
# and glued by the dump; the page prints the headline proper (with its space) elsewhere.
# ("EU:n", "USA:s": Finnish and Swedish endings take a lower-case letter after the colon.)
_GLUED_KICKER = re.compile(r"[^\W\d_]:([^\W\d_])")
# A label glued to the end of a headline: a few short words ("Back to video").
GLUED_LABEL_WORDS = 3
GLUED_LABEL_CHARS = 20
# A kicker and its headline printed twice, joined differently ("Kicker: Headline" and
# "Kicker – Headline", or glued): this many lines apart at most, joined by these.
KICKER_COPY_LINES = 3
_KICKER_SEPARATORS = frozenset(" :–—-|/·•")
MAX_SEPARATOR_CHARS = 4
KICKER_CHARS = 50


def is_kicker(line: Line) -> bool:
    """A short label over a headline: a topic or section ("Power cut in Berlin", "Opinion").

    One ending in a colon ("Spy hub :") belongs to the headline below as its first part.
    """
    text = line.text
    return (
        line.kind in (TEXT, LABEL)
        and len(text) <= KICKER_CHARS
        and not text.endswith(CLAUSE_ENDS)
        and not text.endswith(":")
    )


def with_kicker(lines: Sequence[Line], index: int, repeats: Counter[str]) -> str | None:
    """The headline at ``index`` with the kicker printed on the line above it, when that
    kicker ends in a colon ("LTE patent:") and the page prints the two joined elsewhere
    (its browser title, a teaser): the colon makes the kicker the title's first part.
    """
    if index == 0:
        return None
    above = lines[index - 1]
    if (
        above.kind not in (TEXT, LABEL)
        or not above.text.endswith(":")
        or len(above.text) > KICKER_CHARS
    ):
        return None
    joined = f"{above.text.rstrip(' :')}: {lines[index].text}"
    return joined if repeats[joined] else None


def kicker_cut(lines: Sequence[Line], index: int) -> int:
    """Where the headline proper starts in line ``index``: past a kicker that a copy close by
    joins to it with another separator, else 0.

    A page that prints "Kicker: Headline" and, a line or two away, "Kicker – Headline" or
    "KickerHeadline" renders the kicker as an element of its own, the separator being
    styling: the headline is the part after it. (One copy alone, "Brexit: talks resume",
    may be the title itself.)
    """
    text = lines[index].text
    for other in range(
        max(0, index - KICKER_COPY_LINES), min(len(lines), index + KICKER_COPY_LINES + 1)
    ):
        copy = lines[other].text
        if (
            copy != text
            and abs(len(copy) - len(text)) <= MAX_SEPARATOR_CHARS
            and copy[:1] == text[:1]
            and text[-1:] == copy[-1:]
        ):
            cut = _kicker_end(text, copy)
            if cut:
                return cut
    return 0


def _kicker_end(text: str, copy: str) -> int:
    """Where the headline starts in ``text`` when ``copy`` is the same kicker and headline
    joined by other separator characters; 0 when the two differ otherwise.

    >>> _kicker_end("Vote: Council closes the ferry", "Vote – Council closes the ferry")
    6
    >>> _kicker_end("Council closes the ferry | Daily", "Council closes the ferry - Daily")
    0
    """
    longest = min(len(text), len(copy))
    prefix = 0
    while prefix < longest and text[prefix] == copy[prefix]:
        prefix += 1
    while prefix and text[prefix - 1] in _KICKER_SEPARATORS:
        prefix -= 1
    suffix = 0
    longest -= prefix
    while suffix < longest and text[-1 - suffix] == copy[-1 - suffix]:
        suffix += 1
    start = _past_separators(text, len(text) - suffix)
    join, other_join = text[prefix:start], copy[prefix : _past_separators(copy, len(copy) - suffix)]
    if not prefix or not _is_join(join) or not _is_join(other_join) or join == other_join:
        return 0
    headline = text[start:]
    # A kicker is shorter than its headline ("Headline | Site" vs "Headline - Site" would
    # otherwise leave the site name).
    if len(headline) <= prefix or title_score(headline, 0, False) <= 0:
        return 0
    return start


def _past_separators(text: str, start: int) -> int:
    while start < len(text) and text[start] in _KICKER_SEPARATORS:
        start += 1
    return start


def _is_join(text: str) -> bool:
    """A mark joining kicker and headline (": ", " – ", ":"), or nothing: the two glued.

    A bare space is not one ("Kicker Headline" reads as one phrase, the usual rendering of
    a title with its kicker in the same element), nor a dash between letters ("COVID-19",
    "2023–24").

    >>> _is_join(" – "), _is_join(""), _is_join(" "), _is_join("-")
    (True, True, False, False)
    """
    if not text:
        return True
    return (
        text.strip() != ""
        and (" " in text or ":" in text)
        and all(char in _KICKER_SEPARATORS for char in text)
    )


def bare_copy(lines: Sequence[Line], index: int, repeats: Counter[str], block_end: int) -> int:
    """The headline at ``index`` without a label glued to its end ("... jobs report Back to
    video", "... clarifies email"), when the page prints it bare too: that nearest copy.

    Not a copy past the article's block: the same words down there are another element
    (the author's name in a footer box), and a headline there would leave no body.
    """
    cut = bare_text(lines[index].text, repeats)
    if cut is None:
        return index
    return min(
        (other for other in range(block_end) if lines[other].text == cut),
        key=lambda other: abs(other - index),
        default=index,
    )


def bare_text(text: str, repeats: Counter[str]) -> str | None:
    """``text`` without a few short words glued to its end, when the page prints that too.

    A line that is another line plus a label ("Back to video") is a copy of it, which for
    a headline is as telling as its browser title: `find_headline` counts it as one.
    """
    cut = text
    for _ in range(GLUED_LABEL_WORDS):
        cut = cut.rpartition(" ")[0]
        if len(cut) < MIN_TITLE_CHARS or len(text) - len(cut) > GLUED_LABEL_CHARS:
            return None
        if repeats[cut]:
            return cut
    return None


def glued_kicker(text: str) -> bool:
    """ "Kicker:Headline" with no space after the colon, the headline capitalised.

    >>> glued_kicker("Deutscher Handel mit Teheran:Druck durch Sanktionen?"), glued_kicker("EU:n budjetti")
    (True, False)
    """
    return ":" in text and any(match.group(1).isupper() for match in _GLUED_KICKER.finditer(text))
