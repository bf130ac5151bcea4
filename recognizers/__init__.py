"""logscrub's recognizers: Presidio recognizers for personal data in telephony support material.

Each lives in a file of its own and works in any Presidio ``AnalyzerEngine``::

    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from logscrub.recognizers import default_recognizers

    registry = RecognizerRegistry(recognizers=default_recognizers())
"""

from __future__ import annotations

from collections.abc import Sequence

from logscrub.recognizers._presidio_core import EntityRecognizer, IbanRecognizer
from logscrub.recognizers.announced_phone_number_recognizer import AnnouncedPhoneNumberRecognizer
from logscrub.recognizers.base import ATTRIBUTES_KEY, Detection, LogscrubRecognizer
from logscrub.recognizers.credential_recognizer import CredentialRecognizer
from logscrub.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from logscrub.recognizers.device_name_recognizer import DeviceNameRecognizer
from logscrub.recognizers.domain_account_recognizer import DomainAccountRecognizer
from logscrub.recognizers.email_address_recognizer import EmailAddressRecognizer
from logscrub.recognizers.geo_coordinate_recognizer import GeoCoordinateRecognizer
from logscrub.recognizers.hardware_address_recognizer import HardwareAddressRecognizer
from logscrub.recognizers.home_directory_recognizer import HomeDirectoryRecognizer
from logscrub.recognizers.identifier_phone_number_recognizer import IdentifierPhoneNumberRecognizer
from logscrub.recognizers.ip_address_recognizer import IpAddressRecognizer
from logscrub.recognizers.local_mailbox_recognizer import LocalMailboxRecognizer
from logscrub.recognizers.login_event_recognizer import LoginEventRecognizer
from logscrub.recognizers.mailbox_name_recognizer import MailboxNameRecognizer
from logscrub.recognizers.message_id_name_recognizer import MessageIdNameRecognizer
from logscrub.recognizers.mobile_equipment_identity_recognizer import MobileEquipmentIdentityRecognizer
from logscrub.recognizers.mobile_subscriber_identity_recognizer import MobileSubscriberIdentityRecognizer
from logscrub.recognizers.name_field_recognizer import NameFieldRecognizer
from logscrub.recognizers.payment_card_recognizer import PaymentCardRecognizer
from logscrub.recognizers.phone_number_recognizer import DEFAULT_REGIONS, PhoneNumberRecognizer
from logscrub.recognizers.postal_address_recognizer import PostalAddressRecognizer
from logscrub.recognizers.prose_name_recognizer import ProseNameRecognizer
from logscrub.recognizers.salutation_name_recognizer import SalutationNameRecognizer
from logscrub.recognizers.se_organisationsnummer_recognizer import SwedishOrganisationsnummerRecognizer
from logscrub.recognizers.se_personnummer_recognizer import SwedishPersonnummerRecognizer
from logscrub.recognizers.se_samordningsnummer_recognizer import SwedishSamordningsnummerRecognizer
from logscrub.recognizers.sim_card_number_recognizer import SimCardNumberRecognizer
from logscrub.recognizers.sip_address_recognizer import SipAddressRecognizer
from logscrub.recognizers.sip_display_name_recognizer import SipDisplayNameRecognizer
from logscrub.recognizers.user_name_field_recognizer import UserNameFieldRecognizer

__all__ = [
    "ATTRIBUTES_KEY",
    "DEFAULT_REGIONS",
    "AnnouncedPhoneNumberRecognizer",
    "CredentialRecognizer",
    "DateOfBirthRecognizer",
    "Detection",
    "DeviceNameRecognizer",
    "DomainAccountRecognizer",
    "EmailAddressRecognizer",
    "GeoCoordinateRecognizer",
    "HardwareAddressRecognizer",
    "HomeDirectoryRecognizer",
    "IdentifierPhoneNumberRecognizer",
    "IpAddressRecognizer",
    "LocalMailboxRecognizer",
    "LoginEventRecognizer",
    "LogscrubRecognizer",
    "MailboxNameRecognizer",
    "MessageIdNameRecognizer",
    "MobileEquipmentIdentityRecognizer",
    "MobileSubscriberIdentityRecognizer",
    "NameFieldRecognizer",
    "PaymentCardRecognizer",
    "PhoneNumberRecognizer",
    "PostalAddressRecognizer",
    "ProseNameRecognizer",
    "SalutationNameRecognizer",
    "SimCardNumberRecognizer",
    "SipAddressRecognizer",
    "SipDisplayNameRecognizer",
    "SwedishOrganisationsnummerRecognizer",
    "SwedishPersonnummerRecognizer",
    "SwedishSamordningsnummerRecognizer",
    "UserNameFieldRecognizer",
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
        DateOfBirthRecognizer(supported_language=language),
        SipDisplayNameRecognizer(supported_language=language),
        NameFieldRecognizer(supported_language=language),
        MailboxNameRecognizer(supported_language=language),
        SalutationNameRecognizer(supported_language=language),
        ProseNameRecognizer(supported_language=language),
        DeviceNameRecognizer(supported_language=language),
        UserNameFieldRecognizer(supported_language=language),
        HomeDirectoryRecognizer(supported_language=language),
        DomainAccountRecognizer(supported_language=language),
        LoginEventRecognizer(supported_language=language),
        PhoneNumberRecognizer(supported_language=language, regions=regions),
        AnnouncedPhoneNumberRecognizer(supported_language=language, regions=regions),
        EmailAddressRecognizer(supported_language=language),
        LocalMailboxRecognizer(supported_language=language),
        MessageIdNameRecognizer(supported_language=language),
        IdentifierPhoneNumberRecognizer(supported_language=language, regions=regions),
        SwedishPersonnummerRecognizer(supported_language=language),
        SwedishSamordningsnummerRecognizer(supported_language=language),
        SwedishOrganisationsnummerRecognizer(supported_language=language),
        PaymentCardRecognizer(supported_language=language),
        IbanRecognizer(supported_language=language),
        IpAddressRecognizer(supported_language=language),
        HardwareAddressRecognizer(supported_language=language),
        MobileEquipmentIdentityRecognizer(supported_language=language),
        MobileSubscriberIdentityRecognizer(supported_language=language),
        SimCardNumberRecognizer(supported_language=language),
        PostalAddressRecognizer(supported_language=language),
        GeoCoordinateRecognizer(supported_language=language),
    ]
