"""The HTML path: one safe parse, metadata from JSON-LD/meta/markup, the main text by
density, related-story blocks, and the News Studio layout by its element ids."""

from __future__ import annotations

from newsclean.html.page import extract_html

__all__ = ["extract_html"]
