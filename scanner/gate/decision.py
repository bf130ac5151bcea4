"""The pass/fail decision: each finding judged against the policy, the baseline and test data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from logscrub.scanner.gate.baseline import Baseline, BaselineEntry
from logscrub.scanner.gate.policy import Policy, relative_path
from logscrub.scanner.records.findings import ReportedFinding
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus

INLINE_ALLOW_ATTRIBUTE = "inline_allow"


class Verdict(Enum):
    FAILS = "fails"
    BELOW_THRESHOLD = "below threshold"
    TEST_NUMBER = "test number"
    FICTION_NUMBER = "fiction number"
    INLINE_ALLOW = "inline allow"
    BASELINE = "baseline"

    @property
    def accepted(self) -> bool:
        """Accepted explicitly (rather than failing, or too little sensitive to matter)."""
        return self not in (Verdict.FAILS, Verdict.BELOW_THRESHOLD)


@dataclass(frozen=True)
class Judged:
    path: str
    finding: ReportedFinding
    verdict: Verdict
    threshold: str

    @property
    def baseline_entry(self) -> BaselineEntry:
        return BaselineEntry(self.path, self.finding.entity, self.finding.value_hash)


@dataclass(frozen=True)
class LimitExceeded:
    category: str
    count: int
    limit: int


@dataclass
class GateResult:
    failures: list[Judged] = field(default_factory=list)
    unscanned: list[tuple[str, str]] = field(default_factory=list)  # (path, status: reason)
    limits_exceeded: list[LimitExceeded] = field(default_factory=list)
    verdicts: Counter[Verdict] = field(default_factory=Counter)
    stale: list[BaselineEntry] = field(default_factory=list)
    files: int = 0

    @property
    def passed(self) -> bool:
        return not (self.failures or self.limits_exceeded or self.unscanned)


class Gate:
    """Judges the findings of each file as it completes; `result` once all are in."""

    def __init__(self, policy: Policy, baseline: Baseline | None = None) -> None:
        self.policy = policy
        self.baseline = baseline or Baseline()
        self.result = GateResult()
        self._counted: Counter[str] = Counter()

    def judge_file(self, outcome: FileOutcome) -> list[Judged]:
        """Every finding of `outcome` with its verdict; an unscanned file fails closed."""
        path = relative_path(outcome.document.display)
        self.result.files += 1
        if outcome.status != FileStatus.SCANNED:
            self.result.unscanned.append((path, f"{outcome.status}: {outcome.reason}"))
            return []
        threshold = self.policy.threshold_for(path)
        judged = [Judged(path, f, self.verdict(path, f, threshold), threshold) for f in outcome.findings]
        for j in judged:
            self.result.verdicts[j.verdict] += 1
            if j.verdict is Verdict.FAILS:
                self.result.failures.append(j)
            if not j.verdict.accepted:
                self._counted[j.finding.category] += 1
        return judged

    def finish(self) -> GateResult:
        self.result.limits_exceeded = [
            LimitExceeded(category, self._counted[category], limit)
            for category, limit in sorted(self.policy.max_findings.items())
            if self._counted[category] > limit
        ]
        self.result.stale = self.baseline.stale()
        return self.result

    def verdict(self, path: str, finding: ReportedFinding, threshold: str) -> Verdict:
        attributes = finding.attributes or {}
        if self.policy.accept_test_numbers and attributes.get("test_number"):
            return Verdict.TEST_NUMBER
        if self.policy.accept_fiction_numbers and attributes.get("fiction_number"):
            return Verdict.FICTION_NUMBER
        if attributes.get(INLINE_ALLOW_ATTRIBUTE):
            return Verdict.INLINE_ALLOW
        if self.baseline.accepts(BaselineEntry(path, finding.entity, finding.value_hash)):
            return Verdict.BASELINE
        if self.policy.fails(finding.sensitivity, threshold):
            return Verdict.FAILS
        return Verdict.BELOW_THRESHOLD


def baseline_entries(judged: Iterable[Judged]) -> list[BaselineEntry]:
    """What a new baseline holds: every finding that would fail without one."""
    return [j.baseline_entry for j in judged if j.verdict in (Verdict.FAILS, Verdict.BASELINE)]
