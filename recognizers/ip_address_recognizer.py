"""IP_ADDRESS: IPv4 and IPv6 addresses, validated with the standard library."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer

# Not glued to a word or a dot: "7.0.2046.0" is a version, "1.2.3.4.5" an OID.
IPV4_REGEX = r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)"
_H16 = r"[0-9A-Fa-f]{1,4}"
# Eight groups, or fewer around one "::" (so "10:00:01" and MAC addresses are not candidates).
IPV6_REGEX = (
    rf"(?<![\w:.])(?:(?:{_H16}:){{7}}{_H16}"
    rf"|(?:{_H16}(?::{_H16}){{0,6}})?::(?:{_H16}(?::{_H16}){{0,6}})?(?:(?<=:)\d{{1,3}}(?:\.\d{{1,3}}){{3}})?)"
    r"(?![\w:]|\.\d)"
)

SCORE = 0.6


class IpAddressRecognizer(LogscrubRecognizer):
    """IPv4 and IPv6 addresses (with or without port, IPv6 in brackets too); ``::`` alone is not one."""

    ENTITY = "IP_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("IPv4", IPV4_REGEX, SCORE),
        Pattern("IPv6", IPV6_REGEX, SCORE),
    ]
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
        candidate = match.group()
        if candidate == "::":
            return
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            return
        yield Detection(match.start(), match.end(), SCORE)
