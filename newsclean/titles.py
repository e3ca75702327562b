"""Comparing titles: exact copies, and copies cut short (alt text truncated at a quote)."""

from __future__ import annotations

import re
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
# A truncated copy must keep enough of the title to be unmistakable.
MIN_PREFIX_CHARS = 12


@lru_cache(maxsize=16384)
def title_key(title: str) -> str:
    """Comparison form: casefolded, quotes unified, spacing collapsed."""
    return _SPACES.sub(" ", title.translate(_QUOTES)).strip().casefold()


def same_title(first: str, second: str) -> str | None:
    """The fuller title when ``first`` and ``second`` are copies of one title, else None.

    >>> same_title("UN’s Top Court: Israel", "UN’s Top Court: Israel's Presence in Gaza ‘Illegal’")
    "UN’s Top Court: Israel's Presence in Gaza ‘Illegal’"
    >>> same_title("Israel Bombs UN School", "Iran Blames Stances") is None
    True
    """
    a, b = title_key(first), title_key(second)
    if a[:MIN_PREFIX_CHARS] != b[:MIN_PREFIX_CHARS]:
        return None
    if a == b:
        return first if len(first) >= len(second) else second
    short, full, full_text = (a, b, second) if len(a) < len(b) else (b, a, first)
    if len(short) >= MIN_PREFIX_CHARS and full.startswith(short.rstrip(" .…")):
        return full_text
    return None
