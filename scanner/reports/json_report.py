"""The JSON report, schema `logscrub.report/1` (DESIGN.md; JSON Schema in report.schema.json)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from importlib.resources import files
from typing import IO, Any, ClassVar

import logscrub.scanner
from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.finding_batch import FindingBatch
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.inventory import InventoryBuilder
from logscrub.scanner.reports.streaming import write_all
from logscrub.scanner.reports.summary import NameSearch, RunSummary

SCHEMA_ID = "logscrub.report/1"
SCHEMA_FILE = "report.schema.json"


@dataclass(frozen=True)
class JsonFormat:
    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = ".json"
    description: ClassVar[str] = "the inventory report, schema logscrub.report/1, every finding"
    taxonomy: Taxonomy

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        write_json_report(outcomes, summary, stream)

    def writer(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> JsonReportWriter:
        return JsonReportWriter(stream, name_search, release)


def report_schema() -> dict[str, Any]:
    """The JSON Schema every JSON report validates against."""
    schema: dict[str, Any] = json.loads(files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
    return schema


def write_json_report(outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
    """Write the report of outcomes already collected."""
    write_all(JsonReportWriter(stream, summary.name_search), outcomes, summary)


class JsonReportWriter:
    """The report written as the run goes: the head at once, each file's entry as it completes (its
    findings streamed from their store, counted for the records of processing as they pass), the summary
    at the end."""

    def __init__(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> None:
        self._stream, self._name_search, self._release = stream, name_search, release
        self._inventory = InventoryBuilder()
        self._files = 0
        stream.write("{\n")
        stream.write(f'  "schema": {json.dumps(SCHEMA_ID)},\n')
        tool = {"name": "logscrub", "version": logscrub.scanner.__version__}
        stream.write(f'  "tool": {json.dumps(tool)},\n')
        stream.write('  "files": [')

    def add(self, outcome: FileOutcome) -> None:
        self._stream.write(",\n    " if self._files else "\n    ")
        self._files += 1
        _write_file(outcome, self._name_search, self._inventory.counted_batches(outcome), self._stream)
        if self._release:
            outcome.findings.close()

    def finish(self, summary: RunSummary) -> None:
        self._stream.write("\n  ],\n")
        inventory = self._inventory.inventory()
        totals = {
            "files": summary.files,
            "findings": summary.findings,
            "by_category": dict(sorted(summary.by_category.items())),
            "by_entity": dict(sorted(summary.by_entity.items())),
            "by_status": dict(sorted(summary.by_status.items())),
            "by_sensitivity": dict(sorted(summary.by_sensitivity.items())),
            "distinct_values": inventory.distinct_values,
            "name_findings": summary.name_findings,
            "records_of_processing": [asdict(record) for record in inventory.records],
        }
        self._stream.write(f'  "summary": {json.dumps(totals)}\n')
        self._stream.write("}\n")


def _write_file(
    outcome: FileOutcome, name_search: NameSearch, batches: Iterable[FindingBatch], stream: IO[str]
) -> None:
    head: dict[str, Any] = {
        "path": display_name(outcome.document.display),
        "sha256": outcome.sha256,
        "size": outcome.size,
        "encoding": outcome.encoding,
        "status": outcome.status,
    }
    if outcome.reason:
        head["reason"] = outcome.reason
    # Which categories of personal data the file holds, and how much of each.
    head["categories"] = dict(sorted(outcome.findings.by_category.items()))
    if outcome.document.name_entities:  # redacted in "path"
        head["name_findings"] = dict(sorted(Counter(outcome.document.name_entities).items()))
    head["name_search"] = name_search.as_record()
    text = json.dumps(head)
    stream.write(text[:-1] + ', "findings": [')
    separator = "\n      "
    for batch in batches:
        # The workers encoded each finding as its entry here, a line each (JSON text holds no newline).
        stream.write(separator + batch.entries.replace("\n", ",\n      "))
        separator = ",\n      "
    stream.write("\n    ]}" if outcome.findings.count else "]}")
