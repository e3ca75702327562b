"""The mutable article-in-progress that extractors fill and the boilerplate filter cleans.

Extractors (text or HTML, any profile) produce an `ArticleDraft`; the pipeline runs the one
boilerplate filter over it and only then validates it into an immutable-in-spirit `Article`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from newsclean.models import Problem, Section
from newsclean.words import reading_length


@dataclass
class RelatedDraft:
    """A related story while extractors and the filter work on it; `RelatedStory` once validated.

    A plain dataclass: the filter rewrites titles and fills gaps from duplicates, which on a
    pydantic model costs a validation per entry and per assignment.
    """

    title: str
    url: str | None = None
    published: date | datetime | None = None
    author: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "author": self.author,
        }


# An article without a date, id or byline still has prose: one real paragraph or a few short ones.
MIN_PARAGRAPH_CHARS = 100
MIN_BODY_CHARS = 400
# Languages written without spaces between words (`newsclean.words.reading_length`).
_WIDE_SCRIPT_LANGUAGES = frozenset({"ja", "zh"})


@dataclass
class ArticleDraft:
    headline: str | None = None
    published: datetime | None = None
    story_code: str | None = None
    authors: list[str] = field(default_factory=list)
    lead: str | None = None
    body: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    related: list[RelatedDraft] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    language: str | None = None
    site: str | None = None
    url: str | None = None
    problems: list[Problem] = field(default_factory=list)
    # Structured-data types the page declares (JSON-LD @type, og:type), lower-cased.
    declared_types: frozenset[str] = frozenset()

    def note(self, code: str, message: str) -> None:
        """Record a problem the extractor survived."""
        self.problems.append(Problem(code=code, message=message))

    def paragraph_lengths(self) -> list[int]:
        """The body's paragraphs' lengths in reading length: sixty characters of Japanese say
        what 180 of English do. Where the language is known to be written with spaces, plain
        lengths (the same but for a quoted word, and no scan of every paragraph).

        >>> ArticleDraft(body=["東京都", "abc"]).paragraph_lengths()
        [9, 3]
        >>> ArticleDraft(body=["東京都"], language="en").paragraph_lengths()
        [3]
        """
        if self.language is not None and self.language[:2] not in _WIDE_SCRIPT_LANGUAGES:
            return [len(paragraph) for paragraph in self.body]
        return [reading_length(paragraph) for paragraph in self.body]

    def has_prose(self) -> bool:
        """Whether the body holds article text: one real paragraph or a few short ones.

        >>> ArticleDraft(body=["Home", "News"]).has_prose()
        False
        >>> ArticleDraft(body=["A sentence of some length. " * 4]).has_prose()
        True
        """
        lengths = self.paragraph_lengths()
        return bool(lengths) and (
            max(lengths) >= MIN_PARAGRAPH_CHARS or sum(lengths) >= MIN_BODY_CHARS
        )
