"""PERSON: the display names SIP headers carry before a SIP URI (From, To, Contact, P-Asserted-Identity,
Remote-Party-ID, Diversion and their compact forms)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer

_NAME_WORD = r"[^\W\d_][\w'.\-]*"
# "Anna Svensson" <sip:…> anywhere; Anna Svensson <sip:…> unquoted only as a header value (after ":" or
# ","), at most four words, so that log text before a URI is not taken for a name.
DISPLAY_NAME_REGEX = (
    r'(?:"(?P<quoted>[^"\r\n<>]{1,80})"'
    rf"|(?:(?<=[:,])|(?<=[:,][ \t]))(?P<bare>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,3}}))"
    r"[ \t]*<[sS][iI][pP][sS]?:"
)
_URI_OPENING = re.compile(r"<[sS][iI][pP][sS]?:")
_LINE_REACH = 120
# Display names that name no one.
_NOBODY = frozenset(
    (
        "anonymous",
        "unknown",
        "restricted",
        "unavailable",
        "private",
        "withheld",
        "anonym",
        "okänd",
        "unbekannt",
    )
)

SCORE = 0.85


class SipDisplayNameRecognizer(LogscrubRecognizer):
    """Display names in SIP identity headers, quoted or not (also with no space before ``<``).

    "Anonymous" and its kin, and names made of digits (a number shown as the name), are not persons.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("SIP display name", DISPLAY_NAME_REGEX, SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("<sip",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        # A display name ends where a "<sip:" opens: find those fast, then look back along the line.
        compiled = self._compiled[index]
        searched_up_to = 0
        for opening in _URI_OPENING.finditer(text):
            reach = max(0, opening.start() - _LINE_REACH)
            line_start = text.rfind("\n", reach, opening.start()) + 1 or reach
            match = compiled.search(text, max(line_start, searched_up_to), opening.end())
            if match and match.end() == opening.end():
                searched_up_to = match.end()
                yield match

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        group = "quoted" if match["quoted"] is not None else "bare"
        start, end = match.span(group)
        name = text[start:end].strip()
        if not any(ch.isalpha() for ch in name) or name.lower() in _NOBODY:
            return
        start += len(text[start:end]) - len(text[start:end].lstrip())
        yield Detection(start, start + len(name), SCORE)
