"""GitHub Actions workflow commands: an error annotation on each failing line."""

from __future__ import annotations

import os
from typing import IO

from logscrub.scanner.display_names import display_name
from logscrub.scanner.gate.decision import GateResult
from logscrub.scanner.reports.text import plural

MAX_ANNOTATIONS = 50  # GitHub shows at most 50 annotations of a kind per step


def running_in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def write_github_annotations(result: GateResult, stream: IO[str]) -> None:
    for path, reason in result.unscanned[:MAX_ANNOTATIONS]:
        stream.write(
            f"::error file={_property(display_name(path))},title=logscrub gate::"
            f"{_data(f'not scanned: {display_name(reason)}')}\n"
        )
    for judged in result.failures[:MAX_ANNOTATIONS]:
        f = judged.finding
        title = f"logscrub: {f.entity}"
        message = f"{f.category} data, {f.sensitivity} (policy fails at {judged.threshold})"
        stream.write(
            f"::error file={_property(display_name(judged.path))},line={f.line},col={f.column},"
            f"title={_property(title)}::{_data(message)}\n"
        )
    for exceeded in result.limits_exceeded:
        counted = plural(exceeded.count, f"{exceeded.category} finding")
        message = f"{counted}, more than the limit of {exceeded.limit}"
        stream.write(f"::error title=logscrub gate::{_data(message)}\n")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
