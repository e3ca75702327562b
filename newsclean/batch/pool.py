"""The local engine: a supervised pool of worker processes where one bad file costs one file.

Each worker gets chunks of files and sends back one message per chunk, its results in
order; between messages it writes which file it is on, and since when, into a few bytes of
shared memory, so the parent always knows both without a message per file (receiving one
cost the parent about as much as a sixth of a parse). A worker that dies (a crash, the
kernel's OOM killer) or sits on one file past the timeout is killed and replaced; that file
gets an error entry, and the rest of its chunks, the files it had finished but not yet sent
included, go back to the queue. Each worker also
caps its own address space, so a runaway allocation fails as a `MemoryError` inside
``parse`` rather than taking the machine down.

Results are yielded in input order. Dispatch never runs more than ``window`` files ahead
of the oldest unfinished one, so memory stays flat however many files there are.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from newsclean.batch.results import BatchFailure, FileResult, error_result
from newsclean.batch.settings import FileSettings
from newsclean.batch.worker import clean_file
from newsclean.sources.locator import Item
from newsclean.worker_server import worker_context

FileTask = Callable[[Item, FileSettings], FileResult]
# The pool runs any per-file function of this shape; a file that kills its worker yields an
# error `FileResult` whatever the task returns.
Result = TypeVar("Result")


# Files per message to and from a worker. Per-message costs (pickling, a pipe round trip,
# the parent's select) showed up to here: on 20,000 text dumps, 2 workers ran 4,400 files/s
# with chunks of 8, 4,650 with 32 (1.68x -> 1.76x one worker); 64 gained no more in scaling.
# A worker that dies re-parses at most this many files of its chunk.
DEFAULT_CHUNK_SIZE = 32


@dataclass(frozen=True)
class PoolOptions:
    workers: int = 0  # 0: every core
    timeout: float = 60.0  # seconds one file may take
    chunk_size: int = DEFAULT_CHUNK_SIZE
    # Per-worker address-space cap in MB (0: none). Parsing one 16 MB page needs far less.
    memory_limit_mb: int = 2048

    @property
    def worker_count(self) -> int:
        return self.workers or len(os.sched_getaffinity(0)) or 1


# The worker's progress record, in shared memory: the index of the file it is on, when it
# started that file (time.monotonic, the same clock in every process), and 1.0 while it is
# parsing (0.0 between files).
_AT, _STARTED, _PARSING = 0, 1, 2


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    progress: Any  # multiprocessing RawArray("d", 3), see _AT / _STARTED / _PARSING
    # Files sent and not yet answered, in the order the worker takes them.
    outstanding: deque[tuple[int, Item]] = field(default_factory=deque)
    # When the worker last answered (or got work while idle).
    since: float = 0.0

    def current(self) -> tuple[int, float] | None:
        """The file the worker is parsing and since when, None between files."""
        progress = self.progress
        if progress[_PARSING] != 1.0:
            return None
        return int(progress[_AT]), float(progress[_STARTED])

    def busy_since(self) -> float:
        """When the worker's current work began: the file it parses, else its last answer."""
        current = self.current()
        return max(self.since, current[1]) if current is not None else self.since


def run_pool(
    paths: Iterable[Item],
    settings: FileSettings,
    options: PoolOptions = PoolOptions(),
    task: Callable[[str, FileSettings], Result] = clean_file,  # type: ignore[assignment]
) -> Iterator[Result | FileResult]:
    """`FileResult`s for ``paths``, in their order, computed by a pool of worker processes.

    ``task`` must be importable by name from the workers (a module-level function); tests
    inject one that hangs or crashes on purpose.
    """
    supervisor = _Supervisor(settings, options, task)
    try:
        yield from supervisor.run(enumerate(paths))
    finally:
        supervisor.shutdown()


class _Supervisor:
    def __init__(
        self, settings: FileSettings, options: PoolOptions, task: Callable[[str, FileSettings], Any]
    ) -> None:
        self.settings = settings
        self.options = options
        self.task = task
        self.context = worker_context()
        self.capacity = 2 * options.chunk_size  # one chunk running, one queued behind it
        self.window = max(1024, 64 * options.chunk_size * options.worker_count)
        self.workers: list[_Worker] = []
        self.selector = selectors.DefaultSelector()
        self.taken = 0  # files taken from the source so far

    def run(self, source: Iterator[tuple[int, Item]]) -> Iterator[Any]:
        self.workers = [self._start() for _ in range(self.options.worker_count)]
        for worker in self.workers:
            self._watch(worker)
        retry: deque[tuple[int, Item]] = deque()
        finished: dict[int, Any] = {}
        next_out = 0
        source_done = False
        while True:
            source_done = self._dispatch(source, retry, next_out, source_done)
            busy = [worker for worker in self.workers if worker.outstanding]
            if not busy:
                if source_done and not retry:
                    return
                continue
            self._collect(busy, finished, retry)
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1

    def _dispatch(
        self,
        source: Iterator[tuple[int, Item]],
        retry: deque[tuple[int, Item]],
        next_out: int,
        source_done: bool,
    ) -> bool:
        """Top every worker up to its capacity, least loaded first; True once ``source`` is spent."""
        limit = next_out + self.window
        while True:
            worker = min(self.workers, key=lambda item: len(item.outstanding))
            room = self.options.chunk_size
            # Whole chunks only: topping up one file per answer cost the parent a send per
            # file and the worker a receive per file (the parent's share of CPU doubled).
            if self.capacity - len(worker.outstanding) < room:
                return source_done
            chunk: list[tuple[int, Item]] = []
            while retry and len(chunk) < room:
                chunk.append(retry.popleft())
            while not source_done and len(chunk) < room and self.taken < limit:
                item = next(source, None)
                if item is None:
                    source_done = True
                    break
                chunk.append(item)
                self.taken += 1
            if not chunk:
                return source_done
            if not worker.outstanding:
                if not worker.process.is_alive():
                    # Died while idle: no file of this chunk may be blamed for that.
                    self._restart(worker)
                worker.since = time.monotonic()
            worker.outstanding.extend(chunk)
            # A dead worker cannot take it; _collect notices the death and requeues the chunk.
            with contextlib.suppress(BrokenPipeError, OSError):
                worker.conn.send(chunk)

    def _collect(
        self, busy: list[_Worker], finished: dict[int, Any], retry: deque[tuple[int, Item]]
    ) -> None:
        now = time.monotonic()
        deadline = min(worker.busy_since() for worker in busy) + self.options.timeout
        # One result per ready worker per call: the selector is cheap to ask again, while
        # draining with Connection.poll() would build a new selector for every message.
        for key, _ in self.selector.select(timeout=max(0.0, deadline - now)):
            worker, is_sentinel = key.data
            if is_sentinel:
                self._drain(worker, finished)
                if worker.outstanding:
                    self._replace(worker, finished, retry, self._death_cause(worker))
                else:
                    self._restart(worker)
            elif worker.conn is key.fileobj:
                self._receive_one(worker, finished)
        now = time.monotonic()
        for worker in busy:
            if worker.outstanding and now - worker.busy_since() > self.options.timeout:
                self._replace(
                    worker,
                    finished,
                    retry,
                    (
                        BatchFailure.TIMEOUT,
                        f"parsing took longer than {self.options.timeout:g}s; worker killed",
                    ),
                )

    def _receive_one(self, worker: _Worker, finished: dict[int, Any]) -> bool:
        """Take one message (a chunk's results) from ``worker``; False when its pipe is
        closed (it died)."""
        try:
            results = worker.conn.recv()
        except (EOFError, OSError):
            return False  # its sentinel reports the death
        for index, result in results:
            expected, _ = worker.outstanding.popleft()
            assert index == expected, "a worker answered out of order"
            finished[index] = result
        worker.since = time.monotonic()
        return True

    def _drain(self, worker: _Worker, finished: dict[int, Any]) -> None:
        """Take every result a dead worker sent before it died."""
        with contextlib.suppress(EOFError, OSError):
            while worker.outstanding and worker.conn.poll():
                if not self._receive_one(worker, finished):
                    return

    def _death_cause(self, worker: _Worker) -> tuple[BatchFailure, str]:
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        if code == -signal.SIGKILL:
            return (
                BatchFailure.OUT_OF_MEMORY,
                "worker was killed (SIGKILL) while parsing this file; most likely out of memory",
            )
        return (
            BatchFailure.WORKER_CRASHED,
            f"worker died while parsing this file (exit code {code})",
        )

    def _replace(
        self,
        worker: _Worker,
        finished: dict[int, Any],
        retry: deque[tuple[int, Item]],
        cause: tuple[BatchFailure, str],
    ) -> None:
        """Fail the file the worker is on, requeue its other files, start a fresh worker.

        Files of the chunk before that one were parsed, but their results died with the
        worker: they are parsed again. Between files (it died sending, say) the first
        unanswered file is the one blamed, as it is the one whose result never came.
        """
        current = worker.current()
        at = current[0] if current is not None else worker.outstanding[0][0]
        files = list(worker.outstanding)
        worker.outstanding.clear()
        culprit = next((item for item in files if item[0] == at), files[0])
        finished[culprit[0]] = error_result(culprit[1], cause[0].value, cause[1])
        retry.extendleft(reversed([item for item in files if item is not culprit]))
        self._restart(worker)

    def _restart(self, worker: _Worker) -> None:
        self._stop(worker, kill=True)
        fresh = self._start()
        worker.process, worker.conn, worker.progress = fresh.process, fresh.conn, fresh.progress
        worker.since = 0.0
        self._watch(worker)

    def _watch(self, worker: _Worker) -> None:
        self.selector.register(worker.conn, selectors.EVENT_READ, (worker, False))
        self.selector.register(worker.process.sentinel, selectors.EVENT_READ, (worker, True))

    def _start(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        progress = self.context.RawArray("d", 3)
        process = self.context.Process(
            target=_worker_main,
            args=(child_end, progress, self.settings, self.task, self.options.memory_limit_mb),
            daemon=True,
        )
        process.start()
        child_end.close()
        return _Worker(process, parent_end, progress)

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        for handle in (worker.conn, worker.process.sentinel):
            with contextlib.suppress(KeyError, ValueError):
                self.selector.unregister(handle)
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()

    def shutdown(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(BrokenPipeError, OSError):
                worker.conn.send(None)
        for worker in self.workers:
            if not worker.outstanding:
                worker.process.join(timeout=2)
            self._stop(worker, kill=True)
        self.workers = []
        self.selector.close()


def _worker_main(
    conn: Connection,
    progress: Any,
    settings: FileSettings,
    task: Callable[[str, FileSettings], Any],
    memory_limit_mb: int,
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    _limit_memory(memory_limit_mb)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        results = []
        for index, path in chunk:
            # The start time first: the parent reads the index, then the time, and must
            # never pair a new file with the previous file's start.
            progress[_STARTED] = time.monotonic()
            progress[_AT] = index
            progress[_PARSING] = 1.0
            try:
                result = task(path, settings)
            except MemoryError:
                result = error_result(path, BatchFailure.OUT_OF_MEMORY.value, "out of memory")
            except Exception as exc:  # a bug in the task must cost this file only
                result = error_result(path, BatchFailure.INTERNAL.value, f"{exc!r}")
            progress[_PARSING] = 0.0
            results.append((index, result))
        try:
            conn.send(results)
        except (BrokenPipeError, OSError):
            return


def _limit_memory(limit_mb: int) -> None:
    if limit_mb <= 0:
        return
    import resource

    limit = limit_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
