"""The readable table `logscrub scan` prints on a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from logscrub.scanner.pipeline import FileOutcome
from logscrub.scanner.reports.summary import RunSummary

_COLUMNS = ("LOCATION", "ENTITY", "CATEGORY", "SENSITIVITY", "SCORE", "PREVIEW")
_WIDTHS = (34, 22, 15, 11, 5)


def write_table_rows(outcome: FileOutcome, stream: IO[str]) -> None:
    """One row per finding of `outcome` (written as each file completes)."""
    for f in outcome.findings:
        location = f"{outcome.document.display}:{f.line}:{f.column}"
        cells = (location, f.entity, f.category, f.sensitivity, f"{f.score:.2f}")
        stream.write(_row(cells, f.preview))


def write_table_header(stream: IO[str]) -> None:
    stream.write(_row(_COLUMNS[:-1], _COLUMNS[-1]))


def write_table_summary(outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
    statuses = ", ".join(f"{n} {status}" for status, n in sorted(summary.by_status.items()))
    stream.write(f"\n{summary.files} files ({statuses}), {summary.findings} findings\n")
    if summary.by_category:
        stream.write(
            "by category: " + ", ".join(f"{c} {n}" for c, n in summary.by_category.most_common()) + "\n"
        )
    for outcome in outcomes:
        if outcome.status != "scanned":
            stream.write(f"{outcome.status}: {outcome.document.display}: {outcome.reason}\n")


def _row(cells: Sequence[str], last: str) -> str:
    padded = [cell.ljust(width) for cell, width in zip(cells, _WIDTHS, strict=True)]
    return "  ".join(padded) + "  " + last + "\n"
