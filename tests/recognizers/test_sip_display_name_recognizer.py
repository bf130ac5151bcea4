"""PERSON from SIP display names: positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import SipDisplayNameRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> SipDisplayNameRecognizer:
    return SipDisplayNameRecognizer()


POSITIVES = [
    ('From: "Anna Svensson"<sip:anna.svensson@example.se>;tag=1', ["Anna Svensson"]),
    ('To: "Anna Svensson" <sip:anna.svensson@example.se>', ["Anna Svensson"]),
    ("To: Jörg Müller <sip:+493023125123@example.de>", ["Jörg Müller"]),
    ("f:Åsa Öberg<sips:asa@example.se>", ["Åsa Öberg"]),
    (
        'P-Asserted-Identity: "Karl-Åke Lindström" <sip:+46701740612@pbx.example.se;user=phone>',
        ["Karl-Åke Lindström"],
    ),
    ('Remote-Party-ID: "O\'Brien, Pat" <sip:pat@example.com>;party=calling', ["O'Brien, Pat"]),
    ('Diversion: "Support Desk" <sip:1000@pbx.example.se>;reason=no-answer', ["Support Desk"]),
    ('Contact: <sip:1001@192.0.2.1>, "Carin Ek" <sip:carin@example.se>', ["Carin Ek"]),
    ('call from "Sven Larsson" <sip:sven@example.se> rejected', ["Sven Larsson"]),
]

NEGATIVES = [
    'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=1',
    'From: "unknown" <sip:unknown@192.0.2.1>',
    'P-Asserted-Identity: "+46701740612" <sip:+46701740612@pbx.example.se>',  # a number, not a name
    "Contact: <sip:1001@192.0.2.1>",  # no display name
    "2024-03-12 INFO call from Anna Svensson <sip:anna@example.se>",  # log text, not a header value
    "To: <sip:anna@example.se>",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_display_name(recognizer: SipDisplayNameRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_display_name(recognizer: SipDisplayNameRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


def test_name_and_address_are_two_findings(detector: Detector) -> None:
    text = 'From: "Anna Svensson" <sip:anna.svensson@example.se>;tag=1'
    assert detected_entities(detector, text) == [
        ("PERSON", "Anna Svensson"),
        ("SIP_ADDRESS", "sip:anna.svensson@example.se"),
    ]
