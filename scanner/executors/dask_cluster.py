"""The Dask adapter: chunks scanned on an existing cluster (`--scheduler tcp://HOST:8786`).

A run's settings reach every worker once, in a worker plugin (workers that join later get it too), not
with each chunk; propagation's known values are scattered to all workers once and named by each
task, so Dask keeps them where the work is. A chunk's task carries the chunk itself, so a worker lost
mid-run costs a recomputation elsewhere (Dask retries it, up to its `allowed-failures`), never a chunk;
a chunk that keeps killing workers fails its file closed, as a local pool that keeps dying does.

Propagation detects each chunk once here too: the worker that learns from a chunk keeps what it
detected in a private folder of its own (see scanner/detection_spool.py), and the chunk's scanning task
is sent to the workers of that worker's machine, which read the folder (a worker elsewhere, if they are
all gone, detects the chunk anew): any of them may take it, so that the scanning pass spreads over a
machine's workers as it comes, not as the learning pass happened to hand out the chunks. The folders go
when the run ends.

A task never raises on a worker: Dask would log a failed task with its arguments, and those are the
text being scanned. It returns the kind of error instead, and the run's process raises it here. A
worker of another release of logscrub would scan otherwise: a run refuses them.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import secrets
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

import dask
from distributed import Client, Future, KilledWorker, get_worker
from distributed.comm.addressing import get_address_host_port
from distributed.diagnostics.plugin import WorkerPlugin

import logscrub.scanner
from logscrub.scanner.chunk_scan import (
    init_worker,
    release_worker,
    spans_in_worker,
    spellings_in_worker,
    use_known_values,
)
from logscrub.scanner.detection_spool import KeptDetections, spool_folder
from logscrub.scanner.executors import ExecutorError
from logscrub.scanner.records.known_values import KnownValueSet
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import (
    InlineFuture,
    Pending,
    Submit,
    WorkerFailure,
    restore_garbage_collector,
    settle_garbage_collector,
)

WORKERS_SECONDS = 30  # for the cluster to have a first worker (scaled up from none, say)
REACH_SECONDS = 2  # for a connection to a worker to open: else results come through the scheduler
LOST_WORKERS = "Dask workers kept dying while scanning it (killed, perhaps for lack of memory)"
# Work done in this process: a file name's scan takes microseconds, a round trip to the cluster
# milliseconds, and the pipeline waits for a file's name before it reads the file (many small files
# would take twice as long).
_DONE_HERE = frozenset({spans_in_worker})


class DaskExecutor:
    """A client of the cluster at `address` for one run; its settings are registered there once."""

    def __init__(self, address: str) -> None:
        self._address = address
        self._client: Client | None = None
        self._run = secrets.token_hex(8)  # names the run's folders on the workers
        # A chunk's kept detections -> where they are: the worker that keeps them, and its folder.
        self._kept_at: dict[str, _Kept] = {}
        self._hosts: dict[str, str] = {}  # each worker's machine, as the scheduler names it
        self._registered: dict[str, _RunSettings] = {}  # by the scanner its settings build

    def __enter__(self) -> DaskExecutor:
        try:
            self._client = Client(self._address, set_as_default=False)  # dask config: its timeouts
        except (OSError, ValueError) as exc:  # refused, timed out, or not an address at all
            raise ExecutorError(f"cannot reach the Dask scheduler at {self._address} ({exc})") from None
        try:
            self._client.wait_for_workers(1, timeout=WORKERS_SECONDS)
            self._check_releases()
            if dask.config.get("distributed.client.direct-to-workers", None) is None:
                # Results (a chunk's copy and findings, megabytes) come from the workers themselves
                # where this machine reaches them, not relayed by the scheduler, which then only
                # schedules (Dask's default relays them, in case the workers are out of reach).
                self._client.direct_to_workers = self._reaches_workers()
        except TimeoutError:
            self._client.close()
            raise ExecutorError(f"the Dask scheduler at {self._address} has no workers") from None
        except ExecutorError:
            self._client.close()
            raise
        return self

    def _reaches_workers(self) -> bool:
        """Whether this machine can open a connection to every worker of the cluster as it stands."""
        return all(_reachable(address) for address in self._worker_hosts())

    def _worker_hosts(self) -> dict[str, str]:
        """Each worker of the cluster as it stands, with its machine as the scheduler names it."""
        info: dict[str, Any] = self._connected().scheduler_info(n_workers=-1)["workers"]
        return {address: str(facts.get("host")) for address, facts in info.items()}

    def _check_releases(self) -> None:
        """Workers scan as this machine does only with the same release of logscrub."""
        theirs: dict[str, str] = self._connected().run(_release)
        other = sorted(set(theirs.values()) - {_release()})
        if other:
            raise ExecutorError(
                f"the Dask workers at {self._address} run logscrub {', '.join(other)}, this machine "
                f"{_release()}: install the same release on both"
            )

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._client is not None:
            with contextlib.suppress(OSError, TimeoutError):  # a worker gone takes its folder with it
                for plugin in self._registered.values():
                    self._client.unregister_worker_plugin(plugin.name)
                self._client.run(_end_run, self._run)
            self._registered.clear()
            self._client.close()
            self._client = None

    @property
    def slots(self) -> int:
        """The cluster's threads, as it stands when asked (it may grow or shrink during a run)."""
        threads: dict[str, int] = self._connected().nthreads()
        return max(1, sum(threads.values()))

    @property
    def shares_disk(self) -> bool:
        return False  # its workers may be anywhere

    def workers(self, settings: ScanSettings) -> AbstractContextManager[Submit]:
        return self._pass(settings)

    @contextmanager
    def _pass(self, settings: ScanSettings) -> Iterator[Submit]:
        client = self._connected()
        plain = replace(settings, known_values=None)
        # Passes of the run with the same settings (learning and scanning) share the workers' scanner,
        # built once per run, and its registration: the scanning pass starts without a round trip to
        # every worker. Each pass brings its known values.
        scanner = f"{self._run}-{hashlib.sha256(pickle.dumps(plain)).hexdigest()}"
        plugin = self._registered.get(scanner)
        if plugin is None:
            plugin = self._registered[scanner] = _RunSettings(
                secrets.token_hex(8), plain, scanner, _release()
            )
            client.register_plugin(plugin)
        run = plugin.run
        known = settings.known_values
        scattered = None if known is None else client.scatter(known, broadcast=True, hash=False)

        built_here = False  # this process's own scanner, for the work done here

        def submit(work: Callable[..., Any], *arguments: Any) -> Pending[Any]:
            nonlocal built_here
            if work in _DONE_HERE:
                if not built_here:
                    init_worker(settings)
                    built_here = True
                return InlineFuture(work, *arguments)
            key = f"logscrub-{run}-{secrets.token_hex(8)}"
            kept = next((a.name for a in arguments if isinstance(a, KeptDetections)), None)
            where = self._kept_at.pop(kept, None) if kept is not None else None
            placement: dict[str, Any] = {}
            if where is not None:
                # The workers of the machine that kept the chunk's detections, or any (Dask's choice)
                # if they are gone.
                placement = {"workers": self._machine_of(where.worker), "allow_other_workers": True}
                arguments = tuple(
                    a.in_folder(where.folder) if isinstance(a, KeptDetections) else a for a in arguments
                )
            future = client.submit(
                _on_worker, run, self._run, scattered, work, *arguments, key=key, pure=False, **placement
            )
            if kept is None or work is not spellings_in_worker:
                return _DaskPending(future)
            return _DaskPending(future, partial(self._kept_at.__setitem__, kept))  # learnt: kept there

        try:
            yield submit
        finally:
            if built_here:
                release_worker()
            # With the scheduler gone there is nothing to undo, and the error that ended the pass counts.
            with contextlib.suppress(OSError, TimeoutError):
                if scattered is not None:
                    scattered.release()

    def _connected(self) -> Client:
        assert self._client is not None, "DaskExecutor used outside its `with`"
        return self._client

    def _machine_of(self, worker: str) -> list[str]:
        """The workers on the machine of `worker` (itself at least), as the cluster stood when `worker`
        was first asked about (one round trip to the scheduler per worker, not per chunk)."""
        if worker not in self._hosts:
            self._hosts = self._worker_hosts()
        host = self._hosts.get(worker)
        return [address for address, on in self._hosts.items() if on == host] or [worker]


@dataclass(frozen=True)
class _Kept:
    """Where a chunk's detections are kept: the worker that keeps them, and its folder."""

    worker: str
    folder: Path


@dataclass(frozen=True)
class _Failed:
    """What a task returns for work it could not do: why, in a report's words (for an error, its kind,
    never its message)."""

    reason: str


@dataclass(frozen=True)
class _Done:
    """What a task that kept detections returns: its value, and where they are kept."""

    value: Any
    kept: _Kept


class _DaskPending:
    def __init__(self, future: Future, kept_at: Callable[[_Kept], None] | None = None) -> None:
        """`kept_at`: told the worker that kept the task's detections, if it did."""
        self._future, self._kept_at = future, kept_at

    def result(self) -> Any:
        try:
            value = self._future.result()
        except KilledWorker:
            raise WorkerFailure(LOST_WORKERS) from None
        except Exception as exc:  # the scheduler gone, the task cancelled: the file is not scanned
            raise WorkerFailure(f"the Dask cluster failed while scanning it ({type(exc).__name__})") from None
        if isinstance(value, _Failed):
            raise WorkerFailure(value.reason)
        if isinstance(value, _Done):
            if self._kept_at is not None:
                self._kept_at(value.kept)
            return value.value
        return value


# In each worker process: the settings of the runs registered there (by the plugin), and the run's
# scanner and known values its scanner was built for. A worker's threads take turns at the one scanner.
_settings: dict[str, tuple[ScanSettings, str]] = {}  # a run's settings, and the scanner they build
_refused: dict[str, str] = {}
_built_for: tuple[str, str | None] | None = None
_scanner_lock = threading.Lock()
# The collector's thresholds the worker had before the first run it takes part in (see setup).
_collector_between_runs: list[tuple[int, int, int]] = []


class _RunSettings(WorkerPlugin):
    """A run's settings, kept by every worker of the cluster until the run ends; a worker of another
    release (one that joined later) keeps the reason it cannot take part instead."""

    def __init__(self, run: str, settings: ScanSettings, scanner: str, release: str) -> None:
        self.name = f"logscrub-{run}"
        self.run, self.settings, self.scanner, self.release = run, settings, scanner, release

    def setup(self, worker: Any) -> None:
        if self.release == _release():
            with _scanner_lock:
                if not _settings:
                    # The worker's own objects are walked by no collection during the run.
                    _collector_between_runs.append(settle_garbage_collector())
                _settings[self.run] = (self.settings, self.scanner)
        else:
            _refused[self.run] = f"a Dask worker runs logscrub {_release()}, the run {self.release}"

    def teardown(self, worker: Any) -> None:
        global _built_for
        with _scanner_lock:
            _settings.pop(self.run, None)
            _refused.pop(self.run, None)
            if not _settings and _collector_between_runs:
                restore_garbage_collector(_collector_between_runs.pop())  # the worker's own again
            if _built_for is not None and _built_for[0] == self.scanner and _built_for[1] is not None:
                # The run is over: its known values (personal data) leave the worker's memory now, not
                # at the end of the run's last call (_end_run); another run's scanner is not this
                # run's to release.
                release_worker()
                _built_for = None


def _on_worker(
    run: str, spool: str, known: KnownValueSet | None, work: Callable[..., Any], *arguments: Any
) -> Any | _Failed:
    """`work(*arguments)` on this worker, its scanner built (once per run) from the run's settings and
    the pass's scattered known values; kept detections in this worker's folder for the run `spool`."""
    global _built_for
    if run in _refused:
        return _Failed(_refused[run])
    try:
        with _scanner_lock:
            settings, scanner = _settings[run]
            wanted = (scanner, None if known is None else known.token)
            if _built_for is None or _built_for[0] != scanner:
                init_worker(replace(settings, known_values=known))
            elif _built_for[1] != wanted[1]:
                use_known_values(known)
            _built_for = wanted
            if not any(isinstance(a, KeptDetections) for a in arguments):
                return work(*arguments)
            folder = _spool_folder(spool)
            # Detections to keep go to this worker's folder; those to take may be in another's of
            # this machine (or of one gone: then they are detected anew).
            here = [
                a.in_folder(folder) if isinstance(a, KeptDetections) and a.folder is None else a
                for a in arguments
            ]
            return _Done(work(*here), _Kept(get_worker().address, folder))
    except Exception as exc:
        return _Failed(f"internal error while scanning ({type(exc).__name__})")


_spools: dict[str, Path] = {}  # in each worker process: the run's folder of kept detections


def _spool_folder(run: str) -> Path:
    folder = _spools.get(run)
    if folder is None:
        folder = _spools[run] = spool_folder()
    return folder


def _end_run(run: str) -> None:
    """On each worker when a run ends: its kept detections and its scanner go."""
    global _built_for
    folder = _spools.pop(run, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    with _scanner_lock:
        if _built_for is not None and _built_for[0].startswith(f"{run}-"):
            release_worker()
            _built_for = None


def _reachable(address: str) -> bool:
    """Whether a connection to the worker at `address` (tcp:// or tls://) opens within REACH_SECONDS."""
    try:
        host, port = get_address_host_port(address)
        socket.create_connection((host, port), timeout=REACH_SECONDS).close()
    except (OSError, ValueError):  # refused, filtered, or an address of another kind (inproc, ucx)
        return False
    return True


def _release() -> str:
    """The release of logscrub installed in this process."""
    release: str = logscrub.scanner.__version__
    return release
