"""STREET_ADDRESS (PostalAddressRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import PostalAddressRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import detected_entities


@pytest.fixture(scope="module")
def recognizer() -> PostalAddressRecognizer:
    return PostalAddressRecognizer()


POSITIVES = [
    ("Storgatan 12", ["Storgatan 12"]),
    ("Besöksadress: Drottninggatan 5B, plan 3", ["Drottninggatan 5B"]),
    ("Lieferung an Hauptstraße 5 heute", ["Hauptstraße 5"]),
    ("Karl-Marx-Allee 93a", ["Karl-Marx-Allee 93a"]),
    ("Musterweg 3", ["Musterweg 3"]),
    ("Sergels torg 12", ["Sergels torg 12"]),
    ("Drottning Kristinas väg 5", ["Drottning Kristinas väg 5"]),
    ("Berliner Straße 12", ["Berliner Straße 12"]),
    ("Östra Hamngatan 5", ["Östra Hamngatan 5"]),
    ("S:t Eriksgatan 117 B", ["S:t Eriksgatan 117 B"]),
    ("Götgatan 12-14", ["Götgatan 12-14"]),
    ("Kurfürstendamm 21", ["Kurfürstendamm 21"]),
    ("104 51 Stockholm", ["104 51 Stockholm"]),
    ("111 22 STOCKHOLM", ["111 22 STOCKHOLM"]),
    ("SE-411 01 Göteborg", ["SE-411 01 Göteborg"]),
    ("40219 Düsseldorf", ["40219 Düsseldorf"]),
    ("D-10115 Berlin", ["D-10115 Berlin"]),
    ("60311 Frankfurt am Main", ["60311 Frankfurt am Main"]),
    ("Box 24169", ["Box 24169"]),
    ("Postfach 10 12 34", ["Postfach 10 12 34"]),
    ("Adresse: 12345 Kleinstadt", ["12345 Kleinstadt"]),  # a town not on the list, after a word for it
    # a full address on one line is one finding
    ("Storgatan 12, 111 22 Stockholm", ["Storgatan 12, 111 22 Stockholm"]),
    ("Karl-Marx-Allee 93a, 10243 Berlin", ["Karl-Marx-Allee 93a, 10243 Berlin"]),
    ("Hauptstr. 5, D-10115 Berlin", ["Hauptstr. 5, D-10115 Berlin"]),
    ("Box 24169, 104 51 Stockholm", ["Box 24169, 104 51 Stockholm"]),
    ("Postfach 101234, 40219 Düsseldorf", ["Postfach 101234, 40219 Düsseldorf"]),
    ("Storgatan 12, 111 22 Stockholm och Musterweg 3", ["Storgatan 12, 111 22 Stockholm", "Musterweg 3"]),
]

NEGATIVES = [
    "version 1.2.3",
    "Release 7.0.2046.0 Stockholm",
    "at 10:15 Berlin",
    "listening on port 5060",
    "Storgatan 12:30",  # a time after a street name
    "Storgatan 1.2",
    "12345 Received",  # five digits before a capitalised word that is no town
    "40219 bytes",
    "m=audio 14562 RTP/AVP 8 0 101",  # an SDP media line
    "c=IN IP4 <IP_ADDRESS>\nt=0 0\nport 14562 RTP",  # an unlisted word in capitals is no town
    "123456 Berlin",  # six digits
    "00123 Berlin",  # German postcodes start at 01001
    "099 12 Stockholm",  # Swedish ones at 100 00
    "port:40219 Berlin",
    "uid-12345 Berlin",  # a dash without a country code
    "Box 2",  # a box number this short needs a word for addresses
    "FRITZ!Box 7590",
    "FRITZ Box 7590",
    "Xbox 360",
    "Dropbox 24169",
    "Box 2.0",
    "String 12",
    "Spring 5 application",
    "Monitoring 5 channels",
    "During 5 minutes",
    "Dialplan 3 loaded",
    "Test plan 3",
    "gatan 12",  # no street name
    "Weg 5",
]


def _spans(found: list[tuple[str, str]]) -> list[str]:
    return [value for entity, value in found if entity == "STREET_ADDRESS"]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_street_address(detector: Detector, text: str, expected: list[str]) -> None:
    assert _spans(detected_entities(detector, text)) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_street_address(detector: Detector, text: str) -> None:
    assert _spans(detected_entities(detector, text)) == []


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Storgatan 12, 111 22 Stockholm", 0.85),
        ("Storgatan 12", 0.6),
        ("SE-411 01 Göteborg", 0.6),
        ("40219 Düsseldorf", 0.5),
        ("12345 Kleinstadt", 0.3),
        ("Box 24169", 0.4),
        ("Box 7", 0.3),
    ],
)
def test_scores(recognizer: PostalAddressRecognizer, text: str, score: float) -> None:
    results = recognizer.analyze(text, entities=["STREET_ADDRESS"])
    assert [(r.start, r.end, r.score) for r in results] == [(0, len(text), score)]
