"""Credit lines of Chinese articles, read by both paths.

Chinese sites print the article's editors and authors in a line of their own, under or
above the text: "(责编：王小明、李华)", "[责任编辑:肖春芳]", "作者︱春春". Each path cleans
the names it gets here with its own rules.
"""

from __future__ import annotations

import re

_CREDIT_LINE = re.compile(
    r"[(（\[【]?\s*(?:责编|责任编辑|作者|记者|编辑)\s*[:：︱|]\s*([^()（）\[\]【】:：]{1,60}?)\s*[)）\]】]?"
)
_NAME_SEPARATORS = re.compile(r"[、，,;；\s]+")


def credited_names(text: str) -> list[str]:
    """The names a credit line gives, none when ``text`` is not one.

    >>> credited_names("（责编：王小明、李华）"), credited_names("[责任编辑:肖春芳]")
    (['王小明', '李华'], ['肖春芳'])
    >>> credited_names("作者︱春春"), credited_names("作者说，这是一个问题。")
    (['春春'], [])
    """
    match = _CREDIT_LINE.fullmatch(text.strip())
    if match is None:
        return []
    return [part for part in _NAME_SEPARATORS.split(match.group(1)) if part]
