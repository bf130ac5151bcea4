"""USERNAME: Windows domain accounts written ``DOMAIN\\user`` (``CONTOSO\\anna.s``,
``EXEMPEL\\asa.oberg``)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.service_accounts import service_accounts
from logscrub.recognizers.helpers.user_names import looks_like_user_name

# A NetBIOS domain name (upper case, at most 15 characters), one backslash (two when escaped), the user
# name; a whole token: not a path ("C:\Users\…", "SYSTEM\CurrentControlSet\…", "\\server\share").
DOMAIN_ACCOUNT_REGEX = (
    r"(?<![\w\\.\-])(?P<domain>[A-Z][A-Z0-9\-]{1,14})\\{1,2}(?P<user>[A-Za-z][\w.\-]{1,63})(?![\w\\.\-]*\\)"
)
_DOMAIN_CHARACTERS = frozenset(string.ascii_uppercase + string.digits + "-")
_DOMAIN_MAX = 15
# Upper-case log words before an escape sequence in JSON or C strings: "FAILED\nretrying" is no account.
_LOG_WORDS = frozenset(("OK", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FAILED", "DONE"))
_LOG_WORDS |= frozenset(("TRUE", "FALSE", "NULL", "NONE", "END", "EOF"))

SCORE = 0.75


class DomainAccountRecognizer(LogscrubRecognizer):
    """``DOMAIN\\user`` logon names. Built-in principals (``NT AUTHORITY\\SYSTEM``, ``BUILTIN\\…``),
    registry hives (``HKLM\\SOFTWARE``) and service accounts (rules/service_accounts.yaml) are not
    persons; nor is an upper-case log word before an escape sequence (``FAILED\\nRetrying``)."""

    ENTITY = "USERNAME"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Domain account", DOMAIN_ACCOUNT_REGEX, SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("\\",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        # Every account has a backslash after its domain: find those with str.find, look back for the
        # domain, and try the pattern only there.
        compiled = self._compiled[index]
        searched_up_to = 0
        at = text.find("\\")
        while at != -1:
            start = at
            reach = max(searched_up_to, at - _DOMAIN_MAX)
            while start > reach and text[start - 1] in _DOMAIN_CHARACTERS:
                start -= 1
            match = compiled.match(text, start) if start < at else None
            if match:
                searched_up_to = match.end()
                yield match
                at = text.find("\\", match.end())
            else:
                at = text.find("\\", at + 1)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        domain, user = match["domain"], match["user"]
        if domain.lower() in service_accounts().builtin_domains or domain in _LOG_WORDS:
            return
        if user[0] in "nrt" and user[1:2].isupper():
            return  # an escape sequence before a capitalised word: "ERROR\nStack"
        user = user.rstrip(".")
        if looks_like_user_name(user):
            start = match.start("user")
            yield Detection(start, start + len(user), SCORE)
