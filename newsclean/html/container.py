"""Where the article's container is found: text density outside page furniture.

Scoring follows the readability family: every paragraph scores by its length and commas,
the score flows to its parent and grandparent, class/id vocabulary and link density adjust
it, and the best container plus its like-scored siblings hold the article. When the
article is split over sibling chunks (listicles, live blogs, long reads), the container
widens to the ancestor that holds them, but never into a river of teasers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lxml.etree import _Element as Element

from newsclean.html.tags import HEADING_TAGS, INLINE_TAGS, LIST_TAGS, SKIP_TAGS
from newsclean.html.tree import (
    class_and_id,
    collapsed_length,
    link_density,
    text_content,
    text_key,
    text_of,
    within,
)
from newsclean.html.vocabulary import (
    is_comment_section,
    is_negative,
    is_overlay_layer,
    is_positive,
)
from newsclean.words import reading_length

_COMMAS = re.compile(r"[,،，、;]")
_MIN_PARAGRAPH_CHARS = 25
# A div read as a paragraph must look like prose, not a caption, byline or label.
_MIN_DIV_PARAGRAPH_CHARS = 80
_SIBLING_SHARE = 0.2
# A "paragraph" whose text is mostly links does not vote for its container.
_LINK_LIST_DENSITY = 0.5
_DIRECT_TEXT_TAGS = frozenset({"div", "section", "article", "main", "td"})


@dataclass
class _Candidate:
    element: Element
    score: float = 0.0
    # Whether ``score`` already carries the link-density adjustment.
    adjusted: bool = False


def _initial_score(element: Element) -> float:
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
    words = class_and_id(element)
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


def _is_furniture(element: Element, page_chars: int) -> bool:
    """A subtree that never holds the article: furniture tags, hidden or named furniture.

    A wrapper named like furniture (``page-banner``, ``has-sidebar``) that holds most of the
    page's text is a layout wrapper, not furniture.
    """
    # Hidden elements are not skipped: paywalled text and streamed server-rendered content
    # are saved hidden (style="display:none", hidden) and are the article all the same.
    # Only the reader drops a hidden box that is a small part of the chosen container.
    tag = element.tag
    if tag in SKIP_TAGS and tag not in {"header", "form", "h1"}:
        return _small(element, page_chars)
    words = class_and_id(element)
    if words.strip() and is_negative(words) and not is_positive(words):
        return _small(element, page_chars)
    return False


def _paragraph_chars(element: Element) -> int:
    return sum(len(text_content(p)) for p in element.iter("p"))


def _small(element: Element, page_chars: int) -> bool:
    """Less than 40% of the page's paragraph text is under ``element``, and not a long
    run of plain (unlinked) paragraphs either. A comment thread is furniture at any size
    (it can outgrow the article), unless it wraps the headline too; so is a consent banner
    or pop-up layer (its legal text can outweigh a short article)."""
    words = class_and_id(element)
    if is_comment_section(words) or is_overlay_layer(words):
        return next(element.iter("h1"), None) is None
    chars = _paragraph_chars(element)
    if chars >= page_chars * 0.4:
        return False
    return chars < 1000 or link_density(element) >= 0.3


def _scored_paragraphs(body: Element) -> list[tuple[Element, str, bool]]:
    """Paragraph-like elements outside furniture, with their text and whether they are
    paragraphs themselves (True) or blocks holding paragraph text directly (an iterative walk)."""
    out: list[tuple[Element, str, bool]] = []
    page_chars = _paragraph_chars(body)
    stack = [body]
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or (element is not body and _is_furniture(element, page_chars)):
            continue
        if tag in {"p", "pre"}:
            out.append((element, text_content(element), True))
            continue
        if tag == "div" and _inline_only(element):
            # A div used as a paragraph: text and inline markup only.
            text = text_content(element)
            if (
                reading_length(text.strip()) >= _MIN_DIV_PARAGRAPH_CHARS
                and link_density(element) < 0.5
            ):
                out.append((element, text, True))
            continue
        if tag in _DIRECT_TEXT_TAGS:
            # Blocks that hold text directly (a <br>-separated body) count as paragraphs.
            direct = _loose_text(element)
            if reading_length(direct.strip()) >= 100:
                out.append((element, direct, False))
        stack.extend(reversed(element))
    return out


def _loose_text(element: Element) -> str:
    """The text a block holds outside its block children: its own, between its children,
    and inside those inline children that hold a line of prose as their only content (a body
    set as ``<span>`` lines between ``<br>``s, with no paragraph markup; not labels, not
    links)."""
    parts = [element.text or ""]
    for child in element:
        text = child.text
        if (
            text
            and not len(child)
            and child.tag in INLINE_TAGS
            and child.tag != "a"
            and reading_length(text.strip()) >= _MIN_DIV_PARAGRAPH_CHARS
        ):
            parts.append(text)
        parts.append(child.tail or "")
    return "".join(parts)


def _inline_only(element: Element) -> bool:
    """True when the element holds text and inline elements only (no blocks)."""
    return all(not isinstance(child.tag, str) or child.tag in INLINE_TAGS for child in element)


def find_container(body: Element, headline: str | None = None) -> list[Element]:
    """The article's container and its siblings that also hold article text.

    ``headline`` is the page's headline as the metadata gave it; it tells the page's own
    article from another one printed below it (a "next article" under its own ``<h1>``).
    """
    candidates: dict[Element, _Candidate] = {}
    # Characters of plain (not link-heavy) paragraph text under every ancestor.
    held: dict[Element, int] = {}
    counted: dict[Element, int] = {}
    for paragraph, text, is_paragraph in _scored_paragraphs(body):
        stripped = text.strip()
        length = reading_length(stripped)
        if length < _MIN_PARAGRAPH_CHARS:
            continue
        linked = link_density(paragraph, len(stripped))
        if linked >= _LINK_LIST_DENSITY:
            # A list of linked names or tags set as a paragraph: its commas are not prose.
            continue
        score = 1 + len(_COMMAS.findall(text)) + min(length // 100, 3)
        ancestor = paragraph.getparent() if is_paragraph else paragraph
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
        if linked < 0.3:
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
    headline_key = text_key(headline) if headline else ""
    best = ranked[0]
    best_score = float("-inf")
    for candidate in ranked:
        if candidate.score <= best_score:
            break
        adjusted = candidate.score * (1 - link_density(candidate.element))
        # A digest of teasers, a list of titled cards (a gallery's slides) or a river of
        # teasers under linked titles outvotes a short article with its many excerpts;
        # none of them is the article.
        if (
            teaser_paragraphs(list(candidate.element.iter("p")))
            or (candidate.element.tag in LIST_TAGS and card_list(candidate.element))
            or _headed_by_links(candidate.element)
            or _teaser_card(candidate.element, headline_key)
        ):
            adjusted *= _TEASER_PARAGRAPHS_WEIGHT
        if adjusted > best_score:
            best, best_score = candidate, adjusted
        candidate.score = adjusted
        candidate.adjusted = True
    own_h1s = _headline_h1s(body, headline)
    if own_h1s:
        best = _headline_story(best, ranked, own_h1s, body)
    top = _widen(best.element, held, counted, body)
    top = _join_same_class_paragraphs(top, body, held, counted)
    if top is not best.element:
        best = candidates.get(top) or _Candidate(top, best.score)
    lifted = _lift_through_wrappers(top, body)
    top, was_lifted = lifted, lifted is not top
    parent = top.getparent()
    if parent is None or top.tag == "body":
        return [top]
    threshold = max(10.0, best.score * _SIBLING_SHARE)
    top_class = top.get("class")
    # Beside the headline's story, a block under another <h1> is the next story.
    other_h1s = set(body.iter("h1")) - own_h1s if own_h1s & set(top.iter("h1")) else set()
    top_paragraphs: set[str] | None = None  # read once a sibling qualifies (few pages)
    rows: dict[Element, bool] = {}  # which elements are cards of a row (see `card_row`)
    chosen = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top:
            chosen.append(sibling)
            continue
        if (
            (sibling.tag in LIST_TAGS and not is_prose_list(sibling))
            or _linked_headings(sibling) > 2
            or _teasers_beside(list(sibling.iter("p")), top)
            or _teaser_card(sibling, headline_key)
            or _mostly(list(sibling.iter("p")), lambda p: in_card_row(p, rows))
        ):
            # Fact lists and teaser lists beside the article are not more of it.
            continue
        if other_h1s and any(h1 in other_h1s for h1 in sibling.iter("h1")):
            continue
        if was_lifted and sibling.tag != "p" and held.get(sibling, 0) < _PART_CHARS:
            # Beside a lifted wrapper, a part of the article holds a few sentences of plain
            # paragraphs; a module with one note is a promo set like the text (a newsletter
            # offer).
            continue
        candidate = candidates.get(sibling)
        bonus = best.score * 0.2 if top_class and sibling.get("class") == top_class else 0.0
        if candidate is not None and candidate.score + bonus >= threshold:
            if top_paragraphs is None:
                top_paragraphs = paragraph_keys(top)
            if not _copy_of(sibling, top_paragraphs):
                chosen.append(sibling)
        elif sibling.tag == "p":
            text = text_of(sibling)
            if len(text) > 80 and link_density(sibling, len(text)) < 0.25:
                chosen.append(sibling)
    return chosen


# A sibling whose paragraphs are mostly the container's own is a second copy of the article.
_COPY_SHARE = 0.8


def paragraph_keys(element: Element) -> set[str]:
    return _keys(element.iter("p"))


def _keys(paragraphs: Iterable[Element]) -> set[str]:
    return {key for key in (text_key(text_of(p)) for p in paragraphs) if key}


def _copy_of(sibling: Element, paragraphs: set[str]) -> bool:
    """The sibling prints the container's paragraphs again: the same article kept twice in
    the page (a hidden or mobile copy, a print version), not more of it."""
    return repeats(paragraph_keys(sibling), paragraphs)


def repeats(paragraphs: set[str], original: set[str]) -> bool:
    """At least two paragraphs, nearly all of them among ``original``."""
    return (
        bool(original)
        and len(paragraphs) >= 2
        and len(paragraphs & original) >= len(paragraphs) * _COPY_SHARE
    )


# Paragraphs that each open with a link to another story are a digest of teasers; their
# excerpts are plain text, so link density does not see them.
_TEASER_PARAGRAPHS_WEIGHT = 0.2
_TEASER_PARAGRAPHS_MIN = 3
_TEASER_PARAGRAPHS_SHARE = 0.6


def teaser_paragraphs(paragraphs: list[Element]) -> bool:
    """Most of the paragraphs (three or more of a sentence's length) open with a link or
    are the excerpt of a teaser card (see `_card_excerpt`, `in_card_row`)."""
    rows: dict[Element, bool] = {}  # the paragraphs share their ancestors
    return _mostly(
        paragraphs, lambda p: _opens_with_link(p) or _card_excerpt(p) or in_card_row(p, rows)
    )


def _mostly(paragraphs: list[Element], test: Callable[[Element], bool]) -> bool:
    paragraphs = [p for p in paragraphs if len(text_of(p)) >= _MIN_PARAGRAPH_CHARS]
    if len(paragraphs) < _TEASER_PARAGRAPHS_MIN:
        return False
    return sum(1 for p in paragraphs if test(p)) >= len(paragraphs) * _TEASER_PARAGRAPHS_SHARE


# A teaser card: its linked title or picture and an excerpt, a few lines in all.
_CARD_BOX_CHARS = 600
_CARD_BOX_LEVELS = 3
_CARD_BOX_CHILDREN = 8
# A card's title says what the story is about; a link with fewer letters is a name (an
# author's, a live-blog entry's) or a label.
_CARD_TITLE_CHARS = 25


def _card_excerpt(paragraph: Element, pictures: bool = False) -> bool:
    """The paragraph is a teaser card's excerpt: a small box around it (up to three levels,
    a few children and `_CARD_BOX_CHARS` of reading length) holds, before it and outside
    any paragraph, a link to another page with a title's length of text: the card's linked
    title; with ``pictures``, a linked picture counts as the card's head too. (Callers
    allow it only where a gallery is ruled out: see `_teasers_beside`.)"""
    node = paragraph.getparent()
    for _ in range(_CARD_BOX_LEVELS):
        if (
            node is None
            or len(node) > _CARD_BOX_CHILDREN  # an article's wrapper: no length to measure
            or collapsed_length(node) > _CARD_BOX_CHARS
            or reading_length(text_of(node)) > _CARD_BOX_CHARS
        ):
            return False
        for element in node.iter():
            if element is paragraph:
                break
            if (
                element.tag == "a"
                and _links_away(element)
                and next(element.iterancestors("p"), None) is None
                and (
                    reading_length(text_of(element)) >= _CARD_TITLE_CHARS
                    or (pictures and _linked_picture(element))
                )
            ):
                return True
        node = node.getparent()
    return False


def _linked_picture(link: Element) -> bool:
    """A link that holds a picture and no text of its own."""
    return not text_of(link) and next(link.iter("img", "picture"), None) is not None


def _teaser_card(element: Element, headline_key: str) -> bool:
    """Every paragraph of a sentence's length in the element is a teaser card's excerpt
    (see `_card_excerpt`), and no link in it prints the page's headline: a blog links its
    post's own title to the post, and a short post is no longer than a teaser."""
    paragraphs = [p for p in element.iter("p") if len(text_of(p)) >= _MIN_PARAGRAPH_CHARS]
    if not paragraphs or not all(_card_excerpt(p) for p in paragraphs):
        return False
    return not headline_key or all(
        text_key(text_of(link)) != headline_key for link in element.iter("a")
    )


def _links_away(link: Element) -> bool:
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _opens_with_link(paragraph: Element) -> bool:
    """The paragraph's first words are a link's text."""
    for node in paragraph.iter():
        if isinstance(node.tag, str) and (node.text or "").strip():
            break
    else:
        return False
    while node is not paragraph:
        if node.tag == "a" and node.get("href"):
            return True
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return False


# The headline's story must hold at least this share of the best container's score: a
# headline over a gallery or a video (little text) does not pull the body away.
_HEADLINE_STORY_SHARE = 0.2


def _headline_h1s(body: Element, headline: str | None) -> set[Element]:
    """The ``<h1>`` elements that print the headline, on pages with more than one ``<h1>``."""
    key = text_key(headline) if headline else ""
    if not key:
        return set()
    h1s = list(body.iter("h1"))
    if len(h1s) < 2:
        return set()
    return {h1 for h1 in h1s if text_key(text_of(h1)) == key}


def _headline_story(
    best: _Candidate, ranked: list[_Candidate], own: set[Element], body: Element
) -> _Candidate:
    """The best container under the page's headline when the best overall sits under
    another story's ``<h1>``.

    Pages append a second article (the next story, scrolled into view) with its own
    ``<h1>``; when it is longer it outscores the page's own article. A container belongs
    to the story of the nearest ``<h1>`` among its ancestors' subtrees; it is replaced only
    when that ``<h1>`` is not the headline and the headline is an ``<h1>`` elsewhere.
    """
    story = _story_h1s(best.element, body)
    if not story or story & own:
        return best
    floor = best.score * _HEADLINE_STORY_SHARE
    found: _Candidate | None = None
    for candidate in ranked:
        if candidate.score < floor or not _story_h1s(candidate.element, body) & own:
            continue
        score = candidate.score
        if not candidate.adjusted:
            score *= 1 - link_density(candidate.element)
        if score >= floor and (found is None or score > found.score):
            found = _Candidate(candidate.element, score, adjusted=True)
    return found or best


def _story_h1s(element: Element, body: Element) -> set[Element]:
    """The ``<h1>`` elements under the nearest ancestor (or ``element`` itself) that has any."""
    node: Element | None = element
    while node is not None:
        found = set(node.iter("h1"))
        if found or node is body:
            return found
        node = node.getparent()
    return set()


def _widen(
    top: Element,
    held: dict[Element, int],
    counted: dict[Element, int],
    body: Element,
) -> Element:
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
    inside_article = top.tag == "article" and not _article_part(top, body)
    while ancestor is not None and ancestor is not body and steps < 6 and not inside_article:
        if (ancestor.tag == "article" and not _article_part(ancestor, body)) or ancestor.get(
            "itemprop"
        ) == "articleBody":
            inside_article = True
        if (
            held.get(ancestor, 0) >= base * 1.3
            and link_density(ancestor) < 0.35
            and not _teaser_river(ancestor, chosen, held, counted)
            and not _adds_a_copy(ancestor, chosen)
            and not _adds_teasers(ancestor, chosen)
        ):
            chosen = ancestor
            base = held[ancestor]
        ancestor = ancestor.getparent()
        steps += 1
    return chosen


# A part of the article beside a lifted wrapper holds this much plain paragraph text.
_PART_CHARS = 300


def _lift_through_wrappers(top: Element, body: Element) -> Element:
    """The outermost wrapper that holds ``top`` as its only child element: the siblings
    that carry the article's other parts stand beside the wrapper (each part a column in a
    row of its own: ``div.row > div.column``, the rows split by ads), not beside ``top``."""
    node = top
    parent = node.getparent()
    while parent is not None and parent is not body and parent.tag in _DIRECT_TEXT_TAGS:
        children = [child for child in parent if isinstance(child.tag, str)]
        if len(children) != 1 or (parent.text or "").strip() or (node.tail or "").strip():
            break
        node, parent = parent, parent.getparent()
    return node


def _article_part(article: Element, body: Element) -> bool:
    """The ``<article>`` is one part of the story: the page sets other ``<article>``
    elements of its class, and none of them holds an ``<h1>`` (each story of a page of
    stories has its own)."""
    name = article.get("class")
    if not name:
        return False
    alike = [other for other in body.iter("article") if other.get("class") == name]
    return len(alike) > 1 and all(next(other.iter("h1"), None) is None for other in alike)


# At least two paragraphs wear the class, at least half the container's.
_SAME_CLASS_MIN = 2
# Paragraphs of the article hold a sentence or more; bylines, counters and notes do not.
_PROSE_CHARS = 80


def _join_same_class_paragraphs(
    top: Element, body: Element, held: dict[Element, int], counted: dict[Element, int]
) -> Element:
    """The ancestor that also holds the paragraphs of prose printed elsewhere in the class
    the container's own paragraphs wear: the article split over two wrappers (its opening
    paragraphs above a box, the rest below) when the rest alone outweighs the opening too
    much for `_widen` to climb. The same checks as `_widen` keep teaser rivers out."""
    name = _paragraph_class(top)
    if name is None:
        return top
    inside = set(top.iter("p"))
    outside = [
        p
        for p in body.iter("p")
        if p.get("class") == name and p not in inside and len(text_of(p)) >= _PROSE_CHARS
    ]
    if len(outside) < _SAME_CLASS_MIN:
        return top
    ancestors = set(top.iterancestors())
    common: Element | None = outside[0]
    while common is not None and common not in ancestors:
        common = common.getparent()
    if (
        common is None
        or common is body
        or _leaves_article(top, common)
        or not all(within(p, common) for p in outside)
        or link_density(common) >= 0.35
        or _teaser_river(common, top, held, counted)
    ):
        return top
    return common


def _paragraph_class(container: Element) -> str | None:
    """The class attribute most of the container's paragraphs wear, if any."""
    classes: dict[str, int] = {}
    total = 0
    for paragraph in container.iter("p"):
        total += 1
        name = paragraph.get("class")
        if name:
            classes[name] = classes.get(name, 0) + 1
    if not classes:
        return None
    name, count = max(classes.items(), key=lambda item: item[1])
    return name if count >= _SAME_CLASS_MIN and count * 2 >= total else None


def _leaves_article(top: Element, ancestor: Element) -> bool:
    """An ``<article>`` (or articleBody) holds ``top`` and stands below ``ancestor``."""
    node = top
    while node is not None and node is not ancestor:
        if node.tag == "article" or node.get("itemprop") == "articleBody":
            return True
        node = node.getparent()
    return False


def _adds_teasers(ancestor: Element, chosen: Element) -> bool:
    """The paragraphs the ancestor adds to ``chosen`` are teaser cards' excerpts (see
    `_teasers_beside`)."""
    inside = set(chosen.iter("p"))
    return _teasers_beside([p for p in ancestor.iter("p") if p not in inside], chosen)


def _teasers_beside(paragraphs: list[Element], chosen: Element) -> bool:
    """Most of ``paragraphs``, found beside the article's ``chosen`` block, are teaser
    cards' excerpts: under a linked title, or under a linked picture when ``chosen`` has
    none of its own (where it has, it may be one captioned picture of a gallery, and the
    other pictures are more of it). Paragraphs that open with a link are not counted: a
    product guide prints its items so."""
    pictures = not any(_linked_picture(link) for link in chosen.iter("a") if _links_away(link))
    return _mostly(paragraphs, lambda p: _card_excerpt(p, pictures))


def _adds_a_copy(ancestor: Element, chosen: Element) -> bool:
    """The paragraphs the ancestor adds to ``chosen`` are mostly ``chosen``'s own again."""
    inside = set(chosen.iter("p"))
    added = _keys(p for p in ancestor.iter("p") if p not in inside)
    return repeats(added, _keys(inside))


def _teaser_river(
    ancestor: Element,
    chosen: Element,
    held: dict[Element, int],
    counted: dict[Element, int],
) -> bool:
    """The text the ancestor adds is a list of teasers: linked headings, each over a short
    excerpt (article chunks add long paragraphs and rarely linked headings)."""
    if _linked_headings(ancestor) <= _linked_headings(chosen) + 2:
        return False
    added = held.get(ancestor, 0) - held.get(chosen, 0)
    added_count = counted.get(ancestor, 0) - counted.get(chosen, 0)
    return added_count > 0 and added / added_count < 300


# A river of teasers: this many linked titles at least, and no more paragraphs than titles,
# each an excerpt of a few lines (an article's paragraphs, a listicle's items run longer).
_RIVER_MIN_TITLES = 3
_EXCERPT_CHARS = 300


def _headed_by_links(element: Element) -> bool:
    """Each paragraph of the element stands under a linked heading of its own: a river of
    teasers, a linked title over one excerpt each. (An article's related-links box adds a
    few linked titles to many paragraphs; a listicle's linked items hold more, or longer.)
    A heading counts when links hold most of its text: an "[edit]" link beside a section's
    title does not make it a teaser's."""
    linked = sum(
        1
        for heading in element.iter("h2", "h3", "h4")
        if heading.find(".//a[@href]") is not None and link_density(heading) > 0.5
    )
    if linked < _RIVER_MIN_TITLES:
        return False
    lengths = [
        length
        for length in map(len, map(text_of, element.iter("p")))
        if length >= _MIN_PARAGRAPH_CHARS
    ]
    return linked >= len(lengths) and sum(lengths) < _EXCERPT_CHARS * max(1, len(lengths))


def _linked_headings(element: Element) -> int:
    """Headings that are links: the titles of teasers for other stories."""
    return sum(
        1 for heading in element.iter("h2", "h3", "h4") if heading.find(".//a[@href]") is not None
    )


_PROSE_ITEM_CHARS = 160


def is_prose_list(element: Element) -> bool:
    """A list whose items are sentences of article text, not links or short facts, nor
    cards (see `card_list`)."""
    items = [text_of(item) for item in element.iterchildren("li", "dd")]
    items = [item for item in items if item]
    if not items or card_list(element):
        return False
    mean = sum(len(item) for item in items) / len(items)
    return mean >= _PROSE_ITEM_CHARS and link_density(element) < 0.2


# A list of this many items or more, each under a heading of its own, is a list of cards.
_CARD_LIST_MIN = 3
# A card's text: a title and an excerpt or a picture's legend, a few sentences at most (the
# limit `boxes` sets a teaser card). A listicle's items run longer.
_CARD_CHARS = 400


def card_list(element: Element) -> bool:
    """A list whose items each hold a heading of their own over a short text: the slides
    of a gallery or the teasers of other stories, not the article's text. In a numbered
    list (``<ol>``) the headings must link away: titled steps of a how-to are numbered too."""
    items = [(item, len(text_of(item))) for item in element.iterchildren("li")]
    filled = [item for item, length in items if length]
    total = sum(length for _, length in items)
    if len(filled) < _CARD_LIST_MIN or total > _CARD_CHARS * len(items):
        return False
    linked = element.tag == "ol"
    for item in filled:
        heading = next(item.iter(*HEADING_TAGS), None)
        if heading is None or (linked and heading.find(".//a[@href]") is None):
            return False
    return True


def card_row(element: Element) -> bool:
    """The element is one of a row of cards set as blocks rather than list items: three or
    more siblings of its tag and class, each under a heading of its own over a short text
    (on average as short as `card_list` allows, or `_LINKED_CARD_CHARS` where every title
    links away), each with a link to another page outside
    its sentences (a linked title or picture, a "read more" link). Sections of an article
    link, if at all, from inside their sentences."""
    name = element.get("class")
    parent = element.getparent()
    if not name or parent is None:
        return False
    row = [
        sibling for sibling in parent if sibling.tag == element.tag and sibling.get("class") == name
    ]
    if len(row) < _CARD_LIST_MIN:
        return False
    total = sum(len(text_of(card)) for card in row)
    if total > _LINKED_CARD_CHARS * len(row):
        return False
    headings = [next(card.iter(*HEADING_TAGS), None) for card in row]
    if not all(
        heading is not None and _links_away_outside_sentences(card)
        for card, heading in zip(row, headings, strict=True)
    ):
        return False
    return total <= _CARD_CHARS * len(row) or all(
        heading is not None and _title_links_away(heading) for heading in headings
    )


# Cards whose every title links to another page may carry a longer excerpt (a post's first
# paragraph under its linked title): the linked titles are the stronger sign.
_LINKED_CARD_CHARS = 600


def _title_links_away(heading: Element) -> bool:
    """The heading's title is a link to another page, or stands inside one."""
    return any(_links_away(link) for link in heading.iter("a")) or any(
        _links_away(link) for link in heading.iterancestors("a")
    )


def in_card_row(paragraph: Element, known: dict[Element, bool] | None = None) -> bool:
    """The paragraph stands in one of a row of cards (see `card_row`), up to
    `_CARD_BOX_LEVELS` above it; ``known`` keeps the answers for elements already asked."""
    node = paragraph.getparent()
    for _ in range(_CARD_BOX_LEVELS):
        if node is None:
            return False
        found = known.get(node) if known is not None else None
        if found is None:
            found = card_row(node)
            if known is not None:
                known[node] = found
        if found:
            return True
        node = node.getparent()
    return False


def _links_away_outside_sentences(card: Element) -> bool:
    """A link to another page outside the card's paragraphs: its title's, picture's or
    "read more" link, not a word linked in a sentence."""
    return any(
        _links_away(link) and next(link.iterancestors("p"), None) is None for link in card.iter("a")
    )
