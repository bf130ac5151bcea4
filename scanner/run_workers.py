"""The worker processes of one `scan`, `redact` or `gate` run (the daemon keeps its own across runs).

A worker that dies (killed, perhaps for lack of memory) breaks its pool: the pool is started again and
the work in flight done again, a few times per run. When no restart is left, the documents whose work
failed are reported as errors: never scanned in part, never passed on.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

from logscrub.scanner.chunk_scan import init_worker
from logscrub.scanner.records.scan_settings import ScanSettings

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)
MAX_RESTARTS = 3  # a pool that keeps dying has a cause restarting will not cure
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
# A worker makes millions of objects that die young (matches, detections, findings): at CPython's
# default of 700 its collector ran every few hundred of them, for 5-8 % of the engine's time on a dense
# log and on tickets.
YOUNG_OBJECTS_BETWEEN_COLLECTIONS = 10_000
# How often a run waiting for a result checks its workers, and how long a worker may be dead before a
# pool that has not noticed it is taken for stuck (it notices within milliseconds otherwise).
WATCH_SECONDS = 1.0
STUCK_SECONDS = 5.0


class Pending(Protocol[_T_co]):
    """Work handed to workers: its result, once done (raising what the work raised)."""

    def result(self) -> _T_co: ...


# Hands work(*arguments) to worker processes: `submit(work, *arguments)`, as an executor's.
Submit = Callable[..., Pending[Any]]


class InlineFuture(Generic[_T]):
    """The result of work done at once in this process (-j 1), shaped like a Future."""

    def __init__(self, fn: Callable[..., _T], *args: Any) -> None:
        self._result: _T | None = None
        self._error: BaseException | None = None
        try:
            self._result = fn(*args)
        except Exception as exc:
            self._error = exc

    def result(self) -> _T:
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


class WorkerFailure(Exception):
    """Work failed away from this process (on a cluster): the message is a report's reason, written
    by the executor, never the text being scanned."""


def failure_reason(exc: BaseException) -> str:
    """Why a chunk could not be scanned, in words fit for a report: never the error's message, which
    could quote the text being scanned."""
    if isinstance(exc, WorkerFailure):
        return str(exc)
    if isinstance(exc, BrokenProcessPool):
        return "worker processes kept dying while scanning it (killed, perhaps for lack of memory)"
    return f"internal error while scanning ({type(exc).__name__})"


@contextmanager
def run_workers(settings: ScanSettings, jobs: int, max_restarts: int = MAX_RESTARTS) -> Iterator[Submit]:
    """Workers for one run: this process itself with one job, else `jobs` processes."""
    if jobs == 1:
        init_worker(settings)
        with garbage_collected_seldom():
            yield InlineFuture
        return
    pool = _RestartingPool(settings, jobs, max_restarts)
    try:
        yield pool.submit
    finally:
        pool.close()


class _RestartingPool:
    def __init__(self, settings: ScanSettings, jobs: int, max_restarts: int) -> None:
        self._settings, self._jobs = settings, jobs
        self._context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        )
        self._restarts_left = max_restarts
        self._pool = self._start()
        self.generation = 0  # pools started before this one
        self._dead_since: float | None = None  # when a worker of the current pool was first seen dead

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._jobs,
            mp_context=self._context,
            initializer=start_worker,
            initargs=(self._settings, os.getpid()),
        )

    def submit(self, work: Callable[..., _T], *arguments: Any) -> _Retried[_T]:
        return _Retried(self, work, arguments)

    def start(self, work: Callable[..., _T], arguments: tuple[Any, ...]) -> tuple[int, Future[_T]]:
        """`work` handed to the current pool (started again if it is found broken), and its generation."""
        while True:
            generation = self.generation
            try:
                return generation, self._pool.submit(work, *arguments)
            except BrokenProcessPool as broken:
                if not self.restart(after=generation):
                    failed: Future[_T] = Future()
                    failed.set_exception(broken)
                    return generation, failed

    def restart(self, after: int) -> bool:
        """Replace the pool of generation `after` if it is still the current one; False when no more
        restarts are left."""
        if self.generation != after:
            return True
        if self._restarts_left <= 0:
            return False
        self._restarts_left -= 1
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._start()
        self.generation += 1
        self._dead_since = None  # of the pool replaced
        return True

    def break_if_stuck(self, generation: int) -> None:
        """Break the pool of `generation` if one of its workers has been dead for STUCK_SECONDS and the
        pool has not noticed. A worker killed while it sends a result leaves half a message in the
        result pipe: CPython's executor then waits for the rest for ever, and the other workers for the
        pipe's lock the dead one held (a run that hangs, not one that fails). Killing the workers and
        closing this process's own end of the pipe ends that wait: the pool breaks, and its work is done
        again on the next pool, as after any worker's death."""
        pool = self._pool
        if generation != self.generation or getattr(pool, "_broken", False):
            return
        workers = list((getattr(pool, "_processes", None) or {}).values())
        if not any(worker.exitcode is not None for worker in workers):
            self._dead_since = None
            return
        now = time.monotonic()
        if self._dead_since is None:
            self._dead_since = now
        if now - self._dead_since < STUCK_SECONDS:
            return
        self._dead_since = None
        for worker in workers:
            worker.kill()
        result_queue = getattr(pool, "_result_queue", None)
        if result_queue is not None:
            with contextlib.suppress(OSError):
                result_queue._writer.close()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def start_worker(settings: ScanSettings, parent: int) -> None:
    """A worker process's set-up: it dies with `parent`, then readies its scanner."""
    die_with_parent(parent)
    ignore_interrupts()
    init_worker(settings)
    settle_garbage_collector()


def settle_garbage_collector() -> tuple[int, int, int]:
    """Collect less often in a worker process, and never look again at what its set-up made (the
    scanner lives as long as the process): see YOUNG_OBJECTS_BETWEEN_COLLECTIONS. Returns the
    thresholds it replaced, for restore_garbage_collector."""
    before = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS_BETWEEN_COLLECTIONS, *before[1:])
    return before


def restore_garbage_collector(before: tuple[int, int, int]) -> None:
    """Undo settle_garbage_collector, in a process that goes on after the work (an embedding program,
    the test suite, a Dask worker between passes)."""
    gc.unfreeze()
    gc.set_threshold(*before)


@contextmanager
def garbage_collected_seldom() -> Iterator[None]:
    """settle_garbage_collector for a run in this process (-j 1), undone when the run ends."""
    before = settle_garbage_collector()
    try:
        yield
    finally:
        restore_garbage_collector(before)


def ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the run's own process stops the work and removes what it
    was writing; a worker interrupted in the middle of a chunk would only add a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def die_with_parent(parent: int) -> None:
    """Have Linux kill this process when its parent dies, even by SIGKILL: orphaned workers would go on
    scanning, holding file contents, under PID 1. Elsewhere a worker notices only when its pipe closes."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:  # the parent died before the request was made: nobody would kill us
        os._exit(1)


class _Retried(Generic[_T]):
    """Work on a pool that, if the pool breaks before it is done, is done again on its successor: a
    worker killed from outside (the out-of-memory killer) costs time, not files."""

    def __init__(self, pool: _RestartingPool, work: Callable[..., _T], arguments: tuple[Any, ...]) -> None:
        self._pool, self._work, self._arguments = pool, work, arguments
        self._generation, self._future = pool.start(work, arguments)

    def result(self) -> _T:
        while True:
            try:
                return self._future.result(timeout=WATCH_SECONDS)
            except TimeoutError:
                self._pool.break_if_stuck(self._generation)
            except BrokenProcessPool:
                if not self._pool.restart(after=self._generation):
                    raise
                self._generation, self._future = self._pool.start(self._work, self._arguments)
