"""Each chunk is detected once per run (issue #19, item 1): the learning pass keeps what it detected in
each chunk in a private spool, the scanning pass takes it from there; a chunk whose text changed
between the passes is detected anew. Known values cross to the workers as a private file."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path, PurePosixPath

import pytest

from logscrub.scanner.chunk_scan import ChunkScanner
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.detection_spool import detection_spool, spool_folder
from logscrub.scanner.learning_pass import Learning
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.propagation.matcher import KnownValueMatcher
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import run_workers
from logscrub.scanner.sources.reading import Chunk

KEY = b"test key of sixteen"
LINE = "INFO call from Anna Lindqvist <sip:anna.lindqvist@example.se> to 070-174 06 12\n"
PROSE = "Kunden Olle Bergström ringde igen om samma fel.\n"  # a name in prose scores below 0.7
AGAIN = "WARN callback to anna.lindqvist failed, Anna Lindqvist unreachable\n"


def _settings(locate: bool = True, redact: bool = True) -> ScanSettings:
    return ScanSettings(load_taxonomy(), KEY, locate=locate, redact=redact)


def _chunk(text: str) -> Chunk:
    return Chunk(text, 0, len(text), 0, 1, 1)


def test_kept_detections_are_private_taken_once_and_only_for_the_same_text() -> None:
    scanner = ChunkScanner(_settings())
    text = LINE * 3 + PROSE
    with detection_spool(exact_scores=False) as spool:
        assert stat.S_IMODE(spool.folder.stat().st_mode) == 0o700
        kept = spool.place(0, 1)
        scanner.lessons(_chunk(text), 0.7, frozenset(), kept)
        assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
        assert b"anna" not in kept.path.read_bytes().lower()  # offsets and names of entities, no text
        found = kept.take(text)
        # Everything, what scores below the learning pass's 0.7 too: the scanning pass detects no more.
        assert found == scanner.detector.detect(text, exact_scores=False, decide_at=0.7, complete=True)
        assert found is not None and text[found[-1].start : found[-1].end] == "Olle Bergström"
        assert not kept.path.exists() and kept.take(text) is None  # once
        scanner.lessons(_chunk(text), 0.7, frozenset(), kept)
        assert kept.take(text.replace("Anna", "Olle")) is None  # another text: not used
        folder = spool.folder
    assert not folder.exists()


def test_a_chunk_that_changed_between_the_passes_is_detected_anew() -> None:
    scanner = ChunkScanner(_settings())
    with detection_spool(exact_scores=False) as spool:
        kept = spool.place(0, 1)
        scanner.lessons(_chunk("nothing personal here\n"), 0.7, frozenset(), kept)
        result = scanner.scan(_chunk(LINE), kept=kept)
    assert result.redacted is not None
    assert "070-174" not in result.redacted and "anna.lindqvist" not in result.redacted


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_scanning_pass_takes_every_chunk_from_the_spool_and_finds_what_a_fresh_detection_does(
    tmp_path: Path, jobs: int
) -> None:
    path = tmp_path / "calls.log"
    path.write_text((LINE + "DEBUG timer 42 fired\n" + AGAIN + PROSE) * 40, encoding="utf-8")
    document = Document(path, "calls.log", PurePosixPath("calls.log"))
    settings = _settings()
    outcomes = {}
    for kept in (True, False):
        with detection_spool(exact_scores=True) as spool, run_workers(settings, jobs) as submit:
            learner = Pipeline(
                _settings(locate=False, redact=False), 1, chunk_characters=600, detections=spool
            )
            if not kept:
                learner = Pipeline(_settings(locate=False, redact=False), 1, chunk_characters=600)
            learnt = Learning().learn(learner, [document], submit)
            assert len(list(spool.folder.iterdir())) > (5 if kept else -1)  # a file a chunk
            known = KnownValueMatcher(learnt.known).stored_in(spool.folder)
            scanner = Pipeline(
                settings,
                jobs,
                out_dir=tmp_path / f"out-{kept}",
                chunk_characters=600,
                known_for=lambda _document, matcher=known: matcher,
                detections=spool if kept else None,
            )
            (outcome,) = scanner.run([document], submit)
            left = sorted(p.name for p in spool.folder.iterdir())
            assert left == [f"known-values-{known.token}"]  # every chunk's detections were taken
            assert stat.S_IMODE(os.stat(spool.folder / left[0]).st_mode) == 0o600
        outcomes[kept] = ([(f.entity, f.start, f.end, f.score) for f in outcome.findings], outcome.output)
    assert outcomes[True][0] == outcomes[False][0] and outcomes[True][0]
    copies = [output.read_text(encoding="utf-8") for _, output in outcomes.values() if output is not None]
    assert len(copies) == 2 and copies[0] == copies[1]
    assert not any(value in copies[0] for value in ("Lindqvist", "lindqvist", "Bergström"))


def test_a_spool_left_by_a_killed_run_is_removed_by_the_next_one(tmp_path: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    left = Path(tempfile.gettempdir()) / f"logscrub-detections-{int(gone.stdout)}-x1"
    alive = Path(tempfile.gettempdir()) / f"logscrub-detections-{os.getpid()}-x2"
    for folder in (left, alive):
        folder.mkdir(mode=0o700)
        (folder / "known-values-x").write_bytes(b"raw values")
    try:
        new = spool_folder()
        assert not left.exists() and alive.exists()  # a running process's spool stays
        assert new.name.startswith(f"logscrub-detections-{os.getpid()}-")
        assert stat.S_IMODE(new.stat().st_mode) == 0o700
        new.rmdir()
    finally:
        shutil.rmtree(alive, ignore_errors=True)
        shutil.rmtree(left, ignore_errors=True)
