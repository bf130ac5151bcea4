"""IMSI: the identity of a mobile subscription (International Mobile Subscriber Identity)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection
from logscrub.recognizers.helpers.mobile_identity import MobileIdentityRecognizer, mobile_network_codes

# 15 digits: country code (MCC), network code (MNC) and subscriber number. An IMSI has no check digit, so
# 15 digits with a valid MCC are common by chance; bare ones are reported only for the mobile networks of
# the default regions (rules/mobile_network_codes.yaml), any other MCC needs a word such as "IMSI".
SCORE_HOME_NETWORK = 0.5
SCORE_OTHER_NETWORK = 0.3
# oFono names a modem's data contexts after the SIM's IMSI: "/262011234567890/context1" says what the
# digits are as clearly as the word "IMSI" would.
SCORE_CONTEXT_PATH = 0.6
_CONTEXT_PATH = "/context"


class MobileSubscriberIdentityRecognizer(MobileIdentityRecognizer):
    """IMSIs: 15 digits in one run starting with a mobile country code in use."""

    ENTITY = "IMSI"
    CONTEXT: ClassVar[list[str]] = ["imsi", "subscriber", "supi"]

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        for found in super().detections(text, match, pattern):
            if text.startswith(_CONTEXT_PATH, found.end) and text[found.start - 1 : found.start] == "/":
                found = found._replace(score=max(found.score, SCORE_CONTEXT_PATH))
            yield found

    def score(self, digits: str, dashed: bool) -> float | None:
        if dashed or len(digits) != 15:
            return None
        codes = mobile_network_codes()
        if digits[:3] not in codes.countries:
            return None
        return SCORE_HOME_NETWORK if digits[:5] in codes.home_networks else SCORE_OTHER_NETWORK
