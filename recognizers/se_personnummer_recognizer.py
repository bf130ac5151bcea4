"""SE_PERSONNUMMER: Swedish personal identity numbers (personnummer)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer
from logscrub.recognizers.protocol_fields import in_protocol_identifier
from logscrub.recognizers.swedish_identity import (
    IDENTITY_CONTEXT,
    IDENTITY_NUMBER_REGEX,
    IdentityKind,
    form_score,
    is_timestamp,
    parse_identity_number,
)


class SwedishPersonnummerRecognizer(LogscrubRecognizer):
    """Personnummer in every written form, validated by calendar date and Luhn check digit.

    Skatteverket's published test numbers are still found, with the attribute ``test_number``.
    """

    ENTITY = IdentityKind.PERSONNUMMER.value
    KIND: ClassVar[IdentityKind] = IdentityKind.PERSONNUMMER
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("Swedish identity number", IDENTITY_NUMBER_REGEX, 0.5)]
    CONTEXT: ClassVar[list[str]] = IDENTITY_CONTEXT

    def __init__(
        self,
        supported_language: str = "en",
        name: str | None = None,
        reference_year: int | None = None,
    ) -> None:
        super().__init__(supported_language=supported_language, name=name)
        # The century of a 10-digit number depends on today's year; fixed per run.
        self.reference_year = reference_year or datetime.date.today().year

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if in_protocol_identifier(text, match.start()) or _inside_identifier(text, match.start()):
            return
        candidate = match.group()
        number = parse_identity_number(candidate, self.reference_year)
        if number is None or number.kind is not self.KIND:
            return
        if is_timestamp(text, match.start(), candidate, self.reference_year):
            return
        attributes = {"test_number": True} if number.test_number else None
        yield Detection(match.start(), match.end(), form_score(candidate), attributes)


_IDENTIFIER_REACH = 16


def _inside_identifier(text: str, start: int) -> bool:
    """Whether the digits at `start` end an alphanumeric identifier ("z9hG4bK0402673586", "0x7f85…", the
    last group of a UUID "…-4737-da8803200016").

    A word glued to the number ("id199003052397") is allowed; a token that already had digits is not,
    nor hex letters after a dash.
    """
    if start == 0 or not text[start - 1].isalpha():
        return False
    token_start = start - 1
    limit = max(0, start - _IDENTIFIER_REACH)
    while token_start > limit and text[token_start - 1].isalnum():
        token_start -= 1
    token = text[token_start:start]
    if any(ch.isdigit() for ch in token):
        return True
    return token_start > 0 and text[token_start - 1] == "-" and all(ch in "abcdefABCDEF" for ch in token)
