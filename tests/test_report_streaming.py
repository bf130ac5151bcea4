"""Reports stream to disk (issue #16, item 8): each file's entry is written as its outcome arrives, its
findings let go of once written, and the totals come from counts, so that memory does not grow with the
number of findings. The timed figures are benchmarks/bench_report_memory.py's."""

from __future__ import annotations

import importlib
import io
import itertools
import json
import tracemalloc
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

import pytest

from helpers import run_logscrub
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.finding_batch import FindingBatchBuilder
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.finding_batch import FindingBatch
from logscrub.scanner.records.finding_store import IN_MEMORY_LIMIT, FindingStore
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.taxonomy import Classification
from logscrub.scanner.reports.formats import FORMAT_NAMES, report_format
from logscrub.scanner.reports.inventory import DistinctHashes, build_inventory
from logscrub.scanner.reports.summary import NameSearch, RunSummary

FINDINGS_PER_FILE = 3_000
VALUES = 7  # few distinct values: what is kept for them must not be what grows
CONTACT = Classification("contact", "medium")


def _findings(indices: range) -> FindingBatch:
    """Phone numbers at lines `indices` + 1, as a worker hands a chunk's findings over."""
    batch = FindingBatchBuilder(b"test key")
    for index in indices:
        number = f"070-174 06 {10 + index % VALUES}"  # fiction numbers
        place = (index * 20, index * 20 + len(number), index + 1, 1)
        batch.add("PHONE_NUMBER", CONTACT, number, place, 0.7, "PhoneNumberRecognizer", None)
    return batch.batch()


def _outcomes(files: int) -> Iterator[FileOutcome]:
    """Outcomes made one at a time, as a run hands them out: nothing here keeps them."""
    for number in range(files):
        name = f"call-{number}.log"
        outcome = FileOutcome(Document(None, name, PurePosixPath(name)), encoding="utf-8", size=1)
        outcome.findings.extend(_findings(range(FINDINGS_PER_FILE)))
        outcome.entity_counts["PHONE_NUMBER"] = FINDINGS_PER_FILE
        yield outcome


def _peak_while_writing(files: int) -> int:
    """Peak traced memory while a releasing JSON writer writes `files` files' findings."""
    taxonomy = load_taxonomy()
    stream = io.StringIO()
    tracemalloc.start()
    try:
        writer = report_format("json", taxonomy).writer(_DiscardingStream(stream), NameSearch(), True)
        summary = RunSummary()
        for outcome in _outcomes(files):
            summary.add(outcome, taxonomy)
            writer.add(outcome)
        writer.finish(summary)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


class _DiscardingStream(io.StringIO):
    """A report file on disk: what is written does not stay in this process's memory."""

    def __init__(self, tail: io.StringIO) -> None:
        super().__init__()
        self.tail = tail
        self.written = 0

    def write(self, text: str) -> int:
        self.written += len(text)
        return len(text)


def test_memory_of_a_streamed_report_does_not_grow_with_the_findings() -> None:
    few, many = _peak_while_writing(4), _peak_while_writing(16)
    # Four times the findings; the peak is that of one file's findings, plus counts per file.
    assert many <= 1.3 * few, (few, many)


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_each_file_is_written_and_let_go_of_as_it_arrives(name: str) -> None:
    taxonomy = load_taxonomy()
    stream = io.StringIO()
    writer = report_format(name, taxonomy).writer(stream, NameSearch(), True)
    summary = RunSummary()
    sizes = []
    for files, outcome in enumerate(_outcomes(3), start=1):
        summary.add(outcome, taxonomy)
        writer.add(outcome)
        sizes.append(len(stream.getvalue()))
        if name in ("json", "csv"):  # written as it comes: the file's findings are in the report now
            assert stream.getvalue().count("07***********") == files * FINDINGS_PER_FILE
            assert list(outcome.findings) == []  # let go of: the store holds nothing any more
            assert outcome.findings.count == FINDINGS_PER_FILE  # its counts stay for the totals
    writer.finish(summary)
    if name in ("json", "csv"):
        assert sizes[0] < sizes[1] < sizes[2] <= len(stream.getvalue())


def test_the_streamed_json_report_has_the_totals_of_the_whole_run() -> None:
    taxonomy = load_taxonomy()
    stream = io.StringIO()
    writer = report_format("json", taxonomy).writer(stream, NameSearch(), True)
    summary = RunSummary()
    for outcome in _outcomes(3):
        summary.add(outcome, taxonomy)
        writer.add(outcome)
    writer.finish(summary)
    report = json.loads(stream.getvalue())
    totals = report["summary"]
    assert totals["findings"] == 3 * FINDINGS_PER_FILE == sum(len(f["findings"]) for f in report["files"])
    assert totals["distinct_values"] == VALUES
    (record,) = totals["records_of_processing"]
    assert record["findings"] == 3 * FINDINGS_PER_FILE and record["distinct_values"] == VALUES
    assert [f["findings"] for f in record["files"]] == [FINDINGS_PER_FILE] * 3
    # The same as aggregated from outcomes kept whole.
    kept = list(_outcomes(3))
    assert build_inventory(kept).distinct_values == VALUES
    assert Counter(f["categories"]["contact"] for f in report["files"]) == {FINDINGS_PER_FILE: 3}


def test_redact_writes_its_report_in_every_format_as_scan_does(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):  # fiction numbers
        (folder / f"call-{number}.log").write_text(f"ring 070-174 06 {10 + number}\n" * 50, encoding="utf-8")
    report = tmp_path / "r.json"
    done = run_logscrub("redact", folder, "--out", tmp_path / "out", "--report", report, "-j", "2")
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [len(f["findings"]) for f in data["files"]] == [50, 50, 50]
    assert data["summary"]["findings"] == 150 and data["summary"]["distinct_values"] == 3


def test_findings_beyond_the_memory_limit_come_back_in_order_from_the_spill_file() -> None:
    store = FindingStore()
    for start in range(0, IN_MEMORY_LIMIT + 5_000, 1_000):  # as chunks hand them over
        store.extend(_findings(range(start, start + 1_000)))
    assert store.count == IN_MEMORY_LIMIT + 5_000
    assert [f.line for f in store] == list(range(1, IN_MEMORY_LIMIT + 5_001))
    assert [f.line for f in store][:3] == [1, 2, 3]  # read again from the start
    store.close()
    assert list(store) == [] and store.count == IN_MEMORY_LIMIT + 5_000


def _spread(indices: Iterable[int]) -> array[int]:
    """64-bit hashes, one for each index."""
    return array("Q", ((i * 0x9E3779B97F4A7C15) % 2**64 for i in indices))


def test_distinct_values_are_counted_in_a_few_bytes_each() -> None:
    values = 500_000  # the distinct values of a big dense log; a set of ints peaks at 73 bytes each
    hashes = DistinctHashes()
    importlib.import_module("numpy")  # imported by the first merge: its own memory is not measured
    tracemalloc.start()
    try:
        seen = itertools.chain(range(values), range(0, values, 3))  # a third of them seen again
        while batch := _spread(itertools.islice(seen, 20_000)):  # as chunks hand them over
            hashes.add_all(batch)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert hashes.count() == values
    other = DistinctHashes()
    other.add_all(_spread(range(values - 10, values + 10)))
    assert DistinctHashes.count_together([hashes, other]) == values + 10
    assert peak <= 30 * values, peak  # 8 stored, the rest while merging


def test_a_few_distinct_values_are_counted_alike() -> None:
    few, more = DistinctHashes(), DistinctHashes()
    few.add_all(_spread([1, 2, 2, 3]))
    more.add_all(_spread(range(3, 70_000)))  # past the first merge
    assert few.count() == 3 and more.count() == 70_000 - 3
    assert DistinctHashes.count_together([few, more]) == 70_000 - 1
    assert DistinctHashes.count_together([few, DistinctHashes()]) == 3
