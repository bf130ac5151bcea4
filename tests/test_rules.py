"""The data in rules/: the category taxonomy of DESIGN.md and Skatteverket's test numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from logscrub.recognizers.helpers.swedish_identity import test_numbers as shipped_test_numbers
from logscrub.scanner.classification import TaxonomyError, load_taxonomy

DESIGN_TABLE = {
    "contact": ("medium", {"EMAIL_ADDRESS", "PHONE_NUMBER", "SIP_ADDRESS", "STREET_ADDRESS"}),
    "identity": ("medium", {"PERSON", "USERNAME"}),
    "national_id": ("critical", {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER"}),
    "network_device": ("low", {"IP_ADDRESS", "MAC_ADDRESS", "IMEI", "IMSI"}),
    "location": ("high", {"LOCATION"}),
    "credential": ("critical", {"CREDENTIAL"}),
    "financial": ("high", {"CREDIT_CARD", "IBAN_CODE"}),
    "organisation": ("low", {"SE_ORGANISATIONSNUMMER"}),
}


def test_taxonomy_is_the_design_table() -> None:
    taxonomy = load_taxonomy()
    for category, (sensitivity, entities) in DESIGN_TABLE.items():
        for entity in entities:
            classification = taxonomy.classify(entity)
            assert (classification.category, classification.sensitivity) == (category, sensitivity)
    assert taxonomy.sensitivities == ("low", "medium", "high", "critical")
    assert taxonomy.classify("SOMETHING_NEW").sensitivity == "critical"


def test_a_user_taxonomy_changes_sensitivity(tmp_path: Path) -> None:
    custom = tmp_path / "categories.yaml"
    custom.write_text(
        "sensitivities: [low, medium, high, critical]\n"
        "categories:\n  contact: {sensitivity: high, entities: [PHONE_NUMBER]}\n"
    )
    assert load_taxonomy(custom).classify("PHONE_NUMBER").sensitivity == "high"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("categories: [", "not a valid taxonomy"),
        (
            "sensitivities: [low]\ncategories:\n  c: {sensitivity: extreme, entities: [X]}\n",
            "unknown sensitivity",
        ),
        (
            "sensitivities: [low]\ncategories:\n  a: {sensitivity: low, entities: [X]}\n"
            "  b: {sensitivity: low, entities: [X]}\n",
            "entity X is in two categories",
        ),
    ],
)
def test_a_bad_taxonomy_names_the_file_and_the_problem(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content)
    with pytest.raises(TaxonomyError, match=problem) as caught:
        load_taxonomy(bad)
    assert str(bad) in str(caught.value)


def test_shipped_test_numbers_are_skatteverkets_lists(shared_dir: Path) -> None:
    published = set()
    for name in (
        "skatteverket_testpersonnummer_2024-07.txt",
        "skatteverket_testsamordningsnummer_activelogin.txt",
    ):
        published |= {
            line.strip() for line in (shared_dir / "data" / name).read_text().splitlines() if line.strip()
        }
    assert shipped_test_numbers() == published
