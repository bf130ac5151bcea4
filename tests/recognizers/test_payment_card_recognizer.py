"""CREDIT_CARD (PaymentCardRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import PaymentCardRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> PaymentCardRecognizer:
    return PaymentCardRecognizer()


POSITIVES = [
    ("card 4539578763621486", ["4539578763621486"]),
    ("kort: 4539 5787 6362 1486", ["4539 5787 6362 1486"]),
    ("Kreditkarte 5555-5555-5555-4444", ["5555-5555-5555-4444"]),
    ("amex 3782 822463 10005", ["3782 822463 10005"]),
]

NEGATIVES = [
    "card 4539578763621487",  # the check digit does not hold
    # Thread, process, job, request and trace ids (15 and 16 digits, Luhn-valid by chance).
    "thread 4539578763621486 started",
    "[tid 4539578763621486] worker",
    "job=4539578763621486",
    "jobId: 4539578763621486",
    "pid=4539578763621486",
    "request_id=4539578763621486",
    "trace: 4539578763621486",
    "id=4539578763621486",
    # The fraction of a decimal number (a coordinate printed in full).
    "lon: 11.4539578763621486",
    "Call-ID: 4539578763621486@pbx.example.se",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_card(
    recognizer: PaymentCardRecognizer, detector: Detector, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)
    assert detected_entities(detector, text) == [("CREDIT_CARD", value) for value in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_card(recognizer: PaymentCardRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert [e for e, _ in detected_entities(detector, text) if e == "CREDIT_CARD"] == []
