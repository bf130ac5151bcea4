"""Propagation's parts: what a finding teaches, the guards, and matching known values as whole tokens."""

from __future__ import annotations

import pytest

from logscrub.scanner.engine.overlaps import resolve_overlaps
from logscrub.scanner.propagation.guards import load_guards
from logscrub.scanner.propagation.known_values import KnownValues
from logscrub.scanner.propagation.matcher import KnownValueMatcher

REGIONS = ("SE", "DE")


def _known(*lessons: tuple[str, str]) -> KnownValues:
    known = KnownValues(load_guards(), REGIONS)
    for entity, value in lessons:
        attributes = {"user_part": "PHONE_NUMBER"} if value.startswith("sip:+") else None
        known.learn(entity, value, attributes, "test.log:1")
    return known


def _found(known: KnownValues, text: str) -> list[tuple[str, str, str]]:
    return [
        (f.entity, text[f.start : f.end], str((f.attributes or {})["learnt_as"]))
        for f in resolve_overlaps(KnownValueMatcher(known).findings(text))
    ]


@pytest.mark.parametrize(
    ("lesson", "text", "expected"),
    [
        # a SIP user part first.last: the user name and, as a person, its parts
        (
            ("SIP_ADDRESS", "sip:sven.larsson@contoso.example"),
            "contact for [sven.larsson] found; agent SVEN.LARSSON state=Available; ring Sven tillbaka",
            [
                ("USERNAME", "sven.larsson", "SIP_ADDRESS"),
                ("USERNAME", "SVEN.LARSSON", "SIP_ADDRESS"),
                ("PERSON", "Sven", "SIP_ADDRESS"),
            ],
        ),
        # a display name: the whole name in any case, its user-name forms, its parts, without diacritics
        (
            ("PERSON", "Åke Karlsson"),
            "login ake.karlsson ok; AKE KARLSSON called; åke.karlsson; karlsson left",
            [
                ("PERSON", "ake.karlsson", "PERSON"),
                ("PERSON", "AKE KARLSSON", "PERSON"),
                ("PERSON", "åke.karlsson", "PERSON"),
                ("PERSON", "karlsson", "PERSON"),
            ],
        ),
        (
            ("PERSON", "Jörg Müller"),
            "user joerg.mueller; j.muller",
            [
                ("PERSON", "joerg.mueller", "PERSON"),
                ("PERSON", "j.muller", "PERSON"),
            ],
        ),
        # learnt without diacritics, found with them
        (
            ("EMAIL_ADDRESS", "gabriel.lindstrom@example.se"),
            "Kund: Gabriel Lindström ringde",
            [("PERSON", "Gabriel Lindström", "EMAIL_ADDRESS")],
        ),
        # an e-mail local part
        (
            ("EMAIL_ADDRESS", "anna.svensson@example.se"),
            "mailbox anna.svensson full",
            [("USERNAME", "anna.svensson", "EMAIL_ADDRESS")],
        ),
        # a phone number in every digit form
        (
            ("PHONE_NUMBER", "070-174 06 12"),
            "ani=46701740612 dnis=0046701740612 cli 701740612 id 0701740612",
            [
                ("PHONE_NUMBER", "46701740612", "PHONE_NUMBER"),
                ("PHONE_NUMBER", "0046701740612", "PHONE_NUMBER"),
                ("PHONE_NUMBER", "701740612", "PHONE_NUMBER"),
                ("PHONE_NUMBER", "0701740612", "PHONE_NUMBER"),
            ],
        ),
        (
            ("SIP_ADDRESS", "sip:+46701740613@pbx.example.se;user=phone"),
            "callerid 46701740613",
            [("PHONE_NUMBER", "46701740613", "SIP_ADDRESS")],
        ),
    ],
)
def test_learnt_values_are_found_in_their_other_forms(
    lesson: tuple[str, str], text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(_known(lesson), text) == expected


@pytest.mark.parametrize(
    ("lesson", "text"),
    [
        # only whole tokens
        (("PERSON", "Sven Larsson"), "svensson svenska larssons"),
        (("PHONE_NUMBER", "070-174 06 12"), "id 17017406120 x701740612y 1.701740612"),
        # service accounts, role words, common words and short values are never learnt
        (("SIP_ADDRESS", "sip:admin@pbx.example.se"), "admin logged in"),
        (("SIP_ADDRESS", "sip:asterisk@pbx.example.se"), "asterisk restarted"),
        (("EMAIL_ADDRESS", "support@example.se"), "support ticket"),
        (("EMAIL_ADDRESS", "info@example.se"), "info: started"),
        (("PERSON", "Bo Ek"), "bo ek"),
        (("PERSON", "Per Andersson"), "per second"),
        (("SIP_ADDRESS", "sip:1001@pbx.example.se"), "extension 1001 busy"),
        # numbers that are also dates are not learnt
        (("SIP_ADDRESS", "sip:20240312@pbx.example.se"), "date 20240312"),
    ],
)
def test_guards_and_token_boundaries_keep_ordinary_text_out(lesson: tuple[str, str], text: str) -> None:
    assert _found(_known(lesson), text) == []


def test_thousands_of_known_values_cost_one_pass() -> None:
    known = KnownValues(load_guards(), REGIONS)
    for n in range(3000):
        known.learn("USERNAME", f"agent.user{n:04d}", None, "x")
    text = "queue event agent.user2999 ready; " * 10
    assert len(_found(known, text)) == 10
    assert len(known) >= 3000
