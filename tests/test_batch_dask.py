"""The Dask engine runs the same per-file function and writes exactly what the local pool writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.batch.job import run_job
from newsclean.batch.run import BatchOptions
from tests.batch_helpers import write_variants

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def cluster() -> object:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dask")
    write_variants(root / "x", 30)
    write_variants(root / "y", 5, start=100)
    (root / "y" / "empty.txt").write_bytes(b"")
    (root / "y" / "binary.txt").write_bytes(b"%PDF-1.7 " + bytes(range(32)) * 8)
    return root


def test_dask_run_equals_local_run(folder: Path, tmp_path: Path, cluster: object) -> None:
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.jsonl"
        errors = tmp_path / f"{engine}.errors.jsonl"
        options = BatchOptions(
            workers=2, dedup=True, engine=engine, scheduler=cluster if engine == "dask" else None
        )
        report = run_job(str(folder), out, errors, options=options)
        assert (report.files, report.records, dict(report.errors)) == (
            37,
            35,
            {"empty": 1, "binary": 1},
        )
        outputs[engine] = (out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8"))
    assert outputs["dask"] == outputs["local"]
    assert len(outputs["dask"][0].splitlines()) == 35


def test_dask_run_by_scheduler_address(folder: Path, cluster: object) -> None:
    import newsclean

    address = cluster.scheduler.address  # type: ignore[attr-defined]
    run = newsclean.clean_dir(folder / "y", engine="dask", scheduler=address)
    items = list(run)
    assert [getattr(item, "reason", None) for item in items] == ["binary", "empty"] + [None] * 5
    assert items[2].story_code == "2000100"


def test_clean_bag_over_a_dask_bag(folder: Path, cluster: object) -> None:
    from newsclean.dask import clean_bag, records_bag

    paths = sorted(str(path) for path in (folder / "y").iterdir())
    bag = dask_bag.from_sequence(paths, npartitions=3)
    reasons = clean_bag(bag).map(lambda result: result.reason).compute()
    assert reasons == ["binary", "empty"] + [None] * 5
    codes = records_bag(bag).pluck("story_code").compute()
    assert codes == [str(2000100 + number) for number in range(5)]


def test_command_line_dask_engine(folder: Path, tmp_path: Path, cluster: object) -> None:
    from newsclean.cli import main

    address = cluster.scheduler.address  # type: ignore[attr-defined]
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    assert main(["clean", str(folder / "x"), "-o", str(local), "-q"]) == 0
    argv = ["clean", str(folder / "x"), "-o", str(remote), "-q", "--engine", "dask"]
    assert main([*argv, "--scheduler", address]) == 0
    assert remote.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
