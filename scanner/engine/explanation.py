"""What the engine made of every candidate in a text, for tuning (`logscrub explain`).

The slow, thorough twin of ``Detector.detect``: the same passes, patterns, validation, context scoring,
threshold and overlap resolution, but every candidate is kept with its reasons, in Presidio's
``AnalysisExplanation`` (pattern, score from the recognizer, context word and improved score,
validation result). Never on the hot path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from logscrub.scanner.engine.overlaps import resolve_overlaps
from logscrub.scanner.records.findings import Finding

KEPT = "kept"
REJECTED = "rejected by the recognizer"  # the pattern matched; validation or the look-arounds did not
BELOW_THRESHOLD = "below the score threshold"
OVERLAPPED = "lost to an overlapping finding"


@dataclass
class Candidate:
    finding: Finding  # its score is the final one, after context words
    pattern_score: float  # the score its pattern declares, before the recognizer's own checks
    explanation: Any  # presidio_analyzer.AnalysisExplanation
    verdict: str = KEPT
    rival: Finding | None = None  # the finding it lost to (OVERLAPPED)
    reason: str | None = None  # why the recognizer turned it down (REJECTED)


def settle(candidates: Iterable[Candidate], threshold: float) -> list[Candidate]:
    """`candidates` in text order, each with its verdict, as ``Detector.detect`` decides them."""
    ordered = sorted(candidates, key=lambda c: (c.finding.start, -c.finding.end, c.finding.recognizer))
    passing = []
    for candidate in ordered:
        if candidate.verdict == KEPT and candidate.finding.score < threshold:
            candidate.verdict = BELOW_THRESHOLD
        if candidate.verdict == KEPT:
            passing.append(candidate)
    kept = {id(f) for f in resolve_overlaps(c.finding for c in passing)}
    winners = [c.finding for c in passing if id(c.finding) in kept]
    for candidate in passing:
        if id(candidate.finding) not in kept:
            candidate.verdict = OVERLAPPED
            # None when what it overlapped lost in turn to a longer finding beside it
            candidate.rival = next((w for w in winners if _overlap(w, candidate.finding)), None)
    return ordered


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end
