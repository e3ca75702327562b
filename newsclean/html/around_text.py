"""What the page printed around the article's text and the reader took in with it: a byline
or signature, a note on the author, the end labels, notes about the site, appeals to its
channels and offers, the date stamp, an agency's credit line, a label left dangling. Each
function edits the draft's sections and body (or returns trimmed sections); `page.py`
applies them in order, before and after the authors are read.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsclean.agencies import is_agency
from newsclean.dates import parse_date_line
from newsclean.draft import ArticleDraft
from newsclean.html.authors import credit_line, signature_names
from newsclean.html.tree import text_key
from newsclean.lexicon import Lexicon, fold_label
from newsclean.models import Section

_KICKER_LINES = 2
_KICKER_CHARS = 100


def take_signature(draft: ArticleDraft) -> list[str]:
    """The author's name printed alone as the first or last paragraph; taken out of the body."""
    for section, index in _signature_places(draft):
        text = section.paragraphs[index]
        names = signature_names(text) or credit_line(text)
        if names:
            _remove_paragraph(draft, section, index)
            return names
    return []


def drop_byline(draft: ArticleDraft, authors: list[str]) -> None:
    """Take the byline ("Von Nina Magoley") out of the body when the metadata already
    named its author: a signature paragraph at the head of the text that names one of
    ``authors`` (a name signed at the end is left as printed)."""
    known = {name.casefold() for name in authors}
    for section, index in _signature_places(draft):
        if index < 0 or (section is draft.sections[-1] and index == len(section.paragraphs) - 1):
            continue
        names = signature_names(section.paragraphs[index])
        if names and known & {name.casefold() for name in names}:
            _remove_paragraph(draft, section, index)
            return


# An author's note: one or two sentences about who wrote the piece, at its very end.
_AUTHOR_NOTE_CHARS = 400


def drop_author_note(draft: ArticleDraft) -> None:
    """Take out a short paragraph among the last two that opens with an author's full name
    ("Manuela Conrad ist ZDF-Reporterin für ...", "Jane Doe is a senior researcher ...")."""
    if not draft.sections or not draft.authors:
        return
    last = draft.sections[-1]
    openings = tuple(f"{name} " for name in draft.authors if " " in name)
    for index in (-1, -2):
        if -len(last.paragraphs) <= index:
            text = last.paragraphs[index]
            if openings and len(text) < _AUTHOR_NOTE_CHARS and text.startswith(openings):
                _remove_paragraph(draft, last, index)
                return


# An agency's credit line is a name or two ("mit dpa", "SDA/sep", "© Thomson Reuters 2020");
# a sentence about an agency runs longer or ends as sentences do.
_AGENCY_CREDIT_CHARS = 40
_CREDIT_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")


def drop_agency_credit(draft: ArticleDraft) -> None:
    """Drop the last paragraph when it is a short credit line naming a news agency (read
    for the authors before): the article's source, not its text."""
    if not draft.sections or _paragraph_count(draft.sections) <= _SITE_NOTE_RUN:
        return
    last = draft.sections[-1]
    text = last.paragraphs[-1]
    if (
        len(text) <= _AGENCY_CREDIT_CHARS
        and not text.endswith((".", "!", "?"))
        and any(is_agency(token) for token in _CREDIT_TOKEN.findall(text))
    ):
        _remove_paragraph(draft, last, -1)


# A label is a few words and its colon ("Von:", "Release Date:"): the reader's limit for
# the trailing label it drops (`newsclean.html.reader`).
_DANGLING_LABEL_CHARS = 60


def drop_dangling_label(draft: ArticleDraft) -> None:
    """Drop a short line ending in a colon left closing the text once what it introduced
    (the author's name taken as signature, the page's date stamp, a note about the site)
    was taken out: "Von:", "Release Date:"."""
    if not draft.sections or _paragraph_count(draft.sections) < 2:
        return
    last = draft.sections[-1]
    text = last.paragraphs[-1]
    if len(text) <= _DANGLING_LABEL_CHARS and text.endswith((":", "：")):
        _remove_paragraph(draft, last, -1)


def _paragraph_count(sections: list[Section]) -> int:
    return sum(len(section.paragraphs) for section in sections)


def _remove_paragraph(draft: ArticleDraft, section: Section, index: int) -> None:
    dropped = section.paragraphs.pop(index)
    draft.body = [p for p in draft.body if p != dropped]
    draft.sections = [s for s in draft.sections if s.paragraphs]


def _signature_places(draft: ArticleDraft) -> list[tuple[Section, int]]:
    """Where a signature stands: the first or last paragraph, or below a kicker of one or
    two short unpunctuated lines."""
    if not draft.sections:
        return []
    first, last = draft.sections[0], draft.sections[-1]
    places = [(first, 0), (last, -1)]
    # Below a kicker of one or two short unpunctuated lines the signature is still first.
    for index, paragraph in enumerate(first.paragraphs[:_KICKER_LINES]):
        if len(paragraph) > _KICKER_CHARS or paragraph.endswith((".", "!", "?", ":")):
            break
        places.append((first, index + 1))
    return [
        (section, index)
        for section, index in places
        if -len(section.paragraphs) <= index < len(section.paragraphs)
    ]


# Only a short line is a label; and only in the text's second half does one end it (a
# "Newsletter" box may interrupt the first half).
_MAX_END_LABEL_CHARS = 60


def cut_at_end_label(sections: list[Section], lexicon: Lexicon) -> list[Section]:
    """The sections up to a paragraph that is an end label ("Kommentare", "Share this
    article", "Tags:"), the same labels that end a text dump's article: what follows it in
    the container is the page's furniture (a comment form, a tag list, an author box)."""
    paragraphs = [(si, pi, p) for si, s in enumerate(sections) for pi, p in enumerate(s.paragraphs)]
    half = len(paragraphs) // 2
    for at, (si, pi, text) in enumerate(paragraphs):
        if at < max(half, 2) or len(text) > _MAX_END_LABEL_CHARS:
            continue
        folded = fold_label(text)
        if not (
            folded in lexicon.end_labels or (folded and folded.startswith(lexicon.end_prefixes))
        ):
            continue
        before = sum(len(p) for _, _, p in paragraphs[:at])
        after = sum(len(p) for _, _, p in paragraphs[at + 1 :])
        if after < before / 2:
            # Much more prose after the label is the article going on past an inline box.
            kept = sections[: si + 1]
            kept[-1] = Section(headline=kept[-1].headline, paragraphs=kept[-1].paragraphs[:pi])
            return [s for s in kept if s.paragraphs]
    return sections


# A note about the publication is a sentence or two; the article's own closing paragraph
# may name the site too ("as the Daily Planet reported"), but runs longer.
_SITE_NOTE_CHARS = 300
_SITE_NOTE_RUN = 3
# Shorter site names are words of the language ("Zeit", "Bild") as often as names.
_SITE_NAME_KEY = 5
# The site speaking of its own channels: "our newsletter", "unser Kanal", "nuestro canal de
# YouTube". Either word alone is common in a story's text; both in one short closing line
# are an appeal to the reader.
_OWN_WORD = re.compile(
    r"\b(?:our|unser\w*|nuestr[oa]s?|notre|nos|nostr[oaie]|onze|nasz\w*)\b", re.I
)
_CHANNEL_WORD = re.compile(
    r"newsletter|subscri|abonn|suscr|telegram|whatsapp|youtube|instagram|facebook|twitter|"
    r"google news|podcast|homepage|website|webseite|channel|kanal|canal",
    re.I,
)


# A paywall's offer under the text it cut: "Il vous reste 57% de cet article à lire. La
# suite est réservée aux abonnés.", "Subscribe Now!", "有料会員になると…". A headline or a
# sentence may name subscribers too, so only the last two lines, and only short ones.
_SUBSCRIPTION_WORD = re.compile(
    r"subscri|abonn|suscr|prenumer|有料会員|有料記事|会員限定|購読|구독", re.I
)
_OFFER_CHARS = 160
_OFFER_LINES = 2


def _subscription_offer(text: str, back: int) -> bool:
    return (
        back <= _OFFER_LINES
        and len(text) <= _OFFER_CHARS
        and _SUBSCRIPTION_WORD.search(text) is not None
    )


def _appeal(text: str, back: int) -> bool:
    """The line, ``back`` from the end, points to the site's own channels or offers a
    subscription."""
    own_channel = _OWN_WORD.search(text) is not None and _CHANNEL_WORD.search(text) is not None
    return own_channel or _subscription_offer(text, back)


class _SiteNames:
    """The site's names as a closing note prints them: any name of `_SITE_NAME_KEY`
    letters or more within the text's key, a shorter one only as a word of its own in
    capitals ("MDR", "BBC")."""

    def __init__(self, site_names: list[str]) -> None:
        self.keys = {key for key in map(text_key, site_names) if len(key) >= _SITE_NAME_KEY}
        acronyms = sorted(
            {
                name
                for name in site_names
                if 2 < len(name) < _SITE_NAME_KEY and name.isalpha() and name.isupper()
            }
        )
        self.acronym = (
            re.compile(rf"\b(?:{'|'.join(map(re.escape, acronyms))})\b") if acronyms else None
        )

    def named_in(self, text: str) -> bool:
        key = text_key(text)
        if any(name in key for name in self.keys):
            return True
        return self.acronym is not None and self.acronym.search(text) is not None


def drop_site_notes(
    sections: list[Section], lead: str | None, site_names: list[str]
) -> list[Section]:
    """The sections without their end from a short paragraph among the last three that is
    a note about the publication, not the story, when every paragraph after it is short
    too: it names the site while the text before it never does ("Follow The Gleaner on
    Twitter", "Copyright © 2023 The Washington Times"; a page about the site itself, a
    company's or a blog's, names it in its text too, and keeps them), or it points to the
    site's own channels ("sign up for our newsletters", "nuestro canal de YouTube"), or it
    offers a subscription (see `_subscription_offer`)."""
    names = _SiteNames(site_names)
    paragraphs = [p for section in sections for p in section.paragraphs]
    if len(paragraphs) <= _SITE_NOTE_RUN:
        return sections
    named = appeal = 0
    for back in range(1, _SITE_NOTE_RUN + 1):
        text = paragraphs[-back]
        if len(text) > _SITE_NOTE_CHARS:
            break
        # The short lines after a note are the page's too (an editor's initials, a
        # comment policy, a blog theme's filing line).
        if names.named_in(text):
            named = back
        if _appeal(text, back):
            appeal = back
    if named and any(names.named_in(text) for text in [lead or "", *paragraphs[:-named]]):
        named = 0
    return _without_last(sections, max(named, appeal))


def _without_last(sections: list[Section], count: int) -> list[Section]:
    """The sections without their last ``count`` paragraphs (and any section left empty)."""
    if count == 0:
        return sections
    kept: list[Section] = []
    remaining = _paragraph_count(sections) - count
    for section in sections:
        taken = min(len(section.paragraphs), remaining)
        remaining -= taken
        if taken:
            kept.append(Section(headline=section.headline, paragraphs=section.paragraphs[:taken]))
    return kept


def take_date_lines(draft: ArticleDraft, languages: tuple[str, ...]) -> datetime | None:
    """Remove date lines ("Posted 3 March 2023") read as the first paragraphs; return the
    first date they print."""
    found: datetime | None = None
    for section in draft.sections[:1]:
        while section.paragraphs and len(section.paragraphs[0]) <= 80:
            match = parse_date_line(section.paragraphs[0], languages=languages)
            if match is None:
                break
            found = found or match.value
            dropped = section.paragraphs.pop(0)
            draft.body = [p for p in draft.body if p != dropped]
    return found


# A date line closes the text at most this far from its end (the stamp, then a credit).
_CLOSING_DATE_LINES = 2
# Keep a text of a few paragraphs whole: a list of dated entries may end in a date.
_MIN_PARAGRAPHS_BEFORE_STAMP = 3


def drop_closing_date_lines(draft: ArticleDraft, languages: tuple[str, ...]) -> None:
    """Remove a date line among the text's last two paragraphs ("Publiziert: 03.04.2020,
    12:35", "Thursday, 28 April 2022 – 3:55pm"): the page's stamp printed under the
    article, not a sentence of it."""
    if not draft.sections:
        return
    last = draft.sections[-1]
    for index in range(-1, -_CLOSING_DATE_LINES - 1, -1):
        total = _paragraph_count(draft.sections)
        if total <= _MIN_PARAGRAPHS_BEFORE_STAMP or -len(last.paragraphs) > index:
            return
        text = last.paragraphs[index]
        if len(text) <= 80 and parse_date_line(text, languages=languages) is not None:
            _remove_paragraph(draft, last, index)
            return
