"""The category taxonomy file (rules/categories.yaml), read into its record (records/taxonomy.py)."""

from __future__ import annotations

from pathlib import Path

import yaml

from logscrub.rules import rule_file
from logscrub.scanner.records.taxonomy import Classification, Taxonomy

CATEGORIES_FILE = "categories.yaml"
UNCATEGORISED = "uncategorised"


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; the message names the file and the problem."""


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The taxonomy shipped in `rules/`, or the one at `path`."""
    source = str(path) if path else f"logscrub/rules/{CATEGORIES_FILE}"
    text = path.read_text(encoding="utf-8") if path else rule_file(CATEGORIES_FILE).read_text("utf-8")
    try:
        data = yaml.safe_load(text)
        sensitivities = tuple(str(s) for s in data["sensitivities"])
        by_entity: dict[str, Classification] = {}
        by_category: dict[str, Classification] = {}
        for name, category in data["categories"].items():
            sensitivity = str(category["sensitivity"])
            if sensitivity not in sensitivities:
                raise TaxonomyError(f"{source}: category {name}: unknown sensitivity {sensitivity!r}")
            by_category[str(name)] = Classification(str(name), sensitivity)
            # An entity may be more (or less) sensitive than the rest of its category.
            own_sensitivities = category.get("entity_sensitivities") or {}
            for entity in category.get("entities") or []:
                if entity in by_entity:
                    raise TaxonomyError(f"{source}: entity {entity} is in two categories")
                own = str(own_sensitivities.get(entity, sensitivity))
                if own not in sensitivities:
                    raise TaxonomyError(f"{source}: entity {entity}: unknown sensitivity {own!r}")
                by_entity[str(entity)] = Classification(str(name), own)
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise TaxonomyError(f"{source}: not a valid taxonomy: {exc}") from exc
    # An entity the taxonomy does not name still gets reported, at the highest sensitivity.
    default = Classification(UNCATEGORISED, sensitivities[-1])
    return Taxonomy(sensitivities, by_entity, default, by_category)
