"""A story's age printed by its headline ("3 hours ago", "vor 14 Minuten", "gestern, 14:30")
dates it when the caller knows when the page was fetched (`parse(..., fetched=...)`; the
batch job passes a WARC record's WARC-Date)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

import newsclean
from newsclean.relative_dates import age_date

FETCHED = datetime(2024, 4, 26, 15, 37, 12)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("vor 14 Minuten", datetime(2024, 4, 26, 15, 23)),
        ("Updated 3 hours ago", datetime(2024, 4, 26, 12, 37)),
        ("an hour ago", datetime(2024, 4, 26, 14, 37)),
        ("vor einer Stunde", datetime(2024, 4, 26, 14, 37)),
        ("il y a 2 jours", datetime(2024, 4, 24)),
        ("hace 3 horas", datetime(2024, 4, 26, 12, 37)),
        ("3 ore fa", datetime(2024, 4, 26, 12, 37)),
        ("3 uur geleden", datetime(2024, 4, 26, 12, 37)),
        ("3 saat önce", datetime(2024, 4, 26, 12, 37)),
        ("3 часа назад", datetime(2024, 4, 26, 12, 37)),
        ("منذ 3 ساعات", datetime(2024, 4, 26, 12, 37)),
        ("3 ساعت پیش", datetime(2024, 4, 26, 12, 37)),
        ("3時間前", datetime(2024, 4, 26, 12, 37)),
        ("3시간 전", datetime(2024, 4, 26, 12, 37)),
        ("Publiziert heute um 12:19 Uhr", datetime(2024, 4, 26, 12, 19)),
        ("Aktualisiert gestern, 14:30", datetime(2024, 4, 25, 14, 30)),
        ("yesterday", datetime(2024, 4, 25)),
    ],
)
def test_ages_in_many_languages(line: str, expected: datetime) -> None:
    assert age_date(line, FETCHED) == expected


@pytest.mark.parametrize(
    "line",
    [
        "3 more days of rain are forecast for the coast",  # no word for "ago"
        "14 Minuten",  # a duration, not an age
        "Kickoff 20:45",
        "The storm hit three days ago and the village is still cut off from the roads",
    ],
)
def test_other_lines_are_no_ages(line: str) -> None:
    assert age_date(line, FETCHED) is None


TEXT_DUMP = (
    "Home\nSport\nPolitik\n"
    "Trainer Schubert: Nicht mehr viel zu verlieren\n"
    "vor 14 Minuten\n"
    "Der Interimstrainer will am Samstag gegen den Tabellenführer punkten und setzt dabei auf "
    "die Defensive, wie er am Freitag vor Journalisten sagte.\n"
    "Die Mannschaft hat in den letzten fünf Spielen nur einen Punkt geholt und steht auf dem "
    "vorletzten Platz der Tabelle.\n"
)


def test_a_text_dump_printing_its_age_is_dated_from_the_fetch_time() -> None:
    undated = newsclean.parse(TEXT_DUMP.encode("utf-8"))
    assert undated.published is None
    dated = newsclean.parse(TEXT_DUMP.encode("utf-8"), fetched=FETCHED)
    assert dated.published == datetime(2024, 4, 26, 15, 23)
    assert "no_date" not in [problem.code for problem in dated.problems]


PAGE = (
    "<html><head><title>Harbour Reopens</title></head><body><article><h1>Harbour Reopens</h1>"
    "<div class='meta'>Updated 2 hours ago</div>"
    "<p>The harbour reopened on Tuesday after a long repair of the quay walls and the locks, "
    "and the first ferries arrived in the evening with hundreds of passengers.</p>"
    "<p>The port authority said the works had cost less than planned and ended a month early, "
    "which the city council welcomed in a statement.</p></article></body></html>"
)


def test_an_html_page_printing_its_age_is_dated_from_the_fetch_time() -> None:
    fetched = datetime(2024, 7, 19, 18, 10, tzinfo=timezone.utc)
    assert newsclean.parse(PAGE.encode("utf-8")).published is None
    dated = newsclean.parse(PAGE.encode("utf-8"), fetched=fetched)
    assert dated.published == datetime(2024, 7, 19, 16, 10, tzinfo=timezone.utc)


def test_a_crawl_record_is_dated_from_its_warc_date(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    from newsclean.batch.job import run_job
    from newsclean.batch.run import BatchOptions
    from tests.warc_helpers import http_response, warc_record, write_warc

    archive = tmp_path / "crawl.warc.gz"
    write_warc(
        archive,
        [warc_record("response", "https://news.example/h", http_response("200 OK", PAGE.encode()))],
        gzipped=True,
    )
    out = tmp_path / "out.jsonl"
    run_job(str(archive), out, tmp_path / "out.errors.jsonl", options=BatchOptions(workers=1))
    record = newsclean.Article.model_validate_json(out.read_text(encoding="utf-8").splitlines()[0])
    # The archive's WARC-Date is 2024-07-19T18:10:00Z.
    assert record.published == datetime(2024, 7, 19, 16, 10, tzinfo=timezone.utc)
