"""The short human summary of a gate run: verdict, what failed where under which rule."""

from __future__ import annotations

from typing import IO

from logscrub.scanner.display_names import display_name
from logscrub.scanner.gate.decision import GateResult, Verdict
from logscrub.scanner.gate.junit import describe
from logscrub.scanner.gate.policy import Policy
from logscrub.scanner.reports.text import plural

MAX_LISTED = 50


def write_gate_summary(
    result: GateResult,
    policy: Policy,
    stream: IO[str],
    skipped_by_policy: int = 0,
    updating_baseline: bool = False,
) -> None:
    """`updating_baseline`: the findings above policy are being written into the baseline, so the run
    passes on them; the summary says so rather than FAILED (only unscanned files still fail it)."""
    failing_files = len({j.path for j in result.failures})
    parts = []
    if result.failures:
        parts.append(
            f"{_count(len(result.failures), 'finding')} above policy in {_count(failing_files, 'file')}"
        )
    if result.limits_exceeded:
        parts.append(f"{_count(len(result.limits_exceeded), 'category limit')} exceeded")
    if result.unscanned:
        parts.append(f"{_count(len(result.unscanned), 'file')} not scanned")
    verdict = "FAILED: " + ", ".join(parts) if parts else "passed"
    if updating_baseline and not result.unscanned:
        written = _count(len(result.failures), "finding")
        verdict = f"passed, baseline updated: {written} above policy written into it (review its diff)"
    stream.write(f"logscrub gate: {verdict} ({_count(result.files, 'file')} checked)\n")
    for judged in result.failures[:MAX_LISTED]:
        stream.write(f"  {describe(judged)}\n")
    if len(result.failures) > MAX_LISTED:
        stream.write(f"  … and {len(result.failures) - MAX_LISTED} more (see --sarif or --junit)\n")
    for exceeded in result.limits_exceeded:
        counted = plural(exceeded.count, f"{exceeded.category} finding")
        stream.write(f"  {counted}: more than max_findings.{exceeded.category} = {exceeded.limit}\n")
    for path, reason in result.unscanned[:MAX_LISTED]:
        stream.write(
            f"  {display_name(path)}: not scanned ({display_name(reason)}); "
            "fails closed unless the policy skips the path\n"
        )
    accepted = [
        f"{n} {v.value}" for v, n in sorted(result.verdicts.items(), key=lambda i: i[0].value) if v.accepted
    ]
    below = result.verdicts.get(Verdict.BELOW_THRESHOLD, 0)
    notes = []
    if accepted:
        notes.append("accepted: " + ", ".join(accepted))
    if below:
        notes.append(f"{below} below the threshold")
    if skipped_by_policy:
        notes.append(f"{_count(skipped_by_policy, 'file')} skipped by policy")
    if notes:
        stream.write("  " + "; ".join(notes) + "\n")
    if result.stale:
        entries = "entry" if len(result.stale) == 1 else "entries"
        stream.write(f"  {len(result.stale)} stale baseline {entries} (no longer found):\n")
        for entry in result.stale[:MAX_LISTED]:
            stream.write(f"    {display_name(entry.path)}: {entry.entity} {entry.value_hash[:24]}…\n")
    stream.write(f"  policy: {', '.join(policy.sources)}\n")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
