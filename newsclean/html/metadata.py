"""Page-level metadata besides title, date and authors: canonical URL, language, topics,
the site's article id and name, read from link/meta tags and JSON-LD."""

from __future__ import annotations

from typing import Any

from lxml.etree import _Element as Element

from newsclean.html import jsonld
from newsclean.html.meta import MetaTags
from newsclean.html.tree import text_of
from newsclean.language import detect_language

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


def story_code(meta: MetaTags, article: dict[str, Any] | None) -> str | None:
    """The site's own article id, when the page exposes one in JSON-LD or meta tags."""
    candidates = [jsonld.as_text(article.get("identifier")) if article else None]
    candidates.extend(meta.first(key) for key in _ID_META_KEYS)
    for value in candidates:
        if value and len(value) <= 40 and not value.startswith("http") and " " not in value:
            return value
    return None


def document_title(root: Element) -> str | None:
    """The text of the page's <title>."""
    title = root.find(".//title")
    return text_of(title) if title is not None else None


def site_names(meta: MetaTags, blocks: list[Any], article: dict[str, Any] | None) -> list[str]:
    """Names the page gives its publisher (OpenGraph, app names, JSON-LD publisher)."""
    names = meta.all("og:site_name", "application-name", "al:android:app_name", "twitter:site")
    publisher = jsonld.find_typed(blocks, {"newsmediaorganization", "organization"})
    if publisher:
        name = jsonld.as_text(publisher.get("name"))
        if name:
            names.append(name)
    if article and isinstance(article.get("publisher"), dict):
        name = jsonld.as_text(article["publisher"].get("name"))
        if name:
            names.append(name)
    return [name.lstrip("@") for name in names]


def canonical_url(root: Element, meta: MetaTags, article: dict[str, Any] | None) -> str | None:
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


def language(
    root: Element, meta: MetaTags, article: dict[str, Any] | None, body: list[str]
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


def topics(meta: MetaTags, article: dict[str, Any] | None) -> list[str]:
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
