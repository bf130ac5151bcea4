"""`logscrub gate`: fail a CI pipeline when personal data above policy is in its artifacts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from logscrub.scanner.atomic import AtomicFile
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
from logscrub.scanner.executors import scheduler_address
from logscrub.scanner.exit_codes import EXIT_FINDINGS, EXIT_INPUT_ERROR, EXIT_OK
from logscrub.scanner.gate.annotations import running_in_github_actions, write_github_annotations
from logscrub.scanner.gate.baseline import Baseline, BaselineError, load_baseline, write_baseline
from logscrub.scanner.gate.decision import Gate, Judged, Verdict, baseline_entries
from logscrub.scanner.gate.junit import write_junit
from logscrub.scanner.gate.policy import (
    DEFAULT_PROFILE,
    PROFILES,
    PolicyError,
    load_policy,
    relative_path,
)
from logscrub.scanner.gate.summary import write_gate_summary
from logscrub.scanner.privacy import load_hash_key
from logscrub.scanner.records.findings import ReportedFinding
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.sarif import Suppression, SuppressionFn, write_sarif
from logscrub.scanner.reports.summary import summarise
from logscrub.scanner.sources.remote_output import output_file


def register(commands: Any) -> None:
    gate = commands.add_parser(
        "gate",
        help=summary("gate"),
        formatter_class=HelpFormatter,
        description="Scan files, folders and archives and decide against a policy: exit 0 when every "
        "finding is below the policy's threshold or accepted (baseline, test data, an inline "
        "`logscrub:allow` marker), 1 when findings fail it, 2 when a file could not be scanned "
        "(fail closed) or on a usage error.",
        epilog="examples:\n"
        "  logscrub gate artifacts/                                 default policy (fail at high)\n"
        "  logscrub gate . --policy ci-policy.yaml --sarif gate.sarif\n"
        "  logscrub gate logs/ --baseline .logscrub-baseline.json --update-baseline   accept what is there",
    )
    add_path_arguments(gate)
    add_engine_options(gate)
    add_propagation_options(gate)
    add_scheduler_option(gate)
    gate.add_argument(
        "--profile",
        choices=tuple(PROFILES),
        default=DEFAULT_PROFILE,
        help="the shipped policy: ci fails at high (identity numbers, credentials, traffic data, "
        "locations, cards; for repositories and build artifacts); share fails at medium too (names, "
        "user names, phone numbers, e-mail and postal addresses; for tickets and bundles before they "
        "leave the company). Example: --profile share",
    )
    gate.add_argument(
        "--policy",
        metavar="FILE",
        type=Path,
        help="a policy YAML laid over the profile's (see rules/policy.yaml). "
        "Example: --policy ci-policy.yaml",
    )
    gate.add_argument(
        "--baseline",
        metavar="FILE",
        type=Path,
        help="reviewed findings to accept (keyed by path, entity and keyed value hash)",
    )
    gate.add_argument(
        "--update-baseline",
        action="store_true",
        help="write every finding that fails now into --baseline and pass (review the diff!)",
    )
    gate.add_argument(
        "--sarif", metavar="FILE", help="also write SARIF 2.1.0 for code scanning (to a file or a URL)"
    )
    gate.add_argument(
        "--junit", metavar="FILE", help="also write JUnit XML, a test case per file (to a file or a URL)"
    )
    gate.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    if args.update_baseline and args.baseline is None:
        print("logscrub gate: error: --update-baseline needs --baseline FILE", file=sys.stderr)
        return EXIT_INPUT_ERROR
    key = load_hash_key()
    try:
        policy = load_policy(taxonomy.sensitivities, taxonomy.by_category, args.policy, profile=args.profile)
        baseline = Baseline()
        if args.baseline is not None and (args.baseline.exists() or not args.update_baseline):
            baseline = load_baseline(args.baseline, key)
    except (PolicyError, BaselineError) as exc:
        print(f"logscrub gate: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR

    documents = list(documents_from(args))
    scanned = [d for d in documents if not policy.skips(relative_path(d.display))]
    gate = Gate(policy, baseline)
    settings = scan_settings(args, taxonomy, locate=True, redact=False)
    judged: list[Judged] = []
    outcomes: list[FileOutcome] = []
    sources = source_settings(args)
    scheduler = scheduler_address(args.scheduler)
    for outcome in run_pipeline(
        settings, scanned, args.jobs, sources=sources, learning=args.learning, scheduler=scheduler
    ):
        outcomes.append(outcome)
        judged.extend(gate.judge_file(outcome))
    result = gate.finish()
    files = [relative_path(o.document.display) for o in outcomes]

    write_gate_summary(
        result,
        policy,
        sys.stdout,
        skipped_by_policy=len(documents) - len(scanned),
        updating_baseline=args.update_baseline,
    )
    if running_in_github_actions():
        write_github_annotations(result, sys.stdout)
    if args.sarif is not None:
        with output_file(args.sarif) as sarif:
            summary = summarise(outcomes, taxonomy, name_search(settings))
            write_sarif(outcomes, summary, sarif.stream, taxonomy, _suppression(gate))
    for outcome in outcomes:
        outcome.findings.close()
    if args.junit is not None:
        with output_file(args.junit) as junit:
            write_junit(result, files, junit.stream)
    if args.update_baseline:
        with AtomicFile(args.baseline) as written:
            write_baseline(baseline_entries(judged), key, written.stream)
        print(f"logscrub gate: baseline {args.baseline} written", file=sys.stderr)
    if result.unscanned:
        return EXIT_INPUT_ERROR
    if args.update_baseline or result.passed:
        return EXIT_OK
    return EXIT_FINDINGS


def _suppression(gate: Gate) -> SuppressionFn:
    """SARIF suppressions for what the gate accepts: a marker in the file, or the baseline or policy."""

    def suppression(outcome: FileOutcome, finding: ReportedFinding) -> Suppression | None:
        path = relative_path(outcome.document.display)
        verdict = gate.verdict(path, finding, gate.policy.threshold_for(path))
        if not verdict.accepted:
            return None
        kind = "inSource" if verdict is Verdict.INLINE_ALLOW else "external"
        return Suppression(kind, f"accepted by logscrub gate: {verdict.value}")

    return suppression
