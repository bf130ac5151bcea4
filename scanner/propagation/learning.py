"""The learning pass of a run: every document is scanned once for what it teaches, before the scanning
pass finds the known values wherever they recur. Inputs are read twice rather than held in memory;
standard input, which can be read once only, is first spooled to a private temporary file."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial
from typing import IO, BinaryIO

from logscrub.scanner.chunk_scan import ScanSettings
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.propagation.guards import load_guards
from logscrub.scanner.propagation.known_values import KnownValues
from logscrub.scanner.propagation.known_values_file import KnownValuesFile, learn_known_value
from logscrub.scanner.propagation.lessons import HASHED_KNOWN_VALUE
from logscrub.scanner.propagation.matcher import KnownValueMatcher
from logscrub.scanner.sources.paths import Document
from logscrub.scanner.sources.settings import SourceSettings

_NOTHING_TEACHES = 2.0  # above any score: only the hashed known values are looked for


def learn_known_values(
    settings: ScanSettings,
    documents: Iterable[Document],
    jobs: int,
    sources: SourceSettings | None = None,
    known_file: KnownValuesFile | None = None,
    from_inputs: bool = True,
) -> KnownValues:
    """What the known-values file teaches, and (`from_inputs`) what the documents teach."""
    guards = load_guards()
    known = KnownValues(guards, settings.regions)
    if known_file is not None:
        for value in known_file.values:
            learn_known_value(known, value, f"{known_file.path}")
    hashes = known_file.hashes if known_file is not None else frozenset()
    if not from_inputs and not hashes:
        return known
    learner = Pipeline(
        replace(settings, locate=False, redact=False, known_values=None), jobs, sources=sources
    )
    min_score = guards.min_score if from_inputs else _NOTHING_TEACHES
    for document, lessons in learner.learn(documents, min_score, hashes):
        for lesson in lessons:
            origin = f"{document.display}:{lesson.line}"
            if lesson.entity == HASHED_KNOWN_VALUE:
                learn_known_value(known, lesson.value, f"{origin} (hashed known value)")
            else:
                known.learn(lesson.entity, lesson.value, lesson.attributes, origin)
    return known


def with_known_values(settings: ScanSettings, known: KnownValues) -> ScanSettings:
    return replace(settings, known_values=KnownValueMatcher(known))


def readable_twice(documents: Sequence[Document], stdin: BinaryIO | None = None) -> list[Document]:
    """`documents`, standard input among them spooled to an unlinked 0600 temporary file."""
    spooled: list[Document] = []
    for document in documents:
        if document.path is None and document.opener is None:
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
