"""The flow: bytes → decoded dump → kind and site profile → extraction → boilerplate filter → Article."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime

from pydantic import ValidationError

from newsclean.boilerplate import filter_boilerplate
from newsclean.decoding import DecodedDump, decode_dump
from newsclean.draft import ArticleDraft
from newsclean.errors import ParseError, ParseErrorReason
from newsclean.limits import DEFAULT_MAX_BYTES
from newsclean.models import Article, DumpKind, PageType, Source
from newsclean.page_type import PageSignals, page_verdict
from newsclean.profiles import detect_profile, get_profile
from newsclean.profiles.base import SiteProfile
from newsclean.sniff import dump_kind
from newsclean.text import extract_text

# Learned template lines: one site's, or per site profile name.
TemplateLines = frozenset[str] | Mapping[str, frozenset[str]]


def parse(
    data: bytes | str,
    *,
    path: str | None = None,
    site: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    template_lines: TemplateLines = frozenset(),
    charset: str | None = None,
    fetched: datetime | None = None,
) -> Article:
    """Parse one dump (raw bytes or already-decoded text) into an `Article`.

    ``url`` is the address the page was fetched from, where the caller knows it (a crawl
    record, a scraper export): it becomes the record's ``url`` when the page names no
    canonical address of its own, and extractors may read dates and links from it.
    ``charset`` is a charset declared outside the bytes (an HTTP ``Content-Type`` header):
    checked against the bytes like the page's own declaration.
    ``fetched`` is when the page was fetched (a crawl record's WARC-Date): a text dump that
    prints only the story's age by its headline ("3 hours ago", "gestern, 14:30") is dated
    from it.
    ``site`` forces a registered profile (see `newsclean.profiles.profile_names`);
    by default the profile is detected from the dump. ``template_lines`` are folded lines
    (`newsclean.lexicon.fold_label`) learned as site template noise by a batch run: either
    this dump's site's lines, or a mapping from profile name to lines, of which the
    detected profile's are used.
    Raises `ParseError` for input that is not an article dump, and nothing else.

    >>> import newsclean
    >>> article = newsclean.parse(b"Friday 19 July 2024 - 21:40\\nTalks Resume\\n"
    ...                           b"Story Code : 42\\nThe talks resumed on Friday in Geneva.\\nComment\\n")
    >>> article.headline, article.story_code, article.body
    ('Talks Resume', '42', ['The talks resumed on Friday in Geneva.'])
    >>> article.published.isoformat()
    '2024-07-19T21:40:00+03:30'
    """
    try:
        return _parse(
            data,
            path=path,
            site=site,
            url=url,
            max_bytes=max_bytes,
            template_lines=template_lines,
            charset=charset,
            fetched=fetched,
        )
    except ParseError as error:
        error.path = error.path or path
        raise
    except (RecursionError, MemoryError) as exc:
        raise ParseError(
            ParseErrorReason.TOO_LARGE, f"input too deep or large to parse: {exc!r}", path=path
        ) from exc
    except Exception as exc:
        raise ParseError(ParseErrorReason.INTERNAL, f"parser failed: {exc!r}", path=path) from exc


def parse_file(
    path: str | os.PathLike[str],
    *,
    site: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    template_lines: TemplateLines = frozenset(),
    fetched: datetime | None = None,
) -> Article:
    """Parse the dump stored at ``path`` (plain or gzip'd text or HTML).

    Files over ``max_bytes`` are refused without being read whole. ``site``, ``url``,
    ``template_lines`` and ``fetched`` are passed on to `parse`.
    """
    # os and a plain open, not pathlib: a batch worker reads thousands of small files a
    # second, and building Path objects cost a tenth of parsing one.
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise ParseError(
                    ParseErrorReason.TOO_LARGE,
                    f"{size} bytes is over the {max_bytes}-byte limit"
                    " (max_bytes / NEWSCLEAN_MAX_BYTES)",
                    path=os.fspath(path),
                )
            data = handle.read()
    except OSError as exc:
        raise ParseError(
            ParseErrorReason.UNREADABLE, f"cannot read file: {exc}", path=os.fspath(path)
        ) from exc
    return parse(
        data,
        path=os.fspath(path),
        site=site,
        url=url,
        max_bytes=max_bytes,
        template_lines=template_lines,
        fetched=fetched,
    )


def _parse(
    data: bytes | str,
    *,
    path: str | None,
    site: str | None,
    url: str | None,
    max_bytes: int,
    template_lines: TemplateLines,
    charset: str | None = None,
    fetched: datetime | None = None,
) -> Article:
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    decoded = decode_dump(raw, max_bytes=max_bytes, charset=charset)
    kind = dump_kind(decoded.text)
    profile = _choose_profile(decoded.text, kind, site)
    if isinstance(template_lines, Mapping):
        template_lines = template_lines.get(profile.name, frozenset())
    draft = _extract(decoded, kind, profile, template_lines, url, fetched)
    if not draft.headline and not draft.body:
        raise ParseError(
            ParseErrorReason.NOT_AN_ARTICLE, "found neither a headline nor article text"
        )
    if draft.url is None:
        draft.url = url
    filter_boilerplate(draft, profile.lexicon)
    if not draft.headline:
        # A body-only dump (the article's text alone, as many scrapers keep it) is still an
        # article: a record without a headline, not a refusal.
        if not draft.has_prose():
            raise ParseError(ParseErrorReason.NOT_AN_ARTICLE, "found no headline")
        draft.headline = None
        draft.note("no_headline", "the dump prints no headline: the article's text alone")
    if not _looks_like_article(draft):
        raise ParseError(
            ParseErrorReason.NOT_AN_ARTICLE,
            "no date, story code, author or paragraph-length text: a menu, index or error page",
        )
    draft.problems[:0] = decoded.problems
    page_type, article_score = page_verdict(_page_signals(draft))
    if draft.headline is None and draft.lead is None and page_type is PageType.ARTICLE:
        # A body-only excerpt opens on the article's lead, with or without the agency's
        # dateline. (Set after the verdict: a lead found in the text is a sign of an
        # article, and this one would be a sign of nothing.)
        draft.lead = draft.body[0]
    source = Source(
        path=path,
        sha256=decoded.sha256,
        encoding=decoded.encoding,
        kind=kind,
        size=decoded.size,
        compressed=decoded.compressed,
    )
    return _to_article(draft, source, page_type, article_score)


def _looks_like_article(draft: ArticleDraft) -> bool:
    if draft.published is not None or draft.story_code is not None or draft.authors:
        return True
    return draft.has_prose()


def _choose_profile(text: str, kind: DumpKind, site: str | None) -> SiteProfile:
    if site is None:
        return detect_profile(text, html=kind is DumpKind.HTML)
    try:
        return get_profile(site)
    except KeyError as exc:
        raise ParseError(ParseErrorReason.UNKNOWN_SITE, str(exc.args[0])) from None


def _extract(
    decoded: DecodedDump,
    kind: DumpKind,
    profile: SiteProfile,
    template_lines: frozenset[str],
    url: str | None,
    fetched: datetime | None,
) -> ArticleDraft:
    if kind is DumpKind.HTML:
        from newsclean.html import extract_html

        return extract_html(decoded.text, profile, url=url, utf8=decoded.utf8, fetched=fetched)
    return extract_text(
        decoded.text, profile, template_lines=template_lines, url=url, fetched=fetched
    )


def _page_signals(draft: ArticleDraft) -> PageSignals:
    return PageSignals(
        headline=draft.headline,
        dated=draft.published is not None,
        has_byline=bool(draft.authors),
        has_story_code=draft.story_code is not None,
        paragraphs=draft.paragraph_lengths(),
        opening=tuple(draft.body[:2]),
        has_lead=draft.lead is not None,
        related_count=len(draft.related),
        declared=draft.declared_types,
    )


def _to_article(
    draft: ArticleDraft, source: Source, page_type: PageType, article_score: float
) -> Article:
    fields = {
        "headline": draft.headline or None,
        "published": draft.published,
        "story_code": draft.story_code,
        "authors": draft.authors,
        "lead": draft.lead,
        "body": draft.body,
        "sections": draft.sections,
        # Validated here, in the one call: the extractors and the filter worked on drafts.
        "related": [story.as_dict() for story in draft.related],
        "topics": draft.topics,
        "language": draft.language,
        "site": draft.site,
        "url": draft.url,
        "page_type": page_type,
        "article_score": article_score,
        "source": source,
        "problems": draft.problems,
    }
    try:
        return Article.model_validate(fields)
    except ValidationError as exc:
        raise ParseError(ParseErrorReason.INTERNAL, f"extracted record is invalid: {exc}") from exc
