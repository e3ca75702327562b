"""Where an HTML page's publication date is found: JSON-LD, meta tags, ``<time>``, markup."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from lxml.etree import _Element as Element

from newsclean.dates import find_date
from newsclean.html.date_htmldate import htmldate_day
from newsclean.html.date_printed import printed_date
from newsclean.html.jsonld import as_text
from newsclean.html.meta import MetaTags
from newsclean.urldates import date_from_url, plausible_day

# Meta keys that carry the first publication date, most trustworthy first.
PUBLISHED_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "article_date_original",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "date",
    "og:published_time",
    "cxenseparse:recs:publishtime",
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "last-modified",
)


def _parse(value: str | None, languages: tuple[str, ...]) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):
        # Unix epoch seconds or milliseconds.
        from datetime import timezone

        try:
            stamp = datetime.fromtimestamp(int(value[:10]), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return stamp if plausible_day(stamp.date()) else None
    found = find_date(value[:120], languages=languages)
    # A date in the future or before news was on the web is a template's or a typo.
    return found.value if found and plausible_day(found.value.date()) else None


def find_published(
    article: dict[str, Any] | None,
    meta: MetaTags,
    root: Element,
    languages: tuple[str, ...] = (),
) -> datetime | None:
    """The publication date with its time and offset when the page gives them."""
    candidates: list[str | None] = []
    if article:
        candidates.append(as_text(article.get("datePublished")))
        candidates.append(as_text(article.get("dateCreated")))
    candidates.extend(meta.first(key) for key in PUBLISHED_META_KEYS[:21])
    for value in candidates:
        parsed = _parse(value, languages)
        if parsed:
            return parsed
    parsed = _from_markup(root, languages)
    if parsed:
        return parsed
    if article:
        parsed = _parse(as_text(article.get("dateModified")), languages)
        if parsed:
            return parsed
    for key in PUBLISHED_META_KEYS[21:]:
        parsed = _parse(meta.first(key), languages)
        if parsed:
            return parsed
    return None


def _from_markup(root: Element, languages: tuple[str, ...]) -> datetime | None:
    """``itemprop=datePublished`` anywhere, then the first ``<time>`` in the body."""
    for element in root.iterfind(".//*[@itemprop='datePublished']"):
        parsed = _parse(
            element.get("datetime") or element.get("content") or "".join(element.itertext()),
            languages,
        )
        if parsed:
            return parsed
    body = root.find("body")
    if body is None:
        return None
    for time_element in body.iter("time"):
        value = time_element.get("datetime") or "".join(time_element.itertext())
        parsed = _parse(value, languages)
        if parsed:
            return parsed
    return None


def settle_date(
    first: datetime | None,
    body: Element,
    root: Element,
    url: str | None,
    languages: tuple[str, ...],
) -> datetime | date | None:
    """The publication date, given ``first`` (metadata's, or a date line's) and the page's
    other witnesses: a date printed in date-named markup, the URL's day, htmldate.

    Metadata wins unless two other witnesses agree against it: the URL's day confirmed by
    the page (a UTC timestamp past midnight names the next day; the URL keeps the local
    one), or the printed date confirmed by htmldate. htmldate runs only on the pages that
    need its vote, so most pages never pay for it.
    """
    printed = printed_date(body, languages)
    url_day = date_from_url(url)
    if first is None:
        if printed is not None:
            return printed
        if url_day is not None:
            return url_day
        found = htmldate_day(root, url)
        # Alone, htmldate's 1 January is a year it read (a copyright line) padded to a day.
        return None if found is None or (found.month, found.day) == (1, 1) else found
    day = first.date()
    printed_day = printed.date() if printed is not None else None
    if url_day is not None and url_day != day:
        if printed_day == url_day:
            return printed
        if htmldate_day(root, url) == url_day:
            return url_day
        return first
    if (
        printed is not None
        and printed_day != day
        and url_day is None
        and htmldate_day(root, url) == printed_day
    ):
        return printed
    return first
