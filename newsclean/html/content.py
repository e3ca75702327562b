"""Main text: the container (`container`), its paragraphs and sections (`reader`), the
lead (`lead`), put together as an `ExtractedText`."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.etree import _Element as Element

from newsclean.html.container import find_container
from newsclean.html.lead import find_lead, find_marked_lead, find_reworded_lead
from newsclean.html.reader import build_sections, read_container
from newsclean.html.tree import text_key
from newsclean.models import Section


@dataclass
class ExtractedText:
    """The article's text: lead, section structure, and every paragraph in order."""

    lead: str | None = None
    sections: list[Section] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for section in self.sections for p in section.paragraphs]


def extract_text(body: Element, description: str | None, headline: str | None) -> ExtractedText:
    """Lead and sections of the article under ``body``."""
    containers = find_container(body, headline)
    if not containers:
        return ExtractedText()
    sections = build_sections(read_container(containers))
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
    lead = _not_a_section_headline(find_marked_lead(body, containers, headline), sections)
    lead = (
        lead
        or find_lead(body, description, paragraphs)
        or find_reworded_lead(body, containers, headline, description)
    )
    if lead:
        # The lead is kept apart from the sections: drop its copy among the first paragraphs.
        lead_key = text_key(lead)
        for section in sections[:2]:
            section.paragraphs = [p for p in section.paragraphs if text_key(p) != lead_key]
    sections = [s for s in sections if s.paragraphs]
    return ExtractedText(lead=lead, sections=sections)


def _not_a_section_headline(lead: str | None, sections: list[Section]) -> str | None:
    """``lead`` unless the text reads it as a section's headline: a heading classed like a
    standfirst (``h2.subtitle``) inside the article heads a section, it does not lead it."""
    if lead is None:
        return None
    key = text_key(lead)
    if any(section.headline and text_key(section.headline) == key for section in sections):
        return None
    return lead
