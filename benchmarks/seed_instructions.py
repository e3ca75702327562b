#!/usr/bin/env python3
"""Machine instructions per seed dump, counted by valgrind: a speed figure that load does not move.

Usage (from the repository root, with valgrind on PATH):
    python benchmarks/seed_instructions.py                 # this checkout
    python benchmarks/seed_instructions.py --ref 6d69053   # and a commit, with the ratio

Wall-clock figures (`text_dumps.py`) swing by 20 % and more when other work shares the
machine; an instruction count does not swing at all, so two versions of the code can be
compared to a per cent while anything else runs. Each version parses the same distinct
variants of the seed dump (`text_dumps.variants`, taken from this checkout for both) in a
child Python under ``valgrind --tool=cachegrind``; a second child that parses none gives the
start-up cost to subtract. A commit given with ``--ref`` is checked out in a temporary git
worktree and imported from there. Instructions are not time (a cache miss costs more than
an add), but the text path is Python code whose time follows its instruction count.
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
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(tree: Path, count: int) -> int:
    """Instructions valgrind counts for a child that imports newsclean from ``tree`` and
    parses ``count`` seed variants."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
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
    found = _REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_dump(tree: Path, dumps: int) -> float:
    return (instructions(tree, dumps) - instructions(tree, 0)) / dumps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="a commit to count as well, for the ratio")
    parser.add_argument("--dumps", type=int, default=300, help="seed variants per count")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not on PATH: nothing counted", file=sys.stderr)
        return 2
    here = per_dump(REPO, args.dumps)
    print(f"this checkout        {here / 1e6:6.3f} M instructions per seed dump")
    if args.ref:
        with tempfile.TemporaryDirectory() as folder:
            tree = Path(folder) / "ref"
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), args.ref],
                check=True,
                capture_output=True,
            )
            try:
                there = per_dump(tree, args.dumps)
            finally:
                subprocess.run(
                    ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
                    check=False,
                    capture_output=True,
                )
        print(f"{args.ref[:12]:20} {there / 1e6:6.3f} M instructions per seed dump")
        print(f"ratio                {here / there:6.3f} (this checkout / {args.ref[:12]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
