"""A progress bar on standard error for runs that last more than a moment: files, bytes, findings.

Shown by default only when standard error is a terminal and CI is not set; `--progress` and
`--no-progress` force it. Bytes are those of the input files as stored, known up front from their sizes
and counted as they are read, chunk by chunk, so that the bar, its rate and its estimate move within a
big file too; with standard input (size unknown) the bar counts without a total. A run that learns
before it scans reads its inputs twice: the bar shows the learning pass ("learning"), then starts
again for the scanning pass. Files are the inputs the paths name (an archive is one; its members add
findings). The bar appears once the run has lasted PROGRESS_DELAY and ticks on its own; lines other code
writes to the terminal are printed with the bar out of the way.
"""

from __future__ import annotations

import argparse
import os
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import IO, TYPE_CHECKING

from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.reports.text import plural

if TYPE_CHECKING:
    from tqdm import tqdm

PROGRESS_DELAY = 0.5  # seconds: quicker runs show no bar at all
TICK = 0.25  # seconds between redraws while no file completes
# tqdm's default layouts, with the unit after the byte counts too ("1.2MB/4.0MB", not "1.2M/4.0M").
_BAR = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}B/{total_fmt}B [{elapsed}<{remaining}, {rate_fmt}{postfix}]"
_COUNTER = "{desc}: {n_fmt}B [{elapsed}, {rate_fmt}{postfix}]"


def add_progress_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar of files, bytes and findings on standard error; default: shown when "
        "standard error is a terminal and the environment variable CI is not set. Example: --no-progress",
    )


def progress_wanted(choice: bool | None, stream: IO[str]) -> bool:
    """The user's --progress/--no-progress, else: a terminal, not CI, not a dumb terminal."""
    if choice is not None:
        return choice
    return stream.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class RunProgress:
    """The progress of one run, drawn on `stream`; with `stream` None it draws nothing."""

    def __init__(self, stream: IO[str] | None, action: str, delay: float = PROGRESS_DELAY) -> None:
        self._stream = stream
        self._action = action
        self._delay = delay
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self._bar: tqdm[None] | None = None
        self._started = time.monotonic()
        self._sizes: dict[_Input, int | None] = {}
        self._read: dict[_Input, int] = {}  # bytes counted so far of each input not yet complete
        self._total_bytes: int | None = 0
        self._files = 0
        self._done_files = 0
        self._findings = 0
        self._done_bytes = 0

    def expect(self, documents: Iterable[Document]) -> Iterable[Document]:
        """The documents of the run, read in full when a bar is drawn (for its totals)."""
        if self._stream is None:
            return documents
        listed = list(documents)
        sizes = [_size(document) for document in listed]
        self._sizes = dict(zip(map(_input, listed), sizes, strict=True))
        self._total_bytes = None if None in sizes else sum(size or 0 for size in sizes)
        self._files = len(listed)
        self._started = time.monotonic()
        self._ticker = threading.Thread(target=self._tick, name="logscrub-progress", daemon=True)
        self._ticker.start()
        return listed

    def reading(self, document: Document, read: int) -> None:
        """`read` stored bytes of `document` (as given) have been read: the Pipeline's `reading`."""
        if self._stream is None:
            return
        with self._lock:
            key = _input(document)
            size = self._sizes.get(key, 0)
            counted = self._read.get(key, 0)
            step = max(0, (read if size is None else min(read, size)) - counted)
            self._read[key] = counted + step
            self._count(step)

    @contextmanager
    def learning_pass(self) -> Iterator[None]:
        """Inside this block the inputs are read to learn from; after it the bar starts again."""
        action = self._action
        self._begin("learning")
        try:
            yield
        finally:
            self._begin(action)

    def _begin(self, action: str) -> None:
        """A pass over the inputs: the bar starts from nothing."""
        if self._stream is None:
            return
        with self._lock:
            self._action = action
            self._read.clear()
            self._done_bytes = 0
            if self._bar is not None:  # a bar of its own: rate and estimate start afresh too
                self._bar.close()
                self._bar = None
                self._show_if_due()

    def advance(self, outcome: FileOutcome) -> None:
        if self._stream is None:
            return
        with self._lock:
            self._findings += sum(outcome.entity_counts.values())
            step = 0  # an archive member: its bytes are its archive's, counted when the archive completes
            key = _input(outcome.document)
            if key in self._sizes:
                size = self._sizes[key]
                step = max(0, (size if size is not None else outcome.size or 0) - self._read.pop(key, 0))
                self._done_files += 1
            if self._bar is not None:
                self._bar.set_postfix_str(self._counts(), refresh=False)
            self._count(step)
            if self._bar is not None and key in self._sizes:
                self._bar.refresh()  # an input done is shown at once, however soon the last redraw was

    def _count(self, step: int) -> None:
        self._done_bytes += step
        if self._bar is not None:
            self._bar.update(step)
        self._show_if_due()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Write to the terminal inside this block: the bar is cleared first and drawn again after."""
        with self._lock:
            if self._bar is None:
                yield
                return
            self._bar.clear()
            yield
            self._bar.refresh()

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        with self._lock:
            if self._bar is not None:
                self._bar.close()  # leave=False: the line is cleared

    def __enter__(self) -> RunProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _tick(self) -> None:
        while not self._stop.wait(TICK):
            with self._lock:
                if self._bar is not None:
                    self._bar.refresh()
                else:
                    self._show_if_due()

    def _show_if_due(self) -> None:
        if self._bar is not None or time.monotonic() - self._started < self._delay:
            return
        from tqdm import tqdm  # imported by a run that lasts: a quick one (most) spares the import

        self._bar = tqdm(
            desc=self._action,
            total=self._total_bytes,
            initial=self._done_bytes,
            unit="B",
            unit_scale=True,
            bar_format=_BAR if self._total_bytes is not None else _COUNTER,
            file=self._stream,
            leave=False,
            dynamic_ncols=True,
            disable=False,  # whether to draw was decided by progress_wanted, not by tqdm
            postfix=self._counts(),
        )

    def _counts(self) -> str:
        return f"{self._done_files}/{plural(self._files, 'file')}, {plural(self._findings, 'finding')}"


# An input as given on the command line: its path (kept when its name is redacted), or for standard
# input, which has none, its display name. Archive members have neither and count with their archive.
_Input = tuple[str | None, str]


def _input(document: Document) -> _Input:
    return (None, document.display) if document.path is None else (str(document.path), "")


def _size(document: Document) -> int | None:
    """The size of a regular file; None for standard input and anything else of unknown length."""
    if document.path is None:
        return None
    try:
        status = os.stat(document.path)
    except OSError:
        return 0  # it will be reported as an error; it adds nothing to read
    return status.st_size if stat.S_ISREG(status.st_mode) else None
