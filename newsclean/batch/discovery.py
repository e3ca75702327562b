"""Finding the dumps under a folder: a sorted, streaming walk that counts what it skips.

Files come out in path order (each directory's entries sorted by name, depth first), which
is the order of the output, so runs are deterministic and a resumed run can tell what is
done by walking its earlier output alongside. Only one directory listing is held at a time.

A WARC archive (``.warc``, ``.warc.gz``) yields a `Locator` per page record, in offset
order, and counts its other records in ``skipped``; with ``jsonl_field`` set, a JSON Lines
export yields a `Locator` per line. The input may also be a single file.
"""

from __future__ import annotations

import fnmatch
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.sources.jsonl import is_jsonl_name
from newsclean.sources.locator import Item, sort_key
from newsclean.sources.warc import is_warc_name

DUMP_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
SKIPPED_HIDDEN = "hidden"
SKIPPED_NOT_A_DUMP = "not_a_dump"
SKIPPED_NOT_MATCHING = "not_matching_glob"
SKIPPED_UNREADABLE_DIR = "unreadable_directory"


def is_dump_name(name: str) -> bool:
    """True for the names of page dumps: ``.txt``, ``.html`` and kin, optionally ``.gz``."""
    return name.lower().removesuffix(".gz").endswith(DUMP_SUFFIXES)


def path_key(relative: str) -> tuple[str, ...]:
    """The sort key of a path relative to the input folder: the walk's order."""
    return tuple(relative.replace(os.sep, "/").split("/"))


def is_input_name(name: str, *, jsonl: bool) -> bool:
    """Dump files, WARC archives, and (when a page field is named) JSON Lines exports."""
    return is_dump_name(name) or is_warc_name(name) or (jsonl and is_jsonl_name(name))


@dataclass
class Discovery:
    """A walk over ``root``'s dumps. Iterate it (again and again) for their paths.

    ``glob`` selects files by name (``*.txt``) or, when it holds a ``/``, by path relative
    to ``root`` (``en/*/*.txt``); without it, dump suffixes select. Hidden files and folders
    (name starting with ``.``) are never entered; a hidden folder counts as one skip.
    """

    root: str
    glob: str | None = None
    skipped: Counter[str] = field(default_factory=Counter)
    jsonl_field: str | None = None  # JSON Lines exports are read only when it is set
    _containers: bool = field(default=True, repr=False)  # False: yield archives unopened

    def __post_init__(self) -> None:
        if Path(self.root).is_file():
            return
        if not Path(self.root).is_dir():
            raise NotADirectoryError(f"not a directory or input file: {self.root}")

    def __iter__(self) -> Iterator[Item]:
        """The dumps (paths, ``root`` joined with their relative path; locators of records
        inside archives and exports), in path order.

        ``skipped`` is reset and recounted by each full iteration.
        """
        self.skipped = Counter()
        if Path(self.root).is_file():
            yield from self._expand(self.root)
            return
        yield from self._walk(self.root, "")

    def files(self) -> Iterator[str]:
        """Only the plain dump files (archives and exports are not opened): what template
        learning samples. Does not touch ``skipped``."""
        skipped = self.skipped
        self._containers = False
        try:
            for item in self:
                if isinstance(item, str) and is_dump_name(os.path.basename(item)):
                    yield item
        finally:
            self._containers = True
            self.skipped = skipped

    def relative(self, path: str) -> str:
        return os.path.relpath(path, self.root)

    def key(self, item: Item) -> tuple[str | int, ...]:
        """The sort key of an item, the same the journal gives its line (`sort_key`)."""
        if isinstance(item, str):
            return sort_key(self.relative(item), None)
        return sort_key(self.relative(item.path), item.position)

    def _expand(self, path: str) -> Iterator[Item]:
        name = os.path.basename(path)
        if not self._containers:
            yield path
        elif is_warc_name(name):
            from newsclean.sources.warc import list_records

            yield from list_records(path, self.skipped)
        elif self.jsonl_field and is_jsonl_name(name):
            from newsclean.sources.jsonl import list_lines

            yield from list_lines(path)
        else:
            yield path

    def _walk(self, directory: str, relative: str) -> Iterator[Item]:
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            self.skipped[SKIPPED_UNREADABLE_DIR] += 1
            return
        for entry in entries:
            name = entry.name
            entry_relative = f"{relative}/{name}" if relative else name
            if name.startswith("."):
                self.skipped[SKIPPED_HIDDEN] += 1
                continue
            try:
                # Symlinked folders are not followed: they can loop.
                is_dir = entry.is_dir(follow_symlinks=False)
                is_file = not is_dir and entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                yield from self._walk(entry.path, entry_relative)
            elif not is_file:
                self.skipped[SKIPPED_NOT_A_DUMP] += 1
            elif self._selects(name, entry_relative):
                yield from self._expand(entry.path)
            else:
                self.skipped[SKIPPED_NOT_MATCHING if self.glob else SKIPPED_NOT_A_DUMP] += 1

    def _selects(self, name: str, relative: str) -> bool:
        if self.glob is None:
            return is_input_name(name, jsonl=self.jsonl_field is not None)
        target = relative if "/" in self.glob else name
        return fnmatch.fnmatchcase(target, self.glob)
