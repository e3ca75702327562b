"""Final output formats: JSONL (the journal itself), CSV as flat rows, Parquet typed and nested.

CSV (and `to_dataframe`) get one flat row per record: scalar fields as columns, ``source``
spread over ``source_*`` columns, lists and nested lists as JSON text.
Parquet keeps the record's shape with real types (`parquet_schema`): ``published`` is a
UTC timestamp a query can compare, with the offset the page printed in
``published_offset_minutes`` (null where the page printed no zone: the wall time is then
stored as if UTC); ``authors``, ``body``, ``topics`` are list<string>; ``sections``,
``related`` and ``problems`` are lists of structs; ``source`` is a struct.
Rows are converted in batches, so memory does not grow with the number of records.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any

FORMATS = ("jsonl", "csv", "parquet")
_LIST_COLUMNS = ("authors", "body", "topics")
_JSON_COLUMNS = ("sections", "related", "problems")
_SCALAR_COLUMNS = (
    "headline",
    "published",
    "story_code",
    "lead",
    "language",
    "site",
    "url",
    "page_type",
    "article_score",
)
_SOURCE_COLUMNS = (
    "path",
    "sha256",
    "encoding",
    "kind",
    "size",
    "compressed",
    "warc_offset",
    "warc_record_id",
    "target_uri",
    "fetched",
    "line",
)
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
    """The Parquet schema of a record: the `Article` model's fields with their own types."""
    import pyarrow as pa

    utc = pa.timestamp("us", tz="UTC")
    text_list = pa.list_(pa.string())
    related = pa.struct(
        [
            ("title", pa.string()),
            ("url", pa.string()),
            ("published", utc),
            ("published_offset_minutes", pa.int32()),
            ("published_has_time", pa.bool_()),
            ("author", pa.string()),
        ]
    )
    source = pa.struct(
        [
            ("path", pa.string()),
            ("sha256", pa.string()),
            ("encoding", pa.string()),
            ("kind", pa.string()),
            ("size", pa.int64()),
            ("compressed", pa.bool_()),
            ("warc_offset", pa.int64()),
            ("warc_record_id", pa.string()),
            ("target_uri", pa.string()),
            ("fetched", utc),
            ("line", pa.int64()),
        ]
    )
    return pa.schema(
        [
            ("headline", pa.string()),
            ("published", utc),
            ("published_offset_minutes", pa.int32()),
            ("story_code", pa.string()),
            ("authors", text_list),
            ("lead", pa.string()),
            ("body", text_list),
            (
                "sections",
                pa.list_(pa.struct([("headline", pa.string()), ("paragraphs", text_list)])),
            ),
            ("related", pa.list_(related)),
            ("topics", text_list),
            ("language", pa.string()),
            ("site", pa.string()),
            ("url", pa.string()),
            ("page_type", pa.string()),
            ("article_score", pa.float64()),
            ("source", source),
            ("problems", pa.list_(pa.struct([("code", pa.string()), ("message", pa.string())]))),
            ("duplicate_of", pa.string()),
        ]
    )


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    """One record (as JSON-decoded) in the shape of `parquet_schema`."""
    published, offset, _ = _instant(record.get("published"))
    related = []
    for story in record.get("related") or []:
        when, story_offset, has_time = _instant(story.get("published"))
        related.append(
            {
                "title": story.get("title"),
                "url": story.get("url"),
                "published": when,
                "published_offset_minutes": story_offset,
                "published_has_time": has_time,
                "author": story.get("author"),
            }
        )
    source = dict(record.get("source") or {})
    source["fetched"] = _instant(source.get("fetched"))[0]
    return {
        "headline": record.get("headline"),
        "published": published,
        "published_offset_minutes": offset,
        "story_code": record.get("story_code"),
        "authors": record.get("authors") or [],
        "lead": record.get("lead"),
        "body": record.get("body") or [],
        "sections": record.get("sections") or [],
        "related": related,
        "topics": record.get("topics") or [],
        "language": record.get("language"),
        "site": record.get("site"),
        "url": record.get("url"),
        "page_type": record.get("page_type"),
        "article_score": record.get("article_score"),
        "source": {name: source.get(name) for name in _SOURCE_COLUMNS},
        "problems": record.get("problems") or [],
        "duplicate_of": record.get("duplicate_of"),
    }


def _instant(value: str | None) -> tuple[datetime | None, int | None, bool | None]:
    """An ISO date or datetime as (UTC instant, printed offset in minutes, has a time).

    A naive time (no zone printed) is stored as if UTC, with no offset; a day alone as its
    midnight, without a time.
    """
    if not value:
        return None, None, None
    has_time = "T" in value
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    offset = parsed.utcoffset()
    if offset is None:
        return parsed.replace(tzinfo=timezone.utc), None, has_time
    return parsed.astimezone(timezone.utc), int(offset.total_seconds() // 60), has_time


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
            rows = [parquet_row(record) for record in batch]
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
