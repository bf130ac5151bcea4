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
]

LOOPBACK = [
    ("from 127.0.0.1:46482", "127.0.0.1"),
    ("host 127.1.2.3", "127.1.2.3"),
    ("my ip: ::1", "::1"),
    ("[::1]:5060", "::1"),
    ("listen 0.0.0.0:5060", "0.0.0.0"),
    ("::ffff:127.0.0.1", "127.0.0.1"),
]

NEGATIVES = ["version 7.0.2046.0", "oid 1.2.3.4.5", "10:00:01", "std::vector", "Port 80:443", "1.2.3"]


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
