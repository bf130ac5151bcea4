"""One spelling per value: the form in which two findings of the same thing compare equal.

`+46701740612`, `+46 (0)70 174 06 12`, `0046 70 174 06 12` and `070-174 06 12` are one phone number
(E.164); `Anna.Svensson@Example.se` and `anna.svensson@example.se` one e-mail address. Pseudonyms are
derived from this form, and so is anything else that must recognise a value it has seen before.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import phonenumbers

from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.recognizers.generic.date_of_birth_recognizer import iso_birth_date
from logscrub.scanner.records.entities import CanonicalForm, entity_facts

_SIP = re.compile(r"(?:[sS][iI][pP][sS]?:)?(?P<userinfo>.*?)@(?P<host>[^@]*)\Z")
_PORT = re.compile(r"(?::\d{1,5})\Z")
_TELEPHONE_SUBSCRIBER = re.compile(r"\+?[\d\-.() ]*\d[\d\-.() ]*")
_EXTENSION = re.compile(r";ext=", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D")
_NOT_ALPHANUMERIC = re.compile(r"[\W_]")


def canonical_value(entity: str, value: str, regions: Sequence[str] = DEFAULT_REGIONS) -> str:
    """The canonical form of `value`, a finding of `entity`; `regions` resolve national phone numbers."""
    form = entity_facts(entity).canonical
    if form is CanonicalForm.PHONE_NUMBER:
        return canonical_phone_number(value, tuple(regions))
    if form is CanonicalForm.SIP_ADDRESS:
        return _canonical_sip_address(value, tuple(regions))
    return _BY_FORM[form](value)


@lru_cache(maxsize=65536)  # logs repeat the same numbers over and over
def canonical_phone_number(value: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> str:
    """E.164 (`+46701740612`), with `;ext=N` when the number has an extension; a national number none
    of `regions` knows keeps its digits."""
    number, *extension = _EXTENSION.split(value.strip(), maxsplit=1)
    suffix = _NOT_DIGIT.sub("", extension[0]) if extension else ""
    if number.startswith(("+", "00")):
        # "+46 (0)70 …": the trunk prefix in parentheses is not dialled from abroad.
        digits = _NOT_DIGIT.sub("", number.replace("(0)", "", 1))
        e164 = "+" + (digits[2:] if number.startswith("00") else digits)
    else:
        digits = _NOT_DIGIT.sub("", number)
        e164 = next((e for e in (_national_e164(digits, r) for r in regions) if e is not None), digits)
    return f"{e164};ext={suffix}" if suffix else e164


def _national_e164(digits: str, region: str) -> str | None:
    """The E.164 form of the national number `digits` in `region`, if it is a valid number there."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return None
    if metadata.national_prefix == "0" and digits.startswith("0") and not digits.startswith("00"):
        # Most of Europe: trunk "0" + national number; built directly, several times faster than parsing.
        candidate = phonenumbers.PhoneNumber(
            country_code=metadata.country_code, national_number=int(digits[1:])
        )
    else:
        try:
            candidate = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            return None
    if not phonenumbers.is_valid_number(candidate):
        return None
    return phonenumbers.format_number(candidate, phonenumbers.PhoneNumberFormat.E164)


def _canonical_sip_address(value: str, regions: tuple[str, ...]) -> str:
    """`sip:user@host`: one scheme for sip: and sips:, without password and port, the host lower case,
    a telephone-number user part in E.164."""
    match = _SIP.match(value)
    if match is None:
        return value.casefold()
    user = match["userinfo"].split(":", 1)[0].split(";", 1)[0]
    host = _PORT.sub("", match["host"]).casefold()
    phone = _TELEPHONE_SUBSCRIBER.fullmatch(user)
    user = canonical_phone_number(user, regions) if phone else user.casefold()
    return f"sip:{user}@{host}"


def _words(value: str) -> str:
    """Case-folded, with runs of white space as one space (names, user names, e-mail addresses)."""
    return " ".join(value.split()).casefold()


def _swedish_identity_number(value: str) -> str:
    """Twelve digits: the century of a ten-digit form as it is read (`+`: a hundred years earlier)."""
    digits = _NOT_DIGIT.sub("", value)
    if len(digits) != 10:
        return digits
    latest = _this_year() - (100 if "+" in value else 0)
    century = (latest - (latest - int(digits[:2])) % 100) // 100
    return f"{century:02d}{digits}"


@lru_cache(maxsize=1)
def _this_year() -> int:
    return datetime.date.today().year


def _ip_address(value: str) -> str:
    """IPv6 compressed and lower case; IPv4 as written (it has one spelling: leading zeros are invalid)."""
    if ":" not in value:
        return value
    try:
        return ipaddress.ip_address(value.strip("[]")).compressed
    except ValueError:
        return value.casefold()


def _alphanumeric_upper(value: str) -> str:
    """Without separators, upper case (card, bank, organisation and device numbers)."""
    return _NOT_ALPHANUMERIC.sub("", value).upper()


def _birth_date(value: str) -> str:
    """ISO (`12.04.1967`, `12 april 1967` and `1967-04-12` are one date)."""
    return iso_birth_date(value) or value


def _as_written(value: str) -> str:
    return value


# The forms that need no regions (phone numbers and SIP addresses take them, above).
_BY_FORM: dict[CanonicalForm, Callable[[str], str]] = {
    CanonicalForm.AS_WRITTEN: _as_written,
    CanonicalForm.WORDS: _words,
    CanonicalForm.SWEDISH_IDENTITY_NUMBER: _swedish_identity_number,
    CanonicalForm.IP_ADDRESS: _ip_address,
    CanonicalForm.ALPHANUMERIC_UPPER: _alphanumeric_upper,
    CanonicalForm.BIRTH_DATE: _birth_date,
}
