"""CREDENTIAL: positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import CredentialRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located

DIGEST = (
    'Authorization: Digest username="1001", realm="pbx.example.se", nonce="5f3c8a9d2b7e", '
    'uri="sip:pbx.example.se", response="9b2c1e0f5a6d7e8f9a0b1c2d3e4f5a6b", algorithm=MD5'
)
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"


@pytest.fixture(scope="module")
def recognizer() -> CredentialRecognizer:
    return CredentialRecognizer()


POSITIVES = [
    (DIGEST, ["5f3c8a9d2b7e", "9b2c1e0f5a6d7e8f9a0b1c2d3e4f5a6b"]),
    (
        'Proxy-Authorization: Digest username="anna", nonce="abcd1234", cnonce="0a4f113b"',
        ["abcd1234", "0a4f113b"],
    ),
    ("config sip_password=S3cret! user=anna", ["S3cret!"]),
    ('{"password": "hunter2", "user": "x"}', ["hunter2"]),
    ("pwd: Sommar2024", ["Sommar2024"]),
    ("Lösenord: Vinter2025", ["Vinter2025"]),
    ("secret='t0ps3cret'", ["t0ps3cret"]),
    ("GET https://anna:pa55w0rd@api.example.se/v1", ["pa55w0rd"]),
    ("Authorization: Basic YW5uYTpwYTU1dzByZA==", ["YW5uYTpwYTU1dzByZA=="]),
    ("Authorization: Bearer abcdefgh12345678", ["abcdefgh12345678"]),
    (f"token {JWT}", [JWT]),
]

NEGATIVES = [
    "password=*** accepted",  # already masked
    "password: xxxx",
    "the password field is required",  # no value
    'WWW-Authenticate: Digest realm="pbx.example.se", algorithm=MD5',  # no nonce, no response
    "basic call flow",  # not a credential
    "see https://example.se/path@v2",  # no userinfo
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_credential(recognizer: CredentialRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_credential(recognizer: CredentialRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


def test_a_password_in_a_url_is_not_an_e_mail_address(detector: Detector) -> None:
    text = "GET https://anna:pa55w0rd@api.example.se/v1"
    assert detected_entities(detector, text) == [("CREDENTIAL", "pa55w0rd")]


def test_a_sip_uri_with_a_password_stays_one_finding(detector: Detector) -> None:
    (finding,) = detector.detect("REGISTER sip:1002:s3cret@pbx.example.se SIP/2.0")
    assert (finding.entity, finding.attributes) == (
        "SIP_ADDRESS",
        {"user_part": "PHONE_NUMBER", "password": True},
    )
