"""Labelled files: `NAME.labels.jsonl` beside the document `NAME.<suffix>` it labels.

One JSON object a line: `start` and `end` (character offsets into the document's decoded text, as the
JSON report counts them), `entity`, and optionally `text`, the labelled value, checked against the
document so that shifted offsets are caught at once. Blank lines are ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

LABELS_SUFFIX = ".labels.jsonl"


class LabelsError(ValueError):
    """A labels file that cannot be used; the message names the file (and line) and the reason."""


@dataclass(frozen=True, slots=True)
class Label:
    start: int
    end: int
    entity: str
    text: str | None = None


@dataclass(frozen=True)
class LabelledDocument:
    labels_path: Path
    document: Path
    labels: tuple[Label, ...]

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(label.entity for label in self.labels)


def find_labels_files(arguments: list[Path]) -> list[Path]:
    """The labels files named, or found in the folders named (recursively, in name order)."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found.extend(sorted(argument.rglob(f"*{LABELS_SUFFIX}")))
        elif argument.name.endswith(LABELS_SUFFIX):
            found.append(argument)
        else:
            raise LabelsError(f"{argument}: not a labels file (its name must end in {LABELS_SUFFIX})")
    if not found:
        raise LabelsError(f"no {LABELS_SUFFIX} file in {', '.join(map(str, arguments))}")
    return found


def read_labelled(labels_path: Path) -> LabelledDocument:
    document = labelled_document(labels_path)
    labels = tuple(_read_labels(labels_path))
    _check_texts(labels_path, document, labels)
    return LabelledDocument(labels_path, document, labels)


def labelled_document(labels_path: Path) -> Path:
    """`NAME.labels.jsonl` labels the one other file `NAME.<suffix>` beside it."""
    stem = labels_path.name.removesuffix(LABELS_SUFFIX)
    candidates = [
        p
        for p in labels_path.parent.glob(f"{_glob_literal(stem)}.*")
        if p != labels_path and not p.name.endswith(LABELS_SUFFIX) and p.is_file()
    ]
    if len(candidates) != 1:
        found = "none" if not candidates else ", ".join(sorted(p.name for p in candidates))
        raise LabelsError(
            f"{labels_path}: labels the file {stem}.<suffix> beside it; exactly one is needed, found {found}"
        )
    return candidates[0]


def _glob_literal(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _read_labels(labels_path: Path) -> list[Label]:
    try:
        lines = labels_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelsError(f"{labels_path}: cannot be read ({type(exc).__name__})") from None
    labels = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            labels.append(_parse_label(line, f"{labels_path}:{number}"))
    return labels


def _parse_label(line: str, where: str) -> Label:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LabelsError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise LabelsError(f"{where}: a label is a JSON object with start, end and entity")
    unknown = sorted(set(row) - {"start", "end", "entity", "text"})
    if unknown:
        raise LabelsError(f"{where}: unknown key {unknown[0]!r} (known: start, end, entity, text)")
    start, end, entity, text = row.get("start"), row.get("end"), row.get("entity"), row.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise LabelsError(f"{where}: start and end must be whole numbers with 0 <= start < end")
    if not isinstance(entity, str) or not entity:
        raise LabelsError(f"{where}: entity must be an entity name such as PHONE_NUMBER")
    if text is not None and not isinstance(text, str):
        raise LabelsError(f"{where}: text must be a string")
    return Label(start, end, entity, text)


def _check_texts(labels_path: Path, document: Path, labels: tuple[Label, ...]) -> None:
    """Labels with a `text` must match the document there (decoded as UTF-8, the fixtures' encoding)."""
    if all(label.text is None for label in labels):
        return
    try:
        text = document.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return  # not UTF-8 text: the offsets are checked against what the scan decodes instead
    for label in labels:
        if label.end > len(text):
            raise LabelsError(f"{labels_path}: a {label.entity} label ends after the end of {document.name}")
        if label.text is not None and text[label.start : label.end] != label.text:
            raise LabelsError(
                f"{labels_path}: the {label.entity} label at {label.start}..{label.end} does not match "
                f"{document.name} there"
            )
