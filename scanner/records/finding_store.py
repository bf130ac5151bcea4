"""Findings of one file, kept for the reports: in memory while few, spilled to a private temporary
file when many, so that memory does not grow with the size of the input."""

from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterator
from typing import IO

from logscrub.scanner.records.finding_batch import FindingBatch
from logscrub.scanner.records.findings import ReportedFinding

IN_MEMORY_LIMIT = 20_000


class FindingStore:
    def __init__(self) -> None:
        self._memory: list[FindingBatch] = []
        self._in_memory = 0
        self._spill: IO[bytes] | None = None
        self.count = 0
        # Counted as batches come, for totals that need not read the findings again.
        self.by_category: Counter[str] = Counter()
        self.by_sensitivity: Counter[str] = Counter()

    def extend(self, batch: FindingBatch) -> None:
        if not batch.count:
            return
        self.count += batch.count
        for (category, sensitivity, _), n in batch.tally.items():
            self.by_category[category] += n
            self.by_sensitivity[sensitivity] += n
        if self._spill is None and self._in_memory + batch.count <= IN_MEMORY_LIMIT:
            self._memory.append(batch)
            self._in_memory += batch.count
            return
        if self._spill is None:
            # TemporaryFile is created 0600 and unlinked at once; it holds no raw values anyway.
            self._spill = tempfile.TemporaryFile("w+b")  # noqa: SIM115
        # Written and read only by this process: a batch is mostly one string, pickled at copying speed.
        pickle.dump(batch, self._spill, pickle.HIGHEST_PROTOCOL)

    def batches(self) -> Iterator[FindingBatch]:
        """The batches in the order they came."""
        yield from self._memory
        if self._spill is not None:
            self._spill.flush()
            self._spill.seek(0)
            while True:
                try:
                    batch: FindingBatch = pickle.load(self._spill)
                except EOFError:
                    break
                yield batch
            self._spill.seek(0, 2)

    def __iter__(self) -> Iterator[ReportedFinding]:
        for batch in self.batches():
            yield from batch.findings()

    def close(self) -> None:
        """Let go of the findings (once written to a report); the counts stay."""
        self._memory = []
        if self._spill is not None:
            self._spill.close()
            self._spill = None
