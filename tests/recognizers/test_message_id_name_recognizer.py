"""Message ids and SIP Call-IDs: not e-mail addresses, but the names of a person in one are a USERNAME,
and what else of a person one holds (a phone number, a personnummer) is found by its own recognizer.

Synthetic lines in the shapes of Postfix's cleanup line (https://github.com/getmail6/getmail6/issues/105),
Exim's arrival line with its id= field and Exim's own message ids (E<queue id>@host:
https://github.com/Exim/exim/blob/076b11e243d3bfe69a9dd123f45c422104ae3057/test/log/3465) and Dovecot's
msgid= (https://github.com/docker-mailserver/docker-mailserver/pull/3550).
"""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import MessageIdNameRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> MessageIdNameRecognizer:
    return MessageIdNameRecognizer()


# text, what the engine finds in it (entity, value) with every recognizer
MESSAGE_IDS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Message-ID: <20261201.4711.anna.svensson@mail.example.se>", [("USERNAME", "anna.svensson")]),
    ("Message-Id: <anna.svensson@mail.example.se>", [("USERNAME", "anna.svensson")]),
    (
        "In-Reply-To: <ticket-4711.karl-ake_lindstrom.reply@helpdesk.example.com>",
        [("USERNAME", "karl-ake_lindstrom.reply")],
    ),
    ("In-Reply-To: <0701740605@mail.example.se>", [("PHONE_NUMBER", "0701740605")]),
    (
        "References: <20261201.4711@mail.example.se>\n <198501012382@mail.example.se>\n"
        "\t<CAKx+ab=cd@mail.gmail.com>",
        [("SE_PERSONNUMMER", "198501012382")],
    ),
    ("Content-ID: <part1.anna.svensson@example.se>", [("USERNAME", "anna.svensson")]),
    ("> Message-ID: <a.svensson@example.se>", [("USERNAME", "a.svensson")]),
    (
        "Dec  1 10:00:01 mx postfix/cleanup[4242]: 4BxYz12abcD: "
        "message-id=<20261201100001.4BxYz12abcD@mail.example.se>",
        [],
    ),
    (
        "2026-12-01 10:00:01 1abCDe-000123-Xy <= anna.svensson@example.se H=mail.example.com [192.0.2.1] "
        "P=esmtp S=1234 id=E1abCDe-000123-Xy@mail.example.se",
        [("EMAIL_ADDRESS", "anna.svensson@example.se"), ("IP_ADDRESS", "192.0.2.1")],
    ),
    (
        "2026-12-01 10:00:01 1abCDe-000123-Xy <= bo@example.se H=mx.example.com [192.0.2.2] P=esmtp S=99 "
        "id=bo.ek.4711@example.se",
        [("EMAIL_ADDRESS", "bo@example.se"), ("IP_ADDRESS", "192.0.2.2"), ("USERNAME", "bo.ek")],
    ),
    (
        "Dec  1 10:00:04 mail dovecot: lmtp(jdoe)<1004><kM7nKc69>: msgid=<erik.lind@mail.example.se>: saved",
        [("USERNAME", "erik.lind")],
    ),
    (
        "Received: from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.se with ESMTP "
        "id <20261201.4711@mx.example.se> for <anna.svensson@example.se>; Tue, 1 Dec 2026 10:00:01 +0100",
        [("IP_ADDRESS", "192.0.2.1"), ("EMAIL_ADDRESS", "anna.svensson@example.se")],
    ),
]

# SIP Call-IDs are ids too (see test_email_address_recognizer.py): a hex token written on to a name
# with "-" is no part of it
CALL_IDS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Call-ID: anna.svensson-8f3a@pbx.example.se", [("USERNAME", "anna.svensson")]),
    ("$ci=karl-ake.lindstrom-c4e1@sbc1.example.se", [("USERNAME", "karl-ake.lindstrom")]),
    (
        "kamailio: INFO: {1 1 INVITE erik_lind.4711@pbx.example.se} <script>: relayed",
        [("USERNAME", "erik_lind")],
    ),
]

# Names in ids that are no one's
NO_NAMES = [
    "Call-ID: 4a681d8626b801ce1a8185472fda8e86@pbx.example.se",
    "Call-ID: E3fNnAyni0_xvXIr3YHXrQ..@proxy1.example.net",
    "Call-ID: support.team-1@pbx.example.se",
    # no Call-ID stands there: an e-mail address, EmailAddressRecognizer's
    "escalated by anna.svensson-8f3a@example.se",
    "Message-ID: <1234567.1.1701234567890.JavaMail.tomcat@app.example.com>",
    "Message-ID: <support.team.4711@example.se>",
    "Message-ID: <CAKx4Fg=abc@mail.gmail.com>",
    # an address that is no message id: EmailAddressRecognizer's
    "From: <anna.svensson@example.se>",
    "user id=anna.svensson@example.se",
]


@pytest.mark.parametrize(("text", "expected"), MESSAGE_IDS + CALL_IDS)
def test_a_message_id_is_no_email_address_but_a_persons_data_in_it_is_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert detected_entities(detector, text) == expected


@pytest.mark.parametrize(("text", "expected"), MESSAGE_IDS + CALL_IDS)
def test_finds_names_in_message_ids(
    recognizer: MessageIdNameRecognizer, text: str, expected: list[tuple[str, str]]
) -> None:
    names = [value for entity, value in expected if entity == "USERNAME"]
    assert analyzed_spans(recognizer, text) == located(text, names)


@pytest.mark.parametrize("text", NO_NAMES)
def test_no_name_in_message_id(recognizer: MessageIdNameRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize("text", [text for text, _ in MESSAGE_IDS + CALL_IDS] + NO_NAMES)
def test_fast_matches_are_the_regex_matches(recognizer: MessageIdNameRecognizer, text: str) -> None:
    (pattern,) = recognizer.patterns
    compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
    assert [m.span() for m in recognizer.matches(text, 0)] == [m.span() for m in compiled.finditer(text)]
