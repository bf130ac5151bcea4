"""USERNAME: user names made of a person's names in running prose, as chats, trackers and logs name
people (``anna.lindqvist picked this up``, ``@percy.beckham there's a ticket``, ``assignee changed:
ketty.fagersten -> lill.kvarnfors``, ``heine.kjellsson 15:57: jag tar den``).

A known first name, a full stop and a surname (known, or no word of the language): an account that
names its holder, which the entity table calls a USERNAME (``anna.svensson``), not a name as written.
They are read in the prose name finder's one pass over the text (``prose_name_recognizer``), which
reports the names; this recognizer reports the accounts of that pass."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.generic.prose_name_recognizer import USER_NAME_SCORE, prose_user_names

# What a user name looks like; the spans themselves come from the name finder's pass (`matches`).
_USER_NAME = re.compile(r"[^\W\d_]+\.[^\W\d_]+(?:-[^\W\d_]+)*")


class ProseUserNameRecognizer(LogscrubRecognizer):
    """User names of people in prose ("anna.lindqvist"); findings carry ``found_by: shape:user name``."""

    ENTITY = "USERNAME"
    HIGHEST_SCORE = USER_NAME_SCORE  # below propagation's 0.7: its learning pass skips it, as the finder
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("User name in prose", _USER_NAME.pattern, USER_NAME_SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = (".",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        for name in prose_user_names(text):
            match = _USER_NAME.fullmatch(text, name.start, name.end)
            if match is not None:
                yield match

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        yield Detection(match.start(), match.end(), USER_NAME_SCORE, {"found_by": "shape:user name"})
