"""IMEI (MobileEquipmentIdentityRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import MobileEquipmentIdentityRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> MobileEquipmentIdentityRecognizer:
    return MobileEquipmentIdentityRecognizer()


POSITIVES = [
    ("IMEI: 35-209900-176148-1", ["35-209900-176148-1"]),
    ("imei=352099001761481;", ["352099001761481"]),
    ("device 35209900-176148-1 registered", ["35209900-176148-1"]),
    ("IMEI 35209900176148-1", ["35209900176148-1"]),
    ("UE 860123456789014 attached", ["860123456789014"]),  # Luhn and a reporting body: no word needed
    ("pei=imei-356938035643809", ["356938035643809"]),
    ("IMEISV: 35-209900-176148-23", ["35-209900-176148-23"]),
    ("imeisv 3520990017614823", ["3520990017614823"]),
    ("IMEI 35209900176148 (without its check digit)", ["35209900176148"]),
    ("handset IMEI 352099001761480 (spare digit)", ["352099001761480"]),
    ("phones 490154203237518, 990001234567899", ["490154203237518", "990001234567899"]),
]

NEGATIVES = [
    "352099001761482",  # check digit does not hold, no context word
    "3520990017614823",  # 16 digits without a word for them
    "35209900176148",  # 14 digits without a word for them
    "imei 172099001761481",  # no reporting body 17
    "imei 1710237601123456",  # a Unix time in microseconds
    "Call-ID: 352099001761481@10.0.0.1",
    "o=- 352099001761481 2 IN IP4 10.0.0.1",  # SDP session id
    "id352099001761481",  # glued to a word
    "call-352099001761481",  # glued by a dash
    "v1.352099001761481",
    "+352099001761481",  # a phone number
    "3520990017614811",
    "35-209900-176148-2",  # dashed, check digit does not hold
    "2024-03-12 10:00:01 uuid 550e8400-e29b-41d4-a716-446655440000",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_imei(
    recognizer: MobileEquipmentIdentityRecognizer, detector: Detector, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)
    assert detected_entities(detector, text) == [("IMEI", value) for value in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_imei(detector: Detector, text: str) -> None:
    assert [e for e, _ in detected_entities(detector, text) if e == "IMEI"] == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("352099001761481", "IMEI"),  # also a Luhn-valid 15-digit "card": the IMEI is the more specific
        ("IMEI 352099001761481", "IMEI"),
        ("IMSI 352099001761481", "IMSI"),  # MCC 352 (Grenada): the context word decides
    ],
)
def test_same_digits_context_decides(detector: Detector, text: str, entity: str) -> None:
    assert detected_entities(detector, text) == [(entity, "352099001761481")]
