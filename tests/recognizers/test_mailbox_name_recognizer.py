"""PERSON from the display names of e-mail addresses: positives and hard negatives side by side."""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import MailboxNameRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> MailboxNameRecognizer:
    return MailboxNameRecognizer()


POSITIVES = [
    ("From: Anna Svensson <anna.svensson@example.se>", ["Anna Svensson"]),
    ('To: "Svensson, Anna" <anna@example.se>', ["Svensson, Anna"]),
    ("Von: Jörg Müller<joerg.mueller@example.de>", ["Jörg Müller"]),
    ("--- #1  Carin Ek <carin.ek@example.se>  2024-03-12 09:41 ---", ["Carin Ek"]),
    ("CC: Bo Ek <bo@example.se>, Åsa Öberg <asa@example.se>", ["Bo Ek", "Åsa Öberg"]),
    ('reply from "Karl-Åke Lindström" <kal@example.se> received', ["Karl-Åke Lindström"]),
    ("Anna Svensson <anna@example.se> wrote:", ["Anna Svensson"]),
    ("author\tSeán O'Brien <sean@example.com>", ["Seán O'Brien"]),
]

NEGATIVES = [
    'From: "Support Team" <support@example.com>',  # a team
    "From: Exempel AB <info@example.se>",  # a company
    'To: "noreply" <noreply@example.com>',
    "call from Anna Svensson <anna@example.se> today",  # words of a sentence, not a header value
    "Agent Ulla Johansson <ulla@example.se> took call",
    "To: <anna@example.se>",  # no display name
    'From: "+46701740612" <anna@example.se>',
    'From: "Anna Svensson" <sip:anna@example.se>',  # a SIP display name (SipDisplayNameRecognizer)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_mailbox_name(recognizer: MailboxNameRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_mailbox_name(recognizer: MailboxNameRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: MailboxNameRecognizer, text: str) -> None:
    """Candidates are found from each "<local@" opening; the regex over the whole text finds the same."""
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]


def test_name_and_address_are_two_findings(detector: Detector) -> None:
    text = "From: Anna Svensson <anna.svensson@example.se>"
    assert detected_entities(detector, text) == [
        ("PERSON", "Anna Svensson"),
        ("EMAIL_ADDRESS", "anna.svensson@example.se"),
    ]
