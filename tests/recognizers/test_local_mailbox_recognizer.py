"""LocalMailboxRecognizer: the user of a mail address on a host without a public suffix, where mail logs
and headers make it a mailbox.

The log lines are synthetic, written in the shapes of real ones: Postfix's qmgr/local lines
(https://github.com/getmail6/getmail6/issues/105), Exim's arrival and delivery lines and F=/R= fields
(https://metacpan.org/pod/Mail::Exim::MainLogParser, https://pastebin.com/7N7NkGDE), Sendmail's
(/work/shared/corpora/fail2ban_sendmail-reject.log), Dovecot's LMTP sessions
(https://github.com/docker-mailserver/docker-mailserver/pull/3550).
"""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import LocalMailboxRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected, located


@pytest.fixture(scope="module")
def recognizer() -> LocalMailboxRecognizer:
    return LocalMailboxRecognizer()


# text, expected user names (as the substrings they cover)
POSITIVES: list[tuple[str, list[str]]] = [
    (
        "Dec  1 10:00:02 mx postfix/local[4243]: 4BxYz12abcD: to=<jdoe@localhost>, "
        "orig_to=<anna.svensson@pbx.local>, relay=local, delay=0.1, status=sent (delivered to mailbox)",
        ["jdoe", "anna.svensson"],
    ),
    (
        "Dec  1 10:00:02 mx postfix/qmgr[4241]: 4BxYz12abcD: from=<erik.lind@mail.lan>, size=1234, nrcpt=1",
        ["erik.lind"],
    ),
    (
        "Received: from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.se (Postfix) "
        "with ESMTPS id 4BxYz12abcD for <jdoe@localhost>; Tue, 1 Dec 2026 10:00:01 +0100",
        ["jdoe"],
    ),
    ("Return-Path: <bo.ek@srv.internal>", ["bo.ek"]),
    ("To: karin@dc1.corp", ["karin"]),
    ("Delivered-To: karin@nas.home.arpa", ["karin"]),
    ("Cc: Anna <anna@pbx.local>, bo@pbx", ["anna", "bo"]),
    (
        "2026-12-01 10:00:02 1abCDe-000123-Xy => jd <jdoe@srv.internal> R=local_user T=local_delivery",
        ["jdoe"],
    ),
    ("2026-12-01 10:00:02 1abCDe-000123-Xy => jdoe@srv.internal R=local_user T=local_delivery", ["jdoe"]),
    (
        "2026-12-01 10:00:01 [192.0.2.7] F=<anna.s@pbx.local> R=<bo.ek@pbx.local> Accepted: from relay",
        ["anna.s", "bo.ek"],
    ),
    (
        "Dec  1 10:00:03 pbx sm-mta[1234]: 2B1A0x1X012345: to=erik@pbx, ctladdr=jdoe@pbx (1000/1000), "
        "stat=Sent",
        ["erik", "jdoe"],
    ),
    (
        "Dec  1 10:00:04 mail dovecot: lmtp(jdoe@localhost.localdomain)<1004><kM7nKc69>: "
        "msgid=<x@mail.example.se>: saved",
        ["jdoe"],
    ),
    ("kunden skrev till <anna.svensson@intranet> igår", ["anna.svensson"]),
]

NEGATIVES = [
    # a public suffix: an e-mail address, EmailAddressRecognizer's
    "to=<anna.svensson@example.se>",
    # service accounts and roles (rules/service_accounts.yaml)
    "Dec  1 10:00:02 mx postfix/qmgr[4241]: 4BxYz12abcD: from=<root@pbx.local>, size=1234, nrcpt=1",
    "Return-Path: <MAILER-DAEMON@pbx.local>",
    "to=<postmaster@localhost>",
    "to=<support@pbx.local>",
    "to=<noc.alerts@pbx.local>",
    # no mailbox by its place: an address-like word in prose, a Call-ID, an IP host
    "the build of jdoe@buildhost failed",
    "Call-ID: 0701740612@192.0.2.1",
    "to=<jdoe@192.0.2.1>",
    # message ids
    "Message-ID: <jdoe.4711@pbx.local>",
    "Dec  1 10:00:01 mx postfix/cleanup[4242]: 4BxYz12abcD: message-id=<jdoe.4711@pbx.local>",
    # numbers, and redacted copies' own addresses
    "to=<1002@pbx.local>",
    "F=XXXXXX@XXXXXXXXXXXX H=localhost",  # masked already (fail2ban_exim.log)
    "To: <EMAIL_ADDRESS@redacted.invalid>",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_the_user_of_a_local_mailbox(
    recognizer: LocalMailboxRecognizer, detector: Detector, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)
    assert detected(detector, text, "USERNAME") == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_local_mailbox_user(recognizer: LocalMailboxRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: LocalMailboxRecognizer, text: str) -> None:
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]
