"""File names as reports and logs show them.

A POSIX file name is any bytes but ``/`` and NUL. Python gives names that are not valid UTF-8 as text
with surrogate escapes (``b"bad\\xffname"`` becomes ``"bad\\udcffname"``), which no UTF-8 stream can
write; and a name may hold control characters: a newline that starts a forged line
(``::error file=…::`` for GitHub Actions), an escape sequence that rewrites a terminal. Every writer of a
name shows it through `display_name`, which writes such bytes and characters as escapes.
"""

from __future__ import annotations

import re

# Lone surrogates (a byte that is not UTF-8, or text that cannot be encoded), C0 and C1 controls,
# and the line and paragraph separators some viewers break lines at.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SURROGATE_ESCAPES = range(0xDC80, 0xDD00)  # os.fsdecode's escapes for the bytes 0x80..0xff


def display_name(name: str) -> str:
    """`name` with each undecodable byte written as ``\\xff`` and each control character as an escape
    (``\\n``, ``\\x1b``): one line of printable text that any stream can write."""
    return _UNSHOWABLE.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _SURROGATE_ESCAPES:
        return f"\\x{code - 0xDC00:02x}"
    return match.group().encode("unicode_escape").decode("ascii")
