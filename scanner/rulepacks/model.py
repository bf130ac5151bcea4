"""What a rule pack declares, as typed records that remember where each rule was written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
class PathIgnore:
    """A gitignore-style glob of paths not scanned, relative to `base` (the folder of its file)."""

    glob: str
    base: Path
    origin: str


@dataclass(frozen=True, slots=True)
class ContextRule:
    """Findings of `entities` on a line that `line` (a regex) matches belong to `category`."""

    name: str
    category: str
    line: str
    entities: frozenset[str]
    prefilters: tuple[str, ...]  # lower case; a chunk holding none of them has no such line
    origin: str


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """A category added or changed over the taxonomy; `entities` move into it."""

    category: str
    sensitivity: str | None
    entities: tuple[str, ...]
    origin: str


@dataclass(frozen=True)
class RulePack:
    source: str
    recognizers: tuple[RecognizerSpec, ...] = ()
    deny_lists: tuple[DenyListSpec, ...] = ()
    allow: tuple[AllowEntry, ...] = ()
    ignore: tuple[PathIgnore, ...] = ()
    contexts: tuple[ContextRule, ...] = ()
    categories: tuple[CategoryRule, ...] = ()
    includes: tuple[Path, ...] = ()  # `rules:` of a project file, loaded before it


@dataclass(frozen=True)
class DetectionRules:
    """What scanning needs of the active packs; sent to each worker process once."""

    recognizers: tuple[RecognizerSpec, ...] = ()
    deny_lists: tuple[DenyListSpec, ...] = ()
    allow: tuple[AllowEntry, ...] = ()
    contexts: tuple[ContextRule, ...] = ()
