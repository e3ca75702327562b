"""The account of a batch run: what every discovered file became, and how fast."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class BatchReport:
    """Counts for the whole job (files already done by an earlier, resumed run included).

    ``files == records + sum(errors.values()) + sum(not_articles.values())`` always holds:
    every dump ends as one line, or, with ``articles_only``, as a count of pages left out.
    """

    files: int = 0
    records: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    # Records left out by --articles-only, by page type ("index", "other").
    not_articles: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    resumed: int = 0  # files found done in the output of an earlier run
    template_lines: int = 0  # lines learned as site template noise
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def processed(self) -> int:
        """Files parsed by this run (not counting resumed ones)."""
        return self.files - self.resumed

    @property
    def files_per_second(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    def count(self, reason: str | None) -> None:
        self.files += 1
        if reason is None:
            self.records += 1
        else:
            self.errors[reason] += 1

    def leave_out(self, page_type: str) -> None:
        """A record of another page than an article, left out of the output."""
        self.files += 1
        self.not_articles[page_type] += 1

    def finish(self) -> None:
        self.elapsed = time.monotonic() - self.started

    def summary(self) -> str:
        """A few human lines for the end of a run."""
        lines = [
            f"{self.files} files: {self.records} records, {self.error_count} errors"
            + (f" ({self.resumed} already done by an earlier run)" if self.resumed else ""),
        ]
        if self.errors:
            reasons = ", ".join(f"{reason} {count}" for reason, count in self.errors.most_common())
            lines.append(f"errors by reason: {reasons}")
        if self.skipped:
            skipped = ", ".join(f"{why} {count}" for why, count in sorted(self.skipped.items()))
            lines.append(f"skipped (not dumps): {skipped}")
        if self.not_articles:
            left_out = ", ".join(f"{kind} {n}" for kind, n in sorted(self.not_articles.items()))
            lines.append(f"left out, not articles (--articles-only): {left_out}")
        if self.duplicates:
            lines.append(f"duplicates marked: {self.duplicates}")
        if self.template_lines:
            lines.append(f"template lines learned: {self.template_lines}")
        lines.append(
            f"elapsed {self.elapsed:.1f}s, {self.files_per_second:.0f} files/s"
            f" ({self.processed} parsed by this run)"
        )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "records": self.records,
            "errors": dict(self.errors),
            "skipped": dict(self.skipped),
            "not_articles": dict(self.not_articles),
            "duplicates": self.duplicates,
            "resumed": self.resumed,
            "template_lines": self.template_lines,
            "elapsed": round(self.elapsed, 3),
            "files_per_second": round(self.files_per_second, 1),
        }
