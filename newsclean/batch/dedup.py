"""``--dedup``: records that repeat a story (same site + story code, or same body) are marked.

The first record of a story (in output order) stays as it is; later ones get
``duplicate_of`` = the first one's ``source.path`` (``path@offset`` for a WARC record,
``path:line`` for a JSON Lines line). Memory: one short digest per story key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from newsclean.sources.locator import record_name


def story_keys(site: str | None, story_code: str | None, body: Sequence[str]) -> tuple[str, ...]:
    """The keys under which a record counts as the same story as another.

    >>> story_keys("Islam Times", "42", ["Text."]) == story_keys("Islam Times", "42", ["Other."])
    False
    >>> story_keys("Islam Times", "42", ["Text."])[0] == story_keys("Islam Times", "42", [])[0]
    True
    """
    keys: list[str] = []
    if site and story_code:
        keys.append(_digest(f"code\x1f{site}\x1f{story_code}"))
    if body:
        keys.append(_digest("body\x1f" + "\n".join(body)))
    return tuple(keys)


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class Deduplicator:
    """Remembers the first path of every story key seen, in output order."""

    def __init__(self) -> None:
        self._first_path: dict[str, str] = {}

    def original_of(self, path: str, keys: tuple[str, ...]) -> str | None:
        """The path of the earlier record of this story, or None; registers ``keys`` either way."""
        original = next((self._first_path[key] for key in keys if key in self._first_path), None)
        for key in keys:
            self._first_path.setdefault(key, original or path)
        return original

    def remember_line(self, line: str) -> bool:
        """Register a record line already in the output (resuming a run); True for a duplicate."""
        record = json.loads(line)
        # The name the record had when it was first written (a WARC record: path@offset).
        path = record_name(record.get("source") or {})
        keys = story_keys(record.get("site"), record.get("story_code"), record.get("body") or [])
        self.original_of(path, keys)
        return record.get("duplicate_of") is not None


def mark_duplicate(line: str, original: str) -> str:
    """The record line with ``duplicate_of`` set."""
    record = json.loads(line)
    record["duplicate_of"] = original
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
