"""Which lines of the article block are body paragraphs.

Paragraphs, short one-line paragraphs printed once, section headlines between two
paragraphs, and a lead standing under the headline; not image alt texts, captions,
template messages printed in several places, or "READ MORE: ..." links to other stories.
"""

from __future__ import annotations

import re
from collections import Counter

from newsclean.draft import ArticleDraft
from newsclean.lexicon import CAPTION_LABELS, Lexicon, fold_label
from newsclean.memo import short_text_cache
from newsclean.text.layout import Layout
from newsclean.text.lines import LABEL, RELATED, TEXT, Line
from newsclean.text.prose import (
    PARAGRAPH_CHARS,
    ends_sentence,
    is_credited,
    opens_on_credit,
    weighted_length,
)
from newsclean.text.published import CALENDAR_YEAR

# A short line inside the block is body text only when it is a sentence this long.
MIN_SHORT_PARAGRAPH_CHARS = 15
# A line this long is a paragraph even without a final stop (else alt text, subheading).
UNPUNCTUATED_PARAGRAPH_CHARS = 200
# How far below the headline a standfirst may stand apart from the block.
LEAD_LINES = 4
# Section headlines are short and stand between paragraphs.
MAX_SUBHEADING_CHARS = 150
# "WATCH | Palestinians react ...", "VIDEO: ...", "LISTEN | ...": a capitalised media
# label and a separator open a link to a clip, not a paragraph.
_MEDIA_TEASER = re.compile(
    r"(?:WATCH|VIDEO|VIDÉO|VÍDEO|LISTEN|AUDIO|PODCAST|PHOTOS?|FOTOS?|GALLERY|GALERIE|BILDERSTRECKE)"
    r"\s?[|:•]\s"
)
MAX_MEDIA_TEASER_CHARS = 160
# Lines after a related-list label inside the body that belong to its teaser, unless a
# long paragraph (the article going on) comes first.
INLINE_TEASER_LINES = 2
LONG_PARAGRAPH_WEIGHT = 250.0
# A caption is a sentence or two; a credit line under it names a photographer and agency.
MAX_CAPTION_OVER_CREDIT_CHARS = 300
MAX_CREDIT_CHARS = 100
# Names and agencies: a credit holds few words where a captioned sentence holds more.
MAX_CREDIT_WORDS = 8
# A reader prompt inside the article: a newsletter sign-up ("... in your inbox"), a consent
# box for embedded third-party content, a subscription offer. Only short lines (a paragraph
# may mention these).
_READER_PROMPT = re.compile(
    r"newsletter|sign(?:ing)?[ -]up\b|\bsubscribe\b|privacy (?:policy|settings)|"
    r"(?:in|to) your inbox|"
    r"datenschutzerklärung|privatsphäre|drittplattform|externe[nr]? inhalte?\b|"
    r"jetzt (?:kostenlos )?anmelden|abonnier|abonnez|inscrivez-vous|suscríbete|iscriviti",
    re.I,
)
MAX_PROMPT_CHARS = 220
# Two prompts this few lines apart are one box; its title or button is a short label.
PROMPT_BOX_LINES = 4
MAX_BUTTON_CHARS = 60
# One of these stands in every prompt the pattern finds; `in` tests on the lower-cased line
# cost a tenth of the case-blind pattern, which runs only where one is found.
_PROMPT_HINTS = (
    "newsletter",
    "inbox",
    "sign",
    "subscri",
    "privacy",
    "datenschutz",
    "privatsph",
    "drittplattform",
    "externe",
    "anmelden",
    "abonn",
    "inscrivez",
    "suscr",
    "iscriviti",
)
# An alt text and its caption share at least their first this many characters.
ALT_PREFIX_CHARS = 60


def read_body(
    lines: list[Line],
    weights: list[float],
    layout: Layout,
    repeats: Counter[str],
    lexicon: Lexicon,
    draft: ArticleDraft,
    *,
    lead: bool = True,
) -> None:
    """The paragraphs of ``layout``'s body span into ``draft.body``; with ``lead``, first a
    standfirst standing between the headline and the span."""
    # Between the headline and the block: a standfirst or lead paragraph, cut off from
    # the block by bylines, share buttons and the lead image.
    lead_lines = range(
        layout.headline_at + 1, min(layout.body_start, layout.headline_at + 1 + LEAD_LINES)
    )
    for index in lead_lines if lead else ():
        line = lines[index]
        if (
            line.kind is TEXT
            and weights[index] >= PARAGRAPH_CHARS
            and ends_sentence(line.text)
            and not _alt_text_of_next(lines, index)
        ):
            draft.body.append(line.text)
    prompt_box = _prompt_box(lines, layout.body_start, layout.body_end)
    teaser_until = -1
    for index in range(layout.body_start, layout.body_end):
        line = lines[index]
        if line.kind is RELATED:
            # An inline "Read also" box: its title and summary are another story's.
            teaser_until = index + INLINE_TEASER_LINES
            continue
        if line.kind is not TEXT or _is_teaser_link(line.text, lexicon):
            continue
        if weights[index] <= 0 and is_credited(line.text):
            # A photo's caption or credit line (the prose weights make it furniture).
            continue
        if (
            _captioned(lines, index, layout.body_end)
            or (
                len(line.text) < PARAGRAPH_CHARS
                and _alt_text_over_caption(lines, index, layout.body_end)
            )
            or _beside_caption_label(lines, index)
        ):
            continue
        if index in prompt_box:
            continue
        if index <= teaser_until and weights[index] < LONG_PARAGRAPH_WEIGHT:
            continue
        if _alt_text_of_next(lines, index):
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
    if before > 0 and _alt_text_of_next(lines, index - 1):
        return False  # a caption under its image's alt text, with the credit after it
    after = weights[index + 1]
    if lines[index + 1].kind is not TEXT or after < PARAGRAPH_CHARS:
        return False
    return before > 0


def _prompt_box(lines: list[Line], start: int, end: int) -> set[int]:
    """The lines of reader prompts: each prompt line, the lines between two prompts a few
    lines apart (a consent box explains itself over several lines, only some of which name
    privacy or third parties) unless a picture stands between them, and the box's short
    unpunctuated title and link button."""
    prompts = [
        index
        for index in range(start, end)
        if len(lines[index].text) <= MAX_PROMPT_CHARS and _is_reader_prompt(lines[index].text)
    ]
    box: set[int] = set()
    if not prompts:
        return box
    box.update(prompts)
    for position in range(1, len(prompts)):
        first, second = prompts[position - 1], prompts[position]
        between = range(first + 1, second)
        # A photo credit between them: a picture (and the text around it) parts two boxes.
        if second - first <= PROMPT_BOX_LINES and not any(
            is_credited(lines[index].text) for index in between
        ):
            box.update(between)
    for index in prompts:
        for edge in (index - 1, index + 1):
            if start <= edge < end and _is_button(lines[edge].text):
                box.add(edge)
    return box


def _is_button(text: str) -> bool:
    return len(text) <= MAX_BUTTON_CHARS and not ends_sentence(text)


# An author's bio ("Jacob Wade is a personal finance expert who ...") or a sign-in prompt.
_BIO_OPENING = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,3} (?:is|was) (?:a|an|the) ")
_ACCOUNT_PROMPT = re.compile(r"regist(?:er|ering) for free|sign[ -]in\b|create an account", re.I)


def is_article_opening(lines: list[Line], start: int, end: int) -> bool:
    """Whether ``lines[start:end]``, above the article's main part, may open the article:
    no reader prompt, sign-in offer or author's bio among them (boxes that stand between a
    headline and the text)."""
    for line in lines[start:end]:
        text = line.text
        if len(text) <= MAX_PROMPT_CHARS and (
            _is_reader_prompt(text) or _ACCOUNT_PROMPT.search(text) is not None
        ):
            return False
        if _BIO_OPENING.match(text) is not None:
            return False
    return True


@short_text_cache()
def _is_reader_prompt(text: str) -> bool:
    lowered = text.lower()
    for hint in _PROMPT_HINTS:
        if hint in lowered:
            return _READER_PROMPT.search(text) is not None
    return False


def _captioned(lines: list[Line], index: int, end: int) -> bool:
    """A caption: a short line with a photo credit line right under it."""
    if index + 1 >= end or len(lines[index].text) > MAX_CAPTION_OVER_CREDIT_CHARS:
        return False
    following = lines[index + 1].text
    return (
        len(following) <= MAX_CREDIT_CHARS
        and is_credited(following)
        and (len(following.split()) <= MAX_CREDIT_WORDS or opens_on_credit(following))
        # "© Some Media Ltd. 2024" under the last paragraph is the story's copyright notice.
        and CALENDAR_YEAR.search(following) is None
    )


def _alt_text_over_caption(lines: list[Line], index: int, end: int) -> bool:
    """An image's alt text: a short line over the caption and its credit line, or over a
    caption that ends on its credit (a picture prints as those lines; a paragraph is longer)."""
    text = lines[index].text
    # len() first: the weighted length is never below it, and most lines here are paragraphs.
    if len(text) >= PARAGRAPH_CHARS or index + 1 >= end or weighted_length(text) >= PARAGRAPH_CHARS:
        return False
    return is_credited(lines[index + 1].text) or _captioned(lines, index + 1, end)


def _beside_caption_label(lines: list[Line], index: int) -> bool:
    """The alt text over a caption label ("Legende:", a LABEL line) or the caption under it."""
    for near in (index - 1, index + 1):
        if (
            0 <= near < len(lines)
            and lines[near].kind is LABEL
            and fold_label(lines[near].text) in CAPTION_LABELS
        ):
            return True
    return False


def _alt_text_of_next(lines: list[Line], index: int) -> bool:
    """An image's alt text, followed by its caption: the same words (and perhaps a credit
    after them), or the same text printed again."""
    if index + 1 >= len(lines):
        return False
    text, following = lines[index].text, lines[index + 1].text
    head = text[:ALT_PREFIX_CHARS]
    return len(head) >= MIN_SHORT_PARAGRAPH_CHARS and following.startswith(head)


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
    if len(text) < MAX_MEDIA_TEASER_CHARS and _MEDIA_TEASER.match(text):
        return True
    head, colon, rest = text.partition(":")
    return bool(colon) and len(head) <= 40 and rest != "" and _is_list_label(head, lexicon)


def _is_list_label(text: str, lexicon: Lexicon) -> bool:
    folded = fold_label(text)
    return folded in lexicon.related_labels or folded in lexicon.labels
