"""Opening a document as text, and cutting that text into chunks that can be scanned independently."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from logscrub.scanner.records.documents import Document
from logscrub.scanner.sources.encodings import ENCODING_SNIFF_BYTES, TextEncoding, detect_encoding

SNIFF_BYTES = 8192


class SkippedDocument(Exception):
    """A document deliberately not scanned (binary data); the message is the reason."""


BINARY_DATA = "binary data"
# Formats that start with printable bytes, or whose text would decode in some 8-bit charset.
_BINARY_MAGIC = (
    b"\x7fELF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF-",
    b"SQLite format 3\x00",
    b"\xd4\xc3\xb2\xa1",  # pcap, both byte orders, and pcapng
    b"\xa1\xb2\xc3\xd4",
    b"\x0a\x0d\x0d\x0a",
)
_CONTROL_BYTES = frozenset(range(0x01, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F}


def looks_binary(head: bytes, utf16: bool = False) -> bool:
    """Whether a document starting with `head` is binary data rather than text (NUL bytes aside, which
    also mean UTF-16): a known binary format, or control characters no text has, in bytes that are not
    UTF-8 (so that 8-bit charset detection is never asked to read them as text). `utf16`: the bytes
    read as UTF-16, whose text has control bytes where other charsets have none (0x01 in "ł", U+0142)."""
    if head.startswith(_BINARY_MAGIC):
        return True
    if utf16:
        return False
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if controls <= 2 + len(head) // 100:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(head) - 3  # not just a character cut off at the end of the head
    return False


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
    encoding: str  # as reports name it
    bytes_read: HashingReader
    text_encoding: TextEncoding  # also how its redacted copy is written (codec, byte order mark)

    def close(self) -> None:
        self.text.close()


def open_document(document: Document, content: BinaryIO | None = None) -> OpenDocument:
    """`document` opened for reading as text (newlines kept as they are); raises SkippedDocument,
    OSError, or UnicodeDecodeError while reading. `content`: its bytes, already opened (decompressed)."""
    raw = document.open_binary() if content is None else content
    hashing = HashingReader(raw)
    buffered = io.BufferedReader(hashing, buffer_size=1 << 16)
    head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    encoding = detect_encoding(buffered.peek(ENCODING_SNIFF_BYTES)[:ENCODING_SNIFF_BYTES])
    if encoding is None or looks_binary(head, utf16=encoding.name.startswith("utf-16")):
        buffered.close()
        raise SkippedDocument(BINARY_DATA)
    text = io.TextIOWrapper(buffered, encoding=encoding.name, errors="strict", newline="")
    return OpenDocument(text, encoding.name, hashing, encoding)


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
