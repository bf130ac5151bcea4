"""The bad-input catalogue: each kind of bad input, made for real beside two good files, with the line it
gets on standard error, its status in the report and the exit code. In every case the good files
before and after it are still scanned and redacted, and nothing is written half (no partial file, no
copy of what could not be scanned)."""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing.queues
import os
import signal
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest

from helpers import run_logscrub
from logscrub.scanner.atomic import remove_stale_partials
from logscrub.scanner.chunk_scan import init_worker, scan_in_worker
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli import inventory
from logscrub.scanner.cli.main import main
from logscrub.scanner.learning_pass import Learning
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import STUCK_SECONDS, failure_reason, run_workers
from logscrub.scanner.sources.paths import expand_paths
from logscrub.scanner.sources.reading import Chunk

GOOD = "call 070-174 06 12\n"
GOOD_FILES = ("a-good.log", "z-good.log")  # named to be read before and after the bad input
LOG = b"2024-03-12 INFO call from 070-174 06 12 to anna@example.se\n"
DENSE = 'INVITE sip:anna.berg@example.se From: "Anna Berg" <sip:+46701740612@example.se> pnr 19121212-1212\n'


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _tar_gz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _write(folder: Path, name: str, data: bytes) -> str:
    (folder / name).write_bytes(data)
    return name


def binary_data(folder: Path) -> str:
    return _write(folder, "m-core.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00" + LOG)


def invalid_utf8_mid_file(folder: Path) -> str:
    return _write(folder, "m-broken.log", LOG * 4000 + b"caf\xe9 \xff\xfe\n" + LOG)


def truncated_gzip(folder: Path) -> str:
    whole = gzip.compress(LOG * 5000)
    return _write(folder, "m-app.log.gz", whole[: len(whole) // 2])


def truncated_tar_gz(folder: Path) -> str:
    whole = _tar_gz({"a.log": LOG * 800, "b.log": LOG * 800})
    return _write(folder, "m-logs.tar.gz", whole[: len(whole) * 2 // 3])


def corrupt_zip(folder: Path) -> str:
    whole = _zip({"a.log": LOG * 100})
    return _write(folder, "m-bundle.zip", whole[:-40])  # its central directory cut off


def zip_bomb(folder: Path) -> str:
    _write(folder, "m-bomb.zip", _zip({"fine.log": LOG, "zeros.log": bytes(40 << 20)}))
    return "m-bomb.zip!zeros.log"


def path_traversal_member(folder: Path) -> str:
    _write(folder, "m-evil.zip", _zip({"fine.log": LOG, "../../etc/evil.log": LOG}))
    return "m-evil.zip!../../etc/evil.log"


def symlink_loop(folder: Path) -> str:
    (folder / "m-dir").mkdir()
    (folder / "m-dir" / "back").symlink_to("..", target_is_directory=True)
    return "m-dir/back"


def unreadable_file(folder: Path) -> str:
    name = _write(folder, "m-secret.log", LOG)
    (folder / name).chmod(0)
    return name


def unreadable_folder(folder: Path) -> str:
    (folder / "m-private").mkdir()
    _write(folder / "m-private", "x.log", LOG)
    (folder / "m-private").chmod(0)
    return "m-private"


def deleted_after_listing(folder: Path) -> str:
    return _write(folder, "m-gone.log", LOG)


def empty_file(folder: Path) -> str:
    return _write(folder, "m-empty.log", b"")


def empty_archive(folder: Path) -> str:
    return _write(folder, "m-empty.zip", _zip({}))


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], str]  # makes the bad input in the folder; returns its report path there
    status: str
    message: str | None  # what the line on standard error says about it, after its name
    exit_code: int
    copies: tuple[str, ...] = ()  # redacted copies made for it (archives keep their good members)
    options: tuple[str, ...] = ()
    honour_permissions: bool = False  # run as a child process that root's capabilities do not help
    delete_after_listing: bool = False


CATALOGUE = {
    "binary data": Case(binary_data, "skipped", "binary data", 0),
    "invalid UTF-8 mid-file": Case(invalid_utf8_mid_file, "error", "cannot decode as utf-8: invalid", 2),
    "truncated gzip": Case(truncated_gzip, "error", "gzip data ends early (truncated)", 2),
    "truncated tar.gz": Case(truncated_tar_gz, "error", "gzip data ends early (truncated)", 2),
    "corrupt zip": Case(
        corrupt_zip, "error", "corrupt zip archive (its central directory cannot be read)", 2
    ),
    "zip bomb": Case(zip_bomb, "error", "possible zip bomb", 2, copies=("m-bomb.zip",)),
    "path traversal member": Case(
        path_traversal_member,
        "error",
        "unsafe member path (absolute, or climbing out",
        2,
        copies=("m-evil.zip",),
    ),
    "symlink loop": Case(symlink_loop, "skipped", "symbolic link loop", 0, options=("--follow-symlinks",)),
    "unreadable file": Case(unreadable_file, "error", "permission denied", 2, honour_permissions=True),
    "unreadable folder": Case(
        unreadable_folder, "error", "cannot list the folder: permission denied", 2, honour_permissions=True
    ),
    "file deleted while being scanned": Case(
        deleted_after_listing, "error", "no such file or directory", 2, delete_after_listing=True
    ),
    "empty file": Case(empty_file, "scanned", None, 0, copies=("m-empty.log",)),
    "empty archive": Case(empty_archive, "skipped", "empty archive", 0),
}


def _deleting(victim: Path) -> Callable[..., Iterator[Document]]:
    """expand_paths, but `victim` is deleted once the walk has listed it (before it is opened)."""

    def expand(*args: Any, **kwargs: Any) -> Iterator[Document]:
        for document in expand_paths(*args, **kwargs):
            if document.path == victim:
                victim.unlink()
            yield document

    return expand


def _files_below(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


@pytest.mark.parametrize("case", CATALOGUE.values(), ids=CATALOGUE.keys())
def test_bad_input(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD_FILES:
        (folder / name).write_text(GOOD)
    bad = case.make(folder)
    if case.delete_after_listing:
        monkeypatch.setattr(inventory, "expand_paths", _deleting(folder / bad))
    out, report_file = tmp_path / "out", tmp_path / "report.json"
    command = ["redact", folder, "--out", out, "--report", report_file, "-j", "1", *case.options]
    if case.honour_permissions:
        done = run_logscrub(*command, honour_permissions=True)
        code, err = done.returncode, done.stderr
    else:
        code = main([str(part) for part in command])
        err = capsys.readouterr().err

    assert code == case.exit_code, err
    report = json.loads(report_file.read_text())
    entries = {f["path"].removeprefix(f"{folder}/"): f for f in report["files"]}
    assert entries[bad]["status"] == case.status
    lines = [
        line for line in err.splitlines() if line.startswith(f"logscrub: {case.status}: {folder / bad}:")
    ]
    if case.message is None:
        assert lines == [], err
    else:
        assert len(lines) == 1, err
        assert case.message in lines[0]
        assert case.message in entries[bad]["reason"]
    for name in GOOD_FILES:
        assert (entries[name]["status"], len(entries[name]["findings"])) == ("scanned", 1)
        assert (out / name).read_text() == "call <PHONE_NUMBER>\n"
    assert _files_below(out) == {*GOOD_FILES, *case.copies}, (
        "no partial file, no copy of what was not scanned"
    )
    if not case.honour_permissions:  # scan agrees on status and exit code
        if case.delete_after_listing:
            case.make(folder)  # deleted again, by the same walk
        scan_code = main(["scan", str(folder), "--format", "json", "-j", "1", *case.options])
        scanned = {
            f["path"].removeprefix(f"{folder}/"): f for f in json.loads(capsys.readouterr().out)["files"]
        }
        assert (scan_code, scanned[bad]["status"]) == (case.exit_code, case.status)


def _scan_with_a_hook(
    path: Path, on_first_chunk: Callable[[], None], out: Path
) -> tuple[str, str | None, str]:
    """Redact `path` in small chunks, doing `on_first_chunk` once the first chunk has been read."""
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", redact=True)
    init_worker(settings)  # the work is done in this process, as with -j 1
    done: list[bool] = []

    def submit(work: Callable[..., Any], *args: Any) -> Future[Any]:
        if isinstance(args[0], Chunk) and not done:  # not the scan of the file's name
            on_first_chunk()
            done.append(True)
        future: Future[Any] = Future()
        future.set_result(work(*args))
        return future

    pipeline = Pipeline(settings, jobs=1, out_dir=out, chunk_characters=4096)
    (outcome,) = list(pipeline.run(expand_paths([str(path)]), submit=submit))
    copy = (out / path.name).read_text() if (out / path.name).exists() else ""
    return outcome.status, outcome.reason, copy


def test_a_file_deleted_while_it_is_read_is_read_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "rotating.log"
    path.write_text(GOOD * 5000)
    status, reason, copy = _scan_with_a_hook(path, path.unlink, tmp_path / "out")
    assert (status, reason) == ("scanned", None)  # the open file stays readable
    assert copy == "call <PHONE_NUMBER>\n" * 5000


def test_a_file_truncated_while_it_is_read_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "copytruncate.log"
    path.write_text(GOOD * 5000)
    status, reason, copy = _scan_with_a_hook(path, lambda: os.truncate(path, 100), tmp_path / "out")
    assert status == "error"
    assert reason is not None and reason.startswith(
        f"the file shrank while it was read ({len(GOOD) * 5000} to "
    )
    assert copy == "", "no copy of half a file"
    assert list((tmp_path / "out").iterdir()) == []


def _killing_a_worker_after(first: Document, then: Document) -> Iterator[Document]:
    """`first`, then, while its last chunks are still being scanned, one of the workers killed (as the
    kernel's out-of-memory killer would), then `then`."""
    yield first
    psutil.Process().children()[0].kill()
    yield then


def _dense_and_good(folder: Path) -> tuple[Document, Document]:
    (folder / "dense.log").write_text(DENSE * 4000)  # 64 KiB chunks, each some 50 ms of work
    (folder / "good.log").write_text(GOOD)
    return next(expand_paths([str(folder / "dense.log")])), next(expand_paths([str(folder / "good.log")]))


def test_a_worker_killed_mid_run_is_replaced_and_its_work_done_again(tmp_path: Path) -> None:
    dense, good = _dense_and_good(tmp_path)
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", redact=True)
    copies = {}
    for out, documents in (
        (tmp_path / "undisturbed", iter([dense, good])),
        (tmp_path / "killed", _killing_a_worker_after(dense, good)),
    ):
        pipeline = Pipeline(settings, jobs=2, out_dir=out, chunk_characters=65536)
        assert [o.status for o in pipeline.run(documents)] == ["scanned", "scanned"]
        copies[out.name] = {name: (out / name).read_text() for name in ("dense.log", "good.log")}
    assert copies["killed"] == copies["undisturbed"]
    assert "anna" not in copies["killed"]["dense.log"].lower()


def test_a_worker_killed_while_learning_is_replaced_and_nothing_is_unlearnt(tmp_path: Path) -> None:
    dense, good = _dense_and_good(tmp_path)
    learner = Pipeline(ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k"), jobs=2, chunk_characters=65536)
    undisturbed = Learning().learn(learner, [dense, good])
    killed = Learning().learn(learner, _killing_a_worker_after(dense, good))
    assert killed.failed == {}
    assert sorted(killed.known.items()) == sorted(undisturbed.known.items())


def _die_in_the_middle_of_a_result(flag: str) -> str:
    """In a worker, the first time: what a worker killed while it sends its result leaves behind, half
    a message in the result pipe and the pipe's lock held; then the worker dies."""
    if os.path.exists(flag):
        return "done again"
    Path(flag).touch()
    frame = sys._getframe()
    while frame.f_code.co_name != "_process_worker":  # CPython's worker loop, holding the result queue
        assert frame.f_back is not None
        frame = frame.f_back
    results = frame.f_locals["result_queue"]
    assert isinstance(results, multiprocessing.queues.SimpleQueue)
    results._wlock.acquire()
    os.write(results._writer.fileno(), struct.pack("!i", 1_000_000) + b"half a result")
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("not killed")


def test_a_worker_killed_while_it_sends_a_result_breaks_its_pool_and_its_work_is_done_again(
    tmp_path: Path,
) -> None:
    # CPython's executor would wait for the rest of the message for ever: the run must not hang.
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k")
    with run_workers(settings, 2) as submit:
        started = time.monotonic()
        assert submit(_die_in_the_middle_of_a_result, str(tmp_path / "died")).result() == "done again"
    assert time.monotonic() - started < STUCK_SECONDS + 10


def test_work_in_flight_fails_when_no_restart_is_left(tmp_path: Path) -> None:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k")
    chunk = Chunk(DENSE * 2000, 0, len(DENSE) * 2000, 0, 1, 1)
    with run_workers(settings, 2, max_restarts=1) as submit:
        for survives in (True, False):
            pending = [submit(scan_in_worker, chunk) for _ in range(4)]
            psutil.Process().children()[0].kill()
            if survives:
                assert all(p.result().entity_counts for p in pending)
            else:
                with pytest.raises(BrokenProcessPool):
                    pending[-1].result()
    assert failure_reason(BrokenProcessPool()) == (
        "worker processes kept dying while scanning it (killed, perhaps for lack of memory)"
    )


BINARY_OR_TEXT = {
    # binary: formats by their first bytes, and bytes no text in any charset has
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "skipped"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + LOG, "skipped"),
    "pcap": (b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00" + LOG, "skipped"),
    "random bytes without NUL": (bytes((n * 7919 + 13) % 255 + 1 for n in range(8192)), "skipped"),
    "ELF": (b"\x7fELF\x02\x01\x01\x00" + LOG, "skipped"),
    # text, though it has control characters or is not UTF-8
    "FIX messages (SOH separators)": (
        b"8=FIX.4.2\x019=12\x0135=A\x0158=call 070-174 06 12\x01\n" * 50,
        "scanned",
    ),
    "ANSI colours": (b"\x1b[32mINFO\x1b[0m call 070-174 06 12\n" * 50, "scanned"),
    "Windows-1252": ("Kund Åsa Öberg ringde 070-174 06 12 – återkom\r\n".encode("cp1252") * 50, "scanned"),
    "UTF-16 with control-looking bytes": (
        "Łódź ąę call 070-174 06 12\r\n".encode("utf-16-le") * 50,
        "scanned",
    ),
}


@pytest.mark.parametrize(("data", "status"), BINARY_OR_TEXT.values(), ids=BINARY_OR_TEXT.keys())
def test_binary_files_are_skipped_and_text_is_not(
    data: bytes, status: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "file").write_bytes(data)
    out = tmp_path / "out"
    assert main(["redact", str(tmp_path / "in"), "--out", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert (f"logscrub: skipped: {tmp_path / 'in' / 'file'}: binary data" in err) == (status == "skipped")
    assert (out / "file").exists() == (status == "scanned"), "a binary file is never passed on"


@pytest.mark.parametrize(("size", "status"), [(1024, "scanned"), (1025, "skipped")])
def test_max_size(size: int, status: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.log"
    path.write_bytes((GOOD.encode() * 100)[:size])
    assert main(["scan", str(path), "--max-size", "1K", "--format", "json", "-j", "1"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    assert (entry["status"], entry.get("reason")) == (
        status,
        "too large (over --max-size 1 KiB)" if status == "skipped" else None,
    )


def _wait_for(condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_a_redact_killed_outright_leaves_no_worker_and_the_next_run_no_partial_file(tmp_path: Path) -> None:
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    (inbox / "big.log").write_text(DENSE * 120_000)  # about 12 MB: seconds of work for two workers
    command = ["redact", str(inbox / "big.log"), "--out", str(out), "-j", "2"]
    redact = subprocess.Popen([sys.executable, "-m", "logscrub.scanner", *command], stderr=subprocess.DEVNULL)
    try:
        parent = psutil.Process(redact.pid)
        _wait_for(
            lambda: len(parent.children()) == 2 and bool(list(out.glob(".big.log.*.partial"))),
            "two workers scanning, and the copy being written",
        )
        workers = parent.children()
        redact.send_signal(signal.SIGKILL)
        redact.wait()
    finally:
        redact.kill()
    _, alive = psutil.wait_procs(workers, timeout=5)  # SIGKILLed with the parent: at once
    assert alive == [], "workers outlived their parent"
    assert len(list(out.glob(".big.log.*.partial"))) == 1, "the killed run left its partial copy"
    (inbox / "small.log").write_text(GOOD)
    done = run_logscrub("redact", inbox / "small.log", "--out", out, "-j", "1")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["small.log"]


def test_only_stale_partial_files_of_logscrub_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".app.log.logscrub-k2x9_q0a.partial"
    others = [
        tmp_path / ".app.log.12345678.partial",  # the watch daemon's move, another tool's
        tmp_path / "app.log.logscrub-k2x9_q0a.partial",  # not hidden
        tmp_path / ".app.log.logscrub-k2x9.partial",  # not mkstemp's name
        tmp_path / "app.log",
    ]
    fresh = tmp_path / ".new.log.logscrub-a1b2c3d4.partial"
    for path in [stale, *others]:
        path.write_text("half a copy")
        os.utime(path, (1_700_000_000, 1_700_000_000))
    fresh.write_text("being written")
    (tmp_path / ".dir.logscrub-abcdefgh.partial").mkdir()  # a folder of that name: not a partial file
    os.utime(tmp_path / ".dir.logscrub-abcdefgh.partial", (1_700_000_000, 1_700_000_000))
    assert remove_stale_partials(tmp_path, started=time.time() - 60) == [stale]
    assert all(p.exists() for p in [*others, fresh])
