"""Rule packs: users' own recognizers, deny and allow lists, path ignores, category rules and contexts,
in YAML (rules/README.md), combined from the shipped default pack, the project file and --rules files."""

from logscrub.scanner.located import ConfigError
from logscrub.scanner.rulepacks.rule_set import RuleSet, default_detection_rules, load_rule_set

__all__ = ["ConfigError", "RuleSet", "default_detection_rules", "load_rule_set"]
