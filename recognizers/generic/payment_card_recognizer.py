"""CREDIT_CARD: payment card numbers (Presidio's pattern and Luhn check, written for speed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern
from stdnum import luhn

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.protocol_fields import in_protocol_identifier
from logscrub.recognizers.helpers.work_identifiers import after_id_key, after_work_identifier_label

# Presidio's card prefixes (4, 5[0-5], 6, 1, 3), but not a 13-, 16- or 19-digit run starting with 1
# (epoch times in milli-, micro- and nanoseconds; Presidio excludes the first), in the layouts
# cards are written in: 13-19 digits in one run, groups of four with one kind of separator, or the
# 4-6-5 / 4-6-4 layout of Amex and Diners. Presidio's own pattern also takes groups of three, which
# in logs matches an epoch time and a year ("1131566472 2005"). Not the fraction of a decimal number
# ("11.974559999999997", a longitude printed in full). The pattern starts with a character
# class rather than "\b", so that Python's regex engine can skip ahead to candidate digits.
CARD_REGEX = (
    r"[13456](?<![\w+][13456])(?<![0-9]\.[13456])(?!(?<=1)(?:\d{12}|\d{15}|\d{18})(?!\d))(?:(?<=5)[0-5]\d\d|(?<=[1346])\d{3})"
    r"(?:\d{9,15}|([- ])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|(?<=3\d{3})([- ])\d{6}\2\d{4,5})(?![\w+])"
)


class PaymentCardRecognizer(LogscrubRecognizer):
    """Payment card numbers with a valid Luhn check digit."""

    ENTITY = "CREDIT_CARD"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Payment card number", CARD_REGEX, 0.3)]
    CONTEXT: ClassVar[list[str]] = [
        "credit",
        "card",
        "kort",
        "kreditkarte",
        "visa",
        "mastercard",
        "amex",
        "maestro",
    ]

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        start = match.start()
        # SDP session ids, Call-IDs, tags; thread, job, request and record ids
        if not (
            in_protocol_identifier(text, start)
            or after_work_identifier_label(text, start)
            or after_id_key(text, start)
        ):
            yield from super().detections(text, match, pattern)

    def validate_result(self, pattern_text: str) -> bool:
        return luhn.is_valid(pattern_text.replace("-", "").replace(" ", ""))
