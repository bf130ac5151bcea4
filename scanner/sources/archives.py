"""Compressed files and archives: recognised by their first bytes, read as streams.

A gzip, bzip2 or xz file is read through its decompression and is otherwise the document it holds
(`app.log.gz` is a log). A zip or tar archive (a tar also compressed: `.tar.gz`, `.tgz`, ...) holds
members, each read in turn as a document of its own, reported as `bundle.zip!logs/app.log`; a member
may itself be compressed or an archive, up to --archive-depth levels in all (a compressed tar counts as
one). Nothing is extracted whole: a tar is read as it streams, a zip member by member (a zip that is not
a file on disk, such as one inside a tar, is first copied to an anonymous temporary file, since zip must
seek).

Against hostile archives: members whose path is absolute or climbs out with `..`, encrypted members,
data expanding more than --archive-max-ratio times or beyond --archive-max-size in all (zip bombs) and
nesting deeper than --archive-depth are errors, never silent skips; the other members are still read.
"""

from __future__ import annotations

import bz2
import functools
import gzip
import itertools
import lzma
import os
import re
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from logscrub.scanner.records.documents import Document
from logscrub.scanner.sources.ignore import Exclusions
from logscrub.scanner.sources.paths import NOT_REGULAR
from logscrub.scanner.sources.reading import HashingReader, SkippedDocument
from logscrub.scanner.sources.settings import SourceSettings
from logscrub.scanner.sources.streams import (
    ArchiveError,
    Breakage,
    Budget,
    ByteStream,
    CountingReader,
    Guarded,
    SizeLimit,
    buffered,
    read_head,
    spool,
    too_large,
)

TEXT, ZIP, TAR = "text", "zip", "tar"
GZIP, BZIP2, XZ = "gz", "bz2", "xz"
EMPTY_ARCHIVE = "empty archive"

MemberHeader = zipfile.ZipInfo | tarfile.TarInfo

_COMPRESSION_NAMES = {GZIP: "gzip", BZIP2: "bzip2", XZ: "xz"}
_DECOMPRESSORS: dict[str, Callable[[BinaryIO], ByteStream]] = {
    GZIP: lambda stream: gzip.GzipFile(fileobj=stream, mode="rb"),
    BZIP2: lambda stream: bz2.BZ2File(stream, "rb"),
    XZ: lambda stream: lzma.LZMAFile(stream, "rb"),  # noqa: SIM115 - read, then closed, by the caller
}
_UNSUPPORTED = (
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x04\x22\x4d\x18", "lz4"),
    (b"MSCF\x00\x00\x00\x00", "cab"),
)
_LOCAL_HEADER_SIZE = 30  # the fixed part of a zip entry's local header, before its name and extra field
ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
_DRIVE = re.compile(r"[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

UNSAFE_PATH = "unsafe member path (absolute, or climbing out of the archive with ..)"
ENCRYPTED = "encrypted member: it cannot be read without its password"
LINK_MEMBER = "link member, not followed"


def compression_of(head: bytes) -> str | None:
    if head.startswith(b"\x1f\x8b"):
        return GZIP
    if re.match(rb"BZh[1-9](1AY&SY|\x17rE8P\x90)", head):
        return BZIP2
    if head.startswith(b"\xfd7zXZ\x00"):
        return XZ
    return None


def container_of(head: bytes) -> str | None:
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ZIP
    if head[257:262] == b"ustar":
        return TAR
    if len(head) >= 1024 and len(head) % 512 == 0 and not head.strip(b"\x00"):
        return TAR  # an empty tar: nothing but its two zero end blocks (and padding)
    return None


def _unsupported_format(head: bytes) -> str | None:
    return next((name for magic, name in _UNSUPPORTED if head.startswith(magic)), None)


@dataclass
class Source:
    """A document's bytes with any compression taken off: what they are (TEXT, ZIP or TAR) and how to
    read them."""

    kind: str
    content: BinaryIO  # decompressed, from its first byte
    compression: tuple[str, ...]  # outermost first: ("gz",) for app.log.gz and for logs.tar.gz
    original: HashingReader  # the document's own bytes, as stored: its size and hash
    levels: int  # archive and compression levels around the content, its own included
    breakage: Breakage  # set when the stream broke (then nothing after can be trusted)
    path: Path | None  # the regular file the bytes come from (a zip is read from it directly)
    stored_size: int | None  # that file's size when it was opened

    def finish(self) -> None:
        """Read to the end, so that size and hash cover every byte; fail if the file shrank meanwhile."""
        while self.original.read(1 << 20):
            pass
        if self.stored_size is not None and self.original.size < self.stored_size:
            raise OSError(
                f"the file shrank while it was read ({self.stored_size} to {self.original.size} bytes)"
            )

    def close(self) -> None:
        self.content.close()
        self.original.close()


def open_source(document: Document, settings: SourceSettings, budget: Budget, levels: int) -> Source:
    """`document` opened, its compression layers taken off and its kind known. `levels` is how deep
    the document itself sits in archives. Raises SkippedDocument (too large, unsupported archive) or
    OSError (ArchiveError: corrupt, too deep, expanding too much)."""
    raw = document.open_binary()
    try:
        return _peel(document, raw, settings, budget, levels)
    except BaseException:
        raw.close()
        raise


def _peel(document: Document, raw: BinaryIO, settings: SourceSettings, budget: Budget, levels: int) -> Source:
    stored_size = _regular_size(raw) if document.path is not None else None
    known_size = stored_size if stored_size is not None else document.size
    if settings.max_size is not None and known_size is not None and known_size > settings.max_size:
        raise SkippedDocument(too_large(settings.max_size))
    original = HashingReader(raw)
    if levels == 0:  # the input itself: what its archives expand to is bounded by a ratio to its size
        budget.measure_against(lambda: max(stored_size or 0, original.size))
    breakage = Breakage()
    head, content = read_head(buffered(original))
    compression: list[str] = []
    while (method := compression_of(head)) is not None:
        levels = _deeper(levels, settings)
        compressed = CountingReader(content)
        content = buffered(
            Guarded(
                _DECOMPRESSORS[method](buffered(compressed)),
                _COMPRESSION_NAMES[method],
                settings=settings,
                budget=budget,
                breakage=breakage,
                compressed=compressed,
            )
        )
        compression.append(method)
        head, content = read_head(content)
    unsupported = _unsupported_format(head)
    if unsupported is not None:
        raise SkippedDocument(f"unsupported archive format ({unsupported})")
    kind = container_of(head) or TEXT
    if kind == ZIP or (kind == TAR and not compression):
        levels = _deeper(levels, settings)
    if kind == TEXT and settings.max_size is not None and (compression or known_size is None):
        content = buffered(SizeLimit(content, settings.max_size))
    path = document.path if stored_size is not None else None
    return Source(kind, content, tuple(compression), original, levels, breakage, path, stored_size)


def _regular_size(raw: BinaryIO) -> int | None:
    found = os.fstat(raw.fileno())
    return found.st_size if stat.S_ISREG(found.st_mode) else None


def _deeper(levels: int, settings: SourceSettings) -> int:
    if levels >= settings.archive_depth:
        raise ArchiveError(
            f"archives nested more than {settings.archive_depth} levels deep (--archive-depth)"
        )
    return levels + 1


@dataclass(frozen=True)
class Member:
    """A member of an archive: the document to read, and its header, to write its redacted copy alike."""

    document: Document
    header: MemberHeader


def read_members(
    source: Source, archive: Document, settings: SourceSettings, budget: Budget
) -> Iterator[Member]:
    """The members of the zip or tar in `source`, in archive order. Each must be read (or left) before
    the next is asked for. Raises ArchiveError when the archive as a whole cannot be read on."""
    reader = _zip_members if source.kind == ZIP else _tar_members
    try:
        yield from reader(source, archive, settings, budget)
    except ArchiveError:
        raise
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        truncated = isinstance(exc, EOFError) or "unexpected end" in str(exc)
        raise ArchiveError(
            f"{source.kind} archive ends early (truncated)" if truncated else f"corrupt {source.kind} archive"
        ) from None


def _zip_members(
    source: Source, archive: Document, settings: SourceSettings, budget: Budget
) -> Iterator[Member]:
    file = open(source.path, "rb") if source.path is not None else spool(source.content)  # noqa: SIM115
    try:
        try:
            zipped = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, EOFError, ValueError):
            raise ArchiveError("corrupt zip archive (its central directory cannot be read)") from None
        except NotImplementedError:  # a version of the zip format that Python cannot read
            raise ArchiveError("unsupported zip archive (a newer version of the zip format)") from None
        with zipped:
            _refuse_overlapping_entries(zipped.infolist())
            infos = [info for info in zipped.infolist() if not info.is_dir()]
            # A zip declares its sizes: a bomb is seen before it goes off (a member refused on its own
            # ratio is left out: it is reported, and the other members read).
            declared = sum(info.file_size for info in infos if _expansion_problem(info, settings) is None)
            budget.check(declared)
            rules = Exclusions.from_patterns(settings.exclude)
            for info in infos:
                yield Member(_zip_document(zipped, info, archive, rules, settings, budget), info)
                budget.check()
    finally:
        file.close()


def _refuse_overlapping_entries(infos: list[zipfile.ZipInfo]) -> None:
    """Raises ArchiveError when two entries' data overlap: a zip made to expand one stream many times
    over, under as many names (each member passes every limit, and together they cost hours)."""
    in_order = sorted(infos, key=lambda info: info.header_offset)
    for before, after in itertools.pairwise(in_order):
        if after.header_offset < before.header_offset + _LOCAL_HEADER_SIZE + before.compress_size:
            raise ArchiveError("overlapping zip entries (members sharing their data): possible zip bomb")


def _zip_document(
    zipped: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    archive: Document,
    rules: Exclusions,
    settings: SourceSettings,
    budget: Budget,
) -> Document:
    member = _member(archive, info.filename, rules)
    if member.problem or member.skipped:
        return member
    if info.flag_bits & 0x1:
        return replace(member, problem=ENCRYPTED)
    if info.compress_type not in ZIP_METHODS:
        return replace(member, problem=f"unsupported zip compression method {info.compress_type}")
    problem = _expansion_problem(info, settings)
    if problem is not None:
        return replace(member, problem=problem)
    opener = functools.partial(_open_zip_member, zipped, info, settings, budget)
    return replace(member, opener=opener, size=info.file_size)


def _expansion_problem(info: zipfile.ZipInfo, settings: SourceSettings) -> str | None:
    """Why a member declaring its sizes must not be expanded, or None."""
    limit = settings.archive_max_ratio
    if info.file_size > settings.ratio_floor and info.file_size > limit * max(info.compress_size, 1):
        ratio = info.file_size / max(info.compress_size, 1)
        return f"expands {ratio:.0f} times (over --archive-max-ratio {limit:g}): possible zip bomb"
    return None


def _member(archive: Document, name: str, rules: Exclusions) -> Document:
    """A member as a document, before what its archive says of it is looked at: refused when its path
    is unsafe, skipped when excluded."""
    display = member_display(archive, name)
    relative = safe_member_path(name)
    if relative is None:
        return Document(None, display, PurePosixPath(name), problem=UNSAFE_PATH)
    return Document(None, display, relative, skipped=rules.reason(relative, is_dir=False))


def _open_zip_member(
    zipped: zipfile.ZipFile, info: zipfile.ZipInfo, settings: SourceSettings, budget: Budget
) -> BinaryIO:
    try:
        member = zipped.open(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError):
        raise ArchiveError("corrupt zip member (its local header cannot be read)") from None
    return buffered(Guarded(member, "zip member", settings=settings, budget=budget))


def _tar_members(
    source: Source, archive: Document, settings: SourceSettings, budget: Budget
) -> Iterator[Member]:
    with tarfile.open(fileobj=source.content, mode="r|") as tarred:
        rules = Exclusions.from_patterns(settings.exclude)
        while (info := tarred.next()) is not None:
            if not info.isdir():
                yield Member(_tar_document(tarred, info, archive, rules, settings, source.breakage), info)
            source.breakage.check()
            budget.check()
    source.breakage.check()


def _tar_document(
    tarred: tarfile.TarFile,
    info: tarfile.TarInfo,
    archive: Document,
    rules: Exclusions,
    settings: SourceSettings,
    breakage: Breakage,
) -> Document:
    member = _member(archive, info.name, rules)
    if member.problem or member.skipped:
        return member
    if info.issym() or info.islnk():
        return replace(member, skipped=LINK_MEMBER)
    if not info.isfile():
        return replace(member, skipped=NOT_REGULAR)
    opener = functools.partial(_open_tar_member, tarred, info, settings, breakage)
    return replace(member, opener=opener, size=info.size)


def _open_tar_member(
    tarred: tarfile.TarFile, info: tarfile.TarInfo, settings: SourceSettings, breakage: Breakage
) -> BinaryIO:
    member = tarred.extractfile(info)
    if member is None:
        raise ArchiveError("tar member without data")
    return buffered(Guarded(member, "tar", settings=settings, breakage=breakage))


def member_display(archive: Document, name: str) -> str:
    """How reports name a member: `bundle.zip!logs/app.log`. Control characters in the name are shown
    escaped: a name is data, and must not start a line of its own on standard error."""
    return f"{archive.display}!{_CONTROL.sub(_escaped, name)}"


def _escaped(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def safe_member_path(name: str) -> PurePosixPath | None:
    """The member's path inside its archive, or None when it is absolute or climbs out with `..`."""
    unified = name.replace("\\", "/")
    if not unified.strip("/") or "\x00" in unified or unified.startswith("/") or _DRIVE.match(unified):
        return None
    parts = [part for part in unified.split("/") if part not in ("", ".")]
    if ".." in parts or not parts:
        return None
    return PurePosixPath(*parts)
