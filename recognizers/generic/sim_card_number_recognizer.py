"""ICCID: the serial number of a SIM card (Integrated Circuit Card Identifier, ITU-T E.118)."""

from __future__ import annotations

from typing import ClassVar

from stdnum import luhn

from logscrub.recognizers.helpers.mobile_identity import MobileIdentityRecognizer

# 19 or 20 digits: "89" (telecommunications), the country's calling code, the issuer, the card's number and
# a Luhn check digit. A number whose check digit does not hold needs a word such as "ICCID" before it.
SCORE_CHECKED = 0.6
SCORE_UNCHECKED = 0.3


class SimCardNumberRecognizer(MobileIdentityRecognizer):
    """ICCIDs: 19-20 digits in one run, starting with 89."""

    ENTITY = "ICCID"
    CONTEXT: ClassVar[list[str]] = ["iccid", "sim", "uicc"]

    def score(self, digits: str, dashed: bool) -> float | None:
        if dashed or len(digits) not in (19, 20) or not digits.startswith("89"):
            return None
        return SCORE_CHECKED if luhn.is_valid(digits) else SCORE_UNCHECKED
