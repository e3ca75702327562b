"""The text path: find headline, date, id, body and sidebar in a text dump's lines.

The dump is read as a sequence of classified lines. The header is what precedes the body
(counter, date, headline, id line, the headline's alt-text copy); the body runs until the
first end label (``Comment``, a comment form, a footer id line); a related-stories list
follows an opening label or shows the sidebar shape (titles printed twice).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsclean.dates import localize
from newsclean.draft import ArticleDraft
from newsclean.language import detect_language
from newsclean.lexicon import fold_label
from newsclean.profiles.base import SiteProfile
from newsclean.text.lines import (
    Glue,
    Line,
    LineClassifier,
    LineKind,
    classifier_for,
    glue_for,
    split_lines,
)
from newsclean.text.sidebar import looks_like_sidebar, read_sidebar
from newsclean.titles import same_title

# The headline stands among the first lines of a dump; further down is article text.
HEADER_WINDOW = 12
MAX_HEADLINE_CHARS = 300
_URL = re.compile(r"https?://\S+")
_BODY_STOPPERS = (LineKind.END, LineKind.RELATED)


def extract_text(
    text: str, profile: SiteProfile, *, template_lines: frozenset[str] = frozenset()
) -> ArticleDraft:
    """An `ArticleDraft` from a text dump, read with ``profile``'s vocabulary."""
    draft = ArticleDraft(site=profile.site)
    raw_lines = split_lines(text, _glue(profile))
    if template_lines:
        raw_lines = [line for line in raw_lines if fold_label(line) not in template_lines]
    language = detect_language(_prose_sample(raw_lines))
    draft.language = language
    classifier = _classifier(profile, (language,) if language else ())
    lines = [classifier.classify(line) for line in raw_lines]

    if not any(line.kind is LineKind.DATE for line in lines[:HEADER_WINDOW]):
        # No date in a format we know: let dateparser read the header lines (only those:
        # it is far too slow for every line of a dump).
        lines[:HEADER_WINDOW] = [classifier.slow_date(line) for line in lines[:HEADER_WINDOW]]
    headline_at = _find_headline(lines)
    if headline_at is None:
        return draft
    draft.headline = lines[headline_at].text
    body_start, body_end = _body_span(lines, headline_at, draft.headline)
    _read_header(lines[:body_start], draft, profile)
    body_lines = lines[body_start:body_end]
    for line in body_lines:
        if line.kind is LineKind.TEXT:
            draft.body.append(line.text)
        elif line.kind is LineKind.BYLINE and line.author:
            draft.authors.append(line.author)
    tail = lines[body_end:]
    _read_tail(tail, draft)
    _set_lead(draft, profile)
    if body_end == len(lines) and draft.body and not lines[-1].ends_sentence:
        draft.note("truncated", "the dump ends mid-text, before any end-of-article marker")
    if draft.published is None:
        draft.note("no_date", "no publication date found in the dump")
    elif profile.timezone:
        draft.published = localize(draft.published, profile.timezone)
    return draft


def _classifier(profile: SiteProfile, languages: tuple[str, ...]) -> LineClassifier:
    return classifier_for(profile.lexicon, languages)


@lru_cache(maxsize=64)
def _glue(profile: SiteProfile) -> Glue | None:
    # Only multi-word labels are unglued: a one-word label ("Photo") can begin real text.
    labels = ("QR CodeQR Code", "QR Code", "Enter Your Email to Recieve Newsletter")
    known = tuple(label for label in labels if fold_label(label) in profile.lexicon.labels)
    return glue_for(known, profile.lexicon.id_labels)


def _prose_sample(lines: list[str]) -> str:
    longest = sorted(lines, key=len, reverse=True)[:5]
    return " ".join(longest)


def _find_headline(lines: list[Line]) -> int | None:
    """The headline: printed twice (heading and image alt), else next to the date line.

    Article pages print the date, then the headline; print pages the headline, then the
    date, then the lead. Menu entries above them are short text lines too, so the first
    title-like line is only the last resort.
    """
    # The header ends where the first paragraph starts; captions and sidebars come later.
    first_paragraph = next(
        (
            i
            for i, line in enumerate(lines[:HEADER_WINDOW])
            if line.kind is LineKind.TEXT and _reads_like_paragraph(line.text)
        ),
        HEADER_WINDOW,
    )
    window = lines[:first_paragraph]
    candidates = [
        index
        for index, line in enumerate(window)
        if line.kind is LineKind.TEXT and len(line.text) <= MAX_HEADLINE_CHARS
    ]
    for index in candidates:
        if any(
            later < len(lines)
            and lines[later].kind is LineKind.TEXT
            and same_title(lines[later].text, window[index].text)
            for later in range(index + 1, index + 4)
        ):
            return index
    date_at = next((i for i, line in enumerate(window) if line.kind is LineKind.DATE), None)
    if date_at is not None and candidates:
        after = [i for i in candidates if date_at < i <= date_at + 2]
        before = [i for i in candidates if i < date_at]
        if after and not (before and _reads_like_paragraph(lines[after[0]].text)):
            return after[0]
        if before:
            return before[-1]
    if candidates:
        return candidates[0]
    return next((index for index, line in enumerate(lines) if line.kind is LineKind.TEXT), None)


def _reads_like_paragraph(text: str) -> bool:
    """A lead rather than a headline: long and ending a sentence, or longer than any title."""
    return len(text) > MAX_HEADLINE_CHARS or (
        len(text) > 120 and text.endswith((".", "۔", "؟", "?", "!", "”", '"'))
    )


def _body_span(lines: list[Line], headline_at: int, headline: str) -> tuple[int, int]:
    """Where the body starts (after the header furniture) and where it ends."""
    start = headline_at + 1
    while start < len(lines):
        line = lines[start]
        if line.kind in (LineKind.DATE, LineKind.ID, LineKind.NOISE, LineKind.LABEL) or (
            line.kind is LineKind.TEXT and same_title(line.text, headline)
        ):
            start += 1
        else:
            break
    end = start
    while end < len(lines):
        line = lines[end]
        if line.kind in _BODY_STOPPERS or (line.kind is LineKind.ID and end > start):
            break
        end += 1
    return start, end


def _read_header(header: list[Line], draft: ArticleDraft, profile: SiteProfile) -> None:
    for line in header:
        if line.kind is LineKind.DATE and draft.published is None and line.date is not None:
            draft.published = line.date
        elif line.kind is LineKind.ID and draft.story_code is None:
            draft.story_code = line.code
        elif line.kind is LineKind.BYLINE and line.author:
            draft.authors.append(line.author)


def _read_tail(tail: list[Line], draft: ArticleDraft) -> None:
    """Footer id and link, and the related-stories list after the body."""
    sidebar_from: int | None = None
    for index, line in enumerate(tail):
        if line.kind is LineKind.ID and draft.story_code is None:
            draft.story_code = line.code
        elif (
            line.kind is LineKind.DATE
            and draft.published is None
            and line.date is not None
            and index < 3
        ):
            draft.published = line.date
        elif line.kind is LineKind.RELATED and sidebar_from is None:
            sidebar_from = index + 1
        elif draft.url is None and "http" in line.text and (url := _URL.search(line.text)):
            draft.url = url.group(0).rstrip(".,)")
    if sidebar_from is None:
        rest = [line for line in tail if line.kind is not LineKind.END]
        if looks_like_sidebar(rest):
            sidebar_from = 0
    if sidebar_from is not None:
        sidebar = read_sidebar(tail[sidebar_from:])
        draft.related = sidebar.stories
        if sidebar.cut_off:
            draft.note("truncated", "the dump ends inside the related-stories list")


def _set_lead(draft: ArticleDraft, profile: SiteProfile) -> None:
    if not draft.body:
        return
    first = draft.body[0]
    if profile.lead_is_first_paragraph or first.startswith(profile.lexicon.datelines):
        draft.lead = first
