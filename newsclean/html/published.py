"""Where an HTML page's publication date is found: JSON-LD, meta tags, ``<time>``, markup."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from itertools import chain
from typing import Any

from lxml.etree import _Element as Element

from newsclean.dates import find_date, printed_days
from newsclean.html.jsonld import as_text
from newsclean.html.meta import MetaTags
from newsclean.html.tree import class_and_id

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

# Keys that date the page, not the article: CMSs fill them with the page's creation or last
# change (TYPO3's "date"); the article's own <time> outranks them.
_GENERIC = ("dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date")


def _parse(value: str | None, languages: tuple[str, ...]) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):
        # Unix epoch seconds or milliseconds.
        from datetime import timezone

        try:
            return datetime.fromtimestamp(int(value[:10]), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    found = find_date(value[:120], languages=languages)
    return found.value if found else None


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
    candidates.extend(meta.first(key) for key in PUBLISHED_META_KEYS[:21] if key not in _GENERIC)
    for at, value in enumerate(candidates):
        parsed = _parse(value, languages)
        if parsed:
            found = _in_local_time(parsed, candidates[at + 1 :], root, languages)
            return _as_printed(found, candidates[at + 1 :], meta, root, languages)
    parsed = _from_markup(root, languages) or _printed_by_headline(root, languages)
    if parsed:
        return _as_printed(parsed, [], meta, root, languages)
    for key in _GENERIC:
        parsed = _parse(meta.first(key), languages)
        if parsed:
            return _in_local_time(parsed, [], root, languages)
    if article:
        parsed = _parse(as_text(article.get("dateModified")), languages)
        if parsed:
            return parsed
    for key in PUBLISHED_META_KEYS[21:]:
        parsed = _parse(meta.first(key), languages)
        if parsed:
            return parsed
    return None


def _as_printed(
    found: datetime,
    later: list[str | None],
    meta: MetaTags,
    root: Element,
    languages: tuple[str, ...],
) -> datetime:
    """``found``, unless the page's other publication sources give another day and only
    that other day is printed in the page's text.

    Sources disagree when a CMS fills one field with the draft's creation and another with
    the day the story went out (JSON-LD ``2022-01-04`` where the meta tag and the page say
    6 January). The day the page shows its readers is the one they know the story by.
    """
    others: list[datetime] = []
    # Cheapest sources first, the tree's markup last and only when still needed: on most
    # pages a second source backs the first at once.
    sources = chain(later, (meta.first(key) for key in _GENERIC), _dated_markup_values(root))
    for value in sources:
        if not value:
            continue
        # Exact forms only: a source dateparser alone could read is no witness.
        parsed = find_date(value.strip()[:120], languages=languages, fallback=False)
        if parsed is None:
            continue
        if parsed.value.date() == found.date():
            return found  # another source backs the first choice
        if parsed.has_time:
            others.append(parsed.value)
    if not others:
        return found
    body = root.find("body")
    printed = printed_days(" ".join(body.itertext())) if body is not None else set()
    if found.date() in printed:
        return found
    return next((other for other in others if other.date() in printed), found)


def _dated_markup_values(root: Element) -> Iterator[str]:
    """The dates the article's markup gives, read only as far as they are asked for:
    ``itemprop=datePublished``, then the body's first ``<time>`` not about another item."""
    for element in root.iterfind(".//*[@itemprop='datePublished']"):
        yield _markup_value(element)
    body = root.find("body")
    if body is not None:
        first_time = next(_article_times(body), None)
        if first_time is not None:
            yield _markup_value(first_time)


def _article_times(body: Element) -> Iterator[Element]:
    """The body's ``<time>`` elements that date the article, not another item."""
    return (t for t in body.iter("time") if not _about_other_items(t, body))


# How far from the headline a dateline stands: a few sibling blocks (share buttons, a
# kicker, the byline between), each short.
_DATELINE_SIBLINGS = 3
_MAX_DATELINE_BLOCK_CHARS = 150


def _printed_by_headline(root: Element, languages: tuple[str, ...]) -> datetime | None:
    """The date printed in a short block beside the page's ``<h1>``, above or below it
    ("02.02.2022 10:16 Uhr - 1. Bundesliga" over the headline): where pages without
    metadata print the article's date. A wrapper holding only the headline is looked
    around as the headline."""
    body = root.find("body")
    if body is None:
        return None
    headline = next((h1 for h1 in body.iter("h1") if _headline_h1(h1)), None)
    if headline is None:
        return None
    anchor = headline
    parent = anchor.getparent()
    while parent is not None and parent is not body and len(parent) == 1:
        anchor, parent = parent, parent.getparent()
    before = list(anchor.itersiblings(preceding=True))[:_DATELINE_SIBLINGS]
    after = list(anchor.itersiblings())[:_DATELINE_SIBLINGS]
    for block in (*before, *after):
        if not isinstance(block.tag, str) or _about_other_items(block, body):
            continue
        if block.tag in _OTHER_ITEMS_TAGS or next(block.iter(*_OTHER_ITEMS_TAGS), None) is not None:
            continue  # an embedded post's or a sidebar's date
        text = " ".join("".join(block.itertext()).split())
        if 6 <= len(text) <= _MAX_DATELINE_BLOCK_CHARS:
            found = find_date(text, languages=languages, fallback=False)
            if found is not None:
                return found.value
    return None


def _headline_h1(h1: Element) -> bool:
    """An ``<h1>`` that holds a headline: not the site's logo (a link, in the page header),
    whose neighbour is the page's "today" date."""
    text = "".join(h1.itertext()).strip()
    if not text or any(a.tag in {"header", "nav"} for a in h1.iterancestors()):
        return False
    linked = "".join("".join(a.itertext()) for a in h1.iter("a")).strip()
    return linked != text


def _markup_value(element: Element) -> str:
    return element.get("datetime") or element.get("content") or "".join(element.itertext())


def _from_markup(root: Element, languages: tuple[str, ...]) -> datetime | None:
    """``itemprop=datePublished`` anywhere, then the first ``<time>`` in the body."""
    for element in root.iterfind(".//*[@itemprop='datePublished']"):
        parsed = _parse(_markup_value(element), languages)
        if parsed:
            return parsed
    body = root.find("body")
    if body is None:
        return None
    for time_element in _article_times(body):
        value = time_element.get("datetime") or "".join(time_element.itertext())
        parsed = _parse(value, languages)
        if parsed:
            return parsed
    return None


def _in_local_time(
    found: datetime, others: list[str | None], root: Element, languages: tuple[str, ...]
) -> datetime:
    """``found``, or the same instant as another source prints it in the newsroom's zone.

    JSON-LD often gives the instant in UTC (``2017-02-24T01:18:13Z``) where a meta tag or
    the page's own ``<time datetime>`` prints it with the site's offset
    (``2017-02-23T17:18:13-08:00``): the day the site printed is the local one.
    """
    offset = found.utcoffset()
    if offset is None or offset:
        return found
    body = root.find("body")
    # The page's <time> elements are read only when no other source prints the instant.
    printed = () if body is None else (t.get("datetime") for t in body.iter("time"))
    for value in chain(others, printed):
        if not value or value[-6:-5] not in "+-" or value.endswith(("+00:00", "-00:00")):
            continue  # only a value that prints an offset other than zero can be local
        other = _parse(value, languages)
        if other is not None and other.utcoffset() and other == found:
            return other
    return found


# Where a page prints other items' dates: lists of other stories, sidebars, comments.
_OTHER_ITEMS = re.compile(
    r"related|recommend|teaser|sidebar|widget|popular|trending|most-?read|comment|footer",
    re.I,
)
_OTHER_ITEMS_TAGS = frozenset({"aside", "nav", "footer", "blockquote"})


def _about_other_items(element: Element, body: Element) -> bool:
    """The ``<time>`` stands in a list of other stories, a sidebar or a comment: it dates
    another item, not the page."""
    for ancestor in element.iterancestors():
        if ancestor is body:
            return False
        if ancestor.tag in _OTHER_ITEMS_TAGS or _OTHER_ITEMS.search(class_and_id(ancestor)):
            return True
    return False
