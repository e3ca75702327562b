"""Command-line entry point: argument parsing only; each subcommand lives in `newsclean.commands`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module defines ``register(subparsers)``, which adds its subparser and sets
# ``func(args) -> int`` as the handler.
COMMAND_MODULES = (
    "newsclean.commands.parse",
    "newsclean.commands.check",
    "newsclean.commands.clean",
    "newsclean.commands.schema",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn raw scraped news page dumps (HTML or plain text) into clean article records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["clean"] and "dask" not in arguments:
        # Its workers' server imports the parser while this process does (see worker_server).
        from newsclean.worker_server import start_worker_server

        start_worker_server()
    parser = build_parser()
    args = parser.parse_args(arguments)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as Unix tools do.
        sys.stderr.close()
        return 0


def _version() -> str:
    from newsclean import __version__

    return __version__


if __name__ == "__main__":
    sys.exit(main())
