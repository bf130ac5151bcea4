"""File names that are not UTF-8 or hold control characters: every report writer shows them escaped,
never crashes on them, and never lets one forge a line (a GitHub Actions command) of its own.

The command line runs for real, on real files with such names.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers import run_logscrub
from logscrub.scanner.display_names import display_name

# Synthetic: a fiction number, an example domain, Skatteverket's test personnummer, a made-up password.
TEXT = (
    "call 070-174 06 13, mail anna.svensson@example.com\n"
    "login password=Vq7-not-a-real-one pnr 19850101-2382\n"
)
NOT_UTF8 = b"bad\xffname.log"
FORGING = b"x\n::error file=forged::y.log"
SHOWN = ("bad\\xffname.log", "x\\n::error file=forged::y.log")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain.log", "plain.log"),
        (os.fsdecode(NOT_UTF8), "bad\\xffname.log"),
        ("tab\there.log", "tab\\there.log"),
        ("esc\x1b[31m.log", "esc\\x1b[31m.log"),
        ("next\u2028line.log", "next\\u2028line.log"),
        ("c1\x85.log", "c1\\x85.log"),
        ("åke-ärende.log", "åke-ärende.log"),
    ],
)
def test_a_name_is_shown_as_one_printable_line(name: str, shown: str) -> None:
    assert display_name(name) == shown
    assert display_name(shown) == shown  # escaping twice changes nothing


@pytest.fixture
def awkward(tmp_path: Path) -> Path:
    """A folder holding one file whose name is not UTF-8 and one whose name holds a forged command."""
    folder = tmp_path / "logs"
    folder.mkdir()
    for name in (NOT_UTF8, FORGING):
        with open(os.fsencode(folder) + b"/" + name, "w", encoding="utf-8") as f:
            f.write(TEXT)
    return folder


def _assert_shown_escaped(report: str, markdown: bool = False) -> None:
    for shown in SHOWN:
        assert (shown.replace("\\", "\\\\") if markdown else shown) in report  # Markdown escapes \\
    assert not any(line.startswith("::error file=forged") for line in report.splitlines())


@pytest.mark.parametrize("report_format", ["json", "csv", "md", "html", "sarif"])
def test_scan_reports_in_every_format_show_the_names_escaped(
    awkward: Path, tmp_path: Path, report_format: str
) -> None:
    out = tmp_path / f"report.{report_format}"
    result = run_logscrub("scan", "logs", "--format", report_format, "-o", out, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    if report_format == "sarif":  # a URI carries the name's bytes, percent-encoded
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in _results(report)}
        assert uris == {"logs/bad%FFname.log", "logs/x%0A%3A%3Aerror%20file%3Dforged%3A%3Ay.log"}
    elif report_format == "json":
        paths = {entry["path"] for entry in json.loads(report)["files"]}
        assert paths == {f"logs/{shown}" for shown in SHOWN}
    else:
        _assert_shown_escaped(report, markdown=report_format == "md")


def _results(sarif: str) -> list[dict[str, object]]:
    results = json.loads(sarif)["runs"][0]["results"]
    assert isinstance(results, list)
    return results


def test_the_table_on_standard_output_shows_the_names_escaped(awkward: Path, tmp_path: Path) -> None:
    result = run_logscrub("scan", "logs", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    _assert_shown_escaped(result.stdout)


def test_redact_writes_copies_under_the_same_names_and_its_report_escaped(
    awkward: Path, tmp_path: Path
) -> None:
    out, report = tmp_path / "out", tmp_path / "report.md"
    result = run_logscrub("redact", "logs", "--out", out, "--report", report, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(os.fsencode(out))) == sorted([NOT_UTF8, FORGING])
    _assert_shown_escaped(report.read_text(encoding="utf-8"), markdown=True)


def test_the_gate_fails_on_findings_and_forges_no_annotation(awkward: Path, tmp_path: Path) -> None:
    junit, sarif = tmp_path / "gate.xml", tmp_path / "gate.sarif"
    result = run_logscrub(
        "gate", "logs", "--junit", junit, "--sarif", sarif, env={"GITHUB_ACTIONS": "true"}, cwd=tmp_path
    )
    assert result.returncode == 1, result.stderr  # findings above policy: not a crash, not an error
    _assert_shown_escaped(result.stdout)
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all(line.startswith("::error file=logs/") for line in annotations)
    cases = {case.get("name") for case in ET.parse(junit).getroot().iter("testcase")}
    assert cases == {f"logs/{shown}" for shown in SHOWN}
    assert _results(sarif.read_text(encoding="utf-8"))


def test_the_gate_passes_a_clean_file_whatever_its_name(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    with open(os.fsencode(tmp_path / "logs") + b"/" + NOT_UTF8, "w", encoding="utf-8") as f:
        f.write("nothing personal here\n")
    result = run_logscrub("gate", tmp_path / "logs", env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 0, result.stdout + result.stderr
