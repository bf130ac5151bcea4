"""Taking claimed files off the queue in batches, running them through the engine on the long-lived
workers, and carrying each outcome out: staged, published and disposed of, or quarantined. An original
that changed while it was scanned (a writer the arrivals could not see still held it open) is scanned
again as a whole once it is quiet, never delivered as a piece."""

from __future__ import annotations

import functools
import queue
import threading
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path, PurePosixPath

from logscrub.scanner.learning_pass import Learning, learner
from logscrub.scanner.name_redaction import FileNames
from logscrub.scanner.pipeline import Pipeline, RunCancelled, find_in_name
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.reports.summary import RunSummary
from logscrub.scanner.watch.holders import open_for_writing
from logscrub.scanner.watch.log import EventLog
from logscrub.scanner.watch.metrics import Metrics
from logscrub.scanner.watch.moves import describe
from logscrub.scanner.watch.spool import Spool
from logscrub.scanner.watch.state import PROCESSING, QUARANTINED, QUEUED, Job
from logscrub.scanner.watch.workers import ScanWorkers

MAX_ATTEMPTS = 3  # scans cut short (a worker or the daemon died) before a file is quarantined
RETRY_SECONDS = 10.0  # before a failed step after scanning (outbox not writable, disk full) is retried
POLL_SECONDS = 0.1
# Smaller than the engine's default chunks, so that both workers share a file of a megabyte or two: the
# daemon is judged by how soon one file comes out, not by bytes a second.
CHUNK_CHARACTERS = 256 * 1024


class Scanner(threading.Thread):
    """The one thread that moves jobs on after they are claimed. A job taken from the queue is marked
    done with task_done() once it has reached its end (or, with --once, was left for the next run)."""

    def __init__(
        self,
        spool: Spool,
        settings: ScanSettings,
        workers: ScanWorkers,
        work: queue.Queue[Job],
        stopping: threading.Event,
        log: EventLog,
        metrics: Metrics,
        once: bool,
        settle: float,
        learning: Learning | None = None,
    ) -> None:
        super().__init__(name="logscrub-scanner", daemon=True)
        self.spool = spool
        self.settings = settings
        self.workers = workers
        self.work = work
        self.stopping = stopping
        self.log = log
        self.metrics = metrics
        self.once = once
        self.settle = settle  # how long a changed original must stay quiet before it is scanned again
        self.learning = learning  # propagation: each file (a bundle: all its members) learnt from alone
        self.failure: str | None = None  # the kind of an unexpected error that stopped the thread
        self.unprocessed = 0  # files quarantined or left undelivered in this run
        self._later: list[tuple[float, Job]] = []
        self._rescans: list[tuple[float, Job]] = []  # still unfinished tasks of the queue

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                self._retry_due()
                self._rescans_due()
                try:
                    job = self.work.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    continue
                self._batch(job)
        except Exception as exc:  # a bug: stop the daemon (its state survives) rather than hang
            self.failure = type(exc).__name__
            self.log.error("internal-error", where="scanner", kind=self.failure)
            self.stopping.set()
        finally:
            self.workers.close()

    # --- scanning ----------------------------------------------------------------------------------

    def _batch(self, first: Job) -> None:
        """Scan `first` and whatever else is queued, until the queue is empty: one engine run."""
        in_batch: dict[Path, Job] = {}
        members: list[FileOutcome] = []  # an archive's members come before the archive itself
        known_for = None
        if self.learning is not None:
            reader = learner(self.settings, self.workers.jobs, chunk_characters=CHUNK_CHARACTERS)
            reader.cancelled = self.stopping.is_set  # learning a big archive is stopped between chunks too
            known_for = self.learning.per_document(reader, self.workers.submit)
        pipeline = Pipeline(
            self.settings,
            self.workers.jobs,
            out_dir=self.spool.folders.staging,
            chunk_characters=CHUNK_CHARACTERS,
            known_for=known_for,
            redact_names=False,  # named here: the copy is made under the job's name in staging
            cancelled=self.stopping.is_set,  # a stop is answered between chunks, not after a whole archive
        )
        try:
            for outcome in pipeline.run(self._documents(first, in_batch), self.workers.submit):
                path = outcome.document.path
                job = in_batch.pop(path) if path is not None and path in in_batch else None
                if job is None:
                    members.append(outcome)
                    continue
                try:
                    self._settle(job, [*members, outcome])
                finally:
                    for done in (*members, outcome):
                        done.findings.close()
                    members = []
        except RunCancelled:
            # Stopping: the jobs begun stay `processing` in the state database, their partial copies
            # removed; the next run recovers and scans them again.
            self.log.info("scan-interrupted", files=len(in_batch))
            return
        except BrokenProcessPool:
            pass  # the documents of this batch without an outcome are scanned again below
        for job in in_batch.values():
            self._again(job)
        if self.workers.broken:
            self.log.error("workers-restarted", reason="a worker process died")
            self.metrics.error()
            self.workers.close()
            self.workers = ScanWorkers(self.settings, self.workers.jobs)

    def _documents(self, first: Job, in_batch: dict[Path, Job]) -> Iterator[Document]:
        job: Job | None = first
        while job is not None:
            if job.state not in (QUEUED, PROCESSING):
                self._finish(job)  # left half-way out by an earlier run
            elif job.attempts >= MAX_ATTEMPTS:
                self._quarantine(
                    job, f"scanning it was cut short {job.attempts} times (the daemon or a worker died)"
                )
            else:
                self.spool.store.start_processing(job)
                if job.look is None:  # taken by an earlier run, or changed and scanned again
                    job.look = self.spool.original_look(job)
                document = self.spool.document(job)
                assert document.path is not None
                in_batch[document.path] = job  # first: naming it may find the workers broken
                yield self._named(document, job)
            if self.stopping.is_set() or self.workers.broken:
                return
            try:
                job = self.work.get_nowait()
            except queue.Empty:
                job = None

    def _named(self, document: Document, job: Job) -> Document:
        """`document` reported under its inbox path with the personal data in it redacted (the name its
        copy gets in the outbox, and its log lines show)."""
        inbox_path = PurePosixPath(job.path)
        find = functools.partial(find_in_name, self.workers.submit, None)
        named = FileNames().redacted(replace(document, relative=inbox_path), find)
        job.shown = named.display
        return replace(document, display=named.display, name_entities=named.name_entities)

    def _shown(self, job: Job) -> str:
        """How log lines name `job`: its redacted inbox path, once scanned; else by its number."""
        return job.shown if job.shown is not None else f"job {job.id}"

    def _settle(self, job: Job, outcomes: list[FileOutcome]) -> None:
        """The outcomes of one file: the file's own last, after those of its members if an archive."""
        outcome = outcomes[-1]
        failed = [o for o in outcomes if o.status == FileStatus.ERROR]
        if self.spool.changed_since_taken(job):
            self._rescan_when_quiet(job)
        elif failed and self.workers.broken:
            self._again(job)  # failed because a worker died, perhaps on another file
        elif outcome.status == FileStatus.SCANNED and outcome.output is not None and not failed:
            try:
                summary = self.spool.stage(job, outcomes)
            except OSError as exc:
                self._quarantine(job, f"cannot write its report: {describe(exc)}", outcome.sha256)
                return
            self._deliver(job, summary)
        elif outcome.status == FileStatus.SCANNED and outcome.output is None:
            self._quarantine(
                job, "no redacted copy could be made: none of its members was scanned", outcome.sha256
            )
        elif outcome.status == FileStatus.ERROR:
            self._quarantine(job, outcome.reason or "not scanned", outcome.sha256)
        elif failed:  # a copy without some members is not the file: all of it or none
            member = failed[0]
            reason = f"{len(failed)} of its members not scanned ({member.document.display}: {member.reason})"
            self._quarantine(job, reason, outcome.sha256)
        else:
            self._quarantine(job, f"not scanned ({outcome.reason})", outcome.sha256)

    def _rescan_when_quiet(self, job: Job) -> None:
        """What was scanned is a piece of the file: scan it again, whole, once nothing has written to it
        for the settle time and no process has it open for writing (its task stays unfinished)."""
        self.spool.discard_staged(job)
        self.spool.store.requeue(job)
        job.look = self.spool.original_look(job)
        self.log.warning("changed-after-taken", file=self._shown(job), seconds=self.settle)
        self._rescans.append((time.monotonic() + self.settle, job))

    def _rescans_due(self) -> None:
        now = time.monotonic()
        due = [job for when, job in self._rescans if when <= now]
        self._rescans = [(when, job) for when, job in self._rescans if when > now]
        for job in due:
            look = self.spool.original_look(job)
            if look != job.look or open_for_writing([str(self.spool.work_path(job))]):
                job.look = look  # still being written: wait again
                self._rescans.append((now + self.settle, job))
            else:
                job.look = None  # taken again as the scan starts
                self.work.put(job)
                self.work.task_done()

    def _again(self, job: Job) -> None:
        self.spool.discard_staged(job)
        self.log.warning("requeued", file=self._shown(job), attempts=job.attempts)
        self.work.put(job)
        self.work.task_done()

    # --- the way out -------------------------------------------------------------------------------

    def _deliver(self, job: Job, summary: RunSummary) -> None:
        try:
            self.spool.publish(job)
            if self.spool.changed_since_taken(job):  # written to while the copy was made
                self._rescan_when_quiet(job)
                return
            self.spool.dispose(job)
        except OSError as exc:
            self._failed_step(job, exc)
            return
        seconds = time.monotonic() - job.ready_at
        self.metrics.redacted(summary.by_category, seconds)
        self.log.info(
            "redacted", file=self._shown(job), output=job.output, findings=summary.findings, seconds=seconds
        )
        self.work.task_done()

    def _quarantine(self, job: Job, reason: str, sha256: str | None = None) -> None:
        try:
            where = self.spool.quarantine(job, reason, sha256)
        except OSError as exc:
            self._failed_step(job, exc)
            return
        self._quarantined(job, where)

    def _quarantined(self, job: Job, where: str) -> None:
        self.unprocessed += 1
        self.metrics.quarantined()
        self.log.warning("quarantined", file=self._shown(job), reason=job.reason, to=where)
        self.work.task_done()

    def _finish(self, job: Job) -> None:
        try:
            self.spool.finish(job)
        except OSError as exc:
            self._failed_step(job, exc)
            return
        if job.state == QUARANTINED:
            self._quarantined(job, job.destination or "")
        else:
            self.log.info("finished", file=self._shown(job), output=job.output)
            self.work.task_done()

    def _failed_step(self, job: Job, exc: OSError) -> None:
        """A step after scanning failed: the job keeps its state, and the step is tried again later
        (with --once, on the next run)."""
        self.metrics.error()
        if self.once:
            self.unprocessed += 1
            self.log.error("not-delivered", file=self._shown(job), step=job.state, reason=describe(exc))
            self.work.task_done()
        else:
            self.log.warning(
                "retry", file=self._shown(job), step=job.state, reason=describe(exc), seconds=RETRY_SECONDS
            )
            self._later.append((time.monotonic() + RETRY_SECONDS, job))

    def _retry_due(self) -> None:
        now = time.monotonic()
        due = [job for when, job in self._later if when <= now]
        self._later = [(when, job) for when, job in self._later if when > now]
        for job in due:
            self._finish(job)
