"""File names are personal data too (issue #16, item 3): each name below what the user named is scanned
like content; copies and every report carry the redacted name, and distinct inputs keep distinct names.

Synthetic names only: Skatteverket's test personnummer, example domains, fiction numbers.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path, PurePosixPath

import jsonschema
import pytest

from helpers import run_logscrub
from logscrub.scanner.chunk_scan import init_worker, spans_in_worker
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.main import main
from logscrub.scanner.name_redaction import FileNames, redact_component, split_suffixes
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.reports.json_report import report_schema

CONTENT = "call 070-174 06 13 about the ticket\n"


@pytest.fixture(scope="module", autouse=True)
def _engine() -> None:
    """The engine set up in this process, as a -j 1 run sets it up."""
    init_worker(ScanSettings(taxonomy=load_taxonomy(), hash_key=b"test key"))


@pytest.mark.parametrize(
    ("name", "stem", "suffixes"),
    [
        ("anna.svensson@example.se.log", "anna.svensson@example.se", ".log"),
        ("19121212-1212.log.1.gz", "19121212-1212", ".log.1.gz"),
        ("call.SIP", "call.SIP", ""),  # not a suffix the list knows: scanned with the rest
        (".hidden.log", ".hidden", ".log"),
        ("README", "README", ""),
        ("anna.svensson.CFG", "anna.svensson", ".CFG"),  # a user's settings, as bundles hold them
        ("sven.larsson.yaml", "sven.larsson", ".yaml"),
    ],
)
def test_known_suffixes_are_set_aside(name: str, stem: str, suffixes: str) -> None:
    assert split_suffixes(name) == (stem, suffixes)


@pytest.mark.parametrize(
    ("name", "redacted"),
    [
        # positives: the value alone, with suffixes, between separators
        ("19121212-1212.log", "SE_PERSONNUMMER.log"),
        ("anna.svensson@example.se.log", "EMAIL_ADDRESS.log"),
        ("call_19121212-1212_2024.txt.gz", "call_SE_PERSONNUMMER_2024.txt.gz"),
        ("ticket-anna.svensson@example.se-2.txt", "ticket-EMAIL_ADDRESS-2.txt"),
        ("+46701740613.log", "PHONE_NUMBER.log"),
        ("anna.svensson@example.se.cfg", "EMAIL_ADDRESS.cfg"),
        # negatives: names with nothing personal stay as they are
        ("kamailio.log", "kamailio.log"),
        ("2024-05-01_sip_trace.log.1", "2024-05-01_sip_trace.log.1"),
        ("bundle.tar.gz", "bundle.tar.gz"),
        # names of programs and devices that name finders would read as people's
        ("sofia-siptrace-ack.log", "sofia-siptrace-ack.log"),
        ("gpsd_haicom-305N.log", "gpsd_haicom-305N.log"),
        ("anna-berg-notes.txt", "anna-berg-notes.txt"),  # no content taught it: no context in a name
    ],
)
def test_a_name_is_redacted_like_content(name: str, redacted: str) -> None:
    assert redact_component(name, spans_in_worker).name == redacted


def test_inputs_whose_redacted_names_meet_get_distinct_names_in_run_order() -> None:
    names = FileNames()
    documents = [
        Document(Path(f"logs/{name}"), f"logs/{name}", PurePosixPath(name))
        for name in ("19121212-1212.log", "19850101-2382.log", "19121212-1212.log")
    ]
    shown = [names.redacted(d, spans_in_worker) for d in documents]
    assert [d.display for d in shown] == [
        "logs/SE_PERSONNUMMER.log",
        "logs/SE_PERSONNUMMER-2.log",
        "logs/SE_PERSONNUMMER.log",  # the same original: the same name
    ]
    assert shown[0].path == Path("logs/19121212-1212.log")  # still read from where it is
    assert shown[0].name_entities == ("SE_PERSONNUMMER",)


def test_folders_below_the_argument_are_redacted_the_argument_is_not() -> None:
    document = Document(
        Path("19850101-2382/anna.svensson@example.se/a.log"),
        "19850101-2382/anna.svensson@example.se/a.log",
        PurePosixPath("anna.svensson@example.se/a.log"),
    )
    shown = FileNames().redacted(document, spans_in_worker)
    # The folder given on the command line is the user's own text; what was found below it is data.
    assert shown.display == "19850101-2382/EMAIL_ADDRESS/a.log"
    assert shown.relative == PurePosixPath("EMAIL_ADDRESS/a.log")


def test_a_display_name_keeps_what_it_does_not_share_with_the_relative_path() -> None:
    # As `eval` names its documents: each in a numbered folder of the copies, shown by its own path.
    document = Document(
        Path("/data/fixtures/19121212-1212.log"),
        "/data/fixtures/19121212-1212.log",
        PurePosixPath("0/19121212-1212.log"),
    )
    shown = FileNames().redacted(document, spans_in_worker)
    assert shown.display == "/data/fixtures/SE_PERSONNUMMER.log"
    assert shown.relative == PurePosixPath("0/SE_PERSONNUMMER.log")


@pytest.fixture
def named_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "19121212-1212").mkdir(parents=True)
    for name in ("19121212-1212.log", "19850101-2382.log", "anna.svensson@example.se.log"):
        (folder / name).write_text(CONTENT, encoding="utf-8")
    (folder / "19121212-1212" / "call_anna.svensson@example.se.txt").write_text(CONTENT, encoding="utf-8")
    return folder


RAW = ("19121212-1212", "19850101-2382", "anna.svensson")


def _assert_no_raw_name(text: str) -> None:
    for raw in RAW:
        assert raw not in text


def test_redact_names_copies_and_report_redacted(named_inputs: Path, tmp_path: Path) -> None:
    out, report = tmp_path / "out", tmp_path / "r.json"
    done = run_logscrub("redact", named_inputs, "--out", out, "--report", report, "-j", "2")
    assert done.returncode == 0, done.stderr
    copies = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert copies == [
        "EMAIL_ADDRESS.log",
        "SE_PERSONNUMMER-2.log",
        "SE_PERSONNUMMER.log",
        "SE_PERSONNUMMER/EMAIL_ADDRESS.txt",  # `call_anna.svensson@…`: `_` may be in an address
    ]
    text = report.read_text(encoding="utf-8")
    _assert_no_raw_name(text)
    _assert_no_raw_name(done.stderr)
    data = json.loads(text)
    entry = next(f for f in data["files"] if f["path"].endswith("/EMAIL_ADDRESS.txt"))
    assert entry["name_findings"] == {"EMAIL_ADDRESS": 1, "SE_PERSONNUMMER": 1}
    assert data["summary"]["name_findings"] == 5
    jsonschema.validate(data, report_schema())


def test_a_file_argument_gets_a_redacted_copy_name(named_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run_logscrub("redact", named_inputs / "19121212-1212.log", "--out", out)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.iterdir()] == ["SE_PERSONNUMMER.log"]


@pytest.mark.parametrize("report_format", ["csv", "md", "html", "sarif", "table"])
def test_every_scan_report_shows_the_redacted_names(
    named_inputs: Path, report_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # In this process: the command line's entry point without its start-up
    assert main(["scan", str(named_inputs), "--format", report_format, "--no-progress", "-j", "1"]) == 0
    done = capsys.readouterr()
    _assert_no_raw_name(done.out + done.err)
    assert "PERSONNUMMER" in done.out  # Markdown writes SE\\_PERSONNUMMER
    if report_format == "csv":
        paths = {row["path"] for row in csv.DictReader(io.StringIO(done.out))}
        assert f"{named_inputs}/SE_PERSONNUMMER-2.log" in paths


def test_the_gate_summary_shows_the_redacted_names(named_inputs: Path, tmp_path: Path) -> None:
    for path in named_inputs.rglob("*.*"):  # a made-up credential: the gate fails and names the files
        path.write_text("login password=Vq7-not-a-real-one\n", encoding="utf-8")
    done = run_logscrub("gate", named_inputs)
    assert done.returncode == 1, done.stdout
    assert "SE_PERSONNUMMER" in done.stdout + done.stderr
    _assert_no_raw_name(done.stdout + done.stderr)


def test_a_value_learnt_from_content_is_found_in_file_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # The user name is certain where the SIP URI carries it; alone in a file name it is a plain word.
    (folder / "a.log").write_text("From: <sip:tove.lindqvist@example.se>\n", encoding="utf-8")
    (folder / "tove.lindqvist-notes.txt").write_text("nothing here\n", encoding="utf-8")
    out = tmp_path / "out"
    done = run_logscrub("redact", folder, "--out", out)  # propagation is on by default
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert "tove.lindqvist-notes.txt" not in names
    assert len(names) == 2


def test_a_learnt_single_word_does_not_rename_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # One word learnt from content is redacted in content; in file names such words are mostly a
    # program's or a device's (`courier-auth.log`), so a single learnt word does not rename a file.
    (folder / "a.log").write_text("From: <sip:tlindqvist@example.se>\n", encoding="utf-8")
    (folder / "tlindqvist-notes.log").write_text("tlindqvist logged in\n", encoding="utf-8")
    out = tmp_path / "out"
    done = run_logscrub("redact", folder, "--out", out)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.log", "tlindqvist-notes.log"]
    assert "tlindqvist" not in (out / "tlindqvist-notes.log").read_text(encoding="utf-8")
