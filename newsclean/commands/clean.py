"""``newsclean clean INPUT -o OUT.jsonl``: clean a folder of dumps, a WARC, or a JSON Lines export.

Argument parsing and printing only; the batch machinery lives in `newsclean.batch`.
"""

from __future__ import annotations

import argparse
import json
import sys

from newsclean.batch.job import NothingToResume, ResumeMismatch, run_job
from newsclean.batch.journal import OutputExists, default_errors_path
from newsclean.batch.run import ENGINES, BatchOptions
from newsclean.batch.writers import FORMATS
from newsclean.limits import DEFAULT_MAX_BYTES
from newsclean.profiles import profile_names
from newsclean.sources.jsonl import is_jsonl_name

EXIT_ALL_RECORDS = 0
EXIT_SOME_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # the shell's code for Ctrl-C

_EPILOG = """\
Every dump ends as exactly one line: a record in OUTPUT (with source.path) or an error
entry {"path", "reason", "message"} in the errors file. Output is in path order. While the
job runs it writes OUTPUT.part and ERRORS.part; the final names appear when it is done, so
readers never see a half-written line. A job that was killed (even with kill -9) is
finished by running the same command with --resume.

WARC archives (.warc, .warc.gz, given alone or found in the folder) are read as streams:
every HTTP 200 response with an HTML or text payload becomes one record (source gains
warc_offset, warc_record_id, target_uri, fetched) or one error entry (with "offset");
requests, metadata, revisits, non-HTML payloads and non-200 responses are counted in the
summary. JSON Lines exports (.jsonl, .ndjson, optionally .gz) are read when --jsonl-field
names the field holding each page; a bad line is an error entry with its "line".

exit status: 0 every dump became a record; 1 some became errors; 2 bad usage;
130 interrupted (Ctrl-C: resumable).

examples:
  newsclean clean dumps/ -o articles.jsonl
  newsclean clean dumps/ -o articles.parquet --format parquet --dedup
  newsclean clean dumps/ -o articles.jsonl --resume
  newsclean clean dumps/ -o articles.jsonl --articles-only   # no index or error pages
  newsclean clean /shared/dumps -o articles.jsonl --engine dask --scheduler tcp://host:8786
  newsclean clean crawl.warc.gz -o articles.parquet
  newsclean clean crawls/ -o articles.jsonl --resume      # a folder of WARC files
  newsclean clean export.jsonl -o articles.jsonl --jsonl-field html --url-field url
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "clean",
        help="clean a folder of dumps, WARC archives or JSON Lines exports into one dataset",
        description="Parse every dump (.txt/.html/.htm, optionally .gz) and every page of "
        "the WARC archives (.warc/.warc.gz) under INPUT_DIR, recursively (or the one file "
        "INPUT_DIR names), in a pool of worker processes, and write one record per dump.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "input_dir",
        metavar="INPUT_DIR",
        help="folder of dumps, WARCs and exports (walked recursively), or one such file",
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="records file")
    parser.add_argument(
        "--errors",
        metavar="ERR.jsonl",
        help="error entries file (default: OUT's name with .errors.jsonl, beside it)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, help="output format (default: from OUT's suffix, else jsonl)"
    )
    parser.add_argument(
        "--workers", type=int, default=0, metavar="N", help="worker processes (default: all cores)"
    )
    parser.add_argument(
        "--glob",
        metavar="PATTERN",
        help="select files by name ('*.txt') or by relative path when it has a '/' "
        "(default: dump suffixes)",
    )
    parser.add_argument("--site", choices=profile_names(), help="force a site profile")
    parser.add_argument(
        "--dedup",
        action="store_true",
        help="mark records repeating a story (same site + story code, or same body) "
        "with duplicate_of",
    )
    parser.add_argument(
        "--articles-only",
        action="store_true",
        help="leave records of pages that are not one article (index, tag, error pages: "
        "page_type index/other) out of the output; the summary counts them",
    )
    parser.add_argument(
        "--no-template",
        dest="learn_template",
        action="store_false",
        help="do not learn and drop lines that recur across a site's text dumps",
    )
    parser.add_argument(
        "--jsonl-field",
        metavar="FIELD",
        help="read .jsonl/.ndjson exports: one page per line, its HTML or text under FIELD "
        "(e.g. html, body, content, text)",
    )
    parser.add_argument(
        "--url-field",
        default="url",
        metavar="FIELD",
        help="with --jsonl-field: the field holding the page's address (default: url)",
    )
    parser.add_argument("--resume", action="store_true", help="finish a job that was interrupted")
    parser.add_argument(
        "--overwrite", action="store_true", help="replace the output of an earlier job"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="per-file time limit; a file over it becomes a 'timeout' error (default: 60)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse dumps larger than N bytes, gunzipped or not (default: {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--engine", choices=ENGINES, default="local", help="where files are parsed (default: local)"
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address for --engine dask"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    parser.add_argument(
        "--report-json", metavar="FILE", help="also write the summary as JSON to FILE"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or _format_from_suffix(args.output)
    if args.engine == "dask" and not args.scheduler:
        return _usage("--engine dask needs --scheduler ADDRESS")
    if is_jsonl_name(args.input_dir) and not args.jsonl_field:
        return _usage("a JSON Lines export needs --jsonl-field FIELD (the field holding each page)")
    if args.workers < 0 or args.timeout <= 0 or args.max_bytes <= 0:
        return _usage("--workers must be >= 0, --timeout and --max-bytes > 0")
    options = BatchOptions(
        workers=args.workers,
        glob=args.glob,
        site=args.site,
        dedup=args.dedup,
        learn_template=args.learn_template,
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=not args.quiet,
        jsonl_field=args.jsonl_field,
        url_field=args.url_field or None,
        articles_only=args.articles_only,
    )
    errors = args.errors or default_errors_path(args.output)
    try:
        report = run_job(
            args.input_dir,
            args.output,
            errors,
            fmt=fmt,
            options=options,
            resume=args.resume,
            overwrite=args.overwrite,
        )
    except (OutputExists, ResumeMismatch, NotADirectoryError) as exc:
        return _usage(str(exc))
    except NothingToResume as exc:
        print(f"newsclean clean: {exc}", file=sys.stderr)
        return EXIT_ALL_RECORDS
    except KeyboardInterrupt:
        print(
            "\nnewsclean clean: interrupted; what was written is kept: "
            "run the same command with --resume to finish",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(report.summary(), file=sys.stderr)
        print(f"records: {args.output}\nerrors:  {errors}", file=sys.stderr)
    if args.report_json:
        with open(args.report_json, "w", encoding="utf-8") as handle:
            json.dump(report.to_dict(), handle, indent=2)
    return EXIT_SOME_ERRORS if report.error_count else EXIT_ALL_RECORDS


def _format_from_suffix(output: str) -> str:
    suffix = output.rsplit(".", 1)[-1].lower() if "." in output else ""
    return suffix if suffix in FORMATS else "jsonl"


def _usage(message: str) -> int:
    print(f"newsclean clean: error: {message}", file=sys.stderr)
    return EXIT_USAGE
