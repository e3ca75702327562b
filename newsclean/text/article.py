"""The text path: find headline, date, id, body and related stories in a text dump's lines.

One generic reading serves every site; a site profile only lends it vocabulary (labels, id
labels, datelines, end-of-article openings), a time zone and a lead rule. The steps, one
module each: `lines` (split, join wrapped lines, classify), `prose` (weigh a line as prose
or furniture), `layout` with `block` and `headline` (the heaviest block of lines and the
title-like line before it), `body` (which block lines are paragraphs), `header` (bylines,
id line), `published` (the dateline nearest the headline), `tail` and `sidebar` (footer
and related stories).
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from newsclean.dates import localize
from newsclean.draft import ArticleDraft
from newsclean.language import detect_language
from newsclean.lexicon import fold_label
from newsclean.profiles.base import SiteProfile
from newsclean.text.body import is_article_opening, read_body
from newsclean.text.glued import split_glued
from newsclean.text.header import read_header
from newsclean.text.layout import (
    find_layout,
    list_article,
    may_have_comment_heading,
    weigh_lines,
)
from newsclean.text.lines import (
    DATE,
    LINE_KIND,
    LINE_TEXT,
    TEXT,
    Glue,
    Line,
    LineClassifier,
    classifier_for,
    glue_for,
    join_wrapped_lines,
    split_lines,
)
from newsclean.text.prose import PARAGRAPH_CHARS, ProseMeter, ends_sentence
from newsclean.text.published import (
    choose_published,
    join_split_header,
    quiet_embedded_posts,
)
from newsclean.text.tail import read_tail
from newsclean.urldates import url_date

# Lines at the top of a dump re-read with dateparser when none of them is a known date.
SLOW_DATE_LINES = 12
# Template lines (learned by a batch run) are labels and menu entries, never longer than this.
MAX_TEMPLATE_CHARS = 80


def extract_text(
    text: str,
    profile: SiteProfile,
    *,
    template_lines: frozenset[str] = frozenset(),
    url: str | None = None,
    fetched: datetime | None = None,
) -> ArticleDraft:
    """An `ArticleDraft` from a text dump, read with ``profile``'s vocabulary.

    ``template_lines`` (folded with `fold_label`) are dropped before anything is read:
    lines a batch run learned as the site's template. ``url``, where the caller knows the
    address the page came from, dates a dump by the day in its path as the HTML path does;
    ``fetched``, when the page was fetched, dates one that prints only the story's age.
    """
    draft = ArticleDraft(site=profile.site)
    raw_lines = join_wrapped_lines(split_lines(text, _glue(profile)))
    if template_lines:
        # Only short lines can be template: paragraphs are not folded (the costly part).
        raw_lines = [
            line
            for line in raw_lines
            if len(line) > MAX_TEMPLATE_CHARS or fold_label(line) not in template_lines
        ]
    language = detect_language(_prose_sample(raw_lines))
    draft.language = language
    languages = (language,) if language else ()
    classifier = _classifier(profile, languages)
    lines = classifier.classify_all(raw_lines)
    if DATE not in map(LINE_KIND, lines[:SLOW_DATE_LINES]):
        # No date in a format we know among the first lines: let dateparser read those
        # (only those: it is far too slow for every line of a dump). Dates further down
        # are read by `choose_published`, near the headline.
        lines[:SLOW_DATE_LINES] = [classifier.slow_date(line) for line in lines[:SLOW_DATE_LINES]]
    join_split_header(lines)
    # Only an embedded post's signature names a handle in brackets. (A search for one
    # character skips through the dump at memchr speed; one for two steps through it.)
    if "@" in text and "(@" in text:
        quiet_embedded_posts(lines)
    repeats = Counter(raw_lines)  # the lines' texts (re-reading dates keeps them)
    weights = weigh_lines(lines, _meter(language), repeats, profile.lexicon)
    leads = _dateline_leads(lines, weights, profile)
    layout = find_layout(
        lines, weights, repeats, comments=may_have_comment_heading(text), leads=leads
    )
    if layout is None:
        return draft
    headline_line = lines[layout.headline_at].text
    if layout.has_headline:
        draft.headline = layout.headline_text or headline_line[layout.headline_from :]
    if layout.intro is not None and is_article_opening(lines, *layout.intro):
        # The opening paragraphs first (with any lead under the headline), then the main
        # part, whose reading must not take the lead a second time.
        intro_start, intro_end = layout.intro
        opening = replace(
            layout, body_start=intro_start, first_paragraph=intro_start, body_end=intro_end
        )
        read_body(lines, weights, opening, repeats, profile.lexicon, draft)
        read_body(lines, weights, layout, repeats, profile.lexicon, draft, lead=False)
    else:
        read_body(lines, weights, layout, repeats, profile.lexicon, draft)
    if not draft.body and not layout.has_headline and layout.body_end - layout.body_start == 1:
        # A dump of one paragraph alone, cut off or too short to weigh as prose: still its body.
        draft.body = [lines[layout.body_start].text]
    if not draft.has_prose():
        # No paragraph anywhere: a list article's items, rather than a refusal as a menu.
        listing = list_article(lines)
        if listing is not None:
            layout = listing
            draft.headline = lines[layout.headline_at].text if layout.has_headline else None
            draft.body = [line.text for line in lines[layout.body_start : layout.body_end]]
    draft.body, restored = split_glued(draft.body)
    if restored:
        draft.note(
            "glued_paragraphs",
            f"{restored} paragraph boundaries were lost in the dump (a sentence end runs into "
            "the next sentence) and were restored",
        )
    read_header(lines, layout, draft)
    draft.published = choose_published(
        lines, layout.headline_at, layout.first_paragraph, layout.body_end, languages, fetched
    )
    if url is not None:
        draft.published = _dated_by_url(draft.published, url)
    # Lines printed above the headline (menus) are not teaser titles; the headline's own
    # copies are (the article lists itself in its sidebar; the filter drops it later).
    menu_texts = frozenset(line.text for line in lines[: layout.headline_at]) - {
        draft.headline,
        headline_line,
    }
    read_tail(lines[layout.body_end :], menu_texts, draft)
    _set_lead(draft, profile)
    # The text's own sentence end, not a bracket: "… of Korea (DPRK)" is cut off there.
    if layout.body_end == len(lines) and draft.body and not ends_sentence(lines[-1].text):
        draft.note("truncated", "the dump ends mid-text, before any end-of-article marker")
    if draft.published is None:
        draft.note("no_date", "no publication date found in the dump")
    elif profile.timezone:
        draft.published = localize(draft.published, profile.timezone)
    return draft


def _dated_by_url(published: datetime | None, url: str) -> datetime | None:
    """The day the URL's path files the story under, where the dump prints none or a day
    further off than a day. A day apart is the newsroom's time zone or the draft's day, and
    the printed day stands; further apart, the printed date is more likely an update's or
    a teaser's than the path wrong."""
    day = url_date(url)
    if day is None or (published is not None and abs((published.date() - day).days) <= 1):
        return published
    return datetime(day.year, day.month, day.day)


def _classifier(profile: SiteProfile, languages: tuple[str, ...]) -> LineClassifier:
    return classifier_for(profile.lexicon, languages)


@lru_cache(maxsize=64)
def _glue(profile: SiteProfile) -> Glue | None:
    # Only multi-word labels are unglued: a one-word label ("Photo") can begin real text.
    labels = ("QR CodeQR Code", "QR Code", "Enter Your Email to Recieve Newsletter")
    known = tuple(label for label in labels if fold_label(label) in profile.lexicon.labels)
    return glue_for(known, profile.lexicon.id_labels)


@lru_cache(maxsize=64)
def _meter(language: str | None) -> ProseMeter:
    return ProseMeter(language)


def _prose_sample(lines: list[str]) -> str:
    longest = sorted(lines, key=len, reverse=True)[:5]
    return " ".join(longest)


# A lead opens with the publisher's dateline, as the site profile spells it ("Islam Times -
# "): such a line is a paragraph however short ("Islam Times - Iran says talks will resume
# next week.") and never the headline. Only the dump's first lines are looked at. (Not the
# generic agency dateline: "Editor's Letter: ..." has its shape and is a title.)
DATELINE_LEAD_LINES = 60
MIN_DATELINE_LEAD_CHARS = 40


def _dateline_leads(
    lines: list[Line], weights: list[float], profile: SiteProfile
) -> frozenset[int]:
    """The lines that open with a dateline and end a sentence, weighted as paragraphs."""
    datelines = profile.lexicon.datelines
    leads: set[int] = set()
    head = lines[:DATELINE_LEAD_LINES]
    texts = list(map(LINE_TEXT, head))
    # Only a line that opens with a dateline or holds a bracket can be one: found in C
    # (map, compress), where a Python step per line cost more than the tests below. The
    # first character sifts the openings: startswith of all the profile's datelines costs
    # several set lookups, and is asked below of the few lines that pass.
    opens = map(_initials(datelines).__contains__, map(_OPENING, texts))
    bracketed = map(operator.contains, texts, itertools.repeat("("))
    for index in itertools.compress(range(len(head)), map(operator.or_, opens, bracketed)):
        line = head[index]
        text = line.text
        if (
            line.kind is TEXT
            and len(text) >= MIN_DATELINE_LEAD_CHARS
            and (text.startswith(datelines) or ("(" in text and _bracketed_agency_dateline(text)))
            and ends_sentence(text)
        ):
            leads.add(index)
            weights[index] = max(weights[index], float(PARAGRAPH_CHARS))
    return frozenset(leads)


@lru_cache(maxsize=16)
def _initials(prefixes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(prefix[:1] for prefix in prefixes)


# A text's first character ("" for an empty one), for map() over a list of texts.
_OPENING = operator.itemgetter(slice(0, 1))


def _bracketed_agency_dateline(text: str) -> bool:
    """An agency's dateline that brackets its short name ("AhlulBayt News Agency (ABNA): ",
    "TEHRAN (Tasnim) – "): a title does not. (Asked only of lines holding a bracket.)"""
    found = _agency_dateline(text)
    return found is not None and "(" in found.group()


def _set_lead(draft: ArticleDraft, profile: SiteProfile) -> None:
    if not draft.body:
        return
    first = draft.body[0]
    if (
        profile.lead_is_first_paragraph
        or first.startswith(profile.lexicon.datelines)
        or _agency_dateline(first)
    ):
        draft.lead = first


# A lead that opens with an agency's dateline: "AhlulBayt News Agency (ABNA): ",
# "Tehran, IRNA - ", "TEHRAN (Tasnim) – ". A capitalised name (a bracketed acronym), then a
# colon or a dash, within the first words.
# In scripts without capitals ("अहलुलबैत न्यूज़ एजेंसी (अबना): ") the bracketed short name is
# the mark: at most six words, the name in brackets, then the colon or dash.
# Arabic and Persian set the short name between two kashida dashes ("وكالة أهل البيت (ع)
# للأنباء ـ ابنا ـ "); Persian and Urdu leads open on "according to X's report" ("به گزارش
# خبرگزاری تقریب، ", "… کی رپورٹ کے مطابق، ").
# Three patterns, tried in this order (as one alternation would be): the second needs a
# bracket and the third a kashida or an Arabic comma, so most lines skip them on an `in`.
_AGENCY_DATELINE = re.compile(
    r"[A-ZÀ-Þ][\w'’.]*(?:[ ,]+[A-ZÀ-Þ(][\w'’.()]*){0,5}(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s*(?::|[-–—])\s"
)
_BRACKETED_AGENCY_DATELINE = re.compile(
    r"[^\s():]+(?: [^\s():]+){0,5} ?\([^\s()]{2,12}\)\s*[:\-–—]\s"
)
_ARABIC_SCRIPT_AGENCY_DATELINE = re.compile(
    r"(?:\S+ ){1,8}ـ ?[^\sـ]{2,12} ?ـ\s|به گزارش [^،.]{2,60}،|[^،.]{2,80} کی رپورٹ کے مطابق،"
)


def _agency_dateline(text: str) -> re.Match[str] | None:
    """The agency dateline ``text`` opens with, if any."""
    found = _AGENCY_DATELINE.match(text)
    if found is None and "(" in text:
        found = _BRACKETED_AGENCY_DATELINE.match(text)
    if found is None and ("ـ" in text or "،" in text):
        found = _ARABIC_SCRIPT_AGENCY_DATELINE.match(text)
    return found
