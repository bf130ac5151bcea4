"""Small helpers shared by tests: running the command line for real, reading labels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

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
