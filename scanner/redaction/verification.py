"""The verify pass: a redacted copy is scanned again before it is published; a value left in it stops it.

A value found in the copy counts as left when it is one of the values the scan detected (replaced in one
place, left in another), or when it is in replacement text that still holds the personal part of what it
replaced (a style that kept too much). Anything else the second scan finds is not personal data the
scan knew of: the replacements change the text around them (`<IP_ADDRESS>` holds the context word
"address"), and a masked address with its domain kept is still an e-mail address to a recognizer.

Only the text where a value could be left is scanned again: around each occurrence of a detected value
(found in one pass over the copy), and around each replacement of a style that writes characters of the
value (a mask). A label (`<PHONE_NUMBER>`, a pseudonym, a keyed hash) holds none: a copy in which no
detected value occurs has nothing to find (most copies: the second scan cost a fifth of the first).
What lies farther from those places than the detector reads reads as it does in the whole copy.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

import ahocorasick

from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.redaction import KeepOptions
from logscrub.scanner.redaction.kept_parts import mask_parts
from logscrub.scanner.redaction.masks import DIGIT_MASK, LETTER_MASK
from logscrub.scanner.redaction.redactor import Redaction

# What the run finds in a text: the same detector, known values and allow lists as the first pass.
Finder = Callable[[str], Sequence[Finding]]
# Whether an entity's style writes a label, with no character of the value (see StylePicker).
LabelTest = Callable[[str], bool]
_MASK_CHARACTERS = DIGIT_MASK + LETTER_MASK
# A replacement sharing this many characters (one a digit or letter not masked) with the personal part of
# the value it replaced still holds it: `xnna.svensson@example.se` is not redacted.
SHARED_RUN = 4
# How far around a place where a value could be left the text is scanned again, before it is widened to
# whole lines and the line before (an inline allow marker's): more than the detector reads around a value
# (context words: 80 characters before it).
AROUND_REPLACEMENT = 100
# Between the pieces scanned together: blank lines, across which no recognizer reads.
_BETWEEN_PIECES = "\n\n\n"
# Pieces covering more of the text than this share are not worth cutting out: the whole text is scanned.
_MOSTLY_CHANGED = 0.9


def remaining_values(
    find: Finder,
    original: str,
    redaction: Redaction,
    keep: KeepOptions,
    start: int,
    end: int,
    regions: Sequence[str],
    labelled: LabelTest,
) -> Counter[str]:
    """The detected values `find` finds left in the redacted text from `start` to `end`, by entity;
    `labelled`: whether an entity's replacements are labels.

    The text around each place a value could be left is scanned, also beyond `start` and `end`: a value
    across either (a seam with a neighbouring chunk) is seen whole, and counted.
    """
    remaining: Counter[str] = Counter()
    detected = {original[f.start : f.end] for f in redaction.findings}
    # A value found counts when it is a detected one (so it occurs in the copy), or when it overlaps a
    # replacement that holds the personal part of what it replaced (never a label).
    places = _occurrences(redaction.text, detected)
    spans = zip(redaction.spans, redaction.findings, strict=True)
    places += [span[:2] for span, finding in spans if not labelled(finding.entity)]
    for found in _found_around(find, redaction.text, sorted(places)):
        if found.end <= start or found.start >= end:
            continue
        value = redaction.text[found.start : found.end]
        if not _unmasked(mask_parts(found.entity, value, found.attributes, keep, regions).personal):
            continue  # nothing personal left to find: masked before (`sip:xxxx@example.se`), or all kept
        if value in detected or _holds_replaced_value(found, original, redaction, keep, regions):
            remaining[found.entity] += 1
    return remaining


def values_left(find: Finder, redacted: str, replaced: Collection[str]) -> Counter[str]:
    """The values of `replaced` that `find` finds in `redacted` (redacted elsewhere, with labels), by
    entity."""
    places = _occurrences(redacted, replaced)
    return Counter(
        f.entity for f in _found_around(find, redacted, places) if redacted[f.start : f.end] in replaced
    )


def _occurrences(text: str, values: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of `values` occurs in `text` (overlapping occurrences too), in order."""
    automaton = ahocorasick.Automaton()
    for value in values:
        if value:
            automaton.add_word(value, len(value))
    if not len(automaton):
        return []
    automaton.make_automaton()
    return sorted((last + 1 - length, last + 1) for last, length in automaton.iter(text))


def _found_around(find: Finder, text: str, places: Sequence[tuple[int, int]]) -> Iterator[Finding]:
    """What `find` finds in `text` near `places` (spans sorted by their starts), at their places in it."""
    pieces = list(_pieces_around(text, places))
    if not pieces:
        return  # nowhere a value could be left: nothing to find again
    if sum(end - start for start, end in pieces) > _MOSTLY_CHANGED * len(text):
        yield from find(text)
        return
    # The pieces are scanned as one text, joined by blank lines: one pass of each recognizer, not one
    # per piece.
    starts: list[int] = []  # where each piece starts in the joined text
    length = 0
    for start, end in pieces:
        starts.append(length)
        length += end - start + len(_BETWEEN_PIECES)
    joined = _BETWEEN_PIECES.join(text[start:end] for start, end in pieces)
    for found in find(joined):
        index = bisect_right(starts, found.start) - 1
        shift = pieces[index][0] - starts[index]
        if found.end - starts[index] <= pieces[index][1] - pieces[index][0]:  # not into the blank lines
            yield replace(found, start=found.start + shift, end=found.end + shift)


def _pieces_around(text: str, places: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans of whole lines of `text` within AROUND_REPLACEMENT of a span of `places` (sorted by their
    starts), and the line before each, merged where they meet (in order)."""
    piece: tuple[int, int] | None = None
    for out_start, out_end in places:
        start = text.rfind("\n", 0, max(0, out_start - AROUND_REPLACEMENT))
        start = text.rfind("\n", 0, start) + 1 if start > 0 else 0  # and the line before
        end = text.find("\n", min(len(text), out_end + AROUND_REPLACEMENT))
        end = len(text) if end < 0 else end
        if piece is not None and start <= piece[1] + 1:  # they meet, or one line break apart
            piece = (piece[0], max(piece[1], end))
            continue
        if piece is not None:
            yield piece
        piece = (start, end)
    if piece is not None:
        yield piece


def _holds_replaced_value(
    found: Finding, original: str, redaction: Redaction, keep: KeepOptions, regions: Sequence[str]
) -> bool:
    """Whether the value `found` in the redacted text holds what a replacement there stands for: a run of
    the personal part of the value it replaced (what the keep options keep aside is no part of it)."""
    text = redaction.text
    for index in redaction.replaced_within(found.start, found.end):
        replaced = redaction.findings[index]
        out_start, out_end = redaction.spans[index][:2]
        parts = mask_parts(
            replaced.entity, original[replaced.start : replaced.end], replaced.attributes, keep, regions
        )
        replacement = text[out_start:out_end]
        if replacement.startswith(parts.prefix):
            out_start += len(parts.prefix)
        if parts.suffix and replacement.endswith(parts.suffix):
            out_end -= len(parts.suffix)
        if _shares_personal_run(text[max(found.start, out_start) : min(found.end, out_end)], parts.personal):
            return True
    return False


def _shares_personal_run(piece: str, personal: str) -> bool:
    """Whether `piece` has a run of `personal` (all of it, or SHARED_RUN characters) that is not masked."""
    if not piece or not personal:
        return False
    least = min(SHARED_RUN, len(personal))
    matcher = SequenceMatcher(None, piece, personal, autojunk=False)
    return any(
        size >= least and _unmasked(piece[start : start + size])
        for start, _, size in matcher.get_matching_blocks()
    )


def _unmasked(text: str) -> bool:
    """Whether `text` has a digit or letter that is not a mask character."""
    return any(ch.isalnum() and ch not in _MASK_CHARACTERS for ch in text)


def verify_failure(remaining: Mapping[str, int]) -> str:
    """The reason a copy was not published: `verify failed: 2 values remained (SIP_ADDRESS)`."""
    count = sum(remaining.values())
    values = "value" if count == 1 else "values"
    return f"verify failed: {count} {values} remained ({', '.join(sorted(remaining))})"
