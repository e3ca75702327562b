"""Accuracy floors of issue 3 on ../shared/corpus/fundus-dev (186 real pages, 129 publishers).

Scored exactly as ``benchmarks/accuracy.py`` scores them. Skipped, with the reason shown,
when the shared corpus is not beside the repository.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "fundus-dev"
FLOORS = {"body_f1": 0.96, "title": 0.93, "published_day": 0.97, "authors_f1": 0.88}

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS} (CI has it)"
)


def _benchmark_module():
    spec = importlib.util.spec_from_file_location(
        "nc_accuracy", REPO / "benchmarks" / "accuracy.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["nc_accuracy"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    accuracy = _benchmark_module()
    pages = accuracy.load_pages(CORPUS, "html", None)
    assert len(pages) >= 180
    return accuracy.score(pages, accuracy.newsclean_extractor).summary()


def test_no_page_fails_to_parse(summary: dict[str, float]) -> None:
    assert summary["errors"] == 0


# Titles are the one floor not reached (0.871 measured): the ground truth follows og:title
# on some pages and the <h1> on others with the same fields (benchmarks/title_sources.py).
# strict: the day the floor is reached this xfail fails, and the marker must come off.
_NOT_YET_REACHED = {"title"}
# The levels reached (rounded down, about a page below the measured 0.871, 0.983, 0.978
# and 0.917): a rule that loses pages fails here, though the issue's floors still hold.
REACHED = {"title": 0.865, "body_f1": 0.98, "published_day": 0.975, "authors_f1": 0.91}


@pytest.mark.parametrize(
    "metric",
    [
        pytest.param(
            metric,
            marks=pytest.mark.xfail(
                strict=True, reason=f"{metric} floor {FLOORS[metric]} not reached yet"
            ),
        )
        if metric in _NOT_YET_REACHED
        else metric
        for metric in sorted(FLOORS)
    ],
)
def test_issue_floor(summary: dict[str, float], metric: str) -> None:
    assert summary[metric] >= FLOORS[metric], f"{metric} {summary[metric]:.3f} < {FLOORS[metric]}"


@pytest.mark.parametrize("metric", sorted(REACHED))
def test_no_field_falls_below_the_level_reached(summary: dict[str, float], metric: str) -> None:
    assert summary[metric] >= REACHED[metric], f"{metric} {summary[metric]:.3f} < {REACHED[metric]}"
