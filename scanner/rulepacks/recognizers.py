"""Rule-pack recognizers and deny lists as real Presidio recognizers, run by the same engine as ours.

Each is a ``LogscrubRecognizer`` (a Presidio ``PatternRecognizer``), so it also works in any Presidio
``AnalyzerEngine``. A pattern with named groups reports each group that matched, not the whole match:
``src_user=(?P<user>[^;]+)`` finds the user alone, its key staying outside the finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from logscrub.recognizers._presidio_core import EntityRecognizer, Pattern
from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.scanner.records.detection_rules import DenyListSpec, RecognizerSpec
from logscrub.scanner.rulepacks.validators import VALIDATORS

DENY_LIST_SCORE = 1.0  # Presidio's deny_list_score


class RulePackRecognizer(LogscrubRecognizer):
    """A recognizer declared in a rule pack: its patterns, context words and validator are data."""

    # `^` and `$` stand for line starts and ends: the engine scans chunks of many lines.
    REGEX_FLAGS: ClassVar[int] = re.MULTILINE
    VALIDATOR: ClassVar[str | None] = None

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_language=supported_language, name=name)
        self._validate = VALIDATORS[self.VALIDATOR] if self.VALIDATOR else None

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        groups = match.re.groupindex
        spans = [match.span(g) for g in groups if match.group(g)] if groups else [match.span()]
        for start, end in spans:
            if start == end:
                continue
            score = pattern.score
            if self._validate is not None:
                if not self._validate(text[start:end]):
                    continue
                score = EntityRecognizer.MAX_SCORE
            yield Detection(start, end, score)

    def rejection_reason(self, text: str, match: re.Match[str], pattern: Pattern) -> str:
        if self.VALIDATOR is not None:
            return f"its validator {self.VALIDATOR!r} does not hold"
        return "the pattern matched, but none of its named groups holds text"


def rule_pack_recognizers(
    recognizers: Sequence[RecognizerSpec], deny_lists: Sequence[DenyListSpec], language: str = "en"
) -> list[LogscrubRecognizer]:
    """Presidio recognizers for the user recognizers and deny lists of the active rule packs."""
    built = [_recognizer(spec, language) for spec in recognizers]
    built += [_deny_list_recognizer(spec, language) for spec in deny_lists]
    return built


def _recognizer(spec: RecognizerSpec, language: str) -> LogscrubRecognizer:
    attributes = {
        "ENTITY": spec.entity,
        "PATTERNS": [RePattern(p.name, p.regex, p.score) for p in spec.patterns],
        "CONTEXT": list(spec.context),
        "PREFILTERS": spec.prefilters,
        "PATTERN_PREFILTERS": {p.name: p.prefilters for p in spec.patterns if p.prefilters},
        "VALIDATOR": spec.validator,
        "__doc__": f"{spec.entity} from the rule pack at {spec.origin}.",
    }
    # A class of its own per declared recognizer, as for the built-in ones: Presidio's registry and
    # reports know recognizers by class name.
    recognizer_class = type(spec.name, (RulePackRecognizer,), attributes)
    recognizer: LogscrubRecognizer = recognizer_class(supported_language=language)
    return recognizer


def _deny_list_recognizer(spec: DenyListSpec, language: str) -> LogscrubRecognizer:
    # Presidio's deny-list regex: each term whole (not inside a word), in any letter case; longer
    # terms first, so that "Project Falcon Two" wins over "Project Falcon".
    terms = sorted(set(spec.terms), key=lambda t: (-len(t), t))
    regex = r"(?i)(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)"
    attributes = {
        "ENTITY": spec.entity,
        "PATTERNS": [RePattern("deny list", regex, DENY_LIST_SCORE)],
        "PREFILTERS": tuple(t.lower() for t in terms),
        "__doc__": f"{spec.entity}: the deny list at {spec.origin}.",
    }
    recognizer: LogscrubRecognizer = type(spec.name, (RulePackRecognizer,), attributes)(
        supported_language=language
    )
    return recognizer
