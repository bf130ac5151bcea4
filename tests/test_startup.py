"""A run imports only what it needs (issue #19, item 4): no spaCy, no Presidio engine, no pandas or numpy
for a scan without a report, and a small input is scanned in the run's own process. The figures are
benchmarks/bench_redact.py's; these tests hold what makes them."""

from __future__ import annotations

import gc
import gzip
import json
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.inventory import SMALL_INPUT_BYTES, workers_for
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import YOUNG_OBJECTS_BETWEEN_COLLECTIONS, run_workers

HEAVY = (
    "spacy",
    "thinc",
    "presidio_analyzer.analyzer_engine",
    "presidio_analyzer.nlp_engine.spacy_nlp_engine",
)


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("report", ["table", "json"])
def test_a_small_scan_loads_no_model_numpy_or_network_library(tmp_path: Path, report: str) -> None:
    log, output = tmp_path / "call.log", tmp_path / f"report.{report}"
    log.write_text("INFO ring 070-174 06 12\n", encoding="utf-8")
    loaded = _modules_after(
        "import sys\nfrom logscrub.scanner.cli.main import main\n"
        f"sys.argv = ['logscrub', 'scan', {str(log)!r}, '--format', {report!r}, '-o', {str(output)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert "PHONE_NUMBER" in output.read_text(encoding="utf-8")  # it did scan and report
    assert not loaded & {*HEAVY, "numpy", "pandas", "tldextract", "requests", "tqdm"}


def test_a_run_imports_its_own_command_alone_and_checks_no_pattern_with_the_regex_module(
    tmp_path: Path,
) -> None:
    log, output = tmp_path / "call.log", tmp_path / "copies"
    log.write_text("INFO ring 070-174 06 12 DE89370400440532013000\n", encoding="utf-8")
    loaded = _modules_after(
        # Presidio's Pattern checks a pattern by compiling it with `regex`: logscrub's compile with `re`
        "import regex, sys\ncompiled = []\ncompile_ = regex.compile\n"
        "regex.compile = lambda pattern, *a, **k: compiled.append(pattern) or compile_(pattern, *a, **k)\n"
        "from logscrub.scanner.cli.main import main\n"
        f"sys.argv = ['logscrub', 'redact', {str(log)!r}, '--out', {str(output)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "from logscrub.recognizers._presidio_core import IbanRecognizer\n"
        "assert set(compiled) == {p.regex for p in IbanRecognizer.PATTERNS}, compiled  # Presidio's own"
    )
    copy = (output / "call.log").read_text(encoding="utf-8")
    assert "070-174" not in copy and "DE89" not in copy  # it ran, Presidio's IBAN recognizer too
    others = {"scan", "gate", "watch", "rules", "explain", "evaluate"}
    assert "logscrub.scanner.cli.redact" in loaded
    assert not loaded & {f"logscrub.scanner.cli.{command}" for command in others}
    assert not loaded & {"logscrub.scanner.watch.daemon", "watchdog", "prometheus_client"}


def test_presidio_is_whole_for_whoever_asks_for_more_than_recognizers() -> None:
    loaded = _modules_after(
        # the recognizers first (the package loads them when a name of theirs is asked for): Presidio
        # entered without its engine, then asked for whole
        "from logscrub.recognizers import DEFAULT_RECOGNIZERS, default_recognizers\n"
        "from presidio_analyzer import AnalyzerEngine, RecognizerRegistry\n"
        "from presidio_analyzer.nlp_engine import NlpArtifacts\n"
        "from presidio_analyzer.predefined_recognizers import IbanRecognizer, UrlRecognizer\n"
        "assert IbanRecognizer in DEFAULT_RECOGNIZERS\n"
        "assert NlpArtifacts.__module__ == 'presidio_analyzer.nlp_engine.nlp_artifacts'\n"
        "registry = RecognizerRegistry(recognizers=default_recognizers())\n"
        "assert registry.recognizers"
    )
    assert set(HEAVY) <= loaded


def _document(path: Path) -> Document:
    return Document(path, path.name, PurePosixPath(path.name))


@pytest.mark.parametrize(
    ("files", "jobs"),
    [
        ({"a.log": b"ring 070-174 06 12\n" * 100, "b.log": b"x\n"}, 1),
        ({"big.log": b"x" * (SMALL_INPUT_BYTES + 1)}, 4),
        ({"a.log": b"x" * (SMALL_INPUT_BYTES // 2), "b.log": b"x" * (SMALL_INPUT_BYTES // 2 + 1)}, 4),
        ({"small.log.gz": gzip.compress(b"ring 070-174 06 12\n" * 10_000)}, 4),  # far more inside
        ({"logs.zip": b"PK\x03\x04" + b"\x00" * 100}, 4),
    ],
)
def test_files_holding_less_than_a_chunk_are_scanned_in_the_runs_own_process(
    tmp_path: Path, files: dict[str, bytes], jobs: int
) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    assert workers_for([_document(tmp_path / name) for name in files], 4) == jobs


def test_standard_input_keeps_its_workers() -> None:
    assert workers_for([Document(None, "-", PurePosixPath("stdin"))], 3) == 3


def _collector_state() -> tuple[tuple[int, int, int], int]:
    return gc.get_threshold(), gc.get_freeze_count()


def test_worker_processes_collect_garbage_seldom_and_leave_their_set_up_alone() -> None:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k")
    with run_workers(settings, 2) as submit:
        threshold, frozen = submit(_collector_state).result()
    assert threshold[0] == YOUNG_OBJECTS_BETWEEN_COLLECTIONS
    assert frozen > 10_000  # the scanner and what it loaded
    assert gc.get_threshold()[0] != YOUNG_OBJECTS_BETWEEN_COLLECTIONS  # this process's is its own


def test_a_run_in_this_process_collects_seldom_while_it_lasts() -> None:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k")
    before = _collector_state()
    with run_workers(settings, 1) as submit:
        threshold, frozen = submit(_collector_state).result()
    assert threshold[0] == YOUNG_OBJECTS_BETWEEN_COLLECTIONS and frozen > 10_000
    assert _collector_state() == before
