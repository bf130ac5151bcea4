"""Chunks are independent units of work: cutting a file anywhere, and scanning the pieces in any number of
processes, gives exactly the findings and the redacted copy of scanning it whole."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from helpers import run_logscrub
from logscrub.scanner.chunk_scan import ChunkScanner
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.sources.paths import expand_paths
from logscrub.scanner.sources.reading import chunks

LINES = [
    'INVITE sip:+46701740{n:03d}@pbx.example.se;user=phone SIP/2.0 From: "Åsa Öberg"<sip:asa{n}@example.se>',
    "customer rang 070-174 06 {m:02d} then +46 70 174 06 {m:02d}, e-mail kund{n}@example.com",
    "pnr 19850101-2382 / 850101-2382 checked at 2024-03-12 10:00:{m:02d} port 10000-20000",
    "nothing here but a version 7.0.2046.{n} and uniqueid 17102376{n:02d}.42",
    "tel:+46-70-174-06-{m:02d};ext={n} and 030 23125 {n:03d} Berlin",
]


def _text(lines: int, separator: str) -> str:
    rng = random.Random(7)
    parts = []
    for n in range(lines):
        template = rng.choice(LINES)
        parts.append(template.format(n=n % 1000, m=5 + n % 95))
    return separator.join(parts) + separator


def _scan(path: Path, out: Path, jobs: int, chunk: int, overlap: int) -> tuple[list[tuple[object, ...]], str]:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", redact=True)
    pipeline = Pipeline(settings, jobs=jobs, out_dir=out, chunk_characters=chunk, overlap_characters=overlap)
    (outcome,) = list(pipeline.run(expand_paths([str(path)])))
    assert outcome.status == "scanned", outcome.reason
    findings = [(f.entity, f.start, f.end, f.line, f.column, f.value_hash) for f in outcome.findings]
    return findings, (out / path.name).read_text(encoding="utf-8")


@pytest.mark.parametrize("separator", ["\n", "\r\n", " "], ids=["lines", "crlf", "one-long-line"])
def test_any_chunking_gives_the_same_result(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "trace.log"
    path.write_bytes(_text(600, separator).encode("utf-8"))
    whole, whole_copy = _scan(path, tmp_path / "whole", jobs=1, chunk=1 << 22, overlap=2048)
    assert len(whole) > 600
    for chunk, overlap, jobs in [(97, 300, 1), (1000, 300, 2), (4096, 512, 2), (333, 1024, 1)]:
        found, copy = _scan(path, tmp_path / f"c{chunk}-{jobs}", jobs=jobs, chunk=chunk, overlap=overlap)
        assert found == whole, (chunk, overlap, jobs)
        assert copy == whole_copy, (chunk, overlap, jobs)


def test_chunks_cover_the_text_exactly_once_and_know_their_position() -> None:
    text = "first line\nsecond line is longer\n" + "x" * 50 + " tail without newline"
    pieces = list(chunks(io.StringIO(text), size=16, overlap=5))
    assert "".join(c.text[c.core_start : c.core_end] for c in pieces) == text
    for c in pieces:
        before = text[: c.offset + c.core_start]
        assert c.line == before.count("\n") + 1
        assert c.column == len(before) - (before.rfind("\n") + 1) + 1
        assert c.text == text[c.offset : c.offset + len(c.text)]


BEARER_TOKEN = "".join(chr(65 + (i * 7) % 26) for i in range(10_000))  # longer than a chunk and its overlap
# Lines far longer than a chunk, whose values a chunk sees otherwise than the chunk before it: quotes
# pair one way or the other, a run of names groups one way or the other, a token outlasts the overlap.
LONG_LINES = {
    "password": "password=" * 3000 + "\n",
    "digest-response": 'response="' * 3000 + "\n",
    "names": "Kund: " + "Anna " * 6000 + "\n",
    "long-token": "x " * 1000 + "Authorization: Bearer " + BEARER_TOKEN + " end\n",
}


@pytest.mark.parametrize("text", LONG_LINES.values(), ids=LONG_LINES.keys())
@pytest.mark.parametrize(("chunk", "overlap"), [(4096, 512), (1000, 300)])
def test_a_long_line_seen_otherwise_by_each_chunk_is_still_redacted(
    tmp_path: Path, text: str, chunk: int, overlap: int
) -> None:
    path = tmp_path / "long.log"
    path.write_text(text, encoding="utf-8")
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", redact=True)
    pipeline = Pipeline(
        settings, jobs=2, out_dir=tmp_path / "out", chunk_characters=chunk, overlap_characters=overlap
    )
    (outcome,) = list(pipeline.run(expand_paths([str(path)])))
    assert outcome.status == "scanned", outcome.reason
    copy = (tmp_path / "out" / path.name).read_text(encoding="utf-8")
    assert copy.count("\n") == text.count("\n")
    # No value found in the original is found again in the copy, at a seam or elsewhere.
    values = {text[f.start : f.end] for f in outcome.findings}
    scanner = ChunkScanner(settings)
    assert not values & {copy[f.start : f.end] for f in scanner.findings_in(copy)}
    assert "Anna" not in copy
    assert not any(BEARER_TOKEN[i : i + 20] in copy for i in range(0, len(BEARER_TOKEN), 20))


def test_a_long_line_is_redacted_by_the_command_line(tmp_path: Path) -> None:
    # The issue's case at the real chunk size (1 Mi characters): a seam in a line of `response="` repeated.
    path = tmp_path / "digest.log"
    path.write_text('response="' * 110_000 + "\n", encoding="utf-8")
    done = run_logscrub("redact", path, "--out", tmp_path / "out", "-j", "2")
    assert done.returncode == 0, done.stderr
    copy = (tmp_path / "out" / path.name).read_text(encoding="utf-8")
    assert copy.count("\n") == 1 and "<CREDENTIAL>" in copy
