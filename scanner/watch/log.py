"""The daemon's log: one line per event, as text (key=value) or JSON. Lines name files, counts and
reasons; never file contents (reasons come from the engine and from OSError.strerror, which quote none).
Text is shown through `display_name`: a file name that is not UTF-8 or holds a newline stays one line."""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import IO

from logscrub.scanner.display_names import display_name

Field = str | int | float | None


class EventLog:
    def __init__(self, stream: IO[str], json_lines: bool = False) -> None:
        self.stream = stream
        self.json_lines = json_lines
        self._lock = threading.Lock()

    def info(self, event: str, **fields: Field) -> None:
        self._write("info", event, fields)

    def warning(self, event: str, **fields: Field) -> None:
        self._write("warning", event, fields)

    def error(self, event: str, **fields: Field) -> None:
        self._write("error", event, fields)

    def _write(self, level: str, event: str, fields: dict[str, Field]) -> None:
        now = time.time()
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1000):03d}Z"
        present = {
            key: display_name(value) if isinstance(value, str) else value
            for key, value in fields.items()
            if value is not None
        }
        if self.json_lines:
            line = json.dumps({"time": stamp, "level": level, "event": event, **present}, ensure_ascii=False)
        else:
            pairs = " ".join(f"{key}={_text_value(value)}" for key, value in present.items())
            line = f"{stamp} {level} {event}" + (f" {pairs}" if pairs else "")
        with self._lock:
            self.stream.write(line + "\n")
            self.stream.flush()


def _text_value(value: str | int | float) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    text = str(value)
    if not text or any(c.isspace() or c in '"=\\' for c in text):
        return json.dumps(text, ensure_ascii=False)
    return text


class LibraryLogHandler(logging.Handler):
    """Warnings and errors that libraries (watchdog, Presidio) log, as lines of the daemon's log, so
    that a JSON log stays JSON. Their messages name files or settings, not scanned text."""

    def __init__(self, log: EventLog) -> None:
        super().__init__(logging.WARNING)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        write = self.log.error if record.levelno >= logging.ERROR else self.log.warning
        write("library", logger=record.name, message=record.getMessage())
