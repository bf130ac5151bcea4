"""Structured inputs (JSON, NDJSON, CSV, TSV, XLSX, e-mail), on real files: each value is scanned with its
key or column name as context, findings are located in the document's text, and the redacted copy keeps
the document's shape (same keys, columns, quoting, sheets, parts, newlines) with no value left."""

from __future__ import annotations

import codecs
import csv
import datetime
import email
import io
import json
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path, PurePath
from typing import Any

import openpyxl
import pandas as pd
import pytest

from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.main import main
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.sources import formats
from logscrub.scanner.sources.archives import TEXT, ZIP
from logscrub.scanner.sources.paths import expand_paths
from logscrub.scanner.sources.structured.email_document import EmailDocument
from logscrub.scanner.sources.structured.workbook_document import Workbook

PHONE, PHONE_2, PNR, PNR_10 = "070-174 06 05", "+46 70 174 06 06", "19850101-2382", "8501012382"
MAIL, MAIL_2, NAME = "anna.svensson@example.com", "bo.ek@example.se", "Anna Svensson"


def _redact(
    folder: Path, jobs: int = 1, chunk_characters: int = 1 << 20
) -> tuple[dict[str, FileOutcome], Path]:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"test key", redact=True)
    out = folder.parent / f"{folder.name}-out-{jobs}-{chunk_characters}"
    pipeline = Pipeline(settings, jobs=jobs, out_dir=out, chunk_characters=chunk_characters)
    outcomes = {Path(o.document.display).name: o for o in pipeline.run(expand_paths([str(folder)]))}
    return outcomes, out


def _located(outcome: FileOutcome, text: str) -> list[tuple[str, str]]:
    """(entity, text at the finding's offsets) for each finding; line and column agree with the offsets."""
    assert outcome.status == "scanned", outcome.reason
    lines = text.split("\n")
    found = []
    for f in outcome.findings:
        line_start = sum(len(line) + 1 for line in lines[: f.line - 1])
        assert f.start == line_start + f.column - 1, f
        found.append((f.entity, text[f.start : f.end]))
    return found


def _shape(value: Any) -> Any:
    """A JSON value's structure: keys and list lengths, every scalar reduced to its place."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return None


# JSON


# A name no gazetteer knows: only its key makes it a name (the prose name finder would find a known one
# in any field).
UNLISTED_NAME = "Quorra Vexbeld"
TICKET = {
    "ticket": 4711,
    "caller": {
        "caller_name": UNLISTED_NAME,
        "phone": PHONE,
        "personnummer": PNR_10,
        "pnr_as_number": 198501012382,
    },
    "notes": ["Ringde från " + PHONE_2, 'Sa "ring mig"\npå ' + MAIL],
    "subject": UNLISTED_NAME,  # not a name field: the same words get no PERSON
    "agent": {"team": "kundtjanst", "queue": "växel 7", "priority": 2.5, "escalated": False, "sla": None},
}


@pytest.mark.parametrize("ensure_ascii", [False, True], ids=["verbatim", "escaped"])
def test_json_values_are_found_with_their_keys_and_the_copy_keeps_shape_and_layout(
    tmp_path: Path, ensure_ascii: bool
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = json.dumps(TICKET, indent=2, ensure_ascii=ensure_ascii)
    (folder / "ticket.json").write_bytes(text.encode("utf-8"))
    outcomes, out = _redact(folder)
    outcome = outcomes["ticket.json"]
    found = _located(outcome, text)
    # Findings are located at the string literal that holds the value (escapes and all).
    decoded = [(entity, json.loads(f'"{raw}"')) for entity, raw in found]
    assert decoded == [
        ("PERSON", UNLISTED_NAME),
        ("PHONE_NUMBER", PHONE),
        ("SE_PERSONNUMMER", PNR_10),
        ("SE_PERSONNUMMER", "198501012382"),
        ("PHONE_NUMBER", PHONE_2),
        ("EMAIL_ADDRESS", MAIL),
    ]
    copy_text = (out / "ticket.json").read_text(encoding="utf-8")
    copy = json.loads(copy_text)
    assert _shape(copy) == _shape(TICKET)
    assert copy["caller"] == {
        "caller_name": "<PERSON>",
        "phone": "<PHONE_NUMBER>",
        "personnummer": "<SE_PERSONNUMMER>",
        "pnr_as_number": "<SE_PERSONNUMMER>",  # a number with personal data becomes a string
    }
    assert copy["notes"] == ["Ringde från <PHONE_NUMBER>", 'Sa "ring mig"\npå <EMAIL_ADDRESS>']
    assert copy["subject"] == UNLISTED_NAME and copy["agent"] == TICKET["agent"] and copy["ticket"] == 4711
    # Layout: same lines; those without a finding are unchanged, byte for byte.
    original_lines, copy_lines = text.split("\n"), copy_text.split("\n")
    assert len(copy_lines) == len(original_lines)
    changed = {i for i, (a, b) in enumerate(zip(original_lines, copy_lines, strict=True)) if a != b}
    assert len(changed) == 6


def test_key_is_context_for_its_value(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ids.json").write_text(json.dumps([{"personnummer": PNR_10}, {"order_id": PNR_10}]))
    outcome = _redact(folder)[0]["ids.json"]
    with_context, without = (f.score for f in outcome.findings)
    assert with_context > without


def test_a_json_key_that_is_personal_data_is_replaced_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "by_mail.json").write_text(json.dumps({"customers": {MAIL: {"tickets": 3}}}))
    outcomes, out = _redact(folder)
    assert [f.entity for f in outcomes["by_mail.json"].findings] == ["EMAIL_ADDRESS"]
    assert json.loads((out / "by_mail.json").read_text()) == {
        "customers": {"<EMAIL_ADDRESS>": {"tickets": 3}}
    }


NDJSON_RECORDS = [
    {"ts": "2024-03-12T10:00:01", "event": "call", "from": PHONE, "caller_name": NAME},
    {"ts": "2024-03-12T10:00:02", "event": "note", "text": f"pnr {PNR}, mail {MAIL}"},
    {"ts": "2024-03-12T10:00:03", "event": "hangup", "cause": 16},
]


@pytest.mark.parametrize("name", ["calls.ndjson", "calls.jsonl", "calls.json"])
def test_ndjson_streams_line_by_line_and_each_line_stays_valid(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(record, ensure_ascii=False) for record in NDJSON_RECORDS * 40]
    text = "\r\n".join(lines) + "\r\n"
    (folder / name).write_bytes(text.encode("utf-8"))
    whole, whole_out = _redact(folder)
    pieces, pieces_out = _redact(folder, jobs=2, chunk_characters=300)  # many pieces, two processes
    assert _located(whole[name], text) == _located(pieces[name], text)
    assert [e for e, _ in _located(whole[name], text)[:5]] == [
        "PHONE_NUMBER",
        "PERSON",
        "SE_PERSONNUMMER",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
    ]
    copy = (whole_out / name).read_bytes()
    assert copy == (pieces_out / name).read_bytes()
    copy_lines = copy.decode("utf-8").split("\r\n")
    assert len(copy_lines) == len(lines) + 1 and copy.count(b"\n") == copy.count(b"\r\n") == len(lines)
    for original, redacted in zip(NDJSON_RECORDS * 40, copy_lines, strict=False):
        parsed = json.loads(redacted)
        assert list(parsed) == list(original)
    for value in (PHONE, NAME, PNR, MAIL):
        assert value.encode() not in copy


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.json", '{"caller": "070-174 06 05",\n  "x": }', "not valid JSON: Expecting value at line 2"),
        ("broken.ndjson", '{"a": 1}\n{"b": \n', "not valid JSON on line 2"),
    ],
)
def test_invalid_json_is_an_error_without_a_copy(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(content)
    (folder / "fine.json").write_text(json.dumps({"phone": PHONE}))
    outcomes, out = _redact(folder)
    assert outcomes[name].status == "error"
    assert outcomes[name].reason is not None and outcomes[name].reason.startswith(reason)
    assert PHONE not in outcomes[name].reason
    assert not (out / name).exists()
    assert outcomes["fine.json"].status == "scanned" and (out / "fine.json").exists()


# CSV and TSV


def _table(delimiter: str, quote_all: bool) -> str:
    rows = [
        ["id", "caller_name", "phone", "personnummer", "note"],
        ["1", NAME, PHONE, PNR_10, 'sa "ring mig", sen\nlade på'],
        ["2", "Bo Ek", PHONE_2, "", f"mail {MAIL}"],
        ["3", "", "", "", "inget personligt; version 7.0.2046"],
    ]
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        lineterminator="\r\n",
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerows(rows)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "delimiter", "quote_all"),
    [
        ("tickets.csv", ",", False),
        ("tickets.csv", ",", True),
        ("export.csv", ";", False),
        ("export.tsv", "\t", False),
    ],
    ids=["comma", "comma-quote-all", "semicolon", "tab"],
)
def test_table_cells_are_found_with_their_column_and_the_copy_keeps_columns_and_quoting(
    tmp_path: Path, name: str, delimiter: str, quote_all: bool
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = _table(delimiter, quote_all)
    (folder / name).write_bytes(text.encode("cp1252"))
    outcomes, out = _redact(folder)
    outcome = outcomes[name]
    assert outcome.encoding == "cp1252"
    assert _located(outcome, text) == [
        ("PERSON", NAME),
        ("PHONE_NUMBER", PHONE),
        ("SE_PERSONNUMMER", PNR_10),
        ("PERSON", "Bo Ek"),
        ("PHONE_NUMBER", PHONE_2),
        ("EMAIL_ADDRESS", MAIL),
    ]
    copy_bytes = (out / name).read_bytes()
    copy_text = copy_bytes.decode("cp1252")
    expected = (
        text.replace(NAME, "<PERSON>")
        .replace(PHONE_2, "<PHONE_NUMBER>")
        .replace(PHONE, "<PHONE_NUMBER>")
        .replace(PNR_10, "<SE_PERSONNUMMER>")
        .replace("Bo Ek", "<PERSON>")
        .replace(MAIL, "<EMAIL_ADDRESS>")
    )
    assert copy_text == expected  # quoting, delimiter, CRLF and every other byte as they were
    original = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False)
    redacted = pd.read_csv(io.StringIO(copy_text), sep=delimiter, dtype=str, keep_default_na=False)
    assert list(redacted.columns) == list(original.columns) and redacted.shape == original.shape
    assert redacted.loc[0, "note"] == original.loc[0, "note"]  # a quoted cell spanning lines


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [("excel.csv", "utf-8-sig", ";"), ("unicode.tsv", "utf-16", "\t")],
    ids=["excel-csv-utf8-bom", "excel-unicode-text-utf16"],
)
def test_excel_exports_with_a_byte_order_mark(
    tmp_path: Path, name: str, encoding: str, delimiter: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = _table(delimiter, False)
    (folder / name).write_bytes(text.encode(encoding))
    outcomes, out = _redact(folder)
    # The mark is no part of the first column's name: "id" and the rest are context as usual.
    assert [e for e, _ in _located(outcomes[name], text)][:3] == ["PERSON", "PHONE_NUMBER", "SE_PERSONNUMMER"]
    copy = (out / name).read_bytes()
    assert copy.startswith(codecs.BOM_UTF8 if encoding == "utf-8-sig" else codecs.BOM_UTF16_LE)
    header, first = copy.decode(encoding).split("\r\n")[:2]
    assert header == text.split("\r\n")[0]
    cells = ["1", "<PERSON>", "<PHONE_NUMBER>", "<SE_PERSONNUMMER>", '"sa ""ring mig"", sen\nlade på"']
    assert first == delimiter.join(cells)


def test_big_table_streams_in_pieces_of_whole_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    header, body = _table(",", False).split("\r\n", 1)
    text = header + "\r\n" + body * 50
    (folder / "big.csv").write_text(text, encoding="utf-8", newline="")
    whole, whole_out = _redact(folder)
    pieces, pieces_out = _redact(folder, jobs=2, chunk_characters=200)
    assert _located(whole["big.csv"], text) == _located(pieces["big.csv"], text)
    assert whole["big.csv"].findings.count == 6 * 50
    assert (whole_out / "big.csv").read_bytes() == (pieces_out / "big.csv").read_bytes()


def test_unclosed_quote_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cut.csv").write_text(f'name,phone\r\n"{NAME},{PHONE}\r\n')
    outcome = _redact(folder)[0]["cut.csv"]
    assert (
        outcome.status == "error"
        and outcome.reason == "a quoted cell opened on line 2 or after is not closed"
    )


# XLSX


def _workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ärenden"
    sheet.append(["ärende", "caller_name", "personnummer", "mobil", "öppnad", "kommentar"])
    sheet.append([101, NAME, PNR, "0701740605", datetime.datetime(2024, 3, 12, 10, 0), f"mail {MAIL}"])
    sheet.append([102, "Bo Ek", 198501012382, "", datetime.datetime(2024, 3, 13, 9, 30), "inget"])
    notes = book.create_sheet("Anteckningar")
    notes.append(["anteckning"])
    notes.append([f"ring {PHONE_2}\nigen i morgon"])
    book.properties.creator = NAME  # a document property: not carried into the copy
    book.save(path)


def test_xlsx_cells_are_found_with_their_column_and_the_copy_keeps_sheets_and_columns(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _workbook(folder / "tickets.xlsx")
    outcomes, out = _redact(folder)
    outcome = outcomes["tickets.xlsx"]
    assert outcome.encoding == "xlsx"
    rendering = Workbook((folder / "tickets.xlsx").read_bytes()).text
    assert rendering.split("\n")[1].startswith(f"101\t{NAME}\t{PNR}\t0701740605\t2024-03-12 10:00:00")
    assert _located(outcome, rendering) == [
        ("PERSON", NAME),
        ("SE_PERSONNUMMER", PNR),
        ("PHONE_NUMBER", "0701740605"),
        ("EMAIL_ADDRESS", MAIL),
        ("PERSON", "Bo Ek"),
        ("SE_PERSONNUMMER", "198501012382"),
        ("PHONE_NUMBER", PHONE_2),
    ]
    original = pd.read_excel(folder / "tickets.xlsx", sheet_name=None, header=None, dtype=object)
    copy = pd.read_excel(out / "tickets.xlsx", sheet_name=None, header=None, dtype=object)
    assert list(copy) == list(original) == ["Ärenden", "Anteckningar"]
    for name in original:
        assert copy[name].shape == original[name].shape
        assert list(copy[name].iloc[0]) == list(original[name].iloc[0])  # the column names
    cases = copy["Ärenden"]
    assert list(cases.iloc[1, :4]) == [101, "<PERSON>", "<SE_PERSONNUMMER>", "<PHONE_NUMBER>"]
    assert (
        cases.iloc[1, 4] == datetime.datetime(2024, 3, 12, 10, 0)
        and cases.iloc[1, 5] == "mail <EMAIL_ADDRESS>"
    )
    assert cases.iloc[2, 2] == "<SE_PERSONNUMMER>" and cases.iloc[2, 5] == "inget"
    assert copy["Anteckningar"].iloc[1, 0] == "ring <PHONE_NUMBER>\nigen i morgon"
    assert openpyxl.load_workbook(out / "tickets.xlsx").properties.creator != NAME


def test_a_zip_named_xlsx_that_is_no_workbook_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "fake.xlsx", "w") as archive:
        archive.writestr("note.txt", f"ring {PHONE}\n")
    outcomes, out = _redact(folder)
    assert outcomes["fake.xlsx"].status == "error"
    reason = outcomes["fake.xlsx"].reason
    assert reason is not None and reason.startswith("not a readable XLSX workbook (")
    assert not (out / "fake.xlsx").exists()


# E-mail


def _message() -> bytes:
    message = EmailMessage()
    message["From"] = f"{NAME} <{MAIL}>"
    message["To"] = f'"Bo Ek" <{MAIL_2}>, support@example.com'
    message["Subject"] = f"Samtal från {PHONE}"
    message["Date"] = "Tue, 12 Mar 2024 10:00:01 +0100"
    message.set_content(
        f"Hej,\nkunden ringde från {PHONE_2}.\nÄrendet är öppet.\n",
        charset="iso-8859-1",
        cte="quoted-printable",
    )
    message.add_alternative(f"<p>Kunden: <b>{PNR}</b></p>\n", subtype="html", cte="base64")
    message.add_attachment(
        f"samtal 10:00 {PHONE}\npnr {PNR}\n".encode(), maintype="text", subtype="plain", filename="samtal.txt"
    )
    message.add_attachment(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", maintype="image", subtype="png", filename="skärm.png"
    )
    return message.as_bytes(policy=policy.default.clone(linesep="\r\n"))


def test_email_headers_parts_and_text_attachments_are_scanned_and_the_copy_stays_a_valid_email(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = _message()
    assert b"base64" in data and b"quoted-printable" in data and PNR.encode() not in data  # encoded parts
    (folder / "case.eml").write_bytes(data)
    outcomes, out = _redact(folder)
    outcome = outcomes["case.eml"]
    assert outcome.encoding == "eml"
    rendering = EmailDocument(data).text
    assert _located(outcome, rendering) == [
        ("PERSON", NAME),
        ("EMAIL_ADDRESS", MAIL),
        ("PERSON", "Bo Ek"),
        ("EMAIL_ADDRESS", MAIL_2),
        ("EMAIL_ADDRESS", "support@example.com"),
        ("PHONE_NUMBER", PHONE),
        ("PHONE_NUMBER", PHONE_2),
        ("SE_PERSONNUMMER", PNR),
        ("PHONE_NUMBER", PHONE),
        ("SE_PERSONNUMMER", PNR),
    ]
    copy_bytes = (out / "case.eml").read_bytes()
    assert copy_bytes.count(b"\n") == copy_bytes.count(b"\r\n")  # CRLF stays CRLF
    original = email.message_from_bytes(data, policy=policy.default)
    copy = email.message_from_bytes(copy_bytes, policy=policy.default)
    original_parts, copy_parts = list(original.walk()), list(copy.walk())
    assert [p.get_content_type() for p in copy_parts] == [p.get_content_type() for p in original_parts]
    assert [p["Content-Transfer-Encoding"] for p in copy_parts] == [
        p["Content-Transfer-Encoding"] for p in original_parts
    ]
    assert all(not part.defects for part in copy_parts)
    assert str(copy["From"]) == '"<PERSON>" <EMAIL_ADDRESS@redacted.invalid>'
    assert str(copy["To"]) == ('"<PERSON>" <EMAIL_ADDRESS@redacted.invalid>, EMAIL_ADDRESS@redacted.invalid')
    assert str(copy["Subject"]) == "Samtal från <PHONE_NUMBER>" and copy["Date"] == original["Date"]
    _, plain, html, attachment, image = copy_parts[1:]
    assert plain.get_content_charset() == "iso-8859-1"
    assert plain.get_content() == "Hej,\r\nkunden ringde från <PHONE_NUMBER>.\r\nÄrendet är öppet.\r\n"
    assert html.get_content() == "<p>Kunden: <b>&lt;SE_PERSONNUMMER&gt;</b></p>\n"
    assert attachment.get_filename() == "samtal.txt"
    # Its newlines were inside the base64 data: they stay as they were.
    assert attachment.get_content() == "samtal 10:00 <PHONE_NUMBER>\npnr <SE_PERSONNUMMER>\n"
    assert image.get_filename() == "skärm.png" and image.get_payload(decode=True) == b""  # not scannable
    decoded = "".join(str(value) for part in copy_parts for _, value in part.items())
    decoded += "".join(p.get_content() for p in (plain, html, attachment))
    for value in (NAME, MAIL, MAIL_2, PHONE, PHONE_2, PNR, "Bo Ek"):
        assert value not in decoded
        assert value.encode() not in copy_bytes


# E-mail headers: message ids, trace headers, encoded words, odd values

# In the shapes of a Postfix-delivered message's trace headers (RFC 5321 section 4.4), an Exim
# message id (E<queue id>@host) and a reply's In-Reply-To and References (RFC 5322 section 3.6.4).
THREAD_MESSAGE = (
    b"Return-Path: <jdoe@localhost>\r\n"
    b"Received: from pbx.local (pbx.local [192.0.2.10]) by mx.example.se (Postfix) with ESMTP id\r\n"
    b" <20261201.4711.anna.svensson@mx.example.se> for <jdoe@localhost>; Tue, 1 Dec 2026 10:00:01 +0100\r\n"
    b"From: =?utf-8?q?Anna_Str=C3=B6m?= <anna.strom@example.se>\r\n"
    b"To: jdoe@pbx.local\r\n"
    b"Subject: =?utf-8?q?Samtal_fr=C3=A5n?= 070-174 06 05\r\n"
    b"Message-ID: <20261201.4711.anna.svensson@mail.example.se>\r\n"
    b"In-Reply-To: <0701740605@mail.example.se>\r\n"
    b"References: <E1abCDe-000123-Xy@mail.example.se> <0701740605@mail.example.se>\r\n"
    b" <20261201.4711.anna.svensson@mail.example.se>\r\n"
    b"Date: Tue, 1 Dec 2026 10:00:01 +0100 (ring 070-174 06 06)\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-ID: <part1.erik.lind@example.se>\r\n"
    b"\r\n"
    b"Hej\r\n"
)


def test_message_ids_and_trace_headers_are_redacted_and_stay_valid_headers(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "thread.eml").write_bytes(THREAD_MESSAGE)
    outcomes, out = _redact(folder)
    rendering = EmailDocument(THREAD_MESSAGE).text
    assert _located(outcomes["thread.eml"], rendering) == [
        ("USERNAME", "jdoe"),  # Return-Path: a mailbox on a host without a public suffix
        ("IP_ADDRESS", "192.0.2.10"),
        ("USERNAME", "anna.svensson"),  # the Received id: a message id, a person's names in it
        ("USERNAME", "jdoe"),
        ("PERSON", "Anna Ström"),
        ("EMAIL_ADDRESS", "anna.strom@example.se"),
        ("USERNAME", "jdoe"),
        ("PHONE_NUMBER", "070-174 06 05"),
        ("USERNAME", "anna.svensson"),  # never the whole id as an EMAIL_ADDRESS
        ("PHONE_NUMBER", "0701740605"),
        ("PHONE_NUMBER", "0701740605"),  # the Exim id in References holds nobody's data
        ("USERNAME", "anna.svensson"),
        ("PHONE_NUMBER", "070-174 06 06"),  # a Date's comment is scanned: it is written back
        ("USERNAME", "erik.lind"),
    ]
    copy_bytes = (out / "thread.eml").read_bytes()
    copy = email.message_from_bytes(copy_bytes, policy=policy.default)
    assert all(not header.defects for _, header in copy.items())
    # Each id stays one id, and the thread still links: the same id, the same replacement.
    assert copy["Message-ID"] == "<20261201.4711.USERNAME@mail.example.se>"
    assert copy["In-Reply-To"] == "<PHONE_NUMBER@mail.example.se>"
    assert str(copy["References"]).split() == [
        "<E1abCDe-000123-Xy@mail.example.se>",
        "<PHONE_NUMBER@mail.example.se>",
        "<20261201.4711.USERNAME@mail.example.se>",
    ]
    assert copy["Content-ID"] == "<part1.USERNAME@example.se>"
    assert copy["Return-Path"] == "<USERNAME@localhost>"
    assert str(copy["To"]) == "USERNAME@pbx.local"
    assert "id <20261201.4711.USERNAME@mx.example.se> for <USERNAME@localhost>;" in str(copy["Received"])
    assert b"(ring <PHONE_NUMBER>)" in copy_bytes
    for value in (b"anna", b"jdoe", b"0701740605", b"070-174", b"192.0.2.10", b"erik"):
        assert value not in copy_bytes


# Header values the email package's own header parsers cannot write back whole once redacted (a Message-ID
# starting with a token failed with an IndexError; a Date or parameter with a token was dropped).
ODD_HEADERS = [
    ("Message-ID", "<anna.svensson@example.se>"),
    ("Message-ID", "<0701740605>"),
    ("In-Reply-To", "<070-174 06 05@mail.example.se>"),
    ("Date", "070-174 06 05"),
    ("Content-Disposition", "attachment; filename=ring 070-174 06 05 kund.txt"),
    ("Subject", "=?utf-8?q?ring=0D=0A070-174_06_05?="),
    ("Subject", "=?utf-8?q?ring_070-174_06_05?=" + " x" * 60),
    ("From", "=?utf-8?q?Anna_Str=C3=B6m?= <anna.strom@example.se> (070-174 06 05)"),
    ("To", "Kunder: anna.strom@example.se, 070-174 06 05;"),
    ("Reply-To", "070-174 06 05"),
]


@pytest.mark.parametrize(("name", "value"), ODD_HEADERS)
def test_a_redacted_header_is_written_as_a_valid_header_whatever_its_value(
    tmp_path: Path, name: str, value: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = f"{name}: {value}\r\nX-Tail: ok\r\n\r\nHej\r\n".encode()
    (folder / "odd.eml").write_bytes(data)
    outcomes, out = _redact(folder)
    assert outcomes["odd.eml"].status == "scanned", outcomes["odd.eml"].reason
    assert outcomes["odd.eml"].findings.count >= 1
    copy_bytes = (out / "odd.eml").read_bytes()
    assert copy_bytes.endswith(b"X-Tail: ok\r\n\r\nHej\r\n")  # one header: no line break written into it
    copy = email.message_from_bytes(copy_bytes, policy=policy.default)
    assert [key for key, _ in copy.items()] == [name, "X-Tail"]
    written = str(copy[name])
    for secret in ("0701740605", "070-174 06 05", "070-174", "anna"):
        assert secret not in written and secret.encode() not in copy_bytes


def test_offsets_after_encoded_words_point_at_the_values_in_the_rendering(tmp_path: Path) -> None:
    data = (
        b"From: =?utf-8?q?Anna_Str=C3=B6m?= <anna.strom@example.se>\n"
        b'To: =?iso-8859-1?q?Bj=F6rn_=C5kesson?= <bjorn.akesson@example.se>, "Bo Ek" <bo.ek@example.se>\n'
        b"Cc: =?utf-8?b?S2FyaW4gw5ZzdGVy?=<karin.oster@example.se>\n"
        b"Subject: =?utf-8?q?Samtal_fr=C3=A5n_kund?= 070-174 06 05\n"
        b"X-Caller: =?utf-8?b?U3Ryw7Zt?= mobil 070-174 06 06 personnummer 19850101-2382\n"
        b"\n"
        b"Hej, ring 070-174 06 07\n"
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "encoded.eml").write_bytes(data)
    report = tmp_path / "report.json"
    assert main(["scan", str(folder), "--format", "json", "-o", str(report), "-j", "1"]) == 0
    (entry,) = json.loads(report.read_text())["files"]
    rendering = EmailDocument(data).text
    assert [(f["entity"], rendering[f["start"] : f["end"]]) for f in entry["findings"]] == [
        ("PERSON", "Anna Ström"),
        ("EMAIL_ADDRESS", "anna.strom@example.se"),
        ("PERSON", "Björn Åkesson"),
        ("EMAIL_ADDRESS", "bjorn.akesson@example.se"),
        ("PERSON", "Bo Ek"),
        ("EMAIL_ADDRESS", "bo.ek@example.se"),
        ("PERSON", "Karin Öster"),
        ("EMAIL_ADDRESS", "karin.oster@example.se"),
        ("PHONE_NUMBER", "070-174 06 05"),
        # "Ström" alone is not found again: the surname of Anna Ström is also a word (a current, the
        # power), and propagation finds such a part again only in the whole name (see "Propagation")
        ("PHONE_NUMBER", "070-174 06 06"),
        ("SE_PERSONNUMMER", "19850101-2382"),
        ("PHONE_NUMBER", "070-174 06 07"),
    ]
    lines = rendering.split("\n")
    for f in entry["findings"]:
        assert lines[f["line"] - 1][f["column"] - 1 :].startswith(rendering[f["start"] : f["end"]])


# Redaction styles


def _styled_copies(tmp_path: Path, style: str) -> dict[str, str]:
    """The copies of one person's log line, JSON ticket, CSV row, workbook and e-mail, redacted in one
    run in `style`, each read back as its format reads it."""
    folder = tmp_path / "in"
    folder.mkdir()
    user = "CONTOSO\\anna.svensson"
    (folder / "a.log").write_text(f"call from {PHONE} by {NAME}\n")
    (folder / "b.json").write_text(
        json.dumps({"caller": NAME, "phone": PHONE, "user": user, "n": 46701740605})
    )
    (folder / "c.csv").write_text(f'caller,note\n{NAME},"she said ""later"" from {PHONE}"\n')
    _workbook(folder / "d.xlsx")
    (folder / "e.eml").write_bytes(_message())
    out = tmp_path / "out"
    assert main(["redact", str(folder), "--out", str(out), "--style", style, "-j", "1"]) == 0
    book = pd.read_excel(out / "d.xlsx", sheet_name=None, header=None, dtype=object)["Ärenden"]
    message = email.message_from_bytes((out / "e.eml").read_bytes(), policy=policy.default)
    return {
        "log": (out / "a.log").read_text(),
        "json": json.dumps(json.loads((out / "b.json").read_text()), ensure_ascii=False),
        "csv": json.dumps(list(csv.reader(io.StringIO((out / "c.csv").read_text())))),
        "xlsx": f"{book.iloc[1, 1]}|{book.iloc[1, 3]}",
        "eml": f"{message['From']}|{message['Subject']}",
    }


def test_structured_copies_are_redacted_in_the_runs_style_with_one_numbering(tmp_path: Path) -> None:
    copies = _styled_copies(tmp_path, "pseudonym")
    assert copies["log"] == "call from <PHONE_NUMBER_1> by <PERSON_1>\n"
    assert json.loads(copies["json"]) == {
        "caller": "<PERSON_1>",
        "phone": "<PHONE_NUMBER_1>",
        "user": "CONTOSO\\<USERNAME_1>",
        "n": "<PHONE_NUMBER_1>",  # a bare number: a JSON string now
    }
    assert json.loads(copies["csv"]) == [
        ["caller", "note"],
        ["<PERSON_1>", 'she said "later" from <PHONE_NUMBER_1>'],
    ]
    assert copies["xlsx"] == "<PERSON_1>|<PHONE_NUMBER_1>"
    assert copies["eml"] == '"<PERSON_1>" <EMAIL_ADDRESS_1@redacted.invalid>|Samtal från <PHONE_NUMBER_1>'


@pytest.mark.parametrize("style", ["mask", "hash"])
def test_structured_copies_in_other_styles_stay_valid_and_keep_no_value(tmp_path: Path, style: str) -> None:
    copies = _styled_copies(tmp_path, style)
    for text in copies.values():
        for value in (NAME, PHONE, "anna.svensson", "0701740605", MAIL):
            assert value not in text
        assert "<PERSON>" not in text and "<PHONE_NUMBER>" not in text  # not the token style
    phone_in_log = copies["log"].removeprefix("call from ").split(" by ")[0]
    assert json.loads(copies["json"])["phone"] == phone_in_log  # one value, one replacement
    assert json.loads(copies["json"])["user"].startswith("CONTOSO\\")


# The command line, end to end


def test_redact_command_reports_structured_files_in_the_json_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ticket.json").write_text(json.dumps({"caller_name": NAME, "phone": PHONE}, indent=1))
    (folder / "calls.csv").write_text(f"caller_name,phone\n{NAME},{PHONE}\n")
    report = tmp_path / "report.json"
    assert (
        main(["redact", str(folder), "--out", str(tmp_path / "out"), "--report", str(report), "-j", "1"]) == 0
    )
    files = {Path(entry["path"]).name: entry for entry in json.loads(report.read_text())["files"]}
    assert {name: [f["entity"] for f in entry["findings"]] for name, entry in files.items()} == {
        "calls.csv": ["PERSON", "PHONE_NUMBER"],
        "ticket.json": ["PERSON", "PHONE_NUMBER"],
    }
    assert json.loads((tmp_path / "out" / "ticket.json").read_text()) == {
        "caller_name": "<PERSON>",
        "phone": "<PHONE_NUMBER>",
    }
    assert (tmp_path / "out" / "calls.csv").read_text() == "caller_name,phone\n<PERSON>,<PHONE_NUMBER>\n"
    capsys.readouterr()


# Limits and archives


def test_documents_held_whole_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "WHOLE_DOCUMENT_BYTES", 400)
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(record, ensure_ascii=False) for record in NDJSON_RECORDS * 5]
    (folder / "events.json").write_text("\n".join(lines) + "\n")  # NDJSON: still read, as it streams
    (folder / "pretty.json").write_text(json.dumps(TICKET, indent=2))
    (folder / "case.eml").write_bytes(_message())
    outcomes, out = _redact(folder)
    assert outcomes["events.json"].status == "scanned" and outcomes["events.json"].findings.count == 4 * 5
    assert all(json.loads(line) for line in (out / "events.json").read_text().splitlines())
    assert outcomes["pretty.json"].status == "error"
    assert outcomes["pretty.json"].reason == (
        "over 400 bytes, so read as NDJSON (one value a line): "
        "not valid JSON on line 1: Expecting property name enclosed in double quotes at its end"
    )
    assert outcomes["case.eml"].status == "error"
    assert outcomes["case.eml"].reason == "too large to open as an e-mail (over 400 bytes)"
    assert sorted(p.name for p in out.iterdir()) == ["events.json"]


def test_structured_members_of_an_archive_are_read_in_their_format(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _workbook(tmp_path / "tickets.xlsx")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as bundle:
        bundle.write(tmp_path / "tickets.xlsx", "export/tickets.xlsx")
        bundle.writestr("export/calls.csv", _table(",", False))
    outcomes, out = _redact(folder)
    assert {name: o.status for name, o in outcomes.items()} == {
        "tickets.xlsx": "scanned",
        "calls.csv": "scanned",
        "bundle.zip": "scanned",
    }
    assert outcomes["tickets.xlsx"].encoding == "xlsx" and outcomes["tickets.xlsx"].findings.count == 7
    with zipfile.ZipFile(out / "bundle.zip") as bundle:
        workbook = pd.read_excel(io.BytesIO(bundle.read("export/tickets.xlsx")), sheet_name=None, header=None)
        table = bundle.read("export/calls.csv").decode()
    assert workbook["Ärenden"].iloc[1, 1] == "<PERSON>"
    assert table.splitlines()[1] == '1,<PERSON>,<PHONE_NUMBER>,<SE_PERSONNUMMER>,"sa ""ring mig"", sen'


@pytest.mark.parametrize("input_format", formats.INPUT_FORMATS, ids=lambda f: f.name)
def test_each_input_format_is_chosen_by_its_suffixes(input_format: formats.InputFormat) -> None:
    """The registry decides: each suffix (any case, compressed too) selects its format for content of
    its kind; content of another kind is text if it is text, else an archive."""
    for suffix in input_format.suffixes:
        for name in (f"a{suffix}", f"a{suffix.upper()}.gz"):
            document = Document(None, name, PurePath(name))
            assert formats.document_format(document, input_format.content_kind) == input_format.name
            other = ZIP if input_format.content_kind == TEXT else TEXT
            assert formats.document_format(document, other) == (TEXT if other == TEXT else None)
