"""Data shipped with logscrub: the category taxonomy and reference lists (YAML and data files)."""

from importlib.resources import files
from importlib.resources.abc import Traversable


def rule_file(name: str) -> Traversable:
    """A data file shipped in this package, by file name."""
    return files(__name__).joinpath(name)
