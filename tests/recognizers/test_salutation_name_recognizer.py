"""PERSON from greetings and sign-offs of tickets and e-mails: positives and hard negatives side by side."""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import SalutationNameRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> SalutationNameRecognizer:
    return SalutationNameRecognizer()


POSITIVES = [
    # greetings
    ("Hej Anna,\ntack för svaret", ["Anna"]),
    ("Hiya Maisie,\nthe wallboard is blank again", ["Maisie"]),  # a chat's greeting
    ("Hi Jörg,", ["Jörg"]),
    ("Hallo Herr Müller,", ["Müller"]),
    ("Sehr geehrte Frau Dr. Weiß,", ["Weiß"]),
    ("Dear Mr Smith,", ["Smith"]),
    ("Hello, Åsa Öberg!", ["Åsa Öberg"]),
    ("> Hej Karl-Åke", ["Karl-Åke"]),  # a quoted reply
    ("God morgon Björn:", ["Björn"]),
    # sign-offs with the name on the next line, or on the same line
    ("Med vänliga hälsningar\nAnna Svensson\nIT-ansvarig", ["Anna Svensson"]),
    ("Med vänlig hälsning,\nCarin Ek", ["Carin Ek"]),
    ("Best regards,\nRaymond Lloyd\nTier 2 Support, Example Communications GmbH", ["Raymond Lloyd"]),
    ("Kind regards,\n\nSeán O'Brien", ["Seán O'Brien"]),  # an empty line between
    ("Mit freundlichen Grüßen\nJürgen Groß | Example GmbH", ["Jürgen Groß"]),
    ("Viele Grüße, Heike", ["Heike"]),
    ("Mvh Anna", ["Anna"]),
    ("MfG\r\nJörg Müller\r\n", ["Jörg Müller"]),
    ("Best regards, Anna Svensson - Support", ["Anna Svensson"]),
    # a Swedish signature: a slash and the first name
    ("ses imorgon\n/Anna\n", ["Anna"]),
    ("//Åsa Öberg", ["Åsa Öberg"]),
    # short sign-offs of chats and notes
    ("Gruß Ottobert\n", ["Ottobert"]),
    ("Grüße\nHannelore Beck", ["Hannelore Beck"]),
    ("LG Edwine", ["Edwine"]),
    ("Thanks,\nCerys", ["Cerys"]),
    ("Tack på förhand!\nGunbritt", ["Gunbritt"]),
    # a dash and a known first name on a line of its own
    ("see you tomorrow\n- Cerys\n", ["Cerys"]),
    ("— Ottobert", ["Ottobert"]),
    # a greeting or sign-off shortened, with its comma
    ("Morning Nessy,\nthe trunk is down again", ["Nessy"]),
    ("Best,\nAilish", ["Ailish"]),
    ("Best wishes,\nJohn Smith", ["John Smith"]),
]

NEGATIVES = [
    "Hi all,",
    "Hej alla!",
    "Hallo zusammen,",
    "Hello World!",
    "Dear Customer,",
    "Dear Sir or Madam,",
    "Hi there, the trunk is down",
    "Hi Anna thanks for the logs",  # no comma or end after the name: not a salutation line
    "Hej!",
    "INFO Hi Anna, said the bot",  # not at the start of a line
    "Best regards,\nThe Support Team",
    "Mit freundlichen Grüßen\nExample Communications GmbH",
    "Med vänliga hälsningar\nExempelbolaget AB",
    "Best regards,\n\n\nAnna",  # the name too far below
    "Regards\n2024-03-12 10:00:01 INFO call",
    "Thanks for the report.",
    "/usr/bin/env python",
    "/Users",
    "/Library",
    "LG Electronics",
    "Thanks, Support Team",
    "Tack för hjälpen!",
    "Grüße aus Berlin",
    "Danke, Technik",
    "Vielen Dank!\nRechnung",
    # bullets: a dash before a word that is no known first name, or is a word of the language
    "Changes:\n- Windows\n- Linux\n- Bugfixes\n",
    "- Summary",
    "- Will",
    "- Quorvin",
    # the same words starting other phrases, without a comma
    "Morning Standup:\nall lines fine",
    "Best Western Hotel\nis booked for the team",
    "Best practice:\nrestart the SBC first",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_salutation_name(recognizer: SalutationNameRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_salutation_name(recognizer: SalutationNameRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: SalutationNameRecognizer, text: str) -> None:
    """Each pattern runs from newline to newline; it must find what ``finditer`` finds (the same groups:
    only group 0 takes the newline in)."""
    for surrounding in (text, f"2024-03-12 log line\n{text}\n\n{text}"):
        for index, pattern in enumerate(recognizer.patterns):
            compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
            fast = [_group_spans(m) for m in recognizer.matches(surrounding, index)]
            assert fast == [_group_spans(m) for m in compiled.finditer(surrounding)], pattern.name


def _group_spans(match: re.Match[str]) -> dict[str, tuple[int, int]]:
    return {name: match.span(name) for name in match.re.groupindex}


def test_a_signed_ticket_entry(detector: Detector) -> None:
    text = "Hi Carin,\n\nplease send the trace.\n\nBest regards,\nRaymond Lloyd\nraymond.lloyd@example.com\n"
    assert detected_entities(detector, text) == [
        ("PERSON", "Carin"),
        ("PERSON", "Raymond Lloyd"),
        ("EMAIL_ADDRESS", "raymond.lloyd@example.com"),
    ]
