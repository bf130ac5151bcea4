"""Reading rule packs: the shipped default pack, files given with --rules, and the project file."""

from __future__ import annotations

import os
from pathlib import Path

from logscrub.rules import rule_file
from logscrub.scanner.located import ConfigError, Located, located_toml, located_yaml
from logscrub.scanner.rulepacks.discovery import PYPROJECT, read_pyproject
from logscrub.scanner.rulepacks.model import RulePack
from logscrub.scanner.rulepacks.parsing import parse_pack

DEFAULT_PACK = "default.yaml"
DEFAULT_PACK_SOURCE = f"logscrub/rules/{DEFAULT_PACK}"


def load_default_pack() -> RulePack:
    """The rule pack shipped with logscrub (rules/default.yaml): traffic-data contexts and the
    recognizers for call-record fields."""
    text = rule_file(DEFAULT_PACK).read_text(encoding="utf-8")
    return parse_pack(located_yaml(text, DEFAULT_PACK_SOURCE), DEFAULT_PACK_SOURCE, Path.cwd())


def load_pack_file(path: Path) -> RulePack:
    """A YAML rule pack file (given with --rules, or named by a project file's `rules:`)."""
    source = display_path(path)
    return parse_pack(located_yaml(_read(path, source), source), source, path.parent)


def load_project_packs(path: Path) -> list[RulePack]:
    """The packs a project file brings: those its `rules:` names (in order), then its own settings."""
    source = display_path(path)
    if path.name == PYPROJECT:
        table = read_pyproject(path)["tool"]["logscrub"]  # find_project_file saw that it is there
        tree: Located = located_toml(table, f"{source}: [tool.logscrub]")
    else:
        tree = located_yaml(_read(path, source), source)
    project = parse_pack(tree, source, path.parent, project=True)
    return [*(load_pack_file(included) for included in project.includes), project]


def _read(path: Path, source: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{source}: cannot read: not UTF-8 text") from None


def display_path(path: Path) -> str:
    """`path` as messages and listings show it: relative to the current folder when inside it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else relative
