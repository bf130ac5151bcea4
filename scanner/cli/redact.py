"""`logscrub redact`: write redacted copies of files, mirroring the input tree."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from logscrub.scanner.cli.commands import summary
from logscrub.scanner.cli.inventory import documents_from, name_search, run_pipeline, scan_settings, tell
from logscrub.scanner.cli.options import (
    HelpFormatter,
    active_rules,
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
from logscrub.scanner.records.redaction import RedactionSettings
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.redaction.picker import STYLES
from logscrub.scanner.redaction.pseudonyms import PSEUDONYM_KEY_ENV
from logscrub.scanner.redaction.settings import (
    RedactionSettingsError,
    load_redaction_file,
    with_command_line,
)
from logscrub.scanner.reports.formats import (
    FORMAT_NAMES,
    FORMATS,
    format_for_path,
    report_format,
    unknown_suffix,
    wants_masked_lines,
)
from logscrub.scanner.reports.streaming import ReportWriter
from logscrub.scanner.reports.summary import RunSummary
from logscrub.scanner.reports.text import plural
from logscrub.scanner.sources.remote import is_remote, safe_display, store_reason
from logscrub.scanner.sources.remote_output import PublishedCopies, local_target, output_file


def register(commands: Any) -> None:
    redact = commands.add_parser(
        "redact",
        help=summary("redact"),
        formatter_class=HelpFormatter,
        description="Write a redacted copy of each input under --out, mirroring the input tree: each "
        "finding is replaced (a SIP URI as one unit), everything else, line count and line order "
        "included, stays as it was. Originals are never modified; a copy appears only when its "
        "file was scanned completely.",
        epilog="examples:\n"
        "  logscrub redact bundle/ --out shared/          bundle/a.log -> shared/a.log\n"
        "  logscrub redact sip.log --out out --report r.json\n"
        "  logscrub redact - --out - < app.log > app-redacted.log   a filter: standard input to output",
    )
    add_path_arguments(redact)
    add_engine_options(redact)
    add_propagation_options(redact)
    add_scheduler_option(redact)
    redact.add_argument(
        "--out",
        metavar="DIR",
        required=True,
        help="folder for the redacted copies (made if missing), or a URL (s3://bucket/prefix/, gs://, "
        "az://) where each copy is published once complete and verified; - writes the copy of the one "
        "input to standard output, as a filter. Example: --out redacted/, or: journalctl -u kamailio | "
        "logscrub redact - --out - > shared.log",
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
        help="also write a report of what was redacted (to a file or a URL), in the format its suffix names ("
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
    out: str = args.out
    to_standard_output = out == "-"
    out_dir = local_target(out)
    if to_standard_output and (len(args.paths) != 1 or Path(args.paths[0]).is_dir()):
        print(
            "logscrub redact: error: --out - writes one file's copy to standard output: give one file "
            "or - (standard input)",
            file=sys.stderr,
        )
        return EXIT_INPUT_ERROR
    if not to_standard_output and not is_remote(out) and out_dir.exists() and not out_dir.is_dir():
        print(f"logscrub redact: error: --out {out_dir}: not a folder", file=sys.stderr)
        return EXIT_INPUT_ERROR
    report_name = args.report_format or (args.report and format_for_path(Path(args.report)))
    if args.report is not None and report_name is None:
        reason = unknown_suffix("--report", Path(args.report), "or --report-format")
        print(f"logscrub redact: error: {reason}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    try:
        redaction = _redaction_settings(args, taxonomy)
    except RedactionSettingsError as exc:
        print(f"logscrub redact: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    settings = replace(
        scan_settings(args, taxonomy, locate=args.report is not None, redact=True),
        redaction=redaction,
        masked_lines=report_name is not None and wants_masked_lines(report_name),
    )
    copies_to = PublishedCopies(out) if is_remote(out) else None  # StoreError: exit 2
    if copies_to is not None:  # made in a private folder first, published one by one once complete
        out_dir = copies_to.staging
    if to_standard_output:
        # The copy is made in a private folder first: it appears on standard output only once the
        # whole file was scanned and its copy verified, never in part.
        out_dir = Path(tempfile.mkdtemp(prefix="logscrub-filter-"))
    try:
        bar = sys.stderr if progress_wanted(args.progress, sys.stderr) else None
        with RunProgress(bar, "redacting") as progress, ExitStack() as report_file:
            out_url = None if copies_to is None else copies_to.url
            documents = progress.expect(documents_from(args, out_dir, out_url))
            outcomes = run_pipeline(
                settings,
                documents,
                args.jobs,
                out_dir,
                progress,
                source_settings(args),
                args.learning,
                scheduler_address(args.scheduler),
            )
            report = None
            if args.report is not None and report_name is not None:
                stream = report_file.enter_context(output_file(args.report)).stream
                report = report_format(report_name, taxonomy).writer(stream, name_search(settings), True)
            summary = RunSummary(name_search=name_search(settings))
            run = _redact_all(outcomes, report, summary, taxonomy, copies_to)
        copies, findings = (
            plural(len(run.written), "redacted copy", "redacted copies"),
            plural(run.replaced, "finding"),
        )
        if to_standard_output:
            if run.summary.files != 1:  # an archive: its members and itself
                print(
                    "logscrub redact: error: --out - writes one text file's copy, not an archive's: "
                    "use --out DIR",
                    file=sys.stderr,
                )
                return EXIT_INPUT_ERROR
            for output in run.written:
                with output.open("rb") as copy:
                    shutil.copyfileobj(copy, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            print(f"logscrub: {copies} on standard output ({findings} replaced)", file=sys.stderr)
        else:
            where = out_dir if copies_to is None else safe_display(copies_to.url)
            print(f"logscrub: {copies} in {where} ({findings} replaced)", file=sys.stderr)
    finally:
        if to_standard_output:
            shutil.rmtree(out_dir, ignore_errors=True)
        if copies_to is not None:
            copies_to.close()
    return EXIT_INPUT_ERROR if run.summary.by_status.get(FileStatus.ERROR) else EXIT_OK


@dataclass
class _RedactionRun:
    """What a run did, counted as it went: no outcome is kept."""

    summary: RunSummary
    written: list[Path] = field(default_factory=list)  # the redacted copies
    replaced: int = 0  # findings replaced in them


def _redact_all(
    outcomes: Iterable[FileOutcome],
    report: ReportWriter | None,
    summary: RunSummary,
    taxonomy: Taxonomy,
    copies_to: PublishedCopies | None = None,
) -> _RedactionRun:
    """Run the redaction to its end, each outcome written to the report (if any) and let go of as it
    completes: memory does not grow with the findings. With `copies_to`, each copy is published there
    as it completes; one that cannot be fails its file."""
    run = _RedactionRun(summary)
    for outcome in outcomes:
        if copies_to is not None and outcome.output is not None:
            try:
                copies_to.publish(outcome.output)
            except Exception as exc:  # each store raises its own errors
                outcome.fail(f"cannot publish the redacted copy: {store_reason(exc)}")
                outcome.output = None
                tell(outcome)
        summary.add(outcome, taxonomy)
        if outcome.output is not None:
            run.written.append(outcome.output)
        if outcome.status == FileStatus.SCANNED:
            run.replaced += outcome.entity_counts.total()
        if report is None:
            outcome.findings.close()
        else:
            report.add(outcome)
    if report is not None:
        report.finish(summary)
    return run


def _redaction_settings(args: argparse.Namespace, taxonomy: Taxonomy) -> RedactionSettings:
    """The --redaction file's settings (if any) with the other redaction options on top."""
    settings = RedactionSettings()
    if args.redaction is not None:
        try:
            settings = load_redaction_file(args.redaction, _known_entities(args, taxonomy))
        except RedactionSettingsError as exc:
            raise RedactionSettingsError(f"--redaction {exc}") from None
    return with_command_line(
        settings,
        style=getattr(args, "style", None),
        keep_domain=args.keep_domain,
        keep_country_code=args.keep_country_code,
        keep_ip_scope=args.keep_ip_scope,
        key=args.key,
    )


def _known_entities(args: argparse.Namespace, taxonomy: Taxonomy) -> set[str]:
    """The entities a redaction file may name: the taxonomy's and those of the active rule packs."""
    rules = active_rules(args).detection
    return {
        *taxonomy.by_entity,
        *(r.entity for r in rules.recognizers),
        *(d.entity for d in rules.deny_lists),
    }
