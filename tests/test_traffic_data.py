"""Traffic data: participants of calls inside SIP messages and call records are `traffic_data` (high),
decided by the contexts of rules/default.yaml; the same values elsewhere keep their plain category."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from helpers import FIXTURES, scan_report
from logscrub.scanner.reports.json_report import report_schema

TRAFFIC = ("traffic_data", "high")

ACC_LINE = (
    "Mar 12 10:00:05 proxy kamailio[2352]: NOTICE: acc [acc.c:325]: ACC: transaction answered: "
    "timestamp=1710237604;method=INVITE;from_tag=dbe5c804;to_tag=c0a7fdc1;call_id=0cd9fc55599484@10.20.0.14;"
    "src_user=carin.ek;src_domain=pbx.example.se;src_ip=10.20.0.14;dst_ouser=0701740677;dst_user=+46701740677;"
    "dst_domain=gw.example.se;code=200;reason=OK\n"
)
MASTER_CSV_ROW = (
    '"","0701740612","carin.ek","from-trunk","""Stella Singh"" <0701740612>","PJSIP/trunk-00000003",'
    '"PJSIP/1001-00000004","Dial","PJSIP/1001,30","2024-03-12 10:00:40","2024-03-12 10:00:42",'
    '"2024-03-12 10:01:12",32,30,"ANSWERED","DOCUMENTATION","1710237640.57",""\n'
)
FREESWITCH_CDR_CSV_ROW = (
    '"Carin Ek","carin.ek","0701740677","default","2024-03-12 10:00:00","2024-03-12 10:00:05",'
    '"2024-03-12 10:00:36","36","31","NORMAL_CLEARING","9a699c1f-e860-49aa-8c07-7fcfdcc938bb","",'
    '"","PCMA","PCMA"\n'
)


def _scan_text(text: str, tmp_path: Path, name: str = "-") -> dict[str, tuple[str, str, str]]:
    """Each finding's text -> (entity, category, sensitivity), scanning `text` as a file `name` or stdin."""
    if name == "-":
        report = scan_report("-", "-j", "1", stdin=text.encode(), cwd=tmp_path)
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
        report = scan_report(name, "-j", "1", cwd=tmp_path)
    jsonschema.validate(report, report_schema())
    (entry,) = report["files"]
    return {
        text[f["start"] : f["end"]]: (f["entity"], f["category"], f["sensitivity"]) for f in entry["findings"]
    }


def test_a_kamailio_accounting_line_holds_its_participants_as_traffic_data(tmp_path: Path) -> None:
    found = _scan_text(ACC_LINE, tmp_path)
    assert found["carin.ek"] == ("USERNAME", *TRAFFIC)  # src_user: an account
    assert found["0701740677"] == ("PHONE_NUMBER", *TRAFFIC)  # dst_ouser
    assert found["+46701740677"] == ("PHONE_NUMBER", *TRAFFIC)  # dst_user
    assert found["10.20.0.14"][1] == "network_device"  # the proxy's address is no participant


def test_an_asterisk_master_csv_row_holds_its_participants_as_traffic_data(tmp_path: Path) -> None:
    found = _scan_text(MASTER_CSV_ROW, tmp_path)
    assert found["0701740612"] == ("PHONE_NUMBER", *TRAFFIC)  # src and the caller ID number
    assert found["carin.ek"] == ("USERNAME", *TRAFFIC)  # dst
    assert found["Stella Singh"] == ("PERSON", *TRAFFIC)  # the caller ID name
    assert set(found) == {"0701740612", "carin.ek", "Stella Singh"}


@pytest.mark.parametrize(
    "line", [ACC_LINE.replace("carin.ek", "1001"), MASTER_CSV_ROW.replace("carin.ek", "1001")]
)
def test_extensions_of_digits_alone_are_not_reported(line: str, tmp_path: Path) -> None:
    # Alone they name no one, and the same digits stand all over a log (channel names, CSeq, ports).
    assert "1001" not in _scan_text(line, tmp_path)


def test_asterisks_own_master_csv_sample(shared_dir: Path, tmp_path: Path) -> None:
    text = (shared_dir / "corpora" / "asterisk_testsuite_good.csv").read_text(encoding="utf-8")
    (entry,) = scan_report("-", "-j", "1", stdin=text.encode(), cwd=tmp_path)["files"]
    rows = text.count("\n")
    by_value: dict[tuple[str, str, str], int] = {}
    for f in entry["findings"]:
        key = (text[f["start"] : f["end"]], f["entity"], f["category"])
        by_value[key] = by_value.get(key, 0) + 1
    # Each row: src "test", clid "Test User" <test>; not the extension dst "100", the context,
    # channel or dates.
    assert by_value == {
        ("test", "USERNAME", "traffic_data"): 2 * rows,
        ("Test User", "PERSON", "traffic_data"): rows,
    }
    assert entry["categories"] == {"traffic_data": 3 * rows}


def test_a_master_csv_file_read_as_csv_keeps_traffic_data(tmp_path: Path) -> None:
    # A .csv file is read cell by cell; its rows are still call records.
    found = _scan_text(MASTER_CSV_ROW * 2, tmp_path, "Master.csv")
    assert found["0701740612"] == ("PHONE_NUMBER", *TRAFFIC)


# A Yeastar CDR export, the recording named after the call's parties (modelled on the fields of
# https://help.yeastar.com/en/cloudpbx/topic/cdr-database.html).
YEASTAR_CDR = (
    "datetime,clid,src,dst,dcontext,srctrunk,dstrunk,lastapp,duration,billable,disposition,calltype,"
    "uniqueid,recordfile\n"
    '2024-03-12 10:14:01,"Carin Ek<1001>",1001,+46701740663,DLPN_DialPlan1001,,SIP_Trunk1,Dial,224,216,'
    "ANSWERED,Outbound,1710238441.18,20240312101401-1001-+46701740663.wav\n"
)


@pytest.mark.parametrize("name", ["cdr.csv", "cdr.log"])
def test_a_yeastar_cdr_row_holds_its_participants_as_traffic_data(tmp_path: Path, name: str) -> None:
    text = YEASTAR_CDR
    (tmp_path / name).write_text(text, encoding="utf-8")
    (entry,) = scan_report(name, "-j", "1", cwd=tmp_path)["files"]
    numbers = [
        (text[f["start"] : f["end"]], f["category"])
        for f in entry["findings"]
        if f["entity"] == "PHONE_NUMBER"
    ]
    # dst and the callee of the recording's name; not the extension, the unique id or the time
    assert numbers == [("+46701740663", "traffic_data")] * 2


def test_a_freeswitch_cdr_csv_row_holds_its_participants_as_traffic_data(tmp_path: Path) -> None:
    found = _scan_text(FREESWITCH_CDR_CSV_ROW, tmp_path)
    assert found == {
        "Carin Ek": ("PERSON", *TRAFFIC),
        "carin.ek": ("USERNAME", *TRAFFIC),
        "0701740677": ("PHONE_NUMBER", *TRAFFIC),
    }


T, CONTACT, NETWORK = "traffic_data", "contact", "network_device"
CONTEXT_CASES = [
    # SIP messages: request lines and the headers that name a party
    ("INVITE sip:+46701740677@gw.example.se;user=phone SIP/2.0", "sip:+46701740677@gw.example.se", T),
    ('From: "Carin Ek"<sip:carin.ek@example.se>;tag=ceca0719', "Carin Ek", T),
    ("t: <sip:+46701740677@gw.example.se;user=phone>", "sip:+46701740677@gw.example.se", T),
    ("P-Asserted-Identity: <tel:+46701740634>", "+46701740634", T),
    ("Diversion: <sip:0701740655@pbx.example.se>;reason=no-answer", "sip:0701740655@pbx.example.se", T),
    # FreeSWITCH channel data and CDR fields
    ("Caller-Caller-ID-Number: [carin.ek]", "carin.ek", T),
    ("variable_sip_from_user: [carin.ek]", "carin.ek", T),
    ("<caller_id_number>0701740612</caller_id_number>", "0701740612", T),
    ('{"caller_id_number": "carin.ek", "destination_number": "0701740677"}', "carin.ek", T),
    # Asterisk CDRs logged as key=value
    ("cdr_custom.c: uniqueid=1710237601.42 src=carin.ek dst=0701740677 disposition=ANSWERED", "carin.ek", T),
    # The same kinds of value outside call signalling and call records keep their category
    ("ticket: please call me back on 070-174 06 12", "070-174 06 12", CONTACT),
    ("Contact: Carin Ek, 070-174 06 12", "070-174 06 12", CONTACT),
    ("From: carin.ek@example.se", "carin.ek@example.se", CONTACT),
    (
        "<script>: new INVITE sip:1001@pbx.example.se -> sip:0701740677@pbx.example.se",
        "sip:1001@pbx.example.se",
        CONTACT,
    ),
    ("Via: SIP/2.0/UDP 10.20.0.15:5060;branch=z9hG4bK53a9f709fe;rport", "10.20.0.15", NETWORK),
    ('"name","phone"\n"Carin Ek","070-174 06 12"', "070-174 06 12", CONTACT),
    ("src=10.0.0.7 dst=10.0.0.8 proto=udp", "10.0.0.7", NETWORK),
]


@pytest.mark.parametrize(("line", "value", "category"), CONTEXT_CASES)
def test_context_decides_the_category(tmp_path: Path, line: str, value: str, category: str) -> None:
    found = _scan_text(line + "\n", tmp_path)
    assert found[value][1] == category


def test_every_participant_in_the_sip_trace_headers_is_traffic_data(tmp_path: Path) -> None:
    text = (FIXTURES / "sip_trace.log").read_text(encoding="utf-8")
    (entry,) = scan_report(FIXTURES / "sip_trace.log", "-j", "1", cwd=tmp_path)["files"]
    lines = text.splitlines()
    header = (
        "From:",
        "To:",
        "f:",
        "t:",
        "Contact:",
        "m:",
        "P-Asserted-Identity:",
        "Remote-Party-ID:",
        "Diversion:",
    )
    participants = [
        f
        for f in entry["findings"]
        if f["entity"] in ("SIP_ADDRESS", "PHONE_NUMBER", "PERSON")
        and lines[f["line"] - 1].startswith(header)
    ]
    assert len(participants) > 20
    assert {(f["category"], f["sensitivity"]) for f in participants} == {TRAFFIC}
    assert {f["category"] for f in entry["findings"] if f["entity"] == "IP_ADDRESS"} == {"network_device"}
    assert {f["category"] for f in entry["findings"] if f["entity"] == "CREDENTIAL"} == {"credential"}


def test_the_report_states_the_categories_of_each_file(tmp_path: Path) -> None:
    (tmp_path / "acc.log").write_text(ACC_LINE, encoding="utf-8")
    (tmp_path / "ticket.txt").write_text("call me on 070-174 06 12\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("nothing here\n", encoding="utf-8")
    report = scan_report(".", "-j", "1", cwd=tmp_path)
    jsonschema.validate(report, report_schema())
    categories = {entry["path"]: entry["categories"] for entry in report["files"]}
    assert categories == {
        "acc.log": {"network_device": 2, "traffic_data": 3},
        "empty.txt": {},
        "ticket.txt": {"contact": 1},
    }
    assert report["summary"]["by_category"] == {"contact": 1, "network_device": 2, "traffic_data": 3}
    assert report["summary"]["by_sensitivity"] == {"high": 3, "low": 2, "medium": 1}


# Call records as installations write them: columns chosen by the administrator, recognised by shape.
# A cdr_custom layout of 21 fields, the caller ID first (modelled on the mapping in
# https://pastebin.com/B4p7a1zw and the fields of
# https://docs.asterisk.org/Configuration/Reporting/Call-Detail-Records-CDR/CDR-Variables/, plus did,
# linkedid, sequence and peeraccount); numbers with their country code but no "+".
CDR_CUSTOM_ROWS = (
    '"""Anna Berg"" <46701740641>","46701740641","4930231260","from-trunk","PJSIP/trunk-0000000a",'
    '"PJSIP/2001-0000000b","Dial","PJSIP/2001,30","2024-03-12 10:00:40","2024-03-12 10:00:42",'
    '"2024-03-12 10:01:12","32","30","ANSWERED","DOCUMENTATION","","1710237640.57","",'
    '"4930231260","1710237640.57","12"\n'
    '"""4711"" <4711>","4711","4930231261","from-internal","PJSIP/4711-0000000c",'
    '"PJSIP/trunk-0000000d","Dial","PJSIP/trunk/4930231261","2024-03-12 10:03:00","",'
    '"2024-03-12 10:03:20","20","0","NO ANSWER","DOCUMENTATION","","1710237780.65","","",'
    '"1710237780.65","13"\n'
)
# Master.csv's own layout with a caller ID number in a foreign national form (trunk prefix 8).
MASTER_CSV_FOREIGN_CALLER = MASTER_CSV_ROW.replace(
    '"0701740612","carin.ek","from-trunk","""Stella Singh"" <0701740612>"',
    '"89161234567","carin.ek","from-trunk","""Stella Singh"" <89161234567>"',
)
# A mod_cdr_csv template of its own order (modelled on the variables of FreeSWITCH's default
# cdr_csv template: caller_id_number, destination_number, start_stamp, hangup_cause, uuid, caller_id_name).
FREESWITCH_CUSTOM_ROW = (
    '"46701740642","2024-03-12 10:05:00","4930231262","USER_BUSY",'
    '"4b1e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b","Nils Berglund"\n'
)
# 3CX's CDR output, every field in 3CX's order (historyid, callid, duration, time-start, time-answered,
# time-end, reason-terminated, from-no, to-no, from-dn, to-dn, dial-no, reason-changed, final-number,
# final-dn, bill-*, chain, from-type, to-type, final-type, from-dispname, to-dispname, final-dispname,
# missed-queue-calls; https://www.3cx.com/docs/cdr-call-data-records/ and the field list at
# https://www.tim4biz.com/pbx/3cx/): an external caller reaching agent Ebba Lind on extension 101
# through the queue 10000.
THREECX_ROW = (
    "Call 15,00000C4DA1E2F3B4_12,00:00:31,2024/03/12 10:00:00,2024/03/12 10:00:05,2024/03/12 10:00:36,"
    "TerminatedBySrc,46701740643,10000,,10000,4930231263,,101,101,,,,,"
    "Chain: 46701740643;10000;Ext.101;,Line,Extension,Extension,Nils Berglund,Ebba Lind,Ebba Lind,\n"
)


def test_a_cdr_custom_layout_is_a_call_record_by_its_shape(tmp_path: Path) -> None:
    found = _scan_text(CDR_CUSTOM_ROWS, tmp_path)
    assert found["Anna Berg"] == ("PERSON", *TRAFFIC)  # the clid name, in the first column here
    assert found["46701740641"] == ("PHONE_NUMBER", *TRAFFIC)  # clid number and src
    assert found["4930231260"] == ("PHONE_NUMBER", *TRAFFIC)  # dst and did
    assert found["4930231261"] == ("PHONE_NUMBER", *TRAFFIC)
    # an extension, also as the caller ID name, is no person and, alone, no one
    assert "4711" not in found
    assert {entity for entity, _, _ in found.values()} == {"PERSON", "PHONE_NUMBER"}


def test_the_number_of_a_caller_id_is_a_phone_number_in_any_form(tmp_path: Path) -> None:
    found = _scan_text(MASTER_CSV_FOREIGN_CALLER, tmp_path)
    assert found["89161234567"] == ("PHONE_NUMBER", *TRAFFIC)
    assert found["Stella Singh"] == ("PERSON", *TRAFFIC)


def test_a_freeswitch_row_of_another_template_is_a_call_record(tmp_path: Path) -> None:
    found = _scan_text(FREESWITCH_CUSTOM_ROW, tmp_path)
    assert found["46701740642"] == ("PHONE_NUMBER", *TRAFFIC)
    assert found["4930231262"] == ("PHONE_NUMBER", *TRAFFIC)
    assert found["Nils Berglund"] == ("PERSON", *TRAFFIC)


def test_a_3cx_call_record_holds_its_participants_as_traffic_data(tmp_path: Path) -> None:
    found = _scan_text(THREECX_ROW, tmp_path)
    assert found["46701740643"] == ("PHONE_NUMBER", *TRAFFIC)  # from-no, and in the chain
    assert found["4930231263"] == ("PHONE_NUMBER", *TRAFFIC)  # dial-no
    assert found["Nils Berglund"] == ("PERSON", *TRAFFIC)  # from-dispname
    assert found["Ebba Lind"] == ("PERSON", *TRAFFIC)  # to-dispname and final-dispname: the agent
    # extensions, the queue's number, the callid and the times are no participants
    assert set(found) == {"46701740643", "4930231263", "Nils Berglund", "Ebba Lind"}


def test_numbers_announced_in_a_cdr_log_line_are_traffic_data(tmp_path: Path) -> None:
    line = "cdr_custom.c: uniqueid=1710237601.42 src=46701740644 dst=4930231264 disposition=ANSWERED\n"
    found = _scan_text(line, tmp_path)
    assert found["46701740644"] == ("PHONE_NUMBER", *TRAFFIC)
    assert found["4930231264"] == ("PHONE_NUMBER", *TRAFFIC)
    assert "1710237601" not in found
