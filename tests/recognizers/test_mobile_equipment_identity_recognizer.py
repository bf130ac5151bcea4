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
    # RFC 7254 URNs in SIP (+sip.instance), 8-6-1 grouping with the spare check digit 0.
    ("urn:gsma:imei:35209900-176148-0", ["35209900-176148-0"]),
    ('reg-id=1;+sip.instance="<urn:gsma:imei:35691803-104512-6>"', ["35691803-104512-6"]),
    # ModemManager's mmcli -m 0 (shape of https://github.com/commaai/vamOS/pull/57).
    ("           |         equipment id: 352099001761481", ["352099001761481"]),
    ("  3GPP     |                 imei: 356918031045126", ["356918031045126"]),
    # oFono list-modems (shape of https://github.com/siemens/meta-iot2000/issues/88).
    ("    Serial = 869123045678125", ["869123045678125"]),
    # gammu identify (shape of https://github.com/gammu/gammu/issues/97 and gammu's documentation).
    ('IMEI                 : "352099001761481"', ["352099001761481"]),
    # Traccar's position lines (shape of https://github.com/traccar/traccar/issues/5427).
    ("INFO: [T5a1b2c3d] id: 356938035643809, time: 2026-03-01 10:00:00, speed: 0.0", ["356938035643809"]),
    # Traccar's OsmAnd protocol (shape of https://github.com/traccar/traccar/issues/2372).
    ("GET /?id=356938035643809&timestamp=1710242769 HTTP/1.1", ["356938035643809"]),
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
    "35209900-176148-7",  # dashed, a check digit that holds neither Luhn nor the spare 0
    "35209900-176148-0",  # the spare 0 needs a word for it
    "thread 352099001761481 started",  # a program's thread, job and request ids
    "[tid 352099001761481] job=356938035643809 request_id=869123045678125 pid=356918031045126",
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
