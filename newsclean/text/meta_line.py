"""The names in a byline or meta line: "By Jane Doe | 12 May 2024 | 3 min read".

A meta line holds items (a byline, a date, a reading time, a section) separated by marks;
the byline item opens with a By-word or a posting verb ("Posted by"), or is a name alone
beside the others. These readers cut the names from such a line, without the date, job
title or next item that follows them; `header` decides where such lines stand.
"""

from __future__ import annotations

import re

from newsclean.dates import find_date
from newsclean.memo import short_text_cache
from newsclean.text.lines import (
    BYLINE_WORDS,
    DATE,
    META_SEPARATORS,
    TEXT,
    Line,
)
from newsclean.text.names import (
    DESK_WORDS,
    EDGE_MARKS,
    clean_name,
    is_person,
    split_names,
)


def byline_names(author: str) -> list[str]:
    """The names of a byline line's author part, without a date or a next item after them."""
    return split_names(BYLINE_ENDS.sub("", before_date(author)))


# A meta line is short: a date, a time, a byline, a section.
MAX_META_LINE_CHARS = 140
# The word joining a byline to the date after it ("von X am 21. April", "by X on May 3").
# A lower-case word or a weekday's abbreviation ("Published Fri, Apr 28"): "Didier Roy,
# 21 juin" keeps its three-letter surname.
TRAILING_JOINER = re.compile(
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
# or an author label ("Autor: Jane Doe", "Author: jdoe", "Autor Jane Doe:" with the colon
# after the name, which then opens with a capital).
_BYLINE_ITEM = re.compile(
    rf"(?P<verb>{POSTING_VERB}\s+)?{_BYLINE_WORD}{_AFTER_BYLINE_WORD}"
    r"|(?P<label>author|autor|autorin|auteur|autore|autor\*in)"
    r"(?P<colon>\s*:\s*|\s+(?=(?-i:[A-ZÀ-ÖØ-Þ])))(?P<labelled>.+)",
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


# The header's, the footer's and the teasers' short lines recur from one dump of a site to
# the next, and three readers ask of the same lines: the memo answers them.
@short_text_cache()
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
BYLINE_ENDS = re.compile(_ITEM_AFTER_NAME)
# A blog's author often signs with one word, a first name or a handle ("von Tobi",
# "Posted by Nesselsetzer"): after an explicit byline phrase, one capitalised word is a name.
# Not after "de" or "di", which are as often an article or a preposition ("De Maart"), nor
# after an author label without its colon ("Author Services").
# A handle in lower case ("uriebe") only where the item says it is the author: a label, a
# verb of publishing or a date before the byline word.
_ONE_WORD_NAME = re.compile(r"[^\W\d_][\w.-]{2,29}")
_NOT_BEFORE_ONE_WORD = frozenset({"de", "di"})


def _byline_in_item(item: str) -> tuple[bool, bool, str] | None:
    """(whether one word may be a name, said outright, what follows) of a meta line's byline
    item, if any."""
    item = item.strip(" -–—")
    found = _BYLINE_ITEM.match(item)
    if found is not None:
        if found.group("label"):
            # "Autor Jane Doe:": the colon closing the item introduces what follows.
            labelled = found.group("labelled").rstrip(" :")
            return ":" in found.group("colon"), True, labelled
        return (
            _one_word_after(found.group("word")),
            found.group("verb") is not None,
            found.group("rest"),
        )
    later = _LATER_BYLINE.search(item)
    if later is None:
        return None
    before = item[: later.start()]
    if OPENS_WITH_POSTING_VERB.match(before) is None and find_date(before, fallback=False) is None:
        return None
    return _one_word_after(later.group("word")), True, later.group("rest")


def _one_word_after(byline_word: str) -> bool:
    return byline_word.casefold() not in _NOT_BEFORE_ONE_WORD


def names_in_meta_line(header: list[Line]) -> list[str]:
    """A byline that is one item of a meta line ("01. Dez. 2022 | 14:08 Uhr | von Jona
    Göbelbecker", "Posted by Jane under News", "Posted on May 3, 2020 by Jane Doe") or shares
    its line with the date ("VON MORITZ GATHMANN am 21. April 2020", read as a date line):
    the byline phrase, then a name before any date or category."""
    for index, line in enumerate(header):
        if (
            (line.kind is not TEXT and line.kind is not DATE)
            or (len(line.text) > MAX_META_LINE_CHARS and not _has_item_marks(line.text))
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
            one_word, outright, rest = found
            outright = outright or dated_beside
            dated = find_date(rest, fallback=False)
            if dated is not None:
                rest = TRAILING_JOINER.sub("", rest[: dated.start])
            name = _before_job_title(clean_name(_NAME_ENDS.sub("", rest)))
            # Capitals throughout ("MORITZ GATHMANN") are judged as the name they spell.
            if desk_name(name):
                return [name]
            if is_person(name.title() if name.isupper() else name) or (
                _ONE_WORD_NAME.fullmatch(name) is not None
                and one_word
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


def _has_item_marks(text: str) -> bool:
    """A blog's meta line may run on with its categories and tags: a long line with a bar or
    a middle dot between items ("Veröffentlicht: ... | Autor: jdoe | Abgelegt unter: ...")."""
    # Three substring tests, not any() over a generator: this runs on every paragraph asked.
    return " | " in text or " · " in text or " • " in text


def before_date(byline: str) -> str:
    """A byline's names without the date printed after them ("Jane Doe on July 27, 2017")."""
    dated = find_date(byline, fallback=False) if _DIGIT_IN.search(byline) else None
    if dated is None or dated.start == 0:
        return byline
    return TRAILING_JOINER.sub("", byline[: dated.start])


_DIGIT_IN = re.compile(r"\d")
# A desk's line: the desk word, perhaps with the outlet's name ("Redacción Example").
_MAX_DESK_WORDS = 3


def desk_name(text: str) -> str | None:
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
