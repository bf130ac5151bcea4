"""USERNAME from Windows domain accounts (DOMAIN\\user): positives and hard negatives side by side."""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import DomainAccountRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> DomainAccountRecognizer:
    return DomainAccountRecognizer()


POSITIVES = [
    (r"logon by CONTOSO\anna.s from 10.0.0.5", ["anna.s"]),
    (r"Windows account EXEMPEL\asa.oberg, tracing", ["asa.oberg"]),
    (r'"account": "EXEMPEL\\jdoe"', ["jdoe"]),  # escaped in JSON
    (r"user=EXAMPLE-DE\joerg.mueller;", ["joerg.mueller"]),
    (r"(inloggad som EXEMPEL\gabriel.lindstrom).", ["gabriel.lindstrom"]),
    (r"CONTOSO\anna and CONTOSO\nils", ["anna", "nils"]),
]

NEGATIVES = [
    r"NT AUTHORITY\SYSTEM",  # built-in principals
    r"NT AUTHORITY\NETWORK SERVICE",
    r"BUILTIN\Administrators",
    r"HKLM\SOFTWARE\Microsoft\Windows",  # a registry key
    r"SYSTEM\CurrentControlSet\Services",  # a path
    r"C:\WINDOWS\system32\drivers",
    r"\\FILESERVER\share\anna",  # a UNC path
    r"CONTOSO\administrator",  # a service account
    r"CONTOSO\svc1234",  # more digits than letters: an id
    r'"message": "FAILED\nRetrying"',  # an escape sequence after a log word
    r"ERROR\nconnection lost",
    r"done\nanna",  # the domain must be upper case
    r"X\anna",  # too short for a domain
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_domain_account(recognizer: DomainAccountRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_domain_account(recognizer: DomainAccountRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: DomainAccountRecognizer, text: str) -> None:
    """Candidates are found from each backslash; the regex over the whole text finds the same."""
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]


def test_the_domain_stays(detector: Detector) -> None:
    text = r"logon by CONTOSO\anna.svensson"
    assert detected_entities(detector, text) == [("USERNAME", "anna.svensson")]
