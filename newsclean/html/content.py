"""Main text: the container (`container`), its paragraphs and sections (`reader`), the
lead (`lead`), put together as an `ExtractedText`."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.etree import _Element as Element

from newsclean.html.container import card_list, find_container, in_card_row, teaser_paragraphs
from newsclean.html.density import DenseRun, densest_run
from newsclean.html.lead import find_lead, find_marked_lead, find_reworded_lead, find_standfirst
from newsclean.html.reader import build_sections, is_credit, read_container
from newsclean.html.tree import class_and_id, text_key, text_of, within
from newsclean.html.vocabulary import is_negative, is_positive
from newsclean.models import Section
from newsclean.words import reading_length


@dataclass
class ExtractedText:
    """The article's text: lead, section structure, and every paragraph in order."""

    lead: str | None = None
    sections: list[Section] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for section in self.sections for p in section.paragraphs]

    @property
    def chars(self) -> int:
        """How much text the paragraphs hold: what the page's fallback readings compare."""
        return sum(len(p) for section in self.sections for p in section.paragraphs)


def extract_text(body: Element, description: str | None, headline: str | None) -> ExtractedText:
    """Lead and sections of the article under ``body``."""
    containers = find_container(body, headline)
    blocks = read_container(containers, headline) if containers else []
    containers, blocks = second_opinion(body, containers, blocks, headline)
    if not containers:
        return ExtractedText()
    sections = build_sections(blocks)
    if (
        headline
        and sections
        and sections[0].paragraphs
        and text_key(sections[0].paragraphs[0]) == text_key(headline)
    ):
        sections[0].paragraphs.pop(0)
    if (
        headline
        and sections
        and sections[0].headline
        and text_key(sections[0].headline) == text_key(headline)
    ):
        # Pages without an <h1> print the headline as the first h2.
        sections[0].headline = None
    paragraphs = [p for s in sections for p in s.paragraphs]
    lead = _not_a_caption(
        _not_a_section_headline(find_marked_lead(body, containers, headline), sections)
    )
    lead = (
        lead
        or _not_a_caption(find_lead(body, description, paragraphs))
        or _not_a_caption(find_reworded_lead(body, containers, headline, description))
        or _not_a_caption(find_standfirst(body, containers, headline))
    )
    if lead:
        # The lead is kept apart from the sections: drop its copy among the first paragraphs.
        lead_key = text_key(lead)
        for section in sections[:2]:
            section.paragraphs = [p for p in section.paragraphs if text_key(p) != lead_key]
    sections = [s for s in sections if s.paragraphs]
    return ExtractedText(lead=lead, sections=sections)


def _not_a_caption(lead: str | None) -> str | None:
    """``lead`` unless it credits a picture ("Donald Trump on stage © Imago", "Photo: AP"):
    a caption printed between headline and text."""
    if lead is None or "©" in lead or is_credit(lead):
        return None
    return lead


def _not_a_section_headline(lead: str | None, sections: list[Section]) -> str | None:
    """``lead`` unless the text reads it as a section's headline: a heading classed like a
    standfirst (``h2.subtitle``) inside the article heads a section, it does not lead it."""
    if lead is None:
        return None
    key = text_key(lead)
    if any(section.headline and text_key(section.headline) == key for section in sections):
        return None
    return lead


# The second judgement replaces the first when it finds at least this many times the text.
_SECOND_OPINION_RATIO = 2.0
# Below this many characters the first judgement's text may be a fragment of the article
# (a teaser, an intro box): a run that holds it and much more is the article.
_FRAGMENT_CHARS = 500
# At least this many characters make an article's text where the first judgement found none.
_MIN_SECOND_CHARS = 200


def _prose_chars(blocks: list[tuple[str, str]]) -> int:
    return sum(reading_length(text) for kind, text in blocks if kind == "p")


def second_opinion(
    body: Element,
    containers: list[Element],
    blocks: list[tuple[str, str]],
    headline: str | None = None,
) -> tuple[list[Element], list[tuple[str, str]]]:
    """The first judgement's containers and blocks, or the densest run's when the first looks
    wrong: it found nothing, or the run holds twice its text elsewhere on the page (a teaser
    list, a gallery or a link farm won the vote), or the run holds its fragment and twice as
    much besides. A run that only extends a full article is not taken: what follows an
    article in the same flow is as often comments as more article; nor is a grid of teaser
    cards with linked pictures (elsewhere, or after a first pick that has no picture) or a
    digest of paragraphs that open with links; and never a run that is mostly teasers
    wherever it stands (excerpts under linked titles, see `teaser_paragraphs`) or a list of
    titled cards (a gallery's slides set inside a short article, which the first pick's
    reader skips)."""
    first = _prose_chars(blocks)
    needed = max(_MIN_SECOND_CHARS, _SECOND_OPINION_RATIO * first)
    run = densest_run(body, headline)
    if not run.elements or run.chars < needed:
        return containers, blocks  # reading the run cannot yield enough text
    alternative = run.elements
    alternative_blocks = read_container(alternative, headline)
    if _prose_chars(alternative_blocks) < needed:
        return containers, blocks
    first_keys = {text_key(text) for kind, text in blocks if kind == "p"}
    shared = first_keys & {text_key(text) for kind, text in alternative_blocks if kind == "p"}
    if first >= _FRAGMENT_CHARS and len(shared) >= len(first_keys) / 2:
        return containers, blocks
    if first and (
        _card_list_run(alternative)
        or teaser_paragraphs([p for element in alternative for p in element.iter("p")])
    ):
        # A gallery's slides or a river of teasers, wherever they stand, is not the article.
        return containers, blocks
    if first and not shared and run.pictures >= _TEASER_GRID_PICTURES:
        # A grid of teasers (each a linked picture over an excerpt) elsewhere on the page
        # outweighs a short article; only a run that holds the first pick's text may be one.
        return containers, blocks
    if shared and (
        _teaser_grid_beyond(run, containers) or _teaser_digest_beyond(alternative, containers)
    ):
        return containers, blocks
    if first and _furniture_beyond(alternative, containers, body):
        # What the run adds to the first pick is a sidebar's or teaser list's text (a widget
        # of post excerpts, recent comments): the first pick read something of its own.
        return containers, blocks
    return alternative, alternative_blocks


def _furniture_beyond(elements: list[Element], containers: list[Element], body: Element) -> bool:
    """Every element of the run outside the first pick stands inside a block named as
    furniture (``sidebar``, ``widget``, ``teaser-list``, ``footer``; see `is_negative`) that
    no article name redeems and that does not hold the first pick too (a gallery around its
    captions), or in one of a row of teaser cards (see `in_card_row`: the next posts' linked
    titles over their excerpts)."""
    added = [e for e in elements if not any(within(e, c) for c in containers)]
    known: dict[Element, bool] = {}
    return bool(added) and all(
        _named_furniture_above(element, body, containers) or in_card_row(element, known)
        for element in added
    )


def _named_furniture_above(element: Element, body: Element, containers: list[Element]) -> bool:
    for node in element.iterancestors():
        if node is body:
            return False
        words = class_and_id(node)
        if words and is_negative(words) and not is_positive(words):
            return not any(within(container, node) for container in containers)
    return False


def _teaser_grid_beyond(run: DenseRun, containers: list[Element]) -> bool:
    """The run extends the first pick into a grid of linked pictures while the first pick
    has none of its own: a short article and the teaser cards below it. (Where the first
    pick is one captioned picture of a gallery, the run's other pictures are more of it.)"""
    own = beyond = 0
    for element, count in run.pictured:
        if any(within(element, container) for container in containers):
            own += count
        else:
            beyond += count
    return own == 0 and beyond >= _TEASER_GRID_PICTURES


def _teaser_digest_beyond(elements: list[Element], containers: list[Element]) -> bool:
    """The paragraphs the run adds to the first pick mostly open with a link: a digest of
    other stories, each a linked title and its excerpt in one paragraph; or they all stand
    in a row of teaser cards (see `in_card_row`), however few the run takes."""
    added = [
        paragraph
        for element in elements
        for paragraph in element.iter("p")
        if not any(within(paragraph, container) for container in containers)
    ]
    return teaser_paragraphs(added) or (bool(added) and all(map(in_card_row, added)))


def _card_list_run(elements: list[Element]) -> bool:
    """Most of the run's paragraph text stands in a list of cards (a gallery's slides,
    teasers of other stories: see `card_list`). The first pick's reader skips such a list,
    so it may hold the very same elements and still read the article alone."""
    total = inside = 0
    for element in elements:
        for paragraph in element.iter("p"):
            length = len(text_of(paragraph))
            total += length
            if any(card_list(a) for a in paragraph.iterancestors("ul", "ol")):
                inside += length
    return total > 0 and inside * 2 >= total


# Links without text of their own (a linked picture): three make a grid of teaser cards.
_TEASER_GRID_PICTURES = 3
