"""Report formats end to end through the command line, on real files: JSON with the records of
processing, CSV, Markdown, SARIF; choosing a format by name or by suffix; no format repeats a value."""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from helpers import FIXTURES, read_labels
from logscrub.rules import rule_file
from logscrub.scanner.cli.main import main
from logscrub.scanner.reports.formats import FORMAT_NAMES
from logscrub.scanner.reports.html_report import FINDING_ROWS
from logscrub.scanner.reports.json_report import report_schema
from logscrub.scanner.reports.sarif import MAX_RESULTS, SECURITY_SEVERITY

CALL_LOG = (
    "2024-03-12 10:00:01 INFO INVITE sip:+46701740612@pbx.example.se;user=phone SIP/2.0\n"
    'From: "Anna Svensson"<sip:anna.svensson@example.se>;tag=1\n'
    "ticket: customer 070-174 06 13, mail anna.svensson@example.com, pnr 19850101-2382\n"
    "again: pnr 19850101-2382 from 10.20.0.14\n"
)
CALL_VALUES = (
    "Anna Svensson",
    "+46701740612",
    "anna.svensson@example.se",
    "070-174 06 13",
    "anna.svensson@example.com",
    "19850101-2382",
    "10.20.0.14",
)
# A file name from a hostile bundle: table syntax, markup, a formula and a control character.
HOSTILE_NAME = "=1+2|<img src=x onerror=alert(1)> *y* [z](u) \x1b[31m.log"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bundle")
    (root / "call.log").write_text(CALL_LOG, encoding="utf-8")
    (root / HOSTILE_NAME).write_text("ring +46 70 174 06 12 now\n", encoding="utf-8")
    (root / "clean.txt").write_text("nothing personal here\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def reports(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every format of one run over the bundle (from inside it, so paths are relative) and a missing
    file (exit code 2: fail closed)."""
    out = tmp_path_factory.mktemp("reports")
    written = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOGSCRUB_HASH_KEY", "reports-test-key-5e0c9")  # one key for all formats, not the user's
        patch.chdir(bundle)
        for name in FORMAT_NAMES:
            path = out / f"report.{name}"
            assert main(["scan", ".", "missing.log", "-j", "1", "--format", name, "-o", str(path)]) == 2
            written[name] = path.read_text(encoding="utf-8")
    return written


def _json(reports: dict[str, str]) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(reports["json"])
    return report


def _findings(reports: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    return [(entry["path"], f) for entry in _json(reports)["files"] for f in entry["findings"]]


def test_json_summary_holds_the_records_of_processing(reports: dict[str, str]) -> None:
    report = _json(reports)
    jsonschema.validate(report, report_schema())
    summary = report["summary"]
    findings = _findings(reports)
    assert summary["by_sensitivity"] == dict(Counter(f["sensitivity"] for _, f in findings))
    assert summary["by_sensitivity"]["critical"] == 2  # the personnummer, twice
    assert summary["distinct_values"] == len({f["value_hash"] for _, f in findings})
    records = {(r["category"], r["sensitivity"]): r for r in summary["records_of_processing"]}
    assert set(records) == {(f["category"], f["sensitivity"]) for _, f in findings}
    national = records[("national_id", "critical")]
    assert national == {
        "category": "national_id",
        "sensitivity": "critical",
        "findings": 2,
        "distinct_values": 1,
        "entities": {"SE_PERSONNUMMER": 2},
        "files": [{"path": "call.log", "findings": 2}],
    }
    contact = records[("contact", "medium")]
    assert contact["findings"] == summary["by_category"]["contact"]
    assert sum(f["findings"] for f in contact["files"]) == contact["findings"]
    assert [f["findings"] for f in contact["files"]] == sorted(
        (f["findings"] for f in contact["files"]), reverse=True
    )


def test_csv_has_a_row_per_finding_and_one_per_file_not_scanned(reports: dict[str, str]) -> None:
    rows = list(csv.DictReader(io.StringIO(reports["csv"], newline="")))
    assert list(rows[0]) == [
        "path", "line", "column", "entity", "category", "sensitivity", "score", "recognizer",
        "value_hash", "preview", "attributes", "status", "reason", "name_search",
    ]  # fmt: skip
    findings = [row for row in rows if row["entity"]]
    expected = _findings(reports)
    assert len(findings) == len(expected)
    for row, (_, f) in zip(findings, expected, strict=True):
        assert (row["entity"], int(row["line"]), int(row["column"]), row["value_hash"]) == (
            f["entity"],
            f["line"],
            f["column"],
            f["value_hash"],
        )
        assert row["status"] == "scanned"
        assert json.loads(row["attributes"] or "{}") == f.get("attributes", {})
    (missing,) = [row for row in rows if not row["entity"]]
    assert (missing["path"], missing["status"], missing["reason"]) == (
        "missing.log",
        "error",
        "no such file or directory",
    )


def test_csv_cells_never_start_a_formula(reports: dict[str, str]) -> None:
    rows = list(csv.reader(io.StringIO(reports["csv"], newline="")))[1:]
    hostile = [row for row in rows if "1+2" in row[0]]
    assert [row[0] for row in hostile] == ["'" + HOSTILE_NAME.replace("\x1b", "\\x1b")]  # shown escaped
    assert any(row[9].startswith("'+4") for row in rows)  # a phone preview such as +4**********
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")) or len(cell) == 1, cell


def test_markdown_is_a_summary_to_paste_into_a_ticket(reports: dict[str, str]) -> None:
    text = reports["md"]
    summary = _json(reports)["summary"]
    assert text.startswith("# Personal data inventory\n")
    assert f"**4 files** (1 error, 3 scanned) · **{summary['findings']}** findings" in text
    assert "> **1 file not scanned: not known to be free of personal data.**" in text
    ranks = ["critical", "high", "medium", "low"]
    expected = sorted(summary["records_of_processing"], key=lambda r: ranks.index(r["sensitivity"]))
    records = _table(text, "## Records of processing")
    assert [r[:4] for r in records] == [
        [r["category"].replace("_", "\\_"), r["sensitivity"], str(r["findings"]), str(r["distinct_values"])]
        for r in expected
    ]
    assert records[0][:5] == ["national\\_id", "critical", "2", "1", "SE\\_PERSONNUMMER 2"]
    assert records[0][5] == "call.log (2)"
    by_sensitivity = sorted(summary["by_sensitivity"].items(), key=lambda item: ranks.index(item[0]))
    assert _table(text, "## By sensitivity") == [[s, str(n)] for s, n in by_sensitivity]
    files = _table(text, "## Per file")
    assert len(files) == 3  # two with findings, the missing one; the clean file is counted below
    assert "1 file scanned with no findings." in text
    hostile = next(row for row in files if "1+2" in row[0])
    assert hostile[1:4] == ["scanned", "1", "0"]  # each cell where it belongs: the name broke nothing
    assert hostile[0] == r"=1+2\|\<img src=x onerror=alert(1)\> \*y\* \[z\](u) \\x1b\[31m.log"


def _table(markdown: str, heading: str) -> list[list[str]]:
    """The body rows of the first table after `heading`, split on unescaped pipes."""
    section = markdown.split(heading + "\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")][2:]
    return [[cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]] for line in lines]


def test_sarif_validates_and_carries_each_finding_without_its_value(
    reports: dict[str, str], shared_dir: Path
) -> None:
    sarif = json.loads(reports["sarif"])
    jsonschema.validate(sarif, json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text()))
    (run,) = sarif["runs"]
    rules = run["tool"]["driver"]["rules"]
    findings = _findings(reports)
    assert sorted(rule["id"] for rule in rules) == sorted({f["entity"] for _, f in findings})
    for rule in rules:
        sensitivity = rule["properties"]["sensitivity"]
        assert rule["properties"]["security-severity"] == f"{SECURITY_SEVERITY[sensitivity]:.1f}"
        assert rule["help"]["text"] and rule["help"]["markdown"] and rule["shortDescription"]["text"]
    assert len(run["results"]) == len(findings)
    for result, (_, f) in zip(run["results"], findings, strict=True):
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"] == f["entity"]
        # GitHub rates an alert by its rule: a rule is as severe as the most sensitive of its findings.
        assert float(rule["properties"]["security-severity"]) >= SECURITY_SEVERITY[f["sensitivity"]]
        (location,) = result["locations"]
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        assert uri in (
            "call.log",
            "%3D1%2B2%7C%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%20%2Ay%2A%20%5Bz%5D%28u%29%20%1B%5B31m.log",
        )
        assert location["physicalLocation"]["region"] == {"startLine": f["line"], "startColumn": f["column"]}
        assert result["partialFingerprints"] == {"logscrubValueHash/v1": f["value_hash"].split(":")[1]}
        assert f["preview"] in result["message"]["text"]
    critical = [r for r in run["results"] if r["ruleId"] == "SE_PERSONNUMMER"]
    assert {r["level"] for r in critical} == {"error"}
    for value in CALL_VALUES:
        assert value not in reports["sarif"]


def test_sarif_names_files_not_scanned_and_marks_the_run_failed(reports: dict[str, str]) -> None:
    (invocation,) = json.loads(reports["sarif"])["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "missing.log could not be scanned: no such file or directory" in notification["message"]["text"]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.log"


@pytest.fixture(scope="module")
def crowded_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More findings than GitHub takes in one SARIF run: low-sensitivity addresses, then 50 personnummer."""
    with gzip.open(rule_file("se_test_identity_numbers.txt.gz").open("rb"), "rt") as numbers:
        personnummer = [line.strip() for _, line in zip(range(50), numbers, strict=False)]
    log = tmp_path_factory.mktemp("crowded") / "many.log"
    addresses = (f"peer 10.1.{i // 250}.{i % 250 + 1} up\n" for i in range(MAX_RESULTS + 10))
    log.write_text("".join(addresses) + "".join(f"pnr {p}\n" for p in personnummer), encoding="utf-8")
    return log


def test_sarif_keeps_the_most_sensitive_results_within_githubs_limit(
    crowded_log: Path, tmp_path: Path, shared_dir: Path
) -> None:
    out = tmp_path / "many.sarif"
    assert main(["scan", str(crowded_log), "-j", "1", "-o", str(out)]) == 0
    sarif = json.loads(out.read_text(encoding="utf-8"))
    (run,) = sarif["runs"]
    # One function builds every result: validating a sample keeps the test fast (all take 8 s).
    sample = {**sarif, "runs": [{**run, "results": run["results"][:50] + run["results"][-50:]}]}
    jsonschema.validate(sample, json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text()))
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == MAX_RESULTS
    sensitivities = Counter(rules[r["ruleIndex"]]["properties"]["sensitivity"] for r in run["results"])
    assert sensitivities == {"critical": 50, "low": MAX_RESULTS - 50}
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is True
    (note,) = invocation["toolExecutionNotifications"]
    total = MAX_RESULTS + 10 + 50
    assert f"{total} findings, {MAX_RESULTS} reported" in note["message"]["text"]
    assert "60 left out" in note["message"]["text"]


def test_html_lists_a_bounded_number_of_findings_and_says_so(crowded_log: Path, tmp_path: Path) -> None:
    out = tmp_path / "many.html"
    assert main(["scan", str(crowded_log), "-j", "1", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    total = MAX_RESULTS + 10 + 50
    assert page.count("<tr data-sensitivity=") == FINDING_ROWS
    assert f"The first {FINDING_ROWS} of {total} findings are listed here" in page
    assert f'<dd id="total-findings">{total}</dd>' in page  # the totals cover them all


def test_scan_picks_the_format_from_the_suffix_of_its_output(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "inventory.MD"
    assert main(["scan", str(bundle / "call.log"), "-j", "1", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Personal data inventory\n")
    table = tmp_path / "inventory.txt"
    assert main(["scan", str(bundle / "call.log"), "-j", "1", "-o", str(table)]) == 0
    assert " — 8 findings: 2 critical, 3 high, 2 medium, 1 low\n  LINE:COL " in table.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("report_name", "extra", "expected_start"),
    [
        ("report.sarif", [], '{"$schema"'),
        ("report.csv", [], "path,line,column"),
        ("report.html", [], "<!DOCTYPE html>"),
        ("report.txt", ["--report-format", "json"], '{\n  "schema": "logscrub.report/1"'),
    ],
)
def test_redact_writes_the_report_its_suffix_names(
    bundle: Path, tmp_path: Path, report_name: str, extra: list[str], expected_start: str
) -> None:
    report = tmp_path / report_name
    code = main(
        ["redact", str(bundle / "call.log"), "--out", str(tmp_path / "out"), "--report", str(report), *extra]
    )
    assert code == 0
    assert report.read_text(encoding="utf-8").startswith(expected_start)
    assert (tmp_path / "out" / "call.log").exists()


def test_redact_refuses_a_report_suffix_it_cannot_tell(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "redact",
            str(bundle / "call.log"),
            "--out",
            str(tmp_path / "out"),
            "--report",
            str(tmp_path / "r.txt"),
        ]
    )
    assert code == 2
    assert capsys.readouterr().err == (
        f"logscrub redact: error: --report {tmp_path / 'r.txt'}: cannot tell the format from its suffix "
        "(use .json, .csv, .md, .html, .sarif, or --report-format)\n"
    )
    assert not (tmp_path / "out").exists() and not (tmp_path / "r.txt").exists()


def _help(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    scan, redact = _help("scan", capsys), _help("redact", capsys)
    for name in FORMAT_NAMES:
        assert f"{name} (.{name}):" in scan
        assert f".{name}" in redact
    assert "--progress, --no-progress" in scan and "--progress, --no-progress" in redact
    assert "--report-format" in redact


LABELLED = sorted(FIXTURES.glob("*.labels.jsonl"))


@pytest.fixture(scope="module")
def labelled_values() -> tuple[list[Path], set[str]]:
    fixtures, values = [], set()
    for labels in LABELLED:
        stem = labels.name.removesuffix(".labels.jsonl")
        fixtures += [p for p in FIXTURES.glob(f"{stem}.*") if p != labels]
        values |= {label.text for label in read_labels(labels)}
    return fixtures, values


@pytest.mark.parametrize("name", ["table", *FORMAT_NAMES])
def test_no_report_format_repeats_a_labelled_value(
    name: str, labelled_values: tuple[list[Path], set[str]], tmp_path: Path
) -> None:
    fixtures, values = labelled_values
    out = tmp_path / "report"
    assert main(["scan", *map(str, fixtures), "-j", "1", "--format", name, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert len(text) > 2_000  # a report of hundreds of findings, not an empty one
    for seen in _as_read(name, text):
        assert _leaked(values, seen) == [], f"{name} report holds labelled values"


# Keyed hashes (and their shown prefixes) are dense in digits: a four-digit extension turns up in them.
_HEX_RUNS = re.compile(r"[0-9a-f]{12,}")
SHORT = 6  # values shorter than this are looked for as whole words only ("1001", "Ek")


def _leaked(values: set[str], report: str) -> list[str]:
    text = _HEX_RUNS.sub(" ", report)
    return sorted(
        value
        for value in values
        if (value in text if len(value) >= SHORT else re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text))
    )


def _as_read(name: str, text: str) -> list[str]:
    """The report as written and as its reader sees it (escapes undone), so no encoding hides a value."""
    if name in ("json", "sarif"):
        return [text, json.dumps(json.loads(text), ensure_ascii=False)]
    if name == "html":
        return [text, html.unescape(re.sub(r"<[^>]*>", "", text))]
    if name == "md":
        return [text, re.sub(r"\\(.)", r"\1", text).replace("&amp;", "&")]
    return [text]
