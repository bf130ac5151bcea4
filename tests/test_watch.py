"""`logscrub watch` end to end: the daemon as a real process, real inotify events, real signals.

One daemon serves the tests of the first part in turn (starting one costs seconds); each of them drops
files with names of its own and checks exactly what became of those. The crash test and --once run
daemons of their own. Waits are for conditions with generous deadlines, never fixed sleeps.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import psutil
import pytest

from logscrub.scanner.cli.main import main
from logscrub.scanner.privacy import content_hash
from logscrub.scanner.reports.json_report import report_schema

DEADLINE = 60.0
CRASH_BURST, CRASH_TOTAL = 100, 120  # the kill -9 test: files dropped before it, and in all
SAMPLE = (
    "2024-03-12 10:00:01 INFO INVITE sip:+46701740612@pbx.example.se;user=phone SIP/2.0\n"
    "ticket: customer 070-174 06 13, mail anna.svensson@example.com, pnr 19850101-2382\n"
    "nothing personal here: 2024-03-12 10:00:01 port 10000-20000\n"
)
RAW_VALUES = ("+46701740612", "070-174 06 13", "anna.svensson@example.com", "19850101-2382")


def burst_line(i: int) -> str:
    phone = f"070-174 06 {5 + i % 95:02d}"
    return f"2024-03-12 10:00:{i % 60:02d} INFO burst {i} call from {phone} to agent{i}@example.com\n"


def burst_redacted(i: int) -> str:
    return f"2024-03-12 10:00:{i % 60:02d} INFO burst {i} call from <PHONE_NUMBER> to <EMAIL_ADDRESS>\n"


def wait_for(condition: Callable[[], bool], what: str, deadline: float = DEADLINE) -> None:
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"waited {deadline:.0f} s for {what}")
        time.sleep(0.05)


def files_under(folder: Path) -> set[str]:
    """Every file below `folder` (hidden ones too), relative, with / separators."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


@dataclass
class Watcher:
    """A `logscrub watch` process and its folders."""

    root: Path
    process: subprocess.Popen[bytes] | None = None
    launcher: tuple[str, ...] = ()  # what the daemon is run under

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def processed(self) -> Path:
        return self.root / "processed"

    @property
    def state(self) -> Path:
        return self.root / "state" / "state.sqlite"

    @property
    def log_file(self) -> Path:
        return self.root / "daemon.log"

    def command(self, *extra: str) -> list[str]:
        # Without the capabilities that let root read any file, so that file modes apply (CI runs as root).
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
        return [
            *prefix,
            sys.executable,
            "-m",
            "logscrub.scanner",
            "watch",
            str(self.inbox),
            "--out",
            str(self.outbox),
            "--quarantine",
            str(self.quarantine),
            "--processed",
            str(self.processed),
            "--state",
            str(self.state),
            "-j",
            "2",
            "--settle",
            "3",
            "--log-format",
            "json",
            *extra,
        ]

    def environment(self) -> dict[str, str]:
        return {
            **os.environ,
            "LOGSCRUB_HASH_KEY": "watch-test-key-d2a7c04e9b1f6358",
            "XDG_CONFIG_HOME": str(self.root / "config"),
        }

    def start(self, *extra: str) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        started_at = len(self.events())
        with self.log_file.open("ab") as log:
            self.process = subprocess.Popen(
                [*self.launcher, *self.command("--metrics-port", "0", *extra)],
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=self.environment(),
            )
        wait_for(
            lambda: any(e["event"] == "watching" for e in self.events()[started_at:]), "the daemon to start"
        )

    def events(self) -> list[dict[str, object]]:
        if not self.log_file.exists():
            return []
        lines = self.log_file.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    @property
    def metrics_port(self) -> int:
        port = [e["metrics_port"] for e in self.events() if e["event"] == "watching"][-1]
        assert isinstance(port, int)
        return port

    def stop(self, sig: int = signal.SIGTERM) -> int:
        assert self.process is not None
        self.process.send_signal(sig)
        return self.process.wait(timeout=DEADLINE)

    def copies(self, prefix: str = "") -> set[str]:
        return {
            name
            for name in files_under(self.outbox)
            if name.startswith(prefix) and not name.endswith(".report.json")
        }

    def states(self, prefix: str = "") -> list[str]:
        with sqlite3.connect(self.state) as db:
            rows = db.execute("SELECT path, state FROM jobs ORDER BY id").fetchall()
        # A name that is not UTF-8 is kept as its bytes (a BLOB), which LIKE does not match.
        return [state for path, state in rows if os.fsdecode(path).startswith(prefix)]


def assert_delivered(
    watcher: Watcher, prefix: str, originals: dict[str, str], redacted: dict[str, str] | None = None
) -> None:
    """Each original (inbox path -> text) has exactly one copy and one report in the outbox, under its
    own name, and went to the processed folder; nothing else in the outbox starts with `prefix`, and
    nothing of theirs is left in the inbox or quarantine."""
    outbox = {name for name in files_under(watcher.outbox) if name.startswith(prefix)}
    assert outbox == set(originals) | {name + ".report.json" for name in originals}
    for name, text in originals.items():
        copy = (watcher.outbox / name).read_text(encoding="utf-8")
        if redacted is not None:
            assert copy == redacted[name]
        assert copy.count("\n") == text.count("\n")
        assert (watcher.processed / name).read_text(encoding="utf-8") == text
        assert not (watcher.inbox / name).exists()
        assert not (watcher.quarantine / name).exists()


# --- one daemon, one scenario after another ---------------------------------------------------------


@pytest.fixture(scope="module")
def watcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Watcher]:
    daemon = Watcher(tmp_path_factory.mktemp("watch"))
    daemon.start()
    yield daemon
    if daemon.process is not None and daemon.process.poll() is None:
        daemon.stop()


def test_a_file_dropped_in_comes_out_redacted_with_its_report(watcher: Watcher) -> None:
    (watcher.inbox / "plain.log").write_text(SAMPLE, encoding="utf-8")
    wait_for(
        lambda: watcher.copies("plain") == {"plain.log"} and watcher.states("plain") == ["done"], "plain.log"
    )
    assert_delivered(watcher, "plain", {"plain.log": SAMPLE})
    copy = (watcher.outbox / "plain.log").read_text(encoding="utf-8")
    for value in RAW_VALUES:
        assert value not in copy
    assert "<PHONE_NUMBER>" in copy and "<SE_PERSONNUMMER>" in copy
    report = json.loads((watcher.outbox / "plain.log.report.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, report_schema())
    (entry,) = report["files"]
    assert entry["path"] == "plain.log" and entry["status"] == "scanned"
    key = watcher.environment()["LOGSCRUB_HASH_KEY"].encode()
    assert entry["sha256"] == content_hash(key, hashlib.sha256(SAMPLE.encode()).digest())
    assert {f["entity"] for f in entry["findings"]} >= {"SIP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"}
    with sqlite3.connect(watcher.state) as db:
        assert db.execute("SELECT sha256 FROM jobs WHERE path = 'plain.log'").fetchall() == [
            (entry["sha256"],)
        ]


def test_files_renamed_in_are_taken_and_their_temporary_names_never(watcher: Watcher) -> None:
    hidden = watcher.inbox / ".renamed.log.incoming"
    hidden.write_text(SAMPLE, encoding="utf-8")
    part = watcher.inbox / "renamed2.log.part"
    part.write_text(SAMPLE, encoding="utf-8")
    outside = watcher.root / "elsewhere.log"
    outside.write_text(SAMPLE, encoding="utf-8")
    hidden.rename(watcher.inbox / "renamed.log")
    part.rename(watcher.inbox / "renamed2.log")
    outside.rename(watcher.inbox / "renamed3.log")
    expected = {"renamed.log", "renamed2.log", "renamed3.log"}
    wait_for(
        lambda: watcher.copies("renamed") == expected and watcher.states("renamed") == ["done"] * 3, "renames"
    )
    assert_delivered(watcher, "renamed", dict.fromkeys(expected, SAMPLE))
    assert watcher.states(".renamed") == [] and watcher.states("renamed2.log.") == []


def test_a_slow_writer_is_waited_for_until_it_closes(watcher: Watcher) -> None:
    pieces = [f"piece {i}: call 070-174 06 {20 + i} now\n" for i in range(6)]
    path = watcher.inbox / "slow.log"
    with path.open("w", encoding="utf-8") as writer:
        for piece in pieces:
            writer.write(piece)
            writer.flush()
            end = time.monotonic() + 0.6
            while time.monotonic() < end:  # the copy must not appear while the file is open
                assert not (watcher.outbox / "slow.log").exists()
                time.sleep(0.05)
    wait_for(
        lambda: watcher.copies("slow") == {"slow.log"} and watcher.states("slow") == ["done"], "slow.log"
    )
    redacted = "".join(f"piece {i}: call <PHONE_NUMBER> now\n" for i in range(6))
    assert_delivered(watcher, "slow", {"slow.log": "".join(pieces)}, {"slow.log": redacted})


def test_a_folder_dropped_in_whole_is_taken_file_by_file_in_its_tree(watcher: Watcher) -> None:
    bundle = watcher.root / "bundle-source"
    originals = {
        "bundle/a.log": SAMPLE,
        "bundle/sub/b.log": burst_line(1),
        "bundle/sub/deeper/c.txt": burst_line(2),
    }
    for name, text in originals.items():
        path = bundle / name.removeprefix("bundle/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    bundle.rename(watcher.inbox / "bundle")
    wait_for(lambda: watcher.states("bundle/") == ["done"] * 3, "the folder's files")
    assert_delivered(watcher, "bundle/", originals)
    assert (watcher.outbox / "bundle/sub/b.log").read_text(encoding="utf-8") == burst_redacted(1)
    assert (watcher.outbox / "bundle/sub/deeper/c.txt").read_text(encoding="utf-8") == burst_redacted(2)
    assert watcher.copies("bundle/") == set(originals)


def test_a_file_that_cannot_be_read_or_scanned_goes_to_quarantine_with_its_reason(watcher: Watcher) -> None:
    fd = os.open(watcher.inbox / "locked.log", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0)
    os.write(fd, SAMPLE.encode())
    os.close(fd)
    (watcher.inbox / "capture.pcap").write_bytes(b"\xd4\xc3\xb2\xa1" + bytes(range(256)) * 8)
    (watcher.inbox / "neighbour.log").write_text(SAMPLE, encoding="utf-8")
    quarantined = {"locked.log", "locked.log.reason.json", "capture.pcap", "capture.pcap.reason.json"}
    wait_for(
        lambda: quarantined <= files_under(watcher.quarantine) and watcher.states("neighbour") == ["done"],
        "quarantine",
    )
    assert files_under(watcher.quarantine) == quarantined
    reasons = {
        name: json.loads((watcher.quarantine / f"{name}.reason.json").read_text())["reason"]
        for name in ("locked.log", "capture.pcap")
    }
    assert reasons == {"locked.log": "permission denied", "capture.pcap": "not scanned (binary data)"}
    assert (watcher.quarantine / "capture.pcap").read_bytes().startswith(b"\xd4\xc3\xb2\xa1")
    for name in quarantined:
        assert (watcher.quarantine / name).stat().st_mode & 0o777 == 0o600
    assert watcher.quarantine.stat().st_mode & 0o777 == 0o700
    assert not any(name.startswith(("locked", "capture")) for name in files_under(watcher.outbox))
    assert sorted(watcher.states("locked") + watcher.states("capture")) == ["quarantined", "quarantined"]
    assert_delivered(watcher, "neighbour", {"neighbour.log": SAMPLE})


def test_an_archive_comes_out_whole_or_goes_to_quarantine(watcher: Watcher) -> None:
    picture = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with zipfile.ZipFile(watcher.root / "zipped-bundle.zip", "w") as bundle:
        bundle.writestr("logs/call.log", burst_line(5))
        bundle.writestr("screen.png", picture)  # cannot be scanned: left out of the copy, as redact does
    with zipfile.ZipFile(watcher.root / "zipped-pictures.zip", "w") as pictures:
        pictures.writestr("screen.png", picture)  # nothing in it can be scanned: no copy at all
    for name in ("zipped-bundle.zip", "zipped-pictures.zip"):
        (watcher.root / name).rename(watcher.inbox / name)
    wait_for(lambda: sorted(watcher.states("zipped")) == ["done", "quarantined"], "the archives")
    with zipfile.ZipFile(watcher.outbox / "zipped-bundle.zip") as copy:
        assert copy.namelist() == ["logs/call.log"]
        assert copy.read("logs/call.log").decode() == burst_redacted(5)
    report = json.loads((watcher.outbox / "zipped-bundle.zip.report.json").read_text(encoding="utf-8"))
    statuses = {entry["path"]: entry["status"] for entry in report["files"]}
    assert statuses == {
        "zipped-bundle.zip!logs/call.log": "scanned",
        "zipped-bundle.zip!screen.png": "skipped",
        "zipped-bundle.zip": "scanned",
    }
    assert {n for n in files_under(watcher.quarantine) if n.startswith("zipped")} == {
        "zipped-pictures.zip",
        "zipped-pictures.zip.reason.json",
    }
    assert not any(name.startswith("zipped-pictures") for name in files_under(watcher.outbox))


# sven.larsson and Åke Karlsson are learnt from the SIP lines; only propagation finds the bare mentions
# (as a key's value: a user name in prose, "member sven.larsson", is found by its shape).
TEACHING = (
    "2024-03-12 10:00:01 INVITE sip:sven.larsson@example.se SIP/2.0\n"
    'From: "Åke Karlsson" <sip:ake.karlsson@example.se>;tag=8d3f\n'
)
BARE_MENTIONS = (
    "2024-03-12 10:00:02 registrar: binding aor=sven.larsson found by address\n"
    "2024-03-12 10:00:03 queue 4 member=sven.larsson state=Available; AKE KARLSSON paused\n"
)
LEARNT = ("sven", "larsson", "ake", "åke", "karlsson")


def assert_none_learnt_left(copy: str) -> None:
    for value in LEARNT:
        assert value not in copy.lower()


def test_values_learnt_in_a_file_are_redacted_wherever_they_recur_in_it(watcher: Watcher) -> None:
    (watcher.inbox / "learning.log").write_text(TEACHING + BARE_MENTIONS, encoding="utf-8")
    # Dropped with it, a file that teaches nothing: each file is learnt from alone.
    (watcher.inbox / "learning-unrelated.log").write_text(BARE_MENTIONS, encoding="utf-8")
    wait_for(lambda: watcher.states("learning") == ["done"] * 2, "learning.log")
    copy = (watcher.outbox / "learning.log").read_text(encoding="utf-8")
    assert_none_learnt_left(copy)
    assert "binding aor=<USERNAME> found" in copy and "; <PERSON> paused" in copy
    report = json.loads((watcher.outbox / "learning.log.report.json").read_text(encoding="utf-8"))
    propagated = [f for f in report["files"][0]["findings"] if f["recognizer"] == "propagation"]
    assert {(f["line"], f["attributes"]["learnt_as"]) for f in propagated} == {
        (3, "SIP_ADDRESS"),
        (4, "SIP_ADDRESS"),
        (4, "PERSON"),
    }
    assert (watcher.outbox / "learning-unrelated.log").read_text(encoding="utf-8") == BARE_MENTIONS


def test_values_learnt_in_one_member_of_a_bundle_are_redacted_in_all_its_members(watcher: Watcher) -> None:
    with zipfile.ZipFile(watcher.root / "learning-bundle.zip", "w") as bundle:
        bundle.writestr("sip/trace.log", TEACHING)
        bundle.writestr("app/queue.log", BARE_MENTIONS)
    (watcher.root / "learning-bundle.zip").rename(watcher.inbox / "learning-bundle.zip")
    wait_for(lambda: watcher.states("learning-bundle") == ["done"], "the bundle")
    with zipfile.ZipFile(watcher.outbox / "learning-bundle.zip") as copy:
        assert copy.namelist() == ["sip/trace.log", "app/queue.log"]
        queue_log = copy.read("app/queue.log").decode()
    assert_none_learnt_left(queue_log)
    assert queue_log.count("\n") == BARE_MENTIONS.count("\n")


def drop_burst(inbox: Path, numbers: range, prefix: str) -> dict[str, str]:
    originals = {f"{prefix}-{i:04d}.log": burst_line(i) for i in numbers}
    for name, text in originals.items():
        (inbox / name).write_text(text, encoding="utf-8")
    return originals


def test_a_burst_of_1000_files_is_drained_with_none_lost_and_none_twice(watcher: Watcher) -> None:
    originals = drop_burst(watcher.inbox, range(1000), "burst")
    wait_for(
        lambda: len(watcher.states("burst-")) == 1000 and set(watcher.states("burst-")) == {"done"},
        "the burst",
    )
    redacted = {f"burst-{i:04d}.log": burst_redacted(i) for i in range(1000)}
    assert_delivered(watcher, "burst-", originals, redacted)
    assert len(watcher.copies("burst-")) == 1000


def test_a_worker_that_dies_is_replaced_and_its_files_scanned_again(watcher: Watcher) -> None:
    assert watcher.process is not None
    originals = drop_burst(watcher.inbox, range(100), "orphaned")
    wait_for(lambda: len(watcher.copies("orphaned-")) >= 10, "the burst to be under way")
    victim = psutil.Process(watcher.process.pid).children()[0]
    victim.kill()
    wait_for(lambda: watcher.states("orphaned-") == ["done"] * 100, "the burst after a worker died")
    assert_delivered(
        watcher, "orphaned-", originals, {name: burst_redacted(int(name[9:13])) for name in originals}
    )
    assert any(e["event"] == "workers-restarted" for e in watcher.events())
    assert victim.pid not in [p.pid for p in psutil.Process(watcher.process.pid).children()]


def test_any_file_name_is_handled_and_the_daemon_keeps_running(watcher: Watcher) -> None:
    names = {
        os.fsdecode(b"names-bad\xffname.log"): "names-bad\\xffname.log",
        "names-x\n::error file=forged::y.log": "names-x\\n::error file=forged::y.log",
        "names-" + "å" * 120 + ".log": "names-" + "å" * 120 + ".log",  # 250 bytes: no room for .report.json
    }
    for name in names:
        (watcher.inbox / name).write_text(SAMPLE, encoding="utf-8")
    wait_for(lambda: watcher.states("names-") == ["done"] * 3, "the awkward names")
    assert watcher.process is not None and watcher.process.poll() is None
    copies = watcher.copies("names-")
    assert os.fsdecode(b"names-bad\xffname.log") in copies and "names-x\n::error file=forged::y.log" in copies
    assert len(copies) == 3 and all(len(os.fsencode(copy)) <= 200 for copy in copies)
    for copy in copies:
        text = (watcher.outbox / copy).read_text(encoding="utf-8")
        assert text.count("\n") == SAMPLE.count("\n") and not any(value in text for value in RAW_VALUES)
    logged = {e["file"] for e in watcher.events() if e["event"] == "redacted"}
    assert set(names.values()) <= logged
    with sqlite3.connect(watcher.state) as db:
        (stored,) = db.execute("SELECT path FROM jobs WHERE typeof(path) = 'blob'").fetchone()
    assert stored == b"names-bad\xffname.log"
    (watcher.inbox / "names-after.log").write_text(SAMPLE, encoding="utf-8")
    wait_for(lambda: watcher.states("names-after") == ["done"], "a file after them")


def test_metrics_count_what_happened(watcher: Watcher) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{watcher.metrics_port}/metrics", timeout=10) as response:
        text = response.read().decode("utf-8")
    values = {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line and not line.startswith("#")
    }
    quarantined = {n for n in files_under(watcher.quarantine) if not n.endswith(".reason.json")}
    assert values['logscrub_watch_files_total{outcome="redacted"}'] == len(watcher.copies())
    assert values['logscrub_watch_files_total{outcome="quarantined"}'] == len(quarantined) == 3
    assert values['logscrub_watch_findings_total{category="contact"}'] >= 2000
    assert values['logscrub_watch_findings_total{category="national_id"}'] >= 1
    assert values["logscrub_watch_queue_depth"] == 0
    assert values["logscrub_watch_latency_seconds_count"] == len(watcher.copies())
    assert values["process_resident_memory_bytes"] > 0  # the daemon's own process, over HTTP


def test_a_second_daemon_on_the_same_inbox_is_refused(
    watcher: Watcher, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = watcher.command()[watcher.command().index("watch") :]
    assert main(arguments) == 2  # in this process: the lock is per process
    assert "another logscrub watch is using the inbox" in capsys.readouterr().err


def test_sigterm_stops_gracefully_and_the_log_never_holds_raw_data(watcher: Watcher) -> None:
    assert watcher.process is not None
    workers = psutil.Process(watcher.process.pid).children(recursive=True)
    assert watcher.stop(signal.SIGTERM) == 0
    events = watcher.events()
    assert [e["event"] for e in events[-2:]] == ["stopping", "stopped"]
    assert all(isinstance(e["time"], str) and e["level"] in ("info", "warning", "error") for e in events)
    text = watcher.log_file.read_text(encoding="utf-8")
    for value in (*RAW_VALUES, "agent17@example.com", "070-174 06 22"):
        assert value not in text
    wait_for(
        lambda: not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers), "workers"
    )


# --- real slow writers ----------------------------------------------------------------------------------

WRITER_SETTLE = 1.5  # seconds; longer than the append-and-close writer's rounds, shorter than the pauses
# Each writer is a process of its own: argv[1] the file, argv[2] the pause, argv[3:] the pieces.
APPEND_AND_CLOSE = """
import sys, time
for piece in sys.argv[3:]:
    with open(sys.argv[1], "a", encoding="utf-8") as log:
        log.write(piece)
    time.sleep(float(sys.argv[2]))
"""
HOLD_OPEN_AND_PAUSE = """
import sys, time
with open(sys.argv[1], "w", encoding="utf-8") as log:
    for piece in sys.argv[3:]:
        log.write(piece)
        log.flush()
        time.sleep(float(sys.argv[2]))
"""


@pytest.fixture(scope="module")
def slow_watcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Watcher]:
    daemon = Watcher(tmp_path_factory.mktemp("watch-writers"))
    daemon.start("--settle", str(WRITER_SETTLE))
    yield daemon
    if daemon.process is not None and daemon.process.poll() is None:
        daemon.stop()


def write_slowly(watcher: Watcher, script: str, name: str, pause: float, pieces: list[str]) -> None:
    """Run a writer to its end; no copy of its file may appear while it runs."""
    writer = subprocess.Popen([sys.executable, "-c", script, str(watcher.inbox / name), str(pause), *pieces])
    while writer.poll() is None:
        assert not (watcher.outbox / name).exists(), "taken while its writer was still at work"
        time.sleep(0.05)
    assert writer.returncode == 0


@pytest.mark.parametrize(
    ("script", "pause", "rounds"),
    [(APPEND_AND_CLOSE, 0.5, 7), (HOLD_OPEN_AND_PAUSE, 2 * WRITER_SETTLE, 3)],
    ids=["appends-and-closes-every-half-second", "holds-it-open-and-pauses-past-the-settle-time"],
)
def test_a_file_is_taken_only_when_its_writer_is_done_whole_and_once(
    slow_watcher: Watcher, script: str, pause: float, rounds: int
) -> None:
    name = f"writer-{rounds}.log"
    # The first piece teaches the names that the later ones mention bare: a piece alone would leak them.
    pieces = [TEACHING, *(BARE_MENTIONS for _ in range(rounds - 1))]
    write_slowly(slow_watcher, script, name, pause, pieces)
    wait_for(lambda: slow_watcher.states(name) == ["done"], name)
    assert_delivered(slow_watcher, name, {name: "".join(pieces)})
    assert slow_watcher.copies("writer-") >= {name} and not any(
        copy.startswith(name.removesuffix(".log") + "-") for copy in slow_watcher.copies("writer-")
    )
    assert_none_learnt_left((slow_watcher.outbox / name).read_text(encoding="utf-8"))
    taken = [e for e in slow_watcher.events() if e["event"] == "redacted" and e["file"] == name]
    assert len(taken) == 1


# A daemon in a PID namespace of its own, with its own /proc: it cannot see the writers' open files (as
# in a container sharing a volume with them). Killing unshare sends the daemon SIGTERM.
# A user namespace of its own lets any user, not only root, give the daemon a PID namespace of its own.
BLIND = ("unshare", "--user", "--map-root-user", "--pid", "--fork", "--mount-proc", "--kill-child=SIGTERM")
# Holds the file open, pauses past the settle time, and writes on as soon as the daemon has taken it.
WRITE_ON_AFTER_TAKEN = """
import os, sys, time
with open(sys.argv[1], "w", encoding="utf-8") as log:
    log.write(sys.argv[3])
    log.flush()
    while os.path.exists(sys.argv[1]):
        time.sleep(0.002)
    for piece in sys.argv[4:]:
        log.write(piece)
        log.flush()
        time.sleep(float(sys.argv[2]))
"""


@pytest.mark.needs("unshare")
def test_a_file_written_to_after_it_was_taken_comes_out_again_whole_under_its_name(tmp_path: Path) -> None:
    watcher = Watcher(tmp_path, launcher=BLIND)
    watcher.start("--settle", "0.5")
    assert watcher.process is not None
    name = "unseen.log"
    pieces = [TEACHING, *(BARE_MENTIONS for _ in range(3))]
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITE_ON_AFTER_TAKEN, str(watcher.inbox / name), "0.2", *pieces]
    )
    assert writer.wait(timeout=DEADLINE) == 0
    wait_for(lambda: watcher.states(name) == ["done"], name)
    watcher.process.kill()
    watcher.process.wait(timeout=DEADLINE)
    wait_for(lambda: watcher.events()[-1]["event"] == "stopped", "the daemon to stop")
    assert_delivered(watcher, name, {name: "".join(pieces)})
    assert_none_learnt_left((watcher.outbox / name).read_text(encoding="utf-8"))
    assert any(e["event"] == "changed-after-taken" and e["file"] == name for e in watcher.events())


# --- kill -9 in the middle of a burst -----------------------------------------------------------------


def test_kill_9_mid_burst_then_a_restart_delivers_every_file_exactly_once(tmp_path: Path) -> None:
    watcher = Watcher(tmp_path)
    watcher.start()
    assert watcher.process is not None
    originals = drop_burst(watcher.inbox, range(CRASH_BURST), "crash")
    wait_for(lambda: len(watcher.copies("crash-")) >= 20, "the burst to be under way")
    workers = psutil.Process(watcher.process.pid).children(recursive=True)
    assert len(workers) >= 2
    watcher.process.kill()
    watcher.process.wait(timeout=DEADLINE)
    done_at_kill = len(watcher.copies("crash-"))
    assert done_at_kill < CRASH_BURST, "the daemon finished before it was killed: not mid-burst"
    assert not any(name.split("/")[-1].startswith(".") for name in files_under(watcher.outbox))
    wait_for(
        lambda: not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers), "orphans"
    )
    originals |= drop_burst(
        watcher.inbox, range(CRASH_BURST, CRASH_TOTAL), "crash"
    )  # dropped while it was down

    watcher.start()
    wait_for(
        lambda: len(watcher.states("crash-")) == CRASH_TOTAL and set(watcher.states("crash-")) == {"done"},
        "all files",
    )
    assert watcher.stop() == 0
    redacted = {f"crash-{i:04d}.log": burst_redacted(i) for i in range(CRASH_TOTAL)}
    assert_delivered(watcher, "crash-", originals, redacted)
    assert files_under(watcher.outbox) == set(originals) | {n + ".report.json" for n in originals}
    assert files_under(watcher.quarantine) == set()
    assert files_under(watcher.inbox / ".logscrub" / "work") == set()
    assert files_under(watcher.inbox / ".logscrub" / "staging") == set()
    recovered = [e for e in watcher.events() if e["event"] == "recovered"]
    assert len(recovered) == 1  # files were under way when it was killed


BIG_MEMBERS = 6
BIG_MEMBER_LINES = 16_000  # about 1 MB of text a member: scanning the whole archive takes many seconds


def test_sigterm_during_a_long_archive_scan_stops_at_once_and_the_job_is_recovered(tmp_path: Path) -> None:
    watcher = Watcher(tmp_path)
    watcher.start()
    # A Call-ID of random hex on each line: the archive must not look like a zip bomb.
    calls = random.Random(7)
    line = "INFO call {:016x} from 070-174 06 13 to anna.svensson@example.com answered\n"
    dropped = tmp_path / "big.zip"
    with zipfile.ZipFile(dropped, "w", zipfile.ZIP_DEFLATED) as bundle:
        for number in range(BIG_MEMBERS):
            text = "".join(line.format(calls.getrandbits(64)) for _ in range(BIG_MEMBER_LINES))
            bundle.writestr(f"node-{number:02d}.log", text)
    os.rename(dropped, watcher.inbox / "big.zip")
    wait_for(lambda: watcher.states("big") == ["processing"], "the archive scan to begin")
    time.sleep(1.0)  # well into its members
    asked = time.monotonic()
    assert watcher.stop() == 0
    # Answered between chunks, not once the whole archive is scanned (many seconds more).
    assert time.monotonic() - asked < 5.0
    assert any(e["event"] == "scan-interrupted" for e in watcher.events())
    assert watcher.states("big") == ["processing"]  # left for the next run, its partial copy removed
    assert files_under(watcher.inbox / ".logscrub" / "staging") == set()
    assert watcher.copies() == set()

    watcher.start()
    wait_for(lambda: watcher.states("big") == ["done"], "the recovered archive", deadline=4 * DEADLINE)
    assert watcher.stop() == 0
    assert watcher.copies() == {"big.zip"}
    assert [e["to_scan"] for e in watcher.events() if e["event"] == "recovered"] == [1]


# --- --once, for cron ---------------------------------------------------------------------------------


def test_once_processes_what_is_there_and_exits_2_if_a_file_could_not_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # In this process: the engine is imported already, so a run costs well under a second.
    watcher = Watcher(tmp_path)
    watcher.inbox.mkdir(parents=True)
    originals = drop_burst(watcher.inbox, range(3), "cron")
    written_a_minute_ago = (time.time() - 60, time.time() - 60)
    for path in watcher.inbox.iterdir():
        os.utime(path, written_a_minute_ago)
    arguments = watcher.command("--once")[watcher.command().index("watch") :]
    assert main(arguments) == 0, capsys.readouterr().err
    assert_delivered(watcher, "cron", originals)
    (watcher.inbox / "cron-binary.log").write_bytes(b"\x00\x01\x02" * 100)
    os.utime(watcher.inbox / "cron-binary.log", written_a_minute_ago)
    assert main(arguments) == 2
    assert files_under(watcher.quarantine) == {"cron-binary.log", "cron-binary.log.reason.json"}
    assert len(watcher.copies("cron")) == 3
    log = capsys.readouterr().err
    assert '"event": "quarantined", "file": "cron-binary.log"' in log


def test_once_without_propagation_leaves_bare_mentions_and_with_known_values_finds_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    watcher = Watcher(tmp_path)
    watcher.inbox.mkdir(parents=True)
    known = tmp_path / "ticket.txt"
    known.write_text("Åke Karlsson\n", encoding="utf-8")
    arguments = watcher.command("--once")[watcher.command().index("watch") :]
    for name, options in (
        ("plain", ["--no-propagation"]),
        ("known", ["--no-propagation", "--known-values", str(known)]),
    ):
        (watcher.inbox / f"{name}.log").write_text(TEACHING + BARE_MENTIONS, encoding="utf-8")
        os.utime(watcher.inbox / f"{name}.log", (time.time() - 60, time.time() - 60))
        assert main([*arguments, *options]) == 0, capsys.readouterr().err
    assert (watcher.outbox / "plain.log").read_text(encoding="utf-8").endswith(BARE_MENTIONS)
    known_copy = (watcher.outbox / "known.log").read_text(encoding="utf-8")
    assert "AKE KARLSSON" not in known_copy and "member=sven.larsson state" in known_copy
    assert "Åke" not in capsys.readouterr().err
