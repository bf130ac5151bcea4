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
)
from logscrub.scanner.pipeline import ERROR, FileOutcome
from logscrub.scanner.reports.json_report import write_json_report
from logscrub.scanner.reports.summary import summarise
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
        "  journalctl -u kamailio | logscrub scan -       scan standard input",
    )
    add_path_arguments(scan)
    add_engine_options(scan)
    scan.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table: one readable row per finding plus a summary; json: the report of DESIGN.md. "
        "Example: --format json",
    )
    scan.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="write the report to FILE (whole or not at all) instead of standard output. "
        "Example: -o report.json",
    )
    scan.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    settings = scan_settings(args, taxonomy, locate=True, redact=False)
    table = args.format == "table"
    live: IO[str] | None = sys.stdout if table and args.output is None else None
    if live is not None:
        write_table_header(live)
    outcomes: list[FileOutcome] = []
    for outcome in run_pipeline(settings, documents_from(args), args.jobs):
        outcomes.append(outcome)
        if live is not None:
            write_table_rows(outcome, live)
            live.flush()

    summary = summarise(outcomes, taxonomy)
    if live is not None:
        write_table_summary(outcomes, summary, live)
    elif args.output is None:
        write_json_report(outcomes, summary, sys.stdout)
    else:
        with AtomicFile(args.output) as report:
            if table:
                write_table_header(report.stream)
                for outcome in outcomes:
                    write_table_rows(outcome, report.stream)
                write_table_summary(outcomes, summary, report.stream)
            else:
                write_json_report(outcomes, summary, report.stream)
    for outcome in outcomes:
        outcome.findings.close()
    return EXIT_INPUT_ERROR if summary.by_status.get(ERROR) else EXIT_OK
