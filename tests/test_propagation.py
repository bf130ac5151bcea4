"""Propagation end to end: values learnt anywhere in a run are redacted wherever they recur."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from helpers import FIXTURES, run_logscrub
from logscrub.scanner.privacy import value_hash

SET = FIXTURES / "propagation"
DATA_FILES = ("kamailio-debug.log", "calls.sip", "ticket-4711.txt")


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _leaks(text: str, values: list[str]) -> list[str]:
    """The values standing in `text` as whole tokens, in any letter case, with or without diacritics."""
    found = []
    for haystack in {text, _ascii(text)}:
        for value in values:
            for form in {value, _ascii(value)}:
                if re.search(rf"(?<![\w+]){re.escape(form)}(?![\w])", haystack, re.IGNORECASE):
                    found.append(value)
    return sorted(set(found))


@pytest.fixture
def call_set(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in DATA_FILES:
        shutil.copy(SET / name, folder / name)
    return folder


def test_propagation_fixtures_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(SET / "generate.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_redacted_call_set_leaks_no_injected_value(call_set: Path, tmp_path: Path, jobs: str) -> None:
    injected = json.loads((SET / "injected.json").read_text(encoding="utf-8"))
    before = _leaks("".join((call_set / n).read_text(encoding="utf-8") for n in DATA_FILES), injected)
    assert len(before) > 40  # the set really holds them (some spellings are only searched for)
    out = tmp_path / "out"
    done = run_logscrub("redact", call_set, "--out", out, "-j", jobs, "--report", tmp_path / "r.json")
    assert done.returncode == 0, done.stderr
    for name in DATA_FILES:
        copy = (out / name).read_text(encoding="utf-8")
        assert _leaks(copy, injected) == [], name
        original = (call_set / name).read_text(encoding="utf-8")
        assert copy.count("\n") == original.count("\n")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    propagated = [
        f for entry in report["files"] for f in entry["findings"] if f["recognizer"] == "propagation"
    ]
    assert propagated and all(f["attributes"]["learnt_as"] for f in propagated)
    assert _leaks((tmp_path / "r.json").read_text(encoding="utf-8"), injected) == []


def test_without_propagation_the_bare_mentions_stay(call_set: Path, tmp_path: Path) -> None:
    done = run_logscrub("redact", call_set, "--out", tmp_path / "out", "--no-propagation", "-j", "1")
    assert done.returncode == 0, done.stderr
    copy = (tmp_path / "out" / "kamailio-debug.log").read_text(encoding="utf-8")
    # (a user name in prose, "contact for [maria.roos]", "agent MARIA.ROOS state", is found by its
    # shape alone; a key's value, "caller=maria.roos", is not)
    assert re.search(r"new dialog caller=[a-z]+\.[a-z]+ callee_cli=", copy)


def test_guards_keep_common_words_and_service_accounts(tmp_path: Path) -> None:
    log = tmp_path / "in" / "pbx.log"
    log.parent.mkdir()
    log.write_text(
        "REGISTER sip:admin@pbx.example.se\nINVITE sip:support@pbx.example.se\n"
        "From: <sip:asterisk@pbx.example.se>\nmail info@example.se\n"
        "admin logged in; support queue has 3 calls; asterisk restarted; info: ok\n",
        encoding="utf-8",
    )
    done = run_logscrub("redact", log, "--out", tmp_path / "out", "-j", "1")
    assert done.returncode == 0, done.stderr
    last = (tmp_path / "out" / "pbx.log").read_text(encoding="utf-8").splitlines()[-1]
    assert last == "admin logged in; support queue has 3 calls; asterisk restarted; info: ok"


def test_known_values_file_with_values_and_hashes(tmp_path: Path) -> None:
    key = "known-values-test-key-4e8b2f6c1a9d0735"
    log = tmp_path / "in" / "ticket.txt"
    log.parent.mkdir()
    log.write_text(
        "Kunden Lovisa Wahlgren ringde; lovisa vill ha svar. Ärende från Wahlberg.\n", encoding="utf-8"
    )
    known = tmp_path / "known.txt"
    known.write_text(f"# from ticket 4711\nLovisa Wahlgren\n{value_hash(key.encode(), 'wahlberg')}\n")
    out = tmp_path / "out"
    done = run_logscrub(
        "redact",
        log,
        "--out",
        out,
        "--known-values",
        known,
        "--report",
        tmp_path / "r.json",
        "-j",
        "1",
        env={"LOGSCRUB_HASH_KEY": key},
    )
    assert done.returncode == 0, done.stderr
    copy = (out / "ticket.txt").read_text(encoding="utf-8")
    assert _leaks(copy, ["Lovisa", "Wahlgren", "Wahlberg"]) == [], copy
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != known and p != log]
    assert all("Lovisa" not in p.read_text(encoding="utf-8") for p in written)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("hmac-sha256:1234\n", "known.txt:1: a hash is hmac-sha256: and 64 hex digits"),
        (b"\xff\xfe\x00bad", "known.txt: cannot read the known values"),
    ],
)
def test_bad_known_values_file_is_a_usage_error(tmp_path: Path, content: str | bytes, message: str) -> None:
    known = tmp_path / "known.txt"
    if isinstance(content, bytes):
        known.write_bytes(content)
    else:
        known.write_text(content, encoding="utf-8")
    (tmp_path / "a.log").write_text("nothing\n", encoding="utf-8")
    done = run_logscrub("scan", tmp_path / "a.log", "--known-values", known)
    assert done.returncode == 2
    assert message in done.stderr


def test_standard_input_is_learnt_from_and_scanned(tmp_path: Path) -> None:
    text = 'From: "Gunilla Bergqvist" <sip:gunilla.bergqvist@example.se>\nagent GUNILLA BERGQVIST ready\n'
    done = run_logscrub("scan", "-", "--format", "json", stdin=text.encode())
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(done.stdout)["files"]
    assert [f["recognizer"] for f in entry["findings"]][-1] == "propagation"


def test_a_propagated_value_gets_the_pseudonym_of_its_original(tmp_path: Path) -> None:
    log = tmp_path / "in" / "pbx.log"
    log.parent.mkdir()
    log.write_text(
        'From: "Åke Karlsson" <sip:ake.karlsson@example.se>;tag=1\n'
        "call from 070-174 06 12 queued\n"
        "agent AKE KARLSSON state=Available\n"
        "cdr cli=46701740612 agent=ake.karlsson\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = run_logscrub("redact", log, "--out", out, "--style", "pseudonym", "-j", "1")
    assert done.returncode == 0, done.stderr
    lines = (out / "pbx.log").read_text(encoding="utf-8").splitlines()
    person = re.search(r'"(<PERSON_\d+>)"', lines[0])
    phone = re.search(r"(<PHONE_NUMBER_\d+>)", lines[1])
    assert person and phone, lines
    assert lines[2] == f"agent {person[1]} state=Available"
    assert lines[3] == f"cdr cli={phone[1]} agent={person[1]}"


def test_known_values_without_propagation_learn_nothing_from_the_inputs(tmp_path: Path) -> None:
    log = tmp_path / "in" / "pbx.log"
    log.parent.mkdir()
    log.write_text(
        'From: "Gunilla Bergqvist" <sip:gunilla.bergqvist@example.se>\nagent GUNILLA BERGQVIST ready\n'
        "Kunden Lovisa Wahlgren ringde\n",
        encoding="utf-8",
    )
    known = tmp_path / "known.txt"
    known.write_text("Lovisa Wahlgren\n", encoding="utf-8")
    out = tmp_path / "out"
    done = run_logscrub("redact", log, "--out", out, "--no-propagation", "--known-values", known, "-j", "1")
    assert done.returncode == 0, done.stderr
    lines = (out / "pbx.log").read_text(encoding="utf-8").splitlines()
    assert lines[1] == "agent GUNILLA BERGQVIST ready"  # not learnt from the input
    assert "Lovisa" not in lines[2] and "Wahlgren" not in lines[2]


def test_words_in_a_user_part_are_not_learnt(tmp_path: Path) -> None:
    """A user part made of words teaches none of them: SIP, kernel and German lines in other files stay."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.log").write_text(
        "From: <sip:support_sip@pbx.example.com>;tag=1\nTo: <sip:no_such_user_exists@pbx.example.com>\n",
        encoding="utf-8",
    )
    untouched = (
        "SIP/2.0 180 Ringing\nREGISTER sip:host SIP/2.0\nkernel: No such file or directory\n"
        "user exists; support queue\nKunden ringde und wartete\n"
    )
    (folder / "b.log").write_text(untouched, encoding="utf-8")
    done = run_logscrub("redact", folder, "--out", tmp_path / "out", "-j", "1")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "b.log").read_text(encoding="utf-8") == untouched
    assert "sip:" not in (tmp_path / "out" / "a.log").read_text(encoding="utf-8")


def test_device_identifiers_are_redacted_wherever_they_recur(tmp_path: Path) -> None:
    """An IMSI found once with its context word is found bare in another file: in a D-Bus object path, in
    quotes, in the 5G form, and glued to a key name, where only propagation finds it."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "modem.log").write_text(
        "attach ok IMSI: 262011234567890 imei=35-209900-176148-1\n", encoding="utf-8"
    )
    (folder / "dbus.log").write_text(
        'signal path=/262011234567890/context1 member=PropertyChanged\nsubscriber "262011234567890"\n'
        "supi imsi-262011234567890 pei 352099001761481\ncache sim_262011234567890 ok\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = run_logscrub("redact", folder, "--out", out, "--report", tmp_path / "r.json", "-j", "1")
    assert done.returncode == 0, done.stderr
    copy = (out / "dbus.log").read_text(encoding="utf-8")
    assert "262011234567890" not in copy and "352099001761481" not in copy, copy
    assert copy.startswith("signal path=/<IMSI>/context1 member=PropertyChanged\n")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    (dbus,) = [entry for entry in report["files"] if entry["path"].endswith("dbus.log")]
    propagated = [f for f in dbus["findings"] if f["recognizer"] == "propagation"]
    found = [(f["line"], f["entity"], f["attributes"]["learnt_as"]) for f in propagated]
    assert (4, "IMSI", "IMSI") in found


def test_a_name_part_that_is_a_common_word_is_redacted_only_in_the_whole_name(tmp_path: Path) -> None:
    """Swedish callers named Sie and Bitte, an English one named Will: their whole names and the parts
    that read as names are redacted in another file of the run, the German and English words are not."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "calls.sip").write_text(
        'From: "Sie Lindqvist" <sip:sie.lindqvist@pbx.example.se>;tag=1\n'
        'From: "Bitte Jansson" <sip:bitte.jansson@pbx.example.se>;tag=2\n'
        'From: "Will Turner" <sip:will.turner@pbx.example.com>;tag=3\n',
        encoding="utf-8",
    )
    words = "Können Sie bitte die Leitung prüfen? Bitte rufen Sie zurück.\nWill you call back?\n"
    (folder / "ticket.txt").write_text(
        f"{words}Sie Lindqvist ringde; Jansson väntar.\nWill Turner called.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    done = run_logscrub("redact", folder, "--out", out, "-j", "1", "--report", tmp_path / "r.json")
    assert done.returncode == 0, done.stderr
    assert (out / "ticket.txt").read_text(encoding="utf-8") == (
        f"{words}<PERSON> ringde; <PERSON> väntar.\n<PERSON> called.\n"
    )
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    (ticket,) = [entry for entry in report["files"] if entry["path"].endswith("ticket.txt")]
    assert [(f["line"], f["recognizer"]) for f in ticket["findings"]] == [
        (3, "propagation"),
        (3, "propagation"),
        (4, "propagation"),
    ]
    # explain learns from the text it is given and shows the same recurrences
    text = 'From: "Sie Lindqvist" <sip:sie.lindqvist@pbx.example.se>;tag=1\nKönnen Sie bitte? Lindqvist ja.'
    explained = run_logscrub("explain", text)
    assert explained.returncode == 0, explained.stderr
    assert explained.stdout.count("a recurrence of a value learnt as") == 1, explained.stdout
