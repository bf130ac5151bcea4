"""USERNAME: account names in fields whose key says they hold one (``user=``, ``username=``, ``userName``,
``src_user=``, ``AccountID=``, ``login:``, ``uid=``, ``Benutzer:``, ``Användarnamn:``…)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.key_fields import (
    KEY_PREFIX_REGEX,
    KEY_START_REGEX,
    SEPARATOR_REGEX,
    anchor_scanners,
    anchored_matches,
    field_value,
    is_misplaced_xml,
    key_alternation,
    value_regex,
)
from logscrub.recognizers.helpers.user_names import looks_like_user_name


@dataclass(frozen=True)
class UserKeys:
    """Keys of user fields that share a word (the anchor the engine scans for)."""

    pattern: str
    anchors: tuple[str, ...]
    keys: tuple[str, ...]  # also after a prefix: src_user, dst_user, sip_auth_username
    whole_keys: tuple[str, ...] = ()  # only as the whole key: "uid" (not "ruid")
    # A regex for where no key starts though an anchor is there (see `anchor_exclusion`).
    key_exclusion: str = ""
    # The same, as a scan for `anchors` checks it after each hit ("{anchor}" stands for the hit).
    anchor_exclusion: str = ""

    @property
    def regex(self) -> str:
        alternatives = [f"{KEY_PREFIX_REGEX}(?:{key_alternation(self.keys)})"] if self.keys else []
        if self.whole_keys:
            alternatives.append(key_alternation(self.whole_keys))
        return (
            KEY_START_REGEX
            + self.key_exclusion
            + f"(?i:(?P<key>{'|'.join(alternatives)}))"
            + SEPARATOR_REGEX
            + value_regex(_BARE_VALUE)
        )


# An unquoted value ends at white space, a quote, a bracket or a field separator.
_BARE_VALUE = r"""[^\s"'<>,;&|()\[\]{}]{1,100}"""
USER_KEYS = (
    # ";user=phone", the SIP URI parameter in almost every line of a telephony log, is no user field.
    # (Not "user id": mostly a number, and GnuPG's "User ID: CentOS-4 (Kernel Module GPG key)" is no account.)
    UserKeys(
        "User field",
        ("user",),
        ("user", "user name"),
        ("ruser",),
        key_exclusion="(?!(?<=;)(?i:user)=)",
        anchor_exclusion="(?!(?<=;{anchor})=)",
    ),
    UserKeys("Login field", ("login",), ("login", "login name")),
    # (Not "account" alone: "account: disabled" is a status.)
    UserKeys("Account field", ("account",), ("account id", "account name", "sam account name")),
    UserKeys("Uid field", ("uid",), (), ("uid",)),
    UserKeys(
        "Benutzer or användare field",
        ("benutzer", "användar"),
        ("benutzer", "benutzername", "användare", "användarnamn"),
    ),
)  # fmt: skip
_SCANNERS = {keys.pattern: anchor_scanners(keys.anchors, keys.anchor_exclusion) for keys in USER_KEYS}

SCORE = 0.8


class UserNameFieldRecognizer(LogscrubRecognizer):
    """User names in key=value pairs, JSON, XML and labels. Numbers (``uid=1000``, ``username="1002"``
    is an extension), phone numbers, addresses, placeholders and service accounts
    (rules/service_accounts.yaml) are not; nor is the SIP URI parameter ``;user=phone`` or the date
    after ``Last login:``. Keys are matched in lower, Capitalised and UPPER case (``userName``,
    ``UserName``, ``USER``)."""

    ENTITY = "USERNAME"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern(keys.pattern, keys.regex, SCORE) for keys in USER_KEYS]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        keys.pattern: keys.anchors for keys in USER_KEYS
    }

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        return anchored_matches(self._compiled[index], text, _SCANNERS[self.patterns[index].name])

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        key = match["key"].lower()
        if is_misplaced_xml(text, match):
            return
        if key == "login" and text[max(0, match.start() - 5) : match.start()].lower() == "last ":
            return  # "Last login: Tue Mar 12 …"
        start, end, quoted = field_value(match)
        value = text[start:end]
        if quoted:
            stripped = value.strip()
            start += len(value) - len(value.lstrip())
            value = stripped
        elif value.endswith("."):  # the end of a sentence
            value = value[:-1]
        if looks_like_user_name(value):
            yield Detection(start, start + len(value), SCORE)
