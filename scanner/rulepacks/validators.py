"""Validators a user recognizer names in its rule pack (`validator: luhn`): checks on a matched value.

As in Presidio, a value that passes scores 1.0 and one that fails is no finding.
"""

from __future__ import annotations

from collections.abc import Callable

from stdnum import luhn as luhn_check
from stdnum.iso7064 import mod_97_10


def luhn(value: str) -> bool:
    """The digits of `value` (separators ignored) end in a Luhn check digit."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) >= 2 and luhn_check.is_valid(digits)


def mod97(value: str) -> bool:
    """ISO 7064 MOD 97-10 as in IBANs: the first four characters moved to the end, letters as 10-35,
    the number is 1 modulo 97 (spaces and hyphens ignored)."""
    compact = "".join(ch for ch in value.upper() if ch not in " -")
    if len(compact) < 5 or not compact.isalnum() or not compact.isascii():
        return False
    return mod_97_10.is_valid(compact[4:] + compact[:4])


VALIDATORS: dict[str, Callable[[str], bool]] = {"luhn": luhn, "mod97": mod97}
