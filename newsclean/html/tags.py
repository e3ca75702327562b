"""Tag sets the content reader and scorer share: paragraphs, headings, furniture, inline."""

from __future__ import annotations

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
LIST_TAGS = frozenset({"ul", "ol", "dl"})
# Paragraph-like tags that may instead wrap whole paragraphs of their own.
CONTAINER_LIKE = frozenset({"blockquote", "li", "td", "dd"})
