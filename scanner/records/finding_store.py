"""Findings of one file, kept for the reports: in memory while few, spilled to a private temporary
file when many, so that memory does not grow with the size of the input."""

from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO

from logscrub.scanner.records.findings import ReportedFinding

IN_MEMORY_LIMIT = 20_000


class FindingStore:
    def __init__(self) -> None:
        self._memory: list[ReportedFinding] = []
        self._spill: IO[bytes] | None = None
        self.count = 0
        # Counted as findings come, for totals that need not read the findings again.
        self.by_category: Counter[str] = Counter()
        self.by_sensitivity: Counter[str] = Counter()

    def extend(self, findings: Iterable[ReportedFinding]) -> None:
        batch = list(findings)
        self.count += len(batch)
        self.by_category.update(f.category for f in batch)
        self.by_sensitivity.update(f.sensitivity for f in batch)
        room = 0 if self._spill is not None else IN_MEMORY_LIMIT - len(self._memory)
        self._memory += batch[:room]
        if len(batch) <= room:
            return
        if self._spill is None:
            # TemporaryFile is created 0600 and unlinked at once; it holds no raw values anyway.
            self._spill = tempfile.TemporaryFile("w+b")  # noqa: SIM115
        # A chunk's findings in one piece, pickled (written and read only by this process): a
        # fraction of the cost of a JSON line per finding.
        pickle.dump(batch[room:], self._spill, pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[ReportedFinding]:
        yield from self._memory
        if self._spill is not None:
            self._spill.flush()
            self._spill.seek(0)
            while True:
                try:
                    batch: list[ReportedFinding] = pickle.load(self._spill)
                except EOFError:
                    break
                yield from batch
            self._spill.seek(0, 2)

    def close(self) -> None:
        """Let go of the findings (once written to a report); the counts stay."""
        self._memory = []
        if self._spill is not None:
            self._spill.close()
            self._spill = None
