"""Allow lists: values, domains and patterns of rule packs whose findings are no findings.

- A value (the company's switchboard number, a test account) is compared with each finding as written
  down, in any letter case; phone numbers in any notation (``+46 8 123 456 00``, ``0046812345600``, or
  national ``08-123 456 00`` in one of the ``--regions``) compare as one number. It also allows a SIP
  address whose user part it is (``sip:+46812345600@pbx.example.com``).
- A domain allows e-mail addresses at it and its subdomains, and SIP addresses there whose user part is
  not a phone number: ``sip:+46701740677@pbx.example.com`` is a caller's number at the company's own
  PBX and stays a finding.
- A pattern (a regex) allows every finding whose whole text it matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import phonenumbers

from logscrub.scanner.records.detection_rules import AllowEntry
from logscrub.scanner.records.entities import KeptParts, entity_facts
from logscrub.scanner.records.findings import Finding

_PHONE_LIKE = re.compile(r"\+?[\d\s\-./()]*\d[\d\s\-./()]*")
_SIP_ADDRESS = re.compile(r"(?:sips?:)?(?P<user>[^@:]+)(?::[^@]*)?@(?P<host>[^:;>]+)", re.IGNORECASE)
_PHONE_USER_PART = "PHONE_NUMBER"


class AllowList:
    def __init__(self, entries: Sequence[AllowEntry], regions: Sequence[str]) -> None:
        self._regions = tuple(regions)
        self._values: dict[str, AllowEntry] = {}
        self._domains: list[tuple[str, AllowEntry]] = []
        self._patterns: list[tuple[re.Pattern[str], AllowEntry]] = []
        for entry in entries:
            if entry.kind == "values":
                for form in self._forms(entry.text):
                    self._values.setdefault(form, entry)
            elif entry.kind == "domains":
                self._domains.append((entry.text.strip().lower().lstrip("@."), entry))
            else:
                self._patterns.append((re.compile(entry.text), entry))

    def __bool__(self) -> bool:
        return bool(self._values or self._domains or self._patterns)

    def without_allowed(self, text: str, findings: Iterable[Finding]) -> list[Finding]:
        """`findings` in `text` less those an entry allows."""
        return [f for f in findings if self.entry_for(f, text[f.start : f.end]) is None]

    def entry_for(self, finding: Finding, value: str) -> AllowEntry | None:
        """The entry that allows `finding` (whose text is `value`), if any."""
        for pattern, entry in self._patterns:
            if pattern.fullmatch(value):
                return entry
        found = self._value_entry(value)
        facts = entity_facts(finding.entity)
        if found is not None or not facts.at_domain:
            return found
        address = _SIP_ADDRESS.fullmatch(value)
        if address is None:
            return None
        if facts.kept is KeptParts.SIP_URI:
            found = self._value_entry(address["user"])
            attributes = finding.attributes or {}
            if found is not None or attributes.get("user_part") == _PHONE_USER_PART:
                return found
        host = address["host"].lower()
        return next((e for d, e in self._domains if host == d or host.endswith("." + d)), None)

    def _value_entry(self, value: str) -> AllowEntry | None:
        if not self._values:
            return None
        return next((self._values[f] for f in self._forms(value) if f in self._values), None)

    def _forms(self, value: str) -> tuple[str, ...]:
        """How `value` compares: case-folded, and a phone number also as digits in E.164 form(s)."""
        folded = value.strip().casefold()
        if not _PHONE_LIKE.fullmatch(folded):
            return (folded,)
        digits = "".join(ch for ch in folded.replace("(0)", "") if ch.isdigit())
        if folded.startswith("+") or digits.startswith("00"):
            return ("+" + digits.removeprefix("00"),)
        if digits.startswith("0"):
            codes = (phonenumbers.country_code_for_region(r) for r in self._regions)
            return (digits, *(f"+{code}{digits[1:]}" for code in codes if code))
        return (digits,)
