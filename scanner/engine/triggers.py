"""Which recognizers' trigger literals a chunk holds, found in one pass over it.

A pattern whose recognizer declares prefilter literals runs only on a chunk that holds one of them.
Testing each literal with ``in`` scans the whole chunk once per literal that is absent (most are, in any
one log); one Aho-Corasick pass finds every literal present at once. Single characters stay with ``in``:
they are found within the first few lines when present, and as automaton hits they would be the most
frequent ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick


class TriggerScan:
    """The trigger literals of one configuration (lower case)."""

    def __init__(self, literals: Iterable[str]) -> None:
        distinct = set(literals)
        self._characters = tuple(sorted(literal for literal in distinct if len(literal) == 1))
        words = sorted(literal for literal in distinct if len(literal) > 1)
        self._automaton: Any = None  # ahocorasick.Automaton: literal -> itself
        if words:
            self._automaton = ahocorasick.Automaton()
            for word in words:
                self._automaton.add_word(word, word)
            self._automaton.make_automaton()

    def present(self, lowered: str) -> frozenset[str]:
        """The trigger literals that occur in `lowered` (a chunk's text in lower case)."""
        found = {character for character in self._characters if character in lowered}
        if self._automaton is not None:
            found.update(literal for _, literal in self._automaton.iter(lowered))
        return frozenset(found)
