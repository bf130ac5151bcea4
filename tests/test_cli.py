"""The command line end to end, on real files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest

from helpers import run_logscrub
from logscrub.scanner.cli.main import main
from logscrub.scanner.privacy import content_hash, load_hash_key
from logscrub.scanner.reports.json_report import report_schema

SAMPLE = (
    "2024-03-12 10:00:01 INFO INVITE sip:+46701740612@pbx.example.se;user=phone SIP/2.0\n"
    'From: "Anna Svensson"<sip:anna.svensson@example.se>;tag=1\n'
    "ticket: customer 070-174 06 13, mail anna.svensson@example.com, pnr 19850101-2382\n"
    "nothing personal here: 2024-03-12 10:00:01 port 10000-20000 v7.0.2046.0\n"
)
VALUES = (
    "Anna Svensson",
    "sip:+46701740612@pbx.example.se",
    "sip:anna.svensson@example.se",
    "070-174 06 13",
    "anna.svensson@example.com",
    "19850101-2382",
)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "call.log"
    path.parent.mkdir()
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def _json_report(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    assert main(["scan", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_scan_json_report_validates_and_locates_every_finding(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _json_report(capsys, str(sample), "-j", "1")
    jsonschema.validate(report, report_schema())
    (entry,) = report["files"]
    assert entry["status"] == "scanned"
    assert entry["sha256"] == content_hash(load_hash_key(), hashlib.sha256(sample.read_bytes()).digest())
    assert entry["size"] == len(SAMPLE.encode())
    found = {(f["entity"], SAMPLE[f["start"] : f["end"]]) for f in entry["findings"]}
    assert found == {
        ("PERSON", VALUES[0]),
        ("SIP_ADDRESS", VALUES[1]),
        ("SIP_ADDRESS", VALUES[2]),
        ("PHONE_NUMBER", VALUES[3]),
        ("EMAIL_ADDRESS", VALUES[4]),
        ("SE_PERSONNUMMER", VALUES[5]),
    }
    lines = SAMPLE.splitlines(keepends=True)
    for f in entry["findings"]:
        line_start = sum(len(line) for line in lines[: f["line"] - 1])
        assert f["start"] == line_start + f["column"] - 1
    pnr = next(f for f in entry["findings"] if f["entity"] == "SE_PERSONNUMMER")
    assert (pnr["category"], pnr["sensitivity"]) == ("national_id", "critical")
    assert pnr["attributes"] == {"test_number": True}
    # The request line's URI and the From header's name and URI are traffic data (rules/default.yaml)
    assert report["summary"]["by_category"] == {"contact": 2, "national_id": 1, "traffic_data": 3}


def test_reports_never_hold_a_raw_value(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(_json_report(capsys, str(sample)))
    assert main(["scan", str(sample)]) == 0
    text += capsys.readouterr().out
    for value in VALUES:
        assert value not in text
        assert value.split(":")[-1].split("@")[0] not in text


def test_value_hash_is_keyed(
    sample: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGSCRUB_HASH_KEY", "one key for the value hash test")
    first = _json_report(capsys, str(sample))["files"][0]["findings"][0]["value_hash"]
    again = _json_report(capsys, str(sample))["files"][0]["findings"][0]["value_hash"]
    monkeypatch.setenv("LOGSCRUB_HASH_KEY", "another key for the value hash test")
    other = _json_report(capsys, str(sample))["files"][0]["findings"][0]["value_hash"]
    assert first == again != other


def test_installation_key_is_private(
    sample: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    _json_report(capsys, str(sample))
    key = tmp_path / "config" / "logscrub" / "hash.key"
    assert key.stat().st_mode & 0o777 == 0o600
    assert key.parent.stat().st_mode & 0o777 == 0o700


def test_redact_replaces_each_finding_and_keeps_everything_else(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample.read_bytes()
    out = tmp_path / "out"
    assert main(["redact", str(sample), "--out", str(out), "--report", str(tmp_path / "r.json")]) == 0
    assert sample.read_bytes() == before
    copy = (out / "call.log").read_text(encoding="utf-8")
    assert copy.splitlines()[0] == "2024-03-12 10:00:01 INFO INVITE <SIP_ADDRESS>;user=phone SIP/2.0"
    assert copy.splitlines()[1] == 'From: "<PERSON>"<<SIP_ADDRESS>>;tag=1'
    assert copy.splitlines()[3] == SAMPLE.splitlines()[3]
    assert copy.count("\n") == SAMPLE.count("\n")
    for value in VALUES:
        assert value not in copy
    report = json.loads((tmp_path / "r.json").read_text())
    jsonschema.validate(report, report_schema())
    assert report["summary"]["findings"] == 6
    assert "1 redacted copy" in capsys.readouterr().err


def test_redact_mirrors_the_input_tree(tmp_path: Path) -> None:
    root = tmp_path / "a"
    (root / "b").mkdir(parents=True)
    (root / "top.log").write_text("call 070-174 06 12\n")
    (root / "b" / "deep.log").write_text("mail anna@example.se\n")
    assert main(["redact", f"{root}/", "--out", str(tmp_path / "o1"), "-j", "1"]) == 0
    assert (tmp_path / "o1" / "top.log").read_text() == "call <PHONE_NUMBER>\n"
    assert (tmp_path / "o1" / "b" / "deep.log").read_text() == "mail <EMAIL_ADDRESS>\n"
    assert main(["redact", str(tmp_path / "a" / "b" / "deep.log"), "--out", str(tmp_path / "o2")]) == 0
    assert (tmp_path / "o2" / "deep.log").exists()


def test_two_inputs_for_one_copy_are_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.log").write_text(f"from {folder}: 070-174 06 12\n")
    out = tmp_path / "out"
    assert (
        main(["redact", str(tmp_path / "a" / "x.log"), str(tmp_path / "b" / "x.log"), "--out", str(out)]) == 2
    )
    assert (out / "x.log").read_text() == "from a: <PHONE_NUMBER>\n"
    assert f"would replace that of {tmp_path / 'a' / 'x.log'}" in capsys.readouterr().err


def test_redact_keeps_crlf_and_a_missing_final_newline(tmp_path: Path) -> None:
    source = tmp_path / "win.log"
    source.write_bytes(b"call 070-174 06 12\r\nbye\r\nlast +46701740699")
    assert main(["redact", str(source), "--out", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "win.log").read_bytes() == (b"call <PHONE_NUMBER>\r\nbye\r\nlast <PHONE_NUMBER>")


def test_bad_file_is_an_error_and_the_others_are_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "in" / "good.log"
    bad = tmp_path / "in" / "bad.log"
    good.parent.mkdir()
    good.write_text("call 070-174 06 12\n")
    # valid text for a while, then bytes that are not UTF-8: the copy must not appear half-written
    bad.write_bytes(b"call 070-174 06 12\n" * 200_000 + b"\xff\xfe broken\n")
    out = tmp_path / "out"
    code = main(["redact", str(tmp_path / "in"), "--out", str(out), "--report", str(tmp_path / "r.json")])
    assert code == 2
    err = capsys.readouterr().err.splitlines()
    assert f"logscrub: error: {bad}: cannot decode as utf-8: invalid start byte" in err
    assert sorted(p.name for p in out.iterdir()) == ["good.log"]
    report = json.loads((tmp_path / "r.json").read_text())
    statuses = {Path(f["path"]).name: (f["status"], f.get("reason")) for f in report["files"]}
    assert statuses["bad.log"] == ("error", "cannot decode as utf-8: invalid start byte")
    assert statuses["good.log"] == ("scanned", None)


def test_missing_file_and_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "core.bin"
    binary.write_bytes(b"\x7fELF\x00\x00\x01 070-174 06 12")
    assert main(["scan", str(tmp_path / "nope.log"), str(binary)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"logscrub: error: {tmp_path / 'nope.log'}: no such file or directory",
        f"logscrub: skipped: {binary}: binary data",
    ]


def test_binary_file_is_not_passed_on(tmp_path: Path) -> None:
    binary = tmp_path / "in" / "core.bin"
    binary.parent.mkdir()
    binary.write_bytes(b"\x00\x01 070-174 06 12")
    assert main(["redact", str(binary.parent), "--out", str(tmp_path / "out")]) == 0
    assert not (tmp_path / "out" / "core.bin").exists()


def test_redact_refuses_to_overwrite_the_original(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.log"
    source.write_text("call 070-174 06 12\n")
    assert main(["redact", str(source), "--out", str(tmp_path)]) == 2
    assert source.read_text() == "call 070-174 06 12\n"
    assert "would overwrite the original" in capsys.readouterr().err


def test_standard_input_and_exit_codes(tmp_path: Path) -> None:
    done = run_logscrub("scan", "-", "--format", "json", stdin=b"ring 070-174 06 12\n")
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(done.stdout)["files"]
    assert (entry["path"], entry["findings"][0]["entity"]) == ("-", "PHONE_NUMBER")
    usage = run_logscrub("scan")
    assert usage.returncode == 2
    assert "the following arguments are required: PATH" in usage.stderr


@pytest.mark.parametrize("command", ["scan", "redact"])
def test_help_explains_each_option_with_an_example(command: str) -> None:
    done = run_logscrub(command, "--help")
    assert done.returncode == 0
    for option in ("--jobs", "--regions") + (
        ("--format", "--output") if command == "scan" else ("--out", "--style", "--report")
    ):
        assert option in done.stdout
    assert done.stdout.count("Example:") >= 4
    assert "examples:" in done.stdout


@pytest.mark.parametrize("command", ["scan", "redact", "gate", "watch", "eval", "explain", "rules"])
def test_help_writes_defaults_as_a_user_types_them(command: str) -> None:
    done = run_logscrub(command, "--help", env={"COLUMNS": "1000"})
    assert done.returncode == 0
    assert "(default: (" not in done.stdout and "(default: [" not in done.stdout  # no Python literals
    assert "(default: True)" not in done.stdout and "(default: False)" not in done.stdout  # flags
    assert "(default: None)" not in done.stdout
    assert "DESIGN.md" not in done.stdout  # not shipped
    if command in ("scan", "redact", "gate", "eval"):
        assert "(default: SE,DE)" in done.stdout


def test_a_report_file_whose_format_cannot_be_told_is_an_error(sample: Path, tmp_path: Path) -> None:
    done = run_logscrub("scan", sample, "-o", tmp_path / "report.pdf")
    assert done.returncode == 2
    assert done.stderr == (
        f"logscrub scan: error: -o {tmp_path / 'report.pdf'}: cannot tell the format from its suffix "
        "(use .json, .csv, .md, .html, .sarif, .txt for the table, or --format)\n"
    )
    assert not (tmp_path / "report.pdf").exists()
    assert run_logscrub("scan", sample, "-o", tmp_path / "report.pdf", "--format", "table").returncode == 0


def test_counts_are_written_in_words(tmp_path: Path) -> None:
    one = tmp_path / "one.log"
    one.write_text("ring 070-174 06 42\n", encoding="utf-8")
    done = run_logscrub("redact", one, "--out", tmp_path / "out")
    assert done.returncode == 0
    assert "1 redacted copy in" in done.stderr and "(1 finding replaced)" in done.stderr
    table = run_logscrub("scan", one, "--no-progress")
    assert "\n1 file (" in table.stdout and ", 1 finding\n" in table.stdout


def test_the_table_groups_findings_by_file_with_totals_and_shortens_long_paths(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*(f"folder-{n}" for n in range(12)))
    deep.mkdir(parents=True)
    (deep / "call-2026-12-07.log").write_text(
        "From: <sip:070-174 06 42@pbx.example.se>\npnr 19121212-1212\nmail ingrid.falk@example.se\n",
        encoding="utf-8",
    )
    done = run_logscrub("scan", tmp_path, "--no-progress", "-j", "1", env={"COLUMNS": "100"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    heading = next(line for line in lines if " — " in line)
    assert heading.endswith("call-2026-12-07.log — 3 findings: 1 critical, 1 high, 1 medium")
    assert "…" in heading and len(heading) <= 100
    header = next(line for line in lines if line.startswith("FILE"))
    assert header.split() == ["FILE", "CRITICAL", "HIGH", "MEDIUM", "LOW", "TOTAL"]
    row = lines[lines.index(header) + 1]
    assert row.split()[-5:] == ["1", "1", "1", "0", "3"] and "…" in row and len(row) <= 100
    assert all(len(line) <= 100 for line in lines if "PREVIEW" not in line and "*" not in line)
