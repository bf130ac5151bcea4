"""Runs recognizers' declared patterns directly: few passes over large chunks, no AnalyzerEngine.

Each distinct pattern is compiled once and run once per chunk with ``finditer`` (patterns shared by
several recognizers, such as personnummer and samordningsnummer, run once for all of them). A pattern
whose recognizer declares prefilter literals is skipped when none occurs in the chunk (the literals of
all patterns are looked for in one pass: ``triggers``). Validation runs on candidates only; context
words raise scores from a bounded window before each candidate; overlaps are resolved in one sort.
``Detector.detect`` is a pure function of the recognizers and the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import regex

from logscrub.recognizers._presidio_core import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
)
from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern, presidio_rejection_reason
from logscrub.scanner.engine.context import ContextScorer
from logscrub.scanner.engine.explanation import KEPT, REJECTED, Candidate, settle
from logscrub.scanner.engine.overlaps import resolve_overlaps
from logscrub.scanner.engine.percent_encoding import percent_encoded_findings
from logscrub.scanner.engine.triggers import TriggerScan
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.scan_settings import DEFAULT_SCORE_THRESHOLD

DetectFn = Callable[[str, Any, Pattern], Iterator[Detection]]
RejectionFn = Callable[[str, Any, Pattern], str]


@dataclass(frozen=True, slots=True)
class _PatternUser:
    entity: str
    recognizer: str
    pattern: Pattern
    detect: DetectFn
    context: ContextScorer | None
    rejection: RejectionFn  # why `detect` turned a match down, for explain
    highest: float  # the highest score its detections can reach, context words included


MatchFn = Callable[[str], Iterator[Any]]


@dataclass(frozen=True, slots=True)
class _Pass:
    matches: MatchFn
    prefilters: tuple[str, ...]
    users: tuple[_PatternUser, ...]
    highest: float  # the highest score of its users


class Detector:
    """The recognizers of one configuration, compiled into passes."""

    def __init__(
        self,
        recognizers: Sequence[EntityRecognizer],
        score_threshold: float = DEFAULT_SCORE_THRESHOLD,
    ) -> None:
        self.score_threshold = score_threshold
        grouped: dict[_PassKey, list[_PatternUser]] = {}
        sources: dict[_PassKey, MatchFn] = {}
        for recognizer in recognizers:
            if not isinstance(recognizer, PatternRecognizer):
                raise TypeError(f"{recognizer.name} is not a pattern recognizer the engine can run")
            context = ContextScorer(recognizer.context) if recognizer.context else None
            for key, source, user in _pattern_users(recognizer, context):
                grouped.setdefault(key, []).append(user)
                sources.setdefault(key, source)
        self._passes = [
            _Pass(sources[key], key[3], tuple(users), max(user.highest for user in users))
            for key, users in grouped.items()
        ]
        self._triggers = TriggerScan(literal for scan in self._passes for literal in scan.prefilters)

    def detect(
        self,
        text: str,
        exact_scores: bool = True,
        decide_at: float | None = None,
        percent: bool = True,
        complete: bool = False,
    ) -> list[Finding]:
        """The resolved findings in `text`, scored, at or above the score threshold; with `percent`,
        values percent-encoded in URLs and forms too (see ``percent_encoding``).

        Without `exact_scores` (redaction needs only the decision), context words are looked for only
        where they can lift a candidate over the threshold, or over `decide_at` when that is higher
        (propagation's learning pass: the score a finding needs to teach). With `decide_at`, recognizers
        whose findings never reach it are not run: what is found below it may be missing, unless
        `complete` (findings the learning pass keeps for the scanning pass).
        """
        present: frozenset[str] | None = None  # the trigger literals in `text`, found when first needed
        threshold = self.score_threshold
        lift_below = threshold if decide_at is None else max(threshold, decide_at)
        found: list[Finding] = []
        append = found.append
        for scan in self._passes:
            if decide_at is not None and not complete and scan.highest < decide_at:
                continue  # nothing it finds could count
            if scan.prefilters:
                if present is None:
                    present = self._triggers.present(text.lower())
                if present.isdisjoint(scan.prefilters):
                    continue
            for match in scan.matches(text):
                for user in scan.users:
                    for d in user.detect(text, match, user.pattern):
                        score = d.score
                        if user.context is not None and score < 1.0 and (exact_scores or score < lift_below):
                            score = user.context.score(text, d.start, score)
                        if score >= threshold:
                            append(
                                Finding(
                                    user.entity,
                                    d.start,
                                    d.end,
                                    score,
                                    user.recognizer,
                                    d.attributes,
                                )
                            )
        if percent and "%" in text:
            decoded = partial(
                self.detect, exact_scores=exact_scores, decide_at=decide_at, percent=False, complete=complete
            )
            found += percent_encoded_findings(text, decoded)
        return resolve_overlaps(found)

    def explain(self, text: str, more: Iterable[Candidate] = ()) -> list[Candidate]:
        """Every candidate in `text` with what became of it and why: `detect` at length, for tuning.
        `more`: candidates found otherwise (recurrences of known values), settled with the rest."""
        present = self._triggers.present(text.lower())
        candidates: list[Candidate] = list(more)
        for scan in self._passes:
            if scan.prefilters and present.isdisjoint(scan.prefilters):
                continue
            for match in scan.matches(text):
                for user in scan.users:
                    detections = list(user.detect(text, match, user.pattern))
                    candidates += [_candidate(text, user, d) for d in detections]
                    if not detections and isinstance(match, (re.Match, regex.Match)):
                        turned_down = Detection(match.start(), match.end(), 0.0)
                        candidate = _candidate(text, user, turned_down, rejected=True)
                        candidate.reason = user.rejection(text, match, user.pattern)
                        candidates.append(candidate)
        if "%" in text:
            decoded = percent_encoded_findings(text, partial(self.detect, percent=False))
            candidates += [_decoded_candidate(f) for f in decoded]
        return settle(candidates, self.score_threshold)


def _decoded_candidate(finding: Finding) -> Candidate:
    """A finding of the percent-decoded text, as explained: its recognizer and final score."""
    explanation = AnalysisExplanation(
        recognizer=finding.recognizer,
        original_score=finding.score,
        textual_explanation=f"Detected by `{finding.recognizer}` in the percent-decoded text",
    )
    return Candidate(finding, finding.score, explanation, KEPT)


def _candidate(text: str, user: _PatternUser, d: Detection, rejected: bool = False) -> Candidate:
    pattern = user.pattern
    explanation = AnalysisExplanation(
        recognizer=user.recognizer,
        original_score=d.score,
        pattern_name=pattern.name,
        pattern=pattern.regex,
        # logscrub's convention, as in LogscrubRecognizer.analyze: a validated value scores the maximum
        validation_result=True if d.score == EntityRecognizer.MAX_SCORE > pattern.score else None,
        textual_explanation=f"Detected by `{user.recognizer}` using pattern `{pattern.name}`",
    )
    score = d.score
    if user.context is not None and score < 1.0 and not rejected:
        score = user.context.score(text, d.start, score)
        if score != d.score:
            explanation.set_improved_score(score)
            explanation.set_supportive_context_word(user.context.supporting_word(text, d.start))
    finding = Finding(user.entity, d.start, d.end, score, user.recognizer, d.attributes)
    verdict = REJECTED if rejected else KEPT
    return Candidate(finding, pattern.score, explanation, verdict)


_PassKey = tuple[str, int, str, tuple[str, ...]]


def _pattern_users(
    recognizer: PatternRecognizer, context: ContextScorer | None
) -> Iterator[tuple[_PassKey, MatchFn, _PatternUser]]:
    """Each pattern of `recognizer`: the pass it belongs to, how to find its matches, who reads them."""
    entity, name = recognizer.supported_entities[0], str(recognizer.name)
    if isinstance(recognizer, LogscrubRecognizer):
        for index, pattern in enumerate(recognizer.patterns):
            key = (pattern.regex, recognizer.REGEX_FLAGS, "re", recognizer.prefilters(pattern))
            highest = recognizer.HIGHEST_SCORE if context is None else EntityRecognizer.MAX_SCORE
            user = _PatternUser(
                entity, name, pattern, recognizer.detections, context, recognizer.rejection_reason, highest
            )
            yield key, partial(recognizer.matches, index=index), user
        return
    if type(recognizer).analyze is not PatternRecognizer.analyze:
        # A Presidio recognizer with its own analyze() (IBAN, for one): its patterns alone would not
        # find what it finds, so it runs whole, once per chunk.
        entities = list(recognizer.supported_entities)
        whole = RePattern(name, f"analyze:{name}", 0.0)

        def analyzed(text: str) -> Iterator[Any]:
            return iter(recognizer.analyze(text, entities))

        top = EntityRecognizer.MAX_SCORE
        user = _PatternUser(entity, name, whole, _analyzed_detections, context, _no_rejection, top)
        yield (whole.regex, 0, "analyze", ()), analyzed, user
        return
    # Presidio's other pattern recognizers keep their `regex`-module patterns, flags and validation.
    flags = recognizer.global_regex_flags or 0
    detect = _presidio_detections(recognizer)
    patterns: list[Pattern] = recognizer.patterns
    for pattern in patterns:
        key = (str(pattern.regex), flags, "regex", ())
        rejection = _presidio_rejection(recognizer)
        user = _PatternUser(entity, name, pattern, detect, context, rejection, EntityRecognizer.MAX_SCORE)
        yield key, regex.compile(pattern.regex, flags).finditer, user


def _no_rejection(text: str, match: Any, pattern: Pattern) -> str:
    return "its recognizer's analyze() did not report it"  # never asked: analyze() yields no matches


def _presidio_rejection(recognizer: PatternRecognizer) -> RejectionFn:
    def rejection(text: str, match: Any, pattern: Pattern) -> str:
        return presidio_rejection_reason(recognizer, match.group())

    return rejection


def _analyzed_detections(text: str, result: Any, pattern: Pattern) -> Iterator[Detection]:
    yield Detection(result.start, result.end, result.score)


def _presidio_detections(recognizer: PatternRecognizer) -> DetectFn:
    """Presidio's own pattern semantics (validate_result / invalidate_result) for its recognizers."""

    def detections(text: str, match: Any, pattern: Pattern) -> Iterator[Detection]:
        matched = match.group()
        if not matched:
            return
        valid = recognizer.validate_result(matched)
        if valid is False or recognizer.invalidate_result(matched):
            return
        score = EntityRecognizer.MAX_SCORE if valid else pattern.score
        yield Detection(match.start(), match.end(), score)

    return detections
