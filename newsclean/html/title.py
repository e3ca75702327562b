"""Choosing the headline among the page's titles, and removing ` | Site Name` suffixes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SEPARATORS = re.compile(r"\s+[|\-–—·»:•/]{1,2}\s+|\s*\|\s*|--")
_LETTERS = re.compile(r"[\W_]+")
_MAX_SITE_WORDS = 6


def _key(text: str) -> str:
    return _LETTERS.sub("", unicodedata.normalize("NFKC", text).casefold())


def _looks_like_site(part: str, site_keys: set[str]) -> bool:
    key = _key(part)
    if not key:
        return True
    for site in site_keys:
        if key == site or (len(site) >= 4 and (site in key or key in site)):
            return True
    # "example.com" style suffixes
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+\.[a-z]{2,6}(?:\.[a-z]{2})?", part.strip().lower()))


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a leading or trailing segment naming the site.

    >>> strip_site_name("Talks resume in Geneva | The Daily Planet", ["The Daily Planet"])
    'Talks resume in Geneva'
    >>> strip_site_name("Daily Planet: Talks resume", ["Daily Planet"])
    'Talks resume'
    >>> strip_site_name("Apple - the fruit", [])
    'Apple - the fruit'
    """
    title = " ".join(title.split())
    site_keys = {_key(name) for name in site_names if _key(name)}
    matches = list(_SEPARATORS.finditer(title))
    if not matches:
        return title
    # Trailing segments first (the common ` | Site` and ` - Section - Site` forms).
    for match in reversed(matches):
        tail = title[match.end() :]
        head = title[: match.start()]
        if len(head) >= 8 and len(tail.split()) <= _MAX_SITE_WORDS * 2:
            parts = [p for p in _SEPARATORS.split(tail) if p]
            if parts and _looks_like_site(parts[-1], site_keys):
                return _strip_trailing_sections(head, matches, site_keys)
    first = matches[0]
    head, tail = title[: first.start()], title[first.end() :]
    if len(tail) >= 8 and _looks_like_site(head, site_keys) and site_keys:
        return tail
    return title


def _strip_trailing_sections(head: str, _: list[re.Match[str]], site_keys: set[str]) -> str:
    # "Headline - Politics - Site": the section name before the site goes too, when short.
    inner = list(_SEPARATORS.finditer(head))
    if inner and site_keys:
        last = inner[-1]
        tail = head[last.end() :]
        if (
            len(tail.split()) <= 2
            and len(head[: last.start()]) >= 3 * len(tail)
            and "|" in last.group()
        ):
            return head[: last.start()].strip()
    return head.strip()


def same_text(first: str | None, second: str | None) -> bool:
    return bool(first and second) and _key(first or "") == _key(second or "")


def choose_headline(
    h1: str | None,
    jsonld: str | None,
    og: str | None,
    twitter: str | None,
    document: str | None,
    site_names: list[str],
) -> str | None:
    """The headline a reader sees: the page's ``<h1>`` when the metadata agrees with it,
    else the metadata title without its site-name suffix."""
    meta = [t for t in (jsonld, og, twitter, document) if t]
    stripped = [strip_site_name(t, site_names) for t in meta]
    if h1:
        for title in (*meta, *stripped):
            if same_text(h1, title):
                return h1
        # The metadata title is the h1 plus a site or section suffix the rules did not know.
        for title in meta:
            key, h1_key = _key(title), _key(h1)
            if len(h1_key) >= 12 and (key.startswith(h1_key) or key.endswith(h1_key)):
                return h1
    if jsonld:
        return strip_site_name(jsonld, site_names)
    if og:
        return strip_site_name(og, site_names)
    if h1:
        return h1
    for title in (twitter, document):
        if title:
            return strip_site_name(title, site_names)
    return None
