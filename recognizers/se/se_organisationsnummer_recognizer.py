"""SE_ORGANISATIONSNUMMER: Swedish organisation numbers (organisationsnummer)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern
from stdnum.se import orgnr

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.protocol_fields import in_protocol_identifier, inside_identifier
from logscrub.recognizers.helpers.swedish_identity import IDENTITY_NUMBER_REGEX

SCORE_WITH_DASH = 0.7
SCORE_TWELVE_DIGITS = 0.5
# Ten bare digits pass these checks one time in twelve (TCP sequence numbers, byte counters, ids in
# logs): reported only with a context word such as "orgnr".
SCORE_BARE = 0.3


def is_organisation_number(candidate: str) -> bool:
    """``NNNNNN-NNNN``, ``NNNNNNNNNN`` or the 12-digit ``16NNNNNNNNNN``: the group digit (first) is not 0,
    the third digit is 2 or more (so it is never a personnummer's month), and the Luhn check digit holds."""
    digits = candidate.replace("-", "", 1)
    if not digits.isdigit() or candidate.count("-") > 1 or "-" in candidate[:-5]:
        return False
    if len(digits) == 12:
        if not digits.startswith("16"):
            return False
        digits = digits[2:]
    return len(digits) == 10 and digits[0] != "0" and digits[2] >= "2" and orgnr.is_valid(digits)


class SwedishOrganisationsnummerRecognizer(LogscrubRecognizer):
    """Organisation numbers of Swedish companies, authorities and associations.

    Written like a personnummer, so the pattern is the identity numbers' one (the engine runs it once for
    all three); a third digit of 2 or more keeps the two apart.
    """

    ENTITY = "SE_ORGANISATIONSNUMMER"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Swedish identity number", IDENTITY_NUMBER_REGEX, SCORE_BARE)
    ]
    CONTEXT: ClassVar[list[str]] = [
        "organisationsnummer",
        "orgnr",
        "org.nr",
        "org nr",
        "organisation number",
        "corporate identity",
        "momsreg",
        "vat",
    ]

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        candidate = match.group()
        if not is_organisation_number(candidate):
            return
        if in_protocol_identifier(text, match.start()) or inside_identifier(text, match.start()):
            return
        if "-" in candidate:
            score = SCORE_WITH_DASH
        else:
            score = SCORE_TWELVE_DIGITS if len(candidate) == 12 else SCORE_BARE
        yield Detection(match.start(), match.end(), score)

    def rejection_reason(self, text: str, match: re.Match[str], pattern: Pattern) -> str:
        if not is_organisation_number(match.group()):
            return "no organisation number: its third digit is below 2 or its Luhn check digit does not hold"
        return "part of a protocol identifier (a Call-ID, tag, branch, hex or UUID identifier)"
