"""What the learning pass detected, kept for the scanning pass: each chunk of a run is detected once.

Propagation reads every document twice: first to learn known values, then to find them wherever they
recur. In the learning pass a worker detects everything in a chunk (not only what teaches), learns from
it, and writes the findings to a private file named for the chunk's place in the run (its document's
number, the chunk's number in it). In the scanning pass the worker given the same chunk reads them back
instead of detecting again, adds the known values' recurrences, and removes the file. The file keeps a
fingerprint of the chunk's text: if the text differs (the file changed between the passes), the
findings are not used and the chunk is detected anew, as it is when no file is found.

The files hold offsets and entity names, never text; they live in a folder only the run's user can
enter, removed with everything in it when the run ends.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from logscrub.scanner.records.findings import Finding

_FINGERPRINT_BYTES = 16
_PREFIX = "logscrub-detections-"


@dataclass(frozen=True)
class KeptDetections:
    """Where one chunk's detections are kept, and how they are scored: with exact scores (for a report)
    or only as far as deciding needs. `folder`: the spool's; None until the worker that keeps or takes
    them names its own (a cluster's workers keep them on their own disks)."""

    name: str
    exact_scores: bool
    folder: Path | None = None

    @property
    def path(self) -> Path:
        assert self.folder is not None, "kept detections without a folder"
        return self.folder / self.name

    def in_folder(self, folder: Path) -> KeptDetections:
        return replace(self, folder=folder)

    def keep(self, text: str, findings: list[Finding]) -> None:
        """Write `findings` of `text` (0600, whole or not at all)."""
        partial = self.path.with_name(self.path.name + ".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # As plain tuples: a chunk holds tens of thousands of findings, and tuples load several times
        # faster than the dataclass they stand for.
        rows = [
            (f.entity, f.start, f.end, f.score, f.recognizer, f.attributes, f.canonical) for f in findings
        ]
        with os.fdopen(descriptor, "wb") as stream:
            pickle.dump((_fingerprint(text), rows), stream, pickle.HIGHEST_PROTOCOL)
        os.replace(partial, self.path)

    def take(self, text: str) -> list[Finding] | None:
        """The findings kept for `text`, once (the file is removed); None if there are none for it."""
        try:
            with open(self.path, "rb") as stream:
                fingerprint, rows = pickle.load(stream)
        except OSError:  # none kept, or in another's folder this process may not read: detected anew
            return None
        finally:
            with suppress(OSError):
                self.path.unlink(missing_ok=True)
        if fingerprint != _fingerprint(text):
            return None
        return [Finding(*row) for row in rows]


class Detections(Protocol):
    """Where a run keeps its chunks' detections between its two passes."""

    def place(self, document: int, chunk: int) -> KeptDetections:
        """Where the `chunk`-th chunk of the `document`-th document given has them."""


@dataclass(frozen=True)
class DetectionSpool:
    """A folder of this machine, for the run's workers on it."""

    folder: Path
    exact_scores: bool

    def place(self, document: int, chunk: int) -> KeptDetections:
        return KeptDetections(f"{document}-{chunk}", self.exact_scores, self.folder)


@dataclass(frozen=True)
class WorkerDetections:
    """A folder of each worker's own, for workers elsewhere (a cluster's): a chunk's detections are
    where the worker that learnt from it is, and found by the workers of its machine."""

    exact_scores: bool

    def place(self, document: int, chunk: int) -> KeptDetections:
        return KeptDetections(f"{document}-{chunk}", self.exact_scores)


@contextmanager
def detection_spool(exact_scores: bool) -> Iterator[DetectionSpool]:
    """A spool for one run, removed with what is left in it when the run ends."""
    folder = spool_folder()
    try:
        yield DetectionSpool(folder, exact_scores)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def spool_folder() -> Path:
    """A new private folder (0700) for a spool, named for this process; the spools of this user's
    processes that are gone (killed before they could remove theirs: they hold known values) are
    removed first."""
    for left in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*"):
        if _left_behind(left):
            shutil.rmtree(left, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-"))


def _left_behind(folder: Path) -> bool:
    pid = folder.name.removeprefix(_PREFIX).split("-", 1)[0]
    try:
        if not pid.isdigit() or folder.lstat().st_uid != os.getuid():
            return False
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # gone meanwhile, or another's process
        return False
    return False


def _fingerprint(text: str) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=_FINGERPRINT_BYTES).digest()
