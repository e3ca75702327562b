"""The batch job's per-file function with the parse taken out: read the file, emit its text.

`benchmarks/batch.py` runs ``newsclean clean``'s own job (discovery, worker pool, journal and
writer) with this function in place of `newsclean.batch.clean_file`. What that reaches is the
machinery's ceiling: the share of the I/O floor left for the parser to spend. It lives in its
own module because the pool's workers import their per-file function by name.
"""

from __future__ import annotations

import json

from newsclean.batch import FileSettings
from newsclean.batch.results import FileResult


def read_as_line(path: str, settings: FileSettings) -> FileResult:
    """The file's raw text as one JSON line, as the I/O floor writes it."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8", errors="replace")
    return FileResult(path, json.dumps({"path": path, "text": text}, ensure_ascii=False))
