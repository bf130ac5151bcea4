"""PhoneNumberRecognizer: +, 00 and trunk-0 numbers validated with phonenumbers; tel: URIs; no log noise.

Numbers are synthetic: Swedish ones from the range reserved for fiction (+46 70 174 06 05 to 99), German
ones from 030 23125 xxx, and libphonenumber's example numbers (08-12 34 56, 0211 1234567, ...).
"""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers
import pytest

from helpers import run_logscrub
from logscrub.recognizers import PhoneNumberRecognizer
from logscrub.recognizers.generic.phone_number_recognizer import valid_phone_number
from logscrub.scanner.engine import Detector
from logscrub.scanner.records.scan_settings import DEFAULT_SCORE_THRESHOLD
from recognizer_assertions import (
    analyzed,
    analyzed_spans,
    attributes_of,
    detected,
    detected_entities,
    located,
)


@pytest.fixture(scope="module")
def recognizer() -> PhoneNumberRecognizer:
    return PhoneNumberRecognizer()


# text, expected spans (as the substrings they cover)
POSITIVES: list[tuple[str, list[str]]] = [
    # international
    ("+46701740612", ["+46701740612"]),
    ("Ring +46 70 174 06 12 nu", ["+46 70 174 06 12"]),
    ("vxl +46 (0)8 123 456 78", ["+46 (0)8 123 456 78"]),
    ("+46 (0)70 174 06 13", ["+46 (0)70 174 06 13"]),
    ("0046701740612", ["0046701740612"]),
    ("0046 70 174 06 14", ["0046 70 174 06 14"]),
    ("+49 (0)30 23125 123", ["+49 (0)30 23125 123"]),
    ("+49 30 23125 124", ["+49 30 23125 124"]),
    # national Swedish
    ("mobil 070-174 06 12", ["070-174 06 12"]),
    ("0701740612", ["0701740612"]),
    ("08-12 34 56", ["08-12 34 56"]),
    ("031-12 34 56", ["031-12 34 56"]),
    ("010-234 56 78", ["010-234 56 78"]),
    # national German
    ("0211 1234567", ["0211 1234567"]),
    ("030 23125 000", ["030 23125 000"]),
    ("Rückruf an 030/23125-456", ["030/23125-456"]),
    # in log text
    ("callerid=+46701740615 state=RINGING", ["+46701740615"]),
    ("ring (070-174 06 16) idag", ["070-174 06 16"]),
    ("Tel. (08) 12 34 56", ["(08) 12 34 56"]),  # an area code in parentheses is part of the number
    ("2024-03-12 10:00:01 08-12 34 56", ["08-12 34 56"]),
    # an SDP "p=" line carries a phone number
    ("v=0\np=+46 70 174 06 17", ["+46 70 174 06 17"]),
    # two numbers separated by a space are two findings
    ("070-174 06 12 070-174 06 13", ["070-174 06 12", "070-174 06 13"]),
    ("+46701740612 +46701740613", ["+46701740612", "+46701740613"]),
    ("0701740612 0701740613", ["0701740612", "0701740613"]),
    ("+46701740612, 030 23125 001", ["+46701740612", "030 23125 001"]),
    # a personnummer written after a number is no group of it (it is found by its own recognizer)
    ("070-174 06 12 19121212-1212", ["070-174 06 12"]),
    ("+46 70 174 06 12 121212-1212", ["+46 70 174 06 12"]),
    ("070-174 06 12 1212121212", ["070-174 06 12"]),
    # ... and so are two numbers separated by a slash
    ("0701740612/0701740613", ["0701740612", "0701740613"]),
    ("+46701740612/+46701740613", ["+46701740612", "+46701740613"]),
    # tel: URIs (RFC 3966): the span starts after "tel:", keeps ";ext=", leaves ";phone-context=" out
    ("tel:+46701740612", ["+46701740612"]),
    ("tel:+46-70-174-06-12;ext=123", ["+46-70-174-06-12;ext=123"]),
    ("<tel:+49-30-23125-123>", ["+49-30-23125-123"]),
    ("tel:0701740612;phone-context=+46", ["0701740612"]),
    ("tel:+46701740612;ext=12;phone-context=example.se", ["+46701740612;ext=12"]),
    ("TEL:+46701740618", ["+46701740618"]),
    # telephony log shapes: Asterisk extension@context, FreeSWITCH channels, parenthesised numbers
    ("Executing [0701740677@from-internal:1] Dial", ["0701740677"]),
    ('Dial("PJSIP/1001-00000001", "PJSIP/0701740677@trunk-example,60")', ["0701740677"]),
    ("New Channel sofia/external/+46701740677 [9a699c1f]", ["+46701740677"]),
    ("verified by phone (0046701740612); CRM", ["0046701740612"]),
    ("tel 08123456", ["08123456"]),  # short and bare: reported with a context word
    # A value is replaced whole: the digit groups written on to a valid number are part of it
    ("020 7123 4567", ["020 7123 4567"]),  # London's national form; "020 7123" alone is valid in SE
    ("Ring 020-7123 4567 idag", ["020-7123 4567"]),
    ("+46 70 174 06 12 34", ["+46 70 174 06 12 34"]),  # a valid prefix whose tail continues
    ("(08) 12 34 56 7", ["(08) 12 34 56 7"]),
    ("0701740612-12", ["0701740612-12"]),
    ("+1 070-174 06 12", ["+1 070-174 06 12"]),
    # ... but a date, or a group that starts a number of its own, is written after it, not on to it
    ("+46 70 174 06 12 2024-03-12", ["+46 70 174 06 12"]),
    ("070-174 06 12 070-174 07", ["070-174 06 12"]),
    ("0701740612 12 calls", ["0701740612"]),  # one run of digits, then a count
]

# Each must give no PHONE_NUMBER finding (other entities may be found: an IP address, a personnummer).
NEGATIVES = [
    # dates, times, timestamps
    "20240312",
    "2024-03-12 10:00:01",
    "2024-03-12 10:00:01 INFO call setup",
    "2024-03-12 10:00:01 20240312",
    "01/02/2024",
    "01.02.2024",
    "02-12-2024",
    "epoch 1710237601",
    # addresses, versions, ranges, identifiers
    "10.0.0.1",
    "192.168.100.200",
    "host 10.0.0.1 and 192.168.100.200",
    "version 7.0.2046.0",
    "rtp ports 10000-20000",
    "id 08123456-abcd-4def-9012-0123456789ab",
    "uuid 00000000-0000-0000-0000-000000000000",
    "0x0701740612",
    "Call-ID: 0701740612@192.0.2.1",
    "Call-ID: 0701740612",
    "i: 0701740612@192.0.2.1",
    "Dropbox[24019]: [0701/114930:WARNING:dns_config_service]",  # Chromium's MMDD/HHMMSS
    "uniqueid 1231977075.0",
    "bytes=1048576",
    "size 01048576 bytes",
    # SDP session fields (lines start after a newline)
    "v=0\no=- 0701740612 1 IN IP4 192.0.2.1",
    "v=0\no=- 0701740612 0701740613 IN IP4 192.0.2.1",
    "c=IN IP4 192.0.2.1\nt=0 0",
    "v=0\r\no=- 0701740612 1 IN IP4 192.0.2.1\r\n",
    # Swedish identity numbers and organisation numbers
    "811228-9874",
    "8112289874",
    "pnr 811228-9874",
    "0001012384",  # Skatteverket test personnummer 2000-01-01, bare 10 digits
    "000405-2387",
    "0101282382",
    "010507-2391",
    "020609-2397",
    "000073-2388",  # test samordningsnummer
    "556036-0793",
    "5560360793",
    # a valid prefix of something longer than any phone number is not cut out of it
    "08 1234 5678 9012 3456",
    "ref 0701 7406 1212 3456",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_phone_number(recognizer: PhoneNumberRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_finds_phone_number(detector: Detector, text: str, expected: list[str]) -> None:
    assert detected(detector, text, "PHONE_NUMBER") == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_phone_number(recognizer: PhoneNumberRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert detected(detector, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "number",
    [
        "+46701740612",
        "+46 (0)8 123 456 78",
        "0046701740612",
        "070-174 06 12",
        "08-12 34 56",
        "031-12 34 56",
        "010-234 56 78",
        "0211 1234567",
        "+49 (0)30 23125 123",
        "030 23125 000",
    ],
)
def test_table_numbers_are_valid_for_phonenumbers(number: str) -> None:
    """The positives are positives because phonenumbers calls them valid (not by our say-so)."""
    if number.startswith("00"):
        number = "+" + number[2:]
    parsed = [phonenumbers.parse(number.replace("(0)", ""), region) for region in ("SE", "DE")]
    assert any(phonenumbers.is_valid_number(p) for p in parsed)


@pytest.mark.parametrize(
    ("text", "uri"),
    [
        ("INVITE sip:+46701740612@pbx.example.se SIP/2.0", "sip:+46701740612@pbx.example.se"),
        ("From: <sip:0701740613@example.se;user=phone>;tag=9", "sip:0701740613@example.se"),
        ("To: <sip:+49-30-23125-200@example.de>", "sip:+49-30-23125-200@example.de"),
    ],
)
def test_number_inside_sip_uri_is_only_a_sip_address(detector: Detector, text: str, uri: str) -> None:
    assert detected_entities(detector, text) == [("SIP_ADDRESS", uri)]


def test_context_word_raises_score(detector: Detector) -> None:
    (plain,) = detector.detect("070-174 06 12")
    (with_context,) = detector.detect("mobil 070-174 06 12")
    assert plain.entity == with_context.entity == "PHONE_NUMBER"
    assert with_context.score > plain.score


def test_short_bare_digit_run_needs_a_context_word(
    recognizer: PhoneNumberRecognizer, detector: Detector
) -> None:
    text = "combo kernel: CPU 0 irqstacks, hard=02345000 soft=02344000"
    assert detected(detector, text, "PHONE_NUMBER") == []
    assert all(r.score < DEFAULT_SCORE_THRESHOLD for r in analyzed(recognizer, text))


def _parsed_is_valid(number: str, region: str | None) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, region)))
    except phonenumbers.NumberParseException:
        return False


def test_fast_validation_agrees_with_phonenumbers_parse() -> None:
    """`valid_phone_number` builds numbers instead of parsing them; it must judge exactly as parsing does."""
    cases: list[tuple[str, str | None]] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            cases += [(e164, None), (e164[:-1], None), (e164 + "7", None), ("00" + e164[1:], None)]
            if region in ("SE", "DE"):
                national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
                digits = "".join(ch for ch in national if ch.isdigit())
                cases += [(digits, region), (digits[:-1], region), (digits + "1", region)]
    assert len(cases) > 1500
    for number, region in cases:
        regions = (region,) if region else ("SE", "DE")
        expected = _parsed_is_valid("+" + number[2:] if number.startswith("00") else number, region)
        assert valid_phone_number(number, regions) == expected, number


@pytest.mark.parametrize(
    ("text", "fiction"),
    [
        ("mobil 070-174 06 12", True),
        ("+46701740699", True),
        ("0046 70 174 06 05", True),
        ("tel:+46701740650", True),
        ("Tel. 030 23125 123", True),
        ("+49 30 23125 999", True),
        # just outside the reserved ranges, and ordinary example numbers
        ("+46701740604", False),
        ("070-174 07 00", False),
        ("08-12 34 56", False),
        ("+49 30 23126 000", False),
    ],
)
def test_numbers_reserved_for_fiction_are_marked(
    recognizer: PhoneNumberRecognizer, text: str, fiction: bool
) -> None:
    (result,) = analyzed(recognizer, text)
    assert attributes_of(result).get("fiction_number", False) is fiction


# Groups a number is written in: a finding never has one of them beside it.
_GROUP_BESIDE = re.compile(r"^[ \-/()]{1,2}\d|\d[ \-/()]{1,2}$")


@pytest.mark.parametrize(
    "text",
    [
        "020 7123 4567",
        "+44 20 7123 4567",
        "0044 20 7123 4567",
        "+46 8 123 456 78 9",
        "030 23125 123 45",
        "0211 123 456 7",
        "030/23125-456-7",
        "(030) 23125 456 78",
        "+49 (0)30 23125 123 4",
        "089 1234 5678 9",
    ],
)
def test_a_number_is_found_whole_or_not_at_all(detector: Detector, text: str) -> None:
    for start, end, _ in detected(detector, text, "PHONE_NUMBER"):
        assert not _GROUP_BESIDE.search(text[max(0, start - 2) : start]), (text, text[start:end])
        assert not _GROUP_BESIDE.search(text[end : end + 2]), (text, text[start:end])


def test_redaction_replaces_a_number_whole(tmp_path: Path) -> None:
    (tmp_path / "ticket.txt").write_text("Kunde ruft aus London an: 020 7123 4567.\n", encoding="utf-8")
    done = run_logscrub("redact", "ticket.txt", "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "ticket.txt").read_text(encoding="utf-8") == (
        "Kunde ruft aus London an: <PHONE_NUMBER>.\n"
    )
