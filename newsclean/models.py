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

    path: str | None = Field(
        default=None, description="The dump's file (or the WARC / JSON Lines file holding it)."
    )
    sha256: str = Field(description="SHA-256 of the raw bytes as given (before gunzip).")
    encoding: str = Field(description="The text encoding the dump was decoded with.")
    kind: DumpKind = Field(description="What the dump was: saved HTML or a page's plain text.")
    size: int = Field(description="Size of the raw bytes.")
    compressed: bool = Field(default=False, description="Whether the bytes were gzip'd.")
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


class PageType(str, Enum):
    """What kind of page a record was read from (see `newsclean.page_type`)."""

    ARTICLE = "article"
    INDEX = "index"
    OTHER = "other"


class Problem(BaseModel):
    """Something the parser noticed but survived (no date found, dump cut off, ...)."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="A short stable code: no_date, truncated, no_headline, ...")
    message: str = Field(description="What was noticed, in words.")


class RelatedStory(BaseModel):
    """One entry of a related / featured / most-read list printed beside the article."""

    title: str = Field(description="The linked story's title, as printed.")
    url: str | None = Field(
        default=None,
        description="The story's address: absolute where the page or caller gives a base URL.",
    )
    # date first: validation tries it first, and a datetime still stays a datetime
    # (smart unions keep exact type matches); the other order costs twice as much.
    published: date | datetime | None = Field(
        default=None, description="A date when only the day is printed, else a datetime."
    )
    author: str | None = Field(default=None, description="The author printed beside the link.")


class Section(BaseModel):
    """A run of body paragraphs under an optional section headline."""

    headline: str | None = Field(default=None, description="The section's headline, if any.")
    paragraphs: list[str] = Field(default_factory=list, description="Its paragraphs, in order.")


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
    published: datetime | None = Field(
        default=None,
        description="Publication time: timezone-aware where the page or the site's profile "
        "gives the zone, else as printed (naive).",
    )
    story_code: str | None = Field(
        default=None, description="The site's own article id, as printed."
    )
    authors: list[str] = Field(
        default_factory=list,
        description="People's names in the page's order; a news agency credited beside them; "
        "the publisher only where no person is named.",
    )
    lead: str | None = Field(
        default=None,
        description="The lead / summary paragraph (a body-only excerpt's first paragraph); it is also body[0].",
    )
    body: list[str] = Field(
        default_factory=list, description="Every paragraph in reading order, lead first."
    )
    sections: list[Section] = Field(
        default_factory=list,
        description="The same paragraphs grouped under section headlines, where the page has them.",
    )
    related: list[RelatedStory] = Field(
        default_factory=list,
        description="The related / featured stories list, in page order, without the article.",
    )
    topics: list[str] = Field(default_factory=list, description="Keywords / topics the page gives.")
    language: str | None = Field(default=None, description="ISO 639-1 code.")
    site: str | None = Field(default=None, description="The site's name, where known.")
    url: str | None = Field(
        default=None,
        description="The article's address: the page's canonical one, else the one it was fetched from.",
    )
    page_type: PageType = Field(
        default=PageType.ARTICLE,
        description="Whether the page is one article, a list of stories (index) or something "
        "else (a licence, an error page, a cookie wall); --articles-only keeps articles only.",
    )
    article_score: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="How sure newsclean is that the page is one article (0 to 1), from its "
        "headline, date, byline, story code, prose and declared structured-data type.",
    )
    source: Source = Field(description="Where the record came from (file, bytes, encoding).")
    problems: list[Problem] = Field(
        default_factory=list, description="What the parser noticed and survived."
    )
    # Last, so a batch run can mark a record without reordering its keys.
    duplicate_of: str | None = Field(
        default=None,
        description="Set by batch runs with dedup: source.path of the first record of the same story.",
    )

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.body)
