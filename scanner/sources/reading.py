"""Opening a document as text, and cutting that text into chunks that can be scanned independently."""

from __future__ import annotations

import hashlib
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from logscrub.scanner.sources.paths import Document

SNIFF_BYTES = 8192
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class SkippedDocument(Exception):
    """A document deliberately not scanned (binary data); the message is the reason."""


class HashingReader(io.RawIOBase):
    """Counts and hashes the original bytes as they are read, so the report can name them."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.sha256.update(data)
        self.size += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


@dataclass
class OpenDocument:
    text: io.TextIOWrapper
    encoding: str
    bytes_read: HashingReader

    def close(self) -> None:
        self.text.close()


def open_document(document: Document) -> OpenDocument:
    """`document` opened for reading as text (newlines kept as they are); raises SkippedDocument,
    OSError, or UnicodeDecodeError while reading."""
    raw: BinaryIO = sys.stdin.buffer if document.path is None else open(document.path, "rb")  # noqa: SIM115
    hashing = HashingReader(raw)
    buffered = io.BufferedReader(hashing, buffer_size=1 << 16)
    head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    encoding = next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in head:
        buffered.close()
        raise SkippedDocument("binary data")
    text = io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline="")
    return OpenDocument(text, encoding, hashing)


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a document to scan on its own: `text[core_start:core_end]` is the piece, the rest is
    overlap with its neighbours so that findings and context across the border are seen whole."""

    text: str
    core_start: int
    core_end: int
    offset: int  # position of text[0] in the document
    line: int  # 1-based line of the first core character
    column: int  # 1-based column of the first core character


def chunks(stream: io.TextIOBase, size: int, overlap: int) -> Iterator[Chunk]:
    """Cut the text of `stream` into chunks of about `size` characters, at line ends where possible."""
    buffer = ""
    before = ""  # the last `overlap` characters preceding `buffer`
    position = 0
    line, column = 1, 1
    at_end = False
    while True:
        while not at_end and len(buffer) < size + overlap:
            block = stream.read(size)
            if block:
                buffer += block
            else:
                at_end = True
        if not buffer:
            return
        cut = len(buffer) if at_end and len(buffer) <= size else _cut_point(buffer, size)
        core = buffer[:cut]
        yield Chunk(
            before + core + buffer[cut : cut + overlap],
            len(before),
            len(before) + cut,
            position - len(before),
            line,
            column,
        )
        newlines = core.count("\n")
        if newlines:
            line += newlines
            column = cut - core.rfind("\n")
        else:
            column += cut
        before = (before + core)[-overlap:]
        position += cut
        buffer = buffer[cut:]


def _cut_point(buffer: str, size: int) -> int:
    """Where to end a chunk: after the last newline, else the last blank, in the second half."""
    for separator in ("\n", " ", "\t"):
        found = buffer.rfind(separator, size // 2, size)
        if found != -1:
            return found + 1
    return size
