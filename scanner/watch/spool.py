"""The file-system side of each step of a job, each followed by its row update (state.py explains why
this order makes every file come out exactly once), and the recovery of half-done jobs."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path, PurePath, PurePosixPath

from logscrub.scanner.atomic import AtomicFile
from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.json_report import write_json_report
from logscrub.scanner.reports.summary import NameSearch, RunSummary, summarise
from logscrub.scanner.watch.arrivals import Look
from logscrub.scanner.watch.config import Folders
from logscrub.scanner.watch.moves import (
    describe,
    exists,
    free_name,
    make_private,
    move_once,
    private_folder,
    short_name,
    write_private,
)
from logscrub.scanner.watch.state import (
    FAILING,
    PROCESSING,
    PUBLISHED,
    QUEUED,
    SEEN,
    STAGED,
    Job,
    StateStore,
)

REPORT_SUFFIX = ".report.json"
REASON_SUFFIX = ".reason.json"
RETENTION_SECONDS = 30 * 24 * 3600  # finished jobs are forgotten after this


def prepare_folders(folders: Folders) -> list[Path]:
    """Make the daemon's folders: private ones 0700 (they hold raw data), the outbox as usual. Returns
    the private ones that existed already and let others in (the user's to close)."""
    private = [folders.spool, folders.work, folders.staging, folders.quarantine]
    if folders.processed is not None:
        private.append(folders.processed)
    for folder in private:
        private_folder(folder)
    private_folder(folders.state_file.parent)  # made private if made here; it holds no raw data
    folders.outbox.mkdir(parents=True, exist_ok=True)
    folders.reports.mkdir(parents=True, exist_ok=True)
    return [folder for folder in private if folder.stat().st_mode & 0o077]


class Spool:
    def __init__(
        self,
        folders: Folders,
        store: StateStore,
        taxonomy: Taxonomy,
        name_search: NameSearch | None = None,  # what searched for names, for the reports
    ) -> None:
        self.folders = folders
        self.store = store
        self.taxonomy = taxonomy
        self.name_search = name_search or NameSearch()

    def work_path(self, job: Job) -> Path:
        """Where the original is kept while the daemon works on it: named after the job and the file
        (the engine tells formats by their names)."""
        return self.folders.work / _job_name(job)

    def _staged(self, job: Job) -> tuple[Path, Path]:
        """The redacted copy and the report being made for `job`."""
        copy = self.folders.staging / _job_name(job)
        return copy, copy.with_name(copy.name + REPORT_SUFFIX)

    # --- taking ------------------------------------------------------------------------------------

    def claim(self, relative: str, look: Look) -> Job:
        """Take a complete file out of the inbox into work/. Raises OSError (FileNotFoundError if it
        went away first); the file then stays where it was and no row is left."""
        job = self.store.insert_seen(relative, look.size)
        try:
            os.rename(self.folders.inbox / relative, self.work_path(job))
        except OSError:
            self.store.forget(job)
            raise
        self.store.mark_queued(job)
        job.look = look
        return job

    def original_look(self, job: Job) -> Look | None:
        """What the original in work/ looks like now (None if it is not there)."""
        try:
            return Look.of(os.lstat(self.work_path(job)))
        except FileNotFoundError:
            return None

    def changed_since_taken(self, job: Job) -> bool:
        """Whether the original changed after it was taken or its scan began (a writer held it open)."""
        now = self.original_look(job)
        return job.look is not None and now is not None and now != job.look

    def document(self, job: Job) -> Document:
        """What the engine is given: the taken original, reported under its inbox path, its copy made
        in staging. Anything but a regular file is refused before it is opened."""
        path = self.work_path(job)
        problem = None
        try:
            mode = os.lstat(path).st_mode
        except OSError as exc:
            problem = describe(exc)
        else:
            if stat.S_ISLNK(mode):
                problem = "a symbolic link (not followed)"
            elif not stat.S_ISREG(mode):
                problem = "not a regular file"
        return Document(path, job.path, PurePath(self._staged(job)[0].name), problem)

    # --- the way out -------------------------------------------------------------------------------

    def stage(self, job: Job, outcomes: list[FileOutcome]) -> RunSummary:
        """Write the report beside the finished copy in staging and fix their names in the outbox.
        `outcomes` are the file's own last, after its members' if it is an archive."""
        summary = summarise(outcomes, self.taxonomy, self.name_search)
        with AtomicFile(self._staged(job)[1]) as report:
            write_json_report(outcomes, summary, report.stream)
        # A job scanned again (its original changed) keeps its name: its copy replaces the earlier one.
        # Named as reported: the inbox path with the personal data in its names redacted.
        outcome = outcomes[-1]
        output = job.output or free_name(outcome.document.display, self._output_taken)
        self.store.mark_staged(job, output, outcome.sha256, outcome.size, summary.findings)
        return summary

    def _output_taken(self, relative: str) -> bool:
        return (
            exists(self.folders.outbox / relative)
            or exists(self.folders.reports / (relative + REPORT_SUFFIX))
            or self.store.output_reserved(relative)
        )

    def publish(self, job: Job) -> None:
        """Rename the report, then the copy, into place; then fix where the original goes."""
        assert job.output is not None
        copy, report = self._staged(job)
        for staged, target in (
            (report, self.folders.reports / (job.output + REPORT_SUFFIX)),
            (copy, self.folders.outbox / job.output),
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            move_once(staged, target, str(job.id))
        processed = self.folders.processed
        destination = "" if processed is None else free_name(job.path, lambda r: exists(processed / r))
        self.store.mark_published(job, destination)

    def dispose(self, job: Job) -> None:
        """Move the original to the processed folder, or delete it; the job is done."""
        original = self.work_path(job)
        if job.destination:
            assert self.folders.processed is not None
            target = self.folders.processed / job.destination
            private_folder(self.folders.processed, PurePosixPath(job.destination).parent)
            move_once(original, target, str(job.id))
            make_private(target)
        else:
            original.unlink(missing_ok=True)
        self.store.mark_done(job)

    def quarantine(self, job: Job, reason: str, sha256: str | None = None) -> str:
        """Move the original to quarantine with a reason file beside it; returns its quarantine name."""
        if job.state != FAILING:
            destination = free_name(job.path, self._quarantine_taken)
            self.store.mark_failing(job, reason, destination, sha256)
        assert job.destination is not None
        target = self.folders.quarantine / job.destination
        private_folder(self.folders.quarantine, PurePosixPath(job.destination).parent)
        record = {
            "file": display_name(job.path),
            "reason": job.reason,
            "attempts": job.attempts,
            "quarantined_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        write_private(target.with_name(target.name + REASON_SUFFIX), json.dumps(record, indent=2) + "\n")
        move_once(self.work_path(job), target, str(job.id))
        make_private(target)
        self.discard_staged(job)
        self.store.mark_quarantined(job)
        return job.destination

    def _quarantine_taken(self, relative: str) -> bool:
        target = self.folders.quarantine / relative
        return exists(target) or exists(target.with_name(target.name + REASON_SUFFIX))

    def discard_staged(self, job: Job) -> None:
        """Delete what staging holds for `job` (a copy cut short, or made by a scan to be redone)."""
        for name in os.listdir(self.folders.staging):
            if name.lstrip(".").startswith(f"{job.id}-"):
                (self.folders.staging / name).unlink(missing_ok=True)

    # --- after a crash or a stop -------------------------------------------------------------------

    def recover(self) -> tuple[list[Job], list[Job]]:
        """Sort out what a crash or a stop left half-way: (jobs to scan again, jobs to finish with
        finish()), oldest first. Files in work/ that no row knows are adopted as jobs to scan."""
        self.store.prune(RETENTION_SECONDS)
        to_scan: list[Job] = []
        to_finish: list[Job] = []
        for job in self.store.unfinished():
            if job.state == SEEN:
                if exists(self.work_path(job)):
                    self.store.mark_queued(job)
                    to_scan.append(job)
                else:
                    self.store.forget(job)
            elif job.state in (QUEUED, PROCESSING):
                to_scan.append(job)
            else:
                to_finish.append(job)
        to_scan.extend(self._adopt_orphans({job.id for job in (*to_scan, *to_finish)}))
        # Whatever is in staging and not complete and named in a staged row is a partial copy.
        staged = {str(job.id) for job in to_finish if job.state == STAGED}
        for name in os.listdir(self.folders.staging):
            if name.lstrip(".").split("-", 1)[0] not in staged:
                (self.folders.staging / name).unlink(missing_ok=True)
        return to_scan, to_finish

    def finish(self, job: Job) -> None:
        """Carry a staged, published or failing job to its end; every step is safe to repeat."""
        if job.state == STAGED:
            self.publish(job)
        if job.state == PUBLISHED:
            self.dispose(job)
        elif job.state == FAILING:
            self.quarantine(job, job.reason or "")

    def _adopt_orphans(self, live: set[int]) -> list[Job]:
        """Files in work/ that no row knows (the database was lost or rolled back): queue them again,
        under their file name (the folders they were in are known only to the lost row)."""
        adopted = []
        for name in sorted(os.listdir(self.folders.work)):
            number, _, file_name = name.partition("-")
            if number.isdigit() and int(number) in live:
                continue  # the original of a job under way
            original = self.folders.work / name
            job = self.store.insert_seen(file_name or name, original.lstat().st_size)
            os.rename(original, self.work_path(job))
            self.store.mark_queued(job)
            adopted.append(job)
        return adopted


def _job_name(job: Job) -> str:
    return f"{job.id}-{short_name(PurePosixPath(job.path).name)}"
