"""DATE_OF_BIRTH (DateOfBirthRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from logscrub.recognizers import DateOfBirthRecognizer
from logscrub.recognizers.generic.date_of_birth_recognizer import iso_birth_date
from logscrub.scanner.classification import TaxonomyError, load_taxonomy
from logscrub.scanner.engine import Detector
from logscrub.scanner.redaction.canonical import canonical_value
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()


POSITIVES = [
    ("Kund född 1967-04-12, ringer om fakturan", ["1967-04-12"]),
    ("född den 12 april 1967", ["12 april 1967"]),
    ("Födelsedatum: 1985-11-30", ["1985-11-30"]),
    ("Kunde geb. 12.04.1967 in Berlin", ["12.04.1967"]),
    ("Geb.-Datum: 12.04.67", ["12.04.67"]),  # two-digit year: 1967
    ("geboren am 12. April 1967", ["12. April 1967"]),
    ("Geburtsdatum: 03.07.1971", ["03.07.1971"]),
    ("Geburtstag am 1. Mai 1980", ["1. Mai 1980"]),
    ("DOB 03/07/1971", ["03/07/1971"]),
    ("DOB: 04/25/1971", ["04/25/1971"]),  # US, month first
    ("D.O.B. 25/04/1971", ["25/04/1971"]),
    ("date of birth: April 12, 1967", ["April 12, 1967"]),
    ("Date Of Birth 12/04/1967", ["12/04/1967"]),
    ("born on 12 Apr 1967", ["12 Apr 1967"]),
    ("birthday=1990-02-28", ["1990-02-28"]),
    ('{"birthDate": "1967-04-12T00:00:00Z", "dateOfBirth": "1967-04-12"}', ["1967-04-12", "1967-04-12"]),
    ("<dob>1967-04-12</dob>", ["1967-04-12"]),
    ("customer_dob=19670412 date_of_birth='1971-07-03'", ["19670412", "1971-07-03"]),
    ("(född 1967-04-12)", ["1967-04-12"]),
]

NEGATIVES = [
    "2024-03-12 10:00:01 call from 192.0.2.1",  # a date without a cue
    "date 1967-04-12",
    "created: 12.04.1967",
    "Adobe 1967-04-12",  # "dob" inside a word
    "Geburtstag am 31.02.1967",  # no 31 February
    "DOB 13/13/1971",  # neither reading is a date
    "geb. 12.04.2099",  # in the future
    "född 1867-04-12",  # older than anyone alive
    "född 19670412-1234",  # a personnummer, not a date
    "born 1967",  # a year alone
    "birthdate: unknown",
    "DOB 12.04.1967.5",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_date_of_birth(
    recognizer: DateOfBirthRecognizer, detector: Detector, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)
    found = [value for entity, value in detected_entities(detector, text) if entity == "DATE_OF_BIRTH"]
    assert found == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_date_of_birth(recognizer: DateOfBirthRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert [e for e, _ in detected_entities(detector, text) if e == "DATE_OF_BIRTH"] == []


def test_a_birth_date_born_today_is_plausible(recognizer: DateOfBirthRecognizer) -> None:
    today = datetime.date.today().isoformat()
    assert analyzed_spans(recognizer, f"född {today}") == located(f"född {today}", [today])


@pytest.mark.parametrize(
    "written", ["1967-04-12", "12.04.1967", "12.04.67", "12 april 1967", "April 12, 1967", "19670412"]
)
def test_spellings_of_one_date_are_one_value(written: str) -> None:
    assert iso_birth_date(written) == "1967-04-12"
    assert canonical_value("DATE_OF_BIRTH", written) == "1967-04-12"


def test_a_birth_date_is_identity_data_of_high_sensitivity() -> None:
    classification = load_taxonomy().classify("DATE_OF_BIRTH")
    assert (classification.category, classification.sensitivity) == ("identity", "high")
    assert load_taxonomy().classify("PERSON").sensitivity == "medium"  # the rest of the category


def test_an_entity_sensitivity_must_be_known(tmp_path: Path) -> None:
    taxonomy = tmp_path / "categories.yaml"
    taxonomy.write_text(
        "sensitivities: [low, high]\n"
        "categories:\n  identity: {sensitivity: low, entities: [DATE_OF_BIRTH],"
        " entity_sensitivities: {DATE_OF_BIRTH: extreme}}\n"
    )
    with pytest.raises(TaxonomyError, match="DATE_OF_BIRTH: unknown sensitivity 'extreme'"):
        load_taxonomy(taxonomy)
