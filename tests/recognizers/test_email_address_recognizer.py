"""EmailAddressRecognizer: addresses whose domain ends in a public suffix; never inside a SIP URI."""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import EmailAddressRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> EmailAddressRecognizer:
    return EmailAddressRecognizer()


# text, expected spans (as the substrings they cover)
POSITIVES: list[tuple[str, list[str]]] = [
    ("a@b.se", ["a@b.se"]),
    ("mail anna.svensson@example.se now", ["anna.svensson@example.se"]),
    ("Anna.Svensson@Example.SE", ["Anna.Svensson@Example.SE"]),
    ("first+tag@example.de", ["first+tag@example.de"]),
    ("x@sub.example.co.uk", ["x@sub.example.co.uk"]),
    ("anna_s-92@example.org", ["anna_s-92@example.org"]),
    ("bob.o'neil@example.com", ["bob.o'neil@example.com"]),  # "'" is allowed in a local part (RFC 5322)
    # punycode (IDNA) domains
    ("kontakt: info@xn--rksmrgs-5wao1o.se", ["info@xn--rksmrgs-5wao1o.se"]),
    ("user@xn--mller-kva.de", ["user@xn--mller-kva.de"]),
    # delimiters around the address stay outside the span
    ("<bob@example.org>", ["bob@example.org"]),
    ('"Bob" <bob@example.org>, anna@example.se', ["bob@example.org", "anna@example.se"]),
    ("anna.svensson@example.se,bob@example.org", ["anna.svensson@example.se", "bob@example.org"]),
    ("Write to anna@example.se.", ["anna@example.se"]),
    ("mailto:anna@example.se", ["anna@example.se"]),
    ("user=anna@example.se;tag=1", ["anna@example.se"]),
    ("(anna@example.com)", ["anna@example.com"]),
]

NEGATIVES = [
    "user@host.local",  # not a public suffix
    "user@localhost",
    "info@presidio.",
    "a@b.c",
    "@example.se",
    "anna@-example.se",
    "name@example.com-foo",
    "no at sign here, only example.se",
    "Call-ID: 0701740612@192.0.2.1",
    # the whole sip: URI is one SIP_ADDRESS, never also an e-mail address
    "From: <sip:anna.svensson@example.se>;tag=1",
    "To: sips:bob@example.org",
    "SIP:anna@example.se",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_email_address(recognizer: EmailAddressRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_finds_email_address(detector: Detector, text: str, expected: list[str]) -> None:
    assert detected(detector, text, "EMAIL_ADDRESS") == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_email_address(recognizer: EmailAddressRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert detected(detector, text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "uri"),
    [
        ("From: <sip:anna.svensson@example.se>;tag=1", "sip:anna.svensson@example.se"),
        ("To: sips:bob@example.org", "sips:bob@example.org"),
        ("SIP:anna@example.se", "SIP:anna@example.se"),
        ("Contact: <sip:bob@example.org:5060;transport=tcp>", "sip:bob@example.org:5060"),
    ],
)
def test_email_like_sip_uri_gives_sip_address_only(detector: Detector, text: str, uri: str) -> None:
    assert detected_entities(detector, text) == [("SIP_ADDRESS", uri)]


def test_address_after_a_scheme_that_is_not_sip_is_an_email_address(
    recognizer: EmailAddressRecognizer, detector: Detector
) -> None:
    """The scheme "mysip" is not "sip": no SIP_ADDRESS, so the address after it must be found as such."""
    text = "mysip:anna@example.se"
    assert detected_entities(detector, text) == [("EMAIL_ADDRESS", "anna@example.se")]
    assert analyzed_spans(recognizer, text) == located(text, ["anna@example.se"])


def test_sip_uri_and_email_address_on_one_line(detector: Detector) -> None:
    text = "From: <sip:alice@example.org>;tag=1 (escalated by anna.svensson@example.se)"
    assert detected_entities(detector, text) == [
        ("SIP_ADDRESS", "sip:alice@example.org"),
        ("EMAIL_ADDRESS", "anna.svensson@example.se"),
    ]


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: EmailAddressRecognizer, text: str) -> None:
    """The recognizer finds candidates from each "@" instead of running its regex over the whole text;
    the contract (base.LogscrubRecognizer.matches) is that both give the same matches."""
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize(
    ("address", "reveals_person"),
    [
        ("anna.svensson@example.se", True),
        ("a.svensson@example.se", True),
        ("karl-ake.lindstrom@example.se", True),
        ("jorg_muller@example.de", True),
        ("anna@example.se", False),  # a first name alone could be anyone's mailbox
        ("support.team@example.se", False),  # a role
        ("noc.alerts@example.net", False),
        ("user.ss@example.com", False),
        ("anna.svensson2@example.se", False),  # digits: an account, not a name
        ("first+tag@example.de", False),
    ],
)
def test_a_local_part_of_names_reveals_a_person(
    detector: Detector, address: str, reveals_person: bool
) -> None:
    (finding,) = detector.detect(f"mail from {address} today")
    expected = {"user_part": "USERNAME", "reveals_person": True} if reveals_person else None
    assert finding.attributes == expected
