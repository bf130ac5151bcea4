"""logscrub's recognizers: Presidio recognizers for personal data in telephony support material.

Each lives in a file of its own and works in any Presidio ``AnalyzerEngine``::

    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from logscrub.recognizers import default_recognizers

    registry = RecognizerRegistry(recognizers=default_recognizers())
"""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from logscrub.recognizers.base import ATTRIBUTES_KEY, Detection, LogscrubRecognizer
from logscrub.recognizers.credential_recognizer import CredentialRecognizer
from logscrub.recognizers.email_address_recognizer import EmailAddressRecognizer
from logscrub.recognizers.hardware_address_recognizer import HardwareAddressRecognizer
from logscrub.recognizers.ip_address_recognizer import IpAddressRecognizer
from logscrub.recognizers.payment_card_recognizer import PaymentCardRecognizer
from logscrub.recognizers.phone_number_recognizer import DEFAULT_REGIONS, PhoneNumberRecognizer
from logscrub.recognizers.se_organisationsnummer_recognizer import SwedishOrganisationsnummerRecognizer
from logscrub.recognizers.se_personnummer_recognizer import SwedishPersonnummerRecognizer
from logscrub.recognizers.se_samordningsnummer_recognizer import SwedishSamordningsnummerRecognizer
from logscrub.recognizers.sip_address_recognizer import SipAddressRecognizer
from logscrub.recognizers.sip_display_name_recognizer import SipDisplayNameRecognizer

__all__ = [
    "ATTRIBUTES_KEY",
    "DEFAULT_REGIONS",
    "CredentialRecognizer",
    "Detection",
    "EmailAddressRecognizer",
    "HardwareAddressRecognizer",
    "IpAddressRecognizer",
    "LogscrubRecognizer",
    "PaymentCardRecognizer",
    "PhoneNumberRecognizer",
    "SipAddressRecognizer",
    "SipDisplayNameRecognizer",
    "SwedishOrganisationsnummerRecognizer",
    "SwedishPersonnummerRecognizer",
    "SwedishSamordningsnummerRecognizer",
    "default_recognizers",
]


def default_recognizers(
    regions: Sequence[str] = DEFAULT_REGIONS, language: str = "en"
) -> list[EntityRecognizer]:
    """logscrub's recognizers plus the Presidio ones that fit Swedish and German support logs.

    Presidio's US, UK, Indian and other national recognizers are left out: on these logs they only add
    false positives. Its IP and card recognizers are replaced by ours, written for speed (its IPv6
    pattern alone runs at about 5 MB/s) and stricter about log noise. No class here shares a name with
    one of Presidio's: its default registry looks predefined recognizers up by class name.
    """
    return [
        SipAddressRecognizer(supported_language=language),
        CredentialRecognizer(supported_language=language),
        SipDisplayNameRecognizer(supported_language=language),
        PhoneNumberRecognizer(supported_language=language, regions=regions),
        EmailAddressRecognizer(supported_language=language),
        SwedishPersonnummerRecognizer(supported_language=language),
        SwedishSamordningsnummerRecognizer(supported_language=language),
        SwedishOrganisationsnummerRecognizer(supported_language=language),
        PaymentCardRecognizer(supported_language=language),
        IbanRecognizer(supported_language=language),
        IpAddressRecognizer(supported_language=language),
        HardwareAddressRecognizer(supported_language=language),
    ]
