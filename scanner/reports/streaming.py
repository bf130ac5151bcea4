"""Reports written as the run goes: a writer is opened before the first file completes, given each
file's outcome as it completes, and finished with the run's totals. A writer that `releases` lets go of
a file's findings once written (their spill file closed), so that neither memory nor the findings read
again grow with the run: `redact --report` keeps no outcome."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.reports.summary import RunSummary


class ReportWriter(Protocol):
    def add(self, outcome: FileOutcome) -> None:
        """Write (or count) one more file of the run."""

    def finish(self, summary: RunSummary) -> None:
        """Write what only the whole run tells (totals, records of processing) and end the report."""


def write_all(writer: ReportWriter, outcomes: Iterable[FileOutcome], summary: RunSummary) -> None:
    """The whole report of outcomes already collected."""
    for outcome in outcomes:
        writer.add(outcome)
    writer.finish(summary)
