"""PERSON from SIP display names: positives and hard negatives side by side."""

from __future__ import annotations

import re

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
    # every identity header, and tel: URIs
    ('P-Preferred-Identity: "Åke Ström" <sip:ake@example.se>', ["Åke Ström"]),
    ("P-Asserted-Identity: Carin Ek <tel:+46701740634>", ["Carin Ek"]),
    ('Referred-By: "Nils Ek" <sip:nils@example.se>', ["Nils Ek"]),
    ("b: Nils Ek <sips:nils@example.se>", ["Nils Ek"]),  # Referred-By, compact
    ('History-Info: "Jörg Müller" <sip:joerg@example.de?Reason=SIP%3Bcause%3D302>;index=1', ["Jörg Müller"]),
    ('Diversion: "Heike Groß" <tel:+493023125456>;reason=unconditional', ["Heike Groß"]),
    ('variable_sip_P-Asserted-Identity: ["Carin Ek" <tel:+46701740634>]', ["Carin Ek"]),
    # caller ID names before a number (Asterisk, FreeSWITCH)
    ('CallerID update for PJSIP/trunk-00000002: "Stella Singh" <+46701740677>', ["Stella Singh"]),
    ('Set("PJSIP/trunk", "CALLERID(all)=\\"Stella Singh\\" <0701740677>")', ["Stella Singh"]),
    ("Processing Carin Ek <1001>->0701740677 in context default", ["Carin Ek"]),
]

NEGATIVES = [
    'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=1',
    'From: "unknown" <sip:unknown@192.0.2.1>',
    'P-Asserted-Identity: "+46701740612" <sip:+46701740612@pbx.example.se>',  # a number, not a name
    "Contact: <sip:1001@192.0.2.1>",  # no display name
    "2024-03-12 INFO call from Anna Svensson <sip:anna@example.se>",  # log text, not a header value
    "To: <sip:anna@example.se>",
    # unquoted words before a URI must read as a name
    "kamailio[2351]: INFO: <script>: PAI set to <tel:+46701740634> for fU=1001",
    "ds_ping_reply_callback(): destination <sip:gw.example.de:5060;transport=udp> not responding",
    # service accounts and scanners, numbers shown as names
    "Request from '\"test1\" <sip:test1@2.3.4.5>' failed",
    'From: "asterisk" <sip:asterisk@pbx.example.se>',
    "Processing +46701740661 <+46701740661>->+493023125000 in context public",
    "Processing call <1001>->0701740677",  # not a name
    "stream <5060> opened",  # a number in brackets without a name
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


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: SipDisplayNameRecognizer, text: str) -> None:
    """Candidates are found from each "<sip:", "<tel:" or "<number>" opening; the regex over the whole
    text finds the same."""
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]
