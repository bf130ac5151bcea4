"""Shared test set-up.

Tests that read the read-only ``../shared`` folder (design data, corpora, other projects' test vectors)
use the ``shared_dir`` fixture and are marked ``shared`` automatically. A user's clone has no
``../shared``: there those tests are deselected with a one-line notice. In CI (``CI`` set) they are kept
and fail, so that a missing folder can never pass unnoticed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import REPO

SHARED = Path(os.environ.get("LOGSCRUB_SHARED", REPO.parent / "shared"))

_deselected: list[pytest.Item] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "shared_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared)
    if SHARED.is_dir() or os.environ.get("CI"):
        return
    keep = [item for item in items if item.get_closest_marker("shared") is None]
    _deselected.extend(item for item in items if item.get_closest_marker("shared") is not None)
    if _deselected:
        config.hook.pytest_deselected(items=_deselected)
        items[:] = keep


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _deselected:
        terminalreporter.write_line(
            f"notice: {len(_deselected)} tests need {SHARED} (not found here) and were deselected; "
            "set LOGSCRUB_SHARED to run them"
        )


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
