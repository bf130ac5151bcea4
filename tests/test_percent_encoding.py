"""Percent-encoded values in URLs, query strings and form bodies: every recognizer sees the decoded
value, and the whole encoded value is reported and replaced, nothing around it.

Synthetic lines in the shapes of web server access logs and logged form posts (``+`` is a space in an
``application/x-www-form-urlencoded`` body: https://url.spec.whatwg.org/#urlencoded-parsing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_logscrub
from logscrub.recognizers import default_recognizers
from logscrub.scanner.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(default_recognizers())


# text, what is found in it (entity, the text of the finding)
ENCODED: list[tuple[str, list[tuple[str, str]]]] = [
    ("GET /api/lookup?email=erik.lind%40example.se HTTP/1.1", [("EMAIL_ADDRESS", "erik.lind%40example.se")]),
    ("GET /api/lookup?phone=%2B46701740699&lang=sv", [("PHONE_NUMBER", "%2B46701740699")]),
    ("https://example.se/kund/erik.lind%40example.se/profil", [("EMAIL_ADDRESS", "erik.lind%40example.se")]),
    ("mobil=070-174%2006%2099", [("PHONE_NUMBER", "070-174%2006%2099")]),
    ("pnr=19850101%2D2382", [("SE_PERSONNUMMER", "19850101%2D2382")]),
    # a form body: "+" is a space, so the name is two words
    (
        "POST /kontakt body: namn=Anna+Svensson&epost=anna.svensson%40example.se",
        [("PERSON", "Anna+Svensson"), ("EMAIL_ADDRESS", "anna.svensson%40example.se")],
    ),
    # UTF-8, and Latin-1 as older forms send it
    ("caller_name=%C3%85sa%20Str%C3%B6m&x=1", [("PERSON", "%C3%85sa%20Str%C3%B6m")]),
    ("caller_name=%C5sa+Str%F6m", [("PERSON", "%C5sa+Str%F6m")]),
    # encoded twice (a URL in a redirect parameter)
    (
        "redirect=https%3A%2F%2Fexample.se%2F%3Fuser%3Danna.svensson%2540example.se&t=1",
        [("EMAIL_ADDRESS", "anna.svensson%2540example.se")],
    ),
    # an encoded and a plain value side by side: each found once
    (
        "to=bo.ek@example.se&cc=erik.lind%40example.se",
        [("EMAIL_ADDRESS", "bo.ek@example.se"), ("EMAIL_ADDRESS", "erik.lind%40example.se")],
    ),
]

NOTHING = [
    "CPU 50% done, 100% of 3 cores",
    "GET /search?q=ring%20tillbaka%20imorgon HTTP/1.1",
    "printf('%d calls', n)",
    "path=%2Fvar%2Flog%2Fasterisk%2Ffull",
]


@pytest.mark.parametrize(("text", "expected"), ENCODED)
def test_percent_encoded_values_are_found_whole(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    found = detector.detect(text)
    assert [(f.entity, text[f.start : f.end]) for f in found] == expected
    encoded = [f for f in found if "%" in text[f.start : f.end] or "+" in text[f.start : f.end]]
    assert encoded and all(f.attributes and f.attributes["percent_encoded"] for f in encoded)


@pytest.mark.parametrize("text", NOTHING)
def test_percent_encoded_text_without_personal_data(detector: Detector, text: str) -> None:
    assert detector.detect(text) == []


def test_redaction_replaces_the_whole_encoded_value_and_nothing_else(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(
        '192.0.2.1 - - [01/Dec/2026:10:00:01 +0100] "GET /api/lookup?email=erik.lind%40example.se'
        '&phone=%2B46701740699&lang=sv HTTP/1.1" 200 512\n'
        "POST /kontakt body: namn=Anna+Svensson&meddelande=Ring%20mig\n"
    )
    (tmp_path / "ticket.json").write_text(
        json.dumps({"url": "https://example.se/?mail=erik.lind%40example.se"})
    )
    out, report = tmp_path / "out", tmp_path / "report.json"
    done = run_logscrub("redact", log, tmp_path / "ticket.json", "--out", out, "--report", report)
    assert done.returncode == 0, done.stderr
    assert (out / "access.log").read_text() == (
        '<IP_ADDRESS> - - [01/Dec/2026:10:00:01 +0100] "GET /api/lookup?email=<EMAIL_ADDRESS>'
        '&phone=<PHONE_NUMBER>&lang=sv HTTP/1.1" 200 512\n'
        "POST /kontakt body: namn=<PERSON>&meddelande=Ring%20mig\n"
    )
    assert json.loads((out / "ticket.json").read_text()) == {
        "url": "https://example.se/?mail=<EMAIL_ADDRESS>"
    }
    files = {Path(entry["path"]).name: entry["findings"] for entry in json.loads(report.read_text())["files"]}
    assert [(f["entity"], f["attributes"].get("percent_encoded")) for f in files["access.log"]] == [
        ("IP_ADDRESS", None),
        ("EMAIL_ADDRESS", True),
        ("PHONE_NUMBER", True),
        ("PERSON", True),
    ]
