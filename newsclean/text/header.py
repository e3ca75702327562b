"""What the article's header prints between the headline and the body: bylines and the
site's id line ("News ID: 48213", "کد خبر : 982145").

Where the header holds no byline, `read_header` tries, in turn, the other places pages print
their authors: a name beside a date (`dated_names`), a box, card, bio or sign-off around the
body's end (`author_box`), a meta line under the text (`meta_line`), a byline further down.
"""

from __future__ import annotations

import re

from newsclean.agencies import is_agency
from newsclean.credits import credited_names
from newsclean.draft import ArticleDraft
from newsclean.text.author_box import (
    MAX_PIECE_LABEL_CHARS,
    agency_credit,
    author_bio,
    is_piece_label,
    names_in_author_box,
    names_over_job_titles,
    reporter_signoff,
    signature,
)
from newsclean.text.dated_names import MAX_NAME_LINES, names_beside_date
from newsclean.text.layout import Layout
from newsclean.text.lines import (
    BYLINE,
    BYLINE_WORDS,
    DATE,
    ID,
    NAME_CONJUNCTIONS,
    RELATED,
    TEXT,
    Line,
)
from newsclean.text.meta_line import (
    MAX_META_LINE_CHARS,
    byline_names,
    desk_name,
    names_in_meta_line,
)
from newsclean.text.names import (
    clean_name,
    is_credit_line,
    is_person,
    is_person_line,
    looks_like_names,
    split_names,
)

# A byline over the headline stands this close above it.
BYLINE_ABOVE_LINES = 2
# A dateline over the headline, and the name beside it, stand this close above it.
_DATELINE_ABOVE_LINES = 4
# Bylines stand within a few lines of the body's start.
BYLINE_LINES_INTO_BODY = 3
# A bare name is read beside a date up to this many lines further into the body.
DATE_BYLINE_LINES_INTO_BODY = 3
# A line that opens with the byline word ("Por Jane Doe") says what it is: it is read further
# down, past a standfirst taken as the first paragraph and the section and slug lines under it.
_BYLINE_WORD_LINES_INTO_BODY = 6
# Labels printed alone above the author's name (a link or a box in the page), besides the
# bare byline words: "Author of the article:", "Autorin/Autor".
_AUTHOR_LABELS = BYLINE_WORDS | frozenset(
    {
        "author",
        "authors",
        "author of the article",
        "written by",
        "autor",
        "autorin",
        "autoren",
        "autorin/autor",
        "autor/in",
        "autor*in",
        "autor:in",
        "auteur",
        "autore",
        "texto",
    }
)


def read_bylines(lines: list[Line], layout: Layout, draft: ArticleDraft | None = None) -> list[str]:
    """The names the header prints in a byline form of its own: a byline line ("By Jane
    Doe"), a label over the names ("Von" / "Jane Doe"), a meta line's byline item ("Posted
    on May 3 by jdoe"). Also the id line, into ``draft``. The HTML path reads these forms
    only; the other places (bare names, author boxes, signatures) are the text path's."""
    start = layout.headline_at + 1
    end = layout.first_paragraph + BYLINE_LINES_INTO_BODY
    byline_end = layout.first_paragraph + _BYLINE_WORD_LINES_INTO_BODY
    names: list[str] = []
    # A byline printed over the headline (under a kicker or a first copy of it), a line or
    # two above it.
    for above in lines[max(0, layout.headline_at - BYLINE_ABOVE_LINES) : layout.headline_at][::-1]:
        if above.kind is BYLINE and above.author:
            names.extend(split_names(above.author))
            break
    for index in range(start, min(byline_end, len(lines))):
        line = lines[index]
        if index >= end and (names or line.kind is not BYLINE):
            continue
        if line.kind is ID:
            if draft is not None and draft.story_code is None:
                draft.story_code = line.code
        elif line.kind is BYLINE and line.author:
            if names and index >= layout.first_paragraph:
                continue  # inside the body, a second byline is a teaser's
            names.extend(byline_names(line.author))
        elif (
            not names
            and line.kind is TEXT
            and index + 1 < len(lines)
            and lines[index + 1].kind is TEXT
            and _may_be_label(line.text)
        ):
            # (Once a byline is read, a label over a name further on is a teaser's.)
            folded = line.text.strip(" :").casefold()
            below = lines[index + 1].text
            if (folded in _AUTHOR_LABELS and looks_like_names(below)) or (
                is_piece_label(line.text, folded) and is_person_line(below)
            ):
                # "By" on a line of its own, the names on the next lines (links in the
                # page), which may run on past the window: the label must stand in it.
                names.extend(_names_below_label(lines, index + 1))
    if not names:
        names = names_in_meta_line(lines[start : min(end, len(lines))])
    if not names:
        # A blog's meta line may stand over the headline too ("Gepostet von Jane | Wohnen"
        # between two copies of it).
        names = names_in_meta_line(
            lines[max(0, layout.headline_at - BYLINE_ABOVE_LINES) : layout.headline_at]
        )
    return names


# The longest label over the author's name: a longer line is no label (casefolding never
# shortens a text), nor a piece's label (MAX_PIECE_LABEL_CHARS).
_MAX_AUTHOR_LABEL_CHARS = max(map(len, _AUTHOR_LABELS))


def _may_be_label(text: str) -> bool:
    """Whether ``text`` may be an author label or a piece's label: the header's paragraphs
    fail on length, before they are casefolded whole."""
    return len(text) <= MAX_PIECE_LABEL_CHARS or len(text.strip(" :")) <= _MAX_AUTHOR_LABEL_CHARS


def read_header(lines: list[Line], layout: Layout, draft: ArticleDraft) -> None:
    """Bylines and the id line between the headline and the body."""
    start = layout.headline_at + 1
    end = layout.first_paragraph + BYLINE_LINES_INTO_BODY
    names = read_bylines(lines, layout, draft)
    if not names:
        names = _agency_source(lines[start : min(end, len(lines))])
    if not names:
        # A date line opening the body still has the byline beside it.
        names = names_beside_date(lines[start : end + DATE_BYLINE_LINES_INTO_BODY])
    if not names:
        # A bare name beside a dateline over the headline ("Jane Doe" / "vor 2 Stunden" /
        # headline), as a byline with its word stands there too; not past a first copy of
        # the headline, whose words would read as a name.
        names = names_beside_date(_over_headline(lines, layout.headline_at))
    if not names:
        names = names_over_job_titles(lines[start : min(end, len(lines))])
    if not names:
        names = names_in_author_box(lines[layout.body_end : layout.body_end + _AUTHOR_BOX_LINES])
    if not names:
        # A box without a label, the author's card, which the body's end may take in.
        box_from = max(start, layout.body_end - _CARD_LINES_IN_BODY)
        names = names_over_job_titles(lines[box_from : layout.body_end + _AUTHOR_BOX_LINES])
    if not names:
        names = reporter_signoff(lines[max(start, layout.body_end - 2) : layout.body_end + 2])
    if not names:
        # The bio is the last paragraph or follows it.
        names = author_bio(lines[max(start, layout.body_end - 3) : layout.body_end + 1])
    if not names:
        names = signature(lines, layout.body_end)
    if not names:
        # A Chinese credit line: under the headline ("作者︱春春") or under the text.
        names = _credited(lines[start : layout.body_end + _SIGNED_LINES])
    if not names:
        names = agency_credit(lines[layout.body_end - 1 : layout.body_end + _AGENCY_CREDIT_LINES])
    if not names:
        names = names_in_meta_line(lines[layout.body_end : layout.body_end + _SIGNED_LINES])
    if not names:
        names = _late_byline(lines, layout.first_paragraph + _BYLINE_WORD_LINES_INTO_BODY, layout)
    if not names:
        names = _bare_name_line(lines, start, layout.first_paragraph)
    draft.authors.extend(names)
    if draft.story_code is None:
        # An id printed above the headline (print pages) still names this article.
        for line in lines[: layout.headline_at]:
            if line.kind is ID:
                draft.story_code = line.code
                break


# A byline further down: in the body (a standfirst and a picture set apart from the header),
# or after it, in the article's footer ("Autor: Jane Doe", "Von:" over "Jane Doe"), up to
# this many lines past the body.
_LATE_BYLINE_LINES = 20
# A second author's byline this few lines further on says the first one is a list's.
_NEXT_BYLINE_LINES = 10


def _late_byline(lines: list[Line], start: int, layout: Layout) -> list[str]:
    """The one byline printed from ``start`` to a few lines past the body. Teasers and
    comments print a byline each: a second author's byline a few lines on says the first is
    one of a list. Past a related-stories heading (after the body) only a labelled item
    counts ("Autor: Jane Doe"); a bare "By Jane Doe" there is a teaser's."""
    body_end = layout.body_end
    teasers = any(line.kind is RELATED for line in lines[body_end:start])
    for index in range(max(0, start), min(body_end + _LATE_BYLINE_LINES, len(lines))):
        line = lines[index]
        teasers = teasers or line.kind is RELATED
        # `_late_names`' first test, inlined: most lines (paragraphs, teasers' titles) fail it.
        if len(line.text) > MAX_META_LINE_CHARS or (teasers and ":" not in line.text):
            continue
        names = _late_names(lines, index, teasers)
        if not names:
            continue
        for later in range(index + 1, min(index + 1 + _NEXT_BYLINE_LINES, len(lines))):
            teasers = teasers or lines[later].kind is RELATED
            other = _late_names(lines, later, teasers)
            if other and other != names:
                return []
        return names
    return []


def _late_names(lines: list[Line], index: int, teasers: bool) -> list[str]:
    line = lines[index]
    text = line.text
    # Paragraphs fail on length, teasers' lines on the author label, with no call.
    if len(text) > MAX_META_LINE_CHARS or (
        teasers
        and (":" not in text or text.partition(":")[0].strip().casefold() not in _AUTHOR_LABELS)
    ):
        return []
    names = [] if teasers else _byline_of_line(lines, index)
    if not names and (line.kind is TEXT or line.kind is DATE):
        names = names_in_meta_line([line])
    return names


def _byline_of_line(lines: list[Line], index: int) -> list[str]:
    """The names of a byline line ("Von Jane Doe") or of a label over a name ("Von:" /
    "Jane Doe")."""
    line = lines[index]
    if line.kind is BYLINE and line.author:
        names = byline_names(line.author)
        return names if all(is_person(name) or is_agency(name) for name in names) else []
    if line.kind is TEXT and index + 1 < len(lines) and lines[index + 1].kind is TEXT:
        below = lines[index + 1].text
        folded = line.text.strip(" :").casefold()
        if folded in _AUTHOR_LABELS or is_piece_label(line.text, folded):
            if is_person_line(below):
                return split_names(below)
            desk = desk_name(below)
            return [desk] if desk else []
    return []


def _over_headline(lines: list[Line], headline_at: int) -> list[Line]:
    """The lines a header may print over the headline, below any copy of the headline."""
    headline = lines[headline_at].text
    above = lines[max(0, headline_at - _DATELINE_ABOVE_LINES) : headline_at]
    copies = [index for index, line in enumerate(above) if line.text == headline]
    return above[copies[-1] + 1 :] if copies else above


def _credited(lines: list[Line]) -> list[str]:
    for line in lines:
        text = line.text
        # Every credit line holds a full-width or ASCII colon, or the vertical bar.
        if len(text) <= _MAX_CREDIT_LINE_CHARS and ("：" in text or ":" in text or "︱" in text):
            names = [name for part in credited_names(text) if (name := clean_name(part))]
            if names:
                return names
    return []


_MAX_CREDIT_LINE_CHARS = 80


# A byline under the article ("Text: Jane Doe", "Erstellt von Jane Doe") stands this close.
_SIGNED_LINES = 5


def _bare_name_line(lines: list[Line], start: int, stop: int) -> list[str]:
    """A line of people's names alone in the header, the byline as a bare link: the last
    resort. Not under a label that credits someone else ("Sponsored by", "Photos by").

    With no byline word and no date beside it, only its place marks it as the byline: just
    under the headline (and a standfirst), or just over the text. Two capitalised words
    further off, among short lines, are a menu's or a table of contents' entry ("Green
    Event", "How We Tested")."""
    for index in range(start, stop):
        line = lines[index]
        if line.kind is TEXT and is_person_line(line.text):
            above = lines[index - 1].text.casefold().rsplit(" ", 1)[-1]
            if above.strip(":") in BYLINE_WORDS:
                continue
            if not _stands_by_text(lines, index, start, stop):
                return []  # the first entry of a list: the names after it are entries too
            return split_names(line.text)
    return []


# A bare name under the headline stands this close to it (a standfirst between).
_BARE_NAME_UNDER_HEADLINE = 2


def _stands_by_text(lines: list[Line], index: int, start: int, stop: int) -> bool:
    """Whether the line at ``index`` stands just under the headline or just over the text:
    the first paragraph or a sentence follows it."""
    if index < start + _BARE_NAME_UNDER_HEADLINE:
        return True
    return index + 1 >= stop or lines[index + 1].ends_sentence


# "Quelle: dpa", "Source: AFP": an agency's copy run unedited credits the agency.
_SOURCE_LINE = re.compile(r"(?:source|quelle|fuente|fonte|bron|källa|kilde)\s*:\s*(\w+)", re.I)


def _agency_source(header: list[Line]) -> list[str]:
    for line in header:
        if line.kind is TEXT and len(line.text) <= 40:
            found = _SOURCE_LINE.match(line.text)
            if found is not None and is_agency(found.group(1)):
                return [found.group(1)]
    return []


# The author box follows the article's last paragraph within this many lines.
_AUTHOR_BOX_LINES = 15
# The body's end may take in a card's name, job title and bio.
_CARD_LINES_IN_BODY = 3


# The agencies' credit closing an agency story: "SDA/sep", "(dpa/afp)", "AP, jdo".
_AGENCY_CREDIT_LINES = 8


def _names_below_label(header: list[Line], at: int) -> list[str]:
    """The name under a byline label, and the names printed one a line after it. A first
    line that is no name over a name is the author's picture ("Von" / "jdoe_portrait (1)" /
    "Jane Doe"): the names are the lines after it."""
    names = [] if _is_picture_over_name(header, at) else split_names(header[at].text)
    for line in header[at + 1 : at + 1 + 2 * MAX_NAME_LINES]:
        text = line.text
        if line.kind is not TEXT:
            break
        if text.strip(" ,&|/·") == "" or text.casefold() in _JOINER_WORDS:
            continue  # the separator between two linked names
        if not is_person_line(text):
            break
        for name in split_names(text):
            if name not in names:
                names.append(name)
    return names[: 2 * MAX_NAME_LINES]


_JOINER_WORDS = frozenset({*NAME_CONJUNCTIONS, "&"})


def _is_picture_over_name(header: list[Line], at: int) -> bool:
    below = at + 1
    return (
        below < len(header)
        and header[below].kind is TEXT
        and is_person_line(header[below].text)
        and not is_credit_line(header[at].text)
    )
