"""PHONE_NUMBER: numbers that a key or a word announces (``from=4940123456``, ``Rufnummer 4989…``,
``"callerid": 46701740612``, a ``phone`` column, ``Kort nr (internt): 174 06 59``), the number of a caller
ID (``"Anna Berg" <4670…>``), the cells of digits in rows of call records (Asterisk, FreeSWITCH and 3CX
CDRs of any layout), and the parties a file name of telephony software is named after (gammu-smsd's
message files, call recordings).

Without a "+" or "00", a run of digits in a log is a counter, an id or an epoch time, so the general
PhoneNumberRecognizer leaves it alone. Where a field or a word says a phone number follows
(rules/phone_number_keys.yaml), a number written with its country code but no prefix, a local number, or
one that libphonenumber calls possible but not valid is a phone number too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import ClassVar

import phonenumbers
from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, RePattern
from logscrub.recognizers.generic.phone_number_recognizer import NationalNumberRecognizer, valid_phone_number
from logscrub.recognizers.helpers.fiction_numbers import is_fiction_number
from logscrub.recognizers.helpers.key_fields import (
    KEY_PREFIX_REGEX,
    KEY_START_REGEX,
    SEPARATOR_REGEX,
    anchor_scanners,
    anchored_matches,
    is_misplaced_xml,
    key_alternation,
)
from logscrub.recognizers.helpers.protocol_fields import in_protocol_identifier
from logscrub.recognizers.helpers.swedish_identity import parse_identity_number
from logscrub.rules import rule_data

PHONE_NUMBER_KEYS_FILE = "phone_number_keys.yaml"


@dataclass(frozen=True)
class AnnouncingKeys:
    """The keys and words of rules/phone_number_keys.yaml."""

    suffixes: tuple[str, ...]
    anchors: tuple[str, ...]
    field_anchors: tuple[str, ...]  # anchors of groups that have fields only
    words: tuple[str, ...]  # announce a number also with only blanks between
    compounds: tuple[str, ...]  # words that may also end a compound word
    extension_words: tuple[str, ...]  # words that announce internal short numbers too
    extension_compounds: tuple[str, ...]
    fields: tuple[str, ...]  # announce a number only as a field's key
    call_record_rows: tuple[re.Pattern[str], ...]  # each finds a cell only rows of call records hold


def _lowered(group: dict[str, object], kind: str) -> list[str]:
    values = group.get(kind, ())
    return [str(value).lower() for value in values] if isinstance(values, list) else []


@lru_cache(maxsize=1)
def announcing_keys() -> AnnouncingKeys:
    data = rule_data(PHONE_NUMBER_KEYS_FILE)
    anchors, field_anchors, fields = [], [], []
    words: dict[bool, list[str]] = {False: [], True: []}  # by whether they announce extensions
    compounds: dict[bool, list[str]] = {False: [], True: []}
    for group in data["groups"]:
        anchor = str(group["anchor"]).lower()
        keys = [*_lowered(group, "words"), *_lowered(group, "compounds"), *_lowered(group, "fields")]
        if not keys or any(anchor not in key for key in keys):
            raise ValueError(f"{PHONE_NUMBER_KEYS_FILE}: every key of group {anchor!r} must contain it")
        anchors.append(anchor)
        if not group.get("words"):
            field_anchors.append(anchor)
        extension = bool(group.get("extension", False))
        words[extension] += _lowered(group, "words")
        compounds[extension] += _lowered(group, "compounds")
        fields += _lowered(group, "fields")
    suffixes = tuple(str(s).lower() for s in data["suffixes"])
    rows = tuple(re.compile(row, re.MULTILINE) for row in data["call_record_rows"])
    return AnnouncingKeys(
        suffixes,
        tuple(anchors),
        tuple(field_anchors),
        tuple(words[False]),
        tuple(compounds[False]),
        tuple(words[True]),
        tuple(compounds[True]),
        tuple(fields),
        rows,
    )


def _word_regex(words: tuple[str, ...], compounds: tuple[str, ...]) -> str:
    """`words`, and `compounds` also after letters written on to them ("Rückrufnummer")."""
    alternation: str = key_alternation(words)
    if not compounds:
        return alternation
    return rf"[^\W\d_]*(?:{key_alternation(compounds)})|{alternation}"


def _key_regex(keys: AnnouncingKeys) -> str:
    """A key with its namespace and suffix; it may be abbreviated with a dot ("Tel.", "Tel.-Nr.")."""
    suffix = rf"(?:[_\-.( ]{{0,2}}(?:{key_alternation(keys.suffixes)})\)?)?"
    extension = _word_regex(keys.extension_words, keys.extension_compounds)
    words = _word_regex(keys.words, keys.compounds)
    return (
        KEY_START_REGEX
        + rf"(?i:(?P<key>{KEY_PREFIX_REGEX}"
        + rf"(?:(?P<word>(?P<extension>{extension})|{words})|{key_alternation(keys.fields)}){suffix})\.?)"
    )


class Reach(IntEnum):
    """What a key announces besides a number written with its prefix or country code."""

    FIELD = 0  # nothing more: from/to/src/dst also hold ports, counters and ids
    QUALIFIED_WORD = 1  # a valid number only, also without its trunk 0 ("Mobil laut Kundin: 30 23125 434")
    WORD = 2  # that, or a local number without its area code ("Rückrufnummer: 23125433")
    EXTENSION = 3  # that, or an internal short number ("Durchwahl 12", "Kort nr: 174 06 59")


# The value: digits, in groups with single blanks or dashes, or in one run; whole or not at all (never
# the start of a longer run, an address "10.0.0.1", a time "10:00", a "user@host" or a path).
_NUMBER_REGEX = r"(?P<number>\+?(?:\d{1,4}(?:[ \-]\d{1,8}){1,6}|\d{2,15}))(?![\w.:@/]|[ \-]\d)"
_OPENING = r"""\\?["'\[]?"""
# Up to three words that qualify a key word before its colon ("Mobil laut Kundin:", "Kort nr (internt):",
# "Telefon tagsüber:"): letters only, on the key's line.
_QUALIFIER_REGEX = r"(?P<qualifier>(?:[ \t]+\(?[^\W\d_]+(?:-[^\W\d_]+)*\)?){1,3})[ \t]*:[ \t]*"
_KEYS = announcing_keys()
FIELD_REGEX = (
    _key_regex(_KEYS)
    + rf"(?:{SEPARATOR_REGEX}|(?P<blank>[ \t]+)|{_QUALIFIER_REGEX}){_OPENING}"
    + _NUMBER_REGEX
)
# Asterisk's and SIP's caller ID, "name" <number>: the number, and a name that is itself a number. The
# quote before " <" closes the name (doubled in a CSV cell: ""Anna Berg"" <…>).
CALLER_ID_REGEX = (
    r'"(?:[ ]?<(?P<number>\+?\d{7,15})>'
    r'|(?P<name_number>\+?\d{7,15})(?="{1,2}[ ]?<))'
)
# A cell of a CSV row that is a run of digits, quoted or not; a row of a call record makes it a number
# (see call_record_rows in rules/phone_number_keys.yaml). A 3CX chain separates its elements with ";".
_CELL_REGEX = r'(?P<quote>"?)(?P<cell>\+?\d{7,15})(?P=quote)(?=[,;]|\r?$)'
CALL_RECORD_CELL_REGEX = rf"(?m)[,;: ]{_CELL_REGEX}"
FIRST_CALL_RECORD_CELL_REGEX = rf"(?m)^{_CELL_REGEX}"
# The scans for anchors skip, by themselves, every hit that no number follows within a key's reach (most
# "to", "from" and "call" in a log): a key's rest, a separator, an opening quote or bracket, a digit.
_KEY_REST = r"[\w\-.() ]{{0,40}}\)?\\?[\"']?"
_NUMBER_AHEAD = r"[ \t]*\\?[\"'\[]?\+?\d"
_SCANNERS = anchor_scanners(
    [a for a in _KEYS.anchors if a not in _KEYS.field_anchors],
    rf"(?={_KEY_REST}(?:[ \t]*[:=]|>|[ \t]){_NUMBER_AHEAD})",
) + anchor_scanners(_KEYS.field_anchors, rf"(?={_KEY_REST}(?:[ \t]*[:=]|>){_NUMBER_AHEAD})")
_ROW_REACH = 4096  # a row of a call record is shorter than this

# File names that telephony software makes from a party's number; "_" and "-" join the parts, so the
# general recognizer sees one word. A party may also be an extension or a name ("1001", "anonymous").
# A file name starts a token (not after a letter, digit, "_", ".", "-" or "+"): see _file_name_matches.
_FILE_NAME_START = r"(?<![\w.\-+])"
_FILE_NAME_CHARACTERS = re.compile(r"[\w.\-+]")
_FILE_NAME_REACH = 160  # characters before the extension
_PARTY = r"\+?\w+?"
_GAMMU_EXTENSION = r"\.(?:txt|bin|smsbackup)\b"
_RECORDING_EXTENSION = r"\.(?:wav|WAV|yswav|gsm|mp3|ogg)\b"
# gammu-smsd's FILES backend: IN<date>_<time>_<serial>_<sender>_<sequence>.<ext>,
# OUT<priority><date>_<time>_<serial>_<recipient>_<note>.<ext> and OUT<priority>_<recipient>_<serial>.<ext>
# (https://manpages.ubuntu.com/manpages/oracular/man7/gammu-smsd-files.7.html)
GAMMU_FILE_REGEX = (
    rf"{_FILE_NAME_START}(?:IN|OUT[A-Z]?)"
    rf"(?:(?:19|20)\d{{6}}_\d{{6}}_\d{{2}}_(?P<party>{_PARTY})_\w*|_(?P<recipient>{_PARTY})_\d+)"
    + _GAMMU_EXTENSION
)
# Call recordings: Yeastar's <YYYYMMDDHHMMSS>-<from>-<to>.wav (the recordfile of its CDR,
# https://help.yeastar.com/en/cloudpbx/topic/cdr-database.html) and
# <YYYYMMDDHHMMSS>-<uniqueid>-<from>-<to>-<type>.yswav (its CDR report,
# https://help.yeastar.com/en/cloudpbx-developer/api/api_cdr.html), and the MixMonitor files of FreePBX
# and Issabel, <kind>-<to>-<from>-<YYYYMMDD>-<HHMMSS>-<uniqueid>.wav (kind: out, in, exten, q, rg,
# force, …; https://pastebin.com/PSzndQW3,
# https://diditho.com/2025/04/23/understanding-issabel-asterisk-call-recording-file-format)
_UNIQUEID = r"\d{9,10}\.\d+"
RECORDING_FILE_REGEX = (
    rf"{_FILE_NAME_START}(?:(?:19|20)\d{{12}}(?:-{_UNIQUEID})?-(?P<caller>{_PARTY})-(?P<callee>{_PARTY})"
    r"(?:-(?:Inbound|Outbound|Internal))?"
    rf"|[a-z]+-(?P<to>{_PARTY})-(?P<from>{_PARTY})-(?:19|20)\d{{6}}-\d{{6}}-{_UNIQUEID})"
    + _RECORDING_EXTENSION
)
_FILE_NAME_ENDS = {
    GAMMU_FILE_REGEX: re.compile(_GAMMU_EXTENSION),
    RECORDING_FILE_REGEX: re.compile(_RECORDING_EXTENSION),
}

_MIN_DIGITS = 7
_MAX_DIGITS = 15
_LOCAL_DIGITS = 8  # at most, a subscriber number without its area code
_EXTENSION_MIN_DIGITS = 2  # an internal short number ("Durchwahl 12")
# Dates and times as digits ("20240312", "2024-03-12", "20240312100001") and epoch seconds or
# milliseconds of this century ("1710237601", "1710237601123").
_DATE_OR_EPOCH = re.compile(
    r"(?:19|20)\d\d[ \-]?(?:0[1-9]|1[0-2])[ \-]?(?:0[1-9]|[12]\d|3[01])(?:[ \-]?\d{2,6})?"
    r"|1\d{9}(?:\d{3})?"
)

SCORE_VALID = 0.85
SCORE_POSSIBLE = 0.6
SCORE_WITHOUT_TRUNK = 0.6
SCORE_LOCAL = 0.5
_FICTION = {"fiction_number": True}


# What call_record_rows look for: a quoted row, a disposition, 3CX's reason-terminated.
_CALL_RECORD_LITERALS = ('","', "answered", "no answer", "busy", "failed", "congestion", "terminatedby")


class AnnouncedPhoneNumberRecognizer(NationalNumberRecognizer):
    """Phone numbers that a key or a word announces, caller ID numbers (``"name" <number>``), cells
    of digits in rows of call records (told by a cell only such rows hold, rules/phone_number_keys.yaml)
    and the parties of gammu-smsd message files and call recordings named after them.

    The value is a run of 7 to 15 digits (an optional "+", single blanks or dashes between groups):
    with "+" or "00" it needs to be a possible number; with a trunk "0", a possible national number of
    a configured region; without a prefix, a possible number with its country code in front
    (46701740612) or, after a word such as "Tel" or "Rufnummer", a national number without its trunk 0
    ("30 23125 434") or a local number of up to 8 digits; after a word for an extension ("Durchwahl",
    "anknytning"), an internal short number of 2 digits or more. Between a word and its colon may stand
    up to three words of qualifier ("Mobil laut Kundin:"); the number must then be valid. Dates, epoch
    times, identity numbers, IP addresses and ports (too few digits) are not. A valid number scores
    higher than one libphonenumber calls possible only.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Announced phone number", FIELD_REGEX, SCORE_POSSIBLE),
        RePattern("Caller ID number", CALLER_ID_REGEX, SCORE_POSSIBLE),
        RePattern("Call record cell", CALL_RECORD_CELL_REGEX, SCORE_POSSIBLE),
        RePattern("Call record first cell", FIRST_CALL_RECORD_CELL_REGEX, SCORE_POSSIBLE),
        RePattern("gammu-smsd message file", GAMMU_FILE_REGEX, SCORE_POSSIBLE),
        RePattern("Call recording file", RECORDING_FILE_REGEX, SCORE_POSSIBLE),
    ]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "Announced phone number": _KEYS.anchors,
        "Caller ID number": ("<",),
        "Call record cell": _CALL_RECORD_LITERALS,
        "Call record first cell": _CALL_RECORD_LITERALS,
        "gammu-smsd message file": (".txt", ".bin", ".smsbackup"),
        "Call recording file": (".wav", ".yswav", ".gsm", ".mp3", ".ogg"),
    }

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        regex = self.patterns[index].regex
        if regex == FIELD_REGEX:
            return anchored_matches(self._compiled[index], text, _SCANNERS)
        if regex in (CALL_RECORD_CELL_REGEX, FIRST_CALL_RECORD_CELL_REGEX):
            return _cells_of_call_records(self._compiled[index], text)
        if regex in _FILE_NAME_ENDS:
            return _file_name_matches(self._compiled[index], text, _FILE_NAME_ENDS[regex])
        return self._compiled[index].finditer(text)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if pattern.regex in (CALL_RECORD_CELL_REGEX, FIRST_CALL_RECORD_CELL_REGEX):
            yield from self._call_record_cell(text, match)
            return
        if pattern.regex in (GAMMU_FILE_REGEX, RECORDING_FILE_REGEX):
            yield from self._file_name_parties(match)
            return
        group = "number" if match["number"] is not None else "name_number"
        reach = Reach.FIELD
        if pattern.regex == FIELD_REGEX:
            if is_misplaced_xml(text, match):
                return
            if match["word"] is None and (match["blank"] is not None or match["qualifier"] is not None):
                return  # "from 10 …" in prose; only words announce a number across a blank or qualifier
            if in_protocol_identifier(text, match.start(group)):
                return
            reach = _reach(match)
        judged = self._judged(match[group], reach)
        if judged is None and pattern.regex == CALLER_ID_REGEX and group == "number":
            # the number of a caller ID is the caller's, in whatever form the network gave it
            # ("<89161234567>", a Russian national number with trunk prefix 8)
            judged = (SCORE_POSSIBLE, False)
        if judged is not None:
            score, fiction = judged
            yield Detection(match.start(group), match.end(group), score, _FICTION if fiction else None)

    def _call_record_cell(self, text: str, match: re.Match[str]) -> Iterator[Detection]:
        start, end = match.span("cell")
        row_start = text.rfind("\n", max(0, start - _ROW_REACH), start) + 1
        row_end = text.find("\n", end, end + _ROW_REACH)
        row_end = len(text) if row_end < 0 else row_end
        if not any(row.search(text, row_start, row_end) for row in _KEYS.call_record_rows):
            return
        judged = self._judged(match["cell"], Reach.FIELD)
        if judged is not None:
            score, fiction = judged
            yield Detection(start, end, score, _FICTION if fiction else None)

    def _file_name_parties(self, match: re.Match[str]) -> Iterator[Detection]:
        """The parties of a file name that are phone numbers. Their place names them a call's or a
        message's party, so digits that also read as an identity number (0701740623) are a number."""
        for group, party in match.groupdict().items():
            if party is None or not party.lstrip("+").isdigit():
                continue
            judged = self._judged(party, Reach.FIELD, identity_possible=False)
            if judged is not None:
                score, fiction = judged
                yield Detection(match.start(group), match.end(group), score, _FICTION if fiction else None)

    def _judged(self, value: str, reach: Reach, identity_possible: bool = True) -> tuple[float, bool] | None:
        """(score, fiction) of `value` as a phone number, or None when it is none."""
        digits = re.sub(r"[ \-]", "", value)
        fewest = _EXTENSION_MIN_DIGITS if reach is Reach.EXTENSION else _MIN_DIGITS
        if not fewest <= len(digits.lstrip("+")) <= _MAX_DIGITS or _DATE_OR_EPOCH.fullmatch(digits):
            return None
        if identity_possible and parse_identity_number(value, self._identity_year) is not None:
            return None
        return judged_number(digits, self.regions, reach)


def _reach(match: re.Match[str]) -> Reach:
    """What the key of a FIELD_REGEX match announces."""
    if match["extension"] is not None:
        return Reach.EXTENSION
    if match["word"] is None:
        return Reach.FIELD
    return Reach.QUALIFIED_WORD if match["qualifier"] is not None else Reach.WORD


def _cells_of_call_records(compiled: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of a cell pattern in the rows of call records in `text`: the rows are found first
    (each by a literal the regex engine skips to), so that a text without call records costs a scan."""
    rows: set[tuple[int, int]] = set()
    for row in _KEYS.call_record_rows:
        for hit in row.finditer(text):
            end = text.find("\n", hit.end())
            rows.add((text.rfind("\n", 0, hit.start()) + 1, len(text) if end < 0 else end))
    for start, end in sorted(rows):
        yield from compiled.finditer(text, start, end)


def _file_name_matches(
    compiled: re.Pattern[str], text: str, extension: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of a file name pattern, which starts a token and ends in an `extension`: the regex
    engine skips to each extension, and the pattern is tried only at the start of the token before it,
    the only place where it can start (a leading look-behind would make the engine try every position)."""
    searched_up_to = 0
    for hit in extension.finditer(text):
        start = hit.start()
        if start < searched_up_to:
            continue
        reach = max(searched_up_to, start - _FILE_NAME_REACH)
        while start > reach and _FILE_NAME_CHARACTERS.match(text, start - 1):
            start -= 1
        match = compiled.match(text, start)
        if match:
            searched_up_to = match.end()
            yield match


@lru_cache(maxsize=65536)  # call records repeat the same numbers over and over
def judged_number(digits: str, regions: tuple[str, ...], reach: Reach) -> tuple[float, bool] | None:
    """(score, fiction) of an announced run of digits ("+4930…", "004930…", "030…", "4930…", "2312500",
    "3023125434") as a phone number, or None when it cannot be one."""
    national = digits.startswith("0") and not digits.startswith("00")
    number = digits if national else "+" + (digits[2:] if digits.startswith("00") else digits.lstrip("+"))
    if valid_phone_number(number, regions):  # the fast check first: most announced numbers are valid
        return SCORE_VALID, is_fiction_number(number, regions)
    # after a qualifier ("Mobile app version: …") the key is further away: a number must be valid
    possible_regions = () if reach is Reach.QUALIFIED_WORD else regions if national else (None,)
    if any(_possible(number, region) for region in possible_regions):
        return SCORE_POSSIBLE, False
    if reach is Reach.FIELD or not digits.isdigit():
        return None
    # written without its trunk 0: area code and subscriber number, longer than a local number
    if not national and len(digits) > _LOCAL_DIGITS and valid_phone_number("0" + digits, regions):
        return SCORE_WITHOUT_TRUNK, is_fiction_number("0" + digits, regions)
    local = reach is Reach.EXTENSION or (reach is Reach.WORD and not national)
    return (SCORE_LOCAL, False) if local and len(digits) <= _LOCAL_DIGITS else None


def _possible(number: str, region: str | None) -> bool:
    """Whether libphonenumber calls `number` possible (of a length its country's numbers have)."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(
        phonenumbers.is_possible_number_with_reason(parsed) == phonenumbers.ValidationResult.IS_POSSIBLE
    )
