"""The typed records newsclean produces: `Article`, `RelatedStory`, `Section`, `Source`."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field


class DumpKind(str, Enum):
    """What the dump was before decoding: saved HTML or the page's plain text."""

    TEXT = "text"
    HTML = "html"


def _unset(value: object) -> bool:
    return value is None


class Source(BaseModel):
    """Where a record came from, so every record can be traced back to its file."""

    model_config = ConfigDict(frozen=True)

    path: str | None = None
    sha256: str = Field(description="SHA-256 of the raw bytes as given (before gunzip).")
    encoding: str = Field(description="The text encoding the dump was decoded with.")
    kind: DumpKind
    size: int = Field(description="Size of the raw bytes.")
    compressed: bool = False
    # Set for a dump read out of a container (a WARC record, a line of a JSON Lines export):
    # with ``path`` (the container file) they find the same record again. Left out of the
    # output when unset, so a plain file's record is what it always was.
    warc_offset: int | None = Field(
        default=None,
        exclude_if=_unset,
        description="Byte offset of the WARC record in the WARC file (path).",
    )
    warc_record_id: str | None = Field(
        default=None, exclude_if=_unset, description="The WARC-Record-ID header."
    )
    target_uri: str | None = Field(
        default=None,
        exclude_if=_unset,
        description="The address the page was fetched from (WARC-Target-URI, or the export's url field).",
    )
    fetched: datetime | None = Field(
        default=None,
        exclude_if=_unset,
        description="When the crawler fetched the page (WARC-Date).",
    )
    line: int | None = Field(
        default=None,
        exclude_if=_unset,
        description="Line number (from 1) in the JSON Lines export (path).",
    )


class Problem(BaseModel):
    """Something the parser noticed but survived (no date found, dump cut off, ...)."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: str


class RelatedStory(BaseModel):
    """One entry of a related / featured / most-read list printed beside the article."""

    title: str
    url: str | None = None
    # date first: validation tries it first, and a datetime still stays a datetime
    # (smart unions keep exact type matches); the other order costs twice as much.
    published: date | datetime | None = None
    author: str | None = None


class Section(BaseModel):
    """A run of body paragraphs under an optional section headline."""

    headline: str | None = None
    paragraphs: list[str] = Field(default_factory=list)


class Article(BaseModel):
    """One clean article record.

    ``body`` holds every paragraph in reading order, the lead first when the page has one
    (``lead`` repeats it on its own); ``sections`` groups the same paragraphs under the
    page's section headlines where the page has them.
    """

    headline: str | None = Field(
        default=None,
        description="The article's title; None for a body-only dump (see the no_headline problem).",
    )
    published: datetime | None = None
    story_code: str | None = Field(
        default=None, description="The site's own article id, as printed."
    )
    authors: list[str] = Field(default_factory=list)
    lead: str | None = None
    body: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    related: list[RelatedStory] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    language: str | None = None
    site: str | None = None
    url: str | None = None
    source: Source
    problems: list[Problem] = Field(default_factory=list)
    # Last, so a batch run can mark a record without reordering its keys.
    duplicate_of: str | None = Field(
        default=None,
        description="Set by batch runs with dedup: source.path of the first record of the same story.",
    )

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.body)
