"""`--known-values FILE`: what the engineer knows about the customer, so every trace of it goes.

One value a line (a name, a phone number, a personnummer, an e-mail address, a user name), or a keyed
hash of one: `hmac-sha256:<hex>` of the value in lower case, made with the run's hash key. Blank lines and
lines starting with `#` are ignored. The file is read once and its values are kept in memory only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from logscrub.scanner.privacy import HASH_PREFIX
from logscrub.scanner.propagation.known_values import KnownValues

_HASH = re.compile(rf"{re.escape(HASH_PREFIX)}[0-9a-f]{{64}}")
_PHONE = re.compile(r"\+?[\d\s\-()/.]{7,}")
_IDENTITY = re.compile(r"(?:\d{2})?\d{6}[-+ ]?\d{4}")


class KnownValuesError(ValueError):
    """A known-values file that cannot be used; the message names the file and line, not the value."""


@dataclass(frozen=True)
class KnownValuesFile:
    path: Path
    values: tuple[str, ...]
    hashes: frozenset[str]


def read_known_values(path: Path) -> KnownValuesFile:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise KnownValuesError(f"{path}: cannot read the known values: {reason}") from None
    values, hashes = [], set()
    for number, line in enumerate(lines, 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith(HASH_PREFIX):
            if not _HASH.fullmatch(entry):
                raise KnownValuesError(f"{path}:{number}: a hash is {HASH_PREFIX} and 64 hex digits")
            hashes.add(entry)
        else:
            values.append(entry)
    return KnownValuesFile(path, tuple(values), frozenset(hashes))


def learn_known_value(known: KnownValues, value: str, origin: str) -> None:
    """A value from the file, learnt as what it looks like."""
    if "@" in value:
        known.learn("EMAIL_ADDRESS", value, None, origin)
    elif _IDENTITY.fullmatch(value):
        known.learn_identity_number(value, origin)
    elif _PHONE.fullmatch(value):
        known.learn_phone(value, "PHONE_NUMBER", origin)
    elif " " in value:
        known.learn_name(value, "PERSON", origin)
    else:
        known.learn("USERNAME", value, None, origin)
