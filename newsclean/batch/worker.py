"""The per-file function, the same on every engine: one path in, one `FileResult` out.

`clean_file` reads and parses one dump with `newsclean.parse_file` and turns a `ParseError`
into an error entry, so nothing a file contains can make it vanish from the output.
"""

from __future__ import annotations

from newsclean.batch.dedup import story_keys
from newsclean.batch.results import BatchFailure, FileResult, error_result
from newsclean.batch.settings import FileSettings
from newsclean.errors import ParseError
from newsclean.pipeline import parse_file


def clean_file(path: str, settings: FileSettings) -> FileResult:
    """Parse the dump at ``path`` into a record line, or an error entry saying why not."""
    try:
        # parse picks the detected site's lines from the mapping: no second read to detect it.
        article = parse_file(
            path,
            site=settings.site,
            max_bytes=settings.max_bytes,
            template_lines=settings.templates,
        )
    except ParseError as error:
        return error_result(path, error.reason.value, error.message)
    except MemoryError:
        return error_result(
            path, BatchFailure.OUT_OF_MEMORY.value, "ran out of memory while parsing"
        )
    keys = story_keys(article.site, article.story_code, article.body) if settings.dedup else ()
    return FileResult(path, article.model_dump_json(), None, keys)
