"""The progress bar, seen the way a user sees it: on a real pseudo-terminal it shows files, bytes and
findings; piped, in CI or with --no-progress it stays quiet; --progress forces it."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from tqdm import tqdm

from logscrub.scanner.cli.progress import PROGRESS_DELAY

FILES = 3
LOGSCRUB = (sys.executable, "-m", "logscrub.scanner")
LINES_PER_FILE = 4_000  # together about 1.5 MB: a run of a few seconds at -j 1, well past the bar's delay


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("progress")
    paths = []
    for k in range(FILES):
        path = root / f"pbx{k}.log"
        lines = (
            f"2024-03-12 10:00:{i % 60:02d} INFO call from +46 70 174 06 {10 + i % 90} to 10.1.{i % 250}.{k} "
            "answered after two rings, codec PCMA, no packet loss\n"
            for i in range(LINES_PER_FILE)
        )
        path.write_text("".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def _run(args: list[str], *, terminal: bool, ci: bool = False) -> tuple[int, str]:
    """Run logscrub with standard error on a pseudo-terminal (as in an interactive shell) or a pipe."""
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm"}
    if ci:
        env["CI"] = "true"
    command = [*LOGSCRUB, *args]
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
        return done.returncode, done.stderr
    controller, terminal_end = pty.openpty()
    fcntl.ioctl(terminal_end, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    child = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal_end, env=env
    )
    os.close(terminal_end)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 1 << 16)
        except OSError:  # Linux: EIO once the child has closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    return child.wait(timeout=120), seen.decode("utf-8", "replace")


_FRAME = re.compile(
    r"(?P<action>\w+): +(?:(?P<percent>\d+)%\|.*\| )?(?P<done>[\d.]+\w?B)(?:/(?P<total>[\d.]+\w?B))? "
    r"\[.*, (?P<files>\d+)/(?P<inputs>\d+) files?, (?P<findings>\d+) findings?\]"
)


@dataclass(frozen=True)
class Frame:
    """One state of the bar as drawn."""

    action: str
    percent: int | None
    done: str  # bytes, as the bar shows them ("1.42MB")
    total: str | None
    files: int
    inputs: int
    findings: int


def _frames(stream: str) -> list[Frame]:
    """Each state of the bar drawn (carriage returns separate them), parsed."""
    frames = []
    for text in re.split(r"[\r\n]", stream):
        if re.search(r"\d+ files?, ", text):
            match = _FRAME.fullmatch(text.strip())
            assert match, text
            percent, total = match["percent"], match["total"]
            frames.append(
                Frame(
                    match["action"],
                    int(percent) if percent else None,
                    match["done"],
                    total,
                    int(match["files"]),
                    int(match["inputs"]),
                    int(match["findings"]),
                )
            )
    return frames


def _bytes(n: int) -> str:
    return str(tqdm.format_sizeof(n)) + "B"


_UNITS = {"": 1, "k": 10**3, "M": 10**6, "G": 10**9}


def _size_shown(shown: str) -> float:
    """The bytes a bar shows ("1.42MB"), to the three digits it shows them with."""
    match = re.fullmatch(r"([\d.]+)(\w?)B", shown)
    assert match, shown
    return float(match[1]) * _UNITS[match[2]]


def _assert_truthful(frames: list[Frame], sizes: list[int], findings: list[int] | None = None) -> None:
    """Every frame says what was done: after k inputs, the bytes (and findings) of the first k, and of
    the input being read no more than its size; a learning pass first, then the pass that scans."""
    assert frames
    actions = [f.action for f in frames]
    assert actions == sorted(actions, key=lambda action: action != "learning")  # learning comes first
    for frame in frames:
        assert frame.inputs == len(sizes) and frame.total == _bytes(sum(sizes))
        done = _size_shown(frame.done)
        assert sum(sizes[: frame.files]) * 0.995 <= done <= sum(sizes[: frame.files + 1]) * 1.005, frame
        assert frame.percent is not None and abs(frame.percent - 100 * done / sum(sizes)) <= 1
        if findings is not None:
            assert frame.findings == sum(findings[: frame.files])
    for action in set(actions):
        shown = [f for f in frames if f.action == action]
        assert [_size_shown(f.done) for f in shown] == sorted(_size_shown(f.done) for f in shown)
        assert [f.files for f in shown] == sorted(f.files for f in shown)
    scanning = [f for f in frames if f.action != "learning"]
    assert scanning and max(_size_shown(f.done) for f in scanning) > 0, "the bar did not move"
    assert all(f.files == 0 and f.findings == 0 for f in frames if f.action == "learning")


def _findings_replaced(stderr: str) -> int:
    match = re.search(r"\((\d+) findings replaced\)", stderr)
    assert match, stderr
    return int(match.group(1))


def test_a_terminal_shows_files_bytes_and_findings(logs: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "gone.log"
    report = tmp_path / "r.json"
    code, screen = _run(["scan", *map(str, logs), str(missing), "-j", "1", "-o", str(report)], terminal=True)
    assert code == 2
    per_file = [len(entry["findings"]) for entry in json.loads(report.read_text(encoding="utf-8"))["files"]]
    assert min(per_file[:FILES]) >= LINES_PER_FILE  # a phone number on every line, at least
    frames = _frames(screen)
    _assert_truthful(frames, [path.stat().st_size for path in logs] + [0], per_file)
    assert {f.action for f in frames} == {"learning", "scanning"}  # propagation reads the inputs first
    assert frames[0].files == 0 and frames[-1].files == FILES + 1  # redrawn after the error line
    # The error line is written whole on a line of its own, the bar moved out of its way.
    assert f"\rlogscrub: error: {missing}: no such file or directory\r\n" in screen
    # At the end the bar is wiped: blanks over it, and the cursor back at the start of the line.
    assert re.search(r"\r {40,}\r$", screen)


def test_the_bar_moves_within_one_big_file_with_rate_and_estimate(tmp_path: Path) -> None:
    big = tmp_path / "big.log"
    line = "2024-03-12 10:00:00 INFO call from +46 70 174 06 {:02d} answered, codec PCMA, no packet loss\n"
    big.write_text("".join(line.format(10 + i % 90) for i in range(60_000)), encoding="utf-8")  # 5.6 MB
    arguments = ["scan", str(big), "-j", "2", "--no-propagation", "-o", str(tmp_path / "r.json")]
    code, screen = _run(arguments, terminal=True)
    assert code == 0
    frames = _frames(screen)
    _assert_truthful(frames, [big.stat().st_size])
    under_way = [f for f in frames if f.files == 0 and f.percent is not None and 0 < f.percent < 100]
    assert len({f.done for f in under_way}) >= 2, "the bar did not move while the file was scanned"
    # tqdm's estimate of the time left and its rate, once bytes have been counted
    assert re.search(r"scanning: +\d+%.*<00:\d\d, [\d.]+\w?B/s", screen)


@pytest.mark.parametrize(
    ("terminal", "ci", "flag"),
    [(False, False, None), (True, True, None), (True, False, "--no-progress")],
    ids=["piped", "ci", "no-progress"],
)
def test_quiet_when_piped_in_ci_or_told_so(
    logs: list[Path], tmp_path: Path, terminal: bool, ci: bool, flag: str | None
) -> None:
    args = ["redact", *map(str, logs), "--out", str(tmp_path / "out"), "-j", "1", *([flag] if flag else [])]
    code, stderr = _run(args, terminal=terminal, ci=ci)
    assert code == 0
    assert stderr.startswith(f"logscrub: {FILES} redacted copies in ")
    assert "files," not in stderr and "\r" not in stderr.rstrip("\r\n")


def test_progress_flag_draws_the_bar_even_into_a_pipe(logs: list[Path], tmp_path: Path) -> None:
    code, stderr = _run(
        ["redact", *map(str, logs), "--out", str(tmp_path / "out"), "-j", "1", "--progress"], terminal=False
    )
    assert code == 0
    frames = _frames(stderr)
    _assert_truthful(frames, [path.stat().st_size for path in logs])
    assert {f.action for f in frames} <= {"learning", "redacting"} and frames[-1].action == "redacting"
    assert max(f.findings for f in frames) <= _findings_replaced(stderr)


def test_standard_input_counts_bytes_without_a_total(logs: list[Path], tmp_path: Path) -> None:
    data = logs[0].read_bytes()
    out, err = tmp_path / "report.json", tmp_path / "stderr"
    command = [*LOGSCRUB, "scan", "-", str(logs[1]), "-j", "1", "--format", "json", "--progress"]
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=stdout, stderr=stderr)
    assert child.stdin is not None
    # Standard input comes as from a command still at work: the run outlasts the bar's delay however
    # fast the machine.
    child.stdin.write(data[: len(data) // 2])
    child.stdin.flush()
    time.sleep(2 * PROGRESS_DELAY)
    child.stdin.write(data[len(data) // 2 :])
    child.stdin.close()
    assert child.wait(timeout=120) == 0
    stdin_findings = len(json.loads(out.read_bytes())["files"][0]["findings"])
    frames = _frames(err.read_text(encoding="utf-8"))
    assert frames and all(
        f.percent is None and f.total is None for f in frames
    )  # no total to measure against
    after_stdin = [f for f in frames if f.files == 1]
    assert after_stdin, "standard input's completion was not shown"
    # Standard input's bytes and findings, and no more than the next file's bytes on top
    assert {f.findings for f in after_stdin} == {stdin_findings}
    for frame in after_stdin:
        assert len(data) * 0.995 <= _size_shown(frame.done) <= (len(data) + logs[1].stat().st_size) * 1.005
