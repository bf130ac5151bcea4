"""Large inputs: memory is bounded by the chunk size setting, not by the size of the file, for a file
that is mostly one long line and for one with no newline (nor any blank) at all; findings across chunk
borders are all found. Sizes are kept small enough for a test (scanning these inputs runs at a few MB/s):
the bound is small too, and the file several times larger. The multi-GB runs, 10 MB lines included,
are a benchmark: benchmarks/bench_large_files.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHUNK = 16 << 10  # characters per chunk for these runs (the setting: Pipeline(chunk_characters=...))
BOUND = 1 << 20  # bytes the peak RSS may grow by while the big file is read, after a small warm-up
FILE_BYTES = 4_000_000  # four times the bound: held whole (as bytes and text) it would take eight
EMAIL = "anna.svensson@example.se"

# Runs in a child process, so that its peak RSS is its own: redacts a small file first (imports,
# recognizers, allocator arenas: what does not depend on input size), then the big file.
DRIVER = """
import json, resource, sys
from pathlib import Path
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.sources.paths import expand_paths

chunk, out, warm_up, big = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", redact=True)

def redact(path):
    pipeline = Pipeline(settings, jobs=1, out_dir=out, chunk_characters=chunk, overlap_characters=1024)
    (outcome,) = list(pipeline.run(expand_paths([path])))
    return outcome

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

redact(warm_up)
before = peak()
outcome = redact(big)
print(json.dumps({"growth": peak() - before, "status": outcome.status, "findings": outcome.findings.count,
                  "size": outcome.size}))
"""


def _long_lines(path: Path) -> int:
    """Ordinary lines, then a line of FILE_BYTES of words, then more lines; an e-mail address every 50 KB."""
    short = f"2024-03-12 10:00:01 INFO session closed for {EMAIL}\n"
    word_run = "heartbeat ok queue empty " * 2000  # 50,000 characters
    line = " ".join([word_run + EMAIL] * (FILE_BYTES // 50_000))
    text = short * 100 + line + "\n" + short * 100
    path.write_text(text)
    return text.count(EMAIL)


def _no_newline(path: Path) -> int:
    """One run of characters with no newline and no blank: chunks are cut every CHUNK characters
    exactly, and an address is put across each such cut."""
    pieces, position, planted = [], 0, 0
    while position < FILE_BYTES:
        filler = "x" * (CHUNK - 10 - position % CHUNK)
        token = f"|{EMAIL}|"
        pieces.append(filler + token)
        position += len(filler) + len(token)
        planted += 1
    path.write_text("".join(pieces))
    return planted


def _start(tmp_path: Path, name: str, big: Path) -> subprocess.Popen[str]:
    warm_up = tmp_path / f"warm-{name}.log"
    warm_up.write_text(f"call 070-174 06 12 from {EMAIL}\n" * 500)
    command = [
        sys.executable,
        "-c",
        DRIVER,
        str(CHUNK),
        str(tmp_path / f"out-{name}"),
        str(warm_up),
        str(big),
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_memory_is_bounded_by_the_chunk_size_not_by_the_file(tmp_path: Path) -> None:
    inputs = {"long-lines": _long_lines, "no-newline": _no_newline}
    planted, children = {}, {}
    for name, make in inputs.items():
        big = tmp_path / f"{name}.log"
        planted[name] = make(big)
        assert big.stat().st_size >= FILE_BYTES > 3 * BOUND
        children[name] = _start(tmp_path, name, big)  # both at once: two cores, half the wait
    for name, child in children.items():
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        result = json.loads(out)
        assert result["status"] == "scanned"
        assert result["findings"] == planted[name], "a finding across a chunk border was lost"
        assert result["growth"] < BOUND, f"{name}: peak RSS grew by {result['growth'] / 2**20:.1f} MiB"
        copy = (tmp_path / f"out-{name}" / f"{name}.log").read_text()
        assert EMAIL not in copy
        assert copy.count("<EMAIL_ADDRESS>") == planted[name]
        assert copy.count("\n") == (tmp_path / f"{name}.log").read_text().count("\n")
