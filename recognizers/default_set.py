"""The default set of recognizers, declared as data, and the function that builds it (re-exported by the
package, which imports this module only when one of its names is first used)."""

from __future__ import annotations

from collections.abc import Sequence

from logscrub.recognizers._presidio_core import EntityRecognizer, IbanRecognizer
from logscrub.recognizers.generic.announced_phone_number_recognizer import AnnouncedPhoneNumberRecognizer
from logscrub.recognizers.generic.credential_recognizer import CredentialRecognizer
from logscrub.recognizers.generic.date_of_birth_recognizer import DateOfBirthRecognizer
from logscrub.recognizers.generic.device_name_recognizer import DeviceNameRecognizer
from logscrub.recognizers.generic.domain_account_recognizer import DomainAccountRecognizer
from logscrub.recognizers.generic.email_address_recognizer import EmailAddressRecognizer
from logscrub.recognizers.generic.geo_coordinate_recognizer import GeoCoordinateRecognizer
from logscrub.recognizers.generic.hardware_address_recognizer import HardwareAddressRecognizer
from logscrub.recognizers.generic.home_directory_recognizer import HomeDirectoryRecognizer
from logscrub.recognizers.generic.identifier_phone_number_recognizer import IdentifierPhoneNumberRecognizer
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

# The default set, declared once, in the order the engine runs them. Presidio's IbanRecognizer joins
# ours; its IP and card recognizers are replaced by ours.
DEFAULT_RECOGNIZERS: tuple[type[EntityRecognizer], ...] = (
    SipAddressRecognizer,
    CredentialRecognizer,
    DateOfBirthRecognizer,
    SipDisplayNameRecognizer,
    NameFieldRecognizer,
    MailboxNameRecognizer,
    SalutationNameRecognizer,
    ProseNameRecognizer,
    ProseUserNameRecognizer,
    DeviceNameRecognizer,
    UserNameFieldRecognizer,
    HomeDirectoryRecognizer,
    DomainAccountRecognizer,
    LoginEventRecognizer,
    PhoneNumberRecognizer,
    AnnouncedPhoneNumberRecognizer,
    EmailAddressRecognizer,
    LocalMailboxRecognizer,
    MessageIdNameRecognizer,
    IdentifierPhoneNumberRecognizer,
    SwedishPersonnummerRecognizer,
    SwedishSamordningsnummerRecognizer,
    SwedishOrganisationsnummerRecognizer,
    PaymentCardRecognizer,
    IbanRecognizer,
    IpAddressRecognizer,
    HardwareAddressRecognizer,
    MobileEquipmentIdentityRecognizer,
    MobileSubscriberIdentityRecognizer,
    SimCardNumberRecognizer,
    PostalAddressRecognizer,
    GeoCoordinateRecognizer,
)
# Those that read national phone numbers in the run's regions (--regions).
REGIONAL_RECOGNIZERS: frozenset[type[EntityRecognizer]] = frozenset(
    (PhoneNumberRecognizer, AnnouncedPhoneNumberRecognizer, IdentifierPhoneNumberRecognizer)
)


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
        recognizer(supported_language=language, regions=regions)
        if recognizer in REGIONAL_RECOGNIZERS
        else recognizer(supported_language=language)
        for recognizer in DEFAULT_RECOGNIZERS
    ]
