"""Data shipped with logscrub: the category taxonomy and reference lists (YAML and data files)."""

from collections.abc import Mapping, Sequence
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import yaml


def rule_file(name: str) -> Traversable:
    """A data file shipped in this package, by file name."""
    return files(__name__).joinpath(name)


def rule_lists(
    name: str, keys: Sequence[str], data: Mapping[str, Any] | None = None
) -> dict[str, tuple[str, ...]]:
    """The lists `keys` of the YAML data file `name` (or of its `data`, read already), each entry as
    a string; ValueError naming the file when one of them is missing."""
    if data is None:
        data = yaml.safe_load(rule_file(name).read_text(encoding="utf-8"))
    if not isinstance(data, Mapping) or any(not isinstance(data.get(key), list) for key in keys):
        raise ValueError(f"{name}: needs the lists {', '.join(keys)}")
    return {key: tuple(str(item) for item in data[key]) for key in keys}
