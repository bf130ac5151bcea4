"""The verify pass through the real command line and pipeline: a redactor broken on purpose (a style
registered here) is caught, its copy never published, the file reported as an error with exit code 2;
correct styles pass it at any chunking."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.scanner.chunk_scan import ChunkScanner
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.main import main
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.redaction import KeepOptions, RedactionSettings
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.redaction.picker import STYLES, StylePicker
from logscrub.scanner.redaction.redactor import redact
from logscrub.scanner.redaction.style import StyleOptions
from logscrub.scanner.redaction.verification import remaining_values
from logscrub.scanner.sources.paths import expand_paths

LEAKY = (
    "2024-03-12 10:00:01 INVITE sip:+46701740612@pbx.example.se;user=phone SIP/2.0\n"
    "customer rang 070-174 06 13, mail anna.svensson@example.com\n"
)
CLEAN = "nothing personal here: 2024-03-12 10:00:01 port 10000-20000 v7.0.2046.0\n"


class LeavingStyle:
    """Broken on purpose: every value stays as it was."""

    def __init__(self, options: StyleOptions) -> None:
        self.options = options

    def replace(self, finding: Finding, value: str) -> str:
        return value


class FirstCharacterStyle:
    """Broken on purpose: masks the first character of a value only."""

    def __init__(self, options: StyleOptions) -> None:
        self.options = options

    def replace(self, finding: Finding, value: str) -> str:
        return "x" + value[1:]


class PhoneOnlyStyle:
    """Broken on purpose: replaces phone numbers (the entity of the run's other style) and nothing else."""

    def __init__(self, options: StyleOptions) -> None:
        self.options = options

    def replace(self, finding: Finding, value: str) -> str:
        return "<PHONE_NUMBER>" if finding.entity == "PHONE_NUMBER" else value


class PhoneOnlyLabelStyle(PhoneOnlyStyle):
    """Broken on purpose, and says it writes labels: the verify pass reads only where a detected value
    occurs in the copy, and must find those it left there."""

    writes_labels = True


@pytest.fixture(autouse=True)
def _broken_styles(monkeypatch: pytest.MonkeyPatch) -> None:
    # Registered before the workers fork, so -j 2 runs them too.
    monkeypatch.setitem(STYLES, "leaving", LeavingStyle)
    monkeypatch.setitem(STYLES, "first-character", FirstCharacterStyle)
    monkeypatch.setitem(STYLES, "phone-only", PhoneOnlyStyle)
    monkeypatch.setitem(STYLES, "phone-only-labels", PhoneOnlyLabelStyle)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "call.log").write_text(LEAKY, encoding="utf-8")
    (folder / "quiet.log").write_text(CLEAN, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("style", "left"),
    [
        ("leaving", "3 values remained (EMAIL_ADDRESS, PHONE_NUMBER, SIP_ADDRESS)"),
        # xnna.svensson@example.com; xip:+46701740612@pbx.example.se holds a phone number
        ("first-character", "2 values remained (EMAIL_ADDRESS, PHONE_NUMBER)"),
        ("phone-only", "2 values remained (EMAIL_ADDRESS, SIP_ADDRESS)"),
        ("phone-only-labels", "2 values remained (EMAIL_ADDRESS, SIP_ADDRESS)"),
    ],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_redactor_is_caught(
    inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], style: str, left: str, jobs: str
) -> None:
    out, report = tmp_path / "out", tmp_path / "report.json"
    code = main(
        ["redact", str(inbox), "--out", str(out), "--style", style, "-j", jobs, "--report", str(report)]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert f"logscrub: error: {inbox / 'call.log'}: verify failed: {left}" in err
    assert sorted(p.name for p in out.iterdir()) == ["quiet.log"]  # no copy, no partial file left
    assert (out / "quiet.log").read_text(encoding="utf-8") == CLEAN
    entries = {Path(f["path"]).name: f for f in json.loads(report.read_text(encoding="utf-8"))["files"]}
    assert entries["call.log"]["status"] == "error"
    assert entries["call.log"]["reason"] == f"verify failed: {left}"
    assert "anna" not in err and "0701740612" not in err


@pytest.mark.parametrize(
    ("style", "left"),
    [
        ("leaving", "3 values remained (EMAIL_ADDRESS, PHONE_NUMBER, SIP_ADDRESS)"),
        ("first-character", "2 values remained (EMAIL_ADDRESS, PHONE_NUMBER)"),
        ("phone-only-labels", "2 values remained (EMAIL_ADDRESS, SIP_ADDRESS)"),
    ],
)
def test_values_left_among_many_quiet_lines_are_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], style: str, left: str
) -> None:
    # Only the text around the replacements is scanned again (a twentieth of this log): what is left
    # there is found as in a log with personal data on every line.
    log = tmp_path / "sparse.log"
    log.write_text(CLEAN * 60 + LEAKY + CLEAN * 60 + LEAKY.replace("anna", "bo"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["redact", str(log), "--out", str(out), "--style", style, "-j", "1"]) == 2
    twice = left.replace("3 values", "6 values").replace("2 values", "4 values")
    assert f"{log}: verify failed: {twice}" in capsys.readouterr().err
    assert not (out / "sparse.log").exists()


def test_one_entity_in_a_broken_style_is_caught(inbox: Path, tmp_path: Path) -> None:
    settings = tmp_path / "redaction.yaml"
    settings.write_text("redaction:\n  default: pseudonym\n  entities:\n    EMAIL_ADDRESS: leaving\n")
    out = tmp_path / "out"
    assert main(["redact", str(inbox / "call.log"), "--out", str(out), "--redaction", str(settings)]) == 2
    assert not out.exists() or not any(out.iterdir())


def _trace(lines: int) -> str:
    rows = (
        "INVITE sip:+46701740{n:03d}@pbx.example.se;user=phone SIP/2.0 from 10.20.0.{n}\n",
        "customer rang 070-174 06 {m:02d} then +46 70 174 06 {m:02d}, e-mail kund{n}@example.com\n",
        "pnr 19850101-2382 / 850101-2382 checked at 2024-03-12 10:00:{m:02d} port 10000-20000\n",
    )
    return "".join(rows[n % 3].format(n=n % 200, m=5 + n % 90) for n in range(lines))


def _outcome(
    path: Path, out: Path, style: str, chunk: int, overlap: int, jobs: int
) -> tuple[str, str | None]:
    settings = ScanSettings(
        taxonomy=load_taxonomy(),
        hash_key=b"k",
        redact=True,
        redaction=RedactionSettings(style, keep=KeepOptions(domain=True, country_code=True, ip_scope=True)),
    )
    pipeline = Pipeline(settings, jobs=jobs, out_dir=out, chunk_characters=chunk, overlap_characters=overlap)
    (outcome,) = list(pipeline.run(expand_paths([str(path)])))
    return outcome.status, outcome.reason


CHUNKINGS = [(97, 300, 1), (1000, 300, 2), (4096, 512, 1)]


@pytest.mark.parametrize(("chunk", "overlap", "jobs"), CHUNKINGS)
def test_a_broken_style_is_caught_at_any_chunking(
    tmp_path: Path, chunk: int, overlap: int, jobs: int
) -> None:
    path = tmp_path / "trace.log"
    path.write_text(_trace(300), encoding="utf-8")
    status, reason = _outcome(path, tmp_path / "out", "first-character", chunk, overlap, jobs)
    assert (status, (reason or "").split(":")[0]) == ("error", "verify failed")
    assert not (tmp_path / "out" / "trace.log").exists()


@pytest.mark.parametrize("style", ["token", "pseudonym", "mask", "hash"])
@pytest.mark.parametrize(("chunk", "overlap", "jobs"), CHUNKINGS)
def test_correct_styles_pass_at_any_chunking(
    tmp_path: Path, style: str, chunk: int, overlap: int, jobs: int
) -> None:
    path = tmp_path / "trace.log"
    path.write_text(_trace(300), encoding="utf-8")
    assert _outcome(path, tmp_path / "out", style, chunk, overlap, jobs) == ("scanned", None)
    copy = (tmp_path / "out" / "trace.log").read_text(encoding="utf-8")
    assert copy.count("\n") == 300
    assert "70 174 06" not in copy and "19850101-2382" not in copy and "kund" not in copy


def test_structured_copies_are_verified_too(tmp_path: Path) -> None:
    # Fields of JSON and CSV documents are redacted field by field (with tokens); their copies pass the
    # verify pass like any text, and a value left in one is caught.
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "calls.ndjson").write_text(
        '{"caller": "Anna Svensson", "phone": "070-174 06 12", "note": "ring +46 70 174 06 12"}\n',
        encoding="utf-8",
    )
    (inbox / "crm.csv").write_text("name,phone\nBo Ek,070-174 06 13\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["redact", str(inbox), "--out", str(out), "-j", "1"]) == 0
    for name in ("calls.ndjson", "crm.csv"):
        copy = (out / name).read_text(encoding="utf-8")
        assert "<PHONE_NUMBER>" in copy and "70 174 06" not in copy and "70-174 06" not in copy
    scanner = ChunkScanner(ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", redact=True))
    assert scanner.redactor is not None
    left = '{"phone": "<PHONE_NUMBER>", "note": "ring +46 70 174 06 12"}'
    assert scanner.redactor.verify(left, {"070-174 06 12", "+46 70 174 06 12"}) == {"PHONE_NUMBER": 1}
    assert scanner.redactor.verify(left, {"070-174 06 12"}) == {}  # not a value the scan replaced


def test_a_copy_of_labels_where_no_detected_value_occurs_is_not_scanned_again() -> None:
    # Every replacement a label and no value the scan detected anywhere in the copy: nothing a second scan
    # could find would count, so it does not run. A value left is read around where it occurs, and only
    # there; so are the replacements of a style that does not say it writes labels.
    text = CLEAN * 40 + LEAKY + CLEAN * 40
    scanner = ChunkScanner(ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", redact=True))
    found = scanner.findings_in(text)
    assert len(found) == 3
    read: list[str] = []

    def find(piece: str) -> Sequence[Finding]:
        read.append(piece)
        return scanner.findings_in(piece)

    keep = KeepOptions()
    for style, left in (
        ("token", {}),
        ("phone-only-labels", {"EMAIL_ADDRESS": 1, "SIP_ADDRESS": 1}),
        ("leaving", {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1, "SIP_ADDRESS": 1}),
    ):
        picker = StylePicker(RedactionSettings(style), b"k", DEFAULT_REGIONS)
        redaction = redact(text, found, picker)
        read.clear()
        remaining = remaining_values(
            find, text, redaction, keep, 0, len(redaction.text), DEFAULT_REGIONS, picker.writes_labels
        )
        assert dict(remaining) == left, style
        assert (not read) if style == "token" else (0 < sum(map(len, read)) < len(text) // 10), style
