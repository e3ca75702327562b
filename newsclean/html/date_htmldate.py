"""htmldate as the last reader of a page's date, for pages where our own rules find none.

htmldate (a dependency of trafilatura, and a runtime one of ours) knows a long catalogue of
CMS markup and weighs every date printed in the text; it runs only on the pages our own
readers leave undated, so its cost stays off the common path.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from lxml.etree import _Element as Element
from lxml.etree import tostring

from newsclean.urldates import EARLIEST, plausible_day

logging.getLogger("htmldate").setLevel(logging.ERROR)


def htmldate_day(root: Element, url: str | None = None) -> date | None:
    """The original publication day htmldate reads from ``root``, or None."""
    try:
        from htmldate import find_date
    except ImportError:  # an install without htmldate still parses, with fewer dates
        return None
    try:
        # htmldate reads lxml.html trees only; ours is a plain etree, so it gets the markup.
        markup = tostring(root, encoding="unicode")
        found = find_date(
            markup,
            url=url,
            original_date=True,
            extensive_search=True,
            outputformat="%Y-%m-%d",
            min_date=EARLIEST.isoformat(),
        )
    except Exception:  # htmldate must never turn a page into an error
        return None
    if not found:
        return None
    try:
        day = datetime.strptime(found, "%Y-%m-%d").date()
    except ValueError:
        return None
    return day if plausible_day(day) else None
