"""Finding the project file: `.logscrub.yaml`, or `[tool.logscrub]` in pyproject.toml.

The search starts in the current folder and goes up, as git and ruff look for theirs. It stops at the
first folder holding either (`.logscrub.yaml` first), and after the root of a git repository (a folder
holding `.git`): a checkout never picks up settings from outside itself.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from logscrub.scanner.located import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

PROJECT_FILE = ".logscrub.yaml"
PYPROJECT = "pyproject.toml"


def find_project_file(start: Path) -> Path | None:
    """The project file that applies in folder `start`, if any."""
    for folder in (start, *start.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and has_logscrub_table(pyproject):
            return pyproject
        if (folder / ".git").exists():
            return None
    return None


def has_logscrub_table(pyproject: Path) -> bool:
    tool = read_pyproject(pyproject).get("tool")
    return isinstance(tool, dict) and "logscrub" in tool


def read_pyproject(pyproject: Path) -> dict[str, Any]:
    try:
        with pyproject.open("rb") as stream:
            return tomllib.load(stream)
    except OSError as exc:
        raise ConfigError(f"{pyproject}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{pyproject}: not valid TOML: {exc}") from None
