#!/usr/bin/env python3
"""Score newsclean (and trafilatura, when installed) on a corpus with ground truth.

Usage:
    python benchmarks/accuracy.py ../shared/corpus/fundus-dev            # HTML pages
    python benchmarks/accuracy.py RENDERED_DIR --kind text               # text dumps
    python benchmarks/accuracy.py CORPUS --worst 10 --json scores.json
    python benchmarks/accuracy.py CORPUS --no-peer --titles               # wrong titles

A corpus folder holds one folder per page with ``page.html.gz`` (HTML mode) or ``dump.txt``
(text mode, as written by ``../shared/tools/render_text_dump.py --corpus``) beside
``expected.json`` (title, authors, published, body_paragraphs, attributes_present).
In HTML mode trafilatura runs on the same pages in the same process (``pip install
-e .[bench]``); in text mode the peer is the naive "lines longer than 100 characters"
baseline, since no peer reads text dumps. Also printed: ms/page and, in HTML mode, the
``lxml.html.fromstring`` parse-only floor.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsclean import ParseError, parse
from newsclean.evaluation import (
    PageScore,
    Scores,
    author_f1,
    day_match,
    shingle_counts,
    title_match,
)


@dataclass(frozen=True)
class Page:
    name: str
    raw: bytes
    expected: dict


@dataclass(frozen=True)
class Prediction:
    title: str | None
    published: str | None
    authors: list[str]
    body: str


Extractor = Callable[[bytes], Prediction]


def load_pages(corpus: Path, kind: str, limit: int | None) -> list[Page]:
    pages = []
    for folder in sorted(p for p in corpus.iterdir() if (p / "expected.json").exists()):
        source = folder / ("page.html.gz" if kind == "html" else "dump.txt")
        if not source.exists():
            continue
        raw = source.read_bytes()
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        pages.append(Page(folder.name, raw, expected))
    return pages[:limit] if limit else pages


def newsclean_extractor(raw: bytes) -> Prediction:
    article = parse(raw)
    parts: list[str] = []
    if article.sections:
        if article.lead and (
            not article.sections[0].paragraphs or article.sections[0].paragraphs[0] != article.lead
        ):
            parts.append(article.lead)
        for section in article.sections:
            if section.headline:
                parts.append(section.headline)
            parts.extend(section.paragraphs)
    else:
        parts = list(article.body)
    return Prediction(
        title=article.headline,
        published=article.published.isoformat() if article.published else None,
        authors=list(article.authors),
        body="\n".join(parts),
    )


def trafilatura_extractor() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(raw: bytes) -> Prediction:
        html = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
        if document is None:
            return Prediction(None, None, [], "")
        authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
        return Prediction(document.title, document.date, authors, document.text or "")

    return extract


def naive_text_extractor(raw: bytes) -> Prediction:
    """The baseline issue 5 cites: keep lines longer than 100 characters."""
    lines = raw.decode("utf-8", errors="replace").splitlines()
    return Prediction(None, None, [], "\n".join(line for line in lines if len(line) > 100))


def warm_up(pages: list[Page], extractor: Extractor) -> None:
    """Run the extractor once before timing, so one-off imports and lazy setup (dateparser's
    language data, trafilatura's and htmldate's modules) are not charged to the first page."""
    with contextlib.suppress(ParseError):
        extractor(pages[0].raw)


def score(pages: list[Page], extractor: Extractor) -> Scores:
    """One extractor's scores over the pages."""
    return score_all(pages, {"run": extractor})["run"]


def score_all(pages: list[Page], extractors: dict[str, Extractor]) -> dict[str, Scores]:
    """Every extractor's scores, the extractors taking turns page by page, so that load from
    other processes on a shared machine falls on all of them alike."""
    for extractor in extractors.values():
        warm_up(pages, extractor)
    runs = {name: Scores() for name in extractors}
    for page in pages:
        for name, extractor in extractors.items():
            runs[name].pages.append(_score_page(page, extractor))
    return runs


def _score_page(page: Page, extractor: Extractor) -> PageScore:
    expected = page.expected
    present = set(expected.get("attributes_present", []))
    start = time.perf_counter()
    error = None
    try:
        predicted = extractor(page.raw)
    except ParseError as exc:
        predicted, error = Prediction(None, None, [], ""), str(exc)
    elapsed = time.perf_counter() - start
    return PageScore(
        name=page.name,
        body=shingle_counts("\n".join(expected.get("body_paragraphs") or []), predicted.body),
        title=title_match(expected.get("title"), predicted.title)
        if expected.get("title")
        else None,
        day=day_match(expected.get("published"), predicted.published)
        if expected.get("published")
        else None,
        authors=author_f1(expected.get("authors") or [], predicted.authors)
        if "authors" in present
        else None,
        seconds=elapsed,
        error=error,
    )


def lxml_floor_ms(pages: list[Page]) -> float:
    import lxml.html

    start = time.perf_counter()
    for page in pages:
        raw = gzip.decompress(page.raw) if page.raw[:2] == b"\x1f\x8b" else page.raw
        lxml.html.fromstring(raw)
    return 1000 * (time.perf_counter() - start) / max(1, len(pages))


def print_title_mismatches(pages: list[Page], scores: Scores) -> None:
    """Expected and predicted title of every page newsclean got wrong (parsed again: the
    scores keep only the match)."""
    wrong = {score.name for score in scores.pages if score.title == 0}
    print(f"\nwrong titles ({len(wrong)}):")
    for page in pages:
        if page.name not in wrong:
            continue
        try:
            predicted = newsclean_extractor(page.raw).title
        except ParseError as exc:
            predicted = f"<ParseError {exc}>"
        print(
            f"  {page.name}\n    expected  {page.expected.get('title')!r}\n    predicted {predicted!r}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--kind", choices=("html", "text"), default="html")
    parser.add_argument("--limit", type=int, help="score only the first N pages")
    parser.add_argument(
        "--no-peer", action="store_true", help="skip trafilatura / the naive baseline"
    )
    parser.add_argument(
        "--worst", type=int, default=0, help="list the N pages with the lowest body F1"
    )
    parser.add_argument(
        "--titles", action="store_true", help="list the pages whose newsclean title is wrong"
    )
    parser.add_argument("--json", type=Path, help="write per-page scores here")
    args = parser.parse_args(argv)

    pages = load_pages(args.corpus, args.kind, args.limit)
    if not pages:
        print(f"no pages with expected.json under {args.corpus}", file=sys.stderr)
        return 2
    extractors: dict[str, Extractor] = {"newsclean": newsclean_extractor}
    if not args.no_peer:
        peer = trafilatura_extractor() if args.kind == "html" else naive_text_extractor
        if peer is not None:
            extractors["trafilatura" if args.kind == "html" else "naive>100"] = peer
    runs = score_all(pages, extractors)

    summaries = {name: scores.summary() for name, scores in runs.items()}
    metrics = (
        "body_f1",
        "body_precision",
        "body_recall",
        "title",
        "published_day",
        "authors_f1",
        "ms_per_page",
        "errors",
    )
    print(f"{len(pages)} pages, {args.kind} mode, {args.corpus}")
    print(f"{'metric':<16}" + "".join(f"{name:>14}" for name in summaries))
    for metric in metrics:
        print(
            f"{metric:<16}" + "".join(f"{summary[metric]:>14.3f}" for summary in summaries.values())
        )
    kilobytes = sum(len(page.raw) for page in pages) / 1024
    for name, scores in runs.items():
        seconds = sum(page.seconds for page in scores.pages)
        print(f"{name}: {1000 * seconds / kilobytes:.3f} ms per KB of dump ({kilobytes:.0f} KB)")
    if args.kind == "html":
        floor = lxml_floor_ms(pages)
        ours = summaries["newsclean"]["ms_per_page"]
        print(
            f"lxml.html.fromstring parse-only floor: {floor:.2f} ms/page (newsclean = {ours / floor:.1f}x floor)"
        )
    if "trafilatura" in summaries:
        ratio = summaries["trafilatura"]["ms_per_page"] / summaries["newsclean"]["ms_per_page"]
        print(f"speed: newsclean is {ratio:.1f}x faster than trafilatura per page")
        medians = {
            name: 1000 * statistics.median(p.seconds for p in runs[name].pages)
            for name in ("newsclean", "trafilatura")
        }
        print(
            f"median ms/page: newsclean {medians['newsclean']:.2f}, trafilatura "
            f"{medians['trafilatura']:.2f} ({medians['trafilatura'] / medians['newsclean']:.1f}x; "
            "less sensitive to load bursts on a shared machine)"
        )
    if args.worst:
        worst = sorted(runs["newsclean"].pages, key=lambda p: p.body[0])[: args.worst]
        print("\nlowest body scores (tp, fp, fn normalised):")
        for page in worst:
            print(
                f"  {page.name:<40} tp={page.body[0]:.2f} fp={page.body[1]:.2f} fn={page.body[2]:.2f} {page.error or ''}"
            )
    if args.titles:
        print_title_mismatches(pages, runs["newsclean"])
    if args.json:
        args.json.write_text(
            json.dumps(
                {name: [vars(p) for p in scores.pages] for name, scores in runs.items()}, indent=1
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
