"""``newsclean check FIXTURES_DIR``: compare every dump with its expected JSON."""

from __future__ import annotations

import argparse

from newsclean.testing import check_fixture, find_fixtures, update_fixture


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check golden fixtures: parse each dump and diff it against its expected JSON",
        description="Parse every dump under DIR that has an expected JSON beside it (story.txt → "
        "story.json) and print a field-by-field diff of each mismatch. Exits 1 on any mismatch. "
        "With --update, (re)write the expected JSON of every dump under DIR instead.",
    )
    parser.add_argument("directory", metavar="DIR")
    parser.add_argument(
        "--update", action="store_true", help="rewrite expected JSONs from the parser's output"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print mismatches only")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.update:
        dumps = find_fixtures(args.directory, with_expected_only=False)
        changed = [dump for dump in dumps if update_fixture(dump)]
        for dump in changed:
            print(f"updated {dump}")
        print(f"{len(dumps)} fixtures, {len(changed)} expected JSON(s) rewritten")
        return 0
    dumps = find_fixtures(args.directory)
    if not dumps:
        print(f"no fixtures (dumps with an expected JSON) under {args.directory}")
        return 1
    failures = 0
    for dump in dumps:
        result = check_fixture(dump)
        if not result.ok:
            failures += 1
            print(result.report())
        elif not args.quiet:
            print(result.report())
    print(f"{len(dumps)} fixtures: {len(dumps) - failures} ok, {failures} differ")
    return 1 if failures else 0
