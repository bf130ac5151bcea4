"""Which values may be learnt (rules/propagation.yaml): long enough, not a common word or service account."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from logscrub.recognizers.service_accounts import service_accounts
from logscrub.rules import rule_file
from logscrub.scanner.propagation.folding import ascii_folded

PROPAGATION_FILE = "propagation.yaml"
# Digit runs that are dates or times rather than numbers someone owns (YYYYMMDD, YYYYMMDDhhmm...).
_TIMESTAMP = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{0,6}")


@dataclass(frozen=True)
class Guards:
    min_score: float
    min_letters: int
    min_digits: int
    never: frozenset[str]  # folded common words and role words

    def allows_word(self, folded: str) -> bool:
        """A name, name part or user name (lower-case, ASCII-folded)."""
        letters = sum(ch.isalpha() for ch in folded)
        if letters < self.min_letters or folded in self.never:
            return False
        return not service_accounts().is_service_account(folded)

    def allows_digits(self, digits: str) -> bool:
        return len(digits) >= self.min_digits and not _TIMESTAMP.fullmatch(digits)


@lru_cache(maxsize=1)
def load_guards() -> Guards:
    data = yaml.safe_load(rule_file(PROPAGATION_FILE).read_text(encoding="utf-8"))
    never = {ascii_folded(str(w).lower()) for w in data.get("common_words") or []}
    never |= {ascii_folded(w) for w in service_accounts().role_words}
    return Guards(
        float(data["min_score"]), int(data["min_letters"]), int(data["min_digits"]), frozenset(never)
    )
