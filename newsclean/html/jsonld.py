"""Reading JSON-LD blocks: the page's schema.org objects, and the article among them."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.etree import _Element as Element

# Larger blocks are product catalogues or inlined app state, not article metadata.
_MAX_BLOCK_CHARS = 2_000_000
_MAX_OBJECTS = 2_000
ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "videoobject",
    }
)


# CDATA markers around a block, bare or hidden in JavaScript comments ("//<![CDATA[", "/*]]>*/"),
# on the stripped block. Spaces are matched only after a mark (never two runs side by side,
# nor a run the search would enter at each of its characters): a hostile block with a long
# run of spaces costs linear time.
_CDATA_OPEN = re.compile(r"^(?:(?://|/\*)\s*)?<!\[CDATA\[(?:\s*\*/)?")
_CDATA_CLOSE = re.compile(r"(?:(?://|/\*)\s*)?\]\]>(?:\s*\*/)?$")


def read_blocks(root: Element) -> list[Any]:
    """The parsed JSON of every ``application/ld+json`` script (broken ones skipped)."""
    blocks: list[Any] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = (script.text or "").strip()
        if not text or len(text) > _MAX_BLOCK_CHARS:
            continue
        try:
            blocks.append(json.loads(text, strict=False))
        except (ValueError, RecursionError):
            # Pages often end a block with a stray comma or wrap it in CDATA markers.
            trimmed = _CDATA_CLOSE.sub("", _CDATA_OPEN.sub("", text)).strip().rstrip(";")
            try:
                blocks.append(json.loads(trimmed, strict=False))
            except (ValueError, RecursionError):
                continue
    return blocks


def iter_objects(blocks: list[Any]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the blocks, breadth-first through lists, ``@graph`` and values."""
    queue: list[Any] = list(blocks)
    seen = 0
    while queue and seen < _MAX_OBJECTS:
        item = queue.pop(0)
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            seen += 1
            yield item
            for key, value in item.items():
                if key in {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"} or (
                    isinstance(value, (dict, list)) and key not in {"author", "publisher"}
                ):
                    queue.append(value)


def types_of(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower().rsplit("/", 1)[-1]}
    if isinstance(kind, list):
        return {str(k).lower().rsplit("/", 1)[-1] for k in kind}
    return set()


def find_article(blocks: list[Any]) -> dict[str, Any] | None:
    """The article object: the first one typed as an article that has a headline or body,
    its author and publisher references resolved (see `_resolved`)."""
    fallback = None
    for obj in iter_objects(blocks):
        kinds = types_of(obj)
        if kinds & ARTICLE_TYPES and (obj.get("headline") or obj.get("articleBody")):
            if "videoobject" in kinds and fallback is None:
                fallback = obj
                continue
            return _resolved(obj, blocks)
        if fallback is None and kinds & ARTICLE_TYPES:
            fallback = obj
    return _resolved(fallback, blocks) if fallback is not None else None


# The article's fields that name people or organisations, which an @graph often gives as a
# reference to a node of its own: "author": {"@id": "https://example.org/#/person/1"}.
_REFERENCE_FIELDS = ("author", "creator", "publisher")


def _resolved(article: dict[str, Any], blocks: list[Any]) -> dict[str, Any]:
    """``article`` with each bare ``{"@id": ...}`` in its author, creator and publisher
    replaced by the node of the page's JSON-LD that carries that ``@id`` (as Yoast's
    ``@graph`` links a WebPage's Article to its Person). A copy, when anything changed."""
    if not any(_has_reference(article.get(key)) for key in _REFERENCE_FIELDS):
        return article
    nodes = {
        obj["@id"]: obj
        for obj in iter_objects(blocks)
        if isinstance(obj.get("@id"), str) and len(obj) > 1
    }
    resolved = dict(article)
    for key in _REFERENCE_FIELDS:
        value = article.get(key)
        if _has_reference(value):
            items = value if isinstance(value, list) else [value]
            resolved[key] = [_node_for(item, nodes) for item in items]
    return resolved


def _has_reference(value: Any) -> bool:
    items = value if isinstance(value, list) else [value]
    return any(isinstance(item, dict) and _is_reference(item) for item in items)


def _is_reference(item: dict[str, Any]) -> bool:
    return isinstance(item.get("@id"), str) and not item.get("name")


def _node_for(item: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    if isinstance(item, dict) and _is_reference(item):
        return nodes.get(item["@id"], item)
    return item


def find_typed(blocks: list[Any], kinds: set[str]) -> dict[str, Any] | None:
    for obj in iter_objects(blocks):
        if types_of(obj) & kinds:
            return obj
    return None


def as_text(value: Any) -> str | None:
    """A JSON-LD value as plain text (first of a list, ``name``/``@value`` of an object),
    with HTML entities some CMSs leave in JSON-LD decoded."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = html.unescape(value) if "&" in value else value
    value = " ".join(value.split())
    return value or None


def names(value: Any) -> list[tuple[str, str]]:
    """(name, type) pairs from an ``author``-like value: strings, objects or lists of them."""
    out: list[tuple[str, str]] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            name = as_text(item)
            if name:
                out.append((name, "text"))
        elif isinstance(item, dict):
            name = as_text(item.get("name"))
            if not name and (item.get("givenName") or item.get("familyName")):
                name = " ".join(
                    filter(None, (as_text(item.get("givenName")), as_text(item.get("familyName"))))
                )
            if name:
                kinds = types_of(item)
                out.append(
                    (
                        name,
                        "organization"
                        if "organization" in kinds or "newsmediaorganization" in kinds
                        else "person",
                    )
                )
    return out
