"""The facts about each entity, declared once: how it ranks in an overlap, how reports describe it and
count it, its canonical form, what propagation learns from it, which parts of it a redaction style may
keep and what a mask shows of it.

Its data category is the taxonomy's (rules/categories.yaml), which rule packs lay their own over.
Adding an entity is its recognizer plus one entry here and its category there; tests/test_entity_facts.py
fails when an entity of the default recognizers lacks either.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class CanonicalForm(Enum):
    """The one spelling in which two findings of the same value compare equal."""

    AS_WRITTEN = "as written"
    WORDS = "case-folded words"
    PHONE_NUMBER = "E.164"
    SIP_ADDRESS = "sip:user@host"
    SWEDISH_IDENTITY_NUMBER = "twelve digits"
    IP_ADDRESS = "IPv6 compressed"
    ALPHANUMERIC_UPPER = "alphanumerics upper case"
    BIRTH_DATE = "ISO date"


class Learnt(Enum):
    """What propagation learns from a certain finding, to find the value again wherever it recurs."""

    NOTHING = "nothing"
    SIP_USER = "the user part of the URI"
    MAIL_LOCAL_PART = "the local part of the address"
    ACCOUNT_NAME = "the account name"
    PERSON_NAME = "the name and its parts"
    PHONE_NUMBER = "the number in its digit forms"
    DEVICE_IDENTIFIER = "the identifier as written and as bare digits"


class KeptParts(Enum):
    """The parts of a value that name no person, which a redaction style may keep."""

    NOTHING = "nothing"
    SIP_URI = "scheme, domain, a phone number user's country code"
    MAIL_DOMAIN = "domain"
    COUNTRY_AND_AREA_CODE = "country code, area code (mask)"
    IP_SCOPE = "scope (private, loopback, public)"


class Shape(Enum):
    """What a mask (and a report's masked preview) shows of a value: the shape of its characters, or
    nothing."""

    CHARACTERS = "each digit X, each letter x"
    HEX_DIGITS = "each digit and hex letter X (IPv6 groups, MAC octets), other letters x"
    SECRET = "nothing: not its characters, length or shape"


@dataclass(frozen=True, slots=True)
class EntityFacts:
    entity: str
    # When two findings cover the same text the higher wins (0: below every entity listed).
    priority: int
    description: str  # lower case, as a sentence goes on: "phone number"
    words: tuple[str, str]  # a count of findings in words, singular and plural: "2 phone numbers"
    canonical: CanonicalForm
    learnt: Learnt
    kept: KeptParts
    shape: Shape

    @property
    def at_domain(self) -> bool:
        """An address at a domain (`user@host`): allow lists match its user part and its domain."""
        return self.kept in (KeptParts.SIP_URI, KeptParts.MAIL_DOMAIN)

    @property
    def mail_address(self) -> bool:
        """A mail address: where mail expects an address (a header's `<…>`), its replacement is one."""
        return self.kept is KeptParts.MAIL_DOMAIN


_WORDS, _UPPER = CanonicalForm.WORDS, CanonicalForm.ALPHANUMERIC_UPPER
_AS_WRITTEN = CanonicalForm.AS_WRITTEN
_NOT_LEARNT, _NOT_KEPT = Learnt.NOTHING, KeptParts.NOTHING
_SHAPE = Shape.CHARACTERS

ENTITIES: dict[str, EntityFacts] = {
    f.entity: f
    for f in (
        EntityFacts(
            "CREDENTIAL",
            95,
            "credential (password, digest response, token)",
            ("credential", "credentials"),
            _AS_WRITTEN,
            _NOT_LEARNT,
            _NOT_KEPT,
            Shape.SECRET,
        ),
        EntityFacts(
            "SIP_ADDRESS",
            90,
            "SIP address (sip:/sips: URI with a user part)",
            ("SIP address", "SIP addresses"),
            CanonicalForm.SIP_ADDRESS,
            Learnt.SIP_USER,
            KeptParts.SIP_URI,
            _SHAPE,
        ),
        # A 12-digit personnummer can also pass a card number's Luhn check: the more specific wins.
        EntityFacts(
            "SE_PERSONNUMMER",
            80,
            "Swedish personal identity number (personnummer)",
            ("personnummer", "personnummer"),
            CanonicalForm.SWEDISH_IDENTITY_NUMBER,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "SE_SAMORDNINGSNUMMER",
            80,
            "Swedish coordination number (samordningsnummer)",
            ("samordningsnummer", "samordningsnummer"),
            CanonicalForm.SWEDISH_IDENTITY_NUMBER,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "SE_ORGANISATIONSNUMMER",
            75,
            "Swedish organisation number (organisationsnummer)",
            ("organisationsnummer", "organisationsnummer"),
            _UPPER,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "EMAIL_ADDRESS",
            70,
            "e-mail address",
            ("e-mail address", "e-mail addresses"),
            _WORDS,
            Learnt.MAIL_LOCAL_PART,
            KeptParts.MAIL_DOMAIN,
            _SHAPE,
        ),
        EntityFacts(
            "IBAN_CODE",
            60,
            "bank account number (IBAN)",
            ("IBAN", "IBANs"),
            _UPPER,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        # A birth date announced by a cue word ("född 1967-04-12") is not also a phone or card number.
        EntityFacts(
            "DATE_OF_BIRTH",
            58,
            "date of birth",
            ("date of birth", "dates of birth"),
            CanonicalForm.BIRTH_DATE,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        # The digits of a device, subscription or SIM card identifier can also pass a card's Luhn check or
        # phonenumbers' validation; among the three, with equal priority, the score (context words) decides.
        EntityFacts(
            "IMEI",
            55,
            "device identity (IMEI)",
            ("IMEI", "IMEIs"),
            _UPPER,
            Learnt.DEVICE_IDENTIFIER,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "IMSI",
            55,
            "subscriber identity (IMSI)",
            ("IMSI", "IMSIs"),
            _UPPER,
            Learnt.DEVICE_IDENTIFIER,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "ICCID",
            55,
            "SIM card number (ICCID)",
            ("ICCID", "ICCIDs"),
            _UPPER,
            Learnt.DEVICE_IDENTIFIER,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "PHONE_NUMBER",
            50,
            "phone number",
            ("phone number", "phone numbers"),
            CanonicalForm.PHONE_NUMBER,
            Learnt.PHONE_NUMBER,
            KeptParts.COUNTRY_AND_AREA_CODE,
            _SHAPE,
        ),
        EntityFacts(
            "STREET_ADDRESS",
            45,
            "postal address",
            ("street address", "street addresses"),
            _AS_WRITTEN,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "CREDIT_CARD",
            40,
            "payment card number",
            ("card number", "card numbers"),
            _UPPER,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "LOCATION",
            35,
            "location (coordinates, cell id)",
            ("location", "locations"),
            _AS_WRITTEN,
            _NOT_LEARNT,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "IP_ADDRESS",
            30,
            "IP address",
            ("IP address", "IP addresses"),
            CanonicalForm.IP_ADDRESS,
            _NOT_LEARNT,
            KeptParts.IP_SCOPE,
            Shape.HEX_DIGITS,
        ),
        # A name or account name found from structure loses to any specific identifier it overlaps; an
        # account name made of a person's names ("anna.svensson" in a user field) stays a user name.
        EntityFacts(
            "USERNAME",
            22,
            "user name that identifies a person",
            ("user name", "user names"),
            _WORDS,
            Learnt.ACCOUNT_NAME,
            _NOT_KEPT,
            _SHAPE,
        ),
        EntityFacts(
            "PERSON",
            20,
            "person's name",
            ("name", "names"),
            _WORDS,
            Learnt.PERSON_NAME,
            _NOT_KEPT,
            _SHAPE,
        ),
        # Priority 0 as before the registry: a MAC address wins no overlap by its entity alone.
        EntityFacts(
            "MAC_ADDRESS",
            0,
            "MAC address",
            ("MAC address", "MAC addresses"),
            _UPPER,
            _NOT_LEARNT,
            _NOT_KEPT,
            Shape.HEX_DIGITS,
        ),
    )
}


def entity_facts(entity: str) -> EntityFacts:
    """The facts of `entity`; an entity of a rule pack has the defaults (lowest priority, its name as
    description and, lower case, as words, compared as written, nothing learnt or kept, masked by shape)."""
    facts = ENTITIES.get(entity)
    if facts is None:
        return EntityFacts(entity, 0, entity, _words(entity), _AS_WRITTEN, _NOT_LEARNT, _NOT_KEPT, _SHAPE)
    return facts


def _words(entity: str) -> tuple[str, str]:
    """A rule pack's entity in words, read from its name: CUSTOMER_ID, customer id, customer ids."""
    singular = entity.lower().replace("_", " ")
    return singular, singular + ("es" if singular.endswith(("s", "x", "sh", "ch")) else "s")


def entities_learnt(*kinds: Learnt) -> frozenset[str]:
    """The entities propagation learns `kinds` of values from (all that teach anything without `kinds`)."""
    wanted = set(kinds) or set(Learnt) - {Learnt.NOTHING}
    return frozenset(name for name, facts in ENTITIES.items() if facts.learnt in wanted)
