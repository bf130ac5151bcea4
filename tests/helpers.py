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
    *args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed command line in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "logscrub.scanner", *map(str, args)],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )
