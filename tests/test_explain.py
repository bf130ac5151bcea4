"""`logscrub explain`: each candidate with its recognizer, score, context word, validation, category and
the rule behind it, and why the others were dropped; the same decisions as a scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import FIXTURES, run_logscrub
from logscrub.recognizers import default_recognizers
from logscrub.scanner.engine import Detector
from logscrub.scanner.engine.explanation import KEPT

PACK = """
recognizers:
  - name: CustomerNumberRecognizer
    entity: CUSTOMER_NUMBER
    patterns: [{name: customer number, regex: '\\bKN-(?P<number>\\d{6,12})\\b', score: 0.3}]
    validator: luhn
allow:
  values: ['070-174 06 99']
categories:
  customer_data: {sensitivity: high, entities: [CUSTOMER_NUMBER]}
"""


def _explain(tmp_path: Path, *args: str, stdin: bytes | None = None) -> str:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    done = run_logscrub("explain", *args, "--rules", "pack.yaml", stdin=stdin, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def _block(output: str, heading: str) -> str:
    """The lines explaining the candidate whose heading line contains `heading`."""
    blocks = [b.strip() for b in output.split("\n\n") if b.strip()]
    (block,) = [b for b in blocks if heading in b.splitlines()[0]]
    return block


def test_explain_shows_recognizer_score_context_and_the_rule_behind_the_category(tmp_path: Path) -> None:
    out = _explain(
        tmp_path,
        'mobil 0701740613\nFrom: "Carin Ek" <sip:carin.ek@example.se>;tag=1\n'
        "To: <sip:+46701740612@pbx.example.se>",
    )

    phone = _block(out, "PHONE_NUMBER '0701740613' at line 1, column 7: kept")
    assert "recognizer   PhoneNumberRecognizer, pattern 'Phone number'" in phone
    assert "score        pattern 0.70, recognizer 0.70, 1.00 with the context word 'mobil'" in phone
    assert "category     contact / medium, set by logscrub/rules/categories.yaml" in phone

    sip = _block(out, "SIP_ADDRESS 'sip:carin.ek@example.se' at line 2, column 19: kept")
    assert "attributes   user_part=EMAIL_ADDRESS" in sip
    context = "set by the context sip-identity-header (logscrub/rules/default.yaml:"
    assert f"category     traffic_data / high, {context}" in sip

    name = _block(out, "PERSON 'Carin Ek' at line 2, column 8: kept")
    assert "traffic_data / high" in name
    # The phone number inside a SIP URI lost to it
    inside = _block(out, "PHONE_NUMBER '+46701740612' at line 3, column 10")
    lost = "lost to an overlapping finding: inside SIP_ADDRESS 'sip:+46701740612@pbx.example.se'"
    assert lost in inside.splitlines()[0]
    assert "category" not in inside


def test_explain_shows_validation_user_categories_and_allow_lists(tmp_path: Path) -> None:
    out = _explain(tmp_path, "KN-79927398713 KN-79927398710, växel 070-174 06 99", "--all")
    customer = _block(out, "CUSTOMER_NUMBER '79927398713' at line 1, column 4: kept")
    assert "validation   passed" in customer
    assert "score        pattern 0.30, recognizer 1.00" in customer
    assert "category     customer_data / high, set by pack.yaml:" in customer
    rejected = _block(out, "CUSTOMER_NUMBER 'KN-79927398710'")
    assert rejected.splitlines()[0].endswith("rejected by the recognizer: its validator 'luhn' does not hold")
    allowed = _block(out, "PHONE_NUMBER '070-174 06 99'")
    assert allowed.splitlines()[0].endswith("allowed by a rule pack")
    assert "allowed      values entry '070-174 06 99' (pack.yaml:8)" in allowed
    assert out.rstrip().splitlines()[-1] == "kept 1 of 3 candidates shown"


def test_turned_down_matches_show_only_with_all(tmp_path: Path) -> None:
    assert "rejected by the recognizer" not in _explain(tmp_path, "KN-79927398710")
    assert "rejected by the recognizer" in _explain(tmp_path, "KN-79927398710", "--all")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The Luhn check digit of a personnummer does not hold.
        (
            "pnr 19121212-1213",
            "SE_PERSONNUMMER '19121212-1213' at line 1, column 5: rejected by the recognizer: no valid "
            "identity number: its Luhn check digit, date or separator does not hold",
        ),
        # A valid samordningsnummer is not a personnummer.
        (
            "pnr 19121272-1219",
            "SE_PERSONNUMMER '19121272-1219' at line 1, column 5: rejected by the recognizer: a valid "
            "SE_SAMORDNINGSNUMMER, found by that entity's recognizer",
        ),
        (
            "org 19121212-1212",
            "SE_ORGANISATIONSNUMMER '19121212-1212' at line 1, column 5: rejected by the recognizer: no "
            "organisation number: its third digit is below 2",
        ),
    ],
)
def test_a_turned_down_match_says_why(tmp_path: Path, text: str, verdict: str) -> None:
    assert verdict in _explain(tmp_path, text, "--all")


def test_explain_reads_standard_input(tmp_path: Path) -> None:
    acc = "ACC: transaction answered: method=INVITE;src_user=carin.ek;dst_user=+46701740677;code=200\n"
    out = _explain(tmp_path, "-", stdin=acc.encode())
    user = _block(out, "USERNAME 'carin.ek' at line 1, column 51: kept")
    assert "recognizer   UserNameFieldRecognizer, pattern 'User field'" in user
    assert "set by the context kamailio-opensips-acc" in user


def test_a_text_without_candidates(tmp_path: Path) -> None:
    out = _explain(tmp_path, "nothing personal here, version 7.0.2046.0")
    assert out.startswith("no findings and no candidates\n")


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.log")), ids=lambda p: p.name)
def test_explain_keeps_exactly_what_detect_finds(fixture: Path) -> None:
    detector = Detector(default_recognizers())
    text = fixture.read_text(encoding="utf-8")
    kept = [c.finding for c in detector.explain(text) if c.verdict == KEPT]
    assert kept == detector.detect(text)


def test_explain_shows_where_a_propagated_value_was_learnt(tmp_path: Path) -> None:
    text = 'From: "Åke Karlsson" <sip:ake.karlsson@example.se>\nagent AKE KARLSSON ready'
    out = _explain(tmp_path, text)
    recurrence = _block(out, "PERSON 'AKE KARLSSON' at line 2, column 7: kept")
    assert "recognizer   propagation, pattern 'known value'" in recurrence
    assert "why          a recurrence of a value learnt as PERSON at line 1" in recurrence
    assert "propagation" not in _explain(tmp_path, text, "--no-propagation")


def test_explain_says_which_shape_found_a_name(tmp_path: Path) -> None:
    out = _explain(tmp_path, "Nicole: my phone is dead\nZorblat: which extension?")
    speaker = _block(out, "PERSON 'Zorblat' at line 2, column 1: kept")
    assert "found by     its shape in the text (chat speaker)" in speaker
