"""What the article's header prints between the headline and the body: bylines and the
site's id line ("News ID: 48213", "کد خبر : 982145").
"""

from __future__ import annotations

import re

from newsclean.draft import ArticleDraft
from newsclean.text.layout import Layout
from newsclean.text.lines import BYLINE_WORDS, Line, LineKind

_CONJUNCTION = re.compile(r"\s(?:and|und|et|y|e|og|och|en|ve|i)\s|\s&\s")
_NAME_JOINERS = re.compile(r"\s(?:and|und|et|y|e|og|och|en|ve|i)\s|\s&\s|,\s*")
# Bylines stand within a few lines of the body's start.
BYLINE_LINES_INTO_BODY = 3


def read_header(lines: list[Line], layout: Layout, draft: ArticleDraft) -> None:
    """Bylines and the id line between the headline and the body."""
    header = lines[layout.headline_at + 1 : layout.first_paragraph + BYLINE_LINES_INTO_BODY]
    for index, line in enumerate(header):
        if line.kind is LineKind.ID and draft.story_code is None:
            draft.story_code = line.code
        elif line.kind is LineKind.BYLINE and line.author:
            draft.authors.extend(split_names(line.author))
        elif (
            line.kind is LineKind.TEXT
            and line.text.strip(" :").casefold() in BYLINE_WORDS
            and index + 1 < len(header)
            and header[index + 1].kind is LineKind.TEXT
            and _looks_like_names(header[index + 1].text)
        ):
            # "By" on a line of its own, the name on the next (a link in the page).
            draft.authors.extend(split_names(header[index + 1].text))
    if draft.story_code is None:
        # An id printed above the headline (print pages) still names this article.
        for line in lines[: layout.headline_at]:
            if line.kind is LineKind.ID:
                draft.story_code = line.code
                break


def split_names(byline: str) -> list[str]:
    """The names of a byline naming several authors.

    >>> split_names("Samya Kullab and Vasilisa Stepanenko")
    ['Samya Kullab', 'Vasilisa Stepanenko']
    >>> split_names("Felix Schröder und Jörg Soldwisch, dpa")
    ['Felix Schröder', 'Jörg Soldwisch', 'dpa']
    >>> split_names("Johannes Ritter, Zürich")
    ['Johannes Ritter, Zürich']
    """
    parts = [part.strip() for part in _NAME_JOINERS.split(byline) if part.strip()]
    # A comma may also introduce a place ("Johannes Ritter, Zürich"): only split on it
    # when a conjunction or a third part shows several people are named.
    several = _CONJUNCTION.search(byline) is not None or len(parts) > 2
    if len(parts) > 1 and several and all(_looks_like_names(part) for part in parts):
        return parts
    return [byline]


def _looks_like_names(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and len(text) <= 60 and not text.endswith((".", "!", "?"))
