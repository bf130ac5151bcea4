"""What scanning one chunk gives back to the pipeline (and to the format that rebuilds a copy)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from logscrub.scanner.records.findings import Finding, ReportedFinding

if TYPE_CHECKING:  # types only: a record loads neither redaction nor the readers
    from logscrub.scanner.redaction.redactor import PendingNumbers
    from logscrub.scanner.sources.structured.fields import ValueFinding


@dataclass
class ChunkResult:
    findings: list[ReportedFinding]
    entity_counts: Counter[str]
    redacted: str | None
    emit_start: int  # document offsets of the original text `redacted` stands for
    emit_end: int
    # A FieldChunk's: each field's findings in offsets of its value (for copies rebuilt from values).
    value_findings: tuple[tuple[ValueFinding, ...], ...] | None = None
    # Pseudonyms in `redacted` the main process numbers (by first appearance in the run).
    pseudonyms: PendingNumbers | None = None
    # Values the verify pass found left in `redacted`, by entity: the copy must not be published.
    remaining: Mapping[str, int] = field(default_factory=dict)
    # The last finding, when the end of the chunk's text cut it off: it goes on in the next chunk.
    cut_off: Finding | None = None
