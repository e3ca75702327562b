"""Crash-safe output: JSONL journals written in path order, resumable after ``kill -9``.

While a job runs, records go to ``OUT.part`` and error entries to ``ERR.part``, and the job's
settings (including learned template lines) to ``OUT.state.json``. Readers never see a half
line: the final names appear only when the job is complete (a rename for JSONL, a
conversion for CSV/Parquet). A killed job leaves its journals; resuming cuts a partial last
line off each, then walks the journals alongside the (sorted) input: a file is done when
either journal holds it. Nothing is held in memory but the two journals' current lines.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsclean.batch.results import Done, FileResult
from newsclean.batch.writers import convert_jsonl
from newsclean.sources.locator import sort_key

STATE_VERSION = 1
Key = tuple[str | int, ...]  # `newsclean.sources.locator.sort_key`
_FLUSH_SECONDS = 1.0


class OutputExists(Exception):
    """The output of an earlier job is there and neither resume nor overwrite was asked for."""


class OutputPaths:
    def __init__(self, output: str | Path, errors: str | Path) -> None:
        self.output = Path(output)
        self.errors = Path(errors)
        self.output_part = self.output.with_name(self.output.name + ".part")
        self.errors_part = self.errors.with_name(self.errors.name + ".part")
        self.state = self.output.with_name(self.output.name + ".state.json")

    def existing(self) -> list[Path]:
        paths = (self.output, self.errors, self.output_part, self.errors_part, self.state)
        return [path for path in paths if path.exists()]


def default_errors_path(output: str | Path) -> Path:
    """``articles.jsonl`` → ``articles.errors.jsonl``, beside the output."""
    path = Path(output)
    return path.with_name(f"{path.stem}.errors.jsonl")


class Journal:
    """The two append-only journals of a job, and its state file."""

    def __init__(self, paths: OutputPaths, fmt: str) -> None:
        self.paths = paths
        self.format = fmt
        self._records: IO[str] | None = None
        self._errors: IO[str] | None = None
        self._flushed = time.monotonic()

    # -- starting -----------------------------------------------------------------------

    def clear(self, *, overwrite: bool) -> None:
        """Make way for a new job; refuse to replace an earlier one's files unless ``overwrite``."""
        existing = self.paths.existing()
        if existing and not overwrite:
            names = ", ".join(str(path) for path in existing)
            raise OutputExists(
                f"output already exists ({names}); use --resume to finish that job "
                "or --overwrite to start over"
            )
        for path in existing:
            path.unlink()

    def start(self, state: dict[str, Any]) -> None:
        """Begin a new job with ``state`` stored beside its journals."""
        for path in (self.paths.output, self.paths.errors):
            path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.paths.state, json.dumps({"version": STATE_VERSION, **state}))
        self._open("w")

    def resume(self) -> dict[str, Any] | None:
        """Reopen an unfinished job's journals; its state, or None when there is none."""
        paths = self.paths
        if not paths.state.exists():
            return None
        state = json.loads(paths.state.read_text(encoding="utf-8"))
        self.format = state.get("format", self.format)
        # A job killed while finishing may have renamed a journal to its final name already.
        if not paths.errors_part.exists() and paths.errors.exists():
            os.replace(paths.errors, paths.errors_part)
        if not paths.output_part.exists() and paths.output.exists() and self.format == "jsonl":
            os.replace(paths.output, paths.output_part)
        for path in (paths.output_part, paths.errors_part):
            path.touch()
            cut_partial_line(path)
        self._open("a")
        return state

    def _open(self, mode: str) -> None:
        # Held open for the whole job; close() and finish() close them.
        self._records = open(self.paths.output_part, mode, encoding="utf-8", newline="\n")  # noqa: SIM115
        self._errors = open(self.paths.errors_part, mode, encoding="utf-8", newline="\n")  # noqa: SIM115

    # -- running ------------------------------------------------------------------------

    def write(self, result: FileResult) -> None:
        target = self._errors if result.is_error else self._records
        assert target is not None, "journal is not open"
        target.write(result.line + "\n")
        now = time.monotonic()
        if now - self._flushed > _FLUSH_SECONDS:
            self.flush()
            self._flushed = now

    def flush(self) -> None:
        for handle in (self._records, self._errors):
            if handle is not None:
                handle.flush()

    def close(self) -> None:
        for handle in (self._records, self._errors):
            if handle is not None:
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
        self._records = self._errors = None

    def finish(self) -> None:
        """Close the journals and give them their final names (the job is complete)."""
        self.close()
        paths = self.paths
        # Errors first: a kill between the two steps leaves records still resumable, and
        # resume() moves a finished errors file back into place.
        if paths.errors_part.exists():
            os.replace(paths.errors_part, paths.errors)
        if paths.output_part.exists():
            if self.format == "jsonl":
                os.replace(paths.output_part, paths.output)
            else:
                tmp = paths.output.with_name(paths.output.name + ".tmp")
                convert_jsonl(paths.output_part, tmp, self.format)
                os.replace(tmp, paths.output)
                paths.output_part.unlink()
        paths.state.unlink(missing_ok=True)

    # -- what is done -------------------------------------------------------------------

    def done_lookup(self, root: str) -> DoneWalk:
        return DoneWalk(
            _journal_keys(self.paths.output_part, root, record=True),
            _journal_keys(self.paths.errors_part, root, record=False),
        )

    def record_lines(self) -> Iterator[str]:
        with open(self.paths.output_part, encoding="utf-8") as lines:
            yield from lines


class DoneWalk:
    """Answers "is this file done?" for keys asked in increasing order, in O(1) memory.

    Returns None for a file not done, else a `Done` with the error reason (None for a record).
    """

    def __init__(
        self,
        records: Iterator[tuple[Key, str | None]],
        errors: Iterator[tuple[Key, str | None]],
    ) -> None:
        self._streams = [records, errors]
        self._heads = [next(stream, None) for stream in self._streams]

    def __call__(self, key: Key) -> Done | None:
        """``key``: the item's `Discovery.key` (path parts, then its position in the file)."""
        for index, stream in enumerate(self._streams):
            head = self._heads[index]
            while head is not None and head[0] < key:
                head = next(stream, None)
            self._heads[index] = head
            if head is not None and head[0] == key:
                self._heads[index] = next(stream, None)
                return Done(head[1])
        return None


def _journal_keys(path: Path, root: str, *, record: bool) -> Iterator[tuple[Key, str | None]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            if record:
                found = entry.get("source") or {}
                reason = None
                # A record's place in its container: its JSON Lines line, else its WARC offset.
                position = found.get("line", found.get("warc_offset"))
            else:
                found, reason = entry, entry.get("reason")
                position = entry.get("line", entry.get("offset"))
            file_path = found.get("path")
            if file_path:
                yield sort_key(os.path.relpath(file_path, root), position), reason


def cut_partial_line(path: Path) -> int:
    """Truncate ``path`` after its last newline (a line cut by a kill); bytes removed."""
    with open(path, "r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        block = 65536
        while end > 0:
            start = max(0, end - block)
            handle.seek(start)
            chunk = handle.read(end - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        handle.truncate(keep)
        return size - keep


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
