"""What a single line of a text dump looks like, for choosing the headline among them.

`title_score` weighs how much a line reads like a title (several words, no closing full
stop, not a credit, a tag list, a breadcrumb trail or page furniture); the predicates beside
it tell the lines that mark a headline from above or below (a date, a story's age, a byline
split over two lines) and the lines that are never one (a bare time, "previous"/"next"
links). They look at one line's text only; `headline` and `kicker` weigh lines in context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean.dates import find_date
from newsclean.memo import short_text_cache
from newsclean.text.lines import BYLINE, BYLINE_WORDS, DATE, TEXT, Line
from newsclean.text.prose import has_cjk, weighted_length
from newsclean.words import LETTER_RUNS

# A story's age as pages print it instead of a date: a number and a unit, then the word
# for "ago" (English, Dutch, Scandinavian, Turkish, Polish, Russian, Malay, Finnish, Italian)
# or after it (German, French, Spanish, Portuguese, Czech, Arabic); CJK "3時間前", "3시간 전".
# A day and month with a two-digit year ("27.04.24") dates a line as well, and so does a
# clock time with a word or a few ("heute um 12:19 Uhr", "Today 09:30"): a story's time of
# day printed instead of its date. (Alone, "08:15" may be a video's running time.)
_AGE = re.compile(
    r"\d+\s*[^\W\d_]{0,12}\.?\s+(?:ago|geleden|sedan|siden|önce|temu|назад|lalu|sitten|fa)\b"
    r"|\b(?:vor|il y a|hace|há|před|منذ)\s+\d+\s*[^\W\d_]{1,12}"
    r"|\d+\s*(?:분|시간|일)\s*전|\d+\s*(?:分|時間|小时|小時|分钟|分鐘|天|日)\s*前"
    r"|(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2}(?![\d./])",
    re.I,
)
_CLOCK = re.compile(r"(?<![\d:.])[012]?\d:[0-5]\d(?![\d:])")
# The same marks printed bare, with no word to say they date the story: a time of day alone
# ("16:30", "16.30 Uhr") or a number of hours, minutes or days without its "ago" ("7 hours",
# "2h"). Under a headline already found they are its time; elsewhere they are as often a
# video's running time or a reading time ("08:15", "4 min"), so they never mark a headline.
_BARE_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?"
    r"|\d{1,2}\s*(?:h|hrs?|hours?|mins?|minutes?|days?|stunden?|minuten?|tagen?|horas?|minutos?|"
    r"heures?|jours?|dias?|días)",
    re.I,
)
AGE_LINE_CHARS = 50
BYLINE_NAME_CHARS = 60
AGE_LINE_OTHER_WORDS = 4
DIGIT = re.compile(r"\d")
# Photo captions and credits stand near the headline too: "Foto: X", "(Image: Getty)", and
# the note on what kind of picture it is, one word in languages that compound ("(file
# photo)" has the word "photo" already): "(Symbolbild)", "(arkivfoto)", "(archiefbeeld)".
# The lookahead holds the alternatives' first characters: without it the search tries every
# alternative at every character (~14 µs on a 150-character line), with it only where one
# may start (a test checks the characters against the alternatives).
_CREDIT = re.compile(
    r"(?=[fpbigrdasc©사写图])(?:\b"
    r"(?:Foto|Fotos|Photo|Photos|Bild|Image|Images|Getty|Reuters|AFP|dpa|AP Photo|Imago|"
    r"Shutterstock|Credit|Copyright|Symbolbild|Symbolfoto|Archivbild|Archivfoto|Bildmontage|"
    r"Fotomontage|arkivbild|arkivfoto|archiefbeeld|archieffoto)\b|©|사진|写真|图片)",
    re.I,
)
# A caption's credit after its last sentence: the text up to the credit word ends on a
# sentence end and a space ("... on the estuary. Photo", "... 2024. (Foto").
_CAPTION_CREDIT = re.compile(r"[.!?]\s+\(?\S*$")
# "Home > Politics > ...", "Start / Ausland / ...", "Du befindest dich hier: Home » ...".
_BREADCRUMB = re.compile(
    r"(?:\s?[/>»›]\s|[>»›]).*(?:\s?[/>»›]\s|[>»›])|^(?:Home|Start|Startseite)\b\s*[/>»›]"
)
_BREADCRUMB_MARKS = "/>»›"
MIN_TITLE_CHARS = 12
# Full stops and commas of the scripts that write their own: CJK "。，", Devanagari "।",
# Urdu "۔", Arabic "،".
CLAUSE_ENDS = (".", ",", ";", "。", "，", "।", "۔", "،")
LONGEST_SPACED_WORD = 20
MAX_TITLE_CHARS = 300
_WORD = re.compile(r"\w+")
# A tag or category list: this many commas and no item longer than a few words.
TAG_LIST_COMMAS = 3
TAG_WORDS = 3
# A dateline or byline is a short line.
MAX_HEADER_MARK_CHARS = 80


def is_header_mark(line: Line) -> bool:
    """A date or byline line: what follows a headline."""
    if line.kind in (DATE, BYLINE):
        return True
    return (
        line.kind is TEXT
        and len(line.text) <= MAX_HEADER_MARK_CHARS
        and DIGIT.search(line.text) is not None
        and (find_date(line.text, fallback=False) is not None or _is_age_line(line.text))
    )


def is_split_byline(lines: Sequence[Line], index: int) -> bool:
    """ "By" on a line of its own and the author's name on the next (the name is a link)."""
    line = lines[index]
    if (
        line.kind is not TEXT
        or len(line.text) > 4
        or line.text.strip(" :").casefold() not in BYLINE_WORDS
        or index + 1 >= len(lines)
    ):
        return False
    name = lines[index + 1]
    return (
        name.kind in (TEXT, BYLINE)
        and len(name.text) <= BYLINE_NAME_CHARS
        and not name.text.endswith(CLAUSE_ENDS)
        and name.text[:1].isupper()
    )


@short_text_cache()
def _is_age_line(text: str) -> bool:
    """A line that dates the story without a full date: its age ("2 hours ago", "vor 14
    Minuten", "3時間前"), a day with a two-digit year ("27.04.24 um 07:39") or a time of
    day ("heute um 12:19 Uhr").

    None is a publication date `find_date` could return (no year, or an ambiguous one),
    but under a headline each marks it as the one the page dates. A bare time ("08:15",
    "7 hours") is no age line: see `is_bare_time`.

    >>> _is_age_line("Updated 15 hours ago"), _is_age_line("Veröffentlicht am 27.04.24 um 07:39 Uhr")
    (True, True)
    >>> _is_age_line("Vor 100 Jahren: So wohnten die Beamten im Stahlwerk"), _is_age_line("v1.2.3")
    (False, False)
    >>> _is_age_line("Publiziert heute um 12:19 Uhr"), _is_age_line("08:15")
    (True, False)
    >>> _is_age_line("Kickoff at 20:45 in the rain at Anfield")
    False
    """
    if len(text) > AGE_LINE_CHARS:
        return False
    clock = False
    match = _AGE.search(text)
    if match is None:
        match = _CLOCK.search(text)
        if match is None:
            return False
        clock = True
    # "Published", "Aktualisiert am", "um 07:39": a label and a time may stand around it;
    # more words make it a headline about the past ("Vor 100 Jahren: ...").
    rest = text[: match.start()] + " " + text[match.end() :]
    words = len(LETTER_RUNS.findall(rest))
    return (not clock or words > 0) and words <= AGE_LINE_OTHER_WORDS


def is_bare_time(text: str) -> bool:
    """A line that is only a time of day or a span of hours, minutes or days: the story's
    time where the headline is known (the byline reader's dateline), never a header mark.

    >>> is_bare_time("16:30"), is_bare_time("16.30 Uhr"), is_bare_time("7 hours")
    (True, True, True)
    >>> is_bare_time("vor 2 Stunden"), is_bare_time("Kickoff 20:45")
    (False, False)
    """
    return _BARE_TIME.fullmatch(text) is not None


def ends_clause(text: str) -> bool:
    """Ends on a full stop or comma (a sentence, a caption), not on an ellipsis."""
    return text.endswith(CLAUSE_ENDS) and not text.endswith("...")


def _is_tag_list(text: str) -> bool:
    """A post's tags or categories on one line: a title names a thing or two, not five.

    >>> _is_tag_list("travel, ferries, Norway, summer, Fjord Line")
    True
    >>> _is_tag_list("Rain, wind, hail, snow: the ferry season opens late in the north")
    False
    """
    return text.count(",") >= TAG_LIST_COMMAS and all(
        item.strip().count(" ") < TAG_WORDS for item in text.split(",")
    )


# The marks between a breadcrumb trail's items ("Home » News", "Start / Region", "A > B"), and
# a trail's length at most (the headline at its end included).
_TRAIL_MARK_CHARS = "»>/|›•→"
_TRAIL_MARK = re.compile(f"[{_TRAIL_MARK_CHARS}]")
_TRAIL_MARKS = re.compile(r"\s[»>/|›•→]\s|[»›→>]")
MIN_TRAIL_MARKS = 2
MAX_TRAIL_CHARS = 400


@short_text_cache()
def breadcrumb_tail(text: str) -> str | None:
    """The last item of a breadcrumb trail: the page it leads to, whose title it names.

    >>> breadcrumb_tail("Home » Region » Ferry landing closes after ninety years")
    'Ferry landing closes after ninety years'
    >>> breadcrumb_tail(">> Job market in the region"), breadcrumb_tail("Talks resume in Geneva")
    (None, None)
    """
    if len(text) > MAX_TRAIL_CHARS or _TRAIL_MARK.search(text) is None:
        return None
    end = max(text.rfind(mark) for mark in _TRAIL_MARK_CHARS)
    head, tail = text[: end + 1], text[end + 1 :].strip()
    if len(tail) < MIN_TITLE_CHARS or not any(char.isalnum() for char in head):
        return None  # no trail before the mark: a link's arrow (">> Job market")
    if len(_TRAIL_MARKS.findall(head)) < MIN_TRAIL_MARKS and not _is_breadcrumb(text):
        return None
    return tail


def _is_breadcrumb(text: str) -> bool:
    """ "Home > Politics > ...": but a "»" in a line that also holds "«" is a quotation mark
    («Bella serata», »TAURUS«), and quoting twice makes no breadcrumb."""
    if "«" in text:
        text = text.replace("»", "")
    # Each of the pattern's alternatives holds one of the marks; looking for those first
    # spares a search (~6 µs on a paragraph) of nearly every line.
    return any(mark in text for mark in _BREADCRUMB_MARKS) and _BREADCRUMB.search(text) is not None


# Lines that are the page's navigation, a file's name or an address, never a title: "← Previous
# post", "Next post →", "Sie sind hier: Home » ...", "campingbus-special.jpg", "Liebe Leser,".
# A link to the previous or the next post: "← Older post", "Next post →", "<< Zurück".
_PREVIOUS_NEXT = r"^(?:←|‹\s|<<)|(?:→|\s›|>>)$"
_PREVIOUS_NEXT_LINK = re.compile(_PREVIOUS_NEXT)
_PAGE_FURNITURE = re.compile(
    rf"{_PREVIOUS_NEXT}|,$|→.*→|\.(?:jpe?g|png|gif|webp|svg)\b|\((?:jpe?g|png|gif)\)"
    r"|^(?:Sie sind hier|Du bist hier|Du befindest dich hier|You are here|Vous êtes ici|"
    r"Usted está en|Estás en|Sei qui|Jesteś tutaj)\b",
    re.I,
)


def is_previous_next_link(text: str) -> bool:
    """
    >>> [is_previous_next_link(t) for t in ("←", "Next post →", "‹ Older", "Ein Titel → mehr")]
    [True, True, True, False]
    """
    return _PREVIOUS_NEXT_LINK.search(text) is not None


def _is_page_furniture(text: str) -> bool:
    """
    >>> [_is_page_furniture(t) for t in ("← Das F-Wort – Teil 2", "Sie sind hier: Home",
    ...  "Stammtisch-KV-Kassel.jpg", "Liebe Leserinnen und Leser,", "Ein Titel → mehr")]
    [True, True, True, True, False]
    """
    return _PAGE_FURNITURE.search(text) is not None


@short_text_cache()
def title_score(text: str, repeats: int, has_site_copy: bool) -> float:
    """How much ``text`` looks like a headline (<= 0: not at all)."""
    length = weighted_length(text)
    if not MIN_TITLE_CHARS <= length <= MAX_TITLE_CHARS:
        return 0.0
    # Scripts written without spaces (Chinese, Japanese, Thai) count words by length; a
    # short line of long words ("Landkreis München", "Unterstützen") is words all the same.
    spaced = (
        text.isascii()
        or text.count(" ") * 12 >= len(text)
        or (max(map(len, text.split())) <= LONGEST_SPACED_WORD and not has_cjk(text))
    )
    words = len(_WORD.findall(text)) if spaced else length // 4
    if words < 3:
        # A two-word title is possible but weak: chosen only when nothing better stands near.
        return 0.5 if words == 2 and not text.endswith((".", ":")) else 0.0
    score = 1.0 + 0.3 * min(words, 12)
    if ends_clause(text):
        score -= 4.0  # headlines do not end on a full stop; captions and leads do
    if text.endswith((":", "|", "·", "-", "•")):
        score -= 2.5
    if length > 180:
        score -= 1.5
    if text[:1].islower():
        score -= 1.5
    credit = _CREDIT.search(text)
    if credit is not None:
        if _CAPTION_CREDIT.search(text, 0, credit.end()) is not None:
            return 0.0  # "... leaves the landing. Photo: Jan Olsen/Reuters": a caption
        score -= 3.0
    if _is_breadcrumb(text):
        score -= 3.0
    if _is_tag_list(text) or _is_page_furniture(text):
        return 0.0
    # A headline printed again (browser title, image alt, share bar) gains; one printed many
    # times (a sidebar, a "most read" list and a footer each repeat it) is no less one; a
    # menu entry repeated as often is one or two words, with no title look to lose.
    if 2 <= repeats <= 4:
        score += 1.5
    if has_site_copy:
        score += 2.0
    return score
