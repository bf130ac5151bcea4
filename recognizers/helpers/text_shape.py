"""Where number-shaped patterns can start, found in C rather than by a regex that tries every digit.

A regex that starts with a digit is tried at every digit of a chunk, and telephony logs are a quarter
digits: such a pass costs 25-35 ms a megabyte. The shape of a text has one byte per character (digits,
capitals and small letters each collapsed to one class), so ``bytes.find`` can look for a layout such as
"14 digits" or "5 digits, a space, a capital" at memory speed; the recognizer's regex then runs only
where the layout occurs. ``anchored_matches`` gives exactly the matches ``finditer`` would, as long as the
candidate starts include every position a match can start at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

DIGIT, CAPITAL, SMALL, DASH, DOT = 0x30, 0x41, 0x61, 0x2D, 0x2E  # b"0", b"A", b"a", b"-", b"."


def _shape_table() -> bytes:
    table = bytearray(range(256))
    for code in range(256):
        char = chr(code)
        if "0" <= char <= "9":
            table[code] = DIGIT
        elif char.isupper():
            table[code] = CAPITAL
        elif char.islower():
            table[code] = SMALL
    return bytes(table)


_TABLE = _shape_table()
_NOT_DIGIT = re.compile(rb"[^0]")


class _Cache:
    """The shapes of the last text asked about (the recognizers of one chunk ask one after the other)."""

    text: str | None = None
    latin1 = b""
    shape = b""
    lowered = b""


def _latin1(text: str) -> bytes:
    if text is not _Cache.text:
        _Cache.text = text
        _Cache.latin1 = text.encode("latin-1", "replace")
        _Cache.shape = _Cache.lowered = b""
    return _Cache.latin1


def text_shape(text: str) -> bytes:
    """One byte per character of `text`: ``0`` for an ASCII digit, ``A`` / ``a`` for a capital / small
    Latin-1 letter, other Latin-1 characters as they are and ``?`` for every other character."""
    latin1 = _latin1(text)
    if not _Cache.shape:
        _Cache.shape = latin1.translate(_TABLE)
    return _Cache.shape


def ascii_lowered(text: str) -> bytes:
    """One byte per character of `text`, ASCII letters in small case (for finding key words)."""
    latin1 = _latin1(text)
    if not _Cache.lowered:
        _Cache.lowered = latin1.lower()
    return _Cache.lowered


def digit_runs(shape: bytes, min_length: int) -> Iterator[int]:
    """The first position of every run of at least `min_length` digits in `shape`."""
    layout = b"0" * min_length
    position = shape.find(layout)
    while position >= 0:
        yield position
        end = _NOT_DIGIT.search(shape, position + min_length)
        if end is None:
            return
        position = shape.find(layout, end.end())


def occurrences(shape: bytes, layout: bytes) -> Iterator[int]:
    """Every position at which `layout` occurs in `shape` (overlapping occurrences included)."""
    position = shape.find(layout)
    while position >= 0:
        yield position
        position = shape.find(layout, position + 1)


def run_start(shape: bytes, position: int, members: bytes = b"0") -> int:
    """The first position of the run of `members` bytes that holds `position`."""
    while position > 0 and shape[position - 1] in members:
        position -= 1
    return position


def anchored_matches(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, when `starts` (ascending, repeats allowed) holds every
    position at which a match can start: each start is tried where no earlier match covers it."""
    covered = 0
    for start in starts:
        if start < covered:
            continue
        match = pattern.match(text, start)
        if match is not None:
            covered = max(match.end(), start + 1)
            yield match
