"""XLSX workbooks, read with pandas: each text or whole-number cell is a field, its column's name the context.

A workbook has no text of its own, so its findings are located in a rendering of it: the rows of each
sheet in turn, one line a row, cells separated by a tab (a cell's own newlines stay in it). A column's
name is its cell in the first row of the sheet that is not empty. The copy is a new workbook written
with pandas: the same sheets, in the same order, each cell where it was, with its value or its redacted
text. What is not cell values (formatting, comments, document properties such as the author) is not
carried over, so nothing unscanned is passed on.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from logscrub.scanner.records.chunks import ValueFinding
from logscrub.scanner.sources.structured.fields import Field, StructureError, redact_value


@dataclass(frozen=True, slots=True)
class _Cell:
    sheet: str
    row: int
    column: int


class Workbook:
    """A workbook's sheets, their rendering as text and its fields, in the order of the rendering."""

    def __init__(self, data: bytes) -> None:
        try:
            sheets = pd.read_excel(
                io.BytesIO(data), sheet_name=None, header=None, dtype=object, engine="openpyxl"
            )
        except Exception as exc:  # zip, XML and workbook errors alike; the message might quote content
            raise StructureError(f"not a readable XLSX workbook ({type(exc).__name__})") from None
        self.sheets: dict[str, pd.DataFrame] = sheets
        self.fields: list[Field] = []
        self._cells: list[_Cell] = []
        lines: list[str] = []
        length = 0
        for name, frame in sheets.items():
            names: list[str] | None = None
            for row_number, row in enumerate(frame.itertuples(index=False, name=None)):
                texts = [_rendered(value) for value in row]
                position = length
                for column, (value, text) in enumerate(zip(row, texts, strict=True)):
                    if text and _scanned(value):
                        context = names[column] if names is not None and column < len(names) else ""
                        self.fields.append(Field(context, text, position, position + len(text)))
                        self._cells.append(_Cell(name, row_number, column))
                    position += len(text) + 1
                if names is None and any(texts):
                    names = texts
                line = "\t".join(texts) + "\n"
                lines.append(line)
                length += len(line)
        self.text = "".join(lines)

    def redacted(self, findings: Sequence[tuple[ValueFinding, ...]]) -> bytes:
        """The workbook with each field's findings (in field order) replaced, as XLSX."""
        sheets = {name: frame.copy() for name, frame in self.sheets.items()}
        for field, cell, found in zip(self.fields, self._cells, findings, strict=True):
            if found:
                sheets[cell.sheet].iat[cell.row, cell.column] = redact_value(field.value, found)
        out = io.BytesIO()
        with pd.ExcelWriter(out, engine="openpyxl") as writer:
            for name, frame in sheets.items():
                frame.to_excel(writer, sheet_name=name, header=False, index=False)
        return out.getvalue()


def _scanned(value: Any) -> bool:
    """Text and whole numbers can hold personal data (a phone number typed as a number); dates,
    fractions and truth values cannot."""
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def _rendered(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):  # an empty cell reads as NaN
        return ""
    return str(value)
