"""What became of one document: the record the pipeline hands to reports, the gate and the daemon."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.finding_store import FindingStore


class FileStatus(str, Enum):
    """A document's status as reports write it (a str: `"scanned"` in JSON, CSV and text alike)."""

    SCANNED = "scanned"
    SKIPPED = "skipped"
    ERROR = "error"

    # As the plain string: reports count by status in dicts and write it with str() and f-strings.
    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value


@dataclass
class FileOutcome:
    """What became of one document."""

    document: Document
    status: FileStatus = FileStatus.SCANNED
    reason: str | None = None
    encoding: str | None = None
    size: int | None = None
    sha256: str | None = None  # keyed: privacy.content_hash of the stored bytes
    findings: FindingStore = field(default_factory=FindingStore)
    entity_counts: Counter[str] = field(default_factory=Counter)
    output: Path | None = None

    def fail(self, reason: str) -> None:
        self.status, self.reason = FileStatus.ERROR, reason
