"""Hashes leak nothing: weak hash keys are refused, file contents are hashed with the key, and nothing
of a secret shows in a report, a preview or a mask."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from helpers import run_logscrub
from logscrub.scanner.cli.main import main
from logscrub.scanner.privacy import (
    HASH_PREFIX,
    SECRET_PREVIEW,
    HashKeyError,
    checked_key,
    content_hash,
    key_file,
    key_weakness,
    load_hash_key,
    masked_preview,
)

STRONG_KEY = "logscrub-keys-test-0b7e4c19a2f6d358"
PASSWORD = "Sommar2024!Solna"
LOG = f"call from 070-174 06 12\nlogin user=anna.svensson password={PASSWORD} ok\n"


@pytest.mark.parametrize(
    ("key", "weakness"),
    [
        # the key: 8 bits
        (b"a", "8 bits"),
        (b"secret key", "80 bits"),
        # 15 bytes in hex: one byte short
        (b"00112233445566778899aabbccddee", "120 bits"),
        # 12 bytes as base64 (a 16-character password of letters counts as base64, not as 16 bytes)
        (b"passwordpassword", "96 bits"),
        # long enough, but guessed at once
        (b"a" * 40, "its characters vary too little"),
        (b"0000000000000000000000000000000000000000", "its characters vary too little"),
        (b"Sommar2024Sommar2024Sommar2024", "one short piece repeated"),
        (b"0123456789abcdef0123456789abcdef", "one short piece repeated"),
        # random material, as `openssl rand -hex 16`, `-base64 16`, secrets.token_urlsafe(16)
        (b"3f9a1c2b7e5d08464c1be0a9d27f6e35", None),
        (b"q0J3n6Vx9tZ1bYcE4mWkAg==", None),
        (b"Xb4dP0qvLr8sT2yWnE7kJA", None),
        (b"correct horse battery staple in Solna", None),
        (bytes(range(7, 39)), None),  # binary key material, judged by its bytes
    ],
)
def test_a_key_must_carry_128_bits(key: bytes, weakness: str | None) -> None:
    assert key_weakness(key) == weakness


def test_a_weak_key_error_names_where_the_key_came_from() -> None:
    with pytest.raises(HashKeyError, match=r"^LOGSCRUB_HASH_KEY: the hash key is too weak \(8 bits\); "):
        checked_key(b"a", "LOGSCRUB_HASH_KEY")


@pytest.mark.parametrize("command", ["scan", "redact", "gate"])
def test_a_weak_key_in_the_environment_stops_every_command(command: str, tmp_path: Path) -> None:
    log = tmp_path / "call.log"
    log.write_text(LOG, encoding="utf-8")
    out = tmp_path / "out"
    extra = ["--out", str(out)] if command == "redact" else []
    done = run_logscrub(command, log, *extra, "-j", "1", env={"LOGSCRUB_HASH_KEY": "a"})
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith("logscrub: error: LOGSCRUB_HASH_KEY: the hash key is too weak (8 bits)")
    assert not out.exists()


def test_a_weak_installation_key_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    key_file().parent.mkdir(parents=True)
    key_file().write_text("hunter2\n", encoding="utf-8")
    log = tmp_path / "call.log"
    log.write_text(LOG, encoding="utf-8")
    assert main(["scan", str(log), "-j", "1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"logscrub: error: {key_file()}: the hash key is too weak (40 bits)")


def test_the_installation_key_made_on_first_use_is_strong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    key = load_hash_key()
    assert key_weakness(key) is None
    assert load_hash_key() == key


def _file_entry(capsys: pytest.CaptureFixture[str], log: Path) -> dict[str, Any]:
    assert main(["scan", str(log), "--format", "json", "-j", "1"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    assert isinstance(entry, dict)
    return entry


def test_the_content_hash_is_keyed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "call.log"
    log.write_text(LOG, encoding="utf-8")
    digest = hashlib.sha256(log.read_bytes()).digest()
    monkeypatch.setenv("LOGSCRUB_HASH_KEY", STRONG_KEY)
    entry = _file_entry(capsys, log)
    assert entry["sha256"] == content_hash(STRONG_KEY.encode(), digest)
    assert entry["sha256"].startswith(HASH_PREFIX)
    monkeypatch.setenv("LOGSCRUB_HASH_KEY", STRONG_KEY[::-1])
    other = _file_entry(capsys, log)
    assert other["sha256"] != entry["sha256"]


@pytest.mark.parametrize("report_format", ["json", "csv", "md", "html", "sarif", "table"])
def test_no_report_holds_an_unkeyed_hash_or_anything_of_a_password(
    report_format: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "call.log"
    log.write_text(LOG, encoding="utf-8")
    monkeypatch.setenv("LOGSCRUB_HASH_KEY", STRONG_KEY)
    assert main(["scan", str(log), "--format", report_format, "-j", "1"]) == 0
    report = capsys.readouterr().out
    assert hashlib.sha256(log.read_bytes()).hexdigest() not in report
    assert PASSWORD[:2] not in report and "*" * len(PASSWORD) not in report
    if report_format == "json":
        previews = {f["entity"]: f["preview"] for f in json.loads(report)["files"][0]["findings"]}
        assert previews["CREDENTIAL"] == SECRET_PREVIEW


@pytest.mark.parametrize(
    ("value", "entity", "preview"),
    [
        ("070-174 06 12", "PHONE_NUMBER", "07***********"),
        ("sip:anna@example.se", "SIP_ADDRESS", "sip:an*************"),
        (PASSWORD, "CREDENTIAL", SECRET_PREVIEW),
        ("x", "CREDENTIAL", SECRET_PREVIEW),  # nothing of a secret, not even its length
    ],
)
def test_previews(value: str, entity: str, preview: str) -> None:
    assert masked_preview(value, entity) == preview
