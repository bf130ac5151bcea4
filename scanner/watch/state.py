"""The daemon's memory: one row per file taken from the inbox, in SQLite, and why that is exactly once.

A file's life
-------------
::

    seen ──► queued ──► processing ──► staged ──► published ──► done
               ▲            │                          │
               └────────────┴──────────────────────────┘  the original changed after it was taken
                            │
                            └──────► failing ──► quarantined

Each arrow is one committed SQLite statement, made in a fixed order with one atomic file-system step
(a rename within one file system) between two arrows. After ``kill -9`` at any moment the row names the
last step that is certain, and the file system tells whether the next one happened:

``seen``
    The row exists (with the inbox path) and the claim may have happened: renaming ``INBOX/path`` to
    ``work/<id>-<name>``. If the work copy exists, the claim happened and the row becomes ``queued``;
    otherwise the file is still in the inbox (or was taken away by its writer) and the row is deleted:
    the inbox scan at start-up finds the file again as a new arrival.
``queued``, ``processing``
    The original sits in ``work/``, owned by the daemon alone: the inbox path is free, so a new file
    of the same name is a new job, and no writer can change what is scanned. Nothing has reached the
    outbox. Anything half-written in ``staging/`` is deleted and the file is scanned again.
    ``processing`` counts attempts: a file that has brought the daemon down three times is quarantined
    rather than tried for ever.
``staged``
    The redacted copy and its report are complete in ``staging/`` and the names they get in the outbox
    are fixed in the row. Publishing renames each into place; a rename either happened or not, so a
    staged file that is still there has not been published and one that is gone has. Publishing again
    after a crash therefore never shows a file twice nor leaves one out. The report goes first, so that
    when the copy appears its report is already there.
``published``
    The outputs are in place; where the original goes (the processed folder, or nowhere) is fixed in the
    row. If ``work/`` still holds it, it is moved or deleted again.
back to ``queued``
    The original in ``work/`` changed after it was taken (a writer still held it open, unseen): what was
    scanned is a piece. The job is scanned again as a whole once the file is quiet, its attempts counted
    from nothing; the outbox names fixed in the row are kept, so a copy already published is replaced
    by the whole one, never joined by a ``-2`` piece.
``failing``
    The reason and the quarantine name are fixed in the row; the reason file is (re)written and the
    original moved if it is still in ``work/``.

Moves across file systems (a processed folder or outbox elsewhere) go through a temporary file beside
the target and a marker beside the source, so that they too are finished by doing them again (see
``moves.move_once``). Partial files are only ever in ``staging/`` or hidden ``*.partial`` names that
recovery removes, never under an outbox name.

Why the row is keyed by the claim and not by (path, content hash) alone: a file's hash is known only
after reading all of it, and the same path and hash can legitimately arrive twice (a log re-sent); a
claim, an atomic rename into a folder no one else writes, makes each arrival one job. The inbox path and
the content hash are recorded (and indexed) for each job all the same, so that what became of a file can
be looked up. The database holds paths, hashes, counts and reasons: never file contents.

A file name is any bytes but ``/`` and NUL. Names (``path``, ``output``, ``destination``) that are UTF-8
are stored as text, so that the database reads as usual; any other name is stored as a BLOB of its exact
bytes (SQLite keeps a BLOB as it is in a TEXT column), and read back as Python reads file names
(``os.fsdecode``: undecodable bytes as surrogate escapes), so that it names the same file.

The guarantees hold across crashes of the process (``kill -9``, the OOM killer): SQLite in WAL mode with
``synchronous=NORMAL`` loses no committed statement then. A power failure may roll back the last
statements; the daemon then adopts any file in ``work/`` that has no row (under its file name: the
folders it was in are only in the lost row), so files are still never lost, but one may be processed
twice (its second copy gets a ``-2`` name).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from logscrub.scanner.display_names import display_name
from logscrub.scanner.watch.arrivals import Look

SEEN, QUEUED, PROCESSING, STAGED, PUBLISHED, DONE = (
    "seen",
    "queued",
    "processing",
    "staged",
    "published",
    "done",
)
FAILING, QUARANTINED = "failing", "quarantined"
FINAL_STATES = (DONE, QUARANTINED)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    size INTEGER,
    sha256 TEXT,
    output TEXT,
    destination TEXT,
    reason TEXT,
    findings INTEGER,
    taken_at REAL NOT NULL,
    finished_at REAL
);
CREATE INDEX IF NOT EXISTS jobs_by_path_and_hash ON jobs (path, sha256);
CREATE INDEX IF NOT EXISTS jobs_unfinished ON jobs (state) WHERE state NOT IN ('done', 'quarantined');
-- Earlier versions stored plain SHA-256 hashes, from which a small file's content is guessed back.
UPDATE jobs SET sha256 = NULL WHERE sha256 NOT LIKE 'hmac-sha256:%';
"""


@dataclass
class Job:
    """One file taken from the inbox: its row in the state database."""

    id: int
    path: str  # where it was in the inbox, relative, with / separators
    state: str
    attempts: int = 0
    sha256: str | None = None
    output: str | None = None  # outbox-relative name of its redacted copy, once fixed
    destination: str | None = None  # where the original goes: a path, "" for deleted
    reason: str | None = None  # why it is quarantined
    ready_at: float = field(default_factory=time.monotonic, compare=False)  # this run's clock, not stored
    look: Look | None = field(default=None, compare=False)  # the original when taken or scanned, not stored
    shown: str | None = field(
        default=None, compare=False
    )  # its path, names redacted, once scanned; not stored


class StateStore:
    """The jobs table. Every method is one committed statement; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        # Paths can be telling: the database (and the -wal and -shm files SQLite gives its mode) is 0600.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _statement(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._db

    def insert_seen(self, path: str, size: int) -> Job:
        with self._statement() as db:
            cursor = db.execute(
                "INSERT INTO jobs (path, state, size, taken_at) VALUES (?, ?, ?, ?)",
                (_stored(path), SEEN, size, time.time()),
            )
        assert cursor.lastrowid is not None
        return Job(cursor.lastrowid, path, SEEN)

    def forget(self, job: Job) -> None:
        """The claim did not happen: the row goes, the file stays where it was."""
        with self._statement() as db:
            db.execute("DELETE FROM jobs WHERE id = ? AND state = ?", (job.id, SEEN))

    def mark_queued(self, job: Job) -> None:
        self._set(job, QUEUED)

    def requeue(self, job: Job) -> None:
        """Scan a job again from the start (its original changed); its outbox names are kept."""
        with self._statement() as db:
            db.execute("UPDATE jobs SET state = ?, attempts = 0 WHERE id = ?", (QUEUED, job.id))
        job.state, job.attempts = QUEUED, 0

    def start_processing(self, job: Job) -> None:
        with self._statement() as db:
            db.execute(
                "UPDATE jobs SET state = ?, attempts = attempts + 1 WHERE id = ?", (PROCESSING, job.id)
            )
        job.state, job.attempts = PROCESSING, job.attempts + 1

    def mark_staged(self, job: Job, output: str, sha256: str | None, size: int | None, findings: int) -> None:
        with self._statement() as db:
            db.execute(
                "UPDATE jobs SET state = ?, output = ?, sha256 = ?, size = ?, findings = ? WHERE id = ?",
                (STAGED, _stored(output), sha256, size, findings, job.id),
            )
        job.state, job.output, job.sha256 = STAGED, output, sha256

    def mark_published(self, job: Job, destination: str) -> None:
        with self._statement() as db:
            db.execute(
                "UPDATE jobs SET state = ?, destination = ? WHERE id = ?",
                (PUBLISHED, _stored(destination), job.id),
            )
        job.state, job.destination = PUBLISHED, destination

    def mark_failing(self, job: Job, reason: str, destination: str, sha256: str | None) -> None:
        reason = display_name(reason)  # it may quote a member's name; it is shown in logs and reason files
        with self._statement() as db:
            db.execute(
                "UPDATE jobs SET state = ?, reason = ?, destination = ?, sha256 = COALESCE(?, sha256) "
                "WHERE id = ?",
                (FAILING, reason, _stored(destination), sha256, job.id),
            )
        job.state, job.reason, job.destination = FAILING, reason, destination

    def mark_done(self, job: Job) -> None:
        self._set(job, DONE, finished=True)

    def mark_quarantined(self, job: Job) -> None:
        self._set(job, QUARANTINED, finished=True)

    def _set(self, job: Job, state: str, finished: bool = False) -> None:
        with self._statement() as db:
            db.execute(
                "UPDATE jobs SET state = ?, finished_at = ? WHERE id = ?",
                (state, time.time() if finished else None, job.id),
            )
        job.state = state

    def unfinished(self) -> list[Job]:
        """Jobs a crash or a stop left half-way, oldest first."""
        with self._statement() as db:
            rows = db.execute(
                "SELECT id, path, state, attempts, sha256, output, destination, reason FROM jobs "
                "WHERE state NOT IN (?, ?) ORDER BY id",
                FINAL_STATES,
            ).fetchall()
        return [
            Job(
                number,
                os.fsdecode(path),
                state,
                attempts,
                sha256,
                _loaded(output),
                _loaded(destination),
                reason,
            )
            for number, path, state, attempts, sha256, output, destination, reason in rows
        ]

    def output_reserved(self, output: str) -> bool:
        """Whether a job not yet published has fixed this outbox name for its copy."""
        with self._statement() as db:
            row = db.execute(
                "SELECT 1 FROM jobs WHERE output = ? AND state = ?", (_stored(output), STAGED)
            ).fetchone()
        return row is not None

    def prune(self, older_than_seconds: float) -> int:
        """Forget finished jobs older than this; returns how many."""
        with self._statement() as db:
            cursor = db.execute(
                "DELETE FROM jobs WHERE state IN (?, ?) AND finished_at < ?",
                (*FINAL_STATES, time.time() - older_than_seconds),
            )
        return cursor.rowcount


def _stored(name: str) -> str | bytes:
    """A file name as the database keeps it: text if it is UTF-8, else its bytes."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name)
    return name


def _loaded(name: str | bytes | None) -> str | None:
    return None if name is None else os.fsdecode(name)
