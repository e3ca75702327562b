"""The text path: find headline, date, id, body and related stories in a text dump's lines.

One generic reading serves every site; a site profile only lends it vocabulary (labels, id
labels, datelines), a time zone and a lead rule. The dump is read as classified lines
(`newsclean.text.lines`); every line is weighed as prose or furniture
(`newsclean.text.prose`) and the article block is the heaviest run of lines
(`newsclean.text.block`). The headline is the title-like line just before that block
(`newsclean.text.headline`), the date the one printed nearest the headline
(`newsclean.text.published`); after the block come the footer (id, link) and the
related-stories list (`newsclean.text.sidebar`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from newsclean.dates import localize
from newsclean.draft import ArticleDraft
from newsclean.language import detect_language
from newsclean.lexicon import Lexicon, fold_label
from newsclean.profiles.base import SiteProfile
from newsclean.text.block import best_block, kind_weight, main_part, trim_teaser_tail
from newsclean.text.headline import find_headline
from newsclean.text.lines import (
    Line,
    LineClassifier,
    LineKind,
    classifier_for,
    glue_pattern,
    join_wrapped_lines,
    split_lines,
)
from newsclean.text.prose import (
    PARAGRAPH_CHARS,
    ProseMeter,
    ends_sentence,
    has_cjk,
    weighted_length,
)
from newsclean.text.published import choose_published
from newsclean.text.sidebar import looks_like_sidebar, read_sidebar
from newsclean.titles import same_title

# A page footer's copyright line: the end of any list printed above it.
_FOOTER = re.compile(
    "©|[Cc]opyright|COPYRIGHT|[Rr]ights [Rr]eserved|RIGHTS RESERVED|Rechte vorbehalten|"
    "droits réservés|derechos reservados"
)
# A copyright notice (not a bare "©", which photo credits print too).
_COPYRIGHT = re.compile(
    "[Cc]opyright|COPYRIGHT|[Aa]ll [Rr]ights [Rr]eserved|Alle Rechte vorbehalten|"
    "[Tt]ous droits réservés|[Tt]odos los derechos reservados|[Tt]utti i diritti riservati|"
    "Все права защищены|版权所有|無断転載"
)
COPYRIGHT_COST = -600.0
END_PREFIX_COST = -600.0
MAX_END_PREFIX_LINE_CHARS = 120
FOOTER_PART = 0.5
# A teaser title has a few words (or, in CJK, a few characters' worth of them).
MIN_TEASER_WORDS = 3
MAX_FOOTER_CHARS = 200
MIN_TEASER_CHARS = 12
MIN_CJK_TEASER_CHARS = 11
_URL = re.compile(r"https?://\S+")
# Kinds that end the body wherever the block finder put its end: comment prompts. (A
# related-list label may stand inside the article: an inline "Read more" teaser.)
_BODY_STOPPERS = (LineKind.END,)
_HEADER_KINDS = (LineKind.DATE, LineKind.ID, LineKind.NOISE, LineKind.LABEL, LineKind.BYLINE)
# A short line inside the block is body text only when it is a sentence this long.
MIN_SHORT_PARAGRAPH_CHARS = 15
# Furniture lines in a row that cost this much separate the article from what follows
# it (a comment thread, a teaser list): about fifteen menu or share lines.
GAP_COST = 400.0
# Short sentences after the heaviest block still belong to the body when an end label
# ("Comment") follows within this many lines.
EXTENSION_LINES = 12
# Lines at the top of a dump re-read with dateparser when none of them is a known date.
SLOW_DATE_LINES = 12
# Words printed alone on a line above the author's name (the name is a link).
_BYLINE_WORDS = frozenset({"by", "von", "par", "por", "di", "av", "af", "door", "oleh", "de"})
_CONJUNCTION = re.compile(r"\s(?:and|und|et|y|e|og|och|en|ve|i)\s|\s&\s")
_NAME_JOINERS = re.compile(r"\s(?:and|und|et|y|e|og|och|en|ve|i)\s|\s&\s|,\s*")
# A line this long is a paragraph even without a final stop (else alt text, subheading).
UNPUNCTUATED_PARAGRAPH_CHARS = 200
# How far below the headline a standfirst may stand apart from the block.
LEAD_LINES = 4
# Section headlines are short and stand between paragraphs.
MAX_SUBHEADING_CHARS = 150
# An alt text and its caption share at least their first this many characters.
ALT_PREFIX_CHARS = 60
# Bylines stand within a few lines of the body's start.
BYLINE_LINES_INTO_BODY = 3


@dataclass(frozen=True)
class Layout:
    """Where the parts of the article stand in the dump's lines (end exclusive)."""

    headline_at: int
    body_start: int
    # The body's first paragraph-length line: dates and bylines stand above it.
    first_paragraph: int
    body_end: int


def extract_text(
    text: str, profile: SiteProfile, *, template_lines: frozenset[str] = frozenset()
) -> ArticleDraft:
    """An `ArticleDraft` from a text dump, read with ``profile``'s vocabulary.

    ``template_lines`` (folded with `fold_label`) are dropped before anything is read:
    lines a batch run learned as the site's template.
    """
    draft = ArticleDraft(site=profile.site)
    raw_lines = join_wrapped_lines(split_lines(text, _glue(profile)))
    if template_lines:
        raw_lines = [line for line in raw_lines if fold_label(line) not in template_lines]
    language = detect_language(_prose_sample(raw_lines))
    draft.language = language
    languages = (language,) if language else ()
    classifier = _classifier(profile, languages)
    lines = [classifier.classify(line) for line in raw_lines]
    if not any(line.kind is LineKind.DATE for line in lines[:SLOW_DATE_LINES]):
        # No date in a format we know among the first lines: let dateparser read those
        # (only those: it is far too slow for every line of a dump). Dates further down
        # are read by `choose_published`, near the headline.
        lines[:SLOW_DATE_LINES] = [classifier.slow_date(line) for line in lines[:SLOW_DATE_LINES]]
    repeats = Counter(line.text for line in lines)
    weights = weigh_lines(lines, _meter(language), repeats, profile.lexicon)
    layout = find_layout(lines, weights, repeats)
    if layout is None:
        return draft
    draft.headline = lines[layout.headline_at].text
    _read_body(lines, weights, layout, repeats, profile.lexicon, draft)
    _read_header(lines, layout, draft)
    draft.published = choose_published(
        lines, layout.headline_at, layout.first_paragraph, layout.body_end, languages
    )
    # Lines printed above the headline (menus) are not teaser titles; the headline's own
    # copies are (the article lists itself in its sidebar; the filter drops it later).
    menu_texts = frozenset(line.text for line in lines[: layout.headline_at]) - {draft.headline}
    _read_tail(lines[layout.body_end :], menu_texts, draft)
    _set_lead(draft, profile)
    if layout.body_end == len(lines) and draft.body and not lines[-1].ends_sentence:
        draft.note("truncated", "the dump ends mid-text, before any end-of-article marker")
    if draft.published is None:
        draft.note("no_date", "no publication date found in the dump")
    elif profile.timezone:
        draft.published = localize(draft.published, profile.timezone)
    return draft


def weigh_lines(
    lines: list[Line], meter: ProseMeter, repeats: Counter[str], lexicon: Lexicon
) -> list[float]:
    """Each line's weight for the block finder: prose counts its length, furniture costs."""
    weights = [_weight(line, meter, repeats) for line in lines]
    # Lines that open like a tag list or an author box end the article, and so does a
    # copyright notice in the second half of the dump (the page footer; higher up,
    # "Copyright 2026 The AP" may be a photo credit).
    if lexicon.end_prefixes:
        for index, line in enumerate(lines):
            if line.kind is LineKind.TEXT and _opens_with(line.text, lexicon.end_prefixes):
                weights[index] = END_PREFIX_COST
    for index in range(int(len(lines) * FOOTER_PART), len(lines)):
        if lines[index].kind is LineKind.TEXT and _is_copyright(lines[index].text):
            weights[index] = COPYRIGHT_COST
    return weights


def find_layout(lines: list[Line], weights: list[float], repeats: Counter[str]) -> Layout | None:
    """Headline and body span: the heaviest block, and the title-like line before it."""
    block = best_block(weights)
    if block is None:
        first_text = next((i for i, line in enumerate(lines) if line.kind is LineKind.TEXT), None)
        if first_text is None:
            return None
        return Layout(first_text, first_text + 1, first_text + 1, first_text + 1)
    start, end = main_part(weights, *block, GAP_COST)
    end = trim_teaser_tail(weights, start, end)
    # The block may open with furniture or the headline itself: look for the headline up
    # to its first real paragraph.
    first_paragraph = next((i for i in range(start, end) if weights[i] >= PARAGRAPH_CHARS), start)
    headline_at = find_headline(lines, first_paragraph, end, repeats, weights)
    if headline_at is None:
        headline_at = first_paragraph
    body_start = max(start, headline_at + 1)
    headline = lines[headline_at].text
    while body_start < end and (
        lines[body_start].kind in _HEADER_KINDS
        or same_title(lines[body_start].text, headline) is not None
    ):
        body_start += 1
    end = _extend_to_end_label(lines, end)
    body_end = body_start
    while body_end < end:
        line = lines[body_end]
        if (
            line.kind in _BODY_STOPPERS
            or (line.kind is LineKind.ID and body_end > body_start)
            or weights[body_end] <= COPYRIGHT_COST
        ):
            break
        body_end += 1
    return Layout(headline_at, body_start, max(body_start, first_paragraph), body_end)


def _extend_to_end_label(lines: list[Line], end: int) -> int:
    """Move the block's end over short sentences (captions, one-line paragraphs) when an
    end-of-article label follows them closely: the label, not their length, ends the body."""
    for index in range(end, min(len(lines), end + EXTENSION_LINES)):
        line = lines[index]
        if line.kind in _BODY_STOPPERS or line.kind is LineKind.ID:
            return index
        if line.kind is not LineKind.TEXT or not line.ends_sentence:
            return end
    return end


def _weight(line: Line, meter: ProseMeter, repeats: Counter[str]) -> float:
    fixed = kind_weight(line)
    if fixed is not None:
        return fixed
    return meter.weight(line.text, repeats[line.text])


def _opens_with(text: str, prefixes: tuple[str, ...]) -> bool:
    return len(text) <= MAX_END_PREFIX_LINE_CHARS and fold_label(text[:40]).startswith(prefixes)


def _is_copyright(text: str) -> bool:
    """A site's copyright notice; "Name/Copyright 2026 The AP" is a photo credit."""
    if len(text) > MAX_FOOTER_CHARS or _COPYRIGHT.search(text) is None:
        return False
    return text.startswith("©") or "/" not in text


def _read_body(
    lines: list[Line],
    weights: list[float],
    layout: Layout,
    repeats: Counter[str],
    lexicon: Lexicon,
    draft: ArticleDraft,
) -> None:
    # Between the headline and the block: a standfirst or lead paragraph, cut off from
    # the block by bylines, share buttons and the lead image.
    for index in range(
        layout.headline_at + 1, min(layout.body_start, layout.headline_at + 1 + LEAD_LINES)
    ):
        line = lines[index]
        if (
            line.kind is LineKind.TEXT
            and weights[index] >= PARAGRAPH_CHARS
            and ends_sentence(line.text)
            and not _alt_text_of_next(lines, index)
        ):
            draft.body.append(line.text)
    for index in range(layout.body_start, layout.body_end):
        line = lines[index]
        if line.kind is not LineKind.TEXT or _is_teaser_link(line.text, lexicon):
            continue
        if weights[index] > 0 and _alt_text_of_next(lines, index):
            continue
        if weights[index] > 0:
            # Positive but unpunctuated and short: an image's alt text or a subheading,
            # unless the dump is cut off right there, mid-paragraph.
            if (
                ends_sentence(line.text)
                or weighted_length(line.text) >= UNPUNCTUATED_PARAGRAPH_CHARS
                or index == len(lines) - 1
                or _is_subheading(lines, weights, index, layout.body_end, repeats)
            ):
                draft.body.append(line.text)
        elif (
            line.ends_sentence
            and len(line.text) >= MIN_SHORT_PARAGRAPH_CHARS
            and _printed_here_only(lines, index, repeats)
        ) or (draft.body and _is_subheading(lines, weights, index, layout.body_end, repeats)):
            draft.body.append(line.text)


def _is_subheading(
    lines: list[Line], weights: list[float], index: int, end: int, repeats: Counter[str]
) -> bool:
    """A section headline inside the article: a short line printed once, between a
    paragraph and the next paragraph."""
    text = lines[index].text
    if repeats[text] != 1 or len(text) > MAX_SUBHEADING_CHARS or index + 1 >= end:
        return False
    before = weights[index - 1] if index > 0 else 0.0
    after = weights[index + 1]
    if lines[index + 1].kind is not LineKind.TEXT or after < PARAGRAPH_CHARS:
        return False
    return before > 0


def _alt_text_of_next(lines: list[Line], index: int) -> bool:
    """An image's alt text, followed by its caption: the same words and a credit after."""
    if index + 1 >= len(lines):
        return False
    text, following = lines[index].text, lines[index + 1].text
    head = text[:ALT_PREFIX_CHARS]
    return (
        len(following) > len(text)
        and len(head) >= MIN_SHORT_PARAGRAPH_CHARS
        and following.startswith(head)
    )


def _printed_here_only(lines: list[Line], index: int, repeats: Counter[str]) -> bool:
    """The line is printed once, or twice in a row (a caption under its own alt text);
    a short sentence printed in several places is a template message ("This
    advertisement has not loaded yet.")."""
    text = lines[index].text
    count = repeats[text]
    if count == 1:
        return True
    neighbours = lines[max(0, index - 1) : index + 2]
    return count == 2 and sum(1 for line in neighbours if line.text == text) == 2


def _is_teaser_link(text: str, lexicon: Lexicon) -> bool:
    """ "READ MORE: Other story", "Lesen Sie auch: ...": a link to another article."""
    head, colon, rest = text.partition(":")
    return bool(colon) and len(head) <= 40 and rest != "" and _is_list_label(head, lexicon)


def _read_header(lines: list[Line], layout: Layout, draft: ArticleDraft) -> None:
    """Bylines and the id line between the headline and the body."""
    header = lines[layout.headline_at + 1 : layout.first_paragraph + BYLINE_LINES_INTO_BODY]
    for index, line in enumerate(header):
        if line.kind is LineKind.ID and draft.story_code is None:
            draft.story_code = line.code
        elif line.kind is LineKind.BYLINE and line.author:
            draft.authors.extend(split_names(line.author))
        elif (
            line.kind is LineKind.TEXT
            and line.text.strip(" :").casefold() in _BYLINE_WORDS
            and index + 1 < len(header)
            and header[index + 1].kind is LineKind.TEXT
            and _looks_like_names(header[index + 1].text)
        ):
            # "By" on a line of its own, the name on the next (a link in the page).
            draft.authors.extend(split_names(header[index + 1].text))
    if draft.story_code is None:
        # An id printed above the headline (print pages) still names this article.
        for line in lines[: layout.headline_at]:
            if line.kind is LineKind.ID:
                draft.story_code = line.code
                break


def split_names(byline: str) -> list[str]:
    """The names of a byline naming several authors.

    >>> split_names("Samya Kullab and Vasilisa Stepanenko")
    ['Samya Kullab', 'Vasilisa Stepanenko']
    >>> split_names("Felix Schröder und Jörg Soldwisch, dpa")
    ['Felix Schröder', 'Jörg Soldwisch', 'dpa']
    >>> split_names("Johannes Ritter, Zürich")
    ['Johannes Ritter, Zürich']
    """
    parts = [part.strip() for part in _NAME_JOINERS.split(byline) if part.strip()]
    # A comma may also introduce a place ("Johannes Ritter, Zürich"): only split on it
    # when a conjunction or a third part shows several people are named.
    several = _CONJUNCTION.search(byline) is not None or len(parts) > 2
    if len(parts) > 1 and several and all(_looks_like_names(part) for part in parts):
        return parts
    return [byline]


def _looks_like_names(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and len(text) <= 60 and not text.endswith((".", "!", "?"))


def _classifier(profile: SiteProfile, languages: tuple[str, ...]) -> LineClassifier:
    return classifier_for(profile.lexicon, languages)


@lru_cache(maxsize=64)
def _glue(profile: SiteProfile) -> re.Pattern[str] | None:
    # Only multi-word labels are unglued: a one-word label ("Photo") can begin real text.
    labels = ("QR CodeQR Code", "QR Code", "Enter Your Email to Recieve Newsletter")
    known = tuple(label for label in labels if fold_label(label) in profile.lexicon.labels)
    return glue_pattern(known, profile.lexicon.id_labels)


def _is_list_label(text: str, lexicon: Lexicon) -> bool:
    folded = fold_label(text)
    return folded in lexicon.related_labels or folded in lexicon.labels


@lru_cache(maxsize=64)
def _meter(language: str | None) -> ProseMeter:
    return ProseMeter(language)


def _prose_sample(lines: list[str]) -> str:
    longest = sorted(lines, key=len, reverse=True)[:5]
    return " ".join(longest)


def _read_tail(tail: list[Line], menu_texts: frozenset[str], draft: ArticleDraft) -> None:
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
        sidebar = read_sidebar(_teaser_lines(tail[sidebar_from:], menu_texts))
        draft.related = sidebar.stories
        if sidebar.cut_off:
            draft.note("truncated", "the dump ends inside the related-stories list")


def _teaser_lines(lines: list[Line], menu_texts: frozenset[str]) -> list[Line]:
    """The lines of a related-stories list, up to the comments or the page footer.

    Menu items printed again in the footer and one-word links ("Contact", "Impressum") are
    not story titles; a comment thread or a copyright line ends the list.
    """
    kept: list[Line] = []
    titles = 0
    for line in lines:
        if line.kind is LineKind.END and titles:
            break
        if line.kind is LineKind.TEXT:
            shape = _teaser_shape(line.text)
            if shape is _TeaserShape.FOOTER:
                break
            if shape is _TeaserShape.TOO_SHORT or line.text in menu_texts:
                line = Line(line.text, LineKind.NOISE)
            else:
                titles += 1
        elif _is_footer(line.text):
            break
        kept.append(line)
    return kept


class _TeaserShape(Enum):
    TITLE = "title"
    TOO_SHORT = "too short"
    FOOTER = "footer"


@lru_cache(maxsize=16384)
def _teaser_shape(text: str) -> _TeaserShape:
    # Memoised: sidebars and footers repeat from one dump of a site to the next.
    if _is_footer(text):
        return _TeaserShape.FOOTER
    return _TeaserShape.TITLE if _long_enough_for_title(text) else _TeaserShape.TOO_SHORT


def _is_footer(text: str) -> bool:
    return len(text) <= MAX_FOOTER_CHARS and _FOOTER.search(text) is not None


def _long_enough_for_title(text: str) -> bool:
    if has_cjk(text):
        return len(text) >= MIN_CJK_TEASER_CHARS
    return len(text) >= MIN_TEASER_CHARS and len(text.split()) >= MIN_TEASER_WORDS


def _set_lead(draft: ArticleDraft, profile: SiteProfile) -> None:
    if not draft.body:
        return
    first = draft.body[0]
    if profile.lead_is_first_paragraph or first.startswith(profile.lexicon.datelines):
        draft.lead = first
