"""PHONE_NUMBER: a phone number written as a part of a message id or a SIP Call-ID
(``Call-ID: +46701740642-1733561234@pbx.example.se``, ``Message-ID: <0701740605.4711@mail.example.se>``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, RePattern
from logscrub.recognizers.generic.phone_number_recognizer import (
    SCORE_NATIONAL,
    NationalNumberRecognizer,
    numbers_in,
)
from logscrub.recognizers.helpers.mail_identifiers import ID_REGEX, id_left_side, id_matches

# The parts of an id's left side that can be a phone number: runs of 7 digits or more, "+" first, between
# ".", "-", "_" or its ends ("=" ends Exim's id= key).
_NUMBER_PART = re.compile(r"(?<![^.\-_=])\+?\d{7,}(?![^.\-_])")
_SEVEN_DIGITS = re.compile(r"\d{7}")
_FICTION = {"fiction_number": True}


class IdentifierPhoneNumberRecognizer(NationalNumberRecognizer):
    """A phone number that is a whole part of the left side of a message id or a SIP Call-ID (see
    ``mail_identifiers``): ``0701740605`` of ``<0701740605.4711@mail.example.se>``, ``+46701740642`` of
    ``Call-ID: +46701740642-1733561234@pbx.example.se``.

    ``PhoneNumberRecognizer`` takes neither: it reads a number written on to ``.4711`` as a decimal
    fraction, and none in a Call-ID. A part between ``.``, ``-`` and ``_`` that is a valid number from end
    to end (validated as ``PhoneNumberRecognizer`` does; identity numbers and dates are none) is one. In a
    Call-ID only a number written with its country code (``+46…``) is: a Call-ID's digits are random
    (``Call-ID: 0701740612@192.0.2.1`` is no one's number), and no generator writes a "+". The rest of
    the id is kept, so that a redacted copy still follows the call or the message.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Phone number in an id", ID_REGEX, SCORE_NATIONAL)]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("@",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        return id_matches(text, self._compiled[index])

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if not _SEVEN_DIGITS.search(match.group(), 0, match.group().index("@")):
            return  # (fast) most ids hold no number; their places need not be looked at
        left_side = id_left_side(text, match.start())
        if left_side is None:
            return
        start, at, call_id = left_side
        for part in _NUMBER_PART.finditer(text[start:at]):
            number = part.group()
            found = None if call_id and not number.startswith("+") else self._whole_number(number)
            if found is not None:
                score, fiction = found
                yield Detection(
                    start + part.start(), start + part.end(), score, _FICTION if fiction else None
                )

    def _whole_number(self, part: str) -> tuple[float, bool] | None:
        """(score, fiction) when `part` is one valid phone number from end to end."""
        numbers = numbers_in(part, self.regions, self._identity_year)
        if len(numbers) != 1:
            return None
        begin, end, score, fiction = numbers[0]
        return (score, fiction) if (begin, end) == (0, len(part)) else None
