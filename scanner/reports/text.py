"""Text of the readable reports: input text (paths, reasons) made safe to show, counts in words."""

from __future__ import annotations

import re

# C0 and C1 controls and line/paragraph separators: a file name may hold any of them.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\n\t]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#!])")


def visible(text: str) -> str:
    """`text` with each control character written as an escape such as \\x1b or \\n."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def markdown_text(text: str) -> str:
    """`text` as literal Markdown (GitHub flavour), safe inside a table cell."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text)).replace("&", "&amp;")


def plural(n: int, noun: str) -> str:
    """`n` and `noun`, with an s unless `n` is 1: "1 file", "3 files"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
