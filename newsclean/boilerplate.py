"""The boilerplate filter: the last cleaning step every extractor's draft goes through.

Whatever path produced the draft (text or HTML, site profile or generic), this drops what is
page furniture rather than article: labels, id lines, copies of the headline, repeated
paragraphs (captions printed twice), duplicate and truncated titles in the related list,
and the article's own entry in its sidebar.
"""

from __future__ import annotations

import re

from newsclean.draft import ArticleDraft
from newsclean.lexicon import Lexicon
from newsclean.models import RelatedStory
from newsclean.text.lines import LineClassifier, LineKind, classifier_for
from newsclean.titles import MIN_PREFIX_CHARS, same_title, title_key

_COUNTER = re.compile(r"^[\d۰-۹٠-٩]{1,4}$")
_BYLINE_WORD = re.compile(r"^(?:by|von|par|por|di|oleh|door|av)\s+", re.I)
_NOT_PARAGRAPH_KINDS = frozenset(
    {LineKind.LABEL, LineKind.END, LineKind.RELATED, LineKind.ID, LineKind.NOISE}
)


def filter_boilerplate(draft: ArticleDraft, lexicon: Lexicon) -> ArticleDraft:
    """Clean ``draft`` in place and return it."""
    classifier = classifier_for(lexicon)
    headline = (draft.headline or "").strip()
    draft.headline = headline
    draft.body = _clean_paragraphs(draft.body, headline, classifier)
    if draft.lead is not None:
        lead = draft.lead.strip()
        draft.lead = (
            None if not lead or classifier.classify(lead).kind in _NOT_PARAGRAPH_KINDS else lead
        )
    for section in draft.sections:
        section.paragraphs = _clean_paragraphs(section.paragraphs, headline, classifier)
    draft.sections = [section for section in draft.sections if section.paragraphs]
    draft.related = _clean_related(draft.related, headline, draft.url, lexicon)
    draft.authors = _clean_authors(draft.authors, draft.site)
    return draft


def _clean_paragraphs(
    paragraphs: list[str], headline: str, classifier: LineClassifier
) -> list[str]:
    kept: list[str] = []
    previous_key = None
    for paragraph in paragraphs:
        text = " ".join(paragraph.split())
        if not text or _COUNTER.match(text):
            continue
        if len(text) <= 100 and classifier.classify(text).kind in _NOT_PARAGRAPH_KINDS:
            continue
        if headline and len(text) <= len(headline) + 2 and same_title(text, headline):
            continue
        key = title_key(text)
        if key == previous_key:
            continue
        previous_key = key
        kept.append(text)
    return kept


def _clean_related(
    stories: list[RelatedStory], headline: str, url: str | None, lexicon: Lexicon
) -> list[RelatedStory]:
    kept: list[RelatedStory] = []
    by_key: dict[str, RelatedStory] = {}
    by_url: dict[str, RelatedStory] = {}
    for story in stories:
        title = " ".join(story.title.split())
        if not title or lexicon.is_label(title):
            continue
        if (headline and same_title(title, headline)) or (url and story.url == url):
            continue
        story.title = title
        duplicate = _find_duplicate(story, kept, by_key, by_url)
        if duplicate is None:
            kept.append(story)
            by_key[title_key(title)] = story
            if story.url:
                by_url[story.url] = story
            continue
        merged = same_title(duplicate.title, story.title)
        if merged and merged != duplicate.title:
            del by_key[title_key(duplicate.title)]
            duplicate.title = merged
            by_key[title_key(merged)] = duplicate
        duplicate.url = duplicate.url or story.url
        duplicate.published = duplicate.published or story.published
        duplicate.author = duplicate.author or story.author
    return kept


def _find_duplicate(
    story: RelatedStory,
    kept: list[RelatedStory],
    by_key: dict[str, RelatedStory],
    by_url: dict[str, RelatedStory],
) -> RelatedStory | None:
    """An earlier entry for the same story: same URL, same title, or a truncated copy."""
    if story.url:
        return by_url.get(story.url)
    exact = by_key.get(title_key(story.title))
    if exact is not None:
        return exact
    # A truncated copy shares at least its first MIN_PREFIX_CHARS with the full title.
    prefix = title_key(story.title)[:MIN_PREFIX_CHARS]
    return next(
        (
            seen
            for seen in kept
            if not seen.url
            and title_key(seen.title).startswith(prefix)
            and same_title(seen.title, story.title)
        ),
        None,
    )


def _clean_authors(authors: list[str], site: str | None) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    for author in authors:
        name = _BYLINE_WORD.sub("", " ".join(author.split())).strip(" ,;:|-")
        key = name.casefold()
        if not name or key in seen:
            continue
        seen.add(key)
        kept.append(name)
    if site and len(kept) > 1:
        kept = [name for name in kept if name.casefold() != site.casefold()] or kept
    return kept
