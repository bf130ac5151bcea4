"""The category taxonomy as the scanner uses it: entity -> data category -> sensitivity (read from
rules/categories.yaml by scanner/classification.py, laid over by rule packs)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Classification:
    category: str
    sensitivity: str


@dataclass(frozen=True)
class Taxonomy:
    sensitivities: tuple[str, ...]
    by_entity: dict[str, Classification]
    default: Classification
    by_category: dict[str, Classification] = field(default_factory=dict)  # each category's own

    def classify(self, entity: str) -> Classification:
        return self.by_entity.get(entity, self.default)
