"""logscrub as a Unix tool: a filter from standard input to standard output, quiet when its reader goes
away (SIGPIPE), and Ctrl-C on a real terminal ends it with one line and no partial file."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import select
import subprocess
import sys
import termios
import time
from dataclasses import replace
from pathlib import Path, PurePosixPath

import pytest

from helpers import run_logscrub
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.scan_settings import ScanSettings

LOGSCRUB = (sys.executable, "-m", "logscrub.scanner")
TEXT = "ring 070-174 06 42\nmail ingrid.falk@example.se from 192.0.2.7\n"  # synthetic


def _pbx_log(path: Path, lines: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(lines):
            out.write(f"{i} INFO call from +46 70 174 06 {10 + i % 90} to ingrid{i % 97}@example.se ok\n")
    return path


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 12 MB: a run of many seconds, so that it can be interrupted in the middle."""
    return _pbx_log(tmp_path_factory.mktemp("filter") / "pbx.log", 250_000)


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    # About 1 MB of copy: far more than a pipe holds, so writing it meets the closed pipe.
    log = _pbx_log(tmp_path / "pbx.log", 20_000)
    child = subprocess.Popen(
        [*LOGSCRUB, "redact", str(log), "--out", "-", "--no-propagation", "--no-progress", "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.readline()  # as `| head -1` does
    child.stdout.close()
    errors = child.stderr.read().decode()
    assert child.wait(timeout=300) == 141  # 128 + SIGPIPE, as a shell reports a filter ended by it
    assert errors == ""


def test_redact_from_standard_input_to_standard_output() -> None:
    done = run_logscrub("redact", "-", "--out", "-", stdin=TEXT.encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ring <PHONE_NUMBER>\nmail <EMAIL_ADDRESS> from <IP_ADDRESS>\n"
    assert done.stderr == "logscrub: 1 redacted copy on standard output (3 findings replaced)\n"


def test_a_file_to_standard_output_and_what_cannot_go_there(tmp_path: Path) -> None:
    source = tmp_path / "in.log"
    source.write_text(TEXT, encoding="utf-8")
    done = run_logscrub("redact", source, "--out", "-", "--style", "mask")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "ring 070-XXX XX XX"
    assert not (tmp_path / "-").exists()
    for arguments in ((tmp_path,), (source, source)):
        refused = run_logscrub("redact", *arguments, "--out", "-")
        assert refused.returncode == 2 and refused.stdout == ""
        assert "--out - writes one file's copy to standard output" in refused.stderr


def test_ctrl_c_on_a_terminal_exits_130_with_one_line_and_no_partial_file(
    big_log: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    controller, terminal = pty.openpty()

    def on_the_terminal() -> None:  # in the child: a session of its own, the terminal its controlling one
        os.setsid()
        fcntl.ioctl(terminal, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(
        [
            *LOGSCRUB,
            "redact",
            str(big_log),
            "--out",
            str(out),
            "--no-propagation",
            "--no-progress",
            "-j",
            "2",
        ],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        preexec_fn=on_the_terminal,
    )
    os.close(terminal)
    deadline = time.monotonic() + 240
    while not list(out.glob(".*.partial")):  # a copy is being written
        assert time.monotonic() < deadline and child.poll() is None, "the copy never started"
        time.sleep(0.2)
    os.write(controller, b"\x03")  # Ctrl-C: the terminal sends SIGINT to the whole process group
    screen = b""
    while True:
        ready, _, _ = select.select([controller], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(controller, 1 << 16)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    os.close(controller)
    assert child.wait(timeout=60) == 130
    # The terminal echoes the keystroke as ^C; the rest is what logscrub wrote.
    lines = [line for line in screen.decode().replace("^C", "").splitlines() if line.strip()]
    assert lines == ["logscrub: interrupted: no partial output was left"]
    assert list(out.iterdir()) == []


class _InterruptedAfter(io.RawIOBase):
    """A file's bytes until `size`, then Ctrl-C, as the user presses it while the file is read."""

    def __init__(self, data: bytes, size: int) -> None:
        self._data, self._size, self._at = data, size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._at >= self._size:
            raise KeyboardInterrupt
        piece = self._data[self._at : min(self._at + len(buffer), self._size)]
        buffer[: len(piece)] = piece
        self._at += len(piece)
        return len(piece)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("read", [20_000, 100_000, 200_000])  # in the first chunk, the second, the fourth
def test_an_interrupt_while_a_file_is_read_leaves_no_partial_copy(
    tmp_path: Path, jobs: int, read: int
) -> None:
    data = _pbx_log(tmp_path / "pbx.log", 4000).read_bytes()
    assert len(data) > read
    document = Document(None, "pbx.log", PurePosixPath("pbx.log"))
    interrupted = replace(document, opener=lambda: io.BufferedReader(_InterruptedAfter(data, read)))
    settings = ScanSettings(load_taxonomy(), b"test key", redact=True)
    out = tmp_path / "out"
    out.mkdir()
    pipeline = Pipeline(settings, jobs, out_dir=out, chunk_characters=65_536, overlap_characters=256)
    with pytest.raises(KeyboardInterrupt):
        list(pipeline.run([interrupted]))
    assert list(out.iterdir()) == []
