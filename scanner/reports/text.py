"""Text of the readable reports: input text (paths, reasons) made safe to show, counts in words."""

from __future__ import annotations

import re

from logscrub.scanner.display_names import display_name

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#!])")


def markdown_text(text: str) -> str:
    """`text` as literal Markdown (GitHub flavour), safe inside a table cell."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", display_name(text)).replace("&", "&amp;")


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """`n` and `noun`, with an s (or `nouns`) unless `n` is 1: "1 file", "3 files", "2 copies"."""
    return f"{n} {noun}" if n == 1 else f"{n} {nouns or noun + 's'}"
