"""Redacted copies of compressed files and archives, of the same kind as the original.

A redacted archive is written to a temporary file beside its target and renamed into place when its
last member is in, so it appears whole or not at all. Each member is written to an anonymous temporary
file first and added to the archive when it is complete: a member that fails half-way is dropped, never
added half. Archive headers keep member names, times and permissions, not owners (they name people).
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import os
import shutil
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import IO, BinaryIO, cast

from logscrub.scanner.atomic import publish, temporary_beside
from logscrub.scanner.sources.archives import BZIP2, GZIP, ZIP, ZIP_METHODS, MemberHeader

COPY_BLOCK = 1 << 20


class FileDestination:
    """Bytes for `path`: written to a temporary file beside it (0600), renamed into place on commit()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.work_dir: Path = path.parent
        fd, self._temporary = temporary_beside(path)
        self.stream: BinaryIO = os.fdopen(fd, "w+b")

    def commit(self) -> None:
        publish(self.stream, self._temporary, self.path)

    def discard(self) -> None:
        self.stream.close()
        self._temporary.unlink(missing_ok=True)


class MemberDestination:
    """Bytes of one member of a redacted archive, added to it on commit()."""

    def __init__(self, archive: RedactedArchive, header: MemberHeader) -> None:
        self.work_dir: Path = archive.work_dir
        self._archive = archive
        self._header = header
        # Anonymous (and 0600): nothing is left behind if the process dies.
        self.stream: BinaryIO = tempfile.TemporaryFile(dir=archive.work_dir)  # noqa: SIM115

    def commit(self) -> None:
        try:
            self._archive.add(self._header, self.stream)
        finally:
            self.stream.close()

    def discard(self) -> None:
        self.stream.close()


Destination = FileDestination | MemberDestination


class _Compression:
    """Compressors stacked on `destination` as in the original (outermost first); `top` takes the data."""

    def __init__(self, destination: IO[bytes], methods: tuple[str, ...]) -> None:
        self.top: IO[bytes] = destination
        self._layers: list[IO[bytes]] = []
        for method in methods:
            self.top = _compressor(method, self.top)
            self._layers.append(self.top)

    def close(self) -> None:
        """Writes each compressor's trailer (the destination stays open)."""
        for layer in reversed(self._layers):
            layer.close()


def _compressor(method: str, stream: IO[bytes]) -> IO[bytes]:
    # Closing these writes their trailer but leaves `stream` open.
    if method == GZIP:
        compressor: object = gzip.GzipFile(filename="", mode="wb", fileobj=stream)  # no temporary name
    elif method == BZIP2:
        compressor = bz2.BZ2File(stream, "wb")
    else:
        compressor = lzma.LZMAFile(stream, "wb")  # noqa: SIM115 - closed by _Compression.close
    return cast(IO[bytes], compressor)


class RedactedText:
    """The redacted copy of a text document that is compressed or an archive member: `stream` takes the
    text, in the original's encoding, newlines as they are written."""

    def __init__(self, destination: Destination, encoding: str, compression: tuple[str, ...]) -> None:
        self._destination = destination
        self._compression = _Compression(destination.stream, compression)
        self.stream = io.TextIOWrapper(self._compression.top, encoding=encoding, newline="")

    def commit(self) -> None:
        self.stream.detach()  # flushes the text, leaves the bytes below open
        self._compression.close()
        self._destination.commit()

    def discard(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # flushing into a full disk: dropped anyway
            self.stream.detach()
            self._compression.close()
        self._destination.discard()


class RedactedArchive:
    """A redacted zip or tar (compressed as the original was) built member by member."""

    def __init__(self, kind: str, compression: tuple[str, ...], destination: Destination) -> None:
        self.work_dir: Path = destination.work_dir
        self.members = 0  # members added so far
        self._destination = destination
        self._compression = _Compression(destination.stream, compression)
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        if kind == ZIP:
            self._zip = zipfile.ZipFile(self._compression.top, "w")
        else:  # stream mode: a compressor below cannot seek
            tar = tarfile.open(fileobj=self._compression.top, mode="w|", format=tarfile.PAX_FORMAT)  # noqa: SIM115
            self._tar = tar

    def member(self, header: MemberHeader) -> MemberDestination:
        """Where the redacted copy of the member with `header` is written before it is added."""
        return MemberDestination(self, header)

    def add(self, header: MemberHeader, content: IO[bytes]) -> None:
        size = content.seek(0, os.SEEK_END)
        content.seek(0)
        if isinstance(header, zipfile.ZipInfo):
            assert self._zip is not None
            info = zipfile.ZipInfo(header.filename, header.date_time)
            info.compress_type = (
                header.compress_type if header.compress_type in ZIP_METHODS else zipfile.ZIP_DEFLATED
            )
            info.external_attr = header.external_attr
            info.file_size = size
            with self._zip.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as member:
                shutil.copyfileobj(content, member, COPY_BLOCK)
        else:
            assert self._tar is not None
            entry = tarfile.TarInfo(header.name)
            entry.size, entry.mtime, entry.mode = size, header.mtime, header.mode
            self._tar.addfile(entry, content)
        self.members += 1

    def commit(self) -> None:
        self._close_archive()
        self._compression.close()
        self._destination.commit()

    def discard(self) -> None:
        with contextlib.suppress(OSError, ValueError, zipfile.BadZipFile, tarfile.TarError):
            self._close_archive()
            self._compression.close()
        self._destination.discard()

    def _close_archive(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._tar is not None:
            self._tar.close()
