#!/usr/bin/env python3
"""Where a text-dump parse spends its time, phase by phase, on dumps no memo has seen.

Usage: python benchmarks/text_phases.py [--dumps N]

Each phase of the text path (decode, split, language, classify, weigh, layout, body,
header, date, tail, boilerplate filter) runs over variants of the seed dump that this
process has not parsed before, so per-line memos only help where a real batch would be
helped too. Prints µs per dump for each phase and for a whole cold `parse`, the figure
`benchmarks/text_dumps.py` reports.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from text_dumps import variants  # noqa: E402

import newsclean  # noqa: E402
from newsclean.boilerplate import filter_boilerplate  # noqa: E402
from newsclean.decoding import decode_dump  # noqa: E402
from newsclean.draft import ArticleDraft  # noqa: E402
from newsclean.profiles import detect_profile  # noqa: E402
from newsclean.text import article  # noqa: E402
from newsclean.text.body import read_body  # noqa: E402
from newsclean.text.header import read_header  # noqa: E402
from newsclean.text.layout import find_layout, weigh_lines  # noqa: E402
from newsclean.text.published import choose_published  # noqa: E402
from newsclean.text.tail import read_tail  # noqa: E402


def timed(name: str, work: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    start = time.perf_counter()
    out = [work(item) for item in items]
    print(f"{name:<16} {(time.perf_counter() - start) / len(items) * 1e6:7.1f} µs/dump")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dumps", type=int, default=2000)
    count = parser.parse_args().dumps
    seed = (REPO / "fixtures" / "islamtimes" / "en_article_2024_seed.txt").read_bytes()
    every = variants(seed, 2 * count + 100)
    for warm in every[:100]:
        newsclean.parse(warm)  # start-up (imports, compiled patterns) is not per-dump cost
    phases, whole = every[100 : 100 + count], every[100 + count :]
    texts = [raw.decode("utf-8") for raw in phases]
    profile = detect_profile(texts[0], html=False)
    timed("parse (cold)", newsclean.parse, whole)
    timed("decode", lambda raw: decode_dump(raw, max_bytes=1 << 30), phases)
    raw_lines = timed(
        "split",
        lambda text: article.join_wrapped_lines(article.split_lines(text, article._glue(profile))),
        texts,
    )
    timed(
        "language", lambda lines: article.detect_language(article._prose_sample(lines)), raw_lines
    )
    classifier = article._classifier(profile, ("en",))
    lines = timed("classify", lambda raw: [classifier.classify(line) for line in raw], raw_lines)
    repeats = [Counter(line.text for line in dump) for dump in lines]
    meter = article._meter("en")
    indexes = range(len(lines))
    weights = timed(
        "weigh", lambda i: weigh_lines(lines[i], meter, repeats[i], profile.lexicon), indexes
    )
    layouts = timed(
        "layout+headline", lambda i: find_layout(lines[i], weights[i], repeats[i]), indexes
    )
    drafts = [ArticleDraft(site=profile.site, language="en") for _ in indexes]
    timed(
        "body",
        lambda i: read_body(
            lines[i], weights[i], layouts[i], repeats[i], profile.lexicon, drafts[i]
        ),
        indexes,
    )
    timed("header", lambda i: read_header(lines[i], layouts[i], drafts[i]), indexes)
    timed(
        "date",
        lambda i: choose_published(
            lines[i],
            layouts[i].headline_at,
            layouts[i].first_paragraph,
            layouts[i].body_end,
            ("en",),
        ),
        indexes,
    )
    for i in indexes:
        drafts[i].headline = lines[i][layouts[i].headline_at].text
    timed(
        "tail+sidebar",
        lambda i: read_tail(lines[i][layouts[i].body_end :], frozenset(), drafts[i]),
        indexes,
    )
    timed("filter", lambda i: filter_boilerplate(drafts[i], profile.lexicon), indexes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
