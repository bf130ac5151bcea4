"""`logscrub gate` on real file trees: exit codes, policy, baseline, inline allow, JUnit, annotations."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from faker import Faker

from helpers import run_logscrub
from logscrub.recognizers.helpers.swedish_identity import test_numbers as skatteverket_test_numbers
from logscrub.scanner.cli.main import main

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT_ERROR = 0, 1, 2


def _personnummer(seed: int) -> str:
    """A valid, synthetic personnummer (Faker) that is not one of Skatteverket's test numbers."""
    fake = Faker("sv_SE")
    fake.seed_instance(seed)
    while True:
        number = fake.ssn(long=True, dash=True)
        if number.replace("-", "") not in skatteverket_test_numbers():
            return number


PNR_A, PNR_B = _personnummer(1), _personnummer(2)
TEST_PNR = "19850101-2382"  # Skatteverket's test number list


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An artifact folder; the gate runs from inside it (policies and baselines use relative paths)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("LOGSCRUB_HASH_KEY", "gate-test-key-3f9a1c2b7e5d0846")
    (tmp_path / "logs").mkdir()
    yield tmp_path


def _write(path: str, text: str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def _gate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["gate", *args, "-j", "1"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


CLEAN = "2024-03-12 10:00:01 INFO REGISTER 200 OK expires=3600\n"


def test_clean_tree_passes(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write("logs/app.log", CLEAN * 3)
    code, out = _gate(capsys, "logs")
    assert code == EXIT_OK
    assert "logscrub gate: passed (1 file checked)" in out


def test_violation_fails_and_names_where_and_which_rule(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("logs/app.log", CLEAN + f"customer pnr {PNR_A}\n")
    code, out = _gate(capsys, "logs")
    assert code == EXIT_FINDINGS
    assert "logs/app.log:2:14: SE_PERSONNUMMER (national_id, critical) at or above fail_at high" in out
    assert PNR_A not in out


def test_below_threshold_passes_and_threshold_is_configurable(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("logs/app.log", "mail anna.svensson@example.com\n")  # contact: medium
    assert _gate(capsys, "logs")[0] == EXIT_OK
    _write("strict.yaml", "fail_at: medium\n")
    code, out = _gate(capsys, "logs", "--policy", "strict.yaml")
    assert code == EXIT_FINDINGS
    assert "EMAIL_ADDRESS (contact, medium)" in out


def test_test_personnummer_and_fiction_numbers_pass_by_default(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("logs/app.log", f"pnr {TEST_PNR}\ncall 070-174 06 12\n")
    _write("strict.yaml", "fail_at: medium\n")
    code, out = _gate(capsys, "logs", "--policy", "strict.yaml")
    assert code == EXIT_OK, out
    assert "1 fiction number" in out and "1 test number" in out
    _write("no-test-data.yaml", "fail_at: medium\nallow: {test_numbers: false, fiction_numbers: false}\n")
    assert _gate(capsys, "logs", "--policy", "no-test-data.yaml")[0] == EXIT_FINDINGS


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (f"pnr {PNR_A}  # logscrub:allow\n", EXIT_OK),
        (f"# logscrub:allow (reviewed in TICKET-12)\npnr {PNR_A}\n", EXIT_OK),
        (f"# logscrub:allow\n\npnr {PNR_A}\n", EXIT_FINDINGS),  # two lines below: not covered
        (f"pnr {PNR_A}\n# logscrub:allow\n", EXIT_FINDINGS),  # the marker covers its line and the next
    ],
)
def test_inline_allow_marker_covers_its_line_and_the_next(
    tree: Path, capsys: pytest.CaptureFixture[str], text: str, code: int
) -> None:
    _write("logs/app.log", text)
    assert _gate(capsys, "logs")[0] == code


def _baseline_entries(path: Path) -> list[dict[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "logscrub.baseline/1"
    return data["entries"]  # type: ignore[no-any-return]


def test_baseline_accepts_reviewed_findings_by_content_not_line(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("logs/app.log", f"customer pnr {PNR_A}\n")
    assert _gate(capsys, "logs")[0] == EXIT_FINDINGS
    baseline = tree / ".logscrub-baseline.json"
    code, out = _gate(capsys, "logs", "--baseline", str(baseline), "--update-baseline")
    assert "FAILED" not in out and "passed, baseline updated: " in out
    assert code == EXIT_OK
    (entry,) = _baseline_entries(baseline)
    assert entry["path"] == "logs/app.log" and entry["entity"] == "SE_PERSONNUMMER"
    assert entry["value_hash"].startswith("hmac-sha256:")
    text = baseline.read_text(encoding="utf-8")
    assert PNR_A not in text and PNR_A.replace("-", "") not in text

    # the violation, now in the baseline
    code, out = _gate(capsys, "logs", "--baseline", str(baseline))
    assert code == EXIT_OK, out
    assert "1 baseline" in out
    # the same line moved further down
    _write("logs/app.log", CLEAN * 5 + f"customer pnr {PNR_A}\n")
    assert _gate(capsys, "logs", "--baseline", str(baseline))[0] == EXIT_OK
    # a new value on the baselined line is caught, and the old entry is reported stale
    _write("logs/app.log", CLEAN * 5 + f"customer pnr {PNR_B}\n")
    code, out = _gate(capsys, "logs", "--baseline", str(baseline))
    assert code == EXIT_FINDINGS
    assert "logs/app.log:6:14: SE_PERSONNUMMER" in out
    assert "1 stale baseline entry (no longer found)" in out
    # the same value in another file is not covered by the entry for this one
    _write("logs/app.log", f"customer pnr {PNR_A}\n")
    _write("logs/other.log", f"customer pnr {PNR_A}\n")
    code, out = _gate(capsys, "logs", "--baseline", str(baseline))
    assert code == EXIT_FINDINGS and "logs/other.log:1:14" in out


def test_baseline_made_with_another_key_is_an_error(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write("logs/app.log", f"customer pnr {PNR_A}\n")
    baseline = tree / "b.json"
    assert _gate(capsys, "logs", "--baseline", str(baseline), "--update-baseline")[0] == EXIT_OK
    monkeypatch.setenv("LOGSCRUB_HASH_KEY", "another-gate-key-c47d2e90b1a6f358")
    code, out = _gate(capsys, "logs", "--baseline", str(baseline))
    assert code == EXIT_INPUT_ERROR
    assert f"{baseline}: written with another hash key" in out


def test_missing_baseline_without_update_is_an_error(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write("logs/app.log", CLEAN)
    code, out = _gate(capsys, "logs", "--baseline", "nope.json")
    assert code == EXIT_INPUT_ERROR
    assert "nope.json: no such baseline" in out


def test_unreadable_file_fails_closed(tree: Path) -> None:
    _write("logs/app.log", CLEAN)
    _write("logs/locked.log", f"pnr {PNR_A}\n").chmod(0)
    done = run_logscrub("gate", "logs", "-j", "1", cwd=tree, honour_permissions=True)
    assert done.returncode == EXIT_INPUT_ERROR, done.stdout + done.stderr
    assert "logs/locked.log: not scanned (error: permission denied)" in done.stdout
    assert "logscrub gate: FAILED: 1 file not scanned (2 files checked)" in done.stdout


def test_missing_file_fails_closed(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _gate(capsys, "logs/gone.log")
    assert code == EXIT_INPUT_ERROR
    assert "logs/gone.log: not scanned (error: no such file or directory)" in out


def test_binary_file_fails_closed_unless_the_policy_skips_its_path(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("logs/app.log", CLEAN)
    Path("logs/capture.pcap").write_bytes(b"\xd4\xc3\xb2\xa1" + bytes(range(256)) * 8)
    code, out = _gate(capsys, "logs")
    assert code == EXIT_INPUT_ERROR
    assert "logs/capture.pcap: not scanned (skipped: binary data)" in out
    _write("skip-pcap.yaml", 'paths:\n  - glob: "*.pcap"\n    skip: true\n')
    code, out = _gate(capsys, "logs", "--policy", "skip-pcap.yaml")
    assert code == EXIT_OK, out
    assert "1 file skipped by policy" in out


def test_path_rules_are_stricter_for_artifacts_and_off_for_fixtures(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("artifacts/run1/app.log", "mail anna.svensson@example.com\n")
    _write("fixtures/sample.log", f"pnr {PNR_A}\n")
    code, out = _gate(capsys, ".")
    assert code == EXIT_FINDINGS
    assert "artifacts/run1/app.log:1:6: EMAIL_ADDRESS (contact, medium) at or above fail_at medium" in out
    assert "fixtures/sample.log" not in out
    Path("artifacts/run1/app.log").unlink()
    assert _gate(capsys, ".")[0] == EXIT_OK


def test_category_count_limits(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write("logs/app.log", "".join(f"mail user{n}@example.com\n" for n in range(4)))
    _write("limits.yaml", "max_findings: {contact: 3}\n")
    code, out = _gate(capsys, "logs", "--policy", "limits.yaml")
    assert code == EXIT_FINDINGS
    assert "4 contact findings: more than max_findings.contact = 3" in out


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ("fail_at: severe\n", "bad.yaml:1: fail_at 'severe' is none of low, medium, high, critical, none"),
        ("fail_at: [high\n", "bad.yaml:2: not valid YAML"),
        ("threshold: high\n", "bad.yaml:1: unknown setting 'threshold' (known: fail_at, max_findings"),
        ("paths:\n  - fail_at: low\n", "bad.yaml:2: a paths rule takes glob"),
        ("paths:\n  - glob: a/**\n    fail: low\n", "bad.yaml:3: unknown setting 'fail' (known: glob,"),
        # A misspelt category would switch its limit off without a word.
        ("fail_at: high\nmax_findings:\n  identiy: 0\n", "bad.yaml:3: unknown category 'identiy' (known:"),
        ("max_findings: {identity: -1}\n", "bad.yaml:1: max_findings identity: a count, 0 or more"),
        ("allow:\n  test_number: false\n", "bad.yaml:2: unknown setting 'test_number' (known: fiction"),
        ("allow:\n  test_numbers: no way\n", "bad.yaml:2: allow test_numbers is true or false"),
    ],
)
def test_bad_policy_file_is_a_usage_error_naming_it(
    tree: Path, capsys: pytest.CaptureFixture[str], policy: str, message: str
) -> None:
    _write("logs/app.log", CLEAN)
    _write("bad.yaml", policy)
    code, out = _gate(capsys, "logs", "--policy", "bad.yaml")
    assert code == EXIT_INPUT_ERROR
    assert message in out


TICKET = (
    "Kund: Ingrid Falk\n"  # synthetic
    "Mobil: 070-174 06 42\n"
    "E-post: ingrid.falk@example.se\n"
    "Adress: Storgatan 12, 111 22 Stockholm\n"
)


def test_the_share_profile_fails_a_ticket_that_the_ci_profile_passes(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("ticket/4711.txt", TICKET)
    assert _gate(capsys, "ticket")[0] == EXIT_OK  # medium data only: below the ci profile's high
    code, out = _gate(capsys, "ticket", "--profile", "share")
    assert code == EXIT_FINDINGS
    for entity in ("PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS"):
        assert entity in out
    assert "PHONE_NUMBER" not in out and "accepted: 1 fiction number" in out  # 070-174 06 05..99
    _write("strict.yaml", "allow: {fiction_numbers: false}\n")
    assert "PHONE_NUMBER" in _gate(capsys, "ticket", "--profile", "share", "--policy", "strict.yaml")[1]
    _write("looser.yaml", "fail_at: high\n")  # a user policy still lays its keys over the profile's
    assert _gate(capsys, "ticket", "--profile", "share", "--policy", "looser.yaml")[0] == EXIT_OK


def test_junit_report_has_a_case_per_file_and_no_values(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write("logs/a.log", CLEAN)
    _write("logs/b.log", f"customer pnr {PNR_A}\npassword=Hunter2xyz\n")
    assert _gate(capsys, "logs", "--junit", "gate.xml")[0] == EXIT_FINDINGS
    text = Path("gate.xml").read_text(encoding="utf-8")
    assert PNR_A not in text and "Hunter2xyz" not in text
    suite = ET.fromstring(text).find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert cases["logs/a.log"].find("failure") is None
    failure = cases["logs/b.log"].find("failure")
    assert failure is not None and failure.get("message") == "2 findings above policy"


def test_github_actions_annotations(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write("logs/b.log", f"customer pnr {PNR_A}\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out = _gate(capsys, "logs")
    assert code == EXIT_FINDINGS
    assert "::error file=logs/b.log,line=1,col=14,title=logscrub%3A SE_PERSONNUMMER::" in out
    assert PNR_A not in out


def test_sarif_output_validates_and_marks_accepted_findings_as_suppressed(
    tree: Path, capsys: pytest.CaptureFixture[str], shared_dir: Path
) -> None:
    _write("logs/app.log", f"customer pnr {PNR_A}\npnr {TEST_PNR}\npnr {PNR_B}  # logscrub:allow\n")
    code, _ = _gate(capsys, "logs", "--sarif", "gate.sarif")
    assert code == EXIT_FINDINGS
    text = Path("gate.sarif").read_text(encoding="utf-8")
    assert PNR_A not in text and PNR_B not in text and TEST_PNR not in text
    sarif = json.loads(text)
    schema = json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    results = sorted(
        sarif["runs"][0]["results"],
        key=lambda r: r["locations"][0]["physicalLocation"]["region"]["startLine"],
    )
    assert [r["ruleId"] for r in results] == ["SE_PERSONNUMMER"] * 3
    assert "suppressions" not in results[0]
    assert results[1]["suppressions"] == [
        {"kind": "external", "justification": "accepted by logscrub gate: test number"}
    ]
    assert results[2]["suppressions"] == [
        {"kind": "inSource", "justification": "accepted by logscrub gate: inline allow"}
    ]
