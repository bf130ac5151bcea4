"""SE_PERSONNUMMER: Swedish personal identity numbers (personnummer)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, PresidioOptions, RePattern
from logscrub.recognizers.helpers.protocol_fields import in_protocol_identifier, inside_identifier
from logscrub.recognizers.helpers.swedish_identity import (
    IDENTITY_CONTEXT,
    IDENTITY_NUMBER_REGEX,
    IdentityKind,
    form_score,
    is_timestamp,
    parse_identity_number,
)

if TYPE_CHECKING:
    from typing import Unpack


class SwedishPersonnummerRecognizer(LogscrubRecognizer):
    """Personnummer in every written form, validated by calendar date and Luhn check digit.

    Skatteverket's published test numbers are still found, with the attribute ``test_number``.
    """

    ENTITY = IdentityKind.PERSONNUMMER.value
    KIND: ClassVar[IdentityKind] = IdentityKind.PERSONNUMMER
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Swedish identity number", IDENTITY_NUMBER_REGEX, 0.5)]
    CONTEXT: ClassVar[list[str]] = IDENTITY_CONTEXT

    def __init__(
        self,
        supported_language: str = "en",
        name: str | None = None,
        reference_year: int | None = None,
        **options: Unpack[PresidioOptions],
    ) -> None:
        super().__init__(supported_language=supported_language, name=name, **options)
        # The century of a 10-digit number depends on today's year; fixed per run.
        self.reference_year = reference_year or datetime.date.today().year

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        # The cached parse rejects most candidates; the look-arounds in the text run only for valid ones.
        candidate = match.group()
        number = parse_identity_number(candidate, self.reference_year)
        if number is None or number.kind is not self.KIND:
            return
        start = match.start()
        if in_protocol_identifier(text, start) or inside_identifier(text, start):
            return
        if is_timestamp(text, start, candidate, self.reference_year):
            return
        attributes = {"test_number": True} if number.test_number else None
        yield Detection(match.start(), match.end(), form_score(candidate), attributes)

    def rejection_reason(self, text: str, match: re.Match[str], pattern: Pattern) -> str:
        candidate, start = match.group(), match.start()
        number = parse_identity_number(candidate, self.reference_year)
        if number is None:
            return "no valid identity number: its Luhn check digit, date or separator does not hold"
        if number.kind is not self.KIND:
            return f"a valid {number.kind.value}, found by that entity's recognizer"
        if in_protocol_identifier(text, start) or inside_identifier(text, start):
            return "part of a protocol identifier (a Call-ID, tag, branch, hex or UUID identifier)"
        return "reads as a timestamp (a date and time of day, or a Unix time after a word for time)"
