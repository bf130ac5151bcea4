"""What scanning one chunk gives back to the pipeline (and to the format that rebuilds a copy)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from logscrub.scanner.records.finding_batch import FindingBatch
from logscrub.scanner.records.findings import Finding


class ValueFinding(NamedTuple):
    """Where a finding lies in a field's value, its entity and what stands for it in the copy (in the
    run's style): all a copy needs to redact it."""

    start: int
    end: int
    entity: str
    replacement: str
    # A pseudonym numbered in the main process, by first appearance in the run: where its number goes
    # in `replacement` (-1: none), and its value's identity.
    number_at: int = -1
    identity: bytes = b""

    def numbered(self, number: int) -> ValueFinding:
        at = self.number_at
        return ValueFinding(
            self.start, self.end, self.entity, f"{self.replacement[:at]}{number}{self.replacement[at:]}"
        )


@dataclass(frozen=True, slots=True)
class PendingNumbers:
    """The pseudonym numbers still to be written into a redacted text, in text order: where each goes,
    its entity and its value's identity (IDENTITY_BYTES each). Columns, not a record per pseudonym: a
    chunk holds tens of thousands, and they travel from a worker to the main process."""

    positions: tuple[int, ...] = ()
    entities: tuple[str, ...] = ()
    identities: bytes = b""

    def __len__(self) -> int:
        return len(self.positions)


@dataclass
class ChunkResult:
    findings: FindingBatch  # located, for the reports
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
