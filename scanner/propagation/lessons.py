"""What a chunk teaches: its certain findings of the entities values are learnt from, with raw values.

Lessons hold raw values: they travel from worker processes to the main process in memory only, and
are never written anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from logscrub.scanner.privacy import value_hash
from logscrub.scanner.records.entities import entities_learnt
from logscrub.scanner.records.findings import Finding

# A lesson of this entity is a token whose keyed hash is in the known-values file.
HASHED_KNOWN_VALUE = "hashed known value"
_TOKEN = re.compile(r"[^\W_](?:[\w.@+\-]*[^\W_])?")
_MAX_WORDS = 3  # a hashed name of up to three words ("Anna Maria Svensson")
TEACHING_ENTITIES = entities_learnt()


@dataclass(frozen=True, slots=True)
class Lesson:
    entity: str
    value: str
    attributes: Mapping[str, Any] | None
    line: int  # 1-based line of the document where it was first seen in the chunk


def lessons_in(
    text: str, findings: Sequence[Finding], min_score: float, first_line: int, line_offset: int
) -> list[Lesson]:
    """The distinct values `findings` (in text order, starting at or after `line_offset`) teach.

    `first_line` is the document line at `line_offset` of `text`.
    """
    seen: set[tuple[str, str]] = set()
    lessons = []
    line, position = first_line, line_offset
    for f in findings:
        if f.entity not in TEACHING_ENTITIES or f.score < min_score or f.recognizer == "propagation":
            continue
        value = text[f.start : f.end]
        if (f.entity, value) in seen:
            continue
        seen.add((f.entity, value))
        line += text.count("\n", position, f.start)
        position = f.start
        lessons.append(Lesson(f.entity, value, f.attributes, line))
    return lessons


def hashed_lessons(
    text: str, start: int, end: int, hashes: frozenset[str], key: bytes, first_line: int
) -> list[Lesson]:
    """Tokens of `text[start:end]` (and runs of up to three words) whose lower case keyed hash is listed."""
    tokens = list(_TOKEN.finditer(text, start, end))
    lessons = []
    line, position = first_line, start
    for i, token in enumerate(tokens):
        candidate_end = token.end()
        for j in range(i, min(i + _MAX_WORDS, len(tokens))):
            if j > i:
                if text[candidate_end : tokens[j].start()] != " ":
                    break
                candidate_end = tokens[j].end()
            candidate = text[token.start() : candidate_end]
            if value_hash(key, candidate.lower()) in hashes:
                line += text.count("\n", position, token.start())
                position = token.start()
                lessons.append(Lesson(HASHED_KNOWN_VALUE, candidate, None, line))
    return lessons
