"""DATE_OF_BIRTH: a date announced as someone's birth date (``född 1967-04-12``, ``geb. 12.04.1967``,
``DOB 03/07/1971``, ``"birthDate": "1967-04-12"``, ``geboren am 12. April 1967``, ``born April 12, 1967``).

A date alone is no birth date (logs are full of dates): only one right after a cue word of
rules/date_of_birth.yaml is, and only when it is a real calendar date of a plausible year. The date is the
finding; the cue stays.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.key_fields import anchor_scanners
from logscrub.recognizers.helpers.keyed_values import KEY_PREFIX_REGEX, KEY_START_REGEX, key_matches
from logscrub.rules import rule_data, rule_lists

DATE_OF_BIRTH_FILE = "date_of_birth.yaml"
_SECTIONS = ("cues", "anchors", "connectors")


@dataclass(frozen=True)
class BirthDateCues:
    """The lists of rules/date_of_birth.yaml."""

    cues: tuple[str, ...]
    anchors: tuple[str, ...]
    connectors: tuple[str, ...]
    months: dict[str, int]  # month names and abbreviations, lower case -> month number


@lru_cache(maxsize=1)
def birth_date_cues() -> BirthDateCues:
    data = rule_data(DATE_OF_BIRTH_FILE)
    read = rule_lists(DATE_OF_BIRTH_FILE, _SECTIONS, data)
    lists = {key: tuple(entry.lower() for entry in entries) for key, entries in read.items()}
    if not isinstance(data.get("months"), dict):
        raise ValueError(f"{DATE_OF_BIRTH_FILE}: needs the month names by number")
    months = {str(name).lower(): int(number) for number, names in data["months"].items() for name in names}
    return BirthDateCues(lists["cues"], lists["anchors"], lists["connectors"], months)


def _cue_alternation(cues: tuple[str, ...]) -> str:
    """Cues written as words, which prose separates by blanks and keys join by "_", "-", "." or nothing
    ("date of birth", date_of_birth, dateOfBirth); longest first."""
    return "|".join(
        r"[ \t_\-.]?".join(re.escape(part) for part in cue.split())
        for cue in sorted(cues, key=len, reverse=True)
    )


_CUES = birth_date_cues()
_CUE = rf"(?P<cue>(?i:{KEY_PREFIX_REGEX}(?:{_cue_alternation(_CUES.cues)})))"
# "DOB: ", "dob=", '"birthDate": "', "<dob>", "född den ", "geboren am ", "born on ".
_CONNECTION = (
    r"""(?:\\?["']?[ \t]*(?:=>|[:=])?[ \t]*|>)"""
    rf"""(?:(?i:{"|".join(map(re.escape, _CUES.connectors))})[ \t]+)?\\?["']?"""
)
_MONTH_NAME = r"[^\W\d_]{3,9}"
DATE_REGEX = (
    r"(?P<date>"
    r"(?P<iso_year>(?:19|20)[0-9]{2})(?P<iso_sep>[\-/.])(?P<iso_month>[0-9]{1,2})(?P=iso_sep)"
    r"(?P<iso_day>[0-9]{1,2})"  # 1967-04-12, 1967/04/12
    r"|(?P<compact_year>(?:19|20)[0-9]{2})(?P<compact_month>[0-9]{2})(?P<compact_day>[0-9]{2})"  # 19670412
    r"|(?P<first>[0-9]{1,2})(?P<sep>[\-/.])(?P<second>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4}|[0-9]{2})"
    rf"|(?P<day>[0-9]{{1,2}})\.?[ \t]+(?P<day_month>{_MONTH_NAME})\.?,?[ \t]+(?P<day_year>[0-9]{{4}})"
    rf"|(?P<month>{_MONTH_NAME})\.?[ \t]+(?P<month_day>[0-9]{{1,2}})(?:st|nd|rd|th)?,?[ \t]+"
    r"(?P<month_year>[0-9]{4})"
    # Not part of a longer number, word or personnummer; an ISO date may carry its time (…T00:00:00Z).
    r")(?!(?!T[0-9])[\w\-+]|[.:/][0-9])"
)
BIRTH_DATE_REGEX = KEY_START_REGEX + _CUE + _CONNECTION + DATE_REGEX

SCORE = 0.85
OLDEST_AGE = 120  # years
_CUE_SCANNERS = anchor_scanners(_CUES.anchors)
_TWO_DIGIT_YEARS = 100


class DateOfBirthRecognizer(LogscrubRecognizer):
    """Dates after a birth-date cue (född, geb., geboren, Geburtsdatum, DOB, date of birth, birthDate,
    born, …): ISO, day.month.year, day/month/year, US month/day/year, and dates with month names."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Date after a birth-date cue", BIRTH_DATE_REGEX, SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = _CUES.anchors

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        return key_matches(self._compiled[index], _CUE_SCANNERS, text)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        today = datetime.date.today()
        if any(_plausible_birth_date(date, today) for date in _readings(match, today)):
            yield Detection(match.start("date"), match.end("date"), SCORE)


_DATE = re.compile(DATE_REGEX)


def iso_birth_date(written: str) -> str | None:
    """A birth date as the recognizer finds it, in ISO form (read day first when it could be either), so
    that "12.04.1967" and "1967-04-12" compare equal; None when `written` is no such date."""
    match = _DATE.fullmatch(written.strip())
    if match is None:
        return None
    reading = next(_readings(match, datetime.date.today()), None)
    return reading.isoformat() if reading is not None else None


def _readings(match: re.Match[str], today: datetime.date) -> Iterator[datetime.date]:
    """The real calendar dates the matched date can be read as (a numeric day/month is ambiguous)."""
    if match["iso_year"]:
        yield from _calendar_date(match["iso_year"], match["iso_month"], match["iso_day"])
    elif match["compact_year"]:
        yield from _calendar_date(match["compact_year"], match["compact_month"], match["compact_day"])
    elif match["first"]:
        year = _full_year(match["year"], today)
        yield from _calendar_date(year, match["second"], match["first"])  # 12.04.1967
        yield from _calendar_date(year, match["first"], match["second"])  # US 04/12/1967
    elif match["day"]:
        month = _CUES.months.get(match["day_month"].lower())
        if month is not None:
            yield from _calendar_date(match["day_year"], str(month), match["day"])
    else:
        month = _CUES.months.get(match["month"].lower())
        if month is not None:
            yield from _calendar_date(match["month_year"], str(month), match["month_day"])


def _full_year(written: str, today: datetime.date) -> str:
    """A two-digit year in the past hundred years ("67" is 1967, "05" is 2005)."""
    if len(written) == 4:
        return written
    year = int(written) + today.year // _TWO_DIGIT_YEARS * _TWO_DIGIT_YEARS
    return str(year if year <= today.year else year - _TWO_DIGIT_YEARS)


def _calendar_date(year: str, month: str, day: str) -> Iterator[datetime.date]:
    try:
        yield datetime.date(int(year), int(month), int(day))
    except ValueError:
        return


def _plausible_birth_date(date: datetime.date, today: datetime.date) -> bool:
    """Not in the future, and at most OLDEST_AGE years ago."""
    return today.year - OLDEST_AGE <= date.year and date <= today
