"""`logscrub redact`: write redacted copies of files, mirroring the input tree."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
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
    add_propagation_options,
    source_settings,
)
from logscrub.scanner.cli.progress import RunProgress, add_progress_option, progress_wanted
from logscrub.scanner.pipeline import ERROR, SCANNED
from logscrub.scanner.redaction.picker import STYLES
from logscrub.scanner.redaction.pseudonyms import PSEUDONYM_KEY_ENV
from logscrub.scanner.redaction.settings import (
    RedactionSettings,
    RedactionSettingsError,
    load_redaction_file,
    with_command_line,
)
from logscrub.scanner.reports.formats import FORMAT_NAMES, FORMATS, format_for_path, report_format
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
    add_propagation_options(redact)
    redact.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        required=True,
        help="folder for the redacted copies (made if missing). Example: --out redacted/",
    )
    redact.add_argument(
        "--style",
        choices=tuple(STYLES),
        default=argparse.SUPPRESS,
        help="how a finding is replaced (default: token, or the default of --redaction): token: its "
        "entity, <PHONE_NUMBER>; pseudonym: one name per value in the whole run, <PERSON_3> (with --key: "
        "stable across runs, <PERSON_7f3a9c2b>); mask: its shape, digits X and letters x, 070-XXX XX XX; "
        "hash: the start of its keyed value_hash in the report, <PHONE_NUMBER:3f9a1c2b>. "
        "Example: --style pseudonym",
    )
    redact.add_argument(
        "--keep-domain",
        action="store_true",
        help="keep the domain of e-mail and SIP addresses (not an IP address): <EMAIL_ADDRESS>@example.se. "
        "Example: --keep-domain",
    )
    redact.add_argument(
        "--keep-country-code",
        action="store_true",
        help="keep the country code of phone numbers written with one: +46 <PHONE_NUMBER>. "
        "Example: --keep-country-code",
    )
    redact.add_argument(
        "--keep-ip-scope",
        action="store_true",
        help="keep whether an IP address is private, public or loopback: <IP_ADDRESS private>; masked, "
        "a private network's octets: 10.XX.X.XX. Example: --keep-ip-scope",
    )
    redact.add_argument(
        "--key",
        metavar="KEY",
        help="the pseudonym key: the same value gets the same pseudonym in every run with this key (else "
        f"${PSEUDONYM_KEY_ENV}, which other users cannot see in the process list). "
        'Example: --key "$(cat team.key)"',
    )
    redact.add_argument(
        "--redaction",
        metavar="FILE",
        type=Path,
        help="YAML with a `redaction:` section: default style, a style per entity, what to keep "
        "(command-line options apply on top). Example: --redaction redaction.yaml",
    )
    redact.add_argument(
        "--report",
        metavar="FILE",
        type=Path,
        help="also write a report of what was redacted, in the format its suffix names ("
        + ", ".join(f.suffix for f in FORMATS)
        + "; see scan --help for each). Example: --report report.html",
    )
    redact.add_argument(
        "--report-format",
        choices=FORMAT_NAMES,
        help="the format of --report whatever its suffix. Example: --report-format json",
    )
    add_progress_option(redact)
    redact.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    out_dir: Path = args.out
    if out_dir.exists() and not out_dir.is_dir():
        print(f"logscrub redact: error: --out {out_dir}: not a folder", file=sys.stderr)
        return EXIT_INPUT_ERROR
    report_name = args.report_format or (args.report and format_for_path(args.report))
    if args.report is not None and report_name is None:
        suffixes = ", ".join(f.suffix for f in FORMATS)
        print(
            f"logscrub redact: error: --report {args.report}: cannot tell the format from its suffix "
            f"(use {suffixes}, or --report-format)",
            file=sys.stderr,
        )
        return EXIT_INPUT_ERROR
    try:
        redaction = _redaction_settings(args)
    except RedactionSettingsError as exc:
        print(f"logscrub redact: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    settings = replace(
        scan_settings(args, taxonomy, locate=args.report is not None, redact=True), redaction=redaction
    )
    bar = sys.stderr if progress_wanted(args.progress, sys.stderr) else None
    with RunProgress(bar, "redacting") as progress:
        documents = progress.expect(documents_from(args, out_dir))
        outcomes = list(
            run_pipeline(
                settings, documents, args.jobs, out_dir, progress, source_settings(args), args.learning
            )
        )
    summary = summarise(outcomes, taxonomy)
    if args.report is not None and report_name is not None:
        with AtomicFile(args.report) as report:
            report_format(report_name, taxonomy).write(outcomes, summary, report.stream)
    written = sum(1 for o in outcomes if o.output is not None)
    replaced = sum(o.entity_counts.total() for o in outcomes if o.status == SCANNED)
    print(f"logscrub: {written} redacted copies in {out_dir} ({replaced} findings replaced)", file=sys.stderr)
    for outcome in outcomes:
        outcome.findings.close()
    return EXIT_INPUT_ERROR if summary.by_status.get(ERROR) else EXIT_OK


def _redaction_settings(args: argparse.Namespace) -> RedactionSettings:
    """The --redaction file's settings (if any) with the other redaction options on top."""
    settings = RedactionSettings()
    if args.redaction is not None:
        try:
            settings = load_redaction_file(args.redaction)
        except RedactionSettingsError as exc:
            raise RedactionSettingsError(f"--redaction {args.redaction}: {exc}") from None
    return with_command_line(
        settings,
        style=getattr(args, "style", None),
        keep_domain=args.keep_domain,
        keep_country_code=args.keep_country_code,
        keep_ip_scope=args.keep_ip_scope,
        key=args.key,
    )
