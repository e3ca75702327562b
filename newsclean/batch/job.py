"""A batch job that writes files: a `BatchRun` streamed into a crash-safe `Journal`.

This is what ``newsclean clean`` runs; it owns the rules about existing output (refuse,
``resume``, ``overwrite``) and keeps the settings that shape records (format, site, glob,
dedup, learned template lines) fixed across resumes by storing them with the job.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from newsclean.batch.journal import Journal, OutputPaths
from newsclean.batch.report import BatchReport
from newsclean.batch.run import BatchOptions, BatchRun

# Options stored with a job: a resumed job must make the same records as the first run.
_STORED_OPTIONS = ("glob", "site", "dedup", "jsonl_field", "url_field", "articles_only")


class NothingToResume(Exception):
    """``resume`` on a job whose output is already complete."""


class ResumeMismatch(Exception):
    """``resume`` of a job over another input folder (its paths would not match)."""


def run_job(
    input_dir: str,
    output: str | Path,
    errors: str | Path,
    *,
    fmt: str = "jsonl",
    options: BatchOptions | None = None,
    resume: bool = False,
    overwrite: bool = False,
) -> BatchReport:
    """Clean ``input_dir`` (a folder, or one WARC / JSON Lines / dump file) into ``output``
    (+ ``errors``); raises `OutputExists`,
    `NothingToResume`, `ResumeMismatch`, or `NotADirectoryError` for a bad input."""
    options = options or BatchOptions()
    paths = OutputPaths(output, errors)
    journal = Journal(paths, fmt)
    state = journal.resume() if resume else None
    if state is None and resume and paths.output.exists():
        raise NothingToResume(f"{paths.output} is complete; nothing to resume")
    template: dict[str, frozenset[str]] | None = None
    if state is not None:
        if state["input"] != os.path.abspath(input_dir):
            journal.close()
            raise ResumeMismatch(
                f"{paths.output} belongs to a job over {state['input']}, not {input_dir}; "
                "resume with the same INPUT_DIR from the same directory"
            )
        stored = {name: state[name] for name in _STORED_OPTIONS if name in state}
        options = replace(options, **stored)
        template = {site: frozenset(lines) for site, lines in state["template_lines"].items()}
    run = BatchRun(input_dir, options, template=template)
    if state is None:
        journal.clear(overwrite=overwrite)
        learned = run.learn_template()
        journal.start(
            {
                "input": os.path.abspath(input_dir),
                "format": fmt,
                **{name: getattr(options, name) for name in _STORED_OPTIONS},
                "template_lines": {site: sorted(lines) for site, lines in learned.items()},
            }
        )
    else:
        if options.dedup:
            for line in journal.record_lines():
                run.report.duplicates += run.deduplicator.remember_line(line)
        run.done = journal.done_lookup(input_dir)
    try:
        for result in run:
            journal.write(result)
    except BaseException:
        journal.close()  # what is written stays resumable
        raise
    journal.finish()
    return run.report
