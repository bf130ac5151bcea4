"""IMEI: the identity of a mobile phone or modem (International Mobile Equipment Identity), and IMEISV."""

from __future__ import annotations

from typing import ClassVar

from stdnum import imei

from logscrub.recognizers.helpers.mobile_identity import MobileIdentityRecognizer

# The first two digits of the type allocation code name the body that allocated it (GSMA): PTCRB,
# Iridium, DGPT, BABT, NTA, Cetecom, TÜV, Phoenix, TAF, MSAI, GHA. Other prefixes are not IMEIs.
REPORTING_BODIES = frozenset(
    ("01", "10", "30", "33", "35", "44", "45", "49", "50", "51", "52", "53", "54", "86", "91", "98", "99")
)

SCORE_DASHED = 0.7  # TAC, serial number and check digit apart: the way phones display their IMEI
SCORE_BARE = 0.5
SCORE_SOFTWARE_VERSION_DASHED = 0.6  # IMEISV: 14 digits and a two-digit software version, no check digit
# Without a check digit to test (IMEISV in one run, 14 digits, a check digit that does not hold, as with
# the spare digit 0 of 3GPP signalling and of "urn:gsma:imei:35209900-176148-0"), only a word such as
# "IMEI" before it makes it one.
SCORE_UNCHECKED = 0.3
_SPARE_DIGIT = "0"


class MobileEquipmentIdentityRecognizer(MobileIdentityRecognizer):
    """IMEIs: 15 digits with a Luhn check digit and a known reporting body, in one run or dashed; IMEISVs
    (16 digits) dashed, or in one run after a context word; 14 digits after a context word."""

    ENTITY = "IMEI"
    CONTEXT: ClassVar[list[str]] = ["imei", "device", "handset", "equipment"]

    def score(self, digits: str, dashed: bool) -> float | None:
        if digits[:2] not in REPORTING_BODIES:
            return None
        if len(digits) == 15:
            if not imei.is_valid(digits):
                return SCORE_UNCHECKED if not dashed or digits[-1] == _SPARE_DIGIT else None
            return SCORE_DASHED if dashed else SCORE_BARE
        if len(digits) == 16:
            return SCORE_SOFTWARE_VERSION_DASHED if dashed else SCORE_UNCHECKED
        if len(digits) == 14 and not dashed:
            return SCORE_UNCHECKED
        return None
