"""Dates a page prints relative to when it was fetched: "3 hours ago", "vor 14 Minuten",
"gestern, 14:30", "heute um 12:19", "il y a 2 jours", "3時間前".

Such a date names a day only with the fetch time beside it, which a crawl record carries
(WARC-Date) and a bare dump does not: `newsclean.parse(..., fetched=...)` passes it in.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

# The unit words, by the timedelta argument they stand for; singular and plural forms, in
# English, German, French, Spanish, Italian, Portuguese, Dutch, the Nordic languages,
# Turkish, Russian, Arabic, Persian, and the CJK counters.
_UNITS: dict[str, str] = {
    "seconds": (
        "seconds?|secs?|sekunden?|secondes?|segundos?|secondi|seconden|sekunder|saniye|"
        "секунд[уы]?|ثوان|ثانية|ثانیه|秒|초"
    ),
    "minutes": (
        "minutes?|mins?|minuten?|minutos?|minuti|minutter|minuter|dakika|"
        "минут[уы]?|دقائق|دقيقة|دقیقه|分钟?|分|분"
    ),
    "hours": (
        "hours?|hrs?|stunden?|heures?|horas?|ore|ora|uur|timer?|timmar|timme|saat|"
        "час(?:а|ов)?|ساعات|ساعة|ساعت|小时|時間|시간"
    ),
    "days": (
        "days?|tage?n?|jours?|días?|dias?|giorni|giorno|dagen?|dager|dagar|gün|"
        "дн(?:я|ей)|день|أيام|يوم|روز|天|日|일"
    ),
    "weeks": (
        "weeks?|wochen?|semaines?|semanas?|settimane|settimana|weken|week|uker|veckor|"
        "hafta|недел[юьи]|أسابيع|أسبوع|هفته|周|週間|주"
    ),
}
_UNIT_PATTERN = "|".join(f"(?P<{name}>{words})" for name, words in _UNITS.items())
_NUMBER = r"(?P<count>\d{1,3}|an?|one|einer?|einem|un[ea]?)"
# "3 hours ago", "vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "3 ore fa", "há 3 horas",
# "3 uur geleden", "3 timer siden", "3 saat önce", "3 часа назад", "منذ 3 ساعات",
# "3 ساعت پیش", "3時間前", "3시간 전".
_AGO = re.compile(rf"\b{_NUMBER}\s*(?:{_UNIT_PATTERN})(?:(?![^\W\d_])|(?=[前전]))", re.I)
_BEFORE_WORDS = re.compile(r"\b(?:vor|il y a|hace|há|for|för)\s*$|منذ\s*$", re.I)
_AFTER_WORDS = re.compile(r"\s*(?:ago|fa|geleden|siden|sedan|önce|назад|پیش|前|전)", re.I)
_ONE = frozenset({"a", "an", "one", "ein", "eine", "einer", "einem", "un", "une", "una"})
# "yesterday", "today", with a time of day or without.
_DAY_WORDS = re.compile(
    r"\b(?P<word>yesterday|today|gestern|heute|hier|aujourd'hui|aujourd’hui|ayer|hoy|ieri|"
    r"oggi|ontem|hoje|gisteren|vandaag|i går|i dag|igår|idag|dün|bugün|вчера|сегодня)\b"
    r"(?:\D{0,12}?(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d))?",
    re.I,
)
_YESTERDAY = frozenset(
    {
        "yesterday",
        "gestern",
        "hier",
        "ayer",
        "ieri",
        "ontem",
        "gisteren",
        "i går",
        "igår",
        "dün",
        "вчера",
    }
)
# A line saying how old the story is is short: a longer one is a sentence that mentions time.
MAX_AGE_LINE_CHARS = 60


def age_date(text: str, fetched: datetime) -> datetime | None:
    """The time ``text`` dates relative to ``fetched``, where ``text`` is a short line that
    says how old the story is; None for other lines.

    >>> fetched = datetime(2024, 4, 26, 15, 37)
    >>> age_date("vor 14 Minuten", fetched), age_date("3 hours ago", fetched)
    (datetime.datetime(2024, 4, 26, 15, 23), datetime.datetime(2024, 4, 26, 12, 37))
    >>> age_date("Aktualisiert gestern, 14:30", fetched)
    datetime.datetime(2024, 4, 25, 14, 30)
    >>> age_date("2 days ago", fetched).date(), age_date("3時間前", fetched).hour
    (datetime.date(2024, 4, 24), 12)
    >>> age_date("The storm hit three days ago and the village is still cut off", fetched)
    """
    if len(text) > MAX_AGE_LINE_CHARS or not text.strip():
        return None
    ago = _AGO.search(text)
    if ago is not None and _says_ago(text, ago):
        count = ago["count"].casefold()
        number = 1 if count in _ONE else int(count)
        unit = next(name for name in _UNITS if ago[name])
        aged = fetched - timedelta(**{unit: number})
        # To the minute; "2 days ago" names a day, not a time of it.
        if unit in ("days", "weeks"):
            return aged.replace(hour=0, minute=0, second=0, microsecond=0)
        return aged.replace(second=0, microsecond=0)
    day = _DAY_WORDS.search(text)
    if day is None:
        return None
    date = fetched - timedelta(days=1) if day["word"].casefold() in _YESTERDAY else fetched
    if day["hour"] is None:
        return date.replace(hour=0, minute=0, second=0, microsecond=0)
    return date.replace(hour=int(day["hour"]), minute=int(day["minute"]), second=0, microsecond=0)


def _says_ago(text: str, match: re.Match[str]) -> bool:
    """A count of units is an age only with the word for "ago" before or after it."""
    return (
        _BEFORE_WORDS.search(text, 0, match.start("count")) is not None
        or _AFTER_WORDS.match(text, match.end()) is not None
    )
