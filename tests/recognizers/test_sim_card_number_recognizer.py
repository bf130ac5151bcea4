"""ICCID (SimCardNumberRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import SimCardNumberRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> SimCardNumberRecognizer:
    return SimCardNumberRecognizer()


POSITIVES = [
    ("ICCID: 8946010000000001234", ["8946010000000001234"]),
    ("iccid=89460200000123456780;", ["89460200000123456780"]),
    ("SIM 89490220123456789016 inserted", ["89490220123456789016"]),
    ("modem reports 8949071234567890123", ["8949071234567890123"]),  # Luhn holds: no word needed
    ("sim serial 8946010000000001235", ["8946010000000001235"]),  # check digit off, but named
]

NEGATIVES = [
    "modem reports 8946010000000001235",  # check digit does not hold, no word
    "ICCID 7946010000000001234",  # not 89
    "ICCID 894601000000000123",  # 18 digits
    "nanos=1710237601123456789",  # a Unix time in nanoseconds
    "Call-ID: 8946010000000001234@10.0.0.1",
    "id8946010000000001234",
    "uuid 89460100-0000-0001-2340-000000000000",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_iccid(
    recognizer: SimCardNumberRecognizer, detector: Detector, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)
    assert detected_entities(detector, text) == [("ICCID", value) for value in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_iccid(detector: Detector, text: str) -> None:
    assert [e for e, _ in detected_entities(detector, text) if e == "ICCID"] == []
