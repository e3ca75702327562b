"""The News Studio CMS layout (Islam Times and sister sites), read by the profile's ids.

Title ``#docDiv3TitrMain``, date ``#docDiv3Date`` (Tehran time, no offset printed), story
code ``#docDiv5InfoCode``, lead ``#docDivLead1``, body ``#doctextarea`` /
``#docContentdiv article``; the sidebar is read by the generic related-block reader.
Returns None when the page lacks the layout's title and body, so the generic path runs.
"""

from __future__ import annotations

import re

from lxml.etree import _Element as Element

from newsclean.dates import find_date, localize, normalize_digits
from newsclean.draft import ArticleDraft
from newsclean.html.page import extract_generic
from newsclean.html.reader import build_sections, read_container
from newsclean.html.tree import css_to_xpath, text_of
from newsclean.profiles.base import SiteProfile

_CODE = re.compile(r"[0-9۰-۹٠-٩]{2,}")


def _select(root: Element, selectors: dict[str, str], name: str) -> list[Element]:
    selector = selectors.get(name)
    return root.xpath(css_to_xpath(selector)) if selector else []


def extract_with_selectors(root: Element, profile: SiteProfile) -> ArticleDraft | None:
    selectors = dict(profile.html_selectors)
    titles = _select(root, selectors, "headline")
    bodies = _select(root, selectors, "body")
    if not titles or not bodies:
        return None
    # The generic reader supplies what the layout shares with every page (canonical URL,
    # language, related blocks, authors in metadata); the ids override the rest.
    draft = extract_generic(root, profile)
    draft.headline = text_of(titles[0]) or draft.headline
    codes = _select(root, selectors, "story_code")
    if codes:
        found = _CODE.search(text_of(codes[0]))
        if found:
            draft.story_code = normalize_digits(found.group())
    dates = _select(root, selectors, "date")
    if dates:
        found_date = find_date(
            text_of(dates[0]), languages=(draft.language,) if draft.language else ()
        )
        if found_date:
            draft.published = localize(found_date.value, profile.timezone)
            draft.problems = [p for p in draft.problems if p.code != "no_date"]
    leads = _select(root, selectors, "lead")
    lead = text_of(leads[0]) if leads else None
    sections = build_sections(read_container(bodies[:1]))
    paragraphs = [p for s in sections for p in s.paragraphs]
    if lead and paragraphs and paragraphs[0] == lead:
        sections[0].paragraphs.pop(0)
        paragraphs.pop(0)
    draft.lead = lead or None
    draft.sections = [s for s in sections if s.paragraphs]
    draft.body = ([lead] if lead else []) + paragraphs
    if profile.url_template and draft.story_code and not draft.url:
        draft.url = profile.url_template.format(
            language=draft.language or "en", code=draft.story_code
        )
    return draft
