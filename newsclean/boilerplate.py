"""The boilerplate filter: the last cleaning step every extractor's draft goes through.

Whatever path produced the draft (text or HTML, site profile or generic), this drops what is
page furniture rather than article: labels, id lines, copies of the headline, repeated
paragraphs (captions printed twice), duplicate and truncated titles in the related list,
and the article's own entry in its sidebar.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from newsclean.draft import ArticleDraft, RelatedDraft
from newsclean.lexicon import Lexicon
from newsclean.text.lines import LineClassifier, LineKind, classifier_for
from newsclean.titles import MIN_PREFIX_CHARS, same_title, title_key

# No page lists more related stories than this; a dump that seems to is hostile or misread,
# and the cap keeps the title folding below from going quadratic on it.
MAX_RELATED = 200
_BYLINE_WORD = re.compile(r"^(?:by|von|par|por|di|oleh|door|av)\s+", re.I)
_NOT_PARAGRAPH_KINDS = frozenset(
    {LineKind.LABEL, LineKind.END, LineKind.RELATED, LineKind.ID, LineKind.NOISE}
)


def filter_boilerplate(draft: ArticleDraft, lexicon: Lexicon) -> ArticleDraft:
    """Clean ``draft`` in place and return it."""
    # The extractor's classifier (same lexicon and language): its memo already knows these lines.
    classifier = classifier_for(lexicon, (draft.language,) if draft.language else ())
    headline = (draft.headline or "").strip()
    draft.headline = headline
    draft.body = _clean_paragraphs(draft.body, headline, classifier)
    if draft.lead is not None:
        lead = draft.lead.strip()
        draft.lead = lead if lead and not _is_furniture(lead, classifier) else None
    for section in draft.sections:
        section.paragraphs = _clean_paragraphs(section.paragraphs, headline, classifier)
    draft.sections = [section for section in draft.sections if section.paragraphs]
    draft.related = _clean_related(draft.related, headline, draft.url, lexicon)
    draft.authors = _clean_authors(draft.authors, draft.site)
    return draft


def _collapse_spaces(text: str) -> str:
    # Extractors mostly hand over clean text: the split/join only runs when it has work.
    text = text.strip()
    # Five substring tests (memchr scans) cost a third of one `str.isprintable`, which
    # looks every character up in the Unicode tables.
    if "  " in text or "\n" in text or "\t" in text or "\xa0" in text or "\r" in text:
        return " ".join(text.split())
    return text


def _is_furniture(text: str, classifier: LineClassifier) -> bool:
    """Counters, labels, id lines: whatever the classifier reads as no paragraph."""
    return classifier.classify(text).kind in _NOT_PARAGRAPH_KINDS


# A caption or a label printed twice in a row is one (alt text and caption, a label and its
# link); a paragraph this long printed twice is the author's repetition, kept as written.
REPEATED_PARAGRAPH_CHARS = 200


def _clean_paragraphs(
    paragraphs: list[str], headline: str, classifier: LineClassifier
) -> list[str]:
    kept: list[str] = []
    previous = None
    for paragraph in paragraphs:
        text = _collapse_spaces(paragraph)
        if not text:
            continue
        if len(text) <= 100 and _is_furniture(text, classifier):
            continue
        if headline and len(text) <= len(headline) + 2 and same_title(text, headline):
            continue
        if text == previous and len(text) < REPEATED_PARAGRAPH_CHARS:
            continue  # a caption or label printed twice in a row
        previous = text
        kept.append(text)
    return kept


def _clean_related(
    stories: list[RelatedDraft], headline: str, url: str | None, lexicon: Lexicon
) -> list[RelatedDraft]:
    kept: list[RelatedDraft] = []
    index = _RelatedIndex()
    # same_title needs the first letters of the keys to agree: most titles fail that at once.
    headline_initial = title_key(headline)[:1] if headline else None
    for story in stories:
        if len(kept) >= MAX_RELATED:
            break
        title = _collapse_spaces(story.title)
        if not title or lexicon.is_label(title):
            continue
        key = title_key(title)
        if (
            headline_initial == key[:1]
            and (title == headline or same_title(title, headline) is not None)
        ) or (url and story.url == url):
            continue  # the article itself
        story.title = title
        duplicate = index.find(story, key)
        if duplicate is None:
            kept.append(story)
            index.add(story, key)
            continue
        merged = same_title(duplicate.title, story.title)
        if merged and merged != duplicate.title:
            duplicate.title = merged
            index.add(duplicate, title_key(merged), again=True)
        if duplicate.url is None and story.url:
            duplicate.url = story.url
        if duplicate.published is None and story.published:
            duplicate.published = story.published
        if duplicate.author is None and story.author:
            duplicate.author = story.author
    return kept


class _RelatedIndex:
    """Finds an earlier entry for the same story: same URL, same title or a truncated copy."""

    def __init__(self) -> None:
        self.by_url: dict[str, RelatedDraft] = {}
        self.by_key: dict[str, RelatedDraft] = {}
        # A truncated copy shares at least its first MIN_PREFIX_CHARS with the full title.
        self.by_prefix: dict[str, list[RelatedDraft]] = {}
        self.short: list[RelatedDraft] = []

    def add(self, story: RelatedDraft, key: str, *, again: bool = False) -> None:
        """Index ``story`` under its `title_key`; ``again`` when it is indexed already and its title grew."""
        self.by_key[key] = story
        if story.url:
            self.by_url[story.url] = story
        bucket = self.by_prefix.setdefault(key[:MIN_PREFIX_CHARS], [])
        # Identity, not ==: two entries may read alike and still be two stories.
        if not again or not any(seen is story for seen in bucket):
            bucket.append(story)
        if len(key) < MIN_PREFIX_CHARS and not (
            again and any(seen is story for seen in self.short)
        ):
            self.short.append(story)

    def find(self, story: RelatedDraft, key: str) -> RelatedDraft | None:
        """The entry ``story`` (whose `title_key` is ``key``) repeats, if any."""
        if story.url:
            return self.by_url.get(story.url)
        exact = self.by_key.get(key)
        if exact is not None:
            return exact
        # Copies cut short at a quote may be shorter than the bucket prefix: scan those.
        if len(key) < MIN_PREFIX_CHARS:
            candidates: Iterable[RelatedDraft] = itertools.chain.from_iterable(
                self.by_prefix.values()
            )
        else:
            bucket = self.by_prefix.get(key[:MIN_PREFIX_CHARS])
            if bucket is None and not self.short:
                return None  # most titles: no earlier one opens alike, none is short
            candidates = itertools.chain(bucket or (), self.short)
        for seen in candidates:
            if not seen.url and same_title(seen.title, story.title):
                return seen
        return None


def _without_byline_word(name: str) -> str:
    """ "By Jane Doe" without "By"; "Di Maria" and "Par Lagerkvist" are names, kept whole:
    the word is only a byline's when a full name (two words or more) follows it.

    >>> _without_byline_word("By Jane Doe"), _without_byline_word("Di Maria")
    ('Jane Doe', 'Di Maria')
    """
    match = _BYLINE_WORD.match(name)
    if match is None or len(name[match.end() :].split()) < 2:
        return name
    return name[match.end() :]


def _clean_authors(authors: list[str], site: str | None) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    for author in authors:
        # Soft hyphens and zero-width spaces are hyphenation hints in the page, not letters.
        author = author.replace("\xad", "").replace("\u200b", "")
        name = _without_byline_word(" ".join(author.split())).strip(" ,;:|-")
        key = name.casefold()
        if not name or key in seen:
            continue
        seen.add(key)
        kept.append(name)
    if site and len(kept) > 1:
        kept = [name for name in kept if name.casefold() != site.casefold()] or kept
    return kept
