"""What a run's workers need to scan chunks: sent to each worker process once.

Data only: each worker builds what does the work from it once (scanner/chunk_scan.py) — the
recognizers from the regions and the rules, its matcher from the known values, the NER model from its
name."""

from __future__ import annotations

from dataclasses import dataclass, field

from logscrub.scanner.records.detection_rules import DetectionRules
from logscrub.scanner.records.known_values import KnownValueSet
from logscrub.scanner.records.redaction import RedactionSettings
from logscrub.scanner.records.taxonomy import Taxonomy

DEFAULT_SCORE_THRESHOLD = 0.4


@dataclass(frozen=True)
class ScanSettings:
    """Everything a worker needs to scan chunks; sent to each worker process once."""

    taxonomy: Taxonomy
    hash_key: bytes
    # The recognizers' DEFAULT_REGIONS, which records cannot import (tests/test_layering.py holds them equal).
    regions: tuple[str, ...] = ("SE", "DE")
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
    known_values: KnownValueSet | None = None
    # Rule packs: their recognizers and deny lists, allow lists and contexts (the CLI passes the
    # active packs'); None: those of the shipped default pack, which each worker reads itself.
    rules: DetectionRules | None = None
    # Redaction styles per entity, what they keep, the pseudonym key.
    redaction: RedactionSettings = field(default_factory=RedactionSettings)
    # A spaCy pipeline (package name or path) whose PERSON findings in prose are added (--ner): its
    # name, not the model, so that the settings stay small and picklable; each worker loads it once.
    ner: str | None = None
