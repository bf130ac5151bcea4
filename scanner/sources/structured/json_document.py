"""JSON and NDJSON documents: every string (keys included) and number is a field, its key the context.

The document's text is the decoded file; findings are located in it, at the string literal (escapes
and all) that holds the value, and replaced there: the copy keeps its layout, key order and untouched
escapes byte for byte, and stays valid JSON with the same keys (a key that is itself personal data is
replaced too). A number with a finding in it becomes a JSON string holding the redacted number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import IO

from logscrub.scanner.sources.structured.fields import Field, FieldChunk, PieceCutter, StructureError

# In valid JSON every double quote outside a string opens one, so one left-to-right pass over the text
# finds all strings, numbers and brackets (commas and true/false/null are skipped over).
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|-?\d[\d.eE+-]*|[{}\[\]]')
_COLON = re.compile(r"[ \t\r\n]*:")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def json_fields(text: str) -> Iterator[Field]:
    """The fields of the JSON values in `text` (already known to be valid), in text order."""
    containers: list[tuple[bool, str]] = []  # for each open bracket: is it an object, its own key
    key = ""  # in an object, the key of the member being read
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        in_object = bool(containers) and containers[-1][0]
        context = key if in_object else (containers[-1][1] if containers else "")
        if first == '"':
            if in_object and _COLON.match(text, match.end()):
                field = _string_field(containers[-1][1], token, match.start())
                key = field.value
            else:
                field = _string_field(context, token, match.start())
            yield field
        elif first in "{[":
            containers.append((first == "{", context))
        elif first in "}]":
            containers.pop()
        else:
            yield Field(context, token, match.start(), match.end(), bare_number=True)


def _string_field(context: str, literal: str, at: int) -> Field:
    """The field of the string literal `literal` found at `at`."""
    if "\\" not in literal:
        return Field(context, literal[1:-1], at + 1, at + len(literal) - 1, escape="json")
    chars: list[str] = []
    positions: list[int] = []
    i, last = 1, len(literal) - 1
    while i < last:
        positions.append(at + i)
        if literal[i] != "\\":
            chars.append(literal[i])
            i += 1
        elif literal[i + 1] != "u":
            chars.append(_ESCAPES[literal[i + 1]])
            i += 2
        else:
            code, i = int(literal[i + 2 : i + 6], 16), i + 6
            if 0xD800 <= code < 0xDC00 and literal.startswith("\\u", i):
                low = int(literal[i + 2 : i + 6], 16)
                if 0xDC00 <= low < 0xE000:  # a surrogate pair is one character, as json.loads reads it
                    code, i = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), i + 6
            chars.append(chr(code))
    positions.append(at + last)
    return Field(context, "".join(chars), at + 1, at + last, tuple(positions), escape="json")


def _parse_error(exc: json.JSONDecodeError) -> StructureError:
    # The decoder's message names the problem and its place, never the text.
    return StructureError(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")


def _validate_line(line: str, number: int) -> None:
    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        place = f"column {exc.colno}" if exc.lineno == 1 else "its end"
        raise StructureError(f"not valid JSON on line {number}: {exc.msg} at {place}") from None
    except RecursionError:
        raise StructureError(f"not valid JSON on line {number}: nested too deeply") from None


def json_document_pieces(text: str, size: int) -> Iterator[FieldChunk]:
    """A whole JSON document's pieces; several values one a line (NDJSON in a .json file) are read as such."""
    if not text.strip():  # an empty file holds nothing to scan, and nothing to keep valid
        yield from PieceCutter().pieces(text, [], size)
        return
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise _parse_error(exc) from None
        yield from ndjson_pieces(split_lines(text), size)
        return
    except RecursionError:
        raise StructureError("not valid JSON: nested too deeply") from None
    yield from PieceCutter().pieces(text, list(json_fields(text)), size)


def ndjson_pieces(lines: Iterable[str], size: int) -> Iterator[FieldChunk]:
    """The pieces of NDJSON text given line by line (newlines kept), about `size` characters each."""
    cutter = PieceCutter()
    piece: list[str] = []
    length = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            _validate_line(line, number)
        piece.append(line)
        length += len(line)
        if length >= size:
            yield _ndjson_piece(cutter, "".join(piece))
            piece, length = [], 0
    if piece:
        yield _ndjson_piece(cutter, "".join(piece))


def _ndjson_piece(cutter: PieceCutter, text: str) -> FieldChunk:
    # Valid values one after another: one pass finds their fields, each value closing what it opened.
    return cutter.piece(text, list(json_fields(text)))


def split_lines(text: str) -> Iterator[str]:
    """`text` line by line at each \\n, newlines kept (JSON strings may hold U+2028 and the like)."""
    return (m.group() for m in _LINE.finditer(text))


def stream_lines(stream: IO[str]) -> Iterator[str]:
    """`stream` line by line, newlines as they are."""
    return iter(stream.readline, "")
