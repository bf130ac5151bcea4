"""Options and exit codes shared by every command."""

from __future__ import annotations

import argparse
import os

from logscrub.recognizers import DEFAULT_REGIONS

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT_ERROR = 0, 1, 2


class HelpFormatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Examples in epilogs keep their layout; every option shows its default."""


def add_path_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file, a folder (scanned recursively) or - for standard input. Example: logs/",
    )


def add_engine_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-j",
        "--jobs",
        type=positive_int,
        default=available_cores(),
        metavar="N",
        help="worker processes; files and chunks of one big file alike are shared among them. Example: -j 2",
    )
    command.add_argument(
        "--regions",
        type=regions,
        default=DEFAULT_REGIONS,
        metavar="CC,CC",
        help="countries whose national phone number forms (leading 0) are recognised. "
        "Example: --regions SE,DE,NO",
    )


def available_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def regions(text: str) -> tuple[str, ...]:
    found = tuple(part.strip().upper() for part in text.split(",") if part.strip())
    if not found or any(len(r) != 2 or not r.isalpha() for r in found):
        raise argparse.ArgumentTypeError("two-letter country codes separated by commas, e.g. SE,DE")
    return found
