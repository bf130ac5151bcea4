"""The shipped systemd unit: valid for systemd, and its ExecStart= is where the README's install puts
logscrub. `systemd-analyze verify` checks that the command exists, so it runs in a private mount
namespace where /opt/logscrub/bin/logscrub is this checkout's own command: nothing outside changes."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO

pytestmark = [pytest.mark.needs("systemd-analyze"), pytest.mark.needs("unshare")]

UNIT = REPO / "scanner" / "watch" / "logscrub-watch.service"


def _exec_start() -> list[str]:
    (line,) = [line for line in UNIT.read_text().splitlines() if line.startswith("ExecStart=")]
    return shlex.split(line.removeprefix("ExecStart="))


def test_exec_start_is_the_command_of_the_documented_install() -> None:
    program = Path(_exec_start()[0])
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    venv = re.search(r"python3 -m venv (\S+) && \1/bin/pip install logscrub", readme)
    assert venv is not None, "the README's systemd section installs logscrub into a venv"
    assert program == Path(venv.group(1)) / "bin" / "logscrub"
    assert _exec_start()[1] == "watch"


def test_systemd_analyze_verifies_the_unit(tmp_path: Path) -> None:
    command = shutil.which("logscrub", path=str(Path(sys.executable).parent))
    assert command is not None, "the test environment has the logscrub command"
    program = Path(_exec_start()[0])
    unit = tmp_path / UNIT.name
    shutil.copy(UNIT, unit)
    script = (
        f"set -e; mount -t tmpfs tmpfs {shlex.quote(str(program.parents[2]))}; "
        f"mkdir -p {shlex.quote(str(program.parent))}; "
        f"ln -s {shlex.quote(command)} {shlex.quote(str(program))}; "
        f"systemd-analyze verify {shlex.quote(str(unit))}"
    )
    done = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr.strip() == "", done.stderr  # no warning either
