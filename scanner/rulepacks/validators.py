"""Validators a user recognizer names in its rule pack (`validator: luhn`): checks on a matched value.

As in Presidio, a value that passes scores 1.0 and one that fails is no finding.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from logscrub.recognizers.checksums import luhn_valid

_LETTER_VALUES = {letter: str(10 + i) for i, letter in enumerate(string.ascii_uppercase)}


def luhn(value: str) -> bool:
    """The digits of `value` (separators ignored) end in a Luhn check digit."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) >= 2 and luhn_valid(digits)


def mod97(value: str) -> bool:
    """ISO 7064 MOD 97-10 as in IBANs: the first four characters moved to the end, letters as 10-35,
    the number is 1 modulo 97 (spaces and hyphens ignored)."""
    compact = "".join(ch for ch in value.upper() if ch not in " -")
    if len(compact) < 5 or not compact.isalnum() or not compact.isascii():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(_LETTER_VALUES.get(ch, ch) for ch in rearranged)) % 97 == 1


VALIDATORS: dict[str, Callable[[str], bool]] = {"luhn": luhn, "mod97": mod97}
