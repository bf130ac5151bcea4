"""IMSI: the identity of a mobile subscription (International Mobile Subscriber Identity)."""

from __future__ import annotations

from typing import ClassVar

from logscrub.recognizers.mobile_identity import MobileIdentityRecognizer, mobile_network_codes

# 15 digits: country code (MCC), network code (MNC) and subscriber number. An IMSI has no check digit, so
# 15 digits with a valid MCC are common by chance; bare ones are reported only for the mobile networks of
# the default regions (rules/mobile_network_codes.yaml), any other MCC needs a word such as "IMSI".
SCORE_HOME_NETWORK = 0.5
SCORE_OTHER_NETWORK = 0.3


class MobileSubscriberIdentityRecognizer(MobileIdentityRecognizer):
    """IMSIs: 15 digits in one run starting with a mobile country code in use."""

    ENTITY = "IMSI"
    CONTEXT: ClassVar[list[str]] = ["imsi", "subscriber", "supi"]

    def score(self, digits: str, dashed: bool) -> float | None:
        if dashed or len(digits) != 15:
            return None
        codes = mobile_network_codes()
        if digits[:3] not in codes.countries:
            return None
        return SCORE_HOME_NETWORK if digits[:5] in codes.home_networks else SCORE_OTHER_NETWORK
