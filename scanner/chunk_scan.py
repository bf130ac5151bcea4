"""The unit of work: scan one chunk, classify and locate what was found, and redact it.

A pure function of its settings and the chunk, so chunks of one file or of many files can be spread
over processes in any order.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from logscrub.recognizers import default_recognizers
from logscrub.scanner.detection_spool import KeptDetections
from logscrub.scanner.engine import Detector
from logscrub.scanner.engine.overlaps import resolve_overlaps
from logscrub.scanner.field_scan import field_lessons, scan_fields
from logscrub.scanner.finding_batch import FindingBatchBuilder
from logscrub.scanner.masked_lines import MaskedLines
from logscrub.scanner.name_redaction import counts_in_name
from logscrub.scanner.propagation.guards import load_guards
from logscrub.scanner.propagation.lessons import TEACHING_ENTITIES, Lesson, hashed_lessons, lessons_in
from logscrub.scanner.propagation.matcher import KnownValueMatcher, forget_received_matchers, matcher_of
from logscrub.scanner.propagation.teaching import spellings_taught
from logscrub.scanner.records.chunks import ChunkResult
from logscrub.scanner.records.finding_batch import NO_FINDINGS, FindingBatch
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.known_values import KnownValue, KnownValueSet
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.redaction.chunk_redactor import ChunkRedactor
from logscrub.scanner.rulepacks.allow import AllowList
from logscrub.scanner.rulepacks.contexts import LineContexts
from logscrub.scanner.rulepacks.recognizers import rule_pack_recognizers
from logscrub.scanner.rulepacks.rule_set import default_detection_rules
from logscrub.scanner.seams import Seam, cut_off, emission
from logscrub.scanner.sources.reading import Chunk
from logscrub.scanner.sources.structured.fields import FieldChunk

if TYPE_CHECKING:
    from logscrub.scanner.engine.ner import NerFinder


class ChunkScanner:
    def __init__(self, settings: ScanSettings) -> None:
        self.settings = settings
        # The run's (built once per worker process), or for one chunk those scan() is given.
        self.known_values = None if settings.known_values is None else matcher_of(settings.known_values)
        rules = settings.rules if settings.rules is not None else default_detection_rules()
        recognizers = [
            *default_recognizers(settings.regions, settings.language),
            *rule_pack_recognizers(rules.recognizers, rules.deny_lists, settings.language),
        ]
        self.detector = Detector(recognizers, settings.score_threshold)
        self.ner = _ner_finder(settings.ner)
        # The learning pass of propagation needs only the recognizers of the entities values are learnt
        # from: about half the work of a full detection.
        teachers = [r for r in recognizers if r.supported_entities[0] in TEACHING_ENTITIES]
        self.teacher = Detector(teachers, settings.score_threshold)
        self.allow = AllowList(rules.allow, settings.regions)
        self.contexts = LineContexts(rules.contexts)
        self.redactor = (
            ChunkRedactor(
                settings.redaction,
                settings.hash_key,
                settings.regions,
                lambda text: self.findings_in(text, exact_scores=False),
            )
            if settings.redact
            else None
        )

    def scan(
        self,
        chunk: Chunk | FieldChunk,
        known: KnownValueMatcher | None = None,
        seam: Seam | None = None,
        kept: KeptDetections | None = None,
    ) -> ChunkResult:
        """`known`: the values learnt from this chunk's document (the daemon's), or for the run, instead
        of those in the settings. `seam`: where the text written before this chunk ends (see
        scanner/seams.py). `kept`: where the learning pass kept what it detected in this chunk."""
        if known is None:
            return self._scan(chunk, seam, kept)
        run_wide, self.known_values = self.known_values, known
        try:
            return self._scan(chunk, seam, kept)
        finally:
            self.known_values = run_wide

    def _scan(
        self, chunk: Chunk | FieldChunk, seam: Seam | None = None, kept: KeptDetections | None = None
    ) -> ChunkResult:
        if isinstance(chunk, FieldChunk):
            result = scan_fields(self, chunk)
            if self.redactor is not None and result.redacted is not None and result.value_findings:
                replaced = {
                    field.value[f.start : f.end]
                    for field, found_in_field in zip(chunk.fields, result.value_findings, strict=True)
                    for f in found_in_field
                }
                result.remaining = self.redactor.verify(result.redacted, replaced)
            return result
        text = chunk.text
        found = self.findings_in(text, detected=None if kept is None else kept.take(text))
        from_seam = None if seam is None else self.findings_in(text[seam.offset - chunk.offset :])
        found, owned, emit_start, emit_end = emission(found, chunk, seam, from_seam)
        # The whole chunk is redacted and verified (overlap too, so the seams are checked); its core is sent.
        redacted = (
            self.redactor.redact(text, found, emit_start, emit_end) if self.redactor is not None else None
        )
        located = self._locate(chunk, owned, found) if self.settings.locate else NO_FINDINGS
        return ChunkResult(
            located,
            Counter(f.entity for f in owned),
            redacted.text if redacted is not None else None,
            chunk.offset + emit_start,
            chunk.offset + emit_end,
            pseudonyms=redacted.pending if redacted is not None else None,
            remaining=redacted.remaining if redacted is not None else {},
            cut_off=cut_off(owned, chunk),
        )

    def findings_in(
        self, text: str, exact_scores: bool | None = None, detected: list[Finding] | None = None
    ) -> list[Finding]:
        """What is found in `text`: detected (or what was `detected` in it before), and recurring known
        values, less what is allowed.

        `exact_scores`: as the detector's (default: when findings are located for a report)."""
        if detected is None:
            detected = self.detected(text, self.settings.locate if exact_scores is None else exact_scores)
        found = detected
        known = self.known_values
        if known is not None:
            recurring = known.findings(text)
            if recurring:
                found = resolve_overlaps([*found, *recurring])
        if self.allow:
            found = self.allow.without_allowed(text, found)
        return found

    def detected(self, text: str, exact_scores: bool) -> list[Finding]:
        """What the recognizers (and the NER model, if any) find in `text`."""
        return self._with_ner(text, self.detector.detect(text, exact_scores=exact_scores))

    def _with_ner(self, text: str, found: list[Finding]) -> list[Finding]:
        if self.ner is None:
            return found
        return resolve_overlaps([*found, *self.ner.findings(text, found)])

    def lessons(
        self,
        chunk: Chunk | FieldChunk,
        min_score: float,
        hashes: frozenset[str],
        kept: KeptDetections | None = None,
    ) -> list[Lesson]:
        """What this chunk teaches (the learning pass of propagation): the certain findings it owns,
        and tokens whose keyed hash the known-values file lists. With `kept`, everything is detected,
        and kept there for the scanning pass; else only what teaches."""
        if isinstance(chunk, FieldChunk):
            return field_lessons(self, chunk, min_score, hashes)
        core_start, core_end = chunk.core_start, chunk.core_end
        if kept is None:
            found = self.teacher.detect(chunk.text, exact_scores=False, decide_at=min_score)
        else:
            found = self.detector.detect(
                chunk.text, exact_scores=kept.exact_scores, decide_at=min_score, complete=True
            )
            # What the NER model finds is kept for the scanning pass but, as without `kept`, not learnt.
            kept.keep(chunk.text, self._with_ner(chunk.text, found))
        if self.allow:
            found = self.allow.without_allowed(chunk.text, found)
        owned = [f for f in found if core_start <= f.start < core_end]
        lessons = lessons_in(chunk.text, owned, min_score, chunk.line, core_start)
        if hashes:
            key = self.settings.hash_key
            lessons += hashed_lessons(chunk.text, core_start, core_end, hashes, key, chunk.line)
        return lessons

    def _locate(self, chunk: Chunk, owned: list[Finding], found: list[Finding]) -> FindingBatch:
        """`owned` as reports carry them; `found`: every finding in the chunk's text (masked lines
        hide those the neighbouring chunks own too)."""
        text, taxonomy = chunk.text, self.settings.taxonomy
        lines = (
            MaskedLines(
                text,
                ((f.start, f.end, f.entity) for f in found),
                cut_start=chunk.offset > 0,
                cut_end=chunk.core_end < len(text),
            )
            if self.settings.masked_lines
            else None
        )
        line, line_start = chunk.line, chunk.core_start - (chunk.column - 1)
        position = chunk.core_start
        marker = self.settings.inline_allow_marker
        marked = bool(marker) and marker in text
        contexts = self.contexts
        batch = FindingBatchBuilder(self.settings.hash_key, lines is not None)
        for f in owned:
            newlines = text.count("\n", position, f.start)
            if newlines:
                line += newlines
                line_start = text.rfind("\n", position, f.start) + 1
            position = f.start
            classification = taxonomy.classify(f.entity)
            context = contexts.rule_for(f.entity, text, line_start)
            if context is not None:
                classification = taxonomy.by_category[context.category]
            attributes = f.attributes
            if marked and _marked_line(text, line_start, marker):
                attributes = {**(attributes or {}), "inline_allow": True}
            batch.add(
                f.entity,
                classification,
                text[f.start : f.end],
                (chunk.offset + f.start, chunk.offset + f.end, line, f.start - line_start + 1),
                f.score,
                f.recognizer,
                attributes,
                None if lines is None else lines.around(f.start, f.end),
            )
        return batch.batch()


def _ner_finder(model: str | None) -> NerFinder | None:
    if model is None:
        return None
    from logscrub.scanner.engine.ner import NerFinder  # spaCy and the model: only for runs with --ner

    return NerFinder(model)


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


def scan_in_worker(
    chunk: Chunk | FieldChunk,
    known: KnownValueMatcher | None = None,
    seam: Seam | None = None,
    kept: KeptDetections | None = None,
) -> ChunkResult:
    assert _worker is not None, "init_worker was not called in this process"
    return _worker.scan(chunk, known, seam, kept)


def spans_in_worker(text: str, known: KnownValueMatcher | None = None) -> list[tuple[str, int, int]]:
    """Entity, start and end of each finding in a short `text` (a file name) that counts in a name;
    `known`: the values learnt from its document (the daemon's), with the run's."""
    assert _worker is not None, "init_worker was not called in this process"
    # What does not count in a name (a name finder's "tove.lindqvist") must not hide, by its higher
    # score, the learnt value that does on the same text.
    found = [f for f in _worker.findings_in(text) if counts_in_name(f, text)]
    if known is not None:
        found = resolve_overlaps([*found, *known.findings(text)])
    return [(f.entity, f.start, f.end) for f in found if counts_in_name(f, text)]


def spellings_in_worker(
    chunk: Chunk | FieldChunk,
    min_score: float,
    hashes: frozenset[str],
    where: str,
    kept: KeptDetections | None = None,
) -> dict[str, KnownValue]:
    """What `chunk` (of the document `where` names) teaches, in every spelling; with `kept`, what it
    holds is detected once for both passes."""
    assert _worker is not None, "init_worker was not called in this process"
    lessons = _worker.lessons(chunk, min_score, hashes, kept)
    return spellings_taught(lessons, load_guards(), _worker.settings.regions, where)


def use_known_values(known: KnownValueSet | None) -> None:
    """The run's known values for this process's scanner, built without them (a cluster's worker)."""
    assert _worker is not None, "init_worker was not called in this process"
    _worker.known_values = None if known is None else matcher_of(known)


def release_worker() -> None:
    """Let go of the scanner and of every known-value matcher this process keeps (a cache that would
    otherwise hold the values after the scanner is gone): a cluster's worker outlives the run."""
    global _worker
    _worker = None
    forget_received_matchers()
