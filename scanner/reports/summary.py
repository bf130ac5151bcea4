"""Counts across all files of a run, shared by every report format."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.pipeline import FileOutcome


@dataclass
class RunSummary:
    files: int = 0
    findings: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_entity: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)


def summarise(outcomes: Sequence[FileOutcome], taxonomy: Taxonomy) -> RunSummary:
    summary = RunSummary(files=len(outcomes))
    for outcome in outcomes:
        summary.by_status[outcome.status] += 1
        for entity, n in outcome.entity_counts.items():
            summary.findings += n
            summary.by_entity[entity] += n
            summary.by_category[taxonomy.classify(entity).category] += n
    return summary
