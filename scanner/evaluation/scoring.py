"""Scoring findings against labels, per entity, and the labelled values a redacted copy still holds.

A label is found when a finding of its entity overlaps it; a finding is a true positive when it overlaps
a label of its entity. Overlap rather than exact bounds: a tool that redacts `+46 70 174 06 12` where
the label says `70 174 06 12` has protected the value. Precision and recall are therefore counted on
their own sides (findings, labels), and F2 weighs recall twice, as missing a value costs more than
redacting a word too many.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from logscrub.scanner.evaluation.labels import Label


@dataclass(frozen=True, slots=True)
class Span:
    """A finding's entity and place, all that scoring needs of it."""

    entity: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Leftover:
    """A labelled value still in a redacted copy (named by place and masked, never raw)."""

    document: str
    line: int
    entity: str
    preview: str


@dataclass
class EntityScore:
    entity: str
    labels: int = 0
    labels_found: int = 0
    findings: int = 0
    findings_true: int = 0
    left: int = 0  # labelled values still in the redacted copies

    @property
    def precision(self) -> float | None:
        return self.findings_true / self.findings if self.findings else None

    @property
    def recall(self) -> float | None:
        return self.labels_found / self.labels if self.labels else None

    @property
    def f2(self) -> float | None:
        precision, recall = self.precision, self.recall
        if precision is None or recall is None:
            return None
        if precision == 0 and recall == 0:
            return 0.0
        return 5 * precision * recall / (4 * precision + recall)

    def add(self, other: EntityScore) -> None:
        self.labels += other.labels
        self.labels_found += other.labels_found
        self.findings += other.findings
        self.findings_true += other.findings_true
        self.left += other.left


@dataclass
class Evaluation:
    """The scores of a set of labelled documents."""

    entities: dict[str, EntityScore] = field(default_factory=dict)
    leftovers: list[Leftover] = field(default_factory=list)
    documents: int = 0
    copies_unchecked: list[str] = field(default_factory=list)  # copies that cannot be read back as text
    failed: list[str] = field(default_factory=list)  # documents that could not be scanned

    def score(self, entity: str) -> EntityScore:
        return self.entities.setdefault(entity, EntityScore(entity))

    @property
    def total(self) -> EntityScore:
        total = EntityScore("all")
        for score in self.entities.values():
            total.add(score)
        return total


def score_document(
    evaluation: Evaluation,
    labels: Sequence[Label],
    findings: Iterable[Span],
    entities: frozenset[str],
) -> None:
    """Adds one document's labels and findings (of the scored `entities` only) to `evaluation`."""
    scored_labels = [label for label in labels if label.entity in entities]
    scored_findings = [f for f in findings if f.entity in entities]
    for entity in entities:
        evaluation.score(entity)
    for label in scored_labels:
        score = evaluation.score(label.entity)
        score.labels += 1
        if any(_overlap(label, f) for f in scored_findings if f.entity == label.entity):
            score.labels_found += 1
    for finding in scored_findings:
        score = evaluation.score(finding.entity)
        score.findings += 1
        if any(_overlap(label, finding) for label in scored_labels if label.entity == finding.entity):
            score.findings_true += 1


def values_left(original: str, copy: str, labels: Sequence[Label]) -> list[tuple[Label, int]]:
    """The labels whose value is still on its line of the redacted copy, with that line's number.

    A redacted text copy keeps its line count and order, so line N of the copy is line N of the
    original: the value is looked for there, on the lines it spans."""
    original_starts = _line_starts(original)
    copy_lines = copy.splitlines(keepends=True)
    left = []
    for label in labels:
        value = original[label.start : label.end]
        first = bisect_right(original_starts, label.start) - 1
        last = bisect_right(original_starts, max(label.end - 1, label.start)) - 1
        if value.strip() and value in "".join(copy_lines[first : last + 1]):
            left.append((label, first + 1))
    return left


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    return starts


def _overlap(label: Label, finding: Span) -> bool:
    return label.start < finding.end and finding.start < label.end
