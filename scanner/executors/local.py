"""This machine's executor: a run's own worker processes (scanner/run_workers.py)."""

from __future__ import annotations

from contextlib import AbstractContextManager

from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import Submit, run_workers


class LocalExecutor:
    """This machine: `jobs` worker processes (or this process itself, with one)."""

    def __init__(self, jobs: int) -> None:
        self._jobs = max(1, jobs)

    @property
    def slots(self) -> int:
        return self._jobs

    @property
    def shares_disk(self) -> bool:
        return True

    def workers(self, settings: ScanSettings) -> AbstractContextManager[Submit]:
        return run_workers(settings, self._jobs)
