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
    # Doubles printed in full: the latitude is found, the longitude's fraction is no card number.
    ("lat: 57.70887123456789, lon: 11.974559999999997", ["57.70887123456789", "11.974559999999997"]),
    ("57.70887123456789, 11.974559999999997", ["57.70887123456789, 11.974559999999997"]),
    # Traccar's position lines (shape of https://github.com/traccar/traccar/issues/5427).
    ("time: 2026-03-01 10:00:00, lat: 59.32930, lon: 18.06860, speed: 0.0", ["59.32930", "18.06860"]),
    # NMEA 0183: latitude, N/S, longitude, E/W are one finding; time, fix data and checksum stay
    # (shapes of /work/shared/corpora/gpsd_*.log).
    ("$GPGGA,092750.000,5919.7580,N,01804.1170,E,1,8,1.03,61.7,M,55.2,M,,*76", ["5919.7580,N,01804.1170,E"]),
    ("$GPRMC,092750.000,A,5919.7580,N,01804.1170,E,0.02,31.66,280511,,,A*43", ["5919.7580,N,01804.1170,E"]),
    ("$GNRMC,101500.00,A,4807.0381,S,01131.0002,W,0.1,,070326,,,A*6A", ["4807.0381,S,01131.0002,W"]),
    ("$GPGLL,5919.75812,N,01804.11713,E,152505.00,A,A*64", ["5919.75812,N,01804.11713,E"]),
    ("$GLGNS,092750.00,5919.75800,N,01804.11700,E,AN,12,0.9,61.7,55.2,,*5C", ["5919.75800,N,01804.11700,E"]),
    ("$BDGGA,092750.00,5919.7580,N,01804.1170,E,1,08,1.0,61.7,M,55.2,M,,*4F", ["5919.7580,N,01804.1170,E"]),
    (
        "$PGRMF,290,293895,070326,093802,13,5919.7580,N,01804.1170,E,A,2,0,226,2,1*11",
        ["5919.7580,N,01804.1170,E"],
    ),
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
    "$GPRMC,,V,,,,,,,,,,N*53",  # no fix, no position
    "$GPGGA,,,,,,0,00,99.99,,,,,,*48",
    "$GPGSV,3,1,12,01,05,040,,02,17,310,24,03,73,254,30,04,19,205,26*7A",  # satellites, not a position
    "$GPGGA,092750.000,5979.7580,N,01804.1170,E,1,8,1.03,61.7,M,55.2,M,,*76",  # 79 minutes
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
