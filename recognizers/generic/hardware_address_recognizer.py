"""MAC_ADDRESS: hardware addresses of network devices (phones, gateways, headsets).

A MAC written with separators (``00:1A:2B:3C:4D:5E``, ``80-5E-C0-12-34-56``, ``001a.2b3c.4d5e``) is one
wherever it stands. Twelve bare hex digits (``0a1b2c3d4e5f``) are one only where something announces a
MAC (rules/hardware_addresses.yaml): a key (``mac=``, ``MAC:``, ``hwaddr``), a device or file name
prefix (Cisco's ``SEP0A1B2C3D4E5F``, Grandstream's ``cfg0a1b2c3d4e5f``) or a provisioning file name
(``0a1b2c3d4e5f.cfg``, ``0a1b2c3d4e5f-phone.cfg``). Call-IDs, tags, branches, hashes and session ids
have such runs too, and stay.
"""

from __future__ import annotations

import heapq
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.keyed_values import KEY_START_REGEX, key_matches
from logscrub.rules import rule_lists

HARDWARE_ADDRESSES_FILE = "hardware_addresses.yaml"
_LISTS = ("keys", "anchors", "name_prefixes", "file_prefixes", "file_extensions")


@dataclass(frozen=True)
class MacAnnouncements:
    """The lists of rules/hardware_addresses.yaml."""

    keys: tuple[str, ...]
    anchors: tuple[str, ...]  # as written
    name_prefixes: tuple[str, ...]  # as written
    file_prefixes: tuple[str, ...]  # as written
    file_extensions: tuple[str, ...]  # lower case


@lru_cache(maxsize=1)
def mac_announcements() -> MacAnnouncements:
    lists = rule_lists(HARDWARE_ADDRESSES_FILE, _LISTS)
    return MacAnnouncements(
        keys=lists["keys"],
        anchors=lists["anchors"],
        name_prefixes=lists["name_prefixes"],
        file_prefixes=lists["file_prefixes"],
        file_extensions=lists["file_extensions"],
    )


def _longest_first(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _key_alternation(keys: tuple[str, ...]) -> str:
    """Keys written as words, which logs join by a blank, "_", "-", "." or nothing (mac address:
    mac_address, MAC-Adresse, macAddress); longest first."""
    return "|".join(
        r"[ \t_\-.]?".join(re.escape(part) for part in key.split())
        for key in sorted(keys, key=len, reverse=True)
    )


_ANNOUNCED = mac_announcements()
_HEX2 = "[0-9A-Fa-f]{2}"
_HEX4 = "[0-9A-Fa-f]{4}"
_HEX12 = "[0-9A-Fa-f]{12}"
# A separated MAC is not followed by a word character or another separator; a full stop that ends the
# sentence ("…, MAC 02:5E:3A:7C:19:B4.") does not count.
_SEPARATED_END = r"(?![\w:\-]|\.\w)"
# Six pairs joined by ":" or by "-", or three quads joined by "." (Cisco). Each pattern starts at its
# first separator (a literal Python's regex engine finds fast) and looks behind it for the first group;
# `detections` moves the start back over that group.
MAC_COLON_REGEX = rf":(?<=(?<![\w:.\-]){_HEX2}:)(?:{_HEX2}:){{4}}{_HEX2}{_SEPARATED_END}"
MAC_HYPHEN_REGEX = rf"-(?<=(?<![\w:.\-]){_HEX2}-)(?:{_HEX2}-){{4}}{_HEX2}{_SEPARATED_END}"
MAC_DOT_REGEX = rf"\.(?<=(?<![\w:.\-]){_HEX4}\.){_HEX4}\.{_HEX4}{_SEPARATED_END}"
# Bare hex digits are one token: nothing alphanumeric right before or after them.
_ALPHANUMERIC = "[0-9A-Za-z]"
_BARE_END = f"(?!{_ALPHANUMERIC})"
_BARE_START = f"(?<!{_ALPHANUMERIC})"
# mac=0a1b2c3d4e5f, MAC: 0A1B2C3D4E5F, "macAddress": "…", <mac>…</mac>, deviceMac=…, client_mac=…. A
# prefix joins the key by "_", "-", "." or by camel case after a lower-case letter (not "HMAC").
_KEY_PREFIX = r"(?:[a-z0-9]+[_\-.])*(?-i:[a-z][A-Za-z0-9]*?(?=[A-Z]))?"
_KEY_SEPARATOR = r"""(?=[ \t:=>"'\\])\\?["']?[ \t]*(?:=>|[:=>])?[ \t]*\\?["']?"""
MAC_AFTER_KEY_REGEX = (
    rf"{KEY_START_REGEX}(?i:{_KEY_PREFIX}(?:{_key_alternation(_ANNOUNCED.keys)})){_KEY_SEPARATOR}"
    rf"(?P<mac>{_HEX12}){_BARE_END}"
)
# SEP0A1B2C3D4E5F (a Cisco phone's device name), cfg0a1b2c3d4e5f (a Grandstream provisioning file).
MAC_IN_DEVICE_NAME_REGEX = (
    rf"{_BARE_START}(?:{_longest_first(_ANNOUNCED.name_prefixes)})(?P<mac>{_HEX12}){_BARE_END}"
)
# 0a1b2c3d4e5f.cfg, 0a1b2c3d4e5f-phone.cfg, spa0a1b2c3d4e5f.xml, snomD785-0A1B2C3D4E5F.htm.
_MODEL_MAX, _SUFFIX_MAX = 8, 40
_FILE_PREFIX = rf"(?:(?:{_longest_first(_ANNOUNCED.file_prefixes)})(?:[0-9A-Za-z]{{1,{_MODEL_MAX}}}-)?)?"
_FILE_SUFFIX = rf"(?:-[0-9A-Za-z_\-]{{1,{_SUFFIX_MAX}}})?"
_FILE_EXTENSION = rf"\.(?:{_longest_first(_ANNOUNCED.file_extensions)}){_BARE_END}"
MAC_FILE_NAME_REGEX = rf"{_BARE_START}{_FILE_PREFIX}(?P<mac>{_HEX12}){_FILE_SUFFIX}{_FILE_EXTENSION}"

_NOT_A_DEVICE = frozenset(("000000000000", "FFFFFFFFFFFF"))
_SEPARATORS = re.compile(r"[:\-.]")

SCORE = 0.6

_COLON = "MAC with colons"
_HYPHEN = "MAC with hyphens"
_DOT = "MAC in Cisco notation"
_AFTER_KEY = "MAC after a key"
_IN_DEVICE_NAME = "MAC in a device name"
_FILE_NAME = "MAC as a provisioning file name"
# How far each separated pattern's match starts after the MAC's first group.
_FIRST_GROUP = {_COLON: 2, _HYPHEN: 2, _DOT: 4}

_KEY_SCANNERS = tuple(re.compile(re.escape(anchor)) for anchor in _ANNOUNCED.anchors)
# One literal-led twin per device name prefix: the regex engine finds a literal fast, an alternation
# at every position slowly. Each twin looks behind its prefix for the token start.
_DEVICE_NAME_TWINS = tuple(
    re.compile(rf"{re.escape(prefix)}(?<!{_ALPHANUMERIC}{re.escape(prefix)})(?P<mac>{_HEX12}){_BARE_END}")
    for prefix in _ANNOUNCED.name_prefixes
)
_EXTENSION_SCAN = re.compile(_FILE_EXTENSION)
_FILE_NAME_CHARACTERS = frozenset(string.ascii_letters + string.digits + "_-")
# The longest file name the pattern takes in, before its extension: prefix, model, "-", MAC, suffix.
_FILE_NAME_REACH = max(map(len, _ANNOUNCED.file_prefixes), default=0) + _MODEL_MAX + 1 + 12 + 1 + _SUFFIX_MAX


class HardwareAddressRecognizer(LogscrubRecognizer):
    """MAC addresses in colon, hyphen and Cisco dot notation, and as twelve bare hex digits where a key,
    a device name or a provisioning file name announces them; all-zero and broadcast are not a device."""

    ENTITY = "MAC_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern(_COLON, MAC_COLON_REGEX, SCORE),
        RePattern(_HYPHEN, MAC_HYPHEN_REGEX, SCORE),
        RePattern(_DOT, MAC_DOT_REGEX, SCORE),
        RePattern(_AFTER_KEY, MAC_AFTER_KEY_REGEX, SCORE),
        RePattern(_IN_DEVICE_NAME, MAC_IN_DEVICE_NAME_REGEX, SCORE),
        RePattern(_FILE_NAME, MAC_FILE_NAME_REGEX, SCORE),
    ]
    # Device and file names need none: their literal scans are as cheap as a prefilter's would be.
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        _AFTER_KEY: tuple(dict.fromkeys(anchor.lower() for anchor in _ANNOUNCED.anchors)),
    }
    CONTEXT: ClassVar[list[str]] = ["mac", "hardware address", "physical address", "ethernet", "hwaddr"]

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        name: str = self.patterns[index].name
        if name == _AFTER_KEY:
            return key_matches(self._compiled[index], _KEY_SCANNERS, text)
        if name == _IN_DEVICE_NAME:
            return _device_name_matches(text)
        if name == _FILE_NAME:
            return _file_name_matches(self._compiled[index], text)
        return super().matches(text, index)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        first_group = _FIRST_GROUP.get(pattern.name)
        if first_group is None:
            start, end = match.span("mac")
        else:
            start, end = match.start() - first_group, match.end()
        if _SEPARATORS.sub("", text[start:end]).upper() not in _NOT_A_DEVICE:
            yield Detection(start, end, SCORE)


def _device_name_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of MAC_IN_DEVICE_NAME_REGEX, found by its literal-led twins, in text order."""
    covered = 0
    for match in heapq.merge(*(twin.finditer(text) for twin in _DEVICE_NAME_TWINS), key=lambda m: m.start()):
        if match.start() >= covered:
            covered = match.end()
            yield match


def _file_name_matches(compiled: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of MAC_FILE_NAME_REGEX: at each file extension, the pattern is tried where the file
    name before it may start (its start, or after a "-" or "_" in it), earliest first."""
    covered = 0
    for extension in _EXTENSION_SCAN.finditer(text):
        dot = extension.start()
        reach = max(covered, dot - _FILE_NAME_REACH)
        start = dot
        while start > reach and text[start - 1] in _FILE_NAME_CHARACTERS:
            start -= 1
        for candidate in range(start, dot):
            if candidate == start or text[candidate - 1] in "-_":
                match = compiled.match(text, candidate)
                if match:
                    covered = match.end()
                    yield match
                    break
