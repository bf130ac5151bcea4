"""Running the pipeline for `scan` and `redact`: settings from options, one line per file not scanned."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from logscrub.scanner.chunk_scan import ScanSettings
from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.pipeline import ERROR, SKIPPED, FileOutcome, Pipeline
from logscrub.scanner.privacy import load_hash_key
from logscrub.scanner.sources.paths import Document, expand_paths


def scan_settings(
    args: argparse.Namespace, taxonomy: Taxonomy, *, locate: bool, redact: bool
) -> ScanSettings:
    return ScanSettings(
        taxonomy=taxonomy,
        hash_key=load_hash_key(),
        regions=args.regions,
        locate=locate,
        redact=redact,
    )


def documents_from(args: argparse.Namespace, out_dir: Path | None = None) -> Iterator[Document]:
    """The documents the PATH arguments name (never anything inside the output folder)."""
    exclude = [out_dir] if out_dir is not None else []
    return expand_paths(args.paths, exclude=exclude)


def run_pipeline(
    settings: ScanSettings, documents: Iterable[Document], jobs: int, out_dir: Path | None = None
) -> Iterator[FileOutcome]:
    """Each document's outcome as it completes; a file that was not scanned gets a line on stderr."""
    pipeline = Pipeline(settings, jobs=jobs, out_dir=out_dir)
    for outcome in pipeline.run(documents):
        tell(outcome)
        yield outcome


def tell(outcome: FileOutcome) -> None:
    """One line on standard error for a file that was not scanned: its name and the reason."""
    if outcome.status == ERROR:
        print(f"logscrub: error: {outcome.document.display}: {outcome.reason}", file=sys.stderr)
    elif outcome.status == SKIPPED:
        print(f"logscrub: skipped: {outcome.document.display}: {outcome.reason}", file=sys.stderr)
