"""SwedishSamordningsnummerRecognizer: day = birth day + 60; Skatteverket's unknown month 00 / day 60.

Numbers are Skatteverket's published test samordningsnummer, or built here for one rule with a correct
Luhn check digit (``test_built_numbers_have_a_correct_check_digit``) so that only that rule rejects them.
"""

from __future__ import annotations

import pytest
from stdnum import luhn

from logscrub.recognizers import SwedishSamordningsnummerRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import (
    analyzed,
    analyzed_spans,
    attributes_of,
    detected,
    detected_entities,
    located,
)


@pytest.fixture(scope="module")
def recognizer() -> SwedishSamordningsnummerRecognizer:
    return SwedishSamordningsnummerRecognizer()


# text, expected span, whether it is one of Skatteverket's test numbers
POSITIVES: list[tuple[str, str, bool]] = [
    # the written forms of one test number (1914-01-08: day 68)
    ("191401682396", "191401682396", True),
    ("19140168-2396", "19140168-2396", True),
    ("140168-2396", "140168-2396", True),
    ("140168+2396", "140168+2396", True),
    ("140168 2396", "140168 2396", True),
    ("1401682396", "1401682396", True),
    # unknown birth date: month 00 and/or day 60
    ("193100602394", "193100602394", True),
    ("310060-2394", "310060-2394", True),
    ("800060-2394", "800060-2394", True),
    ("191500722390", "191500722390", True),  # month 00, day 12
    ("191711602399", "191711602399", True),  # November, day unknown
    ("171160-2399", "171160-2399", True),
    # leap years: day 89 (29 + 60) in February 2020
    ("202002892392", "202002892392", True),
    ("200289-2392", "200289-2392", True),
    ("200289-1238", "200289-1238", False),
    # in log text
    ("samordningsnummer 140168-2396, ärende 4711", "140168-2396", True),
    ("snr=19140168-2396;", "19140168-2396", True),
]

NEGATIVES = [
    # a personnummer is not a samordningsnummer
    "811228-9874",
    "198112289874",
    "121212-1212",
    # impossible days
    "811292-9875",  # day 92 = 32 + 60
    "200092-1235",  # month unknown, day 92
    "210289-2391",  # 29 February 2021 + 60: not a leap year
    "200291-1234",  # 31 February + 60
    "201191-1233",  # 31 November + 60
    # other rules
    "140168-2397",  # wrong check digit
    "141368-2392",  # month 13
    "140168-0002",  # birth number 000
    "1140168-2396",  # glued to another digit
]

BUILT_NUMBERS = [
    "2002891238",
    "8112929875",
    "2000921235",
    "2102892391",
    "2002911234",
    "2011911233",
    "1413682392",
    "1401680002",
]


@pytest.mark.parametrize("digits", BUILT_NUMBERS)
def test_built_numbers_have_a_correct_check_digit(digits: str) -> None:
    assert luhn.is_valid(digits)


@pytest.mark.parametrize(("text", "expected", "test_number"), POSITIVES)
def test_finds_samordningsnummer(
    recognizer: SwedishSamordningsnummerRecognizer, text: str, expected: str, test_number: bool
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, [expected])
    (result,) = analyzed(recognizer, text)
    assert dict(attributes_of(result)) == ({"test_number": True} if test_number else {})


@pytest.mark.parametrize(("text", "expected", "test_number"), POSITIVES)
def test_detector_finds_samordningsnummer(
    detector: Detector, text: str, expected: str, test_number: bool
) -> None:
    assert detected_entities(detector, text) == [("SE_SAMORDNINGSNUMMER", expected)]
    (finding,) = detector.detect(text)
    assert dict(finding.attributes or {}) == ({"test_number": True} if test_number else {})


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_samordningsnummer(
    recognizer: SwedishSamordningsnummerRecognizer, detector: Detector, text: str
) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert detected(detector, text, "SE_SAMORDNINGSNUMMER") == []


def test_context_word_raises_score(detector: Detector) -> None:
    (plain,) = detector.detect("1401682396")
    (with_context,) = detector.detect("samordningsnummer 1401682396")
    assert plain.entity == with_context.entity == "SE_SAMORDNINGSNUMMER"
    assert with_context.score > plain.score
