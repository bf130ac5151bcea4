"""Archives and compressed files on real files made here: members reported as `archive!member`, redacted
copies written back as the same kind, nesting, and the guards against hostile archives."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from logscrub.scanner.cli.main import main

LOG = "2024-03-12 10:00:01 call from 070-174 06 12\r\nmail anna.svensson@example.se\r\nbye\r\n"
REDACTED = "2024-03-12 10:00:01 call from <PHONE_NUMBER>\r\nmail <EMAIL_ADDRESS>\r\nbye\r\n"
SECRET_VALUES = ("070-174 06 12", "anna.svensson@example.se")


def zip_bytes(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_bytes(members: dict[str, bytes], mode: str = "w", links: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.uname = len(data), 1_700_000_000, "anna.svensson"
            archive.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.SYMTYPE, target
            archive.addfile(info)
    return buffer.getvalue()


def scan_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, dict[str, Any]]:
    code = main(["scan", "--format", "json", "-j", "1", *map(str, args)])
    return code, json.loads(capsys.readouterr().out)


def files_by_path(report: dict[str, Any], root: Path) -> dict[str, dict[str, Any]]:
    return {f["path"].removeprefix(f"{root}/"): f for f in report["files"]}


Kind = tuple[str, Callable[[bytes], bytes], Callable[[bytes], bytes]]
COMPRESSED: list[Kind] = [
    ("app.log.gz", gzip.compress, gzip.decompress),
    ("app.log.bz2", bz2.compress, bz2.decompress),
    ("app.log.xz", lzma.compress, lzma.decompress),
]


@pytest.mark.parametrize(("name", "compress", "decompress"), COMPRESSED, ids=lambda v: str(v)[-3:])
def test_a_compressed_log_is_scanned_and_copied_back_compressed_alike(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    compress: Callable[[bytes], bytes],
    decompress: Callable[[bytes], bytes],
) -> None:
    source = tmp_path / "in" / name
    source.parent.mkdir()
    source.write_bytes(compress(LOG.encode()))
    code, report = scan_json(capsys, source)
    assert code == 0
    (entry,) = report["files"]
    assert (entry["path"], entry["status"], entry["size"]) == (str(source), "scanned", source.stat().st_size)
    assert [LOG[f["start"] : f["end"]] for f in entry["findings"]] == list(SECRET_VALUES)
    assert [(f["line"], f["column"]) for f in entry["findings"]] == [(1, 31), (2, 6)]
    assert main(["redact", str(source), "--out", str(tmp_path / "out"), "-j", "1"]) == 0
    assert decompress((tmp_path / "out" / name).read_bytes()).decode() == REDACTED


ARCHIVES = [
    ("bundle.zip", lambda m: zip_bytes(m), "zip"),
    ("bundle.tar", lambda m: tar_bytes(m), "tar"),
    ("bundle.tar.gz", lambda m: tar_bytes(m, "w:gz"), "tar.gz"),
    ("bundle.tgz", lambda m: tar_bytes(m, "w:gz"), "tar.gz"),
    ("bundle.tar.bz2", lambda m: tar_bytes(m, "w:bz2"), "tar.bz2"),
    ("bundle.tar.xz", lambda m: tar_bytes(m, "w:xz"), "tar.xz"),
]


def _read_back(path: Path, kind: str) -> dict[str, bytes]:
    """The members of a redacted archive, read with the standard library as a user would."""
    if kind == "zip":
        with zipfile.ZipFile(path) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist()}
    mode = {"tar": "r:", "tar.gz": "r:gz", "tar.bz2": "r:bz2", "tar.xz": "r:xz"}[kind]
    with tarfile.open(path, mode) as archive:  # type: ignore[call-overload]
        members = archive.getmembers()
        assert all(m.uname == "" and m.uid == 0 for m in members), "owners name people: not copied"
        return {m.name: archive.extractfile(m).read() for m in members}  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "make", "kind"), ARCHIVES, ids=[a[0] for a in ARCHIVES])
def test_archive_members_are_reported_and_redacted_into_an_archive_of_the_same_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, make: Callable[..., bytes], kind: str
) -> None:
    source = tmp_path / "in" / name
    source.parent.mkdir()
    source.write_bytes(make({"logs/app.log": LOG.encode(), "logs/empty.log": b"", "notes.txt": b"nothing\n"}))
    code, report = scan_json(capsys, source)
    assert code == 0
    entries = files_by_path(report, tmp_path / "in")
    assert list(entries) == [f"{name}!logs/app.log", f"{name}!logs/empty.log", f"{name}!notes.txt", name]
    member = entries[f"{name}!logs/app.log"]
    assert (member["status"], member["size"], member["encoding"]) == ("scanned", len(LOG), "utf-8")
    assert [LOG[f["start"] : f["end"]] for f in member["findings"]] == list(SECRET_VALUES)
    assert (entries[name]["status"], entries[name]["size"]) == ("scanned", source.stat().st_size)
    assert report["summary"]["findings"] == 2

    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "2"]) == 0
    copied = _read_back(out / name, kind)
    assert copied == {"logs/app.log": REDACTED.encode(), "logs/empty.log": b"", "notes.txt": b"nothing\n"}
    assert [p.name for p in out.iterdir()] == [name], "no temporary file is left behind"


def test_nested_archives_are_opened_to_the_depth_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inner_tar = tar_bytes(
        {"var/log/app.log.1.gz": gzip.compress(LOG.encode()), "var/log/b.log": LOG.encode()}, "w:gz"
    )
    source = tmp_path / "bundle.zip"
    source.write_bytes(zip_bytes({"diag/old.tgz": inner_tar, "top.log": LOG.encode()}))
    code, report = scan_json(capsys, source)
    assert code == 0
    entries = files_by_path(report, tmp_path)
    nested = "bundle.zip!diag/old.tgz!var/log/app.log.1.gz"
    assert [e for e in entries if entries[e]["findings"]] == [
        nested,
        "bundle.zip!diag/old.tgz!var/log/b.log",
        "bundle.zip!top.log",
    ]

    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "1"]) == 0
    with (
        zipfile.ZipFile(out / "bundle.zip") as archive,
        tarfile.open(fileobj=archive.open("diag/old.tgz"), mode="r:gz") as tar,
    ):
        assert gzip.decompress(tar.extractfile("var/log/app.log.1.gz").read()).decode() == REDACTED  # type: ignore[union-attr]
        assert archive.read("top.log").decode() == REDACTED

    # zip (1) > tgz (2) > gz (3): with two levels allowed the innermost log is an error, the rest is read
    code, report = scan_json(capsys, source, "--archive-depth", "2")
    assert code == 2
    entries = files_by_path(report, tmp_path)
    assert entries[nested]["status"] == "error"
    assert entries[nested]["reason"] == "archives nested more than 2 levels deep (--archive-depth)"
    assert entries["bundle.zip!diag/old.tgz!var/log/b.log"]["status"] == "scanned"


def test_a_failed_member_is_left_out_of_the_redacted_archive_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = b"ok 070-174 06 13\n" * 5000 + b"\xff\xfe not utf-8\n"  # after the head the charset is told from
    source = tmp_path / "bundle.zip"
    source.write_bytes(zip_bytes({"a.log": LOG.encode(), "broken.log": broken, "z.log": LOG.encode()}))
    out = tmp_path / "out"
    code = main(["redact", str(source), "--out", str(out), "--report", str(tmp_path / "r.json"), "-j", "2"])
    assert code == 2
    assert f"logscrub: error: {source}!broken.log: cannot decode as utf-8" in capsys.readouterr().err
    assert _read_back(out / "bundle.zip", "zip") == {"a.log": REDACTED.encode(), "z.log": REDACTED.encode()}
    statuses = {f["path"]: f["status"] for f in json.loads((tmp_path / "r.json").read_text())["files"]}
    assert statuses[f"{source}!broken.log"] == "error"


def test_binary_and_link_members_are_skipped_and_not_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "b.tar"
    members = {"a.log": LOG.encode(), "core": b"\x7fELF\x02\x01\x01\x00" + LOG.encode()}
    source.write_bytes(tar_bytes(members, links={"latest.log": "/home/anna/a.log"}))
    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert f"logscrub: skipped: {source}!core: binary data" in err
    assert f"logscrub: skipped: {source}!latest.log: link member, not followed" in err
    assert _read_back(out / "b.tar", "tar") == {"a.log": REDACTED.encode()}


@pytest.mark.parametrize(
    "name", ["../escape.log", "/etc/abs.log", "a/../../up.log", "C:/win.log", "..\\win\\up.log"]
)
@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_members_leaving_the_archive_are_errors_and_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    members = {name: LOG.encode(), "fine.log": LOG.encode()}
    source = tmp_path / f"x.{kind}"
    source.write_bytes(zip_bytes(members) if kind == "zip" else tar_bytes(members))
    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"logscrub: error: {source}!{name}: unsafe member path" in err
    assert _read_back(out / source.name, kind) == {"fine.log": REDACTED.encode()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", source.name], "nothing written outside"


def _zipcrypto(data: bytes, password: bytes) -> tuple[bytes, int]:
    """`data` encrypted with traditional PKWARE encryption, as `zip -P` does (12-byte header first)."""
    import zlib

    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(byte: int) -> None:
        keys[0] = zlib.crc32(bytes([byte]), keys[0] ^ 0xFFFFFFFF) ^ 0xFFFFFFFF
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = zlib.crc32(bytes([keys[1] >> 24]), keys[2] ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    for byte in password:
        update(byte)
    crc = zlib.crc32(data)
    out = bytearray()
    for byte in bytes(11) + bytes([crc >> 24]) + data:
        k = (keys[2] | 2) & 0xFFFF
        out.append(byte ^ (((k * (k ^ 1)) >> 8) & 0xFF))
        update(byte)
    return bytes(out), crc


def encrypted_zip(name: str, data: bytes, password: bytes, others: dict[str, bytes]) -> bytes:
    """A zip with `name` encrypted: zipfile reads such members (with the password) but cannot write them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for other, content in others.items():
            archive.writestr(other, content)
        sealed, crc = _zipcrypto(data, password)
        info = zipfile.ZipInfo(name, (2024, 3, 12, 10, 0, 0))
        info.flag_bits |= 0x1
        info.CRC, info.compress_size, info.file_size = crc, len(sealed), len(data)
        # Write the header and the sealed bytes by hand, then let zipfile record it in the directory.
        header = info.FileHeader()
        info.header_offset = buffer.tell()
        buffer.write(header)
        buffer.write(sealed)
        archive.start_dir = buffer.tell()
        archive.filelist.append(info)
        archive.NameToInfo[name] = info
    return buffer.getvalue()


def test_an_encrypted_member_is_an_error_not_a_silent_skip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "locked.zip"
    source.write_bytes(encrypted_zip("secret.log", LOG.encode(), b"hunter2", {"open.log": LOG.encode()}))
    with zipfile.ZipFile(source) as archive:  # the member really is encrypted, and really holds the log
        assert archive.read("secret.log", pwd=b"hunter2") == LOG.encode()
    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert (
        f"logscrub: error: {source}!secret.log: encrypted member: it cannot be read without its password"
        in err
    )
    assert _read_back(out / "locked.zip", "zip") == {"open.log": REDACTED.encode()}


def test_a_zip_bomb_member_is_refused_before_it_expands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bomb.zip"
    source.write_bytes(zip_bytes({"zeros.log": bytes(32 << 20), "fine.log": LOG.encode()}))
    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"logscrub: error: {source}!zeros.log: expands " in err
    assert "times (over --archive-max-ratio 200): possible zip bomb" in err
    assert _read_back(out / "bomb.zip", "zip") == {"fine.log": REDACTED.encode()}


def overlapping_zip(names: list[str], data: bytes) -> bytes:
    """A zip whose central directory lists each name at one and the same local header, so that every
    member expands one shared stream (deflated `data`). Written by hand: zipfile never writes one."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = packer.compress(data) + packer.flush()
    crc, dos_date, first = zlib.crc32(data), 0x21, names[0].encode()  # 1980-01-01
    local = struct.pack(
        "<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, dos_date, crc, len(stream), len(data), len(first), 0
    )
    central = b"".join(
        struct.pack(
            "<4s6H3I5H2I",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            dos_date,
            crc,
            len(stream),
            len(data),
            len(name.encode()),
            0,
            0,
            0,
            0,
            0,
            0,  # every entry's data at offset 0
        )
        + name.encode()
        for name in names
    )
    start = len(local) + len(first) + len(stream)
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(names), len(names), len(central), start, 0)
    return local + first + stream + central + end


def test_zip_entries_sharing_their_data_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The zip in small: entries all pointing at one stream that expands to just under the
    # size at which a member's ratio is judged. Each passes every limit of its own.
    source = tmp_path / "shared.zip"
    source.write_bytes(overlapping_zip(["call.log"] * 40, LOG.encode() * ((4 << 20) // len(LOG))))
    with zipfile.ZipFile(source) as readable:  # a zip that zipfile reads, every member alike
        assert len(readable.infolist()) == 40 and readable.testzip() is None
    code, report = scan_json(capsys, source)
    assert code == 2
    (entry,) = report["files"]
    assert (entry["status"], entry["reason"]) == (
        "error",
        "overlapping zip entries (members sharing their data): possible zip bomb",
    )


def test_what_an_archive_expands_to_in_all_is_bounded_by_a_ratio_to_its_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each member is too small for its own ratio to be judged (under 4 MiB); together they expand
    # some thousand times the archive's size.
    source = tmp_path / "many.zip"
    source.write_bytes(zip_bytes({f"part{n}.log": bytes(1 << 20) for n in range(20)}))
    assert source.stat().st_size * 200 < 20 << 20
    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert (
        f"logscrub: error: {source}: expands to more than 200 times its own size in all "
        "(--archive-max-ratio): possible zip bomb" in err
    )
    assert "part0.log" not in err, "refused before any member is read"
    assert not out.exists() or list(out.iterdir()) == []


def test_a_gzip_bomb_is_stopped_while_it_expands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bomb.log.gz"
    source.write_bytes(gzip.compress(b" " * (64 << 20), compresslevel=9))
    code, report = scan_json(capsys, source)
    assert code == 2
    (entry,) = report["files"]
    assert entry["status"] == "error"
    assert entry["reason"] == "gzip data expands more than 200 times (--archive-max-ratio): possible zip bomb"


def test_the_total_expanded_size_of_an_input_is_limited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = {f"part{n}.log": LOG.encode() * 4000 for n in range(3)}  # 3 x 320 KB, compressing well
    source = tmp_path / "big.tar.gz"
    source.write_bytes(tar_bytes(members, "w:gz"))
    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "--archive-max-size", "500K", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"logscrub: error: {source}: expands to more than 500 KiB (--archive-max-size)" in err
    assert not out.exists() or list(out.iterdir()) == [], "an archive not read to its end gets no copy"


def test_exclude_and_max_size_apply_to_members(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "b.zip"
    members = {
        "a.log": LOG.encode(),
        "trace.pcap": b"x\n",
        "big.log": LOG.encode() * 100,
        "c.log.gz": gzip.compress(LOG.encode() * 100),
    }
    source.write_bytes(zip_bytes(members))
    code, report = scan_json(capsys, source, "--exclude", "*.pcap", "--max-size", "1K")
    assert code == 0
    reasons = {f["path"].split("!")[-1]: f.get("reason") for f in report["files"] if "!" in f["path"]}
    assert reasons == {
        "a.log": None,
        "trace.pcap": "excluded by --exclude *.pcap",
        "big.log": "too large (over --max-size 1 KiB)",
        "c.log.gz": "too large (over --max-size 1 KiB)",  # known only once decompressed
    }


def test_an_empty_archive_is_reported_and_gets_no_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.zip").write_bytes(zip_bytes({}))
    (tmp_path / "in" / "empty.tar").write_bytes(tar_bytes({}))
    out = tmp_path / "out"
    assert main(["redact", str(tmp_path / "in"), "--out", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"logscrub: skipped: {tmp_path / 'in' / 'empty.tar'}: empty archive" in err
    assert f"logscrub: skipped: {tmp_path / 'in' / 'empty.zip'}: empty archive" in err
    assert not out.exists() or list(out.iterdir()) == []


TICKETS = (
    "id,opened,customer,phone,email,notes\r\n"
    "4711,2024-03-12,Anna Svensson,070-174 06 15,anna.svensson@example.se,calls drop after 30 s\r\n"
    "4712,2024-03-13,Erik Öberg,+46 70 174 06 16,erik.oberg@example.com,"
    '"pnr 19850101-2382, wants a call back"\r\n'
)
EMAIL = (
    "From: Anna Svensson <anna.svensson@example.se>\r\n"
    "To: Support <support@example.com>\r\n"
    "Subject: Calls drop\r\n"
    "Date: Tue, 12 Mar 2024 10:00:00 +0100\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hello, my mobile is 070-174 06 17, personnummer 19850101-2382.\r\n"
)
WINDOWS_LOG = "2024-03-12 10:00:01 INFO user anna.svensson@example.se rang 070-174 06 18\r\nexit\r\n"


def test_a_support_bundle_is_redacted_into_a_zip_whose_members_rescan_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server_logs = tar_bytes(
        {"var/log/app.log": LOG.encode(), "var/log/app.log.1.gz": gzip.compress(LOG.encode())}, "w:gz"
    )
    members = {
        "diag/server-logs.tar.gz": server_logs,
        "windows/client.log": "\ufeff".encode("utf-16-le") + WINDOWS_LOG.encode("utf-16-le"),
        "windows/service.log": WINDOWS_LOG.encode("utf-16-le"),  # no byte order mark
        "tickets.csv": TICKETS.encode(),
        "thread.eml": EMAIL.encode(),
    }
    source = tmp_path / "bundle.zip"
    source.write_bytes(zip_bytes(members))
    out = tmp_path / "out"
    assert main(["redact", str(source), "--out", str(out), "-j", "2"]) == 0, capsys.readouterr().err

    copy = _read_back(out / "bundle.zip", "zip")
    assert list(copy) == list(members)
    for name, data in copy.items():
        for value in (*SECRET_VALUES, "070-174 06 15", "19850101-2382", "erik.oberg@example.com"):
            for encoding in ("utf-8", "utf-16-le"):
                assert value.encode(encoding) not in data, (name, value)
    client = copy["windows/client.log"]
    assert client.startswith(b"\xff\xfe") and client.decode("utf-16").count("\r\n") == 2
    assert copy["windows/service.log"].decode("utf-16-le").count("\r\n") == 2
    assert copy["tickets.csv"].decode().splitlines()[0] == "id,opened,customer,phone,email,notes"
    with tarfile.open(fileobj=io.BytesIO(copy["diag/server-logs.tar.gz"]), mode="r:gz") as tar:
        assert tar.getnames() == ["var/log/app.log", "var/log/app.log.1.gz"]

    code, report = scan_json(capsys, out / "bundle.zip")
    assert code == 0
    assert {f["status"] for f in report["files"]} == {"scanned"}
    assert report["summary"]["findings"] == 0, [f for f in report["files"] if f["findings"]]


def test_a_member_name_cannot_forge_a_line_on_standard_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "b.zip"
    source.write_bytes(zip_bytes({"x\nlogscrub: error: forged.log": b"\x7fELF\x00\x01"}))
    assert main(["scan", "--format", "json", "-j", "1", str(source)]) == 0
    captured = capsys.readouterr()
    shown = f"{source}!x\\x0alogscrub: error: forged.log"
    assert json.loads(captured.out)["files"][0]["path"] == shown
    assert captured.err.splitlines() == [f"logscrub: skipped: {shown}: binary data"]


def test_a_zip_of_a_format_version_python_cannot_read_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Found by tests/test_fuzz.py: zipfile raises NotImplementedError, not BadZipFile, for it.
    packed = bytearray(zip_bytes({"app.log": LOG.encode()}))
    central = packed.index(b"PK\x01\x02")
    packed[central + 6 : central + 8] = struct.pack("<H", 64)  # version needed to extract: 6.4
    source = tmp_path / "new.zip"
    source.write_bytes(bytes(packed))
    code, report = scan_json(capsys, source)
    assert code == 2
    (entry,) = report["files"]
    assert entry["reason"] == "unsupported zip archive (a newer version of the zip format)"
