"""Other projects' own test vectors (../shared/conformance): Presidio's recognizer tests, python-stdnum's
Swedish numbers, libphonenumber's SE/DE example numbers, scored by their scorer on a real
`logscrub scan --format json` report."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from helpers import run_logscrub

CASE_FILES = ("presidio_cases", "stdnum_se", "phonenumbers_se_de")
# Every entity logscrub reports today; the others in the vectors (URL and
# German tax ids) are not detected yet and are not scored here.
DELIVERED = {
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "SE_PERSONNUMMER",
    "SE_ORGANISATIONSNUMMER",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
}
# Rows without an upstream note where logscrub deliberately differs, and why.
_LOOPBACK = "loopback and unspecified addresses name no person's host: reported only with report_loopback"
KNOWN_DIFFERENCES = {
    ("presidio_cases", "192.168.1.1.1"): "a run of five dotted numbers is an OID or version, not an address",
    ("presidio_cases", "my ip: ::1"): _LOOPBACK,
    ("presidio_cases", "connecting from ::1"): _LOOPBACK,
    ("presidio_cases", "Loopback ::1"): _LOOPBACK,
    ("presidio_cases", "::1/128"): _LOOPBACK,
    ("presidio_cases", "localhost 127.0.0.1"): _LOOPBACK,
    ("presidio_cases", "::ffff:127.0.0.1"): _LOOPBACK,
    ("presidio_cases", "Default 0.0.0.0"): _LOOPBACK,
    ("presidio_cases", "0.0.0.0/0"): _LOOPBACK,
    ("presidio_cases", "::ffff:0.0.0.0"): _LOOPBACK,
}


@pytest.fixture(scope="module")
def report(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("conformance") / "report.json"
    texts = [shared_dir / "conformance" / f"{name}.txt" for name in CASE_FILES]
    done = run_logscrub("scan", *texts, "--format", "json", "-o", path)
    assert done.returncode == 0, done.stderr
    return path


def _rows(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", CASE_FILES)
def test_every_row_without_a_note_passes(shared_dir: Path, report: Path, name: str) -> None:
    text = (shared_dir / "conformance" / f"{name}.txt").read_text(encoding="utf-8")
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    (entry,) = [f for f in json.loads(report.read_text())["files"] if f["path"].endswith(f"{name}.txt")]
    by_line: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for f in entry["findings"]:
        by_line[f["line"]].append((f["entity"], f["start"], f["end"]))
    failures = []
    noted_differences = 0
    for row in _rows(shared_dir / "conformance" / f"{name}.jsonl"):
        if row["entity"] not in DELIVERED:
            continue
        base = line_starts[row["line"] - 1]
        spans = [(s, e) for entity, s, e in by_line[row["line"]] if entity == row["entity"]]
        if row["spans"]:
            ok = all(
                any(start < base + end and base + begin < stop for start, stop in spans)
                for begin, end in row["spans"]
            )
        else:
            ok = not spans
        if ok or (name, row["text"]) in KNOWN_DIFFERENCES or _bare_organisation_number(row):
            continue
        if "note" in row:  # context-, threshold-, mode- or region-dependent upstream expectations
            noted_differences += 1
            continue
        failures.append(f"L{row['line']} {row['entity']} {row['text']!r} expected {row['values']}")
    assert not failures, "\n".join(failures)
    # The noted rows that differ are the US/Israeli/Japanese/Chinese national phone forms (our default
    # regions are SE and DE), Presidio's leniency variants, "::" at score 0.05-0.15 and the odd layouts.
    assert noted_differences <= {"presidio_cases": 24, "stdnum_se": 1, "phonenumbers_se_de": 1}[name]


def test_the_upstream_scorer_agrees(shared_dir: Path, report: Path) -> None:
    jsonls = [shared_dir / "conformance" / f"{name}.jsonl" for name in CASE_FILES]
    done = subprocess.run(
        [sys.executable, str(shared_dir / "conformance" / "score.py"), *map(str, jsonls), str(report)],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["warnings"] == 0
    for result in summary["files"]:
        for entity, counts in result["by_entity"].items():
            if entity in DELIVERED:
                assert counts["neg"][0] == counts["neg"][1], (result["jsonl"], entity)
    phone = summary["files"][2]["by_entity"]["PHONE_NUMBER"]
    # All 72, the noted pager number written without its prefix too: propagation learnt it from the
    # same number written with its prefix elsewhere in the file.
    assert phone["pos"] == [72, 72]


def _bare_organisation_number(row: dict) -> bool:  # type: ignore[type-arg]
    """Ten bare digits pass the organisation number's checks one time in twelve, so logscrub reports them
    only after a context word ("orgnr"); the vectors have none."""
    return row["entity"] == "SE_ORGANISATIONSNUMMER" and all(
        value.isdigit() and len(value) == 10 for value in row["values"]
    )
