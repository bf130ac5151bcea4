"""Which lines a NER model may read: prose, never SIP, log lines, headers, key=value runs or JSON."""

from __future__ import annotations

import pytest

from logscrub.scanner.engine.prose_regions import MAX_REGION_CHARS, is_prose, name_cells, prose_regions


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        # prose: ticket and e-mail bodies, chat messages, comments
        ("Hello team, I spoke with Margaret Thornton yesterday about the invoice.", True),
        ("Kunden Erik Johansson ringde igår och ville ha en återbetalning.", True),
        ("Der Kunde hat gestern angerufen und wollte die Rechnung erklärt haben.", True),
        ("[10:32] Anna: could you check why my calls drop after a minute?", True),
        ("Please call the customer back before noon, she is waiting.", True),
        # machine output: SIP, log lines, headers, key=value runs, JSON
        ("INVITE sip:+46701740605@pbx.example.se SIP/2.0", False),
        ("SIP/2.0 180 Ringing", False),
        ('From: "Anna Svensson" <sip:anna@example.se>;tag=a73kszlfl', False),
        ("Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds", False),
        ("2024-05-01 12:00:01 INFO Call from Anna Svensson routed to queue Support", False),
        ("May  1 12:00:01 pbx kamailio[812]: INFO: <script>: Anna Svensson calling", False),
        ("<134>kamailio: ACC: call from Anna Svensson to the front desk of Support", False),
        ("[ERROR] Anna Svensson could not be reached on her mobile phone number", False),
        ("ERROR Anna Svensson could not be reached on her mobile phone today", False),
        ("method=INVITE from_user=anna.svensson to_user=erik status=200 reason=OK", False),
        ('{"caller": "Anna Svensson", "note": "called about the invoice today"}', False),
        ("see https://support.example.com/tickets/4711 for what the customer asked", False),
        # numbers, times and dashes between words: a list a person keeps, a field of free text
        ("Engineer on site: Kester Toland, mobile 070-174 06 55", True),
        ("038 Kester Toland – away until 11:34, back after lunch", True),
        ("Internal: Kester Toland (DPO) informed.", True),
        # ... but not headers, versions and addresses, or a row of numbers
        ("User-Agent: Yealink SIP-T46S 66.86.0.15", False),
        ("Max-Forwards: 70", False),
        ("12 | 94 % | 0 | 11:34 | 070-174", False),
        # too short, or no small words: headings, menus, constants
        ("Call dropped", False),
        ("Monthly Invoice Summary For Customer Accounts", False),
        ("CALL FROM ANNA SVENSSON TO SUPPORT", False),
        ("", False),
    ],
)
def test_a_line_is_prose_when_it_is_a_sentence_of_words(line: str, prose: bool) -> None:
    assert is_prose(line) is prose


def test_a_key_before_prose_is_left_out_of_the_region() -> None:
    text = "Subject: Refund request from the customer about her invoice\n"
    (region,) = prose_regions(text)
    assert region.text_of(text) == "Refund request from the customer about her invoice"


def test_a_chat_line_s_speaker_is_in_the_region() -> None:
    text = "[09:33] Kester: could you check why my calls drop after a minute?\n"
    (region,) = prose_regions(text)
    assert region.text_of(text) == "Kester: could you check why my calls drop after a minute?"


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Reception Hunt,650,Kester Toland,no", ["Reception Hunt", "Kester Toland"]),
        ('1081,"Toland, Kester Alun",257,0,Full', ["Toland, Kester Alun", "Full"]),
        ("6207,TOLAND, KESTER,086,97,Active", ["TOLAND, KESTER", "Active"]),
        ("Kester Toland | Phone | 94 % | OK", ["Kester Toland", "Phone", "OK"]),
        ("Kester Toland\tPhone\tOK", ["Kester Toland", "Phone", "OK"]),
        ("070-174 06 97  Kester Toland  mobile  £29.90", ["Kester Toland"]),
        # a field's value is a cell, a protocol header's is none
        ("Reserve: Kester Toland", ["Kester Toland"]),
        ("Holder: TOLAND, KESTER", ["TOLAND, KESTER"]),
        ("From: Kester Toland", []),
        ("Server: Asterisk PBX", []),
        ("Max-Forwards: 70", []),
        # no cell of a name: small letters, digits, more than four words
        ("Warehouse,652,PIN locked,no", ["Warehouse"]),
        # two cells are no table; prose, log lines, key=value pairs and JSON are none
        ("Reception Hunt,Kester Toland", []),
        ("Hello team, Kester Toland, Orla and I spoke about the invoice, the refund, the rest", []),
        ("2024-05-01 12:00:01,1001,Kester Toland,ANSWERED", []),
        ("caller=Kester Toland,queue=Reception Hunt,state=answered", []),
        ('["Kester Toland","Reception Hunt","OK"]', []),
    ],
)
def test_the_cells_of_a_table_row_that_read_as_names(line: str, cells: list[str]) -> None:
    assert [cell.text_of(line) for cell in name_cells(line)] == cells


def test_consecutive_prose_lines_form_one_region_and_machine_lines_split_them() -> None:
    text = (
        "2024-05-01 12:00:01 INFO ticket 4711 opened by the web form\n"
        "Hello team, the customer called twice this morning\n"
        "and asked for a callback from the billing team.\n"
        "INVITE sip:+46701740605@pbx.example.se SIP/2.0\n"
        "She says the invoice is wrong and wants a refund.\n"
    )
    regions = [region.text_of(text) for region in prose_regions(text)]
    assert regions == [
        "Hello team, the customer called twice this morning\nand asked for a callback from the billing team.",
        "She says the invoice is wrong and wants a refund.",
    ]


def test_a_long_run_of_prose_is_cut_into_bounded_regions() -> None:
    line = "the customer asked again about the invoice and the refund she was promised\n"
    text = line * (2 * MAX_REGION_CHARS // len(line) + 1)
    regions = prose_regions(text)
    assert len(regions) >= 2
    assert all(region.end - region.start <= MAX_REGION_CHARS + len(line) for region in regions)
    assert regions[0].start == 0 and regions[-1].end == len(text) - 1
