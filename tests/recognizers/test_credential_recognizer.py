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
    # Skype for Business / Lync UCCAPI log: the server's proof in Authentication-Info (RFC 2617 rspauth).
    (
        'Authentication-Info: TLS-DSK qop="auth", opaque="2C6B4E11", rspauth="0a1b2c3d4e5f6071", realm="SIP"',
        ["0a1b2c3d4e5f6071"],
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
    # The value ends where the value ends: the text's brackets and full stops stay.
    ("Passwort: Sommer2025)", ["Sommer2025"]),
    ("(Passwort: Sommer2025)", ["Sommer2025"]),
    ("Kunde nennt lösenord: Vinter2025.", ["Vinter2025"]),
    ("{password=Pa(ss)w0rd}", ["Pa(ss)w0rd"]),  # balanced brackets belong to the value
    ("password=abc123;user=anna", ["abc123"]),
    # The keys clients use, in snake_case, camelCase, kebab-case, with prefixes, in any case.
    ("auth_pass=geheim1 authPassword=abcDEF9", ["geheim1", "abcDEF9"]),
    ("secret: t0ps3cret", ["t0ps3cret"]),
    ("client_secret=9f8e7d6c5b4a", ["9f8e7d6c5b4a"]),
    ("api-key: 5a6b7c8d9e apiKey=0f1e2d3c", ["5a6b7c8d9e", "0f1e2d3c"]),
    ('"access_token": "ya29.a0AfH6SMB"', ["ya29.a0AfH6SMB"]),
    ("Kennwort=Herbst2025", ["Herbst2025"]),
    ("DB_PASSWORD=Hemlig9 ldap.bind.password=Hemlig8", ["Hemlig9", "Hemlig8"]),
    ("Driver={ODBC};Server=db.example.se;UID=anna;PWD=Hemlig9;", ["Hemlig9"]),  # ODBC's PWD is one
    # JSON (also escaped inside a log message), XML, YAML, INI.
    ('msg="{\\"password\\": \\"hunter2\\"}"', ["hunter2"]),
    ("<password>hunter2</password>", ["hunter2"]),
    ('<ns:sipPassword type="plain">correct horse</ns:sipPassword>', ["correct horse"]),
    ("  password: Sommar2024", ["Sommar2024"]),
    ("password = hunter2", ["hunter2"]),
    ('secret = "correct horse battery"', ["correct horse battery"]),
    ("$cfg = ['password' => 'Pa55word'];", ["Pa55word"]),
    # Without a colon, in a sentence: the value mixes letters and digits.
    ("Lösenord Vinter2025 fungerar inte", ["Vinter2025"]),
    ("das Passwort ist Sommer2025!", ["Sommer2025!"]),
    ("Hon har bytt lösenord till Vår2024!bygg men kommer inte in", ["Vår2024!bygg"]),
    # SMTP AUTH initial responses (shape of exim's rejectlog lines).
    (
        'SMTP protocol error in "AUTH LOGIN bWF0cy5vYmVyZ0BleGFtcGxlLnNl" H=([192.0.2.1])',
        ["bWF0cy5vYmVyZ0BleGFtcGxlLnNl"],
    ),
    ("C: AUTH PLAIN AGFubmEAU29tbWFyMjAyNA==", ["AGFubmEAU29tbWFyMjAyNA=="]),
    # Dovecot prints what the client gave (modelled on /work/shared/corpora/fail2ban_dovecot.log).
    (
        "auth: sql(anna@example.se,192.0.2.7): Password mismatch (given password: Sommar2024x)",
        ["Sommar2024x"],
    ),
]

NEGATIVES = [
    "password=*** accepted",  # already masked
    "password: xxxx",
    "the password field is required",  # no value
    'WWW-Authenticate: Digest realm="pbx.example.se", algorithm=MD5',  # no nonce, no response
    "basic call flow",  # not a credential
    "see https://example.se/path@v2",  # no userinfo
    # sudo's working directory and the shell's environment are paths, not passwords.
    "Jan 12 10:00:01 pbx sudo: jonas : TTY=pts/0 ; PWD=/home/jonas.ek ; USER=root ; COMMAND=/bin/ls",
    "OLDPWD=/root PWD=/var/log",
    "pwd: ~/projects",
    # Key words inside other words, paths and program names; sentences about passwords.
    "bypass=true compass: north",
    "open /etc/passwd: permission denied",
    "passwd[1234]: pam_unix(passwd:chauthtok): password changed for anna",
    "Failed password for invalid user admin from 192.0.2.1 port 22 ssh2",
    "Passwort falsch eingegeben",
    "password_expiry=90 token_type=Bearer expires_in=3600",
    # Empty values, templates, counters.
    "password= user=anna",
    "password=${DB_PASSWORD}",
    'password: "{{ vault_password }}"',
    "pass: 1 of 3",
    "<password></password>",
    # A product called ...-basic with a version (modelled on /work/shared/corpora/fail2ban_proftpd.log).
    "desc: proftpd-basic 1.3.5~rc3-2.1 on Debian",
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
