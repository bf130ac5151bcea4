"""`logscrub scan`: report the personal data in files; nothing is changed."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from logscrub.scanner.cli.commands import summary
from logscrub.scanner.cli.inventory import documents_from, name_search, run_pipeline, scan_settings
from logscrub.scanner.cli.options import (
    HelpFormatter,
    add_engine_options,
    add_path_arguments,
    add_propagation_options,
    add_scheduler_option,
    source_settings,
)
from logscrub.scanner.cli.progress import RunProgress, add_progress_option, progress_wanted
from logscrub.scanner.executors import scheduler_address
from logscrub.scanner.exit_codes import EXIT_INPUT_ERROR, EXIT_OK
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.formats import (
    FORMAT_NAMES,
    format_for_path,
    formats_help,
    report_format,
    unknown_suffix,
    wants_masked_lines,
)
from logscrub.scanner.reports.streaming import ReportWriter
from logscrub.scanner.reports.summary import RunSummary
from logscrub.scanner.reports.table import FindingsTable, table_width
from logscrub.scanner.sources.remote_output import output_file

TABLE_SUFFIX = ".txt"
UNKNOWN_FORMAT = ""


def register(commands: Any) -> None:
    scan = commands.add_parser(
        "scan",
        help=summary("scan"),
        formatter_class=HelpFormatter,
        description="Scan files, folders (recursively) or standard input (-) and report every finding "
        "with its data category and sensitivity. Nothing is changed.",
        epilog="examples:\n"
        "  logscrub scan support-bundle/                 table on the terminal\n"
        "  logscrub scan app.log --format json -o r.json  JSON report (schema logscrub.report/1)\n"
        "  logscrub scan bundle/ -o inventory.html        HTML report, format from the suffix\n"
        "  journalctl -u kamailio | logscrub scan -       scan standard input",
    )
    add_path_arguments(scan)
    add_engine_options(scan)
    add_propagation_options(scan)
    add_scheduler_option(scan)
    scan.add_argument(
        "--format",
        choices=("table", *FORMAT_NAMES),
        help="table: one readable row per finding plus a summary; "
        + formats_help()
        + ". Default: the format whose suffix -o FILE has, else table. Example: --format html",
    )
    scan.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the report to FILE (whole or not at all) instead of standard output; FILE may be "
        "a URL (s3://, gs://, az://), published once complete. Example: -o report.json",
    )
    add_progress_option(scan)
    scan.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    settings = scan_settings(args, taxonomy, locate=True, redact=False)
    chosen = args.format or ("table" if args.output is None else _format_for_output(Path(args.output)))
    if chosen == UNKNOWN_FORMAT:
        alternatives = f"{TABLE_SUFFIX} for the table, or --format"
        print(
            f"logscrub scan: error: {unknown_suffix('-o', Path(args.output), alternatives)}", file=sys.stderr
        )
        return EXIT_INPUT_ERROR
    settings = replace(settings, masked_lines=wants_masked_lines(chosen))
    summary = RunSummary(name_search=name_search(settings))
    bar = sys.stderr if progress_wanted(args.progress, sys.stderr) else None
    with ExitStack() as output:
        stream = sys.stdout if args.output is None else output.enter_context(output_file(args.output)).stream
        report = _report_writer(chosen, stream, summary, taxonomy)
        with RunProgress(bar, "scanning") as progress:
            documents = progress.expect(documents_from(args))
            for outcome in run_pipeline(
                settings,
                documents,
                args.jobs,
                progress=progress,
                sources=source_settings(args),
                learning=args.learning,
                scheduler=scheduler_address(args.scheduler),
            ):
                summary.add(outcome, taxonomy)
                # Written as each file completes and let go of: memory does not grow with the findings.
                with progress.paused():
                    report.add(outcome)
                    stream.flush()
        report.finish(summary)
    return EXIT_INPUT_ERROR if summary.by_status.get(FileStatus.ERROR) else EXIT_OK


class _TableReport:
    """The table as a report writer: each file's findings as it completes, then the totals."""

    def __init__(self, stream: IO[str], taxonomy: Taxonomy) -> None:
        self._table = FindingsTable(stream, taxonomy.sensitivities, table_width())
        self._not_scanned: list[FileOutcome] = []

    def add(self, outcome: FileOutcome) -> None:
        self._table.write_file(outcome)
        outcome.findings.close()
        if outcome.status != FileStatus.SCANNED:
            self._not_scanned.append(outcome)

    def finish(self, summary: RunSummary) -> None:
        self._table.write_summary(self._not_scanned, summary)


def _report_writer(name: str, stream: IO[str], summary: RunSummary, taxonomy: Taxonomy) -> ReportWriter:
    if name == "table":
        return _TableReport(stream, taxonomy)
    return report_format(name, taxonomy).writer(stream, summary.name_search, True)


def _format_for_output(path: Path) -> str:
    if path.suffix.lower() == TABLE_SUFFIX:
        return "table"
    return format_for_path(path) or UNKNOWN_FORMAT
