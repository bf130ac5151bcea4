"""What a rule pack declares, as typed records that remember where each rule was written (the rules
scanning needs are records of their own: records/detection_rules.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from logscrub.scanner.records.detection_rules import AllowEntry, ContextRule, DenyListSpec, RecognizerSpec


@dataclass(frozen=True, slots=True)
class PathIgnore:
    """A gitignore-style glob of paths not scanned, relative to `base` (the folder of its file)."""

    glob: str
    base: Path
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
