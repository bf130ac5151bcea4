"""Real logs nobody here wrote (../shared/corpora): timestamps, SDP bodies, epoch times, kernel addresses
and Call-IDs there must not come out as identity numbers, cards or phone numbers."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_logscrub

LOGS = (
    "asterisk_testsuite_good.csv",
    "crowdsec_hub_asterisk-logs.log",
    "fail2ban_asterisk.log",
    "fail2ban_freeswitch.log",
    "loghub_Apache_2k.log",
    "loghub_Linux_2k.log",
    "loghub_Mac_2k.log",
    "loghub_OpenSSH_2k.log",
    "loghub_Proxifier_2k.log",
    "loghub_Thunderbird_2k.log",
    "sip2json_Mixed_Stream_1.sip",
    "sip2json_Mixed_Stream_3.sip",
    "sip2json_NOTIFY_single_1.sip",
    "sip2json_REGISTER_401_Unauthorized.sip",
    "sip2json_RandomStream_Recv_File_1.sip",
    "sip2json_Trying_INVITE_1.sip",
)
# Every phone number in these logs, as a person reading them finds it: numbers dialled in toll-fraud
# attempts and a caller shown in an SDP session-info line.
TRUE_PHONE_NUMBERS = {"0972598285108", "00972599580679", "+445550000006"}


def test_no_false_identity_numbers_cards_or_phone_numbers_in_real_logs(
    shared_dir: Path, tmp_path: Path
) -> None:
    paths = [shared_dir / "corpora" / name for name in LOGS]
    done = run_logscrub("scan", *paths, "--format", "json", "-o", tmp_path / "report.json")
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    phones = set()
    for entry in report["files"]:
        assert entry["status"] == "scanned", entry
        text = Path(entry["path"]).read_bytes().decode("utf-8")
        for f in entry["findings"]:
            assert f["entity"] not in (
                "SE_PERSONNUMMER",
                "SE_SAMORDNINGSNUMMER",
                "SE_ORGANISATIONSNUMMER",
                "CREDIT_CARD",
            ), (
                entry["path"],
                text[f["start"] - 30 : f["end"] + 10],
            )
            if f["entity"] == "PHONE_NUMBER":
                phones.add(text[f["start"] : f["end"]])
    assert phones == TRUE_PHONE_NUMBERS
    sip_addresses = report["summary"]["by_entity"]["SIP_ADDRESS"]
    assert sip_addresses > 1000
