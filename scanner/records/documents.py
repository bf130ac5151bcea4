"""One input as the scanner names it: a file, standard input or an archive member."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import BinaryIO


@dataclass(frozen=True, slots=True)
class Document:
    """One input: a file, standard input or an archive member, as reports name it (`display`) and as
    `redact --out` places it (`relative`)."""

    path: Path | None  # the file on disk; None for standard input and archive members
    display: str
    relative: PurePath
    problem: str | None = None  # why it cannot be read at all, if known before opening
    skipped: str | None = None  # why it is deliberately not read (ignored, a link not followed, ...)
    # reads an archive member's (or spooled standard input's) bytes; not part of what a document is
    opener: Callable[[], BinaryIO] | None = field(default=None, compare=False)
    size: int | None = None  # an archive member's size as its archive declares it
    # Entities found in its name, which `display` and `relative` then carry redacted (name_redaction.py)
    name_entities: tuple[str, ...] = ()

    def open_binary(self) -> BinaryIO:
        """The document's bytes, as stored (compressed if the file is)."""
        if self.opener is not None:
            return self.opener()
        if self.path is None:
            return sys.stdin.buffer
        return open(self.path, "rb")
