"""What IMEI, IMSI and ICCID have in common: long runs of digits, found in one pass and told apart by
length, prefix and check digit.

The three recognizers share one pattern (the engine runs it once for all of them) and one way of finding
its candidates: a run of 14 or more digits, or the dashed forms an IMEI is printed in
(``35-209900-176148-1``, ``35209900-176148-1``, ``35209900176148-1``), located through the text's shape
(``text_shape``) instead of a regex tried at every digit. Each recognizer then says what the digits are.
Runs that read as a Unix time or a date-time stamp, numbers in SIP/SDP protocol fields and thread, job
or request ids are none of the three.
"""

from __future__ import annotations

import calendar
import datetime
import re
from abc import abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.protocol_fields import in_protocol_identifier
from logscrub.recognizers.helpers.text_shape import (
    DASH,
    DIGIT,
    anchored_matches,
    digit_runs,
    occurrences,
    run_start,
    text_shape,
)
from logscrub.recognizers.helpers.work_identifiers import after_work_identifier_label
from logscrub.rules import rule_data

NETWORK_CODES_FILE = "mobile_network_codes.yaml"

# 14-20 digits in one run, or an IMEI / IMEISV with its check digit (or software version) after a dash.
# Not glued to a word, a decimal point or a "+" (a phone number) on the left, nor to a "/" after a number
# (a fraction or a date); a "/" after a word or at a path's start is an object path (oFono names modems
# and contexts by IMSI: "/262011234567890/context1"). A dash is allowed there for the 5G forms "imsi-…",
# "imei-…" (`detections` checks the word). The look-behinds follow the first digit, so that only run
# starts are tried.
MOBILE_NUMBER_REGEX = (
    r"[0-9](?<![\w.+][0-9])(?<![0-9.]/[0-9])"
    r"(?:[0-9]{13,19}|[0-9]-[0-9]{6}-[0-9]{6}-[0-9]{1,2}|[0-9]{7}-[0-9]{6}-[0-9]{1,2}|[0-9]{13}-[0-9]{1,2})"
    r"(?![\w]|[.\-][0-9])"
)
# Every match either holds a run of 14 digits or is a dashed IMEI with a six-digit group between dashes
# (a layout UUIDs and dates never have).
_RUN_LENGTH = 14
_DASHED_LAYOUT = b"-000000-"

# 5G writes a subscriber or equipment identity as "imsi-<digits>", "imei-<digits>", "imeisv-<digits>".
_TYPE_PREFIXES = ("imsi-", "imei-", "imeisv-")
_EPOCH_YEARS_BACK = 8


def mobile_number_starts(text: str) -> list[int]:
    """Every position at which MOBILE_NUMBER_REGEX can match in `text`, ascending."""
    shape = text_shape(text)
    starts = set(digit_runs(shape, _RUN_LENGTH))
    for position in occurrences(shape, _DASHED_LAYOUT):
        token = run_start(shape, position, b"0-")
        starts.update(
            p for p in range(token, position) if shape[p] == DIGIT and (p == token or shape[p - 1] == DASH)
        )
    return sorted(starts)


@dataclass(frozen=True, slots=True)
class MobileNetworkCodes:
    countries: frozenset[str]  # three-digit MCCs
    home_networks: frozenset[str]  # MCC + two-digit MNC, e.g. "24001"


@lru_cache(maxsize=1)
def mobile_network_codes() -> MobileNetworkCodes:
    """The mobile country codes and home networks shipped in rules/mobile_network_codes.yaml."""
    data = rule_data(NETWORK_CODES_FILE)
    countries = frozenset(f"{code:03d}" for codes in data["mobile_country_codes"].values() for code in codes)
    networks = frozenset(f"{mcc}{mnc}" for mcc, mncs in data["home_networks"].items() for mnc in mncs)
    return MobileNetworkCodes(countries, networks)


def _recent_epoch_seconds() -> range:
    year = datetime.date.today().year
    first = calendar.timegm((year - _EPOCH_YEARS_BACK, 1, 1, 0, 0, 0))
    return range(first, calendar.timegm((year + 2, 1, 1, 0, 0, 0)))


_RECENT_EPOCH = _recent_epoch_seconds()


def reads_as_time(digits: str) -> bool:
    """Whether `digits` start like a time: a recent Unix time in seconds (so also milli-, micro- and
    nanoseconds) or a ``YYYYMMDDhhmmss`` stamp."""
    if digits[0] == "1" and int(digits[:10]) in _RECENT_EPOCH:
        return True
    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    hour, minute, second = int(digits[8:10]), int(digits[10:12]), int(digits[12:14])
    return (
        1970 <= year <= 2099
        and 1 <= month <= 12
        and 1 <= day <= 31
        and hour <= 23
        and minute <= 59
        and second <= 59
    )


def _glued_by_dash(text: str, start: int) -> bool:
    """A dash before the digits belongs to a word: only the 5G type prefixes may stand there."""
    if start == 0 or text[start - 1] != "-":
        return False
    return not text[max(0, start - 7) : start].lower().endswith(_TYPE_PREFIXES)


class MobileIdentityRecognizer(LogscrubRecognizer):
    """The shared pattern and candidate search of IMEI, IMSI and ICCID; subclasses score the digits."""

    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Mobile identity digits", MOBILE_NUMBER_REGEX, 0.5)]

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        return anchored_matches(self._compiled[index], text, mobile_number_starts(text))

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        candidate = match.group()
        digits = candidate.replace("-", "")
        score = self.score(digits, dashed=len(digits) != len(candidate))
        if score is None:
            return
        start = match.start()
        if (
            _glued_by_dash(text, start)
            or reads_as_time(digits)
            or in_protocol_identifier(text, start)
            or after_work_identifier_label(text, start)
        ):
            return
        yield Detection(start, match.end(), score)

    @abstractmethod
    def score(self, digits: str, dashed: bool) -> float | None:
        """The base score of `digits` as this recognizer's identifier, or None when they are not one."""
