"""Small helpers shared by tests: running the command line for real, reading labels."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    entity: str
    text: str


def read_labels(path: Path) -> list[Label]:
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels.append(Label(row["start"], row["end"], row["entity"], row["text"]))
    return labels


def run_logscrub(
    *args: str | Path,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    honour_permissions: bool = False,
) -> subprocess.CompletedProcess[str]:
    """The installed command line in a child process, as a user runs it.

    `honour_permissions`: file modes apply even when the tests run as root (as in CI containers):
    the child runs without the capabilities that let root read any file.
    """
    prefix: list[str] = []
    if honour_permissions and os.geteuid() == 0:
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "logscrub.scanner", *map(str, args)],
        cwd=cwd,
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )


def scan_report(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None) -> dict[str, Any]:
    """`logscrub scan ARGS --format json`, run by the command line's entry point in this process (as the
    installed command runs it, without its start-up: the engine is imported once for all tests); the
    JSON report as written. `-j 1` scans in this process; more forks workers from it."""
    from logscrub.scanner.cli.main import main

    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(cwd or Path.cwd()), _stdin(stdin):
        report = Path(scratch) / "report.json"
        code = main(["scan", *map(str, args), "--format", "json", "-o", str(report), "--no-progress"])
        assert code == 0, f"exit {code}"
        return json.loads(report.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@contextlib.contextmanager
def _stdin(data: bytes | None) -> Iterator[None]:
    """Standard input holding `data` (None: as it is)."""
    if data is None:
        yield
        return
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved
