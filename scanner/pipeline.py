"""Documents in, outcomes out: reading, spreading chunks over processes, writing redacted copies.

Chunks of all documents form one ordered stream; up to a bounded number are in flight at once, so
memory stays flat whatever the input size, and two cores share one big file as well as many small ones.
Results come back in order and are written as they arrive. A document that fails at any point is
reported as an error and its redacted copy is discarded: nothing unscanned is passed on.

A compressed file is read through its decompression and copied back compressed alike. An archive's
members are documents of their own, read one after another from the archive as it streams (nested
archives likewise); its redacted copy is an archive of the same kind, each member added as it completes,
put in place when the last is in. A member that fails is left out of it (and reported); an archive that
cannot be read to its end gets no copy at all.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from logscrub.scanner.atomic import AtomicFile
from logscrub.scanner.chunk_scan import scan_in_worker, spans_in_worker, spellings_in_worker
from logscrub.scanner.detection_spool import Detections, KeptDetections
from logscrub.scanner.executors import ChunkExecutor
from logscrub.scanner.executors.local import LocalExecutor
from logscrub.scanner.field_scan import numbered_values
from logscrub.scanner.name_redaction import FileNames
from logscrub.scanner.privacy import content_hash
from logscrub.scanner.propagation.matcher import KnownValueMatcher
from logscrub.scanner.records.chunks import ChunkResult
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.finding_store import FindingStore
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.known_values import KnownValue
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.redaction.pseudonyms import PseudonymNumbers
from logscrub.scanner.redaction.redactor import write_numbers
from logscrub.scanner.redaction.verification import verify_failure
from logscrub.scanner.run_workers import Pending, Submit, failure_reason
from logscrub.scanner.seams import Seam
from logscrub.scanner.sources.archive_output import FileDestination, RedactedArchive, RedactedText
from logscrub.scanner.sources.archives import (
    EMPTY_ARCHIVE,
    MemberHeader,
    Source,
    open_source,
    read_members,
)
from logscrub.scanner.sources.formats import FormatReader, Unit, document_format, open_format
from logscrub.scanner.sources.reading import SkippedDocument
from logscrub.scanner.sources.settings import SourceSettings
from logscrub.scanner.sources.streams import Budget

CHUNK_CHARACTERS = 1 << 20
# Told a document given and how many of its stored bytes have been read (Pipeline's `reading`).
Reading = Callable[[Document, int], None]
OVERLAP_CHARACTERS = 2048


@dataclass(frozen=True)
class Taught:
    """What one chunk taught in the learning pass: spellings and their known values; `failure`, why it
    could not be learnt from."""

    document: Document  # the document given (the archive, for a member's chunk)
    member: Document  # the document the chunk is of
    known: Mapping[str, KnownValue]
    failure: str | None = None


@dataclass(frozen=True)
class _ChunkWork:
    """A chunk handed to the workers: its result to come, and the same chunk scanned again told where
    the text written before it ends (its seam)."""

    pending: Pending[ChunkResult]
    again: Callable[[Seam], Pending[ChunkResult]]


@dataclass(frozen=True, slots=True)
class ChunkRead:
    """A chunk of a document, read and not yet handed to the workers."""

    run: _Run
    chunk: Unit


@dataclass(frozen=True, slots=True)
class ChunkSent:
    """A chunk handed to the workers: its result to come."""

    run: _Run
    work: _ChunkWork


@dataclass(frozen=True, slots=True)
class DocumentEnded:
    """Every chunk of the document was read (an archive's: every member's)."""

    run: _Run


@dataclass(frozen=True, slots=True)
class DocumentSkipped:
    run: _Run
    reason: str


@dataclass(frozen=True, slots=True)
class DocumentFailed:
    run: _Run
    reason: str


# What reading documents yields, in document order; a chunk read becomes a chunk sent to the workers.
Event = ChunkRead | DocumentEnded | DocumentSkipped | DocumentFailed
Settling = ChunkSent | DocumentEnded | DocumentSkipped | DocumentFailed


class RunCancelled(Exception):
    """The run was asked to stop before its documents were done: their copies are removed."""


class LearningFailed(Exception):
    """A document could not be learnt from: it must not be scanned with some of its values unknown."""


@dataclass
class _Run:
    """A document being processed: its outcome so far and its redacted copy in the making."""

    outcome: FileOutcome
    parent: _Run | None = None  # the archive this document is a member of
    known: KnownValueMatcher | None = None  # values learnt from this document alone (the daemon's)
    header: MemberHeader | None = None  # its header there
    writer: AtomicFile | RedactedText | None = None  # the redacted copy of a text document
    archive: RedactedArchive | None = None  # the redacted copy of an archive, filled member by member
    target: Path | None = None  # where the redacted copy goes (a document outside any archive)
    reader: FormatReader | None = None  # a text document, as its format reads it and makes its copy
    seam: int = 0  # document offset up to which redacted text has been written
    cut_off: Finding | None = None  # the finding the end of the last chunk's text cut off there
    settled: bool = False  # its outcome has been handed out
    reading: Callable[[int], None] | None = None  # told the stored bytes read so far (a document given)
    read_marks: deque[int] = field(default_factory=deque)  # bytes read up to each chunk not yet done
    number: int = 0  # of a document given: its place among the run's documents
    chunks: int = 0  # of a document given: its chunks (its members' included) handed out so far

    @property
    def top(self) -> _Run:
        """The document given: this one, or the archive it is a member of."""
        top = self
        while top.parent is not None:
            top = top.parent
        return top

    def progressed(self) -> None:
        """One more chunk of this document (or of a member, for an archive) is done."""
        top = self.top
        if top.reading is not None and top.read_marks:
            top.reading(top.read_marks.popleft())

    def fail(self, reason: str) -> None:
        if self.outcome.status != FileStatus.ERROR:
            self.outcome.fail(reason)
        self._discard()

    def skip(self, reason: str) -> None:
        """Not scanned after all (too large once decompressed, an empty archive): no findings, no copy."""
        self.outcome.status, self.outcome.reason = FileStatus.SKIPPED, reason
        self.outcome.findings.close()
        self.outcome.findings = FindingStore()
        self.outcome.entity_counts.clear()
        self._discard()

    def commit(self) -> None:
        """Put the redacted copy in place (a member's: into its archive's copy)."""
        if self.writer is not None:
            self.writer.commit()
            self.outcome.output = self.target
        elif self.archive is not None and self.archive.members:
            self.archive.commit()
            self.outcome.output = self.target
        elif self.archive is not None:  # none of its members could be copied: no copy at all
            self.archive.discard()
        self.writer = self.archive = None

    def abandon(self) -> None:
        """The run stops before this document is done: its copy, and its archive's, are removed."""
        self._discard()
        if self.parent is not None:
            self.parent.abandon()

    def _discard(self) -> None:
        if self.writer is not None:
            self.writer.discard()
            self.writer = None
        if self.archive is not None:
            self.archive.discard()
            self.archive = None


class Pipeline:
    def __init__(
        self,
        settings: ScanSettings,
        jobs: int,
        out_dir: Path | None = None,
        chunk_characters: int = CHUNK_CHARACTERS,
        overlap_characters: int = OVERLAP_CHARACTERS,
        sources: SourceSettings | None = None,
        known_for: Callable[[Document], KnownValueMatcher] | None = None,
        redact_names: bool = True,
        cancelled: Callable[[], bool] | None = None,
        reading: Reading | None = None,
        detections: Detections | None = None,
        executor: ChunkExecutor | None = None,
    ) -> None:
        """`known_for`: learn from each document (all members of an archive together) before it is
        scanned, for values to be found in that document only; it raises LearningFailed.
        `redact_names`: name each document by its redacted name (False: its names are the caller's).
        `cancelled`: asked between chunks; once true, the run stops with RunCancelled (a daemon's stop).
        `reading`: told, after each chunk read of a document given, the document (as given, before its
        name is redacted) and how many of its stored bytes have been read (progress within a file).
        `detections`: where a learner keeps what it detects in each chunk, and where the scanning pass
        of the same documents finds it (see scanner/detection_spool.py).
        `executor`: where chunks are scanned (default: `jobs` processes on this machine)."""
        self.settings = settings
        self.detections = detections
        self.known_for = known_for
        self.cancelled = cancelled
        self.reading = reading
        self.executor = executor or LocalExecutor(jobs)
        self.jobs = self.executor.slots
        self.out_dir = out_dir
        self.chunk_characters = chunk_characters
        self.overlap_characters = overlap_characters
        self.sources = sources or SourceSettings()
        self._targets: dict[Path, str] = {}  # redacted copy -> the input it was made from
        self._pseudonyms = PseudonymNumbers()  # one numbering for all files of the run
        self._names = FileNames() if redact_names else None  # one redacted name per original in the run

    def run(self, documents: Iterable[Document], submit: Submit | None = None) -> Iterator[FileOutcome]:
        """The outcome of each document, in order, as soon as it is complete. `submit` hands work to
        workers kept across runs (a daemon's); without it, this run starts and stops its own."""
        with self._submitting(submit) as to_workers:
            yield from self._ordered(documents, to_workers)

    def learn(
        self,
        documents: Iterable[Document],
        min_score: float,
        hashes: frozenset[str] = frozenset(),
        submit: Submit | None = None,
    ) -> Iterator[Taught]:
        """Propagation's learning pass: what each chunk of each document teaches, in order (a learner's
        settings do not redact: it makes no copies). A chunk that cannot be read teaches nothing (the
        scanning pass reports its document); one whose scan failed is told, for its document not to be
        passed on half-learnt."""
        assert not self.settings.redact and self.known_for is None, "not a learner's pipeline"
        with self._submitting(submit) as to_workers:
            yield from self._lessons(documents, min_score, hashes, to_workers)

    @contextmanager
    def _submitting(self, submit: Submit | None) -> Iterator[Submit]:
        """`submit`, the workers kept across runs (a daemon's); without it, workers of this run's own."""
        if submit is not None:
            yield submit
            return
        with self.executor.workers(self.settings) as own:
            yield own

    def _ordered(self, documents: Iterable[Document], submit: Submit) -> Iterator[FileOutcome]:
        in_flight = 2 * self.jobs + 2
        pending: deque[Settling] = deque()
        current: _Run | None = None  # the run of the event in hand (its chunk scanned here with -j 1)
        try:
            for event in self._events(documents, submit):
                current = event.run
                self._check_cancelled()
                if isinstance(event, ChunkRead):
                    run, chunk = event.run, event.chunk
                    again = functools.partial(submit, scan_in_worker, chunk, run.known)
                    first = submit(scan_in_worker, chunk, run.known, None, self._kept(run))
                    pending.append(ChunkSent(run, _ChunkWork(first, again)))
                else:
                    pending.append(event)
                while len(pending) > in_flight:
                    current = pending[0].run
                    yield from self._settle(pending.popleft())
            while pending:
                self._check_cancelled()
                current = pending[0].run
                yield from self._settle(pending.popleft())
        except BaseException:
            # Interrupted (Ctrl-C, a reader gone, the run closed early): copies under way are removed,
            # never left half-written beside the finished ones (a copy already in place stays).
            for settling in pending:
                settling.run.abandon()
            if current is not None:
                current.abandon()
            raise

    def _kept(self, run: _Run) -> KeptDetections | None:
        """Where the next chunk of `run` has its detections kept between the passes, if they are."""
        if self.detections is None:
            return None
        top = run.top
        top.chunks += 1
        return self.detections.place(top.number, top.chunks)

    def _check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise RunCancelled

    def _lessons(
        self, documents: Iterable[Document], min_score: float, hashes: frozenset[str], submit: Submit
    ) -> Iterator[Taught]:
        in_flight = 2 * self.jobs + 2
        pending: deque[tuple[_Run, Pending[dict[str, KnownValue]]]] = deque()
        for event in self._events(documents):
            self._check_cancelled()
            if isinstance(event, ChunkRead):
                run, where = event.run, event.run.outcome.document.display
                work = (event.chunk, min_score, hashes, where, self._kept(run))
                pending.append((run, submit(spellings_in_worker, *work)))
            while len(pending) > in_flight:
                yield _taught(*pending.popleft())
        while pending:
            yield _taught(*pending.popleft())

    def _events(self, documents: Iterable[Document], naming: Submit | None = None) -> Iterator[Event]:
        """For each document (and archive member): ChunkRead for each chunk, then DocumentEnded,
        DocumentSkipped or DocumentFailed. An archive's come after its members'.
        With `naming`, the workers that scan the names of documents: each is named redacted."""
        for number, document in enumerate(documents):
            run = _Run(FileOutcome(document), number=number)
            if self.known_for is not None:
                try:
                    run.known = self.known_for(document)
                except LearningFailed as failed:
                    yield DocumentFailed(run, str(failed))
                    continue
            if naming is not None:
                run.outcome.document = self._redacted_name(document, naming, run.known)
            if self.reading is not None:
                run.reading = functools.partial(self.reading, document)
            budget = Budget(self.sources)
            yield from self._document_events(run, budget, levels=0)

    def _redacted_name(self, document: Document, submit: Submit, known: KnownValueMatcher | None) -> Document:
        """`document` named with the findings in its name redacted (see scanner/name_redaction.py)."""
        if self._names is None:
            return document
        return self._names.redacted(document, functools.partial(find_in_name, submit, known))

    def _document_events(self, run: _Run, budget: Budget, levels: int) -> Iterator[Event]:
        document = run.outcome.document
        if document.problem:
            yield DocumentFailed(run, document.problem)
            return
        if document.skipped:
            yield DocumentSkipped(run, document.skipped)
            return
        try:
            source = open_source(document, self.sources, budget, levels)
        except SkippedDocument as skipped:
            yield DocumentSkipped(run, str(skipped))
            return
        except OSError as exc:
            yield DocumentFailed(run, _os_reason(exc))
            return
        try:
            format_name = document_format(document, source.kind)  # text, JSON, CSV, ...; None: an archive
            if format_name is not None:
                events = self._text_events(run, source, format_name)
            else:
                events = self._archive_events(run, source, budget)
            for event in events:
                if run.reading is not None and isinstance(event, ChunkRead):  # told once the chunk is done
                    run.read_marks.append(source.original.size)
                yield event
        except BaseException:
            # Interrupted while this document was read (Ctrl-C, the run closed early), before all its
            # events reached the run: its copy, begun already, is removed.
            run.abandon()
            raise
        finally:
            source.close()

    def _text_events(self, run: _Run, source: Source, format_name: str) -> Iterator[Event]:
        try:
            opened = open_format(run.outcome.document, source.content, format_name)
        except SkippedDocument as skipped:
            yield DocumentSkipped(run, str(skipped))
            return
        except OSError as exc:
            yield DocumentFailed(run, _os_reason(exc))
            return
        run.outcome.encoding = opened.encoding
        run.reader = opened
        try:
            if self.settings.redact:
                run.writer = self._text_copy(run, opened.copy_encoding, source.compression)
                opened.begin_copy(run.writer.stream)
            for unit in opened.units(self.chunk_characters, self.overlap_characters):
                yield ChunkRead(run, unit)
            source.finish()
        except UnicodeDecodeError as exc:
            yield DocumentFailed(run, f"cannot decode as {opened.encoding}: {exc.reason}")
        except SkippedDocument as skipped:  # larger than --max-size, found out while decompressing
            yield DocumentSkipped(run, str(skipped))
        except (OSError, ValueError) as exc:
            yield DocumentFailed(run, _os_reason(exc))
        else:
            _measure(run.outcome, source, self.settings.hash_key)
            yield DocumentEnded(run)
        finally:
            opened.close()

    def _archive_events(self, run: _Run, source: Source, budget: Budget) -> Iterator[Event]:
        members = 0
        try:
            if self.settings.redact:
                run.archive = self._archive_copy(run, source)
            for member in read_members(source, run.outcome.document, self.sources, budget):
                members += 1
                inside = _Run(FileOutcome(member.document), run, run.known, member.header)
                yield from self._document_events(inside, budget, source.levels)
            source.finish()
        except (OSError, ValueError) as exc:
            yield DocumentFailed(run, _os_reason(exc))
            return
        _measure(run.outcome, source, self.settings.hash_key)
        if members:
            yield DocumentEnded(run)
        else:
            yield DocumentSkipped(run, EMPTY_ARCHIVE)

    def _text_copy(self, run: _Run, encoding: str, compression: tuple[str, ...]) -> AtomicFile | RedactedText:
        if run.parent is not None:
            assert run.parent.archive is not None and run.header is not None
            return RedactedText(run.parent.archive.member(run.header), encoding, compression)
        target = self._target_for(run)
        if compression:
            return RedactedText(FileDestination(target), encoding, compression)
        return AtomicFile(target, encoding=encoding)

    def _archive_copy(self, run: _Run, source: Source) -> RedactedArchive:
        if run.parent is not None:
            assert run.parent.archive is not None and run.header is not None
            return RedactedArchive(source.kind, source.compression, run.parent.archive.member(run.header))
        return RedactedArchive(source.kind, source.compression, FileDestination(self._target_for(run)))

    def _target_for(self, run: _Run) -> Path:
        """Where the redacted copy of a document outside any archive goes (an archive's: whole, as an
        archive of the same kind)."""
        document = run.outcome.document
        assert self.out_dir is not None
        target = self.out_dir / document.relative
        if document.path is not None and target.resolve() == document.path.resolve():
            raise ValueError("the redacted copy would overwrite the original")
        earlier = self._targets.setdefault(target.resolve(), document.display)
        if earlier != document.display:
            raise ValueError(f"its redacted copy {target} would replace that of {earlier}")
        run.target = target
        return target

    def _settle(self, event: Settling) -> Iterator[FileOutcome]:
        run = event.run
        if isinstance(event, ChunkSent):
            run.progressed()
        if run.settled:
            return
        if isinstance(event, DocumentFailed):
            run.fail(event.reason)
        elif isinstance(event, DocumentSkipped):
            run.skip(event.reason)
        elif isinstance(event, DocumentEnded):
            try:
                if run.reader is not None and run.writer is not None:
                    run.reader.finish_copy(run.writer.stream)  # a workbook's, an e-mail's: rebuilt now
                run.commit()
            except OSError as exc:
                run.fail(f"cannot write the redacted copy: {_os_reason(exc)}")
            except Exception as exc:  # rebuilding a copy failed: none is better than a broken one
                run.fail(f"internal error while writing the redacted copy ({type(exc).__name__})")
        else:
            work = event.work
            try:
                result = work.pending.result()
                if result.emit_start != run.seam or run.cut_off is not None:  # see scanner/seams.py
                    result = work.again(Seam(run.seam, run.cut_off)).result()
                self._take(run, result)
            except OSError as exc:  # writing the copy failed (disk full, ...)
                run.fail(f"cannot write the redacted copy: {_os_reason(exc)}")
            except Exception as exc:  # a bug or a dead worker must not let a file through unscanned
                run.fail(failure_reason(exc))
            if run.outcome.status != FileStatus.ERROR:
                return
        run.settled = True
        yield run.outcome

    def _take(self, run: _Run, result: ChunkResult) -> None:
        if result.emit_start != run.seam:
            raise RuntimeError(f"chunks disagree at offset {run.seam}/{result.emit_start}; not written")
        if result.emit_end > result.emit_start:  # else a value cut off before still goes on
            run.cut_off = result.cut_off
        run.seam = result.emit_end
        if result.remaining:  # the verify pass found values left in the redacted text
            run.fail(verify_failure(result.remaining))
            return
        if result.value_findings is not None:  # numbered first: they come first in the piece
            result = replace(result, value_findings=numbered_values(result.value_findings, self._pseudonyms))
        if result.pseudonyms and result.redacted is not None:  # numbered here, in order: -j N as -j 1
            result = replace(
                result, redacted=write_numbers(result.redacted, result.pseudonyms, self._pseudonyms)
            )
        if run.reader is not None:
            run.reader.take(result, None if run.writer is None else run.writer.stream)
        run.outcome.findings.extend(result.findings)
        run.outcome.entity_counts.update(result.entity_counts)


def find_in_name(submit: Submit, known: KnownValueMatcher | None, name: str) -> list[tuple[str, int, int]]:
    """Entity and span of each finding in a file name, found by the run's workers."""
    spans: list[tuple[str, int, int]] = submit(spans_in_worker, name, known).result()
    return spans


def _taught(run: _Run, future: Pending[dict[str, KnownValue]]) -> Taught:
    top = run.top
    try:
        return Taught(top.outcome.document, run.outcome.document, future.result())
    except Exception as exc:
        return Taught(top.outcome.document, run.outcome.document, {}, failure_reason(exc))
    finally:
        run.progressed()


def _measure(outcome: FileOutcome, source: Source, key: bytes) -> None:
    """Size and keyed hash of the document as stored (compressed, for a compressed file)."""
    outcome.size = source.original.size
    outcome.sha256 = content_hash(key, source.original.sha256.digest())


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
