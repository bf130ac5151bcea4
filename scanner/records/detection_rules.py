"""What scanning needs of the active rule packs (scanner/rulepacks/): their recognizers, deny lists,
allow lists and contexts, as typed records that remember where each rule was written."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PatternSpec:
    name: str
    regex: str
    score: float
    prefilters: tuple[str, ...] = ()  # lower case; instead of its recognizer's


@dataclass(frozen=True, slots=True)
class RecognizerSpec:
    """A user recognizer: regular expressions, context words and an optional named validator."""

    name: str
    entity: str
    patterns: tuple[PatternSpec, ...]
    context: tuple[str, ...]
    validator: str | None
    prefilters: tuple[str, ...]
    origin: str  # where it was declared: file:line (YAML) or file: key path (TOML)


@dataclass(frozen=True, slots=True)
class DenyListSpec:
    """Exact terms (any letter case, as whole words) that are always findings of `entity`."""

    name: str
    entity: str
    terms: tuple[str, ...]
    origin: str


@dataclass(frozen=True, slots=True)
class AllowEntry:
    """A value, domain or pattern whose findings are no findings; `kind` is one of ALLOW_KINDS."""

    kind: str
    text: str
    origin: str


ALLOW_KINDS = ("values", "domains", "patterns")


@dataclass(frozen=True, slots=True)
class ContextRule:
    """Findings of `entities` on a line that `line` (a regex) matches belong to `category`."""

    name: str
    category: str
    line: str
    entities: frozenset[str]
    prefilters: tuple[str, ...]  # lower case; a chunk holding none of them has no such line
    origin: str


@dataclass(frozen=True)
class DetectionRules:
    """What scanning needs of the active packs; sent to each worker process once."""

    recognizers: tuple[RecognizerSpec, ...] = ()
    deny_lists: tuple[DenyListSpec, ...] = ()
    allow: tuple[AllowEntry, ...] = ()
    contexts: tuple[ContextRule, ...] = ()
