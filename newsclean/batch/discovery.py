"""Finding the dumps under a folder: a sorted, streaming walk that counts what it skips.

Files come out in path order (each directory's entries sorted by name, depth first), which
is the order of the output, so runs are deterministic and a resumed run can tell what is
done by walking its earlier output alongside. Only one directory listing is held at a time.
"""

from __future__ import annotations

import fnmatch
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

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

    def __post_init__(self) -> None:
        if not Path(self.root).is_dir():
            raise NotADirectoryError(f"not a directory: {self.root}")

    def __iter__(self) -> Iterator[str]:
        """Paths of the dumps (``root`` joined with their relative path), in path order.

        ``skipped`` is reset and recounted by each full iteration.
        """
        self.skipped = Counter()
        yield from self._walk(self.root, "")

    def relative(self, path: str) -> str:
        return os.path.relpath(path, self.root)

    def _walk(self, directory: str, relative: str) -> Iterator[str]:
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
                yield entry.path
            else:
                self.skipped[SKIPPED_NOT_MATCHING if self.glob else SKIPPED_NOT_A_DUMP] += 1

    def _selects(self, name: str, relative: str) -> bool:
        if self.glob is None:
            return is_dump_name(name)
        target = relative if "/" in self.glob else name
        return fnmatch.fnmatchcase(target, self.glob)
