"""The active rules: the shipped default pack, the project file, then each --rules file, combined.

Recognizers, deny lists and contexts are known by name: a later pack's declaration of a name replaces
an earlier one (so a project can retune a default). Allow lists and ignores add up. Category rules are
laid over rules/categories.yaml in order. Every rule keeps the file and line it came from.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from logscrub.recognizers import default_recognizers
from logscrub.scanner.classification import CATEGORIES_FILE, load_taxonomy
from logscrub.scanner.globs import glob_matches
from logscrub.scanner.located import ConfigError
from logscrub.scanner.records.detection_rules import ContextRule, DenyListSpec, DetectionRules, RecognizerSpec
from logscrub.scanner.records.taxonomy import Classification, Taxonomy
from logscrub.scanner.rulepacks.discovery import find_project_file
from logscrub.scanner.rulepacks.loading import (
    display_path,
    load_default_pack,
    load_pack_file,
    load_project_packs,
)
from logscrub.scanner.rulepacks.model import CategoryRule, PathIgnore, RulePack

TAXONOMY_SOURCE = f"logscrub/rules/{CATEGORIES_FILE}"


@dataclass(frozen=True)
class RuleSet:
    packs: tuple[RulePack, ...]  # in the order they apply
    project_file: str | None
    taxonomy: Taxonomy
    detection: DetectionRules
    ignore: tuple[PathIgnore, ...]
    # Where each entity's and each category's classification was last set (taxonomy or a pack).
    entity_origins: Mapping[str, str]
    category_origins: Mapping[str, str]

    def ignoring(self, path: Path) -> PathIgnore | None:
        """The ignore rule that keeps the file at `path` from being scanned, if any."""
        for rule in self.ignore:
            relative = os.path.relpath(os.path.realpath(path), os.path.realpath(rule.base))
            relative = relative.replace(os.sep, "/")
            if glob_matches(rule.glob, relative):
                return rule
        return None


def load_rule_set(folder: Path, rule_files: Sequence[Path] = ()) -> RuleSet:
    """The rules active in `folder`: default pack, project file found from there upwards, `rule_files`."""
    project = find_project_file(folder.resolve())
    packs = [load_default_pack()]
    if project is not None:
        packs += load_project_packs(project)
    packs += [load_pack_file(path) for path in rule_files]
    return combine(packs, load_taxonomy(), None if project is None else display_path(project))


@lru_cache(maxsize=1)
def default_detection_rules() -> DetectionRules:
    """The detection rules of the shipped default pack alone."""
    return combine([load_default_pack()], load_taxonomy(), None).detection


def combine(packs: Sequence[RulePack], taxonomy: Taxonomy, project_file: str | None) -> RuleSet:
    built_in = {str(r.name) for r in default_recognizers()}
    recognizers = _by_name((r for p in packs for r in p.recognizers), built_in)
    deny_lists = _by_name((d for p in packs for d in p.deny_lists), built_in | set(recognizers))
    produced = {*(r.entity for r in recognizers.values()), *(d.entity for d in deny_lists.values())}
    taxonomy, entity_origins, category_origins = _categorised(
        taxonomy, [rule for p in packs for rule in p.categories], produced
    )
    contexts = _by_name((c for p in packs for c in p.contexts), set())
    for context in contexts.values():
        if context.category not in taxonomy.by_category:
            raise ConfigError(f"{context.origin}: context {context.name}: no category {context.category!r}")
    return RuleSet(
        packs=tuple(packs),
        project_file=project_file,
        taxonomy=taxonomy,
        detection=DetectionRules(
            recognizers=tuple(recognizers.values()),
            deny_lists=tuple(deny_lists.values()),
            allow=tuple(entry for p in packs for entry in p.allow),
            contexts=tuple(contexts.values()),
        ),
        ignore=tuple(rule for p in packs for rule in p.ignore),
        entity_origins=entity_origins,
        category_origins=category_origins,
    )


_Named = TypeVar("_Named", RecognizerSpec, DenyListSpec, ContextRule)


def _by_name(declared: Iterable[_Named], taken: set[str]) -> dict[str, _Named]:
    """Declarations by name, a later one replacing an earlier one; `taken` names may not be used."""
    by_name: dict[str, _Named] = {}
    for item in declared:
        if item.name in taken:
            raise ConfigError(f"{item.origin}: the name {item.name} is already taken by a recognizer")
        by_name.pop(item.name, None)  # the replacement goes last, where it was declared
        by_name[item.name] = item
    return by_name


def _categorised(
    taxonomy: Taxonomy, rules: Sequence[CategoryRule], produced: Iterable[str]
) -> tuple[Taxonomy, dict[str, str], dict[str, str]]:
    """`taxonomy` with `rules` laid over it, and where each entity and category was last set.

    A rule may move only entities that exist (the taxonomy's, or one a pack's recognizer or deny list
    produces): a misspelt name would leave the real entity in its old category without a word."""
    known_entities = {*taxonomy.by_entity, *produced}
    by_entity = dict(taxonomy.by_entity)
    by_category = dict(taxonomy.by_category)
    entity_origins = dict.fromkeys(by_entity, TAXONOMY_SOURCE)
    category_origins = dict.fromkeys(by_category, TAXONOMY_SOURCE)
    for rule in rules:
        if rule.sensitivity is not None and rule.sensitivity not in taxonomy.sensitivities:
            raise ConfigError(
                f"{rule.origin}: category {rule.category}: unknown sensitivity {rule.sensitivity!r} "
                f"(known: {', '.join(taxonomy.sensitivities)})"
            )
        known = by_category.get(rule.category)
        sensitivity = rule.sensitivity or (known.sensitivity if known is not None else None)
        if sensitivity is None:
            raise ConfigError(f"{rule.origin}: new category {rule.category} needs a sensitivity")
        classification = Classification(rule.category, sensitivity)
        by_category[rule.category] = classification
        category_origins[rule.category] = rule.origin
        for entity, current in by_entity.items():
            if current.category == rule.category:
                by_entity[entity] = classification
        for entity in rule.entities:
            if entity not in known_entities:
                raise ConfigError(
                    f"{rule.origin}: category {rule.category}: unknown entity {entity!r} "
                    f"(known: {', '.join(sorted(known_entities))})"
                )
            by_entity[entity] = classification
            entity_origins[entity] = rule.origin
    return replace(taxonomy, by_entity=by_entity, by_category=by_category), entity_origins, category_origins
