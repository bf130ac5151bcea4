"""Which parts of a value a style keeps: the domain of an address, a phone number's country code, the
scope of an IP address. Everything else of the value is the personal part the style replaces."""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import phonenumbers

from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.recognizers.generic.ip_address_recognizer import PRIVATE_NETWORKS, scope_of
from logscrub.scanner.records.entities import KeptParts, entity_facts
from logscrub.scanner.records.redaction import KeepOptions

_SIP = re.compile(r"(?P<scheme>[sS][iI][pP][sS]?:)?(?P<userinfo>.*?)(?P<host>@[^@]*)\Z")
_INTERNATIONAL = re.compile(r"(?P<prefix>\+|00)(?P<digits>\d{1,3})")
_AFTER_COUNTRY_CODE = (" ", "-", ".")
_ADDRESS_GROUP = re.compile(r"[0-9A-Fa-f]+")
# Networks whose leading octets (groups) tell an address's scope and nobody's identity: a masked address
# keeps them, so 10.XX.X.XX reads as private and a fully masked one as public.
_SCOPE_NETWORKS = (ipaddress.ip_network("127.0.0.0/8"), *PRIVATE_NETWORKS)  # loopback and private


@dataclass(frozen=True, slots=True)
class Parts:
    """A value cut into what is kept before and after its personal part, and the scope to name."""

    prefix: str
    personal: str
    suffix: str
    scope: str = ""

    def label(self, name: str) -> str:
        """`name` in angle brackets standing for the personal part: `sip:<SIP_ADDRESS_3>@pbx.example.se`."""
        before, after = self.label_around(name)
        return before + after

    def label_around(self, name: str) -> tuple[str, str]:
        """The label cut at the end of `name`, where a number can be added later."""
        scope = f" {self.scope}" if self.scope else ""
        return f"{self.prefix}<{name}", f"{scope}>{self.suffix}"


def kept_attributes(attributes: Mapping[str, Any] | None) -> tuple[object, ...]:
    """The attributes the parts depend on, hashable (a style caching its replacements keys on them)."""
    if not attributes:
        return ()
    return (attributes.get("user_part"), attributes.get("scope"))


def label_parts(entity: str, value: str, attributes: Mapping[str, Any] | None, keep: KeepOptions) -> Parts:
    """The parts of `value` for a style that writes a label (token, pseudonym, hash).

    A SIP URI keeps its scheme only with another part of it (`<SIP_ADDRESS>` alone stands for the whole
    URI); an IP address keeps its scope as a word in the label (`<IP_ADDRESS private>`).
    """
    kept = entity_facts(entity).kept
    if kept is KeptParts.IP_SCOPE:
        scope = _scope_name(value, attributes) if keep.ip_scope else ""
        return Parts("", value, "", scope)
    return _split(kept, value, attributes, keep, always_scheme=False)


def mask_parts(
    entity: str,
    value: str,
    attributes: Mapping[str, Any] | None,
    keep: KeepOptions,
    regions: Sequence[str] = DEFAULT_REGIONS,
) -> Parts:
    """The parts of `value` for the mask style, which keeps the shape of the value: a SIP URI always
    keeps its scheme; an IP address in a private or loopback network keeps that network's octets; a
    phone number keeps its area code (`070-XXX XX XX`; written with a country code, only when that is
    kept: `+46 70 XXX XX XX`), which names a region or network, never a subscriber."""
    kept = entity_facts(entity).kept
    if kept is KeptParts.IP_SCOPE:
        end = _scope_prefix_length(value) if keep.ip_scope else 0
        return Parts(value[:end], value[end:], "")
    if kept is KeptParts.COUNTRY_AND_AREA_CODE:
        code = country_code_length(value)
        if code and not keep.country_code:
            return Parts("", value, "")
        end = _area_code_end(value, code, tuple(regions))
        return Parts(value[:end], value[end:], "")
    return _split(kept, value, attributes, keep, always_scheme=True)


def _area_code_end(number: str, code: int, regions: tuple[str, ...]) -> int:
    """Where the area code of `number` ends (after its trunk prefix `0`, or after its country code,
    which ends at `code`); `code` when the number or its area code cannot be told."""
    if not code and not number.lstrip("( ").startswith("0"):
        return 0  # national digits without their trunk prefix: no form to keep a part of
    for region in regions if not code or number.startswith("00") else (None,):
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        digits = phonenumbers.length_of_national_destination_code(parsed)
        if not digits:
            return code
        digits += 0 if code else 1  # the trunk prefix
        for index in range(code, len(number)):
            if number[index].isdigit():
                digits -= 1
                if not digits:
                    return index + 1
        return code
    return code


def _split(
    kept: KeptParts, value: str, attributes: Mapping[str, Any] | None, keep: KeepOptions, always_scheme: bool
) -> Parts:
    if kept is KeptParts.MAIL_DOMAIN and keep.domain:
        at = value.rfind("@")
        if at > 0 and not _address_literal(value[at + 1 :]):
            return Parts("", value[:at], value[at:])
    elif kept is KeptParts.COUNTRY_AND_AREA_CODE and keep.country_code:
        end = country_code_length(value)
        return Parts(value[:end], value[end:], "")
    elif kept is KeptParts.SIP_URI:
        return _sip_parts(value, attributes, keep, always_scheme)
    return Parts("", value, "")


def _sip_parts(
    value: str, attributes: Mapping[str, Any] | None, keep: KeepOptions, always_scheme: bool
) -> Parts:
    match = _SIP.match(value)
    if match is None:
        return Parts("", value, "")
    scheme, userinfo, host = match["scheme"] or "", match["userinfo"], match["host"]
    phone_user = attributes is not None and attributes.get("user_part") == "PHONE_NUMBER"
    code = country_code_length(userinfo) if keep.country_code and phone_user else 0
    suffix = host if keep.domain and not _address_literal(host[1:]) else ""
    if not (always_scheme or code or suffix):
        return Parts("", value, "")
    personal = userinfo[code:] + ("" if suffix else host)
    return Parts(scheme + userinfo[:code], personal, suffix)


def _address_literal(host: str) -> bool:
    """Whether the host part `host` (`pbx.example.se:5060`, `10.0.0.5`, `[2001:db8::1]`) is an IP address:
    that is an IP_ADDRESS to redact, not a domain to keep."""
    name = host.split("]", 1)[0].lstrip("[") if host.startswith("[") else host.split(":", 1)[0]
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def country_code_length(number: str) -> int:
    """How many leading characters of `number` are its country calling code as written (`+46 `, `0049`),
    with one separator after it; 0 for a number written without one (`070-174 06 12`)."""
    match = _INTERNATIONAL.match(number)
    if match is None:
        return 0
    digits = match["digits"]
    for length in range(1, len(digits) + 1):  # country calling codes are prefix-free
        if int(digits[:length]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            end = match.start("digits") + length
            return end + 1 if number[end : end + 1] in _AFTER_COUNTRY_CODE else end
    return 0


def _scope_name(value: str, attributes: Mapping[str, Any] | None) -> str:
    given = attributes.get("scope") if attributes else None
    return given if isinstance(given, str) else (scope_of(value) or "")


def _scope_prefix_length(value: str) -> int:
    """How many leading characters of the address `value` name the scope network it is in (0: none)."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return 0
    network = next((n for n in _SCOPE_NETWORKS if n.version == address.version and address in n), None)
    if network is None:
        return 0
    groups = math.ceil(network.prefixlen / (8 if address.version == 4 else 16))
    end = 0
    for index, group in enumerate(_ADDRESS_GROUP.finditer(value)):
        if index == groups or "::" in value[end : group.start()]:
            break
        end = group.end()
    return end
