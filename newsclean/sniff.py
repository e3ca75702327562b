"""Telling a saved HTML page from a plain-text dump, by content (file names lie)."""

from __future__ import annotations

import re

from newsclean.models import DumpKind

_HTML_START = re.compile(
    # A page may open on its style sheet, longer than the head we sniff (a CMS printing
    # <style> before <html>): a <style> element opens no text dump.
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml|meta|title|div|p\b|style\b)",
    re.I | re.S,
)
_TAG = re.compile(
    r"</?(?:html|head|body|div|p|a|span|br|script|meta|title|li|ul|td|article|section|img|h[1-6])\b[^>]*>",
    re.I,
)
# Text dumps may quote a tag or two; a page shows dozens within its first few kilobytes.
_MIN_TAGS = 8
# In a page's source, markup is a good share of the characters (or it opens on markup, say
# a <style> block before its <html>); a text dump that quotes a code sample (a tech blog's
# "<script src=...>" example) has a dozen tags among kilobytes of prose: about a tenth.
_MIN_TAG_SHARE = 0.2


def dump_kind(text: str) -> DumpKind:
    """HTML when the dump starts like a page or is dense with tags, else text.

    >>> dump_kind("<!DOCTYPE html><html><body><p>Hi</p></body></html>").value
    'html'
    >>> dump_kind("Friday 19 July 2024 - 21:40\\nMoscow, Pyongyang Discuss Military Ties").value
    'text'
    """
    head = text[:8192]
    if _HTML_START.match(head[:2048]):
        return DumpKind.HTML
    # A dump without a "<" has no tag: one memchr scan, where the search steps through it.
    if "<" not in head:
        return DumpKind.TEXT
    if len(_TAG.findall(head)) >= _MIN_TAGS and (head.lstrip()[:1] == "<" or _tags_dense(head)):
        return DumpKind.HTML
    return DumpKind.TEXT


def _tags_dense(head: str) -> bool:
    """True when tags make up a good share of the head's characters, as in a page's source."""
    tag_chars = sum(len(tag) for tag in _TAG.findall(head))
    return tag_chars >= _MIN_TAG_SHARE * len(head.strip())
