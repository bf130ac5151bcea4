"""Encodings, on real files: UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, Windows-1252
and Latin-1 by charset detection. Offsets are into the decoded text, and the redacted copy is the
original's bytes with only the findings replaced: same encoding, same byte order mark, same newlines."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.sources.encodings import TextEncoding, detect_encoding
from logscrub.scanner.sources.paths import expand_paths

PHONE, PNR, MAIL = "070-174 06 05", "19850101-2382", "asa.oberg@example.se"
TEXT = (
    "2024-03-12 10:00:01 Ärende öppnat av växeln, café på plan 2\r\n"
    f"Kund Åsa ringde från {PHONE} om fakturan\r\n"
    "inget personligt här: version 7.0.2046, port 5060\r\n"
    f"pnr {PNR}; svar till {MAIL}\r\n"
    "sista raden: Grüße, é è ü ß\r\n"
)
REDACTED = (
    TEXT.replace(PHONE, "<PHONE_NUMBER>")
    .replace(PNR, "<SE_PERSONNUMMER>")
    .replace(MAIL, "<EMAIL_ADDRESS>")
    .replace("Kund Åsa", "Kund <PERSON>")  # a name after a role noun: the prose name finder's
)


def _redact(path: Path, jobs: int = 1, chunk_characters: int = 1 << 20) -> tuple[FileOutcome, bytes]:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"test key", redact=True)
    out = path.parent / f"out-{jobs}-{chunk_characters}"
    pipeline = Pipeline(
        settings, jobs=jobs, out_dir=out, chunk_characters=chunk_characters, overlap_characters=64
    )
    (outcome,) = pipeline.run(expand_paths([str(path)]))
    assert outcome.status == "scanned", outcome.reason
    return outcome, (out / path.name).read_bytes()


@pytest.mark.parametrize(
    ("bom", "codec", "reported"),
    [
        (b"", "utf-8", "utf-8"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (b"", "utf-16-le", "utf-16-le"),
        (b"", "utf-16-be", "utf-16-be"),
        (b"", "cp1252", "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_copy_keeps_encoding_bom_and_crlf_and_offsets_are_into_the_decoded_text(
    tmp_path: Path, bom: bytes, codec: str, reported: str
) -> None:
    path = tmp_path / "ticket.txt"
    original = bom + TEXT.encode(codec)
    path.write_bytes(original)
    outcome, copy = _redact(path)
    assert outcome.encoding == reported
    decoded = original.decode(
        reported
    )  # the report's encoding reads the bytes into the text offsets count in
    assert decoded == TEXT
    lines = TEXT.split("\r\n")
    found = [(f.entity, decoded[f.start : f.end], f.line, f.column) for f in outcome.findings]
    assert found == [
        ("PERSON", "Åsa", 2, lines[1].index("Åsa") + 1),
        ("PHONE_NUMBER", PHONE, 2, lines[1].index(PHONE) + 1),
        ("SE_PERSONNUMMER", PNR, 4, lines[3].index(PNR) + 1),
        ("EMAIL_ADDRESS", MAIL, 4, lines[3].index(MAIL) + 1),
    ]
    assert copy == bom + REDACTED.encode(codec)


def test_chunks_of_a_utf16_file_give_the_same_findings_and_copy(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + (TEXT * 40).encode("utf-16-be"))
    whole, whole_copy = _redact(path)
    pieces, pieces_copy = _redact(path, jobs=2, chunk_characters=150)
    assert [(f.entity, f.start, f.line, f.column) for f in pieces.findings] == [
        (f.entity, f.start, f.line, f.column) for f in whole.findings
    ]
    assert whole.findings.count == 4 * 40
    assert pieces_copy == whole_copy == codecs.BOM_UTF16_BE + (REDACTED * 40).encode("utf-16-be")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_every_newline_style_survives_byte_for_byte(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "mixed.log"
    lines = [f"ring {PHONE} nu", "tom rad följer", "", f"pnr {PNR}", "slut"]
    path.write_bytes((newline.join(lines) + "\n" + "lf last\r\ncrlf last\rcr last").encode("utf-8"))
    _, copy = _redact(path)
    expected = newline.join(lines).replace(PHONE, "<PHONE_NUMBER>").replace(PNR, "<SE_PERSONNUMMER>")
    assert copy == (expected + "\n" + "lf last\r\ncrlf last\rcr last").encode("utf-8")


def test_latin1_bytes_that_windows_1252_leaves_undefined_are_read_as_latin1(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    original = f"Kund Åsa, ring {PHONE}\r\nkontrolltecken \x81 kvar\r\n".encode("latin-1")
    path.write_bytes(original)
    outcome, copy = _redact(path)
    assert outcome.encoding == "iso8859-1"
    assert copy == original.replace(PHONE.encode(), b"<PHONE_NUMBER>").replace(b"\xc5sa", b"<PERSON>")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Namn: Åsa\r\n".encode("cp1252"), TextEncoding("cp1252", "cp1252")),  # a short sample
        ("Pris 100 € – “citat”\n".encode("cp1252"), TextEncoding("cp1252", "cp1252")),
        ("Müller, Straße 5\n".encode("latin-1"), TextEncoding("cp1252", "cp1252")),  # the same bytes
        ("ÅÄÖ åäö".encode() + b"\xc3", TextEncoding("utf-8", "utf-8")),  # a character cut off by the sniff
        (b"plain ascii\n", TextEncoding("utf-8", "utf-8")),
        (b"", TextEncoding("utf-8", "utf-8")),
        (
            # U+4E00 has a zero byte where ASCII has none.
            ("caller left a note: 一 (one), then hung up. " * 3).encode("utf-16-le"),
            TextEncoding("utf-16-le", "utf-16-le"),
        ),
        ("ok".encode("utf-16-be"), TextEncoding("utf-16-be", "utf-16-be")),
        (codecs.BOM_UTF16_LE + "x".encode("utf-16-le"), TextEncoding("utf-16", "utf-16-le", bom=True)),
    ],
    ids=[
        "cp1252-short",
        "cp1252-euro",
        "latin1",
        "utf-8-cut",
        "ascii",
        "empty",
        "utf-16-cjk",
        "utf-16-be",
        "bom",
    ],
)
def test_detected_encodings(data: bytes, expected: TextEncoding) -> None:
    assert detect_encoding(data) == expected


def test_other_8bit_charsets_come_from_charset_detection() -> None:
    greek = "Ο πελάτης τηλεφώνησε για τον λογαριασμό του σήμερα το πρωί\n" * 3
    detected = detect_encoding(greek.encode("cp1253"))
    assert detected is not None and greek.encode("cp1253").decode(detected.name) == greek


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 20,
        bytes(range(256)) * 4,
        b"\x00" * 64,
    ],
    ids=["nul-bytes", "all-bytes", "zeros"],
)
def test_binary_data_is_no_text(data: bytes) -> None:
    assert detect_encoding(data) is None
