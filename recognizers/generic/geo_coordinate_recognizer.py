"""LOCATION: geographic coordinates (decimal pairs, latitude/longitude fields, degrees-minutes-seconds,
the positions of NMEA 0183 sentences)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.text_shape import (
    DASH,
    DOT,
    anchored_matches,
    ascii_lowered,
    occurrences,
    run_start,
    text_shape,
)

# "59.3293, 18.0686" (a geo: URI holds the same): latitude and longitude with two to seventeen decimals
# (a double printed in full: 11.974559999999997), not glued to a word, a dot (IP addresses, versions) or
# a dash. The text's shape finds the comma between them.
DECIMAL_PAIR_REGEX = (
    r"(?<![\w.\-])(?P<lat>-?[0-9]{1,2}\.(?P<lat_decimals>[0-9]{2,17})), ?"
    r"(?P<lon>-?[0-9]{1,3}\.(?P<lon_decimals>[0-9]{2,17}))(?![\w]|\.[0-9])"
)
# "lat=59.3293", '"latitude": 59.33', "lng:18.07", Traccar's "lat: 59.32930, lon: 18.06860": the value
# alone is the finding, its key stays.
COORDINATE_FIELD_REGEX = (
    r"[lL](?<![^\W_][lL])(?P<key>(?i:at(?:itude)?|ng|on(?:g(?:itude)?)?))[\"']?\s?[:=]\s?[\"']?"
    r"(?P<value>-?[0-9]{1,3}\.[0-9]{1,17})(?![\w]|\.[0-9])"
)
# NMEA 0183 (GGA, RMC, GLL, GNS of any talker, and proprietary sentences such as Garmin's PGRMF): the
# latitude as ddmm.mmmm, N or S, the longitude as dddmm.mmmm, E or W. The four fields are one finding;
# the sentence's type, time, fix data and checksum stay (a redacted sentence fails its checksum).
NMEA_POSITION_REGEX = (
    r",(?P<position>(?:[0-8][0-9][0-5][0-9]\.[0-9]{1,7}|9000\.0{1,7}),[NS],"
    r"(?:(?:0[0-9][0-9]|1[0-7][0-9])[0-5][0-9]\.[0-9]{1,7}|18000\.0{1,7}),[EW])(?=[,*])"
)
# 59°19'45.5"N 18°04'07.0"E, N 59°19.758' E 018°04.117', 59.3293°N, 18.0686°E
_DMS = r"[0-9]{1,3}(?:\.[0-9]+)?°(?: ?[0-9]{1,2}(?:\.[0-9]+)?['′](?: ?[0-9]{1,2}(?:\.[0-9]+)?(?:\"|″|''))?)?"
_EAST_WEST = "[EWOÖV]"  # O: Ost, Ö/V: öster/väster
DMS_PAIR_REGEX = (
    rf"(?<![\w.])(?:[NS] ?(?P<lat_a>{_DMS}) ?,? ?{_EAST_WEST} ?(?P<lon_a>{_DMS})"
    rf"|(?P<lat_b>{_DMS}) ?[NS],? ?(?P<lon_b>{_DMS}) ?{_EAST_WEST})(?!\w)"
)
_NMEA = "NMEA position"
_FIELD_KEYS = re.compile(rb"l(?:at|on|ng)")
_DMS_PARTS = re.compile(r"[0-9]+(?:\.[0-9]+)?")

MAX_LATITUDE, MAX_LONGITUDE = 90.0, 180.0
_MINUTES = 60.0
SCORE_DMS = 0.85
SCORE_NMEA = 0.85
SCORE_FIELD = 0.7
SCORE_PAIR = 0.6  # four decimals or more on both: about 10 m, what a GPS fix prints
# Fewer decimals, or the ambiguous key "long": only after a word such as "GPS" or "position".
SCORE_UNCERTAIN = 0.3
_PAIR_MIN_DECIMALS = 4
# A pair inside a longer list of decimals ("0.15, 0.21, 0.30") is a list of measurements.
_LIST_AFTER = re.compile(r" ?[,;] ?-?[0-9]+\.[0-9]")
_LIST_BEFORE = re.compile(r"[0-9]\.[0-9]+ ?[,;] ?\Z")
# Inside an NMEA sentence, decimals side by side are speeds, courses and dilutions ("…,E,0.02,31.66,…");
# its position is found as such.
_NMEA_SENTENCE_START = re.compile(r"[$!][A-Z][A-Z0-9]{4},")
_SENTENCE_REACH = 100


class GeoCoordinateRecognizer(LogscrubRecognizer):
    """Latitude/longitude pairs in decimal degrees, latitude and longitude fields, and DMS pairs."""

    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Decimal coordinate pair", DECIMAL_PAIR_REGEX, SCORE_PAIR),
        RePattern("Latitude or longitude field", COORDINATE_FIELD_REGEX, SCORE_FIELD),
        RePattern("Degrees, minutes and seconds", DMS_PAIR_REGEX, SCORE_DMS),
        RePattern(_NMEA, NMEA_POSITION_REGEX, SCORE_NMEA),
    ]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "Degrees, minutes and seconds": ("°",),
        _NMEA: (",n,", ",s,"),
    }
    CONTEXT: ClassVar[list[str]] = [
        "gps",
        "geo",
        "coord",
        "position",
        "location",
        "koordinat",
        "standort",
        "plats",
    ]

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        name = self.patterns[index].name
        if name == "Decimal coordinate pair":
            return anchored_matches(self._compiled[index], text, _pair_starts(text))
        if name == "Latitude or longitude field":
            return anchored_matches(self._compiled[index], text, _field_starts(text))
        return super().matches(text, index)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        found: Detection | None
        if pattern.name == _NMEA:
            found = Detection(match.start("position"), match.end("position"), SCORE_NMEA)
        elif pattern.name == "Decimal coordinate pair":
            found = _decimal_pair(text, match)
        elif pattern.name == "Latitude or longitude field":
            found = _coordinate_field(match)
        else:
            found = _dms_pair(match)
        if found is not None:
            yield found


def _pair_starts(text: str) -> list[int]:
    """Where DECIMAL_PAIR_REGEX can match: back from each digit before a comma that a number follows to
    the sign or first digit of the number the digit ends."""
    shape = text_shape(text)
    starts = set()
    for position in occurrences(shape, b"0,"):
        after = shape[position + 2 : position + 4]
        if not after.startswith((b"0", b" 0", b"-0", b" -")):
            continue
        start = run_start(shape, position)
        if start > 0 and shape[start - 1] == DOT:
            start = run_start(shape, start - 1)
        if start > 0 and shape[start - 1] == DASH:
            start -= 1
        starts.add(start)
    return sorted(starts)


def _field_starts(text: str) -> list[int]:
    """Where COORDINATE_FIELD_REGEX can match: every "lat", "lon" and "lng", in any case."""
    return [key.start() for key in _FIELD_KEYS.finditer(ascii_lowered(text))]


def _decimal_pair(text: str, match: re.Match[str]) -> Detection | None:
    latitude, longitude = float(match["lat"]), float(match["lon"])
    if abs(latitude) > MAX_LATITUDE or abs(longitude) > MAX_LONGITUDE:
        return None
    if int(latitude) == 0 and int(longitude) == 0:
        return None  # ratios and load averages; the gulf of Guinea has no callers
    if _in_nmea_sentence(text, match.start()):
        return None
    if _LIST_AFTER.match(text, match.end()) or _LIST_BEFORE.search(
        text, max(0, match.start() - 16), match.start()
    ):
        return None
    precise = min(len(match["lat_decimals"]), len(match["lon_decimals"])) >= _PAIR_MIN_DECIMALS
    return Detection(match.start(), match.end(), SCORE_PAIR if precise else SCORE_UNCERTAIN)


def _in_nmea_sentence(text: str, position: int) -> bool:
    """Whether `position` is on a line that starts an NMEA sentence ("$GPRMC,…")."""
    window = max(0, position - _SENTENCE_REACH)
    line_start = text.rfind("\n", window, position) + 1 or window
    return _NMEA_SENTENCE_START.match(text, line_start) is not None


def _coordinate_field(match: re.Match[str]) -> Detection | None:
    key = match["key"].lower()
    limit = MAX_LATITUDE if key.startswith("at") else MAX_LONGITUDE
    if abs(float(match["value"])) > limit:
        return None
    score = SCORE_UNCERTAIN if key == "ong" else SCORE_FIELD  # "long" is also a type and a duration
    return Detection(match.start("value"), match.end("value"), score)


def _dms_pair(match: re.Match[str]) -> Detection | None:
    latitude = match["lat_a"] or match["lat_b"]
    longitude = match["lon_a"] or match["lon_b"]
    if not (_valid_dms(latitude, MAX_LATITUDE) and _valid_dms(longitude, MAX_LONGITUDE)):
        return None
    return Detection(match.start(), match.end(), SCORE_DMS)


def _valid_dms(written: str, limit: float) -> bool:
    degrees, *rest = (float(part) for part in _DMS_PARTS.findall(written))
    return degrees <= limit and all(part < _MINUTES for part in rest)
