"""Run one function over many items on every core, when there are enough items to pay.

Workers are forked after the site is built, so they share it instead of receiving it:
only the small work items and results cross between processes.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import signal
import struct
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
        if len(chunks) > ROUND and _libc_prctl is not None:  # without prctl a zygote could outlive us
            yield from _from_zygote(fn, chunks, jobs)
        else:
            yield from _round(fn, chunks, jobs, _call)
    finally:
        _shared = None


def _round(
    fn: Callable, chunks: list[list], jobs: int, call: Callable, zygote: tuple[int, int] | None = None
) -> Iterator:
    """call((fn, chunk)) for every chunk, on `jobs` workers forked now; results as they come.
    `zygote` (its pid and its pipe to the parent) when the workers are the zygote's."""
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_zygote_worker if zygote else None,
        initargs=zygote or (),
    )
    try:
        # An executor, not a multiprocessing.Pool: a worker killed by the system (out of
        # memory) breaks it, where a Pool would wait for the lost chunk for ever.
        pending = {pool.submit(call, (fn, chunk)) for chunk in chunks}
        for future in as_completed(pending):
            pending.discard(future)  # its result is dropped once handed over
            yield future.result()
        pool.shutdown(wait=True)  # the next round's workers start when these are gone
    except BrokenProcessPool:
        raise CommandError(STOPPED, 1) from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


STOPPED = (
    "a worker process of the build was stopped (by the system when memory runs out, or by hand); "
    "nothing was written: build again, or with SITEGEN_JOBS=1 to use less memory"
)


def _call(args: tuple[Callable, list]) -> list:
    fn, chunk = args
    return fn(_shared, chunk)


def _call_pickled(args: tuple[Callable, list]) -> bytes:
    # Pickled here, unpickled only by the parent: the zygote passes the bytes on as they are.
    return pickle.dumps(_call(args), pickle.HIGHEST_PROTOCOL)


# ------------------------------------------------------------------ rounds forked by a zygote

_HEAD = struct.Struct("<cQ")  # a message to the parent: its kind and its length


def _from_zygote(fn: Callable, chunks: list[list], jobs: int) -> Iterator:
    """Every round's workers forked by one child (the zygote) forked now, which passes their
    results on. Forked by the parent, each round's workers would copy the parent as the
    results of the earlier rounds have grown it (by 200 MB at 100,000 articles); forked by
    the zygote, they copy it as it was before the first round."""
    read, write = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        _zygote(fn, chunks, jobs, write, parent)
    os.close(write)
    done = False
    try:
        with os.fdopen(read, "rb") as pipe:
            while not done:
                head = pipe.read(_HEAD.size)
                if len(head) < _HEAD.size:
                    break  # the zygote is gone without a word (killed)
                kind, size = _HEAD.unpack(head)
                payload = pipe.read(size)
                if kind == b"r":
                    yield pickle.loads(payload)
                elif kind == b"e":
                    raise pickle.loads(payload)
                else:
                    done = True
    finally:
        if not done:  # its workers die with it (_set_death_signal)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if not done:
        raise CommandError(STOPPED, 1)


def _zygote(fn: Callable, chunks: list[list], jobs: int, write: int, parent: int) -> None:
    """The zygote's whole life: run the rounds, send each result, then "done" or the error."""
    status = 0
    try:
        _set_death_signal(parent)
        zygote = (os.getpid(), write)
        with os.fdopen(write, "wb") as pipe:
            try:
                for start in range(0, len(chunks), ROUND):
                    for packed in _round(fn, chunks[start : start + ROUND], jobs, _call_pickled, zygote):
                        pipe.write(_HEAD.pack(b"r", len(packed)) + packed)
                        pipe.flush()
                message = (b"d", b"")
            except Exception as err:  # the parent raises it as its own
                message = (b"e", _pickled(err))
                status = 1
            pipe.write(_HEAD.pack(message[0], len(message[1])) + message[1])
    except BaseException:  # the parent is gone, or stopped reading: nobody to tell
        status = 1
    finally:
        os._exit(status)  # never the parent's exit handlers, nor its buffered output


def _pickled(err: Exception) -> bytes:
    try:
        return pickle.dumps(err, pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle: its type and message
        return pickle.dumps(RuntimeError(f"{type(err).__name__}: {err}"), pickle.HIGHEST_PROTOCOL)


def _prctl() -> Callable | None:
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # not Linux: no zygote, rounds are forked by the parent
        return None


_PR_SET_PDEATHSIG = 1
_libc_prctl = _prctl()


def _set_death_signal(parent: int) -> None:
    """Be killed when `parent` dies (killed, or stopped reading): a zygote or worker must never
    outlive the build and write into output/ while the next build runs."""
    _libc_prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the signal was asked for
        os._exit(1)


def _zygote_worker(zygote: int, pipe: int) -> None:
    """A worker of the zygote dies with it, and lets go of its pipe to the parent (which then
    sees the end of it as soon as the zygote is gone)."""
    _set_death_signal(zygote)
    os.close(pipe)
