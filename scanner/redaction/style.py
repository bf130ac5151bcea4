"""The protocol every redaction style follows, and what a style is given to work with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.redaction import KeepOptions


@dataclass(frozen=True)
class StyleOptions:
    """What a style may use: the keep options, the keys, the phone regions of the run."""

    keep: KeepOptions
    hash_key: bytes  # the report's value_hash key
    pseudonym_key: bytes | None = None  # given: pseudonyms are stable across runs
    regions: Sequence[str] = DEFAULT_REGIONS


class Numbered(NamedTuple):
    """A pseudonym numbered in the main process, by first appearance in the run: its number goes into
    `text` at `at` (`<PERSON_` + N + `>`).

    Workers scan chunks in parallel and cannot share a counter; they send the value's identity (a digest
    of its canonical form) instead, and the ordered results get their numbers where they are written.
    (A named tuple: one per finding on the hot path.)
    """

    text: str
    at: int
    entity: str
    identity: bytes


Replacement = str | Numbered


class RedactionStyle(Protocol):
    """How a finding's text is replaced. One instance per worker process, built from StyleOptions."""

    def replace(self, finding: Finding, value: str) -> Replacement:
        """The text standing for `value`, the text `finding` covers (never more than one line)."""
        ...
