"""Memory of `logscrub redact` on multi-GB inputs of three shapes, next to the same shapes 8 times smaller.

    python benchmarks/bench_large_files.py [--size-mb 2000] [--jobs 2] [--json results.json]

* lines: the sparse SIP proxy debug log of generate_logs.py (ordinary lines, personal data on one in 20);
* long-lines: the same text with its lines joined by blanks into lines of 10 MB;
* no-newline: the same text with no newline at all.

Each shape runs as the real command line, a child process, at --size-mb and at an eighth of it. The
process tree's memory is sampled as bench_redact.py does (sum of RSS over the CLI and its workers). Memory
is bounded by -j and the chunk size, not by the input: the peak at full size should be that of the small
run (a PASS line is printed when it is within 20 %). The exit status is 0 unless a run failed.

Inputs are kept in benchmarks/data/ (gitignored) and reused; a 2000 MB run needs about 12 GB of disk
for inputs and copies (the copies are deleted after each run).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench_redact import logscrub_command, run_measured
from child_env import logscrub_env
from generate_logs import DATA_DIR, MB, ensure_log

LONG_LINE = 10 * MB
BLOCK = 1 << 20
SHAPES = ("lines", "long-lines", "no-newline")


def ensure_shape(shape: str, size_mb: float, data_dir: Path) -> Path:
    """The input of `shape` at `size_mb`, derived from the sparse log of that size."""
    lines = ensure_log("sparse", size_mb, data_dir)
    if shape == "lines":
        return lines
    path = data_dir / f"{shape}-{size_mb:g}MB.log"
    if path.exists() and path.stat().st_size == lines.stat().st_size:
        return path
    partial = path.with_suffix(".tmp")
    with lines.open("rb") as source, partial.open("wb") as target:
        since_newline = 0
        while block := source.read(BLOCK):
            joined = bytearray(block.replace(b"\n", b" "))
            if shape == "long-lines":  # keep a newline once every LONG_LINE bytes
                for at in range(LONG_LINE - since_newline, len(joined), LONG_LINE):
                    joined[at] = ord("\n")
                since_newline = (since_newline + len(joined)) % LONG_LINE
            target.write(joined)
    partial.replace(path)
    return path


@dataclass
class ShapeRun:
    shape: str
    size_mb: float
    wall_s: float
    mb_per_s: float
    peak_tree_rss: int
    max_single_rss: int


def measure(path: Path, shape: str, size_mb: float, jobs: int) -> ShapeRun:
    with tempfile.TemporaryDirectory(prefix="logscrub-large-") as out:
        run = run_measured(logscrub_command(path, Path(out), jobs), logscrub_env())
        if run.returncode != 0:
            raise SystemExit(f"logscrub failed on {path} ({run.returncode}): {run.stderr[-2000:]}")
        size = path.stat().st_size
        return ShapeRun(
            shape, size_mb, run.wall_s, size / MB / run.wall_s, run.peak_tree_rss, run.max_single_rss
        )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=2000, help="size of each input (1 MB = 10^6 bytes)")
    parser.add_argument("--jobs", type=int, default=2, help="-j for logscrub")
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--json", type=Path, help="also write every number as JSON")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    free = shutil.disk_usage(args.data_dir.parent).free / MB
    if free < 6 * args.size_mb:
        print(f"warning: {free:.0f} MB free; inputs and copies need about {6 * args.size_mb:.0f} MB")
    results: list[ShapeRun] = []
    print(f"{'shape':<12} {'MB':>8} {'wall s':>8} {'MB/s':>6} {'peak tree RSS':>14} {'max one RSS':>12}")
    for shape in args.shapes:
        pair = []
        for size_mb in (args.size_mb / 8, args.size_mb):
            run = measure(ensure_shape(shape, size_mb, args.data_dir), shape, size_mb, args.jobs)
            pair.append(run)
            print(
                f"{shape:<12} {size_mb:>8g} {run.wall_s:>8.1f} {run.mb_per_s:>6.2f} "
                f"{run.peak_tree_rss / 2**20:>10.0f} MiB {run.max_single_rss / 2**20:>8.0f} MiB",
                flush=True,
            )
        small, full = pair
        flat = full.peak_tree_rss <= 1.2 * small.peak_tree_rss
        verdict = "PASS" if flat else "FAIL"
        print(f"{verdict} {shape}: peak memory at {args.size_mb:g} MB within 20 % of that at 1/8 the size")
        results.extend(pair)
    if args.json is not None:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
