"""EmailAddressRecognizer: addresses whose domain ends in a public suffix; never inside a SIP URI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import run_logscrub
from logscrub.recognizers import EmailAddressRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> EmailAddressRecognizer:
    return EmailAddressRecognizer()


# text, expected spans (as the substrings they cover)
POSITIVES: list[tuple[str, list[str]]] = [
    ("a@b.se", ["a@b.se"]),
    ("mail anna.svensson@example.se now", ["anna.svensson@example.se"]),
    ("Anna.Svensson@Example.SE", ["Anna.Svensson@Example.SE"]),
    ("first+tag@example.de", ["first+tag@example.de"]),
    ("x@sub.example.co.uk", ["x@sub.example.co.uk"]),
    ("anna_s-92@example.org", ["anna_s-92@example.org"]),
    ("bob.o'neil@example.com", ["bob.o'neil@example.com"]),  # "'" is allowed in a local part (RFC 5322)
    # punycode (IDNA) domains
    ("kontakt: info@xn--rksmrgs-5wao1o.se", ["info@xn--rksmrgs-5wao1o.se"]),
    ("user@xn--mller-kva.de", ["user@xn--mller-kva.de"]),
    # delimiters around the address stay outside the span
    ("<bob@example.org>", ["bob@example.org"]),
    ('"Bob" <bob@example.org>, anna@example.se', ["bob@example.org", "anna@example.se"]),
    ("anna.svensson@example.se,bob@example.org", ["anna.svensson@example.se", "bob@example.org"]),
    ("Write to anna@example.se.", ["anna@example.se"]),
    ("mailto:anna@example.se", ["anna@example.se"]),
    ("user=anna@example.se;tag=1", ["anna@example.se"]),
    ("(anna@example.com)", ["anna@example.com"]),
]

NEGATIVES = [
    "user@host.local",  # not a public suffix
    "user@localhost",
    # .arpa, the infrastructure domain (home.arpa: RFC 8375 home networks), is on the list; no mailbox is
    "bo.ek@nas.home.arpa",
    "info@presidio.",
    "a@b.c",
    "@example.se",
    "anna@-example.se",
    "name@example.com-foo",
    "no at sign here, only example.se",
    "Call-ID: 0701740612@192.0.2.1",
    # message ids are written like addresses: see also test_message_id_name_recognizer.py
    "Message-ID: <20261201.4711@mail.example.se>",
    "In-Reply-To: <anna@example.se>",
    "References: <a@example.se>\n <CAKx+ab=cd@mail.gmail.com>",
    "Dec  1 10:00:01 mx postfix/cleanup[4242]: 4BxYz12abcD: message-id=<20261201.4BxYz12abcD@example.se>",
    "Dec  1 10:00:01 mx sm-mta[1234]: 2B1A0x1X012345: msgid=<202612011000.2B1A0x1X012345@example.se>",
    "2026-12-01 10:00:01 1abCDe-000123-Xy <= <> R=1abCDd-000122-Xy U=exim id=E1abCDe-000123-Xy@example.se",
    "Received: by mx.example.se with ESMTP id <20261201.4711@example.se>; Tue, 1 Dec 2026 10:00:01 +0100",
    # the whole sip: URI is one SIP_ADDRESS, never also an e-mail address
    "From: <sip:anna.svensson@example.se>;tag=1",
    "To: sips:bob@example.org",
    "SIP:anna@example.se",
]


# SIP Call-IDs (RFC 3261: word ["@" word]) are written like addresses, but an engineer follows a call by
# its Call-ID: where one stands it is no e-mail address, and it is kept whole. What it holds of a person
# is found by the recognizers of that. An address elsewhere on the line is still one.
# text, what the engine finds in it with every recognizer (entity, value)
CALL_IDS: list[tuple[str, list[tuple[str, str]]]] = [
    # RFC 3261 §24.2 and the compact form of §20.8 (https://www.rfc-editor.org/rfc/rfc3261)
    ("Call-ID: a84b4c76e66710@pc33.example.com", []),
    ("i:f81d4fae-7dec-11d0-a765-00a0c91e6bf6@foo.example.com", []),
    ("> Call-ID: 3848276298220188511@atlanta.example.com", []),
    (
        "Call-ID: a84b4c76e66710@pc33.example.com (reported by anna.svensson@example.se)",
        [("EMAIL_ADDRESS", "anna.svensson@example.se")],
    ),
    # headers naming a dialog by its Call-ID: RFC 3261 §20.21 In-Reply-To, RFC 3891 Replaces, RFC 4538
    # Target-Dialog
    ("In-Reply-To: 70710@saturn.example.com, 17320@saturn.example.com", []),
    ("Replaces: 425928@bobster.example.org;to-tag=7743;from-tag=6472", []),
    ("Target-Dialog: fa77as7dad8-sd98ajzz@host.example.com;local-tag=1;remote-tag=2", []),
    # Kamailio's log_prefix "{$mt $hdr(CSeq) $ci} ", with a route name after it
    # (https://github.com/Omid-Mohajerani/Learn-Kamailio/issues/5,
    # https://github.com/herlesupreeth/docker_open5gs/pull/515)
    ("kamailio[58634]: INFO: {1 1 REGISTER e5f4a465617525e4f7a159@proxy1.example.net} <script>: done", []),
    ("icscf[439986]: ERROR: {1 1 REGISTER c5cd8ca311198f6b@pcscf.example.org DEFAULT_ROUTE} <script>:", []),
    (
        "kamailio[58634]: INFO: {1 1 INVITE a84b4c76e66710@pc33.example.com} <script>: by anna@example.se",
        [("EMAIL_ADDRESS", "anna@example.se")],
    ),
    # Kamailio core's receive_msg() line (kamailio/kamailio core/receive.c)
    ("receive_msg(): --- received sip message - reply - call-id: [4a681d8626b8@pbx.example.se] - cseq:", []),
    # OpenSIPS and Kamailio xlog with $ci (https://github.com/OpenSIPS/opensips/issues/686)
    ("opensips[3312]: NOTICE:script: b2b call $ci=a84b4c76e66710@sbc1.example.se blocked", []),
    ("kamailio[3312]: INFO: <script>: ci=2c8b1d40a94f@sbc1.example.se is done", []),
    # Asterisk: res_pjsip_distributor's "(callid: …)" (fail2ban's test log
    # https://github.com/fail2ban/fail2ban/blob/master/fail2ban/tests/files/logs/asterisk) and chan_sip
    # naming a dialog (asterisk/asterisk channels/chan_sip.c: retrans_pkt, __sip_destroy)
    ("pjsip_distributor.c: Request failed (callid: 206f178f-896564cb-57573f49@pbx.example.com) - No", []),
    (
        "WARNING[4154][C-0000001a] chan_sip.c: Retransmission timeout reached on transmission "
        "76db5012673eae5401286b7e6718e8b4@pbx.example.com for seqno 102 (Critical Request)",
        [],
    ),
    ("VERBOSE[4154][C-0000001a] chan_sip.c: Really destroying SIP dialog '3ca63b41@pbx.example.com'", []),
    ("WARNING[4154][C-0000001a] chan_sip.c: Hanging up call 3ca63b41@pbx.example.com - no reply", []),
    # FreeSWITCH channel variables (https://github.com/onsip/sipjs.com/issues/38), a JSON key, an SDP
    # attribute
    ("variable_sip_call_id: 101921M2JjZTgyYzQ5YzE5@fs.example.com", []),
    (
        '{"sip_call_id": "e5de7520d76fc3c-0017-0001@sbc.example.de", "caller": "anna.svensson@example.se"}',
        [("EMAIL_ADDRESS", "anna.svensson@example.se")],
    ),
    ("a=legCallid:646397542@media.example.net", []),
    # Cisco CUBE "debug ccsip messages" (https://www.f1-consult.com/cisco/voice/cube/sip-traces/)
    ("Call-ID: 2F0E8E56-1D8A11B2-8D3F8C1A@cube.example.com", []),
    # a CSV column, as the structured scan shows a cell to the recognizers
    ("callid: 00000C8A1B2C3D60_120@pbx.example.se", []),
    # a person's data in a Call-ID: that is found, the rest of the Call-ID is kept
    ("Call-ID: +46701740642-1733561234@pbx.example.se", [("PHONE_NUMBER", "+46701740642")]),
    ("Call-ID: anna.svensson-8f3a@pbx.example.se", [("USERNAME", "anna.svensson")]),
    ("$ci=karl-ake.lindstrom-c4e1@sbc1.example.se", [("USERNAME", "karl-ake.lindstrom")]),
    # an address where no Call-ID stands stays one
    ("call forwarded to anna.svensson@example.se", [("EMAIL_ADDRESS", "anna.svensson@example.se")]),
    ("Join us: anna@example.se", [("EMAIL_ADDRESS", "anna@example.se")]),
    ("social: bo@example.se", [("EMAIL_ADDRESS", "bo@example.se")]),
]


@pytest.mark.parametrize(("text", "expected"), CALL_IDS)
def test_a_call_id_is_no_email_address_but_a_persons_data_in_it_is_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert detected_entities(detector, text) == expected


@pytest.mark.parametrize(("text", "expected"), CALL_IDS)
def test_recognizer_leaves_call_ids(
    recognizer: EmailAddressRecognizer, text: str, expected: list[tuple[str, str]]
) -> None:
    addresses = [value for entity, value in expected if entity == "EMAIL_ADDRESS"]
    assert analyzed_spans(recognizer, text) == located(text, addresses)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Call-ID: a84b4c76e66710@pc33.example.com",
            "a message id or a SIP Call-ID by its place, kept whole",
        ),
        (
            "Message-ID: <20261201.4711@mail.example.se>",
            "a message id or a SIP Call-ID by its place, kept whole",
        ),
        ("user@host.local", "validate_result fails (a check digit, calendar date or range does not hold)"),
    ],
)
def test_explain_says_why_an_address_like_text_is_none(
    recognizer: EmailAddressRecognizer, text: str, reason: str
) -> None:
    (pattern,) = recognizer.patterns
    (match,) = recognizer.matches(text, 0)
    assert recognizer.rejection_reason(text, match, pattern) == reason


# A redacted copy keeps every Call-ID an engineer follows a call by: whole, or all but a person's data.
CALL_ID_FILES = {
    "proxy.log": (
        "kamailio[4242]: INFO: {1 1 INVITE a84b4c76e66710@pc33.example.com} <script>: routed\n"
        "Call-ID: +46701740642-1733561234@pbx.example.se\n"
        "Call-ID: anna.svensson-8f3a@pbx.example.se\n"
        "escalated by bo.ek@example.se\n"
    ),
    "cdr.csv": "historyid,callid,duration\n4721,00000C8A1B2C3D60_120@pbx.example.se,00:02:11\n",
    "events.json": '{"event": "CHANNEL_HANGUP", "sip_call_id": "e5de7520d76fc3c-0017@sbc.example.de"}\n',
}
CALL_IDS_KEPT = [
    "a84b4c76e66710@pc33.example.com",
    "-1733561234@pbx.example.se",
    "-8f3a@pbx.example.se",
    "00000C8A1B2C3D60_120@pbx.example.se",
    "e5de7520d76fc3c-0017@sbc.example.de",
]
PERSONAL_DATA_GONE = ["+46701740642", "anna.svensson", "bo.ek@example.se"]


def test_a_redacted_copy_keeps_the_call_ids(tmp_path: Path) -> None:
    logs, out = tmp_path / "in", tmp_path / "out"
    logs.mkdir()
    for name, text in CALL_ID_FILES.items():
        (logs / name).write_text(text, encoding="utf-8")
    done = run_logscrub("redact", logs, "--out", out)
    assert done.returncode == 0, done.stderr
    copies = "".join((out / name).read_text(encoding="utf-8") for name in CALL_ID_FILES)
    assert [kept for kept in CALL_IDS_KEPT if kept not in copies] == []
    assert [value for value in PERSONAL_DATA_GONE if value in copies] == []


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_email_address(recognizer: EmailAddressRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detector_finds_email_address(detector: Detector, text: str, expected: list[str]) -> None:
    assert detected(detector, text, "EMAIL_ADDRESS") == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_email_address(recognizer: EmailAddressRecognizer, detector: Detector, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []
    assert detected(detector, text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "uri"),
    [
        ("From: <sip:anna.svensson@example.se>;tag=1", "sip:anna.svensson@example.se"),
        ("To: sips:bob@example.org", "sips:bob@example.org"),
        ("SIP:anna@example.se", "SIP:anna@example.se"),
        ("Contact: <sip:bob@example.org:5060;transport=tcp>", "sip:bob@example.org:5060"),
    ],
)
def test_email_like_sip_uri_gives_sip_address_only(detector: Detector, text: str, uri: str) -> None:
    assert detected_entities(detector, text) == [("SIP_ADDRESS", uri)]


def test_address_after_a_scheme_that_is_not_sip_is_an_email_address(
    recognizer: EmailAddressRecognizer, detector: Detector
) -> None:
    """The scheme "mysip" is not "sip": no SIP_ADDRESS, so the address after it must be found as such."""
    text = "mysip:anna@example.se"
    assert detected_entities(detector, text) == [("EMAIL_ADDRESS", "anna@example.se")]
    assert analyzed_spans(recognizer, text) == located(text, ["anna@example.se"])


def test_sip_uri_and_email_address_on_one_line(detector: Detector) -> None:
    text = "From: <sip:alice@example.org>;tag=1 (escalated by anna.svensson@example.se)"
    assert detected_entities(detector, text) == [
        ("SIP_ADDRESS", "sip:alice@example.org"),
        ("EMAIL_ADDRESS", "anna.svensson@example.se"),
    ]


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES + CALL_IDS] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: EmailAddressRecognizer, text: str) -> None:
    """The recognizer finds candidates from each "@" instead of running its regex over the whole text;
    the contract (base.LogscrubRecognizer.matches) is that both give the same matches."""
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize(
    ("address", "reveals_person"),
    [
        ("anna.svensson@example.se", True),
        ("a.svensson@example.se", True),
        ("karl-ake.lindstrom@example.se", True),
        ("jorg_muller@example.de", True),
        ("anna@example.se", False),  # a first name alone could be anyone's mailbox
        ("support.team@example.se", False),  # a role
        ("noc.alerts@example.net", False),
        ("user.ss@example.com", False),
        ("anna.svensson2@example.se", False),  # digits: an account, not a name
        ("first+tag@example.de", False),
    ],
)
def test_a_local_part_of_names_reveals_a_person(
    detector: Detector, address: str, reveals_person: bool
) -> None:
    (finding,) = detector.detect(f"mail from {address} today")
    expected = {"user_part": "USERNAME", "reveals_person": True} if reveals_person else None
    assert finding.attributes == expected
