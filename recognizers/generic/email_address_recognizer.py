"""EMAIL_ADDRESS: e-mail addresses, with the domain's public suffix checked offline; not message ids, not
SIP Call-IDs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.mail_identifiers import is_call_id, is_message_id
from logscrub.recognizers.helpers.person_names import user_part_reveals_person
from logscrub.recognizers.helpers.public_suffixes import public_suffixes

# Not inside a sip:/sips: URI: that whole URI is one SIP_ADDRESS ("mysip:" is no such scheme). The local
# part starts with a word character and may hold ' (o'neil@…).
EMAIL_REGEX = (
    r"(?<![\w.%+\-])(?<!(?<![\w.+\-])[sS][iI][pP]:)(?<!(?<![\w.+\-])[sS][iI][pP][sS]:)"
    r"\w[\w.%+\-']{0,63}@(?:\w(?:[\w\-]{0,61}\w)?\.)+(?:[a-zA-Z]{2,63}|xn--[a-zA-Z0-9\-]{1,59})"
    r"(?![\w\-])"
)

_LOCAL_PART_RUN_REVERSED = re.compile(r"[\w.%+\-']+")
_LOCAL_PART_LEADING = ".%+-'"  # a local part starts after these
# "scheme://user:" right before: what follows up to "@" is a password in a URL (a CREDENTIAL), not a
# local part.
_URL_USERINFO_BEFORE = re.compile(r"://[^\s:/@]+:\Z")
_USERINFO_REACH = 80
_LOCAL_PART_MAX = 64

# A local part made of a person's names ("anna.svensson"): the address names its owner.
PERSON_LOCAL_PART = {"user_part": "USERNAME", "reveals_person": True}


# The infrastructure top-level domain (reverse DNS, RFC 8375's home.arpa for home networks): on the
# public suffix list, but no one has a mailbox there.
_INFRASTRUCTURE = ".arpa"


@lru_cache(maxsize=16384)
def has_public_suffix(domain: str) -> bool:
    """Whether `domain` ends in a known public suffix (`b.se`, `example.com`; not `host.local`, not
    `nas.home.arpa`)."""
    return not domain.endswith(_INFRASTRUCTURE) and public_suffixes().ends_domain(domain)


class EmailAddressRecognizer(LogscrubRecognizer):
    """E-mail addresses (``a@b.se`` included); an address ending in an unknown top-level domain is not one.

    A local part made of a person's names (``anna.svensson``, ``a.svensson``) gives the finding the
    attributes ``user_part: USERNAME`` and ``reveals_person: true``. A message id written like an address
    (``Message-ID: <20261201.4711@mail.example.se>``, ``message-id=<…>``) is none, nor is a SIP Call-ID
    (``Call-ID: a84b4c76e66710@pc33.example.com``, ``callid=…``, ``$ci=…``, Kamailio's ``{1 1 INVITE …}``;
    see ``mail_identifiers``): what one holds of a person is found by the recognizers of that
    (``MessageIdNameRecognizer``, ``IdentifierPhoneNumberRecognizer``), and the id is kept."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("E-mail address", EMAIL_REGEX, 0.5)]
    CONTEXT: ClassVar[list[str]] = ["email", "e-mail", "mail", "epost", "e-post", "mejl", "address"]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("@",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        # Every address has an "@": find those with str.find (fast) and run the pattern from the start
        # of the local part before each, instead of trying the pattern at every word character.
        compiled = self._compiled[index]
        at = text.find("@")
        while at != -1:
            # The local part is the run of local-part characters before "@": one match on the
            # reversed window finds where it starts.
            window = text[max(0, at - _LOCAL_PART_MAX - 1) : at][::-1]
            run = _LOCAL_PART_RUN_REVERSED.match(window)
            match = None
            if run:
                start = at - run.end()
                while start < at and text[start] in _LOCAL_PART_LEADING:
                    start += 1
                in_url = _URL_USERINFO_BEFORE.search(text, max(0, start - _USERINFO_REACH), start)
                match = None if in_url else compiled.match(text, start)
            if match:
                yield match
                at = text.find("@", match.end())
            else:
                at = text.find("@", at + 1)

    def validate_result(self, pattern_text: str) -> bool:
        return has_public_suffix(pattern_text.rsplit("@", 1)[1].lower())

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        local_part, _, domain = match.group().rpartition("@")
        if not has_public_suffix(domain.lower()) or _is_identifier(text, match.start(), len(local_part)):
            return
        attributes = PERSON_LOCAL_PART if user_part_reveals_person(local_part) else None
        yield Detection(match.start(), match.end(), EntityRecognizer.MAX_SCORE, attributes)

    def rejection_reason(self, text: str, match: re.Match[str], pattern: Pattern) -> str:
        local_part, _, domain = match.group().rpartition("@")
        if has_public_suffix(domain.lower()) and _is_identifier(text, match.start(), len(local_part)):
            return "a message id or a SIP Call-ID by its place, kept whole"
        return super().rejection_reason(text, match, pattern)


def _is_identifier(text: str, start: int, local_part_length: int) -> bool:
    """Whether the address-like text at `start` is a message id or a SIP Call-ID by its place."""
    return is_message_id(text, start) or is_call_id(text, start + local_part_length)
