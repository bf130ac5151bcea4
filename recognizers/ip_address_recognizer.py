"""IP_ADDRESS: IPv4 and IPv6 addresses, validated with the standard library, with their scope."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from functools import lru_cache
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

# The `scope` attribute. Private: RFC 1918, carrier-grade NAT (RFC 6598), link-local, unique local IPv6.
# Loopback covers the unspecified address too: neither ever names another host.
LOOPBACK, PRIVATE, PUBLIC = "loopback", "private", "public"
_PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(network)
    for network in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "100.64.0.0/10",
        "169.254.0.0/16",
        "fc00::/7",
        "fe80::/10",
    )
)


def address_scope(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """`loopback`, `private` or `public`; an IPv4-mapped IPv6 address has the scope of its IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback or address.is_unspecified:
        return LOOPBACK
    if any(address.version == net.version and address in net for net in _PRIVATE_NETWORKS):
        return PRIVATE
    return PUBLIC


@lru_cache(maxsize=65536)  # logs repeat the same addresses over and over
def scope_of(candidate: str) -> str | None:
    """The scope of the address `candidate` spells, or None when it is not an address."""
    try:
        return address_scope(ipaddress.ip_address(candidate))
    except ValueError:
        return None


class IpAddressRecognizer(LogscrubRecognizer):
    """IPv4 and IPv6 addresses (with or without port, IPv6 in brackets too); ``::`` alone is not one.

    Each finding carries its ``scope``. Loopback and unspecified addresses (127.0.0.1, ::1, 0.0.0.0) name
    no person's host and are not reported unless ``report_loopback`` is set.
    """

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

    def __init__(
        self,
        supported_language: str = "en",
        name: str | None = None,
        report_loopback: bool = False,
    ) -> None:
        super().__init__(supported_language=supported_language, name=name)
        self.report_loopback = report_loopback

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        start = match.start()
        if pattern.name != "IPv6 with ::":
            first = _FIRST_GROUP.search(text, max(0, start - 4), start)
            start = first.start() if first else start
        candidate = text[start : match.end()]
        if candidate == "::":
            return
        scope = scope_of(candidate)
        if scope is None or (scope == LOOPBACK and not self.report_loopback):
            return
        yield Detection(start, match.end(), SCORE, {"scope": scope})
