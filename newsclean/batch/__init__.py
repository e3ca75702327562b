"""Cleaning whole folders of dumps: discovery, a supervised process pool, crash-safe output.

One module per job: `discovery` (which files), `worker` (the per-file function, the same on
every engine), `pool` (the local engine), `newsclean.dask` (the Dask engine), `template`
(corpus-learned template noise), `dedup`, `run` (one pass over a folder), `journal`
(resumable output), `writers` (CSV / Parquet / DataFrame), `report`, `progress`, `job`
(what ``newsclean clean`` runs) and `api` (`clean_dir`). What discovery yields and a worker
opens, besides plain files (WARC records, JSON Lines lines), is in `newsclean.sources`.
"""

from newsclean.batch.api import CleanDirResults, clean_dir
from newsclean.batch.report import BatchReport
from newsclean.batch.results import BatchError, BatchFailure, FileResult
from newsclean.batch.run import BatchOptions, BatchRun
from newsclean.batch.settings import FileSettings
from newsclean.batch.worker import clean_file
from newsclean.batch.writers import to_dataframe

__all__ = [
    "BatchError",
    "BatchFailure",
    "BatchOptions",
    "BatchReport",
    "BatchRun",
    "CleanDirResults",
    "FileResult",
    "FileSettings",
    "clean_dir",
    "clean_file",
    "to_dataframe",
]
