"""Encoding a chunk's findings as reports carry them (a FindingBatch), in the worker that found them.

A dense log holds a finding every few dozen bytes. Encoded once where it is found (in parallel, one
worker per core), each finding crosses to the run's own process as a line of JSON text, the JSON report's
own entry; that process only stores the text, copies it into the report, and adds up the counts and
hashes that come with it. Readers of other formats decode the lines back into ReportedFindings.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from collections.abc import Mapping
from typing import Any

from logscrub.scanner.classification import Classification
from logscrub.scanner.privacy import masked_preview, value_hash
from logscrub.scanner.records.finding_batch import NO_FINDINGS, EntityGroup, FindingBatch, Group


class FindingBatchBuilder:
    """Encodes findings one at a time, in document order, into a FindingBatch. A value found again in
    the chunk is hashed once (a dense log names the same callers on line after line)."""

    def __init__(self, hash_key: bytes, masked_lines: bool = False) -> None:
        self._key = hash_key
        self._entries: list[str] = []
        self._tally: Counter[EntityGroup] = Counter()
        self._hashes: dict[Group, array[int]] = {}
        self._masked: list[str | None] | None = [] if masked_lines else None
        self._values: dict[tuple[str, str], tuple[str, str, int]] = {}
        self._heads: dict[tuple[str, Classification], str] = {}
        self._encode = json.JSONEncoder(ensure_ascii=False).encode

    def add(
        self,
        entity: str,
        classification: Classification,
        value: str,
        place: tuple[int, int, int, int],
        score: float,
        recognizer: str,
        attributes: Mapping[str, Any] | None,
        masked_line: str | None = None,
    ) -> None:
        """One finding: `place` is its start and end in the document, and its line and column."""
        known = self._values.get((entity, value))
        if known is None:
            hashed = value_hash(self._key, value)
            preview = self._encode(masked_preview(value, entity))
            known = self._values[entity, value] = (hashed, preview, short_hash(hashed))
        hashed, preview, short = known
        head = self._heads.get((entity, classification))
        if head is None:
            head = self._heads[entity, classification] = self._encode(
                {
                    "entity": entity,
                    "category": classification.category,
                    "sensitivity": classification.sensitivity,
                }
            )[:-1]
        start, end, line, column = place
        # The entry as json.dumps writes the record (the JSON report's layout), field by field: the
        # fields that repeat from finding to finding are encoded once.
        entry = (
            f'{head}, "start": {start}, "end": {end}, "line": {line}, "column": {column}, '
            f'"score": {round(score, 4)!r}, "recognizer": {self._encode(recognizer)}, '
            f'"value_hash": "{hashed}", "preview": {preview}'
        )
        if attributes:
            entry += f', "attributes": {self._encode(dict(attributes))}'
        self._entries.append(entry + "}")
        category, sensitivity = classification.category, classification.sensitivity
        self._tally[category, sensitivity, entity] += 1
        group = self._hashes.get((category, sensitivity))
        if group is None:
            group = self._hashes[category, sensitivity] = array("Q")
        group.append(short)
        if self._masked is not None:
            self._masked.append(masked_line)

    def batch(self) -> FindingBatch:
        if not self._entries:
            return NO_FINDINGS
        return FindingBatch(
            "\n".join(self._entries),
            len(self._entries),
            dict(self._tally),
            {group: hashes.tobytes() for group, hashes in self._hashes.items()},
            None if self._masked is None else tuple(self._masked),
        )


def short_hash(value_hash: str) -> int:
    """64 bits of a keyed hash ("hmac-sha256:<hex>"): enough to tell values apart in any one run,
    a fraction of the memory of the whole text."""
    return int(value_hash[-16:], 16)
