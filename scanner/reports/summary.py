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
    by_sensitivity: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)


def summarise(outcomes: Sequence[FileOutcome], taxonomy: Taxonomy) -> RunSummary:
    summary = RunSummary(files=len(outcomes))
    for outcome in outcomes:
        summary.by_status[outcome.status] += 1
        for entity, n in outcome.entity_counts.items():
            summary.findings += n
            summary.by_entity[entity] += n
        if outcome.findings.count:
            # Located findings carry their own classification (a context rule may have set it).
            for finding in outcome.findings:
                summary.by_category[finding.category] += 1
                summary.by_sensitivity[finding.sensitivity] += 1
            continue
        for entity, n in outcome.entity_counts.items():
            classification = taxonomy.classify(entity)
            summary.by_category[classification.category] += n
            summary.by_sensitivity[classification.sensitivity] += n
    return summary
