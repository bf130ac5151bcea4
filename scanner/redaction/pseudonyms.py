"""The `pseudonym` style: one name per person, address or number, e.g. <PERSON_3>, <SIP_ADDRESS_12>.

Equal values (in canonical form: `+46701740612` and `070-174 06 12` are one number) get one pseudonym.
Without a key, pseudonyms are numbered per entity by first appearance in the run, the same in every file
of the run and for any number of worker processes. With a key (`--key`, or `LOGSCRUB_PSEUDONYM_KEY`) a
pseudonym is stable across runs: a number cannot be, so it is the start of an HMAC-SHA256 of the
canonical value under the key (`<PERSON_7f3a9c2b>`); without the key it cannot be traced back.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from typing import ClassVar

from logscrub.scanner.records.findings import Finding
from logscrub.scanner.redaction.canonical import canonical_value
from logscrub.scanner.redaction.kept_parts import kept_attributes, label_parts
from logscrub.scanner.redaction.style import Numbered, Replacement, StyleOptions

PSEUDONYM_KEY_ENV = "LOGSCRUB_PSEUDONYM_KEY"
KEYED_DIGITS = 8
IDENTITY_BYTES = 16
_CACHE_SIZE = 1 << 16  # logs repeat the same values over and over: each is made into a pseudonym once


def pseudonym_identity(entity: str, canonical: str) -> bytes:
    """What the run's numbering tells values apart by (it never leaves the process memory)."""
    return hashlib.blake2b(f"{entity}\0{canonical}".encode(), digest_size=IDENTITY_BYTES).digest()


def keyed_pseudonym(key: bytes, entity: str, canonical: str) -> str:
    """The name of a value under `key`, the same in every run: `PERSON_7f3a9c2b`."""
    digest = hmac.new(key, f"{entity}\0{canonical}".encode(), hashlib.sha256).hexdigest()
    return f"{entity}_{digest[:KEYED_DIGITS]}"


class PseudonymStyle:
    writes_labels: ClassVar[bool] = True

    def __init__(self, options: StyleOptions) -> None:
        self.keep = options.keep
        self.key = options.pseudonym_key
        self.regions = tuple(options.regions)
        self._keeps = options.keep.any
        # Made replacements by entity, by value, its known canonical form and the attributes the kept
        # parts depend on.
        self._made: dict[str, dict[tuple[str, str | None, tuple[object, ...]], Replacement]] = {}

    def replace(self, finding: Finding, value: str) -> Replacement:
        made = self._made.get(finding.entity)
        if made is None:
            made = self._made[finding.entity] = {}
        kept = kept_attributes(finding.attributes) if self._keeps else ()
        key = (value, finding.canonical, kept)
        replacement = made.get(key)
        if replacement is None:
            if len(made) >= _CACHE_SIZE:
                made.clear()
            replacement = made[key] = self._make(finding, value)
        return replacement

    def _make(self, finding: Finding, value: str) -> Replacement:
        entity = finding.entity
        canonical = finding.canonical or canonical_value(entity, value, self.regions)
        parts = label_parts(entity, value, finding.attributes, self.keep)
        if self.key is not None:
            return parts.label(keyed_pseudonym(self.key, entity, canonical))
        before, after = parts.label_around(f"{entity}_")
        return Numbered(before + after, len(before), entity, pseudonym_identity(entity, canonical))


class PseudonymNumbers:
    """The numbers of one run: per entity, 1, 2, 3... in the order values are first written."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, bytes], int] = {}
        self._counts: Counter[str] = Counter()

    def number(self, entity: str, identity: bytes) -> int:
        key = (entity, identity)
        number = self._numbers.get(key)
        if number is None:
            self._counts[entity] += 1
            number = self._numbers[key] = self._counts[entity]
        return number
