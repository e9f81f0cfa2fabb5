"""Run one function over many items on every core, when there are enough items to pay.

Workers are forked after the site is built, so they share it instead of receiving it:
only the small work items and results cross between processes.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from .errors import CommandError

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more than it saves (forking, pickling results).
MIN_ITEMS = 400
CHUNK = 64
# Chunks one set of workers runs before fresh ones are forked. A forked worker shares the
# parent's memory until it touches an object (a reference count is a write), which copies the
# page: a worker that lives for a whole large build ends up with its own copy of the model. Fresh
# workers every ROUND chunks bound that copy to what one round touches.
ROUND = 1000

_shared: Any = None  # what the function needs; inherited by the forked workers


def workers() -> int:
    """Cores this process may use (SITEGEN_JOBS overrides, e.g. 1 for profiling)."""
    wanted = os.environ.get("SITEGEN_JOBS")
    if wanted and wanted.isdigit():
        return max(1, int(wanted))
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover (not Linux)
        return os.cpu_count() or 1


def run(fn: Callable[[Any, list[T]], list[R]], shared: Any, items: Sequence[T]) -> Iterator[list[R]]:
    """Yield fn(shared, chunk) for chunks of items, in any order, using every core when it pays."""
    global _shared
    chunks = [list(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]
    jobs = workers()
    if jobs < 2 or len(items) < MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        for chunk in chunks:
            yield fn(shared, chunk)
        return
    _shared = shared
    try:
        for start in range(0, len(chunks), ROUND):
            yield from _round(fn, chunks[start : start + ROUND], jobs)
    finally:
        _shared = None


def _round(fn: Callable[[Any, list[T]], list[R]], chunks: list[list[T]], jobs: int) -> Iterator[list[R]]:
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    try:
        # An executor, not a multiprocessing.Pool: a worker killed by the system (out of
        # memory) breaks it, where a Pool would wait for the lost chunk for ever.
        pending = {pool.submit(_call, (fn, chunk)) for chunk in chunks}
        for future in as_completed(pending):
            pending.discard(future)  # its result is dropped once handed over
            yield future.result()
        pool.shutdown(wait=True)  # the next round's workers start when these are gone
    except BrokenProcessPool:
        raise CommandError(
            "a worker process of the build was stopped (by the system when memory runs out, or "
            "by hand); nothing was written: build again, or with SITEGEN_JOBS=1 to use less memory",
            1,
        ) from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _call(args: tuple[Callable, list]) -> list:
    fn, chunk = args
    return fn(_shared, chunk)
