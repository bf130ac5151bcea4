"""What a run's workers need to scan chunks: sent to each worker process once."""

from __future__ import annotations

from dataclasses import dataclass, field

from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.engine import DEFAULT_SCORE_THRESHOLD
from logscrub.scanner.propagation.matcher import KnownValueMatcher
from logscrub.scanner.redaction.settings import RedactionSettings
from logscrub.scanner.rulepacks import DetectionRules, default_detection_rules


@dataclass(frozen=True)
class ScanSettings:
    """Everything a worker needs to scan chunks; sent to each worker process once."""

    taxonomy: Taxonomy
    hash_key: bytes
    regions: tuple[str, ...] = DEFAULT_REGIONS
    score_threshold: float = DEFAULT_SCORE_THRESHOLD
    language: str = "en"
    locate: bool = True  # produce ReportedFindings (reports need them; redaction alone does not)
    # Give each located finding its masked line (the HTML report shows it; other reports do not
    # pay for it).
    masked_lines: bool = False
    redact: bool = False
    # A finding on a line holding this marker, or on the line after one, gets attributes.inline_allow.
    inline_allow_marker: str = "logscrub:allow"
    # Values learnt earlier in the run (propagation): their recurrences are findings too.
    known_values: KnownValueMatcher | None = None
    # Rule packs: their recognizers and deny lists, allow lists and contexts (the CLI passes the
    # active packs' and their taxonomy above; by default, those of the shipped default pack).
    rules: DetectionRules = field(default_factory=default_detection_rules)
    # Redaction styles per entity, what they keep, the pseudonym key.
    redaction: RedactionSettings = field(default_factory=RedactionSettings)
    # A spaCy pipeline (package name or path) whose PERSON findings in prose are added (--ner): its
    # name, not the model, so that the settings stay small and picklable; each worker loads it once.
    ner: str | None = None
