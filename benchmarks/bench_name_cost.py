"""What the prose name finder adds to the engine's CPU time on a log.

    python benchmarks/bench_name_cost.py [--log FILE] [--rounds 3]

The engine's `Detector.detect` over the log's first 4 MiB, in 1 MiB chunks (after a warm-up on its last
300 KB), with every default recognizer and with every one but ``ProseNameRecognizer`` and
``ProseUserNameRecognizer`` (which reports the user names of the finder's pass). Each run is a
process of its own and the two alternate, so that a shared, noisy machine weighs on both alike; the
process's CPU time is what is compared. The log is by default generate_logs.py's dense 5 MB log, made
if missing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from generate_logs import ensure_log

CHUNK = 1 << 20
CHUNKS = 4
WARM_UP = 300_000
MODES = ("full", "without")
# The recognizers that report what the name finder's one pass over a text finds.
FINDER_RECOGNIZERS = frozenset(("ProseNameRecognizer", "ProseUserNameRecognizer"))


def cpu_seconds(log: Path, mode: str) -> float:
    """CPU seconds of the engine over the log's first chunks, with the name finder or `without` it."""
    from logscrub.recognizers import DEFAULT_REGIONS, default_recognizers
    from logscrub.scanner.engine.detector import Detector

    text = log.read_text(encoding="utf-8")
    recognizers = default_recognizers(DEFAULT_REGIONS, "en")
    if mode == "without":
        recognizers = [r for r in recognizers if type(r).__name__ not in FINDER_RECOGNIZERS]
    detector = Detector(recognizers)
    detector.detect(text[-WARM_UP:])
    chunks = [text[start : start + CHUNK] for start in range(0, CHUNKS * CHUNK, CHUNK)]
    started = time.process_time()
    for chunk in chunks:
        detector.detect(chunk)
    return time.process_time() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--log", type=Path, help="default: the dense 5 MB log, made if missing")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(cpu_seconds(args.log, args.child))
        return 0
    log = args.log or ensure_log("dense", 5)
    totals = dict.fromkeys(MODES, 0.0)
    for round_ in range(1, args.rounds + 1):
        for mode in MODES:
            command = [sys.executable, __file__, "--log", str(log), "--child", mode]
            seconds = float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
            totals[mode] += seconds
            print(f"round {round_}: {mode:8} {seconds:.3f} CPU s")
    full, without = totals["full"] / args.rounds, totals["without"] / args.rounds
    print(f"mean: full {full:.3f} s, without {without:.3f} s: the name finder adds {full / without - 1:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
