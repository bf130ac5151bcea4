"""A chunk's findings as reports carry them: each one's JSON report entry, encoded in the worker that
found it (scanner/finding_batch.py), with the counts and hashes reports add up."""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from logscrub.scanner.records.findings import ReportedFinding

# (category, sensitivity, entity) and (category, sensitivity): what reports count findings by.
EntityGroup = tuple[str, str, str]
Group = tuple[str, str]


@dataclass(frozen=True)
class FindingBatch:
    """Findings in document order: `entries`, each one's JSON object (a line each); `tally`, how many
    per entity group; `hashes`, the short keyed hash of each one's value, per group, as 64-bit
    integers in native byte order; `masked_lines`, each one's masked line, when the run asked."""

    entries: str
    count: int
    tally: Mapping[EntityGroup, int]
    hashes: Mapping[Group, bytes]
    masked_lines: tuple[str | None, ...] | None = None

    def findings(self) -> Iterator[ReportedFinding]:
        if not self.count:
            return
        masked = self.masked_lines or (None,) * self.count
        for entry, line in zip(self.entries.split("\n"), masked, strict=True):
            yield ReportedFinding(**json.loads(entry), masked_line=line)

    def short_hashes(self, group: Group) -> array[int]:
        hashes = array("Q")
        hashes.frombytes(self.hashes[group])
        return hashes


NO_FINDINGS = FindingBatch("", 0, {}, {})
