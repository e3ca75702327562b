#!/usr/bin/env python3
"""Text-dump throughput of ``newsclean.parse`` in one process (goal: >= 5,000 seed-sized dumps/s).

Usage: python benchmarks/text_dumps.py [--dumps N] [--fixtures DIR]

Every parse gets a distinct dump, in every round: the fixture text dumps with a serial
number woven into each paragraph line, so the memos and caches only help where a real batch
would be helped too (labels, dates and sidebar titles repeat across a site's dumps;
paragraphs do not), and a later round never re-parses what an earlier one memoised.
Prints dumps/s, µs per dump and µs per KB, for the seed alone and for all fixtures,
beside a floor measured in the same run: decoding and splitting the same bytes into
lines, the least any text parser must do.

The first line says which build ran: pure Python (a plain install) or the optional mypyc
build (``NEWSCLEAN_COMPILE=1 python setup.py build_ext --inplace`` in this checkout; see
setup.py). A compiled module older than its source stops the run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsclean import parse  # noqa: E402
from newsclean.build_info import describe_build, stale_modules  # noqa: E402
from newsclean.testing import expected_path, find_fixtures  # noqa: E402

# Lines at least this long are paragraphs, unique per article; shorter ones (labels,
# dates, sidebar titles) are what genuinely repeats between dumps of one site.
PARAGRAPH_CHARS = 120


def text_fixtures(directory: Path) -> list[bytes]:
    dumps = []
    for path in find_fixtures(directory):
        if not path.name.endswith(".txt") or path.name.startswith("bad_"):
            continue
        if "error" in json.loads(expected_path(path).read_text(encoding="utf-8")):
            continue  # refused dumps (an error page) are not the article work measured here
        data = path.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # legacy-encoded fixtures would be mangled by the variant writer
        dumps.append(data)
    return dumps


def _mark(line: str, serial: int) -> str:
    head, _, last_word = line.rpartition(" ")
    return f"{head} {serial} {last_word}" if head else f"{serial} {line}"


def variants(dump: bytes, count: int) -> list[bytes]:
    lines = dump.decode("utf-8").split("\n")
    out = []
    for serial in range(count):
        # The serial goes before the paragraph's last word, so sentence ends stay as printed.
        marked = [_mark(line, serial) if len(line) >= PARAGRAPH_CHARS else line for line in lines]
        out.append("\n".join(marked).encode("utf-8"))
    return out


def run(dumps: list[bytes], work: Callable[[bytes], object]) -> float:
    start = time.perf_counter()
    for data in dumps:
        work(data)  # the dumps are all articles: a ParseError here is a bug, let it show
    return time.perf_counter() - start


def floor(data: bytes) -> object:
    return [line.strip() for line in data.decode("utf-8").split("\n")]


def check_variants_read_alike(dumps: list[bytes]) -> None:
    """The serials must not change what is extracted, or the figures measure other work."""
    for dump in dumps:
        original, variant = parse(dump), parse(variants(dump, 2)[1])
        same = (
            original.headline,
            len(original.body),
            len(original.related),
            original.story_code,
        ) == (
            variant.headline,
            len(variant.body),
            len(variant.related),
            variant.story_code,
        )
        if not same:
            raise SystemExit(f"variant of {original.headline!r} parses differently: fix variants()")


def report(name: str, rounds: list[list[bytes]]) -> None:
    """Best of the rounds; each round's dumps are new to the process (no memo has seen them)."""
    dumps = rounds[0]
    kilobytes = sum(len(d) for d in dumps) / 1024
    ours = min(run(batch, parse) for batch in rounds)
    base = min(run(batch, floor) for batch in rounds)
    per_dump = ours / len(dumps)
    print(
        f"{name:<24} {len(dumps):>6} dumps  {statistics.mean(len(d) for d in dumps) / 1024:5.1f} KB avg  "
        f"{len(dumps) / ours:8.0f} dumps/s  {per_dump * 1e6:7.0f} µs/dump  {ours * 1e6 / kilobytes:6.1f} µs/KB  "
        f"floor {len(dumps) / base:9.0f} dumps/s  (parse = {ours / base:.0f}x floor)"
    )


def rounds_of(dumps: list[bytes], per_dump: int, repeats: int) -> list[list[bytes]]:
    """``repeats`` rounds of ``per_dump`` variants of each dump, no variant in two rounds."""
    out: list[list[bytes]] = [[] for _ in range(repeats)]
    for dump in dumps:
        every = variants(dump, per_dump * repeats)
        for number in range(repeats):
            out[number].extend(every[number * per_dump : (number + 1) * per_dump])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dumps", type=int, default=5000, help="distinct dumps per measurement")
    parser.add_argument("--repeats", type=int, default=3, help="best of N runs")
    parser.add_argument("--fixtures", type=Path, default=REPO / "fixtures")
    args = parser.parse_args()
    if stale_modules():
        sys.exit(f"{describe_build()}: the figures would not be this source's")

    seed = (args.fixtures / "islamtimes" / "en_article_2024_seed.txt").read_bytes()
    fixtures = text_fixtures(args.fixtures)
    parse(seed)  # imports and compiled patterns are start-up, not throughput
    check_variants_read_alike([seed, *fixtures])
    print(
        f"newsclean.parse ({describe_build()}), one process, best of {args.repeats};"
        " every dump distinct (see --help)"
    )
    report("seed (3.5 KB)", rounds_of([seed], args.dumps, args.repeats))
    per_fixture = max(1, args.dumps // max(1, len(fixtures)))
    report(f"all {len(fixtures)} text fixtures", rounds_of(fixtures, per_fixture, args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
