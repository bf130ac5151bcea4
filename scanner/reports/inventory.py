"""What a run found, aggregated with pandas for the readable reports and the records of processing.

Findings are read into frames that hold no raw value (the keyed hash stands for it), a bounded batch
at a time, and each batch is reduced at once: memory stays flat however many findings a file has.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.findings import ReportedFinding
from logscrub.scanner.pipeline import FileOutcome

if TYPE_CHECKING:
    import pandas as pd

FRAME_COLUMNS = ("entity", "category", "sensitivity", "value_hash")
BATCH_FINDINGS = 50_000
_GROUP = ["category", "sensitivity"]


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


def findings_frame(findings: Iterable[ReportedFinding]) -> pd.DataFrame:
    """One row per finding with its entity, category, sensitivity and keyed value hash; no raw value."""
    import pandas as pd  # a quarter of a second to import: paid by runs that write a report only

    rows = [(f.entity, f.category, f.sensitivity, f.value_hash) for f in findings]
    return pd.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS))


def build_inventory(outcomes: Sequence[FileOutcome]) -> Inventory:
    import pandas as pd

    counts_parts: list[pd.DataFrame] = []
    distinct_parts: list[pd.DataFrame] = []
    for index, outcome in enumerate(outcomes):
        for frame in _batches(outcome.findings):
            counts = frame.groupby([*_GROUP, "entity"]).size().rename("findings").reset_index()
            counts_parts.append(counts.assign(file=index))
            distinct_parts.append(frame[[*_GROUP, "value_hash"]].drop_duplicates())
    if not counts_parts:
        files = tuple(_file_breakdown(o, None) for o in outcomes)
        return Inventory(distinct_values=0, records=(), files=files)
    counts = pd.concat(counts_parts).groupby(["file", *_GROUP, "entity"])["findings"].sum().reset_index()
    distinct = pd.concat(distinct_parts).drop_duplicates()
    paths = [o.document.display for o in outcomes]
    distinct_per_group = distinct.groupby(_GROUP).size().to_dict()
    records = [
        _record(str(category), str(sensitivity), group, distinct_per_group[(category, sensitivity)], paths)
        for (category, sensitivity), group in counts.groupby(_GROUP)
    ]
    records.sort(key=lambda r: (-r.findings, r.category, r.sensitivity))
    per_file = dict(iter(counts.groupby("file")))
    return Inventory(
        distinct_values=int(distinct["value_hash"].nunique()),
        records=tuple(records),
        files=tuple(_file_breakdown(o, per_file.get(i)) for i, o in enumerate(outcomes)),
    )


def _batches(findings: Iterable[ReportedFinding]) -> Iterator[pd.DataFrame]:
    iterator = iter(findings)
    while batch := list(islice(iterator, BATCH_FINDINGS)):
        yield findings_frame(batch)


def _record(
    category: str, sensitivity: str, group: pd.DataFrame, distinct_values: int, paths: list[str]
) -> ProcessingRecord:
    entities = group.groupby("entity")["findings"].sum().sort_values(ascending=False, kind="stable")
    files = group.groupby("file")["findings"].sum().sort_values(ascending=False, kind="stable")
    return ProcessingRecord(
        category=category,
        sensitivity=sensitivity,
        findings=int(group["findings"].sum()),
        distinct_values=int(distinct_values),
        entities={str(entity): int(n) for entity, n in entities.items()},
        files=tuple(FileCount(paths[int(str(file))], int(n)) for file, n in files.items()),
    )


def _file_breakdown(outcome: FileOutcome, counts: pd.DataFrame | None) -> FileBreakdown:
    if counts is None:
        return FileBreakdown(outcome.document.display, outcome.status, outcome.reason, 0, {}, ())
    by_sensitivity = counts.groupby("sensitivity")["findings"].sum()
    by_category = counts.groupby("category")["findings"].sum().sort_values(ascending=False, kind="stable")
    return FileBreakdown(
        path=outcome.document.display,
        status=outcome.status,
        reason=outcome.reason,
        findings=int(counts["findings"].sum()),
        by_sensitivity={str(s): int(n) for s, n in by_sensitivity.items()},
        categories=tuple(str(c) for c in by_category.index),
    )
