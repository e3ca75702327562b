"""Parquet output keeps the record's types: a comparable UTC `published` with the printed
offset beside it, nested sections / related / problems, `source` as a struct. Read back with
pyarrow and with DuckDB, as other tools would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.cli import main

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "islamtimes"


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    parquet = tmp_path_factory.mktemp("parquet") / "articles.parquet"
    jsonl = tmp_path_factory.mktemp("jsonl") / "articles.jsonl"
    assert main(["clean", str(EXAMPLES), "-o", str(parquet), "-q", "--workers", "1"]) == 0
    assert main(["clean", str(EXAMPLES), "-o", str(jsonl), "-q", "--workers", "1"]) == 0
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    return parquet, records


def test_columns_have_real_types(cleaned: tuple[Path, list[dict]]) -> None:
    schema = pq.read_schema(cleaned[0])
    assert schema.field("published").type == pa.timestamp("us", tz="UTC")
    assert schema.field("published_offset_minutes").type == pa.int32()
    assert schema.field("body").type == pa.list_(pa.string())
    assert pa.types.is_struct(schema.field("source").type)
    related = schema.field("related").type
    assert pa.types.is_list(related) and pa.types.is_struct(related.value_type)
    assert related.value_type.field("published").type == pa.timestamp("us", tz="UTC")
    assert pa.types.is_struct(schema.field("problems").type.value_type)
    assert schema.field("article_score").type == pa.float64()


def test_values_equal_the_jsonl_records(cleaned: tuple[Path, list[dict]]) -> None:
    parquet, records = cleaned
    rows = pq.read_table(parquet).to_pylist()
    assert [row["source"]["path"] for row in rows] == [r["source"]["path"] for r in records]
    for row, record in zip(rows, records, strict=True):
        assert row["headline"] == record["headline"]
        assert row["body"] == record["body"]
        assert [story["title"] for story in row["related"]] == [
            s["title"] for s in record["related"]
        ]
        if record["published"]:
            from datetime import datetime

            printed = datetime.fromisoformat(record["published"])
            assert row["published"] == printed  # the same instant
            offset = printed.utcoffset()
            assert row["published_offset_minutes"] == (
                None if offset is None else offset.total_seconds() // 60
            )


def test_duckdb_queries_dates_and_related_stories(cleaned: tuple[Path, list[dict]]) -> None:
    parquet, records = cleaned
    connection = duckdb.connect()
    dated = connection.execute(
        "SELECT count(*) FROM read_parquet(?) WHERE published >= TIMESTAMPTZ '2020-01-01 00:00:00+00'",
        [str(parquet)],
    ).fetchone()
    expected = sum(1 for r in records if r["published"] and r["published"][:4] >= "2020")
    assert dated == (expected,)
    titles = connection.execute(
        "SELECT story.title FROM read_parquet(?), UNNEST(related) AS t(story) "
        "WHERE story.published IS NOT NULL ORDER BY story.title",
        [str(parquet)],
    ).fetchall()
    wanted = sorted(story["title"] for r in records for story in r["related"] if story["published"])
    assert [title for (title,) in titles] == wanted
    assert wanted, "the examples list dated related stories"
    kinds = connection.execute(
        "SELECT DISTINCT source.kind FROM read_parquet(?)", [str(parquet)]
    ).fetchall()
    assert {kind for (kind,) in kinds} <= {"text", "html"}
