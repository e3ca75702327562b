"""Where an HTML page's publication date is found: JSON-LD, meta tags, ``<time>``, markup."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import chain, islice
from typing import Any

from lxml.etree import XPath
from lxml.etree import _Element as Element

from newsclean.dates import DateMatch, find_date, parse_date_line, printed_days
from newsclean.html.jsonld import as_text
from newsclean.html.meta import MetaTags
from newsclean.html.tree import class_and_id, text_content

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
            found = _as_printed(found, candidates[at + 1 :], meta, root, languages)
            found = _as_headline_prints(found, root, languages)
            return _as_printed_change(found, _modified_values(article, meta), root, languages)
    parsed = _from_markup(root, languages)
    if parsed:
        parsed = _as_printed(parsed, [], meta, root, languages)
        return _as_headline_prints(parsed, root, languages)
    dateline = _printed_by_headline(root, languages)
    if dateline:
        return _as_printed(dateline.value, [], meta, root, languages)
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
    printed = _days_printed(root)
    if found.date() in printed:
        return found
    return next((other for other in others if other.date() in printed), found)


def _modified_values(article: dict[str, Any] | None, meta: MetaTags) -> list[str | None]:
    """The page's last-change dates, JSON-LD's first."""
    first = [as_text(article.get("dateModified"))] if article else []
    return first + [meta.first(key) for key in PUBLISHED_META_KEYS[21:]]


def _as_printed_change(
    found: datetime, modified: list[str | None], root: Element, languages: tuple[str, ...]
) -> datetime:
    """``found``, unless its day is printed nowhere and a later last change's day is
    printed as the page's own date, with no update label before it: then that change.

    A CMS that republishes a story keeps the first draft's date in its metadata and shows
    readers only the day it went out again ("04 de mayo 2022" under the byline). A date
    printed as an update ("Updated Mar 12", "last edited on") stays an update.
    """
    # Exact forms only, and days, not instants: one source may give an offset, the other none.
    parsed = (
        find_date(v.strip()[:120], languages=languages, fallback=False) for v in modified if v
    )
    changes = [c.value for c in parsed if c is not None and c.value.date() > found.date()]
    if not changes:
        return found
    printed, unlabelled = _days_printed_in_years(root, {found.year, *(c.year for c in changes)})
    if found.date() in printed:
        return found
    return next((change for change in changes if change.date() in unlabelled), found)


def _days_printed_in_years(root: Element, years: set[int]) -> tuple[set[date], set[date]]:
    """The days of ``years`` the body's visible text prints, and those of them it prints
    as its own: outside other items (quotes, embedded posts, sidebars) and not after the
    words of a change. Only text naming one of the years is read: the rest prints none."""
    body = root.find("body")
    printed: set[date] = set()
    unlabelled: set[date] = set()
    if body is None:
        return printed, unlabelled
    marks = tuple(str(year) for year in years)
    previous = ""
    for node in _VISIBLE_TEXT(body):
        if any(mark in node for mark in marks):
            text = " ".join(node.split())
            days = printed_days(text)
            printed |= days
            owner = node.getparent()
            # The label may stand in the node before ("Updated:" in its own <span>).
            labelled = _CHANGE.search(f"{previous[-40:]} {text}")
            if days and not labelled and owner is not None and not _other_item(owner, body):
                unlabelled |= days
        if not node.isspace():
            previous = node.strip()
    return printed, unlabelled


def _as_headline_prints(found: datetime, root: Element, languages: tuple[str, ...]) -> datetime:
    """``found``, unless the page prints another date beside its headline and ``found``'s
    day nowhere in its text: then the printed one.

    Metadata keeps the day a story was first saved (a draft, a post moved from an old
    site) or an instant in UTC that is already the next day where the site stands; the
    day printed under the headline is the one its readers see, in the site's own zone.
    """
    printed = _printed_by_headline(root, languages)
    if printed is None or printed.value.date() == found.date():
        return found
    if _bare_day_beside_instant(printed, found):
        return found
    if found.date() in _days_printed(root):
        return found
    return printed.value


def _days_printed(root: Element) -> set[date]:
    """Every day the body's visible text prints (scripts' text, often larger than the
    page's, prints nothing a reader sees)."""
    body = root.find("body")
    return set() if body is None else printed_days(" ".join(_VISIBLE_TEXT(body)))


_VISIBLE_TEXT = XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)]"
)


def _bare_day_beside_instant(printed: DateMatch, found: datetime) -> bool:
    """A day printed without a time, next to the instant's own day: a print issue's
    (dated the morning after), or the day some zone gives the instant. It cannot tell
    which day the instant's site printed."""
    near = abs(printed.value.date() - found.date()) <= timedelta(days=1)
    return near and found.tzinfo is not None and not printed.has_time


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
    return (
        t
        for t in body.iter("time")
        if not _about_other_items(t, body) and not _in_site_header(t, body)
    )


def _in_site_header(element: Element, body: Element) -> bool:
    """The element stands in the site's own header (a ``<header>`` outside any article and
    holding no headline): its ``<time>`` prints today's date, not the story's."""
    for ancestor in element.iterancestors():
        if ancestor is body or ancestor.tag in ("article", "main"):
            return False
        if ancestor.tag == "header":
            return next(ancestor.iter("h1", "h2"), None) is None and not any(
                a.tag in ("article", "main") for a in ancestor.iterancestors()
            )
    return False


# How far from the headline a dateline stands: a few sibling blocks (share buttons, a
# kicker, the byline between), each short.
_DATELINE_SIBLINGS = 3
_MAX_DATELINE_BLOCK_CHARS = 150


def _printed_by_headline(root: Element, languages: tuple[str, ...]) -> DateMatch | None:
    """The date printed in a short block beside the page's ``<h1>``, above or below it
    ("02.02.2022 10:16 Uhr - 1. Bundesliga" over the headline): where pages without
    metadata print the article's date. A wrapper holding only the headline is looked
    around as the headline."""
    body = root.find("body")
    if body is None:
        return None
    headline = next((h1 for h1 in body.iter("h1") if _headline_h1(h1)), None)
    if headline is None:
        headline = _titled_heading(root, body)
    if headline is None:
        return None
    anchor = headline
    parent = anchor.getparent()
    while parent is not None and parent is not body and len(parent) == 1:
        anchor, parent = parent, parent.getparent()
    before = islice(anchor.itersiblings(preceding=True), _DATELINE_SIBLINGS)
    after = islice(anchor.itersiblings(), _DATELINE_SIBLINGS)
    for block in chain(before, after):
        if not isinstance(block.tag, str):
            continue
        # The text first: most blocks beside a headline are too long, and the subtree
        # checks below walk the whole block.
        text = _before_update(_short_block_text(block))
        if text is None or len(text) < 6:
            continue
        if _about_other_items(block, body) or block.tag in _OTHER_ITEMS_TAGS:
            continue
        if next(block.iter(*_OTHER_ITEMS_TAGS), None) is not None:
            continue  # an embedded post's or a sidebar's date
        if next(block.iter(*_PICTURES), None) is not None:
            continue  # a caption dates the picture
        found = find_date(text, languages=languages, fallback=False)
        if found is not None:
            return found
    return _printed_after(headline, body, languages)


def _short_block_text(block: Element) -> str | None:
    """The block's text, whitespace collapsed, or None when it is longer than a dateline
    block; stops reading once the letters alone are too many."""
    pieces = []
    letters = 0
    for piece in block.itertext():
        letters += len("".join(piece.split()))
        if letters > _MAX_DATELINE_BLOCK_CHARS:
            return None
        pieces.append(piece)
    text = " ".join("".join(pieces).split())
    return text if len(text) <= _MAX_DATELINE_BLOCK_CHARS else None


def _before_update(text: str | None) -> str | None:
    """The text before the words of a last change: the first publication's date where a
    block prints both ("January 19, 2020 / 12:25 PM / Updated 8 hours ago")."""
    if text is None:
        return None
    update = _UPDATE.search(text)
    return text if update is None else text[: update.start()]


# How much text may stand between the headline and the date printed under it: a kicker,
# a standfirst, the author's name, a category.
_AFTER_HEADLINE_CHARS = 300
# Where a short text is no dateline: a picture's caption dates the picture.
_PICTURES = ("figure", "figcaption")
_NOT_DATELINES = frozenset({"script", "style", "noscript", "template", *_PICTURES})
# The words of a last change, in the date's text or the label before it ("Last Updated:
# January 7, 2025", "Aktualisiert: 11.04.2020").
_UPDATE = re.compile(
    r"updated|modified|aktualisiert|geändert|änderung|mis à jour|actualizado|aggiornato", re.I
)
# The words of a change, edits and revisions too: a day printed after them is no first one.
_CHANGE = re.compile(rf"{_UPDATE.pattern}|edited|bearbeitet|revision", re.I)


def _printed_after(
    headline: Element, body: Element, languages: tuple[str, ...]
) -> DateMatch | None:
    """The first short text after the headline, in reading order and within a few lines of
    it, that is essentially a date, and not one labelled as the last change: where pages
    print the date in a block of their own ("Familie | 17/02/2022" under the title)."""
    seen = 0
    previous = ""
    for text, owner in _texts_after(headline):
        text = " ".join(text.split())
        if not text:
            continue
        if len(text) <= _MAX_DATELINE_TEXT_CHARS and not _UPDATE.search(f"{previous} {text}"):
            found = parse_date_line(text, languages=languages, fallback=False)
            if found is not None and _dates_the_page(owner, body):
                return found
        elif len(text) > _MAX_DATELINE_TEXT_CHARS:
            found = _opening_dateline(text, languages)
            if found is not None and _dates_the_page(owner, body):
                return found
        seen += len(text)
        if seen > _AFTER_HEADLINE_CHARS:
            return None
        previous = text
    return None


_MAX_DATELINE_TEXT_CHARS = 80
# "Karlsruhe, (12.11.2021). Traditionell ...", "29.11.2022 – Mehrfach ...": a paragraph that
# opens with its date (after a place name) and a stop or dash, as press releases print it.
_PLACE = re.compile(r"(?:[^\W\d][\w .'/-]{1,40},\s*)?\(?")
_AFTER_DATELINE = re.compile(r"\)?\s*[.:–—-]\s")


def _opening_dateline(text: str, languages: tuple[str, ...]) -> DateMatch | None:
    """The date a paragraph opens with, after a place name at most."""
    found = find_date(text[:80], languages=languages, fallback=False)
    if found is None or not _PLACE.fullmatch(text[: found.start]):
        return None
    return found if _AFTER_DATELINE.match(text, found.end) else None


def _dates_the_page(owner: Element, body: Element) -> bool:
    """The text's element stands outside captions, other stories' lists and comments."""
    in_picture = any(a.tag in _NOT_DATELINES for a in owner.iterancestors())
    return not in_picture and not _about_other_items(owner, body)


def _texts_after(element: Element) -> Iterator[tuple[str, Element]]:
    """The text nodes after ``element`` in reading order, each with the element it stands in."""
    while element is not None:
        parent = element.getparent()
        if element.tail and parent is not None:
            yield element.tail, parent
        for sibling in element.itersiblings():
            yield from _texts_within(sibling)
        element = parent


def _texts_within(element: Element) -> Iterator[tuple[str, Element]]:
    if not isinstance(element.tag, str) or element.tag in _NOT_DATELINES:
        if element.tail and element.getparent() is not None:
            yield element.tail, element.getparent()
        return
    if element.text:
        yield element.text, element
    for child in element:
        yield from _texts_within(child)
    if element.tail and element.getparent() is not None:
        yield element.tail, element.getparent()


def _headline_h1(h1: Element) -> bool:
    """An ``<h1>`` that holds a headline: not the site's logo (a link, in the page header),
    whose neighbour is the page's "today" date."""
    text = text_content(h1).strip()
    if not text or any(a.tag in {"header", "nav"} for a in h1.iterancestors()):
        return False
    linked = "".join(text_content(a) for a in h1.iter("a")).strip()
    return linked != text


def _titled_heading(root: Element, body: Element) -> Element | None:
    """On a page whose only ``<h1>`` is the site's logo (or that has none), the ``<h2>``
    that prints the page's title: the headline its CMS set one level lower."""
    title = _collapsed(root.findtext("head/title") or "")
    if not title:
        return None
    for heading in body.iter("h2"):
        text = _collapsed("".join(heading.itertext()))
        if len(text) >= _MIN_TITLED_HEADING_CHARS and text in title and _headline_h1(heading):
            return heading
    return None


# A heading shorter than this ("News", "Politik") is a section's name, found in many titles.
_MIN_TITLED_HEADING_CHARS = 20


def _collapsed(text: str) -> str:
    """Whitespace collapsed and dashes made one, as a title and its heading may differ in
    them ("Kolumne – Über" in the title, "Kolumne - Über" on the page)."""
    return " ".join(text.translate(_DASHES).split())


_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-"})


def _markup_value(element: Element) -> str:
    return element.get("datetime") or element.get("content") or text_content(element)


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
        value = time_element.get("datetime") or text_content(time_element)
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
        names = class_and_id(ancestor)
        if _OTHER_ITEMS.search(names):
            return True
        if ancestor.tag in _OTHER_ITEMS_TAGS and not _ARTICLE_META.search(names):
            return True
    return False


# An <aside> named for the article's own details ("meta", "post-meta", "article-info"):
# themes set the date and author beside the story, not other stories.
_ARTICLE_META = re.compile(r"(?<![a-z])meta(?![a-z])|article-?info|post-?info", re.I)


def _other_item(element: Element, body: Element) -> bool:
    """The element is, or stands in, another item: a quote, an embedded post, a sidebar."""
    return element.tag in _OTHER_ITEMS_TAGS or _about_other_items(element, body)
