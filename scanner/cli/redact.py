"""`logscrub redact`: write redacted copies of files, mirroring the input tree."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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
from logscrub.scanner.pipeline import ERROR
from logscrub.scanner.reports.json_report import write_json_report
from logscrub.scanner.reports.summary import summarise


def register(commands: Any) -> None:
    redact = commands.add_parser(
        "redact",
        help="write redacted copies of files",
        formatter_class=HelpFormatter,
        description="Write a redacted copy of each input under --out, mirroring the input tree: each "
        "finding is replaced (a SIP URI as one unit), everything else, line count and line order "
        "included, stays as it was. Originals are never modified; a copy appears only when its "
        "file was scanned completely.",
        epilog="examples:\n"
        "  logscrub redact bundle/ --out shared/          bundle/a.log -> shared/a.log\n"
        "  logscrub redact sip.log --out out --report r.json",
    )
    add_path_arguments(redact)
    add_engine_options(redact)
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
    redact.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    out_dir: Path = args.out
    if out_dir.exists() and not out_dir.is_dir():
        print(f"logscrub redact: error: --out {out_dir}: not a folder", file=sys.stderr)
        return EXIT_INPUT_ERROR
    settings = scan_settings(args, taxonomy, locate=args.report is not None, redact=True)
    outcomes = list(run_pipeline(settings, documents_from(args, out_dir), args.jobs, out_dir))
    summary = summarise(outcomes, taxonomy)
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
