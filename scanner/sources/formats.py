"""Document formats: how a document's content becomes units of work, and their results its redacted copy.

The format follows the document's name (a compression suffix aside): JSON (`.json`), NDJSON (`.ndjson`,
`.jsonl`), CSV (`.csv`), TSV (`.tsv`), XLSX workbooks (`.xlsx`, when the content is a zip) and e-mail
(`.eml`) are read field by field, each value scanned with its key or column name as context; anything
else is text, cut into chunks. Text formats are redacted in place: the copy is the decoded text with
each finding replaced, written in the original's encoding as results arrive (huge NDJSON, CSV and TSV
files stream like logs). A workbook or an e-mail is read whole (up to WHOLE_DOCUMENT_BYTES) and its copy
rebuilt from the findings when the last result is in.

Formats are plug-ins, as report formats and redaction styles are: adding one is a reader class here
and one entry in INPUT_FORMATS.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, BinaryIO, Protocol

from logscrub.scanner.records.chunks import ChunkResult, ValueFinding
from logscrub.scanner.records.documents import Document
from logscrub.scanner.sources.archives import TEXT, ZIP
from logscrub.scanner.sources.reading import Chunk, OpenDocument, chunks, open_document
from logscrub.scanner.sources.settings import MIB, describe_size
from logscrub.scanner.sources.structured.email_document import EmailDocument
from logscrub.scanner.sources.structured.fields import FieldChunk, PieceCutter, StructureError
from logscrub.scanner.sources.structured.json_document import (
    json_document_pieces,
    ndjson_pieces,
    split_lines,
    stream_lines,
)
from logscrub.scanner.sources.structured.table_document import table_pieces

if TYPE_CHECKING:
    from logscrub.scanner.sources.structured.workbook_document import Workbook

XLSX, EML = "xlsx", "eml"
_COMPRESSION_SUFFIXES = frozenset((".gz", ".bz2", ".xz"))
WHOLE_DOCUMENT_BYTES = 64 * MIB  # a JSON document, a workbook or an e-mail is held whole up to this
# Bytes in, characters out, one for one: a rebuilt copy's bytes pass through the text stream of a copy.
_BYTES_AS_TEXT = "latin-1"

Unit = Chunk | FieldChunk


class FormatReader(Protocol):
    """A document opened in its format: what to scan, and how the results make its redacted copy."""

    encoding: str  # as reports name it (text formats: the codec; else the format whose rendering it is)
    copy_encoding: str  # the encoding of the text stream its copy is written through

    def units(self, chunk_characters: int, overlap_characters: int) -> Iterator[Unit]:
        """The units of work, in document order (raises StructureError, UnicodeDecodeError, OSError)."""
        ...

    def begin_copy(self, copy: IO[str]) -> None: ...

    def take(self, result: ChunkResult, copy: IO[str] | None) -> None:
        """The result of the next unit, in order."""
        ...

    def finish_copy(self, copy: IO[str]) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class InputFormat:
    """A format documents are read in: its name, the suffixes that select it, the kind of content it
    reads (archives.TEXT, or a zip for a workbook), and how a document's content is opened in it (raises
    SkippedDocument for binary data in a text format, OSError)."""

    name: str
    suffixes: tuple[str, ...]
    open: Callable[[Document, BinaryIO], FormatReader]
    content_kind: str = TEXT


def document_format(document: Document, kind: str) -> str | None:
    """The format to read `document` in, its content being of `kind`; None: an archive, read as such.
    Content of another kind than its suffix's format reads is text if it is text (a `.xlsx` that is not
    a zip), else an archive."""
    suffixes = [suffix.lower() for suffix in PurePath(document.relative.name).suffixes]
    while suffixes and suffixes[-1] in _COMPRESSION_SUFFIXES:
        suffixes.pop()
    named = _BY_SUFFIX.get(suffixes[-1]) if suffixes else None
    if named is not None and kind == named.content_kind:
        return named.name
    return TEXT if kind == TEXT else None


def open_format(document: Document, content: BinaryIO, format_name: str) -> FormatReader:
    """`document`'s `content` opened as `format_name` (raises SkippedDocument for binary data in a text
    format, OSError)."""
    return _BY_NAME[format_name].open(document, content)


class _TextCopy:
    """A text format: its copy is its decoded text, redacted piece by piece, in its own encoding."""

    def __init__(self, opened: OpenDocument) -> None:
        self.opened = opened
        self.encoding = opened.encoding
        self.copy_encoding = opened.text_encoding.codec

    def begin_copy(self, copy: IO[str]) -> None:
        if self.opened.text_encoding.bom:
            copy.write("\ufeff")

    def take(self, result: ChunkResult, copy: IO[str] | None) -> None:
        if copy is not None and result.redacted is not None:
            copy.write(result.redacted)

    def finish_copy(self, copy: IO[str]) -> None:
        pass  # written as the results came

    def close(self) -> None:
        self.opened.close()


class _PlainText(_TextCopy):
    def units(self, chunk_characters: int, overlap_characters: int) -> Iterator[Unit]:
        return chunks(self.opened.text, chunk_characters, overlap_characters)


class _JsonText(_TextCopy):
    def units(self, chunk_characters: int, overlap_characters: int) -> Iterator[Unit]:
        stream = self.opened.text
        text = stream.read(WHOLE_DOCUMENT_BYTES + 1)
        if len(text) <= WHOLE_DOCUMENT_BYTES:
            yield from json_document_pieces(text, chunk_characters)
            return
        # Too big to hold whole: read as it streams, which only NDJSON (one value a line) can be.
        lines = itertools.chain(split_lines(text + stream.readline()), stream_lines(stream))
        try:
            yield from ndjson_pieces(lines, chunk_characters)
        except StructureError as exc:
            limit = describe_size(WHOLE_DOCUMENT_BYTES)
            raise StructureError(f"over {limit}, so read as NDJSON (one value a line): {exc}") from None


class _NdjsonText(_TextCopy):
    def units(self, chunk_characters: int, overlap_characters: int) -> Iterator[Unit]:
        return ndjson_pieces(stream_lines(self.opened.text), chunk_characters)


class _DelimitedText(_TextCopy):
    def __init__(self, opened: OpenDocument, delimiter: str | None) -> None:
        super().__init__(opened)
        self.delimiter = delimiter

    def units(self, chunk_characters: int, overlap_characters: int) -> Iterator[Unit]:
        return table_pieces(self.opened.text, self.delimiter, chunk_characters)


class _RebuiltCopy:
    """A workbook or an e-mail: scanned in a rendering as text, its copy rebuilt from the findings."""

    copy_encoding = _BYTES_AS_TEXT

    def __init__(self, content: BinaryIO, format_name: str) -> None:
        self.encoding = format_name
        self._content = content
        self._document: Workbook | EmailDocument | None = None
        self._found: list[tuple[ValueFinding, ...]] = []

    def units(self, chunk_characters: int, overlap_characters: int) -> Iterator[Unit]:
        data = self._content.read(WHOLE_DOCUMENT_BYTES + 1)
        what = "a workbook" if self.encoding == XLSX else "an e-mail"
        if len(data) > WHOLE_DOCUMENT_BYTES:
            raise StructureError(f"too large to open as {what} (over {describe_size(WHOLE_DOCUMENT_BYTES)})")
        if self.encoding == XLSX:
            # pandas takes a quarter of a second to import: paid by runs that meet a workbook only.
            from logscrub.scanner.sources.structured.workbook_document import Workbook

            self._document = Workbook(data)
        else:
            self._document = _parsed_email(data)
        yield from PieceCutter().pieces(self._document.text, self._document.fields, chunk_characters)

    def begin_copy(self, copy: IO[str]) -> None:
        pass  # written whole at the end

    def take(self, result: ChunkResult, copy: IO[str] | None) -> None:
        if result.value_findings is not None:
            self._found.extend(result.value_findings)

    def finish_copy(self, copy: IO[str]) -> None:
        assert self._document is not None
        copy.write(self._document.redacted(self._found).decode(_BYTES_AS_TEXT))

    def close(self) -> None:
        self._content.close()


def _parsed_email(data: bytes) -> EmailDocument:
    try:
        return EmailDocument(data)
    except StructureError:
        raise
    except Exception as exc:  # the email package's errors on broken input; the message might quote it
        raise StructureError(f"not a readable e-mail ({type(exc).__name__})") from None


def _text_format(
    reader: Callable[[OpenDocument], FormatReader],
) -> Callable[[Document, BinaryIO], FormatReader]:
    return lambda document, content: reader(open_document(document, content))


def _rebuilt_format(name: str) -> Callable[[Document, BinaryIO], FormatReader]:
    return lambda document, content: _RebuiltCopy(content, name)


INPUT_FORMATS: tuple[InputFormat, ...] = (
    InputFormat(TEXT, (), _text_format(_PlainText)),
    InputFormat("json", (".json",), _text_format(_JsonText)),
    InputFormat("ndjson", (".ndjson", ".jsonl"), _text_format(_NdjsonText)),
    InputFormat("csv", (".csv",), _text_format(lambda opened: _DelimitedText(opened, None))),
    InputFormat("tsv", (".tsv",), _text_format(lambda opened: _DelimitedText(opened, "\t"))),
    InputFormat(XLSX, (".xlsx",), _rebuilt_format(XLSX), content_kind=ZIP),
    InputFormat(EML, (".eml",), _rebuilt_format(EML)),
)
_BY_NAME = {f.name: f for f in INPUT_FORMATS}
_BY_SUFFIX = {suffix: f for f in INPUT_FORMATS for suffix in f.suffixes}
