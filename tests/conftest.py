"""Shared test set-up.

Tests that read the read-only ``../shared`` folder (design data, corpora, other projects' test vectors)
use the ``shared_dir`` fixture and are marked ``shared`` automatically. A user's clone has no
``../shared``: there those tests are deselected with a one-line notice. Tests that drive a program a fresh
machine may lack (Debian's ``chromium``, ``git``) carry ``@pytest.mark.needs("program")`` and are
deselected likewise where it is not installed. In CI (``CI`` set) all of them are kept and fail, so that
a missing folder or program can never pass unnoticed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from helpers import REPO

SHARED = Path(os.environ.get("LOGSCRUB_SHARED", REPO.parent / "shared"))

_deselected: dict[str, list[pytest.Item]] = {}


def _missing_requirement(item: pytest.Item) -> str | None:
    """Why this item cannot run on this machine (outside CI), or None."""
    if item.get_closest_marker("shared") is not None and not SHARED.is_dir():
        return f"{SHARED} (not found here; set LOGSCRUB_SHARED to run them)"
    for marker in item.iter_markers("needs"):
        program = str(marker.args[0])
        if shutil.which(program) is None:
            return f"the program {program!r} (not installed here; .ci/run installs it)"
    return None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs(program): drives an external program a machine may lack")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "shared_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared)
    if os.environ.get("CI"):
        return
    keep = []
    for item in items:
        reason = _missing_requirement(item)
        if reason is None:
            keep.append(item)
        else:
            _deselected.setdefault(reason, []).append(item)
    if _deselected:
        config.hook.pytest_deselected(items=[i for group in _deselected.values() for i in group])
        items[:] = keep


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for reason, group in _deselected.items():
        tests = "1 test needs" if len(group) == 1 else f"{len(group)} tests need"
        terminalreporter.write_line(f"notice: {tests} {reason}: deselected")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only shared folder beside the checkout (or $LOGSCRUB_SHARED)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: CI must run the tests that need the shared folder")
    return SHARED


@pytest.fixture(autouse=True)
def _private_hash_key(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests from creating or reading the user's real installation key."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("LOGSCRUB_HASH_KEY", raising=False)
