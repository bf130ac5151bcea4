"""Documents in, outcomes out: reading, spreading chunks over processes, writing redacted copies.

Chunks of all documents form one ordered stream; up to a bounded number are in flight at once, so
memory stays flat whatever the input size, and two cores share one big file as well as many small ones.
Results come back in order and are written as they arrive. A document that fails at any point is
reported as an error and its redacted copy is discarded: nothing unscanned is passed on.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from logscrub.scanner.atomic import AtomicFile
from logscrub.scanner.chunk_scan import (
    ChunkResult,
    ChunkScanner,
    ScanSettings,
    init_worker,
    scan_in_worker,
)
from logscrub.scanner.finding_store import FindingStore
from logscrub.scanner.sources.paths import Document
from logscrub.scanner.sources.reading import Chunk, SkippedDocument, chunks, open_document

CHUNK_CHARACTERS = 1 << 20
OVERLAP_CHARACTERS = 2048

SCANNED, SKIPPED, ERROR = "scanned", "skipped", "error"


@dataclass
class FileOutcome:
    """What became of one document."""

    document: Document
    status: str = SCANNED
    reason: str | None = None
    encoding: str | None = None
    size: int | None = None
    sha256: str | None = None
    findings: FindingStore = field(default_factory=FindingStore)
    entity_counts: Counter[str] = field(default_factory=Counter)
    output: Path | None = None

    def fail(self, reason: str) -> None:
        self.status, self.reason = ERROR, reason


class _InlineFuture:
    """The result of work done at once in this process (-j 1), shaped like a Future."""

    def __init__(self, fn: Callable[[Chunk], ChunkResult], chunk: Chunk) -> None:
        self._result: ChunkResult | None = None
        self._error: BaseException | None = None
        try:
            self._result = fn(chunk)
        except Exception as exc:
            self._error = exc

    def result(self) -> ChunkResult:
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


@dataclass
class _Run:
    """A document being processed: its outcome so far and its redacted copy in the making."""

    outcome: FileOutcome
    writer: AtomicFile | None = None
    seam: int = 0  # document offset up to which redacted text has been written
    settled: bool = False  # its outcome has been handed out

    def fail(self, reason: str) -> None:
        if self.outcome.status != ERROR:
            self.outcome.fail(reason)
        if self.writer is not None:
            self.writer.discard()
            self.writer = None


class Pipeline:
    def __init__(
        self,
        settings: ScanSettings,
        jobs: int,
        out_dir: Path | None = None,
        chunk_characters: int = CHUNK_CHARACTERS,
        overlap_characters: int = OVERLAP_CHARACTERS,
    ) -> None:
        self.settings = settings
        self.jobs = max(1, jobs)
        self.out_dir = out_dir
        self.chunk_characters = chunk_characters
        self.overlap_characters = overlap_characters
        self._targets: dict[Path, str] = {}  # redacted copy -> the input it was made from

    def run(self, documents: Iterable[Document]) -> Iterator[FileOutcome]:
        """The outcome of each document, in order, as soon as it is complete."""
        if self.jobs == 1:
            scanner = ChunkScanner(self.settings)
            yield from self._ordered(documents, lambda chunk: _InlineFuture(scanner.scan, chunk))
            return
        context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        )
        with ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=init_worker, initargs=(self.settings,)
        ) as pool:
            yield from self._ordered(documents, lambda chunk: pool.submit(scan_in_worker, chunk))

    def _ordered(
        self, documents: Iterable[Document], submit: Callable[[Chunk], Any]
    ) -> Iterator[FileOutcome]:
        in_flight = 2 * self.jobs + 2
        pending: deque[tuple[str, _Run, Any]] = deque()
        for event, run, payload in self._events(documents):
            pending.append((event, run, submit(payload) if event == "chunk" else payload))
            while len(pending) > in_flight:
                yield from self._settle(*pending.popleft())
        while pending:
            yield from self._settle(*pending.popleft())

    def _events(self, documents: Iterable[Document]) -> Iterator[tuple[str, _Run, Any]]:
        """("chunk", run, Chunk) for each chunk, then ("end", run, None) or ("fail", run, reason)."""
        for document in documents:
            run = _Run(FileOutcome(document))
            if document.problem:
                yield "fail", run, document.problem
                continue
            try:
                opened = open_document(document)
            except SkippedDocument as skipped:
                run.outcome.status, run.outcome.reason = SKIPPED, str(skipped)
                yield "end", run, None
                continue
            except OSError as exc:
                yield "fail", run, _os_reason(exc)
                continue
            run.outcome.encoding = opened.encoding
            try:
                if self.settings.redact:
                    run.writer = self._writer_for(document, opened.encoding)
                for chunk in chunks(opened.text, self.chunk_characters, self.overlap_characters):
                    yield "chunk", run, chunk
            except UnicodeDecodeError as exc:
                yield "fail", run, f"cannot decode as {opened.encoding}: {exc.reason}"
            except (OSError, ValueError) as exc:
                yield "fail", run, _os_reason(exc)
            else:
                run.outcome.size = opened.bytes_read.size
                run.outcome.sha256 = opened.bytes_read.sha256.hexdigest()
                yield "end", run, None
            finally:
                opened.close()

    def _writer_for(self, document: Document, encoding: str) -> AtomicFile:
        assert self.out_dir is not None
        target = self.out_dir / document.relative
        if document.path is not None and target.resolve() == document.path.resolve():
            raise ValueError("the redacted copy would overwrite the original")
        earlier = self._targets.setdefault(target.resolve(), document.display)
        if earlier != document.display:
            raise ValueError(f"its redacted copy {target} would replace that of {earlier}")
        return AtomicFile(target, encoding=encoding)

    def _settle(self, event: str, run: _Run, payload: Any) -> Iterator[FileOutcome]:
        if run.settled:
            return
        if event == "fail":
            run.fail(payload)
        elif event == "end":
            if run.writer is not None:
                run.writer.commit()
                run.outcome.output = run.writer.path
        else:
            future: Future[ChunkResult] | _InlineFuture = payload
            try:
                self._take(run, future.result())
            except OSError as exc:  # writing the copy failed (disk full, ...)
                run.fail(f"cannot write the redacted copy: {_os_reason(exc)}")
            except Exception as exc:  # a bug must not let a file through unscanned
                # Only the kind of error: its message could quote the text being scanned.
                run.fail(f"internal error while scanning ({type(exc).__name__})")
            if run.outcome.status != ERROR:
                return
        run.settled = True
        yield run.outcome

    def _take(self, run: _Run, result: ChunkResult) -> None:
        if result.emit_start != run.seam:
            raise RuntimeError(f"chunks disagree at offset {run.seam}/{result.emit_start}; not written")
        run.seam = result.emit_end
        if run.writer is not None and result.redacted is not None:
            run.writer.stream.write(result.redacted)
        run.outcome.findings.extend(result.findings)
        run.outcome.entity_counts.update(result.entity_counts)


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
