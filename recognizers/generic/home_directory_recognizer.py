"""USERNAME: the account name in a home or profile folder: ``C:\\Users\\anna.svensson\\AppData``,
``C:\\Documents and Settings\\anna\\``, ``/home/anna/``, ``/Users/anna/Library``, ``/export/home/anna``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.user_names import looks_like_user_name

# Backslashes may be doubled (JSON, C strings); the pattern starts with a literal one, which the regex
# engine skips ahead to. A profile folder may hold spaces ("Anna Svensson") when
# a backslash closes it; at the end of a path it runs to white space or a quote.
_PROFILE_CHARACTER = r"""[^\\/:*?"<>|\r\n\t]"""
WINDOWS_PROFILE_REGEX = (
    r"\\\\?(?:[Uu]sers|USERS|Documents and Settings)\\{1,2}"
    rf"(?P<user>{_PROFILE_CHARACTER}{{1,64}}(?=\\)|[^\\/:*?\"<>|\s']{{1,64}})"
)
# Not inside a URL or a longer path ("https://example.com/home/…", "/mnt/home/…"). (Starting with the
# literal "/" lets the regex engine skip ahead; the look-behind then checks what precedes it.)
UNIX_HOME_REGEX = r"/(?<![\w.\-]/)(?:home|Users|export/home)/(?P<user>[\w.\-]{1,64})(?![\w.\-])"

SCORE = 0.8


class HomeDirectoryRecognizer(LogscrubRecognizer):
    """The folder name after ``\\Users\\`` or ``/home/`` is an account's name. Built-in and service
    profiles (Public, Default, Shared, ubuntu, pi…; rules/service_accounts.yaml) are not persons'."""

    ENTITY = "USERNAME"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Windows profile folder", WINDOWS_PROFILE_REGEX, SCORE),
        RePattern("Unix home folder", UNIX_HOME_REGEX, SCORE),
    ]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "Windows profile folder": ("\\users\\", "\\documents and settings\\"),
        "Unix home folder": ("/home/", "/users/"),
    }

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        start, end = match.span("user")
        user = text[start:end].rstrip(" .")  # "…\Users\anna." ends a sentence
        if looks_like_user_name(user):
            yield Detection(start, start + len(user), SCORE)
