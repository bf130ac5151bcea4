"""Redaction never mangles a log: all of ../shared/corpora (real logs nobody here wrote, labelled prose,
licences) is redacted in one run (so that propagation learns from all of it at once); every log keeps
each protocol and dictionary word outside a finding, and every line without a finding byte for byte.

The presidio-research JSON data set is redacted in the run (what it teaches is looked for in the logs)
but not checked line by line: it is labelled prose, not a log.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import run_logscrub
from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.scanner.propagation.protocol_words import protocol_words

LOG_SUFFIXES = (".log", ".sip", ".csv")
# A word, or a protocol version (`SIP/2.0`, `HTTP/1.1`).
_TOKEN = re.compile(r"[^\W\d_]+(?:/\d+\.\d+)?")


@dataclass(frozen=True)
class Span:
    start: int  # offsets within the line
    end: int


@dataclass(frozen=True)
class RedactedLog:
    original: bytes
    copy: bytes
    encoding: str
    spans: dict[int, list[Span]]  # 0-based line -> the finding spans on it

    def lines(self) -> list[tuple[bytes, bytes]]:
        return list(zip(self.original.split(b"\n"), self.copy.split(b"\n"), strict=True))


@pytest.fixture(scope="module")
def redacted_corpora(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, RedactedLog]:
    corpora = shared_dir / "corpora"
    logs = sorted(p for p in corpora.iterdir() if p.suffix in LOG_SUFFIXES)
    work = tmp_path_factory.mktemp("mangling")
    out, report_file = work / "out", work / "report.json"
    done = run_logscrub("redact", corpora, "--out", out, "--report", report_file)
    assert done.returncode == 0, done.stderr
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert len(report["files"]) == len(list(corpora.iterdir()))
    redacted = {}
    for entry in report["files"]:
        assert entry["status"] == "scanned", entry
        path = Path(entry["path"])
        if path.suffix not in LOG_SUFFIXES:
            continue
        original, encoding = path.read_bytes(), entry["encoding"]
        spans = _spans_by_line(original.decode(encoding), entry["findings"])
        redacted[path.name] = RedactedLog(original, (out / path.name).read_bytes(), encoding, spans)
    assert len(redacted) == len(logs)
    return redacted


def _spans_by_line(text: str, findings: list[dict[str, int]]) -> dict[int, list[Span]]:
    """Each finding's span, cut at line ends, under the lines it covers."""
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
    by_line: dict[int, list[Span]] = {}
    for f in findings:
        first = bisect.bisect_right(line_starts, f["start"]) - 1
        last = bisect.bisect_right(line_starts, max(f["start"], f["end"] - 1)) - 1
        for line in range(first, last + 1):
            by_line.setdefault(line, []).append(
                Span(f["start"] - line_starts[line], f["end"] - line_starts[line])
            )
    return by_line


def _is_kept_word(token: str) -> bool:
    """A SIP method, protocol version, header name or word of one, status phrase word, log level, log word
    or common word of English, Swedish or German."""
    return token in protocol_words() or is_common_word(token)


def _kept_words_outside(line: str, spans: list[Span]) -> Counter[str]:
    return Counter(
        m.group()
        for m in _TOKEN.finditer(line)
        if _is_kept_word(m.group()) and not any(s.start < m.end() and m.start() < s.end for s in spans)
    )


def test_copies_keep_their_lines(redacted_corpora: dict[str, RedactedLog]) -> None:
    for name, log in redacted_corpora.items():
        assert log.copy.count(b"\n") == log.original.count(b"\n"), name


def test_no_protocol_or_dictionary_word_outside_a_finding_changes(
    redacted_corpora: dict[str, RedactedLog],
) -> None:
    changed, checked = [], 0
    for name, log in redacted_corpora.items():
        lines = log.lines()
        for number, spans in log.spans.items():
            original, copy = (line.decode(log.encoding) for line in lines[number])
            words = _kept_words_outside(original, spans)
            checked += words.total()
            lost = words - Counter(m.group() for m in _TOKEN.finditer(copy))
            if lost:
                changed.append((name, number + 1, sorted(lost)))
    assert checked > 10_000  # the lines with findings are full of such words
    assert changed == []


def test_every_line_without_a_finding_is_byte_identical(redacted_corpora: dict[str, RedactedLog]) -> None:
    changed, checked = [], 0
    for name, log in redacted_corpora.items():
        for number, (original, copy) in enumerate(log.lines()):
            if number not in log.spans:
                checked += 1
                if original != copy:
                    changed.append((name, number + 1))
    assert checked > 10_000  # the corpora are mostly lines without personal data
    assert changed == []
