"""Context words raise a candidate's score, as Presidio's context enhancer does, from a bounded window."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Presidio's LemmaContextAwareEnhancer defaults: five words before, +0.35, at least 0.4 with context.
PREFIX_WORDS = 5
SIMILARITY_FACTOR = 0.35
MIN_SCORE_WITH_CONTEXT = 0.4
_WINDOW_CHARS = 80
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


class ContextScorer:
    """Raises the score of a candidate that has one of a recognizer's context words just before it."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = tuple(w.lower() for w in words)

    def score(self, text: str, start: int, score: float) -> float:
        window = text[max(0, start - _WINDOW_CHARS) : start].lower()
        if not any(word in window for word in self.words):  # the usual case, decided cheaply
            return score
        before = " ".join(_WORD.findall(window)[-PREFIX_WORDS:])
        if any(word in before for word in self.words):
            return min(1.0, max(score + SIMILARITY_FACTOR, MIN_SCORE_WITH_CONTEXT))
        return score

    def supporting_word(self, text: str, start: int) -> str:
        """The context word that `score` found before `start` ("" if none); for explanations."""
        window = text[max(0, start - _WINDOW_CHARS) : start].lower()
        before = " ".join(_WORD.findall(window)[-PREFIX_WORDS:])
        return next((word for word in self.words if word in before), "")
