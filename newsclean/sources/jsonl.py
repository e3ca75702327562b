"""Scraper exports in JSON Lines: one object per page, the page under a named field.

Discovery lists every non-blank line as a `Locator` (the parent reads the file once, line
by line, never whole); a worker reads its own line again by number, so page text never
travels between processes. A line that is not a JSON object, or lacks the page field, is
an error entry naming its line number.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import IO, Any

from newsclean.sources.locator import Locator
from newsclean.sources.opened import BAD_JSON, MISSING_FIELD, Opened, SourceError

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def is_jsonl_name(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def _open(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def list_lines(path: str) -> Iterator[Locator]:
    """A locator per non-blank line of ``path`` (lines counted from 1)."""
    try:
        with _open(path) as handle:
            offset = 0
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield Locator(path, offset=offset, line=number)
                offset += len(line)
    except (OSError, EOFError):
        # Unreadable or a cut gzip: what was listed stays; the file itself is one error.
        yield Locator(path, line=0)


def open_line(locator: Locator, field: str, url_field: str | None) -> Opened:
    number = locator.line or 0
    raw = _read_line(locator.path, number, locator.offset or 0)
    try:
        entry: Any = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(BAD_JSON, f"line {number} is not valid JSON: {exc}") from None
    if not isinstance(entry, dict):
        raise SourceError(BAD_JSON, f"line {number} is not a JSON object")
    page = entry.get(field)
    if not isinstance(page, str) or not page.strip():
        raise SourceError(MISSING_FIELD, f"line {number} has no text under {field!r}")
    url = entry.get(url_field) if url_field else None
    url = url if isinstance(url, str) and url else None
    return Opened(page, url=url, source={"line": number, "target_uri": url})


def _read_line(path: str, number: int, offset: int) -> bytes:
    """Line ``number``, which starts at byte ``offset`` of the (uncompressed) file."""
    try:
        with _open(path) as handle:
            # A plain file seeks; a gzip stream decompresses up to the offset.
            handle.seek(offset)
            line = handle.readline()
    except (OSError, EOFError) as exc:
        raise SourceError(BAD_JSON, f"cannot read line {number} of {path}: {exc}") from None
    if not line.strip():
        raise SourceError(BAD_JSON, f"cannot read line {number} of {path}")
    return line
