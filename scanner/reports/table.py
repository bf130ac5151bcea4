"""The readable table `logscrub scan` prints on a terminal: each file's findings under its name with its
totals by sensitivity, then one row of totals per file. Long paths are shortened in the middle, where
they say least (the start names the tree, the end the file), so that the columns stay in place."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Sequence
from typing import IO

from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.reports.summary import RunSummary
from logscrub.scanner.reports.text import plural

_FINDING_COLUMNS = ("LINE:COL", "ENTITY", "CATEGORY", "SENSITIVITY", "SCORE", "PREVIEW")
_FINDING_WIDTHS = (10, 22, 15, 11, 5)
_COUNT_WIDTH = 8
_SHORTEST_PATH = 20
ELLIPSIS = "…"


def table_width(default: int = 120) -> int:
    """The terminal's width ($COLUMNS first); `default` when the table does not go to a terminal."""
    return shutil.get_terminal_size((default, 24)).columns


def shorten_middle(text: str, width: int) -> str:
    """`text` in at most `width` characters: its start and (longer) end, an ellipsis between."""
    if len(text) <= width:
        return text
    width = max(width, 5)
    head = (width - 1) // 3
    tail = width - 1 - head
    return text[:head] + ELLIPSIS + text[len(text) - tail :]


class FindingsTable:
    """Writes files as they complete, then the totals; `sensitivities` lowest first (the taxonomy's)."""

    def __init__(self, stream: IO[str], sensitivities: Sequence[str], width: int) -> None:
        self._stream = stream
        self._sensitivities = tuple(reversed(sensitivities))  # the most sensitive first
        self._width = width
        self._totals: list[tuple[str, Counter[str]]] = []

    def write_file(self, outcome: FileOutcome) -> None:
        """`outcome`'s findings under its name; nothing for a file without findings."""
        if not outcome.findings.count:
            return
        counts = Counter(outcome.findings.by_sensitivity)  # counted as they came: not read twice
        name = display_name(outcome.document.display)
        self._totals.append((name, counts))
        totals = ", ".join(f"{counts[s]} {s}" for s in self._sensitivities if counts[s])
        heading = f"{plural(sum(counts.values()), 'finding')}: {totals}"
        path = shorten_middle(name, max(self._width - len(heading) - 4, _SHORTEST_PATH))
        self._stream.write(f"\n{path} — {heading}\n")
        self._stream.write("  " + _finding_row(_FINDING_COLUMNS[:-1], _FINDING_COLUMNS[-1]))
        for f in outcome.findings:
            cells = (f"{f.line}:{f.column}", f.entity, f.category, f.sensitivity, f"{f.score:.2f}")
            self._stream.write("  " + _finding_row(cells, f.preview))

    def write_summary(self, outcomes: Sequence[FileOutcome], summary: RunSummary) -> None:
        if self._totals:
            self._write_totals()
        statuses = ", ".join(f"{n} {status}" for status, n in sorted(summary.by_status.items()))
        self._stream.write(
            f"\n{plural(summary.files, 'file')} ({statuses}), {plural(summary.findings, 'finding')}\n"
        )
        if summary.by_category:
            by_category = ", ".join(f"{c} {n}" for c, n in summary.by_category.most_common())
            self._stream.write(f"by category: {by_category}\n")
        for outcome in outcomes:
            if outcome.status != FileStatus.SCANNED:
                name = display_name(outcome.document.display)
                self._stream.write(f"{outcome.status}: {name}: {display_name(outcome.reason or '')}\n")

    def _write_totals(self) -> None:
        columns = [*(s.upper() for s in self._sensitivities), "TOTAL"]
        counts_width = (_COUNT_WIDTH + 1) * len(columns)
        path_width = max(self._width - counts_width - 1, _SHORTEST_PATH)
        longest = max(len(name) for name, _ in self._totals)
        path_width = min(path_width, max(longest, len("FILE")))
        self._stream.write("\n" + self._totals_row("FILE", columns, path_width))
        grand: Counter[str] = Counter()
        for name, counts in self._totals:
            grand.update(counts)
            self._stream.write(
                self._totals_row(shorten_middle(name, path_width), self._cells(counts), path_width)
            )
        label = f"all {plural(len(self._totals), 'file')} with findings"
        self._stream.write(
            self._totals_row(shorten_middle(label, path_width), self._cells(grand), path_width)
        )

    def _cells(self, counts: Counter[str]) -> list[str]:
        return [*(str(counts[s]) for s in self._sensitivities), str(sum(counts.values()))]

    @staticmethod
    def _totals_row(path: str, cells: Sequence[str], path_width: int) -> str:
        return path.ljust(path_width) + "".join(" " + cell.rjust(_COUNT_WIDTH) for cell in cells) + "\n"


def _finding_row(cells: Sequence[str], last: str) -> str:
    padded = [cell.ljust(width) for cell, width in zip(cells, _FINDING_WIDTHS, strict=True)]
    return "  ".join(padded) + "  " + last + "\n"
