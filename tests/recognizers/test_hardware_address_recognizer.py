"""MAC_ADDRESS (HardwareAddressRecognizer): positives and hard negatives side by side."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from logscrub.recognizers import HardwareAddressRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> HardwareAddressRecognizer:
    return HardwareAddressRecognizer()


POSITIVES = [
    ("phone 00:1A:2B:3C:4D:5E registered", ["00:1A:2B:3C:4D:5E"]),
    ("mac=0a:23:f5:67:89:ac;", ["0a:23:f5:67:89:ac"]),
    ("Yealink 80-5E-C0-12-34-56 provisioning", ["80-5E-C0-12-34-56"]),
    ("cisco 001a.2b3c.4d5e up", ["001a.2b3c.4d5e"]),
    ("00:1A:2B:3C:4D:5E and 00:1A:2B:3C:4D:5F", ["00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5F"]),
    # a full stop that ends the sentence is not part of the address (FRITZ!Box event log)
    ("WLAN-Gerät angemeldet, IP 192.0.2.34, MAC 02:5E:3A:7C:19:B4.", ["02:5E:3A:7C:19:B4"]),
    ("Gerät 80-5E-C0-12-34-56.\n", ["80-5E-C0-12-34-56"]),
    ("cisco 001a.2b3c.4d5e. up", ["001a.2b3c.4d5e"]),
    # twelve bare hex digits after a key (an app's registration body, a JSON field, a tag, prose)
    ("appid=1&mac=0a1b2c3d4e5f&version=6.2.9", ["0a1b2c3d4e5f"]),
    ("MAC: 0A1B2C3D4E5F", ["0A1B2C3D4E5F"]),
    ("MAC-Adresse: 0A1B2C3D4E5F", ["0A1B2C3D4E5F"]),
    ('{"macAddress": "0a1b2c3d4e5f"}', ["0a1b2c3d4e5f"]),
    ("<mac>0a1b2c3d4e5f</mac>", ["0a1b2c3d4e5f"]),
    ("deviceMac=0A1B2C3D4E5F client_mac=0A1B2C3D4E5D", ["0A1B2C3D4E5F", "0A1B2C3D4E5D"]),
    ("eth0 HWaddr 0a1b2c3d4e5f", ["0a1b2c3d4e5f"]),
    ("ether 0a1b2c3d4e5f", ["0a1b2c3d4e5f"]),
    # Cisco device names: the MAC after SEP, ATA, CIP, BAT (CUCM SDL trace, CDR flat file)
    ('+u.sip!devicename.ccm.cisco.com="SEP021A2B3C4D5E"', ["021A2B3C4D5E"]),
    ('"SIP_Trunk_Example","SEP0A1B2C3D4E5F","198.51.100.58"', ["0A1B2C3D4E5F"]),
    ("ATA0A1B2C3D4E01 BAT0A1B2C3D4E02 CIP0A1B2C3D4E03", ["0A1B2C3D4E01", "0A1B2C3D4E02", "0A1B2C3D4E03"]),
    # Provisioning files phones fetch and upload under their MAC, as in the file list of
    # https://community.poly.com/t5/VoIP-SIP-Phones/FAQ-What-files-does-my-phone-download-or-upload-and-why/td-p/30582
    # and Grandstream's cfgMAC / cfgMAC.xml (documentation.grandstream.com, SIP Device Provisioning Guide)
    ('"GET /provisioning/021a2b3c4d5e.cfg HTTP/1.1" 200', ["021a2b3c4d5e"]),
    ("GET /0004f2a1b2c3-phone.cfg PUT /0004f2a1b2c3-app.log", ["0004f2a1b2c3", "0004f2a1b2c3"]),
    ("GET /phones/0004f2a1b2c3-directory.xml", ["0004f2a1b2c3"]),
    ("tftp: cfg000b82a1b2c3 then cfg000b82a1b2c3.xml", ["000b82a1b2c3", "000b82a1b2c3"]),
    ("GET /spa0a1b2c3d4e5f.xml", ["0a1b2c3d4e5f"]),
    ("GET /snomD785-000413A1B2C3.htm", ["000413A1B2C3"]),
    ("TFTP read SIP0A1B2C3D4E5F.cnf and SEP0A1B2C3D4E5F.cnf.xml", ["0A1B2C3D4E5F", "0A1B2C3D4E5F"]),
]

NEGATIVES = [
    "ff:ff:ff:ff:ff:ff",  # broadcast
    "00:00:00:00:00:00",
    "2024-03-12 10:00:01",  # a time
    "10:00:01:02:03:04:05",  # seven groups
    "00:1A:2B:3C:4D",  # five groups
    "00:1A-2B:3C-4D:5E",  # mixed separators
    "fe80::1a2b:3c4d:5e6f",  # IPv6
    "x00:1A:2B:3C:4D:5E",  # glued to a word
    "version 1.2.3.4",
    "00:1A:2B:3C:4D:5E.1",  # a full stop that continues the token
    "001a.2b3c.4d5e.5f6a",
    # twelve hex digits that nothing announces as a MAC: tags, branches, Call-IDs, ids, hashes
    "From: <sip:1002@pbx.example.se>;tag=0021a0c1d2e3",
    "Via: SIP/2.0/UDP 192.0.2.7;branch=z9hG4bK021a2b3c4d5e",
    "Call-ID: 021a2b3c4d5e@198.51.100.57",
    "Call-ID: 00e0f1a2-b3c40005-6d7e8f90-1a2b3c4d@198.51.100.57",
    "session 0a1b2c3d4e5f started",
    "token=84a8867aeb1ea814e830f8f5bfb1a79f",
    "mac=0a1b2c3d4e5f0a1b",  # sixteen digits
    "HMAC: 0a1b2c3d4e5f",
    "GET /static/0a1b2c3d4e5f.js",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)",
    "xSEP0A1B2C3D4E5F",
    "SEP0A1B2C3D4E5F0",  # thirteen digits
    # Polycom's and Yealink's shared files: all zeros, or a model number after "y"
    "GET /000000000000.cfg /000000000000-directory.xml /y000000000028.cfg",
    "MAC: 000000000000",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_mac_address(recognizer: HardwareAddressRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_finds_mac_address(detector: Detector, text: str, expected: list[str]) -> None:
    assert [(e, v) for e, v in detected_entities(detector, text) if e == "MAC_ADDRESS"] == [
        ("MAC_ADDRESS", value) for value in expected
    ]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_mac_address(recognizer: HardwareAddressRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert [e for e, _ in detected_entities(detector, text) if e == "MAC_ADDRESS"] == []


def test_fast_matches_are_the_declared_patterns_matches(recognizer: HardwareAddressRecognizer) -> None:
    """The literal scans find exactly what each declared regex finds: a Presidio user running the
    patterns gets the same candidates."""
    text = "\n".join([*(t for t, _ in POSITIVES), *NEGATIVES, "mac=0a1b2c3d4e5f.cfg SEP0A1B2C3D4E5F.xml"])
    for index, pattern in enumerate(recognizer.patterns):
        declared = [m.span() for m in re.compile(pattern.regex).finditer(text)]
        assert [m.span() for m in recognizer.matches(text, index)] == declared, pattern.name


def test_bare_hex_digits_in_real_logs_are_no_mac_address(
    recognizer: HardwareAddressRecognizer, shared_dir: Path
) -> None:
    """SIP traces and system logs are full of hex ids: only separated notations are MACs there."""
    corpora = sorted((shared_dir / "corpora").glob("*.*"))
    assert corpora
    bare = [
        (path.name, text[r.start : r.end])
        for path in corpora
        for text in [path.read_text(encoding="utf-8", errors="replace")]
        for r in recognizer.analyze(text, ["MAC_ADDRESS"])
        if not any(separator in text[r.start : r.end] for separator in ":-.")
    ]
    assert bare == []
