"""The commands of the command line: each one's name, the module that implements it, and its summary.

A run imports only its own command's module: importing all seven (the watch daemon's, the gate's, …)
took a tenth of every start. `logscrub --help` lists them all from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    module: str  # defines register(commands), which adds the command's parser
    summary: str  # its line in `logscrub --help`


COMMANDS = (
    Command("scan", "logscrub.scanner.cli.scan", "report the personal data in files"),
    Command("redact", "logscrub.scanner.cli.redact", "write redacted copies of files"),
    Command(
        "gate",
        "logscrub.scanner.cli.gate",
        "fail when personal data above policy is present (for CI and pre-commit)",
    ),
    Command(
        "watch",
        "logscrub.scanner.cli.watch",
        "redact every file dropped in an inbox folder into an outbox (a daemon)",
    ),
    Command("rules", "logscrub.scanner.cli.rules", "list the active rules and where each comes from"),
    Command(
        "explain",
        "logscrub.scanner.cli.explain",
        "show each finding in a text with its recognizer, score and reasons (for tuning rules)",
    ),
    Command("eval", "logscrub.scanner.cli.evaluate", "measure precision, recall and F2 on labelled files"),
)


def summary(name: str) -> str:
    """The summary of the command `name`."""
    return next(command.summary for command in COMMANDS if command.name == name)
