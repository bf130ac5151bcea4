"""Support material as it occurs in the wild (fixtures/wild): one redact run over every case, then per case:
no personal value is left in the copy, and every token an engineer needs survives as often as it was there."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from helpers import FIXTURES, run_logscrub

WILD = FIXTURES / "wild"
CASES_DIR = WILD / "cases"
MIN_FORMATS = 25
MIN_CASES = 80


@dataclass(frozen=True)
class WildCase:
    file: str
    format: str
    modelled_on: str
    must_go: tuple[str, ...]
    must_stay: tuple[str, ...]


@dataclass(frozen=True)
class RedactRun:
    out: Path
    done: subprocess.CompletedProcess[str]
    status_by_path: dict[str, str]


def _load_manifest() -> list[WildCase]:
    rows = yaml.safe_load((WILD / "cases.yaml").read_text(encoding="utf-8"))["cases"]
    return [
        WildCase(
            row["file"], row["format"], row["modelled_on"], tuple(row["must_go"]), tuple(row["must_stay"])
        )
        for row in rows
    ]


CASES = _load_manifest()


def _case_files_on_disk() -> set[str]:
    return {path.relative_to(CASES_DIR).as_posix() for path in CASES_DIR.rglob("*") if path.is_file()}


def _text(path: Path) -> str:
    # newline="" keeps CR and CRLF as written, so counts compare the bytes the engineer sees
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _status_by_case(report: Path) -> dict[str, str]:
    entries = json.loads(report.read_text(encoding="utf-8"))["files"]
    return {
        Path(entry["path"]).resolve().relative_to(CASES_DIR.resolve()).as_posix(): entry["status"]
        for entry in entries
    }


@pytest.fixture(scope="module")
def redact_run(tmp_path_factory: pytest.TempPathFactory) -> RedactRun:
    """The one run over every case; module-scoped, so it sets its own private key folder and hash key."""
    root = tmp_path_factory.mktemp("wild")
    out, report = root / "out", root / "report.json"
    env = {"XDG_CONFIG_HOME": str(root / "config"), "LOGSCRUB_HASH_KEY": "wild-formats-test-key-3c9e1a"}
    done = run_logscrub("redact", CASES_DIR, "--out", out, "--report", report, env=env)
    return RedactRun(out, done, _status_by_case(report) if report.is_file() else {})


def test_the_manifest_and_the_case_files_match() -> None:
    listed = [case.file for case in CASES]
    assert len(listed) == len(set(listed)), "a case is listed twice"
    assert set(listed) == _case_files_on_disk()


def test_the_corpus_is_broad_enough() -> None:
    formats = {case.file.split("/", 1)[0] for case in CASES}
    assert len(formats) >= MIN_FORMATS
    assert len(CASES) >= MIN_CASES


@pytest.mark.parametrize("case", CASES, ids=[case.file for case in CASES])
def test_every_expectation_is_in_its_case(case: WildCase) -> None:
    """A value or token that is not in the original could never fail the redaction test."""
    original = _text(CASES_DIR / case.file)
    assert case.format and case.modelled_on.startswith(("https://", "http://"))
    assert case.must_go and case.must_stay
    assert [value for value in case.must_go if value not in original] == []
    assert [token for token in case.must_stay if token not in original] == []
    # a kept token holding a value to remove would make the two expectations contradict each other
    assert [
        (token, value)
        for token in case.must_stay
        for value in case.must_go
        if value.casefold() in token.casefold()
    ] == []


def test_the_run_scans_every_case(redact_run: RedactRun) -> None:
    assert redact_run.done.returncode == 0, redact_run.done.stderr
    assert redact_run.status_by_path == {case.file: "scanned" for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[case.file for case in CASES])
def test_no_value_left_and_no_kept_token_lost(redact_run: RedactRun, case: WildCase) -> None:
    copy_path = redact_run.out / case.file
    assert copy_path.is_file(), f"no redacted copy: {redact_run.done.stderr}"
    original = _text(CASES_DIR / case.file)
    copy = _text(copy_path)
    left = [value for value in case.must_go if value.casefold() in copy.casefold()]
    lost = {
        token: (original.count(token), copy.count(token))
        for token in case.must_stay
        if copy.count(token) != original.count(token)
    }
    assert left == [], f"personal values left in the copy of {case.file}"
    assert lost == {}, f"tokens changed in the copy of {case.file} (original count, copy count)"
