"""PHONE_NUMBER: phone numbers in the forms telephony logs write them, validated with phonenumbers."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

import phonenumbers
from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, PresidioOptions, RePattern
from logscrub.recognizers.helpers.fiction_numbers import is_fiction_number
from logscrub.recognizers.helpers.protocol_fields import in_protocol_identifier
from logscrub.recognizers.helpers.swedish_identity import (
    IDENTITY_NUMBER_REGEX,
    parse_identity_number,
    reads_as_mobile_number,
)

if TYPE_CHECKING:
    from typing import Unpack


DEFAULT_REGIONS = ("SE", "DE")

# A candidate starts with "+", "00" or a national trunk "0" (optionally in parentheses), then digits
# with single visual separators. Numbers without a prefix are not taken: in logs they are counters,
# epoch seconds, Call-IDs and byte counts. Glued to a word, a dot, a dash or a time ("10:00:01") on the
# left, or to a word or a dotted/dashed continuation on the right, it is an identifier (IPv4, versions,
# UUIDs, port ranges), not a number someone dials. "/" may precede it (FreeSWITCH "sofia/external/+46…")
# and "@" may follow it (Asterisk "0701740612@from-internal"); each branch's look-behinds follow its
# first character, so the regex engine can skip ahead.
_NOT_AFTER = r"[\w+.\-@]"
CANDIDATE_REGEX = (
    rf"(?:\+(?<!{_NOT_AFTER}\+)(?<!\d:\+)|0(?<!{_NOT_AFTER}0)(?<!\d:0)|\((?<!{_NOT_AFTER}\()(?<!\d:\()0)"
    r"[\d()\-/ ]{5,28}\d(?!\w|[.\-/:]\w)"
)
# RFC 3966: the subscriber part of a tel: URI, global (+...) or local, with an optional extension.
TEL_URI_REGEX = (
    r"[tT][eE][lL]:(?P<number>(?:\+[\d\-.()]*\d|[\d\-.()*#]*[\d*#])(?:;[eE][xX][tT]=[\d\-.()]*\d)?)"
)

_DIGIT_GROUPS = re.compile(r"\d+")
# Day-month-year and year-month-day with one kind of separator ("01/02/2024", "2024.03.12"), and
# Chromium's MMDD/HHMMSS log time ("0701/114930").
_DATE_SHAPE = re.compile(
    r"\d{1,2}([-/.])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}([-/.])\d{1,2}\2\d{1,2}|[01]\d[0-3]\d/[0-2]\d[0-5]\d[0-5]\d"
)
_VISUAL_SEPARATORS = re.compile(r"[\-.() ]")
# Separators written inside a number: a blank, dash or slash, or an area code's parenthesis ("(08) 12",
# "+46 (0)8").
_IN_NUMBER_GAPS = frozenset((" ", "-", "/", ") ", ")", " (", "(", " (0)", "(0)", " (0) ", "(0) "))
# A Swedish identity number written after a number ("070-174 06 12 19121212-1212") is not its next group.
_IDENTITY_NUMBER_SHAPE = re.compile(IDENTITY_NUMBER_REGEX)
_MIN_DIGITS = 7
_MAX_DIGITS = 15
_MAX_GROUPS = 8  # a number is looked for in at most this many digit groups

SCORE_INTERNATIONAL = 0.85
SCORE_NATIONAL = 0.7
# A short national number written as one run of digits ("02345000") is as often a hex address or a
# counter: it needs a context word ("tel", "mobil", ...) to be reported.
SCORE_NATIONAL_BARE_SHORT = 0.3
_BARE_SHORT_DIGITS = 8
SCORE_TEL_URI_VALID = 0.95
SCORE_TEL_URI_OTHER = 0.6
_FICTION = {"fiction_number": True}


class NationalNumberRecognizer(LogscrubRecognizer):
    """A recognizer of phone numbers, whose national forms (trunk 0) are read in `regions`; the year tells
    a 10-digit personnummer's century, as numbers that are identity numbers are not phone numbers."""

    def __init__(
        self,
        supported_language: str = "en",
        name: str | None = None,
        regions: Sequence[str] = DEFAULT_REGIONS,
        **options: Unpack[PresidioOptions],
    ) -> None:
        super().__init__(supported_language=supported_language, name=name, **options)
        self.regions = tuple(r.upper() for r in regions)
        self._identity_year = datetime.date.today().year


class PhoneNumberRecognizer(NationalNumberRecognizer):
    """Phone numbers: E.164, ``+46 (0)8 …``, ``0046…``, national Swedish and German forms, ``tel:`` URIs.

    Each candidate is validated with phonenumbers (international numbers for any country, national ones
    for the configured regions). A run of numbers with spaces between them is split into the numbers it
    holds. Dates, SDP session fields and Swedish identity numbers are never phone numbers. A number
    reserved for fiction (rules/fiction_numbers.yaml) carries the attribute ``fiction_number``.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Phone number", CANDIDATE_REGEX, SCORE_NATIONAL),
        RePattern("tel: URI", TEL_URI_REGEX, SCORE_TEL_URI_OTHER),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "phone",
        "tel",
        "telefon",
        "mobil",
        "mobile",
        "cell",
        "fax",
        "ring",
        "nummer",
        "number",
        "caller",
        "callee",
        "anropare",
        "msisdn",
        "clid",
        "ani",
        "dnis",
    ]

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if pattern.regex == TEL_URI_REGEX:
            yield self._tel_uri(match)
            return
        numbers = numbers_in(match.group(), self.regions, self._identity_year)  # cached
        offset = match.start()
        if not numbers or in_protocol_identifier(text, offset):
            return
        for start, end, score, fiction in numbers:
            yield Detection(offset + start, offset + end, score, _FICTION if fiction else None)

    def _tel_uri(self, match: re.Match[str]) -> Detection:
        number = _VISUAL_SEPARATORS.sub("", match["number"].split(";", 1)[0])
        valid = number.startswith("+") and valid_phone_number(number, self.regions)
        score = SCORE_TEL_URI_VALID if valid else SCORE_TEL_URI_OTHER
        fiction = valid and is_fiction_number(number, self.regions)
        return Detection(match.start("number"), match.end("number"), score, _FICTION if fiction else None)


@lru_cache(maxsize=65536)  # logs repeat the same numbers over and over
def numbers_in(
    candidate: str, regions: tuple[str, ...], identity_year: int
) -> tuple[tuple[int, int, float, bool], ...]:
    """The numbers written in `candidate`, left to right, as (start, end, score, fiction).

    Each is the longest valid number at its place, taken together with the digit groups written on to
    it (see `_written_number`): a value is replaced whole or not at all.
    """
    if _DATE_SHAPE.fullmatch(candidate):
        return ()
    stripped = candidate.strip()
    if parse_identity_number(stripped, identity_year) is not None and not reads_as_mobile_number(stripped):
        return ()
    groups = [(g.start(), g.end()) for g in _DIGIT_GROUPS.finditer(candidate)]
    runs = _valid_runs(candidate, groups, regions)
    found = []
    taken = 0  # groups before this belong to a number already
    for k, (i, j, score) in enumerate(runs):
        next_start = runs[k + 1][0] if k + 1 < len(runs) else len(groups)
        written = _written_number(candidate, groups, i, j, taken, next_start, identity_year)
        if written is None:
            taken = j
            continue
        i, j = written
        taken = j
        # "(" belongs to the number only when its ")" does ("(08) 12 34 56", not "(070-…)")
        end = groups[j - 1][1]
        start = groups[i][0] if i else (1 if candidate[0] == "(" and ")" not in candidate[:end] else 0)
        number = _dialled(candidate, groups[i:j], candidate.startswith("+") and i == 0)
        found.append((start, end, score, is_fiction_number(number, regions)))
    return tuple(found)


def _valid_runs(
    candidate: str, groups: list[tuple[int, int]], regions: tuple[str, ...]
) -> list[tuple[int, int, float]]:
    """The longest valid numbers, left to right, as (first group, end group, score)."""
    runs = []
    i = 0
    while i < len(groups):
        international = candidate.startswith("+") and i == 0
        if not international and candidate[groups[i][0]] != "0":
            i += 1
            continue
        for j in range(min(len(groups), i + _MAX_GROUPS), i, -1):
            number = _dialled(candidate, groups[i:j], international)
            if _MIN_DIGITS <= len(number.lstrip("+")) <= _MAX_DIGITS and valid_phone_number(number, regions):
                runs.append((i, j, _score(number, single_group=j == i + 1)))
                i = j
                break
        else:
            i += 1
    return runs


def _score(number: str, single_group: bool) -> float:
    if number.startswith(("+", "00")):
        return SCORE_INTERNATIONAL
    if single_group and len(number) <= _BARE_SHORT_DIGITS:
        return SCORE_NATIONAL_BARE_SHORT
    return SCORE_NATIONAL


def _written_number(
    candidate: str,
    groups: list[tuple[int, int]],
    i: int,
    j: int,
    previous_end: int,
    next_start: int,
    identity_year: int,
) -> tuple[int, int] | None:
    """The groups of the number written around the valid number `groups[i:j]`, or None when that
    number cannot be told from what is written on to it.

    A valid number is often the start of a longer one: "020 7123" of the London number
    "020 7123 4567" (a national form of a region not configured), "+46 70 174 06 12" of
    "+46 70 174 06 12 34". Groups written on to it, up to the next valid number, belong to it: the
    whole is the number if it can be one (at most 15 digits) and nothing is when it cannot, so that no
    group of a number is ever left beside its redaction.
    """
    grouped = any(
        candidate[a:b] in _IN_NUMBER_GAPS
        for (_, a), (b, _) in zip(groups[i:j], groups[i + 1 : j], strict=False)
    )
    while (
        j < next_start
        and _written_on(candidate, groups[j - 1][1], groups[j][0], grouped)
        and not _identity_number_at(candidate, groups[j][0], identity_year)
    ):
        j += 1
    while i > previous_end and _written_on(candidate, groups[i - 1][1], groups[i][0], grouped, before=True):
        i -= 1
    digits = sum(end - start for start, end in groups[i:j])
    return (i, j) if digits <= _MAX_DIGITS else None


def _identity_number_at(candidate: str, start: int, identity_year: int) -> bool:
    shape = _IDENTITY_NUMBER_SHAPE.match(candidate, start)
    return shape is not None and parse_identity_number(shape.group(), identity_year) is not None


def _written_on(candidate: str, end: int, start: int, grouped: bool, before: bool = False) -> bool:
    """Whether the group at `start` is written on to the group ending at `end` as part of one number.

    A dash always joins; a blank, a slash or a parenthesis joins the groups of a number written in
    groups. A group that could start a number of its own ("0…") after a blank, or a date, starts
    something else ("070-174 06 12 070-174 06 13", "+46 70 174 06 12 2024-03-12").
    """
    gap = candidate[end:start]
    if gap == "-":
        return True
    if not (grouped and gap in _IN_NUMBER_GAPS):
        return False
    return before or not (candidate[start] == "0" or _DATE_SHAPE.match(candidate, start))


def _dialled(candidate: str, groups: list[tuple[int, int]], international: bool) -> str:
    """The digits of `groups`; a "(0)" trunk prefix written after a country code is left out."""
    parts = []
    for k, (s, e) in enumerate(groups):
        if international and k > 0 and candidate[s - 1 : e + 1] == "(0)":
            continue
        parts.append(candidate[s:e])
    return ("+" if international else "") + "".join(parts)


@lru_cache(maxsize=65536)
def valid_phone_number(number: str, regions: tuple[str, ...]) -> bool:
    """Whether `number` ("+4670…", "0046…" or national "070…") is a valid number for phonenumbers.

    Where parsing could do no more than split off the country code or the trunk prefix "0" (Sweden,
    Germany and most of Europe), the number is built from its digits directly: about 3x faster than
    ``phonenumbers.parse`` on a cold cache. Anything else is parsed.
    """
    if number.startswith("00"):
        number = "+" + number[2:]
    if number.startswith("+"):
        digits = number[1:]
        for length in (1, 2, 3):  # country calling codes are prefix-free
            code = int(digits[:length])
            regions_of_code = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
            if regions_of_code:
                national = digits[length:]
                if _plain_trunk_prefix(regions_of_code[0]) and not national.startswith("0"):
                    return _valid(code, national)
                return _parsed_valid(number, None)
        return False
    for region in regions:
        if _plain_trunk_prefix(region) and number.startswith("0") and not number.startswith("00"):
            if _valid(phonenumbers.country_code_for_region(region), number[1:]):
                return True
        elif _parsed_valid(number, region):
            return True
    return False


@lru_cache(maxsize=512)
def _plain_trunk_prefix(region: str) -> bool:
    """Whether the region's numbers are written nationally as "0" + national number, and nothing else."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.national_prefix != "0":
        return False
    return metadata.national_prefix_for_parsing in (None, "0") and not metadata.national_prefix_transform_rule


def _valid(country_code: int, national: str) -> bool:
    if not national.isdigit():
        return False
    candidate = phonenumbers.PhoneNumber(country_code=country_code, national_number=int(national))
    return bool(phonenumbers.is_valid_number(candidate))


def _parsed_valid(number: str, region: str | None) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, region)))
    except phonenumbers.NumberParseException:
        return False
