"""A locator names one dump: a file (a plain path), or one record inside a bigger file.

Plain dump files stay plain ``str`` paths (the per-file function and the tests that inject
one keep their shape); a WARC record is `Locator(path, offset=...)`, a JSON Lines export's
line `Locator(path, offset=..., line=...)` (the offset lets a worker seek to it). Both sort after their file's path and by position inside
it, which is the order of the output and what a resumed job walks alongside its journals.
"""

from __future__ import annotations

import os
from typing import NamedTuple


class Locator(NamedTuple):
    """One record inside ``path``: at byte ``offset`` (WARC) or on ``line`` (JSON Lines, from 1)."""

    path: str
    offset: int | None = None
    line: int | None = None

    @property
    def position(self) -> int:
        """Where in its file: the line number when it has one, else the byte offset."""
        if self.line is not None:
            return self.line
        return self.offset or 0

    @property
    def name(self) -> str:
        """A readable id, unique in a job: ``crawl.warc.gz@1234`` / ``export.jsonl:17``."""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        return f"{self.path}@{self.offset}"

    def entry_fields(self) -> dict[str, int]:
        """What an error entry adds to its ``path`` so the record can be found again."""
        if self.line is not None:
            return {"line": self.line}
        return {"offset": self.offset or 0}


def record_name(source: dict[str, object]) -> str:
    """The `Locator.name` (or plain path) of a written record, from its ``source``."""
    path = str(source.get("path") or "")
    if source.get("line") is not None:
        return f"{path}:{source['line']}"
    if source.get("warc_offset") is not None:
        return f"{path}@{source['warc_offset']}"
    return path


Item = str | Locator  # what discovery yields and a worker opens


def item_path(item: Item) -> str:
    """The file an item lives in."""
    return item if isinstance(item, str) else item.path


def item_name(item: Item) -> str:
    return item if isinstance(item, str) else item.name


def path_key(relative: str) -> tuple[str, ...]:
    """The sort key of a path relative to the input folder: the walk's order."""
    return tuple(relative.replace(os.sep, "/").split("/"))


def sort_key(relative: str, position: int | None) -> tuple[str | int, ...]:
    """The sort key of a file (``position`` None) or of a record inside it."""
    key: tuple[str | int, ...] = path_key(relative)
    return key if position is None else (*key, position)
