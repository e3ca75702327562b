"""Memoising functions of a line of text, without hoarding paragraphs.

Short lines (labels, menus, dates, teaser titles) recur from one dump of a site to the
next and are worth remembering; paragraphs never recur, and caching them only grows a
long-running batch worker until the cache is full. `short_text_cache` caches calls whose
text is at most ``max_chars`` long and computes the rest directly.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

R = TypeVar("R")
# Longer than labels, date lines and most titles; shorter than paragraphs.
DEFAULT_MAX_CHARS = 100


def short_text_cache(
    max_chars: int = DEFAULT_MAX_CHARS, maxsize: int = 8192
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """An lru_cache for functions of positional arguments, the first a text: short texts only.

    >>> calls = []
    >>> @short_text_cache(max_chars=5)
    ... def shout(text: str) -> str:
    ...     calls.append(text)
    ...     return text.upper()
    >>> shout("hi"), shout("hi"), shout("a long line"), shout("a long line")
    ('HI', 'HI', 'A LONG LINE', 'A LONG LINE')
    >>> calls
    ['hi', 'a long line', 'a long line']
    """

    def decorate(function: Callable[..., R]) -> Callable[..., R]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def wrapper(*args: object) -> R:
            text = args[0]
            if isinstance(text, str) and len(text) > max_chars:
                return function(*args)
            return cached(*args)

        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper

    return decorate
