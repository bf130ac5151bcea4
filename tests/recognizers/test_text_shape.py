"""The fast candidate searches (text shapes) give exactly the matches a plain `finditer` gives."""

from __future__ import annotations

import random
import re

import pytest

from logscrub.recognizers import (
    GeoCoordinateRecognizer,
    LogscrubRecognizer,
    MobileEquipmentIdentityRecognizer,
    PostalAddressRecognizer,
)
from logscrub.recognizers.helpers.text_shape import anchored_matches, digit_runs, occurrences, text_shape

TEXTS = [
    "IMEI: 35-209900-176148-1 and 35209900-176148-1, 35209900176148-1; 1-35-209900-176148-1",
    "imsi-240011234567890 x-352099001761481 +352099001761481 3520990017614811234567 8946010000000001234",
    "Storgatan 12, 111 22 Stockholm · Karl-Marx-Allee 93a · Hauptstr. 5, D-10115 Berlin · String 12",
    "SE-411 01 Göteborg 40219 Düsseldorf 123456 Berlin 12345 Received Box 24169 Postfach 10 12 34",
    '59.3293, 18.0686 -33.8688,-151.2093 1.2.59.3293,18.0686 lat=59.33 LON: 18.07 "latitude": -1.5',
    "€ 12,5 中文 59.3293, 18.0686 Ärende Östra Hamngatan 5 — 100 12 Mbit 2024-03-12 10:00:01.123",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(20240312)
    alphabet = "0123456789" * 4 + " ,.-:;/+" * 2 + "aeinrsgtLlONAB" + "äöüßé€中°"
    pieces = ["gatan ", "Weg ", "lat=", "lng:", "Box ", " Berlin", "00", "-", ", "]
    return [
        "".join(rng.choice(pieces) if rng.random() < 0.1 else rng.choice(alphabet) for _ in range(400))
        for _ in range(count)
    ]


RECOGNIZERS = [MobileEquipmentIdentityRecognizer(), PostalAddressRecognizer(), GeoCoordinateRecognizer()]
CASES = [
    (recognizer, index)
    for recognizer in RECOGNIZERS
    for index in range(len(recognizer.patterns))
    if type(recognizer).matches is not LogscrubRecognizer.matches
]


@pytest.mark.parametrize(("recognizer", "index"), CASES, ids=lambda case: getattr(case, "name", str(case)))
def test_fast_matches_are_the_finditer_matches(recognizer: LogscrubRecognizer, index: int) -> None:
    regex = re.compile(recognizer.patterns[index].regex, recognizer.REGEX_FLAGS)
    for text in TEXTS + _random_texts(300):
        expected = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in recognizer.matches(text, index)] == expected, text


def test_shape_has_one_byte_per_character() -> None:
    text = "Åsa 12 中 ß-€"
    assert text_shape(text) == b"Aaa 00 ? a-?"


def test_digit_runs_and_occurrences() -> None:
    shape = text_shape("1234567 x 12345678901234567 y 12345678901234")
    assert list(digit_runs(shape, 14)) == [10, 30]
    assert list(occurrences(b"aaaa", b"aa")) == [0, 1, 2]


def test_anchored_matches_skip_starts_inside_a_match() -> None:
    pattern = re.compile(r"ab+")
    assert [m.span() for m in anchored_matches(pattern, "abbb ab", [0, 1, 2, 5])] == [(0, 4), (5, 7)]
