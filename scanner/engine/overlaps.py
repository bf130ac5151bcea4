"""One piece of text is one finding: overlapping findings are resolved in one sort and one sweep."""

from __future__ import annotations

from collections.abc import Iterable

from logscrub.scanner.findings import Finding

# When two findings cover exactly the same text, the more specific entity wins (a 12-digit
# personnummer can also pass a card number's Luhn check).
ENTITY_PRIORITY = {
    "CREDENTIAL": 95,
    "SIP_ADDRESS": 90,
    "SE_PERSONNUMMER": 80,
    "SE_SAMORDNINGSNUMMER": 80,
    "SE_ORGANISATIONSNUMMER": 75,
    "EMAIL_ADDRESS": 70,
    "IBAN_CODE": 60,
    "PHONE_NUMBER": 50,
    "CREDIT_CARD": 40,
    "IP_ADDRESS": 30,
}


def _rank(finding: Finding) -> tuple[int, float, int]:
    return (ENTITY_PRIORITY.get(finding.entity, 0), finding.score, finding.end - finding.start)


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Non-overlapping findings, in text order.

    A finding inside another is dropped (a SIP URI is one finding, not also the phone number in it);
    of two that overlap partly, the higher (priority, score, length) stays.
    """
    priority = ENTITY_PRIORITY.get
    ordered = sorted(findings, key=lambda f: (f.start, f.start - f.end, -priority(f.entity, 0), -f.score))
    kept: list[Finding] = []
    for finding in ordered:
        if kept and finding.start < kept[-1].end:
            last = kept[-1]
            if finding.end > last.end and _rank(finding) > _rank(last):
                kept[-1] = finding
            continue
        kept.append(finding)
    return kept
