"""What every object store must do for logscrub, checked against a real server of it on loopback
(tests/test_cluster.py: S3 from moto, on the Dask cluster; tests/test_object_stores.py: GCS and Azure
Blob from their emulators): a prefix walked as a folder, copies and reports published whole after the
verify pass, a broken object failing closed in one line, the store's secrets shown nowhere."""

from __future__ import annotations

import contextlib
import gzip
import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import FIXTURES
from logscrub.scanner.cli.main import main

BUCKET = "support-logs"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def store_server(folder: Path, command: list[str], port: int) -> Iterator[None]:
    """A store's server, `command`, run on loopback `port` (its output in `folder`/server.log) from the
    moment it accepts connections until the block ends."""
    log = folder / "server.log"
    with log.open("wb") as output:
        server = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=folder)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"{command[0]} did not start: {log.read_text(errors='replace')[-2000:]}")
                time.sleep(0.1)
        yield
    finally:
        server.terminate()
        server.wait(timeout=20)


def support_bundle(folder: Path) -> Path:
    """A support bundle: logs with values to learn and to find again (propagation), a compressed
    copy, an ignore file and a file it leaves out, a file named after someone."""
    bundle = folder / "bundle"
    shutil.copytree(FIXTURES / "propagation", bundle, ignore=shutil.ignore_patterns("*.py"))
    shutil.copy(FIXTURES / "kamailio.log", bundle / "kamailio.log")
    (bundle / "kamailio.log.gz").write_bytes(gzip.compress((bundle / "kamailio.log").read_bytes()))
    (bundle / ".logscrubignore").write_text("*.json\n", encoding="utf-8")
    # a name with personal data in it: the copy is named redacted (scanned by the run's own process)
    shutil.copy(FIXTURES / "sip_trace.log", bundle / "anna.svensson@example.se.log")
    return bundle


def contents(name: str, stored: bytes) -> bytes:
    """A copy's contents (a gzip file's decompressed: its header holds the time it was written)."""
    return gzip.decompress(stored) if name.endswith(".gz") else stored


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): contents(p.name, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def redact(*arguments: str | Path) -> int:
    return main(["redact", *map(str, arguments), "--no-progress"])


def check_store(
    fs: Any,
    scheme: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    secrets: tuple[str, ...],
    *placement: str,
) -> None:
    """The support bundle redacted from `scheme`://BUCKET/in/ to the store (run with `placement`:
    --scheduler or -j) gives the copies a local run gives; `fs` is the store's fsspec file system,
    configured from the environment as logscrub's is."""
    bundle = support_bundle(tmp_path)
    (bundle / "broken.log.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"not gzip at all")
    fs.put(f"{bundle}/", f"{BUCKET}/in/", recursive=True)
    fs.invalidate_cache()
    local_code = redact(bundle, "--out", tmp_path / "local", "--exclude", "calls.sip", "-j", "2")
    capsys.readouterr()
    root = f"{scheme}://{BUCKET}"
    report_url = f"{root}/reports/redact.json"
    run = [f"{root}/in/", "--out", f"{root}/out/", "--report", report_url, "--exclude", "calls.sip"]
    code = redact(*run, *placement)
    err = capsys.readouterr().err
    assert local_code == code == 2  # the broken file: an error, and no copy of it anywhere
    fs.invalidate_cache()
    published = {p.split("/out/", 1)[1]: contents(p, fs.cat_file(p)) for p in fs.find(f"{BUCKET}/out/")}
    assert published == tree(tmp_path / "local")  # --exclude and .logscrubignore as on disk
    assert "calls.sip" not in published and "kamailio.log.gz" in published
    assert "broken.log.gz" not in published
    assert not [p for p in fs.find(BUCKET) if p.endswith(".partial")]
    report = fs.cat_file(f"{BUCKET}/reports/redact.json").decode("utf-8")
    statuses = {f["path"]: f["status"] for f in json.loads(report)["files"]}
    assert statuses[f"{root}/in/broken.log.gz"] == "error"
    assert statuses[f"{root}/in/injected.json"] == "skipped"  # the store's .logscrubignore
    assert (
        [line for line in err.splitlines() if "broken.log.gz" in line]
        == [
            line
            for line in err.splitlines()
            if line.startswith(f"logscrub: error: {root}/in/broken.log.gz: ")
        ]
        != []
    )
    assert "Traceback" not in err
    assert not [s for s in secrets if s in report or s in err]
    # copies inside the prefix read: never read back as inputs, even once some are published
    inside = f"{root}/in/redacted/"
    assert (
        redact(f"{root}/in/", "--out", inside, "--exclude", "*.gz", "--exclude", "calls.sip", "-j", "1") == 0
    )
    fs.invalidate_cache()
    assert {p.split("/in/redacted/", 1)[1] for p in fs.find(f"{BUCKET}/in/redacted/")} == {
        name for name in published if not name.endswith(".gz")
    }
    # the gate's reports too
    sarif = f"{root}/reports/gate.sarif"
    assert (
        main(["gate", str(bundle / "kamailio.log"), "-j", "1", "--profile", "share", "--sarif", sarif]) == 1
    )
    assert json.loads(fs.cat_file(f"{BUCKET}/reports/gate.sarif"))["version"] == "2.1.0"
    assert not [s for s in secrets if s in capsys.readouterr().err]
