"""Parsed configuration files (rule packs, policies, redaction settings) whose every value knows where
it was written, for errors naming file and line.

YAML keeps line numbers through PyYAML's node marks; TOML (``[tool.logscrub]`` in pyproject.toml) has
none in ``tomllib``, so its values are located by their key path instead.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message is `file:line: problem`."""


@dataclass(frozen=True, slots=True)
class Located:
    """A value (scalar, list of Located, or dict of str to Located) and where it stands."""

    value: Any
    where: str

    def error(self, problem: str) -> ConfigError:
        return ConfigError(f"{self.where}: {problem}")


def check_keys(fields: Mapping[str, Located], known: Collection[str], what: str = "setting") -> None:
    """Every key must be one that is read: a misspelt key silently ignored would turn a limit off."""
    for key, value in fields.items():
        if key not in known:
            raise value.error(f"unknown {what} {key!r} (known: {', '.join(known)})")


def located_yaml(text: str, source: str) -> Located:
    """The YAML document in `text`, every value located as `source:line`."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if node is None:
        return Located({}, f"{source}:1")
    return _from_node(node, source, SafeConstructor())


def located_toml(data: Mapping[str, Any], where: str) -> Located:
    """A table read by tomllib, every value located by its key path after `where`."""
    return _from_toml(data, where, "")


def _from_node(node: Node, source: str, constructor: SafeConstructor) -> Located:
    where = f"{source}:{node.start_mark.line + 1}"
    if isinstance(node, MappingNode):
        mapping: dict[str, Located] = {}
        for key_node, value_node in node.value:
            key = _from_node(key_node, source, constructor)
            if not isinstance(key.value, str):
                raise key.error(f"a key must be a name, not {key.value!r}")
            if key.value in mapping:
                raise key.error(f"{key.value!r} is given twice")
            mapping[key.value] = _from_node(value_node, source, constructor)
        return Located(mapping, where)
    if isinstance(node, SequenceNode):
        return Located([_from_node(item, source, constructor) for item in node.value], where)
    assert isinstance(node, ScalarNode)
    try:
        return Located(constructor.construct_object(node), where)
    except ConstructorError as exc:
        raise ConfigError(f"{where}: {exc.problem}") from None


def _from_toml(value: Any, where: str, path: str) -> Located:
    here = f"{where} {path}" if path else where
    if isinstance(value, Mapping):
        return Located(
            {str(k): _from_toml(v, where, f"{path}.{k}" if path else str(k)) for k, v in value.items()},
            here,
        )
    if isinstance(value, list):
        return Located([_from_toml(v, where, f"{path}[{i}]") for i, v in enumerate(value, 1)], here)
    return Located(value, here)
