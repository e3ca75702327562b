"""Scoring extracted records against ground truth, with the metrics of public benchmarks.

Body text is scored with the shingle F1 of the article-extraction benchmark: ``\\w+`` tokens,
4-token shingles counted as multisets, each page's TP/FP/FN normalised to sum 1, precision
and recall averaged over pages, F1 of the two averages. Titles are compared exactly after
Unicode (NFKC) and whitespace normalisation, dates by calendar day as printed, authors as
a set F1 per page.

>>> shingle_counts("a b c d e", "a b c d e")
(1.0, 0.0, 0.0)
>>> round(title_match("Talks  resume", "Talks resume"), 1)
1.0
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


def _shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingle_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of ``pred`` against ``true`` over 4-token shingles."""
    true_shingles, pred_shingles = _shingles(true), _shingles(pred)
    tp = sum((true_shingles & pred_shingles).values())
    fp = sum((pred_shingles - true_shingles).values())
    fn = sum((true_shingles - pred_shingles).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def shingle_f1(counts: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(f1, precision, recall) over pages, the benchmark's way."""
    counts = list(counts)
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def normalize_title(title: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", title or "").split())


def title_match(true: str | None, pred: str | None) -> float:
    return float(normalize_title(true) == normalize_title(pred) and bool(normalize_title(true)))


def day_match(true_iso: str | None, pred_iso: str | None) -> float:
    """Same calendar day as printed on the page (the ISO strings' date parts)."""
    return float(bool(true_iso and pred_iso) and str(true_iso)[:10] == str(pred_iso)[:10])


def _author_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def author_f1(true: Iterable[str], pred: Iterable[str]) -> float:
    true_set = {_author_key(name) for name in true if name.strip()}
    pred_set = {_author_key(name) for name in pred if name.strip()}
    if not true_set and not pred_set:
        return 1.0
    if not true_set or not pred_set:
        return 0.0
    hits = len(true_set & pred_set)
    if not hits:
        return 0.0
    precision, recall = hits / len(pred_set), hits / len(true_set)
    return 2 * precision * recall / (precision + recall)


@dataclass
class PageScore:
    name: str
    body: tuple[float, float, float]
    title: float | None
    day: float | None
    authors: float | None
    seconds: float
    error: str | None = None


@dataclass
class Scores:
    """Corpus-level figures from a list of page scores."""

    pages: list[PageScore] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        f1, precision, recall = shingle_f1(page.body for page in self.pages)

        def mean(values: list[float]) -> float:
            return statistics.mean(values) if values else float("nan")

        return {
            "pages": float(len(self.pages)),
            "body_f1": f1,
            "body_precision": precision,
            "body_recall": recall,
            "title": mean([p.title for p in self.pages if p.title is not None]),
            "published_day": mean([p.day for p in self.pages if p.day is not None]),
            "authors_f1": mean([p.authors for p in self.pages if p.authors is not None]),
            "ms_per_page": 1000 * mean([p.seconds for p in self.pages]),
            "errors": float(sum(1 for p in self.pages if p.error)),
        }
