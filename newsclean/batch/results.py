"""What one input file becomes in a batch run: a record line or an error entry, never nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from newsclean.sources.locator import Item


class BatchFailure(str, Enum):
    """Reasons only a batch run can give (the file cost its worker); `ParseErrorReason` has the rest."""

    TIMEOUT = "timeout"
    WORKER_CRASHED = "worker_crashed"
    OUT_OF_MEMORY = "out_of_memory"
    UNREADABLE = "unreadable"
    INTERNAL = "internal_error"


class FileResult(NamedTuple):
    """One file's outcome as it travels from a worker to the writer.

    ``line`` is the finished JSON line (without newline): the serialized `Article` for a
    record, ``{"path", "reason", "message"}`` for an error. Serializing in the worker keeps
    the parent process light. ``story_keys`` feed ``--dedup``.
    """

    path: str
    line: str
    reason: str | None = None
    story_keys: tuple[str, ...] = ()
    # A record's `Article.page_type` ("article", "index", "other"), for --articles-only.
    page_type: str | None = None

    @property
    def is_error(self) -> bool:
        return self.reason is not None


@dataclass(frozen=True)
class BatchError:
    """An input file that did not become a record, and why."""

    path: str
    reason: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason, "message": self.message}


def error_result(item: Item, reason: str, message: str) -> FileResult:
    """The `FileResult` of a dump that failed, with its error entry as the line.

    A record inside a bigger file adds its ``offset`` (WARC) or ``line`` (JSON Lines).
    """
    if isinstance(item, str):
        entry: dict[str, object] = {"path": item, "reason": reason, "message": message}
        name = item
    else:
        entry = {"path": item.path, **item.entry_fields(), "reason": reason, "message": message}
        name = item.name
    return FileResult(name, json.dumps(entry, ensure_ascii=False), reason)


class Done(NamedTuple):
    """A file an earlier run of a resumed job already wrote: as a record (reason None) or an error."""

    reason: str | None
