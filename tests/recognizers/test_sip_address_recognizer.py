"""SipAddressRecognizer: sip:/sips: URIs with a user part, one finding per URI (scheme to host[:port])."""

from __future__ import annotations

from typing import Any

import pytest

from logscrub.recognizers import SipAddressRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import (
    analyzed,
    analyzed_spans,
    attributes_of,
    detected,
    detected_entities,
    located,
)

PHONE = {"user_part": "PHONE_NUMBER"}
EMAIL = {"user_part": "EMAIL_ADDRESS"}
USERNAME = {"user_part": "USERNAME"}
# A user part made of a person's names says who the address belongs to.
EMAIL_OF_PERSON = {**EMAIL, "reveals_person": True}
USERNAME_OF_PERSON = {**USERNAME, "reveals_person": True}


@pytest.fixture(scope="module")
def recognizer() -> SipAddressRecognizer:
    return SipAddressRecognizer()


# text, [(expected span value, expected attributes)]
POSITIVES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # request lines
    ("INVITE sip:+46701740612@pbx.example.se SIP/2.0", [("sip:+46701740612@pbx.example.se", PHONE)]),
    ("INVITE sips:bob@example.com:5061;transport=tls SIP/2.0", [("sips:bob@example.com:5061", EMAIL)]),
    (
        "REGISTER sip:1002:s3cret@pbx.example.se SIP/2.0",
        [("sip:1002:s3cret@pbx.example.se", {**PHONE, "password": True})],
    ),
    # headers, display names quoted or not, with or without a space before "<"
    (
        'From: "Anna Svensson" <sip:anna.svensson@example.se>;tag=1928301774',
        [("sip:anna.svensson@example.se", EMAIL_OF_PERSON)],
    ),
    ("To: Bob <sip:bob@example.org>", [("sip:bob@example.org", EMAIL)]),
    ("To: Bob<sip:bob@example.org>", [("sip:bob@example.org", EMAIL)]),
    ("Contact: <sip:alice@192.0.2.7:5060;transport=udp>", [("sip:alice@192.0.2.7:5060", USERNAME)]),
    (
        'P-Asserted-Identity: "Anna"<sip:+46701740612@example.se;user=phone>',
        [("sip:+46701740612@example.se", PHONE)],
    ),
    (
        'Remote-Party-ID: "Bob" <sip:0701740613@example.se;user=phone>;party=calling;screen=yes',
        [("sip:0701740613@example.se", PHONE)],
    ),
    (
        "Diversion: <sip:+46701740614@example.se>;reason=unconditional;counter=1",
        [("sip:+46701740614@example.se", PHONE)],
    ),
    # compact header forms
    ("f: Alice <sip:alice@example.org>;tag=abc", [("sip:alice@example.org", EMAIL)]),
    ("t: sip:bob@example.org", [("sip:bob@example.org", EMAIL)]),
    ("m: <sips:carol@[2001:db8::1]:5061>", [("sips:carol@[2001:db8::1]:5061", USERNAME)]),
    # user_part classification
    ("sip:anna.svensson@example.se", [("sip:anna.svensson@example.se", EMAIL_OF_PERSON)]),
    ("sip:a.svensson@192.0.2.7", [("sip:a.svensson@192.0.2.7", USERNAME_OF_PERSON)]),
    ("sip:karl-ake_lindstrom@pbx", [("sip:karl-ake_lindstrom@pbx", USERNAME_OF_PERSON)]),
    ("sip:support.team@example.se", [("sip:support.team@example.se", EMAIL)]),  # a role, not a person
    ("sip:trunk.1@example.se", [("sip:trunk.1@example.se", EMAIL)]),
    ("sip:alice@192.0.2.7", [("sip:alice@192.0.2.7", USERNAME)]),
    ("sip:alice@pbx", [("sip:alice@pbx", USERNAME)]),
    ("sip:+46701740612@pbx.example.se", [("sip:+46701740612@pbx.example.se", PHONE)]),
    # RFC 3261 telephone-subscriber with phone-context inside the user part, user=phone after the host
    (
        "To: <sip:0701740615;phone-context=+46@example.se;user=phone>",
        [("sip:0701740615;phone-context=+46@example.se", PHONE)],
    ),
    # ";user=phone" alone makes a user part a phone number (a dialled service code here)
    ("To: <sip:*21*0701740613@example.se;user=phone>", [("sip:*21*0701740613@example.se", PHONE)]),
    ("To: <sip:*21*0701740613@example.se>", [("sip:*21*0701740613@example.se", EMAIL)]),
    # ports and parameters: the port is part of the span, parameters and headers are not
    ("sips:dave@pbx.example.de:5061", [("sips:dave@pbx.example.de:5061", EMAIL)]),
    ("sip:+46701740616@example.se:5060;user=phone", [("sip:+46701740616@example.se:5060", PHONE)]),
    ("<sip:bob@example.org?subject=callback>", [("sip:bob@example.org", EMAIL)]),
    # upper-case scheme
    ("SIP:ALICE@EXAMPLE.COM", [("SIP:ALICE@EXAMPLE.COM", EMAIL)]),
    # several URIs in one line
    (
        "call from sip:0701740617@example.se;user=phone to sip:alice@example.org",
        [("sip:0701740617@example.se", PHONE), ("sip:alice@example.org", EMAIL)],
    ),
    (
        "sip:bob@example.org,sip:carol@example.org",
        [("sip:bob@example.org", EMAIL), ("sip:carol@example.org", EMAIL)],
    ),
]

NEGATIVES = [
    "Route: <sip:pbx.example.se;lr>",  # no user part
    "Record-Route: <sip:192.0.2.1:5060;lr>",
    "SIP/2.0 200 OK",
    "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds",
    "mysip:foo@bar",  # scheme "mysip", not "sip"
    "gossip:alice@example.se",
    "sip:@example.se",  # empty user part
    "sip:alice@",  # no host
    "no uri in this line at all",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_sip_uri_with_user_part(
    recognizer: SipAddressRecognizer, text: str, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, [value for value, _ in expected])
    assert [dict(attributes_of(r)) for r in analyzed(recognizer, text)] == [attrs for _, attrs in expected]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_reports_each_uri_once(
    detector: Detector, text: str, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    # Display names are PERSON findings of their own; nothing else may come out of these headers.
    findings = [f for f in detector.detect(text) if f.entity != "PERSON"]
    assert [(f.entity, text[f.start : f.end]) for f in findings] == [("SIP_ADDRESS", v) for v, _ in expected]
    assert [dict(f.attributes or {}) for f in findings] == [attrs for _, attrs in expected]
    assert all(f.score == 1.0 for f in findings)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_sip_address(recognizer: SipAddressRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert detected(detector, text, "SIP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "uri"),
    [
        ("INVITE sip:+46701740612@pbx.example.se SIP/2.0", "sip:+46701740612@pbx.example.se"),
        ("From: <sip:0701740618@example.se;user=phone>;tag=1", "sip:0701740618@example.se"),
        ("To: <sip:+46-70-174-06-19@example.se>", "sip:+46-70-174-06-19@example.se"),
        ("Contact: <sip:+493023125123@192.0.2.7>", "sip:+493023125123@192.0.2.7"),
        ("From: <sip:198112289874@example.se>", "sip:198112289874@example.se"),
    ],
)
def test_number_in_user_part_is_only_the_sip_address(detector: Detector, text: str, uri: str) -> None:
    assert detected_entities(detector, text) == [("SIP_ADDRESS", uri)]


@pytest.mark.parametrize(
    "uri",
    [
        "sip:anna.svensson@example.se",
        "sips:anna.svensson@example.se",
        "SIP:anna@example.se",
        "sip:bob@example.org:5060",
    ],
)
def test_email_like_sip_uri_is_no_email_address(detector: Detector, uri: str) -> None:
    text = f"From: <{uri};transport=tcp>;tag=77"
    assert detected_entities(detector, text) == [("SIP_ADDRESS", uri)]


def test_host_ip_inside_uri_is_part_of_the_sip_address(detector: Detector) -> None:
    text = "Contact: <sip:alice@192.0.2.7:5060;transport=udp>"
    assert detected_entities(detector, text) == [("SIP_ADDRESS", "sip:alice@192.0.2.7:5060")]


SIP_MESSAGE = """\
INVITE sip:+46701740620@pbx.example.se;user=phone SIP/2.0
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-524287-1
Max-Forwards: 70
From: "Anna Svensson" <sip:anna.svensson@example.se>;tag=4711
To: <sip:+46701740620@pbx.example.se;user=phone>
Call-ID: 0701740621@192.0.2.10
CSeq: 1 INVITE
Contact: <sip:alice@192.0.2.10:5060;transport=udp>
P-Asserted-Identity: "Anna"<sip:+46701740622@example.se>
Content-Type: application/sdp
Content-Length: 118

v=0
o=- 0701740623 1 IN IP4 192.0.2.10
s=-
c=IN IP4 192.0.2.10
t=0 0
m=audio 10000 RTP/AVP 0 8
"""


def test_whole_invite(detector: Detector) -> None:
    found = detected_entities(detector, SIP_MESSAGE)
    assert [value for entity, value in found if entity not in ("IP_ADDRESS", "PERSON")] == [
        "sip:+46701740620@pbx.example.se",
        "sip:anna.svensson@example.se",
        "sip:+46701740620@pbx.example.se",
        "sip:alice@192.0.2.10:5060",
        "sip:+46701740622@example.se",
    ]
    assert {entity for entity, _ in found} == {"SIP_ADDRESS", "IP_ADDRESS", "PERSON"}


@pytest.mark.parametrize(
    ("text", "address", "attributes"),
    [
        ("New Channel sofia/internal/1001@pbx.example.se [2904b27f]", "1001@pbx.example.se", PHONE),
        (
            "Hangup sofia/external/anna.svensson@example.se [CS_EXECUTE]",
            "anna.svensson@example.se",
            EMAIL_OF_PERSON,
        ),
    ],
)
def test_freeswitch_channel_names_carry_sip_addresses(
    detector: Detector, text: str, address: str, attributes: dict[str, Any]
) -> None:
    (finding,) = detector.detect(text)
    assert (finding.entity, text[finding.start : finding.end]) == ("SIP_ADDRESS", address)
    assert finding.attributes == attributes
