"""Main text: find the article's container by text density, then read its paragraphs.

Scoring follows the readability family: every paragraph-like block scores by its length and
commas, the score flows to its parent and grandparent, class/id vocabulary and link density
adjust it, and the best container plus its like-scored siblings hold the article. Inside
them, furniture (share bars, captions, teaser lists, newsletter boxes, ...) is skipped by
tag, vocabulary and link density; ``h2``–``h6`` become section headlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsclean.html.tree import attr_words, clean_text, link_text_length
from newsclean.html.vocabulary import is_negative, is_positive
from newsclean.models import Section

PARAGRAPH_TAGS = frozenset(
    {"p", "pre", "blockquote", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "td", "th"}
)
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Tags whose subtrees are furniture wherever they stand.
SKIP_TAGS = frozenset(
    {
        "nav",
        "aside",
        "footer",
        "form",
        "figure",
        "figcaption",
        "header",
        "menu",
        "dialog",
        "head",
        "title",
        "picture",
        "video",
        "audio",
        "map",
        "h1",
        "label",
        "fieldset",
        "address",
    }
)
INLINE_TAGS = frozenset(
    {
        "a",
        "span",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "font",
        "small",
        "sub",
        "sup",
        "mark",
        "abbr",
        "cite",
        "q",
        "time",
        "code",
        "s",
        "strike",
        "del",
        "ins",
        "big",
        "tt",
        "var",
        "kbd",
        "bdi",
        "bdo",
        "wbr",
        "img",
        "data",
    }
)
BLOCK_TAGS = tuple(
    PARAGRAPH_TAGS
    | {
        "div",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "table",
        "h1",
        "figure",
        "aside",
        "nav",
        "footer",
        "header",
        "form",
    }
)
_COMMAS = re.compile(r"[,،，、;]")
_MIN_PARAGRAPH_CHARS = 25
_LIST_TAGS = frozenset({"ul", "ol", "dl"})
_CONTAINER_LIKE = frozenset({"blockquote", "li", "td", "dd"})
_SIBLING_SHARE = 0.2
# Paragraphs that point the reader elsewhere ("Read more: ...", "Mehr zum Thema").
_READ_MORE = re.compile(
    r"^(?:read more|read also|also read|see also|related|more on this|more:|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|weiterlesen|lire aussi|à lire aussi|voir aussi|lee también|leer también|leia também|leia mais|vedi anche|leggi anche|les også|läs också|lees ook|czytaj też|czytaj także|читайте также|devamını oku|baca juga)\b",
    re.I,
)


@dataclass
class ExtractedText:
    """The article's text: lead, section structure, and every paragraph in order."""

    lead: str | None = None
    sections: list[Section] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for section in self.sections for p in section.paragraphs]


@dataclass
class _Candidate:
    element: HtmlElement
    score: float = 0.0


def _initial_score(element: HtmlElement) -> float:
    tag = element.tag
    score = {
        "div": 5.0,
        "article": 10.0,
        "main": 5.0,
        "section": 3.0,
        "pre": 3.0,
        "td": 3.0,
        "blockquote": 3.0,
    }.get(tag, 0.0)
    if tag in {"ul", "ol", "form", "dl", "li"}:
        score -= 3
    words = attr_words(element)
    if words.strip():
        if is_negative(words):
            score -= 25
        if is_positive(words):
            score += 25
    if element.get("itemprop") == "articleBody":
        score += 50
    return score


_CANDIDATE_TAGS = frozenset(
    {
        "div",
        "article",
        "section",
        "main",
        "td",
        "blockquote",
        "body",
        "form",
        "ul",
        "ol",
        "dl",
        "li",
        "center",
        "font",
        "span",
    }
)


def _is_furniture(element: HtmlElement, page_chars: int) -> bool:
    """A subtree that never holds the article: furniture tags, hidden or named furniture.

    A wrapper named like furniture (``page-banner``, ``has-sidebar``) that holds most of the
    page's text is a layout wrapper, not furniture.
    """
    # Hidden elements are not skipped: paywalled text and streamed server-rendered content
    # are saved hidden (style="display:none", hidden) and are the article all the same.
    tag = element.tag
    if tag in SKIP_TAGS and tag not in {"header", "form", "h1"}:
        return _small(element, page_chars)
    words = attr_words(element)
    if words.strip() and is_negative(words) and not is_positive(words):
        return _small(element, page_chars)
    return False


def _paragraph_chars(element: HtmlElement) -> int:
    return sum(len("".join(p.itertext())) for p in element.iter("p"))


_COMMENTS = re.compile(r"comment|kommentar|disqus|reply|respond|forum|community", re.I)


def _small(element: HtmlElement, page_chars: int) -> bool:
    """Less than 40% of the page's paragraph text is under ``element``, and not a long
    run of plain (unlinked) paragraphs either. A comment thread is furniture at any size
    (it can outgrow the article), unless it wraps the headline too."""
    if _COMMENTS.search(attr_words(element)):
        return next(element.iter("h1"), None) is None
    chars = _paragraph_chars(element)
    if chars >= page_chars * 0.4:
        return False
    return chars < 1000 or _link_density(element) >= 0.3


def _scored_paragraphs(body: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Paragraph-like elements outside furniture, with their text (an iterative walk)."""
    out: list[tuple[HtmlElement, str]] = []
    page_chars = _paragraph_chars(body)
    stack = [body]
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or (element is not body and _is_furniture(element, page_chars)):
            continue
        if tag in {"p", "pre"}:
            out.append((element, "".join(element.itertext())))
            continue
        if tag == "div":
            # Divs that hold text directly (a <br>-separated body) count as paragraphs.
            direct = (element.text or "") + "".join(child.tail or "" for child in element)
            if len(direct.strip()) >= 100:
                out.append((element, direct))
        stack.extend(reversed(element))
    return out


def find_container(body: HtmlElement) -> list[HtmlElement]:
    """The article's container and its siblings that also hold article text."""
    candidates: dict[HtmlElement, _Candidate] = {}
    # Characters of plain (not link-heavy) paragraph text under every ancestor.
    held: dict[HtmlElement, int] = {}
    counted: dict[HtmlElement, int] = {}
    for paragraph, text in _scored_paragraphs(body):
        length = len(text.strip())
        if length < _MIN_PARAGRAPH_CHARS:
            continue
        score = 1 + len(_COMMAS.findall(text)) + min(length // 100, 3)
        ancestor = paragraph if paragraph.tag == "div" else paragraph.getparent()
        level = 0
        while ancestor is not None and level < 3 and isinstance(ancestor.tag, str):
            if ancestor.tag not in _CANDIDATE_TAGS:
                ancestor = ancestor.getparent()
                continue
            candidate = candidates.get(ancestor)
            if candidate is None:
                candidate = candidates[ancestor] = _Candidate(ancestor, _initial_score(ancestor))
            candidate.score += score / (1, 2, 3)[level]
            ancestor = ancestor.getparent()
            level += 1
        if _link_density(paragraph, length) < 0.3:
            ancestor = paragraph.getparent()
            while ancestor is not None:
                held[ancestor] = held.get(ancestor, 0) + length
                counted[ancestor] = counted.get(ancestor, 0) + 1
                ancestor = ancestor.getparent()
    if not candidates:
        return []
    # Link density only lowers a score, so candidates are adjusted best-first and the
    # search stops once no raw score can beat the best adjusted one.
    ranked = sorted(candidates.values(), key=lambda c: c.score, reverse=True)
    best = ranked[0]
    best_score = float("-inf")
    for candidate in ranked:
        if candidate.score <= best_score:
            break
        adjusted = candidate.score * (1 - _link_density(candidate.element))
        if adjusted > best_score:
            best, best_score = candidate, adjusted
        candidate.score = adjusted
    top = _widen(best.element, held, counted, body)
    if top is not best.element:
        best = candidates.get(top) or _Candidate(top, best.score)
    parent = top.getparent()
    if parent is None or top.tag == "body":
        return [top]
    threshold = max(10.0, best.score * _SIBLING_SHARE)
    top_class = top.get("class")
    chosen = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top:
            chosen.append(sibling)
            continue
        candidate = candidates.get(sibling)
        bonus = best.score * 0.2 if top_class and sibling.get("class") == top_class else 0.0
        if candidate is not None and candidate.score + bonus >= threshold:
            chosen.append(sibling)
        elif sibling.tag == "p":
            text = clean_text("".join(sibling.itertext()))
            if len(text) > 80 and _link_density(sibling, len(text)) < 0.25:
                chosen.append(sibling)
    return chosen


def _widen(
    top: HtmlElement,
    held: dict[HtmlElement, int],
    counted: dict[HtmlElement, int],
    body: HtmlElement,
) -> HtmlElement:
    """Climb to the ancestor that holds the article's other chunks.

    Long pieces, listicles and live blogs split their text over sibling chunks (one
    wrapper per product, per entry); the best-scored chunk is then only part of the
    article. An ancestor that adds at least 30% more plain paragraph text takes its place,
    but the climb never leaves an ``<article>`` element that holds the chunk.
    """
    base = held.get(top, 0)
    if base == 0:
        return top
    chosen = top
    ancestor = top.getparent()
    steps = 0
    inside_article = top.tag == "article"
    while ancestor is not None and ancestor is not body and steps < 6 and not inside_article:
        if ancestor.tag == "article" or ancestor.get("itemprop") == "articleBody":
            inside_article = True
        if (
            held.get(ancestor, 0) >= base * 1.3
            and _link_density(ancestor) < 0.35
            and not _teaser_river(ancestor, chosen, held, counted)
        ):
            chosen = ancestor
            base = held[ancestor]
        ancestor = ancestor.getparent()
        steps += 1
    return chosen


def _teaser_river(
    ancestor: HtmlElement,
    chosen: HtmlElement,
    held: dict[HtmlElement, int],
    counted: dict[HtmlElement, int],
) -> bool:
    """The text the ancestor adds is a list of teasers: linked headings, each over a short
    excerpt (article chunks add long paragraphs and rarely linked headings)."""
    if _linked_headings(ancestor) <= _linked_headings(chosen) + 2:
        return False
    added = held.get(ancestor, 0) - held.get(chosen, 0)
    added_count = counted.get(ancestor, 0) - counted.get(chosen, 0)
    return added_count > 0 and added / added_count < 300


def _linked_headings(element: HtmlElement) -> int:
    """Headings that are links: the titles of teasers for other stories."""
    return sum(
        1 for heading in element.iter("h2", "h3", "h4") if heading.find(".//a[@href]") is not None
    )


def _link_density(element: HtmlElement, length: int | None = None) -> float:
    if length is None:
        length = len(clean_text("".join(element.itertext())))
    if not length:
        return 1.0
    return min(1.0, link_text_length(element) / length)


class _Reader:
    """Reads blocks of text from a container in document order, skipping furniture."""

    def __init__(self, container_chars: int) -> None:
        self.blocks: list[tuple[str, str]] = []  # (kind, text): kind "p" or "h"
        self._inline: list[str] = []
        self._container_chars = max(1, container_chars)

    def read(self, root: HtmlElement) -> None:
        # An explicit stack instead of recursion: ("open", el), ("flush", el) when a block
        # element closes, ("tail", el) for the text after an element.
        stack: list[tuple[str, HtmlElement]] = [("open", root)]
        while stack:
            action, element = stack.pop()
            if action == "tail":
                if element.tail:
                    self._inline.append(element.tail)
                continue
            if action == "flush":
                self._flush()
                continue
            if element is not root:
                stack.append(("tail", element))
            tag = element.tag
            if not isinstance(tag, str) or self._skip(element, root):
                continue
            if tag == "br":
                self._inline.append("\n\n" if self._inline and self._inline[-1] == "\n" else "\n")
                continue
            if tag in INLINE_TAGS and next(element.iter(*BLOCK_TAGS), None) is None:
                self._inline.append("".join(element.itertext()))
                continue
            if tag in PARAGRAPH_TAGS and not (
                tag in _CONTAINER_LIKE
                and next(element.iterchildren("p", "div", "ul", "ol", "table"), None) is not None
            ):
                self._flush()
                self._block(element)
                continue
            if tag not in INLINE_TAGS:
                self._flush()
                stack.append(("flush", element))
            if element.text:
                self._inline.append(element.text)
            stack.extend(("open", child) for child in reversed(element))
        self._flush()

    def _skip(self, element: HtmlElement, root: HtmlElement) -> bool:
        tag = element.tag
        if tag in SKIP_TAGS:
            return True
        if element is root:
            return False
        words = attr_words(element)
        if (
            words.strip()
            and is_negative(words)
            and not is_positive(words)
            and element.get("itemprop") != "articleBody"
            # A wrapper named after one widget may still hold the whole article.
            and len("".join(element.itertext())) < self._container_chars * 0.5
        ):
            return True
        if tag in _LIST_TAGS:
            # Bullet lists in news pages are fact boxes, product lists and link lists far
            # more often than article text (on fundus-dev, skipping them gains 0.003 F1).
            return True
        if tag in {"ul", "ol", "table", "dl"}:
            length = len(clean_text("".join(element.itertext())))
            if length and _link_density(element, length) > 0.5:
                return True
        return False

    def _block(self, element: HtmlElement) -> None:
        text = clean_text("".join(element.itertext()))
        if not text:
            return
        if element.tag in HEADING_TAGS:
            # A heading that is a link is a teaser's title, not a section of this article.
            if len(text) <= 200 and _link_density(element, len(text)) <= 0.5:
                self.blocks.append(("h", text))
            return
        if _link_density(element, len(text)) > 0.5 and len(text) < 400:
            return
        self.blocks.append(("p", text))

    def _flush(self) -> None:
        if not self._inline:
            return
        raw = "".join(self._inline)
        self._inline = []
        for part in re.split(r"\n\s*\n", raw):
            text = clean_text(part)
            if text:
                self.blocks.append(("p", text))


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


# Image captions and credits printed as text: "... (Image: Getty)", "Bild: dpa", "Quelle: AFP".
_CREDIT_WORDS = r"(?:bildrechte|bildquelle|fotos?credit|image|images|photo|photos|picture|pictures|foto|fotos|bild|bilder|quelle|source|credit|credits|crédit|crédits|copyright|©)"
_CREDIT = re.compile(
    rf"(?:\(\s*{_CREDIT_WORDS}\s*:[^)]{{1,80}}\)|(?:^|[.\s]){_CREDIT_WORDS}\s*:\s*[^.!?]{{1,60}})\s*$",
    re.I,
)


def _is_read_more(text: str) -> bool:
    return len(text) < 160 and bool(_READ_MORE.match(text))


def _is_credit(text: str) -> bool:
    return len(text) < 400 and bool(_CREDIT.search(text))


def build_sections(blocks: list[tuple[str, str]]) -> list[Section]:
    """Paragraphs grouped under the headings that precede them (headings with no text
    after them, such as a trailing "More on this" heading, are dropped)."""
    sections: list[Section] = [Section(headline=None)]
    for kind, text in blocks:
        if kind == "h":
            if sections[-1].paragraphs or sections[-1].headline is None:
                sections.append(Section(headline=text))
            else:
                # Two headings in a row: the later one heads the text that follows.
                sections[-1] = Section(headline=text)
            continue
        if _is_read_more(text) or _is_credit(text):
            continue
        sections[-1].paragraphs.append(text)
    return [section for section in sections if section.paragraphs]


def read_container(containers: list[HtmlElement]) -> list[tuple[str, str]]:
    chars = sum(len("".join(c.itertext())) for c in containers)
    reader = _Reader(chars)
    for container in containers:
        reader.read(container)
    return reader.blocks


def find_lead(body: HtmlElement, description: str | None, paragraphs: list[str]) -> str | None:
    """The lead/summary.

    The page's meta description is the lead when the page also prints it (in an element of
    its own, usually between headline and body); a description the page never shows is an
    SEO blurb, not a lead.
    """
    if not description or len(description) < 30:
        return None
    wanted = _key(description)
    for paragraph in paragraphs[:3]:
        key = _key(paragraph)
        if key == wanted or (
            len(key) > 40 and (wanted.startswith(key) or key.startswith(wanted.rstrip("…")))
        ):
            return paragraph
    probe = wanted[: max(30, len(wanted) - 5)]
    opening = wanted[:12]
    for element in body.iter("p", "div", "h2", "span", "strong", "section", "header"):
        # The lead's own element starts with the lead's first words (a cheap test first;
        # an element whose text starts in a child is met again as that child).
        head = _key((element.text or "")[:40])
        if not head or not (head.startswith(opening) or opening.startswith(head)):
            continue
        full = clean_text("".join(element.itertext()))
        if len(full) < 30 or len(full) > len(description) * 1.3 + 20:
            continue
        key = _key(full)
        if key == wanted or (len(key) >= len(probe) and key.startswith(probe)):
            return full
    return None


_LEAD_CLASS = re.compile(
    r"(?:^|[\s_\-])(?:lead|leadtext|lede|intro|introduction|standfirst|summary|excerpt|subtitle|"
    r"sub-title|subheadline|sub-headline|subhead|dek|deck|abstract|description|teaser-text|"
    r"article-lead|article-summary|article-intro|article-teaser|summary-list)(?=$|[\s_\-\d])"
)
_LEAD_TAGS = ("p", "div", "h2", "h3", "span", "section", "ul")


_FOLLOWING_LEAD_CANDIDATES = (
    "following::*[self::p or self::div or self::h2 or self::h3 or self::span or self::section"
    " or self::ul][position() <= 80]"
)


def find_marked_lead(
    body: HtmlElement, containers: list[HtmlElement], headline: str | None
) -> str | None:
    """The summary printed between the headline and the body, found by its class name
    (``lead``, ``standfirst``, ``dek``, ``subtitle``, ...) or as the paragraph that shares
    the headline's ``<header>``/``<hgroup>``."""
    h1 = _headline_element(body, headline)
    first = next(containers[0].iter("p"), containers[0]) if containers else None
    candidates = h1.xpath(_FOLLOWING_LEAD_CANDIDATES) if h1 is not None else body.iter(*_LEAD_TAGS)
    for element in candidates:
        if element is first or any(element is c for c in containers):
            break
        if not _LEAD_CLASS.search(_words_of(element)):
            continue
        text = clean_text("".join(element.itertext()))
        if 30 <= len(text) <= 1000 and _link_density(element, len(text)) < 0.3:
            return text
    if h1 is not None:
        parent = h1.getparent()
        if parent is not None and parent.tag in {"header", "hgroup"}:
            for sibling in h1.itersiblings("p", "h2", "h3"):
                text = clean_text("".join(sibling.itertext()))
                if 60 <= len(text) <= 1000 and _link_density(sibling, len(text)) < 0.3:
                    return text
    return None


def _words_of(element: HtmlElement) -> str:
    return " " + re.sub(r"(?<=[a-z])(?=[A-Z])", "-", attr_words_raw(element)).lower() + " "


def attr_words_raw(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _headline_element(body: HtmlElement, headline: str | None) -> HtmlElement | None:
    first = None
    wanted = _key(headline) if headline else ""
    for h1 in body.iter("h1"):
        if first is None:
            first = h1
        if wanted and _key("".join(h1.itertext())) == wanted:
            return h1
    return first


def extract_text(body: HtmlElement, description: str | None, headline: str | None) -> ExtractedText:
    """Lead and sections of the article under ``body``."""
    containers = find_container(body)
    if not containers:
        return ExtractedText()
    sections = build_sections(read_container(containers))
    if (
        headline
        and sections
        and sections[0].paragraphs
        and _key(sections[0].paragraphs[0]) == _key(headline)
    ):
        sections[0].paragraphs.pop(0)
    if (
        headline
        and sections
        and sections[0].headline
        and _key(sections[0].headline) == _key(headline)
    ):
        # Pages without an <h1> print the headline as the first h2.
        sections[0].headline = None
    paragraphs = [p for s in sections for p in s.paragraphs]
    lead = find_marked_lead(body, containers, headline) or find_lead(body, description, paragraphs)
    if lead:
        # The lead is kept apart from the sections: drop its copy among the first paragraphs.
        lead_key = _key(lead)
        for section in sections[:2]:
            section.paragraphs = [p for p in section.paragraphs if _key(p) != lead_key]
    sections = [s for s in sections if s.paragraphs]
    return ExtractedText(lead=lead, sections=sections)
