"""Validation of Swedish personal identity numbers and coordination numbers.

Shared by the personnummer and samordningsnummer recognizers (and by the phone recognizer, which must
not mistake one for a phone number). Rules, from Skatteverket and folkbokföringslagen 18 §:

* ``YYYYMMDDNNNC`` or ``YYYYMMDD-NNNC``; ``YYMMDD-NNNC``, ``YYMMDD+NNNC`` (aged 100 or more), ``YYMMDD NNNC``,
  ``YYMMDDNNNC``. The century of the 10-digit forms is implied: the latest year not in the future, one
  hundred years earlier with ``+``.
* The date is a real calendar date (leap years included) in that year; the birth number ``NNN`` is 001-999;
  ``C`` is the Luhn check digit over the ten digits ``YYMMDDNNN C``.
* A samordningsnummer adds 60 to the day. Its birth date may be partly unknown: month ``00`` and/or day
  ``60`` (unknown day), as in Skatteverket's published test coordination numbers.
"""

from __future__ import annotations

import calendar
import gzip
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from stdnum import luhn

from logscrub.rules import rule_file

TEST_NUMBERS_FILE = "se_test_identity_numbers.txt.gz"


class IdentityKind(Enum):
    PERSONNUMMER = "SE_PERSONNUMMER"
    SAMORDNINGSNUMMER = "SE_SAMORDNINGSNUMMER"


@dataclass(frozen=True, slots=True)
class SwedishIdentityNumber:
    kind: IdentityKind
    test_number: bool


@lru_cache(maxsize=1)
def test_numbers() -> frozenset[str]:
    """Skatteverket's published test personnummer and samordningsnummer (12 digits), shipped as data."""
    with (
        rule_file(TEST_NUMBERS_FILE).open("rb") as raw,
        gzip.open(raw, "rt", encoding="ascii") as f,
    ):
        return frozenset(line.strip() for line in f if line.strip())


# Not stdnum.se.personnummer: it rejects every samordningsnummer (day + 60) and Skatteverket's unknown
# month 00, takes the century from today's date rather than a reference year, and skips the test-number
# list; its Luhn check (the same rule) is the part used here.
@lru_cache(maxsize=4096)  # personnummer and samordningsnummer read the same candidates
def parse_identity_number(candidate: str, reference_year: int) -> SwedishIdentityNumber | None:
    """The identity number `candidate` spells, or None when it is not a valid one."""
    separator = ""
    digits = candidate
    if len(candidate) in (11, 13):
        separator = candidate[-5]
        digits = candidate[:-5] + candidate[-4:]
        if separator not in "-+ " or (len(digits) == 12 and separator != "-"):
            return None
    if not digits.isdigit() or len(digits) not in (10, 12):
        return None
    short = digits[-10:]
    if short[6:9] == "000" or not luhn.is_valid(short):
        return None
    yy, month, day = int(short[0:2]), int(short[2:4]), int(short[4:6])
    if len(digits) == 12:
        year = int(digits[:4])
        if not 1800 <= year <= reference_year:
            return None
    else:
        latest = reference_year - 100 if separator == "+" else reference_year
        year = latest - (latest - yy) % 100
    kind = _kind(year, month, day)
    if kind is None:
        return None
    return SwedishIdentityNumber(kind, _is_test_number(digits, year if separator == "+" else None))


def _kind(year: int, month: int, day: int) -> IdentityKind | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return IdentityKind.PERSONNUMMER
    if day < 60 or month > 12:
        return None
    day -= 60
    if day == 0 or month == 0:  # Skatteverket's "unknown day / unknown month"
        return IdentityKind.SAMORDNINGSNUMMER if day <= 31 else None
    if day <= calendar.monthrange(year, month)[1]:
        return IdentityKind.SAMORDNINGSNUMMER
    return None


def _is_test_number(digits: str, year: int | None) -> bool:
    numbers = test_numbers()
    if len(digits) == 12:
        return digits in numbers
    if year is not None:  # "+" fixes the century
        return str(year)[:2] + digits in numbers
    # "-" is also written for people aged 100 or more, and the lists cover 1890-2024.
    return any(century + digits in numbers for century in ("18", "19", "20"))


# 12 digits with an optional "-", or 10 digits with "-", "+", a space or nothing (the century and the
# separator rules are checked in parse_identity_number). Letters may stand right before
# ("id199003052397"), digits and signs may not; a decimal part or a dashed continuation may not follow
# ("1710237601.42" is an Asterisk uniqueid, "ac556036-0793-bea5-…" a UUID). The look-behind follows
# the first six digits so that the regex engine can skip ahead.
IDENTITY_NUMBER_REGEX = r"\d{6}(?<![\d+\-.]\d{6})(?:\d\d-?)?(?:(?<=\d{6})[-+ ])?\d{4}(?!\w|\.\d|-\w)"

# Base scores by form: the more a form is written only for identity numbers, the higher.
SCORE_TWELVE_DIGITS = 0.9
SCORE_TEN_WITH_SIGN = 0.8
SCORE_TEN_BARE = 0.5
SCORE_TEN_WITH_SPACE = 0.4
# Ten bare digits starting "070" are as well a Swedish mobile number ("0701740607": born 2007-01-14, or
# a 070 number), and in telephony material far more often the number: below the threshold, an identity
# number only after a context word ("pnr 0701740607"), a phone number otherwise.
SCORE_TEN_BARE_MOBILE = 0.3
# Ten bare digits that read as a Unix time of recent years ("1710237601", 2024) and follow a word for
# time ("epoch=", "timestamp=", "start_time: [") are a timestamp, not a person born in 2017.
_EPOCH_YEARS_BACK = 8
_TIMESTAMP_WORDS = ("epoch", "time", "stamp", "date", "unique", "created", "start", "answer", "end", "expire")
_TIMESTAMP_WINDOW = 32


def is_timestamp(text: str, start: int, candidate: str, reference_year: int) -> bool:
    """Whether the candidate at `start` is a recent Unix time that the text before names as a time."""
    if len(candidate) != 10:
        return False
    seconds = int(candidate)
    first = calendar.timegm((reference_year - _EPOCH_YEARS_BACK, 1, 1, 0, 0, 0))
    last = calendar.timegm((reference_year + 2, 1, 1, 0, 0, 0))
    if not first <= seconds < last:
        return False
    before = text[max(0, start - _TIMESTAMP_WINDOW) : start].lower()
    return any(word in before for word in _TIMESTAMP_WORDS)


IDENTITY_CONTEXT = [
    "personnummer",
    "personnr",
    "pnr",
    "persnr",
    "ssn",
    "födelsenummer",
    "fodelsenummer",
    "samordningsnummer",
    "samordningsnr",
    "personal identity",
    "identity number",
    "id number",
    "civic",
]


def reads_as_mobile_number(candidate: str) -> bool:
    """Whether a valid identity number written as `candidate` reads as a Swedish mobile number too: ten
    bare digits starting "070" (072, 073, 076 and 079 make no month)."""
    return len(candidate) == 10 and candidate.startswith("070") and candidate.isdigit()


def form_score(candidate: str) -> float:
    """The base score of an identity number written as `candidate` (already known to be valid)."""
    if len(candidate) >= 12:
        return SCORE_TWELVE_DIGITS
    if len(candidate) == 10:
        return SCORE_TEN_BARE_MOBILE if reads_as_mobile_number(candidate) else SCORE_TEN_BARE
    return SCORE_TEN_WITH_SPACE if candidate[6] == " " else SCORE_TEN_WITH_SIGN
