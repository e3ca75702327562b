"""Dumps and misbehaving per-file tasks for the batch tests (imported by worker processes too)."""

from __future__ import annotations

import gzip
import os
import signal
import time
from pathlib import Path

from newsclean.batch import FileResult, FileSettings, clean_file

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "fixtures" / "islamtimes" / "en_article_2024_seed.txt"
SEED_CODE = "1148653"
SEED_HEADLINE = "Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties"


def variant_text(number: int) -> str:
    """The seed dump as a different story: its own code, headline and first paragraph."""
    text = SEED.read_text(encoding="utf-8")
    headline = f"Variant {number}: {SEED_HEADLINE}"
    text = text.replace(SEED_CODE, str(2000000 + number))
    # The headline is printed twice in the header; the sidebar's copies stay as they are.
    text = text.replace(SEED_HEADLINE, headline, 2)
    return text.replace(
        "According to the news agency,", f"According to the news agency (report {number}),", 1
    )


def write_variants(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"story_{number:04d}.txt"
        path.write_text(variant_text(number), encoding="utf-8")
        paths.append(path)
    return paths


def write_gzip(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data))
    return path


# Tasks injected in place of clean_file: module-level so forkserver workers can import them.
# Each misbehaves on files whose name says so and parses every other file normally.


def misbehaving_task(path: str, settings: FileSettings) -> FileResult:
    name = Path(path).name
    if name.startswith("hang"):
        while True:  # a parser stuck in a loop: only a kill ends it
            time.sleep(0.05)
    if name.startswith("crash"):
        os._exit(3)  # the worker dies without a word
    if name.startswith("oomkill"):
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does
    if name.startswith("memhog"):
        hog = bytearray(8 * 1024**3)  # over the worker's address-space cap: MemoryError
        del hog
    return clean_file(path, settings)


def daily_example_text(number: int) -> str:
    """A text dump from a site no profile knows, with its own menu and footer furniture."""
    return "\n".join(
        [
            "Daily Example",
            "World Desk",
            "Live TV",
            "Our Newsletters",
            f"Council Approves New Budget for District {number}",
            f"12 March 2024 09:{number % 60:02d}",
            f"The city council approved a new budget for district {number} on Tuesday after a long"
            " debate that ran well into the night and ended with a narrow vote.",
            f"Residents of district {number} will see new bus lines and a renovated library next"
            " year, paid for by savings elsewhere in the city's accounts.",
            f"The mayor said plan {number} balances spending and savings.",
            "Follow us on Telegram",
            "© 2024 Daily Example Media Group",
            "Most Read",
            "Harbour Bridge Reopens After Repairs",
            "Harbour Bridge Reopens After Repairs",
            "12 March 2024",
            "Schools Extend Spring Holidays",
            "Schools Extend Spring Holidays",
        ]
    )
