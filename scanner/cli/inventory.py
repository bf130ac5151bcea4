"""Running the pipeline for `scan` and `redact`: settings from options, one line per file not scanned."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

from logscrub.scanner.cli.options import active_rules
from logscrub.scanner.cli.progress import RunProgress
from logscrub.scanner.detection_spool import WorkerDetections, detection_spool
from logscrub.scanner.display_names import display_name
from logscrub.scanner.executors import ChunkExecutor, chunk_executor
from logscrub.scanner.executors.local import LocalExecutor
from logscrub.scanner.learning_pass import Learning, Learnt, readable_twice, with_known_values
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.privacy import load_hash_key
from logscrub.scanner.propagation.known_values_file import read_known_values
from logscrub.scanner.propagation.matcher import KnownValueMatcher
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.summary import NameSearch
from logscrub.scanner.rulepacks import RuleSet
from logscrub.scanner.sources.archives import compression_of, container_of
from logscrub.scanner.sources.ignore import Exclusions
from logscrub.scanner.sources.paths import expand_paths
from logscrub.scanner.sources.remote import is_remote, is_url, local_path, url_documents
from logscrub.scanner.sources.settings import SourceSettings

# Below this many bytes of plain files, a run scans in its own process (see workers_for).
SMALL_INPUT_BYTES = 1 << 18
_HEAD_BYTES = 512  # enough to recognise a compressed file or an archive (a tar's magic is at 257)


def scan_settings(
    args: argparse.Namespace, taxonomy: Taxonomy, *, locate: bool, redact: bool
) -> ScanSettings:
    if args.ner is not None:
        name_search_for(args.ner)  # a model that cannot be loaded is refused before any file is read
    return ScanSettings(
        taxonomy=taxonomy,
        hash_key=load_hash_key(),
        regions=args.regions,
        locate=locate,
        redact=redact,
        rules=active_rules(args).detection,
        ner=args.ner,
    )


def name_search(settings: ScanSettings) -> NameSearch:
    """How the run searches for names, for the reports."""
    return name_search_for(settings.ner)


def name_search_for(ner: str | None) -> NameSearch:
    """Names searched by structure and gazetteers, and by the NER model `ner` names (loaded once per
    process: NerModelError, exit 2, if it cannot be)."""
    if ner is None:
        return NameSearch()
    from logscrub.scanner.engine.ner import describe_ner_model  # spaCy: only for runs with --ner

    return NameSearch(ner=describe_ner_model(ner))


def documents_from(
    args: argparse.Namespace, out_dir: Path | None = None, out_url: str | None = None
) -> Iterator[Document]:
    """The documents the PATH arguments name, local paths and URLs (never anything inside the output
    folder, `out_dir` or `out_url`)."""
    exclude = [out_dir] if out_dir is not None else []
    documents = itertools.chain.from_iterable(
        url_documents(argument, Exclusions.from_patterns(args.exclude), [out_url] if out_url else [])
        if is_remote(argument)
        else expand_paths(
            [local_path(argument) if is_url(argument) else argument],
            exclude=exclude,
            patterns=args.exclude,
            follow_symlinks=args.follow_symlinks,
        )
        for argument in args.paths
    )
    rule_set = active_rules(args)
    return _ignoring(documents, rule_set, args.paths) if rule_set.ignore else documents


def _ignoring(
    documents: Iterable[Document], rule_set: RuleSet, arguments: Sequence[str]
) -> Iterator[Document]:
    """`documents`, those a rule pack ignores marked as skipped; as with --exclude, a file named on the
    command line is always read."""
    named = {os.path.normpath(argument) for argument in arguments}
    for document in documents:
        rule = None
        if document.path is not None and not document.skipped and document.display not in named:
            rule = rule_set.ignoring(document.path)
        if rule is None:
            yield document
        else:
            yield replace(document, skipped=f"ignored by rule pack {rule.origin} ({rule.glob})")


def learning_from(args: argparse.Namespace) -> Learning | None:
    """Propagation as the options ask (raises KnownValuesError for a file that cannot be used)."""
    known_file = read_known_values(args.known_values) if args.known_values is not None else None
    if not args.propagation and known_file is None:
        return None
    return Learning(known_file, from_inputs=args.propagation)


def run_pipeline(
    settings: ScanSettings,
    documents: Iterable[Document],
    jobs: int,
    out_dir: Path | None = None,
    progress: RunProgress | None = None,
    sources: SourceSettings | None = None,
    learning: Learning | None = None,
    scheduler: str | None = None,
) -> Iterator[FileOutcome]:
    """Each document's outcome as it completes; a file that was not scanned gets a line on stderr.

    With `learning`, every document is read once to learn known values before it is scanned; one that
    could not be learnt from is not scanned either. With `scheduler`, chunks are scanned on that Dask
    cluster instead of `jobs` processes here."""
    with chunk_executor(jobs, scheduler) as executor:
        yield from _outcomes(settings, documents, executor, out_dir, progress, sources, learning)


def _outcomes(
    settings: ScanSettings,
    documents: Iterable[Document],
    executor: ChunkExecutor,
    out_dir: Path | None,
    progress: RunProgress | None,
    sources: SourceSettings | None,
    learning: Learning | None,
) -> Iterator[FileOutcome]:
    reading = None if progress is None else progress.reading
    if learning is None:
        pipeline = Pipeline(
            settings, executor.slots, out_dir, sources=sources, reading=reading, executor=executor
        )
        yield from _told(pipeline.run(documents), progress)
        return
    documents = readable_twice(list(documents)) if learning.reads_inputs else list(documents)
    learning_pass = progress.learning_pass if progress is not None and learning.reads_inputs else nullcontext
    if not executor.shares_disk:
        # A cluster: each worker keeps what it detected in the chunks it learnt from, and builds its
        # scanner once for both passes; the scanning pass's settings carry the known values.
        kept = WorkerDetections(exact_scores=settings.locate) if learning.from_inputs else None
        with learning_pass(), executor.workers(settings) as submit:
            learnt = learning.run_wide(settings, documents, executor, submit, sources, reading, kept)
        pipeline = Pipeline(
            with_known_values(settings, learnt.known),
            executor.slots,
            out_dir,
            sources=sources,
            reading=reading,
            executor=executor,
            detections=kept,
        )
        yield from _told(pipeline.run(_learnt_from(documents, learnt)), progress)
        return
    local = LocalExecutor(workers_for(documents, executor.slots))
    # One pool of workers for both passes, and each chunk detected once (see detection_spool.py).
    with detection_spool(exact_scores=settings.locate) as spool, local.workers(settings) as submit:
        detections = spool if learning.from_inputs else None
        with learning_pass():
            learnt = learning.run_wide(settings, documents, local, submit, sources, reading, detections)
        known = KnownValueMatcher(learnt.known).stored_in(spool.folder)
        pipeline = Pipeline(
            settings,
            local.slots,
            out_dir,
            sources=sources,
            reading=reading,
            known_for=lambda _: known,
            detections=detections,
        )
        yield from _told(pipeline.run(_learnt_from(documents, learnt), submit), progress)


def _learnt_from(documents: list[Document], learnt: Learnt) -> list[Document]:
    """`documents`, those that could not be learnt from marked so: they are not scanned either."""
    if not learnt.failed:
        return documents
    return [_unlearnt(document, learnt.failed) for document in documents]


def _told(outcomes: Iterable[FileOutcome], progress: RunProgress | None) -> Iterator[FileOutcome]:
    """`outcomes`, each told on the progress bar, and on stderr if it was not scanned."""
    for outcome in outcomes:
        if progress is None:
            tell(outcome)
        else:
            progress.advance(outcome)
            if outcome.status != FileStatus.SCANNED:  # tell() writes a line: the bar moves out of its way
                with progress.paused():
                    tell(outcome)
        yield outcome


def workers_for(documents: Sequence[Document], jobs: int) -> int:
    """`jobs`, or 1 (this process alone) for files that hold less than a chunk of text in all: a
    worker process costs more to start (it builds its own scanner) than it would save there. Standard
    input, compressed files and archives can hold far more than they measure: they keep `jobs`."""
    total = 0
    for document in documents:
        if document.problem or document.skipped:
            continue
        if document.path is None:
            return jobs
        try:
            with open(document.path, "rb") as stream:
                head = stream.read(_HEAD_BYTES)
                total += os.fstat(stream.fileno()).st_size
        except OSError:
            continue  # the run reports it
        if total > SMALL_INPUT_BYTES or compression_of(head) or container_of(head):
            return jobs
    return 1


def _unlearnt(document: Document, failed: dict[str, str]) -> Document:
    reason = failed.get(document.display)
    return document if reason is None or document.problem else replace(document, problem=reason)


def tell(outcome: FileOutcome) -> None:
    """One line on standard error for a file that was not scanned: its name and the reason."""
    name = display_name(outcome.document.display)
    if outcome.status == FileStatus.ERROR:
        print(f"logscrub: error: {name}: {outcome.reason}", file=sys.stderr)
    elif outcome.status == FileStatus.SKIPPED:
        print(f"logscrub: skipped: {name}: {outcome.reason}", file=sys.stderr)
