"""The `logscrub` command line of DESIGN.md: one module per command, each registering its parser.

Exit codes everywhere: 0 ran (and, for `gate`, passed); 1 the gate failed on findings; 2 usage error
or a file that could not be read or scanned (such a file is never reported clean, and never passed on
unredacted).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import logscrub.scanner
from logscrub.scanner.classification import TaxonomyError
from logscrub.scanner.cli.commands import COMMANDS
from logscrub.scanner.cli.inventory import learning_from
from logscrub.scanner.executors import ExecutorError
from logscrub.scanner.exit_codes import EXIT_INPUT_ERROR
from logscrub.scanner.privacy import HashKeyError
from logscrub.scanner.propagation.known_values_file import KnownValuesError
from logscrub.scanner.rulepacks import ConfigError, load_rule_set
from logscrub.scanner.sources.remote import StoreError

# What a shell reports for a program ended by SIGPIPE or SIGINT (128 + the signal's number).
EXIT_BROKEN_PIPE, EXIT_INTERRUPTED = 141, 130


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of `argv`'s command in full, the other commands by name and summary only (without
    `argv`: every command in full)."""
    wanted = None if argv is None else _command_in(argv)
    parser = argparse.ArgumentParser(
        prog="logscrub",
        description="Find, classify and redact personal data in support logs, tickets and bundles.",
        epilog="Run `logscrub COMMAND --help` for each command's options and examples.",
    )
    parser.add_argument("--version", action=_ReleaseAction)
    parser.set_defaults(rules=[])  # for commands without --rules: the default pack and project file only
    parser.set_defaults(propagation=False, known_values=None)  # for commands that learn nothing
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        if wanted is None or command.name == wanted:
            importlib.import_module(command.module).register(commands)
        else:
            commands.add_parser(command.name, help=command.summary)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command `argv` names (its first word that is no option: the program's own options take no
    value), if it names one."""
    first = next((word for word in argv if not word.startswith("-")), None)
    return first if any(command.name == first for command in COMMANDS) else None


class _ReleaseAction(argparse.Action):
    """--version, the release looked up only when asked for (see logscrub.scanner.__getattr__)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the release and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"logscrub {logscrub.scanner.__version__}")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(arguments).parse_args(arguments)
    try:
        # Rule packs: the shipped default, the project file found from here upwards, each --rules FILE.
        args.rule_set = load_rule_set(Path.cwd(), args.rules)
        args.learning = learning_from(args)
        # A weak hash key is refused when a command first loads the key, before any file is read.
        code: int = args.run(args, args.rule_set.taxonomy)
    except (TaxonomyError, ConfigError, KnownValuesError, HashKeyError, ExecutorError, StoreError) as exc:
        print(f"logscrub: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except BrokenPipeError:
        # The reader went away (`logscrub scan … | head`): stop quietly, as a filter does.
        _silence_standard_output()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        # Ctrl-C: the outputs under way were removed on the way out (they are written as temporary
        # files, renamed only when complete); one line, not a traceback.
        print("logscrub: interrupted: no partial output was left", file=sys.stderr)
        return EXIT_INTERRUPTED
    return code


def _silence_standard_output() -> None:
    """Point standard output at /dev/null, so that flushing it at exit raises nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    raise SystemExit(main())
