"""SwedishPersonnummerRecognizer: every written form, real calendar dates, Luhn, Skatteverket test numbers.

Numbers are Skatteverket's published test numbers, the textbook examples 121212-1212 and 811228-9874, or
built here for one rule (a correct Luhn check digit, so that only the rule under test can reject them;
``test_built_numbers_have_a_correct_check_digit`` checks that).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from stdnum import luhn

from logscrub.recognizers import SwedishPersonnummerRecognizer
from logscrub.recognizers.helpers import swedish_identity
from logscrub.scanner.engine import Detector
from logscrub.scanner.records.findings import Finding
from recognizer_assertions import (
    analyzed,
    analyzed_spans,
    attributes_of,
    detected,
    detected_entities,
    located,
)

PERSONNUMMER_LIST = "skatteverket_testpersonnummer_2024-07.txt"
SAMORDNINGSNUMMER_LIST = "skatteverket_testsamordningsnummer_activelogin.txt"


@pytest.fixture(scope="module")
def recognizer() -> SwedishPersonnummerRecognizer:
    return SwedishPersonnummerRecognizer()


# text, expected span, whether it is one of Skatteverket's test numbers
POSITIVES: list[tuple[str, str, bool]] = [
    # the written forms of one number (1981-12-28, not a test number)
    ("198112289874", "198112289874", False),
    ("19811228-9874", "19811228-9874", False),
    ("811228-9874", "811228-9874", False),
    ("811228 9874", "811228 9874", False),
    ("8112289874", "8112289874", False),
    # the textbook example, a test number (2012-12-12)
    ("121212-1212", "121212-1212", True),
    ("20121212-1212", "20121212-1212", True),
    ("201212121212", "201212121212", True),
    # "+": aged 100 or more (a test number born 1925-01-01)
    ("250101+9216", "250101+9216", True),
    ("192501019216", "192501019216", True),
    # leap years: 29 February exists in 1992, 2004 and 2000
    ("920229-2380", "920229-2380", True),
    ("19920229-2380", "19920229-2380", True),
    ("040229-1231", "040229-1231", False),
    ("000229-1235", "000229-1235", False),
    ("20000229-1235", "20000229-1235", False),
    # in log text
    ("kund pnr: 19811228-9874, ärende 4711", "19811228-9874", False),
    ("id199003052397", "199003052397", True),  # letters may stand right before
    ("ssn=811228-9874;", "811228-9874", False),
    ("personnummer 811228-9874.", "811228-9874", False),
]

NEGATIVES = [
    "811228-9875",  # wrong check digit
    "811328-9873",  # month 13
    "811200-9876",  # day 00
    "811232-9878",  # day 32
    "810230-9872",  # 30 February
    "811131-9870",  # 31 November
    "811228-0006",  # birth number 000
    "030229-1232",  # 29 February 2003: not a leap year
    "210229-1230",  # 29 February 2021
    "000229+1235",  # "+" makes it 1900: not a leap year
    "19000229-1235",
    "20991228-9874",  # born in the future
    "19811228 9874",  # a 12-digit number is written with "-" or nothing
    "811228--9874",
    # glued to other digits or signs: part of something longer
    "1811228-9874",
    "811228-98745",
    "+811228-9874",
    "2.811228-9874",
    # a samordningsnummer is not a personnummer
    "140168-2396",
    "191401682396",
    "200289-2392",
]

# Numbers built for one rule each must be rejected by that rule alone, not by the check digit.
BUILT_NUMBERS = [
    "0402291231",
    "0002291235",
    "8113289873",
    "8112009876",
    "8112329878",
    "8102309872",
    "8111319870",
    "8112280006",
    "0302291232",
    "2102291230",
    "9912289874",
]


@pytest.mark.parametrize("digits", BUILT_NUMBERS)
def test_built_numbers_have_a_correct_check_digit(digits: str) -> None:
    assert luhn.is_valid(digits)


@pytest.mark.parametrize(("text", "expected", "test_number"), POSITIVES)
def test_finds_personnummer(
    recognizer: SwedishPersonnummerRecognizer, text: str, expected: str, test_number: bool
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, [expected])
    (result,) = analyzed(recognizer, text)
    assert dict(attributes_of(result)) == ({"test_number": True} if test_number else {})


@pytest.mark.parametrize(("text", "expected", "test_number"), POSITIVES)
def test_detector_finds_personnummer(detector: Detector, text: str, expected: str, test_number: bool) -> None:
    assert detected_entities(detector, text) == [("SE_PERSONNUMMER", expected)]
    (finding,) = detector.detect(text)
    assert dict(finding.attributes or {}) == ({"test_number": True} if test_number else {})


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_personnummer(recognizer: SwedishPersonnummerRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert detected(detector, text, "SE_PERSONNUMMER") == []


@pytest.mark.parametrize("number", ["140168-2396", "191401682396", "200289-2392", "310060-2394"])
def test_samordningsnummer_is_reported_as_such(detector: Detector, number: str) -> None:
    assert detected_entities(detector, number) == [("SE_SAMORDNINGSNUMMER", number)]


def test_bare_ten_digits_are_reported_without_context(detector: Detector) -> None:
    (finding,) = detector.detect("ref 8112289874 closed")
    assert (finding.entity, finding.start, finding.end) == ("SE_PERSONNUMMER", 4, 14)
    assert finding.score >= detector.score_threshold


# Ten bare digits starting "070" (born 2007, or a 070 mobile number; a test number and a samordningsnummer
# here): a phone number, an identity number after a cue word only.
@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("0701151201", "PHONE_NUMBER"),
        ("src=0701740607 dst=1001", "PHONE_NUMBER"),
        ("1710237601.42,0701740607,1001,from-internal", "PHONE_NUMBER"),
        ("Anrufer 0701740607", "PHONE_NUMBER"),
        ("pnr 0701151201", "SE_PERSONNUMMER"),
        ("Personnummer: 0701151201", "SE_PERSONNUMMER"),
        ("samordningsnummer 0701740607", "SE_SAMORDNINGSNUMMER"),
        ("070115-1201", "SE_PERSONNUMMER"),  # with its sign, no phone number
        ("20070115-1201", "SE_PERSONNUMMER"),
    ],
)
def test_bare_ten_digits_starting_070_are_a_mobile_number_without_a_cue(
    detector: Detector, text: str, entity: str
) -> None:
    (finding,) = detector.detect(text)
    assert finding.entity == entity


def _score(detector: Detector, text: str, number: str) -> float:
    (finding,) = detector.detect(text)
    assert (finding.entity, text[finding.start : finding.end]) == ("SE_PERSONNUMMER", number)
    return finding.score


@pytest.mark.parametrize("word", ["personnummer", "Personnummer:", "pnr", "personnr", "PNR:"])
@pytest.mark.parametrize("number", ["8112289874", "811228 9874", "811228-9874"])
def test_context_word_raises_score(detector: Detector, word: str, number: str) -> None:
    assert _score(detector, f"{word} {number}", number) > _score(detector, number, number)


def test_textbook_example_is_not_a_test_number() -> None:
    """811228-9874 serves as the valid number without the test_number attribute: it must not be listed."""
    assert not {century + "8112289874" for century in ("18", "19", "20")} & swedish_identity.test_numbers()


def _read_list(folder: Path, name: str) -> list[str]:
    numbers = (folder / "data" / name).read_text(encoding="ascii").split()
    assert numbers and all(len(n) == 12 and n.isdigit() for n in numbers)
    return numbers


def _written(number: str, form: str) -> str:
    """A 12-digit number in one of the written forms: twelve digits, YYMMDD-NNNC or bare ten digits."""
    if form == "twelve":
        return number
    if form == "ten-with-dash":
        return f"{number[2:8]}-{number[8:]}"
    return number[2:]


def _joined(values: Iterable[str], per_line: int = 40) -> tuple[str, list[tuple[int, int]]]:
    """One text with all `values`, separated by " ; " and a line break every `per_line` values."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for index, value in enumerate(values):
        separator = "\n" if index % per_line == per_line - 1 else " ; "
        spans.append((position, position + len(value)))
        parts.append(value + separator)
        position += len(value) + len(separator)
    return "".join(parts), spans


def _finding_key(finding: Finding) -> tuple[int, int, str, bool]:
    return (finding.start, finding.end, finding.entity, bool((finding.attributes or {}).get("test_number")))


@pytest.mark.shared
@pytest.mark.parametrize("form", ["twelve", "ten-with-dash", "ten-bare"])
@pytest.mark.parametrize(
    ("list_name", "entity"),
    [(PERSONNUMMER_LIST, "SE_PERSONNUMMER"), (SAMORDNINGSNUMMER_LIST, "SE_SAMORDNINGSNUMMER")],
)
def test_every_skatteverket_test_number_is_found(
    detector: Detector, shared_dir: Path, list_name: str, entity: str, form: str
) -> None:
    written = [_written(n, form) for n in _read_list(shared_dir, list_name)]
    # Ten bare digits starting "070" read as a mobile number too: an identity number after a cue word.
    cues = ["pnr " if swedish_identity.reads_as_mobile_number(number) else "" for number in written]
    text, spans = _joined(cue + number for cue, number in zip(cues, written, strict=True))
    expected = {(start + len(cue), end, entity, True) for (start, end), cue in zip(spans, cues, strict=True)}
    found = {_finding_key(f) for f in detector.detect(text)}
    missing = sorted(expected - found)
    extra = sorted(found - expected)
    assert not missing, f"{len(missing)} not found as {entity} with test_number, e.g. " + ", ".join(
        text[start:end] for start, end, _, _ in missing[:10]
    )
    assert not extra, f"{len(extra)} unexpected findings, e.g. " + ", ".join(
        f"{e} {text[s:t]!r} {tn}" for s, t, e, tn in extra[:10]
    )


@pytest.mark.shared
def test_shared_lists_agree_with_this_module(shared_dir: Path) -> None:
    """The numbers this module uses as test numbers (or not) are (or are not) on Skatteverket's lists."""
    listed = set(_read_list(shared_dir, PERSONNUMMER_LIST)) | set(
        _read_list(shared_dir, SAMORDNINGSNUMMER_LIST)
    )
    assert {"201212121212", "192501019216", "199202292380", "199003052397", "191401682396"} <= listed
    assert not {"198112289874", "200402291231", "200002291235"} & listed


@pytest.mark.parametrize(
    "text",
    [
        "uniqueid=1710237601.42 src=1001",  # an Asterisk uniqueid: a decimal part follows
        "__CALL_UID=1710237601.42",
        "variable_start_epoch: [1710237601]",  # a recent Unix time after a word for time
        "timestamp=1710237635;method=BYE",
        "answer_epoch=1710237601",
    ],
)
def test_timestamps_are_not_personnummer(detector: Detector, text: str) -> None:
    assert [f for f in detector.detect(text) if f.entity.startswith("SE_")] == []


def test_a_bare_number_without_a_time_word_is_still_reported(detector: Detector) -> None:
    found = detector.detect("kund 1710237601 ringde")  # valid date (2017-10-23) and check digit
    assert [(f.entity, f.start, f.end) for f in found] == [("SE_PERSONNUMMER", 5, 15)]
