"""AnnouncedPhoneNumberRecognizer: numbers without "+"/"00" (or possible but not valid) where a key or a
word announces a phone number, and caller ID numbers; never addresses, ports, times, dates or ids.

Numbers are synthetic: the Swedish fiction range +46 70 174 06 05..99, the German 030 23125 xxx, and
libphonenumber's example numbers (+49 40 123456, +49 89 123456).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_logscrub
from logscrub.recognizers import AnnouncedPhoneNumberRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed, analyzed_spans, attributes_of, detected, located


@pytest.fixture(scope="module")
def recognizer() -> AnnouncedPhoneNumberRecognizer:
    return AnnouncedPhoneNumberRecognizer()


# text, expected spans (as the substrings they cover)
POSITIVES: list[tuple[str, list[str]]] = [
    # country code without "+" or "00" after a key
    ("GET /click2call?from=4940123456&to=46701740612 HTTP/1.1", ["4940123456", "46701740612"]),
    ("callerid=46701740612 state=RINGING", ["46701740612"]),
    ("Caller ID: 46701740612", ["46701740612"]),
    ("calling party number = 46701740613", ["46701740613"]),
    ("caller_id_number: 4930231250", ["4930231250"]),
    ("CALLERID(num)=46701740613", ["46701740613"]),
    ("agi_callerid: 46701740614", ["46701740614"]),
    ("Caller-Caller-ID-Number: [46701740615]", ["46701740615"]),
    ("CLI: 46701740616, DNIS: 4930231250", ["46701740616", "4930231250"]),
    ("ANI=46701740617", ["46701740617"]),
    ("rdnis=4930231251", ["4930231251"]),
    ("msisdn=46701740618", ["46701740618"]),
    ("calling_number=46701740619 called_number=4930231252", ["46701740619", "4930231252"]),
    ("src=46701740620 dst=4930231253", ["46701740620", "4930231253"]),
    ('{"from": 4940123456, "to": "46701740621"}', ["4940123456", "46701740621"]),
    ("<msisdn>46701740622</msisdn>", ["46701740622"]),
    # words before a number, with only blanks between
    ("Rufnummer 4989123456", ["4989123456"]),
    ("Bitte Rückruf, Tel. 4930231254", ["4930231254"]),
    ("Tel.-Nr.: 4930231255", ["4930231255"]),
    ("Tel 4930231254", ["4930231254"]),
    ("Mobil 46 70 174 06 24", ["46 70 174 06 24"]),
    ("telefonnummer: 46-70-174-06-25", ["46-70-174-06-25"]),
    ("Handynummer 46701740626", ["46701740626"]),
    ("phone 2312500", ["2312500"]),  # a local number (without its area code) after a word
    ("Rückrufnummer: 23125433 (Berlin, Vorwahl fehlt)", ["23125433"]),
    # compound words that end in a word for a phone, German and Swedish
    ("Festnetznummer 030 23125 437", ["030 23125 437"]),
    ("Diensthandy: +46701740638", ["+46701740638"]),
    ("Mobiltelefonnummer 4930231259", ["4930231259"]),
    ("hemnummer: 46701740636", ["46701740636"]),
    ("Växelnummer 46701740637", ["46701740637"]),
    ("direktnummer 46701740639", ["46701740639"]),
    # a national number without its trunk 0, after a word and after up to three words of qualifier
    ("Mobil laut Kundin: 30 23125 434", ["30 23125 434"]),
    ("Telefon tagsüber: 30 23125 438", ["30 23125 438"]),
    ("Telefon (privat): 70 174 06 61", ["70 174 06 61"]),
    ("Tel. der Tochter abends: 0701740662", ["0701740662"]),
    # internal short numbers after a word for an extension: they reach their person
    ("Kort nr (internt): 174 06 59", ["174 06 59"]),
    ("Anknytning 4711", ["4711"]),
    ("kortnummer: 6543", ["6543"]),
    ("Internnummer 4712", ["4712"]),
    ("Durchwahl: 12", ["12"]),
    ("Bürodurchwahl 435", ["435"]),
    ("Nebenstelle 235", ["235"]),
    # possible but not valid for libphonenumber
    ("CLI: +49151234567", ["+49151234567"]),
    ("to=49151234567", ["49151234567"]),
    # national and international forms are announced numbers too
    ("mobil: 0701740627", ["0701740627"]),
    ("phone=0046701740628", ["0046701740628"]),
    # a caller ID: "name" <number>, and a name that is itself a number
    ('"Anna Berg" <46701740629>', ["46701740629"]),
    ('"","4670","""Anna Berg"" <89161234567>","default"', ["89161234567"]),
    ('From: "46701740630" <sip:46701740630@pbx.example.se>;tag=1', ["46701740630"]),
    # cells of digits in rows of call records, whatever their column (Asterisk's disposition,
    # FreeSWITCH's hangup cause and uuid, 3CX's time-start and reason-terminated tell the rows)
    (
        '"","46701740633","4930231256","default",32,30,"ANSWERED","DOCUMENTATION"',
        ["46701740633", "4930231256"],
    ),
    (
        '"46701740634","4930231257","NORMAL_CLEARING","9a699c1f-e860-49aa-8c07-7fcfdcc938bb"',
        ["46701740634", "4930231257"],
    ),
    (
        "Call 7,00000C4D_7,00:00:31,2024/03/12 10:00:00,,2024/03/12 10:00:31,TerminatedByDst,46701740635,"
        "101,Chain: 46701740635;Ext.101;",
        ["46701740635", "46701740635"],
    ),
    # gammu-smsd's message files, named after the sender or recipient (modelled on
    # https://manpages.ubuntu.com/manpages/oracular/man7/gammu-smsd-files.7.html)
    ("gammu-smsd[383]: Message OUTC20240312_130756_00_+46701740667_sms0.txt", ["+46701740667"]),
    ("gammu-smsd[383]: Received IN20240312_130912_00_+493023125488_00.txt", ["+493023125488"]),
    ("/var/spool/gammu/outbox/OUTA_+46701740668_01.txt", ["+46701740668"]),
    ("inbox/IN20240312_131004_01_0046701740669_00.bin", ["0046701740669"]),
    # call recordings named after the parties: Yeastar's <time>-<from>-<to>.wav (modelled on
    # https://help.yeastar.com/en/cloudpbx/topic/cdr-database.html), FreePBX's MixMonitor
    # <kind>-<to>-<from>-<date>-<time>-<uniqueid>.wav (modelled on https://pastebin.com/PSzndQW3). The
    # place names a party: 0701740623 also reads as a samordningsnummer, and is a number here.
    ("recordfile: 20240312101401-1001-0701740623.wav", ["0701740623"]),
    ("20240312101733-4930231258-1002.wav", ["4930231258"]),
    # (modelled on https://help.yeastar.com/en/cloudpbx-developer/api/api_cdr.html)
    ('"recording": "20240312102033-1710238833.20-1001-0046701740634-Outbound.yswav"', ["0046701740634"]),
    (
        'MixMonitor("PJSIP/1001-0000001a", "2024/03/12/out-0701740623-1001-20240312-101401-'
        '1710238441.18.wav,abi(LOCAL_MIXMON_ID),")',
        ["0701740623"],
    ),
    ("monitor/in-1001-+493023125459-20240312-101401-1710238441.18.wav", ["+493023125459"]),
]

NEGATIVES = [
    # from/to/src/dst holding addresses, ports, times, ids
    "src=10.0.0.7 dst=10.0.0.8 proto=udp",
    "src=192.0.2.1:5060 dst=198.51.100.2:5060",
    "dst=5060",
    "from=12345&to=67890",
    "src=1710237601 dst=1710237601123",  # epoch seconds and milliseconds
    "from=20240312 to=20240313",
    "from: 2024-03-12 10:00:01",
    "to=20240312100001",
    "uniqueid=1710237640.57 src=1710237640.57",
    "from 4940123456 to 46701740612",  # traffic keys announce only as keys (key=value), not in prose
    "to: 46701740612@pbx.example.se",  # a user part; the SIP address recognizer's
    "to=2312500",  # a local number only after a word that names a phone
    "to=12345678901234567",  # longer than any number
    "dst=4670174061234567",
    "callid=46701740612",  # a Call-ID
    "Call-ID: 46701740612",
    "number=46701740612",  # "number" alone: order, ticket and serial numbers
    "ticket number: 46701740612",
    "from=+1712345678",  # not possible
    "phone: 198112289874",  # a personnummer
    "phone: 811228-9874",
    'cli: "4711"',  # an extension
    '"4711" <sip:4711@pbx.example.se>',
    '"Anna Berg" <4711>',
    "telemetry=4670174061",  # "tel" inside a word
    "hotel 46701740612",
    # digits in CSV rows that are no call records, and cells of call records that are no numbers
    '"order","46701740612","shipped"',
    '"","1710237640","100","default",32,30,"ANSWERED","DOCUMENTATION","1710237640.57"',
    '"","20240312","100","default",32,30,"BUSY","DOCUMENTATION"',
    '"","+1712345678","100","default",32,30,"FAILED","DOCUMENTATION"',
    # words that end in "nummer" but name no phone; a word for a phone without a colon after prose
    "Kundennummer: 23125433",
    "personnummer 23125433",
    "Bestellnummer: 30 23125 434",
    "Rückruf 23125433",
    # a qualifier: words only, at most three, on the key's line; a field key takes none
    "Telefon 1 von 3: 4930231250",
    "Mobil laut Kundin:\n30 23125 434",
    "Mobil laut der neuen Kundin: 30 23125 434",
    "Mobile app version: 4711234",  # after a qualifier only a valid number
    "from the caller: 4940123456",
    # extensions: one digit, dates; "kort" alone is a card; "ext" and "extension" name the dialplan's
    # extensions in PBX logs
    "Durchwahl: 1",
    "Nebenstelle 2024-03-12",
    "kort: 1234",
    "ext. 4711",
    "Call from 'anonymous' to extension '9011+46701740612' rejected",
    # file names: a party that is an extension, a name, a short code, an epoch time; dates, times,
    # serials and unique ids are no parties; other shapes and extensions are no such files
    "IN20240312_130912_00_Telia_00.txt",
    "IN20240312_130912_00_72456_00.txt",
    "OUTC20240312_130756_00_1710238441_sms0.txt",
    "20240312101401-1001-1002.wav",
    "out-anonymous-1001-20240312-101401-1710238441.18.wav",
    "out-1001-1002-20240312-101401-1710238441.18.wav",
    "20240312102033-1710238833.20-1001-1002-Internal.yswav",
    "OUTC20240312_130756_00_+46701740667_sms0.log",
    "xIN20240312_130912_00_+493023125488_00.txt",
    "build_20240312_130756_00_0701740612.tar",
    "IN20240312_130912_00_5060_00.txt",  # a port where a party stands: too short for a number
    "Call-ID: 0701740623-1001-20240312@pbx.example.se",  # no file name; a Call-ID's digits are random
    "uniqueid=1710238441.18 recordfile=20240312101401-1001-1002.wav",
    # ports and addresses after a word with a qualifier
    "Telefon Port: 5060",
    "Mobil laut Kundin: 192.0.2.1:5060",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_announced_number(
    recognizer: AnnouncedPhoneNumberRecognizer, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize(("text", "expected"), [p for p in POSITIVES if p[1]])
def test_detector_finds_announced_number(detector: Detector, text: str, expected: list[str]) -> None:
    assert detected(detector, text, "PHONE_NUMBER") == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_announced_number(
    recognizer: AnnouncedPhoneNumberRecognizer, detector: Detector, text: str
) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert detected(detector, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "valid"),
    [("from=4940123456", True), ("cli=46701740612", True), ("CLI: +49151234567", False)],
)
def test_a_valid_number_scores_higher_than_a_possible_one(
    recognizer: AnnouncedPhoneNumberRecognizer, text: str, valid: bool
) -> None:
    (result,) = analyzed(recognizer, text)
    assert (result.score > 0.7) is valid


@pytest.mark.parametrize(
    ("text", "fiction"),
    [
        ("cli=46701740612", True),
        ("from=4930231250123", False),
        ("src=4930231255", False),
        ("Mobil laut Kundin: 30 23125 434", True),  # a fiction number without its trunk 0
        ("IN20240312_130912_00_+493023125488_00.txt", True),
    ],
)
def test_numbers_reserved_for_fiction_are_marked(
    recognizer: AnnouncedPhoneNumberRecognizer, text: str, fiction: bool
) -> None:
    (result,) = analyzed(recognizer, text)
    assert attributes_of(result).get("fiction_number", False) is fiction


def _found(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    done = run_logscrub("scan", name, "--format", "json", "-j", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(done.stdout)["files"]
    return [(text[f["start"] : f["end"]], f["entity"]) for f in entry["findings"]]


def test_a_phone_column_announces_its_numbers(tmp_path: Path) -> None:
    text = "name,telefon,visits\nCarin Ek,46701740631,12345678\n"
    assert ("46701740631", "PHONE_NUMBER") in _found(tmp_path, "contacts.csv", text)
    assert "12345678" not in {value for value, _ in _found(tmp_path, "contacts.csv", text)}


def test_a_json_from_field_announces_its_number(tmp_path: Path) -> None:
    text = '{"event": "call", "from": 4940123456, "to": "46701740632", "duration": 1234567}\n'
    found = _found(tmp_path, "events.json", text)
    assert ("4940123456", "PHONE_NUMBER") in found
    assert ("46701740632", "PHONE_NUMBER") in found
    assert "1234567" not in {value for value, _ in found}
