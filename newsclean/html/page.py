"""One HTML page to an `ArticleDraft`: the order in which the html modules are applied."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

import lxml.etree
import lxml.html
from lxml.etree import _Element as Element

from newsclean.draft import ArticleDraft
from newsclean.errors import ParseError
from newsclean.html import around_text, jsonld, metadata
from newsclean.html.authors import find_people
from newsclean.html.content import ExtractedText, extract_text
from newsclean.html.date_fallback import agree_with_url, fallback_published
from newsclean.html.flight import flight_html, flight_scripts
from newsclean.html.meta import MetaTags
from newsclean.html.printed import read_printed
from newsclean.html.printed_header import printed_age, printed_authors
from newsclean.html.published import find_published
from newsclean.html.related import find_related
from newsclean.html.title import choose_headline, domain_name, page_headings
from newsclean.html.tree import clean_text, drop_non_content, parse_tree, text_of
from newsclean.models import Section
from newsclean.profiles.base import SiteProfile


def extract_html(
    text: str,
    profile: SiteProfile,
    *,
    url: str | None = None,
    utf8: bytes | None = None,
    fetched: datetime | None = None,
) -> ArticleDraft:
    """Read a decoded HTML page into a draft (the pipeline filters and validates it).

    ``url`` is the address the page was fetched from, where the caller knows it; ``utf8``
    is ``text`` encoded as UTF-8, where the caller holds it already; ``fetched``, when
    the page was fetched, dates a page that prints only the story's age.
    """
    root = parse_tree(text, utf8)
    if profile.html_selectors:
        from newsclean.html.newsstudio import extract_with_selectors

        draft = extract_with_selectors(root, profile)
        if draft is not None:
            draft.url = draft.url or url
            return draft
    return extract_generic(root, profile, url=url, page=text, fetched=fetched)


class TitleSources(NamedTuple):
    """Every field of a page that may state its headline, as printed (site names kept)."""

    h1: str | None
    jsonld: str | None  # schema.org's headline, as JSON-LD or a microdata / meta tag
    og: str | None
    twitter: str | None
    document: str | None  # <title>


@dataclass
class PageParts:
    """What the generic reader takes from a page before it reads the text."""

    article: dict | None
    meta: MetaTags
    body: Element
    url: str | None
    site_names: list[str]
    titles: TitleSources
    # Scripts that stream a server-rendered page's data (see ``newsclean.html.flight``).
    flight: list[str] = field(default_factory=list)

    def names_to_strip(self, fetched_url: str | None = None) -> list[str]:
        """The site's names and its domain's (the page's own address, or the one it was
        fetched from when it names none), which titles may carry as a suffix."""
        domains = {domain_name(self.url), domain_name(fetched_url)}
        return [*self.site_names, *sorted(filter(None, domains))]


def read_page_parts(root: Element) -> PageParts:
    """Metadata, the ``<body>`` without scripts and styles, and the title fields of a page
    (``benchmarks/title_sources.py`` reads the title fields through this too)."""
    blocks = jsonld.read_blocks(root)
    article = jsonld.find_article(blocks)
    meta = MetaTags(root)
    flight = flight_scripts(root)
    drop_non_content(root)
    body = root.find("body")
    if body is None:
        body = root
    url = metadata.canonical_url(root, meta, article)
    headings = page_headings(body)
    titles = TitleSources(
        headings.headline,
        (jsonld.as_text(article.get("headline")) if article else None) or meta.first("headline"),
        meta.first("og:title"),
        meta.first("twitter:title"),
        metadata.document_title(root),
    )
    names = metadata.site_names(meta, blocks, article)
    if headings.logo and headings.logo not in names:
        names.append(headings.logo)
    return PageParts(article, meta, body, url, names, titles, flight)


def extract_generic(
    root: Element,
    profile: SiteProfile,
    *,
    url: str | None = None,
    page: str | None = None,
    fetched: datetime | None = None,
) -> ArticleDraft:
    """The generic reader; ``page`` is the page's text, for the date fallback's own parse."""
    draft = ArticleDraft(site=profile.site)
    parts = read_page_parts(root)
    article, meta, body, site_names = parts.article, parts.meta, parts.body, parts.site_names
    # The page's own canonical address first; the fetched one where it names none.
    draft.url = parts.url or url
    if not draft.site and site_names:
        draft.site = site_names[0]
    draft.headline = choose_headline(*parts.titles, parts.names_to_strip(url))
    description = meta.first("og:description", "description", "twitter:description") or (
        jsonld.as_text(article.get("description")) if article else None
    )
    extracted = extract_text(body, description, draft.headline)
    _fall_back_to_article_body(extracted, article)
    extracted = _fall_back_to_flight_html(extracted, parts.flight, description, draft.headline)
    extracted = _fall_back_to_noscript(extracted, page, description, draft.headline)
    sections = around_text.cut_at_end_label(extracted.sections, profile.lexicon)
    sections = around_text.drop_site_notes(sections, extracted.lead, parts.names_to_strip(url))
    extracted = ExtractedText(extracted.lead, sections)
    draft.lead = extracted.lead
    draft.sections = extracted.sections
    draft.body = ([extracted.lead] if extracted.lead else []) + extracted.paragraphs
    draft.language = metadata.language(root, meta, article, draft.body)
    languages = (draft.language,) if draft.language else ()
    draft.published = find_published(article, meta, root, languages)
    if draft.published is not None:
        draft.published = agree_with_url(draft.published, (draft.url, url))
    printed = around_text.take_date_lines(draft, languages)
    around_text.drop_closing_date_lines(draft, languages)
    if draft.published is None and printed is not None:
        draft.published = printed
    printed_facts = read_printed(body, profile.lexicon, languages)
    if draft.published is None:
        draft.published = printed_facts.published
    if draft.published is None and page is not None:
        draft.published = fallback_published(page, (draft.url, url))
    if draft.published is None and fetched is not None:
        draft.published = printed_age(root, draft.headline, draft.body, fetched)
    if draft.published is None:
        draft.note("no_date", "found no publication date in metadata or markup")
    people, organisations = find_people(article, meta, root, site_names)
    draft.authors = people or around_text.take_signature(draft) or organisations
    if not draft.authors:
        draft.authors = printed_authors(
            root, draft.headline, draft.body, profile.lexicon, languages
        )
    if people:
        around_text.drop_byline(draft, people)
    around_text.drop_author_note(draft)
    around_text.drop_agency_credit(draft)
    around_text.drop_dangling_label(draft)
    draft.story_code = metadata.story_code(meta, article) or printed_facts.story_code
    draft.topics = metadata.topics(meta, article)
    draft.related = find_related(body, draft.url)
    draft.declared_types = _declared_types(parts)
    return draft


def _declared_types(parts: PageParts) -> frozenset[str]:
    kinds = jsonld.types_of(parts.article) if parts.article else set()
    og_type = parts.meta.first("og:type")
    if og_type:
        kinds.add(og_type.strip().lower().rsplit(".", 1)[-1])
    return frozenset(kinds)


_MIN_BODY_CHARS = 200
# Markup text under this share of articleBody's length means the reader missed the article.
_SHORT_SHARE = 0.3


def _fall_back_to_article_body(extracted: ExtractedText, article: dict | None) -> None:
    """Pages rendered by JavaScript ship their text only in JSON-LD ``articleBody``: use it
    when the markup gave (almost) nothing, or far less than the article's own length."""
    if not article:
        return
    text = article.get("articleBody")
    if not isinstance(text, str) or len(text) < _MIN_BODY_CHARS:
        return
    read = extracted.chars
    if read >= _MIN_BODY_CHARS and read >= len(text) * _SHORT_SHARE:
        return
    if "<" in text and ">" in text:
        text = text_of(lxml.html.fragment_fromstring(text, create_parent="div"))
    paragraphs = [clean_text(part) for part in re.split(r"\n+", html.unescape(text))]
    extracted.sections = [Section(headline=None, paragraphs=[p for p in paragraphs if p])]


def _fall_back_to_flight_html(
    extracted: ExtractedText, scripts: list[str], description: str | None, headline: str | None
) -> ExtractedText:
    """Pages rendered as React Server Components may hold the article's HTML only in their
    flight data: read it when the markup gave (almost) nothing."""
    if extracted.chars >= _MIN_BODY_CHARS:
        return extracted
    html_text = flight_html(scripts)
    if html_text is None:
        return extracted
    try:
        fragment = parse_tree(html_text)
    except ParseError:
        return extracted
    drop_non_content(fragment)
    found = extract_text(fragment, description, headline)
    return found if found.chars > extracted.chars else extracted


def _fall_back_to_noscript(
    extracted: ExtractedText, page: str | None, description: str | None, headline: str | None
) -> ExtractedText:
    """Pages that render their text by script may print it for readers without scripts in
    ``<noscript>`` (blog platforms ship the post as a script template and again there):
    read the page with those elements unwrapped when the markup gave (almost) nothing."""
    if page is None or extracted.chars >= _MIN_BODY_CHARS or "<noscript" not in page:
        return extracted
    try:
        root = parse_tree(page)
    except ParseError:
        return extracted
    lxml.etree.strip_tags(root, "noscript")
    drop_non_content(root)
    body = root.find("body")
    found = extract_text(root if body is None else body, description, headline)
    return found if found.chars > extracted.chars else extracted
