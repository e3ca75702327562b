"""``newsclean schema``: the JSON Schema of the `Article` record, for other tools."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of a record (Article), with field descriptions",
        description="Print the JSON Schema (draft 2020-12, as pydantic writes it) of the "
        "records `newsclean parse` and `newsclean clean` produce.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsclean.models import Article

    print(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))
    return 0
