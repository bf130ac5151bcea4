"""Which values may be learnt (rules/propagation.yaml): a learnt name or user name must read as a person's,
never as a word of the languages or protocols logs are written in, since every recurrence of a learnt
value is redacted in every file of the run."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.recognizers.helpers.service_accounts import service_accounts
from logscrub.rules import rule_data
from logscrub.scanner.propagation.folding import ascii_folded
from logscrub.scanner.propagation.protocol_words import protocol_words

PROPAGATION_FILE = "propagation.yaml"
# Digit runs that are dates or times rather than numbers someone owns (YYYYMMDD, YYYYMMDDhhmm...).
_TIMESTAMP = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{0,6}")
# The parts of a user name: `no_such_user`, `support-sip`, `anna.svensson`.
_USER_NAME_PARTS = re.compile(r"[._\-]+")
# A name part is letters, with hyphens and apostrophes inside (`anna-lena`, `o'brien`).
_NAME_PART = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")


@dataclass(frozen=True)
class Guards:
    min_score: float
    min_letters: int
    min_digits: int
    never: frozenset[str]  # folded role words, and everyday words that are also first names

    def allows_name_part(self, folded: str) -> bool:
        """A first or last name standing alone (lower-case, ASCII-folded): letters only, at least
        `min_letters`, and no word of English, Swedish, German or a protocol."""
        return bool(_NAME_PART.fullmatch(folded)) and self._reads_as_name(folded)

    def allows_user_name(self, folded: str) -> bool:
        """A user name as a whole (lower-case, ASCII-folded). It may hold digits (`anna.s2`); learnt as one
        token, it is looked for only as written. One made of words only (`support_sip`,
        `no_such_user_exists`) is a role or a probe, not a person's."""
        if not self._reads_as_name(folded) or service_accounts().is_service_account(folded):
            return False
        parts = [p for p in _USER_NAME_PARTS.split(folded) if p]
        return not all(_is_word(p, self.never) for p in parts)

    def allows_digits(self, digits: str) -> bool:
        return len(digits) >= self.min_digits and not _TIMESTAMP.fullmatch(digits)

    def _reads_as_name(self, folded: str) -> bool:
        letters = sum(ch.isalpha() for ch in folded)
        if letters < self.min_letters or _is_word(folded, self.never):
            return False
        return not service_accounts().is_service_account(folded)


def _is_word(folded: str, never: frozenset[str]) -> bool:
    """Whether `folded` is a word of the languages or protocols of logs, or one never learnt."""
    return folded in never or folded in protocol_words() or is_common_word(folded)


@lru_cache(maxsize=1)
def load_guards() -> Guards:
    data = rule_data(PROPAGATION_FILE)
    never = {ascii_folded(str(w).lower()) for w in data.get("common_words") or []}
    never |= {ascii_folded(w) for w in service_accounts().role_words}
    return Guards(
        float(data["min_score"]), int(data["min_letters"]), int(data["min_digits"]), frozenset(never)
    )
