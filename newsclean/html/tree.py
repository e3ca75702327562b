"""Where HTML becomes a tree: one safe lxml parse, then cheap text helpers over it.

The parser never touches the network, never expands entities from a DTD, keeps libxml2's
huge-tree guard on, and reads the already-decoded text as UTF-8 (the page's own charset
declaration was checked in `newsclean.decoding`; trusting it again here would undo that).
All walks over the tree are iterative: pages nested 100k levels deep cannot overflow the
Python stack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree
from lxml.etree import _Element as Element

from newsclean.errors import ParseError, ParseErrorReason
from newsclean.normalize import ascii_alnum_key

# lxml.etree's HTML parser, not lxml.html's: the same libxml2 parse, without a Python-level
# element-class lookup for every element touched (about 1 ms a page).
_PARSER = lxml.etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=False,
    recover=True,
    default_doctype=False,
)
_NON_WORD = re.compile(r"[\W_]+")
# An XML declaration before the markup confuses the HTML parser about the encoding.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)

# Elements whose text is never article text; dropped once, in C, before any walk.
NON_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "option",
    "textarea",
    "button",
    "input",
    # Ruby annotations: the reading printed over a Japanese or Chinese word (furigana), and
    # the brackets shown around it where ruby is not supported; the word itself stays.
    "rt",
    "rp",
)


def parse_tree(text: str, utf8: bytes | None = None) -> Element:
    """Parse a decoded page into an lxml tree (a ParseError when nothing parses).

    ``utf8`` is ``text.encode("utf-8")`` where the caller has it (the dump's own bytes):
    encoding a page again costs a tenth of parsing it."""
    if utf8 is None or _XML_DECLARATION.match(text):
        text = _XML_DECLARATION.sub("", text, count=1)
        utf8 = text.encode("utf-8", "replace")
    try:
        root = lxml.etree.fromstring(utf8, parser=_PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(ParseErrorReason.NOT_AN_ARTICLE, f"no HTML document: {exc}") from exc
    if root is None:
        raise ParseError(ParseErrorReason.NOT_AN_ARTICLE, "no HTML document")
    return root


def drop_non_content(root: Element) -> None:
    """Remove scripts, styles, forms' controls and embeds, keeping their tails."""
    lxml.etree.strip_elements(root, *NON_CONTENT_TAGS, with_tail=False)


def clean_text(text: str) -> str:
    """Whitespace collapsed to single spaces (non-breaking and zero-width ones included)."""
    return " ".join(text.replace("\u200b", "").split())


# XPath's string value of an element: its text and every descendant's text and tail, as
# "".join(element.itertext()) gives it (no comment or instruction text), but joined in C
# without a Python string per text node: 1.5x faster on a paragraph, 5x on a page section.
_STRING_VALUE = lxml.etree.XPath("string()", smart_strings=False)


def text_content(element: Element) -> str:
    """All text under ``element`` as printed (whitespace kept); ``element`` is an element,
    not a comment."""
    return _STRING_VALUE(element)


def text_of(element: Element) -> str:
    """All text under ``element``, whitespace collapsed."""
    return clean_text(_STRING_VALUE(element))


# The length of an element's text, whitespace collapsed, counted in C.
_COLLAPSED_LENGTH = lxml.etree.XPath("string-length(normalize-space(.))")


def collapsed_length(element: Element) -> int:
    """``len(text_of(element))``, counted without copying the text into Python: a cheap
    bound before the costlier measures (`reading_length`) on long texts."""
    return int(_COLLAPSED_LENGTH(element))


def attr_words(element: Element) -> str:
    """The element's class and id, lowercased, as one string for vocabulary matching."""
    return class_and_id(element).lower()


def class_and_id(element: Element) -> str:
    """The element's class and id as written (camel case kept, so ``NewsletterBox`` still
    splits into words for the vocabulary), one string."""
    get = element.get
    class_name, element_id = get("class"), get("id")
    if not class_name and not element_id:
        return ""
    return f"{class_name or ''} {element_id or ''}"


def link_text_length(element: Element) -> int:
    """Characters of text inside links under ``element``. An ``<a>`` without ``href`` is no
    link: a named anchor a table of contents jumps to holds the heading's own text."""
    return sum(
        len(clean_text(_STRING_VALUE(link)))
        for link in element.iter("a")
        if link.get("href") is not None
    )


def link_density(element: Element, length: int | None = None) -> float:
    """Share of the element's text that sits inside links (1.0 for an empty element)."""
    if length is None:
        length = len(clean_text(_STRING_VALUE(element)))
    if not length:
        return 1.0
    return min(1.0, link_text_length(element) / length)


def within(element: Element, scope: Element | None) -> bool:
    """``element`` is ``scope`` or stands inside it."""
    node: Element | None = element
    while node is not None:
        if node is scope:
            return True
        node = node.getparent()
    return False


def text_key(text: str) -> str:
    """Comparison form of a text: casefolded letters and digits only."""
    if text.isascii():
        return ascii_alnum_key(text)
    return _NON_WORD.sub("", text.casefold())


def following(element: Element, tags: tuple[str, ...], limit: int) -> Iterator[Element]:
    """Up to ``limit`` elements with one of ``tags`` after ``element`` in document order
    (XPath's ``following::`` axis, walked lazily: XPath evaluates its predicates on every
    following element before a position limit applies)."""
    found = 0
    node: Element | None = element
    while node is not None:
        for sibling in node.itersiblings():
            for candidate in sibling.iter(*tags):
                yield candidate
                found += 1
                if found >= limit:
                    return
        node = node.getparent()


def css_to_xpath(selector: str) -> str:
    """The tiny CSS subset site profiles use: ``#id``, ``.class``, ``tag`` and descendants,
    comma-separated alternatives.

    >>> css_to_xpath("#doctextarea, #docContentdiv article")
    "//*[@id='doctextarea'] | //*[@id='docContentdiv']//article"
    """
    alternatives = []
    for alternative in selector.split(","):
        steps = []
        for part in alternative.split():
            if part.startswith("#"):
                steps.append(f"*[@id='{part[1:]}']")
            elif part.startswith("."):
                steps.append(
                    f"*[contains(concat(' ', normalize-space(@class), ' '), ' {part[1:]} ')]"
                )
            elif re.fullmatch(r"[a-zA-Z][a-zA-Z0-9]*", part):
                steps.append(part.lower())
            else:
                raise ValueError(f"unsupported selector step {part!r} in {selector!r}")
        alternatives.append("//" + "//".join(steps))
    return " | ".join(alternatives)
