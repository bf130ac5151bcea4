"""The shipped pre-commit hook (.pre-commit-hooks.yaml), run by the real pre-commit tool in a git repository.

The hook is declared `language: python`, which makes pre-commit build a fresh virtual environment and
install logscrub with all its dependencies from PyPI. The test keeps every other field of the shipped
hook and runs it as `language: system`, so pre-commit uses the logscrub installed here: what is tested is
pre-commit's handling of the hook (file selection, arguments, exit status), without minutes of installing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import REPO

pytestmark = pytest.mark.needs("git")

PNR = "19791109-9708"  # synthetic (Faker sv_SE), not one of Skatteverket's test numbers


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_pre_commit_runs_the_shipped_hook(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["language"] == "python" and hook["entry"] == "logscrub gate"
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "LOGSCRUB_HASH_KEY": "pre-commit-test-key-61be0f3a9c2d7e45",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    env.pop("GITHUB_ACTIONS", None)
    local_hook = {**hook, "language": "system"}
    config = {"repos": [{"repo": "local", "hooks": [local_hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (repo / "notes.txt").write_text("call 070-174 06 12 back\n", encoding="utf-8")
    (repo / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))  # not text: not passed
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    assert _run([*git, "init", "-q"], repo, env).returncode == 0
    assert _run([*git, "add", "."], repo, env).returncode == 0

    pre_commit = [sys.executable, "-m", "pre_commit", "run"]
    passed = _run(pre_commit, repo, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout

    (repo / "support-case.log").write_text(f"INFO customer pnr {PNR} verified\n", encoding="utf-8")
    assert _run([*git, "add", "support-case.log"], repo, env).returncode == 0
    failed = _run(pre_commit, repo, env)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "support-case.log:1:19: SE_PERSONNUMMER (national_id, critical)" in failed.stdout
    assert PNR not in failed.stdout + failed.stderr
