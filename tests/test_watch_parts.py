"""The parts of `logscrub watch` on real files: when a file counts as complete, moves that finish after a
crash (across file systems too), and recovery from a crash between any two steps of a job.

The daemon itself, with real file-system events and real processes, is tested in test_watch.py.
"""

from __future__ import annotations

import io
import json
import os
import queue
import shlex
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.main import build_parser
from logscrub.scanner.display_names import display_name
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.outcomes import FileStatus
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.watch.arrivals import (
    CLOSED,
    FOLDER_MOVED_IN,
    GONE,
    RENAMED_IN,
    WRITTEN,
    Arrivals,
    Note,
)
from logscrub.scanner.watch.config import ConfigError, Folders, resolve_folders
from logscrub.scanner.watch.holders import open_for_writing
from logscrub.scanner.watch.log import EventLog
from logscrub.scanner.watch.metrics import Metrics, write_textfile
from logscrub.scanner.watch.moves import NAME_BYTES, free_name, move_once, short_name
from logscrub.scanner.watch.observer import InboxObserver
from logscrub.scanner.watch.spool import REASON_SUFFIX, REPORT_SUFFIX, Spool, prepare_folders
from logscrub.scanner.watch.state import DONE, QUARANTINED, QUEUED, STAGED, Job, StateStore

TEXT = "INVITE from 070-174 06 13, mail anna.svensson@example.com\nnothing here\n"
REDACTED = "INVITE from <PHONE_NUMBER>, mail <EMAIL_ADDRESS>\nnothing here\n"


# --- when a file is complete ------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def folders(tmp_path: Path) -> Folders:
    (tmp_path / "in").mkdir()
    return resolve_folders(tmp_path / "in", tmp_path / "out")


def _arrivals(folders: Folders, clock: Clock, trust_mtime: bool = True) -> Arrivals:
    return Arrivals(folders, settle=5.0, trust_mtime=trust_mtime, clock=clock)


def _due(arrivals: Arrivals) -> list[str]:
    return [relative for relative, _ in arrivals.due(100)]


def test_a_closed_file_is_complete_once_quiet_for_the_settle_time(folders: Folders) -> None:
    clock = Clock()
    arrivals = _arrivals(folders, clock)
    (folders.inbox / "a.log").write_text(TEXT)
    arrivals.apply(Note(WRITTEN, "a.log"))
    arrivals.apply(Note(CLOSED, "a.log"))
    clock.now += 4.9
    assert _due(arrivals) == []
    clock.now += 0.2
    assert _due(arrivals) == ["a.log"]


def test_a_writer_that_appends_and_closes_again_and_again_is_waited_for(folders: Folders) -> None:
    clock = Clock()
    arrivals = _arrivals(folders, clock)
    path = folders.inbox / "reopen.log"
    for piece in range(8):  # a round every half second: each close starts the wait over
        with path.open("a") as writer:
            writer.write(f"piece {piece}\n")
        arrivals.apply(Note(WRITTEN, "reopen.log"))
        arrivals.apply(Note(CLOSED, "reopen.log"))
        clock.now += 0.5
        assert _due(arrivals) == []
    clock.now += 4.6
    assert _due(arrivals) == ["reopen.log"]


@pytest.mark.parametrize("mode", ["a", "r+"])
def test_a_file_a_process_holds_open_for_writing_is_never_taken(folders: Folders, mode: str) -> None:
    clock = Clock()
    arrivals = _arrivals(folders, clock)
    path = folders.inbox / "held.log"
    path.write_text(TEXT)
    with path.open(mode) as writer:  # this process holds it open, and pauses
        arrivals.apply(Note(WRITTEN, "held.log"))
        clock.now += 60.0
        assert _due(arrivals) == []
        renamed = folders.inbox / "renamed.log"  # renamed in while still open for writing: not done either
        path.rename(renamed)
        arrivals.apply(Note(RENAMED_IN, "renamed.log"))
        assert _due(arrivals) == []
        writer.write("last piece\n")
    arrivals.apply(Note(CLOSED, "renamed.log"))
    clock.now += 4.9
    assert _due(arrivals) == []
    clock.now += 0.2
    assert _due(arrivals) == ["renamed.log"]


def test_a_file_open_for_reading_only_is_taken(folders: Folders) -> None:
    clock = Clock()
    arrivals = _arrivals(folders, clock)
    path = folders.inbox / "read.log"
    path.write_text(TEXT)
    with path.open("r"):
        arrivals.apply(Note(CLOSED, "read.log"))
        clock.now += 5.1
        assert _due(arrivals) == ["read.log"]


def test_the_writers_of_files_are_found_among_all_processes(tmp_path: Path) -> None:
    held, read, free = (tmp_path / name for name in ("held.log", "read.log", "free.log"))
    for path in (held, read, free):
        path.write_text(TEXT)
    holder = (
        "import sys; w = open(sys.argv[1], 'a'); r = open(sys.argv[2]); print('open', flush=True); "
        "sys.stdin.read()"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", holder, str(held), str(read)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == b"open\n"
        assert open_for_writing([str(held), str(read), str(free)]) == {str(held)}
    finally:
        child.communicate(b"")
    assert open_for_writing([str(held)]) == set()  # it exited


def test_a_file_written_without_a_close_waits_for_the_settle_time_and_any_change_restarts_it(
    folders: Folders,
) -> None:
    clock = Clock()
    arrivals = _arrivals(folders, clock)
    path = folders.inbox / "slow.log"
    path.write_text("first piece\n")
    arrivals.apply(Note(WRITTEN, "slow.log"))
    clock.now += 4.9
    assert _due(arrivals) == []
    with path.open("a") as f:  # written again, and the event for it not seen yet
        f.write("second piece\n")
    clock.now += 0.2
    assert _due(arrivals) == []  # the look changed: the wait starts over
    clock.now += 4.9
    assert _due(arrivals) == []
    clock.now += 0.2
    assert _due(arrivals) == ["slow.log"]


@pytest.mark.parametrize(("trust_mtime", "complete_at_once"), [(True, True), (False, False)])
def test_old_files_found_at_start_are_complete_at_once_only_where_times_are_trusted(
    folders: Folders, trust_mtime: bool, complete_at_once: bool
) -> None:
    clock = Clock()
    path = folders.inbox / "old.log"
    path.write_text(TEXT)
    os.utime(path, (path.stat().st_atime - 60, path.stat().st_mtime - 60))
    (folders.inbox / "fresh.log").write_text(TEXT)
    arrivals = _arrivals(folders, clock, trust_mtime)
    arrivals.walk()
    assert _due(arrivals) == (["old.log"] if complete_at_once else [])
    clock.now += 5.0
    assert sorted(_due(arrivals)) == ["fresh.log", "old.log"]


def test_a_file_renamed_in_is_complete_at_once(folders: Folders) -> None:
    clock = Clock()
    arrivals = _arrivals(folders, clock)
    (folders.inbox / "a.log").write_text(TEXT)
    arrivals.apply(Note(RENAMED_IN, "a.log"))
    assert _due(arrivals) == ["a.log"]


def test_a_folder_moved_in_brings_complete_files(folders: Folders) -> None:
    clock = Clock()
    arrivals = _arrivals(folders, clock)
    (folders.inbox / "bundle" / "sub").mkdir(parents=True)
    (folders.inbox / "bundle" / "a.log").write_text(TEXT)
    (folders.inbox / "bundle" / "sub" / "b.log").write_text(TEXT)
    (folders.inbox / "bundle" / ".hidden.log").write_text(TEXT)
    arrivals.apply(Note(FOLDER_MOVED_IN, "bundle"))
    assert sorted(_due(arrivals)) == ["bundle/a.log", "bundle/sub/b.log"]
    arrivals.apply(Note(GONE, "bundle"))
    assert len(arrivals) == 0


@pytest.mark.parametrize(
    ("relative", "ignored"),
    [
        ("app.log", False),
        ("dir/app.log", False),
        ("upload.log.part", True),
        ("report.tmp", True),
        (".app.log.swp", True),
        (".hidden/app.log", True),
        (".logscrub/work/3/app.log", True),
        ("notes~", True),
    ],
)
def test_names_of_unfinished_files_and_the_daemons_own_folders_are_never_taken(
    folders: Folders, relative: str, ignored: bool
) -> None:
    assert folders.ignored(relative) is ignored


def test_private_folders_inside_the_inbox_are_never_taken(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    folders = resolve_folders(tmp_path / "in", tmp_path / "out", quarantine=tmp_path / "in" / "quarantine")
    assert folders.ignored("quarantine/bad.log")
    assert not folders.ignored("quarantined.log")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"outbox": "in/out"}, "must not contain each other"),
        ({"outbox": "."}, "must not contain each other"),
        ({"quarantine": "out/q"}, "it holds raw data"),
        ({"processed": "out/done"}, "it holds raw data"),
        ({"state_file": "out/state.sqlite"}, "it holds raw data"),
        ({"processed": "done", "delete_originals": True}, "exclude each other"),
        ({"inbox": "missing"}, "no such folder"),
    ],
)
def test_folders_that_would_leak_or_loop_are_refused(
    tmp_path: Path, options: dict[str, str | bool], message: str
) -> None:
    (tmp_path / "in").mkdir()
    named = {k: tmp_path / v if isinstance(v, str) else v for k, v in options.items()}
    inbox = named.pop("inbox", tmp_path / "in")
    outbox = named.pop("outbox", tmp_path / "out")
    assert isinstance(inbox, Path) and isinstance(outbox, Path)
    with pytest.raises(ConfigError, match=message):
        resolve_folders(inbox, outbox, **named)


# --- what the watchers report (real events) -------------------------------------------------------------


def _notes_until(observer: InboxObserver, wanted: set[Note], deadline: float = 30.0) -> set[Note]:
    seen: set[Note] = set()
    end = time.monotonic() + deadline
    while not wanted <= seen and time.monotonic() < end:
        try:
            seen.add(observer.notes.get(timeout=0.1))
        except queue.Empty:
            continue
    return seen


def test_inotify_reports_closes_renames_and_folders_moved_in(tmp_path: Path) -> None:
    inbox, outside = tmp_path / "in", tmp_path / "outside"
    inbox.mkdir()
    (outside / "bundle").mkdir(parents=True)
    (outside / "bundle" / "b.log").write_text(TEXT)
    (outside / "c.log").write_text(TEXT)
    observer = InboxObserver(inbox, polling=False, poll_interval=1.0)
    observer.start()
    try:
        (inbox / "a.log").write_text(TEXT)
        (outside / "c.log").rename(inbox / "c.log")
        (outside / "bundle").rename(inbox / "bundle")
        (inbox / "a.log").rename(inbox / "d.log")
        wanted = {
            Note(CLOSED, "a.log"),
            Note(RENAMED_IN, "c.log"),
            Note(FOLDER_MOVED_IN, "bundle"),
            Note(GONE, "a.log"),
            Note(RENAMED_IN, "d.log"),
        }
        assert wanted <= _notes_until(observer, wanted)
    finally:
        observer.stop()


def test_polling_reports_new_files(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    observer = InboxObserver(inbox, polling=True, poll_interval=0.1)
    observer.start()
    try:
        (inbox / "a.log").write_text(TEXT)
        assert Note(WRITTEN, "a.log") in _notes_until(observer, {Note(WRITTEN, "a.log")})
    finally:
        observer.stop()


# --- names and moves ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "taken", "expected"),
    [
        ("a.log", set(), "a.log"),
        ("a.log", {"a.log"}, "a-2.log"),
        ("a.log", {"a.log", "a-2.log"}, "a-3.log"),
        ("d/app.log.1", {"d/app.log.1"}, "d/app-2.log.1"),
        ("README", {"README"}, "README-2"),
    ],
)
def test_a_name_in_use_gets_a_number(relative: str, taken: set[str], expected: str) -> None:
    assert free_name(relative, taken.__contains__) == expected


@pytest.fixture
def other_file_system(tmp_path: Path) -> Iterator[Path]:
    """A folder on another file system than tmp_path (/dev/shm is a tmpfs of its own on Linux)."""
    shm = Path("/dev/shm")
    assert shm.is_dir() and shm.stat().st_dev != tmp_path.stat().st_dev, "needs /dev/shm as its own tmpfs"
    folder = shm / f"logscrub-test-{os.getpid()}-{tmp_path.name}"
    folder.mkdir()
    yield folder
    for path in sorted(folder.rglob("*"), reverse=True):
        path.unlink() if not path.is_dir() or path.is_symlink() else path.rmdir()
    folder.rmdir()


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_move_across_file_systems_arrives_whole_with_its_mode(
    tmp_path: Path, other_file_system: Path
) -> None:
    source = tmp_path / "a.log"
    source.write_text(TEXT)
    source.chmod(0o640)
    target = other_file_system / "a.log"
    assert move_once(source, target, "7")
    assert target.read_text() == TEXT
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not source.exists() and _hidden(tmp_path) == [] and _hidden(other_file_system) == []
    assert not move_once(source, target, "7")  # nothing left to move: done before


@pytest.mark.parametrize("crash_after", ["partial copy", "copy", "rename into place"])
def test_a_move_across_file_systems_cut_short_is_finished_by_doing_it_again(
    tmp_path: Path, other_file_system: Path, crash_after: str
) -> None:
    source, target = tmp_path / "a.log", other_file_system / "a.log"
    source.write_text(TEXT)
    temporary, sent = other_file_system / ".a.log.7.partial", tmp_path / "a.log.sent"
    if crash_after == "partial copy":
        temporary.write_text(TEXT[:10])
    else:
        temporary.write_text(TEXT)
        source.rename(sent)
        if crash_after == "rename into place":
            temporary.rename(target)
    assert move_once(source, target, "7")
    assert target.read_text() == TEXT
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert sorted(p.name for p in other_file_system.iterdir()) == ["a.log"]


# --- a crash between any two steps of a job -------------------------------------------------------------


@pytest.fixture
def spool(folders: Folders) -> Iterator[Spool]:
    prepare_folders(folders)
    store = StateStore(folders.state_file)
    yield Spool(folders, store, load_taxonomy())
    store.close()


def _settings() -> ScanSettings:
    return ScanSettings(taxonomy=load_taxonomy(), hash_key=b"test-key", locate=True, redact=True)


def _drop(spool: Spool, name: str = "a.log") -> Job:
    (spool.folders.inbox / name).write_text(TEXT)
    arrivals = Arrivals(spool.folders, settle=0.0, trust_mtime=True)
    arrivals.apply(Note(CLOSED, name))
    ((relative, look),) = arrivals.due(1)
    return spool.claim(relative, look)


def _scan_and_stage(spool: Spool, job: Job) -> None:
    spool.store.start_processing(job)
    pipeline = Pipeline(_settings(), 1, out_dir=spool.folders.staging)
    (outcome,) = pipeline.run([spool.document(job)])
    assert outcome.status == FileStatus.SCANNED
    spool.stage(job, [outcome])
    outcome.findings.close()


def _restart(spool: Spool) -> None:
    """What the daemon does after a crash: recover, carry every job to its end, take what is in the inbox."""
    to_scan, to_finish = spool.recover()
    for job in to_finish:
        spool.finish(job)
    arrivals = Arrivals(spool.folders, settle=0.0, trust_mtime=True)  # these files are complete
    arrivals.walk()
    for relative, look in arrivals.due(100):
        to_scan.append(spool.claim(relative, look))
    for job in to_scan:
        _scan_and_stage(spool, job)
        spool.finish(job)


def _everything(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir())


def _assert_delivered_once(spool: Spool, names: list[str]) -> None:
    folders = spool.folders
    assert _everything(folders.outbox) == sorted([*names, *(n + REPORT_SUFFIX for n in names)])
    for name in names:
        assert (folders.outbox / name).read_text() == REDACTED
        report = json.loads((folders.outbox / (name + REPORT_SUFFIX)).read_text())
        assert [entry["path"] for entry in report["files"]] == [name]
    assert folders.processed is not None
    assert _everything(folders.processed) == sorted(names)
    assert _everything(folders.work) == [] and _everything(folders.staging) == []
    assert [p for p in _everything(folders.inbox) if not p.startswith(".logscrub/")] == []
    assert {job.state for job in spool.store.unfinished()} == set()


def _claim_cut_short(spool: Spool) -> None:
    (spool.folders.inbox / "a.log").write_text(TEXT)
    spool.store.insert_seen("a.log", len(TEXT))  # the row, not yet the rename


def _claimed_not_queued(spool: Spool) -> None:
    (spool.folders.inbox / "a.log").write_text(TEXT)
    job = spool.store.insert_seen("a.log", len(TEXT))
    (spool.folders.inbox / "a.log").rename(spool.work_path(job))


def _scan_cut_short(spool: Spool) -> None:
    job = _drop(spool)
    spool.store.start_processing(job)
    (spool.folders.staging / f".{job.id}-a.log.x1y2.partial").write_text("INVITE from <PHONE_")


def _staged(spool: Spool) -> None:
    _scan_and_stage(spool, _drop(spool))


def _report_published_copy_not(spool: Spool) -> None:
    job = _drop(spool)
    _scan_and_stage(spool, job)
    assert job.output is not None
    move_once(
        spool.folders.staging / f"{job.id}-a.log{REPORT_SUFFIX}",
        spool.folders.outbox / (job.output + REPORT_SUFFIX),
        "1",
    )


def _both_published_row_not(spool: Spool) -> None:
    job = _drop(spool)
    _scan_and_stage(spool, job)
    assert job.output is not None
    for staged, target in (
        (f"{job.id}-a.log{REPORT_SUFFIX}", job.output + REPORT_SUFFIX),
        (f"{job.id}-a.log", job.output),
    ):
        move_once(spool.folders.staging / staged, spool.folders.outbox / target, "1")


def _published(spool: Spool) -> None:
    job = _drop(spool)
    _scan_and_stage(spool, job)
    spool.publish(job)


def _original_moved_row_not_done(spool: Spool) -> None:
    job = _drop(spool)
    _scan_and_stage(spool, job)
    spool.publish(job)
    assert spool.folders.processed is not None and job.destination
    move_once(spool.work_path(job), spool.folders.processed / job.destination, "1")


def _database_lost(spool: Spool) -> None:
    (spool.folders.work / "41-a.log").write_text(TEXT)


@pytest.mark.parametrize(
    "crash",
    [
        _claim_cut_short,
        _claimed_not_queued,
        _scan_cut_short,
        _staged,
        _report_published_copy_not,
        _both_published_row_not,
        _published,
        _original_moved_row_not_done,
        _database_lost,
    ],
    ids=lambda crash: crash.__name__.strip("_"),
)
def test_a_crash_between_any_two_steps_delivers_the_file_exactly_once(spool: Spool, crash: object) -> None:
    assert callable(crash)
    crash(spool)
    _restart(spool)
    _assert_delivered_once(spool, ["a.log"])
    assert _states(spool) == [DONE]


def _states(spool: Spool) -> list[str]:
    with sqlite3.connect(spool.folders.state_file) as db:
        return [row[0] for row in db.execute("SELECT state FROM jobs")]


def test_a_crash_while_quarantining_finishes_the_quarantine(spool: Spool) -> None:
    job = _drop(spool, "bad.log")
    spool.store.start_processing(job)
    spool.store.mark_failing(job, "cannot decode as utf-8: invalid start byte", "bad.log", None)
    _restart(spool)
    quarantine = spool.folders.quarantine
    assert _everything(quarantine) == ["bad.log", "bad.log" + REASON_SUFFIX]
    assert json.loads((quarantine / ("bad.log" + REASON_SUFFIX)).read_text())["reason"].startswith(
        "cannot decode"
    )
    for path in (quarantine / "bad.log", quarantine / ("bad.log" + REASON_SUFFIX)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(quarantine.stat().st_mode) == 0o700
    assert _everything(spool.folders.outbox) == []
    assert _states(spool) == [QUARANTINED]


def test_a_second_file_of_the_same_name_gets_its_own_copy(spool: Spool) -> None:
    for _ in range(2):
        job = _drop(spool)
        _scan_and_stage(spool, job)
        spool.finish(job)
    assert _everything(spool.folders.outbox) == sorted(
        ["a.log", "a-2.log", "a.log" + REPORT_SUFFIX, "a-2.log" + REPORT_SUFFIX]
    )
    assert spool.folders.processed is not None
    assert _everything(spool.folders.processed) == ["a-2.log", "a.log"]


def test_an_original_that_changed_after_it_was_taken_is_delivered_again_whole_under_its_name(
    spool: Spool,
) -> None:
    job = _drop(spool)
    _scan_and_stage(spool, job)
    spool.publish(job)  # its copy is out: then the writer, holding it open unseen, writes more
    with spool.work_path(job).open("a") as writer:
        writer.write(TEXT)
    assert spool.changed_since_taken(job)
    spool.store.requeue(job)
    assert (job.state, job.attempts) == (QUEUED, 0)
    job.look = spool.original_look(job)
    _scan_and_stage(spool, job)
    assert not spool.changed_since_taken(job)
    spool.finish(job)
    folders = spool.folders
    assert _everything(folders.outbox) == ["a.log", "a.log" + REPORT_SUFFIX]  # replaced, no a-2.log
    assert (folders.outbox / "a.log").read_text() == REDACTED * 2
    assert folders.processed is not None and (folders.processed / "a.log").read_text() == TEXT * 2
    assert _states(spool) == [DONE]


@pytest.mark.parametrize(
    "name",
    [
        "plain.log",
        os.fsdecode(b"bad\xffname.log"),
        "line\nbreak.log",
        "å" * 120 + ".tar.gz",  # 247 bytes: too long for ".report.json" beside it
        os.fsdecode(b"\xfe" * 230 + b".log"),
    ],
    ids=["plain", "not-utf-8", "newline", "long-utf-8", "long-not-utf-8"],
)
def test_any_file_name_is_delivered_and_shown_escaped(spool: Spool, name: str) -> None:
    job = _drop(spool, name)
    _scan_and_stage(spool, job)
    spool.finish(job)
    assert job.output is not None and job.output == short_name(name)
    assert len(os.fsencode(job.output)) <= NAME_BYTES
    assert job.output.endswith(name.partition(".")[2])  # the suffixes the engine reads are kept
    outbox = spool.folders.outbox
    assert (outbox / job.output).read_text() == REDACTED
    report = json.loads((outbox / (job.output + REPORT_SUFFIX)).read_text(encoding="utf-8"))
    assert [entry["path"] for entry in report["files"]] == [display_name(name)]
    assert _states(spool) == [DONE]


def test_the_state_database_keeps_names_that_are_not_utf_8_as_their_bytes(spool: Spool) -> None:
    name = os.fsdecode(b"dir/bad\xffname.log")
    job = spool.store.insert_seen(name, 1)
    spool.store.mark_staged(job, name, None, 1, 0)
    spool.store.insert_seen("good.log", 1)
    assert [(j.path, j.output) for j in spool.store.unfinished()] == [(name, name), ("good.log", None)]
    assert spool.store.output_reserved(name)
    with sqlite3.connect(spool.folders.state_file) as db:
        rows = db.execute("SELECT path, typeof(path), state FROM jobs ORDER BY id").fetchall()
    assert rows == [(b"dir/bad\xffname.log", "blob", STAGED), ("good.log", "text", "seen")]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a" * 250 + ".log", "a" * (NAME_BYTES - 5) + "~.log"),
        ("ä" * 130 + ".log.gz", "ä" * ((NAME_BYTES - 8) // 2) + "~.log.gz"),  # cut between characters
        ("x" * 300, "x" * NAME_BYTES),
        ("short.log", "short.log"),
    ],
)
def test_a_name_too_long_for_the_suffixes_the_daemon_adds_is_shortened(name: str, shown: str) -> None:
    assert short_name(name) == shown


# --- logs and metrics ----------------------------------------------------------------------------------


@pytest.mark.parametrize("json_lines", [False, True])
def test_log_lines_are_one_per_event_with_names_quoted_when_needed(json_lines: bool) -> None:
    stream = io.StringIO()
    log = EventLog(stream, json_lines)
    log.warning("quarantined", file="tickets/march 12.log", reason="permission denied", attempts=1)
    (line,) = stream.getvalue().splitlines()
    if json_lines:
        record = json.loads(line)
        assert (record["level"], record["event"], record["file"]) == (
            "warning",
            "quarantined",
            "tickets/march 12.log",
        )
    else:
        assert line.split(" ", 1)[1] == (
            'warning quarantined file="tickets/march 12.log" reason="permission denied" attempts=1'
        )


@pytest.mark.parametrize("json_lines", [False, True])
def test_a_name_that_is_not_utf_8_or_breaks_a_line_is_logged_escaped_on_one_line(json_lines: bool) -> None:
    stream = io.StringIO()
    EventLog(stream, json_lines).info("redacted", file=os.fsdecode(b"bad\xff\nname.log"), findings=2)
    (line,) = stream.getvalue().encode("utf-8").decode("utf-8").splitlines()
    shown = json.loads(line)["file"] if json_lines else line.split("file=", 1)[1].split(" findings")[0]
    assert shown == ("bad\\xff\\nname.log" if json_lines else '"bad\\\\xff\\\\nname.log"')


def test_metrics_are_prometheus_text_with_a_cumulative_latency_histogram(tmp_path: Path) -> None:
    metrics = Metrics()
    metrics.redacted({"contact": 3, "national_id": 1}, 0.3)
    metrics.redacted({"contact": 1}, 1.5)
    metrics.quarantined()
    metrics.gauges(queue_depth=4, waiting=2)
    textfile = tmp_path / "logscrub.prom"
    write_textfile(textfile, metrics)
    lines = textfile.read_text().splitlines()
    values = {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in lines if not line.startswith("#")
    }
    assert values['logscrub_watch_files_total{outcome="redacted"}'] == 2
    assert values['logscrub_watch_files_total{outcome="quarantined"}'] == 1
    assert values['logscrub_watch_findings_total{category="contact"}'] == 4
    assert values["logscrub_watch_errors_total"] == 1
    assert values["logscrub_watch_queue_depth"] == 4
    assert values['logscrub_watch_latency_seconds_bucket{le="0.25"}'] == 0
    assert values['logscrub_watch_latency_seconds_bucket{le="0.5"}'] == 1
    assert values['logscrub_watch_latency_seconds_bucket{le="2.0"}'] == 2
    assert values['logscrub_watch_latency_seconds_bucket{le="+Inf"}'] == 2
    assert not any(name.startswith("process_") for name in values)  # node_exporter serves its own
    assert {line.split()[3] for line in lines if line.startswith("# TYPE")} == {
        "counter",
        "gauge",
        "histogram",
    }


# --- the systemd unit -----------------------------------------------------------------------------------


def test_the_systemd_unit_runs_the_command_line_as_it_is() -> None:
    unit = files("logscrub.scanner.watch").joinpath("logscrub-watch.service").read_text(encoding="utf-8")
    (exec_start,) = [line for line in unit.splitlines() if line.startswith("ExecStart=")]
    program, *arguments = shlex.split(exec_start.removeprefix("ExecStart="))
    assert program.endswith("/logscrub")
    args = build_parser().parse_args(arguments)
    assert args.command == "watch" and args.log_format == "json"
    assert "KillMode=mixed" in unit and "Type=notify" in unit
