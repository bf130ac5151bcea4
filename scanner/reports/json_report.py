"""The JSON report, schema `logscrub.report/1` (DESIGN.md; JSON Schema in report.schema.json)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from importlib.resources import files
from typing import IO, Any, ClassVar

from logscrub.scanner import __version__
from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.findings import ReportedFinding
from logscrub.scanner.pipeline import FileOutcome
from logscrub.scanner.reports.inventory import build_inventory
from logscrub.scanner.reports.summary import RunSummary

SCHEMA_ID = "logscrub.report/1"
SCHEMA_FILE = "report.schema.json"


@dataclass(frozen=True)
class JsonFormat:
    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = ".json"
    description: ClassVar[str] = "the report of DESIGN.md, schema logscrub.report/1, every finding"
    taxonomy: Taxonomy

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        write_json_report(outcomes, summary, stream)


def report_schema() -> dict[str, Any]:
    """The JSON Schema every JSON report validates against."""
    schema: dict[str, Any] = json.loads(files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
    return schema


def write_json_report(outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
    """Write the report, one file entry at a time (findings are streamed from their stores)."""
    stream.write("{\n")
    stream.write(f'  "schema": {json.dumps(SCHEMA_ID)},\n')
    tool = {"name": "logscrub", "version": __version__}
    stream.write(f'  "tool": {json.dumps(tool)},\n')
    stream.write('  "files": [')
    for index, outcome in enumerate(outcomes):
        stream.write(",\n    " if index else "\n    ")
        _write_file(outcome, stream)
    stream.write("\n  ],\n")
    inventory = build_inventory(outcomes)
    totals = {
        "files": summary.files,
        "findings": summary.findings,
        "by_category": dict(sorted(summary.by_category.items())),
        "by_entity": dict(sorted(summary.by_entity.items())),
        "by_status": dict(sorted(summary.by_status.items())),
        "by_sensitivity": dict(sorted(summary.by_sensitivity.items())),
        "distinct_values": inventory.distinct_values,
        "records_of_processing": [asdict(record) for record in inventory.records],
    }
    stream.write(f'  "summary": {json.dumps(totals)}\n')
    stream.write("}\n")


def _write_file(outcome: FileOutcome, stream: IO[str]) -> None:
    head: dict[str, Any] = {
        "path": outcome.document.display,
        "sha256": outcome.sha256,
        "size": outcome.size,
        "encoding": outcome.encoding,
        "status": outcome.status,
    }
    if outcome.reason:
        head["reason"] = outcome.reason
    # Which categories of personal data the file holds, and how much of each.
    head["categories"] = dict(sorted(Counter(f.category for f in outcome.findings).items()))
    text = json.dumps(head)
    stream.write(text[:-1] + ', "findings": [')
    for index, finding in enumerate(outcome.findings):
        stream.write(",\n      " if index else "\n      ")
        stream.write(json.dumps(finding_json(finding), ensure_ascii=False))
    stream.write("\n    ]}" if outcome.findings.count else "]}")


_FINDING_FIELDS = tuple(f.name for f in fields(ReportedFinding) if f.name != "attributes")


def finding_json(finding: ReportedFinding) -> dict[str, Any]:
    # Field by field: asdict() deep-copies every value, the larger part of writing a big report.
    record = {name: getattr(finding, name) for name in _FINDING_FIELDS}
    if finding.attributes:
        record["attributes"] = dict(finding.attributes)
    return record
