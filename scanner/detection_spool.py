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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from logscrub.scanner.records.findings import Finding

_FINGERPRINT_BYTES = 16


@dataclass(frozen=True)
class KeptDetections:
    """Where one chunk's detections are kept, and how they are scored: with exact scores (for a report)
    or only as far as deciding needs."""

    path: Path
    exact_scores: bool

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
        except FileNotFoundError:
            return None
        finally:
            self.path.unlink(missing_ok=True)
        if fingerprint != _fingerprint(text):
            return None
        return [Finding(*row) for row in rows]


@dataclass(frozen=True)
class DetectionSpool:
    """The folder where a run keeps its chunks' detections between its two passes."""

    folder: Path
    exact_scores: bool

    def place(self, document: int, chunk: int) -> KeptDetections:
        return KeptDetections(self.folder / f"{document}-{chunk}", self.exact_scores)


@contextmanager
def detection_spool(exact_scores: bool) -> Iterator[DetectionSpool]:
    """A spool for one run, removed with what is left in it when the run ends."""
    folder = Path(tempfile.mkdtemp(prefix="logscrub-detections-"))  # 0700
    try:
        yield DetectionSpool(folder, exact_scores)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fingerprint(text: str) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=_FINGERPRINT_BYTES).digest()
