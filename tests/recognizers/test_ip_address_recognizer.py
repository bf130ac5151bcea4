"""IP_ADDRESS (IpAddressRecognizer): addresses and their scope; loopback only when asked for."""

from __future__ import annotations

import pytest

from logscrub.recognizers import IpAddressRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed, attributes_of, detected_entities

POSITIVES = [
    ("via 192.0.2.1:5060", "192.0.2.1", "public"),
    ("Contact: <sips:[2001:db8::1]:5061>", "2001:db8::1", "public"),
    ("dns 8.8.8.8", "8.8.8.8", "public"),
    ("ff02::1 multicast", "ff02::1", "public"),
    ("phone at 10.20.0.14", "10.20.0.14", "private"),
    ("gw 172.16.5.4:5080", "172.16.5.4", "private"),
    ("[192.168.1.1]", "192.168.1.1", "private"),
    ("CGNAT 100.64.0.1", "100.64.0.1", "private"),
    ("APIPA 169.254.10.1", "169.254.10.1", "private"),
    ("fe80::1%eth0", "fe80::1", "private"),
    ("ula fd12:3456::1", "fd12:3456::1", "private"),
    ("mapped ::ffff:10.0.0.1", "10.0.0.1", "private"),
    # Every octet written with three digits, as Avaya's wireless handsets log their own address.
    ("handset (198.051.100.067) [0000] Call end", "198.051.100.067", "public"),
    # Reverse DNS names that hold the address (an ISP's in a Received: header; a cloud's host name).
    ("Received: from mail (c-198-51-100-140.example.net)", "198-51-100-140", "public"),
    ("ssh from ip-10-0-1-23.ec2.internal", "10-0-1-23", "private"),
]

LOOPBACK = [
    ("from 127.0.0.1:46482", "127.0.0.1"),
    ("host 127.1.2.3", "127.1.2.3"),
    ("my ip: ::1", "::1"),
    ("[::1]:5060", "::1"),
    ("listen 0.0.0.0:5060", "0.0.0.0"),
    ("::ffff:127.0.0.1", "127.0.0.1"),
]

NEGATIVES = [
    "version 7.0.2046.0",
    "build 2026-12-07-1.example.org",  # a date: 2026 is no octet
    "cid c-300-51-100-140.example.net",  # 300 is no octet
    "x 198-51-100-140 without a domain after it",
    "octets 198.051.100.0678",
    "oid 1.2.3.4.5",
    "10:00:01",
    "std::vector",
    "Port 80:443",
    "1.2.3",
    # Versions in User-Agent and Server headers: after a product token and "/", or in parentheses.
    "User-Agent: Snom D785/10.1.141.13",
    "Server: FPBX-16.0.40(18.13.0.2)",
    "ua=Yealink SIP-T54W/96.86.0.100",
    '{"user_agent": "Grandstream GXP2170/1.0.11.23"}',
    "User-Agent: Yealink SIP-T54W 96.86.0.100",  # a model and a blank in a User-Agent header
    "<sip_user_agent>Grandstream GXP2170 1.0.11.79</sip_user_agent>",
    "User-Agent: Snom D785/10.1.141.13.",
    "(16:21:40) Kund: my phone is a Snom D785/10.1.141.13, and it rings",  # a product in prose
    "#!version:1.0.0.1",  # Yealink's provisioning file header
    "firmware=2.1.0.15",
]

# Addresses next to versions and slashes stay addresses.
ADDRESSES_NEAR_VERSIONS = [
    ("ua=Yealink SIP-T54W/96.86.0.100 via 192.0.2.10", "192.0.2.10"),
    ("GET /hosts/192.0.2.1 HTTP/1.1", "192.0.2.1"),
    ("route via host/192.0.2.8", "192.0.2.8"),
    ("src=192.0.2.7/24", "192.0.2.7"),
]


@pytest.mark.parametrize(("text", "address", "scope"), POSITIVES)
def test_finds_address_with_scope(detector: Detector, text: str, address: str, scope: str) -> None:
    (result,) = analyzed(IpAddressRecognizer(), text)
    assert (text[result.start : result.end], attributes_of(result)) == (address, {"scope": scope})
    assert [(f.entity, text[f.start : f.end], dict(f.attributes or {})) for f in detector.detect(text)] == [
        ("IP_ADDRESS", address, {"scope": scope})
    ]


@pytest.mark.parametrize(("text", "address"), LOOPBACK)
def test_loopback_is_reported_only_when_asked(detector: Detector, text: str, address: str) -> None:
    assert analyzed(IpAddressRecognizer(), text) == []
    assert detected_entities(detector, text) == []
    (result,) = analyzed(IpAddressRecognizer(report_loopback=True), text)
    assert (text[result.start : result.end], attributes_of(result)) == (address, {"scope": "loopback"})
    asked = Detector([IpAddressRecognizer(report_loopback=True)])
    assert detected_entities(asked, text) == [("IP_ADDRESS", address)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_ip_address(detector: Detector, text: str) -> None:
    assert analyzed(IpAddressRecognizer(report_loopback=True), text) == []
    assert [e for e, _ in detected_entities(detector, text) if e == "IP_ADDRESS"] == []


@pytest.mark.parametrize(("text", "address"), ADDRESSES_NEAR_VERSIONS)
def test_an_address_next_to_a_version_is_found(detector: Detector, text: str, address: str) -> None:
    assert [v for e, v in detected_entities(detector, text) if e == "IP_ADDRESS"] == [address]
