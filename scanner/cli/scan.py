"""`logscrub scan`: report the personal data in files; nothing is changed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, Any

from logscrub.scanner.atomic import AtomicFile
from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.cli.inventory import documents_from, run_pipeline, scan_settings
from logscrub.scanner.cli.options import (
    EXIT_INPUT_ERROR,
    EXIT_OK,
    HelpFormatter,
    add_engine_options,
    add_path_arguments,
    add_propagation_options,
    source_settings,
)
from logscrub.scanner.cli.progress import RunProgress, add_progress_option, progress_wanted
from logscrub.scanner.pipeline import ERROR, FileOutcome
from logscrub.scanner.reports.formats import FORMAT_NAMES, format_for_path, formats_help, report_format
from logscrub.scanner.reports.summary import RunSummary, summarise
from logscrub.scanner.reports.table import write_table_header, write_table_rows, write_table_summary


def register(commands: Any) -> None:
    scan = commands.add_parser(
        "scan",
        help="report the personal data in files",
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
        type=Path,
        help="write the report to FILE (whole or not at all) instead of standard output. "
        "Example: -o report.json",
    )
    add_progress_option(scan)
    scan.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    settings = scan_settings(args, taxonomy, locate=True, redact=False)
    chosen = args.format or (args.output and format_for_path(args.output)) or "table"
    live: IO[str] | None = sys.stdout if chosen == "table" and args.output is None else None
    if live is not None:
        write_table_header(live)
    outcomes: list[FileOutcome] = []
    bar = sys.stderr if progress_wanted(args.progress, sys.stderr) else None
    with RunProgress(bar, "scanning") as progress:
        documents = progress.expect(documents_from(args))
        for outcome in run_pipeline(
            settings,
            documents,
            args.jobs,
            progress=progress,
            sources=source_settings(args),
            learning=args.learning,
        ):
            outcomes.append(outcome)
            if live is not None:
                with progress.paused():
                    write_table_rows(outcome, live)
                    live.flush()

    summary = summarise(outcomes, taxonomy)
    if live is not None:
        write_table_summary(outcomes, summary, live)
    elif args.output is None:
        _write_report(chosen, outcomes, summary, taxonomy, sys.stdout)
    else:
        with AtomicFile(args.output) as report:
            _write_report(chosen, outcomes, summary, taxonomy, report.stream)
    for outcome in outcomes:
        outcome.findings.close()
    return EXIT_INPUT_ERROR if summary.by_status.get(ERROR) else EXIT_OK


def _write_report(
    name: str, outcomes: list[FileOutcome], summary: RunSummary, taxonomy: Taxonomy, stream: IO[str]
) -> None:
    if name != "table":
        report_format(name, taxonomy).write(outcomes, summary, stream)
        return
    write_table_header(stream)
    for outcome in outcomes:
        write_table_rows(outcome, stream)
    write_table_summary(outcomes, summary, stream)
