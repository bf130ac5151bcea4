"""`logscrub scan` and `logscrub redact`: the command line of DESIGN.md.

Exit codes everywhere: 0 ran; 2 usage error or a file that could not be read or scanned (such a file
is never reported clean, and never passed on unredacted).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.scanner import __version__
from logscrub.scanner.atomic import AtomicFile
from logscrub.scanner.chunk_scan import ScanSettings
from logscrub.scanner.classification import TaxonomyError, load_taxonomy
from logscrub.scanner.pipeline import ERROR, SKIPPED, FileOutcome, Pipeline
from logscrub.scanner.privacy import load_hash_key
from logscrub.scanner.reports.json_report import write_json_report
from logscrub.scanner.reports.summary import summarise
from logscrub.scanner.reports.table import (
    write_table_header,
    write_table_rows,
    write_table_summary,
)
from logscrub.scanner.sources.paths import expand_paths

EXIT_OK, EXIT_INPUT_ERROR = 0, 2


class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="logscrub",
        description="Find, classify and redact personal data in support logs, tickets and bundles.",
        epilog="Run `logscrub COMMAND --help` for each command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"logscrub {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    scan = commands.add_parser(
        "scan",
        help="report the personal data in files",
        formatter_class=_Formatter,
        description="Scan files, folders (recursively) or standard input (-) and report every finding "
        "with its data category and sensitivity. Nothing is changed.",
        epilog="examples:\n"
        "  logscrub scan support-bundle/                 table on the terminal\n"
        "  logscrub scan app.log --format json -o r.json  JSON report (schema logscrub.report/1)\n"
        "  journalctl -u kamailio | logscrub scan -       scan standard input",
    )
    _add_common(scan)
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

    redact = commands.add_parser(
        "redact",
        help="write redacted copies of files",
        formatter_class=_Formatter,
        description="Write a redacted copy of each input under --out, mirroring the input tree: each "
        "finding is replaced (a SIP URI as one unit), everything else, line count and line order "
        "included, stays as it was. Originals are never modified; a copy appears only when its "
        "file was scanned completely.",
        epilog="examples:\n"
        "  logscrub redact bundle/ --out shared/          bundle/a.log -> shared/a.log\n"
        "  logscrub redact sip.log --out out --report r.json",
    )
    _add_common(redact)
    redact.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        required=True,
        help="folder for the redacted copies (made if missing). Example: --out redacted/",
    )
    redact.add_argument(
        "--style",
        choices=("token",),
        default="token",
        help="how a finding is replaced; token: its entity name, e.g. <PHONE_NUMBER>. Example: --style token",
    )
    redact.add_argument(
        "--report",
        metavar="FILE",
        type=Path,
        help="also write the JSON report of what was redacted. Example: --report report.json",
    )
    return parser


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file, a folder (scanned recursively) or - for standard input. Example: logs/",
    )
    command.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=_available_cores(),
        metavar="N",
        help="worker processes; files and chunks of one big file alike are shared among them. Example: -j 2",
    )
    command.add_argument(
        "--regions",
        type=_regions,
        default=DEFAULT_REGIONS,
        metavar="CC,CC",
        help="countries whose national phone number forms (leading 0) are recognised. "
        "Example: --regions SE,DE,NO",
    )


def _available_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _regions(text: str) -> tuple[str, ...]:
    regions = tuple(part.strip().upper() for part in text.split(",") if part.strip())
    if not regions or any(len(r) != 2 or not r.isalpha() for r in regions):
        raise argparse.ArgumentTypeError("two-letter country codes separated by commas, e.g. SE,DE")
    return regions


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        taxonomy = load_taxonomy()
    except TaxonomyError as exc:
        print(f"logscrub: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    redacting = args.command == "redact"
    settings = ScanSettings(
        taxonomy=taxonomy,
        hash_key=load_hash_key(),
        regions=args.regions,
        locate=not redacting or args.report is not None,
        redact=redacting,
    )
    out_dir: Path | None = args.out if redacting else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        parser.error(f"--out {out_dir}: not a folder")
    exclude = [out_dir] if out_dir is not None else []
    documents = expand_paths(args.paths, exclude=exclude)
    pipeline = Pipeline(settings, jobs=args.jobs, out_dir=out_dir)

    table = args.command == "scan" and args.format == "table"
    table_stream: IO[str] | None = None
    if table and args.output is None:
        table_stream = sys.stdout
        write_table_header(table_stream)
    outcomes: list[FileOutcome] = []
    for outcome in pipeline.run(documents):
        outcomes.append(outcome)
        _tell(outcome)
        if table_stream is not None:
            write_table_rows(outcome, table_stream)
            table_stream.flush()

    summary = summarise(outcomes, taxonomy)
    if args.command == "scan":
        if args.output is not None:
            with AtomicFile(args.output) as report:
                if table:
                    write_table_header(report.stream)
                    for outcome in outcomes:
                        write_table_rows(outcome, report.stream)
                    write_table_summary(outcomes, summary, report.stream)
                else:
                    write_json_report(outcomes, summary, report.stream)
        elif table:
            write_table_summary(outcomes, summary, sys.stdout)
        else:
            write_json_report(outcomes, summary, sys.stdout)
    else:
        if args.report is not None:
            with AtomicFile(args.report) as report:
                write_json_report(outcomes, summary, report.stream)
        written = sum(1 for o in outcomes if o.output is not None)
        print(
            f"logscrub: {written} redacted copies in {out_dir} ({summary.findings} findings replaced)",
            file=sys.stderr,
        )
    for outcome in outcomes:
        outcome.findings.close()
    return EXIT_INPUT_ERROR if summary.by_status.get(ERROR) else EXIT_OK


def _tell(outcome: FileOutcome) -> None:
    """One line on standard error for each file that was not scanned."""
    if outcome.status == ERROR:
        print(f"logscrub: error: {outcome.document.display}: {outcome.reason}", file=sys.stderr)
    elif outcome.status == SKIPPED:
        print(f"logscrub: skipped: {outcome.document.display}: {outcome.reason}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
