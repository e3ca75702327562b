"""A progress bar with rate and ETA on a terminal; nothing at all when output is piped."""

from __future__ import annotations

import sys
from typing import Protocol


class Progress(Protocol):
    def advance(self, count: int = 1) -> None: ...
    def close(self) -> None: ...


class _Silent:
    def advance(self, count: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


class _Bar:
    def __init__(self, total: int | None, initial: int) -> None:
        from tqdm import tqdm

        # No monitor thread: the pool restarts workers, and threads do not mix with forks.
        tqdm.monitor_interval = 0
        self._bar = tqdm(
            total=total, initial=initial, unit="file", dynamic_ncols=True, smoothing=0.1
        )

    def advance(self, count: int = 1) -> None:
        self._bar.update(count)

    def close(self) -> None:
        self._bar.close()


def progress_shown() -> bool:
    """True when a bar would be drawn: stderr is a terminal and tqdm is installed."""
    if not sys.stderr.isatty():
        return False
    try:
        import tqdm  # noqa: F401
    except ImportError:
        return False
    return True


def progress_bar(total: int | None, *, initial: int = 0, enabled: bool = True) -> Progress:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed, else a silent one."""
    if not enabled or not progress_shown():
        return _Silent()
    try:
        return _Bar(total, initial)
    except ImportError:
        return _Silent()
