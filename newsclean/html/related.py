"""Related / featured / most-read blocks as `RelatedStory` entries with absolute URLs."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from newsclean.html.tree import clean_text
from newsclean.models import RelatedStory

_RELATED = re.compile(
    r"(?:^|[\s_\-])(?:related|relatedarticles|recommended|recommendations|recirculation|read-?more|readalso|also-read|more-?stories|more-?news|most-?read|mostread|popular|trending|featured|teasers?|further-?reading|see-?also|mehr-?zum-?thema)(?=$|[\s_\-\d])"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MIN_TITLE_CHARS = 15
_MAX_STORIES = 40


def _is_related_block(element: HtmlElement) -> bool:
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    return len(raw) > 1 and _names_related(raw)


@lru_cache(maxsize=16384)
def _names_related(raw: str) -> bool:
    return bool(_RELATED.search(" " + _CAMEL.sub("-", raw).lower() + " "))


def find_related(body: HtmlElement, page_url: str | None) -> list[RelatedStory]:
    """Links in blocks named related/recommended/most-read/..., in page order, deduplicated,
    the page itself excluded."""
    stories: list[RelatedStory] = []
    seen: set[str] = set()
    own = _comparable(page_url) if page_url else None
    for block in body.iter("div", "section", "aside", "ul", "ol", "nav"):
        if not _is_related_block(block):
            continue
        for link in block.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:")):
                continue
            url = urljoin(page_url, href) if page_url else href
            if not url.startswith("http"):
                continue
            key = _comparable(url)
            if key == own or key in seen:
                continue
            title = clean_text("".join(link.itertext())) or clean_text(link.get("title") or "")
            if len(title) < _MIN_TITLE_CHARS or len(title.split()) < 3:
                continue
            seen.add(key)
            stories.append(RelatedStory(title=title, url=url))
            if len(stories) >= _MAX_STORIES:
                return stories
    return stories


def _comparable(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}"
