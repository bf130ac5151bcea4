"""Classification by context: findings on a line that a context rule matches take the rule's category.

This is how traffic data is told from plain contact data: the same phone number is `contact` in a
ticket and `traffic_data` in a SIP header or a call record. The lines are described in rule packs
(rules/default.yaml), not in code. Each line is matched once, however many findings stand on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from logscrub.scanner.records.detection_rules import ContextRule


class LineContexts:
    def __init__(self, rules: Sequence[ContextRule]) -> None:
        # The rule declared last wins: a user's pack goes before the defaults.
        self._rules = [(re.compile(rule.line, re.MULTILINE), rule) for rule in reversed(rules)]
        self.entities = frozenset(entity for rule in rules for entity in rule.entities)
        self._text: str | None = None
        self._line_start = -1
        self._matching: tuple[ContextRule, ...] = ()
        # The rules whose prefilters occur in the last two texts (a structured piece alternates two)
        self._active: list[tuple[str, list[tuple[re.Pattern[str], ContextRule]]]] = []

    def rule_for(self, entity: str, text: str, line_start: int) -> ContextRule | None:
        """The context rule that classifies a finding of `entity` on the line of `text` starting at
        `line_start` (cheap for the next finding on the same line)."""
        if entity not in self.entities:
            return None
        line_start = max(0, line_start)  # a line longer than a chunk's overlap starts before the chunk
        if text is not self._text or line_start != self._line_start:
            self._text, self._line_start = text, line_start
            rules = self._active_in(text)
            if rules:
                line_end = text.find("\n", line_start)
                end = len(text) if line_end < 0 else line_end
                self._matching = tuple(rule for line, rule in rules if line.search(text, line_start, end))
            else:
                self._matching = ()
        return next((rule for rule in self._matching if entity in rule.entities), None)

    def _active_in(self, text: str) -> list[tuple[re.Pattern[str], ContextRule]]:
        for known, active in self._active:
            if known is text:
                return active
        lowered = text.lower()
        active = [
            (line, rule)
            for line, rule in self._rules
            if not rule.prefilters or any(literal in lowered for literal in rule.prefilters)
        ]
        self._active = [(text, active), *self._active[:1]]
        return active
