"""IdentifierPhoneNumberRecognizer: a phone number that is a whole part of a message id's or a SIP
Call-ID's left side; the rest of the id is kept."""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import IdentifierPhoneNumberRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed, analyzed_spans, detected, located


@pytest.fixture(scope="module")
def recognizer() -> IdentifierPhoneNumberRecognizer:
    return IdentifierPhoneNumberRecognizer()


# text, the phone numbers in it (as the substrings they cover)
IDS: list[tuple[str, list[str]]] = [
    # a message id whose number PhoneNumberRecognizer reads as a decimal fraction
    ("Message-ID: <0701740605.4711@mail.example.se>", ["0701740605"]),
    ("In-Reply-To: <20261201.0701740606@mail.example.se>", ["0701740606"]),
    ("References: <0701740605@mail.example.se>", ["0701740605"]),
    # a Call-ID made from the caller's number
    ("Call-ID: +46701740642-1733561234@pbx.example.se", ["+46701740642"]),
    ("callid=+493023125401-4711@sbc.example.de", ["+493023125401"]),
    ("{1 1 INVITE +46701740643_1@pbx.example.se} <script>: relayed", ["+46701740643"]),
    ("Call-ID: +46701740644@[2001:db8::17]", ["+46701740644"]),
    # a Call-ID's digits are random: without "+" they are no one's number (as for PhoneNumberRecognizer)
    ("Call-ID: 0701740612-4711@pbx.example.se", []),
    ("Call-ID: 0701740612@192.0.2.1", []),
    ("i: 0701740612@192.0.2.1", []),
    # no whole part is a number: hex and alphanumeric ids, a number written on to letters, too long
    ("Call-ID: 1e440f58-3e068909@ua.example.de", []),
    ("Call-ID: 00000C8A1B2C3D60_120@pbx.example.se", []),
    ("Message-ID: <tel0701740605.4711@mail.example.se>", []),
    ("Call-ID: +467017406421733561234@pbx.example.se", []),
    # a personnummer is its recognizer's, a date is none
    ("Message-ID: <198501012382.4711@mail.example.se>", []),
    ("Message-ID: <2026-12-01.4711@mail.example.se>", []),
    # where no id stands: an address (and a sip: URI) is not this recognizer's
    ("mail 0701740605.4711@example.se", []),
    ("From: <sip:+46701740642@pbx.example.se>;tag=1", []),
]


@pytest.mark.parametrize(("text", "expected"), IDS)
def test_finds_phone_numbers_in_ids(
    recognizer: IdentifierPhoneNumberRecognizer, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


def test_a_fiction_number_is_marked(recognizer: IdentifierPhoneNumberRecognizer) -> None:
    (result,) = analyzed(recognizer, "Call-ID: +46701740642-1733561234@pbx.example.se")
    assert result.recognition_metadata["logscrub_attributes"] == {"fiction_number": True}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Call-ID: +46701740642-1733561234@pbx.example.se", "+46701740642"),
        ("Message-ID: <0701740605.4711@mail.example.se>", "0701740605"),
    ],
)
def test_the_number_is_all_the_engine_finds_in_the_id(detector: Detector, text: str, number: str) -> None:
    """The rest of the id is no finding: a redacted copy still follows the call or the message."""
    assert detected(detector, text) == located(text, [number])


@pytest.mark.parametrize("text", [text for text, _ in IDS])
def test_fast_matches_are_the_regex_matches(recognizer: IdentifierPhoneNumberRecognizer, text: str) -> None:
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]
