"""Where the article stands in a dump's lines: each line weighed, the heaviest block found.

Prose lines count their length, furniture costs (`newsclean.text.prose`); end labels, tag
lists, author boxes and the page's copyright notice cost most. The block finder
(`newsclean.text.block`) takes the heaviest run (a consent dialog's paragraphs and a stream of
teasers set aside), the headline finder (`newsclean.text.headline`) the title-like line before
it; `Layout` says where headline, header and body stand.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from newsclean.draft import MIN_PARAGRAPH_CHARS
from newsclean.lexicon import Lexicon, fold_label
from newsclean.memo import short_text_cache
from newsclean.text.block import (
    KIND_WEIGHTS,
    MAIN_PART_SHARE,
    best_block,
    main_part,
    split_at_gaps,
    trim_teaser_tail,
)
from newsclean.text.headline import find_headline
from newsclean.text.kicker import kicker_cut, with_kicker
from newsclean.text.lines import BYLINE, DATE, END, ID, LABEL, NOISE, RELATED, TEXT, Line
from newsclean.text.prose import (
    INTERLEAVED_REPEATS,
    MEMO_LINES,
    MEMO_MAX_CHARS,
    PARAGRAPH_CHARS,
    ProseMeter,
    ends_sentence,
    has_cjk,
)
from newsclean.text.title_shape import is_header_mark, is_previous_next_link
from newsclean.titles import same_title
from newsclean.words import letter_words

# A copyright notice (not a bare "©", which photo credits print too).
_COPYRIGHT = re.compile(
    "[Cc]opyright|COPYRIGHT|[Aa]ll [Rr]ights [Rr]eserved|Alle Rechte vorbehalten|"
    "[Tt]ous droits réservés|[Tt]odos los derechos reservados|[Tt]utti i diritti riservati|"
    "Все права защищены|版权所有|無断転載"
)
# A word of each of _COPYRIGHT's alternatives, looked for first: the pattern tries every
# alternative at every character (~6 µs on a 150-character line), `in` a few words far less,
# and lines with none of them are nearly all. Each alternative must hold one of these words.
_COPYRIGHT_WORDS = (
    "opyright",
    "OPYRIGHT",
    "ights",
    "Rechte",
    "roits",
    "erechos",
    "iritti",
    "права",
    "版权所有",
    "無断転載",
)
COPYRIGHT_COST = -600.0
END_PREFIX_COST = -600.0
MAX_END_PREFIX_LINE_CHARS = 120
FOOTER_PART = 0.5
MAX_FOOTER_CHARS = 200
# Kinds that end the body wherever the block finder put its end: comment prompts. (A
# related-list label may stand inside the article: an inline "Read more" teaser.)
_BODY_STOPPERS = (END,)
_HEADER_KINDS = (DATE, ID, NOISE, LABEL, BYLINE)
# What ends the article's resumption after an inline teaser: another label, the end, or a
# date (the entries of a teaser list are dated; the paragraphs of an article are not).
_RESUME_STOPPERS = (RELATED, END, DATE)
# Furniture lines in a row that cost this much separate the article from what follows
# it (a comment thread, a teaser list): about fifteen menu or share lines.
GAP_COST = 400.0
# A related-list label inside the article ("Lest auch", "Read also") over one teaser
# title: the article goes on right under the title when that line weighs positive and
# the run from it, up to the next label, weighs this much (a paragraph or two between
# pictures and embeds). A teaser list goes on with more titles, dates or a second label.
MIN_RESUMED_WEIGHT = 100.0
# Short sentences after the heaviest block still belong to the body when an end label
# ("Comment") follows within this many lines.
EXTENSION_LINES = 12
# A list of stories at the block's head ("Most read"): entries of a photo caption, a title
# and the story's date or age, each within DATED_ENTRY_LINES of the last, MIN_DATED_ENTRIES
# or more in a row. An article's header dates it once, and this many paragraphs in a row
# follow its dateline.
MIN_DATED_ENTRIES = 4
DATED_ENTRY_LINES = 6
BODY_OPENING_PARAGRAPHS = 3


# A part of the block with this many dated lines is a comment thread (each comment is
# stamped); an earlier part of the block weighing MIN_ARTICLE_PART_WEIGHT is the article.
MIN_THREAD_DATES = 5
# Above a dated thread, a short post is its article: a few paragraphs weigh this much.
SHORT_ARTICLE_WEIGHT = 400.0
MIN_ARTICLE_PART_WEIGHT = 1000.0


def _before_dated_thread(
    lines: list[Line], weights: list[float], block: tuple[int, int], part: tuple[int, int]
) -> tuple[int, int]:
    """``part``, or the heaviest part before it when ``part`` is a comment thread: a
    thread of long comments can outweigh the article above it, but each of its entries
    prints a date, and an article's paragraphs do not. The article may stand in the same
    block, or in a block of its own above it (a row of share buttons, each an end label,
    parts the two)."""
    start, end = part
    dates = sum(1 for index in range(start, end) if lines[index].kind is DATE)
    if dates < MIN_THREAD_DATES:
        return part
    earlier = _article_parts(weights, block[0], start, SHORT_ARTICLE_WEIGHT)
    above = best_block(weights[: block[0]])
    if not earlier and above is not None:
        earlier = _article_parts(weights, *above, SHORT_ARTICLE_WEIGHT)
    if not earlier:
        return part
    _, part_start, part_end = max(earlier)
    return part_start, part_end


def _continued(
    lines: list[Line], weights: list[float], start: int, end: int, block_end: int
) -> tuple[int, int]:
    """``(end, resumed_at)``: ``end`` moved past the parts of the block after it that
    continue the article: heavy prose, behind a gap of short lines only (a chart's labels, a
    gallery), with no date, no label, no related or end marker and no copyright notice or
    end prefix anywhere (a comment thread is dated, a teaser list labelled, a footer
    signed). Sharing buttons and a newsletter box (end and furniture labels) may stand in the
    gap when what follows outweighs the article above them twice: the article's opening
    stood above a box set inside it. ``resumed_at`` is where that heavier part starts (the
    end markers before it are not the article's end), else ``end``'s first value."""
    checked = end
    resumed_at = end
    article = sum(weight for weight in weights[start:end] if weight > 0)
    for part_start, part_end, total in split_at_gaps(weights, end, block_end, GAP_COST):
        kinds = {lines[index].kind for index in range(checked, part_end)}
        if any(
            weights[index] <= COPYRIGHT_COST and lines[index].kind is not END
            for index in range(checked, part_end)
        ):
            break
        if not kinds <= _PLAIN_KINDS:
            if (
                kinds <= _INSET_KINDS
                and total >= INSET_OUTWEIGHED * article
                and resumed_at == end
                and not _ends_the_page(lines, checked, part_end)
            ):
                resumed_at = part_start
            else:
                break
        checked = part_end
        if total >= MIN_ARTICLE_PART_WEIGHT:
            end = part_end
            article += total
        # A light part of plain lines (a chart's title and axis labels) is more of the gap.
    return end, resumed_at


def _ends_the_page(lines: list[Line], start: int, end: int) -> bool:
    """Whether ``lines[start:end]`` hold what follows an article, not an inset inside it:
    links to the previous and next posts, or the count heading a comment thread."""
    return any(
        is_previous_next_link(lines[index].text) or _COMMENT_COUNT_LINE.fullmatch(lines[index].text)
        for index in range(start, end)
    )


_PLAIN_KINDS = frozenset({TEXT, NOISE})
_INSET_KINDS = frozenset({TEXT, NOISE, LABEL, END})
INSET_OUTWEIGHED = 2.0


def _article_parts(
    weights: list[float], start: int, end: int, least: float = MIN_ARTICLE_PART_WEIGHT
) -> list[tuple[float, int, int]]:
    """``(total, start, end)`` of the parts of ``[start, end)`` heavy enough to be an article."""
    return [
        (total, part_start, part_end)
        for part_start, part_end, total in split_at_gaps(weights, start, end, GAP_COST)
        if total >= least
    ]


# A line that repeats the headline is a copy of it or the headline with more after it: a
# prefix of the headline's length, and a little more, tells which.
SAME_TITLE_SLACK_CHARS = 10


@dataclass(frozen=True)
class Layout:
    """Where the parts of the article stand in the dump's lines (end exclusive)."""

    headline_at: int
    body_start: int
    # The body's first paragraph-length line: dates and bylines stand above it.
    first_paragraph: int
    body_end: int
    # Where the headline starts in its line: past a kicker printed as an element of its own.
    headline_from: int = 0
    # The headline with its kicker from the line above, when the page prints them joined.
    headline_text: str | None = None
    # False for a body-only dump: the article's text alone, its first line a paragraph.
    has_headline: bool = True
    # The article's opening paragraphs above a gap of furniture, between the headline and
    # body_start (start, end), when the block finder took only the part below the gap.
    intro: tuple[int, int] | None = None


def weigh_lines(
    lines: list[Line], meter: ProseMeter, repeats: Counter[str], lexicon: Lexicon
) -> list[float]:
    """Each line's weight for the block finder: prose counts its length, furniture costs.

    Lines that open like a tag list or an author box end the article, and so does a
    copyright notice in the second half of the dump (the page footer; higher up,
    "Copyright 2026 The AP" may be a photo credit).
    """
    # One pass and, for a short line, one memo lookup that answers everything: this runs
    # for every line of every dump, and short lines recur from one dump of a site to the next.
    memos = _short_line_memos(meter, lexicon.end_prefixes)
    footer_from = int(len(lines) * FOOTER_PART)
    fixed_weights = KIND_WEIGHTS
    weights: list[float] = []
    append = weights.append
    for index, line in enumerate(lines):
        fixed = fixed_weights.get(line.kind)
        if fixed is not None:
            append(fixed)
            continue
        text = line.text
        # `repeat_class`, inlined: a call per line costs more than the test.
        count = repeats[text]
        kind = 0 if count <= 1 else 1 if count < INTERLEAVED_REPEATS else 2
        if len(text) > MEMO_MAX_CHARS:
            weight, copyright_notice = _line_weight(text, kind, meter, lexicon.end_prefixes)
        else:
            memo = memos[kind]
            found = memo.get(text)
            if found is None:
                if len(memo) >= MEMO_LINES:
                    memo.clear()
                found = memo[text] = _line_weight(text, kind, meter, lexicon.end_prefixes)
            weight, copyright_notice = found
        append(COPYRIGHT_COST if copyright_notice and index >= footer_from else weight)
    return weights


@lru_cache(maxsize=64)
def _short_line_memos(
    meter: ProseMeter, end_prefixes: tuple[str, ...]
) -> tuple[dict[str, tuple[float, bool]], ...]:
    """Per repeat class: short line -> (weight, is a copyright notice), for one meter and lexicon."""
    return ({}, {}, {})


def _line_weight(
    text: str, kind: int, meter: ProseMeter, end_prefixes: tuple[str, ...]
) -> tuple[float, bool]:
    """A line's weight where it is no footer, and whether it is a copyright notice (a footer
    only in the dump's second half). An end prefix outweighs both, wherever it stands."""
    if (
        len(text) <= MAX_END_PREFIX_LINE_CHARS
        and text[:1].casefold() in _initials(end_prefixes)
        and _opens_with(text, end_prefixes)
    ):
        return END_PREFIX_COST, False
    # `_is_copyright`'s own first test, before its memo: a paragraph is no copyright notice.
    return meter.weight_in_class(text, kind), len(text) <= MAX_FOOTER_CHARS and _is_copyright(text)


# The vocabulary of a consent or privacy-settings dialog, one family of word stems per
# idea: consent, storing on the device, personal data, cookies and trackers, the purposes
# and partners listed, their legal ground. Such a dialog prints paragraphs of legal prose
# that can outweigh a short article; a paragraph naming two or more of these ideas is the
# dialog's, and an article rarely names two in most of its paragraphs.
_CONSENT_IDEAS = (
    ("einwillig", "zustimm", "consent", "consentimiento", "consenso", "zgod"),
    ("speicherung", "zugriff", "endgerät", "storage", "stockage", "almacenamiento", "device"),
    (
        "personenbezogen",
        "personal data",
        "personal information",
        "données personnelles",
        "datos personales",
        "dati personali",
        "dane osobowe",
    ),
    ("cookie", "tracking", "tracker"),
    ("zweck", "purpose", "finalit", "finalidad"),
    (
        "rechtsgrundlage",
        "berechtigte",
        "legitimate interest",
        "intérêt légitime",
        "interés legítimo",
        "widerruf",
        "withdraw",
        "datenverarbeitung",
        "data processing",
        "datenübermittlung",
        "traitement des données",
        "tratamiento de datos",
    ),
    ("nutzerprofil", "user profile", "drittanbieter", "third part", "vendor"),
)
# Each stem with its idea, in one flat run: `in` tests on the lower-cased line cost a
# fraction of a pattern of the same words (sre tries the alternatives at every position).
_CONSENT_STEMS = tuple((stem, idea) for idea, stems in enumerate(_CONSENT_IDEAS) for stem in stems)
CONSENT_SAMPLE_CHARS = 600
# A block whose positive weight is this much in such paragraphs is a consent dialog.
CONSENT_SHARE = 0.5


def _is_consent_prose(text: str) -> bool:
    """A paragraph of a consent dialog: it names two of its ideas.

    >>> _is_consent_prose("Die technische Speicherung ist für den Zweck erforderlich.")
    True
    >>> _is_consent_prose("The council will store the grain for the winter.")
    False
    """
    # A dialog's paragraph names its ideas in its first sentences; the sample bounds the
    # cost on an article's long paragraphs.
    lowered = text[:CONSENT_SAMPLE_CHARS].lower()
    named = -1  # the first idea found
    for stem, idea in _CONSENT_STEMS:
        if idea != named and stem in lowered:
            if named >= 0:
                return True
            named = idea
    return False


def _is_consent_dialog(lines: list[Line], weights: list[float], start: int, end: int) -> bool:
    """Whether most of the block's prose is a consent dialog's."""
    paragraphs = [index for index in range(start, end) if weights[index] > 0]
    total = sum(weights[index] for index in paragraphs)
    # The heaviest paragraphs first, until those that are no dialog's outweigh the share
    # the dialog may leave them: an article's two or three longest settle it.
    paragraphs.sort(key=weights.__getitem__, reverse=True)
    allowed = (1 - CONSENT_SHARE) * total
    other = 0.0
    for index in paragraphs:
        if not _is_consent_prose(lines[index].text):
            other += weights[index]
            if other > allowed:
                return False
    return total > 0


# Blocks set aside as dialogs before the article is found: a page prints one or two.
MAX_SKIPPED_BLOCKS = 2


def article_block(lines: list[Line], weights: list[float]) -> tuple[int, int] | None:
    """The heaviest block once consent dialogs and teaser streams are set aside (None when
    there is none). A dialog is looked for in the dump's second half only: an overlay is
    printed after the page it covers (and the test costs a few µs a paragraph)."""
    block = best_block(weights)
    masked: list[float] | None = None
    for _ in range(MAX_SKIPPED_BLOCKS):
        if block is None:
            return None
        if block[0] >= len(lines) * FOOTER_PART and _is_consent_dialog(lines, weights, *block):
            if masked is None:
                masked = list(weights)
            # The dialog's paragraphs count as nothing (an article printed in the same
            # block, across a little furniture, keeps its weight): the block is looked for
            # again.
            for index in range(*block):
                if masked[index] > 0 and _is_consent_prose(lines[index].text):
                    masked[index] = 0.0
            block = best_block(masked)
            continue
        return _past_teaser_stream(masked or weights, block)
    return block


def _past_teaser_stream(weights: list[float], block: tuple[int, int]) -> tuple[int, int]:
    """``block``, or the heaviest block elsewhere when ``block`` is a teaser stream from its
    first summary on (a paywalled article's two paragraphs weigh less than a list of
    teasers after it) and that block outweighs the stream's first summary."""
    start, end = block
    cut = trim_teaser_tail(weights, start, end)
    if cut == end or any(weight > 0 for weight in weights[start + 1 : cut]):
        return block
    masked = list(weights)
    masked[start:end] = [min(weight, 0.0) for weight in weights[start:end]]
    other = best_block(masked)
    if other is None or sum(masked[other[0] : other[1]]) <= weights[start]:
        return block
    return other


def find_layout(
    lines: list[Line],
    weights: list[float],
    repeats: Counter[str],
    *,
    comments: bool = True,
    leads: frozenset[int] = frozenset(),
) -> Layout | None:
    """Headline and body span: the heaviest block, and the title-like line before it.

    ``comments=False`` says the dump prints no comment heading (`may_have_comment_heading`
    on its text), which spares looking for one line by line. ``leads`` are the lines that
    open with the publisher's dateline: never the headline, and a paragraph however short.
    """
    commented = commented_title(lines) if comments else None
    if commented is not None:
        # The article stands between its title's first printing and the heading of its
        # comments (a summary box or a preview may print the title again in between).
        titles, heading_at = commented
        after = titles[0] + 1
        inner = best_block(weights[after:heading_at])
        block = None if inner is None else (inner[0] + after, inner[1] + after)
    else:
        block = article_block(lines, weights)
    if block is None:
        first_text = next((i for i, line in enumerate(lines) if line.kind is TEXT), None)
        if first_text is None:
            return None
        if first_text == len(lines) - 1 and _is_lone_paragraph(lines[first_text].text):
            # One line of text, cut off or without a stop: the dump is that paragraph alone.
            return Layout(first_text, first_text, first_text, first_text + 1, has_headline=False)
        return Layout(first_text, first_text + 1, first_text + 1, first_text + 1)
    start, end = _before_dated_thread(lines, weights, block, main_part(weights, *block, GAP_COST))
    end, resumed_at = _continued(lines, weights, start, end, block[1])
    end = _past_inline_teasers(lines, weights, trim_teaser_tail(weights, start, end))
    block_start = start
    start = _past_dated_list(lines, weights, start, end)
    # The block may open with furniture or the headline itself: look for the headline up
    # to its first real paragraph.
    first_paragraph = next((i for i in range(start, end) if weights[i] >= PARAGRAPH_CHARS), start)
    headline_at: int | None
    if commented is not None:
        # The title printed last before the article's first paragraph.
        headline_at = max(
            at for at in commented[0] if at < first_paragraph or at == commented[0][0]
        )
    else:
        headline_at = find_headline(
            lines, first_paragraph, end, repeats, weights, range(block_start, start), leads
        )
    body_only = False
    if headline_at is None:
        headline_at = first_paragraph
        # Nothing title-like above the first paragraph, and that line is a paragraph, not a
        # title: a dump of the article's text alone. It opens the body; there is no headline.
        body_only = weights[first_paragraph] >= PARAGRAPH_CHARS and (
            _is_paragraph_line(lines[first_paragraph].text) or first_paragraph in leads
        )
    body_start = headline_at if body_only else max(start, headline_at + 1)
    headline = lines[headline_at].text
    # Only whether a line repeats the headline matters here, which its first characters
    # decide: comparing those spares casefolding a whole paragraph.
    compared_chars = len(headline) + SAME_TITLE_SLACK_CHARS
    while (
        not body_only
        and body_start < end
        and (
            lines[body_start].kind in _HEADER_KINDS
            or same_title(lines[body_start].text[:compared_chars], headline) is not None
        )
    ):
        body_start += 1
    end = _extend_to_end_label(lines, end)
    body_end = body_start
    while body_end < end:
        line = lines[body_end]
        if body_end < resumed_at and line.kind is END:
            body_end += 1  # an inset's sharing or newsletter label: the article goes on
            continue
        if (
            line.kind in _BODY_STOPPERS
            or (line.kind is ID and body_end > body_start)
            or weights[body_end] <= COPYRIGHT_COST
        ):
            break
        body_end += 1
    body_end = _before_comment_count(lines, weights, first_paragraph, body_start, body_end)
    if body_end <= body_start and not body_only and _is_lone_paragraph(headline):
        # Nothing follows the "headline": the dump is one paragraph of text alone.
        return Layout(headline_at, headline_at, headline_at, headline_at + 1, has_headline=False)
    return Layout(
        headline_at,
        body_start,
        max(body_start, first_paragraph),
        body_end,
        kicker_cut(lines, headline_at),
        with_kicker(lines, headline_at, repeats),
        has_headline=not body_only,
        intro=None if body_only else _intro(lines, weights, headline_at, block_start),
    )


# A part between the headline and the article's main part weighing this much is the
# article's opening (an in-article table of contents or a gallery parted the two).
MIN_INTRO_WEIGHT = 250.0


def _intro(
    lines: list[Line], weights: list[float], headline_at: int, block_start: int
) -> tuple[int, int] | None:
    """The article's opening paragraphs, standing between its headline and the part of the
    block taken as the article, behind a gap of furniture; None when there are none."""
    if block_start - headline_at <= 2:
        return None
    parts = [
        (start, end)
        for start, end, total in split_at_gaps(weights, headline_at + 1, block_start, GAP_COST)
        if total >= MIN_INTRO_WEIGHT
    ]
    if not parts:
        return None
    start, end = parts[0][0], parts[-1][1]
    if any(line.kind is RELATED or line.kind is END for line in lines[start:end]):
        return None
    return start, end


# The heading over a blog post's comments names the post: "5 thoughts on “Title”",
# "2 Gedanken zu „Title“", "Ein Kommentar zu “Title”", "3 réponses à « Title »".
# The count and the word for the comments: "5 thoughts", "Ein Kommentar", "3 réponses".
_COMMENT_COUNT = (
    r"(?:\d+|one|ein|eine|un|une|uno|una)\s+(?:thoughts?|responses?|comments?|replies|reply|"
    r"gedanken?|kommentare?|antworten|antwort|réponses?|commentaires?|risposte|commenti|"
    r"respuestas?|comentarios?|reacties|reactie)"
)
# "27 commentaires", "5 Comments": the heading of a thread that prints no title.
_COMMENT_COUNT_LINE = re.compile(rf"{_COMMENT_COUNT}", re.I)
_COMMENT_HEADING = re.compile(
    rf"{_COMMENT_COUNT}\s+(?:on|to|zu|auf|à|sur|a|su|en|para|op)\s+"
    r"[„\"“«‘'‚]\s*(?P<title>.+?)\s*[“\"”»’'‘]$",
    re.I,
)
MAX_COMMENT_HEADING_CHARS = 300
# The heading's opening words at a line's start, searched in the whole dump at once. A
# newline opens the pattern rather than a multi-line "^": the search then jumps from line
# end to line end (half the time on a seed dump). The lookaheads (the first letters the
# count and the comment word can have) fail most lines at once, where the alternatives
# would each be tried in turn (half the time again).
_COMMENT_HEADING_START = re.compile(
    r"(?i)\n(?=[ \t\doeu])[ \t]*"
    + _COMMENT_COUNT.replace(r"\s+(?:", r"\s+(?=[trcgka])(?:", 1)
    + r"\s"
)


def may_have_comment_heading(text: str) -> bool:
    """Whether the dump may print a comment heading: one search over its text, which costs
    a tenth of looking at every line.

    >>> may_have_comment_heading("Body\\n5 thoughts on “Title”"), may_have_comment_heading("Body")
    (True, False)
    >>> may_have_comment_heading("2 Gedanken zu „Title“\\nBody")
    True
    """
    return _COMMENT_HEADING_START.search(text) is not None or (
        _COMMENT_HEADING_START.match("\n" + text[:MAX_COMMENT_HEADING_CHARS]) is not None
    )


# The heading of a comment thread that counts it, on a line of its own: "12 Kommentare",
# "3 COMMENTS", "Comments (35)".
_COMMENT_COUNT_HEADING = re.compile(
    rf"{_COMMENT_COUNT}|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)"
    r"\s*\(\d+\)",
    re.I,
)
MAX_COMMENT_COUNT_CHARS = 30


def _before_comment_count(
    lines: list[Line], weights: list[float], first_paragraph: int, body_start: int, body_end: int
) -> int:
    """``body_end`` moved up to a comment thread's count heading inside the body, when the
    article above it weighs SHORT_ARTICLE_WEIGHT: the comments under a post read as prose and
    need not be dated. (Under the headline, beside the byline, the count links to the thread;
    there the article is still to come.)"""
    article = 0.0
    for index in range(body_start, body_end):
        weight = weights[index]
        if weight > 0:
            article += weight
            continue
        text = lines[index].text
        if (
            index > first_paragraph
            and article >= SHORT_ARTICLE_WEIGHT
            and len(text) <= MAX_COMMENT_COUNT_CHARS
            and _COMMENT_COUNT_HEADING.fullmatch(text.strip()) is not None
        ):
            return index
    return body_end


_CLOSING_QUOTES = frozenset("“\"”»’'‘")


def commented_title(lines: list[Line]) -> tuple[tuple[int, ...], int] | None:
    """``(title lines, comment heading line)`` when a heading over the comments names a
    title that lines above it print, else None."""
    for index, line in enumerate(lines):
        text = line.text
        # The heading ends on the title's closing quote: one look at the last character
        # spares the pattern nearly every line (this runs on every dump).
        if text[-1:] not in _CLOSING_QUOTES or len(text) > MAX_COMMENT_HEADING_CHARS:
            continue
        match = _COMMENT_HEADING.match(text)
        if match is None:
            continue
        title = match.group("title").casefold()
        folded = fold_label(title)
        if not folded:
            return None
        # The lines that print the title as the heading quotes it; else those that print
        # it with other punctuation (a reblog's "Title:" may stand nearer).
        above = range(index)
        found = tuple(at for at in above if lines[at].text.casefold() == title)
        if not found:
            found = tuple(at for at in above if fold_label(lines[at].text) == folded)
        return (found, index) if found else None
    return None


# A headline is rarely this long, and is not a finished sentence of more than a line's length.
PARAGRAPH_LINE_CHARS = 200
SENTENCE_LINE_CHARS = 100


# A paragraph is words: a line of digits, symbols or one long token is no text alone.
MIN_LONE_PARAGRAPH_WORDS = 8


def _is_lone_paragraph(text: str) -> bool:
    """A line with nothing after it is the dump's one paragraph when it is as long as the
    pipeline asks a paragraph to be (it may be cut off mid-word: body-only excerpts are)
    and holds words (or text of a script written without spaces).

    >>> _is_lone_paragraph("0" * 120), _is_lone_paragraph("The council voted to close it. " * 4)
    (False, True)
    """
    if len(text) < MIN_PARAGRAPH_CHARS:
        return False
    return has_cjk(text) or len(letter_words(text.casefold())) >= MIN_LONE_PARAGRAPH_WORDS


def _is_paragraph_line(text: str) -> bool:
    return len(text) >= PARAGRAPH_LINE_CHARS or (
        len(text) >= SENTENCE_LINE_CHARS and ends_sentence(text)
    )


def _past_inline_teasers(lines: list[Line], weights: list[float], end: int) -> int:
    """The block's end moved past "Read also" boxes inside the article: a related-list
    label and its teaser, followed by more of the article (numbered points between pictures
    and embeds weigh too little, on their own, to outweigh the label's cost)."""
    while end < len(lines) and lines[end].kind is RELATED:
        resumed_end = _resumed_end(lines, weights, end + 2)
        if resumed_end is None:
            break
        end = resumed_end
    return end


def _resumed_end(lines: list[Line], weights: list[float], start: int) -> int | None:
    """The end of the heaviest run of lines from ``start`` up to the next label, when it
    opens on a positive line and weighs MIN_RESUMED_WEIGHT or more."""
    if start >= len(lines) or weights[start] <= 0:
        return None
    best_total, best_end = 0.0, None
    total = 0.0
    for index in range(start, len(lines)):
        if lines[index].kind in _RESUME_STOPPERS or weights[index] <= COPYRIGHT_COST:
            break
        total += weights[index]
        if total > best_total:
            best_total, best_end = total, index + 1
    return best_end if best_total >= MIN_RESUMED_WEIGHT else None


def _past_dated_list(lines: list[Line], weights: list[float], start: int, end: int) -> int:
    """The block's start moved past a list of dated stories that opens it, when the rest
    still weighs at least MAIN_PART_SHARE of the list (a live blog's entries are dated too,
    but its last entry alone weighs less than the others).

    The article's own dateline, the last before its paragraphs, ends the list.
    """
    entries = 0
    listed_to = start
    group_end = start  # one past the last mark seen; the block opens with a paragraph
    index = start
    while index < end and index - group_end < DATED_ENTRY_LINES:
        if weights[index] > 0 or not is_header_mark(lines[index]):
            index += 1
            continue
        # Marks in a row ("By ...", "Published ...", "Updated ...") date one entry.
        group_end = index + 1
        while group_end < end and weights[group_end] <= 0 and is_header_mark(lines[group_end]):
            group_end += 1
        if _paragraphs_follow(weights, group_end, end):
            break
        entries += 1
        listed_to = index = group_end
    if entries < MIN_DATED_ENTRIES:
        return start
    listed = sum(weight for weight in weights[start:listed_to] if weight > 0)
    rest = sum(weight for weight in weights[listed_to:end] if weight > 0)
    return listed_to if rest >= MAIN_PART_SHARE * listed else start


def _paragraphs_follow(weights: list[float], index: int, end: int) -> bool:
    """BODY_OPENING_PARAGRAPHS paragraphs in a row at ``index``: an article's body under its
    dateline. A list entry's date is followed by its title and the next entry's summary."""
    stop = index + BODY_OPENING_PARAGRAPHS
    return stop <= end and all(weights[i] >= PARAGRAPH_CHARS for i in range(index, stop))


def _extend_to_end_label(lines: list[Line], end: int) -> int:
    """Move the block's end over short sentences (captions, one-line paragraphs) when an
    end-of-article label follows them closely: the label, not their length, ends the body."""
    for index in range(end, min(len(lines), end + EXTENSION_LINES)):
        line = lines[index]
        if line.kind in _BODY_STOPPERS or line.kind is ID:
            return index
        if line.kind is not TEXT or not line.ends_sentence:
            return end
    return end


@short_text_cache()
def _opens_with(text: str, prefixes: tuple[str, ...]) -> bool:
    if len(text) > MAX_END_PREFIX_LINE_CHARS or text[:1].casefold() not in _initials(prefixes):
        return False  # the cheap test first: most lines start with another letter
    return fold_label(text[:40]).startswith(prefixes)


@lru_cache(maxsize=16)
def _initials(prefixes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(prefix[:1] for prefix in prefixes)


@short_text_cache()
def _is_copyright(text: str) -> bool:
    """A site's copyright notice; "Name/Copyright 2026 The AP" is a photo credit."""
    if (
        len(text) > MAX_FOOTER_CHARS
        or not any(word in text for word in _COPYRIGHT_WORDS)
        or _COPYRIGHT.search(text) is None
    ):
        return False
    return text.startswith("©") or "/" not in text


# A list article (release notes, a changelog, "10 things"): its items are bulleted or
# numbered lines, too short to weigh as prose. Read only when the dump has no paragraph
# at all, where it would otherwise be refused as a menu.
_LIST_ITEM = re.compile(r"(?:[+*•·▪►●◦‣–—-]|\d{1,3}[.)])\s+\w")
MIN_LIST_ITEMS = 5
# A menu's entries are a word or two; a list article's items are phrases or sentences.
MIN_MEAN_ITEM_CHARS = 20
# A heading or a blank-ish separator between two runs of items: the same list goes on.
LIST_GAP_LINES = 2
MAX_LIST_HEADLINE_CHARS = 150


def list_article(lines: list[Line]) -> Layout | None:
    """The layout of a list article: its longest run of item lines (a heading, a separator
    line or two between runs is still the same list), headline the title-like line above.

    None when the dump holds no such run of MIN_LIST_ITEMS items or more.
    """
    best: tuple[int, int] | None = None
    best_chars = 0
    start = end = -LIST_GAP_LINES - 1
    chars = 0
    for index, line in enumerate(lines):
        if line.kind is TEXT and _LIST_ITEM.match(line.text):
            if index > end + LIST_GAP_LINES:
                start, chars = index, 0
            end = index
            chars += len(line.text)
            if chars > best_chars:
                best, best_chars = (start, end + 1), chars
    if best is None:
        return None
    start, end = best
    items = [line for line in lines[start:end] if _LIST_ITEM.match(line.text)]
    if len(items) < MIN_LIST_ITEMS or best_chars < len(items) * MIN_MEAN_ITEM_CHARS:
        return None
    headline_at = next(
        (
            index
            for index in range(start - 1, max(-1, start - 4), -1)
            if lines[index].kind is TEXT and len(lines[index].text) <= MAX_LIST_HEADLINE_CHARS
        ),
        None,
    )
    if headline_at is None:
        return Layout(start, start, start, end, has_headline=False)
    return Layout(headline_at, start, start, end)
