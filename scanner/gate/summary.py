"""The short human summary of a gate run: verdict, what failed where under which rule."""

from __future__ import annotations

from typing import IO

from logscrub.scanner.gate.decision import GateResult, Verdict
from logscrub.scanner.gate.junit import describe
from logscrub.scanner.gate.policy import Policy

MAX_LISTED = 50


def write_gate_summary(
    result: GateResult, policy: Policy, stream: IO[str], skipped_by_policy: int = 0
) -> None:
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
    stream.write(f"logscrub gate: {verdict} ({_count(result.files, 'file')} checked)\n")
    for judged in result.failures[:MAX_LISTED]:
        stream.write(f"  {describe(judged)}\n")
    if len(result.failures) > MAX_LISTED:
        stream.write(f"  … and {len(result.failures) - MAX_LISTED} more (see --sarif or --junit)\n")
    for exceeded in result.limits_exceeded:
        stream.write(
            f"  {exceeded.count} {exceeded.category} findings: more than max_findings.{exceeded.category} "
            f"= {exceeded.limit}\n"
        )
    for path, reason in result.unscanned[:MAX_LISTED]:
        stream.write(f"  {path}: not scanned ({reason}); fails closed unless the policy skips the path\n")
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
            stream.write(f"    {entry.path}: {entry.entity} {entry.value_hash[:24]}…\n")
    stream.write(f"  policy: {', '.join(policy.sources)}\n")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
