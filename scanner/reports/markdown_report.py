"""The Markdown report: a summary to paste into a ticket. Totals, the records of processing (by
category and sensitivity) and a line per file; no single finding, and never a value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, ClassVar

import logscrub.scanner
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.inventory import (
    FileBreakdown,
    Inventory,
    InventoryBuilder,
    ProcessingRecord,
    most_sensitive_first,
)
from logscrub.scanner.reports.streaming import write_all
from logscrub.scanner.reports.summary import NameSearch, RunSummary
from logscrub.scanner.reports.text import markdown_text, plural

FILE_ROWS = 100  # a ticket is no place for more; the other reports list every file
FILES_PER_RECORD = 5


@dataclass(frozen=True)
class MarkdownFormat:
    name: ClassVar[str] = "md"
    suffix: ClassVar[str] = ".md"
    description: ClassVar[str] = "a summary to paste into a ticket: totals, categories, files"
    taxonomy: Taxonomy

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        write_markdown_report(outcomes, summary, stream, self.taxonomy)

    def writer(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> MarkdownReportWriter:
        return MarkdownReportWriter(stream, self.taxonomy, release)


class MarkdownReportWriter:
    """Counts each file as it completes; the page, all aggregates, is written at the end."""

    def __init__(self, stream: IO[str], taxonomy: Taxonomy, release: bool = False) -> None:
        self._stream, self._taxonomy, self._release = stream, taxonomy, release
        self._inventory = InventoryBuilder()

    def add(self, outcome: FileOutcome) -> None:
        self._inventory.add(outcome)
        if self._release:
            outcome.findings.close()

    def finish(self, summary: RunSummary) -> None:
        _write_markdown(self._inventory.inventory(), summary, self._stream, self._taxonomy)


def write_markdown_report(
    outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str], taxonomy: Taxonomy
) -> None:
    write_all(MarkdownReportWriter(stream, taxonomy), outcomes, summary)


def _write_markdown(inventory: Inventory, summary: RunSummary, stream: IO[str], taxonomy: Taxonomy) -> None:
    seen = [*summary.by_sensitivity, *(r.sensitivity for r in inventory.records)]
    sensitivities = most_sensitive_first(taxonomy, seen)
    lines = ["# Personal data inventory", "", _totals(summary, inventory), ""]
    lines += [f"{summary.name_search.sentence()}", ""]
    lines += _not_scanned(inventory.files)
    lines += _by_sensitivity(summary, sensitivities)
    lines += _records(inventory.records, sensitivities)
    lines += _per_file(inventory.files, [s for s in sensitivities if summary.by_sensitivity[s]])
    release = logscrub.scanner.__version__
    lines.append(f"Made by logscrub {release}. Values are never shown; the reports carry keyed hashes.")
    stream.write("\n".join(lines) + "\n")


def _totals(summary: RunSummary, inventory: Inventory) -> str:
    statuses = ", ".join(f"{n} {status}" for status, n in sorted(summary.by_status.items()))
    return (
        f"**{plural(summary.files, 'file')}** ({statuses or 'none'}) · **{summary.findings}** findings · "
        f"**{inventory.distinct_values}** distinct values"
    )


def _not_scanned(files: Sequence[FileBreakdown]) -> list[str]:
    missed = [f for f in files if f.status != FileStatus.SCANNED]
    if not missed:
        return []
    lines = [f"> **{plural(len(missed), 'file')} not scanned: not known to be free of personal data.**", ">"]
    lines += [f"> - {markdown_text(f.path)}: {f.status}: {markdown_text(f.reason or '')}" for f in missed]
    return [*lines, ""]


def _by_sensitivity(summary: RunSummary, sensitivities: Sequence[str]) -> list[str]:
    lines = ["## By sensitivity", "", "| Sensitivity | Findings |", "|---|--:|"]
    lines += [
        f"| {markdown_text(s)} | {summary.by_sensitivity[s]} |"
        for s in sensitivities
        if summary.by_sensitivity[s]
    ]
    return [*lines, ""] if summary.by_sensitivity else ["## By sensitivity", "", "No findings.", ""]


def _records(records: Sequence[ProcessingRecord], sensitivities: Sequence[str]) -> list[str]:
    lines = [
        "## Records of processing",
        "",
        "Which categories of personal data were found, at what sensitivity, how much and where.",
        "",
    ]
    if not records:
        return [*lines, "No personal data found.", ""]
    lines += [
        "| Category | Sensitivity | Findings | Distinct values | Kinds | Files |",
        "|---|---|--:|--:|---|---|",
    ]
    for r in sorted(records, key=lambda r: sensitivities.index(r.sensitivity)):
        kinds = ", ".join(f"{markdown_text(entity)} {n}" for entity, n in r.entities.items())
        shown = ", ".join(f"{markdown_text(f.path)} ({f.findings})" for f in r.files[:FILES_PER_RECORD])
        more = f" and {len(r.files) - FILES_PER_RECORD} more" if len(r.files) > FILES_PER_RECORD else ""
        lines.append(
            f"| {markdown_text(r.category)} | {markdown_text(r.sensitivity)} | {r.findings} | "
            f"{r.distinct_values} | "
            f"{kinds} | {shown}{more} |"
        )
    return [*lines, ""]


def _per_file(files: Sequence[FileBreakdown], sensitivities: Sequence[str]) -> list[str]:
    listed = sorted(
        (f for f in files if f.findings or f.status != FileStatus.SCANNED), key=lambda f: -f.findings
    )
    clean = sum(1 for f in files if f.status == FileStatus.SCANNED and not f.findings)
    lines = ["## Per file", ""]
    if listed:
        lines += [
            "| File | Status | Findings | "
            + " | ".join(map(markdown_text, sensitivities))
            + " | Categories |",
            "|---|---|--:|" + "--:|" * len(sensitivities) + "---|",
        ]
        for f in listed[:FILE_ROWS]:
            counts = " | ".join(str(f.by_sensitivity.get(s, 0)) for s in sensitivities)
            categories = ", ".join(map(markdown_text, f.categories))
            lines.append(f"| {markdown_text(f.path)} | {f.status} | {f.findings} | {counts} | {categories} |")
        lines.append("")
    if len(listed) > FILE_ROWS:
        more = plural(len(listed) - FILE_ROWS, "file")
        lines += [f"{more} more with findings: see the HTML or JSON report.", ""]
    if clean:
        lines += [f"{plural(clean, 'file')} scanned with no findings.", ""]
    return lines
