"""One batch run over a folder: discovery → (template pass) → engine → dedup → results.

`BatchRun` is what `newsclean.clean_dir` returns and what ``newsclean clean`` drives; it
yields one `FileResult` per discovered dump, in path order, and keeps its `BatchReport`
current as it goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from newsclean.batch.dedup import Deduplicator, mark_duplicate
from newsclean.batch.discovery import Discovery
from newsclean.batch.pool import DEFAULT_CHUNK_SIZE, FileTask, PoolOptions, run_pool
from newsclean.batch.progress import Progress, progress_bar, progress_shown
from newsclean.batch.report import BatchReport
from newsclean.batch.results import Done, FileResult
from newsclean.batch.settings import FileSettings
from newsclean.batch.template import (
    TemplateRules,
    learn_from_evidence,
    sample_paths,
    template_evidence,
)
from newsclean.batch.worker import clean_file
from newsclean.limits import DEFAULT_MAX_BYTES
from newsclean.sources.locator import Item
from newsclean.worker_server import start_worker_server

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class BatchOptions:
    """How to clean a folder. Every field is also a keyword of `newsclean.clean_dir`."""

    workers: int = 0  # local engine: worker processes, 0 = every core
    glob: str | None = None
    site: str | None = None
    dedup: bool = False
    learn_template: bool = True
    template_rules: TemplateRules = field(default_factory=TemplateRules)
    timeout: float = 60.0
    max_bytes: int = DEFAULT_MAX_BYTES
    memory_limit_mb: int = 2048
    chunk_size: int = DEFAULT_CHUNK_SIZE
    engine: str = "local"
    scheduler: Any = None  # dask: a scheduler address or a distributed.Client
    progress: bool = False
    # JSON Lines exports: the field holding each page (None: .jsonl files are not read) and
    # the one holding its address.
    jsonl_field: str | None = None
    url_field: str | None = "url"
    # Keep records of other pages than articles (index pages, error pages) out of the
    # output; the report counts them by page type.
    articles_only: bool = False
    # The per-file function; a module-level function so workers can import it. Tests
    # inject one that hangs or crashes on purpose.
    task: FileTask = clean_file

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; choose one of {', '.join(ENGINES)}")
        if self.workers < 0 or self.timeout <= 0 or self.chunk_size < 1:
            raise ValueError("workers must be >= 0, timeout > 0 and chunk_size >= 1")


# An item's sort key (`Discovery.key`) -> Done when an earlier run already wrote it, else None.
DoneLookup = Callable[[tuple[str | int, ...]], "Done | None"]


@dataclass
class BatchRun:
    """Iterate for one `FileResult` per dump under ``root``, in path order."""

    root: str
    options: BatchOptions = BatchOptions()
    # Learned template lines per site profile; None: learn them (when enabled).
    template: dict[str, frozenset[str]] | None = None
    # Resuming: tells which files an earlier run already wrote (see `newsclean.batch.journal`).
    done: DoneLookup | None = None
    deduplicator: Deduplicator = field(default_factory=Deduplicator)
    report: BatchReport = field(default_factory=BatchReport)

    def __post_init__(self) -> None:
        self.discovery = Discovery(
            self.root, self.options.glob, jsonl_field=self.options.jsonl_field
        )
        self._bar: Progress = progress_bar(None, enabled=False)

    def learn_template(self) -> dict[str, frozenset[str]]:
        """Learn (once) the template lines of each site from a sample of the folder's dumps."""
        if self.template is None:
            options = self.options
            if options.engine == "local":
                # The worker server imports newsclean while this process walks the folder.
                start_worker_server()
            if options.learn_template:
                rules = options.template_rules
                # Template lines are learned from text dump files, not from archive records.
                sample = sample_paths(self.discovery.files(), rules.sample_size, rules.seed)
                # Fewer dumps than a template needs: nothing can be learned, no pool started.
                enough = len(sample) >= rules.min_dumps
                self.template = self._learn(sample, rules) if enough else {}
            else:
                self.template = {}
        self.report.template_lines = sum(len(lines) for lines in self.template.values())
        return self.template

    def _learn(self, sample: list[str], rules: TemplateRules) -> dict[str, frozenset[str]]:
        options = self.options
        settings = FileSettings(site=options.site, max_bytes=options.max_bytes)
        if options.engine != "local":
            evidence: Iterable[object] = (template_evidence(path, settings) for path in sample)
        else:
            evidence = run_pool(sample, settings, self._pool_options(), template_evidence)
        return learn_from_evidence(evidence, rules)

    def _pool_options(self) -> PoolOptions:
        options = self.options
        return PoolOptions(
            workers=options.workers,
            timeout=options.timeout,
            chunk_size=options.chunk_size,
            memory_limit_mb=options.memory_limit_mb,
        )

    def settings(self) -> FileSettings:
        template = self.learn_template()
        return FileSettings(
            site=self.options.site,
            max_bytes=self.options.max_bytes,
            dedup=self.options.dedup,
            template_lines=tuple(sorted(template.items())),
            jsonl_field=self.options.jsonl_field,
            url_field=self.options.url_field,
        )

    def __iter__(self) -> Iterator[FileResult]:
        settings = self.settings()
        options = self.options
        show_bar = options.progress and progress_shown()
        # Only a visible bar needs the total: counting is one more walk of the folder.
        total = sum(1 for _ in self.discovery) if show_bar else None
        bar = self._bar = progress_bar(total, enabled=show_bar)
        try:
            for result in self._engine(self._pending(), settings):
                if options.articles_only and result.page_type not in (None, "article"):
                    self.report.leave_out(result.page_type)
                    bar.advance()
                    continue
                if result.reason is None and options.dedup:
                    original = self.deduplicator.original_of(result.path, result.story_keys)
                    if original is not None:
                        result = result._replace(line=mark_duplicate(result.line, original))
                        self.report.duplicates += 1
                self.report.count(result.reason)
                bar.advance()
                yield result
        finally:
            bar.close()
        self.report.skipped = self.discovery.skipped
        self.report.finish()

    def _pending(self) -> Iterator[Item]:
        """The discovered dumps an earlier run has not already written."""
        for path in self.discovery:
            if self.done is not None:
                found = self.done(self.discovery.key(path))
                if found is not None:
                    self.report.resumed += 1
                    self.report.count(found.reason)
                    self._bar.advance()
                    continue
            yield path

    def _engine(self, paths: Iterator[Item], settings: FileSettings) -> Iterator[FileResult]:
        options = self.options
        if options.engine == "dask":
            from newsclean.dask import run_dask

            return run_dask(paths, settings, scheduler=options.scheduler, task=options.task)
        return run_pool(paths, settings, self._pool_options(), options.task)


def batch_options(**options: Any) -> BatchOptions:
    """`BatchOptions` from keywords, with a clear error for a misspelt one."""
    try:
        return replace(BatchOptions(), **options)
    except TypeError as exc:
        raise TypeError(f"unknown clean_dir option: {exc}") from None
