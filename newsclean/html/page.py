"""One HTML page to an `ArticleDraft`: the order in which the html modules are applied."""

from __future__ import annotations

import html
import re
from datetime import datetime

import lxml.html
from lxml.html import HtmlElement

from newsclean.dates import parse_date_line
from newsclean.draft import ArticleDraft
from newsclean.html import jsonld
from newsclean.html.authors import find_people, name_paragraph
from newsclean.html.content import ExtractedText, extract_text
from newsclean.html.meta import MetaTags
from newsclean.html.published import find_published
from newsclean.html.related import find_related
from newsclean.html.title import choose_headline
from newsclean.html.tree import clean_text, drop_non_content, parse_tree, text_of
from newsclean.language import detect_language
from newsclean.models import Section
from newsclean.profiles.base import SiteProfile


def extract_html(text: str, profile: SiteProfile) -> ArticleDraft:
    """Read a decoded HTML page into a draft (the pipeline filters and validates it)."""
    root = parse_tree(text)
    if profile.html_selectors:
        from newsclean.html.newsstudio import extract_with_selectors

        draft = extract_with_selectors(root, profile)
        if draft is not None:
            return draft
    return extract_generic(root, profile)


def extract_generic(root: HtmlElement, profile: SiteProfile) -> ArticleDraft:
    draft = ArticleDraft(site=profile.site)
    blocks = jsonld.read_blocks(root)
    article = jsonld.find_article(blocks)
    meta = MetaTags(root)
    drop_non_content(root)
    body = root.find("body")
    if body is None:
        body = root

    draft.url = _canonical_url(root, meta, article)
    site_names = _site_names(meta, blocks)
    if not draft.site and site_names:
        draft.site = site_names[0]
    h1 = _first_h1(body)
    draft.headline = choose_headline(
        h1,
        jsonld.as_text(article.get("headline")) if article else None,
        meta.first("og:title"),
        meta.first("twitter:title"),
        _document_title(root),
        site_names,
    )
    description = meta.first("og:description", "description", "twitter:description") or (
        jsonld.as_text(article.get("description")) if article else None
    )
    extracted = extract_text(body, description, draft.headline)
    _fall_back_to_article_body(extracted, article)
    draft.lead = extracted.lead
    draft.sections = extracted.sections
    draft.body = ([extracted.lead] if extracted.lead else []) + extracted.paragraphs
    draft.language = _language(root, meta, article, draft.body)
    languages = (draft.language,) if draft.language else ()
    draft.published = find_published(article, meta, root, languages)
    printed = _take_date_lines(draft, languages)
    if draft.published is None and printed is not None:
        draft.published = printed
    if draft.published is None:
        draft.note("no_date", "found no publication date in metadata or markup")
    people, organisations = find_people(article, meta, root, site_names)
    draft.authors = people or _signature(draft) or organisations
    draft.story_code = _story_code(meta, article)
    draft.topics = _topics(meta, article)
    draft.related = find_related(body, draft.url)
    return draft


_MIN_BODY_CHARS = 200


def _fall_back_to_article_body(extracted: ExtractedText, article: dict | None) -> None:
    """Pages rendered by JavaScript ship their text only in JSON-LD ``articleBody``: use it
    when the markup gave (almost) nothing."""
    if not article or sum(len(p) for p in extracted.paragraphs) >= _MIN_BODY_CHARS:
        return
    text = article.get("articleBody")
    if not isinstance(text, str) or len(text) < _MIN_BODY_CHARS:
        return
    if "<" in text and ">" in text:
        text = text_of(lxml.html.fragment_fromstring(text, create_parent="div"))
    paragraphs = [clean_text(part) for part in re.split(r"\n+", html.unescape(text))]
    extracted.sections = [Section(headline=None, paragraphs=[p for p in paragraphs if p])]


def _signature(draft: ArticleDraft) -> list[str]:
    """The author's name printed alone as the first or last paragraph; taken out of the body."""
    if not draft.sections:
        return []
    for section, index in ((draft.sections[0], 0), (draft.sections[-1], -1)):
        if not section.paragraphs:
            continue
        name = name_paragraph(section.paragraphs[index])
        if name:
            dropped = section.paragraphs.pop(index)
            draft.body = [p for p in draft.body if p != dropped]
            draft.sections = [s for s in draft.sections if s.paragraphs]
            return [name]
    return []


def _take_date_lines(draft: ArticleDraft, languages: tuple[str, ...]) -> datetime | None:
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


# Meta keys under which CMSs expose their own article id.
_ID_META_KEYS = (
    "article:id",
    "article_id",
    "articleid",
    "article-id",
    "parsely-post-id",
    "cxenseparse:recs:articleid",
    "sailthru.contentid",
    "content_id",
    "contentid",
    "news_id",
    "dc.identifier",
)


def _story_code(meta: MetaTags, article: dict | None) -> str | None:
    """The site's own article id, when the page exposes one in JSON-LD or meta tags."""
    candidates = [jsonld.as_text(article.get("identifier")) if article else None]
    candidates.extend(meta.first(key) for key in _ID_META_KEYS)
    for value in candidates:
        if value and len(value) <= 40 and not value.startswith("http") and " " not in value:
            return value
    return None


def _first_h1(body: HtmlElement) -> str | None:
    for h1 in body.iter("h1"):
        text = text_of(h1)
        if 5 <= len(text) <= 400:
            return text
    return None


def _document_title(root: HtmlElement) -> str | None:
    title = root.find(".//title")
    return clean_text(title.text_content()) if title is not None else None


def _site_names(meta: MetaTags, blocks: list) -> list[str]:
    names = meta.all("og:site_name", "application-name", "al:android:app_name", "twitter:site")
    publisher = jsonld.find_typed(blocks, {"newsmediaorganization", "organization"})
    if publisher:
        name = jsonld.as_text(publisher.get("name"))
        if name:
            names.append(name)
    article = jsonld.find_article(blocks)
    if article and isinstance(article.get("publisher"), dict):
        name = jsonld.as_text(article["publisher"].get("name"))
        if name:
            names.append(name)
    return [name.lstrip("@") for name in names]


def _canonical_url(root: HtmlElement, meta: MetaTags, article: dict | None) -> str | None:
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith(
            "http"
        ):
            return link.get("href").strip()
    url = meta.first("og:url")
    if url and url.startswith("http"):
        return url
    if article:
        value = jsonld.as_text(article.get("url"))
        if value and value.startswith("http"):
            return value
    return None


def _language(
    root: HtmlElement, meta: MetaTags, article: dict | None, body: list[str]
) -> str | None:
    declared = root.get("lang") or meta.first(
        "og:locale", "content-language", "language", "dc.language"
    )
    if not declared and article:
        declared = jsonld.as_text(article.get("inLanguage"))
    if declared:
        code = declared.replace("_", "-").split("-")[0].strip().lower()
        if 2 <= len(code) <= 3 and code.isalpha():
            return code
    return detect_language(" ".join(body[:5])) if body else None


def _topics(meta: MetaTags, article: dict | None) -> list[str]:
    values = meta.all("article:tag", "news_keywords", "keywords")
    if not values and article:
        keywords = article.get("keywords")
        if isinstance(keywords, list):
            values = [str(k) for k in keywords if isinstance(k, str)]
        elif isinstance(keywords, str):
            values = [keywords]
    topics: list[str] = []
    for value in values:
        for topic in value.split(","):
            topic = " ".join(topic.split())
            if topic and topic not in topics and len(topic) <= 80:
                topics.append(topic)
    return topics[:30]
