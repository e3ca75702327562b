#!/usr/bin/env python3
"""Machine instructions per seed dump, counted by valgrind: a speed figure that load does not move.

Usage (from the repository root, with valgrind on PATH):
    python benchmarks/seed_instructions.py                 # this checkout
    python benchmarks/seed_instructions.py --ref 6d69053   # and a commit, with the ratio
    python benchmarks/seed_instructions.py --ref 6d69053 --misses   # and a modelled cycle count

Wall-clock figures (`text_dumps.py`) swing by 20 % and more when other work shares the
machine; an instruction count does not swing at all, so two versions of the code can be
compared to a per cent while anything else runs. Each version parses the same distinct
variants of the seed dump (`text_dumps.variants`, taken from this checkout for both) in a
child Python under ``valgrind --tool=cachegrind``; a second child that parses none gives the
start-up cost to subtract. A commit given with ``--ref`` is checked out in a temporary git
worktree and imported from there. Instructions are not time (a cache miss costs more than
an add). ``--misses`` also simulates caches and branch prediction and prints a modelled
cycle count: on 2026-12-08 the seed ran 0.98x 6d69053's instructions but 1.10x its wall time,
and the model showed why: 20 % more mispredicted branches (the interpreter's indirect jumps,
which many small steps in C or Python mispredict) and 20 % more instruction-cache misses; it
gave 1.04x.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "fixtures" / "islamtimes" / "en_article_2024_seed.txt"

# Run in the child: parse `count` distinct seed variants with the newsclean on sys.path.
# (newsclean first: text_dumps.py puts its own checkout on sys.path when it loads.)
_CHILD = """
import importlib.util, sys
from newsclean import parse
spec = importlib.util.spec_from_file_location("text_dumps", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
seed = open(sys.argv[2], "rb").read()
parse(seed)
count = int(sys.argv[3])
for dump in module.variants(seed, max(count, 1))[:count]:
    parse(dump)
"""
_COUNTS = {
    "instructions": re.compile(r"I\s+refs:\s+([\d,]+)"),
    "i1_misses": re.compile(r"I1\s+misses:\s+([\d,]+)"),
    "d1_misses": re.compile(r"D1\s+misses:\s+([\d,]+)"),
    "ll_misses": re.compile(r"LL misses:\s+([\d,]+)"),
    "mispredicts": re.compile(r"Mispredicts:\s+([\d,]+)"),
}
# A rough cost model for --misses, in cycles: an instruction 1, an L1 miss ~10, a last-level
# miss ~100, a mispredicted branch ~15. Not a time either, but it sees what the instruction
# count misses: the interpreter's indirect branches, which more, smaller steps mispredict.
_CYCLE_WEIGHTS = {
    "instructions": 1,
    "i1_misses": 10,
    "d1_misses": 10,
    "ll_misses": 100,
    "mispredicts": 15,
}


def counts(tree: Path, count: int, *, misses: bool) -> dict[str, int]:
    """What valgrind counts for a child that imports newsclean from ``tree`` and parses
    ``count`` seed variants: instructions, and with ``misses`` cache misses and mispredicted
    branches (simulated: about twice as slow to run)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    simulate = "yes" if misses else "no"
    command = [
        "valgrind",
        "--tool=cachegrind",
        f"--cache-sim={simulate}",
        f"--branch-sim={simulate}",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        "-c",
        _CHILD,
        str(REPO / "benchmarks" / "text_dumps.py"),
        str(SEED),
        str(count),
    ]
    # Run from the tree: `python -c` puts the working directory first on sys.path.
    done = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=True)
    found = {}
    for name, pattern in _COUNTS.items():
        match = pattern.search(done.stderr)
        if match is not None:
            found[name] = int(match.group(1).replace(",", ""))
    if "instructions" not in found:
        raise RuntimeError(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return found


def per_dump(tree: Path, dumps: int, *, misses: bool = False) -> dict[str, float]:
    parsed = counts(tree, dumps, misses=misses)
    start_up = counts(tree, 0, misses=misses)
    figures = {name: (parsed[name] - start_up[name]) / dumps for name in parsed}
    if misses:
        figures["cycles"] = sum(_CYCLE_WEIGHTS[name] * figures[name] for name in _CYCLE_WEIGHTS)
    return figures


def _report(label: str, figures: dict[str, float]) -> None:
    print(f"{label:20} {figures['instructions'] / 1e6:6.3f} M instructions per seed dump")
    if "cycles" in figures:
        print(
            f"{'':20} {figures['cycles'] / 1e6:6.3f} M cycles (model): "
            f"{figures['mispredicts'] / 1e3:.1f} K mispredicted branches, "
            f"{figures['i1_misses'] / 1e3:.1f} K I1 and {figures['d1_misses'] / 1e3:.1f} K D1 "
            f"misses, {figures['ll_misses'] / 1e3:.2f} K LL misses"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="a commit to count as well, for the ratio")
    parser.add_argument("--dumps", type=int, default=300, help="seed variants per count")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="simulate caches and branch prediction too, and print a modelled cycle count",
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not on PATH: nothing counted", file=sys.stderr)
        return 2
    here = per_dump(REPO, args.dumps, misses=args.misses)
    _report("this checkout", here)
    if args.ref:
        with tempfile.TemporaryDirectory() as folder:
            tree = Path(folder) / "ref"
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), args.ref],
                check=True,
                capture_output=True,
            )
            try:
                there = per_dump(tree, args.dumps, misses=args.misses)
            finally:
                subprocess.run(
                    ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
                    check=False,
                    capture_output=True,
                )
        _report(args.ref[:12], there)
        ratio = here["instructions"] / there["instructions"]
        print(f"ratio                {ratio:6.3f} (this checkout / {args.ref[:12]})")
        if args.misses:
            cycles = here["cycles"] / there["cycles"]
            print(
                f"cycle ratio          {cycles:6.3f} (modelled: nearer wall time than the instruction ratio)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
