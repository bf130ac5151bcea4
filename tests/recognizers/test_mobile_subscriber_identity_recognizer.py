"""IMSI (MobileSubscriberIdentityRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import MobileSubscriberIdentityRecognizer
from logscrub.recognizers.helpers.mobile_identity import mobile_network_codes
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> MobileSubscriberIdentityRecognizer:
    return MobileSubscriberIdentityRecognizer()


POSITIVES = [
    ("IMSI: 240011234567890", ["240011234567890"]),
    ("imsi=262021234567890;", ["262021234567890"]),
    ("UE 240071234567890 attached", ["240071234567890"]),  # a Swedish network: no word needed
    ("attach from 262011234567890 ok", ["262011234567890"]),  # a German network
    ("subscriber 310150123456789", ["310150123456789"]),  # other networks need the word
    ("supi=imsi-234150999999999", ["234150999999999"]),
    # oFono object paths and list-modems output (shapes of
    # https://github.com/HelloVolla/ubuntu-touch-beta-tests/issues/70 and
    # https://github.com/siemens/meta-iot2000/issues/88).
    ("oFono modem removed: /262011234567890/context1", ["262011234567890"]),
    ("[ /240071234567890 ]", ["240071234567890"]),
    ("ofonod[812]: /704030012345678/context1 activated", ["704030012345678"]),  # the path says IMSI
    ("        SubscriberIdentity = 704030012345678", ["704030012345678"]),
    # gammu identify (shape of https://github.com/gammu/gammu/issues/97 and gammu's documentation).
    ('SIM IMSI             : "262011234567890"', ["262011234567890"]),
    # chan_dongle "dongle show device state" (shape of https://github.com/bg111/asterisk-chan-dongle/issues/75).
    ("  IMSI                    : 704030012345678", ["704030012345678"]),
    # ModemManager's ubus dump (shape of https://github.com/openwrt/packages/pull/24091).
    ('"imsi": "262021234567890", "operator": "Example"', ["262021234567890"]),
]

NEGATIVES = [
    "UE 310150123456789 attached",  # a valid MCC, but not a home network and no word for it
    "IMSI 001010123456789",  # test network
    "IMSI 999990123456789",  # internal use
    "IMSI 123451234567890",  # no such MCC
    "IMSI 24001123456789",  # 14 digits
    "IMSI 2400112345678901",  # 16 digits
    "imsi 202403121000015",  # MCC 202 (Greece) but a date-time stamp 2024-03-12 10:00:01
    "Call-ID: 240011234567890@pbx.example.se",
    "branch=z9hG4bK240011234567890",
    "tag=240011234567890",
    "x-240011234567890",
    "[ /ril_0 ] [ /quectelqmi_0/context1 ]",  # oFono modem paths without an IMSI
    "ratio 3/262011234567890",  # a fraction
    "job=262011234567890 thread 240011234567890",  # a program's job and thread ids
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_imsi(
    recognizer: MobileSubscriberIdentityRecognizer, detector: Detector, text: str, expected: list[str]
) -> None:
    found = analyzed(recognizer, text)
    assert [(r.start, r.end, text[r.start : r.end]) for r in found] == located(text, expected)
    assert detected_entities(detector, text) == [("IMSI", value) for value in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_imsi(detector: Detector, text: str) -> None:
    assert [e for e, _ in detected_entities(detector, text) if e == "IMSI"] == []


@pytest.mark.parametrize(
    ("digits", "score"), [("240011234567890", 0.5), ("262771234567890", 0.5), ("310150123456789", 0.3)]
)
def test_home_networks_need_no_context_word(
    recognizer: MobileSubscriberIdentityRecognizer, digits: str, score: float
) -> None:
    (result,) = analyzed(recognizer, f"ue {digits}")
    assert result.score == score


def test_country_codes_are_the_itu_list() -> None:
    codes = mobile_network_codes()
    assert {"240", "262", "310", "460", "505", "724", "901"} <= codes.countries
    assert not {"001", "999", "100", "200"} & codes.countries
    assert all(network[:3] in codes.countries for network in codes.home_networks)
