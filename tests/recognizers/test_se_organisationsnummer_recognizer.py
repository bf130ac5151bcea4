"""SE_ORGANISATIONSNUMMER: positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import SwedishOrganisationsnummerRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> SwedishOrganisationsnummerRecognizer:
    return SwedishOrganisationsnummerRecognizer()


POSITIVES = [
    ("Kund: Exempel AB, orgnr 556036-0793", "556036-0793"),
    ("orgnr 5560360793", "5560360793"),
    ("org.nr 165560360793 (12 digits, 16 first)", "165560360793"),
    ("Skatteverket 202100-5448", "202100-5448"),
    ("ideell förening 802002-4280", "802002-4280"),
]

NEGATIVES = [
    "556036-0794",  # wrong check digit
    "811228-9874",  # a personnummer: third digit below 2
    "055603-6079",  # group digit 0
    "175560360793",  # 12 digits not starting with 16
    "5560-360793",  # separator in the wrong place
    "Call-ID: 5560360793@192.0.2.1",  # a protocol identifier
    "branch=z9hG4bK5560360793",  # digits ending an identifier
    "uniqueid 5560360793.42",  # a decimal
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_organisationsnummer(
    recognizer: SwedishOrganisationsnummerRecognizer, text: str, expected: str
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, [expected])


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_finds_only_the_organisationsnummer(detector: Detector, text: str, expected: str) -> None:
    assert detected_entities(detector, text) == [("SE_ORGANISATIONSNUMMER", expected)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_organisationsnummer(
    recognizer: SwedishOrganisationsnummerRecognizer, detector: Detector, text: str
) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert [e for e, _ in detected_entities(detector, text) if e == "SE_ORGANISATIONSNUMMER"] == []


def test_a_personnummer_stays_a_personnummer(detector: Detector) -> None:
    assert detected_entities(detector, "pnr 811228-9874, orgnr 556036-0793") == [
        ("SE_PERSONNUMMER", "811228-9874"),
        ("SE_ORGANISATIONSNUMMER", "556036-0793"),
    ]


def test_ten_bare_digits_need_a_context_word(detector: Detector) -> None:
    assert detected_entities(detector, "Original Seq: 3226706533, Ack: 387") == []  # a TCP sequence
    assert detected_entities(detector, "orgnr 3226706533") == [("SE_ORGANISATIONSNUMMER", "3226706533")]
