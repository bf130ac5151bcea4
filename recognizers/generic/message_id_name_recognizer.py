"""USERNAME: a person's names in the left side of a message id or a SIP Call-ID
(``<20261201.4711.anna.svensson@…>``, ``Call-ID: anna.svensson-8f3a@…``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.mail_identifiers import ID_REGEX, id_left_side, id_matches
from logscrub.recognizers.helpers.person_names import user_part_reveals_person

# Runs of words joined by "." or "_" (hyphens inside words): candidates for first and last names. What a
# "-" joins to a word must be letters only: "-c4e1" of a Call-ID's "anna.svensson-c4e1@…" is a token.
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+(?!\d))*"
_WORD_RUN = re.compile(rf"(?<![^\W\d_]){_WORD}(?:[._]{_WORD})+(?![^\W\d_])")
_PARTS = re.compile(r"[._]")
# A word of a name is all small or capitalised letters: "JavaMail" or "CAKx" in an id is no name.
_NAME_PART = re.compile(r"[^\W\d_][^\W\d_A-Z]*(?:-[^\W\d_][^\W\d_A-Z]*)*|[^\W\d_a-z]+")
_MOST_PARTS = 3  # first, middle, last

SCORE = 0.85


class MessageIdNameRecognizer(LogscrubRecognizer):
    """Message ids and SIP Call-IDs are no e-mail addresses (``EmailAddressRecognizer`` leaves them; see
    ``mail_identifiers``), but some are made from one, or from a user's name
    (``<20261201.4711.anna.svensson@mail.example.se>``, ``Call-ID: anna.svensson-8f3a@pbx.example.se``):
    the names in the left side (two or three words joined by ``.`` or ``_``, not a role) are a USERNAME.
    The rest of the id is kept, so a redacted copy still links a reply to its message and a line to its
    call; digits in it (a phone number, a personnummer) are found by the recognizers of those
    (``IdentifierPhoneNumberRecognizer``, ``SwedishPersonnummerRecognizer``)."""

    ENTITY = "USERNAME"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Names in a message id or Call-ID", ID_REGEX, SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("@",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        return id_matches(text, self._compiled[index])

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if not _WORD_RUN.search(match.group(), 0, match.group().index("@")):
            return  # (fast) most ids hold no words; their places need not be looked at
        left_side = id_left_side(text, match.start())
        if left_side is None:
            return
        start, at, _ = left_side
        for run in _WORD_RUN.finditer(text[start:at]):
            found = _names_in(run.group())
            if found is not None:
                yield Detection(start + run.start() + found[0], start + run.start() + found[1], SCORE)


def _names_in(run: str) -> tuple[int, int] | None:
    """Where in `run` (words joined by "." or "_") the first stretch of a person's names lies."""
    parts = _PARTS.split(run)
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part) + 1)
    for size in range(min(_MOST_PARTS, len(parts)), 1, -1):
        for first in range(len(parts) - size + 1):
            words = parts[first : first + size]
            candidate = run[offsets[first] : offsets[first + size] - 1]
            if all(_NAME_PART.fullmatch(word) for word in words) and user_part_reveals_person(candidate):
                return offsets[first], offsets[first + size] - 1
    return None
