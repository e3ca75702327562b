"""Article HTML held in a React Server Components page's flight data.

Next.js App Router pages stream their component tree in scripts that each push a JSON
string (``self.__next_f.push([1, "..."])``); joined in order the strings form the flight
stream. A text row in it, ``<id>:T<length in UTF-8 bytes, hex>,<text>``, holds a long
string as it is, and some sites pass the article's body HTML to a component that way:
the page's markup then has no body at all. Nothing here runs the scripts; the JSON
strings are decoded and the text rows sliced.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml.etree import _Element as Element

_PUSH_PREFIX = "self.__next_f.push("
# One push of a chunk of the stream: ``self.__next_f.push([1,"..."])``.
_PUSH = re.compile(r"\s*self\.__next_f\.push\(\[\s*1\s*,\s*(\".*\")\s*\]\)\s*;?\s*", re.S)
# A text row's header: its id, "T" and the length of its text in UTF-8 bytes, in hex.
_TEXT_ROW = re.compile(rb"[0-9a-f]{1,8}:T([0-9a-f]{1,8}),")
# A text row worth reading as the article holds paragraphs.
_PARAGRAPH = re.compile(r"<p[\s>]", re.I)


# Where a Next.js page loads its code from: only such pages stream flight data.
_NEXT_CHUNKS = "/_next/static/"


def flight_scripts(root: Element) -> list[str]:
    """The texts of the scripts that push flight data, in document order (read before the
    page's scripts are dropped). Reading a script's text copies it, and pages carry large
    ones: only a page that loads Next.js code has its scripts read."""
    if not _loads_next_code(root):
        return []
    return [
        script.text
        for script in root.iter("script")
        if script.text and script.text.lstrip().startswith(_PUSH_PREFIX)
    ]


def flight_html(scripts: list[str]) -> str | None:
    """The longest text row of the flight stream that is HTML with paragraphs, or None."""
    if not scripts:
        return None
    stream = "".join(_pushed_text(script) for script in scripts).encode("utf-8")
    best: str | None = None
    for row in text_rows(stream):
        text = row.decode("utf-8", "replace")
        if _PARAGRAPH.search(text) and (best is None or len(text) > len(best)):
            best = text
    return best


def text_rows(stream: bytes) -> Iterator[bytes]:
    """The texts of the stream's text rows, read row by row: a text row's declared length
    says where the next row starts (its text may hold newlines and what looks like a row
    header), every other row ends at a newline. One pass: a page cannot make it decode the
    same bytes twice, and a length past the stream's end ends the walk."""
    position, end = 0, len(stream)
    while position < end:
        row = _TEXT_ROW.match(stream, position)
        if row is not None:
            stop = row.end() + int(row.group(1), 16)
            if stop > end:
                return
            yield stream[row.end() : stop]
            position = stop
            continue
        newline = stream.find(b"\n", position)
        if newline < 0:
            return
        position = newline + 1


def _pushed_text(script: str) -> str:
    """The string one push adds to the stream ("" for pushes of other kinds)."""
    match = _PUSH.fullmatch(script)
    if match is None:
        return ""
    try:
        text = json.loads(match.group(1))
    except json.JSONDecodeError:
        return ""
    return text if isinstance(text, str) else ""


def _loads_next_code(root: Element) -> bool:
    """A script in the ``<head>`` loads code from under ``/_next/static/``. Only the head
    is searched: Next.js puts its chunks there, and a walk over a whole page's scripts
    costs more than the rest of this module's work on a page without flight data."""
    head = root.find("head")
    if head is None:
        return False
    return any(_NEXT_CHUNKS in (script.get("src") or "") for script in head.iter("script"))
