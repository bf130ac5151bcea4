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

from logscrub.scanner.privacy import masked_preview, value_hash
from logscrub.scanner.records.finding_batch import NO_FINDINGS, EntityGroup, FindingBatch, Group
from logscrub.scanner.records.taxonomy import Classification


class _Kind:
    """Findings of one entity, classification and recognizer in a batch: the parts of their entries
    encoded once, how many there are, and where their short hashes go."""

    __slots__ = ("count", "group", "hashes", "head", "recognizer")

    def __init__(self, head: str, recognizer: str, group: EntityGroup, hashes: array[int]) -> None:
        self.head, self.recognizer, self.group, self.hashes = head, recognizer, group, hashes
        self.count = 0


class FindingBatchBuilder:
    """Encodes findings one at a time, in document order, into a FindingBatch. A value found again in
    the chunk is hashed once (a dense log names the same callers on line after line)."""

    def __init__(self, hash_key: bytes, masked_lines: bool = False) -> None:
        self._key = hash_key
        self._entries: list[str] = []
        self._hashes: dict[Group, array[int]] = {}
        self._masked: list[str | None] | None = [] if masked_lines else None
        self._values: dict[tuple[str, str], tuple[str, str, int]] = {}
        self._kinds: dict[tuple[str, Classification, str], _Kind] = {}
        self._attribute_texts: dict[tuple[tuple[str, Any], ...], str] = {}
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
        kind = self._kinds.get((entity, classification, recognizer))
        if kind is None:
            kind = self._kinds[entity, classification, recognizer] = self._kind(
                entity, classification, recognizer
            )
        start, end, line, column = place
        # The entry as json.dumps writes the record (the JSON report's layout), field by field: what
        # repeats from finding to finding is encoded once.
        entry = (
            f'{kind.head}, "start": {start}, "end": {end}, "line": {line}, "column": {column}, '
            f'"score": {round(score, 4)!r}, "recognizer": {kind.recognizer}, '
            f'"value_hash": "{hashed}", "preview": {preview}'
        )
        if attributes:
            entry += f', "attributes": {self._attributes(attributes)}'
        self._entries.append(entry + "}")
        kind.count += 1
        kind.hashes.append(short)
        if self._masked is not None:
            self._masked.append(masked_line)

    def _kind(self, entity: str, classification: Classification, recognizer: str) -> _Kind:
        category, sensitivity = classification.category, classification.sensitivity
        head = self._encode({"entity": entity, "category": category, "sensitivity": sensitivity})[:-1]
        hashes = self._hashes.setdefault((category, sensitivity), array("Q"))
        return _Kind(head, self._encode(recognizer), (category, sensitivity, entity), hashes)

    def _attributes(self, attributes: Mapping[str, Any]) -> str:
        items = tuple(attributes.items())
        try:
            return self._attribute_texts[items]
        except KeyError:
            text = self._attribute_texts[items] = self._encode(dict(attributes))
            return text
        except TypeError:  # a value that cannot be a key: encoded each time
            return self._encode(dict(attributes))

    def batch(self) -> FindingBatch:
        if not self._entries:
            return NO_FINDINGS
        tally: Counter[EntityGroup] = Counter()
        for kind in self._kinds.values():
            tally[kind.group] += kind.count
        return FindingBatch(
            "\n".join(self._entries),
            len(self._entries),
            dict(tally),
            {group: hashes.tobytes() for group, hashes in self._hashes.items()},
            None if self._masked is None else tuple(self._masked),
        )


def short_hash(value_hash: str) -> int:
    """64 bits of a keyed hash ("hmac-sha256:<hex>"): enough to tell values apart in any one run,
    a fraction of the memory of the whole text."""
    return int(value_hash[-16:], 16)
