"""The redaction of one chunk in a worker: the run's styles applied, the result verified before it is
handed on (see verification.py)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.redaction import RedactionSettings
from logscrub.scanner.redaction.picker import StylePicker
from logscrub.scanner.redaction.redactor import RedactedPiece, redact
from logscrub.scanner.redaction.verification import Finder, remaining_values, values_left


class ChunkRedactor:
    """Redacts chunks in the run's styles and verifies each result before it is handed on."""

    def __init__(self, settings: RedactionSettings, hash_key: bytes, regions: Sequence[str], find: Finder):
        self.picker = StylePicker(settings, hash_key, regions)
        self.keep = settings.keep
        self.regions = regions
        self.find = find

    def redact(self, text: str, found: Sequence[Finding], emit_start: int, emit_end: int) -> RedactedPiece:
        """The redacted `text[emit_start:emit_end]`, checked by the verify pass.

        `found` are all the findings in `text`, overlap with the neighbouring chunks included: the whole
        text is redacted and scanned again, so the seams are verified as well as the middle.
        """
        redaction = redact(text, found, self.picker)
        start, end = redaction.position(emit_start), redaction.position(emit_end)
        remaining = remaining_values(
            self.find, text, redaction, self.keep, start, end, self.regions, self.picker.writes_labels
        )
        piece, pending = redaction.piece(start, end)
        return RedactedPiece(piece, pending, dict(remaining))

    def verify(self, redacted: str, replaced: Collection[str]) -> dict[str, int]:
        """The verify pass over a piece redacted elsewhere (the fields of a structured document, with
        tokens): the values of `replaced` found in `redacted` again, by entity."""
        return dict(values_left(self.find, redacted, replaced))
