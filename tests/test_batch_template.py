"""Lines recurring across a site's text dumps are learned as template noise and dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean.batch.template import TemplateRules, learn_template_lines, sample_paths
from newsclean.lexicon import fold_label
from tests.batch_helpers import daily_example_text, write_variants

FURNITURE = [
    "Daily Example",
    "World Desk",
    "Live TV",
    "Our Newsletters",
    "Follow us on Telegram",
    "© 2024 Daily Example Media Group",
]


@pytest.fixture(scope="module")
def daily_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("daily")
    for number in range(30):
        (root / f"page_{number:02d}.txt").write_text(daily_example_text(number), encoding="utf-8")
    return root


def test_learns_the_sites_furniture_and_nothing_else(daily_example: Path) -> None:
    learned = learn_template_lines(sorted(map(str, daily_example.iterdir())), max_bytes=1 << 20)
    # Sidebar titles (printed twice), dates and known labels ("Most Read") are never template.
    assert learned == {"generic": frozenset(fold_label(line) for line in FURNITURE)}


def test_too_few_dumps_teach_nothing(daily_example: Path) -> None:
    sample = sorted(map(str, daily_example.iterdir()))[:10]
    assert learn_template_lines(sample, max_bytes=1 << 20, rules=TemplateRules(min_dumps=20)) == {}


def test_batch_run_drops_learned_template_lines(daily_example: Path) -> None:
    plain = newsclean.parse((daily_example / "page_07.txt").read_bytes())
    # The generic text path (issue 5) already ends this article at the site's copyright
    # footer; the learned template must leave that reading intact.
    assert plain.body[-1] == "The mayor said plan 7 balances spending and savings."

    run = newsclean.clean_dir(daily_example, workers=1)
    articles = list(run)
    assert run.report.template_lines == len(FURNITURE)
    page = articles[7]
    assert page.headline == "Council Approves New Budget for District 7"
    assert page.published is not None and page.published.isoformat() == "2024-03-12T09:07:00"
    assert page.body == [
        "The city council approved a new budget for district 7 on Tuesday after a long"
        " debate that ran well into the night and ended with a narrow vote.",
        "Residents of district 7 will see new bus lines and a renovated library next"
        " year, paid for by savings elsewhere in the city's accounts.",
        "The mayor said plan 7 balances spending and savings.",
    ]
    assert [story.title for story in page.related] == [
        "Harbour Bridge Reopens After Repairs",
        "Schools Extend Spring Holidays",
    ]


def test_templates_are_per_site(tmp_path: Path, daily_example: Path) -> None:
    # Islam Times dumps in the same folder keep their text even if it matched another site's.
    write_variants(tmp_path / "islamtimes", 3)
    for page in daily_example.iterdir():
        (tmp_path / page.name).write_bytes(page.read_bytes())
    records = [item for item in newsclean.clean_dir(tmp_path, workers=1)]
    islam = [record for record in records if record.site == "Islam Times"]
    assert [record.story_code for record in islam] == ["2000000", "2000001", "2000002"]
    assert all(len(record.body) == 5 for record in islam)


def test_sample_is_uniform_and_in_path_order() -> None:
    sample = sample_paths((f"p{index:04d}" for index in range(1000)), 50, seed=1)
    assert len(sample) == 50 and sample == sorted(sample)
    assert sample[-1] > "p0500"  # not just the first files
    assert sample_paths(iter(["a", "b"]), 50) == ["a", "b"]


def test_forced_site_learns_under_its_name(daily_example: Path) -> None:
    run = newsclean.clean_dir(daily_example, workers=1, site="newsstudio")
    pages = list(run)
    assert run.report.template_lines == len(FURNITURE)
    assert pages[7].headline == "Council Approves New Budget for District 7"


def test_a_sidebar_shared_by_every_dump_is_not_template(tmp_path: Path) -> None:
    # One day's crawl: every dump carries the same "Featured Stories" list, including a
    # title whose alt copy is cut short ("UN’s Top Court: Israel" before the full title).
    paths = write_variants(tmp_path, 30)
    assert learn_template_lines(list(map(str, paths)), max_bytes=1 << 20) == {}
    plain = newsclean.parse_file(paths[4])
    batch = list(newsclean.clean_dir(tmp_path, workers=1))[4]
    assert batch.related == plain.related
    assert "UN’s Top Court: Israel's Presence in Palestinian Territories ‘Illegal’" in [
        story.title for story in batch.related
    ]
