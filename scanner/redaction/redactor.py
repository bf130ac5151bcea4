"""Replacing findings in a text with the run's styles, keeping track of where each replacement stands."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from logscrub.scanner.records.chunks import PendingNumbers
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.redaction.picker import StylePicker
from logscrub.scanner.redaction.pseudonyms import IDENTITY_BYTES, PseudonymNumbers
from logscrub.scanner.redaction.style import Numbered

_LINE_BREAKS = "\r\n"


@dataclass(frozen=True, slots=True)
class RedactedPiece:
    """A redacted piece of a document as a worker hands it on: its text, the pseudonym numbers still to
    write into it, and the values the verify pass found left in it (count by entity; empty when clean)."""

    text: str
    pending: PendingNumbers = field(default_factory=PendingNumbers)
    remaining: Mapping[str, int] = field(default_factory=dict)


def write_numbers(text: str, pending: PendingNumbers, numbers: PseudonymNumbers) -> str:
    """`text` with each pending pseudonym numbered by the run's `numbers`, in text order."""
    if not pending:
        return text
    pieces = []
    position = 0
    identities = pending.identities
    for index, (at, entity) in enumerate(zip(pending.positions, pending.entities, strict=True)):
        identity = identities[index * IDENTITY_BYTES : (index + 1) * IDENTITY_BYTES]
        pieces.append(text[position:at])
        pieces.append(str(numbers.number(entity, identity)))
        position = at
    pieces.append(text[position:])
    return "".join(pieces)


# Where a replacement stands: (start, end) in the redacted text, (start, end) of the finding it replaced.
Span = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Redaction:
    """A text with its findings replaced: `spans[i]` is where the replacement of `findings[i]` stands."""

    text: str
    findings: Sequence[Finding]
    spans: list[Span]
    # The pseudonyms to number: where each goes in `text`, its entity, its value's identity.
    positions: list[int]
    entities: list[str]
    identities: list[bytes]

    def position(self, offset: int) -> int:
        """Where the original text's `offset` (not inside a replaced finding) lies in the redacted text."""
        index = bisect_right(self.spans, offset, key=lambda span: span[2])
        if index == 0:
            return offset
        out_start, out_end, in_start, in_end = self.spans[index - 1]
        if offset == in_start:
            return out_start
        if offset < in_end:
            raise ValueError(f"offset {offset} is inside a replaced finding")
        return out_end + offset - in_end

    def piece(self, start: int, end: int) -> tuple[str, PendingNumbers]:
        """The redacted text from `start` to `end`, and its pending numbers (positions in that piece)."""
        first, last = bisect_left(self.positions, start), bisect_right(self.positions, end)
        pending = PendingNumbers(
            tuple(position - start for position in self.positions[first:last]),
            tuple(self.entities[first:last]),
            b"".join(self.identities[first:last]),
        )
        return self.text[start:end], pending

    def replaced_within(self, start: int, end: int) -> Iterator[int]:
        """The indexes of the findings whose replacements overlap the redacted text from `start` to `end`."""
        index = bisect_right(self.spans, start, key=lambda span: span[1])
        while index < len(self.spans) and self.spans[index][0] < end:
            yield index
            index += 1


def redact(text: str, findings: Sequence[Finding], picker: StylePicker) -> Redaction:
    """`text` with each of the (sorted, non-overlapping) `findings` replaced in the style of its entity.

    Findings never span lines; should one, its replacement still carries its line breaks, so that the
    line count and order of the text stay as they were.
    """
    pieces: list[str] = []
    spans: list[Span] = []
    positions: list[int] = []
    entities: list[str] = []
    identities: list[bytes] = []
    style_for = picker.style_for
    position = length = 0
    for finding in findings:
        kept = text[position : finding.start]
        pieces.append(kept)
        length += len(kept)
        value = text[finding.start : finding.end]
        replacement = style_for(finding.entity).replace(finding, value)
        if isinstance(replacement, Numbered):
            numbered, replacement = replacement, replacement.text
            at = numbered.at
            if "\n" in value or "\r" in value:
                before = _without_line_breaks(replacement[:at])
                replacement, at = before + _with_line_breaks_of(value, replacement[at:]), len(before)
            positions.append(length + at)
            entities.append(numbered.entity)
            identities.append(numbered.identity)
        elif "\n" in value or "\r" in value:
            replacement = _with_line_breaks_of(value, replacement)
        pieces.append(replacement)
        spans.append((length, length + len(replacement), finding.start, finding.end))
        length += len(replacement)
        position = finding.end
    pieces.append(text[position:])
    return Redaction("".join(pieces), findings, spans, positions, entities, identities)


def _line_breaks(text: str) -> str:
    return "".join(ch for ch in text if ch in _LINE_BREAKS)


def _without_line_breaks(text: str) -> str:
    return "".join(ch for ch in text if ch not in _LINE_BREAKS)


def _with_line_breaks_of(value: str, replacement: str) -> str:
    breaks = _line_breaks(value)
    if _line_breaks(replacement) == breaks:
        return replacement
    return _without_line_breaks(replacement) + breaks
