"""What a source knows about one dump besides its bytes, and why it could not open one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Opened:
    """One dump's bytes (or text) with what its container said about it.

    ``url`` feeds `newsclean.parse` (dates, site detection, the record's url); ``charset``
    is the declared one (an HTTP header), checked against the bytes like a page's own;
    ``fetched`` (WARC-Date) dates a story that prints only its age;
    ``source`` holds the extra `Source` fields that find the dump again.
    """

    data: bytes | str
    url: str | None = None
    charset: str | None = None
    fetched: datetime | None = None
    source: dict[str, Any] = field(default_factory=dict)


class SourceError(Exception):
    """A record that cannot be opened: becomes an error entry with ``reason``."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


# Error reasons only container sources give (a file's reasons are `ParseErrorReason`).
TRUNCATED_RECORD = "truncated_record"
BAD_RECORD = "bad_record"
BAD_JSON = "bad_json"
TOO_LARGE = "too_large"  # the same reason a file over max_bytes gets
BAD_ENCODING = "bad_content_encoding"
MISSING_FIELD = "missing_field"
