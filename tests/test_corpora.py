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


GPS_RECORDINGS = (
    "gpsd_bt451.log",
    "gpsd_bu353-glonass.log",
    "gpsd_bu353s4.log",
    "gpsd_garmin17n.log",
    "gpsd_gpsdf.log",
    "gpsd_haicom-305N.log",
)
# Where NMEA 0183 sentences carry latitude, N/S, longitude, E/W: the index of the latitude field.
NMEA_LATITUDE_FIELD = {"GGA": 2, "RMC": 3, "GLL": 1, "GNS": 2, "PGRMF": 6}


def _positions(line: str) -> int:
    """1 when the NMEA sentence `line` holds a position, else 0 (counted field by field)."""
    fields = line.split("*")[0].split(",")
    kind = fields[0][1:] if fields[0].startswith("$P") else fields[0][3:]
    first = NMEA_LATITUDE_FIELD.get(kind)
    return int(first is not None and len(fields) > first + 3 and all(fields[first : first + 4]))


def test_positions_in_real_gps_recordings_are_locations_and_nothing_else_a_number(
    shared_dir: Path, tmp_path: Path
) -> None:
    paths = [shared_dir / "corpora" / name for name in GPS_RECORDINGS]
    done = run_logscrub("scan", *paths, "--format", "json", "-o", tmp_path / "report.json")
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    for entry in report["files"]:
        text = Path(entry["path"]).read_bytes().decode("utf-8")
        lines = text.splitlines(keepends=True)
        sentences = [line for line in lines if line.startswith("$")]
        locations = [f for f in entry["findings"] if f["entity"] == "LOCATION"]
        assert len(locations) == sum(map(_positions, sentences)) > 0, entry["path"]
        for f in entry["findings"]:
            line = lines[f["line"] - 1]
            if line.startswith("$"):  # times, checksums, satellite numbers: never numbers of a person
                assert f["entity"] == "LOCATION", (entry["path"], line)
