"""The lead (summary, standfirst): by class name, beside the headline, or as the page's
meta description printed in the page."""

from __future__ import annotations

import re

from lxml.etree import _Element as Element

from newsclean.html.tree import (
    following,
    link_density,
    text_content,
    text_key,
    text_of,
    within,
)
from newsclean.lexicon import GENERIC_LEXICON


def find_lead(body: Element, description: str | None, paragraphs: list[str]) -> str | None:
    """The lead/summary.

    The page's meta description is the lead when the page also prints it (in an element of
    its own, usually between headline and body); a description the page never shows is an
    SEO blurb, not a lead.
    """
    if not description or len(description) < 30:
        return None
    wanted = text_key(description)
    for paragraph in paragraphs[:3]:
        key = text_key(paragraph)
        if key == wanted or (
            len(key) > 40 and (wanted.startswith(key) or key.startswith(wanted.rstrip("…")))
        ):
            return paragraph
    probe = wanted[: max(30, len(wanted) - 5)]
    opening = wanted[:12]
    for element in body.iter("p", "div", "h2", "span", "strong", "section", "header"):
        # The lead's own element starts with the lead's first words (a cheap test first;
        # an element whose text starts in a child is met again as that child).
        text = element.text
        if not text or text.isspace():
            continue  # no key (most elements: a wrapper's line break and indent)
        head = text_key(text[:40])
        if not head or not (head.startswith(opening) or opening.startswith(head)):
            continue
        full = text_of(element)
        if len(full) < 30 or len(full) > len(description) * 1.3 + 20:
            continue
        key = text_key(full)
        if key == wanted or (len(key) >= len(probe) and key.startswith(probe)):
            return _with_dateline(element, full)
    return None


# A dateline printed before the lead in an element of its own ("Berlin.", "PARIS (AP) —").
_DATELINE_CHARS = 30
_INLINE_LEAD_TAGS = frozenset({"span", "strong", "b", "em"})


def _with_dateline(element: Element, text: str) -> str:
    """The lead with the dateline its block prints before it: the description matched an
    inline element, and the block around it adds only a short opening line."""
    parent = element.getparent()
    if element.tag not in _INLINE_LEAD_TAGS or parent is None or parent.tag not in {"p", "div"}:
        return text
    whole = text_of(parent)
    prefix = whole[: len(whole) - len(text)].strip()
    if not whole.endswith(text) or not prefix or len(prefix) > _DATELINE_CHARS:
        return text
    return whole


_LEAD_CLASS = re.compile(
    r"(?:^|[\s_\-])(?:lead|leadtext|lede|intro|introduction|standfirst|summary|excerpt|subtitle|"
    r"sub-title|subheadline|sub-headline|subhead|dek|deck|abstract|description|teaser-text|"
    r"article-lead|article-summary|article-intro|article-teaser|summary-list)(?=$|[\s_\-\d])"
)
_LEAD_TAGS = ("p", "div", "h2", "h3", "span", "section", "ul")


_FOLLOWING_TAGS = ("p", "div", "h2", "h3", "span", "section", "ul")


def find_marked_lead(body: Element, containers: list[Element], headline: str | None) -> str | None:
    """The summary printed between the headline and the body, found by its class name
    (``lead``, ``standfirst``, ``dek``, ``subtitle``, ...) or as the paragraph that shares
    the headline's ``<header>``/``<hgroup>``."""
    h1 = _headline_element(body, headline)
    first = _first_paragraph(containers[0]) if containers else None
    candidates = following(h1, _FOLLOWING_TAGS, 80) if h1 is not None else body.iter(*_LEAD_TAGS)
    for element in candidates:
        if element is first or any(element is c for c in containers):
            break
        if not (element.get("class") or element.get("id")) or not _LEAD_CLASS.search(
            _words_of(element)
        ):
            continue
        if _in_caption(element):
            continue  # a picture's description (span.imageDescription) is no lead
        if first is not None and _opens_the_body(element, first):
            continue
        text = text_of(element)
        if _byline(text):
            continue  # a subhead box that holds the byline and date ("von Jane Doe 13.12.2022")
        if 30 <= len(text) <= 1000 and link_density(element, len(text)) < 0.3:
            return " ".join([text, *_more_lead_paragraphs(element)])
    if h1 is not None:
        for sibling in _beside_headline(h1):
            text = text_of(sibling)
            if 60 <= len(text) <= 1000 and link_density(sibling, len(text)) < 0.3:
                return text
    return None


def _more_lead_paragraphs(lead: Element) -> list[str]:
    """The paragraphs right after a marked lead with the same tag and class: a standfirst
    of two or three paragraphs, each set like the first."""
    more: list[str] = []
    name = lead.get("class")
    if not name:
        return more
    for sibling in lead.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag != lead.tag or sibling.get("class") != name:
            break
        text = text_of(sibling)
        if not text or link_density(sibling, len(text)) >= 0.3:
            break
        more.append(text)
    return more


def _beside_headline(h1: Element) -> list[Element]:
    """Where a standfirst stands beside the headline: any paragraph or subheading after it
    in its ``<header>``/``<hgroup>``, or an ``<h2>`` right after it anywhere (a subheading
    of a sentence's length set under the headline, outside the text's container)."""
    parent = h1.getparent()
    if parent is not None and parent.tag in {"header", "hgroup"}:
        return list(h1.itersiblings("p", "h2", "h3"))
    following = h1.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()  # a comment between them
    return [following] if following is not None and following.tag == "h2" else []


_WORD = re.compile(r"\w{3,}")
_MIN_OVERLAP = 0.4


def find_reworded_lead(
    body: Element, containers: list[Element], headline: str | None, description: str | None
) -> str | None:
    """The paragraph between headline and body that says what the meta description says
    in other words (editors often reword the description for search engines)."""
    if not description or not containers:
        return None
    h1 = _headline_element(body, headline)
    if h1 is None:
        return None
    wanted = {word.casefold() for word in _WORD.findall(description)}
    if len(wanted) < 4:
        return None
    first = next(containers[0].iter("p"), containers[0])
    best, best_overlap = None, _MIN_OVERLAP
    for element in following(h1, ("p", "h2"), 20):
        if element is first or any(element is c for c in containers):
            break
        text = text_of(element)
        if not 40 <= len(text) <= 700 or link_density(element, len(text)) >= 0.3:
            continue
        if element.tag == "h2" and not text.endswith(_FULL_STOPS):
            continue  # a title (a teaser's, the headline's with its kicker), not a standfirst
        words = {word.casefold() for word in _WORD.findall(text)}
        overlap = len(words & wanted) / min(len(words), len(wanted)) if words else 0.0
        if overlap > best_overlap:
            best, best_overlap = text, overlap
    return best


_SENTENCE_END = (".", "!", "?", "…", '"', "“", "”", "»", "«")
# How a standfirst set as an <h2> ends: as a sentence, which titles do not.
_FULL_STOPS = (".", "!", "…", '."', ".“", ".”", ".»", ".«")


def _byline(text: str) -> bool:
    """The text opens with a byline word ("By", "von") and does not end as a sentence does."""
    return text.startswith(GENERIC_LEXICON.byline_prefixes) and not text.endswith(_SENTENCE_END)


def _opens_the_body(element: Element, first: Element) -> bool:
    """``element`` wraps the body's first paragraph and more paragraphs besides: an intro
    box named ``lead`` that opens the text, not a standfirst apart from it."""
    return within(first, element) and any(
        paragraph is not first and text_of(paragraph) for paragraph in element.iter("p")
    )


def _in_caption(element: Element) -> bool:
    return any(node.tag in {"figure", "figcaption"} for node in (element, *element.iterancestors()))


def _first_paragraph(container: Element) -> Element:
    """The container's first paragraph of text: not one in the article's ``<header>``
    (the standfirst printed under the headline there is the lead, not the body's start)."""
    for paragraph in container.iter("p"):
        node = paragraph.getparent()
        while node is not None and node is not container and node.tag != "header":
            node = node.getparent()
        if node is None or node is container:
            return paragraph
    return container


def _words_of(element: Element) -> str:
    return " " + re.sub(r"(?<=[a-z])(?=[A-Z])", "-", _class_and_id(element)).lower() + " "


def _class_and_id(element: Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _headline_element(body: Element, headline: str | None) -> Element | None:
    first = None
    wanted = text_key(headline) if headline else ""
    for h1 in body.iter("h1"):
        if first is None:
            first = h1
        if wanted and text_key(text_content(h1)) == wanted:
            return h1
    return first


# A standfirst is a sentence or two: longer than a kicker, date or caption line.
_STANDFIRST_CHARS = (80, 600)
# Elements between headline and body that a standfirst may be set in (a <div> of text only,
# or a subheading's type: a sentence set as an <h4>).
_STANDFIRST_TAGS = ("p", "div", "h2", "h3", "h4")
_BLOCK_CHILDREN = ("p", "div", "ul", "ol", "table", "section", "figure", "h2", "h3", "h4")


def find_standfirst(body: Element, containers: list[Element], headline: str | None) -> str | None:
    """The first paragraph between the headline's ``<h1>`` and the body that reads as a
    standfirst: one or two whole sentences, hardly linked, not a picture's caption. Sites
    with hashed or unusual class names (``expressive-copy-lg``) set it apart from the body's
    container with nothing to name it."""
    if not containers:
        return None
    h1 = _headline_element(body, headline)
    if h1 is None or (headline and text_key(text_of(h1)) != text_key(headline)):
        return None
    first = _first_paragraph(containers[0])
    for element in following(h1, _STANDFIRST_TAGS, 30):
        if element is first or any(within(element, c) for c in containers):
            return None  # the body starts: nothing stood between it and the headline
        if element.tag == "div" and next(element.iterchildren(_BLOCK_CHILDREN), None) is not None:
            continue  # a wrapper: its paragraphs are met next
        text = text_of(element)
        if len(text) < _STANDFIRST_CHARS[0]:
            continue  # a kicker, date or credit line
        if (
            len(text) > _STANDFIRST_CHARS[1]
            or not text.endswith(_FULL_STOPS)
            or link_density(element, len(text)) >= 0.1
            or _in_caption(element)
            or _byline(text)
            or not _shares_words(text, headline)
        ):
            return None
        return text
    return None


# Words a standfirst shares with its headline: it tells the same story at more length (a
# note about the page, an author's bio or a cookie notice shares none).
_SHARED_WORDS = 2
_CONTENT_WORD = re.compile(r"\w{4,}")


def _shares_words(text: str, headline: str | None) -> bool:
    if not headline:
        return False
    wanted = {word.casefold() for word in _CONTENT_WORD.findall(headline)}
    found = {word.casefold() for word in _CONTENT_WORD.findall(text)}
    return len(wanted & found) >= _SHARED_WORDS
