"""Authors a text dump prints around the end of its article rather than in its header.

An author box after the body ("About the author" over a name), a card of names over job
titles, a reporter's sign-off ("홍길동 기자"), a bio sentence ("Jane Doe is a reporter ..."),
a signature under the last paragraph, an agency's credit line ("(Reporting by ...)"), and
the labels that name the kind of piece ("Analysis by") rather than a picture's credit.
`header.read_header` tries them in turn when the header holds no byline.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsclean.agencies import is_agency
from newsclean.memo import cached_lookup, short_text_cache
from newsclean.text.lines import (
    BYLINE_WORDS,
    DATE,
    TEXT,
    Line,
)
from newsclean.text.names import (
    COMPOUND_ROLE,
    DESK_WORDS,
    EDGE_MARKS,
    ROLE_WORDS,
    clean_name,
    is_person,
    is_person_line,
    split_names,
    without_author_label,
)

# What a label naming the kind of piece may credit instead of its author ("Photos by").
# Credits for another's work than the writing: pictures, graphics, and the translation
# ("Übersetzt von", "Translated by", "Traducción de") of a piece written by someone else.
CREDIT_NOT_AUTHOR = (
    "photo",
    "foto",
    "bild",
    "image",
    "video",
    "illustration",
    "grafi",
    "graphi",
    "übersetz",
    "translat",
    "tradu",
    "tradott",
    "vertaal",
    "översatt",
)
MAX_PIECE_LABEL_CHARS = 40


def is_piece_label(text: str, folded: str) -> bool:
    """A By-word after the kind of piece: "Kommentar von", "Analysis by", "Una columna de";
    not a picture's credit ("Fotos von") nor a sponsor's ("Powered by", "Presented by").

    ``folded`` is ``text`` stripped of colons and casefolded.
    """
    # Most lines fail on length or their last word, before anything is split.
    if len(text) > MAX_PIECE_LABEL_CHARS or not text[:1].isupper():
        return False
    if folded[folded.rfind(" ") + 1 :] not in BYLINE_WORDS:
        return False
    words = folded.split()
    return (
        2 <= len(words) <= 3
        and not words[-2].endswith("ed")
        and not words[0].startswith(CREDIT_NOT_AUTHOR)
        and not words[-2].startswith(CREDIT_NOT_AUTHOR)
    )


# The box about the author printed after the article: its label, then the name.
_AUTHOR_BOX_LABELS = frozenset(
    {
        "about the author",
        "about the authors",
        "contact the author",
        "autorin/autor",
        "über die autorin",
        "über den autor",
        "über die autor:in",
        "sobre la firma",
        "sobre el autor",
        "à propos de l'auteur",
        "om skribenten",
        "om forfatteren",
    }
)


@short_text_cache()
def _is_box_label(text: str) -> bool:
    folded = text.strip(" :").casefold()
    return folded in _AUTHOR_BOX_LABELS or is_piece_label(text, folded)


# A hot loop reads the memo in place: a footer's lines recur from one dump of a site to the next.
_KNOWN_BOX_LABEL = cached_lookup(_is_box_label)


def names_in_author_box(tail: list[Line]) -> list[str]:
    for index, line in enumerate(tail[:-1]):
        text = line.text
        if len(text) > MAX_PIECE_LABEL_CHARS:
            continue  # a paragraph, a teaser: labels are short (the costly part is skipped)
        label = _KNOWN_BOX_LABEL(text)
        if label is None:
            label = _is_box_label(text)
        if label:
            name = tail[index + 1]
            if name.kind is TEXT and is_person_line(name.text):
                return split_names(name.text)
            return []
    return []


# A job title printed on its own line: "Journalist", "– Correspondent in Paris".
_MAX_JOB_TITLE_WORDS = 4


@short_text_cache()
def _is_job_title(text: str) -> bool:
    """A line naming a writer's job and nothing else: "Redakteurin", "Corresponsal en
    Atenas", "Political Correspondent"; not a photographer's ("Fotograf"), who is credited
    for the pictures."""
    words = text.strip(EDGE_MARKS).casefold().split()
    if not 1 <= len(words) <= _MAX_JOB_TITLE_WORDS:
        return False
    role = words[0] if _names_role(words[0]) else words[-1]
    return _names_role(role) and not role.startswith(CREDIT_NOT_AUTHOR)


def _names_role(word: str) -> bool:
    # A desk names the writer's job as well: "Mitglied der Example News-Redaktion".
    return (
        word in ROLE_WORDS or COMPOUND_ROLE.fullmatch(word) is not None or word.endswith(DESK_WORDS)
    )


_KNOWN_JOB_TITLE = cached_lookup(_is_job_title)


def names_over_job_titles(lines: list[Line]) -> list[str]:
    """The names printed over their job titles, the author's card: "Jane Doe" over
    "Journalist" (the name may be printed twice, a link and its text)."""
    names: list[str] = []
    for above, title in pairwise(lines):
        text = title.text
        # Paragraphs fail on length, with no call (this runs on every page with no byline).
        if len(text) > MAX_PIECE_LABEL_CHARS or title.kind is not TEXT:
            continue
        job_title = _KNOWN_JOB_TITLE(text)
        if job_title is None:
            job_title = _is_job_title(text)
        if not job_title or above.kind is not TEXT:
            continue
        if is_person(clean_name(above.text)):
            for person in split_names(above.text):
                if person not in names:
                    names.append(person)
    return names


# Korean articles sign off under the last paragraph: "서울 홍길동 기자 hong@example.com".
_KOREAN_REPORTER = re.compile(r"(?:^|\s)([가-힣]{2,4}) ?(?:기자|특파원)(?:\s+[\w.+-]+@[\w.-]+)?$")


def reporter_signoff(lines: list[Line]) -> list[str]:
    for line in lines:
        if len(line.text) <= 80 and line.text.endswith(_KOREAN_SIGNOFF_ENDS):
            found = _KOREAN_REPORTER.search(line.text)
            if found is not None:
                return [found.group(1)]
    return []


_KOREAN_SIGNOFF_ENDS = ("기자", "특파원", ".com", ".kr", ".net")
# The author's bio closing the article: "Jane Doe is a politics reporter for Example News."
_BIO = re.compile(r"([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,4}) (?:is|was) (?:a|an|the) ")
_MAX_BIO_CHARS = 300
_BIO_VERB_BY = 70


def signature(lines: list[Line], body_end: int) -> list[str]:
    """The author's name alone on the line under the article's last sentence, as papers
    sign their pieces: "... a nasty surprise." over "Jane Doe"."""
    if not 0 < body_end < len(lines) - 1 or not lines[body_end - 1].ends_sentence:
        return []
    line = lines[body_end]
    text = without_author_label(line.text)
    # Nothing cut off the name: "Add ExampleNews to your feed" is no "Add Example".
    if line.kind is not TEXT or clean_name(text) != text or not is_person_line(text):
        return []
    after = lines[body_end + 1]
    # A name over a date is a teaser's byline; names one a line are a menu ("Contact
    # Us", "About Us", "Latest Game Reviews") or a list of people.
    if after.kind is DATE or (
        after.kind is TEXT and (is_person_line(after.text) or _is_menu_entry(after.text))
    ):
        return []
    return split_names(text)


# A menu's entry: a few capitalised words ("Latest Game Reviews", "Our Team").
_MENU_ENTRY_WORDS = (2, 5)


def _is_menu_entry(text: str) -> bool:
    words = text.split()
    low, high = _MENU_ENTRY_WORDS
    return low <= len(words) <= high and all(word[:1].isupper() for word in words)


_MAX_AGENCY_CREDIT_CHARS = 24
_CREDIT_PARTS = re.compile(r"\s*[/,;]\s*")
# The editor's initials beside the agency ("sep", "jdo"): no author by themselves.
_INITIALS = re.compile(r"[a-zäöü]{2,4}")


def agency_credit(tail: list[Line]) -> list[str]:
    for line in tail:
        text = line.text
        if len(text) > _MAX_AGENCY_CREDIT_CHARS or line.kind is not TEXT:
            continue
        parts = _CREDIT_PARTS.split(text.strip("() "))
        agencies = [part for part in parts if is_agency(part)]
        if agencies and all(part in agencies or _INITIALS.fullmatch(part) for part in parts):
            return agencies
    return []


def author_bio(lines: list[Line]) -> list[str]:
    for line in lines:
        text = line.text
        if line.kind is not TEXT or len(text) > _MAX_BIO_CHARS:
            continue
        # The verb follows a name of at most five words: most paragraphs fail here, with
        # no regex run.
        if text.find(" is ", 0, _BIO_VERB_BY) < 0 and text.find(" was ", 0, _BIO_VERB_BY) < 0:
            continue
        found = _BIO.match(text)
        if found is None or not is_person(found.group(1)):
            continue
        # The job title within the sentence's first words tells a bio from a sentence
        # about someone else ("Jane Doe is a nurse in Leeds").
        title = text[found.end() :].split()[:5]
        if any(word.strip(".,;").casefold() in ROLE_WORDS for word in title):
            return [found.group(1)]
    return []
