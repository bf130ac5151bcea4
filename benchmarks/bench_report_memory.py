"""What `redact --report` costs (issue #16, item 8): peak memory of the main process and wall time of
`redact -j N --report r.json` on the dense log against the same run without a report, at two sizes.

Reports are written as the run goes, so the main process's peak should stay flat with the number of
findings (at most 1.2 times from the small size to the large one) and the report should cost at most 20 %
of the run's time.

    python benchmarks/bench_report_memory.py --sizes 50 200
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil
from bench_redact import logscrub_command
from child_env import logscrub_env
from generate_logs import DATA_DIR, ensure_log

SAMPLE_SECONDS = 0.05
FLAT_RATIO = 1.2
REPORT_SHARE = 0.20
BENCH_KEY = "6c6f6773637275622062656e6368206b"  # 128 bits, for benchmarks only


@dataclass
class RedactRun:
    size_mb: float
    report: str | None  # the report's suffix, or None for a run without one
    wall_s: float
    cpu_s: float  # CPU time of the run's whole process tree (its workers included)
    main_peak_rss_mib: float  # the logscrub process itself, not its workers
    report_mib: float


def peak_rss_of(process: subprocess.Popen[bytes]) -> float:
    """Sample `process`'s own resident memory until it exits; the largest, in MiB."""
    peak = 0
    watched = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            peak = max(peak, watched.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        time.sleep(SAMPLE_SECONDS)
    return peak / 2**20


def _env() -> dict[str, str]:
    # A fixed key of full strength: a report hashes every value with it.
    return {**logscrub_env(), "LOGSCRUB_HASH_KEY": BENCH_KEY}


def run_once(path: Path, size_mb: float, jobs: int, report_suffix: str | None) -> RedactRun:
    with tempfile.TemporaryDirectory(prefix="logscrub-bench-") as scratch:
        command = logscrub_command(path, Path(scratch) / "out", jobs)
        report = Path(scratch) / f"r{report_suffix}" if report_suffix else None
        if report is not None:
            command += ["--report", str(report)]
        start, used = time.perf_counter(), _children_cpu()
        process = subprocess.Popen(command, env=_env(), stderr=subprocess.PIPE)
        peak: list[float] = []
        sampler = threading.Thread(target=lambda: peak.append(peak_rss_of(process)))
        sampler.start()
        _, err = process.communicate()
        wall, cpu = time.perf_counter() - start, _children_cpu() - used
        sampler.join()
        if process.returncode != 0:
            raise RuntimeError(f"redact failed ({process.returncode}): {err.decode(errors='replace')[-500:]}")
        size = report.stat().st_size / 2**20 if report is not None else 0.0
        return RedactRun(size_mb, report_suffix, wall, cpu, peak[0], size)


def _children_cpu() -> float:
    """CPU seconds of this process's reaped children and theirs (a run's workers are reaped by it)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=float, nargs=2, default=[50, 200], metavar=("SMALL", "LARGE"))
    parser.add_argument("--jobs", type=int, default=2, help="-j for logscrub")
    parser.add_argument("--report", default=".json", help="the report's suffix (.json, .csv, .html, ...)")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--json", type=Path, help="also write every number as JSON")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    runs: list[RedactRun] = []
    print(f"{'MB':>6} {'report':>7} {'wall s':>8} {'CPU s':>8} {'main peak RSS':>14} {'report MiB':>11}")
    for size_mb in args.sizes:
        path = ensure_log("dense", size_mb, args.data_dir)
        for suffix in (None, args.report):
            run = run_once(path, size_mb, args.jobs, suffix)
            runs.append(run)
            print(
                f"{size_mb:>6g} {suffix or '-':>7} {run.wall_s:>8.1f} {run.cpu_s:>8.1f} "
                f"{run.main_peak_rss_mib:>10.0f} MiB "
                f"{run.report_mib:>11.1f}",
                flush=True,
            )
    bare_small, report_small, bare_large, report_large = runs
    ratio = report_large.main_peak_rss_mib / report_small.main_peak_rss_mib
    share = max(r.wall_s / b.wall_s - 1 for b, r in ((bare_small, report_small), (bare_large, report_large)))
    cpu_share = max(
        r.cpu_s / b.cpu_s - 1 for b, r in ((bare_small, report_small), (bare_large, report_large))
    )
    flat, cheap = ratio <= FLAT_RATIO, share <= REPORT_SHARE
    print(f"{'PASS' if flat else 'FAIL'} main peak with a report grows {ratio:.2f}x (at most {FLAT_RATIO}x)")
    print(
        f"{'PASS' if cheap else 'FAIL'} the report adds {share:.0%} to the run's wall time (at most "
        f"{REPORT_SHARE:.0%}); {cpu_share:.0%} to its CPU time"
    )
    if args.json is not None:
        args.json.write_text(json.dumps([asdict(r) for r in runs], indent=2) + "\n", encoding="utf-8")
    return 0 if flat and cheap else 1


if __name__ == "__main__":
    sys.exit(main())
