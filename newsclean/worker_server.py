"""The process that batch workers are forked from, started as early as a run allows.

Workers start from a forkserver: a clean, single-threaded process that imports newsclean
once (about a fifth of a second) and forks a worker per request, so (re)starting one is
cheap and never forks a threaded parent. This module imports nothing but multiprocessing,
so the command line can start that server before it imports the parser itself: the two
imports then run side by side on two cores instead of one after the other.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context

# What the server imports before its first fork: the per-file function and the parser.
PRELOAD = ["newsclean.batch.worker"]


def worker_context() -> (
    multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext
):
    """The multiprocessing context batch workers start from (spawn where no forkserver)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def start_worker_server() -> None:
    """Start the forkserver now rather than at the first worker (no-op without one)."""
    if isinstance(worker_context(), multiprocessing.context.ForkServerContext):
        from multiprocessing import forkserver

        forkserver.ensure_running()
