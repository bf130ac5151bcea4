"""File names are personal data too: `19121212-1212.log`, `anna.svensson@example.se.log`.

Each component of a document's name below what the user named (file names in folders, the file name of
a file argument; not a folder argument, which the user typed) is scanned with the engine that scans
content, learnt values included. A finding is replaced by its entity, whatever the run's style: a name
is read by people and tools, `SE_PERSONNUMMER.log` is a file-system-safe name on any system, and a
pseudonym numbered from a name would shift the numbering of the content. Reports and copies carry the
redacted name; two inputs whose redacted names meet get distinct ones (`-2`, `-3`, in the order of the
run). The original name is kept nowhere: no mapping is written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import PurePath

from logscrub.rules import rule_data
from logscrub.scanner.propagation.matcher import RECOGNIZER as LEARNT
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.sources.paths import STDIN

NAMES_FILE = "file_names.yaml"
_ROTATION = re.compile(r"\d{1,3}")
_SEPARATORS = "_-"  # read as spaces, one more in each reading of a name

# Entity, start and end of each finding in a short text: the engine's spans_in_worker, run where the
# run's engine is (its workers, or this process with -j 1).
FindSpans = Callable[[str], Sequence[tuple[str, int, int]]]


@cache
def _rules() -> dict[str, frozenset[str]]:
    data = rule_data(NAMES_FILE)
    return {
        "suffixes": frozenset(str(suffix).lower() for suffix in data["suffixes"]),
        "entities": frozenset(str(entity) for entity in data["entities"]),
    }


def _known_suffixes() -> frozenset[str]:
    return _rules()["suffixes"]


_NAME_PARTS = re.compile(r"[^\W\d_]{2,}[\s._-]+[^\W\d_]{2,}")


def counts_in_name(finding: Finding, text: str) -> bool:
    """Whether a finding in a file name is one: a value of the shapes file_names.yaml lists, or a learnt
    name of two or more parts. Not what name finders or single learnt words find, which in a name
    are mostly a program's or a device's (`sofia-siptrace.log`)."""
    if finding.entity in _rules()["entities"]:
        return True
    return finding.recognizer == LEARNT and bool(_NAME_PARTS.search(text[finding.start : finding.end]))


def split_suffixes(name: str) -> tuple[str, str]:
    """`name` as its stem and the known suffixes that end it: ("anna.svensson@example.se", ".log.gz")."""
    stem = name
    while "." in stem.lstrip("."):
        head, _, last = stem.rpartition(".")
        if not (last.lower() in _known_suffixes() or _ROTATION.fullmatch(last)):
            break
        stem = head
    return stem, name[len(stem) :]


@dataclass(frozen=True)
class RedactedName:
    name: str
    entities: tuple[str, ...]  # of the findings replaced, in order


def redact_component(name: str, find: FindSpans) -> RedactedName:
    """One name with each finding replaced by its entity. The stem is scanned in three readings: as
    written, with `_` read as a space, and with `-` too (separators join words in names, but `_` is a
    word character to the recognizers, and `-` runs on into a domain). A finding of any reading
    counts, the earlier reading's first where they overlap."""
    stem, suffixes = split_suffixes(name)
    if not stem:
        return RedactedName(name, ())
    readings = [stem]
    for separator in _SEPARATORS:
        readings.append(readings[-1].replace(separator, " "))
    line = len(stem) + 1  # each reading on a line of its own, at the same offsets
    spans: list[tuple[str, int, int]] = []
    for entity, start, end in find("\n".join(dict.fromkeys(readings))):
        start, end = start % line, end - (start - start % line)
        if end <= len(stem) and not any(start < e and s < end for _, s, e in spans):
            spans.append((entity, start, end))
    spans.sort(key=lambda span: span[1])
    pieces, position = [], 0
    for entity, start, end in spans:
        pieces += [stem[position:start], entity]
        position = end
    pieces.append(stem[position:])
    return RedactedName("".join(pieces) + suffixes, tuple(entity for entity, _, _ in spans))


class FileNames:
    """Redacts the names of a run's documents, the same original always the same way, distinct
    originals always distinctly (folders too: a mirror tree of redacted folder names)."""

    def __init__(self) -> None:
        self._renamed: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}
        self._taken: dict[tuple[str, ...], tuple[str, ...]] = {}  # redacted -> its original
        self._entities: dict[tuple[str, ...], tuple[str, ...]] = {}

    def redacted(self, document: Document, find: FindSpans) -> Document:
        """`document` named by its redacted relative path (its display name likewise, below what the
        user named); `path` still reads the original. Findings in the name: `name_entities`."""
        if document.display == STDIN and document.path is None:
            return document
        parts = document.relative.parts
        if not parts:
            return document
        renamed = self._renamed_path(parts, find)
        entities = tuple(e for i in range(len(parts)) for e in self._entities[parts[: i + 1]])
        if renamed == parts:
            return document
        relative = type(document.relative)(*renamed)
        return replace(
            document,
            display=_redacted_display(document.display, document.relative, relative),
            relative=relative,
            name_entities=entities,
        )

    def _renamed_path(self, parts: tuple[str, ...], find: FindSpans) -> tuple[str, ...]:
        for depth in range(1, len(parts) + 1):
            original = parts[:depth]
            if original in self._renamed:
                continue
            found = redact_component(original[-1], find)
            self._entities[original] = found.entities
            self._renamed[original] = self._free(self._renamed[original[:-1]], found.name, original)
        return self._renamed[parts]

    def _free(self, folder: tuple[str, ...], name: str, original: tuple[str, ...]) -> tuple[str, ...]:
        """`folder + (name,)`, or, if another original has it, the first free of name-2, name-3, …"""
        stem, suffixes = split_suffixes(name)
        candidate, number = (*folder, name), 1
        while self._taken.setdefault(candidate, original) != original:
            number += 1
            candidate = (*folder, f"{stem}-{number}{suffixes}")
        return candidate


def _redacted_display(display: str, relative: PurePath, renamed: PurePath) -> str:
    """`display` with the longest ending it shares with `relative` written as in `renamed`; what the
    user typed before it stays."""
    original, redacted = relative.parts, renamed.parts
    for depth in range(len(original), 0, -1):
        for separator in ("/", os.sep):
            ending = separator.join(original[-depth:])
            before = display[: len(display) - len(ending)]
            if display.endswith(ending) and (not before or before.endswith(separator)):
                return before + separator.join(redacted[-depth:])
    return str(renamed)
