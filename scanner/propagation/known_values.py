"""Known values: what a run has learnt, in every spelling logs use for it.

A value is learnt from a finding that is itself certain (a SIP user part, an e-mail local part, a user
name field, a display name, a validated phone number, a device identifier), or from the engineer's
`--known-values` file. Each known value is stored under its lower-case spellings (with and without
diacritics; a phone number in each of its digit forms) with the entity a recurrence is reported as and
the entity it was learnt from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

import phonenumbers

from logscrub.scanner.propagation.folding import ascii_folded, spellings
from logscrub.scanner.propagation.guards import Guards
from logscrub.scanner.records.entities import Learnt, entities_learnt, entity_facts
from logscrub.scanner.records.known_values import KnownValue
from logscrub.scanner.redaction.canonical import canonical_phone_number, canonical_value

_PATH_SEPARATORS = re.compile(r"[\\/]")

_NAME_SEPARATORS = re.compile(r"[._\-]")
_NON_DIGITS = re.compile(r"[^\d+]")
_DIGIT_GROUPING = re.compile(r"[\s\-]")
# Identifiers of a phone or SIM card: learnt as written and as bare digits, found as whole digit tokens.
DEVICE_ENTITIES = entities_learnt(Learnt.DEVICE_IDENTIFIER)
_SIP_USER = re.compile(r"^(?:sips?:)?(?P<user>[^@:;]+)", re.IGNORECASE)


class KnownValues:
    def __init__(self, guards: Guards, regions: tuple[str, ...]) -> None:
        self.guards = guards
        self.regions = regions
        self._by_spelling: dict[str, KnownValue] = {}

    def __len__(self) -> int:
        return len(self._by_spelling)

    def items(self) -> Iterator[tuple[str, KnownValue]]:
        return iter(self._by_spelling.items())

    @property
    def by_spelling(self) -> dict[str, KnownValue]:
        return self._by_spelling

    def merge(self, taught: Mapping[str, KnownValue]) -> None:
        """What was learnt elsewhere (a worker, from one chunk): spellings known already keep their value."""
        known = self._by_spelling
        for spelling, value in taught.items():
            known.setdefault(spelling, value)

    def learn(self, entity: str, value: str, attributes: Mapping[str, Any] | None, origin: str) -> None:
        """What a certain finding of `entity` with raw `value` teaches."""
        attributes = attributes or {}
        learnt = entity_facts(entity).learnt
        if learnt is Learnt.SIP_USER:
            user = _sip_user(value)
            if user is not None:
                self._learn_user(user, entity, origin, phone=attributes.get("user_part") == "PHONE_NUMBER")
        elif learnt is Learnt.MAIL_LOCAL_PART:
            self._learn_user(value.rpartition("@")[0], entity, origin, phone=False)
        elif learnt is Learnt.ACCOUNT_NAME:
            self._learn_user(_PATH_SEPARATORS.split(value.strip("\\/"))[-1], entity, origin, phone=False)
        elif learnt is Learnt.PERSON_NAME:
            self.learn_name(value, entity, origin)
        elif learnt is Learnt.PHONE_NUMBER:
            self.learn_phone(value, entity, origin)
        elif learnt is Learnt.DEVICE_IDENTIFIER:
            self.learn_device_identifier(entity, value, origin)

    def learn_name(self, name: str, learnt_as: str, origin: str) -> None:
        """A person's name: each part that reads as a name, and the whole in the forms user names take.
        A name none of whose parts reads as one (`No Such User`, `Support Sip`) teaches nothing.

        A part that is a common word (`Klara` of `Klara Nyström`, `Sie` of `Sie Lindqvist`) is found
        again only within the whole name, never alone, not even written with a capital: German writes
        every noun and the polite `Sie` with one, and every language the first word of a sentence, so
        alone it would be redacted wherever the word is written (`Können Sie bitte…`, `Will you…`)."""
        words = [w for w in name.lower().split() if any(ch.isalpha() for ch in w)]
        names = [w for w in words if self.guards.allows_name_part(ascii_folded(w))]
        if not names:
            return
        known = KnownValue("PERSON", learnt_as, canonical_value("PERSON", " ".join(words)), origin)
        if len(words) > 1 and sum(map(len, words)) >= 2 * self.guards.min_letters:
            first, last = words[0], words[-1]
            for joined in (" ".join(words), f"{first}.{last}", f"{first}_{last}", f"{first}{last}"):
                self._add_spellings(joined, known)
            if last in names:  # `a.long` would be a word with an initial
                self._add_spellings(f"{first[0]}.{last}", known)
        for word in names:
            self._add_spellings(
                word, KnownValue("PERSON", learnt_as, canonical_value("PERSON", word), origin)
            )

    def learn_phone(self, value: str, learnt_as: str, origin: str) -> None:
        forms = phone_forms(value, self.regions)
        if forms is None:
            return
        known = KnownValue("PHONE_NUMBER", learnt_as, forms[0], origin)
        for form in forms:
            if self.guards.allows_digits(form.lstrip("+")):
                self._by_spelling.setdefault(form, known)

    def learn_device_identifier(self, entity: str, value: str, origin: str) -> None:
        """An IMEI, IMSI or ICCID, as written (`35-209900-176148-1`) and as its bare digits."""
        digits = _DIGIT_GROUPING.sub("", value)
        if not digits.isdigit() or not self.guards.allows_digits(digits):
            return
        known = KnownValue(entity, entity, canonical_value(entity, digits), origin)
        for form in (value, digits):
            self._by_spelling.setdefault(form, known)

    def learn_identity_number(self, value: str, origin: str) -> None:
        """A personnummer or samordningsnummer in its 12- and 10-digit forms, with and without "-"."""
        digits = _NON_DIGITS.sub("", value).lstrip("+")
        if len(digits) == 10:
            return  # the century is unknown: the recognizers find the 10-digit forms by themselves
        entity = "SE_SAMORDNINGSNUMMER" if int(digits[6:8]) > 60 else "SE_PERSONNUMMER"
        known = KnownValue(entity, entity, canonical_value(entity, digits), origin)
        for form in (digits, f"{digits[:8]}-{digits[8:]}", digits[2:], f"{digits[2:8]}-{digits[8:]}"):
            self._by_spelling.setdefault(form, known)

    def _learn_user(self, user: str, learnt_as: str, origin: str, phone: bool) -> None:
        digits = _NON_DIGITS.sub("", user)
        if phone or (digits and len(digits) == len(user.lstrip("+"))):
            self.learn_phone(user, learnt_as, origin)
            return
        lowered = user.lower()
        if not self.guards.allows_user_name(ascii_folded(lowered)):
            return
        self._add_spellings(
            lowered, KnownValue("USERNAME", learnt_as, canonical_value("USERNAME", lowered), origin)
        )
        parts = [p for p in _NAME_SEPARATORS.split(lowered) if p]
        if len(parts) > 1 and all(p.isalpha() for p in parts):  # first.last: the parts name a person
            self.learn_name(" ".join(parts), learnt_as, origin)

    def _add_spellings(self, lowered: str, known: KnownValue) -> None:
        for spelling in spellings(lowered):
            self._by_spelling.setdefault(spelling, known)


@lru_cache(maxsize=65536)  # logs repeat the same numbers over and over
def phone_forms(value: str, regions: tuple[str, ...]) -> tuple[str, ...] | None:
    """The digit forms of a phone number, E.164 first: `+46701740612`, `0046701740612`, `46701740612`,
    `0701740612`, `701740612`; None when `value` is no number `regions` know."""
    e164 = canonical_phone_number(_NON_DIGITS.sub("", value) if "+" not in value else value, regions)
    e164 = e164.split(";", 1)[0]
    if not e164.startswith("+"):
        return None
    digits = e164[1:]
    for length in (1, 2, 3):  # country calling codes are prefix-free
        if int(digits[:length]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[length:]
            return (e164, "00" + digits, digits, "0" + national, national)
    return None


def _sip_user(uri: str) -> str | None:
    """The user part of a SIP URI (or of a FreeSWITCH `sofia/profile/user@host` channel name)."""
    tail = uri.rsplit("/", 1)[-1] if uri.lower().startswith("sofia/") else uri
    match = _SIP_USER.match(tail)
    return match["user"] if match else None
