"""Reading the container: blocks of text in document order, furniture skipped.

Furniture is skipped by tag (figures, asides, forms, lists), class/id vocabulary, link
density and the boxes `newsclean.html.boxes` finds by structure (calls to action, teaser
cards, media, polls, time stamps); ``h2``–``h6`` become section headlines; captions,
credits and "Read more" lines printed as paragraphs are dropped.
"""

from __future__ import annotations

import re

from lxml.etree import _Element as Element

from newsclean.html.boxes import FurnitureBoxes, find_boxes, holds_media
from newsclean.html.container import card_list, is_prose_list, paragraph_keys, repeats
from newsclean.html.tags import (
    BLOCK_TAGS,
    CONTAINER_LIKE,
    HEADING_TAGS,
    INLINE_TAGS,
    LIST_TAGS,
    PARAGRAPH_TAGS,
    SKIP_TAGS,
)
from newsclean.html.tree import (
    class_and_id,
    clean_text,
    link_density,
    link_text_length,
    text_content,
    text_key,
    text_of,
)
from newsclean.html.vocabulary import (
    is_negative,
    is_positive,
    is_related_heading,
    is_strongly_negative,
)
from newsclean.models import Section

# Paragraphs that point the reader elsewhere ("Read more: ...", "Mehr zum Thema").
_READ_MORE = re.compile(
    r"^(?:read more|read also|also read|see also|related|more on this|more:|click here|klicken sie hier|hier klicken|cliquez ici|haga clic aquí|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|weiterlesen|lire aussi|à lire aussi|voir aussi|lee también|leer también|leia também|leia mais|vedi anche|leggi anche|les også|läs också|lees ook|czytaj też|czytaj także|читайте также|devamını oku|baca juga)\b",
    re.I,
)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A line ending in one of these introduces what follows it (Latin and full-width colons).
_COLONS = (":", "：")
# A list item that continues the sentence in the next one: "...;", "...; and", "..., or".
_SEMICOLON_END = re.compile(r"(?:[;；]|[;,]\s*[^\W\d_]{1,4})$")


# The blank between a drop cap and the rest of its word ("N a endlich!").
_DROP_CAP_GAP = re.compile(r"^\s*(\w)\s+")


def _opens_with_drop_cap(element: Element) -> bool:
    """The paragraph opens with a drop cap: its first letter printed as an element of its
    own, then only markup whitespace between elements, then the word's lowercase rest.
    A one-letter word ("A man") has its space inside the text that follows, not between
    elements, so it is left alone."""
    node = element
    while not (node.text or "").strip():
        children = [child for child in node if isinstance(child.tag, str)]
        if not children:
            return False
        node = children[0]
    letter = (node.text or "").strip()
    if node is element or len(node) or len(letter) != 1 or not letter.isupper():
        return False
    pieces = element.itertext()
    for piece in pieces:
        if piece.strip():
            break  # the letter itself
    gap = next(pieces, "")
    if gap.strip() or not gap:
        return False
    rest = next((piece for piece in pieces if piece.strip()), "")
    return rest[:1].islower()


def _named_furniture(words: str) -> bool:
    """Class/id words that name furniture: a furniture word with no article word beside
    it, or one that wins beside it ("trending-in-article", "NewsletterBox content")."""
    return (
        bool(words.strip())
        and is_negative(words)
        and (not is_positive(words) or is_strongly_negative(words))
    )


def _link_annotation(node: Element) -> bool:
    """The last element inside a link, its text all in brackets: a note to the reader
    about the link, usually hidden from sight ("(öffnet im neuen Fenster)", "(PDF)")."""
    parent = node.getparent()
    if parent is None or parent.tag != "a" or node.getnext() is not None:
        return False
    text = text_content(node).strip()
    return text.startswith("(") and text.endswith(")")


def _heading_anchor(element: Element, node: Element) -> bool:
    """An anchor without a link inside a heading: the target a page's table of contents
    jumps to (``<h3><a name="s1" class="jumpLabel">Title</a></h3>``), holding the heading's
    own text however it is classed."""
    return element.tag in HEADING_TAGS and node.tag == "a" and node.get("href") is None


def _linked_word(node: Element, before: list[str]) -> bool:
    """A link with the sentence's words on both sides of it: a name or place linked to its
    topic page (``position on <a class="meta-loc">Sudan</a> and lift``), part of the text
    however it is classed. ``before`` is the text read so far."""
    if node.tag != "a" or node.get("href") is None:
        return False
    raw_tail = node.tail or ""
    tail = raw_tail.lstrip()[:1]
    # The last two pieces: the last one may be the whitespace before the link.
    read = "".join(before[-2:]).rstrip()
    if not read and not "".join(before).strip():
        # The paragraph's first words: the sentence goes on right after the link, with
        # its possessive or punctuation ("<a>Yahoo</a>'s sale") or in lower case.
        return (
            raw_tail[:1] in _APOSTROPHES
            or raw_tail[:1] in _SENTENCE_GOES_ON
            or (raw_tail[:1].isspace() and tail.islower())
        )
    previous = read[-1:]
    return (previous.isalnum() or previous in _WORDS_GO_ON) and (
        tail.isalnum() or tail in _SENTENCE_GOES_ON
    )


# What may follow a linked word in its sentence.
_SENTENCE_GOES_ON = (",", ".", ";", ":", "!", "?", ")")
# What may stand right before a linked name in its sentence ("executive, <a>Marissa Mayer</a>,").
_WORDS_GO_ON = (",", ";", ":", "(", "–", "—")
_APOSTROPHES = ("'", "’")


def _text_without_furniture(element: Element) -> str:
    """The element's text without descendants named as furniture (screen-reader-only
    labels, inline credits, share icons), as a browser shows it (`_between_tags`); plain
    ``itertext`` when nothing inside has a class and no newline needs reading."""
    if element.find(".//*[@class]") is None and element.find(".//br") is None:
        text = text_content(element)
        if "\n" not in text:
            return text
    parts: list[str] = []
    stack: list[tuple[Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node.tail:
                parts.append(_between_tags(node.tail, node.tag))
            continue
        if node is not element:
            stack.append((node, True))
            words = class_and_id(node)
            if (
                words
                and (_named_furniture(words) or _link_annotation(node))
                and not _heading_anchor(element, node)
                and not _linked_word(node, parts)
            ):
                continue
        if not isinstance(node.tag, str):
            continue
        if node.tag == "br":
            # <br><br> separates paragraphs, a single <br> lines within one.
            parts.append("\n")
            continue
        if node.text:
            parts.append(_between_tags(node.text, node.tag))
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)


# A sentence that announces the card below it ("More on this in our live blog:").
_CARD_INTRO_CHARS = 200


# Items of a list of whole sentences (a summary's points): long enough to say something.
_SENTENCE_ITEM_CHARS = 50
_SENTENCE_ITEM_END = (".", "!", "?", "…", '."', ".”", ".«", ".»")


def _list_of_sentences(element: Element) -> bool:
    """A list whose items are each a whole sentence of its own, as a summary's points are
    ("In Kürze:"); product and link lists hold names, figures and headlines. (Fact boxes
    of sentences stand later in the text: the reader asks this only before any paragraph.)"""
    items = [text_of(item) for item in element.iterchildren("li")]
    if len(items) < 2 or link_density(element) >= 0.2:
        return False
    return all(
        len(item) >= _SENTENCE_ITEM_CHARS and item.endswith(_SENTENCE_ITEM_END) for item in items
    )


# Paragraphs of running text on both sides: at least a sentence each, few links.
_RUNNING_PARAGRAPH_CHARS = 80
# Items of a list within the text say something: a bare name or word per item is a
# product, ingredient or keyword list.
_RUNNING_ITEM_CHARS = 20


def _running_paragraph(element: Element | None) -> bool:
    if element is None or element.tag != "p":
        return False
    text = text_of(element)
    return len(text) >= _RUNNING_PARAGRAPH_CHARS and link_density(element, len(text)) < 0.3


def _sibling_element(element: Element, forward: bool) -> Element | None:
    node = element.getnext() if forward else element.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext() if forward else node.getprevious()
    return node


def _list_within_text(element: Element) -> bool:
    """A list set between two paragraphs of running text, its items more than single
    words but not each a whole sentence, few of them linked: the article goes on around it
    (steps, reasons, points). Fact boxes and link lists stand at the text's edge or beside
    it, and a box of whole sentences inside the text is a fact box too."""
    if (
        _list_of_sentences(element)
        or not _running_paragraph(_sibling_element(element, False))
        or not _running_paragraph(_sibling_element(element, True))
    ):
        return False
    items = [text_of(item) for item in element.iterchildren("li", "dd")]
    items = [item for item in items if item]
    if not items or sum(len(item) for item in items) / len(items) < _RUNNING_ITEM_CHARS:
        return False
    if all(item.endswith(_SENTENCE_ITEM_END) for item in items):
        return False  # each item a sentence of its own: a fact box's points
    return link_density(element) < 0.2


# A line that titles what follows it: short, and not closed as a sentence is ("Zubereitung",
# "Produktbeschreibung", or the start of a sentence the list finishes).
_TITLE_LINE_CHARS = 60
_TITLE_LINE_TAGS = frozenset({"p", "div", "span", "strong", "b"})
_SENTENCE_CLOSE = (".", "!", "?", ",", ";", *_COLONS)
# An announced list of running text has hardly a link: a product or reading list links its items.
_ANNOUNCED_LIST_LINKS = 0.1


# What the text goes on with after an announced list: a paragraph, a quote, another list, or
# a section heading (some platforms set theirs as <h1>).
_TEXT_AFTER_LIST = frozenset({"p", "blockquote", "ul", "ol", "h1"})
# A sentence, not a label, announces a list that opens a wrapper of its own.
_COLON_SENTENCE_WORDS = 3


def _list_of_running_items(element: Element) -> bool:
    """Two or more items of 20+ characters on average, hardly a link."""
    items = [text_of(item) for item in element.iterchildren("li", "dd")]
    items = [item for item in items if item]
    return (
        len(items) >= 2
        and sum(len(item) for item in items) / len(items) >= _RUNNING_ITEM_CHARS
        and link_density(element) < _ANNOUNCED_LIST_LINKS
    )


def _announced_list(element: Element) -> bool:
    """A list the line before it announces, with items more than single words and hardly
    a link: a section's heading, a short title line (neither naming related stories), or a
    paragraph ending in a colon that the text goes on after (a paragraph, quote, heading or
    list, or the end of the block). Fact
    boxes, product and link lists stand apart: after a label in a box of their own, behind
    furniture, or linked item by item."""
    if not _list_of_running_items(element):
        return False
    before = _sibling_element(element, False)
    while before is not None and before.tag == "p" and not text_of(before):
        before = _sibling_element(before, False)  # an empty spacer paragraph
    if before is None:
        return False
    text = text_of(before)
    if before.tag in HEADING_TAGS:
        return not is_related_heading(text)
    if (
        before.tag in _TITLE_LINE_TAGS
        and 0 < len(text) <= _TITLE_LINE_CHARS
        and not text.endswith(_SENTENCE_CLOSE)
    ):
        return link_density(before, len(text)) < 0.5 and not is_related_heading(text)
    if before.tag != "p" or not text.endswith(_COLONS):
        return False
    after = _sibling_element(element, True)
    return after is None or after.tag in HEADING_TAGS or after.tag in _TEXT_AFTER_LIST


_HIDDEN_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)


def _hidden(element: Element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


# Blocks that wrap paragraphs: where a second copy of the text is kept.
_WRAPPER_TAGS = frozenset({"div", "section", "article", "main", "td", "blockquote"})


# Longer than this, an h2-h6 is a paragraph set in a heading's type (an intro, a quote);
# a long <h1> inside the text is a caption or a teaser, and is dropped.
_HEADING_CHARS = 200


def _between_tags(text: str, tag: object) -> str:
    """A text node as a browser shows it. White space only is the source's indentation
    between tags: one space at most. In the flow of a paragraph (the text of an inline
    element or after one) a newline is a space too: a pretty-printed
    ``<a ...>\\n  <span>`` or ``</span>\\n\\n gewählt`` breaks no line (only ``<br>`` and
    blocks do). A block's own text keeps its newlines: a blank line there may be a paragraph
    break of text set with ``white-space: pre-line``."""
    if text.isspace():
        return " "
    if tag in _FLOWING_TAGS and "\n" in text:
        return text.replace("\n", " ")
    return text


# Elements whose text and tail flow inside a paragraph.
_FLOWING_TAGS = INLINE_TAGS | {"br", "wbr", "img"}


class _Reader:
    """Reads blocks of text from a container in document order, skipping furniture."""

    def __init__(self, container_chars: int, headline_key: str | None = None) -> None:
        self.blocks: list[tuple[str, str]] = []  # (kind, text): kind "p" or "h"
        self._headline_key = headline_key
        self._inline: list[str] = []
        # Characters of link text in the current inline run.
        self._inline_link_chars = 0
        self._container_chars = max(1, container_chars)
        self._boxes = FurnitureBoxes(set(), set())
        # The keys of the paragraphs read so far, as of the first ``_read_upto`` blocks
        # (see `_second_copy`).
        self._read_set: set[str] = set()
        self._read_upto = 0

    def read(self, root: Element) -> None:
        # An explicit stack instead of recursion: ("open", el), ("flush", el) when a block
        # element closes, ("tail", el) for the text after an element.
        stack: list[tuple[str, Element]] = [("open", root)]
        self._boxes = find_boxes(root, self._container_chars, self._headline_key)
        while stack:
            action, element = stack.pop()
            if action == "tail":
                if element.tail:
                    self._inline.append(_between_tags(element.tail, element.tag))
                continue
            if action == "flush":
                self._flush()
                continue
            if element is not root:
                stack.append(("tail", element))
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if tag == "h1" and self._section_h1(element):
                self._flush()
                self._block(element)
                continue
            if self._skip(element, root):
                if self._inline:
                    self._drop_media_intro(element)
                continue
            if tag == "br":
                self._inline.append("\n\n" if self._inline and self._inline[-1] == "\n" else "\n")
                continue
            if tag in INLINE_TAGS and next(element.iter(*BLOCK_TAGS), None) is None:
                inline_text = _text_without_furniture(element)
                self._inline.append(inline_text)
                if tag == "a" or element.find(".//a") is not None:
                    self._inline_link_chars += (
                        len(clean_text(inline_text)) if tag == "a" else (link_text_length(element))
                    )
                continue
            if tag in PARAGRAPH_TAGS and not (
                tag in CONTAINER_LIKE
                and next(element.iterchildren("p", "div", "ul", "ol", "table"), None) is not None
            ):
                self._flush()
                self._block(element)
                continue
            if tag not in INLINE_TAGS:
                self._flush()
                stack.append(("flush", element))
            if element.text:
                self._inline.append(_between_tags(element.text, tag))
            stack.extend(("open", child) for child in reversed(element))
        self._flush()

    def _section_h1(self, element: Element) -> bool:
        """An ``<h1>`` inside the text, after its first paragraph, that is not the
        headline: some platforms set every section heading as an ``<h1>``."""
        if self._headline_key is None or not any(kind == "p" for kind, _ in self.blocks):
            return False
        return text_key(text_of(element)) != self._headline_key

    def _skip(self, element: Element, root: Element) -> bool:
        tag = element.tag
        if tag in SKIP_TAGS:
            return True
        if element is root:
            return False
        if tag in _WRAPPER_TAGS and self._second_copy(element):
            return True
        if element.get("role") == "complementary":
            # ARIA's name for an aside (a fact box, a related-links box) set as a div.
            return True
        if element in self._boxes.cards:
            self._drop_card_intro(element)
            return True
        if element in self._boxes.others:
            return True
        if _hidden(element) and len(text_content(element)) < self._container_chars * 0.5:
            # A hidden box among visible text is a modal, a form's message or a teaser the
            # reader never sees. Half the container or more hidden is a paywalled or streamed
            # article saved hidden, and stays (es_ABC_2, an Anadolu page: all of it hidden).
            return True
        words = class_and_id(element)
        if (
            words
            and _named_furniture(words)
            and element.get("itemprop") != "articleBody"
            # A wrapper named after one widget may still hold the whole article.
            and len(text_content(element)) < self._container_chars * 0.5
        ):
            return True
        if tag in LIST_TAGS and card_list(element):
            # A gallery's slides or teasers of other stories, however the text announces them.
            return True
        if (
            tag in LIST_TAGS
            and not is_prose_list(element)
            and not self._sentence_list(element)
            and not ((self._before_text() or self._after_label()) and _list_of_sentences(element))
            and not _list_within_text(element)
            and not _announced_list(element)
            and not self._list_first_after_colon(element)
        ):
            # Bullet lists of short items are fact boxes, product and link lists far more
            # often than article text; lists of whole sentences are kept, and so are lists
            # that finish the sentence before them or stand between two paragraphs.
            return True
        if tag in {"ul", "ol", "table", "dl"}:
            length = len(text_of(element))
            if length and link_density(element, length) > 0.5:
                return True
        return False

    def _second_copy(self, element: Element) -> bool:
        """The block prints paragraphs read already, nearly all of them: a second copy of
        the text kept in the page (a mobile or print version beside or inside the first)."""
        if not self.blocks:
            return False
        first = element.find("p")  # the copy's own paragraphs (a wrapper's are met below it)
        if first is None:
            return False  # most elements
        for kind, text in self.blocks[self._read_upto :]:
            if kind == "p":
                self._read_set.add(text_key(text))
        self._read_upto = len(self.blocks)
        if text_key(text_of(first)) not in self._read_set:
            return False
        return repeats(paragraph_keys(element), self._read_set)

    def _drop_media_intro(self, skipped: Element) -> None:
        """Drop the short line ending in a colon read just before skipped media, in the same
        run of text: it announces the video or picture ("WATCH | Protesters in the city:")."""
        pending = clean_text("".join(self._inline))
        if (
            pending
            and len(pending) <= _CARD_INTRO_CHARS
            and pending.endswith(_COLONS)
            and holds_media(skipped)
        ):
            self._inline, self._inline_link_chars = [], 0

    def _drop_card_intro(self, card: Element) -> None:
        """Drop the short paragraph ending in a colon printed just before a teaser card: it
        announces the card ("Mehr dazu lesen Sie in unserem Liveblog:")."""
        self._flush()
        if not self.blocks:
            return
        kind, text = self.blocks[-1]
        if kind != "p" or len(text) > _CARD_INTRO_CHARS or not text.endswith(_COLONS):
            return
        before = card.getprevious()
        # Only the card's own neighbour: a colon before skipped links ("Sources:") stays.
        if before is not None and text_key(text_of(before)).endswith(text_key(text)):
            self.blocks.pop()

    def _before_text(self) -> bool:
        """No sentence read yet (a kicker or title line may be): a list here opens the
        article, as a summary's points do."""
        return not clean_text("".join(self._inline)) and not any(
            kind == "p" and text.endswith(_SENTENCE_ITEM_END) for kind, text in self.blocks
        )

    def _after_label(self) -> bool:
        """The text read just before is a short label ending in a colon ("In Kürze:")."""
        last = self._last_text()
        return len(last) <= _LABEL_CHARS and last.endswith(_COLONS)

    def _sentence_list(self, element: Element) -> bool:
        """A list that finishes the sentence read just before it ("... the plan includes:"),
        its items joined by semicolons ("...;", "...; and") as one sentence's parts are.
        Fact boxes and product lists after a colon have no semicolons."""
        items = [text_of(item) for item in element.iterchildren("li")]
        items = [item for item in items if item]
        if len(items) < 2 or not self._after_colon():
            return False
        joined = sum(1 for item in items[:-1] if _SEMICOLON_END.search(item))
        return joined * 2 >= len(items) - 1

    def _list_first_after_colon(self, element: Element) -> bool:
        """A list first in its wrapper, right after a sentence that ends in a colon (three
        words or more: a one-word label such as "Quellen:" heads a box of its own), with
        items like an announced list's."""
        if _sibling_element(element, False) is not None:
            return False
        last = self._last_text()
        return (
            last.endswith(_COLONS)
            and len(last.split()) >= _COLON_SENTENCE_WORDS
            and _list_of_running_items(element)
        )

    def _after_colon(self) -> bool:
        """The text read just before ends with a colon."""
        return self._last_text().endswith(_COLONS)

    def _last_text(self) -> str:
        """The text read just before: the pending inline run, else the last paragraph."""
        pending = clean_text("".join(self._inline))
        if pending:
            return pending
        if self.blocks and self.blocks[-1][0] == "p":
            return self.blocks[-1][1]
        return ""

    def _block(self, element: Element) -> None:
        # Both rules look at blocks that open with an element, not with text (most blocks).
        opens_with_element = not (element.text or "").strip() and len(element)
        if opens_with_element and _captioned_image(element):
            return
        raw = _text_without_furniture(element)
        if opens_with_element and _opens_with_drop_cap(element):
            raw = _DROP_CAP_GAP.sub(r"\1", raw, count=1)
        text = clean_text(raw)
        if not text:
            return
        if element.tag == "h1" or (element.tag in HEADING_TAGS and len(text) <= _HEADING_CHARS):
            # A heading that is a link is a teaser's title, not a section of this article.
            if len(text) <= _HEADING_CHARS and link_density(element, len(text)) <= 0.5:
                self.blocks.append(("h", text))
            return
        if (
            link_density(element, len(text)) > 0.5
            and len(text) < 400
            and not _keyword_links(element)
            and not _linked_sentence(element, text)
        ):
            return
        if "\n" not in raw:  # one paragraph (most blocks): its text is read already
            self.blocks.append(("p", text))
            return
        for part in _PARAGRAPH_BREAK.split(raw):
            part = clean_text(part)
            if part:
                self.blocks.append(("p", part))

    def _flush(self) -> None:
        if not self._inline:
            return
        raw = "".join(self._inline)
        links, self._inline, self._inline_link_chars = self._inline_link_chars, [], 0
        cleaned = clean_text(raw)
        total = len(cleaned)
        if total and total < 400 and links / total > 0.5:
            return  # a run of bare links: a link box or menu, not text
        if "\n" not in raw:  # one paragraph: no break to split at
            if cleaned:
                self.blocks.append(("p", cleaned))
            return
        for part in _PARAGRAPH_BREAK.split(raw):
            text = clean_text(part)
            if text:
                self.blocks.append(("p", text))


# Image captions and credits printed as text: "... (Image: Getty)", "Bild: dpa", "Quelle: AFP".
_CREDIT_WORDS = r"(?:bildrechte|bildquelle|fotos?credit|image|images|photo|photos|picture|pictures|foto|fotos|bild|bilder|quelle|source|credit|credits|crédit|crédits|copyright|©|(?:titel|beitrags|aufmacher|symbol|header|teaser|vorschau)(?:bild|foto)|featured image)"
_CREDIT = re.compile(
    rf"(?:\(\s*{_CREDIT_WORDS}\s*:[^)]{{1,80}}\)|(?:^|[.\s]){_CREDIT_WORDS}\s*:\s*[^.!?]{{1,60}})\s*$",
    re.I,
)


# Link text no longer than a place or topic name: a keyword, not a teaser's headline.
_KEYWORD_LINK_CHARS = 20
_KEYWORD_LINK_WORDS = 2
_MENU_SEPARATORS = frozenset({"|", "·", "•", "/", "-", "–"})


def _keyword_links(element: Element) -> bool:
    """A paragraph of text whose words are linked one by one to topic pages (a list of
    places, names): at least two links, each a word or two, with unlinked punctuation
    between them. Link boxes and teasers link whole headlines; menus bar their links."""
    links = [text_of(a) for a in element.iter("a")]
    if len(links) < 2 or any(
        len(link) > _KEYWORD_LINK_CHARS or len(link.split()) > _KEYWORD_LINK_WORDS for link in links
    ):
        return False
    separators = [clean_text(a.tail or "") for a in element.iter("a") if a.getnext() is not None]
    # Bars and dots between links make a menu line, not a sentence's list.
    return all(separators) and not any(sep in _MENU_SEPARATORS for sep in separators)


_CAPTION_CHARS = 200
_EMPHASIS_TAGS = frozenset({"em", "i", "small", "strong", "b", "span"})


def _captioned_image(element: Element) -> bool:
    """A paragraph that holds an image, a line break and a short line set in emphasis
    (``<p><img><br><em>Jane Doe (R)</em></p>``): the image's caption, not article text."""
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) < 3 or (element.text or "").strip():
        return False
    image, brk, *rest = children
    if (
        image.tag != "img"
        or brk.tag != "br"
        or (image.tail or "").strip()
        or (brk.tail or "").strip()
    ):
        return False
    if any(child.tag not in _EMPHASIS_TAGS or (child.tail or "").strip() for child in rest):
        return False
    return 0 < len(text_of(element)) <= _CAPTION_CHARS


# Unlinked words that make a mostly linked paragraph a sentence of the article.
_SENTENCE_OWN_WORDS = 3
_SENTENCE_END = (".", "!", "?", '."', ".”", "!”", "?”", "…")


def _linked_sentence(element: Element, text: str) -> bool:
    """A sentence whose words are mostly links (a name linked to its topic page, a clause
    linked to an earlier story), with words of its own between the links and a sentence's
    end. A teaser's headline or a link box ends without one."""
    if not text.endswith(_SENTENCE_END) or _is_read_more(text):
        return False
    own = (element.text or "") + "".join(link.tail or "" for link in element.iter("a"))
    return len(own.split()) >= _SENTENCE_OWN_WORDS


def _is_read_more(text: str) -> bool:
    return len(text) < 160 and bool(_READ_MORE.match(text))


def is_credit(text: str) -> bool:
    # Every credit has its colon: the case-blind search (~20 us a paragraph) runs only then.
    return len(text) < 400 and ":" in text and bool(_CREDIT.search(text))


# A template's placeholder left in the text for a script to fill ("$$ARTICLEAD$$", "{{ad}}").
_PLACEHOLDER = re.compile(r"\$\$[\w.-]+\$\$|\{\{\s*[\w.-]+\s*\}\}|%%[\w.-]+%%")


_STRAY_WORD_CHARS = 3


def build_sections(blocks: list[tuple[str, str]]) -> list[Section]:
    """Paragraphs grouped under the headings that precede them. A heading followed by
    another heading is kept as a paragraph; one with no text after it at all (a trailing
    "More on this") is dropped."""
    sections: list[Section] = [Section(headline=None)]
    for kind, text in blocks:
        if kind == "h" and is_related_heading(text):
            # The heading of an embedded "Read more" box: the article goes on after it.
            continue
        if kind == "h":
            if sections[-1].paragraphs or sections[-1].headline is None:
                sections.append(Section(headline=text))
            else:
                # Two headings in a row (a listicle's items over pictures): the first one
                # is text of its own, kept as a paragraph; the later one heads what follows.
                orphan = sections.pop().headline
                if orphan and len(orphan.split()) >= 4:
                    sections[-1].paragraphs.append(orphan)
                sections.append(Section(headline=text))
            continue
        if _is_read_more(text) or is_credit(text) or _PLACEHOLDER.fullmatch(text):
            continue
        if len(text) <= _STRAY_WORD_CHARS and text.islower():
            continue  # "di", "by": a byline's word left when its name was furniture
        sections[-1].paragraphs.append(text)
    _drop_trailing_label(sections)
    return [section for section in sections if section.paragraphs]


_LABEL_CHARS = 60


def _drop_trailing_label(sections: list[Section]) -> None:
    """Drop a short line ending in a colon that closes the text ("Quellen:", "Sources:"):
    what it introduced (a list of links, a box) was furniture and is gone."""
    last = sections[-1].paragraphs
    if last and len(last[-1]) <= _LABEL_CHARS and last[-1].endswith(_COLONS):
        last.pop()


def read_container(containers: list[Element], headline: str | None = None) -> list[tuple[str, str]]:
    chars = sum(len(text_content(c)) for c in containers)
    reader = _Reader(chars, text_key(headline) if headline else None)
    for container in containers:
        reader.read(container)
    return reader.blocks
