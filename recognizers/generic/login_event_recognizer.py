"""USERNAME: the account in sshd, PAM and sudo log messages: ``Invalid user anna from …``, ``Failed
password for (invalid user) anna from …``, ``Accepted publickey for anna from …``, ``session opened for
user anna``, ``sudo: anna : TTY=…``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.user_names import looks_like_user_name

_SSH_METHODS = "password|publickey|keyboard-interactive/pam|hostbased|gssapi-with-mic|gssapi-keyex|none"
# Each pattern starts with a literal, which the regex engine skips ahead to; look-behinds after it
# check what precedes.
LOGIN_EVENT_PATTERNS = (
    # "Invalid user anna from …", "Failed password for invalid user anna …", "input_userauth_request:
    # invalid user anna [preauth]", "Disconnected from invalid user anna …"
    ("Invalid user", r"nvalid user (?<=[Ii]nvalid user )(?P<user>[^\s\[\]]{1,64})", "invalid user "),
    ("Accepted login", rf"Accepted (?:{_SSH_METHODS}) for (?P<user>\S{{1,64}}) from ", "accepted "),
    (
        "Failed login",
        rf"Failed (?:{_SSH_METHODS}) for (?!invalid user )(?P<user>\S{{1,64}}) from ",
        "failed ",
    ),
    # "Connection closed by authenticating user anna …", "Disconnected from authenticating user anna …"
    ("Authenticating user", r"authenticating user (?P<user>[^\s\[\]]{1,64})", "authenticating user "),
    # pam_unix: "session opened for user anna(uid=1001) by (uid=0)", "… for user root by anna(uid=1001)"
    ("PAM session", r"session (?:opened|closed) for user (?P<user>[^\s(]{1,64})", "for user "),
    ("PAM invoking user", r"by (?P<user>[\w.\-]{1,64})\(uid=\d+\)", "(uid="),
    ("sudo", r"sudo(?:\[\d+\])?:[ \t]+(?P<user>[\w.\-]{1,64}) : ", "sudo"),
)  # fmt: skip

SCORE = 0.9


class LoginEventRecognizer(LogscrubRecognizer):
    """Accounts named by login messages. The names password-guessing bots try (root, admin, test, oracle,
    ubnt…; rules/service_accounts.yaml) are not persons' accounts; any other name may be, and is found."""

    ENTITY = "USERNAME"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern(name, regex, SCORE) for name, regex, _ in LOGIN_EVENT_PATTERNS
    ]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        name: (literal,) for name, _, literal in LOGIN_EVENT_PATTERNS
    }

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        start, end = match.span("user")
        if looks_like_user_name(text[start:end]):
            yield Detection(start, end, SCORE)
