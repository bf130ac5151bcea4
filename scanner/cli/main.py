"""The `logscrub` command line of DESIGN.md: one module per command, each registering its parser.

Exit codes everywhere: 0 ran (and, for `gate`, passed); 1 the gate failed on findings; 2 usage error
or a file that could not be read or scanned (such a file is never reported clean, and never passed on
unredacted).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from logscrub.scanner import __version__
from logscrub.scanner.classification import TaxonomyError, load_taxonomy
from logscrub.scanner.cli import gate, redact, scan
from logscrub.scanner.cli.options import EXIT_INPUT_ERROR

COMMANDS = (scan, redact, gate)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="logscrub",
        description="Find, classify and redact personal data in support logs, tickets and bundles.",
        epilog="Run `logscrub COMMAND --help` for each command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"logscrub {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        taxonomy = load_taxonomy()
    except TaxonomyError as exc:
        print(f"logscrub: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    code: int = args.run(args, taxonomy)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
