"""Final output formats: JSONL (the journal itself), CSV and Parquet as flat rows.

CSV and Parquet get one flat row per record: scalar fields as columns, ``source`` spread
over ``source_*`` columns, nested lists (sections, related, problems) as JSON text. In
Parquet, ``authors``, ``body`` and ``topics`` are list<string>; in CSV they are JSON text.
``published`` is ISO 8601 text: records mix zone-aware and naive times.
Rows are converted in batches, so memory does not grow with the number of records.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

FORMATS = ("jsonl", "csv", "parquet")
_LIST_COLUMNS = ("authors", "body", "topics")
_JSON_COLUMNS = ("sections", "related", "problems")
_SCALAR_COLUMNS = ("headline", "published", "story_code", "lead", "language", "site", "url")
_SOURCE_COLUMNS = ("path", "sha256", "encoding", "kind", "size", "compressed")
COLUMNS = (
    *_SCALAR_COLUMNS,
    *_LIST_COLUMNS,
    *_JSON_COLUMNS,
    *(f"source_{name}" for name in _SOURCE_COLUMNS),
    "duplicate_of",
)
_BATCH_ROWS = 2000


def record_row(record: dict[str, Any], *, lists_as_json: bool) -> dict[str, Any]:
    """One record (as JSON-decoded) as a flat row of `COLUMNS`."""
    row: dict[str, Any] = {name: record.get(name) for name in _SCALAR_COLUMNS}
    for name in _LIST_COLUMNS:
        values = record.get(name) or []
        row[name] = json.dumps(values, ensure_ascii=False) if lists_as_json else values
    for name in _JSON_COLUMNS:
        row[name] = json.dumps(record.get(name) or [], ensure_ascii=False)
    source = record.get("source") or {}
    for name in _SOURCE_COLUMNS:
        row[f"source_{name}"] = source.get(name)
    row["duplicate_of"] = record.get("duplicate_of")
    return row


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def write_csv(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(record_row(record, lists_as_json=True))
            count += 1
    return count


def parquet_schema() -> Any:
    import pyarrow as pa

    fields = [pa.field(name, pa.string()) for name in _SCALAR_COLUMNS]
    fields += [pa.field(name, pa.list_(pa.string())) for name in _LIST_COLUMNS]
    fields += [pa.field(name, pa.string()) for name in _JSON_COLUMNS]
    types = {"size": pa.int64(), "compressed": pa.bool_()}
    fields += [pa.field(f"source_{name}", types.get(name, pa.string())) for name in _SOURCE_COLUMNS]
    fields.append(pa.field("duplicate_of", pa.string()))
    return pa.schema(fields)


def write_parquet(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError(
            "Parquet output needs pyarrow: pip install 'newsclean[parquet]'"
        ) from exc
    schema = parquet_schema()
    count = 0
    iterator = iter(records)
    with pq.ParquetWriter(str(out), schema) as writer:
        while batch := list(islice(iterator, _BATCH_ROWS)):
            rows = [record_row(record, lists_as_json=False) for record in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def convert_jsonl(journal: str | Path, out: str | Path, fmt: str) -> int:
    """Write the records of a JSONL file to ``out`` as ``fmt`` (csv or parquet)."""
    if fmt == "csv":
        return write_csv(read_jsonl(journal), out)
    if fmt == "parquet":
        return write_parquet(read_jsonl(journal), out)
    raise ValueError(f"unknown format {fmt!r}")


def to_dataframe(source: Any) -> Any:
    """A pandas DataFrame of flat rows from a JSONL path or an iterable of results.

    Records (Article objects or dicts) become `COLUMNS` rows; error entries become rows with
    ``source_path``, ``error_reason`` and ``error_message`` set.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise RuntimeError("to_dataframe needs pandas: pip install pandas") from exc
    items = read_jsonl(source) if isinstance(source, str | Path) else source
    rows = [_item_row(item) for item in items]
    return pd.DataFrame(rows, columns=[*COLUMNS, "error_reason", "error_message"])


def _item_row(item: Any) -> dict[str, Any]:
    from newsclean.batch.results import BatchError
    from newsclean.models import Article

    if isinstance(item, BatchError):
        return {
            "source_path": item.path,
            "error_reason": item.reason,
            "error_message": item.message,
        }
    record = item.model_dump(mode="json") if isinstance(item, Article) else item
    if "reason" in record and "headline" not in record:
        return {
            "source_path": record.get("path"),
            "error_reason": record.get("reason"),
            "error_message": record.get("message"),
        }
    return record_row(record, lists_as_json=False)
