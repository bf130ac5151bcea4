"""Helpers for the recognizer tests: expected spans written as the substrings they cover.

A table row names what should be found by its text (``"sip:bob@example.org"``) rather than by offsets;
``located`` turns those values into offsets, searching each after the previous one, so a value that
occurs twice is listed twice. Comparisons are made on ``(start, end, value)`` triples, so that a failure
shows the text that was (or was not) found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from presidio_analyzer import RecognizerResult

from logscrub.recognizers.base import ATTRIBUTES_KEY, LogscrubRecognizer
from logscrub.scanner.engine import Detector

Span = tuple[int, int, str]


def located(text: str, values: Iterable[str]) -> list[Span]:
    """The spans of `values` in `text`, in order; each value is searched after the one before it."""
    spans = []
    position = 0
    for value in values:
        start = text.index(value, position)
        position = start + len(value)
        spans.append((start, position, value))
    return spans


def analyzed(recognizer: LogscrubRecognizer, text: str) -> list[RecognizerResult]:
    """The recognizer alone, through its Presidio interface, asked for its own entity; in text order."""
    results = recognizer.analyze(text, entities=[recognizer.ENTITY])
    assert all(r.entity_type == recognizer.ENTITY for r in results)
    return sorted(results, key=lambda r: (r.start, r.end))


def analyzed_spans(recognizer: LogscrubRecognizer, text: str) -> list[Span]:
    return [(r.start, r.end, text[r.start : r.end]) for r in analyzed(recognizer, text)]


def attributes_of(result: RecognizerResult) -> Mapping[str, Any]:
    """The logscrub attributes a recognizer attached to `result` (empty when none)."""
    attributes: Mapping[str, Any] = result.recognition_metadata.get(ATTRIBUTES_KEY, {})
    return attributes


def detected(detector: Detector, text: str, entity: str | None = None) -> list[Span]:
    """The engine's resolved findings in `text` (of `entity` only, when given)."""
    return [
        (f.start, f.end, text[f.start : f.end])
        for f in detector.detect(text)
        if entity is None or f.entity == entity
    ]


def detected_entities(detector: Detector, text: str) -> list[tuple[str, str]]:
    """The engine's resolved findings in `text` as (entity, value), in text order."""
    return [(f.entity, text[f.start : f.end]) for f in detector.detect(text)]
