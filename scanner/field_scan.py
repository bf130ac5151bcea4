"""The unit of work of structured documents: scan each field with its key as context, locate and redact.

The fields of a piece are scanned together, one ``key: value`` line each, so a piece costs one pass of
the detector whatever its number of fields, and a context word in the key (``personnummer``, ``mobil``)
or a recognizer for named fields (``caller_name: …``) sees the value as it would in a log line. Only
findings in the value count. Like ``ChunkScanner.scan``, a pure function of its settings and the piece.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from logscrub.scanner.engine import Detector
from logscrub.scanner.engine.context import PREFIX_WORDS
from logscrub.scanner.finding_batch import FindingBatchBuilder
from logscrub.scanner.masked_lines import MaskedLines
from logscrub.scanner.propagation.lessons import Lesson, hashed_lessons, lessons_in
from logscrub.scanner.records.chunks import ChunkResult, PendingNumbers, ValueFinding
from logscrub.scanner.records.detection_rules import ContextRule
from logscrub.scanner.records.finding_batch import NO_FINDINGS, FindingBatch
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.redaction.chunk_redactor import ChunkRedactor
from logscrub.scanner.redaction.pseudonyms import PseudonymNumbers
from logscrub.scanner.redaction.style import Numbered, RedactionStyle
from logscrub.scanner.rulepacks.contexts import LineContexts
from logscrub.scanner.sources.structured.fields import Field, FieldChunk


class FieldScanner(Protocol):
    """What scanning fields needs of the chunk scanner (scanner/chunk_scan.py), which hands it the
    pieces of structured documents."""

    @property
    def settings(self) -> ScanSettings: ...
    @property
    def contexts(self) -> LineContexts: ...
    @property
    def redactor(self) -> ChunkRedactor | None: ...
    @property
    def teacher(self) -> Detector: ...

    def findings_in(self, text: str, exact_scores: bool | None = None) -> list[Finding]: ...


# A line of neutral words after each field: context words are looked for among the last few words
# before a candidate, and those of one field's key or value must not count for the next field.
_FIELD_BREAK = " ".join("x" * PREFIX_WORDS) + "\n"


@dataclass(frozen=True)
class _ScanText:
    """The fields of a piece as the detector sees them: ``context: value`` a line, lines kept apart.

    A field repeated in the piece (the same value under the same key, as NDJSON and CSV records
    repeat them) is scanned once: with its lines apart, what is found in it depends on nothing else.
    """

    text: str
    line_starts: list[int]  # where each distinct field's line starts in `text`
    value_starts: list[int]  # where its value starts there
    value_ends: list[int]
    lines: list[int]  # for each field of the piece, the number of its distinct field


def scan_fields(scanner: FieldScanner, chunk: FieldChunk) -> ChunkResult:
    settings = scanner.settings
    scan_text = _scan_text(chunk)
    distinct = _findings_per_field(scan_text, scanner.findings_in(scan_text.text))
    found = [distinct[line] for line in scan_text.lines]
    counts = Counter(f.entity for findings in found for f in findings)
    redacted, values, pending = None, None, None
    if scanner.redactor is not None:
        style_for = scanner.redactor.picker.style_for
        values = tuple(
            tuple(_value_finding(field, f, style_for(f.entity)) for f in findings)
            for field, findings in zip(chunk.fields, found, strict=True)
        )
        redacted, pending = _redacted_piece(chunk, values)
    located = _locate(scanner, chunk, scan_text, found) if settings.locate else NO_FINDINGS
    end = chunk.offset + len(chunk.text)
    return ChunkResult(
        located, counts, redacted, chunk.offset, end, value_findings=values, pseudonyms=pending
    )


def _value_finding(field: Field, finding: Finding, style: RedactionStyle) -> ValueFinding:
    replacement = style.replace(finding, field.value[finding.start : finding.end])
    if isinstance(replacement, Numbered):
        text, at, identity = replacement.text, replacement.at, replacement.identity
        return ValueFinding(finding.start, finding.end, finding.entity, text, at, identity)
    return ValueFinding(finding.start, finding.end, finding.entity, replacement)


def _scan_text(chunk: FieldChunk) -> _ScanText:
    parts: list[str] = []
    line_starts: list[int] = []
    value_starts: list[int] = []
    value_ends: list[int] = []
    numbers: dict[tuple[str, str], int] = {}
    lines = [numbers.setdefault((field.context, field.value), len(numbers)) for field in chunk.fields]
    length = 0
    for context, value in numbers:
        prefix = f"{context}: " if context else ""
        line_starts.append(length)
        length += len(prefix)
        value_starts.append(length)
        length += len(value)
        value_ends.append(length)
        length += 1 + len(_FIELD_BREAK)
        parts += (prefix, value, "\n", _FIELD_BREAK)
    return _ScanText("".join(parts), line_starts, value_starts, value_ends, lines)


def _findings_per_field(scan_text: _ScanText, findings: list[Finding]) -> list[list[Finding]]:
    """Each field's findings, in offsets of its value (a finding reaching into the key is cut there)."""
    starts, ends = scan_text.value_starts, scan_text.value_ends
    found: list[list[Finding]] = [[] for _ in starts]
    for finding in findings:
        index = bisect_right(ends, finding.start)  # the first value ending after the finding starts
        if index == len(starts) or finding.end <= starts[index]:
            continue  # in a key
        base = starts[index]
        start, end = max(finding.start, base) - base, min(finding.end, ends[index]) - base
        found[index].append(replace(finding, start=start, end=end))
    return found


def _redacted_piece(
    chunk: FieldChunk, found: tuple[tuple[ValueFinding, ...], ...]
) -> tuple[str, PendingNumbers]:
    """The piece's text with each finding replaced where its value stands (a bare number as a whole,
    by a JSON string), and where the pseudonym numbers still to write go in it."""
    pieces: list[str] = []
    length = position = 0
    numbers: list[tuple[int, str, bytes]] = []
    text = chunk.text

    def write(piece: str, finding: ValueFinding | None = None) -> None:
        """Add `piece`; when it is `finding`'s replacement, note where its pseudonym number goes."""
        nonlocal length
        if finding is not None and finding.number_at >= 0:
            numbers.append((length + finding.number_at, finding.entity, finding.identity))
        pieces.append(piece)
        length += len(piece)

    for field, findings in zip(chunk.fields, found, strict=True):
        if not findings:
            continue
        if field.bare_number:  # a number holding personal data becomes a JSON string
            write(text[position : field.start] + '"')
            value_at = 0
            for finding in findings:
                write(_json_text(field.value[value_at : finding.start]))
                write(*_escaped(finding, _json_text))
                value_at = finding.end
            write(_json_text(field.value[value_at:]) + '"')
            position = field.end
            continue
        for finding in findings:
            write(text[position : field.place(finding.start)])
            write(*_escaped(finding, field.escaped))
            position = field.place(finding.end)
    pieces.append(text[position:])
    positions, entities, identities = zip(*numbers, strict=True) if numbers else ((), (), ())
    return "".join(pieces), PendingNumbers(tuple(positions), tuple(entities), b"".join(identities))


def _escaped(finding: ValueFinding, escape: Callable[[str], str]) -> tuple[str, ValueFinding]:
    """`finding`'s replacement escaped, and the finding with `number_at` moved to match."""
    at = finding.number_at
    if at < 0:
        return escape(finding.replacement), finding
    before = escape(finding.replacement[:at])
    return before + escape(finding.replacement[at:]), finding._replace(number_at=len(before))


def numbered_values(
    values: tuple[tuple[ValueFinding, ...], ...], numbers: PseudonymNumbers
) -> tuple[tuple[ValueFinding, ...], ...]:
    """Each field's findings with their pseudonyms numbered by the run (copies rebuilt from values)."""
    return tuple(
        tuple(v if v.number_at < 0 else v.numbered(numbers.number(v.entity, v.identity)) for v in field)
        for field in values
    )


def _json_text(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _locate(
    scanner: FieldScanner, chunk: FieldChunk, scan_text: _ScanText, found: list[list[Finding]]
) -> FindingBatch:
    settings = scanner.settings
    text, taxonomy = chunk.text, settings.taxonomy
    line, line_start = chunk.line, -(chunk.column - 1)
    position = 0
    scan_rules: dict[tuple[int, str], ContextRule | None] = {}
    lines = (
        MaskedLines(
            text,
            (
                (field.place(f.start), field.place(f.end), f.entity)
                for field, findings in zip(chunk.fields, found, strict=True)
                for f in findings
            ),
        )
        if settings.masked_lines
        else None
    )
    batch = FindingBatchBuilder(settings.hash_key, lines is not None)
    for line_number, field, findings in zip(scan_text.lines, chunk.fields, found, strict=True):
        for f in findings:
            start = field.place(f.start)
            newlines = text.count("\n", position, start)
            if newlines:
                line += newlines
                line_start = text.rfind("\n", position, start) + 1
            position = start
            classification = taxonomy.classify(f.entity)
            # Context rules read the line the detector saw (the key and the value's line), then the
            # document's own line (a CDR row of a CSV file without column names).
            at = scan_text.value_starts[line_number] + f.start
            scan_line = max(scan_text.line_starts[line_number], scan_text.text.rfind("\n", 0, at) + 1)
            rule_key = (scan_line, f.entity)
            if rule_key not in scan_rules:  # a repeated field's line is read once
                scan_rules[rule_key] = scanner.contexts.rule_for(f.entity, scan_text.text, scan_line)
            context = scan_rules[rule_key] or scanner.contexts.rule_for(f.entity, text, line_start)
            if context is not None:
                classification = taxonomy.by_category[context.category]
            end = field.place(f.end)
            batch.add(
                f.entity,
                classification,
                field.value[f.start : f.end],
                (chunk.offset + start, chunk.offset + end, line, start - line_start + 1),
                f.score,
                f.recognizer,
                f.attributes,
                None if lines is None else lines.around(start, end),
            )
    return batch.batch()


def field_lessons(
    scanner: FieldScanner, chunk: FieldChunk, min_score: float, hashes: frozenset[str]
) -> list[Lesson]:
    """What the values of a piece teach (propagation's learning pass); each lesson at the piece's line."""
    scan_text = _scan_text(chunk)
    found = scanner.teacher.detect(scan_text.text, exact_scores=False, decide_at=min_score)
    lessons = lessons_in(scan_text.text, found, min_score, chunk.line, 0)
    if hashes:
        text = scan_text.text
        lessons += hashed_lessons(text, 0, len(text), hashes, scanner.settings.hash_key, chunk.line)
    return [Lesson(lesson.entity, lesson.value, lesson.attributes, chunk.line) for lesson in lessons]
