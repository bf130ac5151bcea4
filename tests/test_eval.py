"""`logscrub eval`: precision, recall, F2 and values left, measured by the real command on labelled files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import FIXTURES, run_logscrub

NAME = "Ingrid Falk"  # synthetic
TICKET = f"Kund: {NAME}\nRing tillbaka på 070-174 06 42.\nsignerat: ifa\n"


def _label(text: str, value: str, entity: str, occurrence: int = 0) -> dict[str, object]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return {"start": start, "end": start + len(value), "entity": entity, "text": value}


def _write_labelled(folder: Path, name: str, text: str, labels: list[dict[str, object]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    labels_path = folder / (name.rsplit(".", 1)[0] + ".labels.jsonl")
    labels_path.write_text("".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8")
    return labels_path


def test_the_projects_fixtures_are_found_whole_and_leave_nothing_in_the_copies(tmp_path: Path) -> None:
    done = run_logscrub("eval", FIXTURES, "--format", "json", "-o", tmp_path / "eval.json")
    assert done.returncode == 0, done.stderr
    result = json.loads((tmp_path / "eval.json").read_text())
    assert result["schema"] == "logscrub.eval/1"
    assert result["documents"] == len(list(FIXTURES.glob("*.labels.jsonl")))
    assert result["left_in_copies"] == [] and result["failed"] == []
    for entity, score in result["entities"].items():
        assert score["recall"] == 1.0, entity
        assert score["precision"] >= 0.8, entity
    assert result["total"]["labels"] >= 300


def test_a_missed_value_lowers_recall_and_is_named_masked_where_it_stays(tmp_path: Path) -> None:
    # The third line's initials "ifa" are labelled, but no recognizer reads them as a name.
    labels = [
        _label(TICKET, NAME, "PERSON"),
        _label(TICKET, "070-174 06 42", "PHONE_NUMBER"),
        _label(TICKET, "ifa", "PERSON"),
    ]
    labels_path = _write_labelled(tmp_path / "in", "ticket.txt", TICKET, labels)
    done = run_logscrub("eval", labels_path, "--no-propagation", "-j", "1")
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split() for line in done.stdout.splitlines() if line[:1].isupper()}
    assert rows["PERSON"][1:3] == ["2", "1"]  # labels, found
    assert rows["PERSON"][6] == "0.500"  # recall
    assert rows["PHONE_NUMBER"][6] == "1.000"
    assert "ticket.txt:3: PERSON" in done.stdout
    assert "ifa" not in done.stdout + done.stderr  # named by place and masked preview only


def test_findings_of_a_scored_entity_where_nothing_is_labelled_are_false_positives(tmp_path: Path) -> None:
    labels_path = _write_labelled(tmp_path, "t.txt", TICKET, [_label(TICKET, NAME, "PERSON")])
    done = run_logscrub("eval", labels_path, "--entities", "PERSON,PHONE_NUMBER", "--format", "json")
    assert done.returncode == 0, done.stderr
    phone = json.loads(done.stdout)["entities"]["PHONE_NUMBER"]
    assert (phone["labels"], phone["false_positives"], phone["precision"], phone["recall"]) == (
        0,
        1,
        0.0,
        None,
    )


def test_two_labelled_files_of_one_name_are_scored_apart(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        _write_labelled(tmp_path / folder, "t.txt", TICKET, [_label(TICKET, "070-174 06 42", "PHONE_NUMBER")])
    done = run_logscrub("eval", tmp_path, "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["documents"] == 2
    assert result["entities"]["PHONE_NUMBER"]["labels_found"] == 2


@pytest.mark.parametrize(
    ("label", "document", "message"),
    [
        ({"start": 6, "end": 10, "entity": "PERSON", "text": NAME}, "t.txt", "does not match t.txt there"),
        ({"start": 6, "end": 17, "entity": "PERSON", "colour": "red"}, "t.txt", "unknown key 'colour'"),
        ({"start": 9, "end": 6, "entity": "PERSON"}, "t.txt", "0 <= start < end"),
        ({"start": 6, "end": 17, "entity": "PERSONS"}, "t.txt", "unknown entity PERSONS"),
        ({"start": 6, "end": 17, "entity": "PERSON"}, None, "exactly one is needed, found none"),
    ],
)
def test_a_labels_file_that_cannot_be_used_is_one_line_naming_it(
    tmp_path: Path, label: dict[str, object], document: str | None, message: str
) -> None:
    labels_path = tmp_path / "t.labels.jsonl"
    labels_path.write_text(json.dumps(label) + "\n", encoding="utf-8")
    if document is not None:
        (tmp_path / document).write_text(TICKET, encoding="utf-8")
    done = run_logscrub("eval", labels_path)
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert message in line, line
    assert NAME not in line
