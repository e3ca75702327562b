"""What follows the article: the footer id and link, and the related-stories list, up to
the comment thread or the page's copyright footer.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Final

from newsclean.draft import ArticleDraft
from newsclean.memo import cached_lookup, short_text_cache
from newsclean.text.layout import MAX_FOOTER_CHARS
from newsclean.text.lines import DATE, END, ID, LINE_KIND, LINE_TEXT, NOISE, RELATED, TEXT, Line
from newsclean.text.prose import (
    has_cjk,
)
from newsclean.text.sidebar import looks_like_sidebar, read_sidebar

# A page footer's copyright line: the end of any list printed above it.
_FOOTER = re.compile(
    "©|[Cc]opyright|COPYRIGHT|[Rr]ights [Rr]eserved|RIGHTS RESERVED|Rechte vorbehalten|"
    "droits réservés|derechos reservados"
)
# A teaser title has a few words (or, in CJK, a few characters' worth of them).
MIN_TEASER_WORDS = 3
MIN_TEASER_CHARS = 12
MIN_CJK_TEASER_CHARS = 11
_URL = re.compile(r"https?://\S+")


def read_tail(tail: list[Line], menu_texts: frozenset[str], draft: ArticleDraft) -> None:
    """Footer id and link, and the related-stories list after the body."""
    # Whole-list searches (list.index, `in`) instead of one Python step per line: the tail
    # is mostly the sidebar, dozens of lines, and only a few of them matter here.
    kinds = list(map(LINE_KIND, tail))
    taken: set[int] = set()  # lines read as the id, the date or the list's label
    if draft.story_code is None and ID in kinds:
        at = kinds.index(ID)
        draft.story_code = tail[at].code
        taken.add(at)
    if draft.published is None:
        for at, line in enumerate(tail[:3]):
            if line.kind is DATE and line.date is not None:
                draft.published = line.date
                taken.add(at)
                break
    sidebar_from: int | None = None
    if RELATED in kinds:
        sidebar_from = kinds.index(RELATED) + 1
        taken.add(sidebar_from - 1)
    if draft.url is None:
        draft.url = _first_url(tail, taken)
    if sidebar_from is None:
        rest = [line for line in tail if line.kind is not END]
        if looks_like_sidebar(rest):
            sidebar_from = 0
    if sidebar_from is not None:
        sidebar = read_sidebar(_teaser_lines(tail[sidebar_from:], menu_texts))
        draft.related = sidebar.stories
        if sidebar.cut_off:
            draft.note("truncated", "the dump ends inside the related-stories list")


def _first_url(tail: list[Line], taken: set[int]) -> str | None:
    """The first link printed in the tail (the article's own, in a footer "Source:" line)."""
    texts = list(map(LINE_TEXT, tail))
    if "http" not in "\n".join(texts):
        return None
    for at, text in enumerate(texts):
        if at not in taken and "http" in text and (url := _URL.search(text)):
            return url.group(0).rstrip(".,)")
    return None


def _teaser_lines(lines: list[Line], menu_texts: frozenset[str]) -> list[Line]:
    """The lines of a related-stories list, up to the comments or the page footer.

    Menu items printed again in the footer and one-word links ("Contact", "Impressum") are
    not story titles; a comment thread or a copyright line ends the list.
    """
    kept: list[Line] = []
    titles = 0
    # The memo read in place: a dict lookup per line, where a memoised function cost a
    # Python call too (sidebars and footers repeat from one dump of a site to the next).
    known = _KNOWN_SHAPE
    for line in lines:
        text = line.text
        shape = known(text) or _teaser_shape(text)
        kind = line.kind
        if kind is TEXT:
            # Titles first: most lines of a list are one.
            if shape is _TITLE and text not in menu_texts:
                titles += 1
            elif shape is _FOOTER_LINE:
                break
            else:
                line = Line(text, NOISE)
        elif (kind is END and titles) or shape is _FOOTER_LINE:
            break
        kept.append(line)
    return kept


class _TeaserShape(Enum):
    TITLE = "title"
    TOO_SHORT = "too short"
    FOOTER = "footer"


# Compared for every line of the list: read once (see `newsclean.text.lines.TEXT`).
_TITLE: Final = _TeaserShape.TITLE
_FOOTER_LINE: Final = _TeaserShape.FOOTER


@short_text_cache()
def _teaser_shape(text: str) -> _TeaserShape:
    """A footer line (which ends the list; `_is_footer`), a title, or a line too short for one."""
    if _is_footer(text):
        return _TeaserShape.FOOTER
    return _TeaserShape.TITLE if _long_enough_for_title(text) else _TeaserShape.TOO_SHORT


# The shapes' memo, read in place by `_teaser_lines` (short texts only: paragraphs never repeat).
_KNOWN_SHAPE = cached_lookup(_teaser_shape)


def _is_footer(text: str) -> bool:
    return len(text) <= MAX_FOOTER_CHARS and _FOOTER.search(text) is not None


def _long_enough_for_title(text: str) -> bool:
    if has_cjk(text):
        return len(text) >= MIN_CJK_TEASER_CHARS
    return len(text) >= MIN_TEASER_CHARS and len(text.split()) >= MIN_TEASER_WORDS
