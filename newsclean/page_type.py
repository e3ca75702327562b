"""Is this page one article? A verdict from signals the extractors already have.

Dumps with nothing usable at all (menus, labels) are refused by the pipeline; everything
else becomes a record, and this module says how sure we are that the record is an article:
``article_score`` in [0, 1] and a ``page_type``:

- ``article``: a headline with a date, byline or story code, and paragraph-length prose;
  or prose declared an article by the page's structured data;
- ``index``: the page declares itself a collection (``og:type`` ``website``, JSON-LD
  ``CollectionPage``, ``ItemList``, ``SearchResultsPage``), or it lists many stories around
  little prose of its own (a section front, a tag page);
- ``other``: the rest (a licence text, an error page, a cookie wall).

The weights are priors, not fitted: every page of the development corpora is an article,
so they can only tell us that articles are not lost (``benchmarks/page_types.py`` prints the
share classed ``article`` on each), and the non-article fixtures that the others are found.

>>> signals = PageSignals(headline="Talks Resume", dated=True, paragraphs=[300, 250])
>>> page_verdict(signals)
(<PageType.ARTICLE: 'article'>, 1.0)
>>> page_verdict(PageSignals(headline="Copyright (c) 2019 Jane Roe", paragraphs=[420, 180]))[0]
<PageType.OTHER: 'other'>
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsclean.models import PageType

# Structured-data types (JSON-LD @type, og:type), lower-cased, that name a page of one story
# or a page of many.
ARTICLE_DECLARATIONS = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "socialmediaposting",
    }
)
INDEX_DECLARATIONS = frozenset(
    {"website", "collectionpage", "itemlist", "searchresultspage", "profilepage"}
)

# A paragraph is prose from this length on (the pipeline's own bar for an article's text).
PROSE_CHARS = 100
# Text of this length in two or more paragraphs reads as an article's (a short agency item).
TEXT_CHARS = 300
# Stories listed beside a page's own prose that make it a list of stories, not one.
MANY_STORIES = 8
ARTICLE_THRESHOLD = 0.5

# A headline or opening line that is a copyright line names no story: a licence, a footer.
_LEGAL_HEADLINE = re.compile(r"^\s*(?:copyright\b|©|\(c\)\s*\d|all rights reserved)", re.I)


@dataclass
class PageSignals:
    """What the extractors found, as the verdict needs it."""

    headline: str | None = None
    dated: bool = False
    has_byline: bool = False
    has_story_code: bool = False
    # Lengths of the body's paragraphs, in reading length (`newsclean.words.reading_length`:
    # a character of Japanese or Chinese counts as three).
    paragraphs: list[int] = field(default_factory=list)
    # The body's first two paragraphs (a licence opens with its copyright line).
    opening: tuple[str, ...] = ()
    has_lead: bool = False
    related_count: int = 0
    # Structured-data types the page declares, lower-cased (JSON-LD @type, og:type).
    declared: frozenset[str] = frozenset()


def page_verdict(signals: PageSignals) -> tuple[PageType, float]:
    """The page's type and the article score behind it."""
    prose = [length for length in signals.paragraphs if length >= PROSE_CHARS]
    prose_chars = sum(prose)
    declared_article = bool(signals.declared & ARTICLE_DECLARATIONS)
    declared_index = bool(signals.declared & INDEX_DECLARATIONS) and not declared_article
    legal = any(
        _LEGAL_HEADLINE.match(text) for text in (signals.headline, *signals.opening) if text
    )
    score = 0.0
    if signals.headline and not legal:
        score += 0.2
    if signals.dated or signals.has_byline or signals.has_story_code:
        score += 0.3
    if prose:
        score += 0.25
    if sum(signals.paragraphs) >= TEXT_CHARS or len(prose) >= 3:
        score += 0.15
    if prose and len(signals.paragraphs) >= 2 and sum(signals.paragraphs) >= TEXT_CHARS:
        score += 0.15  # a run of paragraphs: an article's text, with or without a title
    if signals.has_lead:
        score += 0.15  # a standfirst, or a lead opening with an agency's dateline
    if declared_article:
        score += 0.3
    if declared_index:
        score -= 0.3
    if legal:
        score -= 0.3
    listing = signals.related_count >= MANY_STORIES and prose_chars < 600
    if listing:
        score -= 0.25
    score = round(min(1.0, max(0.0, score)), 2)
    if score >= ARTICLE_THRESHOLD and (prose or declared_article):
        return PageType.ARTICLE, score
    score = min(score, ARTICLE_THRESHOLD - 0.05)  # no text of its own: not one article
    if declared_index or listing:
        return PageType.INDEX, score
    return PageType.OTHER, score
