"""The synthetic fixtures and their labels: everything labelled is found, nothing labelled survives
redaction, and no report repeats a labelled value."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import FIXTURES, read_labels, run_logscrub, scan_report
from logscrub.scanner.cli.main import main

LABELLED = sorted(FIXTURES.glob("*.labels.jsonl"))
LABELLED_ENTITIES = {
    "SIP_ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "SE_PERSONNUMMER",
    "SE_SAMORDNINGSNUMMER",
    "PERSON",
    "USERNAME",
    "IMEI",
    "IMSI",
    "ICCID",
    "STREET_ADDRESS",
    "LOCATION",
}


def _fixture_of(labels: Path) -> Path:
    stem = labels.name.removesuffix(".labels.jsonl")
    (fixture,) = [p for p in FIXTURES.glob(f"{stem}.*") if p != labels]
    return fixture


def _scan(path: Path) -> dict[str, Any]:
    return scan_report(path)


def test_every_fixture_has_labels() -> None:
    assert len(LABELLED) >= 5
    for labels in LABELLED:
        fixture = _fixture_of(labels)
        text = fixture.read_text(encoding="utf-8")
        for label in read_labels(labels):
            assert text[label.start : label.end] == label.text, (fixture.name, label)


@pytest.mark.parametrize("labels", LABELLED, ids=lambda p: p.name)
def test_scan_finds_exactly_the_labelled_values(labels: Path) -> None:
    fixture = _fixture_of(labels)
    expected = {(label.entity, label.start, label.end) for label in read_labels(labels)}
    (entry,) = _scan(fixture)["files"]
    found = {
        (f["entity"], f["start"], f["end"]) for f in entry["findings"] if f["entity"] in LABELLED_ENTITIES
    }
    assert sorted(expected - found) == [], "missed"
    assert sorted(found - expected) == [], "found but not labelled"


@pytest.mark.parametrize("labels", LABELLED, ids=lambda p: p.name)
def test_redacted_copy_and_reports_leak_no_labelled_value(
    labels: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture = _fixture_of(labels)
    values = {label.text for label in read_labels(labels)}
    report = tmp_path / "report.json"
    done = run_logscrub("redact", fixture, "--out", tmp_path / "out", "--report", report)
    assert done.returncode == 0, done.stderr
    copy = (tmp_path / "out" / fixture.name).read_text(encoding="utf-8")
    original = fixture.read_text(encoding="utf-8")
    assert copy.count("\n") == original.count("\n")
    assert main(["scan", str(fixture)]) == 0  # the table, in this process (no start-up)
    table = capsys.readouterr()
    for value in values:
        assert value not in copy, value
        assert value not in report.read_text(encoding="utf-8"), value
        assert value not in table.out + table.err + done.stderr, value
    (rescan,) = _scan(tmp_path / "out" / fixture.name)["files"]
    assert [f for f in rescan["findings"] if f["entity"] in LABELLED_ENTITIES] == []


def test_fixtures_are_what_the_generator_writes() -> None:
    done = subprocess.run(
        [sys.executable, str(FIXTURES / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
