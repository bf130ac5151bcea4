"""Outputs appear whole or not at all: written to a temporary file beside the target, then renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO


class AtomicFile:
    """A file opened for writing that becomes `path` on commit() and vanishes on discard()."""

    def __init__(self, path: Path, encoding: str = "utf-8") -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file 0600: a half-written copy is never readable by others.
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        self._temporary = Path(name)
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
