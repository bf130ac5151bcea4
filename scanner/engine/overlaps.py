"""One piece of text is one finding: overlapping findings are resolved in one sort and one sweep."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from logscrub.scanner.records.entities import ENTITIES
from logscrub.scanner.records.findings import Finding

# When two findings cover exactly the same text, the more specific entity wins.
ENTITY_PRIORITY = {name: facts.priority for name, facts in ENTITIES.items()}


def _rank(finding: Finding) -> tuple[int, float, int]:
    return (ENTITY_PRIORITY.get(finding.entity, 0), finding.score, finding.end - finding.start)


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Non-overlapping findings, in text order.

    A finding inside another is dropped (a SIP URI is one finding, not also the phone number in it).
    Two that overlap partly are one piece of personal data, replaced once: the higher (priority,
    score, length) stays, widened over both, so that no part of the other is left in a redacted copy.
    """
    priority = ENTITY_PRIORITY.get
    # The recognizer's name breaks the last ties, so that the outcome never depends on the order in
    # which the findings were made (detection, explain and Presidio's analyze order them differently).
    ordered = sorted(
        findings, key=lambda f: (f.start, f.start - f.end, -priority(f.entity, 0), -f.score, f.recognizer)
    )
    kept: list[Finding] = []
    for finding in ordered:
        if kept and finding.start < kept[-1].end:
            last = kept[-1]
            if finding.end > last.end:
                winner = finding if _rank(finding) > _rank(last) else last
                kept[-1] = replace(winner, start=last.start, end=finding.end)
            continue
        kept.append(finding)
    return kept
