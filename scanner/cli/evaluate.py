"""`logscrub eval`: measure logscrub on a team's own labelled files before trusting it."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path, PurePath
from typing import IO, Any

import logscrub.scanner
from logscrub.scanner.atomic import AtomicFile
from logscrub.scanner.cli.commands import summary
from logscrub.scanner.cli.inventory import run_pipeline, scan_settings
from logscrub.scanner.cli.options import HelpFormatter, add_engine_options, add_propagation_options
from logscrub.scanner.evaluation.labels import (
    LABELS_SUFFIX,
    LabelledDocument,
    LabelsError,
    find_labels_files,
    read_labelled,
)
from logscrub.scanner.evaluation.output import write_eval_json, write_eval_table
from logscrub.scanner.evaluation.scoring import Evaluation, Leftover, Span, score_document, values_left
from logscrub.scanner.exit_codes import EXIT_INPUT_ERROR, EXIT_OK
from logscrub.scanner.privacy import masked_preview
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.taxonomy import Taxonomy

UNREADABLE_COPY_ENCODINGS = ("eml", "xlsx")  # renderings: the copy is a message or a workbook


def register(commands: Any) -> None:
    command = commands.add_parser(
        "eval",
        help=summary("eval"),
        formatter_class=HelpFormatter,
        description="Scan and redact labelled files as `redact` would (copies in a private temporary "
        "folder, removed afterwards) and report, per entity, precision, recall and F2 against the "
        "labels, and every labelled value a redacted copy still holds (named by file, line and a "
        f"masked preview). A labels file NAME{LABELS_SUFFIX} labels the file NAME.<suffix> beside it: "
        'one JSON object a line, {"start": 120, "end": 133, "entity": "PHONE_NUMBER", "text": '
        '"070-1740612"}, offsets into the decoded text as the JSON report counts them, text optional '
        "(checked when given). Only the entities that occur in the labels are scored, unless --entities "
        "names them.",
        epilog="examples:\n"
        "  logscrub eval fixtures/                          every *.labels.jsonl below fixtures/\n"
        "  logscrub eval t1.labels.jsonl --format json -o eval.json\n"
        "  logscrub eval labelled/ --entities PERSON,PHONE_NUMBER",
    )
    command.add_argument(
        "labels",
        nargs="+",
        type=Path,
        metavar="LABELS",
        help=f"a {LABELS_SUFFIX} file, or a folder searched for them. Example: labelled/",
    )
    command.add_argument(
        "--entities",
        type=_entity_list,
        metavar="E,E",
        help="score these entities (default: those that occur in the labels). Example: --entities PERSON",
    )
    command.add_argument(
        "--format", choices=("table", "json"), default="table", help="table or JSON (logscrub.eval/1)"
    )
    command.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of standard output"
    )
    add_engine_options(command)
    add_propagation_options(command)
    command.set_defaults(run=run, paths=[], exclude=[], follow_symlinks=False)


def _entity_list(text: str) -> frozenset[str]:
    names = frozenset(part.strip().upper() for part in text.split(",") if part.strip())
    if not names:
        raise argparse.ArgumentTypeError("entity names separated by commas, e.g. PERSON,PHONE_NUMBER")
    return names


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    try:
        labelled = [read_labelled(path) for path in find_labels_files(args.labels)]
    except LabelsError as exc:
        print(f"logscrub eval: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    entities = args.entities or frozenset().union(*(d.entities for d in labelled))
    unknown = sorted(entities - set(taxonomy.by_entity))
    if unknown:
        print(
            f"logscrub eval: error: unknown entity {unknown[0]} (known: see `logscrub rules`)",
            file=sys.stderr,
        )
        return EXIT_INPUT_ERROR
    evaluation = _evaluate(args, taxonomy, labelled, entities)
    if args.output is None:
        _write(args.format, evaluation, sys.stdout)
    else:
        with AtomicFile(args.output) as output:
            _write(args.format, evaluation, output.stream)
    return EXIT_INPUT_ERROR if evaluation.failed else EXIT_OK


def _write(name: str, evaluation: Evaluation, stream: IO[str]) -> None:
    if name == "json":
        write_eval_json(evaluation, logscrub.scanner.__version__, stream)
    else:
        write_eval_table(evaluation, stream)


def _evaluate(
    args: argparse.Namespace, taxonomy: Taxonomy, labelled: list[LabelledDocument], entities: frozenset[str]
) -> Evaluation:
    settings = scan_settings(args, taxonomy, locate=True, redact=True)
    # Each document gets a folder of its own, so that two labelled files of one name cannot collide.
    documents = [
        Document(d.document, str(d.document), PurePath(str(index), d.document.name))
        for index, d in enumerate(labelled)
    ]
    evaluation = Evaluation(documents=len(labelled))
    copies = Path(tempfile.mkdtemp(prefix="logscrub-eval-"))  # 0700: the copies may still hold values
    try:
        outcomes = {
            outcome.document.display: outcome
            for outcome in run_pipeline(settings, documents, args.jobs, copies, learning=args.learning)
        }
        for document in labelled:
            outcome = outcomes[str(document.document)]  # an archive's members are not scored: only it
            _score_outcome(evaluation, document, outcome, entities)
        for outcome in outcomes.values():
            outcome.findings.close()
    finally:
        shutil.rmtree(copies, ignore_errors=True)
    return evaluation


def _score_outcome(
    evaluation: Evaluation, document: LabelledDocument, outcome: FileOutcome, entities: frozenset[str]
) -> None:
    name = str(document.document)
    if outcome.status != FileStatus.SCANNED:
        evaluation.failed.append(name)
        return
    spans = [Span(f.entity, f.start, f.end) for f in outcome.findings]
    score_document(evaluation, document.labels, spans, entities)
    copy = _copy_text(outcome)
    if copy is None:
        evaluation.copies_unchecked.append(name)
        return
    original = document.document.read_bytes().decode(outcome.encoding or "utf-8")
    scored = [label for label in document.labels if label.entity in entities]
    for label, line in values_left(original, copy, scored):
        evaluation.score(label.entity).left += 1
        value = original[label.start : label.end]
        evaluation.leftovers.append(Leftover(name, line, label.entity, masked_preview(value, label.entity)))


def _copy_text(outcome: FileOutcome) -> str | None:
    """The redacted copy as text, or None where it is not a text file (a workbook, a message, compressed)."""
    if outcome.output is None or outcome.encoding in UNREADABLE_COPY_ENCODINGS:
        return None
    data = outcome.output.read_bytes()
    if data[:2] == b"\x1f\x8b" or data[:3] == b"BZh" or data[:6] == b"\xfd7zXZ\x00":
        return None
    return data.decode(outcome.encoding or "utf-8")
