"""The contract between logscrub's recognizers, Presidio and logscrub's own engine.

Every recognizer here is a Presidio ``PatternRecognizer``: its patterns, context words and validation
are declared as data and methods, so it works in any ``AnalyzerEngine``. logscrub's engine does not call
``analyze``: it compiles the declared patterns itself, runs each once over a large chunk (skipping it when
none of the recognizer's ``PREFILTERS`` literals occur), and asks ``detections`` what each match means.
``analyze`` goes through the very same ``detections``, so both paths find the same spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypedDict

from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

ATTRIBUTES_KEY = "logscrub_attributes"


class RePattern(Pattern):
    """Presidio's Pattern, for a pattern written for Python's `re`: the recognizer compiles it with `re`
    when it is built (and so checks it). Presidio's own constructor compiles it once more with the `regex`
    module only to check it, a parser slower than `re`'s that took 60 ms of every start. Presidio's
    `analyze` still compiles it with `regex` when it runs (compiled_regex None: not yet)."""

    def __init__(self, name: str, regex: str, score: float) -> None:
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name, self.regex, self.score = name, regex, score
        self.compiled_regex = None
        self.compiled_with_flags = None


class Detection(NamedTuple):
    """One span a recognizer vouches for, before context scoring and overlap resolution.

    (A named tuple: made for every candidate on the hot path, and cheaper than a dataclass.)"""

    start: int
    end: int
    score: float
    attributes: Mapping[str, Any] | None = None


class PresidioOptions(TypedDict, total=False):
    """What a subclass's constructor passes on to LogscrubRecognizer's, as Presidio's recognizers take it."""

    patterns: list[Pattern]
    context: list[str]
    supported_entity: str


class LogscrubRecognizer(PatternRecognizer):
    """A Presidio pattern recognizer whose matches logscrub's engine can run directly."""

    name: str
    patterns: list[Pattern]

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]] = []
    # Lower-case literals: a text in which none occurs cannot match any pattern (empty: always run).
    PREFILTERS: ClassVar[tuple[str, ...]] = ()
    # The same for single patterns, by pattern name (instead of PREFILTERS).
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {}
    # Flags for Python's `re`; the patterns are written for it.
    REGEX_FLAGS: ClassVar[int] = 0
    # The highest score a detection can have (context words aside): a caller that decides only at a
    # higher score (propagation's learning pass) need not run the recognizer at all.
    HIGHEST_SCORE: ClassVar[float] = 1.0

    def __init__(
        self,
        supported_language: str = "en",
        name: str | None = None,
        *,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str | None = None,
    ) -> None:
        """As Presidio's predefined recognizers: `patterns`, `context` and `supported_entity` replace the
        class's PATTERNS, CONTEXT and ENTITY (their meaning, as `detections` reads it, stays the class's)."""
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name or type(self).__name__,
            supported_language=supported_language,
            patterns=[
                RePattern(p.name, p.regex, p.score) for p in (self.PATTERNS if patterns is None else patterns)
            ],
            context=list(self.CONTEXT if context is None else context),  # [] turns context scoring off
            global_regex_flags=self.REGEX_FLAGS,
        )
        self._compiled = [re.compile(p.regex, self.REGEX_FLAGS) for p in self.patterns]

    def prefilters(self, pattern: Pattern) -> tuple[str, ...]:
        """Literals of which a text must contain one for `pattern` to match (empty: no such literals)."""
        return self.PATTERN_PREFILTERS.get(pattern.name, self.PREFILTERS)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        """The matches of pattern number `index` in `text`; a recognizer may find them faster than
        ``finditer`` would, as long as they are the same matches."""
        return self._compiled[index].finditer(text)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        """What one regex match of `pattern` in `text` means; by default Presidio's validation rules."""
        matched = match.group()
        if self.invalidate_result(matched):
            return
        valid = self.validate_result(matched)
        if valid is False:
            return
        score = EntityRecognizer.MAX_SCORE if valid else pattern.score
        yield Detection(match.start(), match.end(), score)

    def rejection_reason(self, text: str, match: re.Match[str], pattern: Pattern) -> str:
        """Why `detections` yields nothing for this match, in words (for `logscrub explain`).

        Recognizers whose `detections` judge the surrounding text may say more precisely."""
        return presidio_rejection_reason(self, match.group())

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for index, pattern in enumerate(self.patterns):
            for match in self.matches(text, index):
                for found in self.detections(text, match, pattern):
                    results.append(self._result(found, pattern))
        return list(EntityRecognizer.remove_duplicates(results))

    def _result(self, found: Detection, pattern: Pattern) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=pattern.score,
            pattern_name=pattern.name,
            pattern=pattern.regex,
            validation_result=found.score == EntityRecognizer.MAX_SCORE,
            textual_explanation=f"Detected by `{self.name}` using pattern `{pattern.name}`",
        )
        metadata: dict[str, Any] = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        if found.attributes:
            metadata[ATTRIBUTES_KEY] = dict(found.attributes)
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=found.start,
            end=found.end,
            score=found.score,
            analysis_explanation=explanation,
            recognition_metadata=metadata,
        )


def presidio_rejection_reason(recognizer: PatternRecognizer, matched: str) -> str:
    """Which of Presidio's checks turned `matched` down, in words."""
    if recognizer.invalidate_result(matched):
        return "invalidate_result rules this text out (a date, version, placeholder or protocol token)"
    if recognizer.validate_result(matched) is False:
        return "validate_result fails (a check digit, calendar date or range does not hold)"
    return "the text around it rules it out (a protocol field, look-around, service account or placeholder)"
