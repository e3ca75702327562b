"""Related / featured / most-read blocks as `RelatedDraft` entries with absolute URLs."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element as Element

from newsclean.dates import find_date
from newsclean.draft import RelatedDraft
from newsclean.html.authors import clean_name
from newsclean.html.tree import clean_text, text_content
from newsclean.html.vocabulary import is_related_heading

_RELATED = re.compile(
    r"(?:^|[\s_\-])(?:related|relatedarticles|recommended|recommendations|recirculation|read-?more|readalso|also-read|more-?stories|more-?news|most-?read|mostread|popular|trending|featured|teasers?|further-?reading|see-?also|mehr-?zum-?thema)(?=$|[\s_\-\d])"
)
# A run of letters each word of `_RELATED` holds unbroken by a hyphen, whatever its case:
# most class names hold none, and one scan of them spares splitting their words.
_RELATED_HINT = re.compile(
    r"relat|recom|recirc|read|also|stori|news|popular|trend|featur|teaser|zum"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AUTHOR_CLASS = re.compile(r"author|byline|writer")
_BYLINE = re.compile(
    r"(?:^|\s)(?:By|Von|Par|Por|Oleh|Door|Av)\s+([^\d|•·,]{3,60}?)(?=\s*(?:$|[\d|•·,]))"
)
_MIN_TITLE_CHARS = 15
_MAX_STORIES = 40


def _is_related_block(element: Element) -> bool:
    class_name, element_id = element.get("class"), element.get("id")
    if not class_name and not element_id:
        return False
    return _names_related(f"{class_name or ''} {element_id or ''}")


@lru_cache(maxsize=16384)
def _names_related(raw: str) -> bool:
    if _RELATED_HINT.search(raw.lower()) is None:
        return False
    return bool(_RELATED.search(" " + _CAMEL.sub("-", raw).lower() + " "))


def find_related(body: Element, page_url: str | None) -> list[RelatedDraft]:
    """Links in blocks named related/recommended/most-read/..., in page order, deduplicated,
    the page itself excluded."""
    stories: list[RelatedDraft] = []
    seen: set[str] = set()
    own = _comparable(page_url) if page_url else None
    seen_hrefs: set[str] = set()
    for block in _related_blocks(body):
        for link in block.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href in seen_hrefs or href.startswith(("#", "javascript:", "mailto:")):
                continue
            title = _link_title(link)
            if len(title) < _MIN_TITLE_CHARS or len(title.split()) < 3:
                continue  # an image link: the same href may come back with its title
            seen_hrefs.add(href)
            url = urljoin(page_url, href) if page_url else href
            if ":" in url.split("/", 1)[0] and not url.startswith(("http:", "https:")):
                continue  # another scheme (tel:, data:); a relative link stays as printed
            if not page_url and not url.startswith(("http:", "https:", "/")):
                continue  # relative to a folder we do not know
            key = _comparable(url)
            if key == own or key in seen:
                continue
            seen.add(key)
            published, author = _item_details(link, block, title)
            stories.append(RelatedDraft(title=title, url=url, published=published, author=author))
            if len(stories) >= _MAX_STORIES:
                return stories
    return stories


def _related_blocks(body: Element) -> list[Element]:
    """Blocks named related/recommended/most-read, and blocks headed "Related", "Lesen Sie
    auch", "Featured Stories", ..., in page order."""
    blocks: list[Element] = []
    for block in body.iter("div", "section", "aside", "ul", "ol", "nav"):
        if _is_related_block(block) and not any(_inside(block, chosen) for chosen in blocks[-3:]):
            blocks.append(block)
    named = set(blocks)
    for heading in body.iter("h2", "h3", "h4", "h5", "h6", "div", "span", "strong", "p"):
        if heading.tag[0] != "h" and (len(heading) or not _bare_label(heading.text)):
            continue  # a bare element heads a list only when its whole text is a label
        text = clean_text(text_content(heading))
        if len(text) > 60 or not is_related_heading(text):
            continue
        block = heading.getparent()
        if block is not None and block not in named and len(block.findall(".//a[@href]")) >= 2:
            blocks.append(block)
            named.add(block)
    return blocks


@lru_cache(maxsize=16384)
def _bare_label(text: str | None) -> bool:
    """A related-list label ("اخبار مرتبط") printed in a ``<div>`` or ``<span>`` rather than
    a heading tag, as many CMSs of the region do."""
    return text is not None and len(text) <= 60 and is_related_heading(clean_text(text))


def _inside(element: Element, container: Element) -> bool:
    ancestor = element.getparent()
    while ancestor is not None:
        if ancestor is container:
            return True
        ancestor = ancestor.getparent()
    return False


def _link_title(link: Element) -> str:
    """A teaser link's title: its heading when the link wraps heading and excerpt."""
    heading = next(link.iter("h2", "h3", "h4", "h5", "strong"), None)
    if heading is not None:
        text = clean_text(text_content(heading))
        if len(text) >= _MIN_TITLE_CHARS:
            return text
    return clean_text(text_content(link)) or clean_text(link.get("title") or "")


def _comparable(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}"


def _item_details(
    link: Element, block: Element, title: str
) -> tuple[datetime | date | None, str | None]:
    """The date and author printed beside a related link, within its own list item."""
    item = link
    while True:
        parent = item.getparent()
        if parent is None or parent is block:
            break
        if len({a.get("href") for a in parent.iter("a")}) > 1:
            break
        item = parent
    if item is link:
        return None, None
    author = None
    for element in item.iter():
        if (
            element is not link
            and isinstance(element.tag, str)
            and _AUTHOR_CLASS.search(
                f"{element.get('class') or ''} {element.get('itemprop') or ''}".lower()
            )
        ):
            author = clean_name(clean_text(text_content(element)))
            if author:
                break
    rest = clean_text(text_content(item)).replace(title, " ")
    if author is None:
        byline = _BYLINE.search(rest)
        if byline:
            author = clean_name(byline.group(1))
    found = find_date(rest, fallback=False) if any(ch.isdigit() for ch in rest) else None
    published = found.as_date_or_datetime() if found else None
    return published, author
