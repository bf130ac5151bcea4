"""The code is linted, formatted and type-checked as part of the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import REPO

PACKAGE_FOLDERS = ("scanner", "recognizers", "rules")


def _run(*command: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_lint_and_format() -> None:
    lint = _run(sys.executable, "-m", "ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    formatted = _run(sys.executable, "-m", "ruff", "format", "--check", ".")
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_mypy_strict(tmp_path: Path) -> None:
    # mypy does not run the editable install's import hook: give it the package as users import it.
    package = tmp_path / "logscrub"
    package.mkdir()
    for folder in PACKAGE_FOLDERS:
        (package / folder).symlink_to(REPO / folder)
    done = _run(
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(REPO / "pyproject.toml"),
        "--cache-dir",
        str(tmp_path / "cache"),
        "-p",
        "logscrub",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
