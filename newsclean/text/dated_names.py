"""A name printed beside a date, with no By-word: "Jane Doe" over "12 May 2024", or
"12 May 2024 | Jane Doe".

Headers print the author's name as a line of its own next to the date line, or in the same
line before or after it; a run of such name lines (several authors, an avatar's initials, a
link to the author's page) is read as one byline. Used by `header.read_header` when the
header holds no byline word.
"""

from __future__ import annotations

import re

from newsclean.dates import find_date
from newsclean.text.lines import (
    BYLINE,
    DATE,
    END,
    META_SEPARATORS,
    RELATED,
    TEXT,
    Line,
)
from newsclean.text.meta_line import TRAILING_JOINER, desk_name
from newsclean.text.names import (
    EDGE_MARKS,
    PARTICLES,
    ROLE_WORDS,
    clean_name,
    is_credit_line,
    is_person,
    is_person_line,
    split_names,
)
from newsclean.text.title_shape import MAX_HEADER_MARK_CHARS, is_bare_time, is_header_mark

# Most pages print at most this many authors; longer runs of names are lists.
MAX_NAME_LINES = 4


def names_beside_date(header: list[Line]) -> list[str]:
    """Bare names printed next to the article's dateline: "Jane Doe" over "12 March 2024".

    Pages link the author's name without any "By"; what marks it as the byline is the
    date printed beside it. One short line ("Madrid", "Published") may stand between.
    """
    for index, line in enumerate(header):
        if not _is_dateline(line):
            continue
        text = line.text
        name = _name_before_date(text) or _name_after_date(text) or _name_before_dateline(text)
        if name is not None:
            return split_names(name)
        for step in (-1, 1):
            names = _name_run(header, index + step, step)
            if names:
                return names
    return []


def _name_before_date(text: str) -> str | None:
    """The name opening a dateline: "Jane Doe, 12.03.2024", "Jane Doe | 12 March 2024"."""
    dated = find_date(text, fallback=False)
    if dated is None or dated.start == 0 or text[: dated.start].rstrip().endswith(":"):
        return None  # "Son Güncelleme : 30.04.2024": a label, not a name
    name = clean_name(TRAILING_JOINER.sub("", text[: dated.start]))
    return name if is_person(name) else None


def _name_before_dateline(text: str) -> str | None:
    """The name as the first item of a line whose other item dates the story without a date
    the reader takes: "Jane Doe | Publicado hace 3 horas", "Jane Doe | Updated 14:05"."""
    parts = META_SEPARATORS.split(text, maxsplit=1)
    if len(parts) < 2 or not _is_dateline(Line(parts[1], TEXT)):
        return None
    name = clean_name(parts[0])
    return name if is_person(name) else None


# What parts a dateline's items after the date: a dash as well as the meta line's marks.
_ITEM_MARKS = re.compile(rf"{META_SEPARATORS.pattern}|\s+[-–—]\s+")
# The time's word, left over where the date's reading ended at the digits ("13:10 Uhr").
_TIME_WORDS = frozenset({"uhr", "h", "am", "pm", "a.m", "p.m", "hrs"})


def _is_time_item(item: str) -> bool:
    return item.casefold().rstrip(".") in _TIME_WORDS or is_bare_time(item)


def _name_after_date(text: str) -> str | None:
    """The name closing a dateline that opens with its date: "11.12.2019 - Jane Doe",
    "04.02.2022 | 13:10 Uhr | Jane Doe". Every other item must be a time."""
    dated = find_date(text, fallback=False)
    if dated is None or text[: dated.start].strip(EDGE_MARKS):
        return None
    items = [item.strip(EDGE_MARKS) for item in _ITEM_MARKS.split(text[dated.end :])]
    items = [item for item in items if item]
    if not items or not all(_is_time_item(item) for item in items[:-1]):
        return None
    name = clean_name(items[-1])
    return name if is_person(name) else None


# Words opening a dateline whose date the date reader does not take ("Publicerad 22:31",
# "Published 3 seconds ago", "15.10.24 23:35" with its two-digit year).
_DATELINE_WORDS = frozenset(
    {
        "published",
        "updated",
        "posted",
        "publicerad",
        "uppdaterad",
        "publisert",
        "oppdatert",
        "publiceret",
        "opdateret",
        "veröffentlicht",
        "aktualisiert",
        "publicado",
        "actualizado",
        "publié",
        "pubblicato",
        "aggiornato",
        "gepubliceerd",
        "bijgewerkt",
        "publiziert",
        "erstellt",
    }
)
_NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")


def _is_dateline(line: Line) -> bool:
    kind = line.kind
    if kind is DATE or kind is BYLINE:
        return True
    text = line.text
    # Paragraphs first, without a call: a header mark is never longer than this.
    if kind is not TEXT or len(text) > MAX_HEADER_MARK_CHARS:
        return False
    # A date, an age ("3 mins ago") or a labelled time ("um 16:30 Uhr"), as under a headline.
    if is_header_mark(line):
        return True
    if len(text) > 60:
        return False
    # Here, past the headline, a bare time dates the story too: "16:30", "7 hours".
    return (
        text.split(None, 1)[0].rstrip(":").casefold() in _DATELINE_WORDS
        or _NUMERIC_DATE.match(text) is not None
        or is_bare_time(text)
    )


def _name_run(header: list[Line], at: int, step: int) -> list[str]:
    """The names on the lines from ``at`` on, walking ``step`` away from the date, in the
    page's order."""
    names: list[str] = []
    skipped = False
    index = at
    while 0 <= index < len(header) and len(names) < 2 * MAX_NAME_LINES:
        line = header[index]
        found = _names_of_line(line)
        if found is not None:
            new = [name for name in found if name not in names]
            # Walking up from the date, each line's names stand before those read so far.
            names = names + new if step > 0 else new + names
        elif _is_name_fragment(header, index, step, names) or _is_avatar(
            header, index, step, names
        ):
            pass
        elif names or skipped or not _is_aside(line):
            break
        else:
            skipped = True
        index += step
    # "Profilbild von Jane Doe" (an image's alt text) over "Jane Doe": the name alone.
    return [
        name
        for name in names
        if not any(other != name and name.endswith(" " + other) for other in names)
    ]


def _names_of_line(line: Line) -> list[str] | None:
    """The names a header line gives, None if it names no one: people or agencies alone
    ("Jane Doe and AP"), a name before its job title, a link to the author's page."""
    if line.kind is not TEXT:
        return None
    text = line.text
    if is_credit_line(text):
        return split_names(text)
    name = _name_before_title(text) or _name_in_author_link(text) or desk_name(text)
    return [name] if name is not None else None


def _is_name_fragment(header: list[Line], at: int, step: int, names: list[str]) -> bool:
    """One word of a name printed whole beside it: "Jane Doe" over "Jane" and "Doe" (the
    name's link, then its first and last name set apart)."""
    word = header[at].text.strip(EDGE_MARKS)
    if header[at].kind is not TEXT or not word[:1].isupper() or " " in word:
        return False
    if any(word in name.split() for name in names):
        return True
    for index in range(at + step, at + 3 * step, step):
        if 0 <= index < len(header):
            text = header[index].text
            if word in text.split() and header[index].kind is TEXT and is_person_line(text):
                return True
    return False


def _is_avatar(header: list[Line], at: int, step: int, names: list[str]) -> bool:
    """The initials a page prints as the author's picture beside the name: "LP" beside
    "Luana Patriolino"."""
    text = header[at].text.strip()
    if not 2 <= len(text) <= 3 or not text.isupper() or not text.isalpha():
        return False
    beside = list(names)
    if 0 <= at + step < len(header):
        beside.append(header[at + step].text)
    return any(_initials(name) == text for name in beside)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


# The link to the author's page, printed beside the date: "View all posts by Jane Doe".
_AUTHOR_LINK = re.compile(
    r"(?:view |see |read )?(?:all |more )?(?:posts|articles|stories) (?:by|from) (.+)", re.I
)


def _name_in_author_link(text: str) -> str | None:
    found = _AUTHOR_LINK.fullmatch(text)
    if found is None or not is_person(found.group(1)):
        return None
    return found.group(1)


def _name_before_title(text: str) -> str | None:
    """The name opening a line that goes on with the author's job title, the two links
    printed as one: "Jane Doe Parliamentary editor", "Jo Roe Deputy News Director".

    Where the name ends is not marked: it is taken to be its first two words (with the
    particles among them), as most bylines print them.
    """
    words = text.split()
    if not 3 <= len(words) <= 8 or words[-1].casefold() not in ROLE_WORDS:
        return None
    capitalised = 0
    cut = 0
    while cut < len(words) and capitalised < 2:
        if words[cut] not in PARTICLES:
            capitalised += 1
        cut += 1
    if cut >= len(words):
        return None
    name = " ".join(words[:cut])
    return name if is_person(name) else None


def _is_aside(line: Line) -> bool:
    """A short line that may stand between a byline and its date: a place, "Published",
    the author's job title."""
    if line.kind is END or line.kind is RELATED:
        return False  # a heading ("Tags", "Related"): the short lines under it are its list
    # The marks set between header items ("| Lesedauer: 7 Minuten") are no words.
    text = line.text.strip(EDGE_MARKS)
    return len(text) <= 30 and len(text.split()) <= 3 and not line.ends_sentence
