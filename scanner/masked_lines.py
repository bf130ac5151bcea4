"""Masked lines: the text around a finding as the redacted copy has it, every finding on the line
replaced by its entity token. The HTML report shows one per finding, so that a reviewer can judge a
false positive without seeing any value."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_BLANK = re.compile(r"\s")
CONTEXT_CHARACTERS = 160  # of a masked line around its finding: enough to judge a false positive


class MaskedLines:
    """Lines of a text as the redacted copy has them, each finding replaced by its entity token:
    what a report may show of the text around a finding."""

    def __init__(
        self, text: str, spans: Iterable[tuple[int, int, str]], cut_start: bool = False, cut_end: bool = False
    ) -> None:
        """`spans`: (start, end, entity) of every finding in `text`, none overlapping another.
        `cut_start`, `cut_end`: whether the document goes on before or after `text` (a chunk's text),
        so that a value may be cut off at that edge, half of it unseen by the detector."""
        self._text = text
        self._cut_start, self._cut_end = cut_start, cut_end
        self._spans = sorted(spans)
        self._starts = [start for start, _, _ in self._spans]
        self._ends = [end for _, end, _ in self._spans]

    def around(self, start: int, end: int) -> str:
        """The line of the finding at text[start:end], masked, cut to about CONTEXT_CHARACTERS
        around it (… where cut)."""
        text = self._text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        if line_end > line_start and text[line_end - 1] == "\r":
            line_end -= 1
        room = max(0, CONTEXT_CHARACTERS - (end - start)) // 2
        left, right = max(line_start, start - room), min(line_end, end + room)
        first, last = bisect_right(self._ends, left), bisect_left(self._starts, right)
        if first < last:  # over the findings the cut goes through: each is shown whole, as its token
            left, right = min(left, self._starts[first]), max(right, self._ends[last - 1])
        # At an edge where the document goes on, the word there may be part of a value: left out.
        if left == 0 and self._cut_start:
            blank = _BLANK.search(text, 0, self._starts[first] if first < last else start)
            left = blank.start() if blank else (self._starts[first] if first < last else start)
        if right == len(text) and self._cut_end:
            after = self._ends[last - 1] if first < last else end
            blanks = [m.start() for m in _BLANK.finditer(text, after, right)]
            right = blanks[-1] if blanks else after
        pieces = ["…" if left > line_start else ""]
        position = left
        for span_start, span_end, entity in self._spans[first:last]:
            pieces += (text[position:span_start], f"<{entity}>")
            position = span_end
        pieces += (text[position:right], "…" if right < line_end else "")
        return "".join(pieces)
