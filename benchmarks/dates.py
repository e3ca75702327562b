"""Publication days on dates-dev, by both paths: the HTML page, and the same page rendered as a
whole-page text dump (``../shared/tools/render_text_dump.py``). The text path was never tuned on
these 480 pages, so its figure is a held-out check of the text-date rules (issue 14), and the
misses are listed by kind: no date, a wrong date, an error.

    python benchmarks/dates.py                 # both paths, each without and with the URL
    python benchmarks/dates.py --misses text   # every page the text path gets wrong
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import newsclean
from newsclean.errors import ParseError

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dates-dev"


def _day(article: newsclean.Article) -> str | None:
    return article.published.date().isoformat() if article.published else None


def score(
    pages: list[tuple[str, bytes, str | None, str | None]],
    read: Callable[[bytes, str | None], str | None],
) -> tuple[Counter[str], list[tuple[str, str | None, str | None]], float]:
    """Outcome counts, the misses (url, label, got) and seconds spent reading."""
    outcomes: Counter[str] = Counter()
    misses = []
    seconds = 0.0
    for _name, data, url, label in pages:
        start = time.perf_counter()
        try:
            got = read(data, url)
        except ParseError:
            got = "error"
        seconds += time.perf_counter() - start
        if got == label:
            outcomes["right"] += 1
            continue
        outcomes["none" if got is None else "error" if got == "error" else "wrong"] += 1
        misses.append((url or "", label, got))
    return outcomes, misses, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--misses", choices=["html", "html-url", "text", "text-url"], help="list these misses"
    )
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(SHARED / "tools"))
    from render_text_dump import render  # the shared renderer, as scoreboard.py uses it

    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    pages = [
        (name, gzip.decompress((CORPUS / "pages" / name).read_bytes()), item["url"], item["date"])
        for name, item in sorted(labels.items())
    ]
    rendered = [(name, render(data).encode("utf-8"), url, day) for name, data, url, day in pages]
    runs = {
        "html": (pages, lambda data, url: _day(newsclean.parse(data))),
        "html-url": (pages, lambda data, url: _day(newsclean.parse(data, url=url))),
        "text": (rendered, lambda data, url: _day(newsclean.parse(data))),
        "text-url": (rendered, lambda data, url: _day(newsclean.parse(data, url=url))),
    }
    print(f"{len(pages)} labelled pages, {CORPUS}")
    print(
        f"{'path':10} {'day':>6} {'right':>6} {'none':>5} {'wrong':>6} {'error':>6} {'ms/page':>8}"
    )
    for name, (inputs, read) in runs.items():
        outcomes, misses, seconds = score(inputs, read)
        share = outcomes["right"] / len(inputs)
        print(
            f"{name:10} {share:6.3f} {outcomes['right']:6} {outcomes['none']:5} "
            f"{outcomes['wrong']:6} {outcomes['error']:6} {1000 * seconds / len(inputs):8.1f}"
        )
        if args.misses == name:
            for url, label, got in misses:
                print(f"    label {label}  got {got}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
