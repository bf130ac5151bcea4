"""Data shipped with logscrub: the category taxonomy and reference lists (YAML and data files)."""

from collections.abc import Mapping, Sequence
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import yaml


def rule_file(name: str) -> Traversable:
    """A data file shipped in this package, by file name."""
    return files(__name__).joinpath(name)


# libyaml's parser where PyYAML was built with it: the rules are read at every start, and the pure-Python
# parser takes about a third of a second for them.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def rule_data(name: str) -> Any:
    """The YAML data file `name` shipped in this package, parsed."""
    return yaml.load(rule_file(name).read_text(encoding="utf-8"), Loader=_Loader)


def rule_lists(
    name: str, keys: Sequence[str], data: Mapping[str, Any] | None = None
) -> dict[str, tuple[str, ...]]:
    """The lists `keys` of the YAML data file `name` (or of its `data`, read already), each entry as
    a string; ValueError naming the file when one of them is missing."""
    if data is None:
        data = rule_data(name)
    if not isinstance(data, Mapping) or any(not isinstance(data.get(key), list) for key in keys):
        raise ValueError(f"{name}: needs the lists {', '.join(keys)}")
    return {key: tuple(str(item) for item in data[key]) for key in keys}
