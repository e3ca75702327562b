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
is; a line of three sentences (a caption run together with its credit) is no title; a date
right above a line marks it, less than one below; and once a line above the block has its
byline or date just over the text, no line inside the text is a candidate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from newsclean.agencies import names_an_agency
from newsclean.dates import find_date
from newsclean.memo import short_text_cache
from newsclean.text.lines import BYLINE, BYLINE_WORDS, DATE, LABEL, LINE_TEXT, TEXT, Line
from newsclean.text.prose import PARAGRAPH_CHARS, has_cjk, weighted_length
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
# A story's age as pages print it instead of a date: a number and a unit, then the word
# for "ago" (English, Dutch, Scandinavian, Turkish, Polish, Russian, Malay, Finnish, Italian)
# or after it (German, French, Spanish, Portuguese, Czech, Arabic); CJK "3時間前", "3시간 전".
# A day and month with a two-digit year ("27.04.24") dates a line as well, and so does a
# clock time with a word or a few ("heute um 12:19 Uhr", "Today 09:30"): a story's time of
# day printed instead of its date. (Alone, "08:15" may be a video's running time.)
_AGE = re.compile(
    r"\d+\s*[^\W\d_]{0,12}\.?\s+(?:ago|geleden|sedan|siden|önce|temu|назад|lalu|sitten|fa)\b"
    r"|\b(?:vor|il y a|hace|há|před|منذ)\s+\d+\s*[^\W\d_]{1,12}"
    r"|\d+\s*(?:분|시간|일)\s*전|\d+\s*(?:分|時間|小时|小時|分钟|分鐘|天|日)\s*前"
    r"|(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2}(?![\d./])",
    re.I,
)
_CLOCK = re.compile(r"(?<![\d:.])[012]?\d:[0-5]\d(?![\d:])")
# The same marks printed bare, with no word to say they date the story: a time of day alone
# ("16:30", "16.30 Uhr") or a number of hours, minutes or days without its "ago" ("7 hours",
# "2h"). Under a headline already found they are its time; elsewhere they are as often a
# video's running time or a reading time ("08:15", "4 min"), so they never mark a headline.
_BARE_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?"
    r"|\d{1,2}\s*(?:h|hrs?|hours?|mins?|minutes?|days?|stunden?|minuten?|tagen?|horas?|minutos?|"
    r"heures?|jours?|dias?|días)",
    re.I,
)
AGE_LINE_CHARS = 50
BYLINE_NAME_CHARS = 60
AGE_LINE_OTHER_WORDS = 4
_DIGIT = re.compile(r"\d")
# Photo captions and credits stand near the headline too: "Foto: X", "(Image: Getty)", and
# the note on what kind of picture it is, one word in languages that compound ("(file
# photo)" has the word "photo" already): "(Symbolbild)", "(arkivfoto)", "(archiefbeeld)".
# The lookahead holds the alternatives' first characters: without it the search tries every
# alternative at every character (~14 µs on a 150-character line), with it only where one
# may start (a test checks the characters against the alternatives).
_CREDIT = re.compile(
    r"(?=[fpbigrdasc©사写图])(?:\b"
    r"(?:Foto|Fotos|Photo|Photos|Bild|Image|Images|Getty|Reuters|AFP|dpa|AP Photo|Imago|"
    r"Shutterstock|Credit|Copyright|Symbolbild|Symbolfoto|Archivbild|Archivfoto|Bildmontage|"
    r"Fotomontage|arkivbild|arkivfoto|archiefbeeld|archieffoto)\b|©|사진|写真|图片)",
    re.I,
)
# A caption's credit after its last sentence: the text up to the credit word ends on a
# sentence end and a space ("... on the estuary. Photo", "... 2024. (Foto").
_CAPTION_CREDIT = re.compile(r"[.!?]\s+\(?\S*$")
# "Home > Politics > ...", "Start / Ausland / ...", "Du befindest dich hier: Home » ...".
_BREADCRUMB = re.compile(
    r"(?:\s?[/>»›]\s|[>»›]).*(?:\s?[/>»›]\s|[>»›])|^(?:Home|Start|Startseite)\b\s*[/>»›]"
)
_BREADCRUMB_MARKS = "/>»›"
STANDFIRST_BONUS = 1.5
# A standfirst is longer than its headline, if only by a sixth.
STANDFIRST_RATIO = 1.15
# "Marathon in Berlin:Im harten Läuferalltag": a kicker and a headline printed as two spans
# and glued by the dump; the page prints the headline proper (with its space) elsewhere.
# ("EU:n", "USA:s": Finnish and Swedish endings take a lower-case letter after the colon.)
_GLUED_KICKER = re.compile(r"[^\W\d_]:([^\W\d_])")
# A label glued to the end of a headline: a few short words ("Back to video").
GLUED_LABEL_WORDS = 3
GLUED_LABEL_CHARS = 20
DATED_LINE_COST = 2.0
MIN_TITLE_CHARS = 12
# Full stops and commas of the scripts that write their own: CJK "。，", Devanagari "।",
# Urdu "۔", Arabic "،".
_CLAUSE_ENDS = (".", ",", ";", "。", "，", "।", "۔", "،")
LONGEST_SPACED_WORD = 20
MAX_TITLE_CHARS = 300
# "Headline | Site", "Headline - Site": the browser title, printed by some pages.
_SITE_SUFFIX = re.compile(r"\s+(?:[|\-–—·:]{1,2}|::)\s+[^|\-–—·]{2,60}$")
SITE_SUFFIX_CHARS = 1 + 2 + 1 + 60 + 2
# The separator the suffix needs: a search for it alone (a set of characters, which sre
# scans for) fails most lines in a third of the time the suffix pattern takes.
_SITE_SUFFIX_MARK = re.compile(r"[|\-–—·:]")
_WORD = re.compile(r"\w+")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")
# The article's opening text the headline's words are looked for in.
BODY_SAMPLE_CHARS = 2500
BODY_SAMPLE_LINE_CHARS = 500
OVERLAP_WEIGHT = 3.0
NO_OVERLAP_COST = 1.5
# A kicker and its headline printed twice, joined differently ("Kicker: Headline" and
# "Kicker – Headline", or glued): this many lines apart at most, joined by these.
KICKER_COPY_LINES = 3
_KICKER_SEPARATORS = frozenset(" :–—-|/·•")
MAX_SEPARATOR_CHARS = 4
# A page's own title printed right above the article's header (kicker and headline) costs
# this much: about the overlap's whole advantage (title copies are worded like the text).
PAGE_TITLE_COST = 2.0
KICKER_CHARS = 50
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
# A tag or category list: this many commas and no item longer than a few words.
TAG_LIST_COMMAS = 3
TAG_WORDS = 3
# A line under the header a candidate above took its byline or date from, with none of its
# own below: about a header mark's half.
BELOW_HEADER_COST = 1.5
# A headline with the page's dateline right above it and no header mark below.
DATE_ABOVE_BONUS = 1.0
# A headline, a line (its author's name) and its date: a header no menu entry has.
COMPACT_HEADER_LINES = 2


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
        _breadcrumb_tail(lines[index].text)
        for index in range(first, last)
        if weights[index] < PARAGRAPH_WEIGHT  # a trail is furniture, never a paragraph
    )
    header_marks = [
        is_header_mark(lines[index]) or _is_split_byline(lines, index)
        for index in range(first, last)
    ]
    scored: list[tuple[int, float]] = []
    # The last header mark a candidate took: the article's header ends there.
    header_mark = -1
    header_owner = -1  # the candidate that took it
    # A candidate above the block took a byline or date standing above it too: the article's
    # header is found, and a line inside the text is a caption or a quote, never the headline.
    header_above = False
    notices: list[str] | None = None  # read once, when a candidate first needs them
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
        if notices is None:
            notices = _copyright_notices(lines, block_end)
        if notices and _in_notice(line.text, notices):
            continue  # the site's name ("© 2022 Amnesty International") or a photo's credit
        # A copy of the line elsewhere, with a site name or a label after it, is a sign
        # of a headline (the browser title, a video player's caption).
        has_copy = line.text in suffixed or _bare_text(line.text, repeats) is not None
        score = title_score(line.text, repeats[line.text], has_copy)
        if score <= 0:
            continue
        if _DIGIT.search(line.text) and find_date(line.text, fallback=False) is not None:
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
                    header_mark, header_owner = mark, index
                header_above = header_above or 0 < first_paragraph - mark <= HEADER_MARK_LINES
        elif index > header_mark >= 0 and not header_marks[index - 1 - first]:
            # Between the header (a headline, its byline and date) and the text: a photo
            # caption, a video's title, a standfirst. (A headline printed under its byline
            # or dateline, as some pages do, stands right below that line.)
            score -= BELOW_HEADER_COST
        elif (
            index > first
            and lines[index - 1].kind is DATE
            and _has_words(line.text, 4)
            and not any(lines[at].kind is BYLINE for at in range(max(first, index - 4), index))
            and not (
                header_mark == index - 1 and header_mark - header_owner <= COMPACT_HEADER_LINES
            )
        ):
            # A headline printed under its dateline, with no byline or date of its own below
            # ("12 March 2025" over the headline over the text): the date marks it, though
            # less surely than one below (a date also stands over a teaser or a caption).
            # Not under a byline and its date, nor under a date a line just above took as its
            # own (headline, name, date): that is the header of the headline above them, and
            # the line under it an image's copy of that headline or a caption.
            score += DATE_ABOVE_BONUS
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
            return _bare_copy(lines, scored[0][0], repeats, block_end)
        return None
    decided = _decided_without_overlap(lines, scored)
    if decided is not None:
        return _bare_copy(lines, decided, repeats, block_end)
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
        if _ends_clause(lines[index].text):
            if score > best_sentence_score:
                best_sentence, best_sentence_score = index, score
        elif score > best_score:
            best, best_score = index, score
    if best is None:
        best = best_sentence
    return best if best is None else _bare_copy(lines, best, repeats, block_end)


# A copyright notice is a short line; the candidate it names is a few words at least.
MAX_NOTICE_CHARS = 200
MIN_NOTICE_NAME_CHARS = 6


def _copyright_notices(lines: Sequence[Line], block_end: int) -> list[str]:
    """The dump's copyright notices below the article, folded: the site's name and the
    photo credits stand in them."""
    # Most dumps print no notice: one scan of the joined texts, in C, says so.
    below = "\n".join(map(LINE_TEXT, lines[block_end:]))
    if "©" not in below and "opyright" not in below:
        return []
    return [
        line.text.casefold()
        for line in lines[block_end:]
        if len(line.text) <= MAX_NOTICE_CHARS and ("©" in line.text or "opyright" in line.text)
    ]


def _in_notice(text: str, notices: list[str]) -> bool:
    if len(text) < MIN_NOTICE_NAME_CHARS:
        return False
    folded = text.casefold()
    return any(folded in notice for notice in notices)


def _page_titles_demoted(
    lines: Sequence[Line], scored: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """Scores with PAGE_TITLE_COST taken off a candidate printed just above the article's
    header: a short kicker line, then another candidate (the headline under its kicker).
    A title printed twice in a row over the kicker loses it in both copies.

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
        last = index  # the title's last copy, when the page prints it twice in a row
        while last + 1 < len(lines) and lines[last + 1].text == lines[index].text:
            last += 1
        if last + 2 in candidates and _is_kicker(lines[last + 1]):
            text, kicker, below = lines[index].text, lines[last + 1].text, lines[last + 2].text
            if (
                not text.startswith(kicker)
                and text != below
                and not _glued_kicker(below)
                and len(below) <= RIVAL_LENGTH_RATIO * len(text)
                and _reads_as_title_as(below, text)
            ):
                score -= PAGE_TITLE_COST
        demoted.append((index, score))
    return demoted


def _is_kicker(line: Line) -> bool:
    """A short label over a headline: a topic or section ("Power cut in Berlin", "Opinion").

    One ending in a colon ("Spy hub :") belongs to the headline below as its first part;
    a date or byline ("14 June 2013 at 20:51") is the header of the title above it.
    """
    text = line.text
    return (
        line.kind in (TEXT, LABEL)
        and len(text) <= KICKER_CHARS
        and not is_header_mark(line)
        and not text.endswith(_CLAUSE_ENDS)
        and not text.endswith(":")
    )


def with_kicker(lines: Sequence[Line], index: int, repeats: Counter[str]) -> str | None:
    """The headline at ``index`` with the kicker printed on the line above it, when that
    kicker ends in a colon ("LTE patent:") and the page prints the two joined elsewhere
    (its browser title, a teaser): the colon makes the kicker the title's first part.
    """
    if index == 0:
        return None
    above = lines[index - 1]
    if (
        above.kind not in (TEXT, LABEL)
        or not above.text.endswith(":")
        or len(above.text) > KICKER_CHARS
    ):
        return None
    joined = f"{above.text.rstrip(' :')}: {lines[index].text}"
    return joined if repeats[joined] else None


def kicker_cut(lines: Sequence[Line], index: int) -> int:
    """Where the headline proper starts in line ``index``: past a kicker that a copy close by
    joins to it with another separator, else 0.

    A page that prints "Kicker: Headline" and, a line or two away, "Kicker – Headline" or
    "KickerHeadline" renders the kicker as an element of its own, the separator being
    styling: the headline is the part after it. (One copy alone, "Brexit: talks resume",
    may be the title itself.)
    """
    text = lines[index].text
    for other in range(
        max(0, index - KICKER_COPY_LINES), min(len(lines), index + KICKER_COPY_LINES + 1)
    ):
        copy = lines[other].text
        if (
            copy != text
            and abs(len(copy) - len(text)) <= MAX_SEPARATOR_CHARS
            and copy[:1] == text[:1]
            and text[-1:] == copy[-1:]
        ):
            cut = _kicker_end(text, copy)
            if cut:
                return cut
    return 0


def _kicker_end(text: str, copy: str) -> int:
    """Where the headline starts in ``text`` when ``copy`` is the same kicker and headline
    joined by other separator characters; 0 when the two differ otherwise.

    >>> _kicker_end("Vote: Council closes the ferry", "Vote – Council closes the ferry")
    6
    >>> _kicker_end("Council closes the ferry | Daily", "Council closes the ferry - Daily")
    0
    """
    longest = min(len(text), len(copy))
    prefix = 0
    while prefix < longest and text[prefix] == copy[prefix]:
        prefix += 1
    while prefix and text[prefix - 1] in _KICKER_SEPARATORS:
        prefix -= 1
    suffix = 0
    longest -= prefix
    while suffix < longest and text[-1 - suffix] == copy[-1 - suffix]:
        suffix += 1
    start = _past_separators(text, len(text) - suffix)
    join, other_join = text[prefix:start], copy[prefix : _past_separators(copy, len(copy) - suffix)]
    if not prefix or not _is_join(join) or not _is_join(other_join) or join == other_join:
        return 0
    headline = text[start:]
    # A kicker is shorter than its headline ("Headline | Site" vs "Headline - Site" would
    # otherwise leave the site name).
    if len(headline) <= prefix or title_score(headline, 0, False) <= 0:
        return 0
    return start


def _past_separators(text: str, start: int) -> int:
    while start < len(text) and text[start] in _KICKER_SEPARATORS:
        start += 1
    return start


def _is_join(text: str) -> bool:
    """A mark joining kicker and headline (": ", " – ", ":"), or nothing: the two glued.

    A bare space is not one ("Kicker Headline" reads as one phrase, the usual rendering of
    a title with its kicker in the same element), nor a dash between letters ("COVID-19",
    "2023–24").

    >>> _is_join(" – "), _is_join(""), _is_join(" "), _is_join("-")
    (True, True, False, False)
    """
    if not text:
        return True
    return (
        text.strip() != ""
        and (" " in text or ":" in text)
        and all(char in _KICKER_SEPARATORS for char in text)
    )


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


def _bare_copy(lines: Sequence[Line], index: int, repeats: Counter[str], block_end: int) -> int:
    """The headline at ``index`` without a label glued to its end ("... jobs report Back to
    video", "... clarifies email"), when the page prints it bare too: that nearest copy.

    Not a copy past the article's block: the same words down there are another element
    (the author's name in a footer box), and a headline there would leave no body.
    """
    cut = _bare_text(lines[index].text, repeats)
    if cut is None:
        return index
    return min(
        (other for other in range(block_end) if lines[other].text == cut),
        key=lambda other: abs(other - index),
        default=index,
    )


def _bare_text(text: str, repeats: Counter[str]) -> str | None:
    """``text`` without a few short words glued to its end, when the page prints that too.

    A line that is another line plus a label ("Back to video") is a copy of it, which for
    a headline is as telling as its browser title: `find_headline` counts it as one.
    """
    cut = text
    for _ in range(GLUED_LABEL_WORDS):
        cut = cut.rpartition(" ")[0]
        if len(cut) < MIN_TITLE_CHARS or len(text) - len(cut) > GLUED_LABEL_CHARS:
            return None
        if repeats[cut]:
            return cut
    return None


def _glued_kicker(text: str) -> bool:
    """ "Kicker:Headline" with no space after the colon, the headline capitalised.

    >>> _glued_kicker("Deutscher Handel mit Teheran:Druck durch Sanktionen?"), _glued_kicker("EU:n budjetti")
    (True, False)
    """
    return ":" in text and any(match.group(1).isupper() for match in _GLUED_KICKER.finditer(text))


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
    """The next line is a longer line of the same kind: a standfirst under its headline.

    Not one that opens with the same two words: that is the same element printed again,
    longer (an image's alt text over its caption, a short title over the headline proper),
    and a standfirst words the story anew.
    """
    if index + 1 >= len(lines):
        return False
    text, following = lines[index].text, lines[index + 1]
    return (
        following.kind is TEXT
        and len(following.text) >= STANDFIRST_RATIO * len(text)
        and not text.endswith((".", ":"))
        and _has_words(text, 5)
        and _has_words(following.text, 10)
        and not _opens_alike(text, following.text)
    )


def _opens_alike(text: str, other: str) -> bool:
    """
    >>> _opens_alike("Council closes the ferry landing", "Council closes the landing for good")
    True
    >>> _opens_alike("Council closes the ferry landing", "Councillors voted on Tuesday")
    False
    """
    return text.split(maxsplit=2)[:2] == other.split(maxsplit=2)[:2]


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
        and not text.endswith(_CLAUSE_ENDS)
        and not above.text.endswith(_CLAUSE_ENDS)
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


# A dateline or byline is a short line.
MAX_HEADER_MARK_CHARS = 80


def is_header_mark(line: Line) -> bool:
    """A date or byline line: what follows a headline."""
    if line.kind in (DATE, BYLINE):
        return True
    return (
        line.kind is TEXT
        and len(line.text) <= MAX_HEADER_MARK_CHARS
        and _DIGIT.search(line.text) is not None
        and (find_date(line.text, fallback=False) is not None or _is_age_line(line.text))
    )


def _is_split_byline(lines: Sequence[Line], index: int) -> bool:
    """ "By" on a line of its own and the author's name on the next (the name is a link)."""
    line = lines[index]
    if (
        line.kind is not TEXT
        or len(line.text) > 4
        or line.text.strip(" :").casefold() not in BYLINE_WORDS
        or index + 1 >= len(lines)
    ):
        return False
    name = lines[index + 1]
    return (
        name.kind in (TEXT, BYLINE)
        and not (_is_language_code(line.text) and _is_language_code(name.text))
        and len(name.text) <= BYLINE_NAME_CHARS
        and not name.text.endswith(_CLAUSE_ENDS)
        and name.text[:1].isupper()
    )


def _is_language_code(text: str) -> bool:
    """ "DE", "IT": an entry of a language menu ("DE" / "IT" / "EN"), whose "DE" over "IT" is
    no Spanish or Portuguese "de" (by) over an author's name ("By" over "AP" may be one).

    >>> _is_language_code("IT"), _is_language_code("By"), _is_language_code("Ana")
    (True, False, False)
    """
    return len(text) == 2 and text.isupper()


@short_text_cache()
def _is_age_line(text: str) -> bool:
    """A line that dates the story without a full date: its age ("2 hours ago", "vor 14
    Minuten", "3時間前"), a day with a two-digit year ("27.04.24 um 07:39") or a time of
    day ("heute um 12:19 Uhr").

    None is a publication date `find_date` could return (no year, or an ambiguous one),
    but under a headline each marks it as the one the page dates. A bare time ("08:15",
    "7 hours") is no age line: see `is_bare_time`.

    >>> _is_age_line("Updated 15 hours ago"), _is_age_line("Veröffentlicht am 27.04.24 um 07:39 Uhr")
    (True, True)
    >>> _is_age_line("Vor 100 Jahren: So wohnten die Beamten im Stahlwerk"), _is_age_line("v1.2.3")
    (False, False)
    >>> _is_age_line("Publiziert heute um 12:19 Uhr"), _is_age_line("08:15")
    (True, False)
    >>> _is_age_line("Kickoff at 20:45 in the rain at Anfield")
    False
    """
    if len(text) > AGE_LINE_CHARS:
        return False
    clock = False
    match = _AGE.search(text)
    if match is None:
        match = _CLOCK.search(text)
        if match is None:
            return False
        clock = True
    # "Published", "Aktualisiert am", "um 07:39": a label and a time may stand around it;
    # more words make it a headline about the past ("Vor 100 Jahren: ...").
    rest = text[: match.start()] + " " + text[match.end() :]
    words = len(LETTER_RUNS.findall(rest))
    return (not clock or words > 0) and words <= AGE_LINE_OTHER_WORDS


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


def is_bare_time(text: str) -> bool:
    """A line that is only a time of day or a span of hours, minutes or days: the story's
    time where the headline is known (the byline reader's dateline), never a header mark.

    >>> is_bare_time("16:30"), is_bare_time("16.30 Uhr"), is_bare_time("7 hours")
    (True, True, True)
    >>> is_bare_time("vor 2 Stunden"), is_bare_time("Kickoff 20:45")
    (False, False)
    """
    return _BARE_TIME.fullmatch(text) is not None


def _ends_clause(text: str) -> bool:
    """Ends on a full stop or comma (a sentence, a caption), not on an ellipsis."""
    return text.endswith(_CLAUSE_ENDS) and not text.endswith("...")


def _is_tag_list(text: str) -> bool:
    """A post's tags or categories on one line: a title names a thing or two, not five.

    >>> _is_tag_list("travel, ferries, Norway, summer, Fjord Line")
    True
    >>> _is_tag_list("Rain, wind, hail, snow: the ferry season opens late in the north")
    False
    """
    return text.count(",") >= TAG_LIST_COMMAS and all(
        item.strip().count(" ") < TAG_WORDS for item in text.split(",")
    )


# A word that runs three capitalised words together ("UnternehmenNewsroomBürgerbeteiligung",
# "EignerVornameMotiv", "Etelä-KarjalaEtelä-Savo"): menu entries or table headings the
# dump printed with no space between. One joint is a name ("WordPress", "FairCoin"), and so
# are short syllables run together ("DevSecOps").
# (Cased scripts only: Chinese text around "ChatGPT" has no capitals of its own.)
_RUN_TOGETHER = re.compile(
    r"[a-zß-öø-ÿа-я]{2}[A-ZÀ-ÖØ-ÞА-Я][a-zß-öø-ÿа-я]{3}\S*?[a-zß-öø-ÿа-я]{2}[A-ZÀ-ÖØ-ÞА-Я]"
)


def _runs_entries_together(text: str) -> bool:
    """
    >>> _runs_entries_together("UnternehmenNewsroomBürgerbeteiligung für den Windpark")
    True
    >>> _runs_entries_together("Etelä-KarjalaEtelä-PohjanmaaEtelä-SavoKainuu")
    True
    >>> _runs_entries_together("FairCoin hackathon"), _runs_entries_together("DevSecOps survey")
    (False, False)
    """
    return _RUN_TOGETHER.search(text) is not None


# A sentence's end inside a line: a word's last four small letters or a short word of small
# letters, its stop and a capital, after a space ("... see it. Are you sure") or glued on
# after "?" or "!" ("share it?Yes"). A short word with a capital may be an abbreviation
# ("Rep. Jeff Thompson", "Prof. Ali").
_SENTENCE_BREAK = re.compile(
    r"(?:[a-zß-öø-ÿа-я]{4}|(?<![\w.])[a-zß-öø-ÿа-я]{2,3})(?:\.\s+|[!?]\s*)[A-ZÀ-ÖØ-ÞА-Я]"
)


def _holds_sentences(text: str) -> bool:
    """Three sentences or more on one line: a caption or a paragraph, never a headline (one
    break in a title is common: "Talks fail. Now what?"); no title of the corpora has two.

    >>> _holds_sentences("Ferry at dawn. Commuters wait. Fog over the estuary. J. Olsen")
    True
    >>> _holds_sentences("Only people with the link see it. Share it?Yes, show me options")
    True
    >>> _holds_sentences("Talks fail. Now what?"), _holds_sentences("Rep. Jeff Thompson, left. Rep. Ana Ruiz")
    (False, False)
    """
    first = _SENTENCE_BREAK.search(text)
    return first is not None and _SENTENCE_BREAK.search(text, first.end()) is not None


# The marks between a breadcrumb trail's items ("Home » News", "Start / Region", "A > B"), and
# a trail's length at most (the headline at its end included).
_TRAIL_MARK_CHARS = "»>/|›•→"
_TRAIL_MARK = re.compile(f"[{_TRAIL_MARK_CHARS}]")
_TRAIL_MARKS = re.compile(r"\s[»>/|›•→]\s|[»›→>]")
MIN_TRAIL_MARKS = 2
MAX_TRAIL_CHARS = 400


@short_text_cache()
def _breadcrumb_tail(text: str) -> str | None:
    """The last item of a breadcrumb trail: the page it leads to, whose title it names.

    >>> _breadcrumb_tail("Home » Region » Ferry landing closes after ninety years")
    'Ferry landing closes after ninety years'
    >>> _breadcrumb_tail(">> Job market in the region"), _breadcrumb_tail("Talks resume in Geneva")
    (None, None)
    """
    if len(text) > MAX_TRAIL_CHARS or _TRAIL_MARK.search(text) is None:
        return None
    end = max(text.rfind(mark) for mark in _TRAIL_MARK_CHARS)
    head, tail = text[: end + 1], text[end + 1 :].strip()
    if len(tail) < MIN_TITLE_CHARS or not any(char.isalnum() for char in head):
        return None  # no trail before the mark: a link's arrow (">> Job market")
    if len(_TRAIL_MARKS.findall(head)) < MIN_TRAIL_MARKS and not _is_breadcrumb(text):
        return None
    return tail


def _is_breadcrumb(text: str) -> bool:
    """ "Home > Politics > ...": but a "»" in a line that also holds "«" is a quotation mark
    («Bella serata», »TAURUS«), and quoting twice makes no breadcrumb."""
    if "«" in text:
        text = text.replace("»", "")
    # Each of the pattern's alternatives holds one of the marks; looking for those first
    # spares a search (~6 µs on a paragraph) of nearly every line.
    return any(mark in text for mark in _BREADCRUMB_MARKS) and _BREADCRUMB.search(text) is not None


# Lines that are the page's navigation, a file's name or an address, never a title: "← Previous
# post", "Next post →", "Sie sind hier: Home » ...", "campingbus-special.jpg", "Liebe Leser,".
# A link to the previous or the next post: "← Older post", "Next post →", "<< Zurück".
_PREVIOUS_NEXT = r"^(?:←|‹\s|<<)|(?:→|\s›|>>)$"
_PREVIOUS_NEXT_LINK = re.compile(_PREVIOUS_NEXT)
_PAGE_FURNITURE = re.compile(
    rf"{_PREVIOUS_NEXT}|,$|→.*→|\.(?:jpe?g|png|gif|webp|svg)\b|\((?:jpe?g|png|gif)\)"
    r"|^(?:Sie sind hier|Du bist hier|Du befindest dich hier|You are here|Vous êtes ici|"
    r"Usted está en|Estás en|Sei qui|Jesteś tutaj)\b",
    re.I,
)


def is_previous_next_link(text: str) -> bool:
    """
    >>> [is_previous_next_link(t) for t in ("←", "Next post →", "‹ Older", "Ein Titel → mehr")]
    [True, True, True, False]
    """
    return _PREVIOUS_NEXT_LINK.search(text) is not None


def _is_page_furniture(text: str) -> bool:
    """
    >>> [_is_page_furniture(t) for t in ("← Das F-Wort – Teil 2", "Sie sind hier: Home",
    ...  "Stammtisch-KV-Kassel.jpg", "Liebe Leserinnen und Leser,", "Ein Titel → mehr")]
    [True, True, True, True, False]
    """
    return _PAGE_FURNITURE.search(text) is not None


@short_text_cache()
def title_score(text: str, repeats: int, has_site_copy: bool) -> float:
    """How much ``text`` looks like a headline (<= 0: not at all)."""
    length = weighted_length(text)
    if not MIN_TITLE_CHARS <= length <= MAX_TITLE_CHARS:
        return 0.0
    # Scripts written without spaces (Chinese, Japanese, Thai) count words by length; a
    # short line of long words ("Landkreis München", "Unterstützen") is words all the same.
    spaced = (
        text.isascii()
        or text.count(" ") * 12 >= len(text)
        or (max(map(len, text.split())) <= LONGEST_SPACED_WORD and not has_cjk(text))
    )
    words = len(_WORD.findall(text)) if spaced else length // 4
    if words < 3:
        # A two-word title is possible but weak: chosen only when nothing better stands near.
        return 0.5 if words == 2 and not text.endswith((".", ":")) else 0.0
    score = 1.0 + 0.3 * min(words, 12)
    if _ends_clause(text):
        score -= 4.0  # headlines do not end on a full stop; captions and leads do
    if text.endswith((":", "|", "·", "-", "•")):
        score -= 2.5
    if length > 180:
        score -= 1.5
    if text[:1].islower():
        score -= 1.5
    credit = _CREDIT.search(text)
    if credit is not None:
        if _CAPTION_CREDIT.search(text, 0, credit.end()) is not None:
            return 0.0  # "... leaves the landing. Photo: Jan Olsen/Reuters": a caption
        score -= 3.0
    if _is_breadcrumb(text) or _runs_entries_together(text):
        score -= 3.0
    if _is_tag_list(text) or _is_page_furniture(text) or _holds_sentences(text):
        return 0.0
    if 2 <= repeats <= 4:
        score += 1.5
    elif repeats > 4:
        score -= 2.0
    if has_site_copy:
        score += 2.0
    return score
