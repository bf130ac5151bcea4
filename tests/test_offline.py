"""logscrub never touches the network: no model downloads, no public suffix list fetches."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run_logscrub

AUDIT_HOOK = """
import os, sys
_log = os.environ["LOGSCRUB_NETWORK_AUDIT"]
_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
           "http.client.connect", "urllib.Request")
def _hook(event, args):
    if event in _EVENTS:
        with open(_log, "a") as f:
            f.write(f"{os.getpid()} {event} {args!r}\\n")
sys.addaudithook(_hook)
"""

SAMPLE = (
    'From: "Anna" <sip:anna.svensson@example.se>;tag=1\n'
    "mail anna.svensson@example.com or a@b.se, ring +46 70 174 06 12, pnr 19850101-2382\n"
) * 50


@pytest.fixture
def isolated(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A sample file and an environment with empty caches, whose processes log any network attempt."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(AUDIT_HOOK)
    sample = tmp_path / "sample.log"
    sample.write_text(SAMPLE)
    env = {
        "PYTHONPATH": str(hooks),
        "LOGSCRUB_NETWORK_AUDIT": str(tmp_path / "network.log"),
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TLDEXTRACT_CACHE": str(tmp_path / "tldextract"),
    }
    return sample, env


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_no_network_attempt_while_scanning_and_redacting(
    isolated: tuple[Path, dict[str, str]], tmp_path: Path, jobs: str
) -> None:
    sample, env = isolated
    scan = run_logscrub("scan", sample, "--format", "json", "-j", jobs, env=env)
    assert scan.returncode == 0, scan.stderr
    assert json.loads(scan.stdout)["summary"]["by_entity"]["EMAIL_ADDRESS"] == 100
    redact = run_logscrub("redact", sample, "--out", tmp_path / "out", "-j", jobs, env=env)
    assert redact.returncode == 0, redact.stderr
    audit = Path(env["LOGSCRUB_NETWORK_AUDIT"])
    assert not audit.exists(), audit.read_text()
    assert not Path(env["TLDEXTRACT_CACHE"]).exists()


@pytest.mark.needs("unshare")
def test_same_findings_with_the_network_unreachable(isolated: tuple[Path, dict[str, str]]) -> None:
    sample, env = isolated
    unshare = shutil.which("unshare")
    assert unshare, "util-linux unshare is needed to cut the network off"
    # --map-root-user lets an unprivileged user make the namespace too (root needs no mapping).
    mapping = [] if os.geteuid() == 0 else ["--map-root-user"]
    command = [unshare, *mapping, "--net", sys.executable, "-m", "logscrub.scanner", "scan", str(sample)]
    offline = subprocess.run(
        [*command, "--format", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )
    assert offline.returncode == 0, offline.stderr
    online = run_logscrub("scan", sample, "--format", "json", env=env)
    assert json.loads(offline.stdout)["summary"] == json.loads(online.stdout)["summary"]
