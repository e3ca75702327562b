"""The worker pool answers per chunk: a worker lost mid-chunk costs its current file only.

Files of that chunk it had parsed but not yet sent are parsed again by its replacement, so
each file still ends as exactly one result, in input order, and the right file is blamed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.batch.pool import PoolOptions, run_pool
from newsclean.batch.results import FileResult
from newsclean.batch.settings import FileSettings
from tests.batch_helpers import misbehaving_task, variant_text


@pytest.mark.parametrize(("culprit", "reason"), [("crash", "worker_crashed"), ("hang", "timeout")])
def test_a_file_lost_mid_chunk_costs_only_itself(tmp_path: Path, culprit: str, reason: str) -> None:
    names = [f"a{number:02d}.txt" for number in range(5)]
    names += [f"{culprit}.txt"] + [f"z{number:02d}.txt" for number in range(6)]
    paths = []
    for number, name in enumerate(names):
        path = tmp_path / name
        path.write_text(variant_text(number), encoding="utf-8")
        paths.append(str(path))
    # One worker, chunks of 8: the culprit is the sixth file of the first chunk, after five
    # files whose results the worker held when it died.
    options = PoolOptions(workers=1, timeout=3.0, chunk_size=8)
    results = list(run_pool(paths, FileSettings(max_bytes=1 << 20), options, misbehaving_task))
    assert all(isinstance(result, FileResult) for result in results)
    assert [result.path for result in results] == paths
    reasons = {Path(result.path).name: result.reason for result in results}
    assert reasons == {name: (reason if name == f"{culprit}.txt" else None) for name in names}
    assert all('"headline"' in result.line for result in results if result.reason is None)
