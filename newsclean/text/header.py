"""What the article's header prints between the headline and the body: bylines and the
site's id line ("News ID: 48213", "کد خبر : 982145").
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsclean.agencies import is_agency
from newsclean.credits import credited_names
from newsclean.dates import find_date
from newsclean.draft import ArticleDraft
from newsclean.text.layout import Layout
from newsclean.text.lines import (
    BYLINE,
    BYLINE_WORDS,
    DATE,
    ID,
    META_SEPARATORS,
    NAME_CONJUNCTIONS,
    RELATED,
    TEXT,
    Line,
)
from newsclean.text.names import (
    COMPOUND_ROLE,
    DESK_WORDS,
    EDGE_MARKS,
    PARTICLES,
    ROLE_WORDS,
    clean_name,
    is_credit_line,
    is_person,
    is_person_line,
    looks_like_names,
    split_names,
    without_author_label,
)
from newsclean.text.title_shape import MAX_HEADER_MARK_CHARS, is_bare_time, is_header_mark

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
        "auteur",
        "autore",
        "texto",
    }
)
# What a label naming the kind of piece may credit instead of its author ("Photos by").
_CREDIT_NOT_AUTHOR = ("photo", "foto", "bild", "image", "video", "illustration", "grafi", "graphi")


_MAX_PIECE_LABEL_CHARS = 40


def _is_piece_label(text: str, folded: str) -> bool:
    """A By-word after the kind of piece: "Kommentar von", "Analysis by", "Una columna de";
    not a picture's credit ("Fotos von") nor a sponsor's ("Powered by", "Presented by").

    ``folded`` is ``text`` stripped of colons and casefolded.
    """
    # Most lines fail on length or their last word, before anything is split.
    if len(text) > _MAX_PIECE_LABEL_CHARS or not text[:1].isupper():
        return False
    if folded[folded.rfind(" ") + 1 :] not in BYLINE_WORDS:
        return False
    words = folded.split()
    return (
        2 <= len(words) <= 3
        and not words[-2].endswith("ed")
        and not words[0].startswith(_CREDIT_NOT_AUTHOR)
        and not words[-2].startswith(_CREDIT_NOT_AUTHOR)
    )


# Most pages print at most this many authors; longer runs of names are lists.
_MAX_NAME_LINES = 4


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
            names.extend(_byline_names(line.author))
        elif line.kind is TEXT and index + 1 < len(lines) and lines[index + 1].kind is TEXT:
            folded = line.text.strip(" :").casefold()
            below = lines[index + 1].text
            if (folded in _AUTHOR_LABELS and looks_like_names(below)) or (
                _is_piece_label(line.text, folded) and is_person_line(below)
            ):
                # "By" on a line of its own, the names on the next lines (links in the
                # page), which may run on past the window: the label must stand in it.
                names.extend(_names_below_label(lines, index + 1))
    if not names:
        names = _names_in_meta_line(lines[start : min(end, len(lines))])
    if not names:
        # A blog's meta line may stand over the headline too ("Gepostet von Jane | Wohnen"
        # between two copies of it).
        names = _names_in_meta_line(
            lines[max(0, layout.headline_at - BYLINE_ABOVE_LINES) : layout.headline_at]
        )
    return names


def read_header(lines: list[Line], layout: Layout, draft: ArticleDraft) -> None:
    """Bylines and the id line between the headline and the body."""
    start = layout.headline_at + 1
    end = layout.first_paragraph + BYLINE_LINES_INTO_BODY
    names = read_bylines(lines, layout, draft)
    if not names:
        names = _agency_source(lines[start : min(end, len(lines))])
    if not names:
        # A date line opening the body still has the byline beside it.
        names = _names_beside_date(lines[start : end + DATE_BYLINE_LINES_INTO_BODY])
    if not names:
        # A bare name beside a dateline over the headline ("Jane Doe" / "vor 2 Stunden" /
        # headline), as a byline with its word stands there too; not past a first copy of
        # the headline, whose words would read as a name.
        names = _names_beside_date(_over_headline(lines, layout.headline_at))
    if not names:
        names = _names_over_job_titles(lines[start : min(end, len(lines))])
    if not names:
        names = _names_in_author_box(lines[layout.body_end : layout.body_end + _AUTHOR_BOX_LINES])
    if not names:
        # A box without a label, the author's card, which the body's end may take in.
        box_from = max(start, layout.body_end - _CARD_LINES_IN_BODY)
        names = _names_over_job_titles(lines[box_from : layout.body_end + _AUTHOR_BOX_LINES])
    if not names:
        names = _reporter_signoff(lines[max(start, layout.body_end - 2) : layout.body_end + 2])
    if not names:
        # The bio is the last paragraph or follows it.
        names = _author_bio(lines[max(start, layout.body_end - 3) : layout.body_end + 1])
    if not names:
        names = _signature(lines, layout.body_end)
    if not names:
        # A Chinese credit line: under the headline ("作者︱春春") or under the text.
        names = _credited(lines[start : layout.body_end + _SIGNED_LINES])
    if not names:
        names = _agency_credit(lines[layout.body_end - 1 : layout.body_end + _AGENCY_CREDIT_LINES])
    if not names:
        names = _names_in_meta_line(lines[layout.body_end : layout.body_end + _SIGNED_LINES])
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
        teasers = teasers or lines[index].kind is RELATED
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
    if len(text) > _MAX_META_LINE_CHARS or (
        teasers
        and (":" not in text or text.partition(":")[0].strip().casefold() not in _AUTHOR_LABELS)
    ):
        return []
    names = [] if teasers else _byline_of_line(lines, index)
    if not names and (line.kind is TEXT or line.kind is DATE):
        names = _names_in_meta_line([line])
    return names


def _byline_of_line(lines: list[Line], index: int) -> list[str]:
    """The names of a byline line ("Von Jane Doe") or of a label over a name ("Von:" /
    "Jane Doe")."""
    line = lines[index]
    if line.kind is BYLINE and line.author:
        names = _byline_names(line.author)
        return names if all(is_person(name) or is_agency(name) for name in names) else []
    if line.kind is TEXT and index + 1 < len(lines) and lines[index + 1].kind is TEXT:
        below = lines[index + 1].text
        if line.text.strip(" :").casefold() in _AUTHOR_LABELS:
            if is_person_line(below):
                return split_names(below)
            desk = _desk(below)
            return [desk] if desk else []
    return []


def _byline_names(author: str) -> list[str]:
    """The names of a byline line's author part, without a date or a next item after them."""
    return split_names(_BYLINE_ENDS.sub("", _before_date(author)))


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
# A meta line is short: a date, a time, a byline, a section.
_MAX_META_LINE_CHARS = 140
# The word joining a byline to the date after it ("von X am 21. April", "by X on May 3").
# A lower-case word or a weekday's abbreviation ("Published Fri, Apr 28"): "Didier Roy,
# 21 juin" keeps its three-letter surname.
_TRAILING_JOINER = re.compile(
    r"[\s,;:–-]+(?:(?:(?![A-ZÀ-ÖØ-Þ])[^\W\d_]{1,3}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|"
    r"Sa|So|Lun|Mar|Mer|Jeu|Ven|Sam|Dim)[\s,.]*)?$"
)
_BYLINE_WORD = rf"(?P<word>{'|'.join(sorted(BYLINE_WORDS, key=len, reverse=True))})"
# What separates the byline word from the name: a space, a colon ("by: Jane Doe"), or
# nothing before a capital (blogs glue the link to the word: "Veröffentlicht vonChris Jung";
# a word in capitals is no glued one: "PARIS LIBBY" is not "PAR" + "IS LIBBY").
_AFTER_BYLINE_WORD = r"(?:\s*:\s*|\s+|(?<=(?-i:[a-zß-öø-ÿ]))(?=(?-i:[A-ZÀ-ÖØ-Þ])))(?P<rest>.+)"
# Verbs of publishing before the byline word: "Posted by", "Geschrieben von", "Publié par".
POSTING_VERB = (
    r"(?:posted|written|published|submitted|geschrieben|verfasst|veröffentlicht|gepostet|"
    r"publiziert|gespeichert|eingestellt|soumis|enviado|inviato|"
    r"erstellt|publié|écrit|publicado|escrito|pubblicato|scritto|geplaatst|geschreven|"
    r"publicerad|skrevet)"
)
# A byline item of a meta line, the byline word first (perhaps after a verb of publishing)
# or an author label ("Autor: Jane Doe", "Author: jdoe").
_BYLINE_ITEM = re.compile(
    rf"(?P<verb>{POSTING_VERB}\s+)?{_BYLINE_WORD}{_AFTER_BYLINE_WORD}"
    r"|(?P<label>author|autor|autorin|auteur|autore|autor\*in)\s*:\s*(?P<labelled>.+)",
    re.I,
)
# The byline word further into an item that opens with a date or a verb of publishing:
# "Posted on September 21, 2020 by Jane Doe", "Posted in News by jdoe on ...".
_LATER_BYLINE = re.compile(rf"\s{_BYLINE_WORD}{_AFTER_BYLINE_WORD}", re.I)
# An item or name that opens with a verb of publishing ("Posted on …", "Publiziert am").
OPENS_WITH_POSTING_VERB = re.compile(POSTING_VERB + r"\b", re.I)
# A byline word or an author label anywhere in a line: a search that spares splitting and
# matching the items of the lines (nearly all) that have neither. It may admit more lines
# than the items' own patterns, never fewer. Case-sensitive searches (one over the lower-cased
# line, one for the word glued to a capitalised name: "vonChris", "ByJane") cost half of one
# case-insensitive search. Each alternative opens on a letter (no group around the words):
# sre then skips to the positions holding one of those letters, where a group makes it try
# every alternative at every position (twice the time).
_HINT_WORDS = sorted(BYLINE_WORDS, key=len, reverse=True)
_BYLINE_HINT = re.compile("|".join(rf"{word}[\s:]" for word in _HINT_WORDS) + "|auth?or|auteur")
_GLUED_BYLINE_HINT = re.compile(
    rf"(?:{'|'.join(form for word in _HINT_WORDS for form in (word, word.title(), word.upper()))})"
    r"[A-ZÀ-ÖØ-Þ]"
)


def _may_hold_byline(text: str) -> bool:
    return (
        _BYLINE_HINT.search(text.lower()) is not None or _GLUED_BYLINE_HINT.search(text) is not None
    )


# Where a byline's name ends and the item goes on: a blog's category or place ("by Jane
# under News", "von Fatima in Gefühle"), the date's joining word ("am", "on", "le"), a count
# ("by Kay 24 Comments"), the next credit ("Text von Jane Doe Illustration von ...").
_ITEM_AFTER_NAME = (
    r"\s+(?:under|in|im|dans|en|at|um|am|on|le|el|il|op|på|pe)(?:\s.*)?$"
    r"|\s+(?:Illustrations?|Fotos?|Photos?|Bilder?|Grafiken?)\b.*$"
)
# A label after the name opens the next item: "von Jane Doe Lesezeit: 4 Min.".
_NAME_ENDS = re.compile(_ITEM_AFTER_NAME + r"|\s*[(\[].*$|\s+\d.*$|\s+[^\W\d_]+:(?:\s.*)?$")
# A byline line of its own keeps a bracketed agency after the name ("Jane Doe (AFP)").
_BYLINE_ENDS = re.compile(_ITEM_AFTER_NAME)
# A blog's author often signs with one word, a first name or a handle ("von Tobi",
# "Posted by Nesselsetzer"): after an explicit byline phrase, one capitalised word is a name.
# Not after "de" or "di", which are as often an article or a preposition ("De Maart").
# A handle in lower case ("uriebe") only where the item says it is the author: a label, a
# verb of publishing or a date before the byline word.
_ONE_WORD_NAME = re.compile(r"[^\W\d_][\w.-]{2,29}")
_NOT_BEFORE_ONE_WORD = frozenset({"de", "di"})


def _byline_in_item(item: str) -> tuple[str, bool, str] | None:
    """(byline word or label, said outright, what follows) of a meta line's item, if any."""
    item = item.strip(" -–—")
    found = _BYLINE_ITEM.match(item)
    if found is not None:
        if found.group("label"):
            return found.group("label"), True, found.group("labelled")
        return found.group("word"), found.group("verb") is not None, found.group("rest")
    later = _LATER_BYLINE.search(item)
    if later is None:
        return None
    before = item[: later.start()]
    if OPENS_WITH_POSTING_VERB.match(before) is None and find_date(before, fallback=False) is None:
        return None
    return later.group("word"), True, later.group("rest")


def _names_in_meta_line(header: list[Line]) -> list[str]:
    """A byline that is one item of a meta line ("01. Dez. 2022 | 14:08 Uhr | von Jona
    Göbelbecker", "Posted by Jane under News", "Posted on May 3, 2020 by Jane Doe") or shares
    its line with the date ("VON MORITZ GATHMANN am 21. April 2020", read as a date line):
    the byline phrase, then a name before any date or category."""
    for index, line in enumerate(header):
        if (
            (line.kind is not TEXT and line.kind is not DATE)
            or (len(line.text) > _MAX_META_LINE_CHARS and not _has_item_marks(line.text))
            or not _may_hold_byline(line.text)
        ):
            continue
        # A date on the line above or below says it as well as one before the word: "Posted
        # on <date> by <handle>" printed over two lines, or "by <handle>" over the date.
        dated_beside = any(
            0 <= near < len(header) and header[near].kind is DATE for near in (index - 1, index + 1)
        )
        for part in META_SEPARATORS.split(line.text):
            found = _byline_in_item(part)
            if found is None:
                continue
            word, outright, rest = found
            outright = outright or dated_beside
            dated = find_date(rest, fallback=False)
            if dated is not None:
                rest = _TRAILING_JOINER.sub("", rest[: dated.start])
            name = _before_job_title(clean_name(_NAME_ENDS.sub("", rest)))
            # Capitals throughout ("MORITZ GATHMANN") are judged as the name they spell.
            if _desk(name):
                return [name]
            if is_person(name.title() if name.isupper() else name) or (
                _ONE_WORD_NAME.fullmatch(name) is not None
                and word.casefold() not in _NOT_BEFORE_ONE_WORD
                and (name[:1].isupper() or outright)
            ):
                return split_names(name)
    return []


def _before_job_title(name: str) -> str:
    """The name before the job title a byline item prints after it, past a comma: "Jane
    Doe, Senior Staff Technologist, Example Project"."""
    head, comma, _ = name.partition(",")
    if comma and not is_person(name) and is_person(head):
        return head
    return name


# A blog's meta line may run on with its categories and tags: a long line with a bar or a
# middle dot between items ("Veröffentlicht: ... | Autor: jdoe | Abgelegt unter: ...").
_META_ITEM_MARKS = (" | ", " · ", " • ")


def _has_item_marks(text: str) -> bool:
    return any(mark in text for mark in _META_ITEM_MARKS)


def _bare_name_line(lines: list[Line], start: int, stop: int) -> list[str]:
    """A line of people's names alone in the header, the byline as a bare link: the last
    resort. Not under a label that credits someone else ("Sponsored by", "Photos by")."""
    for index in range(start, stop):
        line = lines[index]
        if line.kind is TEXT and is_person_line(line.text):
            above = lines[index - 1].text.casefold().rsplit(" ", 1)[-1]
            if above.strip(":") in BYLINE_WORDS:
                continue
            return split_names(line.text)
    return []


# "Quelle: dpa", "Source: AFP": an agency's copy run unedited credits the agency.
_SOURCE_LINE = re.compile(r"(?:source|quelle|fuente|fonte|bron|källa|kilde)\s*:\s*(\w+)", re.I)


def _agency_source(header: list[Line]) -> list[str]:
    for line in header:
        if line.kind is TEXT and len(line.text) <= 40:
            found = _SOURCE_LINE.match(line.text)
            if found is not None and is_agency(found.group(1)):
                return [found.group(1)]
    return []


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
# The author box follows the article's last paragraph within this many lines.
_AUTHOR_BOX_LINES = 15
# The body's end may take in a card's name, job title and bio.
_CARD_LINES_IN_BODY = 3


def _names_in_author_box(tail: list[Line]) -> list[str]:
    for index, line in enumerate(tail[:-1]):
        text = line.text
        if len(text) > _MAX_PIECE_LABEL_CHARS:
            continue  # a paragraph, a teaser: labels are short (the costly part is skipped)
        folded = text.strip(" :").casefold()
        if folded in _AUTHOR_BOX_LABELS or _is_piece_label(text, folded):
            name = tail[index + 1]
            if name.kind is TEXT and is_person_line(name.text):
                return split_names(name.text)
            return []
    return []


# A job title printed on its own line: "Journalist", "– Correspondent in Paris".
_MAX_JOB_TITLE_WORDS = 4


def _is_job_title(text: str) -> bool:
    """A line naming a writer's job and nothing else: "Redakteurin", "Corresponsal en
    Atenas", "Political Correspondent"; not a photographer's ("Fotograf"), who is credited
    for the pictures."""
    words = text.strip(EDGE_MARKS).casefold().split()
    if not 1 <= len(words) <= _MAX_JOB_TITLE_WORDS:
        return False
    role = words[0] if _names_role(words[0]) else words[-1]
    return _names_role(role) and not role.startswith(_CREDIT_NOT_AUTHOR)


def _names_role(word: str) -> bool:
    # A desk names the writer's job as well: "Mitglied der Example News-Redaktion".
    return (
        word in ROLE_WORDS or COMPOUND_ROLE.fullmatch(word) is not None or word.endswith(DESK_WORDS)
    )


def _names_over_job_titles(lines: list[Line]) -> list[str]:
    """The names printed over their job titles, the author's card: "Jane Doe" over
    "Journalist" (the name may be printed twice, a link and its text)."""
    names: list[str] = []
    for above, title in pairwise(lines):
        text = title.text
        # Paragraphs fail on length, with no call (this runs on every page with no byline).
        if len(text) > _MAX_PIECE_LABEL_CHARS or title.kind is not TEXT:
            continue
        if not _is_job_title(text) or above.kind is not TEXT:
            continue
        if is_person(clean_name(above.text)):
            for person in split_names(above.text):
                if person not in names:
                    names.append(person)
    return names


# Korean articles sign off under the last paragraph: "서울 홍길동 기자 hong@example.com".
_KOREAN_REPORTER = re.compile(r"(?:^|\s)([가-힣]{2,4}) ?(?:기자|특파원)(?:\s+[\w.+-]+@[\w.-]+)?$")


def _reporter_signoff(lines: list[Line]) -> list[str]:
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


def _signature(lines: list[Line], body_end: int) -> list[str]:
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
    # Us", "About Us") or a list of people.
    if after.kind is DATE or (after.kind is TEXT and is_person_line(after.text)):
        return []
    return split_names(text)


# The agencies' credit closing an agency story: "SDA/sep", "(dpa/afp)", "AP, jdo".
_AGENCY_CREDIT_LINES = 8
_MAX_AGENCY_CREDIT_CHARS = 24
_CREDIT_PARTS = re.compile(r"\s*[/,;]\s*")
# The editor's initials beside the agency ("sep", "jdo"): no author by themselves.
_INITIALS = re.compile(r"[a-zäöü]{2,4}")


def _agency_credit(tail: list[Line]) -> list[str]:
    for line in tail:
        text = line.text
        if len(text) > _MAX_AGENCY_CREDIT_CHARS or line.kind is not TEXT:
            continue
        parts = _CREDIT_PARTS.split(text.strip("() "))
        agencies = [part for part in parts if is_agency(part)]
        if agencies and all(part in agencies or _INITIALS.fullmatch(part) for part in parts):
            return agencies
    return []


def _author_bio(lines: list[Line]) -> list[str]:
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


def _names_below_label(header: list[Line], at: int) -> list[str]:
    """The name under a byline label, and the names printed one a line after it. A first
    line that is no name over a name is the author's picture ("Von" / "jdoe_portrait (1)" /
    "Jane Doe"): the names are the lines after it."""
    names = [] if _is_picture_over_name(header, at) else split_names(header[at].text)
    for line in header[at + 1 : at + 1 + 2 * _MAX_NAME_LINES]:
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
    return names[: 2 * _MAX_NAME_LINES]


_JOINER_WORDS = frozenset({*NAME_CONJUNCTIONS, "&"})


def _is_picture_over_name(header: list[Line], at: int) -> bool:
    below = at + 1
    return (
        below < len(header)
        and header[below].kind is TEXT
        and is_person_line(header[below].text)
        and not is_credit_line(header[at].text)
    )


def _names_beside_date(header: list[Line]) -> list[str]:
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


def _before_date(byline: str) -> str:
    """A byline's names without the date printed after them ("Jane Doe on July 27, 2017")."""
    dated = find_date(byline, fallback=False) if _DIGIT_IN.search(byline) else None
    if dated is None or dated.start == 0:
        return byline
    return _TRAILING_JOINER.sub("", byline[: dated.start])


_DIGIT_IN = re.compile(r"\d")


def _name_before_date(text: str) -> str | None:
    """The name opening a dateline: "Jane Doe, 12.03.2024", "Jane Doe | 12 March 2024"."""
    dated = find_date(text, fallback=False)
    if dated is None or dated.start == 0 or text[: dated.start].rstrip().endswith(":"):
        return None  # "Son Güncelleme : 30.04.2024": a label, not a name
    name = clean_name(_TRAILING_JOINER.sub("", text[: dated.start]))
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
    while 0 <= index < len(header) and len(names) < 2 * _MAX_NAME_LINES:
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
    name = _name_before_title(text) or _name_in_author_link(text) or _desk(text)
    return [name] if name is not None else None


# A desk's line: the desk word, perhaps with the outlet's name ("Redacción Example").
_MAX_DESK_WORDS = 3


def _desk(text: str) -> str | None:
    """The editorial desk alone on a line, printed where a byline stands (beside the
    date): a word naming the desk, perhaps with the outlet's name."""
    text = text.strip(EDGE_MARKS)
    words = text.split()
    # Capitalised words only, no label: not "Zurück zum Newsroom", "Autor: Die Redaktion".
    if not 1 <= len(words) <= _MAX_DESK_WORDS or ":" in text:
        return None
    if not all(word[:1].isupper() for word in words):
        return None
    return text if any(word.casefold().endswith(DESK_WORDS) for word in words) else None


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
    # The marks set between header items ("| Lesedauer: 7 Minuten") are no words.
    text = line.text.strip(EDGE_MARKS)
    return len(text) <= 30 and len(text.split()) <= 3 and not line.ends_sentence
