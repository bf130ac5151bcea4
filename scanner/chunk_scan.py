"""The unit of work: scan one chunk, classify and locate what was found, and redact it.

A pure function of its settings and the chunk, so chunks of one file or of many files can be spread
over processes in any order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from logscrub.recognizers import DEFAULT_REGIONS, default_recognizers
from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.engine import DEFAULT_SCORE_THRESHOLD, Detector
from logscrub.scanner.findings import Finding, ReportedFinding
from logscrub.scanner.privacy import masked_preview, value_hash
from logscrub.scanner.redaction.tokens import redact_with_tokens
from logscrub.scanner.sources.reading import Chunk


@dataclass(frozen=True)
class ScanSettings:
    """Everything a worker needs to scan chunks; sent to each worker process once."""

    taxonomy: Taxonomy
    hash_key: bytes
    regions: tuple[str, ...] = DEFAULT_REGIONS
    score_threshold: float = DEFAULT_SCORE_THRESHOLD
    language: str = "en"
    locate: bool = True  # produce ReportedFindings (reports need them; redaction alone does not)
    redact: bool = False
    # A finding on a line holding this marker, or on the line after one, gets attributes.inline_allow.
    inline_allow_marker: str = "logscrub:allow"


@dataclass
class ChunkResult:
    findings: list[ReportedFinding]
    entity_counts: Counter[str]
    redacted: str | None
    emit_start: int  # document offsets of the original text `redacted` stands for
    emit_end: int


class ChunkScanner:
    def __init__(self, settings: ScanSettings) -> None:
        self.settings = settings
        recognizers = default_recognizers(settings.regions, settings.language)
        self.detector = Detector(recognizers, settings.score_threshold)

    def scan(self, chunk: Chunk) -> ChunkResult:
        text = chunk.text
        found = self.detector.detect(text, exact_scores=self.settings.locate)
        core_start, core_end = chunk.core_start, chunk.core_end
        owned = [f for f in found if core_start <= f.start < core_end]
        # A finding the previous chunk owns may reach into this core: that text is already emitted.
        emit_start = core_start
        for f in found:
            if f.start >= core_start:
                break
            emit_start = max(emit_start, f.end)
        emit_end = max(core_end, owned[-1].end) if owned else core_end
        redacted = redact_with_tokens(text, owned, emit_start, emit_end) if self.settings.redact else None
        located = self._locate(chunk, owned) if self.settings.locate else []
        return ChunkResult(
            located,
            Counter(f.entity for f in owned),
            redacted,
            chunk.offset + emit_start,
            chunk.offset + emit_end,
        )

    def _locate(self, chunk: Chunk, owned: list[Finding]) -> list[ReportedFinding]:
        text, key, taxonomy = chunk.text, self.settings.hash_key, self.settings.taxonomy
        line, line_start = chunk.line, chunk.core_start - (chunk.column - 1)
        position = chunk.core_start
        marker = self.settings.inline_allow_marker
        marked = bool(marker) and marker in text
        located = []
        for f in owned:
            newlines = text.count("\n", position, f.start)
            if newlines:
                line += newlines
                line_start = text.rfind("\n", position, f.start) + 1
            position = f.start
            value = text[f.start : f.end]
            classification = taxonomy.classify(f.entity)
            attributes = f.attributes
            if marked and _marked_line(text, line_start, marker):
                attributes = {**(attributes or {}), "inline_allow": True}
            located.append(
                ReportedFinding(
                    entity=f.entity,
                    category=classification.category,
                    sensitivity=classification.sensitivity,
                    start=chunk.offset + f.start,
                    end=chunk.offset + f.end,
                    line=line,
                    column=f.start - line_start + 1,
                    score=round(f.score, 4),
                    recognizer=f.recognizer,
                    value_hash=value_hash(key, value),
                    preview=masked_preview(value),
                    attributes=attributes,
                )
            )
        return located


def _marked_line(text: str, line_start: int, marker: str) -> bool:
    """Whether the line starting at `line_start`, or the line before it, holds `marker`."""
    line_start = max(0, line_start)  # a line longer than the chunk's overlap starts before the chunk
    line_end = text.find("\n", line_start)
    previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return marker in text[previous_start : len(text) if line_end < 0 else line_end]


_worker: ChunkScanner | None = None


def init_worker(settings: ScanSettings) -> None:
    global _worker
    _worker = ChunkScanner(settings)


def scan_in_worker(chunk: Chunk) -> ChunkResult:
    assert _worker is not None, "init_worker was not called in this process"
    return _worker.scan(chunk)
