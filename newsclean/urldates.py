"""The publication day a URL path spells: ``/2019/10/16/``, ``/20191016/``, ``-2019-10-16-``.

Shared by the HTML and text paths: the URL is a fallback when the page prints no date and a
check on the one it prints. Only full days count (``/2019/10/`` names a month, not a day), and
only plausible ones (see ``plausible_day``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

# Year, month and day as path segments or joined by - _ . / in a slug, or as eight digits
# standing alone (``/20191016/``, ``-20191016-``). Never inside a longer run of digits: a
# story id like ``/1201910160423`` names no day.
_SEPARATED = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})[/_.\-](?P<m>0?[1-9]|1[0-2])[/_.\-](?P<d>0?[1-9]|[12]\d|3[01])(?![0-9])"
)
_JOINED = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])"
)

# No news site printed a page before the web carried news.
EARLIEST = date(1995, 1, 1)


def plausible_day(day: date, today: date | None = None) -> bool:
    """Neither before the web carried news nor after today (the crawl cannot see the future)."""
    return EARLIEST <= day <= (today or datetime.now(timezone.utc).date())


def date_from_url(url: str | None, today: date | None = None) -> date | None:
    """The day the URL's path spells, when it spells exactly one plausible day."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for pattern in (_SEPARATED, _JOINED):
        days = {_day(match) for match in pattern.finditer(path)}
        days.discard(None)
        if len(days) == 1:
            found = days.pop()
            if found is not None and plausible_day(found, today):
                return found
        if days:
            return None  # two different days: the path does not say which is the story's
    return None


def _day(match: re.Match[str]) -> date | None:
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
