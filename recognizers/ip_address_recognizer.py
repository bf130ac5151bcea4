"""IP_ADDRESS: IPv4 and IPv6 addresses, validated with the standard library."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer

# Not glued to a word or a dot: "7.0.2046.0" is a version, "1.2.3.4.5" an OID. Both patterns start at a
# literal (the first "." or ":") that Python's regex engine finds fast, and look behind it for the first
# group; `detections` moves the start back over that group.
_IPV4_FIRST = "|".join(rf"(?<=(?<![\w.])\d{{{n}}}\.)" for n in (1, 2, 3))
IPV4_REGEX = rf"\.(?:{_IPV4_FIRST})\d{{1,3}}\.\d{{1,3}}\.\d{{1,3}}(?!\w|\.\d)"
_H16 = r"[0-9A-Fa-f]{1,4}"
_IPV6_FIRST = "|".join(rf"(?<=(?<![\w:.])[0-9A-Fa-f]{{{n}}}:)" for n in (1, 2, 3, 4))
# Eight groups, or fewer around one "::" (so "10:00:01" and MAC addresses are not candidates); the
# compressed form only runs on text that has a "::".
IPV6_FULL_REGEX = rf":(?:{_IPV6_FIRST}){_H16}(?::{_H16}){{6}}(?![\w:]|\.\d)"
IPV6_COMPRESSED_REGEX = (
    rf"(?<![\w:.])(?:{_H16}(?::{_H16}){{0,6}})?::(?:{_H16}(?::{_H16}){{0,6}})?"
    r"(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)"
)
_FIRST_GROUP = re.compile(r"[0-9A-Fa-f]{1,4}\Z")

SCORE = 0.6


class IpAddressRecognizer(LogscrubRecognizer):
    """IPv4 and IPv6 addresses (with or without port, IPv6 in brackets too); ``::`` alone is not one."""

    ENTITY = "IP_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("IPv4", IPV4_REGEX, SCORE),
        Pattern("IPv6", IPV6_FULL_REGEX, SCORE),
        Pattern("IPv6 with ::", IPV6_COMPRESSED_REGEX, SCORE),
    ]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {"IPv6 with ::": ("::",)}
    CONTEXT: ClassVar[list[str]] = [
        "ip",
        "ipv4",
        "ipv6",
        "address",
        "addr",
        "host",
        "client",
        "from",
    ]

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        start = match.start()
        if pattern.name != "IPv6 with ::":
            first = _FIRST_GROUP.search(text, max(0, start - 4), start)
            start = first.start() if first else start
        candidate = text[start : match.end()]
        if candidate == "::":
            return
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            return
        yield Detection(start, match.end(), SCORE)
