"""CSV and TSV documents: every cell is a field, its column's name (the first row) the context.

Read as a stream of records, so a big export is cut into pieces of whole records like any log. The
cells are located in the decoded text (inside the quotes of a quoted cell, a doubled quote standing
for one), and findings are replaced there: delimiter, quoting, column count and newlines stay as they
were, and tokens hold no delimiter or quote. The dialect is sniffed with the csv module; a `.tsv` file
is tab-separated. Quotes follow RFC 4180 and Excel: a quoted cell may span lines; a quote inside an
unquoted cell, or text after a closing quote, is read literally, as the csv module does.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from logscrub.scanner.sources.structured.fields import Field, FieldChunk, PieceCutter, StructureError

_DELIMITERS = ",;\t|"
_QUOTE = '"'
_SNIFF_CHARACTERS = 1 << 16
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')


@dataclass(frozen=True, slots=True)
class _Cell:
    value: str
    start: int
    end: int
    positions: tuple[int, ...] | None


def sniff_delimiter(sample: str) -> str:
    """The delimiter of CSV text starting with `sample`, as the csv module sniffs it from the header line
    (cells further down may hold delimiters and quotes that confuse it), else from the whole sample; a
    comma when it cannot tell."""
    for text in (sample.split("\n", 1)[0], sample):
        try:
            return csv.Sniffer().sniff(text, delimiters=_DELIMITERS).delimiter
        except csv.Error:
            continue
    return ","


def table_pieces(stream: IO[str], delimiter: str | None, size: int) -> Iterator[FieldChunk]:
    """The pieces of the delimited text in `stream`, of whole records and about `size` characters each;
    `delimiter` None: sniffed from its beginning."""
    buffer = stream.read(max(size, _SNIFF_CHARACTERS))
    if delimiter is None:
        delimiter = sniff_delimiter(buffer[:_SNIFF_CHARACTERS])
    reader = _RecordReader(delimiter)
    cutter = PieceCutter()
    header: list[str] | None = None
    at_end = not buffer
    while buffer:
        more = stream.read(size) if not at_end else ""
        at_end = at_end or not more
        buffer += more
        fields: list[Field] = []
        used = 0
        for cells, record_end in reader.records(buffer, final=at_end):
            names = header or []
            for column, cell in enumerate(cells):
                if cell.value:
                    context = names[column] if column < len(names) else ""
                    # A cell with positions holds doubled quotes: it is quoted, and a quote in its
                    # replacement (a mask keeps punctuation) is doubled too.
                    escape = "csv" if cell.positions is not None else ""
                    fields.append(
                        Field(context, cell.value, cell.start, cell.end, cell.positions, escape=escape)
                    )
            if header is None:
                header = [cell.value for cell in cells]
            used = record_end
            if used >= size:
                break
        if not used:
            if at_end:
                raise StructureError(f"a quoted cell opened on line {cutter.line} or after is not closed")
            continue
        yield cutter.piece(buffer[:used], fields)
        buffer = buffer[used:]


class _RecordReader:
    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self._unquoted = re.compile(f"[^{re.escape(delimiter)}\r\n]*")

    def records(self, text: str, final: bool) -> Iterator[tuple[list[_Cell], int]]:
        """Each complete record at the start of `text`: its cells and the offset after its newline.

        Without `final`, a record that may go on past the end of `text` is left for the next call."""
        position, length = 0, len(text)
        while position < length:
            plain = self._plain_record(text, position, final)
            if plain is not None:
                yield plain
                position = plain[1]
                continue
            cells: list[_Cell] = []
            while True:
                cell, position = self._cell(text, position, final)
                if cell is None:
                    return
                cells.append(cell)
                if position < length and text[position] == self.delimiter:
                    position += 1
                    continue
                break
            if position < length:
                if text[position] == "\r" and position + 1 == length and not final:
                    return  # its "\n" may come with the next read
                position += 2 if text.startswith("\r\n", position) else 1
            elif not final:
                return
            yield cells, position

    def _plain_record(self, text: str, position: int, final: bool) -> tuple[list[_Cell], int] | None:
        """The record at `position` when it is a line without quotes, split at once (the usual case)."""
        newline = text.find("\n", position)
        if newline < 0 and not final:
            return None
        line_end = len(text) if newline < 0 else newline
        content_end = line_end - 1 if line_end > position and text[line_end - 1] == "\r" else line_end
        if text.find(_QUOTE, position, line_end) >= 0 or text.find("\r", position, content_end) >= 0:
            return None  # quoted cells, or a lone carriage return ending the record: cell by cell
        cells = []
        start = position
        for value in text[position:content_end].split(self.delimiter):
            cells.append(_Cell(value, start, start + len(value), None))
            start += len(value) + 1
        return cells, line_end + 1 if newline >= 0 else line_end

    def _cell(self, text: str, position: int, final: bool) -> tuple[_Cell | None, int]:
        if not text.startswith(_QUOTE, position):
            match = self._unquoted.match(text, position)
            assert match is not None  # the pattern matches the empty string
            if match.end() == len(text) and not final:
                return None, position
            return _Cell(match.group(), position, match.end(), None), match.end()
        quoted = _QUOTED.match(text, position)
        if quoted is None:
            return None, position  # not closed yet (at the very end: the caller reports it)
        inner_start, inner_end = position + 1, quoted.end() - 1
        value = text[inner_start:inner_end]
        tail = self._unquoted.match(text, quoted.end())
        assert tail is not None
        if not final and tail.end() == len(text):
            return None, position
        if '""' not in value and not tail.group():
            return _Cell(value, inner_start, inner_end, None), quoted.end()
        positions: list[int] = []
        index = inner_start
        while index < inner_end:
            positions.append(index)
            index += 2 if text.startswith('""', index) else 1
        positions += range(tail.start(), tail.end())
        end = tail.end() if tail.group() else inner_end
        positions.append(end)
        return _Cell(value.replace('""', '"') + tail.group(), inner_start, end, tuple(positions)), tail.end()
