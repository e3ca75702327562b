"""The per-dump function, the same on every engine: one locator in, one `FileResult` out.

`clean_file` reads and parses one dump (a file path, or a `Locator` of a WARC record or a
JSON Lines line, which it opens itself) and turns a `ParseError` or a `SourceError` into
an error entry, so nothing an input holds can make it vanish from the output.
"""

from __future__ import annotations

from newsclean.batch.dedup import story_keys
from newsclean.batch.results import BatchFailure, FileResult, error_result
from newsclean.batch.settings import FileSettings
from newsclean.errors import ParseError
from newsclean.models import Article
from newsclean.pipeline import parse, parse_file
from newsclean.sources.locator import Item, Locator
from newsclean.sources.opened import Opened, SourceError


def clean_file(item: Item, settings: FileSettings) -> FileResult:
    """Parse the dump ``item`` names into a record line, or an error entry saying why not."""
    try:
        if isinstance(item, Locator):
            article = _parse_locator(item, settings)
        else:
            # parse picks the detected site's lines from the mapping: no second read to detect it.
            article = parse_file(
                item,
                site=settings.site,
                max_bytes=settings.max_bytes,
                template_lines=settings.templates,
            )
    except ParseError as error:
        return error_result(item, error.reason.value, error.message)
    except SourceError as error:
        return error_result(item, error.reason, error.message)
    except MemoryError:
        return error_result(
            item, BatchFailure.OUT_OF_MEMORY.value, "ran out of memory while parsing"
        )
    keys = story_keys(article.site, article.story_code, article.body) if settings.dedup else ()
    name = item if isinstance(item, str) else item.name
    return FileResult(name, article.model_dump_json(), None, keys, article.page_type.value)


def open_locator(locator: Locator, settings: FileSettings) -> Opened:
    """The bytes and facts of the record ``locator`` names, from the source that lists it."""
    if locator.line is not None:
        from newsclean.sources.jsonl import open_line

        return open_line(locator, settings.jsonl_field or "html", settings.url_field)
    from newsclean.sources.warc import open_record

    return open_record(locator, settings.max_bytes)


def _parse_locator(locator: Locator, settings: FileSettings) -> Article:
    opened = open_locator(locator, settings)
    article = parse(
        opened.data,
        path=locator.path,
        site=settings.site,
        url=opened.url,
        max_bytes=settings.max_bytes,
        template_lines=settings.templates,
        charset=opened.charset,
        fetched=opened.fetched,
    )
    source = article.source.model_copy(update=opened.source)
    return article.model_copy(update={"source": source})
