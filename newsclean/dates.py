"""Where dates are parsed: exact formats first (fast), then `dateparser` with the language known.

Handles English, Indonesian, Arabic (standard and Levantine month names), Persian (Solar
Hijri and transliterated Gregorian months) and Urdu month names, Persian and Arabic-Indic
digits, ISO 8601 and numeric forms. Results are cached: sidebars repeat the same strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from newsclean.jalali import ImpossibleDate, jalali_to_gregorian
from newsclean.normalize import ascii_digits, fold_arabic_script

GREGORIAN = "gregorian"
JALALI = "jalali"

_MONTHS: dict[str, tuple[int, str]] = {}


def _add_months(calendar: str, names: list[str]) -> None:
    for number, variants in enumerate(names, start=1):
        for name in variants.split("|"):
            _MONTHS[_fold(name)] = (number, calendar)


def _fold(token: str) -> str:
    return fold_arabic_script(token.casefold()).replace("\u200c", "").replace(".", "")


def _match_form(text: str) -> str:
    """Digits to ASCII and Arabic-script letter variants folded, one character for one,
    so that match positions stay valid in the original string."""
    return fold_arabic_script(ascii_digits(text))


_add_months(
    GREGORIAN,
    [
        "january|jan|januari|janvier|januar|enero|gennaio|ocak",
        "february|feb|februari|février|fevrier|februar|febrero|febbraio|şubat",
        "march|mar|maret|mars|märz|marzo|mart",
        "april|apr|avril|abril|aprile|nisan",
        "may|mei|mai|mayo|maggio|mayıs",
        "june|jun|juni|juin|junio|giugno|haziran",
        "july|jul|juli|juillet|julio|luglio|temmuz",
        "august|aug|agustus|agu|agt|août|aout|agosto|ağustos",
        "september|sep|sept|septembre|septiembre|settembre|eylül",
        "october|oct|oktober|okt|octobre|octubre|ottobre|ekim",
        "november|nov|novembre|noviembre|kasım",
        "december|dec|desember|des|décembre|decembre|dezember|dez|diciembre|dicembre|aralık",
    ],
)
# French, Spanish, Portuguese and Nordic abbreviations and names the list above lacks.
_add_months(
    GREGORIAN,
    [
        "janv|ene|jan.|janeiro",
        "févr|fevr|fév|feb.|fevereiro",
        "marts|março|marco|mär|mrz",
        "avr|abr",
        "maj|maio",
        "juin|junho",
        "juil|juillet|julho",
        "augusti|ago",
        "setembro|set",
        "outubro|out",
        "novembro",
        "déc|dezembro|dic",
    ],
)
# Azerbaijani (News Studio's az section), Russian (genitive, as dates print them).
_add_months(
    GREGORIAN,
    [
        "yanvar|января|янв",
        "fevral|февраля|фев",
        "mart|марта|мар",
        "aprel|апреля|апр",
        "may|мая",
        "iyun|i̇yun|июня|июн",
        "iyul|i̇yul|июля|июл",
        "avqust|августа|авг",
        "sentyabr|сентября|сен",
        "oktyabr|октября|окт",
        "noyabr|ноября|ноя",
        "dekabr|декабря|дек",
    ],
)
# Polish, Czech, Finnish and Greek print a month's genitive or partitive ("5 sierpnia 2024",
# "5. srpna 2024", "5. elokuuta 2024", "4 Αυγούστου 2024"); Dutch "maart", "augustus".
_add_months(
    GREGORIAN,
    [
        "stycznia|ledna|tammikuuta|ιανουαρίου",
        "lutego|února|helmikuuta|φεβρουαρίου",
        "marca|března|maart|maaliskuuta|μαρτίου",
        "kwietnia|dubna|huhtikuuta|απριλίου",
        "maja|května|toukokuuta|μαΐου",
        "czerwca|června|kesäkuuta|ιουνίου",
        "lipca|července|heinäkuuta|ιουλίου",
        "sierpnia|srpna|augustus|elokuuta|αυγούστου",
        "września|září|syyskuuta|σεπτεμβρίου",
        "października|října|lokakuuta|οκτωβρίου",
        "listopada|listopadu|marraskuuta|νοεμβρίου",
        "grudnia|prosince|joulukuuta|δεκεμβρίου",
    ],
)
# Arabic (Egyptian/Gulf and Levantine), Persian transliterations, Urdu.
_add_months(
    GREGORIAN,
    [
        "يناير|كانون الثاني|ژانویه|جنوری",
        "فبراير|شباط|فوریه|فروری",
        "مارس|آذار|مارچ",
        "أبريل|ابريل|إبريل|نيسان|آوریل|اپریل|اپريل",
        "مايو|أيار|ايار|مه|مئی|مئ",
        "يونيو|يونيه|حزيران|ژوئن|جون",
        "يوليو|يوليه|تموز|ژوئیه|جولای|جولائی",
        "أغسطس|اغسطس|آب|اوت|آگوست|اگست",
        "سبتمبر|أيلول|ايلول|سپتامبر|ستمبر",
        "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول|اکتبر|اکتوبر",
        "نوفمبر|تشرين الثاني|نوامبر|نومبر",
        "ديسمبر|كانون الأول|كانون الاول|دسامبر|دسمبر",
    ],
)
# Hindi and Bengali (each in its common spellings; Bengali "য়" as one character or two).
_add_months(
    GREGORIAN,
    [
        "जनवरी|জানুয়ারি|জানুয়ারী|জানুয়ারি|জানুয়ারী",
        "फ़रवरी|फरवरी|ফেব্রুয়ারি|ফেব্রুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী",
        "मार्च|মার্চ",
        "अप्रैल|এপ্রিল",
        "मई|মে",
        "जून|জুন",
        "जुलाई|জুলাই",
        "अगस्त|আগস্ট|আগষ্ট",
        "सितंबर|सितम्बर|সেপ্টেম্বর",
        "अक्टूबर|अक्तूबर|অক্টোবর",
        "नवंबर|नवम्बर|নভেম্বর",
        "दिसंबर|दिसम्बर|ডিসেম্বর",
    ],
)
_add_months(
    JALALI,
    [
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد|امرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
    ],
)

_MONTH_ALTERNATION = "|".join(sorted({re.escape(name) for name in _MONTHS}, key=len, reverse=True))
# "pm", "p.m.", and Spanish "p. m." (a space inside); not the "a m" of "a meeting".
AMPM = r"[ap]\.?\s?m\.?(?!\w)"
# The same in the other scripts news sites print a 12-hour clock in: Persian "ب.ظ" (after
# noon), Arabic "مساء"/"م" (evening) and "صباحا"/"ص", Urdu "شام" (evening) and "صبح"
# (morning), Hindi and Bengali "अपराह्न"/"অপরাহ্ন" (after noon), Greek "μ.μ."/"π.μ.".
# Arabic's one-letter forms only alone, not opening a word.
MERIDIEM = (
    rf"{AMPM}|ق\.ظ|ب\.ظ|صباحاً?|مساءً?|[صم](?![^\W\d_])|صبح|شام|[μπ]\.?μ\.?(?!\w)"
    r"|अपराह्न|पूर्वाह्न|অপরাহ্ন|পূর্বাহ্ন"
)
_AFTERNOON = frozenset({"pm", "بظ", "مساء", "مساءً", "م", "شام", "μμ", "अपराह्न", "অপরাহ্ন"})
_MORNING = frozenset({"am", "قظ", "صباحا", "صباحاً", "ص", "صبح", "πμ", "पूर्वाह्न", "পূর্বাহ্ন"})
# "15:45", "15.45", and French and Portuguese "15h45"; Greek writes μ.μ. for p.m.
_TIME = (
    # Korean and Chinese say a.m. or p.m. before the clock: "오후 3:45", "下午3:45".
    r"(?:(?P<meridiem>오전|오후|上午|下午)\s*)?"
    rf"(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?\s*"
    rf"(?P<ampm>{MERIDIEM})?"
)
# Between a date and its time: a mark, or a word for "at" ("um", "à", "às", Nordic "kl."
# and Finnish "klo", Italian "alle", Dutch "om", Turkish "saat").
# Both may stand: "۱۸ آذر ۱۴۰۵، ساعت ۱۲:۳۰", "9 December 2026, at 12:30". Each optional part
# opens with its own spaces and needs a character that is no space: no two runs of ``\s*``
# stand side by side, which on a long run of spaces would backtrack in quadratic time.
_SEP = (
    r"(?:\s*[-–—,،|/])?(?:\s*(?:\bat\b|\bpukul\b|ساعت|الساعة|\bum\b|\bà\b|\bàs\b|\bkl\.?|\bklo\b|"
    r"\balle\b|\bom\b|\bsaat\b))?\s*"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+)?(?P<month>{_MONTH_ALTERNATION})\.?,?\s+(?:de\s+)?"
    rf"(?P<year>\d{{4}})ء?(?:{_SEP}{_TIME})?",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?P<month>{_MONTH_ALTERNATION})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"(?:{_SEP}{_TIME})?",
    re.I,
)
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_YEAR_FIRST = re.compile(
    # Korean prints a full stop after the day too: "입력 2024.08.05. 오후 3:45".
    rf"(?P<year>\d{{4}})(?P<sep>[/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})(?!\d|\.\d)\.?"
    rf"(?:{_SEP}{_TIME})?"
)
# Chinese, Japanese and Korean: 2024年4月24日 23:52, 2024년 4월 24일.
_CJK_DATE = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]?"
    r"(?:(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）))?\s*(?P<hour>\d{1,2})[:：時시]\s*(?P<minute>\d{2}))?"
)
# "28.4.2024", "28/4/2024", and "28. 4. 2024" (Czech and German print a space after each dot).
_DAY_FIRST = re.compile(
    rf"(?<![\d.-])(?P<day>\d{{1,2}})(?:/|\. ?|-)(?P<month>\d{{1,2}})(?:/|\. ?|-)(?P<year>\d{{4}})"
    rf"(?:{_SEP}{_TIME})?"
)
# A line that is nothing but a day with a two-digit year, maybe a time: "15.10.24 23:35"
# (Nordic and German sites). Only a whole line is read so: inside text "1.2.24" may be anything.
_SHORT_YEAR_LINE = re.compile(
    rf"(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{2}})(?:{_SEP}{_TIME})?"
)
# Inside a line a two-digit year is only read when a time of day follows: "Veröffentlicht
# am 27.04.24 um 07:39 Uhr", "Palma15.04.25 09:56" (glued by the renderer). "1.2.24" alone
# may be a version or a score; with a time it is a timestamp.
_SHORT_YEAR_TIMED = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{2}})(?![\d.]){_SEP}{_TIME}"
)
# A two-digit year set off by an apostrophe, as blogs print it: "14 Feb ’20", "Feb 14, '20".
_APOSTROPHE_YEAR = re.compile(
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?P<month>{_MONTH_ALTERNATION})\.?"
    rf"|(?P<month2>{_MONTH_ALTERNATION})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    r"\s+[’'‘](?P<year>\d{2})(?![\d’'])",
    re.I,
)
# A dateline without a year: "8 января, 17:46", "Jan 8, 5:46 PM", "8. Januar, 17:46 Uhr".
# Sites leave the year out for this year's articles; a time of day is required, since a
# bare "8 January" is more often an event than a dateline.
_YEARLESS_DAY_MONTH = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+)?(?P<month>{_MONTH_ALTERNATION})\.?{_SEP}{_TIME}",
    re.I,
)
_YEARLESS_MONTH_DAY = re.compile(
    rf"(?P<month>{_MONTH_ALTERNATION})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_SEP}{_TIME}",
    re.I,
)
_TIME_BEFORE = re.compile(
    rf"(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?:\s*(?P<ampm>{AMPM}))?(?:\s*[-–,|])?\s*$", re.I
)
_PATTERNS = (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_FIRST, _CJK_DATE, _DAY_FIRST)
_NUMERIC_PATTERNS = (_ISO, _YEAR_FIRST, _CJK_DATE, _DAY_FIRST)
_YEAR = re.compile(r"\d{4}")
_WORDS = re.compile(r"[^\W\d_]+")
# Each month name's first word ("كانون" of "كانون الثاني"), in matching form.
_MONTH_WORDS = frozenset(_WORDS.findall(" ".join(_MONTHS)))
_HAS_DIGIT = re.compile(r"\d")
# What dateparser is asked about at all: a plausible year (Gregorian or Solar Hijri) or a
# numeric day-month-year.
_LOOKS_DATED = re.compile(
    r"(?<!\d)(?:19[89]\d|20\d\d|1[34]\d\d)(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}"
)
# Words allowed around a date on a line that is "only a date": weekdays, labels, "updated".
# A zero-width non-joiner sits inside Persian words ("سه‌شنبه", Tuesday): part of the word.
# The words may follow a mark: "24 Eylül 2024, Salı" (the weekday after the date).
_FILLER = re.compile(r"^[\W\d_]*$|^[\W_]*(?:[^\W\d_](?:[^\W\d_]|\u200c)*[\s,،:.\-–]*){0,4}$")
# Turkish and some other sites print the weekday between the date and its time:
# "24 Eylül 2024 Salı 22:06". On a date line, the time after one such word is the date's.
_TIME_AFTER_WORD = re.compile(
    rf"[\s,،]*[^\W\d_](?:[^\W\d_]|\u200c){{1,11}}[\s,،\-–|]*{_TIME}\s*$", re.I
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: the value, whether it had a time, and where it stood."""

    value: datetime
    has_time: bool
    start: int
    end: int

    def as_date_or_datetime(self) -> date | datetime:
        return self.value if self.has_time else self.value.date()


def normalize_digits(text: str) -> str:
    """Persian and Arabic-Indic digits to ASCII.

    >>> normalize_digits("۲۸ تیر ۱۴۰۳")
    '28 تیر 1403'
    """
    return ascii_digits(text)


def find_date(
    text: str, *, languages: tuple[str, ...] = (), fallback: bool = True
) -> DateMatch | None:
    """The first date in ``text``, or None.

    >>> find_date("Friday 19 July 2024 - 21:40").value
    datetime.datetime(2024, 7, 19, 21, 40)
    >>> find_date("۲۸ تیر ۱۴۰۳").value
    datetime.datetime(2024, 7, 18, 0, 0)
    >>> find_date("Sep 24, 2024, 10:06 PM").value
    datetime.datetime(2024, 9, 24, 22, 6)
    """
    return _find_date_cached(text, languages, fallback)


def parse_date_line(
    line: str, *, languages: tuple[str, ...] = (), fallback: bool = True
) -> DateMatch | None:
    """The date if ``line`` is essentially a date (weekday and short labels allowed), else None.

    ``fallback=False`` tries the exact formats only: `dateparser` costs ~100 µs a call, so
    callers classifying every line of a dump keep it for the few lines where a date must be.

    >>> parse_date_line("Wednesday 25 Aug 2021 19:55").value
    datetime.datetime(2021, 8, 25, 19, 55)
    >>> parse_date_line("Putin paid a state visit on 19 July 2024 and said more") is None
    True
    """
    if not _HAS_DIGIT.search(line):
        return None
    if len(line) > _MAX_DATE_LINE_CHARS:
        # Only a date line that goes on with its last change is this long: read it up to
        # that change. It prints two years; the label search (~25 µs) waits for them.
        update = (
            UPDATE_LABEL.search(line, 0, _MAX_DATE_LINE_CHARS)
            if len(line) <= MAX_UPDATED_DATE_LINE_CHARS and len(_YEAR.findall(line)) >= 2
            else None
        )
        if update is None:
            return None
        line = line[: update.end()]
    return _parse_date_line_cached(line, languages, fallback)


def parse_yearless_dateline(line: str, year: int) -> DateMatch | None:
    """A day, month and time without a year, when that is all the line says, in ``year``.

    >>> parse_yearless_dateline("8 января, 17:46", 2026).value
    datetime.datetime(2026, 1, 8, 17, 46)
    >>> parse_yearless_dateline("Talks resume on 8 January, 17:46 at the latest", 2026) is None
    True
    """
    if len(line) > 60 or _YEAR.search(ascii_digits(line)):
        return None
    normalized = _match_form(line)
    for pattern in (_YEARLESS_DAY_MONTH, _YEARLESS_MONTH_DAY):
        match = pattern.search(normalized)
        if match is None:
            continue
        rest = normalized[: match.start()] + " " + normalized[match.end() :]
        if not _FILLER.match(rest.strip()):
            return None
        try:
            month, calendar = _MONTHS[_fold(match["month"])]
            if calendar != GREGORIAN:
                return None
            hour, minute, second = time_of_day(match.groupdict())
            value = datetime(year, month, int(match["day"]), hour or 0, minute or 0, second or 0)
        except (ValueError, KeyError):
            return None
        return DateMatch(value, True, match.start(), match.end())
    return None


def looks_dated(text: str) -> bool:
    """True when ``text`` holds a year or a numeric date: worth a `dateparser` attempt."""
    return bool(_LOOKS_DATED.search(normalize_digits(text)))


# What labels a date as the last change rather than the first printing, before the date.
UPDATE_LABEL = re.compile(
    r"updated?\b|last (?:modified|edited|changed)|\bmodified\b|aktualisiert|geändert|"
    r"letzte änderung|zuletzt|mis à jour|mise à jour|modifié|actualizad[oa]|"
    r"última actualización|aggiornat[oa]|bijgewerkt|oppdatert|uppdaterad|opdateret|"
    r"обновлено|обновлен|güncellen|zaktualizowan|aktualizováno|päivitetty|"
    r"تحديث|به[\u200c ]?روز[\u200c ]?رسانی|بروزرسانی",
    re.I,
)
# Arabic and Persian sites print the lunar Hijri date after the Gregorian or Solar one
# ("الثلاثاء 24 سبتمبر 2024 - 21 ربيع الأول 1446"); the line is still a date line.
# Matched on the text after the date, its digits folded to ASCII.
# English sites transliterate the months ("7 Jumada al-Thani 1448"). The date may stand in
# brackets, and the Solar or Gregorian date's time after it: "۱۸ آذر ۱۴۰۵ - ۷ جمادی‌الثانی
# ۱۴۴۸ - ۱۲:۳۰" (`_build` reads that time).
_LUNAR_HIJRI_DATE = re.compile(
    r"[\s\-–|،,/(]*[0-9]{1,2}\s+(?:محرم|صفر|ربيع|ربیع|جمادى|جمادی|رجب|شعبان|رمضان|شوال|ذو|ذی|"
    r"(?i:muharram|safar|rabi|jumad|rajab|sha.?ban|ramadan|shawwal|dhu))"
    r"[^\d]{0,14}[0-9]{4}(?:\s*(?:هـ|ه\.?ق|ق|AH))?\.?\)?"
)
_TIME_AFTER_LUNAR_DATE = re.compile(_LUNAR_HIJRI_DATE.pattern + _SEP + _TIME, re.I)
# A date line may go on with the last change's date: "Tuesday, 24 September 2024 10:06 PM
# [ Last Update: Tuesday, 24 September 2024 10:30 PM ]". It is still the first date's line.
_UPDATE_AFTER = re.compile(rf"[\s\[(|,;·•–—-]*(?:last\s+|آخر\s+)?(?:{UPDATE_LABEL.pattern})", re.I)


# A line that is only a date has few words (weekday, month, a label).
_MAX_DATE_LINE_WORDS = 5
_MAX_DATE_LINE_CHARS = 80
# ... and one that prints the last change after it is about twice as long.
MAX_UPDATED_DATE_LINE_CHARS = 180
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=8192)
def _parse_date_line_cached(
    line: str, languages: tuple[str, ...], fallback: bool
) -> DateMatch | None:
    # A line that is only a date has few words (weekday, month, a label); longer lines are
    # prose, and sending them to dateparser costs ~30 ms each for a near-certain "no".
    fallback = fallback and len(_LETTER_WORD.findall(line)) <= _MAX_DATE_LINE_WORDS
    found = _find_date_cached(line, languages, fallback) or _short_year_line(line)
    if found is None:
        return None
    before, after = normalize_digits(line[: found.start]), normalize_digits(line[found.end :])
    if not after.isascii():
        after = _LUNAR_HIJRI_DATE.sub(" ", after)
    if _FILLER.match(f"{before} {after}".strip()):
        return found
    if not _FILLER.match(before.strip()):
        return None
    if not found.has_time:
        timed = _TIME_AFTER_WORD.match(after)
        if timed is not None and not UPDATE_LABEL.search(after):
            hour, minute, second = time_of_day(timed.groupdict())
            if hour is not None:
                value = found.value.replace(hour=hour, minute=minute or 0, second=second or 0)
                return DateMatch(value, True, found.start, len(line))
    return found if _UPDATE_AFTER.match(after) else None


def _short_year_line(line: str) -> DateMatch | None:
    """ "15.10.24 23:35" when that is the whole line (the year read as 20yy)."""
    stripped = ascii_digits(line.strip())  # one character for one: positions hold in `line`
    match = _SHORT_YEAR_LINE.fullmatch(stripped)
    if match is None:
        return None
    value = _short_year_value(match)
    if value is None:
        return None
    start = len(line) - len(line.lstrip())
    return DateMatch(value, bool(match.groupdict().get("hour")), start, start + len(stripped))


@lru_cache(maxsize=8192)
def _find_date_cached(text: str, languages: tuple[str, ...], fallback: bool) -> DateMatch | None:
    normalized = _match_form(text)
    if not _YEAR.search(normalized):
        # Every other form we read, exact or through dateparser, prints a 4-digit year.
        return _short_year_timed(normalized) or _apostrophe_year(normalized)
    # The month-name patterns are long alternations, slow to try at every position: only
    # try them when a month name is among the words, and the one that opens with the month
    # only where such a word begins.
    has_month = not _MONTH_WORDS.isdisjoint(_WORDS.findall(normalized.casefold()))
    for pattern in _PATTERNS if has_month else _NUMERIC_PATTERNS:
        if pattern is _MONTH_DAY_YEAR:
            match = _match_at_any(pattern, normalized, _month_word_starts(normalized))
        else:
            match = pattern.search(normalized)
        if match:
            try:
                found = _build(match, normalized)
            except ImpossibleDate:
                # Read whole and found not to exist: dateparser's Jalali calendar would
                # roll it over into the next month instead of saying so.
                return None
            if found is not None:
                return found
    short = _short_year_timed(normalized)
    if short is not None:
        return short
    if fallback and len(normalized) <= 80 and _LOOKS_DATED.search(normalized):
        return _dateparser_fallback(normalized, languages)
    return None


def _month_word_starts(text: str) -> list[int]:
    """Where the words of ``text`` that open a month name start."""
    return [
        word.start() for word in _WORDS.finditer(text) if word.group().casefold() in _MONTH_WORDS
    ]


def printed_days(text: str) -> set[date]:
    """Every day ``text`` prints in a form read without dateparser (no two-digit years).

    >>> sorted(printed_days("Posted 6. Januar 2022, updated 2022-01-25 and 25/1/2022"))
    [datetime.date(2022, 1, 6), datetime.date(2022, 1, 25)]
    """
    normalized = _match_form(text)
    if not _YEAR.search(normalized):
        return set()
    month_starts = _month_word_starts(normalized)
    days: set[date] = set()
    for pattern in _PATTERNS if month_starts else _NUMERIC_PATTERNS:
        matches: Iterable[re.Match[str] | None]
        if pattern is _MONTH_DAY_YEAR:
            matches = [pattern.match(normalized, start) for start in month_starts]
        else:
            matches = pattern.finditer(normalized)
        for match in matches:
            if match is None:
                continue
            try:
                found = _build(match, normalized)
            except ImpossibleDate:
                continue
            if found is not None:
                days.add(found.value.date())
    return days


def _apostrophe_year(text: str) -> DateMatch | None:
    """ "14 Feb ’20": the day in 20yy, when the month is a name (numbers alone are too
    often scores or versions).

    >>> _apostrophe_year("veröffentlicht am 14 Feb ’20 | Kategorien").value
    datetime.datetime(2020, 2, 14, 0, 0)
    """
    if "'" not in text and "’" not in text and "‘" not in text:
        return None
    match = _APOSTROPHE_YEAR.search(text)
    if match is None:
        return None
    token = match["month"] or match["month2"]
    month, calendar = _MONTHS.get(_fold(token), (0, ""))
    if calendar != GREGORIAN:
        return None
    year = 2000 + int(match["year"])
    if year > datetime.now().year:
        return None  # "5 May '68" is a past century's day, older than any web page
    try:
        value = datetime(year, month, int(match["day"] or match["day2"]))
    except ValueError:
        return None
    return DateMatch(value, False, match.start(), match.end())


def _short_year_timed(text: str) -> DateMatch | None:
    match = _SHORT_YEAR_TIMED.search(text)
    if match is None:
        return None
    value = _short_year_value(match)
    if value is None:
        return None
    return DateMatch(value, True, match.start(), match.end())


def _short_year_value(match: re.Match[str]) -> datetime | None:
    """The date and time of a day.month.yy match (the year read as 20yy), None when no
    such day exists."""
    try:
        hour, minute, second = time_of_day(match.groupdict())
        return datetime(
            2000 + int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            hour or 0,
            minute or 0,
            second or 0,
        )
    except ValueError:
        return None


def _match_at_any(pattern: re.Pattern[str], text: str, starts: list[int]) -> re.Match[str] | None:
    """The first match of ``pattern`` starting at one of ``starts`` (ascending): a search
    that tries only those positions. sre would try the month alternation at every
    character, about a microsecond each on Arabic-script text."""
    for start in starts:
        match = pattern.match(text, start)
        if match:
            return match
    return None


def _build(match: re.Match[str], text: str) -> DateMatch | None:
    groups = match.groupdict()
    try:
        year = int(groups["year"])
        day = int(groups["day"])
        month_token = groups["month"]
        if month_token.isdigit():
            month = int(month_token)
            calendar = JALALI if year < 1700 else GREGORIAN
            if month > 12 and day <= 12 and match.re is _DAY_FIRST:
                day, month = month, day
        else:
            month, calendar = _MONTHS[_fold(month_token)]
        if calendar == JALALI or (calendar == GREGORIAN and year < 1700):
            if year < 1200:
                return None
            year, month, day = _jalali_to_gregorian(year, month, day)
        hour, minute, second = time_of_day(groups)
        end = match.end()
        if hour is None and (after := _TIME_AFTER_LUNAR_DATE.match(text, end)) is not None:
            hour, minute, second = time_of_day(after.groupdict())
            end = after.end()
        if hour is None:
            # The clock's colon is the last one before the date (no later character of
            # the pattern is a colon) and its hour has at most two digits: the search starts
            # there, not at every character of a long text.
            colon = text.rfind(":", 0, match.start())
            before = (
                _TIME_BEFORE.search(text, max(0, colon - 2), match.start()) if colon >= 0 else None
            )
            if before:
                hour, minute, second = time_of_day(before.groupdict())
        value = datetime(year, month, day, hour or 0, minute or 0, second or 0)
    except ImpossibleDate:
        raise
    except (ValueError, KeyError, OverflowError):
        return None
    if not 1990 <= value.year <= 2100:
        return None
    offset = groups.get("tz")
    if offset:
        value = value.replace(tzinfo=_offset(offset))
    return DateMatch(value, hour is not None, match.start(), end)


def time_of_day(groups: dict[str, str | None]) -> tuple[int | None, int | None, int | None]:
    """Hour, minute and second from a match's ``hour``/``minute``/``second``/``ampm``
    groups (12-hour clocks in Latin, Persian and Arabic read as 24-hour); Nones without an
    hour. Raises ValueError for a time of day that does not exist."""
    if not groups.get("hour"):
        return None, None, None
    hour = int(groups["hour"] or 0)
    minute = int(groups["minute"] or 0)
    second = int(groups.get("second") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    ampm = {"오후": "pm", "下午": "pm", "오전": "am", "上午": "am"}.get(
        groups.get("meridiem") or "", ampm
    )
    if ampm in _AFTERNOON and hour < 12:
        hour += 12
    elif ampm in _MORNING and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError("not a time of day")
    return hour, minute, second


def _offset(text: str) -> tzinfo:
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


@lru_cache(maxsize=4096)
def _jalali_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    gregorian = jalali_to_gregorian(year, month, day)
    return gregorian.year, gregorian.month, gregorian.day


def _dateparser_fallback(text: str, languages: tuple[str, ...]) -> DateMatch | None:
    if any(lang == "fa" for lang in languages):
        from dateparser.calendars.jalali import JalaliCalendar

        try:
            jalali = JalaliCalendar(text).get_date()
        except (ValueError, TypeError, KeyError):
            jalali = None
        if jalali and jalali.date_obj:
            return DateMatch(jalali.date_obj.replace(tzinfo=None), False, 0, len(text))
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        value = dateparser.parse(text, languages=list(languages) or None, settings=settings)
    except (ValueError, TypeError, OverflowError, KeyError, AttributeError):
        return None
    if value is None or not 1990 <= value.year <= 2100:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return DateMatch(value, has_time, 0, len(text))


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    """A time zone by IANA name, cached (ZoneInfo lookups touch the disk)."""
    return ZoneInfo(name)


def localize(value: datetime, tz_name: str | None) -> datetime:
    """Attach the site's zone to a naive datetime; aware ones keep their own offset."""
    if value.tzinfo is not None or tz_name is None:
        return value
    return value.replace(tzinfo=zone(tz_name))
