"""`logscrub rules`: what is active (recognizers, deny and allow lists, ignores, contexts, categories) and
where each came from."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO, Any

from logscrub.recognizers import default_recognizers
from logscrub.scanner.cli.commands import summary
from logscrub.scanner.cli.options import HelpFormatter, active_rules, add_regions_option, add_rules_option
from logscrub.scanner.exit_codes import EXIT_OK
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.rulepacks import RuleSet
from logscrub.scanner.rulepacks.loading import DEFAULT_PACK_SOURCE
from logscrub.scanner.rulepacks.model import RulePack

BUILT_IN = "built in (logscrub.recognizers)"


def register(commands: Any) -> None:
    rules = commands.add_parser(
        "rules",
        help=summary("rules"),
        formatter_class=HelpFormatter,
        description="List what scanning uses here: recognizers (built in and from rule packs), deny "
        "lists, allow lists, ignored paths, contexts (such as those that make traffic data), and the "
        "category taxonomy, each with the file (and line) it comes from. Rule packs apply in this "
        "order: logscrub's default pack, the project file found from the current folder upwards "
        "(.logscrub.yaml, or [tool.logscrub] in pyproject.toml) with the packs it names, then each "
        "--rules FILE. The format is described in logscrub/rules/README.md.",
        epilog="examples:\n  logscrub rules\n  logscrub rules --rules team-rules.yaml",
    )
    add_regions_option(rules)
    add_rules_option(rules)
    rules.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    rule_set = active_rules(args)
    out = sys.stdout
    _section(out, "Rule packs, in the order they apply")
    for number, pack in enumerate(rule_set.packs, 1):
        out.write(f"  {number}. {pack.source} ({_role(pack, rule_set)})\n")

    detection = rule_set.detection
    _section(out, "Recognizers")
    rows = [(str(r.name), r.supported_entities[0], BUILT_IN) for r in default_recognizers(args.regions)]
    rows += [(r.name, r.entity, r.origin) for r in detection.recognizers]
    _table(out, rows)

    _section(out, "Deny lists")
    _table(out, [(d.name, d.entity, ", ".join(d.terms), d.origin) for d in detection.deny_lists])

    _section(out, "Allow lists")
    _table(out, [(a.kind, a.text, a.origin) for a in detection.allow])

    _section(out, "Ignored paths (globs relative to the folder of their file)")
    _table(out, [(i.glob, i.origin) for i in rule_set.ignore])

    _section(out, "Contexts (findings of these entities on matching lines take the category)")
    _table(out, [(c.name, c.category, ", ".join(sorted(c.entities)), c.origin) for c in detection.contexts])

    _section(out, "Categories")
    by_category: dict[str, list[str]] = {name: [] for name in taxonomy.by_category}
    for entity, classification in sorted(taxonomy.by_entity.items()):
        by_category.setdefault(classification.category, []).append(entity)
    _table(
        out,
        [
            (name, taxonomy.by_category[name].sensitivity, rule_set.category_origins[name])
            for name in by_category
        ],
    )
    _section(out, "Entities, by category")
    _table(
        out,
        [
            (entity, taxonomy.by_entity[entity].category, rule_set.entity_origins[entity])
            for entities in by_category.values()
            for entity in entities
        ],
    )
    out.write(
        f"\nAn entity named nowhere is {taxonomy.default.category}, at {taxonomy.default.sensitivity}.\n"
    )
    return EXIT_OK


def _role(pack: RulePack, rule_set: RuleSet) -> str:
    if pack.source == DEFAULT_PACK_SOURCE:
        return "shipped with logscrub"
    if pack.source == rule_set.project_file:
        return "project file"
    project = next((p for p in rule_set.packs if p.source == rule_set.project_file), None)
    if project is not None and rule_set.packs.index(pack) < rule_set.packs.index(project):
        return "named by the project file"
    return "--rules"


def _section(out: IO[str], title: str) -> None:
    out.write(f"\n{title}:\n")


def _table(out: IO[str], rows: Sequence[tuple[str, ...]]) -> None:
    if not rows:
        out.write("  none\n")
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.write("  " + "  ".join([*cells, row[-1]]) + "\n")
