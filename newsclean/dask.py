"""Scale-out on Dask: the same per-file function as the local pool, on a cluster.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``) and paths every Dask worker
can read (a shared filesystem). A folder of WARC files is split into tasks of at most
``batch_size`` consecutive records of one file (a byte range each). Two ways in:

- ``newsclean clean DIR -o OUT.jsonl --engine dask --scheduler tcp://HOST:8786`` (or
  ``newsclean.clean_dir(DIR, engine="dask", scheduler=...)``): discovery, resume, dedup and
  writing stay on this machine; files go to the cluster in batches, results come back in
  path order, never more than ``window`` batches in flight.
- `clean_bag` over a ``dask.bag`` of paths, for pipelines already written with Dask.

On Dask the per-file timeout is not enforced (a task cannot be killed from outside; Dask's
own worker limits apply); worker crashes are retried by Dask itself.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from newsclean.batch.pool import FileTask
from newsclean.batch.results import FileResult
from newsclean.batch.settings import FileSettings
from newsclean.batch.worker import clean_file
from newsclean.sources.locator import Item, item_path


def clean_files(
    paths: list[Item], settings: FileSettings, task: FileTask = clean_file
) -> list[FileResult]:
    """One Dask task: a batch of files (or of records of one WARC file: a byte range of
    it) through the per-file function."""
    return [task(path, settings) for path in paths]


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive ``items`` in lists of at most ``size``; records of an archive never share a
    batch with another file's, so each task reads one byte range of one WARC file."""
    batch: list[Item] = []
    for item in items:
        if batch and (len(batch) >= size or _container(item) != _container(batch[-1])):
            yield batch
            batch = []
        batch.append(item)
    if batch:
        yield batch


def _container(item: Item) -> str | None:
    return None if isinstance(item, str) else item_path(item)


def run_dask(
    paths: Iterable[Item],
    settings: FileSettings,
    *,
    scheduler: Any,
    task: FileTask = clean_file,
    batch_size: int = 64,
    window: int | None = None,
) -> Iterator[FileResult]:
    """`FileResult`s for ``paths`` in their order, computed on the Dask cluster at ``scheduler``

    (an address, or a ``distributed.Client`` to reuse)."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("the dask engine needs: pip install 'newsclean[dask]'") from exc
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    owns_client = client is not scheduler
    try:
        in_flight = window or 2 * max(1, sum(client.nthreads().values()))
        settings_future = client.scatter(settings, broadcast=True)
        pending: deque[Any] = deque()
        iterator = batches(paths, batch_size)
        while True:
            while len(pending) < in_flight and (batch := next(iterator, None)):
                pending.append(client.submit(clean_files, batch, settings_future, task, pure=False))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        if owns_client:
            client.close()


def clean_bag(paths: Any, settings: FileSettings | None = None, **options: Any) -> Any:
    """A ``dask.bag`` of paths → a bag of `FileResult` (use ``.line`` for the JSON line).

    ``options`` are `FileSettings` fields (``site``, ``max_bytes``, ``dedup``,
    ``template_lines``). For example::

        import dask.bag as db
        lines = clean_bag(db.from_sequence(paths, npartitions=64)).pluck(1)  # JSON lines
    """
    settings = settings or FileSettings(**options)
    return paths.map(clean_file, settings)


def records_bag(paths: Any, settings: FileSettings | None = None, **options: Any) -> Any:
    """Like `clean_bag`, but only the records, as dicts (errors dropped)."""
    import json

    results = clean_bag(paths, settings, **options)
    return results.filter(lambda result: result.reason is None).map(
        lambda result: json.loads(result.line)
    )
