"""`newsclean.clean_dir`: a folder of dumps as a stream of records and errors, for notebooks.

>>> import newsclean
>>> run = newsclean.clean_dir("fixtures", glob="en_article_2024_seed.txt", workers=1)
>>> [item.headline for item in run]
['Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties']
>>> run.report.files, run.report.records, run.report.error_count
(1, 1, 0)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsclean.batch.report import BatchReport
from newsclean.batch.results import BatchError, FileResult
from newsclean.batch.run import BatchRun, batch_options
from newsclean.models import Article


class CleanDirResults:
    """Iterate for an `Article` or a `BatchError` per dump, in path order; then read ``report``.

    Results stream: nothing is kept, so a folder of any size fits in memory. Iterate once.
    """

    def __init__(self, run: BatchRun) -> None:
        self._run = run

    @property
    def report(self) -> BatchReport:
        return self._run.report

    def __iter__(self) -> Iterator[Article | BatchError]:
        for result in self._run:
            yield to_item(result)

    def lines(self) -> Iterator[FileResult]:
        """The raw results: each file's JSON line, as the CLI writes it."""
        return iter(self._run)

    def to_dataframe(self) -> Any:
        """Records and errors as a pandas DataFrame (one row per file; needs pandas)."""
        from newsclean.batch.writers import to_dataframe

        return to_dataframe(self)


def clean_dir(path: str, **options: Any) -> CleanDirResults:
    """Clean every dump under ``path``: an iterable of `Article` / `BatchError`, with ``report``.

    Options are the fields of `newsclean.batch.BatchOptions`: ``workers`` (0 = every core),
    ``glob``, ``site``, ``dedup``, ``learn_template``, ``timeout`` (seconds per file),
    ``max_bytes``, ``engine`` (``"local"`` or ``"dask"``) with ``scheduler``, ``progress``,
    ``jsonl_field`` / ``url_field`` (read JSON Lines exports), ``articles_only`` (leave
    records of index, error and other pages out; ``report.not_articles`` counts them). ``path`` may also be one
    WARC archive or JSON Lines export; WARC archives in a folder are always read.
    """
    return CleanDirResults(BatchRun(str(path), batch_options(**options)))


def to_item(result: FileResult) -> Article | BatchError:
    """A result line as a validated `Article`, or a `BatchError`."""
    if result.reason is None:
        return Article.model_validate_json(result.line)
    entry = json.loads(result.line)
    return BatchError(entry["path"], entry["reason"], entry["message"])
