"""Propagation's parts: what a finding teaches, the guards, and matching known values as whole tokens."""

from __future__ import annotations

import gc
import pickle
import weakref

import pytest

from logscrub.scanner.chunk_scan import init_worker, release_worker
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.engine.overlaps import resolve_overlaps
from logscrub.scanner.propagation.guards import load_guards
from logscrub.scanner.propagation.known_values import KnownValues
from logscrub.scanner.propagation.matcher import KnownValueMatcher, matcher_of
from logscrub.scanner.records.known_values import KnownValueSet
from logscrub.scanner.records.scan_settings import ScanSettings

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
        # a user name with a word in it: the whole token, and the part that reads as a name
        (
            ("SIP_ADDRESS", "sip:lovisa_sip@pbx.example.com"),
            "lovisa_sip online; SIP/2.0 200 OK; sip:lovisa left",
            [("USERNAME", "lovisa_sip", "SIP_ADDRESS"), ("PERSON", "lovisa", "SIP_ADDRESS")],
        ),
        # a name with an everyday word in it: the whole and the name part, not the word (nor `l.long`)
        (
            ("PERSON", "Lovisa Long"),
            "Lovisa Long called; lovisa.long; a long wait; l.long; lovisa",
            [
                ("PERSON", "Lovisa Long", "PERSON"),
                ("PERSON", "lovisa.long", "PERSON"),
                ("PERSON", "lovisa", "PERSON"),
            ],
        ),
        # device identifiers, as whole digit tokens wherever they stand
        (
            ("IMSI", "262011234567890"),
            'ofono /262011234567890/context1 "262011234567890" supi imsi-262011234567890',
            [("IMSI", "262011234567890", "IMSI")] * 3,
        ),
        (
            ("IMEI", "35-209900-176148-1"),
            "imei 352099001761481 again 35-209900-176148-1",
            [("IMEI", "352099001761481", "IMEI"), ("IMEI", "35-209900-176148-1", "IMEI")],
        ),
        (
            ("ICCID", "8946012345678901233"),
            "sim iccid=8946012345678901233",
            [("ICCID", "8946012345678901233", "ICCID")],
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
        # words of English, Swedish, German and of protocols are no names, nor user names made of them
        (("SIP_ADDRESS", "sip:support_sip@pbx.example.com"), "SIP/2.0 180 Ringing; REGISTER sip:host"),
        (
            ("EMAIL_ADDRESS", "no_such_user_exists@example.com"),
            "kernel: No such file or directory; user exists; no_such_user_exists",
        ),
        (("PERSON", "No Such User"), "no such user"),
        (("USERNAME", "kunden"), "Kunden ringde"),
        (("PERSON", "Invite Ringing"), "INVITE sip:bob@example.com; 180 Ringing"),
        (("SIP_ADDRESS", "sip:sip@pbx.example.com"), "SIP/2.0 200 OK"),
        # a name part mixing letters and digits is no name
        (("PERSON", "Agent7 Desk"), "agent7 desk"),
        # device identifiers only as whole digit runs
        (
            ("IMSI", "262011234567890"),
            "id 2620112345678901 x262011234567890 1.262011234567890 262011234567890-2 0262011234567890",
        ),
    ],
)
def test_guards_and_token_boundaries_keep_ordinary_text_out(lesson: tuple[str, str], text: str) -> None:
    assert _found(_known(lesson), text) == []


@pytest.mark.parametrize(
    ("part", "allowed"),
    [
        ("lovisa", True),
        ("wahlgren", True),
        ("anna-lena", True),
        ("o'brien", True),
        ("sip", False),  # a protocol word
        ("ringing", False),
        ("such", False),  # words of English, Swedish, German
        ("exists", False),
        ("ringde", False),
        ("und", False),
        ("bo", False),  # too short
        ("anna2", False),  # letters and digits
        ("admin", False),  # a role word
    ],
)
def test_a_name_part_learnt_reads_as_a_name(part: str, allowed: bool) -> None:
    assert load_guards().allows_name_part(part) is allowed


@pytest.mark.parametrize(
    ("user", "allowed"),
    [
        ("lovisa_sip", True),
        ("agent.user0042", True),  # digits may stand in a whole user name
        ("l.wahlgren2", True),
        ("support_sip", False),  # words only: a role or a probe
        ("no_such_user_exists", False),
        ("sip-trunk", False),
        ("sip", False),
        ("asterisk", False),  # a service account
    ],
)
def test_a_user_name_learnt_is_not_made_of_words_only(user: str, allowed: bool) -> None:
    assert load_guards().allows_user_name(user) is allowed


def test_thousands_of_known_values_cost_one_pass() -> None:
    known = KnownValues(load_guards(), REGIONS)
    for n in range(3000):
        known.learn("USERNAME", f"agent.user{n:04d}", None, "x")
    text = "queue event agent.user2999 ready; " * 10
    assert len(_found(known, text)) == 10
    assert len(known) >= 3000


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the whole learnt name is found again, as written and in the forms user names take
        ("Sie Lindqvist", "Sie Lindqvist ringde igen.", ["Sie Lindqvist"]),
        ("Bitte Jansson", "ärendet tilldelat bitte.jansson", ["bitte.jansson"]),
        ("Klara Nyström", "Tack KLARA NYSTRÖM!", ["KLARA NYSTRÖM"]),
        ("Sonne Becker", "Rückruf an Sonne Becker", ["Sonne Becker"]),
        ("Will Turner", "Will Turner called back.", ["Will Turner"]),
        # a part that reads as a name is found alone
        ("Sie Lindqvist", "Lindqvist väntar på svar.", ["Lindqvist"]),
        ("Sonne Becker", "Frau Becker ruft zurück.", ["Becker"]),
        ("Will Turner", "Mr Turner called.", ["Turner"]),
        # a part that is a common word is not, with a capital or without
        ("Sie Lindqvist", "Können Sie bitte die Leitung prüfen?", []),
        ("Bitte Jansson", "Bitte rufen Sie zurück.", []),
        ("Klara Nyström", "Tack Klara, vi ska klara det.", []),
        ("Sonne Becker", "Die Sonne scheint aufs Modem.", []),
        ("Stern Stigsson", "Der Stern am Router blinkt.", []),
        ("Will Turner", "Will you call back? We will.", []),
        ("Olive Brennan", "Olive oil on the keyboard.", []),
    ],
)
def test_a_name_part_that_is_a_common_word_is_found_only_in_the_whole_name(
    name: str, text: str, expected: list[str]
) -> None:
    # German writes nouns and the polite "Sie" with a capital, and every language a sentence's first word.
    assert [found for _, found, _ in _found(_known(("PERSON", name)), text)] == expected


def test_a_name_of_common_words_only_teaches_nothing() -> None:
    assert _found(_known(("PERSON", "Klara Dag")), "Tack Klara Dag, god dag") == []


def test_known_values_carried_in_settings_are_built_into_a_matcher_once_per_process() -> None:
    # As a worker receives them: unpickled, each chunk's task (or a later pass) bringing them again.
    known = KnownValueSet(tuple(_known(("EMAIL_ADDRESS", "sven.larsson@contoso.example")).items()))
    received = pickle.loads(pickle.dumps(known, pickle.HIGHEST_PROTOCOL))
    assert received.spellings == known.spellings  # each value whole, its fields in their places
    matcher = matcher_of(received)
    assert matcher_of(pickle.loads(pickle.dumps(known, pickle.HIGHEST_PROTOCOL))) is matcher
    assert matcher_of(KnownValueSet(known.spellings)) is not matcher  # another run's, another token
    assert [f.entity for f in matcher.findings("agent sven.larsson ready")] == ["USERNAME"]


def test_a_released_worker_keeps_no_known_values() -> None:
    """A cluster's worker outlives the run: once its scanner is released, neither the run's matcher nor a
    document's (as a task carries it) stays in the process's memory: they hold personal data."""
    known = KnownValueSet(tuple(_known(("EMAIL_ADDRESS", "sven.larsson@contoso.example")).items()))
    init_worker(ScanSettings(load_taxonomy(), b"k" * 32, known_values=known))
    run_wide = weakref.ref(matcher_of(known))  # the one the scanner holds
    document = KnownValueMatcher(_known(("PERSON", "Åke Karlsson")))
    carried = weakref.ref(pickle.loads(pickle.dumps(document, pickle.HIGHEST_PROTOCOL)))
    assert run_wide() is not None and carried() is not None  # kept built for the run's next chunks
    release_worker()
    gc.collect()
    assert run_wide() is None and carried() is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a learnt surname where a firm is named after it: a company word after, a business before
        ("Auftrag von Sattler Logistik GmbH, Rückruf an Sattler", ["Sattler"]),
        ("Lizenzfrage mit Autohaus Sattler klären, Herr Sattler weiß Bescheid", ["Sattler"]),
        ("Protokoll Jour fixe Sattler & Söhne KG; Sattler ruft an", ["Sattler"]),
        ("Sattler Logistik ruft an; Sattler, Anna", ["Sattler", "Sattler"]),
        ("[12:01] Sattler (Support): Hallo, ich schaue nach", ["Sattler"]),  # a role, not a firm
        # a word in small letters after the name is no firm's, company word or not (`service`, `gruppe`)
        ("login for sattler service ssh-connection; sattler gruppe admins", ["sattler", "sattler"]),
    ],
)
def test_a_learnt_surname_is_not_found_where_it_names_a_firm(text: str, expected: list[str]) -> None:
    assert [value for _, value, _ in _found(_known(("PERSON", "Bartosch Sattler")), text)] == expected
