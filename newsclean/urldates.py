"""The publication day a URL carries in its path: ``/2019/10/16/``, ``/2019-10-16-slug``, ``/20191016/``.

Many CMSs file an article under the day it was first published, so the path names the
original date even when the page prints only its last update. Only whole days are read: a
path with a year and month alone (``/2019/10/slug``) says nothing of the day.

>>> url_date("https://example.org/news/2019/10/16/harbour-reopens")
datetime.date(2019, 10, 16)
>>> url_date("https://example.org/2023-11-02/storm.html")
datetime.date(2023, 11, 2)
>>> url_date("https://example.org/archive/20191016_harbour")
datetime.date(2019, 10, 16)
>>> url_date("https://example.org/2019/10/harbour") is None
True
>>> url_date("https://example.org/item/12345678901") is None
True
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

# No news site published on the web before this year; a path "date" earlier is an id.
MIN_YEAR = 1995

# Year, month and day as path parts or joined by '-', '_' or '.' inside one part (mixed too:
# ``/2012-06/04/``); or eight
# digits standing alone between separators (not inside a longer number: an id).
_SEPARATED = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[/_.-](1[0-2]|0?[1-9])[/_.-](3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)
_JOINED = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])(?![0-9])"
)


def url_date(url: str | None, *, today: date | None = None) -> date | None:
    """The day in ``url``'s path (and query), or None; never a day after ``today``."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    # The host is left out: a digit run in a host name is no date.
    where = parts.path + ("?" + parts.query if parts.query else "")
    latest = today or date.today()
    for pattern in (_SEPARATED, _JOINED):
        for match in pattern.finditer(where):
            year, month, day = match.groups()
            try:
                found = date(int(year), int(month), int(day))
            except ValueError:
                continue
            if found.year >= MIN_YEAR and found <= latest:
                return found
    return None
