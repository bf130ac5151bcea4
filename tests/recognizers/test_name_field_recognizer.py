"""PERSON from name fields (key=value, JSON, XML, labels): positives and hard negatives side by side."""

from __future__ import annotations

import re

import pytest

from logscrub.recognizers import NameFieldRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> NameFieldRecognizer:
    return NameFieldRecognizer()


POSITIVES = [
    # key=value and JSON, quoted or not, in the casings logs use
    ('CContactCard: displayName="Åsa Öberg" email=x', ["Åsa Öberg"]),
    ('{"display_name": "Jörg Müller", "id": 7}', ["Jörg Müller"]),
    ('{"firstName": "Anna", "lastName": "Svensson"}', ["Anna", "Svensson"]),
    ("first_name=Karl-Åke last_name=Lindström", ["Karl-Åke", "Lindström"]),
    ("fullName: Seán O'Brien", ["Seán O'Brien"]),
    ("agentName=Maria Gonzalez queue=support", ["Maria Gonzalez"]),
    ('caller_name="Björn Ek"', ["Björn Ek"]),
    ("callerName: Zoë Weiß", ["Zoë Weiß"]),
    ('customer_name="Svensson, Anna"', ["Svensson, Anna"]),
    ("Vorname: Jürgen   Nachname: Groß", ["Jürgen", "Groß"]),
    ('name="Nils Ek" email=nils@example.net', ["Nils Ek"]),
    ("name=Anna Svensson email=anna@example.se", ["Anna Svensson"]),  # the next key is not taken in
    ("  Namn: Carin Ek   Personnummer: 8510282380", ["Carin Ek"]),
    ("Full Name: Ludwig van der Berg", ["Ludwig van der Berg"]),
    # telephony: Asterisk, FreeSWITCH, SDP
    ('Set("PJSIP/1001-00000001", "CALLERID(name)=Anna Svensson") in new stack', ["Anna Svensson"]),
    ("AGI Tx >> agi_calleridname: Stella Singh", ["Stella Singh"]),
    ('AGI Rx << SET VARIABLE CRM_NAME "Åsa Öberg"', ["Åsa Öberg"]),
    ("EXECUTE [depth=0] sofia/internal/1001 set(effective_caller_id_name=Carin Ek)", ["Carin Ek"]),
    ("Caller-Caller-ID-Name: [Carin Ek]", ["Carin Ek"]),
    ("a=x-ring2-displayname:Tanya", ["Tanya"]),
    ('kamailio: fU=1001 tU=0701740677 fn="Carin Ek" ci=abc', ["Carin Ek"]),
    ('{\\"displayName\\":\\"Anna Svensson\\"}', ["Anna Svensson"]),  # JSON inside a JSON string
    # XML
    ("<identity><name><displayName>Kordula Krause</displayName></name>", ["Kordula Krause"]),
    # labels at the start of a line (tickets, e-mails)
    ("Kund: Anna Svensson", ["Anna Svensson"]),
    ("Beställare: Carin Ek <carin.ek@example.se>", ["Carin Ek"]),
    ("Tilldelad: Raymond Lloyd (Tier 2 Support)", ["Raymond Lloyd"]),
    ("Ansprechpartner: Herbert Schäfer", ["Herbert Schäfer"]),
    ("> Kontakt: ANNA SVENSSON", ["ANNA SVENSSON"]),
    ("Från: Åke Ström", ["Åke Ström"]),
    # surname first, the given name after a comma
    ("Kunde: Bonner, Catharine", ["Bonner, Catharine"]),
    ("> Kontakt: KVARNHOLM, SIW", ["KVARNHOLM, SIW"]),
    ("Kund: Anna Svensson, Stockholm", ["Anna Svensson"]),  # a place after the name, no given name
    # a transcript's label before a known name, a surname alone, a first name a sentence goes on from
    ("Kund: Karna Strömbäck", ["Karna Strömbäck"]),
    ("Kunde: Weiß", ["Weiß"]),
    ("Kund: Anna ringde igen", ["Anna"]),
    ("Customer: Tristin Oakes, account 815215", ["Tristin Oakes"]),
    ("Customer: Grove, Gladys", ["Grove, Gladys"]),
    ("Anrufer: Frau Lindemann, Autohaus Feldmann", ["Frau Lindemann"]),  # a form of address first
    ("Anrufer: Herr Grotemann, Brinkmann & Söhne KG", ["Herr Grotemann"]),
    ("Kunde: Bergmann, Burglind\nTel: 4711", ["Bergmann"]),
    ("Ansprechpartner: Jäger Friderike · Tel. +49 30 23125 009", ["Jäger Friderike"]),  # no speaker
    # a party to a call or ticket in key=value pairs and JSON of CRM and ACD logs: a known name
    ("crm sync: KUNDE=Anna Svensson TEL=4711", ["Anna Svensson"]),
    ("acd: customer=Karna Strömbäck queue=support", ["Karna Strömbäck"]),
    ('{"kunde": "Bergmann, Burglind", "status": "offen"}', ["Bergmann, Burglind"]),
    ('ticket.requester="Tristin Oakes" prio=2', ["Tristin Oakes"]),
    ("anrufer=Herr Grotemann ziel=200", ["Herr Grotemann"]),
    # the name columns of a table pasted as text (the header says which)
    (
        "Ticket  | Kunde              | Bearbeiter | Status\n"
        "#623542 | Hansjochen Kessler | Ingelotte  | offen\n"
        "#330329 | KVARNHOLM, SIW     | Haglid     | Löst",
        ["Hansjochen Kessler", "Ingelotte", "KVARNHOLM, SIW", "Haglid"],
    ),
    ("| Name | Phone |\n|---|---|\n| Anna Svensson | 4711 |", ["Anna Svensson"]),
]

NEGATIVES = [
    # keys that are not a person's name
    "hostname=Server1",
    'appName="MediationServer"',
    "file_name=Report.pdf",
    'ACLName="domain_must_match"',
    "profile_name=Internal queue_name=Sales",
    "username=Anna",  # a user name field, not a name field
    "name.first=Anna",
    # values that are no name: placeholders, numbers, addresses, systems and companies
    "name=null",
    'name="N/A"',
    "name=-",
    'displayName="unknown"',
    "name=eth0",
    'displayName="+46701740612"',
    "displayName=anna@example.se",
    'displayName="sip:anna@example.se"',
    'displayName="Support Team"',
    'name="Exempel AB"',
    "Kund: Exempelbolaget AB",
    'displayName="MediationServer"',
    "name=internal",
    "name=FILTER",  # one upper-case word is a constant
    # labels only at the start of a line, and followed by a name
    "the Kund: Anna Svensson line",
    "Contact: <sip:1002@10.20.0.15:5060>",
    "User-Agent: Yealink SIP-T46S 66.86.0.15",
    "Last login: Tue Mar 12 10:00:01 2024",
    "Name: I",
    # a speaker's turn or a company after a transcript's label, and contractions
    "Kund: Ja hej, jag heter Karna",
    "Agent: Tack Siw. Och det gäller växeln",
    "Kund: Kan jag få prata med herr Götesson",
    "Agent: Ich verbinde Sie mit Herrn Kuhlmann",
    "Kunde: Weiß ich nicht genau",
    "Customer: Hiya, my name's Bevin",
    "Customer: I'll send it",
    "Customer: Hi, Anna here",
    "Agent: I've logged a case for you",
    "Kunde: Klinikum Süderfeld, Kundennummer 597996",
    "Customer: Brookfield Veterinary, account 815215",
    'displayName="We\'ve"',
    "user->name> Anna",  # not an XML element
    # a party that is a firm, a number or a system, and keys that only end in a party's word
    "crm sync: customer=Contoso AB id=4712",
    'customer="Klinikum Süderfeld" status=open',
    "KUNDE=Exempelbolaget AB",
    "customer=+46701740612",
    "customer=4711 kunde=ACME",
    "customer=Premium tier=gold",
    "kunden=Anna Svensson",
    "endcustomer=Anna Svensson",
    "the customer: Anna Svensson line",  # a colon in a sentence: prose, not a field
    # tables: no name column, or cells that are no names
    "Time | Level | Module\n10:00 | INFO | Anna\n10:01 | WARN | Erik",
    "| Kunde | Status |\n|---|---|\n| Bäckerei Brinkmann | offen |\n| Exempel AB | klar |",
    "| Customer | Status |\n| Fletcher Plumbing | open |\n| Sterling Lettings | solved |",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_name_in_field(recognizer: NameFieldRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_name_in_field(recognizer: NameFieldRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize("text", [text for text, _ in POSITIVES] + NEGATIVES)
def test_fast_matches_are_the_regex_matches(recognizer: NameFieldRecognizer, text: str) -> None:
    """Keys are found by scanning for "name"/"namn", labels from newline to newline; both must give the
    matches ``finditer`` gives (the same groups: a line-start match takes the newline in only in group 0)."""
    text = f"first line\n{text}\n{text}"
    for index, pattern in enumerate(recognizer.patterns):
        if pattern.name == "Name column of a table":
            continue  # its matches are the cells of the tables its pattern finds (see POSITIVES)
        compiled = re.compile(pattern.regex, recognizer.REGEX_FLAGS)
        fast = [_group_spans(m) for m in recognizer.matches(text, index)]
        assert fast == [_group_spans(m) for m in compiled.finditer(text)], pattern.name


def _group_spans(match: re.Match[str]) -> dict[str, tuple[int, int]]:
    return {name: match.span(name) for name in match.re.groupindex}


def test_name_field_and_e_mail_address_are_two_findings(detector: Detector) -> None:
    text = 'CContactCard: displayName="Åsa Öberg" email=asa.oberg@example.se company="Exempel AB"'
    assert detected_entities(detector, text) == [
        ("PERSON", "Åsa Öberg"),
        ("EMAIL_ADDRESS", "asa.oberg@example.se"),
    ]
