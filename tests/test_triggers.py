"""The trigger pass finds exactly the literals that ``in`` finds, one by one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from logscrub.recognizers import DEFAULT_REGIONS, default_recognizers
from logscrub.recognizers.base import LogscrubRecognizer
from logscrub.scanner.engine.triggers import TriggerScan

LITERALS = sorted(
    {
        literal
        for recognizer in default_recognizers(DEFAULT_REGIONS, "en")
        if isinstance(recognizer, LogscrubRecognizer)
        for pattern in recognizer.patterns
        for literal in recognizer.prefilters(pattern)
    }
)
TRIGGERS = TriggerScan(LITERALS)


def _naive(lowered: str) -> frozenset[str]:
    return frozenset(literal for literal in LITERALS if literal in lowered)


def test_the_shipped_recognizers_declare_literals_of_one_and_more_characters() -> None:
    assert any(len(literal) == 1 for literal in LITERALS)
    assert any(len(literal) > 1 for literal in LITERALS)


def test_overlapping_and_nested_literals_are_all_found() -> None:
    # "<sip" holds "<" and "sip"; "invalid user " holds "user"; "failed " ends where "failed" does.
    text = 'failed password for invalid user anna from <sip:1001@pbx> "anna" <tel:+4670>'
    assert TRIGGERS.present(text) == _naive(text)
    assert {"<", "<sip", "invalid user ", "failed ", "failed"} <= TRIGGERS.present(text)


def test_a_text_without_literals_has_none() -> None:
    assert TRIGGERS.present("") == frozenset()
    assert TriggerScan([]).present("whatever text") == frozenset()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LITERALS) | st.text(alphabet="ab <@:\\.\n", max_size=6), max_size=12))
def test_the_literals_found_are_those_in_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert TRIGGERS.present(text) == _naive(text)
