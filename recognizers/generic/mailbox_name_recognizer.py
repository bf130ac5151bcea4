"""PERSON: the display name before an e-mail address in angle brackets, as e-mail headers, ticket threads
and address lists write it (``"Svensson, Anna" <anna@example.se>``, ``From: Anna Svensson <…>``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.person_names import NAME_WORD_REGEX, looks_like_person_name, names_before

_ADDRESS_OPENING = r"<[\w.%+\-']{1,64}@"
# "Name" <a@b> anywhere; Name <a@b> unquoted only where a value starts: at the start of a line, after
# ":" or "," (a header or a list), or after two spaces or a tab (a column), so that the words of a
# sentence before an address are not taken for a name.
MAILBOX_NAME_REGEX = (
    r'(?m)(?:"(?P<quoted>[^"\r\n<>]{1,80})"'
    r"|(?:^|(?<=[:,])|(?<=[:,][ \t])|(?<=[ \t]{2})|(?<=\t))"
    rf"(?P<bare>{NAME_WORD_REGEX}(?:[ ]{NAME_WORD_REGEX}){{0,3}}))"
    rf"[ \t]*{_ADDRESS_OPENING}"
)
_OPENING = re.compile(_ADDRESS_OPENING)
_REACH = 90  # a quoted name of at most 80 characters, its quotes and the space before "<"

SCORE = 0.7


class MailboxNameRecognizer(LogscrubRecognizer):
    """Display names of e-mail addresses (RFC 5322 ``name-addr``), quoted or not. The name must read as
    a person's (see ``person_names``): "Support Team" <support@…> and "Exempel AB" <info@…> are not."""

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Mailbox display name", MAILBOX_NAME_REGEX, SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("@",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        # A display name ends where "<local-part@" opens: find those fast, then look back along the line.
        # An unquoted name starts after the last ":", ",", tab or double space (its words hold none).
        return names_before(
            text, _OPENING.finditer(text), self._compiled[index], _REACH, (":", ",", "\t", "  "), True
        )

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        group = "quoted" if match["quoted"] is not None else "bare"
        start, end = match.span(group)
        value = text[start:end]
        name = value.strip()
        if not looks_like_person_name(name):
            return
        start += len(value) - len(value.lstrip())
        yield Detection(start, start + len(name), SCORE)
