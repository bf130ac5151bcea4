"""The same redaction on this machine's processes (`-j 2`) and on a two-worker Dask cluster on it.

    python benchmarks/bench_dask.py [--size-mb 10] [--repeat 1] [--scheduler tcp://HOST:8786] [--json FILE]

* Throughput: `logscrub redact FILE --out TMP` as a child process, once with `-j 2`, once with
  `--scheduler ADDRESS`, on the dense log of generate_logs.py (propagation on, as by default: two
  passes). Wall time, start-up included; the ratio is local time / cluster time (≥ 0.9 is the target:
  the cluster costs at most a tenth more than the processes it replaces on the same two cores). The
  same on a 10-line file gives each one's start-up (imports, connecting, workers readied), and the ratio
  without it (what a large input sees).
* Scheduler overhead per task: tasks that do nothing with a chunk-sized argument, sent through the
  Dask executor with as many in flight as the pipeline keeps; worker-seconds per task.
* The run's own process: its CPU time in the cluster run (reading, writing, numbering, the client)
  against the CPU time of all the work in the local run: how many worker cores one run keeps busy.
* Work per chunk: one core scanning and redacting the same log, seconds per character.
* The smallest chunk size (of the powers of two tried) whose overhead is under 5 % of its work.

Without --scheduler, a scheduler and two workers (`--nthreads 1`) are started here on loopback, as
separate processes, and stopped at the end. 1 MB = 10^6 bytes. The copies of both runs are compared.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from child_env import BENCHMARK_HASH_KEY, logscrub_env
from generate_logs import MB, ensure_log

from logscrub.scanner.chunk_scan import ChunkScanner
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.executors.dask_cluster import DaskExecutor
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.sources.reading import Chunk

CHUNK_SIZES = tuple(1 << bits for bits in range(12, 21, 2))  # 4 Ki ... 1 Mi characters
OVERHEAD_TASKS = 200
OVERHEAD_LIMIT = 0.05
TINY_LINES = 10  # start-up: a run on this many lines of the log


@contextmanager
def loopback_cluster(folder: Path, workers: int = 2) -> Iterator[str]:
    """A scheduler and `workers` single-threaded workers on loopback, each a process; its address."""
    scheduler_file = folder / "scheduler.json"
    common = ["--scheduler-file", str(scheduler_file), "--no-dashboard"]
    processes = [_dask(folder, "scheduler", ["scheduler", "--host", "127.0.0.1", "--port", "0", *common])]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the scheduler did not start: see {folder / 'scheduler.log'}")
            time.sleep(0.1)
        for number in range(workers):
            arguments = ["worker", "--nthreads", "1", "--host", "127.0.0.1", *common]
            processes.append(_dask(folder, f"worker{number}", arguments))
        yield str(json.loads(scheduler_file.read_text())["address"])
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=30)


@contextmanager
def _cluster(scheduler: str | None, folder: Path) -> Iterator[str]:
    """The cluster at `scheduler`, else one on loopback for this run."""
    if scheduler is not None:
        yield scheduler
        return
    with loopback_cluster(folder) as address:
        yield address


def _dask(folder: Path, name: str, arguments: list[str]) -> subprocess.Popen[bytes]:
    log = (folder / f"{name}.log").open("wb")
    return subprocess.Popen([sys.executable, "-m", "dask", *arguments], stdout=log, stderr=subprocess.STDOUT)


@dataclass(frozen=True)
class Timed:
    wall_s: float
    cpu_s: float  # of the command's process and the processes it started and reaped (not a cluster's)


def redact_timed(log: Path, out: Path, engine: Sequence[str]) -> Timed:
    """`logscrub redact LOG --out OUT ENGINE` as a child process: wall time and CPU time."""
    env = logscrub_env()
    command = [sys.executable, "-m", "logscrub.scanner", "redact", str(log), "--out", str(out), *engine]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([*command, "--no-progress"], check=True, env=env, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Timed(wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


def _wall(timed: Timed) -> float:
    return timed.wall_s


def work_per_character(text: str) -> float:
    """Seconds one core spends per character scanning and redacting `text` (a 1 Mi-character chunk)."""
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=BENCHMARK_HASH_KEY.encode(), redact=True)
    scanner = ChunkScanner(settings)
    piece = text[: 1 << 20]
    chunk = Chunk(piece, core_start=0, core_end=len(piece), offset=0, line=1, column=1)
    scanner.scan(chunk)  # warm: first calls compile patterns
    started = time.perf_counter()
    scanner.scan(chunk)
    return (time.perf_counter() - started) / len(piece)


def overhead_per_task(address: str, characters: int) -> float:
    """Worker-seconds the cluster spends on a task that does nothing with a `characters`-long chunk,
    with as many tasks in flight as the pipeline keeps."""
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=BENCHMARK_HASH_KEY.encode())
    payload = "x" * characters
    with DaskExecutor(address) as executor, executor.workers(settings) as submit:
        slots = executor.slots
        submit(len, "warm").result()  # each worker builds its scanner once per pass: not overhead
        in_flight = 2 * slots + 2
        started = time.perf_counter()
        pending: list[Any] = []
        for _ in range(OVERHEAD_TASKS):
            pending.append(submit(len, payload))
            if len(pending) > in_flight:
                pending.pop(0).result()
        for task in pending:
            task.result()
        return (time.perf_counter() - started) * slots / OVERHEAD_TASKS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=10.0, help="size of the dense log (MB)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of each; the fastest counts")
    parser.add_argument("--scheduler", help="an existing cluster's scheduler (default: start one here)")
    parser.add_argument("--json", type=Path, help="also write the numbers as JSON")
    args = parser.parse_args(argv)
    log = ensure_log("dense", args.size_mb)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with _cluster(args.scheduler, folder) as address:
            tiny = folder / "tiny.log"
            tiny.write_text("".join(log.open(encoding="utf-8").readline() for _ in range(TINY_LINES)))
            redact_timed(tiny, folder / "warm", ["--scheduler", address])  # workers import logscrub
            engines = {"local": ["-j", "2"], "dask": ["--scheduler", address]}
            startup = {name: redact_timed(tiny, folder / "tiny", e) for name, e in engines.items()}
            local_run, cluster_run = (
                min((redact_timed(log, folder / name, engine) for _ in range(args.repeat)), key=_wall)
                for name, engine in engines.items()
            )
            overheads = {size: overhead_per_task(address, size) for size in CHUNK_SIZES}
        identical = (folder / "local" / log.name).read_bytes() == (folder / "dask" / log.name).read_bytes()
    per_character = work_per_character(log.read_text(encoding="utf-8"))
    shares = {size: overheads[size] / (per_character * size) for size in CHUNK_SIZES}
    enough = next((size for size in CHUNK_SIZES if shares[size] < OVERHEAD_LIMIT), None)
    size_mb = log.stat().st_size / MB
    local, cluster = local_run.wall_s, cluster_run.wall_s
    # The run's own process (reading, writing, numbering) against all the work, CPU seconds alike and
    # start-up left out: how many worker cores one run's process keeps busy before it is the limit.
    run_process_cpu = cluster_run.cpu_s - startup["dask"].cpu_s
    all_work_cpu = local_run.cpu_s - startup["local"].cpu_s
    fed_cores = (all_work_cpu - run_process_cpu) / run_process_cpu
    without_startup = (local - startup["local"].wall_s) / (cluster - startup["dask"].wall_s)
    results = {
        "input_mb": round(size_mb, 2),
        "local_j2_s": round(local, 2),
        "dask_2_workers_s": round(cluster, 2),
        "local_j2_mb_s": round(size_mb / local, 2),
        "dask_mb_s": round(size_mb / cluster, 2),
        "ratio_dask_to_local": round(local / cluster, 3),
        "startup_s": {name: round(timed.wall_s, 2) for name, timed in startup.items()},
        "ratio_without_startup": round(without_startup, 3),
        "copies_identical": identical,
        "run_process_cpu_s_per_mb": round(run_process_cpu / size_mb, 3),
        "all_work_cpu_s_per_mb": round(all_work_cpu / size_mb, 3),
        "worker_cores_one_run_feeds": round(fed_cores, 1),
        "work_per_mib_chunk_s": round(per_character * (1 << 20), 3),
        "overhead_per_task_ms": {size: round(overheads[size] * 1000, 2) for size in CHUNK_SIZES},
        "overhead_share": {size: round(shares[size], 4) for size in CHUNK_SIZES},
        "smallest_chunk_under_5_percent": enough,
    }
    print(f"input: dense log, {size_mb:.1f} MB")
    print(f"local -j 2:        {local:6.2f} s  {size_mb / local:5.2f} MB/s")
    print(f"dask, 2 workers:   {cluster:6.2f} s  {size_mb / cluster:5.2f} MB/s")
    print(
        f"ratio (dask/local throughput): {local / cluster:.3f} (target >= 0.9); copies identical: {identical}"
    )
    print(
        f"start-up (a {TINY_LINES}-line file): local {startup['local'].wall_s:.2f} s, "
        f"dask {startup['dask'].wall_s:.2f} s; "
        f"ratio without it: {without_startup:.3f}"
    )
    print(
        f"CPU per MB, start-up left out: the run's own process {run_process_cpu / size_mb:.3f} s, all the "
        f"work {all_work_cpu / size_mb:.3f} s: one run keeps about {fed_cores:.0f} worker cores busy"
    )
    print(f"work: {per_character * (1 << 20):.3f} s per 1 Mi-character chunk on one core")
    for size in CHUNK_SIZES:
        print(
            f"chunk {size:>8} characters: overhead {overheads[size] * 1000:7.2f} ms per task, "
            f"{shares[size]:7.2%} of its work"
        )
    print(f"smallest chunk with overhead under 5 %: {enough} characters (logscrub uses 1048576)")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
