"""Where the text one chunk writes ends and the next chunk's begins.

Chunks are scanned apart, each with some text of its neighbours around its core, and the finding whose
start a core holds is that chunk's: it writes the text up to the finding's end. Usually the next chunk
sees that finding alike and starts writing where it ends. Two cases make it see otherwise, and the
pipeline then scans it again, told the seam (where the text written so far ends):

- its view differs from the previous chunk's, which saw more text before the seam (in a long line of
  `response="` repeated, quotes pair one way or the other depending on where the text starts);
- a value longer than the overlap (a token of megabytes) is cut off by the end of the previous chunk's
  text: the rest of it, up to the next blank, is still that value.

Told the seam, a chunk writes from there, with the findings of two views of its text: its own, and one
that starts at the seam, as the previous chunk's view goes on from a value that ends there (where they
differ, the text either view finds is replaced). A finding across the seam is cut in two there, so that
its part after the seam is replaced too; a value cut off before goes on to the next blank. The seam
always lies in the chunk's text: the previous chunk wrote at least up to its core's end (this chunk's
core start) and at most to the end of its text (this chunk's core start plus the overlap).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from logscrub.scanner.records.findings import Finding
from logscrub.scanner.sources.reading import Chunk

_BLANK = re.compile(r"\s")


@dataclass(frozen=True)
class Seam:
    """Where the text written so far ends (a document offset), and the finding the end of the previous
    chunk's text cut off there, if any (only its entity, score, recognizer and attributes count)."""

    offset: int
    cut_off: Finding | None = None


class Emission(NamedTuple):
    """What a chunk writes: the findings to redact its text with, those it owns (reports them), and the
    part of its text (chunk offsets) that it writes."""

    found: list[Finding]
    owned: list[Finding]
    start: int
    end: int


def emission(
    found: list[Finding], chunk: Chunk, seam: Seam | None, found_from_seam: list[Finding] | None = None
) -> Emission:
    """What `chunk` writes, given all its `found` findings; `seam`: where it must start (None: where its
    own view says the previous chunk's text ends), and `found_from_seam`: the findings in its text from
    the seam on (offsets from the seam)."""
    if seam is None:
        start = _start_after_previous(found, chunk.core_start)
    else:
        start = seam.offset - chunk.offset
        found = _cut_at(found, start)
        if found_from_seam:
            found = _union(
                found, [replace(f, start=f.start + start, end=f.end + start) for f in found_from_seam]
            )
        if seam.cut_off is not None:
            found = _continued(found, seam.cut_off, start, chunk.text)
    owned = [f for f in found if start <= f.start < chunk.core_end]
    end = max(start, chunk.core_end, owned[-1].end if owned else 0)
    return Emission(found, owned, start, end)


def cut_off(owned: list[Finding], chunk: Chunk) -> Finding | None:
    """The chunk's last finding if the end of its text cuts it off: it reaches that end, and the
    document goes on (the text has overlap after the core)."""
    if owned and owned[-1].end == len(chunk.text) > chunk.core_end:
        return owned[-1]
    return None


def _start_after_previous(found: list[Finding], core_start: int) -> int:
    """The core's start, or the end of a finding the previous chunk owns that reaches into the core."""
    start = core_start
    for f in found:
        if f.start >= core_start:
            break
        start = max(start, f.end)
    return start


def _cut_at(found: list[Finding], at: int) -> list[Finding]:
    """`found` with each finding across `at` cut in two there."""
    cut: list[Finding] = []
    for f in found:
        if f.start < at < f.end:
            cut += [replace(f, end=at), replace(f, start=at)]
        else:
            cut.append(f)
    return cut


def _union(first: list[Finding], second: list[Finding]) -> list[Finding]:
    """The findings of two views as one: where findings overlap, one finding over all of their text
    (the one that starts first, made longer), so that what either view finds is replaced."""
    union: list[Finding] = []
    for f in sorted([*first, *second], key=lambda f: (f.start, -f.end)):
        if union and f.start < union[-1].end:
            if f.end > union[-1].end:
                union[-1] = replace(union[-1], end=f.end)
        else:
            union.append(f)
    return union


def _continued(found: list[Finding], cut_off: Finding, at: int, text: str) -> list[Finding]:
    """`found` with the value cut off before `at` going on from `at` to the next blank; this chunk's
    own findings (or their parts) inside that stretch give way to it."""
    blank = _BLANK.search(text, at)
    end = blank.start() if blank else len(text)
    if end == at:
        return found
    kept = [f for f in _cut_at(found, end) if f.end <= at or f.start >= end]
    return sorted([*kept, replace(cut_off, start=at, end=end)], key=lambda f: f.start)
