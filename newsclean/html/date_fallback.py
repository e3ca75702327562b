"""The publication day of a page whose metadata and markup name none: its URL, then htmldate.

Our own readers (`newsclean.html.published`) take the structured sources: JSON-LD, meta tags,
``itemprop``, ``<time>``; they give the time and offset too. About one page in five of the
open web has none of them (blogs, institutions, older CMSs): the date is then printed in
free text ("Posted on 12. März 2019"), in class-named elements, or carried by the URL.
htmldate (by trafilatura's author, kept up to date with the web's date habits) reads all of
those with bounds for plausible dates; writing its catalogue again would be the same code
with fewer years of fixes, so it is called here, only where our readers found nothing, and
only on the page's own text: it fetches nothing.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from newsclean.urldates import url_date

# htmldate logs each miss at warning level: a batch run over thousands of pages is no place
# for that (a record's `no_date` problem says it instead).
logging.getLogger("htmldate").setLevel(logging.ERROR)


def agree_with_url(
    published: datetime, urls: tuple[str | None, ...], *, today: date | None = None
) -> datetime:
    """``published``, unless a URL files the page under another day: then that day.

    A CMS names the path after the day it first published the story, in the newsroom's own
    time zone; metadata often prints the instant in UTC (``2023-11-09T01:49Z`` for an
    evening story of 8 November in California) or the day of an update. Where the two
    disagree, the path's day is the one the site itself printed for the story.
    """
    for url in urls:
        day = url_date(url, today=today)
        if day is not None:
            if published.date() == day or not _url_day_explained(published, day):
                return published
            return datetime(day.year, day.month, day.day)
    return published


# The UTC offsets of the zones newsrooms print in: Hawaii's to the Line Islands'.
_WESTMOST_OFFSET = timedelta(hours=-10)
_EASTMOST_OFFSET = timedelta(hours=14)


def _url_day_explained(published: datetime, day: date) -> bool:
    """Whether the URL's ``day`` may be the one the site filed ``published`` under.

    A day a real time zone gives the instant is (an evening story in UTC); so is an earlier
    day more than one day off (the metadata dates an update, the path the original). A day
    that only an impossible zone would give (``2020-07-09T10:04Z`` filed under 8 July, when
    no newsroom stands ten hours behind UTC) dates the draft, not the story: the metadata
    stands. Without an offset the instant's zone is unknown and the URL decides.
    """
    offset = published.utcoffset()
    if offset is None:
        return True
    instant = published.replace(tzinfo=None) - offset
    if (instant + _WESTMOST_OFFSET).date() <= day <= (instant + _EASTMOST_OFFSET).date():
        return True
    return day < published.date() - timedelta(days=1)


def fallback_published(
    page: str, urls: tuple[str | None, ...], *, today: date | None = None
) -> datetime | None:
    """The day one of ``urls`` (the page's canonical one, the fetched one) or the page's text
    prints, as a naive midnight ``datetime``; or None."""
    latest = today or date.today()
    for url in urls:
        from_url = url_date(url, today=latest)
        if from_url is not None:
            return datetime(from_url.year, from_url.month, from_url.day)
    found = _htmldate(page, next(filter(None, urls), None), latest)
    return datetime(found.year, found.month, found.day) if found else None


def _htmldate(page: str, url: str | None, latest: date) -> date | None:
    try:
        from htmldate import find_date
    except ImportError:  # an install without it still parses; pages just date less often
        return None
    try:
        text = find_date(
            page,
            url=url,
            original_date=True,
            extensive_search=True,
            outputformat="%Y-%m-%d",
            max_date=latest.isoformat(),
        )
    except (ValueError, TypeError, OverflowError):
        return None
    if not text:
        return None
    try:
        found = date.fromisoformat(text)
    except ValueError:
        return None
    # A bare year ("© 2024", "since 1998") comes back as its 1 January: no day was printed.
    return None if (found.month, found.day) == (1, 1) else found
