"""Is the page one article? The verdict on records, --articles-only, and `newsclean schema`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main
from newsclean.page_type import PageSignals, page_verdict

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
SEED = ROOT / "fixtures" / "islamtimes" / "en_article_2024_seed.txt"


def test_an_article_dump_is_an_article() -> None:
    article = newsclean.parse_file(SEED)
    assert (article.page_type.value, article.article_score) == ("article", 1.0)


def test_a_section_front_is_an_index() -> None:
    assert newsclean.parse_file(PAGES / "index_section_front.html").page_type.value == "index"


def test_a_body_only_run_of_prose_is_an_article() -> None:
    verdict = page_verdict(PageSignals(paragraphs=[320, 280, 150]))
    assert verdict[0].value == "article"


def test_a_licence_is_not_an_article_even_with_prose() -> None:
    signals = PageSignals(
        headline="MIT License",
        paragraphs=[40, 420, 130, 600],
        opening=("Copyright (c) 2019 Harbour Data Collective", "Permission is hereby granted"),
    )
    assert page_verdict(signals)[0].value == "other"


def test_a_dated_page_without_text_of_its_own_is_not_an_article() -> None:
    page_type, score = page_verdict(PageSignals(headline="Stories tagged harbour", dated=True))
    assert page_type.value == "other" and score < 0.5


def test_a_home_page_with_a_long_description_is_refused() -> None:
    # Its description is the site's, not an article's lead: no text of its own to read.
    page = (
        b"<html><head><title>Home | Daily Planet</title><meta name='description' content='"
        b"The Daily Planet brings you the latest news from Metropolis and the world: politics, "
        b"business, sport, culture and science, every day, from our reporters across the globe.'>"
        b"</head><body><nav><a href=/a>Politics</a><a href=/b>Business</a></nav><ul>"
        b"<li><a href=/x>Council passes budget</a></li><li><a href=/y>Harbour reopens</a></li>"
        b"</ul></body></html>"
    )
    with pytest.raises(newsclean.ParseError) as raised:
        newsclean.parse(page)
    assert raised.value.reason.value == "not_an_article"


def test_articles_only_leaves_other_pages_out_and_counts_them(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    for source in (SEED, PAGES / "index_section_front.html", PAGES / "index_tag_page.html"):
        shutil.copy(source, folder / source.name)
    out, report = tmp_path / "a.jsonl", tmp_path / "report.json"
    argv = ["clean", str(folder), "-o", str(out), "-q", "--articles-only"]
    assert main([*argv, "--report-json", str(report)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == [SEED.name]
    counts = json.loads(report.read_text(encoding="utf-8"))
    assert counts["not_articles"] == {"index": 1, "other": 1}
    assert counts["files"] == 3 and counts["records"] == 1


def test_without_articles_only_every_page_is_a_record(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    shutil.copy(PAGES / "index_section_front.html", folder / "front.html")
    out = tmp_path / "a.jsonl"
    assert main(["clean", str(folder), "-o", str(out), "-q"]) == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["page_type"] == "index"


def test_schema_command_prints_the_article_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Article"
    assert "None for a body-only dump" in schema["properties"]["headline"]["description"]
    assert schema["properties"]["page_type"]["$ref"].endswith("PageType")
    for name, model in schema["$defs"].items():
        for field, spec in model.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{field} has no description"
