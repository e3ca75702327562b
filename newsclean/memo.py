"""Memoising functions of a line of text, without hoarding paragraphs.

Short lines (labels, menus, dates, teaser titles) recur from one dump of a site to the
next and are worth remembering; paragraphs never recur, and caching them only grows a
long-running batch worker until the cache is full. `short_text_cache` caches calls whose
text is at most ``max_chars`` long and computes the rest directly.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

R = TypeVar("R")
# Longer than labels, date lines and most titles; shorter than paragraphs.
DEFAULT_MAX_CHARS = 100
DEFAULT_MAXSIZE = 8192
_MISSING: Any = object()


def short_text_cache(
    max_chars: int = DEFAULT_MAX_CHARS, maxsize: int = DEFAULT_MAXSIZE
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """A memo for functions of positional arguments, the first a text: short texts only.

    A full memo is emptied whole rather than evicting the least recently used entry: these
    run hundreds of times per dump, and a plain dict lookup costs about half of
    `functools.lru_cache` behind a wrapper (the lines a site repeats come back at once).

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
        memo: dict[Any, R] = {}
        lookup = memo.get
        if len(inspect.signature(function).parameters) == 1:

            @wraps(function)
            def wrapper(text: str) -> R:
                found = lookup(text, _MISSING)
                if found is _MISSING:
                    found = function(text)
                    if len(text) <= max_chars:
                        if len(memo) >= maxsize:
                            memo.clear()
                        memo[text] = found
                return found

        else:

            @wraps(function)
            def wrapper(*args: Any) -> R:
                found = lookup(args, _MISSING)
                if found is _MISSING:
                    found = function(*args)
                    if len(args[0]) <= max_chars:
                        if len(memo) >= maxsize:
                            memo.clear()
                        memo[args] = found
                return found

        wrapper.cache_clear = memo.clear  # type: ignore[attr-defined]
        wrapper.cache_get = lookup  # type: ignore[attr-defined]
        return wrapper

    return decorate


def cached_lookup(function: Callable[..., R]) -> Callable[[Any], R | None]:
    """The memo's own ``dict.get`` behind a `short_text_cache` function of one text: a hot
    loop reads the memo in place (no Python call on a hit) and calls the function on a miss,
    which remembers the answer as the function always does.

    >>> @short_text_cache()
    ... def shout(text: str) -> str:
    ...     return text.upper()
    >>> known = cached_lookup(shout)
    >>> known("hi"), shout("hi"), known("hi")
    (None, 'HI', 'HI')
    """
    lookup: Callable[[Any], R | None] = function.cache_get  # type: ignore[attr-defined]
    return lookup
