"""Comparing titles: exact copies, and copies cut short (alt text truncated at a quote)."""

from __future__ import annotations

import re

from newsclean.memo import short_text_cache

_SPACES = re.compile(r"\s+")
_ATTRIBUTE_QUOTES = frozenset("'\"")
# A truncated copy must keep enough of the title to be unmistakable.
MIN_PREFIX_CHARS = 12


_QUOTE_PAIRS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'))
_QUOTE_CHARS = re.compile("[’‘“”«»]")


@short_text_cache()
def title_key(title: str) -> str:
    """Comparison form: casefolded, quotes unified, spacing collapsed."""
    # str.translate with a mapping is slow on long text; most text has no curly quotes.
    if _QUOTE_CHARS.search(title):
        # str.replace per mark beats str.translate with a mapping on long text.
        for curly, straight in _QUOTE_PAIRS:
            if curly in title:
                title = title.replace(curly, straight)
    return _SPACES.sub(" ", title).strip().casefold()


def same_title(first: str, second: str) -> str | None:
    """The fuller title when ``first`` and ``second`` are copies of one title, else None.

    A copy cut short must keep at least MIN_PREFIX_CHARS, unless the full title goes on with
    a quote right where the copy stops: an HTML attribute (``alt='...'``) ends at the first
    quote of its own kind, so ``Turkey`` is the alt text of ``Turkey's Afrin Operation``.

    >>> same_title("UN’s Top Court: Israel", "UN’s Top Court: Israel's Presence in Gaza ‘Illegal’")
    "UN’s Top Court: Israel's Presence in Gaza ‘Illegal’"
    >>> same_title("Turkey", "Turkey's Afrin Operation Enters Third Week")
    "Turkey's Afrin Operation Enters Third Week"
    >>> same_title("Israel Bombs UN School", "Iran Blames Stances") is None
    True
    """
    if first == second:
        return first  # the common case in sidebars: alt text and link print the same title
    a, b = title_key(first), title_key(second)
    if a[:1] != b[:1]:
        return None
    if a == b:
        return first if len(first) >= len(second) else second
    short, full, full_text, short_text = (
        (a, b, second, first) if len(a) < len(b) else (b, a, first, second)
    )
    if not full.startswith(short):
        return None
    if len(short) >= MIN_PREFIX_CHARS:
        return full_text
    cut_at = len(short_text.rstrip())
    if (
        full_text.startswith(short_text.rstrip())
        and full_text[cut_at : cut_at + 1] in _ATTRIBUTE_QUOTES
    ):
        return full_text
    return None
