"""The one exception type that `newsclean.parse` raises, with a machine-readable reason."""

from __future__ import annotations

from enum import Enum


class ParseErrorReason(str, Enum):
    """Why a dump could not become an `Article`. Values are stable strings for error logs."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    CORRUPT_COMPRESSION = "corrupt_compression"
    NOT_AN_ARTICLE = "not_an_article"
    UNKNOWN_SITE = "unknown_site"
    UNREADABLE = "unreadable"
    INTERNAL = "internal_error"


class ParseError(ValueError):
    """Raised for input that is not an article dump at all.

    >>> import newsclean
    >>> try:
    ...     newsclean.parse(b"")
    ... except newsclean.ParseError as err:
    ...     print(err.reason.value)
    empty
    """

    def __init__(self, reason: ParseErrorReason, message: str, *, path: str | None = None) -> None:
        super().__init__(f"{reason.value}: {message}")
        self.reason = reason
        self.message = message
        self.path = path

    def to_dict(self) -> dict[str, str | None]:
        """The error entry written by batch runs: ``{"path", "reason", "message"}``."""
        return {"path": self.path, "reason": self.reason.value, "message": self.message}
