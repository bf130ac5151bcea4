"""The CSV report: one row per finding, for spreadsheets and scripts; one row per file not scanned.

Each row carries its file's status. A file that was skipped or could not be scanned gets a row of its
own with its status and reason and empty finding columns, so that it is never taken for clean. Cells a
spreadsheet would run as a formula (a path or preview starting with =, +, -, @) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, ClassVar

from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.pipeline import SCANNED, FileOutcome
from logscrub.scanner.reports.summary import RunSummary

CSV_COLUMNS = (
    "path",
    "line",
    "column",
    "entity",
    "category",
    "sensitivity",
    "score",
    "recognizer",
    "value_hash",
    "preview",
    "attributes",
    "status",
    "reason",
)
# A cell starting with one of these is a formula to a spreadsheet; file names come from the input.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvFormat:
    name: ClassVar[str] = "csv"
    suffix: ClassVar[str] = ".csv"
    description: ClassVar[str] = "one row per finding (and per file not scanned), for spreadsheets"
    taxonomy: Taxonomy

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        write_csv_report(outcomes, stream)


def write_csv_report(outcomes: Sequence[FileOutcome], stream: IO[str]) -> None:
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    for outcome in outcomes:
        path, reason = spreadsheet_safe(outcome.document.display), outcome.reason or ""
        if outcome.status != SCANNED:
            writer.writerow([path, *[""] * 10, outcome.status, reason])
        for f in outcome.findings:
            attributes = json.dumps(dict(f.attributes), sort_keys=True) if f.attributes else ""
            writer.writerow(
                [
                    path,
                    f.line,
                    f.column,
                    f.entity,
                    f.category,
                    f.sensitivity,
                    f.score,
                    f.recognizer,
                    f.value_hash,
                    spreadsheet_safe(f.preview),
                    attributes,
                    outcome.status,
                    reason,
                ]
            )


def spreadsheet_safe(text: str) -> str:
    """`text`, with a leading apostrophe if a spreadsheet would run it as a formula (OWASP's advice)."""
    return "'" + text if len(text) > 1 and text.startswith(_FORMULA_STARTS) else text
