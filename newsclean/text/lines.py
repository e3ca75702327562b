"""Where the lines of a text dump are split, unglued and classified.

Every later step of the text path works on `Line` objects: the text, its kind, and what
the classifier already pulled out of it (a date, an id, a byline name).
"""

from __future__ import annotations

import itertools
import operator
import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from functools import lru_cache
from typing import Final

from newsclean.dates import MAX_UPDATED_DATE_LINE_CHARS, normalize_digits, parse_date_line
from newsclean.lexicon import Lexicon, fold_label

# Spaces other than U+0020 that read as one: tab, NBSP, en and em spaces, thin space, French
# typography's narrow NBSP ('Code\u202f:'). The ideographic space stays: Japanese and Chinese
# headlines use it to separate their parts.
_OTHER_SPACES = "\t\xa0\u2002\u2003\u2009\u202f"
# Runs of spaces and the other spaces (never newlines) collapse to one space. `split_lines`
# tests for exactly these: what is folded must not depend on what else the dump holds.
_SPACE_RUNS = re.compile(f"[{_OTHER_SPACES}]| {{2,}}")
# A bare page counter or view count ("0", "12"), printed above many CMS articles.
_COUNTER = re.compile(r"^[\d۰-۹٠-٩]{1,4}$")
_SENTENCE_END = tuple(".!?…۔؟。！？।॥»\"”’'):")


class LineKind(str, Enum):
    TEXT = "text"
    NOISE = "noise"
    DATE = "date"
    ID = "id"
    BYLINE = "byline"
    LABEL = "label"
    END = "end"
    RELATED = "related"


# The kinds as module constants, for the code that compares every line's kind: in CPython
# 3.11 reading a member through its Enum class costs ~70 ns (EnumType.__getattr__ puts every
# class attribute lookup on the slow path), a module constant a few. Same objects: `is` holds.
TEXT: Final = LineKind.TEXT
NOISE: Final = LineKind.NOISE
DATE: Final = LineKind.DATE
ID: Final = LineKind.ID
BYLINE: Final = LineKind.BYLINE
LABEL: Final = LineKind.LABEL
END: Final = LineKind.END
RELATED: Final = LineKind.RELATED


class Line:
    """One classified dump line: its text, its kind, and what the classifier pulled out of it.

    A class with slots rather than a named tuple: later steps read every line's kind and text
    many times, and CPython reads a slot in a few instructions where a named tuple's field
    costs a descriptor call (about four times as much). Its fields are Final, set once here
    as a tuple's would be: the classifier's memo shares one Line among dumps. (Not a frozen
    dataclass: its __init__ costs three times this one.)
    """

    __slots__ = ("author", "code", "date", "date_has_time", "kind", "text")

    def __init__(
        self,
        text: str,
        kind: LineKind,
        date: datetime | None = None,
        date_has_time: bool = False,
        code: str | None = None,
        author: str | None = None,
    ) -> None:
        self.text: Final = text
        self.kind: Final = kind
        # Set on DATE lines.
        self.date: Final = date
        self.date_has_time: Final = date_has_time
        # Set on ID lines: the code as printed (digits folded to ASCII).
        self.code: Final = code
        # Set on BYLINE lines: the name without "By".
        self.author: Final = author

    def _fields(self) -> tuple[object, ...]:
        return (self.text, self.kind, self.date, self.date_has_time, self.code, self.author)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Line(text={self.text!r}, kind={self.kind!r}, date={self.date!r}, "
            f"date_has_time={self.date_has_time!r}, code={self.code!r}, author={self.author!r})"
        )

    @property
    def ends_sentence(self) -> bool:
        return self.text.endswith(_SENTENCE_END)


# Lines recur across dumps of a site (labels, sidebar titles, dates), so classifications are
# memoised per classifier; the memo is dropped whole when it grows past this many lines.
_MEMO_LINES = 16384
# Only short lines repeat (paragraphs never do) and only short lines are costly to classify.
_MEMO_MAX_CHARS = 100


@dataclass(frozen=True, eq=False)
class LineClassifier:
    """Classifies dump lines with one lexicon; get one through `classifier_for` (shared, memoised)."""

    lexicon: Lexicon
    languages: tuple[str, ...] = ()
    _memo: dict[str, Line] = field(default_factory=dict, repr=False)

    def classify(self, text: str) -> Line:
        if len(text) > _MEMO_MAX_CHARS:
            return self._classify(text)
        line = self._memo.get(text)
        if line is None:
            if len(self._memo) >= _MEMO_LINES:
                self._memo.clear()
            line = self._memo[text] = self._classify(text)
        return line

    def classify_all(self, texts: list[str]) -> list[Line]:
        """`classify` of each text: the memo's answers are looked up in one C pass (map), so
        only the texts it does not know (a dump's paragraphs, new labels) take a Python call."""
        lines: list[Line | None] = list(map(self._memo.get, texts))
        # Where those stand, found in C too: a Line is never falsy, None always is.
        for index in itertools.compress(range(len(lines)), map(operator.not_, lines)):
            lines[index] = self.classify(texts[index])
        return lines  # type: ignore[return-value]  # no None is left

    def _classify(self, text: str) -> Line:
        folded = fold_label(text) if len(text) <= 80 else ""
        lexicon = self.lexicon
        if _COUNTER.match(text):
            return Line(text, NOISE)
        if folded:
            if folded in lexicon.end_labels:
                return Line(text, END)
            if folded in lexicon.related_labels:
                return Line(text, RELATED)
            if folded in lexicon.labels:
                return Line(text, LABEL)
        code = self.id_code(text)
        if code is not None:
            return Line(text, ID, code=code)
        if len(text) <= MAX_UPDATED_DATE_LINE_CHARS:
            date_text = self._strip_date_label(text)
            found = parse_date_line(date_text, languages=self.languages, fallback=False)
            if found is not None:
                return Line(text, DATE, date=found.value, date_has_time=found.has_time)
            author = self.byline(text) if len(text) <= 80 else None
            if author:
                return Line(text, BYLINE, author=author)
        if _id_label_only(self.id_pattern, text):
            return Line(text, LABEL)
        return Line(text, TEXT)

    @property
    def id_pattern(self) -> re.Pattern[str]:
        return _id_regex(self.lexicon.id_labels)

    def id_code(self, text: str) -> str | None:
        if len(text) > 60 + 40:
            return None
        match = self.id_pattern.match(text)
        if not match:
            return None
        return normalize_digits(match.group("code"))

    def slow_date(self, line: Line) -> Line:
        """``line`` re-read with dateparser's fallback: for the few lines where a date must be."""
        if line.kind is not TEXT or len(line.text) > 80:
            return line
        found = parse_date_line(self._strip_date_label(line.text), languages=self.languages)
        if found is None:
            return line
        return Line(line.text, DATE, date=found.value, date_has_time=found.has_time)

    def byline(self, text: str) -> str | None:
        prefixes = self.lexicon.byline_prefixes
        if not text.startswith(prefixes):  # one C call answers for most lines
            # "bySauli Giliard", "ByJ.R. Stone": the byline word glued to the linked name
            # after it (a capital and a lower-case letter, or an initial's full stop).
            if (
                text.startswith(("by", "By"))
                and text[2:3].isupper()
                and (text[3:4].islower() or text[3:4] == ".")
            ):
                return _byline_name(text[2:])
            return None
        for prefix in prefixes:
            if text.startswith(prefix):
                name = _byline_name(text[len(prefix) :])
                if name:
                    return name
        return None

    def _strip_date_label(self, text: str) -> str:
        if text.startswith(_ITEM_MARKS):
            # A meta line's item split from the one before keeps their mark: "| 06.11.23".
            text = text.lstrip(_ITEM_MARK_CHARS)
        labels = self.lexicon.date_labels
        if not text.startswith(labels):  # one C call answers for most lines
            return text
        for label in labels:
            if text.startswith(label):
                return text[len(label) :].lstrip(" :：-")
        return text


# The marks set between a meta line's items (a tuple: one startswith call tests them all),
# and what is stripped with them.
_ITEM_MARKS = ("|", "·", "•", "/")
_ITEM_MARK_CHARS = " " + "".join(_ITEM_MARKS)


# Words joining two people's names in a byline ("Ann Lee and Bo Chan", "und", "og", "ve").
NAME_CONJUNCTIONS = ("and", "und", "et", "y", "e", "og", "och", "en", "ve", "i")
# Where a byline naming several people divides: "By Ann Lee, Bo Chan, Cy Diaz and Di Eng".
SEVERAL_NAMES = re.compile(rf",\s*|\s(?:{'|'.join(NAME_CONJUNCTIONS)})\s|\s&\s")
_MAX_BYLINE_WORDS = 6
_MAX_NAME_WORDS = 4
_QUOTE_MARKS = frozenset('«»“”„"')


def _byline_name(rest: str) -> str | None:
    name = rest.strip(" :,-")
    words = name.split()
    # A name starts with a capital (or a letter of a script without case): "von 10 bis 12
    # Uhr", "by the way" and "di questo" are text.
    if not words or name.endswith(_SENTENCE_END[:3]) or not name[0].isalpha():
        return None
    if not _QUOTE_MARKS.isdisjoint(name):
        return None  # "Von «Zigeunerschnitzel» zu ...": a title quotes, a name does not
    if len(words) > _MAX_BYLINE_WORDS and (
        len(words) > 4 * _MAX_NAME_WORDS
        or any(len(part.split()) > _MAX_NAME_WORDS for part in SEVERAL_NAMES.split(name))
    ):
        return None
    return None if name[0].islower() else name


@lru_cache(maxsize=64)
def classifier_for(lexicon: Lexicon, languages: tuple[str, ...] = ()) -> LineClassifier:
    """The shared classifier for a lexicon and language list."""
    return LineClassifier(lexicon, languages)


@lru_cache(maxsize=32)
def _id_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(
        rf"^(?P<label>{alternation})\s*[:：]\s*(?P<code>[0-9۰-۹٠-٩][0-9۰-۹٠-٩\-]{{0,30}})"
        r"(?:\s*$|(?P<rest>[^\W\d_].*))",
        re.I,
    )


def _id_label_only(pattern: re.Pattern[str], text: str) -> bool:
    """ "Story Code :" with its number lost (cut off): a label, not text."""
    return (
        len(text) <= 30
        and text.rstrip().endswith((":", "："))
        and bool(pattern.match(text.rstrip(" :：") + " : 1"))
    )


_FIRST_CHAR = operator.itemgetter(0)
# A `Line`'s text and kind, for map() over a list of lines: whole-list tests in C.
LINE_TEXT = operator.attrgetter("text")
LINE_KIND = operator.attrgetter("kind")
# A line's first character, or "" for an empty line.
_OPENING = operator.itemgetter(slice(0, 1))


@dataclass(frozen=True)
class Glue:
    """Labels and id lines that photo and video pages glue to the text after them."""

    pattern: re.Pattern[str]
    # The labels by their first character: only a line that starts with one of them can hold
    # a glued label; the rest skip the regex (str.startswith in C costs a fraction of one
    # attempt of the alternation, and capitalised titles often share a label's first letter).
    by_first_char: dict[str, tuple[str, ...]]


def split_lines(text: str, glue: Glue | None = None) -> list[str]:
    """Non-blank, whitespace-collapsed lines, with known labels glued to text split off.

    Photo and video pages glue labels to the next text (``QR CodeQR CodeTitle``,
    ``Story Code : 123Title``); ``glue`` (from `glue_for`) finds such joints and each
    part becomes its own line.

    >>> split_lines("  Comment  \\n\\nQR CodeQR CodeMoscow talks\\n", glue_for(("QR CodeQR Code",), ()))
    ['Comment', 'QR CodeQR Code', 'Moscow talks']
    """
    # str.find runs at memory speed; the regex only runs where there is something to fold.
    if "\u200b" in text:
        # A zero-width space is no space (a break hint inside long words, or junk): dropped,
        # so that a line holding only one is blank, as it looks.
        text = text.replace("\u200b", "")
    if "  " in text or any(map(text.__contains__, _OTHER_SPACES)):
        text = _SPACE_RUNS.sub(" ", text)
    # filter/map run in C: no Python step per line.
    lines = list(filter(None, map(str.strip, text.split("\n"))))
    if glue is None:
        return lines
    # Only a line opening like a glued label is tried, found in C (map, compress): a
    # profile's labels share their first letters with many lines ("Story Code" and titles).
    by_first_char = glue.by_first_char
    openings = map(_FIRST_CHAR, lines)
    tried = itertools.compress(range(len(lines)), map(by_first_char.__contains__, openings))
    glued: dict[int, re.Match[str]] = {}
    for index in tried:
        line = lines[index]
        if line.startswith(by_first_char[line[0]]):
            match = glue.pattern.match(line)
            if match:
                glued[index] = match
    if not glued:
        return lines
    out: list[str] = []
    for index, line in enumerate(lines):
        found = glued.get(index)
        if found is not None:
            out.append(found.group(0).rstrip())
            line = line[found.end() :].lstrip()
        out.append(line)
    return out


@lru_cache(maxsize=32)
def glue_for(labels: tuple[str, ...], id_labels: tuple[str, ...]) -> Glue | None:
    """The `Glue` for these labels and id labels (None when there are none)."""
    parts = [re.escape(label) for label in sorted(labels, key=len, reverse=True)]
    if id_labels:
        alternation = "|".join(
            re.escape(label) for label in sorted(id_labels, key=len, reverse=True)
        )
        parts.append(rf"(?:{alternation})[ \t]*[:：][ \t]*[0-9۰-۹٠-٩][0-9۰-۹٠-٩\-]{{0,30}}")
    if not parts:
        return None
    pattern = re.compile(rf"(?:{'|'.join(parts)})(?=[^\W\d_])")
    known = [label for label in (*labels, *id_labels) if label]
    by_first_char: dict[str, tuple[str, ...]] = {}
    for label in known:
        by_first_char[label[0]] = (*by_first_char.get(label[0], ()), label)
    return Glue(pattern, by_first_char)


# Separators between the items of a meta line ("By Jane Doe | 12/10/2020", "10. Dezember
# 2019 · von jane · in News"): a bar, a middle dot, a bullet or two slashes with spaces around.
META_SEPARATORS = re.compile(r"\s+(?:[|·•]|//)\s+")
# Words printed alone on a line above the author's name: "By", "von", "di", "par".
BYLINE_WORDS = frozenset({"by", "von", "par", "por", "di", "av", "af", "door", "oleh", "de"})
# A hard-wrapped paragraph breaks into lines of about this length or more.
MIN_WRAPPED_LINE_CHARS = 40
# "by Jane Doe", "von Max Muster" under a headline: a byline, not a continuation.
_BYLINE_START = re.compile(r"(?:by|von|par|por|di|av|door|oleh)(?:\s|[A-Z]|$)")
_CONTINUED = re.compile(r"[,;\-–(]$|[^\W\d_]$")


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Lines of a hard-wrapped paragraph (``<br>`` in the page) joined back into one.

    A line that is long, stops mid-sentence and is followed by a line starting in lower
    case is continued by it, if that line wraps on in turn (is long too) or ends the
    sentence: a short lower-case word after a headline is a label or a file name printed
    under it ("email", "capital", "photo.jpg"), not the headline's last words.

    >>> join_wrapped_lines(["Skal man vælge mellem dansk og amerikansk statsborgerskab, så",
    ...                     "foretrækker de fleste dansk.", "Next"])
    ['Skal man vælge mellem dansk og amerikansk statsborgerskab, så foretrækker de fleste dansk.', 'Next']
    >>> join_wrapped_lines(["All paid their own way on foreign trips, minister clarifies", "email"])
    ['All paid their own way on foreign trips, minister clarifies', 'email']
    """
    # Only a line opening in lower case continues another: most dumps have none, and
    # map/any answer that in C, without one Python step per line.
    if not any(map(str.islower, map(_OPENING, lines))):
        return list(lines)
    out: list[str] = []
    for line in lines:
        if (
            out
            and line[:1].islower()
            and not _BYLINE_START.match(line)
            and len(out[-1]) >= MIN_WRAPPED_LINE_CHARS
            and _CONTINUED.search(out[-1]) is not None
            and (len(line) >= MIN_WRAPPED_LINE_CHARS or line.endswith(_SENTENCE_END))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
