"""Phone numbers reserved for fiction and examples (rules/fiction_numbers.yaml)."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from logscrub.rules import rule_data

FICTION_NUMBERS_FILE = "fiction_numbers.yaml"


@lru_cache(maxsize=1)
def fiction_ranges() -> tuple[tuple[str, str], ...]:
    """(first, last) E.164 numbers of each reserved range."""
    data = rule_data(FICTION_NUMBERS_FILE)
    ranges = tuple((str(r["from"]), str(r["to"])) for r in data["ranges"])
    for first, last in ranges:
        if len(first) != len(last) or not first.startswith("+"):
            raise ValueError(
                f"{FICTION_NUMBERS_FILE}: range {first}..{last} is not two E.164 numbers of one length"
            )
    return ranges


def is_fiction_number(dialled: str, regions: tuple[str, ...]) -> bool:
    """Whether a valid number ("+4670…", "0046…" or national "070…" in one of `regions`) is reserved."""
    if dialled.startswith("00"):
        dialled = "+" + dialled[2:]
    forms: tuple[str, ...] = (dialled,)
    if not dialled.startswith("+"):
        forms = tuple(f"+{phonenumbers.country_code_for_region(r)}{dialled[1:]}" for r in regions)
    return any(
        len(form) == len(first) and first <= form <= last
        for form in forms
        for first, last in fiction_ranges()
    )
