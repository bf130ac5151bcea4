"""Report formats as plug-ins of one protocol: a name for `--format`, a file suffix for `--report`,
and a writer of a run's outcomes. Adding a format is a class here and one line in FORMATS."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, ClassVar, Protocol

from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.csv_report import CsvFormat
from logscrub.scanner.reports.html_report import HtmlFormat
from logscrub.scanner.reports.json_report import JsonFormat
from logscrub.scanner.reports.markdown_report import MarkdownFormat
from logscrub.scanner.reports.sarif import SarifFormat
from logscrub.scanner.reports.streaming import ReportWriter
from logscrub.scanner.reports.summary import NameSearch, RunSummary


class ReportFormat(Protocol):
    name: ClassVar[str]  # the value of --format
    suffix: ClassVar[str]  # the file suffix that selects it for --report
    description: ClassVar[str]  # one line for --help

    def __init__(self, taxonomy: Taxonomy) -> None: ...

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        """Write the whole report of `outcomes` to `stream`; never a raw value."""

    def writer(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> ReportWriter:
        """A report to `stream` written as the run goes (see streaming.py); `release`: let go of each
        file's findings once written."""


FORMATS: tuple[type[ReportFormat], ...] = (JsonFormat, CsvFormat, MarkdownFormat, HtmlFormat, SarifFormat)


def unknown_suffix(option: str, path: Path, alternatives: str) -> str:
    """The error for a report file whose suffix names no format: the option, the path, what to use."""
    suffixes = ", ".join(f.suffix for f in FORMATS)
    return (
        f"{option} {display_name(str(path))}: cannot tell the format from its suffix "
        f"(use {suffixes}, {alternatives})"
    )


FORMAT_NAMES = tuple(f.name for f in FORMATS)


def report_format(name: str, taxonomy: Taxonomy) -> ReportFormat:
    """The format called `name` (one of FORMAT_NAMES)."""
    (chosen,) = (f for f in FORMATS if f.name == name)
    return chosen(taxonomy)


def wants_masked_lines(name: str) -> bool:
    """Whether the format called `name` shows each finding's masked line (ScanSettings.masked_lines)."""
    return name == HtmlFormat.name


def format_for_path(path: Path) -> str | None:
    """The name of the format whose suffix `path` has (case-insensitive), if any."""
    suffix = path.suffix.lower()
    return next((f.name for f in FORMATS if f.suffix == suffix), None)


def formats_help() -> str:
    """One line per format for --help: its name, its suffix and what it holds."""
    return "; ".join(f"{f.name} ({f.suffix}): {f.description}" for f in FORMATS)
