"""Choosing the headline among the page's titles, and removing ` | Site Name` suffixes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SEPARATORS = re.compile(r"\s+[|\-–—·»:•/]{1,2}\s+|\s*[|｜：]\s*|--")
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
    >>> strip_site_name("Talks resume in Geneva | Politics | Daily Planet", ["Daily Planet"])
    'Talks resume in Geneva'
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
            and len(head[: last.start()]) >= 2 * len(tail)
            and "|" in last.group()
        ):
            return head[: last.start()].strip()
    return head.strip()


def same_text(first: str | None, second: str | None) -> bool:
    return bool(first and second) and _key(first or "") == _key(second or "")


_KICKER_SEPARATOR = re.compile(r"(?::|\s[-–—|/])\s+")


def _common_tail(first: str, second: str) -> str | None:
    """The headline two titles share after different kickers
    (``"Kicker A: Headline"`` and ``"Kicker B - Headline"`` → ``"Headline"``)."""
    first_match = _KICKER_SEPARATOR.search(first)
    second_match = _KICKER_SEPARATOR.search(second)
    if not first_match or not second_match:
        return None
    tail = first[first_match.end() :]
    longest = max(len(first), len(second))
    if len(tail) >= 0.6 * longest and _key(tail) == _key(second[second_match.end() :]):
        return tail
    return None


def choose_headline(
    h1: str | None,
    jsonld: str | None,
    og: str | None,
    twitter: str | None,
    document: str | None,
    site_names: list[str],
) -> str | None:
    """The headline as the publisher states it in its metadata (OpenGraph, then JSON-LD),
    without site-name suffixes; the page's ``<h1>`` settles suffixes the rules do not know
    (the metadata title is the h1 plus ``" - Section"``) and kickers (both titles end in the
    same headline after different ``"Kicker: "`` prefixes)."""
    primary = next(
        (strip_site_name(title, site_names) for title in (og, jsonld, twitter) if title), None
    )
    if primary is None:
        if h1:
            return h1
        return strip_site_name(document, site_names) if document else None
    if not h1 or same_text(h1, primary):
        return primary
    h1_key, primary_key = _key(h1), _key(primary)
    if len(h1_key) >= 12 and primary_key.startswith(h1_key):
        return h1
    # "Section | Headline": a leading bar-separated segment is a section, not a kicker.
    bar = primary.rfind("|")
    if bar > 0 and _key(primary[bar + 1 :]) == h1_key:
        return h1
    shared = _common_tail(primary, h1)
    return shared or primary
