"""The unit of work of a structured document: a piece of its text and the values (fields) in it.

Each field is scanned on its own, with its key or column name in front of it as context, so that a
context word in the key counts and no finding runs from one value into the next. Findings are reported
at the value's place in the document's text and replaced there, so the document keeps its structure.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from logscrub.scanner.records.chunks import ValueFinding


class StructureError(ValueError):
    """A structured document that cannot be read as its format says (invalid JSON, ...)."""


@dataclass(frozen=True, slots=True)
class Field:
    """One value of a structured document, located in the text of the piece that holds it."""

    context: str  # its key, column or header name ("" when it has none)
    value: str  # the value as scanned (decoded: JSON escapes and doubled CSV quotes resolved)
    start: int  # where its text begins in the piece
    end: int  # where its text ends there
    # Piece offset of each character of `value` and of its end, when `value` is not the verbatim
    # text[start:end] (escapes in between): findings in the value are mapped back through it.
    positions: tuple[int, ...] | None = None
    bare_number: bool = False  # a JSON number: redacted, it becomes a JSON string
    html: bool = False  # HTML source: a redacted value gets its tokens as character references
    # How a replacement is written into the text: as in a JSON string ("json"), a quoted CSV cell
    # ("csv"), or verbatim ("").
    escape: str = ""

    def place(self, index: int) -> int:
        """The piece offset of `value[index]` (or of the value's end)."""
        return self.start + index if self.positions is None else self.positions[index]

    def shifted(self, by: int) -> Field:
        """The field in a text that starts `by` characters later."""
        positions = None if self.positions is None else tuple(p - by for p in self.positions)
        return Field(
            self.context,
            self.value,
            self.start - by,
            self.end - by,
            positions,
            self.bare_number,
            self.html,
            self.escape,
        )

    def escaped(self, replacement: str) -> str:
        """`replacement` as it is written into the text where the value stands."""
        if self.escape == "json":
            return json.dumps(replacement, ensure_ascii=False)[1:-1]
        if self.escape == "csv":
            return replacement.replace('"', '""')
        return html.escape(replacement, quote=False) if self.html else replacement


@dataclass(frozen=True, slots=True)
class FieldChunk:
    """A piece of a structured document, scanned as a unit: its text and the fields in it, in order."""

    text: str
    fields: tuple[Field, ...]
    offset: int  # position of text[0] in the document's text
    line: int  # 1-based line of text[0]
    column: int  # 1-based column of text[0]


def redact_value(value: str, findings: Sequence[ValueFinding], html_text: bool = False) -> str:
    """`value` with each of its (sorted, non-overlapping) findings replaced (as HTML text: escaped)."""
    pieces: list[str] = []
    position = 0
    for finding in findings:
        replacement = html.escape(finding.replacement, quote=False) if html_text else finding.replacement
        pieces += (value[position : finding.start], replacement)
        position = finding.end
    pieces.append(value[position:])
    return "".join(pieces)


class PieceCutter:
    """Cuts a document's text into pieces of whole fields, keeping count of where each piece starts."""

    def __init__(self) -> None:
        self.offset = 0
        self.line = 1
        self.column = 1

    def piece(self, text: str, fields: Sequence[Field]) -> FieldChunk:
        """The next piece of the document: `text`, with `fields` located in it."""
        chunk = FieldChunk(text, tuple(fields), self.offset, self.line, self.column)
        newlines = text.count("\n")
        if newlines:
            self.line += newlines
            self.column = len(text) - text.rfind("\n")
        else:
            self.column += len(text)
        self.offset += len(text)
        return chunk

    def pieces(self, text: str, fields: Sequence[Field], size: int) -> Iterator[FieldChunk]:
        """All of `text` (whose fields, in order, are `fields`) as pieces of about `size` characters."""
        start, first = 0, 0
        for index, field in enumerate(fields):
            if field.end - start >= size:
                yield self.piece(
                    text[start : field.end], [f.shifted(start) for f in fields[first : index + 1]]
                )
                start, first = field.end, index + 1
        if start < len(text):
            yield self.piece(text[start:], [f.shifted(start) for f in fields[first:]])
