"""Findings of one file, kept for the reports: in memory while few, spilled to a private temporary
file when many, so that memory does not grow with the size of the input."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import IO

from logscrub.scanner.findings import ReportedFinding

IN_MEMORY_LIMIT = 20_000


class FindingStore:
    def __init__(self) -> None:
        self._memory: list[ReportedFinding] = []
        self._spill: IO[str] | None = None
        self.count = 0

    def extend(self, findings: Iterable[ReportedFinding]) -> None:
        for finding in findings:
            self.count += 1
            if self._spill is None and len(self._memory) < IN_MEMORY_LIMIT:
                self._memory.append(finding)
                continue
            if self._spill is None:
                # TemporaryFile is created 0600 and unlinked at once; it holds no raw values anyway.
                self._spill = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
            self._spill.write(json.dumps(asdict(finding)) + "\n")

    def __iter__(self) -> Iterator[ReportedFinding]:
        yield from self._memory
        if self._spill is not None:
            self._spill.flush()
            self._spill.seek(0)
            for line in self._spill:
                yield ReportedFinding(**json.loads(line))
            self._spill.seek(0, 2)

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
