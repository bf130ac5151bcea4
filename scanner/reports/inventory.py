"""What a run found, aggregated for the readable reports and the records of processing.

Aggregated as the run goes: each finding is counted once, as a report writer passes it on, into counts
per file, category, sensitivity and entity, and a set of keyed value hashes (shortened to 64 bits) for
the number of different values. Memory grows with the number of files and of different values, never
with the number of findings; no finding is read twice.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.finding_batch import FindingBatch, Group
from logscrub.scanner.records.findings import ReportedFinding
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.taxonomy import Taxonomy

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_T = TypeVar("_T", str, int)


@dataclass(frozen=True)
class FileCount:
    path: str
    findings: int


@dataclass(frozen=True)
class ProcessingRecord:
    """One category of personal data at one sensitivity: how much of it, of which kinds, and where."""

    category: str
    sensitivity: str
    findings: int
    distinct_values: int  # different values (by keyed hash), a bound on the people concerned
    entities: dict[str, int]  # most findings first
    files: tuple[FileCount, ...]  # most findings first


@dataclass(frozen=True)
class FileBreakdown:
    path: str
    status: str
    reason: str | None
    findings: int
    by_sensitivity: dict[str, int]
    categories: tuple[str, ...]  # most findings first


@dataclass(frozen=True)
class Inventory:
    distinct_values: int
    records: tuple[ProcessingRecord, ...]  # most findings first
    files: tuple[FileBreakdown, ...]  # in the order of the run


def most_sensitive_first(taxonomy: Taxonomy, seen: Iterable[str] = ()) -> tuple[str, ...]:
    """The taxonomy's sensitivities, highest first, after any `seen` one it does not name."""
    unknown = sorted(set(seen) - set(taxonomy.sensitivities))
    return (*unknown, *reversed(taxonomy.sensitivities))


@dataclass
class _FileTally:
    path: str
    status: str
    reason: str | None
    by_group_entity: Counter[tuple[str, str, str]] = field(default_factory=Counter)


class InventoryBuilder:
    """Counts findings one at a time: `counted(outcome)` passes a file's findings on, counting each."""

    def __init__(self) -> None:
        self._files: list[_FileTally] = []
        self._distinct: defaultdict[Group, DistinctHashes] = defaultdict(DistinctHashes)

    def counted(self, outcome: FileOutcome) -> Iterator[ReportedFinding]:
        """`outcome`'s findings, counted as they pass (the file is counted even if none pass)."""
        for batch in self.counted_batches(outcome):
            yield from batch.findings()

    def counted_batches(self, outcome: FileOutcome) -> Iterator[FindingBatch]:
        """`outcome`'s findings batch by batch, each counted as it passes."""
        tally = _FileTally(display_name(outcome.document.display), outcome.status, outcome.reason)
        self._files.append(tally)
        for batch in outcome.findings.batches():
            tally.by_group_entity.update(batch.tally)
            for group in batch.hashes:
                self._distinct[group].add_all(batch.short_hashes(group))
            yield batch

    def add(self, outcome: FileOutcome) -> None:
        """Count `outcome`'s findings (for writers that do not pass them on themselves)."""
        for _ in self.counted_batches(outcome):
            pass

    def inventory(self) -> Inventory:
        totals: defaultdict[Group, Counter[str]] = defaultdict(Counter)
        per_file: defaultdict[Group, Counter[int]] = defaultdict(Counter)
        for index, tally in enumerate(self._files):
            for (category, sensitivity, entity), n in tally.by_group_entity.items():
                totals[category, sensitivity][entity] += n
                per_file[category, sensitivity][index] += n
        records = [self._record(group, entities, per_file[group]) for group, entities in totals.items()]
        records.sort(key=lambda r: (-r.findings, r.category, r.sensitivity))
        return Inventory(
            distinct_values=DistinctHashes.count_together(self._distinct.values()),
            records=tuple(records),
            files=tuple(_file_breakdown(tally) for tally in self._files),
        )

    def _record(self, group: Group, entities: Counter[str], files: Counter[int]) -> ProcessingRecord:
        return ProcessingRecord(
            category=group[0],
            sensitivity=group[1],
            findings=sum(entities.values()),
            distinct_values=self._distinct[group].count(),
            entities=dict(_most_first(entities)),
            files=tuple(FileCount(self._files[i].path, n) for i, n in _most_first(files)),
        )


def build_inventory(outcomes: Iterable[FileOutcome]) -> Inventory:
    builder = InventoryBuilder()
    for outcome in outcomes:
        builder.add(outcome)
    return builder.inventory()


class DistinctHashes:
    """A set of 64-bit hashes in about 8 bytes each (a set of ints takes some 70): a run's report counts
    the distinct values of millions of findings, and its memory must not grow with them. New hashes
    wait in an array; once it holds an eighth as many as the sorted array, they are merged in."""

    _MERGE_AT = 1 << 16

    def __init__(self) -> None:
        self._sorted: npt.NDArray[np.uint64] | None = None  # numpy is imported by runs with a report only
        self._waiting = array("Q")

    def add_all(self, values: array[int]) -> None:
        self._waiting.extend(values)
        if len(self._waiting) >= max(self._MERGE_AT, self._stored() // 8):
            self._merge()

    def count(self) -> int:
        if self._few():
            return len(set(self._waiting))
        return len(self._merged())

    @staticmethod
    def count_together(sets: Iterable[DistinctHashes]) -> int:
        """How many distinct hashes all `sets` hold together."""
        sets = list(sets)
        if all(s._few() for s in sets) and sum(len(s._waiting) for s in sets) < DistinctHashes._MERGE_AT:
            return len(set().union(*(s._waiting for s in sets)))
        import numpy as np

        arrays = [s._merged() for s in sets]
        return len(np.unique(np.concatenate(arrays))) if arrays else 0

    def _few(self) -> bool:
        """Whether all hashes still wait, too few to merge: counted without numpy, whose import alone
        takes longer than scanning a small file."""
        return self._sorted is None and len(self._waiting) < self._MERGE_AT

    def _stored(self) -> int:
        return 0 if self._sorted is None else len(self._sorted)

    def _merged(self) -> npt.NDArray[np.uint64]:
        import numpy as np

        self._merge()
        return np.empty(0, dtype=np.uint64) if self._sorted is None else self._sorted

    def _merge(self) -> None:
        if not self._waiting:
            return
        import numpy as np

        waiting = np.frombuffer(self._waiting, dtype=np.uint64)
        merged = waiting if self._sorted is None else np.concatenate((self._sorted, waiting))
        self._waiting = array("Q")
        merged = np.sort(merged)
        self._sorted = merged[np.concatenate(([True], merged[1:] != merged[:-1]))]


def _most_first(counts: Counter[_T]) -> list[tuple[_T, int]]:
    """Most first; ties in the order of their keys (names, or files in the order of the run)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _file_breakdown(tally: _FileTally) -> FileBreakdown:
    by_sensitivity: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    for (category, sensitivity, _), n in tally.by_group_entity.items():
        by_sensitivity[sensitivity] += n
        by_category[category] += n
    return FileBreakdown(
        path=tally.path,
        status=tally.status,
        reason=tally.reason,
        findings=sum(by_sensitivity.values()),
        by_sensitivity=dict(by_sensitivity),
        categories=tuple(category for category, _ in _most_first(by_category)),
    )
