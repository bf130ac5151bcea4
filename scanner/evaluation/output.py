"""An evaluation written out: a table for a person, JSON (schema `logscrub.eval/1`) for a script."""

from __future__ import annotations

import json
from typing import IO, Any

from logscrub.scanner.evaluation.scoring import EntityScore, Evaluation

EVAL_SCHEMA = "logscrub.eval/1"


def write_eval_json(evaluation: Evaluation, version: str, stream: IO[str]) -> None:
    document: dict[str, Any] = {
        "schema": EVAL_SCHEMA,
        "tool": {"name": "logscrub", "version": version},
        "documents": evaluation.documents,
        "entities": {name: _score_json(s) for name, s in sorted(evaluation.entities.items())},
        "total": _score_json(evaluation.total),
        "left_in_copies": [
            {"document": left.document, "line": left.line, "entity": left.entity, "preview": left.preview}
            for left in evaluation.leftovers
        ],
        "copies_not_checked": evaluation.copies_unchecked,
        "failed": evaluation.failed,
    }
    json.dump(document, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def _score_json(score: EntityScore) -> dict[str, Any]:
    return {
        "labels": score.labels,
        "labels_found": score.labels_found,
        "findings": score.findings,
        "true_positives": score.findings_true,
        "false_positives": score.findings - score.findings_true,
        "false_negatives": score.labels - score.labels_found,
        "precision": _rounded(score.precision),
        "recall": _rounded(score.recall),
        "f2": _rounded(score.f2),
        "left_in_copies": score.left,
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def write_eval_table(evaluation: Evaluation, stream: IO[str]) -> None:
    header = f"{'entity':<24} {'labels':>7} {'found':>7} {'findings':>9} {'false+':>7} "
    header += f"{'precision':>9} {'recall':>7} {'F2':>6} {'left':>5}"
    stream.write(header + "\n" + "-" * len(header) + "\n")
    rows = [*sorted(evaluation.entities.values(), key=lambda s: s.entity), evaluation.total]
    for score in rows:
        if score is rows[-1]:
            stream.write("-" * len(header) + "\n")
        stream.write(
            f"{score.entity:<24} {score.labels:>7} {score.labels_found:>7} {score.findings:>9} "
            f"{score.findings - score.findings_true:>7} {_ratio(score.precision):>9} "
            f"{_ratio(score.recall):>7} {_ratio(score.f2):>6} {score.left:>5}\n"
        )
    documents = (
        "1 labelled document" if evaluation.documents == 1 else f"{evaluation.documents} labelled documents"
    )
    stream.write(f"\n{documents}")
    if evaluation.leftovers:
        stream.write(f"; labelled values left in the redacted copies ({len(evaluation.leftovers)}):\n")
        for left in evaluation.leftovers:
            stream.write(f"  {left.document}:{left.line}: {left.entity} {left.preview}\n")
    else:
        stream.write("; no labelled value is left in the redacted copies\n")
    for name in evaluation.copies_unchecked:
        stream.write(f"  {name}: its copy is not text, values left in it were not checked\n")


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
