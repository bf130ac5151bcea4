"""LOCATION (GeoCoordinateRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import GeoCoordinateRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> GeoCoordinateRecognizer:
    return GeoCoordinateRecognizer()


POSITIVES = [
    ("59.3293, 18.0686", ["59.3293, 18.0686"]),
    ("pos=59.3293,18.0686;acc=12", ["59.3293,18.0686"]),
    ("Geolocation: <geo:59.3293,18.0686;u=35>", ["59.3293,18.0686"]),
    ("-33.8688, 151.2093", ["-33.8688, 151.2093"]),
    ("gps fix 59.33, 18.07", ["59.33, 18.07"]),  # two decimals need a word for position
    ("lat=59.3293 lon=18.0686", ["59.3293", "18.0686"]),  # the values; the keys stay
    ('{"latitude": 59.33, "longitude": 18.07}', ["59.33", "18.07"]),
    ("LAT: -33.8688 LNG: 151.2093", ["-33.8688", "151.2093"]),
    ("gps_lat=59.3293&gps_lng=18.0686", ["59.3293", "18.0686"]),
    ("59°19'45.5\"N 18°04'07.0\"E", ["59°19'45.5\"N 18°04'07.0\"E"]),
    ("59° 19' 45.5\" N, 18° 4' 7.0\" E", ["59° 19' 45.5\" N, 18° 4' 7.0\" E"]),
    ("N 59°19.758' E 018°04.117'", ["N 59°19.758' E 018°04.117'"]),
    ("59.3293°N 18.0686°E", ["59.3293°N 18.0686°E"]),
]

NEGATIVES = [
    "version 1.2.3",
    "Server: ExampleSBC/7.0.2046.0",
    "192.168.1.1, 10.0.0.2",
    "c=IN IP4 203.0.113.50, 198.51.100.20",
    "59.3293",  # one decimal alone
    "59.3293 18.0686",  # no comma: needs nothing less than a pair shape
    "load average: 0.00, 0.01, 0.05",
    "jitter 12.3456, 56.7812, 90.1234",  # a list of measurements
    "ratio 0.1234, 0.5678",
    "95.1234, 18.0686",  # latitude beyond 90
    "59.3293, 181.0686",  # longitude beyond 180
    "12.5, 13.5",
    "lat=91.5",
    "flat=12.5",
    "translate=59.33",
    "latency=12.345",
    "temperature 45°C",
    "rotate 90° 12' now",
    "59°75'00\"N 18°04'07\"E",  # 75 minutes
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_coordinates(
    recognizer: GeoCoordinateRecognizer, detector: Detector, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)
    assert detected_entities(detector, text) == [("LOCATION", value) for value in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_coordinates(detector: Detector, text: str) -> None:
    assert [e for e, _ in detected_entities(detector, text) if e == "LOCATION"] == []
