"""Where the headline of a text dump is chosen: the title-like line just before the article.

Pages print the headline once or several times (browser title ``Headline | Site``, image alt
text, the ``<h1>``), below the site name, menus and a section label, above the standfirst
or byline. Candidates are the text lines shortly before the article block; each is scored
for looking like a title (several words, no closing full stop, not a kicker ending in a
colon) and for being printed again elsewhere, and lines further from the block cost more.
Where the page prints its own title right over the article's header (a kicker and the
headline), the header's headline wins; a kicker wins over neither, nor does a sentence (a
caption, a summary point) over a line that reads like a title. A deck right under the
headline loses to it, and so does a line between the header (headline, byline, date) and
the text: a video's title, a caption. A teaser's copy of a line cut short ("Talks resume in
Gen...") is no candidate, and menu entries printed with no space between cost what
breadcrumbs do. A breadcrumb trail's last item is a copy of the headline, as a browser title
is; and once a line above the block has its byline or date just over the text, no line
inside the text is a candidate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from newsclean.agencies import names_an_agency
from newsclean.dates import find_date
from newsclean.memo import short_text_cache
from newsclean.text.kicker import bare_copy, bare_text, glued_kicker, is_kicker
from newsclean.text.lines import TEXT, Line
from newsclean.text.prose import PARAGRAPH_CHARS, has_cjk
from newsclean.text.title_shape import (
    CLAUSE_ENDS,
    DIGIT,
    MAX_TITLE_CHARS,
    MIN_TITLE_CHARS,
    breadcrumb_tail,
    ends_clause,
    is_header_mark,
    is_split_byline,
    title_score,
)
from newsclean.words import LETTER_RUNS, ascii_plain, ascii_words

# How far before the article block the headline may stand (bylines, dates, captions,
# share buttons and a standfirst come between).
WINDOW_LINES = 60
# ... or this far into it, when a teaser paragraph above the headline opened the block early.
LINES_INTO_BLOCK = 25
PARAGRAPH_WEIGHT = PARAGRAPH_CHARS
LONG_TITLE_CHARS = 200
# A date or byline within this many lines below a candidate marks it as the headline.
HEADER_MARK_LINES = 10
# A headline found inside the block has its byline or date right below it.
INSIDE_MARK_LINES = 10
# Between a headline and its byline or date: a standfirst, and perhaps a caption or a
# teaser link; more paragraphs than this and the mark dates what follows them.
MAX_HEADER_PARAGRAPHS = 2
STANDFIRST_BONUS = 1.5
# A standfirst is longer than its headline, if only by a sixth.
STANDFIRST_RATIO = 1.15
DATED_LINE_COST = 2.0
# "Headline | Site", "Headline - Site": the browser title, printed by some pages.
_SITE_SUFFIX = re.compile(r"\s+(?:[|\-–—·:]{1,2}|::)\s+[^|\-–—·]{2,60}$")
SITE_SUFFIX_CHARS = 1 + 2 + 1 + 60 + 2
# The separator the suffix needs: a search for it alone (a set of characters, which sre
# scans for) fails most lines in a third of the time the suffix pattern takes.
_SITE_SUFFIX_MARK = re.compile(r"[|\-–—·:]")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")
# The article's opening text the headline's words are looked for in.
BODY_SAMPLE_CHARS = 2500
BODY_SAMPLE_LINE_CHARS = 500
OVERLAP_WEIGHT = 3.0
NO_OVERLAP_COST = 1.5
# A page's own title printed right above the article's header (kicker and headline) costs
# this much: about the overlap's whole advantage (title copies are worded like the text).
PAGE_TITLE_COST = 2.0
# The headline under the kicker is a rival to the title above when it reads nearly as much
# like a title: a word or three shorter at most (each word adds 0.3 to `title_score`).
RIVAL_MARGIN = 1.0
# ... and is about as long: a much longer line below is a caption or a standfirst.
RIVAL_LENGTH_RATIO = 1.5
# A deck under its headline: about what the line right under it gains as its standfirst.
DECK_COST = 1.5
# A kicker has this many words at most: a deck and its headline each have more.
KICKER_WORDS = 6
# "Home News Talks resume in Geneva" over "Talks resume in Geneva": breadcrumbs or a section
# label glued to the headline by the dump, the headline printed bare close by. The words in
# front add to the title look (and to the overlap), so this takes about that back. (A kicker
# joined with a colon or dash, "Vote: Council closes the ferry", is the title itself.)
PREFIXED_COPY_COST = 2.0
PREFIXED_COPY_LINES = 5
# A line under the header a candidate above took its byline or date from, with none of its
# own below: about a header mark's half.
BELOW_HEADER_COST = 1.5


def find_headline(
    lines: Sequence[Line],
    first_paragraph: int,
    block_end: int,
    repeats: Counter[str],
    weights: Sequence[float],
    story_list: range = range(0),
    leads: frozenset[int] = frozenset(),
) -> int | None:
    """Index of the headline line, None when nothing near the block looks like a title.

    Candidates stand up to WINDOW_LINES before the block's first paragraph, or a few lines
    into the block when the block opened early (a teaser paragraph above the headline) and
    no line above it took a byline or date standing just over the block (the article's
    header is there, and a line of the text with a date below is a caption or a quote);
    none in ``story_list``, a list of other stories above the article (their titles have
    dates below them and the next entry's summary as a standfirst), and none of ``leads``,
    lines that open with the publisher's dateline ("Islam Times - ...").
    """
    first = max(0, first_paragraph - WINDOW_LINES)
    last = min(block_end, first_paragraph + LINES_INTO_BLOCK)
    # Texts that a longer line prints with a site name after them.
    suffixed = {_without_site_name(lines[index].text) for index in range(first, last)}
    # ... and that a breadcrumb trail ends with ("Home » Region » Ferry landing closes").
    suffixed.update(
        breadcrumb_tail(lines[index].text)
        for index in range(first, last)
        if weights[index] < PARAGRAPH_WEIGHT  # a trail is furniture, never a paragraph
    )
    header_marks = [
        is_header_mark(lines[index]) or is_split_byline(lines, index)
        for index in range(first, last)
    ]
    scored: list[tuple[int, float]] = []
    # The last header mark a candidate took: the article's header ends there.
    header_mark = -1
    # A candidate above the block took a byline or date standing above it too: the article's
    # header is found, and a line inside the text is a caption or a quote, never the headline.
    header_above = False
    for index in range(first, last):
        if header_above and index > first_paragraph:
            break
        line = lines[index]
        if (
            index in story_list
            or index in leads
            or line.kind is not TEXT
            or (
                # A paragraph-weight line is a headline only if it reads like one: a title may
                # hold a full stop inside ("... a horrible idea,' advisor says") but not end on one.
                weights[index] >= PARAGRAPH_WEIGHT
                and (line.text.endswith(".") or len(line.text) > LONG_TITLE_CHARS)
            )
        ):
            continue
        if index >= first_paragraph and line.text.endswith("."):
            # A sentence inside the block is body text (its words trivially match the body).
            continue
        if header_marks[index - first]:
            continue  # a dateline ("05.08.2024, kl. 13.05") is not a title
        if _names_the_dateline(line.text, lines, first_paragraph) or names_an_agency(line.text):
            # The agency whose dateline opens the lead ("AhlulBayt News Agency (ABNA): ..."),
            # or its masthead, worded otherwise than its dateline.
            continue
        if line.text.endswith(_ELLIPSES) and _cut_short(line.text, lines):
            continue  # a teaser's truncated copy of a line the page prints whole
        # A copy of the line elsewhere, with a site name or a label after it, is a sign
        # of a headline (the browser title, a video player's caption).
        has_copy = line.text in suffixed or bare_text(line.text, repeats) is not None
        score = title_score(line.text, repeats[line.text], has_copy)
        if score <= 0:
            continue
        if DIGIT.search(line.text) and find_date(line.text, fallback=False) is not None:
            score -= DATED_LINE_COST  # "..., 24. April 2023": a caption names its date
        if _standfirst_follows(lines, index, weights):
            score += STANDFIRST_BONUS
        elif (
            index > first
            and not header_marks[index - 1 - first]
            and _standfirst_follows(lines, index - 1, weights)
        ):
            # This is the standfirst under the line above (unless that is a dateline).
            score -= STANDFIRST_BONUS
        if index > first and _deck_under(lines, index):
            score -= DECK_COST  # the headline is the line above
        if _prefixes_nearby_line(lines, index, first, last):
            score -= PREFIXED_COPY_COST
        following = header_marks[index + 1 - first : index + 1 - first + HEADER_MARK_LINES]
        if any(following):
            # A headline's byline and date follow it before the article's text: with more
            # paragraphs between, the mark belongs to what follows them (a widget or teaser
            # opening the block would take the article's dateline).
            mark = index + 1 + following.index(True)
            header = range(index + 1, mark)
            if sum(1 for i in header if weights[i] >= PARAGRAPH_WEIGHT) > MAX_HEADER_PARAGRAPHS:
                following = []
            else:
                score += 2.5
                if mark >= header_mark:
                    header_mark = mark
                header_above = header_above or 0 < first_paragraph - mark <= HEADER_MARK_LINES
        elif index > header_mark >= 0 and not header_marks[index - 1 - first]:
            # Between the header (a headline, its byline and date) and the text: a photo
            # caption, a video's title, a standfirst. (A headline printed under its byline
            # or dateline, as some pages do, stands right below that line.)
            score -= BELOW_HEADER_COST
        if index < first_paragraph:
            between = first_paragraph - index
            score -= 0.05 * between
        elif not any(following[:INSIDE_MARK_LINES]):
            continue  # inside the text, a title-like line without byline or date is a subheading
        else:
            score -= 1.0 + 0.2 * (index - first_paragraph)
        scored.append((index, score))
    # Only candidates can form the title-kicker-headline run, so this waits for all of them.
    scored = _page_titles_demoted(lines, scored)
    if len(scored) <= 1:
        if scored and scored[0][1] > 0:
            return bare_copy(lines, scored[0][0], repeats, block_end)
        return None
    decided = _decided_without_overlap(lines, scored)
    if decided is not None:
        return bare_copy(lines, decided, repeats, block_end)
    # Several candidates: the words they share with the article's opening decide (read
    # only now: collecting the body's words is the costly part).
    # When the block's first paragraph is itself a candidate (a teaser above the headline, or
    # the headline), the sample starts below it: it would match its own words.
    sample_from = first_paragraph + any(index == first_paragraph for index, _ in scored)
    body_terms = _body_terms(lines, weights, sample_from, block_end)
    # A line ending on a full stop is chosen only when no title-like line is left: its
    # words match the body's because it is a sentence about the story (a summary point, a
    # caption), which the overlap would otherwise reward over a headline that words it
    # differently.
    best: int | None = None
    best_score = 0.0
    best_sentence: int | None = None
    best_sentence_score = 0.0
    for index, score in scored:
        score += _overlap_score(lines[index].text, body_terms)
        if ends_clause(lines[index].text):
            if score > best_sentence_score:
                best_sentence, best_sentence_score = index, score
        elif score > best_score:
            best, best_score = index, score
    if best is None:
        best = best_sentence
    return best if best is None else bare_copy(lines, best, repeats, block_end)


def _page_titles_demoted(
    lines: Sequence[Line], scored: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """Scores with PAGE_TITLE_COST taken off a candidate printed just above the article's
    header: a short kicker line, then another candidate (the headline under its kicker).

    Pages print their title (the browser or sharing title, often worded for search) right
    above the header, and the header's own headline, under its kicker or section label,
    is the one the article is read by. Left alone: a title that is the kicker and the
    headline joined ("Kicker: Headline" over "Kicker" and "Headline", one title printed
    twice), a copy of the line below (alt text and caption around a label), a headline
    below with its kicker glued on ("Kicker:Headline", the page's own title being the
    clean copy), and a line below that reads less like a title (a button under a label:
    "Save article", "Share on social media") or is much longer (a caption).
    """
    candidates = {index for index, _ in scored}
    demoted: list[tuple[int, float]] = []
    for index, score in scored:
        if index + 2 in candidates and is_kicker(lines[index + 1]):
            text, kicker, below = lines[index].text, lines[index + 1].text, lines[index + 2].text
            if (
                not text.startswith(kicker)
                and text != below
                and not glued_kicker(below)
                and len(below) <= RIVAL_LENGTH_RATIO * len(text)
                and _reads_as_title_as(below, text)
            ):
                score -= PAGE_TITLE_COST
        demoted.append((index, score))
    return demoted


def _decided_without_overlap(lines: Sequence[Line], scored: list[tuple[int, float]]) -> int | None:
    """The winner when the overlap with the body cannot change it, else None.

    The overlap adds between -NO_OVERLAP_COST and +OVERLAP_WEIGHT to each score. When every
    candidate is the same text (a headline printed twice) it adds the same to all of them;
    when the leader is ahead by more than that whole swing, nothing can overtake it. Either
    way the leader wins if it stays above zero even with the worst overlap.
    """
    best_index, best_score = max(scored, key=lambda item: item[1])  # first of equals, as below
    if best_score - NO_OVERLAP_COST <= 0:
        return None
    text = lines[best_index].text
    if all(lines[index].text == text for index, _ in scored):
        return best_index
    runner_up = max(score for index, score in scored if index != best_index)
    if best_score - runner_up > OVERLAP_WEIGHT + NO_OVERLAP_COST:
        return best_index
    return None


@short_text_cache()
def _without_site_name(text: str) -> str | None:
    """ "Headline | Site" without " | Site"; None when the line has no such suffix."""
    if len(text) <= MIN_TITLE_CHARS or len(text) > MAX_TITLE_CHARS + 80:
        return None
    # The suffix is anchored at the end and at most SITE_SUFFIX_CHARS long (spaces are
    # collapsed): searching only the tail finds the same match, without scanning paragraphs.
    tail = max(0, len(text) - SITE_SUFFIX_CHARS)
    if _SITE_SUFFIX_MARK.search(text, tail) is None:
        return None
    match = _SITE_SUFFIX.search(text, tail)
    return text[: match.start()] if match else None


def _prefixes_nearby_line(lines: Sequence[Line], index: int, first: int, last: int) -> bool:
    """Line ``index`` is a title-like line near it with words run into its front, no
    separator between ("Home News Talks resume in Geneva" and "Talks resume in Geneva").

    Both copies stand in the header: the bare one is the headline, the other has the
    breadcrumbs or section label the page printed in the same element glued on.
    """
    text = lines[index].text
    for other in range(max(first, index - PREFIXED_COPY_LINES), index + PREFIXED_COPY_LINES + 1):
        if other >= last:
            break
        tail = lines[other].text
        cut = len(text) - len(tail) - 1
        if (
            cut > 0
            and text[cut] == " "
            and text[cut - 1].isalnum()
            and lines[other].kind is TEXT
            and text.endswith(tail)
            and _has_words(tail, 3)
        ):
            return True
    return False


_ELLIPSES = ("...", "…")


def _cut_short(text: str, lines: Sequence[Line]) -> bool:
    """ "Talks resume in Gen...": a teaser's copy of a longer line the page prints whole.

    Not a title that ends on an ellipsis ("Alles hat seine Zeit…"), printed again with it
    ("Alles hat seine Zeit… | Site").

    >>> lines = [Line("Talks resume in Geneva after a week", TEXT), Line("All in good time… | Blog", TEXT)]
    >>> _cut_short("Talks resume in Gen...", lines), _cut_short("All in good time…", lines)
    (True, False)
    """
    stem = text.rstrip(".… ")
    if len(stem) < MIN_TITLE_CHARS:
        return False
    return any(
        line.text.startswith(stem)
        and len(line.text) > len(stem) + 1
        and line.text[len(stem)] not in ".…"
        and not line.text.endswith(_ELLIPSES)
        for line in lines
    )


def _standfirst_follows(lines: Sequence[Line], index: int, weights: Sequence[float]) -> bool:
    """The next line is a longer line of the same kind: a standfirst under its headline."""
    if index + 1 >= len(lines):
        return False
    text, following = lines[index].text, lines[index + 1]
    return (
        following.kind is TEXT
        and len(following.text) >= STANDFIRST_RATIO * len(text)
        and not text.endswith((".", ":"))
        and _has_words(text, 5)
        and _has_words(following.text, 10)
    )


def _deck_under(lines: Sequence[Line], index: int) -> bool:
    """Line ``index`` is a deck: a second title-like line of about the same length right
    under a headline ("Soros Family Gives Early Support to Tester" over "Liberal
    billionaire George Soros and his son max out to Tester").

    A standfirst is longer and a kicker shorter than the line it goes with; a deck is
    neither, and words the story like its text does, which the overlap vote rewards (and a
    caption under it may give it a standfirst's bonus). A copy of the line above, however
    joined or with a label glued on, and a dateline above are no headline over a deck.
    """
    above, text = lines[index - 1], lines[index].text
    return (
        above.kind is TEXT
        and len(text) < STANDFIRST_RATIO * len(above.text)
        and len(above.text) < STANDFIRST_RATIO * len(text)
        and not text.endswith(CLAUSE_ENDS)
        and not above.text.endswith(CLAUSE_ENDS)
        and _has_words(text, KICKER_WORDS + 1)
        and _has_words(above.text, KICKER_WORDS + 1)
        and not is_header_mark(above)
        and not _same_words(text, above.text)
    )


def _same_words(text: str, other: str) -> bool:
    """Most of ``text``'s words are ``other``'s: two copies of one title, however joined
    ("Kicker Headline", "Kicker: Headline") or with a label glued on.

    >>> _same_words("Ferry vote Council closes the landing", "Ferry vote: Council closes it")
    True
    """
    terms = content_terms(text)
    return len(terms & content_terms(other)) * 2 > len(terms)


def _reads_as_title_as(below: str, text: str) -> bool:
    """The line under a kicker reads nearly as much like a title as ``text``: a headline
    that rivals it, not a button or a tag line."""
    return title_score(below, 0, False) >= title_score(text, 0, False) - RIVAL_MARGIN


def _has_words(text: str, count: int) -> bool:
    """At least ``count`` words; stops looking there (the text may be a long paragraph).

    >>> _has_words("Talks resume in Geneva", 4), _has_words("Talks resume", 4)
    (True, False)
    """
    return _words_in_a_row(count).search(text) is not None


@lru_cache(maxsize=16)
def _words_in_a_row(count: int) -> re.Pattern[str]:
    # One regex search, no match object per word: `count` runs of \w separated by \W.
    return re.compile(rf"\w+(?:\W+\w+){{{count - 1}}}")


def _body_terms(
    lines: Sequence[Line], weights: Sequence[float], first_paragraph: int, block_end: int
) -> frozenset[str]:
    terms: set[str] = set()
    taken = 0
    for index in range(first_paragraph, block_end):
        if weights[index] > 0:
            # The opening of each paragraph: the headline's words come early.
            text = lines[index].text[:BODY_SAMPLE_LINE_CHARS]
            folded = text.casefold()
            plain = ascii_plain(folded)
            # Every ASCII word, short ones too: a candidate's terms are all long, so the
            # overlap is the same, and skipping the length filter halves the cost.
            terms.update(ascii_words(plain) if plain is not None else _non_ascii_terms(folded))
            taken += len(text)
            if taken >= BODY_SAMPLE_CHARS:
                break
    return frozenset(terms)


def _overlap_score(text: str, body_terms: frozenset[str]) -> float:
    """A headline names what the article's first paragraphs talk about; page furniture
    ("Copy to clipboard", "Sign in") and other stories' teasers do not."""
    terms = content_terms(text)
    if not terms or not body_terms:
        return 0.0
    shared = len(terms & body_terms) / len(terms)
    return OVERLAP_WEIGHT * shared - (NO_OVERLAP_COST if shared == 0 else 0.0)


@short_text_cache()
def content_terms(text: str) -> frozenset[str]:
    """Words of four letters or more, casefolded; CJK text (no spaces) as character pairs.

    >>> sorted(content_terms("Talks on the Gaza ceasefire resume"))
    ['ceasefire', 'gaza', 'resume', 'talks']
    >>> sorted(content_terms("東京都知事"))
    ['京都', '東京', '知事', '都知']
    """
    folded = text.casefold()
    plain = ascii_plain(folded)
    if plain is not None:
        return frozenset(word for word in ascii_words(plain) if len(word) >= 4)
    return _non_ascii_terms(folded)


def _non_ascii_terms(folded: str) -> frozenset[str]:
    """`content_terms` of casefolded text that stays non-ASCII (accents, other scripts, CJK)."""
    words = LETTER_RUNS.findall(folded)
    if not has_cjk(folded):
        return frozenset(word for word in words if len(word) >= 4)
    terms = {word for word in words if len(word) >= 4 and not _CJK_RUN.search(word)}
    for run in _CJK_RUN.findall(folded):
        terms.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(terms)


# What follows an agency's name in the dateline that opens a lead: "(ABNA):", " - ", ":".
_DATELINE_JOINERS = ("(", ":", " -", " –", " —", "-", "–", "—", "۔", ",")


def _names_the_dateline(text: str, lines: Sequence[Line], first_paragraph: int) -> bool:
    """True when the article's first paragraph opens with ``text`` as its dateline: the line
    is the agency's or site's name printed in the header, never the headline."""
    if first_paragraph >= len(lines) or len(text) > 60:
        return False
    lead = lines[first_paragraph].text
    if len(lead) <= len(text) or not lead.startswith(text):
        return False
    return lead[len(text) :].lstrip().startswith(_DATELINE_JOINERS)
