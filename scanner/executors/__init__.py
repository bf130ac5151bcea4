"""Where chunks are scanned: one small interface, with this machine's processes and a Dask cluster
behind it. The pipeline hands each pass's settings to an executor and gets back the `submit` it hands
chunks to; it never knows which executor runs them. Another cluster (Ray, Spark) is another adapter.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from logscrub.scanner.executors.local import LocalExecutor
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import Submit

# Dask's own convention: a client started without an address connects to this one.
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
LOCAL = "local"  # --scheduler local: this machine's processes even when $DASK_SCHEDULER_ADDRESS is set


class ExecutorError(Exception):
    """The executor cannot be used (no cluster at that address, the extra not installed): exit 2."""


class ChunkExecutor(Protocol):
    """Workers that scan chunks: `slots` chunks at once; `workers(settings)` readies them for one pass
    (the learning pass, the scanning pass) and gives the function that hands them work; `shares_disk`
    tells whether they run on this machine."""

    @property
    def slots(self) -> int: ...

    @property
    def shares_disk(self) -> bool:
        """Whether its workers run on this machine: a run may keep what they need in a private folder
        (the detections of its learning pass, its known values)."""

    def workers(self, settings: ScanSettings) -> AbstractContextManager[Submit]: ...


def scheduler_address(option: str | None) -> str | None:
    """The Dask scheduler a run uses: --scheduler, else $DASK_SCHEDULER_ADDRESS; None: this machine."""
    address = option if option is not None else os.environ.get(SCHEDULER_ENV) or None
    return None if address == LOCAL else address


@contextmanager
def chunk_executor(jobs: int, scheduler: str | None) -> Iterator[ChunkExecutor]:
    """The executor of one run: this machine's `jobs` processes, or the Dask cluster at `scheduler`
    (connected for the whole run, its passes included)."""
    if scheduler is None:
        yield LocalExecutor(jobs)
        return
    try:
        from logscrub.scanner.executors.dask_cluster import DaskExecutor  # only runs on a cluster need Dask
    except ModuleNotFoundError as missing:
        if (missing.name or "").split(".")[0] not in ("dask", "distributed"):
            raise
        raise ExecutorError(
            "--scheduler needs Dask: install the extra logscrub[dask] (pip install 'logscrub[dask]')"
        ) from None
    with DaskExecutor(scheduler) as executor:
        yield executor
