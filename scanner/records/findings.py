"""The records that flow from the engine to redaction and reports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Finding:
    """A span of personal data the engine kept, in offsets of the text it scanned."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    attributes: Mapping[str, Any] | None = None
    # The value's canonical form when the finding knows it better than its text does: a recurrence
    # of a learnt value ("46701740612" is the +46701740612 learnt elsewhere). Never reported.
    canonical: str | None = None


@dataclass(frozen=True, slots=True)
class ReportedFinding:
    """A finding as reports carry it: located, classified, and without its raw value."""

    entity: str
    category: str
    sensitivity: str
    start: int
    end: int
    line: int
    column: int
    score: float
    recognizer: str
    value_hash: str
    preview: str
    attributes: Mapping[str, Any] | None = None
    # The finding's line with every finding on it replaced by its entity token, cut around it (only
    # when the run asks: ScanSettings.masked_lines, for the HTML report). Not in the JSON report.
    masked_line: str | None = None
