"""USERNAME from user fields (user=, username=, AccountID=, login:, uid=…): positives and hard negatives
side by side."""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import UserNameFieldRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> UserNameFieldRecognizer:
    return UserNameFieldRecognizer()


POSITIVES = [
    ("user=anna.svensson", ["anna.svensson"]),
    ('{"userName": "anna.svensson", "id": 7}', ["anna.svensson"]),
    ("username: asvensson", ["asvensson"]),
    ("User Name: jdoe2", ["jdoe2"]),
    ("src_user=karl.lindstrom;src_domain=example.se;dst_user=1003", ["karl.lindstrom"]),
    ('Authorization: Digest username="anna.svensson", realm="pbx.example.se"', ["anna.svensson"]),
    ('AccountID="jdoe",SessionID="0x7f"', ["jdoe"]),
    ("sAMAccountName=asvensson", ["asvensson"]),
    ("login: anna", ["anna"]),
    ("login_name=Anna.Svensson", ["Anna.Svensson"]),
    ("uid=anna,ou=people,dc=example,dc=se", ["anna"]),
    ("authentication failure; logname= uid=0 euid=0 tty=ssh ruser=jdoe rhost=192.0.2.1", ["jdoe"]),
    ("Benutzername: joerg.mueller", ["joerg.mueller"]),
    ("Användarnamn: asa.oberg", ["asa.oberg"]),
    ("<userName>anna.svensson</userName>", ["anna.svensson"]),
    ("USER=anna.s", ["anna.s"]),
    ("connected as user 'carin.ek'", ["carin.ek"]),
]

NEGATIVES = [
    # numbers are extensions, uids and phone numbers
    "uid=1000",
    'Authorization: Digest username="1002", realm="pbx.example.se"',
    "src_user=1001;src_domain=pbx.example.se",
    "dst_user=+46701740677;dst_domain=gw.example.se",
    'AccountID="00972599580679"',
    # service accounts (rules/service_accounts.yaml), also with digits at the end
    "user=root",
    "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=x  user=root",
    'AccountID="admin"',
    "USER=root ; COMMAND=/bin/ls",
    "user=nagios1",
    "nonexistent user 'opennms'",
    # placeholders and states
    'AccountID="<unknown>"',
    'AccountID=""',
    "user=-",
    "login=failed",
    "login: success",
    # not a user field
    "INVITE sip:+46701740612@pbx.example.se;user=phone SIP/2.0",
    ";user=phone",
    "user:com.example.consumer:7BF150F5-5230-4946-B3DA-66337993A01B",
    'user="user.ss@example.com",confwiz="my"',  # an e-mail address is found as one
    "Last login: Tue Mar 12 10:00:01 2024 from 10.20.0.99",
    "User-Agent: Yealink SIP-T46S",
    "ruid=uloc-5f3c-1",
    "User ID: CentOS-4 (Kernel Module GPG key)",
    "account: disabled",
    "user=7BF150F5-5230-4946",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_user_name_in_field(
    recognizer: UserNameFieldRecognizer, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_user_name_in_field(recognizer: UserNameFieldRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: UserNameFieldRecognizer, text: str) -> None:
    """Keys are found by scanning for their anchor words; the regex over the whole text finds the same."""
    for index, pattern in enumerate(recognizer.patterns):
        compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
        fast = [m.span() for m in recognizer.matches(text, index)]
        assert fast == [m.span() for m in compiled.finditer(text)], pattern.name


def test_a_sip_uri_with_user_phone_is_one_finding(detector: Detector) -> None:
    text = "To: <sip:+46701740612@gw.example.se;user=phone>;tag=1"
    assert detected_entities(detector, text) == [("SIP_ADDRESS", "sip:+46701740612@gw.example.se")]
