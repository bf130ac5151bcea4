"""The learning pass of a run: every document is scanned once for what it teaches, before the scanning
pass finds the known values wherever they recur. Inputs are read twice rather than held in memory;
standard input, which can be read once only, is first spooled to a private temporary file."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import IO, BinaryIO

from logscrub.scanner.detection_spool import Detections
from logscrub.scanner.executors import ChunkExecutor
from logscrub.scanner.pipeline import CHUNK_CHARACTERS, LearningFailed, Pipeline, Reading
from logscrub.scanner.propagation.guards import load_guards
from logscrub.scanner.propagation.known_values import KnownValues
from logscrub.scanner.propagation.known_values_file import KnownValuesFile, learn_known_value
from logscrub.scanner.propagation.matcher import KnownValueMatcher
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.known_values import KnownValueSet
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import Submit
from logscrub.scanner.sources.settings import SourceSettings

_NOTHING_TEACHES = 2.0  # above any score: only the hashed known values are looked for


@dataclass
class Learnt:
    """What a learning pass learnt, and the documents it could not learn from (display -> reason)."""

    known: KnownValues
    failed: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Learning:
    """Propagation: a learning pass first, with what the engineer's known-values file adds."""

    known_file: KnownValuesFile | None = None
    from_inputs: bool = True  # learn from the inputs too (not with --no-propagation)

    @property
    def reads_inputs(self) -> bool:
        """Whether a learning pass reads the inputs: to learn from them, or to find hashed values."""
        return self.from_inputs or (self.known_file is not None and bool(self.known_file.hashes))

    def learn(self, learner: Pipeline, documents: Iterable[Document], submit: Submit | None = None) -> Learnt:
        """What the known-values file teaches, and what `documents` teach (read by `learner`, with
        `submit`'s workers if given)."""
        guards = load_guards()
        learnt = Learnt(KnownValues(guards, learner.settings.regions))
        known_file = self.known_file
        if known_file is not None:
            for value in known_file.values:
                learn_known_value(learnt.known, value, f"{known_file.path}")
        if not self.reads_inputs:
            return learnt
        hashes = known_file.hashes if known_file is not None else frozenset()
        min_score = guards.min_score if self.from_inputs else _NOTHING_TEACHES
        for taught in learner.learn(documents, min_score, hashes, submit):
            if taught.failure is not None:
                reason = f"learning from {taught.member.display} failed ({taught.failure})"
                learnt.failed.setdefault(taught.document.display, reason)
            learnt.known.merge(taught.known)
        return learnt

    def run_wide(
        self,
        settings: ScanSettings,
        documents: Sequence[Document],
        executor: ChunkExecutor,
        submit: Submit,
        sources: SourceSettings | None = None,
        reading: Reading | None = None,
        detections: Detections | None = None,
    ) -> Learnt:
        """What all `documents` of a run teach together (they are read again when scanned), learnt on
        `executor`'s workers, readied for the run's scanning settings (`submit` hands them work: the
        scanning pass uses them too); `reading` as Pipeline's, for progress; `detections`, where what
        each chunk holds is kept for the scanning pass."""
        reader = learner(
            settings,
            executor.slots,
            sources=sources,
            reading=reading,
            detections=detections,
            executor=executor,
        )
        return self.learn(reader, documents, submit)

    def per_document(self, learner: Pipeline, submit: Submit) -> Callable[[Document], KnownValueMatcher]:
        """Learning from each document alone, on the workers `submit` hands work to (the daemon's)."""
        return partial(_document_known_values, self, learner, submit)


def learner(
    settings: ScanSettings,
    jobs: int,
    chunk_characters: int = CHUNK_CHARACTERS,
    sources: SourceSettings | None = None,
    reading: Reading | None = None,
    detections: Detections | None = None,
    executor: ChunkExecutor | None = None,
) -> Pipeline:
    """A pipeline for the learning pass: it reads the documents and makes no copies."""
    learning_settings = replace(settings, locate=False, redact=False, known_values=None)
    return Pipeline(
        learning_settings,
        jobs,
        chunk_characters=chunk_characters,
        sources=sources,
        reading=reading,
        detections=detections,
        executor=executor,
    )


def _document_known_values(
    learning: Learning, learner: Pipeline, submit: Submit, document: Document
) -> KnownValueMatcher:
    learnt = learning.learn(learner, [document], submit)
    if learnt.failed:
        raise LearningFailed(next(iter(learnt.failed.values())))
    return KnownValueMatcher(learnt.known)


def readable_twice(documents: Sequence[Document], stdin: BinaryIO | None = None) -> list[Document]:
    """`documents`, standard input among them spooled to an unlinked 0600 temporary file."""
    spooled: list[Document] = []
    for document in documents:
        unread = document.problem is not None or document.skipped is not None  # a URL's, say
        if document.path is None and document.opener is None and not unread:
            spool = _spool(stdin or sys.stdin.buffer)
            document = replace(document, opener=partial(_reopen, spool))
        spooled.append(document)
    return spooled


def _spool(stream: BinaryIO) -> IO[bytes]:
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the run's documents
    shutil.copyfileobj(stream, spool)
    return spool


def _reopen(spool: IO[bytes]) -> BinaryIO:
    spool.seek(0)
    return open(spool.fileno(), "rb", closefd=False)


def with_known_values(settings: ScanSettings, known: KnownValues) -> ScanSettings:
    """`settings` with the run's known values, for workers that are readied for each pass (a cluster's)."""
    return replace(settings, known_values=KnownValueSet(tuple(known.items())))
