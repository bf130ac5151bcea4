"""logscrub's recognizers: Presidio recognizers for personal data in telephony support material.

Each lives in a file of its own and works in any Presidio ``AnalyzerEngine``::

    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from logscrub.recognizers import default_recognizers

    registry = RecognizerRegistry(recognizers=default_recognizers())

Importing a helper (``logscrub.recognizers.helpers.mail_identifiers``) or one recognizer loads no other:
the package's names are imported when first used (PEP 562), so that the sources, which read a helper's
data, load neither Presidio nor the recognizers.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logscrub.recognizers.base import ATTRIBUTES_KEY, Detection, LogscrubRecognizer
    from logscrub.recognizers.default_set import (
        DEFAULT_RECOGNIZERS,
        REGIONAL_RECOGNIZERS,
        default_recognizers,
    )
    from logscrub.recognizers.generic.announced_phone_number_recognizer import AnnouncedPhoneNumberRecognizer
    from logscrub.recognizers.generic.credential_recognizer import CredentialRecognizer
    from logscrub.recognizers.generic.date_of_birth_recognizer import DateOfBirthRecognizer
    from logscrub.recognizers.generic.device_name_recognizer import DeviceNameRecognizer
    from logscrub.recognizers.generic.domain_account_recognizer import DomainAccountRecognizer
    from logscrub.recognizers.generic.email_address_recognizer import EmailAddressRecognizer
    from logscrub.recognizers.generic.geo_coordinate_recognizer import GeoCoordinateRecognizer
    from logscrub.recognizers.generic.hardware_address_recognizer import HardwareAddressRecognizer
    from logscrub.recognizers.generic.home_directory_recognizer import HomeDirectoryRecognizer
    from logscrub.recognizers.generic.identifier_phone_number_recognizer import (
        IdentifierPhoneNumberRecognizer,
    )
    from logscrub.recognizers.generic.ip_address_recognizer import IpAddressRecognizer
    from logscrub.recognizers.generic.local_mailbox_recognizer import LocalMailboxRecognizer
    from logscrub.recognizers.generic.login_event_recognizer import LoginEventRecognizer
    from logscrub.recognizers.generic.mailbox_name_recognizer import MailboxNameRecognizer
    from logscrub.recognizers.generic.message_id_name_recognizer import MessageIdNameRecognizer
    from logscrub.recognizers.generic.mobile_equipment_identity_recognizer import (
        MobileEquipmentIdentityRecognizer,
    )
    from logscrub.recognizers.generic.mobile_subscriber_identity_recognizer import (
        MobileSubscriberIdentityRecognizer,
    )
    from logscrub.recognizers.generic.name_field_recognizer import NameFieldRecognizer
    from logscrub.recognizers.generic.payment_card_recognizer import PaymentCardRecognizer
    from logscrub.recognizers.generic.phone_number_recognizer import DEFAULT_REGIONS, PhoneNumberRecognizer
    from logscrub.recognizers.generic.postal_address_recognizer import PostalAddressRecognizer
    from logscrub.recognizers.generic.prose_name_recognizer import ProseNameRecognizer
    from logscrub.recognizers.generic.prose_user_name_recognizer import ProseUserNameRecognizer
    from logscrub.recognizers.generic.salutation_name_recognizer import SalutationNameRecognizer
    from logscrub.recognizers.generic.sim_card_number_recognizer import SimCardNumberRecognizer
    from logscrub.recognizers.generic.sip_address_recognizer import SipAddressRecognizer
    from logscrub.recognizers.generic.sip_display_name_recognizer import SipDisplayNameRecognizer
    from logscrub.recognizers.generic.user_name_field_recognizer import UserNameFieldRecognizer
    from logscrub.recognizers.se.se_organisationsnummer_recognizer import SwedishOrganisationsnummerRecognizer
    from logscrub.recognizers.se.se_personnummer_recognizer import SwedishPersonnummerRecognizer
    from logscrub.recognizers.se.se_samordningsnummer_recognizer import SwedishSamordningsnummerRecognizer

__all__ = [
    "ATTRIBUTES_KEY",
    "DEFAULT_RECOGNIZERS",
    "DEFAULT_REGIONS",
    "REGIONAL_RECOGNIZERS",
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
    "ProseUserNameRecognizer",
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


# The contract's names live in base.py; the recognizers' and the default set's in default_set.py, which
# imports them all. Type checkers read the imports above instead, and so still catch a misspelt name.
_CONTRACT = frozenset(("ATTRIBUTES_KEY", "Detection", "LogscrubRecognizer"))

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        home = "base" if name in _CONTRACT else "default_set"
        return getattr(import_module(f"{__name__}.{home}"), name)
