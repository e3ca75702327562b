"""Choosing the headline among the page's titles, and removing ` | Site Name` suffixes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml.etree import _Element as Element

from newsclean.html.tree import text_of

# "ㅣ" (a lone Hangul vowel, never found inside composed Korean words) is the bar of Korean
# titles: "Headline-정치ㅣ한국일보".
_SEPARATORS = re.compile(r"\s+[|\-–—·»:•/]{1,2}\s+|\s*[|｜：ㅣ]\s*|--")
_LETTERS = re.compile(r"[\W_]+")
_MAX_SITE_WORDS = 6
# "Headline -": a separator the site's template writes before an empty site name (not a
# closing "»", which ends a French quote).
_DANGLING_SEPARATOR = re.compile(r"\s+[|\-–—·•]{1,2}$")
# "Headline | Site | by Ann Lee": a byline segment after the site name.
_BYLINE_SUFFIX = re.compile(r"\s+[|\-–—·]\s+by\s+[^|\-–—·]{2,40}$", re.IGNORECASE)


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


# Second-level labels under which sites register their name ("dailyplanet.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne"})
# Shorter domain names ("news", "bbc") are too common a word to match title segments by.
_MIN_DOMAIN_KEY = 6


def domain_name(url: str | None) -> str | None:
    """The name a site registers its domain under, as a site name for titles:
    ``"https://www.dailyplanet.co.uk/news/1"`` → ``"dailyplanet"``.

    >>> domain_name("https://www.dailyplanet.co.uk/news/1")
    'dailyplanet'
    >>> domain_name("https://news.com.au/story") is None
    True
    """
    match = re.match(r"https?://([^/:?#]+)", url or "")
    if not match:
        return None
    labels = match.group(1).lower().split(".")
    if len(labels) < 2:
        return None
    name = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    return name if len(_key(name)) >= _MIN_DOMAIN_KEY else None


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a leading or trailing segment naming the site.

    >>> strip_site_name("Talks resume in Geneva | The Daily Planet", ["The Daily Planet"])
    'Talks resume in Geneva'
    >>> strip_site_name("Talks resume in Geneva | Politics | Daily Planet", ["Daily Planet"])
    'Talks resume in Geneva'
    >>> strip_site_name("Apple - the fruit", [])
    'Apple - the fruit'
    >>> strip_site_name("Talks resume in Geneva | Daily Planet | by Ann Lee", ["Daily Planet"])
    'Talks resume in Geneva'
    """
    title = _BYLINE_SUFFIX.sub("", " ".join(title.split()))
    title = _DANGLING_SEPARATOR.sub("", title)
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


def shared_affixes(titles: Iterable[str | None]) -> list[str]:
    """The segment two different titles of the page both end with after a separator: the
    site's own suffix, learned from the page (``"A | CBC News"`` and ``"B | CBC News"`` →
    ``"CBC News"``), for sites whose metadata does not spell their name that way.

    >>> shared_affixes(["Talks resume | Planet News", "Why the talks matter | Planet News"])
    ['Planet News']
    """
    split = []
    for title in titles:
        if title:
            parts = [part for part in _SEPARATORS.split(" ".join(title.split())) if part]
            if len(parts) >= 2:
                split.append(parts)
    affixes: list[str] = []
    for index, first in enumerate(split):
        for second in split[index + 1 :]:
            affix = first[-1]
            heads = _key(" ".join(first[:-1])), _key(" ".join(second[:-1]))
            if (
                _key(affix)
                and _key(affix) == _key(second[-1])
                and heads[0] != heads[1]
                # Different headlines, not one headline with and without a kicker.
                and not heads[0].endswith(heads[1])
                and not heads[1].endswith(heads[0])
                and len(affix.split()) <= _MAX_SITE_WORDS // 2
                and affix not in affixes
            ):
                affixes.append(affix)
    return affixes


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


_MIN_PREFIX_KEY = 12
# Characters that end a headline ('…"', "…?") and belong to it, before a suffix.
_CLOSING = frozenset("\"'!?.…»」』")


def _leading_span(text: str, key: str) -> str | None:
    """The start of ``text`` whose letters are ``key``, with the closing punctuation that
    follows it (quotes, ``?``), in ``text``'s own spelling; None when ``text`` does not
    start with those letters."""
    consumed = ""
    end = 0
    for index, char in enumerate(text):
        consumed += _key(char)
        if len(consumed) >= len(key):
            end = index + 1
            break
    if consumed != key:
        return None
    while end < len(text) and _is_closing(text[end]):
        end += 1
    return text[:end].strip()


def _is_closing(char: str) -> bool:
    # Closing quotes and brackets, and sentence ends; not commas, which continue the title.
    # "Pi" too: German closes „quotes“ with U+201C, an "initial" quote in Unicode's terms.
    return unicodedata.category(char) in ("Pe", "Pf", "Pi") or char in _CLOSING


def _shorter_form(primary: str, candidates: tuple[str | None, ...], confirmed: bool) -> str | None:
    """``primary`` cut to the end of a shorter title that it starts with (the ``<h1>`` or
    JSON-LD headline when the metadata title carries a section, place or byline suffix the
    site-name rules do not know), kept in the metadata's own spelling. Not when ``confirmed``
    (OpenGraph and JSON-LD both carry the suffix): a suffix the publisher writes into two
    independent metadata titles belongs to the headline."""
    if confirmed:
        return None
    primary_key = _key(primary)
    for candidate in candidates:
        key = _key(candidate or "")
        if len(key) >= _MIN_PREFIX_KEY and key != primary_key and primary_key.startswith(key):
            return _leading_span(primary, key) or candidate
    return None


_ATTRIBUTE_QUOTES = "\"'"


def _uncut(title: str | None, document: str | None) -> str | None:
    """``title``, or the ``<title>`` that goes on with a quote right where it stops: a meta
    tag's ``content="… de "incapacitado""`` ends at the first unescaped quote, and a
    JSON-LD string at its own."""
    if not title or not document or len(document) <= len(title):
        return title
    cut = title.rstrip()
    if not document.startswith(cut):
        return title
    following = document[len(cut) :].lstrip()[:1]
    return document if following and following in _ATTRIBUTE_QUOTES else title


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
    (the metadata title is the h1 or the JSON-LD headline plus ``" - Section"``, cut there in
    the metadata's spelling) and kickers (both titles end in the same headline after
    different ``"Kicker: "`` prefixes). Suffixes the page's titles share after different
    headlines count as site names too."""
    site_names = [*site_names, *shared_affixes((og, twitter, document))]
    site_keys = {_key(name) for name in site_names}
    og, jsonld, twitter = (_uncut(title, document) for title in (og, jsonld, twitter))
    # An og:title that is only the site's name ("Daily Planet") names no article.
    primary = next(
        (
            stripped
            for stripped in (strip_site_name(t, site_names) for t in (og, jsonld, twitter) if t)
            if _key(stripped) and _key(stripped) not in site_keys
        ),
        None,
    )
    # JSON-LD alone may carry a <title>-style " | Section" suffix; with OpenGraph it confirms.
    confirmed = all(
        title and same_text(strip_site_name(title, site_names), primary) for title in (og, jsonld)
    )
    if h1 and _key(h1) in site_keys:
        h1 = None  # the site's logo set as the page's <h1>
    if primary is None:
        if h1:
            return h1
        return strip_site_name(document, site_names) if document else None
    if not h1:
        return _shorter_form(primary, (jsonld,), confirmed) or primary
    if same_text(h1, primary):
        return primary
    h1_key = _key(h1)
    shortened = _shorter_form(primary, (h1, jsonld), confirmed)
    if shortened:
        return shortened
    # "Section | Headline": a leading bar-separated segment is a section, not a kicker.
    bar = primary.rfind("|")
    if bar > 0 and _key(primary[bar + 1 :]) == h1_key:
        return h1
    if og is None and document and len(h1_key) >= 4 and _key(document).startswith(h1_key):
        # The JSON-LD headline stands alone against the <h1> and the <title> that opens
        # with it: two of the page's own statements outvote one (a JSON-LD "headline"
        # that is a description, an SEO line).
        return h1
    shared = _common_tail(primary, h1)
    return shared or primary


class PageHeadings(NamedTuple):
    """The page's first ``<h1>`` that may be its headline, and the name its logo prints."""

    headline: str | None
    logo: str | None


_MIN_H1_CHARS = 5
_MAX_H1_CHARS = 400
# An archived copy wraps every link in the archive's own address ("/web/2008…/http://…").
_ARCHIVE_PREFIX = re.compile(r"^(?:https?://web\.archive\.org)?/web/\d+[a-z_]*/", re.I)
_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/home"})


def page_headings(body: Element) -> PageHeadings:
    """The first ``<h1>`` of headline length that is not the site's logo, and the logo's
    text. Blog and CMS themes set the site's name as an ``<h1>`` linking to the home page
    above the post's own ``<h1>``: that first ``<h1>`` names the site, not the article.

    >>> from lxml import html
    >>> page = html.fromstring(
    ...     '<body><h1><a href="https://planet.example/">Planet Blog</a></h1>'
    ...     '<h1><a href="/2010/05/talks">Talks resume in Geneva</a></h1></body>')
    >>> page_headings(page)
    PageHeadings(headline='Talks resume in Geneva', logo='Planet Blog')
    """
    logo: str | None = None
    for h1 in body.iter("h1"):
        text = text_of(h1)
        if not _MIN_H1_CHARS <= len(text) <= _MAX_H1_CHARS:
            continue
        if logo is None and _links_home(h1, text):
            logo = text
            continue
        return PageHeadings(text, logo)
    return PageHeadings(None, logo)


def _links_home(h1: Element, text: str) -> bool:
    """Whether all of the ``<h1>``'s text is a link to the site's home page (a link inside
    it holding the text, or a link around it)."""
    for link in h1.iter("a"):
        if len(text_of(link)) >= len(text) - 1:
            return _is_home(link.get("href"))
    around = next(h1.iterancestors("a"), None)
    return around is not None and _is_home(around.get("href"))


def _is_home(href: str | None) -> bool:
    if href is None:
        return False
    target = _ARCHIVE_PREFIX.sub("", href.strip())
    parts = urlsplit(target)
    # An empty or fragment link points at the page itself, not at the home page.
    rooted = bool(parts.netloc) or target.startswith("/")
    return rooted and not parts.fragment and parts.path in _HOME_PATHS
