"""Every whole-token occurrence of a known value, in one Aho-Corasick pass however many values are known."""

from __future__ import annotations

import ahocorasick

from logscrub.scanner.findings import Finding
from logscrub.scanner.propagation.folding import folded
from logscrub.scanner.propagation.known_values import KnownValue, KnownValues

RECOGNIZER = "propagation"
# Below the recognizers' scores: where a recognizer finds the same text, its finding (and reasons) win.
SCORE = 0.5


class KnownValueMatcher:
    def __init__(self, known: KnownValues) -> None:
        self._values: list[KnownValue] = []
        self._automaton = ahocorasick.Automaton()
        for spelling, value in known.items():
            self._automaton.add_word(spelling, (len(spelling), len(self._values)))
            self._values.append(value)
        self.empty = not self._values
        if not self.empty:
            self._automaton.make_automaton()

    def findings(self, text: str) -> list[Finding]:
        """Occurrences of known values in `text` standing as whole tokens, in any letter case, with or
        without diacritics."""
        if self.empty:
            return []
        found = []
        for last, (length, index) in self._automaton.iter(folded(text)):
            start, end = last - length + 1, last + 1
            if _whole_token(text, start, end):
                value = self._values[index]
                attributes = {"learnt_as": value.learnt_as}
                found.append(
                    Finding(value.entity, start, end, SCORE, RECOGNIZER, attributes, value.canonical)
                )
        return found

    def known_value(self, spelling: str) -> KnownValue | None:
        """The known value behind a matched text (for explanations and pseudonyms)."""
        hit = self._automaton.get(folded(spelling), None) if not self.empty else None
        return None if hit is None else self._values[hit[1]]


def _whole_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone: not glued to letters or digits, nor joined to them by
    `.`, `-`, `_` or `+` (`anna.larsson` is one token; `+4670…` is a number only with its `+`)."""
    if start and (text[start - 1].isalnum() or text[start - 1] == "+"):
        return False
    if start > 1 and text[start - 1] in ".-_" and text[start - 2].isalnum():
        return False
    if end < len(text) and text[end].isalnum():
        return False
    return not (end + 1 < len(text) and text[end] in ".-_" and text[end + 1].isalnum())
