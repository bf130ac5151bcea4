"""MAC_ADDRESS (HardwareAddressRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import HardwareAddressRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> HardwareAddressRecognizer:
    return HardwareAddressRecognizer()


POSITIVES = [
    ("phone 00:1A:2B:3C:4D:5E registered", ["00:1A:2B:3C:4D:5E"]),
    ("mac=0a:23:f5:67:89:ac;", ["0a:23:f5:67:89:ac"]),
    ("Yealink 80-5E-C0-12-34-56 provisioning", ["80-5E-C0-12-34-56"]),
    ("cisco 001a.2b3c.4d5e up", ["001a.2b3c.4d5e"]),
    ("00:1A:2B:3C:4D:5E and 00:1A:2B:3C:4D:5F", ["00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5F"]),
]

NEGATIVES = [
    "ff:ff:ff:ff:ff:ff",  # broadcast
    "00:00:00:00:00:00",
    "2024-03-12 10:00:01",  # a time
    "10:00:01:02:03:04:05",  # seven groups
    "00:1A:2B:3C:4D",  # five groups
    "00:1A-2B:3C-4D:5E",  # mixed separators
    "fe80::1a2b:3c4d:5e6f",  # IPv6
    "x00:1A:2B:3C:4D:5E",  # glued to a word
    "version 1.2.3.4",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_mac_address(recognizer: HardwareAddressRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_finds_mac_address(detector: Detector, text: str, expected: list[str]) -> None:
    assert detected_entities(detector, text) == [("MAC_ADDRESS", value) for value in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_mac_address(recognizer: HardwareAddressRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert [e for e, _ in detected_entities(detector, text) if e == "MAC_ADDRESS"] == []
