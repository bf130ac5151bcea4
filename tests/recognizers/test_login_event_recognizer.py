"""USERNAME from sshd, PAM and sudo messages: positives and hard negatives side by side, and the real
OpenSSH and Linux logs of ../shared/corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from logscrub.recognizers import LoginEventRecognizer
from logscrub.recognizers.helpers.service_accounts import service_accounts
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, located


@pytest.fixture(scope="module")
def recognizer() -> LoginEventRecognizer:
    return LoginEventRecognizer()


POSITIVES = [
    ("sshd[24665]: Invalid user anna from 187.141.143.180", ["anna"]),
    ("sshd[24665]: input_userauth_request: invalid user anna [preauth]", ["anna"]),
    ("sshd[2]: Failed password for invalid user jdoe from 203.0.113.66 port 50122 ssh2", ["jdoe"]),
    ("sshd[2]: Failed password for carin.ek from 10.20.0.99 port 52114 ssh2", ["carin.ek"]),
    ("sshd[2]: Failed publickey for carin.ek from 10.20.0.99 port 52114 ssh2", ["carin.ek"]),
    ("sshd[24680]: Accepted password for fztu from 119.137.62.142 port 49116 ssh2", ["fztu"]),
    ("sshd[4311]: Accepted publickey for carin.ek from 10.20.0.99 port 22 ssh2: RSA SHA256:x", ["carin.ek"]),
    ("sshd[9]: Connection closed by authenticating user anna.s 203.0.113.9 port 4242 [preauth]", ["anna.s"]),
    ("sshd[9]: Disconnected from invalid user jdoe 203.0.113.9 port 4242 [preauth]", ["jdoe"]),
    ("pam_unix(sshd:session): session opened for user carin.ek(uid=1001) by (uid=0)", ["carin.ek"]),
    ("pam_unix(sshd:session): session closed for user carin.ek", ["carin.ek"]),
    ("sudo: pam_unix(sudo:session): session opened for user root(uid=0) by carin.ek(uid=1001)", ["carin.ek"]),
    ("sudo:   carin.ek : TTY=pts/0 ; PWD=/etc ; USER=root ; COMMAND=/bin/ls", ["carin.ek"]),
    ("sudo[311]: jdoe : 3 incorrect password attempts ; TTY=pts/1", ["jdoe"]),
]  # fmt: skip

NEGATIVES = [
    # the names password-guessing bots try first
    "sshd[1]: Invalid user admin from 203.0.113.66",
    "sshd[1]: Failed password for root from 203.0.113.66 port 50180 ssh2",
    "sshd[1]: Failed password for invalid user oracle from 203.0.113.66 port 1 ssh2",
    "sshd[1]: Invalid user test9 from 203.0.113.66",
    "sshd[1]: Invalid user 1234 from 203.0.113.66",
    "sshd[1]: Invalid user  from 203.0.113.66",  # no name at all
    "su(pam_unix)[2]: session opened for user news by (uid=0)",
    "session opened for user cyrus by (uid=0)",
    "sudo: pam_unix(sudo:session): session opened for user root(uid=0) by (uid=0)",
    "sshd[1]: Accepted password for ubuntu from 10.0.0.1 port 22 ssh2",
    # look alike, but are not login messages
    "the user was invalid",
    "Failed to connect for 3 s from 10.0.0.1",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_account_in_login_message(
    recognizer: LoginEventRecognizer, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_account_in_message(recognizer: LoginEventRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


def test_real_sshd_and_pam_logs_name_no_service_account(detector: Detector, shared_dir: Path) -> None:
    """In loghub's OpenSSH and Linux logs, the accounts password-guessing bots try (root, admin, test,
    oracle, ubnt, pi…) and system users (cyrus, news) are not reported; the one account that logs in
    for real (fztu) is, and so is every other name tried, since a name alone cannot tell a bot's guess
    from a colleague's typo."""
    found: dict[str, set[str]] = {}
    for name in ("loghub_OpenSSH_2k.log", "loghub_Linux_2k.log"):
        text = (shared_dir / "corpora" / name).read_text(encoding="utf-8")
        found[name] = {text[f.start : f.end] for f in detector.detect(text) if f.entity == "USERNAME"}
    accounts = service_accounts()
    assert not [user for users in found.values() for user in users if accounts.is_service_account(user)]
    assert "fztu" in found["loghub_OpenSSH_2k.log"]
    assert found["loghub_Linux_2k.log"] == set()  # only system users log in there
    assert found["loghub_OpenSSH_2k.log"] == {
        "fztu",  # logs in
        # guessed, name-like
        "chen", "cheng", "ingrid", "jay", "sandeep", "ted", "zhangyan",
        # guessed, looking like nothing in particular
        "bssh", "butter", "dff", "eoor", "ghost", "magnos", "utsims",
    }  # fmt: skip
