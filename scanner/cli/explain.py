"""`logscrub explain "TEXT"`: every finding in a text with its recognizer, score and reasons, for tuning.

It runs exactly what a scan runs (the same recognizers, rule packs, allow lists and contexts) and shows,
as Presidio's decision process does, the pattern, the recognizer's score, the context word that raised
it, the validation result, the category and the rule that chose it, and why candidates were dropped.
The text is shown as typed: it is the user's own input on their own terminal, not a scanned file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import IO, Any

from logscrub.recognizers._presidio_core import AnalysisExplanation
from logscrub.scanner.chunk_scan import ChunkScanner
from logscrub.scanner.cli.commands import summary
from logscrub.scanner.cli.options import (
    HelpFormatter,
    active_rules,
    add_ner_option,
    add_propagation_options,
    add_regions_option,
    add_rules_option,
)
from logscrub.scanner.engine.explanation import KEPT, OVERLAPPED, REJECTED, Candidate
from logscrub.scanner.engine.ner import RECOGNIZER as NER_RECOGNIZER
from logscrub.scanner.exit_codes import EXIT_OK
from logscrub.scanner.learning_pass import Learning
from logscrub.scanner.propagation.guards import load_guards
from logscrub.scanner.propagation.known_values import KnownValues
from logscrub.scanner.propagation.known_values_file import learn_known_value
from logscrub.scanner.propagation.lessons import lessons_in
from logscrub.scanner.propagation.matcher import RECOGNIZER, KnownValueMatcher
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.rulepacks import RuleSet

STDIN = "-"
ALLOWED = "allowed by a rule pack"


def register(commands: Any) -> None:
    explain = commands.add_parser(
        "explain",
        help=summary("explain"),
        formatter_class=HelpFormatter,
        description="Scan TEXT as `scan` would, with the same rule packs, and explain every finding: "
        "recognizer and pattern, the recognizer's score and the context word that raised it, the "
        "validation result, category and sensitivity and the rule that set them; and why other "
        "candidates were dropped (below the score threshold, inside or beside a stronger finding, "
        "allowed by a rule pack). The text is shown as typed.",
        epilog="examples:\n"
        '  logscrub explain "From: <sip:+46701740612@pbx.example.se>;tag=1"\n'
        '  logscrub explain "kund 0701740612" --rules team-rules.yaml --all\n'
        "  grep 'ACC:' kamailio.log | head -1 | logscrub explain -",
    )
    explain.add_argument("text", metavar="TEXT", help="the text to explain, or - to read standard input")
    add_regions_option(explain)
    add_rules_option(explain)
    add_ner_option(explain)
    add_propagation_options(explain)
    explain.add_argument(
        "--all",
        action="store_true",
        help="also list pattern matches the recognizer turned down (failed validation or look-arounds)",
    )
    explain.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    text: str = sys.stdin.read() if args.text == STDIN else args.text
    rule_set = active_rules(args)
    scanner = ChunkScanner(
        ScanSettings(
            taxonomy=taxonomy, hash_key=b"", regions=args.regions, rules=rule_set.detection, ner=args.ner
        )
    )
    more = _known_value_candidates(scanner, text, args.regions, args.learning)
    more += _ner_candidates(scanner, text)
    shown = [c for c in scanner.detector.explain(text, more) if args.all or _worth_showing(c)]
    out = sys.stdout
    if not shown:
        out.write("no findings and no candidates\n")
    for number, candidate in enumerate(shown, 1):
        allowed = scanner.allow.entry_for(candidate.finding, _value(text, candidate.finding))
        if candidate.verdict == KEPT and allowed is not None:
            candidate.verdict = ALLOWED
        _write_candidate(number, candidate, text, scanner, rule_set, out)
        if candidate.verdict == ALLOWED and allowed is not None:
            out.write(f"   allowed      {allowed.kind} entry {allowed.text!r} ({allowed.origin})\n")
    kept = sum(1 for c in shown if c.verdict == KEPT)
    out.write(f"\nkept {kept} of {len(shown)} candidates shown\n")
    return EXIT_OK


def _worth_showing(candidate: Candidate) -> bool:
    """Without --all: not what a recognizer turned down, nor a known value inside its own original."""
    if candidate.verdict == REJECTED:
        return False
    return not (candidate.finding.recognizer == RECOGNIZER and candidate.verdict == OVERLAPPED)


def _write_candidate(
    number: int, candidate: Candidate, text: str, scanner: ChunkScanner, rule_set: RuleSet, out: IO[str]
) -> None:
    f, explanation = candidate.finding, candidate.explanation
    line, column = _line_and_column(text, f.start)
    verdict = candidate.verdict
    if verdict == OVERLAPPED and candidate.rival is not None:
        rival = candidate.rival
        if (rival.start, rival.end) == (f.start, f.end):
            how = "the same text as"
        else:
            how = "inside" if rival.start <= f.start and f.end <= rival.end else "overlapping"
        verdict += f": {how} {rival.entity} {_value(text, rival)!r} ({rival.recognizer})"
    if verdict == REJECTED and candidate.reason is not None:
        verdict += f": {candidate.reason}"
    out.write(f"\n{number}. {f.entity} {_value(text, f)!r} at line {line}, column {column}: {verdict}\n")
    out.write(f"   recognizer   {f.recognizer}, pattern {explanation.pattern_name!r}\n")
    if f.recognizer in (RECOGNIZER, NER_RECOGNIZER):
        out.write(f"   why          {explanation.textual_explanation}\n")
    found_by = (f.attributes or {}).get("found_by")
    if found_by:
        out.write(f"   found by     {_found_by(str(found_by))}\n")
    if candidate.verdict == REJECTED:
        return
    score = f"pattern {candidate.pattern_score:.2f}, recognizer {explanation.original_score:.2f}"
    if explanation.supportive_context_word:
        score += f", {f.score:.2f} with the context word {explanation.supportive_context_word!r}"
    out.write(f"   score        {score} (threshold {scanner.detector.score_threshold:.2f})\n")
    if explanation.validation_result is not None:
        out.write(f"   validation   {'passed' if explanation.validation_result else 'failed'}\n")
    if f.attributes:
        out.write(f"   attributes   {_attributes(f.attributes)}\n")
    if candidate.verdict == KEPT:
        out.write(f"   category     {_classification(f, text, scanner, rule_set)}\n")


def _classification(finding: Finding, text: str, scanner: ChunkScanner, rule_set: RuleSet) -> str:
    """The category and sensitivity a scan reports for `finding`, and the rule that set them."""
    taxonomy = scanner.settings.taxonomy
    line_start = text.rfind("\n", 0, finding.start) + 1
    context = scanner.contexts.rule_for(finding.entity, text, line_start)
    if context is not None:
        c = taxonomy.by_category[context.category]
        return f"{c.category} / {c.sensitivity}, set by the context {context.name} ({context.origin})"
    c = taxonomy.classify(finding.entity)
    origin = rule_set.entity_origins.get(finding.entity)
    if origin is None:
        return f"{c.category} / {c.sensitivity}: the taxonomy does not name {finding.entity}"
    return f"{c.category} / {c.sensitivity}, set by {origin}"


def _found_by(found_by: str) -> str:
    """What found a name, in words: a cue, the gazetteers, its shape (a chat's speaker, the head of an
    address block, …), or a NER model."""
    kind, _, what = found_by.partition(":")
    if kind == "cue":
        return f"the cue {what!r} next to it"
    if kind == "ner":
        return f"the NER model {what}"
    if kind == "gazetteer":
        return "the name gazetteers (a known first name or surname)"
    if kind == "shape":
        return f"its shape in the text ({what})"
    return found_by


def _ner_candidates(scanner: ChunkScanner, text: str) -> list[Candidate]:
    """What the --ner model adds in the prose of `text`."""
    if scanner.ner is None:
        return []
    model = scanner.ner.model.description
    why = f"a PERSON the NER model {model} found in prose in its language"
    return [
        _found_otherwise(finding, NER_RECOGNIZER, "NER model", why)
        for finding in scanner.ner.findings(text, scanner.detector.detect(text))
    ]


def _value(text: str, finding: Finding) -> str:
    return text[finding.start : finding.end]


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _attributes(attributes: Mapping[str, Any]) -> str:
    return ", ".join(f"{key}={value}" for key, value in attributes.items())


def _known_value_candidates(
    scanner: ChunkScanner, text: str, regions: tuple[str, ...], learning: Learning | None
) -> list[Candidate]:
    """What propagation adds in `text`: recurrences of the values `text` itself (and the known-values
    file) teaches, each with where it was learnt."""
    if learning is None:
        return []
    guards = load_guards()
    known = KnownValues(guards, regions)
    if learning.known_file is not None:
        for value in learning.known_file.values:
            learn_known_value(known, value, str(learning.known_file.path))
    for lesson in lessons_in(text, scanner.detector.detect(text), guards.min_score, 1, 0):
        known.learn(lesson.entity, lesson.value, lesson.attributes, f"line {lesson.line}")
    matcher = KnownValueMatcher(known)
    candidates = []
    for finding in matcher.findings(text):
        learnt = matcher.known_value(text[finding.start : finding.end])
        origin = f"learnt as {learnt.learnt_as} at {learnt.origin}" if learnt else "a known value"
        candidates.append(
            _found_otherwise(finding, RECOGNIZER, "known value", f"a recurrence of a value {origin}")
        )
    return candidates


def _found_otherwise(finding: Finding, recognizer: str, pattern_name: str, why: str) -> Candidate:
    """A candidate that no pattern found (a NER model's, a known value's), with its reason in words."""
    explanation = AnalysisExplanation(
        recognizer=recognizer,
        original_score=finding.score,
        pattern_name=pattern_name,
        pattern=None,
        textual_explanation=why,
    )
    return Candidate(finding, finding.score, explanation)
