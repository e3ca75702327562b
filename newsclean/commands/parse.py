"""``newsclean parse FILE...``: print each dump's record as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from newsclean.errors import ParseError
from newsclean.pipeline import parse_file
from newsclean.profiles import profile_names


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="parse dump files and print their records as JSON",
        description="Parse each FILE (text or HTML dump, optionally gzip'd) and print its record. "
        "One file prints an indented JSON object; several print one JSON line each. "
        "Files that are not article dumps print an error entry on stderr.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--site", choices=profile_names(), help="force a site profile")
    parser.add_argument(
        "--jsonl", action="store_true", help="one JSON line per record, even for one file"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    failed = 0
    one_pretty = len(args.files) == 1 and not args.jsonl
    for path in args.files:
        try:
            article = parse_file(path, site=args.site)
        except ParseError as error:
            failed += 1
            print(json.dumps(error.to_dict(), ensure_ascii=False), file=sys.stderr)
            continue
        print(article.model_dump_json(indent=2 if one_pretty else None))
    return 1 if failed else 0
