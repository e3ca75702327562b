"""Where the publication date of a text dump is chosen among the dates it prints.

A whole-page dump prints several dates: today's date in the page header, the article's
date by the headline or byline, dates of teasers and comments further down. The article's
date stands between the headline and the body (or just above the headline), so dates are
looked for there first, nearest first; the header's "today" date, far above the headline,
is only taken when nothing nearer is dated. Lines are matched with the fast exact formats;
`dateparser` only runs on the few short lines near the headline that look dated and that
no exact format read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from newsclean.dates import (
    MERIDIEM,
    UPDATE_LABEL,
    find_date,
    looks_dated,
    normalize_digits,
    parse_yearless_dateline,
    time_of_day,
)
from newsclean.relative_dates import age_date
from newsclean.text.lines import (
    BYLINE,
    BYLINE_WORDS,
    DATE,
    ID,
    META_SEPARATORS,
    NOISE,
    TEXT,
    Line,
)

# Lines above the headline that may still hold its date (a kicker, a date, the section).
LINES_ABOVE = 6
# Lines of the body and after it where a date printed below the text may stand.
LINES_INTO_BODY = 4
LINES_AFTER_BODY = 12
# A dated line longer than this is a sentence that mentions a date, not a dateline.
MAX_DATELINE_CHARS = 140
MIN_LONG_META_ITEMS = 3
MAX_FALLBACK_CHARS = 60
MAX_DATELINE_REST = 60
MAX_GLUED_DATELINE_CHARS = 40
MAX_FALLBACK_TRIES = 4
# A dateline opening a paragraph: a place and a date, then a dash, then the text.
_OPENING_DATELINE = re.compile(r"(?P<dateline>[^\n]{6,45}?)\s+[-–—]\s+\S")
# The place before such a dateline's date ("BERLIN, ", "Frankfurt am Main, den ").
MAX_DATELINE_PLACE_CHARS = 25
# A year of this or the last century standing apart from other digits, as a copyright
# notice prints it ("© Some Media Ltd. 2024"); also read by `newsclean.text.body`.
CALENDAR_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def choose_published(
    lines: Sequence[Line],
    headline_at: int,
    body_start: int,
    body_end: int,
    languages: tuple[str, ...],
    fetched: datetime | None = None,
) -> datetime | None:
    """The publication date the dump prints, or None.

    A date labelled as an update ("Letzte Änderung: ...", "mis à jour le ...") gives way
    to another date in the same place (between headline and body, or above the headline).
    With the time the page was ``fetched``, a story's age printed by the headline ("vor
    14 Minuten", "gestern, 14:30") dates it where no date stands there.
    """
    header = range(headline_at + 1, min(body_start + LINES_INTO_BODY, body_end))
    above = range(headline_at - 1, max(-1, headline_at - 1 - LINES_ABOVE), -1)
    after = range(body_end, min(len(lines), body_end + LINES_AFTER_BODY))
    updates: list[datetime] = []
    found = _header_date(lines, header, updates) or _first_of(updates)
    if found is not None:
        return found
    found = _first_date(lines, above, updates) or _first_of(updates)
    if found is not None:
        return found
    tries = 0
    for index in (*header, *above):
        text = lines[index].text
        if (
            lines[index].kind is TEXT
            and len(text) <= MAX_FALLBACK_CHARS
            and looks_dated(text)
            and not _EMBED_SIGNATURE.match(text)
        ):
            tries += 1
            match = find_date(text, languages=languages, fallback=True)
            if match is not None and not _inside_sentence(text, match.start, match.end):
                if _is_update(text, match.start):
                    updates.append(match.value)
                    continue
                return match.value
            if tries >= MAX_FALLBACK_TRIES:
                break
    if updates:
        return updates[0]  # an update by the headline beats a date far from it
    if fetched is not None:
        for index in (*header, *above):
            if lines[index].kind in (TEXT, NOISE) and (
                aged := age_date(lines[index].text, fetched)
            ):
                return aged
    further = range(min(body_start + LINES_INTO_BODY, len(lines)), len(lines))
    for region in (after, range(headline_at - 1 - LINES_ABOVE, -1, -1), further):
        found = _first_date(lines, region, updates)
        if found is not None:
            return found
    return _yearless_date(lines, (*header, *above)) or _first_of(updates)


def _first_of(updates: list[datetime]) -> datetime | None:
    return updates[0] if updates else None


def _yearless_date(lines: Sequence[Line], near: Iterable[int]) -> datetime | None:
    """A dateline by the headline that leaves out the year ("8 января, 17:46"), read in
    the year of the page's copyright notice: sites leave the year out for this year's
    articles, and the notice names the year the page was served. No notice, no guess."""
    year = _copyright_year(lines)
    if year is None:
        return None
    for index in near:
        line = lines[index]
        if line.kind is TEXT:
            match = parse_yearless_dateline(line.text, year)
            if match is not None:
                return match.value
    return None


def _copyright_year(lines: Sequence[Line]) -> int | None:
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text
        if "©" in text or "opyright" in text:
            years = [int(year) for year in CALENDAR_YEAR.findall(text)]
            if years:
                return max(years)
    return None


def _first_date(
    lines: Sequence[Line], region: Iterable[int], updates: list[datetime]
) -> datetime | None:
    """The first date in ``region`` that is no update's; updates seen go to ``updates``."""
    for index in region:
        dated = _dateline_at(lines, index)
        if dated is not None:
            if dated[2]:
                updates.append(dated[0])
                continue
            return dated[0]
    return None


def _header_date(
    lines: Sequence[Line], region: Iterable[int], updates: list[datetime]
) -> datetime | None:
    """The first date between the headline and the body, unless it is a bare day and a
    timestamp on an earlier day follows: then the bare day is the page's "today" or its
    print edition, and the timestamp is when the article ran."""
    first: datetime | None = None
    for index in region:
        dated = _dateline_at(lines, index)
        if dated is None:
            continue
        found, has_time, is_update = dated
        if is_update:
            updates.append(found)
            continue
        if first is None:
            if has_time:
                return found
            first = found
        elif has_time and found.date() < first.date():
            return found
    return first


def _dateline_at(lines: Sequence[Line], index: int) -> tuple[datetime, bool, bool] | None:
    line = lines[index]
    if line.kind is TEXT and _printed_twice(lines, index):
        # An image's alt text printed again as its caption: its date ("Bachmut,
        # 24. April 2023") is when the photo was taken, not when the article ran.
        return None
    return _line_date(line)


def _printed_twice(lines: Sequence[Line], index: int) -> bool:
    text = lines[index].text
    return (index > 0 and lines[index - 1].text == text) or (
        index + 1 < len(lines) and lines[index + 1].text == text
    )


# "— ZDF heute (@ZDFheute) 26. Mai 2019": the signature of an embedded post, dated when
# it was posted, not when the article ran.
_EMBED_SIGNATURE = re.compile(r"^\s*(?:[—–-]|&mdash;)\s.*\(@\w+\)")


def quiet_embedded_posts(lines: list[Line]) -> None:
    """An embedded post's date is not the article's: a dated signature ("— Jane Doe
    (@jdoe) August 22, 2013") and a date line right under a signature become noise, so
    that neither dates the article nor marks a headline's header."""
    for index, line in enumerate(lines):
        if line.kind is not DATE:
            continue
        if _EMBED_SIGNATURE.match(line.text) or (
            index > 0 and _EMBED_SIGNATURE.match(lines[index - 1].text)
        ):
            lines[index] = Line(line.text, NOISE)


def _is_update(text: str, date_start: int) -> bool:
    return UPDATE_LABEL.search(text, 0, date_start) is not None


def _line_date(line: Line) -> tuple[datetime, bool, bool] | None:
    """The line's date, whether it has a time of day and whether it is labelled as an
    update, if the line is a dateline."""
    if _EMBED_SIGNATURE.match(line.text):
        return None
    if line.kind is DATE and line.date is not None:
        first_digit = _FIRST_DIGIT.search(line.text)
        labelled = _is_update(line.text, first_digit.start() if first_digit else len(line.text))
        return line.date, line.date_has_time, labelled
    if line.kind is TEXT:
        # A paragraph that opens on a numeric date and a time, its dateline glued to the
        # text ("19.10.2019, 15:30 UhrAm 8. Spieltag ...").
        head = (
            find_date(line.text[:MAX_GLUED_DATELINE_CHARS], fallback=False)
            if line.text[:1].isdigit()
            else None
        )
        if head is not None and head.start == 0 and head.has_time:
            return head.value, True, False
        # A press release opens its first paragraph with its date ("27.1.2022 - Bei der ...",
        # "BERLIN, 12. März 2020 – Die ..."): the line is long, its dateline short.
        opening = _OPENING_DATELINE.match(line.text) if _dash_opens(line.text) else None
        if opening is not None:
            dateline = opening.group("dateline")
            match = find_date(dateline, fallback=False)
            # Only a place may stand before the date, set off by a comma: "Am 27. Januar
            # 2022 – einem Donnerstag – ..." is a sentence about that day.
            if match is not None and (
                match.start == 0
                or (
                    match.start <= MAX_DATELINE_PLACE_CHARS
                    and dateline[: match.start].rstrip().endswith(",")
                )
            ):
                return match.value, match.has_time, False
    if line.kind is TEXT or line.kind is BYLINE:
        # A meta line prints the date among other items ("By Jane Doe | 12/10/2020",
        # "10. Dezember 2019 · von jane · in News"): each item is read on its own, and an
        # item labelled as an update gives way to a later one that is not. A long line is
        # a sentence, unless it is a meta line of three items or more (author, categories
        # and tags run long).
        text = line.text
        if len(text) > MAX_DATELINE_CHARS and _separators(text) < MIN_LONG_META_ITEMS - 1:
            return None  # (counted first: splitting every long paragraph cost more)
        parts = META_SEPARATORS.split(text)
        if len(text) > MAX_DATELINE_CHARS and len(parts) < MIN_LONG_META_ITEMS:
            return None
        update: tuple[datetime, bool, bool] | None = None
        for part in parts:
            match = find_date(part, fallback=False)
            # A dateline is mostly its date ("Posted: Aug 08, 2024 4:00 AM EDT | Updated");
            # a caption or sentence that mentions a date has much else to say.
            if (
                match is not None
                and len(part) - (match.end - match.start) <= MAX_DATELINE_REST
                and not _inside_sentence(part, match.start, match.end)
            ):
                if not _is_update(part, match.start):
                    return match.value, match.has_time, False
                update = update or (match.value, match.has_time, True)
        return update
    return None


_FIRST_DIGIT = re.compile(r"\d")
# The opening dateline's dash stands within its first characters; looking for it there
# first spares most paragraphs the lazy pattern's forty tries (~3 µs a line).
_DATELINE_DASH_WITHIN = 52


def _dash_opens(text: str) -> bool:
    head = text[:_DATELINE_DASH_WITHIN]
    # (A run of white space may push the dash further: then the pattern decides.)
    return "-" in head or "–" in head or "—" in head or not head.isprintable() or "  " in head


def _separators(text: str) -> int:
    """How many meta-line separators ``text`` may hold (an upper bound of the split's)."""
    # Most paragraphs hold none: four substring tests (memchr scans) settle that, where four
    # counts step through every character.
    if "|" not in text and "·" not in text and "•" not in text and "//" not in text:
        return 0
    return text.count("|") + text.count("·") + text.count("•") + text.count("//")


# A lower-case word right before the date and another right after it: a sentence that
# mentions the day ("In seinem Beitrag vom 5. Januar 2015 erörtert ..."). A dateline's
# date is followed by its time, a byline or nothing ("Posted on 21. Juli 2019 by Jane").
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?-i:[a-zà-öø-ÿ])[^\W\d_]*\s+$")
_WORD_AFTER = re.compile(r"\s+(?-i:[a-zà-öø-ÿ])[^\W\d_]*")
_DATELINE_FOLLOWERS = frozenset(
    {"um", "at", "à", "a", "alle", "kl", "klo", "saat", "o", "h", "uhr"}
)


def _inside_sentence(text: str, start: int, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    if after is None or _WORD_BEFORE.search(text, 0, start) is None:
        return False
    word = after.group(0).strip(" ,").casefold()
    return word not in BYLINE_WORDS and word not in _DATELINE_FOLLOWERS


# Agency headers print the date, the time and the story's number each on a line of its own
# (ABNA: "Tuesday" / "24 September 2024" / "5:58:45 pm" / "1489234").
_CLOCK = re.compile(
    r"^(?P<hour>[01]?[0-9]|2[0-3])[:：](?P<minute>[0-5][0-9])(?:[:：](?P<second>[0-5][0-9]))?"
    rf"\s*(?P<ampm>{MERIDIEM})?$",
    re.I,
)
# Five digits or more: a four-digit number under a date is as likely its year as a code.
# (Matched with its digits folded to ASCII.)
_BARE_NUMBER = re.compile(r"^[0-9]{5,12}$")
# A weekday printed on its own line above the date: a word or two ("Tuesday", "سه‌شنبه",
# "سه شنبه" without its ZWNJ, Azerbaijani "Çərşənbə axşamı").
_WEEKDAY_ALONE = re.compile(r"[^\W\d_]{2,12}[\u200c\w]{0,6}(?:[ \u200c][^\W\d_]{2,12})?$")
# Split headers stand at the top of a dump: only its first lines are looked at.
SPLIT_HEADER_LINES = 40


def join_split_header(lines: list[Line]) -> None:
    """A date line without a time followed by a line holding only a clock time gets that
    time; a line holding only a number right after them, or else right above the date, is
    the story's code (an ID line). In such a header, the weekday on its own line above the
    date is no title: it becomes noise.

    >>> from newsclean.text.lines import DATE, NOISE, TEXT, Line
    >>> lines = [Line("Çərşənbə axşamı", TEXT), Line("24 Sentyabr 2024", DATE, datetime(2024, 9, 24)),
    ...          Line("5:58:45 pm", NOISE), Line("1489234", NOISE)]
    >>> join_split_header(lines)
    >>> lines[1].date, lines[3].kind.value, lines[3].code, lines[0].kind.value
    (datetime.datetime(2024, 9, 24, 17, 58, 45), 'id', '1489234', 'noise')
    """
    for index in range(min(len(lines), SPLIT_HEADER_LINES) - 1):
        line = lines[index]
        if line.kind is not DATE or line.date is None:
            continue
        after = index + 1
        clock = (
            None
            if line.date_has_time
            else _CLOCK.match(normalize_digits(lines[after].text.strip()))
        )
        if clock is not None:
            lines[index] = Line(
                line.text, line.kind, _at(line.date, clock), True, line.code, line.author
            )
            lines[after] = Line(lines[after].text, NOISE)
            after += 1
        weekday = index - 1 if index > 0 and _is_weekday_line(lines[index - 1]) else None
        code = _story_code(lines[after]) if after < len(lines) else None
        if code is not None:
            lines[after] = code
        else:
            # Or right above the date (past a weekday printed on a line of its own).
            before = index - 1 if weekday is None else weekday - 1
            code = _story_code(lines[before]) if before >= 0 else None
            if code is not None:
                lines[before] = code
            elif clock is None:
                return  # a date line alone: no split header
        if weekday is not None:
            lines[weekday] = Line(lines[weekday].text, NOISE)
        return


def _story_code(line: Line) -> Line | None:
    """``line`` as the story's code (an ID line), when it holds only a bare number."""
    number = line.text.strip()
    code = normalize_digits(number)
    return Line(number, ID, code=code) if _BARE_NUMBER.match(code) else None


def _is_weekday_line(line: Line) -> bool:
    return line.kind in (TEXT, NOISE) and _WEEKDAY_ALONE.match(line.text.strip()) is not None


def _at(day: datetime, clock: re.Match[str]) -> datetime:
    hour, minute, second = time_of_day(clock.groupdict())
    return day.replace(hour=hour or 0, minute=minute or 0, second=second or 0)
