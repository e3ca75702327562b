"""Authors as people's names: from JSON-LD, meta tags, or the byline in the markup."""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from newsclean.html import jsonld
from newsclean.html.meta import MetaTags
from newsclean.html.tree import attr_words, text_of

_BY = re.compile(
    r"^\s*(?:by|von|from|par|por|di|da|de|door|av|af|oleh|tekst|text|texte|autor(?:in)?|author|written by|reporting by|από|автор)\s*[:\-]?\s+",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\s+(?:and|und|et|y|e|en|og|och|i|a|und|و)\s+)\s*")
_ROLE_SUFFIX = re.compile(
    r"\s*(?:,|\(|–|-|\|)\s*(?:reporter|correspondent|editor|staff writer|contributor|writer|journalist|redakteur(?:in)?|korrespondent(?:in)?)\b.*$",
    re.I,
)
_NOT_NAME = re.compile(r"https?://|www\.|@|\d{3,}|\.(?:com|de|org|net)\b", re.I)
_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author|byline|autor|auteur|writer|creator)(?:[\s_-]|$|name|s)"
)
_MAX_NAME_WORDS = 5


def clean_name(raw: str) -> str | None:
    name = _BY.sub("", " ".join(raw.split()))
    name = _ROLE_SUFFIX.sub("", name).strip(" ,;:|-–·")
    if not name or _NOT_NAME.search(name) or len(name.split()) > _MAX_NAME_WORDS or len(name) > 60:
        return None
    return name


def split_names(raw: str) -> list[str]:
    """One byline string to names: ``"By Ann Lee and Bo Chan"`` → ``["Ann Lee", "Bo Chan"]``."""
    text = _BY.sub("", " ".join(raw.split()))
    names = []
    for part in _SPLIT.split(text):
        name = clean_name(part)
        if name:
            names.append(name)
    return names


def _from_jsonld(article: dict[str, Any] | None) -> list[str]:
    if not article:
        return []
    pairs = jsonld.names(article.get("author")) or jsonld.names(article.get("creator"))
    people = [name for name, kind in pairs if kind != "organization"]
    chosen = people or [name for name, _ in pairs]
    out: list[str] = []
    for name in chosen:
        out.extend(
            split_names(name)
            if ("," in name or " and " in name)
            else filter(None, [clean_name(name)])
        )
    return out


def _from_meta(meta: MetaTags) -> list[str]:
    for key in (
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "byl",
        "cxenseparse:author",
    ):
        values = [value for value in meta.all(key) if not value.startswith("http")]
        if values:
            out: list[str] = []
            for value in values:
                out.extend(split_names(value))
            if out:
                return out
    return []


def _from_markup(root: HtmlElement) -> list[str]:
    body = root.find("body")
    if body is None:
        return []
    names: list[str] = []
    for element in body.iterfind(".//*[@rel='author']"):
        names.extend(split_names(text_of(element)))
    if names:
        return names
    for element in body.iterfind(".//*[@itemprop='author']"):
        named = element.find(".//*[@itemprop='name']")
        names.extend(
            split_names(named.get("content") or text_of(named))
            if named is not None
            else split_names(text_of(element))
        )
    if names:
        return names
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in {"body", "html", "article", "main"}:
            continue
        if _BYLINE_CLASS.search(attr_words(element)):
            text = text_of(element)
            if 2 < len(text) <= 80:
                names.extend(split_names(text))
                if names:
                    return names
    return names


def find_authors(article: dict[str, Any] | None, meta: MetaTags, root: HtmlElement) -> list[str]:
    return _dedupe(_from_jsonld(article) or _from_meta(meta) or _from_markup(root))


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
