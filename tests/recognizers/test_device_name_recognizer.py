"""PERSON in device names (DeviceNameRecognizer): positives and hard negatives side by side.

Lines are written in the shapes of FRITZ!Box event logs, dnsmasq and ISC dhcpd leases, hostapd, Traccar
and macOS host names; the owners are invented, the addresses documentation ones. The shapes follow
https://github.com/iobroker-community-adapters/ioBroker.tr-064/issues/444 (FRITZ!Box "WLAN-Gerät
angemeldet … <name>, IP …, MAC …"), https://github.com/homematic-community/hm_pdetect/issues/15
(FRITZ!Box "Michael-Nexus5"-style names), https://github.com/pi-hole/docker-pi-hole/issues/355 (dnsmasq
"DHCP 192.168.0.235 is <device>_<model>_<name>.homedomain", and the DESKTOP-…, android-…, Google-Home
names that are no one's) and https://github.com/traccar/traccar/issues/2372 (OsmAnd "deviceid=").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from logscrub.recognizers import DeviceNameRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed, analyzed_spans, attributes_of, detected, located


@pytest.fixture(scope="module")
def recognizer() -> DeviceNameRecognizer:
    return DeviceNameRecognizer()


POSITIVES = [
    # the owner before the device word, possessive or not, as a host name
    (
        "12.03.24 21:30:02 WLAN-Gerät angemeldet (5 GHz), 866 Mbit/s, Annikas-iPhone, IP 192.0.2.34, "
        "MAC 02:5E:3A:7C:19:B4.",
        ["Annikas-iPhone"],
    ),
    ("GET /?deviceid=anna-telefon&lat=57.70912&lon=11.97501 HTTP/1.1", ["anna-telefon"]),
    ("WARN: [CC384596] Unknown device - anna-telefon (198.51.100.90)", ["anna-telefon"]),
    ("dnsmasq: DHCP 192.0.2.162 is Jonass-MBP.fritz.box", ["Jonass-MBP"]),
    ("DHCPACK on 192.0.2.20 to 02:5e:3a:7c:19:b4 (eriks-macbook-pro) via eth0", ["eriks-macbook-pro"]),
    ("hostapd: wlan0: STA 02:5e:3a:7c:19:b5 IEEE 802.11: associated, name Petras-iPad", ["Petras-iPad"]),
    ("client ANNA-PC requested 192.0.2.41", ["ANNA-PC"]),
    ("lease 192.0.2.42 katrins_laptop", ["katrins_laptop"]),
    ("Anna-Lenas-iPhone hat sich abgemeldet", ["Anna-Lenas-iPhone"]),
    ("Toms-MacBook-Pro-2.local", ["Toms-MacBook-Pro-2"]),  # Tom is a word too, but a well-known name
    ("Klaras-Galaxy-S23 ist offline", ["Klaras-Galaxy-S23"]),
    # the owner before the device word, possessive, as the phone itself writes it
    ("Gerät „Annas iPad“ verbunden", ["Annas iPad"]),
    ("Jonas iPhone svarar inte", ["Jonas iPhone"]),
    ("connected: Erik's MacBook Pro", ["Erik's MacBook Pro"]),
    ("connected: Erik’s MacBook Air", ["Erik’s MacBook Air"]),
    ("Annas iPhone 15 Pro Max war offline", ["Annas iPhone 15 Pro Max"]),
    # the owner after the device word: after "von", or in a host name
    ("WLAN-Gerät angemeldet (2,4 GHz), iPhone-von-Jonas, IP 192.0.2.35", ["iPhone-von-Jonas"]),
    ("Gerät iPhone von Jonas getrennt", ["iPhone von Jonas"]),
    ("WLAN-Gerät angemeldet, Galaxy-S23-von-Petra, IP 192.0.2.36", ["Galaxy-S23-von-Petra"]),
    ("Galaxy S23 von Petra", ["Galaxy S23 von Petra"]),
    ("dnsmasq: DHCP 192.0.2.235 is OnePlus_6_Lukas.homedomain", ["OnePlus_6_Lukas"]),
    ("Annikas-iPhone and iPhone-von-Jonas", ["Annikas-iPhone", "iPhone-von-Jonas"]),
]

NEGATIVES = [
    # device names without an owner
    "iPhone-12",
    "Galaxy-S23",
    "DESKTOP-7H3K2",
    "MacBook-Pro",
    "android-5f3a2b",
    "Pixel-7a",
    "dnsmasq: DHCP 192.0.2.71 is android-8246fb4b9bc389bc.homedomain",
    "dnsmasq: DHCP 192.0.2.200 is Google-Home.homedomain",
    "Galaxy-Note20-Ultra",
    "Macbook-Air",
    # a word, a brand or a role next to the device word
    "sip-phone soft-phone desk phone IP-Phone Cisco-IP-Phone Polycom-Phone",
    "test-pc home-pc gaming-pc office-pc lab-phone guest-laptop",
    "Fritz-Phone Dell-Laptop",
    "Omas-iPad Papas-iPhone",
    "Konferenz-Telefon Büro-Telefon Empfang-PC",
    "authorMacBook-Pro networkd[195]: nw_endpoint",
    # prose: no possessive, a word of the language, no capital
    "the phone rang, my iPhone, his phone, this phone",
    "Hans telefon var avstängd",  # "his phone"
    "annas ipad",
    "Anna iPhone",
    "User-Agent: ExampleSoftphone/6.2.9 (iPhone; iOS 17.3.1)",
    "model=iPhone%2015&os=ios17.3.1",
    "ExampleSoftphone/6.2.9 (Android 14; Pixel 8)",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_device_name(recognizer: DeviceNameRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)
    assert [attributes_of(r) for r in analyzed(recognizer, text)] == [{"device_name": True}] * len(expected)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_finds_device_name(detector: Detector, text: str, expected: list[str]) -> None:
    assert detected(detector, text, "PERSON") == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_device_name(recognizer: DeviceNameRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


def test_fast_matches_are_the_declared_patterns_matches(recognizer: DeviceNameRecognizer) -> None:
    """The device word scan finds exactly what each declared regex finds: a Presidio user running the
    patterns gets the same candidates."""
    text = "\n".join([*(t for t, _ in POSITIVES), *NEGATIVES, "is OnePlus_6_Lukas, Ümits-İPhone ıphone"])
    for index, pattern in enumerate(recognizer.patterns):
        declared = [m.span() for m in re.compile(pattern.regex).finditer(text)]
        assert [m.span() for m in recognizer.matches(text, index)] == declared, pattern.name


def test_device_names_in_real_logs(recognizer: DeviceNameRecognizer, shared_dir: Path) -> None:
    """System logs name many hosts (authorMacBook-Pro, calvisitor-10-105-162-32): only a host name made
    of a device word and a first name is a device name there."""
    found = {
        text[r.start : r.end]
        for path in sorted((shared_dir / "corpora").glob("*.*"))
        for text in [path.read_text(encoding="utf-8", errors="replace")]
        for r in recognizer.analyze(text, ["PERSON"])
    }
    # one: a macOS host name "<Name>s-iMac" in an sshd log
    assert len(found) == 1 and re.fullmatch(r"[A-Z][a-z]+s-iMac", found.pop())
