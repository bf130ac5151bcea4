"""IP_ADDRESS: IPv4 and IPv6 addresses, validated with the standard library, with their scope."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, PresidioOptions, RePattern

if TYPE_CHECKING:
    from typing import Unpack


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
# An IPv4 address written into a host name, as ISPs' and clouds' reverse DNS names are
# ("c-198-51-100-140.example.net", "ip-10-0-1-23.ec2.internal"): a word, a dash, four dashed groups, then
# a dot and the domain. The pattern starts at the dash before the groups; only the groups are the finding.
IPV4_IN_HOST_NAME_REGEX = r"-(?<=[A-Za-z]-)\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?=\.[A-Za-z])"
# Some devices write every octet with three digits ("198.051.100.067"): the standard library refuses
# leading zeros, so such a quad is read without them (each octet still at most 255).
_ZERO_PADDED = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}\Z")
# A dotted quad that is a version, not an address:
# - in parentheses right after another version ("FPBX-16.0.40(18.13.0.2)");
# - after a version key ("#!version:1.0.0.1", "firmware=…");
# - after a capitalised product token and "/" ("Snom D785/10.1.141.13", "Yealink SIP-T54W/96.86.0.100"),
#   also in prose; "host/192.0.2.8" and paths ("GET /hosts/192.0.2.1") stay addresses;
# - in a User-Agent or Server header (user_agent=, ua=, <sip_user_agent>) after any product token and
#   "/", or after a model with a digit and a blank ("Yealink SIP-T54W 96.86.0.100").
_VERSION_IN_PARENTHESES = re.compile(r"[0-9]\(\Z")
_VERSION_KEY = re.compile(r"(?i:version|ver|firmware|fw|sw|build)[ \t]*[:=][ \t]*v?\Z")
_CAPITALISED_PRODUCT_BEFORE = re.compile(r"(?<![\w./:\-])[A-Z][\w.\-]*/\Z")
_PRODUCT_BEFORE = re.compile(r"(?<![\w./:\-])(?:[A-Za-z][\w.\-]*/|[A-Za-z][\w\-]*[0-9][\w\-]* )\Z")
_PRODUCT_HEADER = re.compile(r"(?i)(?:user[-_]?agent|server|\bua)[\"']?[ \t]*[:=>]")
_VERSION_REACH = 40
_HEADER_REACH = 200

SCORE = 0.6

# The `scope` attribute. Private: RFC 1918, carrier-grade NAT (RFC 6598), link-local, unique local IPv6.
# Loopback covers the unspecified address too: neither ever names another host.
LOOPBACK, PRIVATE, PUBLIC = "loopback", "private", "public"
PRIVATE_NETWORKS = tuple(
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
    if any(address.version == net.version and address in net for net in PRIVATE_NETWORKS):
        return PRIVATE
    return PUBLIC


@lru_cache(maxsize=65536)  # logs repeat the same addresses over and over
def scope_of(candidate: str) -> str | None:
    """The scope of the address `candidate` spells, or None when it is not an address."""
    try:
        return address_scope(ipaddress.ip_address(candidate))
    except ValueError:
        if _ZERO_PADDED.match(candidate) and "." in candidate:
            unpadded = ".".join(str(int(octet)) for octet in candidate.split("."))
            if unpadded != candidate:
                return scope_of(unpadded)
        return None


class IpAddressRecognizer(LogscrubRecognizer):
    """IPv4 and IPv6 addresses (with or without port, IPv6 in brackets too); ``::`` alone is not one.

    Each finding carries its ``scope``. Loopback and unspecified addresses (127.0.0.1, ::1, 0.0.0.0) name
    no person's host and are not reported unless ``report_loopback`` is set.
    """

    ENTITY = "IP_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("IPv4", IPV4_REGEX, SCORE),
        RePattern("IPv6", IPV6_FULL_REGEX, SCORE),
        RePattern("IPv6 with ::", IPV6_COMPRESSED_REGEX, SCORE),
        RePattern("IPv4 in a host name", IPV4_IN_HOST_NAME_REGEX, SCORE),
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
        **options: Unpack[PresidioOptions],
    ) -> None:
        super().__init__(supported_language=supported_language, name=name, **options)
        self.report_loopback = report_loopback

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        start = match.start()
        if pattern.name == "IPv4 in a host name":
            yield from self._in_host_name(text, match)
            return
        if pattern.name != "IPv6 with ::":
            first = _FIRST_GROUP.search(text, max(0, start - 4), start)
            start = first.start() if first else start
        candidate = text[start : match.end()]
        if candidate == "::" or _is_version(text, start):
            return
        scope = scope_of(candidate)
        if scope is None or (scope == LOOPBACK and not self.report_loopback):
            return
        yield Detection(start, match.end(), SCORE, {"scope": scope})

    def _in_host_name(self, text: str, match: re.Match[str]) -> Iterator[Detection]:
        start = match.start() + 1  # after the dash that joins the word before
        scope = scope_of(text[start : match.end()].replace("-", "."))
        if scope is None or (scope == LOOPBACK and not self.report_loopback):
            return
        yield Detection(start, match.end(), SCORE, {"scope": scope})


def _is_version(text: str, start: int) -> bool:
    """Whether the dotted quad at `start` is a product's version, not an address."""
    reach = max(0, start - _VERSION_REACH)
    if (
        _VERSION_IN_PARENTHESES.search(text, reach, start)
        or _VERSION_KEY.search(text, reach, start)
        or _CAPITALISED_PRODUCT_BEFORE.search(text, reach, start)
    ):
        return True
    if not _PRODUCT_BEFORE.search(text, reach, start):
        return False
    window = max(0, start - _HEADER_REACH)
    line_start = text.rfind("\n", window, start) + 1 or window
    return _PRODUCT_HEADER.search(text, line_start, start) is not None
