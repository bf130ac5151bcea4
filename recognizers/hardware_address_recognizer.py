"""MAC_ADDRESS: hardware addresses of network devices (phones, gateways, headsets)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer

_SEPARATORS = re.compile(r"[:\-.]")

_HEX2 = "[0-9A-Fa-f]{2}"
_HEX4 = "[0-9A-Fa-f]{4}"
# Six pairs joined by ":" or by "-", or three quads joined by "." (Cisco). Each pattern starts at its
# first separator (a literal Python's regex engine finds fast) and looks behind it for the first group;
# `detections` moves the start back over that group.
MAC_COLON_REGEX = rf":(?<=(?<![\w:.\-]){_HEX2}:)(?:{_HEX2}:){{4}}{_HEX2}(?![\w:.\-])"
MAC_HYPHEN_REGEX = rf"-(?<=(?<![\w:.\-]){_HEX2}-)(?:{_HEX2}-){{4}}{_HEX2}(?![\w:.\-])"
MAC_DOT_REGEX = rf"\.(?<=(?<![\w:.\-]){_HEX4}\.){_HEX4}\.{_HEX4}(?![\w:.\-])"
_NOT_A_DEVICE = frozenset(("000000000000", "FFFFFFFFFFFF"))

SCORE = 0.6


class HardwareAddressRecognizer(LogscrubRecognizer):
    """MAC addresses in colon, hyphen and Cisco dot notation; all-zero and broadcast are not a device."""

    ENTITY = "MAC_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("MAC with colons", MAC_COLON_REGEX, SCORE),
        Pattern("MAC with hyphens", MAC_HYPHEN_REGEX, SCORE),
        Pattern("MAC in Cisco notation", MAC_DOT_REGEX, SCORE),
    ]
    CONTEXT: ClassVar[list[str]] = ["mac", "hardware address", "physical address", "ethernet", "hwaddr"]

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        start = match.start() - (4 if pattern.name == "MAC in Cisco notation" else 2)
        address = text[start : match.end()]
        if _SEPARATORS.sub("", address).upper() in _NOT_A_DEVICE:
            return
        yield Detection(start, match.end(), SCORE)
