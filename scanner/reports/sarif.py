"""SARIF 2.1.0 for code scanning (GitHub and others): one rule per entity, one result per finding.

A result never carries a raw value or a snippet: its fingerprint is the keyed value hash, its message
the masked preview. A file that could not be scanned is a tool execution notification and makes the
run unsuccessful, so that no consumer reads it as clean. GitHub accepts at most 25,000 results a run:
beyond that the most sensitive findings are kept and a notification says how many were left out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import IO, Any, ClassVar
from urllib.parse import quote

import logscrub.scanner
from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.entities import ENTITIES
from logscrub.scanner.records.findings import ReportedFinding
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.taxonomy import Classification, Taxonomy
from logscrub.scanner.reports.summary import NameSearch, RunSummary
from logscrub.scanner.sources.paths import STDIN

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
MAX_RESULTS = 25_000  # GitHub's limit of results per run
FINGERPRINT_KEY = "logscrubValueHash/v1"
STDIN_URI = "stdin"

# GitHub reads security-severity in bands: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, below 4 low.
SECURITY_SEVERITY = {"critical": 9.5, "high": 7.5, "medium": 5.0, "low": 2.0}
_LOWEST, _HIGHEST = SECURITY_SEVERITY["low"], SECURITY_SEVERITY["critical"]
_LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}


def security_severity(sensitivity: str, taxonomy: Taxonomy) -> float:
    """The sensitivities GitHub names keep their band; others are placed by rank in the taxonomy."""
    if sensitivity in SECURITY_SEVERITY:
        return SECURITY_SEVERITY[sensitivity]
    ranks = taxonomy.sensitivities
    if sensitivity not in ranks or len(ranks) == 1:
        return _HIGHEST
    return round(_LOWEST + (_HIGHEST - _LOWEST) * ranks.index(sensitivity) / (len(ranks) - 1), 1)


def sarif_level(sensitivity: str, taxonomy: Taxonomy) -> str:
    if sensitivity in _LEVELS:
        return _LEVELS[sensitivity]
    severity = security_severity(sensitivity, taxonomy)
    return "error" if severity >= 7.0 else "warning" if severity >= 4.0 else "note"


def artifact_uri(display: str) -> str:
    """A relative URI reference for a reported path (absolute paths relative to the working folder)."""
    if display == STDIN:
        return STDIN_URI
    path = os.path.relpath(display) if os.path.isabs(display) else os.path.normpath(display)
    # The name's bytes, percent-encoded: a name that is not UTF-8 still gets its exact URI.
    return quote(os.fsencode(PurePath(path).as_posix()), safe="/!")


@dataclass(frozen=True)
class SarifFormat:
    name: ClassVar[str] = "sarif"
    suffix: ClassVar[str] = ".sarif"
    description: ClassVar[str] = "SARIF 2.1.0 for code scanning (GitHub): one result per finding"
    taxonomy: Taxonomy

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        write_sarif(outcomes, summary, stream, self.taxonomy)

    def writer(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> SarifReportWriter:
        return SarifReportWriter(stream, self.taxonomy)


class SarifReportWriter:
    """Keeps the run's outcomes and writes at the end: which findings fit in the MAX_RESULTS results,
    the most sensitive first, is known only then. The run is bounded, its outcomes are not."""

    def __init__(self, stream: IO[str], taxonomy: Taxonomy) -> None:
        self._stream, self._taxonomy = stream, taxonomy
        self._outcomes: list[FileOutcome] = []

    def add(self, outcome: FileOutcome) -> None:
        self._outcomes.append(outcome)

    def finish(self, summary: RunSummary) -> None:
        write_sarif(self._outcomes, summary, self._stream, self._taxonomy)
        for outcome in self._outcomes:
            outcome.findings.close()


@dataclass(frozen=True)
class Suppression:
    """Why a result is accepted (SARIF suppression kinds: `inSource` for a marker in the file,
    `external` for a baseline or policy)."""

    kind: str
    justification: str


SuppressionFn = Callable[[FileOutcome, ReportedFinding], Suppression | None]


def write_sarif(
    outcomes: Sequence[FileOutcome],
    summary: RunSummary,
    stream: IO[str],
    taxonomy: Taxonomy,
    suppression: SuppressionFn | None = None,
) -> None:
    """Write one SARIF run for `outcomes` (findings of `summary`) to `stream`; `suppression` tells
    which findings are accepted (the gate's baseline, test data, inline markers)."""
    builder = _RunBuilder(taxonomy, _budgets(summary, taxonomy))
    for outcome in outcomes:
        uri = artifact_uri(outcome.document.display)
        if outcome.status != FileStatus.SCANNED:
            builder.not_scanned(outcome, uri)
        for finding in outcome.findings:
            builder.add(uri, finding, suppression(outcome, finding) if suppression else None)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "logscrub",
                "version": logscrub.scanner.__version__,
                "semanticVersion": logscrub.scanner.__version__,
                "rules": builder.rules(),
            }
        },
        "invocations": [builder.invocation()],
        "columnKind": "unicodeCodePoints",  # columns count Python str characters
        "results": builder.results,
        # How names were searched in every file of the run (structure, gazetteers, which NER model).
        "properties": {"nameSearch": summary.name_search.as_record()},
    }
    document = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    # In one piece and compact: json.dump and pretty-printing take json's pure-Python encoder, 5x slower.
    stream.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
    stream.write("\n")


def _budgets(summary: RunSummary, taxonomy: Taxonomy) -> dict[str, int]:
    """How many results each sensitivity may have, most sensitive first, within MAX_RESULTS."""
    rank = {name: i for i, name in enumerate(taxonomy.sensitivities)}
    left, budgets = MAX_RESULTS, {}
    for sensitivity in sorted(summary.by_sensitivity, key=lambda s: rank.get(s, len(rank)), reverse=True):
        budgets[sensitivity] = min(summary.by_sensitivity[sensitivity], left)
        left -= budgets[sensitivity]
    return budgets


@dataclass
class _RunBuilder:
    taxonomy: Taxonomy
    budgets: dict[str, int]
    results: list[dict[str, Any]] = field(default_factory=list)
    notifications: list[dict[str, Any]] = field(default_factory=list)
    # entity -> its rule's classification: the most sensitive of its findings (a context rule may raise it)
    rule_classes: dict[str, Classification] = field(default_factory=dict)
    rule_index: dict[str, int] = field(default_factory=dict)  # in the order rules are listed
    omitted: int = 0
    failed: bool = False

    def add(self, uri: str, finding: ReportedFinding, suppression: Suppression | None) -> None:
        if self.budgets.get(finding.sensitivity, 0) <= 0:
            self.omitted += 1
            return
        self.budgets[finding.sensitivity] -= 1
        level = sarif_level(finding.sensitivity, self.taxonomy)
        result: dict[str, Any] = {
            "ruleId": finding.entity,
            "ruleIndex": self._rule(finding),
            "level": level,
            "message": {
                "text": f"{_describe(finding.entity)} ({finding.category}, {finding.sensitivity} "
                f"sensitivity): {finding.preview}"
            },
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {"startLine": finding.line, "startColumn": finding.column},
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: finding.value_hash.partition(":")[2]},
            "properties": {"score": finding.score, "recognizer": finding.recognizer},
        }
        if finding.attributes:
            result["properties"]["attributes"] = dict(finding.attributes)
        if suppression is not None:
            result["suppressions"] = [{"kind": suppression.kind, "justification": suppression.justification}]
        self.results.append(result)

    def not_scanned(self, outcome: FileOutcome, uri: str) -> None:
        failed = outcome.status == FileStatus.ERROR
        self.failed |= failed
        verb = "could not be scanned" if failed else "was skipped"
        self.notifications.append(
            {
                "level": "error" if failed else "warning",
                "message": {
                    "text": f"{display_name(outcome.document.display)} {verb}: {outcome.reason}; "
                    "it is not known to be free of personal data"
                },
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                "descriptor": {"id": f"logscrub/file-{outcome.status}"},
            }
        )

    def invocation(self) -> dict[str, Any]:
        notifications = list(self.notifications)
        if self.omitted:
            kept = len(self.results)
            notifications.append(
                {
                    "level": "warning",
                    "message": {
                        "text": f"{kept + self.omitted} findings, {kept} reported (the most sensitive "
                        f"first) and {self.omitted} left out: a SARIF run holds at most {MAX_RESULTS} "
                        "results on GitHub. The JSON or CSV report lists them all."
                    },
                    "descriptor": {"id": "logscrub/results-truncated"},
                }
            )
        invocation: dict[str, Any] = {"executionSuccessful": not self.failed}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        return invocation

    def rules(self) -> list[dict[str, Any]]:
        return [_rule(entity, self.rule_classes[entity], self.taxonomy) for entity in self.rule_index]

    def _rule(self, finding: ReportedFinding) -> int:
        """The index of the rule for the finding's entity, which is at least as sensitive as it."""
        found = Classification(finding.category, finding.sensitivity)
        known = self.rule_classes.get(finding.entity)
        if known is None or self._rank(found.sensitivity) > self._rank(known.sensitivity):
            self.rule_classes[finding.entity] = found
        return self.rule_index.setdefault(finding.entity, len(self.rule_index))

    def _rank(self, sensitivity: str) -> int:
        ranks = self.taxonomy.sensitivities
        return ranks.index(sensitivity) if sensitivity in ranks else len(ranks)


def _describe(entity: str) -> str:
    facts = ENTITIES.get(entity)  # a rule pack's entity: its name as written
    return facts.description[0].upper() + facts.description[1:] if facts else entity


def _rule(entity: str, classification: Classification, taxonomy: Taxonomy) -> dict[str, Any]:
    category, sensitivity = classification.category, classification.sensitivity
    what = _describe(entity)
    why = (
        f"{what} is personal data (category {category}, sensitivity {sensitivity}). Logs, tickets and "
        "bundles shared outside the team that needs them must not carry it."
    )
    fix = "Remove the value, or share a redacted copy made with `logscrub redact PATH --out DIR`."
    return {
        "id": entity,
        "name": "".join(part.capitalize() for part in entity.split("_")),
        "shortDescription": {"text": f"{what} in shared material"},
        "fullDescription": {"text": why},
        "help": {"text": f"{why} {fix}", "markdown": f"**{what}** — {why}\n\n{fix}"},
        "defaultConfiguration": {"level": sarif_level(sensitivity, taxonomy)},
        "properties": {
            "security-severity": f"{security_severity(sensitivity, taxonomy):.1f}",
            "tags": ["security", "privacy", "personal-data", category],
            "category": category,
            "sensitivity": sensitivity,
        },
    }
