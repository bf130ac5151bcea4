"""The daemon's scanning processes: started once, used by every batch, replaced if one dies."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from logscrub.scanner.chunk_scan import init_worker, scan_in_worker
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import die_with_parent, ignore_interrupts, settle_garbage_collector
from logscrub.scanner.sources.reading import Chunk

_T = TypeVar("_T")
# Scanned once by each worker as it starts, so that what the engine sets up on first use (phone number
# metadata, compiled patterns) is not paid by the first file dropped. Synthetic values only.
_WARM_UP_TEXT = (
    'INVITE sip:+46701740605@pbx.example.se SIP/2.0 From: "Test Person" <sip:test.person@example.se>\n'
    "ticket: call 070-174 06 05, mail test.person@example.com, pnr 19121212-1212, host 10.0.0.1\n"
)


class ScanWorkers:
    """`jobs` worker processes, each with the engine set up once (the engine's own initializer)."""

    def __init__(self, settings: ScanSettings, jobs: int) -> None:
        self.jobs = jobs
        self.broken = False  # a worker died: every chunk in flight failed, and the pool takes no more
        context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        )
        self._pool = ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_init_daemon_worker, initargs=(settings, os.getpid())
        )
        # Start them now, before the daemon's threads exist, from the thread that will outlive them
        # (on Linux a worker is told to die with the thread that forked it).
        self.pids = sorted(set(self._pool.map(_process_id, range(jobs))))

    def submit(self, work: Callable[..., _T], *arguments: Any) -> Future[_T]:
        """Hand work(*arguments) to a worker (a chunk to scan or to learn from)."""
        try:
            future = self._pool.submit(work, *arguments)
        except BrokenProcessPool:
            self.broken = True
            raise
        future.add_done_callback(self._check)
        return future

    def _check(self, future: Future[Any]) -> None:
        if not future.cancelled() and isinstance(future.exception(), BrokenProcessPool):
            self.broken = True

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _process_id(_: int) -> int:
    return os.getpid()


def _init_daemon_worker(settings: ScanSettings, daemon: int) -> None:
    # Ctrl-C reaches the whole process group: the daemon decides how to stop and finishes the work in
    # flight. A daemon killed with -9 cannot stop its workers: the kernel does it for it.
    die_with_parent(daemon)
    ignore_interrupts()
    init_worker(settings)
    scan_in_worker(Chunk(_WARM_UP_TEXT, 0, len(_WARM_UP_TEXT), 0, 1, 1))
    settle_garbage_collector()
