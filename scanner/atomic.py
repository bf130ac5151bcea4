"""Outputs appear whole or not at all: written to a temporary file beside the target, then renamed.

The temporary file is named `.NAME.logscrub-XXXXXXXX.partial`. A run killed outright (SIGKILL, power
loss) cannot remove its own: the next run that writes into a folder removes those left there, in that
exact pattern (other tools' partial files, and the watch daemon's moves, are named otherwise), owned by
this user and older than the run (this process), once per folder.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import IO

PARTIAL_MARK, PARTIAL_SUFFIX = ".logscrub-", ".partial"
# mkstemp's names: the prefix, 8 characters of its own alphabet, the suffix.
_PARTIAL_NAME = re.compile(
    r"\..+" + re.escape(PARTIAL_MARK) + r"[a-z0-9_]{8}" + re.escape(PARTIAL_SUFFIX) + r"\Z", re.DOTALL
)
_STARTED = time.time()  # partial files older than this process were left by an earlier run
_swept: set[Path] = set()
_swept_lock = threading.Lock()


def temporary_beside(path: Path) -> tuple[int, Path]:
    """A private (0600) temporary file beside `path`, open for writing: its descriptor and name. The
    folder is made if need be, and cleared of partial files earlier runs left there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _sweep_once(path.parent)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}{PARTIAL_MARK}", suffix=PARTIAL_SUFFIX)
    return fd, Path(name)


def _sweep_once(folder: Path) -> None:
    with _swept_lock:
        if folder in _swept:
            return
        _swept.add(folder)
    remove_stale_partials(folder, _STARTED)


def remove_stale_partials(folder: Path, started: float) -> list[Path]:
    """Remove the partial files in `folder` that a run of logscrub left, last written before `started`
    and owned by this user; the paths removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # not listable: mkstemp will say what is wrong
    for entry in entries:
        if not _PARTIAL_NAME.match(entry.name):
            continue
        try:
            found = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(found.st_mode) and found.st_uid == os.getuid() and found.st_mtime < started:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except FileNotFoundError:
            continue  # its own run finished with it meanwhile
    return removed


class AtomicFile:
    """A file opened for writing that becomes `path` on commit() and vanishes on discard()."""

    def __init__(self, path: Path, encoding: str = "utf-8") -> None:
        self.path = path
        # Created 0600: a half-written copy is never readable by others.
        fd, self._temporary = temporary_beside(path)
        self.stream: IO[str] = os.fdopen(fd, "w", encoding=encoding, newline="")
        self._done = False

    def commit(self) -> None:
        publish(self.stream, self._temporary, self.path)
        self._done = True

    def discard(self) -> None:
        if not self._done:
            self.stream.close()
            self._temporary.unlink(missing_ok=True)
            self._done = True

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def publish(stream: IO[str] | IO[bytes], temporary: Path, path: Path) -> None:
    """Put the private temporary file behind `stream` in place as `path`, whole, with the permissions
    a new file would have had."""
    stream.flush()
    os.fsync(stream.fileno())
    stream.close()
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    os.replace(temporary, path)
